#include "engine/memory/freelist/free_list_heap.h"

#include <algorithm>

#include "engine/core/limits.h"

namespace oslens::engine::freelist {

namespace {

// List edits that keep next fit's rover on the same entry (K&R's freep follows the list).
void eraseAt(HeapState& s, std::size_t i) {
  s.freeList.erase(i);
  if (s.rover > i) --s.rover;
  if (s.rover >= s.freeList.size()) s.rover = 0;
}

void insertAt(HeapState& s, std::size_t i, Block b) {
  s.freeList.insert(i, b);
  if (s.rover >= i && s.freeList.size() > 1) ++s.rover;
  if (s.rover >= s.freeList.size()) s.rover = 0;
}

// Where the standard rules put a free block in the list: by its order, after its equals (the
// stable place malloc.py's sort gives an appended block).
std::size_t placeFor(const HeapState& s, ListOrder order, const Block& b) {
  const auto& l = s.freeList;
  switch (order) {
    case ListOrder::AddrSort:
      return static_cast<std::size_t>(std::lower_bound(l.begin(), l.end(), b, [](const Block& x, const Block& y) { return x.addr < y.addr; }) - l.begin());
    case ListOrder::SizeSortUp:
      return static_cast<std::size_t>(std::upper_bound(l.begin(), l.end(), b, [](const Block& x, const Block& y) { return x.size < y.size; }) - l.begin());
    case ListOrder::SizeSortDown:
      return static_cast<std::size_t>(std::upper_bound(l.begin(), l.end(), b, [](const Block& x, const Block& y) { return x.size > y.size; }) - l.begin());
    case ListOrder::InsertFront: return 0;
    case ListOrder::InsertBack: return l.size();
  }
  return l.size();
}

// malloc.py's free: append, then sort the whole list by the order (Python's sort is stable).
void ostepInsert(HeapState& s, ListOrder order, const Block& b) {
  auto& l = s.freeList;
  switch (order) {
    case ListOrder::InsertFront: l.insert(0, b); break;
    case ListOrder::InsertBack: l.pushBack(b); break;
    case ListOrder::AddrSort:
      l.pushBack(b);
      l.stableSort([](const Block& x, const Block& y) { return x.addr < y.addr; });
      break;
    case ListOrder::SizeSortUp:
      l.pushBack(b);
      l.stableSort([](const Block& x, const Block& y) { return x.size < y.size; });
      break;
    case ListOrder::SizeSortDown:
      l.pushBack(b);
      l.stableSort([](const Block& x, const Block& y) { return x.size > y.size; });
      break;
  }
  s.rover = 0;
}

// malloc.py's coalescing: one pass that merges entries next to each other in the list when they
// are next to each other in memory. Returns the merges.
std::uint64_t ostepCoalesce(HeapState& s, std::vector<std::pair<Block, Block>>& pairs) {
  if (s.freeList.empty()) return 0;
  std::vector<Block> merged;
  Block current = s.freeList.front();
  for (std::size_t i = 1; i < s.freeList.size(); ++i) {
    const Block& e = s.freeList[i];
    if (e.addr == current.addr + current.size) {
      pairs.emplace_back(current, e);
      current.size += e.size;
    } else {
      merged.push_back(current);
      current = e;
    }
  }
  merged.push_back(current);
  const std::uint64_t merges = s.freeList.size() - merged.size();
  s.freeList.assign(std::move(merged));
  s.rover = 0;
  return merges;
}

std::optional<std::size_t> freeIndexWhere(const HeapState& s, auto&& test) {
  for (std::size_t i = 0; i < s.freeList.size(); ++i)
    if (test(s.freeList[i])) return i;
  return std::nullopt;
}

// The list index of free block `b` (which is in the list): a binary search where the order allows.
std::size_t indexOfFree(const HeapState& s, const HeapConfig& config, const Block& b) {
  const auto& l = s.freeList;
  auto scanFrom = [&](std::size_t from) {
    for (std::size_t i = from; i < l.size(); ++i)
      if (l[i] == b) return i;
    for (std::size_t i = 0; i < from && i < l.size(); ++i)
      if (l[i] == b) return i;
    return l.size();
  };
  if (config.compat == Compat::Standard) {
    if (config.order == ListOrder::AddrSort)
      return static_cast<std::size_t>(std::lower_bound(l.begin(), l.end(), b, [](const Block& x, const Block& y) { return x.addr < y.addr; }) - l.begin());
    if (config.order == ListOrder::SizeSortUp)
      return scanFrom(static_cast<std::size_t>(std::lower_bound(l.begin(), l.end(), b, [](const Block& x, const Block& y) { return x.size < y.size; }) - l.begin()));
    if (config.order == ListOrder::SizeSortDown)
      return scanFrom(static_cast<std::size_t>(std::lower_bound(l.begin(), l.end(), b, [](const Block& x, const Block& y) { return x.size > y.size; }) - l.begin()));
  }
  return scanFrom(0);
}

// The free neighbours of a block, found by boundary tags: the blocks tile the heap, so the space
// right after a block is free when no block in use starts there (and it is below the break); the
// space right before it is free when the block in use before it ends short of it. Under the
// standard rules no two free blocks touch, so that space is one free block.
std::optional<std::size_t> freeStartingAt(const HeapState& s, const HeapConfig& config, Address addr) {
  if (addr >= s.programBreak(config) || s.used.contains(addr)) return std::nullopt;
  if (config.compat != Compat::Standard || !config.coalesce)
    return freeIndexWhere(s, [&](const Block& e) { return e.addr == addr; });
  // The free block from `addr` to the next block in use (or the break).
  const auto next = s.used.upper_bound(addr);
  const Address end = next == s.used.end() ? s.programBreak(config) : next->first;
  const std::size_t i = indexOfFree(s, config, {addr, end - addr});
  return i < s.freeList.size() ? std::optional(i) : std::nullopt;
}

std::optional<std::size_t> freeEndingAt(const HeapState& s, const HeapConfig& config, Address addr) {
  if (addr <= config.base) return std::nullopt;
  if (config.compat != Compat::Standard || !config.coalesce)
    return freeIndexWhere(s, [&](const Block& e) { return e.addr + e.size == addr; });
  auto before = s.used.lower_bound(addr);
  const Address start = before == s.used.begin() ? config.base : std::prev(before)->first + std::prev(before)->second;
  if (start >= addr) return std::nullopt;
  const std::size_t i = indexOfFree(s, config, {start, addr - start});
  return i < s.freeList.size() ? std::optional(i) : std::nullopt;
}
}  // namespace

HeapState initialHeap(const HeapConfig& config) {
  HeapState s;
  s.heapSize = config.size;
  if (config.size > 0) s.freeList.pushBack({config.base, config.size});
  return s;
}

std::uint64_t blockSizeFor(const HeapConfig& config, std::uint64_t bytes) {
  const std::uint64_t align = std::max<std::uint64_t>(config.align, 1);
  return (bytes + align - 1) / align * align + config.header;
}

namespace {
// Puts a free block in the list as the rules say (used for a freed block and for new space).
void insertFree(HeapState& s, const HeapConfig& config, const Block& b) {
  if (config.compat == Compat::Ostep) ostepInsert(s, config.order, b);
  else insertAt(s, placeFor(s, config.order, b), b);
}

// The free block that ends at the program break, if there is one (glibc's top chunk).
std::optional<std::size_t> topBlock(const HeapState& s, const HeapConfig& config) {
  return freeEndingAt(s, config, s.programBreak(config));
}

// Nothing fit: move the break up by what is missing, rounded up to top_pad (morecore, sbrk).
// False when the heap may not grow, or would pass the limit.
bool grow(HeapState& s, const HeapConfig& config, std::uint64_t request, MallocOutcome& out) {
  if (!config.topPad) return false;
  const auto top = topBlock(s, config);
  const std::uint64_t have = top ? s.freeList[*top].size : 0;
  // glibc sysmalloc: what is missing plus M_TOP_PAD, rounded up to whole pages ("M_TOP_PAD: the
  // amount of extra padding to add to the sbrk request ... rounded to a page boundary",
  // man mallopt). glibc also keeps MINSIZE for the top chunk's own header; this heap has no
  // smallest chunk, so it does not.
  const std::uint64_t page = std::max<std::uint64_t>(config.pageSize, 1);
  const std::uint64_t more = (request - have + *config.topPad + page - 1) / page * page;
  if (s.heapSize + more > config.limit.value_or(limits::kMaxHeapBytes)) {
    out.atLimit = true;
    out.neededBreak = s.programBreak(config) + more;
    return false;
  }
  const Block added{s.programBreak(config), more};
  s.heapSize += more;
  out.grew = more;
  if (top) {
    Block bigger = s.freeList[*top];
    bigger.size += more;
    eraseAt(s, *top);
    insertFree(s, config, bigger);
  } else {
    insertFree(s, config, added);
  }
  return true;
}

std::uint64_t wholePages(const HeapConfig& config, std::uint64_t bytes) {
  const std::uint64_t page = std::max<std::uint64_t>(config.pageSize, 1);
  return (bytes + page - 1) / page * page;
}

// Where a new mapping of `size` bytes goes: below the lowest one (top-down, as Linux places them);
// none below the room the heap may grow into, where mmap fails (ENOMEM) and so does malloc.
std::optional<Address> placeMapping(const HeapState& s, const HeapConfig& config, std::uint64_t size) {
  const Address top = s.mapped.empty() ? config.mmapTop : s.mapped.front().addr;
  const Address floor = config.base + config.limit.value_or(limits::kMaxHeapBytes);
  if (top < floor || top - floor < size) return std::nullopt;
  return top - size;
}

// A mapping of its own, page-rounded.
MallocOutcome mapChunk(HeapState& s, const HeapConfig& config, std::uint64_t request) {
  MallocOutcome out;
  out.request = request;
  out.mmapped = true;
  const std::uint64_t size = wholePages(config, request);
  const auto at = placeMapping(s, config, size);
  if (!at) {
    out.atLimit = true;
    return out;
  }
  const Block chunk{*at, size};
  s.mapped.insert(s.mapped.begin(), chunk);
  out.block = chunk;
  return out;
}
}  // namespace

MallocOutcome allocate(HeapState& s, const HeapConfig& config, std::uint64_t bytes, bool trace) {
  MallocOutcome out = searchAndTake(s, config, bytes, trace);
  // "For allocations greater than or equal to M_MMAP_THRESHOLD that can't be satisfied from the
  // free list, the memory-allocation functions employ mmap(2) instead of increasing the program
  // break using sbrk(2)" (man mallopt).
  if (!out.block && config.mmapThreshold && bytes >= *config.mmapThreshold) {
    MallocOutcome mapped = mapChunk(s, config, out.request);
    mapped.searched = out.searched;
    mapped.examined = std::move(out.examined);
    return mapped;
  }
  out.growthBreak = s.programBreak(config);
  if (out.block || !grow(s, config, out.request, out)) return out;
  MallocOutcome again = searchAndTake(s, config, bytes, trace);
  out.block = again.block;
  out.split = again.split;
  out.searched += again.searched;
  for (Examination& e : again.examined) {
    if (out.examined.size() >= kMaxTracedExaminations) break;
    e.afterGrowth = true;
    out.examined.push_back(e);
  }
  return out;
}

MallocOutcome searchAndTake(HeapState& s, const HeapConfig& config, std::uint64_t bytes, bool trace) {
  MallocOutcome out;
  out.request = blockSizeFor(config, bytes);
  const std::size_t n = s.freeList.size();
  std::optional<std::size_t> chosen;
  // The search. Best and worst look at every entry and keep the first of equals (malloc.py's
  // strict comparisons); first stops at the fit; next fit starts where the last search ended.
  const std::size_t start = config.policy == FitPolicy::Next && n > 0 ? s.rover % n : 0;
  const bool scansAll = config.policy == FitPolicy::Best || config.policy == FitPolicy::Worst;
  if (!trace && scansAll) {
    // Replay: the smallest (largest) large-enough entry, the first of equals, without branches
    // the predictor must guess.
    const auto& l = s.freeList;
    const bool best = config.policy == FitPolicy::Best;
    std::uint64_t chosenSize = best ? UINT64_MAX : 0;
    std::size_t chosenAt = n;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint64_t size = l[i].size;
      const bool take = size >= out.request && (best ? size < chosenSize : size > chosenSize || chosenAt == n);
      chosenSize = take ? size : chosenSize;
      chosenAt = take ? i : chosenAt;
    }
    if (chosenAt < n) chosen = chosenAt;
    out.searched = n;
  }
  if (!trace && !scansAll) {
    // Replay (no events): first or next fit is the first large enough entry from `start`.
    chosen = s.freeList.firstFitting(start, n, out.request);
    if (!chosen) chosen = s.freeList.firstFitting(0, start, out.request);
    out.searched = !chosen ? n : *chosen >= start ? *chosen - start + 1 : n - start + *chosen + 1;
  }
  // Entries start .. n-1, then 0 .. start-1 (next fit wraps round); two plain loops, no division
  // per entry: a long list is walked at memory speed.
  auto look = [&](std::size_t i) {
    const Block& e = s.freeList[i];
    ++out.searched;
    const bool traced = trace && out.examined.size() < kMaxTracedExaminations;
    if (e.size < out.request) {
      if (traced) out.examined.push_back({i, e, Verdict::TooSmall});
      return false;
    }
    const bool better = !chosen || (config.policy == FitPolicy::Best && e.size < s.freeList[*chosen].size) ||
                        (config.policy == FitPolicy::Worst && e.size > s.freeList[*chosen].size);
    if (traced) out.examined.push_back({i, e, !scansAll ? Verdict::Fits : better ? Verdict::BestSoFar : Verdict::NotBetter});
    if (better) chosen = i;
    return !scansAll;  // first and next fit stop at the fit
  };
  bool done = !trace;  // found above
  for (std::size_t i = start; i < n && !done; ++i) done = look(i);
  for (std::size_t i = 0; i < start && !done; ++i) done = look(i);
  if (!chosen) return out;
  const Block found = s.freeList[*chosen];
  const Block given{found.addr, out.request};
  s.used.emplace(given.addr, given.size);
  out.block = given;
  if (found.size > out.request) {
    out.split = true;
    const Block rest{found.addr + out.request, found.size - out.request};
    const bool keepsPlace = config.compat == Compat::Ostep || (config.order != ListOrder::SizeSortUp && config.order != ListOrder::SizeSortDown);
    if (keepsPlace) {
      s.freeList.set(*chosen, rest);  // the same free chunk, shorter: it stays where it was
      s.rover = *chosen;
    } else {
      eraseAt(s, *chosen);
      const std::size_t at = placeFor(s, config.order, rest);
      insertAt(s, at, rest);
      s.rover = at;
    }
  } else {
    eraseAt(s, *chosen);
    s.rover = s.freeList.empty() ? 0 : *chosen % s.freeList.size();
  }
  return out;
}

