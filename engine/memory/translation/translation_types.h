#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "engine/memory/translation/managed_memory.h"
#include "engine/memory/translation/page_table_entry.h"
#include "engine/memory/translation/physical_memory.h"

// The scenario of the translation module: managed mode (processes, the kernel builds the tables)
// or image mode (the teacher gives memory and the root table; the walk reads exactly that).
namespace oslens::engine::translation {

// Image mode's given memory: read-only for the whole run, shared by every state.
struct ImageSetup {
  EntryFormat entries = EntryFormat::Ostep;
  PhysicalAddress root = 0;  // the top table's byte address (root_frame × page size)
  PhysicalMemory memory;
  std::vector<std::uint64_t> linearTable;  // "ostep_linear": the table as a list
  bool pageContents = false;  // whole pages were given ("pages"): a translation reads the byte there
  bool operator==(const ImageSetup&) const = default;
};

// Latencies for the effective access time (Silberschatz 10e 9.3.2.2: with an 80 % hit ratio and
// 10 ns per memory access, 0.80 × 10 + 0.20 × 20 = 12 ns; the book counts the TLB lookup as free
// and one table access on a miss; with `levels` tables a miss costs levels + 1 accesses):
// EAT = h × (tlb + memory) + (1 − h) × (tlb + (levels + 1) × memory).
struct Latencies {
  double memoryNs = 10;
  double tlbNs = 0;
  bool operator==(const Latencies&) const = default;
};

struct TranslationConfig {
  AddressFormat format;
  std::string preset;  // the preset's name, or empty
  ManagedConfig managed;
  std::shared_ptr<const ImageSetup> image;  // image mode when set
  Latencies latencies;
  bool operator==(const TranslationConfig& other) const {
    return format == other.format && preset == other.preset && managed == other.managed && latencies == other.latencies &&
           (image == other.image || (image && other.image && *image == *other.image));
  }
};

// A read or write of `va` (image mode: a translation; the process is the only one, 0).
struct AccessOp {
  ProcessIndex process = 0;
  VirtualAddress va = 0;
  bool write = false;
  bool operator==(const AccessOp&) const = default;
};
struct ForkOp {
  ProcessIndex parent = 0;
  ProcessIndex child = 0;  // the index it gets: processes are numbered in the order they appear
  bool operator==(const ForkOp&) const = default;
};
struct ExitOp {
  ProcessIndex process = 0;
  bool operator==(const ExitOp&) const = default;
};
struct SwitchOp {
  ProcessIndex process = 0;
  bool operator==(const SwitchOp&) const = default;
};
// mmap(2) of an anonymous region: the process gets `region`; nothing is mapped until it is touched.
struct MmapOp {
  ProcessIndex process = 0;
  Region region;
  bool operator==(const MmapOp&) const = default;
};
// munmap(2) of the region of that name: its pages go (frames no one else maps, swap slots no one
// else holds), and their TLB entries with them (flush_tlb_range in mm/mmap.c's unmap path).
struct MunmapOp {
  ProcessIndex process = 0;
  std::string region;
  bool operator==(const MunmapOp&) const = default;
};
using TranslationOp = std::variant<AccessOp, ForkOp, ExitOp, SwitchOp, MmapOp, MunmapOp>;

// The process an op is about (a fork's parent).
ProcessIndex actorOf(const TranslationOp& op);

// Every process name of the run in index order: the initial processes, then each fork's child in
// the order of the ops (known before the run, so ops and events name processes by index).
using ProcessNames = std::shared_ptr<const std::vector<std::string>>;

double effectiveAccessTimeNs(const Latencies& latencies, double hitRatio, int levels);

}  // namespace oslens::engine::translation
