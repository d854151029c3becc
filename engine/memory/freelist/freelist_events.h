#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "engine/core/json_out.h"
#include "engine/memory/freelist/freelist_types.h"

// The events of one malloc, free or realloc, in the order the allocator does them: the request,
// the search entry by entry, sbrk or mmap, the block taken (split at its front); for a free, the
// block back, its merges and where it enters the list, munmap or a trim. views/freelist animates
// and narrates them; the JSON lists them under "events" (engine/core/event_json.h).
namespace oslens::engine::freelist {

inline void writeBlock(JsonOut& out, std::string_view key, const Block& b) {
  out.key(key);
  out.beginObject();
  out.field("addr", b.addr);
  out.field("size", b.size);
  out.endObject();
}

// malloc(bytes) for `tag`; size: the block it needs (bytes rounded to the alignment, plus the header).
struct MallocRequested {
  TagId tag;
  std::uint64_t bytes;
  std::uint64_t size;
  static constexpr std::string_view kJsonType = "malloc";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("bytes", bytes);
    out.field("size", size);
  }
  bool operator==(const MallocRequested&) const = default;
};

// malloc for a tag that still holds a block: `A = malloc(n)` overwrites the only pointer to it, so
// the block leaks. It stays in use for the rest of the run, as nothing can free it (C17 7.22.3:
// "The lifetime of an allocated object extends from the allocation until the deallocation";
// valgrind reports such a block as "definitely lost"). Logged before the malloc's own events; the malloc then runs as any other.
struct BlockLeaked {
  TagId tag;
  Block block;
  bool mapped;  // a mapping of its own (mmap), which leaks whole
  static constexpr std::string_view kJsonType = "leak";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "block", block);
    out.field("mapped", mapped);
  }
  bool operator==(const BlockLeaked&) const = default;
};

// realloc(ptr of tag, bytes): `from` is the block the tag holds (none: the pointer is NULL or bad).
struct ReallocRequested {
  TagId tag;
  std::uint64_t bytes;
  std::uint64_t size;
  std::optional<Block> from;
  static constexpr std::string_view kJsonType = "realloc";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("bytes", bytes);
    out.field("size", size);
    if (from) writeBlock(out, "from", *from);
    else out.field("from", nullptr);
  }
  bool operator==(const ReallocRequested&) const = default;
};

// One free-list entry looked at by the search (`index`: its place in the list), and the verdict.
struct EntryExamined {
  Examination examination;
  static constexpr std::string_view kJsonType = "examine";
  void describe(JsonOut& out) const {
    out.field("index", examination.index);
    writeBlock(out, "block", examination.block);
    static constexpr std::string_view kVerdicts[] = {"too_small", "fits", "best_so_far", "not_better"};
    out.field("verdict", kVerdicts[static_cast<int>(examination.verdict)]);
  }
  bool operator==(const EntryExamined&) const = default;
};

// Nothing fit: sbrk moved the program break up (glibc: sysmalloc, by the request rounded to M_TOP_PAD).
struct BreakRaised {
  Address from;
  Address to;
  static constexpr std::string_view kJsonType = "sbrk";
  void describe(JsonOut& out) const {
    out.field("from", from);
    out.field("to", to);
  }
  bool operator==(const BreakRaised&) const = default;
};

// A request of mmap_threshold or more got a mapping of its own (glibc: sysmalloc_mmap), page-rounded.
struct ChunkMapped {
  TagId tag;
  Block chunk;
  static constexpr std::string_view kJsonType = "mmap";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "chunk", chunk);
  }
  bool operator==(const ChunkMapped&) const = default;
};

// The block handed out, split at its front when larger: `remainder` stays free.
struct BlockAllocated {
  TagId tag;
  Block block;
  Address address;  // what malloc returns: the block's start plus the header
  std::optional<Block> remainder;
  std::uint64_t searched;  // free-list entries the search examined
  static constexpr std::string_view kJsonType = "allocate";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "block", block);
    out.field("address", address);
    if (remainder) writeBlock(out, "remainder", *remainder);
    else out.field("remainder", nullptr);
    out.field("searched", searched);
  }
  bool operator==(const BlockAllocated&) const = default;
};

// No free block was large enough (and the heap could not grow, or not past `limit`): NULL.
struct MallocFailed {
  TagId tag;
  std::uint64_t size;
  std::uint64_t freeBytes;
  std::uint64_t largestFree;
  bool atLimit;  // growing would have passed the limit (or mmap found no room above it)
  std::uint64_t searched;
  // At the limit by sbrk: the break growing would have needed, and the highest it may go (base +
  // limit); none otherwise.
  std::optional<Address> neededBreak;
  std::optional<Address> breakLimit;
  static constexpr std::string_view kJsonType = "malloc_failed";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    out.field("size", size);
    out.field("free_bytes", freeBytes);
    out.field("largest_free", largestFree);
    out.field("at_limit", atLimit);
    out.field("searched", searched);
    out.field("needed_break", neededBreak);
    out.field("break_limit", breakLimit);
  }
  bool operator==(const MallocFailed&) const = default;
};