FreeOutcome release(HeapState& s, const HeapConfig& config, Address blockAddr) {
  FreeOutcome out;
  if (const auto m = std::find_if(s.mapped.begin(), s.mapped.end(), [&](const Block& b) { return b.addr == blockAddr; }); m != s.mapped.end()) {
    s.mapped.erase(m);  // munmap: the mapping goes back whole
    out.found = out.unmapped = true;
    return out;
  }
  const auto it = s.used.find(blockAddr);
  if (it == s.used.end()) return out;  // never handed out, or freed already
  out.found = true;
  Block b{it->first, it->second};
  s.used.erase(it);
  if (config.compat == Compat::Ostep) {
    ostepInsert(s, config.order, b);
    out.inserted = b;
    out.insertedAt = static_cast<std::size_t>(std::find(s.freeList.begin(), s.freeList.end(), b) - s.freeList.begin());
    if (config.coalesce) out.merges = ostepCoalesce(s, out.mergedPairs);
    return out;
  }
  const auto before = config.coalesce ? freeEndingAt(s, config, b.addr) : std::nullopt;
  const auto after = config.coalesce ? freeStartingAt(s, config, b.addr + b.size) : std::nullopt;
  // Boundary tags: the neighbours in memory, wherever they are in the list.
  if (before) {
    out.mergedPairs.emplace_back(s.freeList[*before], b);
    b = {s.freeList[*before].addr, s.freeList[*before].size + b.size};
    ++out.merges;
  }
  if (after) {
    out.mergedPairs.emplace_back(b, s.freeList[*after]);
    b.size += s.freeList[*after].size;
    ++out.merges;
  }
  if (config.order == ListOrder::AddrSort && (before || after)) {
    // In address order the merged block stands where its neighbour stood: no list entry moves
    // but the upper neighbour's, when both merge.
    out.insertedAt = before ? *before : *after;
    s.freeList.set(out.insertedAt, b);
    if (before && after) eraseAt(s, *after);
  } else {
    // The later entry first, so that the earlier one's index still holds.
    if (before && after) {
      eraseAt(s, std::max(*before, *after));
      eraseAt(s, std::min(*before, *after));
    } else if (before || after) {
      eraseAt(s, before ? *before : *after);
    }
    out.insertedAt = placeFor(s, config.order, b);
    insertAt(s, out.insertedAt, b);
  }
  out.inserted = b;
  out.merged = b;
  // A large free block at the top goes back to the kernel, all but top_pad (systrim).
  if (config.trimThreshold)
    if (const auto top = topBlock(s, config); top && s.freeList[*top].size >= *config.trimThreshold) {
      // glibc systrim: whole pages go back, all but M_TOP_PAD of the top chunk.
      const std::uint64_t page = std::max<std::uint64_t>(config.pageSize, 1);
      const std::uint64_t topSize = s.freeList[*top].size, pad = config.topPad.value_or(0);
      out.trimmed = topSize > pad ? (topSize - pad) / page * page : 0;
      const std::uint64_t keep = topSize - out.trimmed;
      s.heapSize -= out.trimmed;
      if (out.trimmed == 0) {
        // less than a page above top_pad: nothing goes back
      } else if (keep == 0) {
        eraseAt(s, *top);
      } else {
        Block kept = s.freeList[*top];
        kept.size = keep;
        eraseAt(s, *top);
        insertFree(s, config, kept);
      }
    }
  return out;
}

