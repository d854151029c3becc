#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/memory/freelist/free_list.h"

// The free-list allocator of the classic teaching heap (OSTEP ch. 17 and its homework simulator
// vm-freespace/malloc.py; K&R 8.7): a heap tiled by blocks, each with a header that holds its size,
// the free ones kept in a list searched by a fit policy, split at the front, and coalesced on free.
// Two rule sets, behind `compat` (docs/scenarios.md, "Module `freelist`"):
// - standard: a split's remainder takes its place by the list order; a freed block merges with its
//   free neighbours in memory (boundary tags), so no two free blocks ever touch;
// - ostep: malloc.py exactly — the remainder keeps the list position of the block it came from
//   whatever the order, and coalescing is one pass over the list after each free that merges
//   entries adjacent in list order and contiguous in memory (partial with non-address orders).
namespace oslens::engine::freelist {

enum class FitPolicy { First, Next, Best, Worst };
enum class ListOrder { AddrSort, SizeSortUp, SizeSortDown, InsertFront, InsertBack };
enum class Compat { Standard, Ostep };

struct HeapConfig {
  Address base = 1000;     // malloc.py's default base address
  std::uint64_t size = 100;
  std::uint64_t header = 0;  // bytes of each block's header (its size lives there)
  std::uint64_t align = 1;   // a power of two; 1 = none
  FitPolicy policy = FitPolicy::First;
  ListOrder order = ListOrder::AddrSort;
  bool coalesce = true;
  Compat compat = Compat::Standard;
  // Growth (glibc's malloc, man mallopt); none of them: the heap keeps its size, as in OSTEP.
  std::optional<std::uint64_t> topPad;         // nothing fits: sbrk the request rounded up to this (M_TOP_PAD)
  std::optional<std::uint64_t> trimThreshold;  // a free block at the top this large goes back, but top_pad (M_TRIM_THRESHOLD)
  std::optional<std::uint64_t> mmapThreshold;  // requests this large get a mapping of their own (M_MMAP_THRESHOLD, 128 KiB)
  std::optional<std::uint64_t> limit;          // the most the heap may grow to, in bytes: past it malloc fails
  Address mmapTop = 0x7f0000000000;            // mappings are placed downwards from here (Linux's top-down mmap_base)
  std::uint64_t pageSize = 4096;               // a mapping is a whole number of pages
  bool operator==(const HeapConfig&) const = default;
};

struct HeapState {
  FreeList freeList;            // in list order
  // The blocks in use, address -> size: found, added and removed in O(log n) (a heap of 10^4 live
  // blocks would move ~80 KB per malloc in a sorted vector).
  std::map<Address, std::uint64_t> used;
  std::size_t rover = 0;        // next fit: the list index the next search starts at
  std::uint64_t heapSize = 0;   // the program break minus the base
  std::vector<Block> mapped;    // mmapped chunks, by address
  bool operator==(const HeapState&) const = default;
  Address programBreak(const HeapConfig& config) const { return config.base + heapSize; }
};

// One free-list entry looked at by a search, and what the policy made of it.
enum class Verdict { TooSmall, Fits, BestSoFar, NotBetter };
struct Examination {
  std::size_t index = 0;  // its place in the list when it was looked at
  Block block;
  Verdict verdict = Verdict::TooSmall;
  bool afterGrowth = false;  // looked at by the search again after sbrk
  bool operator==(const Examination&) const = default;
};

struct MallocOutcome {
  std::optional<Block> block;  // the block handed out (header included); none: no fit
  std::uint64_t request = 0;   // the size searched for: bytes rounded to the alignment, plus the header
  std::uint64_t searched = 0;  // free-list entries examined
  bool split = false;          // a remainder stayed free
  bool mmapped = false;        // served by a mapping of its own (at least mmap_threshold)
  std::uint64_t grew = 0;      // bytes the break moved up (sbrk) before the block was found
  bool atLimit = false;        // nothing fit and growing would pass the limit: malloc returns NULL
  std::uint64_t growthBreak = 0;  // the break before sbrk (when grew > 0)
  std::optional<Address> neededBreak;  // atLimit by sbrk: where the break would have had to go
  std::vector<Examination> examined;  // the search entry by entry, when asked for (at most kMaxTracedExaminations)
};

// realloc without a move: the block shrinks (its tail freed, merging as a free does) or grows into
// the free block after it in memory (glibc's _int_realloc: "Try to expand forward into next chunk").
struct ResizeOutcome {
  Block before;
  Block after;
  std::optional<Block> freedTail;  // shrinking or joining: the tail given back (before it merged)
  std::uint64_t takenFromNext = 0; // growing: bytes taken from the free block after it
};

inline constexpr std::size_t kMaxTracedExaminations = 20'000;

struct FreeOutcome {
  bool found = false;            // the address was a block in use (else: a bad or double free)
  std::uint64_t merges = 0;      // free blocks merged into one another
  std::optional<Block> merged;   // the free block the freed one ended in (standard rules)
  bool unmapped = false;         // a mapping given back (munmap)
  std::uint64_t trimmed = 0;     // bytes the break moved down (a large free block at the top given back)
  // In the order they happened: standard rules merge, then insert the result; OSTEP's insert first,
  // then its list pass merges.
  std::vector<std::pair<Block, Block>> mergedPairs;  // (lower, upper) in memory
  Block inserted;                   // the block that entered the list, and where
  std::size_t insertedAt = 0;
};

HeapState initialHeap(const HeapConfig& config);
// The size a request of `bytes` takes: rounded up to the alignment, plus the header.
std::uint64_t blockSizeFor(const HeapConfig& config, std::uint64_t bytes);
// malloc: a mapping of its own at mmap_threshold and above; else the search, and when nothing fits
// and the heap may grow, sbrk and the search again.
// With `trace`, the outcome lists every entry examined.
MallocOutcome allocate(HeapState& state, const HeapConfig& config, std::uint64_t bytes, bool trace = false);
// The search of the free list alone, and the split of the block it picks.
MallocOutcome searchAndTake(HeapState& state, const HeapConfig& config, std::uint64_t bytes, bool trace = false);
// realloc in place when it can be: a smaller size keeps the block and frees its tail when the tail
// can hold a header (more than `header` bytes); a larger one takes what it needs from a free block
// right after it. Nothing (and no change) when the block must move, or is a mapping.
std::optional<ResizeOutcome> resizeInPlace(HeapState& state, const HeapConfig& config, Address blockAddr, std::uint64_t newSize);
// realloc when the block malloc just handed out (`next`, in use) begins where the block at
// `blockAddr` ends: the two become one block and nothing is copied (glibc _int_realloc: "Avoid copy
// if newp is next chunk after oldp"); then, as _int_realloc does with the joined chunk, what is
// beyond `newSize` (the old block's size) is split off and freed when it can hold a header.
ResizeOutcome joinNext(HeapState& state, const HeapConfig& config, Address blockAddr, const Block& next, std::uint64_t newSize);
// realloc of a mapping (glibc mremap_chunk, Linux mremap(2) with MREMAP_MAYMOVE): the mapping
// becomes `newSize` rounded up to whole pages. The same number of pages: nothing changes; fewer:
// it shrinks where it is; more: it grows where it is when the pages after it are free, else it
// moves where a new mapping would go (the kernel moves the page tables, nothing is copied).
// Nothing (and no change) when there is no room to move it: mremap fails.
std::optional<ResizeOutcome> remapChunk(HeapState& state, const HeapConfig& config, Address chunkAddr, std::uint64_t newSize);
// `blockAddr` is the block's start (the pointer malloc returned minus the header); a mapping's
// start gives it back (munmap). With trim_threshold, a large free block at the top goes back.
FreeOutcome release(HeapState& state, const HeapConfig& config, Address blockAddr);
// Blocks tile the heap exactly; the free list holds exactly the free blocks, in its order; with
// standard coalescing no two free blocks touch; used blocks are aligned.
std::vector<std::string> heapInvariantProblems(const HeapState& state, const HeapConfig& config);

}  // namespace oslens::engine::freelist
