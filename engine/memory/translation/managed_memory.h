#pragma once

#include <cstdint>
#include <array>
#include <optional>

#include <boost/container/static_vector.hpp>
#include <string>
#include <vector>

#include "engine/core/process_state.h"
#include "engine/core/rng.h"
#include "engine/memory/paging/paging_types.h"
#include "engine/memory/translation/address_format.h"
#include "engine/memory/translation/page_walk.h"
#include "engine/memory/translation/tlb.h"

// Managed mode: processes with regions, page tables built as the kernel builds them (a table page
// is allocated when first needed and counts as a frame), demand paging with zero-fill, swap,
// fork with copy-on-write, context switches, and the TLB in front of it all.
namespace oslens::engine::translation {

using ProcessIndex = std::uint32_t;
using FrameNumber = std::uint32_t;
using SlotNumber = std::uint32_t;
inline constexpr std::uint32_t kNone = UINT32_MAX;

struct Region {
  std::string name;
  std::uint64_t startVpn = 0;
  std::uint64_t pages = 1;
  bool read = true, write = false, execute = false;
  bool operator==(const Region&) const = default;
  bool contains(std::uint64_t vpn) const { return vpn >= startVpn && vpn - startVpn < pages; }
  // "rw-", "r-x": as a scenario writes it and ls -l shows it.
  std::string perm() const { return {read ? 'r' : '-', write ? 'w' : '-', execute ? 'x' : '-'}; }
};

// One page-table entry. A table entry points to the next table (by its index in the process's
// tables); a leaf maps a frame, or holds the swap slot of a page that was swapped out (Linux keeps
// the swap type and offset in a not-present PTE: include/linux/swapops.h).
struct Pte {
  enum class Kind : std::uint8_t { Empty, Present, Swapped };
  Kind kind = Kind::Empty;
  std::uint32_t target = kNone;  // the next table's index, the frame, or the swap slot
  bool writable = false;         // cleared on both sides by fork for copy-on-write
  bool accessed = false;
  bool dirty = false;
  bool operator==(const Pte&) const = default;
};

struct PageTable {
  FrameNumber frame = kNone;
  int level = 0;
  std::uint64_t firstVpn = 0;  // the first virtual page the table's entries cover
  std::vector<Pte> entries;
  bool operator==(const PageTable&) const = default;
};

struct Process {
  std::string name;
  std::vector<Region> regions;
  std::vector<PageTable> tables;  // tables[0] is the top table (what CR3 points to)
  ProcessState state = ProcessState::Ready;
  Fault killedBy = Fault::None;  // exited on a fault the kernel answers with SIGSEGV (or out of memory)
  std::uint32_t asid = 0;
  bool operator==(const Process&) const = default;
  const Region* regionOf(std::uint64_t vpn) const;
};

struct Mapper {
  ProcessIndex process = 0;
  std::uint64_t vpn = 0;
  bool operator==(const Mapper&) const = default;
};

struct PhysicalFrame {
  enum class Use : std::uint8_t { Free, Table, Data };
  Use use = Use::Free;
  ProcessIndex owner = kNone;  // a table page's process
  std::vector<Mapper> mappers;  // a data page's PTEs: shared after fork (its reference count)
  bool dirty = false;
  // What the replacement policies of engine/memory/paging read.
  std::uint64_t loadedAt = 0, lastUsedAt = 0, useCount = 0;
  bool referenced = false;
  bool operator==(const PhysicalFrame&) const = default;
};

struct ManagedConfig {
  AddressFormat format;
  std::uint32_t frames = 16;
  std::uint32_t swapSlots = 0;
  std::optional<TlbConfig> tlb;
  // FIFO, LRU, LFU, Clock or Random (OPT needs the future of every process and is not offered).
  paging::Policy replacement = paging::Policy::Lru;
  std::uint64_t seed = 0;
  bool operator==(const ManagedConfig&) const = default;
};

// What one access did, for its step record (the JSON fields of issue 15).
struct AccessOutcome {
  ProcessIndex process = 0;
  VirtualAddress va = 0;
  bool write = false;
  // At most 8 levels (the reader's bound): kept in place, so an access allocates nothing.
  boost::container::static_vector<std::uint64_t, 8> indices;
  std::uint64_t offset = 0;
  std::optional<bool> tlbHit;  // nothing without a TLB
  boost::container::static_vector<WalkStep, 8> walk;
  Fault fault = Fault::None;
  int faultLevel = -1;
  std::optional<PhysicalAddress> pa;
  FrameNumber frame = kNone;  // the frame that holds the page after the step
  std::optional<Mapper> evicted;
  FrameNumber evictedFrame = kNone;
  bool writeback = false;
  SlotNumber evictedSlot = kNone;  // where the victim went (a dirty one)
  bool major = false;
  SlotNumber swapInSlot = kNone;   // where a major fault read the page from
  // What the kernel did on the way, for the narration and the picture.
  struct MadeTable {
    int level = 0;
    FrameNumber frame = kNone;
    bool operator==(const MadeTable&) const = default;
  };
  std::vector<MadeTable> tablesMade;
  FrameNumber cowFrom = kNone;  // a copy-on-write fault: the shared frame (== frame when reused)
  bool switched = false;              // the access switched to its process first
  ProcessIndex switchedFrom = kNone;  // from this one (none after an exit)
  std::size_t switchFlushed = 0;      // TLB entries that switch flushed
  std::optional<std::size_t> tlbSlot;  // the entry hit, or filled
  std::optional<TlbEntry> tlbEvicted;  // what the fill replaced
  bool operator==(const AccessOutcome&) const = default;
};

// What fork and exit did.
struct ForkOutcome {
  ProcessIndex child = kNone;
  bool failed = false;  // no frame for its tables (-ENOMEM)
  std::uint64_t sharedPages = 0;
  std::uint64_t cowPages = 0;  // of the shared ones, those of writable regions
  std::vector<FrameNumber> tableFrames;
  std::size_t flushed = 0;
  std::vector<Mapper> evicted;  // pages that left to make room for the child's tables
};
struct UnmapOutcome {
  std::uint64_t mappedPages = 0;  // pages of the region that had a frame
  std::uint64_t freedFrames = 0, freedSlots = 0, flushed = 0;
  std::uint64_t freedTables = 0;  // page-table pages no region reaches any more (their frames are free)
};
struct ExitOutcome {
  std::uint64_t freedFrames = 0;  // table pages and pages no one else maps
  std::uint64_t freedSlots = 0;
  std::size_t flushed = 0;
};

struct FaultCounts {
  std::uint64_t minor = 0, major = 0, cow = 0, protection = 0, segfault = 0;
  bool operator==(const FaultCounts&) const = default;
};

struct ManagedState {
  ManagedConfig config;
  std::vector<Process> processes;
  std::vector<PhysicalFrame> frames;
  std::vector<std::uint32_t> swapRefs;  // PTEs that hold each slot
  std::optional<Tlb> tlb;
  ProcessIndex current = kNone;
  FrameNumber clockHand = 0;
  FrameNumber freeHint = 0;  // no frame below it is free (takeFrame starts its search there)
  Rng rng;
  std::uint64_t tick = 0;  // accesses so far
  std::uint32_t nextAsid = 1;
  std::uint64_t tlbHits = 0, tlbMisses = 0, swapIns = 0, swapOuts = 0;
  FaultCounts faults;
  bool operator==(const ManagedState&) const = default;

  std::uint32_t freeFrames() const;
  // The PTE that maps `vpn` in `process`, or null when a table on the way is missing.
  const Pte* leafOf(ProcessIndex process, std::uint64_t vpn) const;
  std::uint64_t residentPages(ProcessIndex process) const;
  std::uint64_t swappedPages(ProcessIndex process) const;
  // The TLB's address-space id for `process` (0 for everyone without ASIDs).
  std::uint32_t tlbAsid(ProcessIndex process) const;
  // Page sizes the TLB may hold, as shifts.
  std::array<int, 1> pageShifts() const { return {config.format.offsetBits()}; }
};

}  // namespace oslens::engine::translation