std::optional<ResizeOutcome> resizeInPlace(HeapState& s, const HeapConfig& config, Address blockAddr, std::uint64_t newSize) {
  const auto it = s.used.find(blockAddr);
  if (it == s.used.end()) return std::nullopt;  // a mapping, or not in use
  ResizeOutcome out;
  out.before = {it->first, it->second};
  if (newSize <= it->second) {
    const std::uint64_t tail = it->second - newSize;
    if (tail <= config.header) {  // too small to be a block of its own: the block keeps its size
      out.after = out.before;
      return out;
    }
    it->second = newSize;
    out.after = {blockAddr, newSize};
    const Block tailBlock{blockAddr + newSize, tail};
    out.freedTail = tailBlock;
    s.used.emplace(tailBlock.addr, tailBlock.size);  // a used block for a moment, then freed: it merges as any free does
    release(s, config, tailBlock.addr);
    return out;
  }
  const Address end = blockAddr + it->second;
  const auto next = freeStartingAt(s, config, end);
  if (!next || it->second + s.freeList[*next].size < newSize) return std::nullopt;
  const std::uint64_t take = newSize - it->second;
  out.takenFromNext = take;
  it->second = newSize;
  out.after = {blockAddr, newSize};
  Block rest = s.freeList[*next];
  if (rest.size == take) {
    eraseAt(s, *next);
    return out;
  }
  rest = {rest.addr + take, rest.size - take};
  const bool keepsPlace = config.compat == Compat::Ostep || (config.order != ListOrder::SizeSortUp && config.order != ListOrder::SizeSortDown);
  if (keepsPlace) {
    s.freeList.set(*next, rest);
  } else {
    eraseAt(s, *next);
    insertAt(s, placeFor(s, config.order, rest), rest);
  }
  return out;
}

