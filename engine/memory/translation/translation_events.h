#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/json_out.h"
#include "engine/memory/translation/page_walk.h"
#include "engine/memory/translation/translation_types.h"

// The events of one step, in the order they happen. views/translation narrates and animates each;
// the JSON output lists them under "events". Addresses and entries are written as hex strings
// ("0x7ffff7dd1a3c"), so 64-bit values survive readers that hold numbers as doubles.
namespace oslens::engine::translation {

std::string hexText(std::uint64_t value);

// The names events need: every process of the run, by index.
struct TranslationNames {
  ProcessNames processes;
  std::string process(ProcessIndex p) const {
    return processes && p < processes->size() ? (*processes)[p] : std::string("?");
  }
};

// The CPU switched address spaces (CR3) to run `to`; without ASIDs the TLB was flushed.
struct ContextSwitched {
  ProcessIndex from = kNone, to = 0;
  std::uint64_t flushed = 0;
  static constexpr std::string_view kJsonType = "switch";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("from", from == kNone ? std::optional<std::string>() : std::optional(names.process(from)));
    out.field("to", names.process(to));
    out.field("flushed", flushed);
  }
};

// The TLB was asked for the page: hit (in `slot`) or miss, in `set`.
struct TlbLookedUp {
  bool hit = false;
  std::uint32_t set = 0;
  std::optional<std::uint64_t> slot;
  static constexpr std::string_view kJsonType = "tlb_lookup";
  void describe(JsonOut& out) const {
    out.field("hit", hit);
    out.field("set", set);
    out.field("slot", slot);
  }
};

// The MMU read one entry of the walk.
struct EntryRead {
  WalkStep step;
  static constexpr std::string_view kJsonType = "walk";
  void describe(JsonOut& out) const {
    out.field("level", step.level);
    out.field("index", step.index);
    out.field("address", hexText(step.entryAddress));
    out.field("entry", hexText(step.entry));
    out.field("present", step.present);
  }
};

// The access could not complete: why, and at which level of the walk (-1: none).
struct Faulted {
  Fault fault = Fault::None;
  int level = -1;
  static constexpr std::string_view kJsonType = "fault";
  void describe(JsonOut& out) const {
    out.field("fault", faultName(fault));
    out.field("level", level < 0 ? std::optional<int>() : std::optional(level));
  }
};

// The kernel allocated a page table (a frame) for the level.
struct TableAllocated {
  int level = 0;
  FrameNumber frame = 0;
  static constexpr std::string_view kJsonType = "table";
  void describe(JsonOut& out) const {
    out.field("level", level);
    out.field("frame", frame);
  }
};

// Memory was full: the victim page left its frame (to swap when dirty).
struct PageEvicted {
  Mapper page;
  FrameNumber frame = 0;
  bool writeback = false;
  std::optional<SlotNumber> slot;
  static constexpr std::string_view kJsonType = "evict";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(page.process));
    out.field("vpn", hexText(page.vpn));
    out.field("frame", frame);
    out.field("writeback", writeback);
    out.field("slot", slot);
  }
};

// The page now has a frame: zero-filled (minor) or read back from a swap slot (major).
struct PageMapped {
  FrameNumber frame = 0;
  bool major = false;
  std::optional<SlotNumber> slot;
  static constexpr std::string_view kJsonType = "map";
  void describe(JsonOut& out) const {
    out.field("frame", frame);
    out.field("major", major);
    out.field("slot", slot);
  }
};

// A write to a page shared copy-on-write: copied to `to`, or (to == from) made writable in place.
struct CowResolved {
  FrameNumber from = 0, to = 0;
  static constexpr std::string_view kJsonType = "cow";
  void describe(JsonOut& out) const {
    out.field("from", from);
    out.field("to", to);
    out.field("copied", from != to);
  }
};

// The kernel killed the process (SIGSEGV, or out of memory) and took back its memory.
struct ProcessKilled {
  ProcessIndex process = 0;
  Fault fault = Fault::None;
  static constexpr std::string_view kJsonType = "kill";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("fault", faultName(fault));
  }
};

// The translation went into the TLB, replacing `evicted`'s when the set was full.
struct TlbFilled {
  std::uint64_t slot = 0;
  std::optional<std::uint64_t> evictedVpn;
  std::optional<std::uint32_t> evictedAsid;
  static constexpr std::string_view kJsonType = "tlb_fill";
  void describe(JsonOut& out) const {
    out.field("slot", slot);
    out.field("evicted_vpn", evictedVpn ? std::optional(hexText(*evictedVpn)) : std::nullopt);
    out.field("evicted_asid", evictedAsid);
  }
};

// The physical address the access reached.
struct Translated {
  PhysicalAddress pa = 0;
  std::optional<FrameNumber> frame;
  static constexpr std::string_view kJsonType = "translate";
  void describe(JsonOut& out) const {
    out.field("pa", hexText(pa));
    out.field("frame", frame);
  }
};

struct Forked {
  ProcessIndex parent = 0, child = 0;
  std::uint64_t sharedPages = 0;
  std::uint64_t cowPages = 0;  // of the shared pages, those of writable regions (the rest were read-only)
  std::uint64_t tables = 0;
  std::uint64_t flushed = 0;
  bool failed = false;
  static constexpr std::string_view kJsonType = "fork";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("parent", names.process(parent));
    out.field("child", names.process(child));
    out.field("shared_pages", sharedPages);
    out.field("cow_pages", cowPages);
    out.field("tables", tables);
    out.field("flushed", flushed);
    out.field("failed", failed);
  }
};

struct Exited {
  ProcessIndex process = 0;
  std::uint64_t freedFrames = 0, freedSlots = 0, flushed = 0;
  static constexpr std::string_view kJsonType = "exit";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("freed_frames", freedFrames);
    out.field("freed_slots", freedSlots);
    out.field("flushed", flushed);
  }
};

// The op names a process that has exited (killed by an earlier fault, or after its exit): nothing
// happens (a fork by it makes no child).
struct ProcessGone {
  ProcessIndex process = 0;
  static constexpr std::string_view kJsonType = "gone";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
  }
};

// mmap: a region joined the process (nothing mapped yet).
struct RegionMapped {
  ProcessIndex process = 0;
  Region region;
  std::uint64_t pageSize = 1;
  static constexpr std::string_view kJsonType = "mmap";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("name", region.name);
    out.field("start", hexText(region.startVpn * pageSize));
    out.field("pages", region.pages);
  }
};

// munmap: the region and its pages went.
struct RegionUnmapped {
  ProcessIndex process = 0;
  std::string name;
  bool found = true;
  std::uint64_t mappedPages = 0, freedFrames = 0, freedSlots = 0, flushed = 0, freedTables = 0;
  static constexpr std::string_view kJsonType = "munmap";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("process", names.process(process));
    out.field("name", name);
    out.field("found", found);
    out.field("mapped_pages", mappedPages);
    out.field("freed_frames", freedFrames);
    out.field("freed_slots", freedSlots);
    out.field("flushed", flushed);
    out.field("freed_tables", freedTables);
  }
};

using TranslationEvent = std::variant<ContextSwitched, TlbLookedUp, EntryRead, Faulted, TableAllocated, PageEvicted, PageMapped,
                                      CowResolved, ProcessKilled, TlbFilled, Translated, Forked, Exited, ProcessGone, RegionMapped,
                                      RegionUnmapped>;

}  // namespace oslens::engine::translation
