#include "engine/memory/freelist/freelist_model.h"

#include <algorithm>

#include "engine/core/limits.h"
#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"

namespace oslens::engine::freelist {

const std::string& FreelistState::tagName(TagId tag) const {
  static const std::string kNone;
  return tagNames && tag < tagNames->size() ? (*tagNames)[tag] : kNone;
}

TagSlot FreelistState::tag(TagId id) const {
  const TagSlot::Status status = id < tagStatus.size() ? tagStatus[id] : TagSlot::Status::Unused;
  if (const auto it = live.find(id); it != live.end()) return {status, it->second.block, it->second.bytes, it->second.mapped};
  return {status, {}, 0, false};
}

void FreelistState::setTag(TagId id, const TagSlot& slot) {
  tagStatus.at(id) = slot.status;
  if (slot.status == TagSlot::Status::Live) live[id] = {slot.block, slot.bytes, slot.mapped};
  else live.erase(id);
}

std::uint64_t FreelistState::freeBytes() const {
  std::uint64_t sum = 0;
  for (const Block& b : heap.freeList) sum += b.size;
  return sum;
}

std::uint64_t FreelistState::largestFree() const {
  std::uint64_t largest = 0;
  for (const Block& b : heap.freeList) largest = std::max(largest, b.size);
  return largest;
}

std::uint64_t FreelistState::leakedBytes() const {
  std::uint64_t sum = 0;
  for (const Leak& l : leaked) sum += l.block.size;
  return sum;
}

FreelistState FreelistModel::initialState(const HeapConfig& config, std::shared_ptr<const std::vector<std::string>> tagNames) {
  FreelistState s;
  s.config = std::make_shared<const HeapConfig>(config);
  s.tagNames = std::move(tagNames);
  s.heap = initialHeap(config);
  s.tagStatus.assign(s.tagNames ? s.tagNames->size() : 0, TagSlot::Status::Unused);
  return s;
}

namespace {
using Log = EventLog<FreelistEvent>;

// The search as events: the entries before sbrk, the break moving, the entries after.
void logSearch(const MallocOutcome& out, Log& log) {
  for (const Examination& e : out.examined)
    if (!e.afterGrowth) log.add(EntryExamined{e});
  if (out.grew > 0) log.add(BreakRaised{out.growthBreak, out.growthBreak + out.grew});
  for (const Examination& e : out.examined)
    if (e.afterGrowth) log.add(EntryExamined{e});
}

// The free block right after `b` in memory: what is left of the block the split cut `b` from.
std::optional<Block> remainderAfter(const HeapState& heap, const Block& b) {
  for (const Block& e : heap.freeList)
    if (e.addr == b.addr + b.size) return e;
  return std::nullopt;
}

// malloc's search for `tag`, its growth and its events up to the block found; a failure is told
// (MallocFailed) and counted, and a tag that held nothing becomes NULL (a realloc that fails leaves
// the old block where it was, C17 7.22.3.5).
MallocOutcome runMalloc(FreelistState& s, TagId tag, std::uint64_t bytes, Log& log) {
  const HeapConfig& config = *s.config;
  MallocOutcome out = allocate(s.heap, config, bytes, log.recording());
  s.searchedTotal += out.searched;
  logSearch(out, log);
  if (!out.block) {
    std::optional<Address> breakLimit;
    if (out.neededBreak) breakLimit = config.base + config.limit.value_or(limits::kMaxHeapBytes);
    log.add(MallocFailed{tag, out.request, s.freeBytes(), s.largestFree(), out.atLimit, out.searched, out.neededBreak, breakLimit});
    ++s.failed;
    if (s.tagStatus[tag] != TagSlot::Status::Live) s.setTag(tag, {TagSlot::Status::Failed, {}, bytes, false});
  }
  return out;
}

// The block malloc found goes to `tag`.
void grantBlock(FreelistState& s, TagId tag, std::uint64_t bytes, const MallocOutcome& out, Log& log) {
  const HeapConfig& config = *s.config;
  if (out.mmapped) log.add(ChunkMapped{tag, *out.block});
  std::optional<Block> remainder;
  if (out.split && log.recording()) remainder = remainderAfter(s.heap, *out.block);
  log.add(BlockAllocated{tag, *out.block, out.block->addr + config.header, remainder, out.searched});
  s.setTag(tag, {TagSlot::Status::Live, *out.block, bytes, out.mmapped});
  s.internalBytes += out.block->size - bytes;
  ++s.mallocs;
}

// Runs malloc for `tag`; true when it got a block (then the slot holds it).
bool mallocInto(FreelistState& s, TagId tag, std::uint64_t bytes, Log& log) {
  const MallocOutcome out = runMalloc(s, tag, bytes, log);
  if (out.block) grantBlock(s, tag, bytes, out, log);
  return out.block.has_value();
}

// The tag's block is now `block` (same address, or a mapping moved), for `bytes`.
void resizeSlot(FreelistState& s, TagId tag, TagSlot slot, const Block& block, std::uint64_t bytes) {
  s.internalBytes -= slot.block.size - slot.bytes;
  slot.block = block;
  slot.bytes = bytes;
  s.internalBytes += slot.block.size - slot.bytes;
  s.setTag(tag, slot);
}

// The block of a live tag goes back; its events in the order the rules do them.
void releaseSlot(FreelistState& s, TagId tag, Log& log) {
  const TagSlot slot = s.tag(tag);
  log.add(FreeRequested{tag, slot.block});
  const Address breakBefore = s.programBreak();
  const FreeOutcome out = release(s.heap, *s.config, slot.block.addr);
  s.internalBytes -= slot.block.size - slot.bytes;
  s.setTag(tag, {TagSlot::Status::Freed, slot.block, slot.bytes, slot.mapped});
  ++s.frees;
  if (out.unmapped) {
    log.add(ChunkUnmapped{slot.block});
    return;
  }
  const bool insertFirst = s.config->compat == Compat::Ostep;
  if (insertFirst) log.add(ListInserted{out.inserted, out.insertedAt});
  for (const auto& [lower, upper] : out.mergedPairs) log.add(BlocksMerged{lower, upper});
  if (!insertFirst) log.add(ListInserted{out.inserted, out.insertedAt});
  if (out.trimmed > 0) log.add(BreakLowered{breakBefore, breakBefore - out.trimmed});
}

// `A = malloc(n)` while A holds a block: the assignment loses the only pointer to it. The block
// stays in use (nothing can free it); the tag is free for the malloc's result, a block or NULL.
void doMalloc(FreelistState& s, const MallocOp& op, Log& log) {
  if (s.tagStatus[op.tag] == TagSlot::Status::Live) {
    const TagSlot old = s.tag(op.tag);
    log.add(BlockLeaked{op.tag, old.block, old.mapped});
    s.leaked.push_back({op.tag, old.block, old.bytes, old.mapped, s.step + 1});
    s.setTag(op.tag, {TagSlot::Status::Unused, {}, 0, false});
  }
  log.add(MallocRequested{op.tag, op.bytes, blockSizeFor(*s.config, op.bytes)});
  mallocInto(s, op.tag, op.bytes, log);
}

void doFree(FreelistState& s, const FreeOp& op, Log& log) {
  switch (s.tagStatus[op.tag]) {
    case TagSlot::Status::Live: releaseSlot(s, op.tag, log); return;
    case TagSlot::Status::Failed: log.add(NullFreed{op.tag}); return;
    case TagSlot::Status::Freed:
      log.add(BadPointer{op.tag, PointerProblem::DoubleFree});
      ++s.badPointers;
      return;
    case TagSlot::Status::Unused:
      log.add(BadPointer{op.tag, PointerProblem::NeverAllocated});
      ++s.badPointers;
      return;
  }
}

// realloc (C17 7.22.3.5; glibc __libc_realloc and _int_realloc in malloc/malloc.c): in place when
// it can be, else malloc, copy, free. realloc(NULL, n) is malloc(n); when no block can be had it
// returns NULL and the old block stays. Under the standard rules, as glibc: a mapping is resized
// by mremap (mremap_chunk), and a block that malloc finds right after the old one is joined to
// it, not copied into ("Avoid copy if newp is next chunk after oldp"). malloc.py has no realloc:
// under compat "ostep" realloc keeps the textbook's in place / malloc, copy, free.
void doRealloc(FreelistState& s, const ReallocOp& op, Log& log) {
  TagSlot slot = s.tag(op.tag);
  const std::uint64_t size = blockSizeFor(*s.config, op.bytes);
  if (slot.status == TagSlot::Status::Freed || slot.status == TagSlot::Status::Unused) {
    log.add(ReallocRequested{op.tag, op.bytes, size, std::nullopt});
    log.add(BadPointer{op.tag, slot.status == TagSlot::Status::Freed ? PointerProblem::UseAfterFree : PointerProblem::NeverAllocated});
    ++s.badPointers;
    return;
  }
  if (slot.status == TagSlot::Status::Failed) {
    log.add(ReallocRequested{op.tag, op.bytes, size, std::nullopt});
    mallocInto(s, op.tag, op.bytes, log);
    return;
  }
  log.add(ReallocRequested{op.tag, op.bytes, size, slot.block});
  const bool glibc = s.config->compat == Compat::Standard;
  if (!slot.mapped) {
    if (const auto resized = resizeInPlace(s.heap, *s.config, slot.block.addr, size)) {
      log.add(ResizedInPlace{op.tag, resized->before, resized->after, std::nullopt, resized->freedTail});
      resizeSlot(s, op.tag, slot, resized->after, op.bytes);
      return;
    }
  } else if (glibc) {
    // __libc_realloc: "newp = mremap_chunk (oldp, nb); if (newp) return chunk2mem (newp);", and
    // only when mremap fails, malloc, copy and munmap (below).
    if (const auto remapped = remapChunk(s.heap, *s.config, slot.block.addr, size)) {
      log.add(ChunkRemapped{op.tag, remapped->before, remapped->after});
      resizeSlot(s, op.tag, slot, remapped->after, op.bytes);
      return;
    }
  }
  const TagSlot old = slot;
  const MallocOutcome out = runMalloc(s, op.tag, op.bytes, log);
  if (!out.block) return;  // NULL: the old block is untouched
  if (glibc && !old.mapped && !out.mmapped && out.block->addr == old.block.addr + old.block.size) {
    // _int_realloc: "Avoid copy if newp is next chunk after oldp" (the heap grew, and the new
    // block is cut from the top right where the old one ends).
    const ResizeOutcome joined = joinNext(s.heap, *s.config, old.block.addr, *out.block, size);
    log.add(ResizedInPlace{op.tag, joined.before, joined.after, *out.block, joined.freedTail, out.searched});
    resizeSlot(s, op.tag, old, joined.after, op.bytes);
    return;
  }
  grantBlock(s, op.tag, op.bytes, out, log);
  const TagSlot moved = s.tag(op.tag);
  log.add(DataCopied{op.tag, old.block, moved.block, std::min(old.bytes, op.bytes)});
  s.setTag(op.tag, old);
  releaseSlot(s, op.tag, log);
  --s.frees;  // the old block's free is part of the realloc, not a free of the program's
  s.setTag(op.tag, moved);
}
}  // namespace

void FreelistModel::step(State& s, const Op& op, EventLog<Event>& log) {
  std::visit(Overloaded{[&](const MallocOp& m) { doMalloc(s, m, log); }, [&](const FreeOp& f) { doFree(s, f, log); },
                        [&](const ReallocOp& r) { doRealloc(s, r, log); }},
             op);
  ++s.step;
}

std::uint64_t FreelistModel::hash(const State& s) {
  StateHasher h;
  auto addBlocks = [&](const std::vector<Block>& blocks) {
    h.add(blocks.size());
    for (const Block& b : blocks) {
      h.add(b.addr);
      h.add(b.size);
    }
  };
  addBlocks(s.heap.freeList);
  h.add(s.heap.used.size());
  for (const auto& [addr, size] : s.heap.used) {
    h.add(addr);
    h.add(size);
  }
  addBlocks(s.heap.mapped);
  h.add(s.heap.rover);
  h.add(s.heap.heapSize);
  for (const TagSlot::Status status : s.tagStatus) h.add(status);
  // The live tags in any order: each hashed alone, the hashes summed.
  std::uint64_t liveSum = 0;
  for (const auto& [id, t] : s.live) {
    StateHasher one;
    one.add(id);
    one.add(t.block.addr);
    one.add(t.block.size);
    one.add(t.bytes);
    one.add(t.mapped);
    liveSum += one.value();
  }
  h.add(s.live.size());
  h.add(liveSum);
  h.add(s.leaked.size());
  for (const FreelistState::Leak& l : s.leaked) {
    h.add(l.tag);
    h.add(l.block.addr);
    h.add(l.block.size);
    h.add(l.bytes);
    h.add(l.mapped);
    h.add(l.step);
  }
  for (std::uint64_t v : {s.step, s.mallocs, s.frees, s.failed, s.badPointers, s.internalBytes, s.searchedTotal}) h.add(v);
  return h.value();
}

std::size_t FreelistModel::footprintBytes(const State& s) {
  return sizeof(FreelistState) +
         (s.heap.freeList.capacity() + s.heap.mapped.capacity()) * sizeof(Block) +
         s.heap.used.size() * (sizeof(std::pair<const Address, std::uint64_t>) + 4 * sizeof(void*)) +  // a map node
         s.tagStatus.capacity() * sizeof(TagSlot::Status) +
         s.live.size() * (sizeof(std::pair<const TagId, FreelistState::LiveTag>) + 2 * sizeof(void*)) +
         s.live.bucket_count() * sizeof(void*) + s.leaked.capacity() * sizeof(FreelistState::Leak);
}

}  // namespace oslens::engine::freelist