ResizeOutcome joinNext(HeapState& s, const HeapConfig& config, Address blockAddr, const Block& next, std::uint64_t newSize) {
  const auto it = s.used.find(blockAddr);
  ResizeOutcome out;
  out.before = {it->first, it->second};
  s.used.erase(next.addr);
  it->second += next.size;  // newsize += oldsize; newp = oldp
  out.after = {blockAddr, it->second};
  // "If possible, free extra space in old or extended chunk": the remainder, as many bytes as the
  // old block had, is split off when it can be a block of its own (here: more than a header).
  const std::uint64_t remainder = it->second - newSize;
  if (remainder > config.header) {
    it->second = newSize;
    out.after = {blockAddr, newSize};
    const Block tail{blockAddr + newSize, remainder};
    out.freedTail = tail;
    s.used.emplace(tail.addr, tail.size);
    release(s, config, tail.addr);
  }
  return out;
}

std::optional<ResizeOutcome> remapChunk(HeapState& s, const HeapConfig& config, Address chunkAddr, std::uint64_t newSize) {
  const auto it = std::find_if(s.mapped.begin(), s.mapped.end(), [&](const Block& b) { return b.addr == chunkAddr; });
  if (it == s.mapped.end()) return std::nullopt;
  ResizeOutcome out;
  out.before = *it;
  // glibc mremap_chunk: new_size = ALIGN_UP(new_size + offset + CHUNK_HDR_SZ, pagesize); "No need
  // to remap if the number of pages does not change".
  const std::uint64_t size = wholePages(config, newSize);
  if (size <= it->size) {
    // Linux mm/mremap.c: "Always allow a shrinking remap: that just unmaps the unnecessary pages".
    it->size = size;
    out.after = *it;
    return out;
  }
  // Growing: "Can we just expand the current mapping?" (vma_expandable): the pages after it up to
  // the next mapping (or the top of the mmap area) are free.
  const auto above = std::next(it);
  const Address ceiling = above == s.mapped.end() ? config.mmapTop : above->addr;
  if (ceiling - it->addr >= size) {
    it->size = size;
    out.after = *it;
    return out;
  }
  // MREMAP_MAYMOVE: a new place (get_unmapped_area), then move_vma moves the page tables.
  const auto at = placeMapping(s, config, size);
  if (!at) return std::nullopt;  // mremap fails (ENOMEM)
  s.mapped.erase(it);
  out.after = {*at, size};
  s.mapped.insert(s.mapped.begin(), out.after);  // the lowest mapping now
  return out;
}