// free(ptr of tag): the header before the pointer tells the size, so the whole block comes back.
struct FreeRequested {
  TagId tag;
  Block block;
  static constexpr std::string_view kJsonType = "free";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "block", block);
  }
  bool operator==(const FreeRequested&) const = default;
};

// Two free blocks next to each other in memory became one.
struct BlocksMerged {
  Block lower;
  Block upper;
  static constexpr std::string_view kJsonType = "coalesce";
  void describe(JsonOut& out) const {
    writeBlock(out, "lower", lower);
    writeBlock(out, "upper", upper);
  }
  bool operator==(const BlocksMerged&) const = default;
};

// A free block entered the list at `index` (by the list order).
struct ListInserted {
  Block block;
  std::size_t index;
  static constexpr std::string_view kJsonType = "insert";
  void describe(JsonOut& out) const {
    writeBlock(out, "block", block);
    out.field("index", index);
  }
  bool operator==(const ListInserted&) const = default;
};

// A mapping went back whole (munmap).
struct ChunkUnmapped {
  Block chunk;
  static constexpr std::string_view kJsonType = "munmap";
  void describe(JsonOut& out) const { writeBlock(out, "chunk", chunk); }
  bool operator==(const ChunkUnmapped&) const = default;
};

// A free block at the top of trim_threshold or more went back to the kernel but top_pad (systrim).
struct BreakLowered {
  Address from;
  Address to;
  static constexpr std::string_view kJsonType = "trim";
  void describe(JsonOut& out) const {
    out.field("from", from);
    out.field("to", to);
  }
  bool operator==(const BreakLowered&) const = default;
};

// free of a tag whose malloc returned NULL: free(NULL) does nothing (C17 7.22.3.3).
struct NullFreed {
  TagId tag;
  static constexpr std::string_view kJsonType = "free_null";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const { out.field("tag", names.tag(tag)); }
  bool operator==(const NullFreed&) const = default;
};

// A free or realloc of a pointer that is not a block in use: freed already (glibc aborts with
// "free(): double free detected in tcache 2" or "double free or corruption"; a realloc of it,
// "realloc(): invalid pointer"), or never returned by malloc ("free(): invalid pointer").
// Undefined behaviour in C (C17 7.22.3.3); here the heap is left as it was.
enum class PointerProblem { DoubleFree, UseAfterFree, NeverAllocated };
struct BadPointer {
  TagId tag;
  PointerProblem problem;
  static constexpr std::string_view kJsonType = "bad_pointer";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    static constexpr std::string_view kProblems[] = {"double_free", "use_after_free", "never_allocated"};
    out.field("problem", kProblems[static_cast<int>(problem)]);
  }
  bool operator==(const BadPointer&) const = default;
};

// realloc kept the block where it is: it shrank (the tail freed), grew into the free block after
// it, or was joined to the block malloc found right after it (`joined`: glibc _int_realloc's
// newp == next, no copy; then its old size beyond the new one is the `tail`). `tail`: the part
// given back as a free block, before it merged with what follows; none when nothing was.
// `searched`: the entries malloc's search examined before the join (0 otherwise).
struct ResizedInPlace {
  TagId tag;
  Block from;
  Block to;
  std::optional<Block> joined;
  std::optional<Block> tail;
  std::uint64_t searched = 0;
  static constexpr std::string_view kJsonType = "resize_in_place";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "from", from);
    writeBlock(out, "to", to);
    if (joined) writeBlock(out, "joined", *joined);
    else out.field("joined", nullptr);
    if (tail) writeBlock(out, "tail", *tail);
    else out.field("tail", nullptr);
    out.field("searched", searched);
  }
  bool operator==(const ResizedInPlace&) const = default;
};

// realloc of a mapping: mremap made it `to`, whole pages (glibc mremap_chunk; Linux mremap(2)
// with MREMAP_MAYMOVE). The same size: the pages did not change and nothing was done; smaller: it
// shrank in place; larger at the same address: it grew into free pages after it; elsewhere: it
// moved, its page tables with it (nothing is copied).
struct ChunkRemapped {
  TagId tag;
  Block from;
  Block to;
  static constexpr std::string_view kJsonType = "mremap";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "from", from);
    writeBlock(out, "to", to);
  }
  bool operator==(const ChunkRemapped&) const = default;
};

// realloc moved the data: a new block (found as malloc finds one), the bytes copied, the old freed.
struct DataCopied {
  TagId tag;
  Block from;
  Block to;
  std::uint64_t bytes;
  static constexpr std::string_view kJsonType = "copy";
  template <class Names>
  void describe(JsonOut& out, const Names& names) const {
    out.field("tag", names.tag(tag));
    writeBlock(out, "from", from);
    writeBlock(out, "to", to);
    out.field("bytes", bytes);
  }
  bool operator==(const DataCopied&) const = default;
};

using FreelistEvent = std::variant<MallocRequested, BlockLeaked, ReallocRequested, EntryExamined, BreakRaised, ChunkMapped,
                                   BlockAllocated, MallocFailed, FreeRequested, BlocksMerged, ListInserted,
                                   ChunkUnmapped, BreakLowered, NullFreed, BadPointer, ResizedInPlace, ChunkRemapped, DataCopied>;

}  // namespace oslens::engine::freelist