std::vector<std::string> heapInvariantProblems(const HeapState& s, const HeapConfig& config) {
  std::vector<std::string> problems;
  std::vector<Block> all = s.freeList.blocks();
  for (const auto& [addr, size] : s.used) all.push_back({addr, size});
  std::sort(all.begin(), all.end(), [](const Block& x, const Block& y) { return x.addr < y.addr; });
  Address at = config.base;
  for (const Block& b : all) {
    if (b.size == 0) problems.push_back("a block of size 0 at " + std::to_string(b.addr));
    if (b.addr != at) problems.push_back("the blocks do not tile the heap at " + std::to_string(at) + " (next block at " + std::to_string(b.addr) + ")");
    at = b.addr + b.size;
  }
  if (at != s.programBreak(config)) problems.push_back("the blocks end at " + std::to_string(at) + ", not at the program break");
  if (config.limit && s.heapSize > *config.limit) problems.push_back("the heap is past its limit");
  for (std::size_t i = 0; i < s.mapped.size(); ++i) {
    const Block& m = s.mapped[i];
    if (m.size == 0 || m.size % std::max<std::uint64_t>(config.pageSize, 1) != 0) problems.push_back("a mapping not a whole number of pages");
    if (i + 1 < s.mapped.size() && m.addr + m.size > s.mapped[i + 1].addr) problems.push_back("mappings overlap");
    if (m.addr < s.programBreak(config)) problems.push_back("a mapping below the program break");
  }
  const std::uint64_t align = std::max<std::uint64_t>(config.align, 1);
  for (const auto& [addr, size] : s.used)
    if (size < config.header || (size - config.header) % align != 0) problems.push_back("a used block not a multiple of the alignment at " + std::to_string(addr));
  const auto& l = s.freeList;
  if (config.order == ListOrder::AddrSort)
    for (std::size_t i = 1; i < l.size(); ++i)
      if (l[i - 1].addr >= l[i].addr) problems.push_back("the address-ordered list is out of order");
  if (config.compat == Compat::Standard) {
    for (std::size_t i = 1; i < l.size(); ++i) {
      if (config.order == ListOrder::SizeSortUp && l[i - 1].size > l[i].size) problems.push_back("the sizesort+ list is out of order");
      if (config.order == ListOrder::SizeSortDown && l[i - 1].size < l[i].size) problems.push_back("the sizesort- list is out of order");
    }
    if (config.coalesce) {
      std::vector<Block> frees = l;
      std::sort(frees.begin(), frees.end(), [](const Block& x, const Block& y) { return x.addr < y.addr; });
      for (std::size_t i = 1; i < frees.size(); ++i)
        if (frees[i - 1].addr + frees[i - 1].size == frees[i].addr) problems.push_back("two free blocks touch at " + std::to_string(frees[i].addr));
    }
  }
  if (!l.empty() && s.rover >= l.size()) problems.push_back("the rover is past the list");
  return problems;
}

}  // namespace oslens::engine::freelist
