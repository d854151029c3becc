#include "engine/memory/freelist/freelist_model.h"

#include <algorithm>

#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"

namespace oslens::engine::freelist {

const std::string& FreelistState::tagName(TagId tag) const {
  static const std::string kNone;
  return tagNames && tag < tagNames->size() ? (*tagNames)[tag] : kNone;
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

FreelistState FreelistModel::initialState(const HeapConfig& config, std::shared_ptr<const std::vector<std::string>> tagNames) {
  FreelistState s;
  s.config = std::make_shared<const HeapConfig>(config);
  s.tagNames = std::move(tagNames);
  s.heap = initialHeap(config);
  s.tags.resize(s.tagNames ? s.tagNames->size() : 0);
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

// Runs malloc for `tag`; true when it got a block (then the slot holds it).
bool mallocInto(FreelistState& s, TagId tag, std::uint64_t bytes, Log& log) {
  const HeapConfig& config = *s.config;
  MallocOutcome out = allocate(s.heap, config, bytes, log.recording());
  s.searchedTotal += out.searched;
  logSearch(out, log);
  if (!out.block) {
    log.add(MallocFailed{tag, out.request, s.freeBytes(), s.largestFree(), out.atLimit, out.searched});
    ++s.failed;
    // malloc's NULL; a realloc that fails leaves the old block where it was (C17 7.22.3.5).
    if (s.tags[tag].status != TagSlot::Status::Live) s.tags[tag] = {TagSlot::Status::Failed, {}, bytes, false};
    return false;
  }
  if (out.mmapped) log.add(ChunkMapped{tag, *out.block});
  std::optional<Block> remainder;
  if (out.split && log.recording()) remainder = remainderAfter(s.heap, *out.block);
  log.add(BlockAllocated{tag, *out.block, out.block->addr + config.header, remainder, out.searched});
  TagSlot& slot = s.tags[tag];
  slot = {TagSlot::Status::Live, *out.block, bytes, out.mmapped};
  s.internalBytes += out.block->size - bytes;
  ++s.mallocs;
  return true;
}

// The block of a live tag goes back; its events in the order the rules do them.
void releaseSlot(FreelistState& s, TagId tag, Log& log) {
  TagSlot& slot = s.tags[tag];
  log.add(FreeRequested{tag, slot.block});
  const Address breakBefore = s.programBreak();
  const FreeOutcome out = release(s.heap, *s.config, slot.block.addr);
  s.internalBytes -= slot.block.size - slot.bytes;
  slot.status = TagSlot::Status::Freed;
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

void doMalloc(FreelistState& s, const MallocOp& op, Log& log) {
  log.add(MallocRequested{op.tag, op.bytes, blockSizeFor(*s.config, op.bytes)});
  mallocInto(s, op.tag, op.bytes, log);
}

void doFree(FreelistState& s, const FreeOp& op, Log& log) {
  TagSlot& slot = s.tags[op.tag];
  switch (slot.status) {
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

// realloc (C17 7.22.3.5; glibc _int_realloc): in place when it can be, else malloc, copy, free.
// realloc(NULL, n) is malloc(n); when no block can be had it returns NULL and the old block stays.
void doRealloc(FreelistState& s, const ReallocOp& op, Log& log) {
  TagSlot& slot = s.tags[op.tag];
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
  if (!slot.mapped) {
    if (const auto resized = resizeInPlace(s.heap, *s.config, slot.block.addr, size)) {
      log.add(ResizedInPlace{op.tag, resized->before, resized->after});
      s.internalBytes -= slot.block.size - slot.bytes;
      slot.block = resized->after;
      slot.bytes = op.bytes;
      s.internalBytes += slot.block.size - slot.bytes;
      return;
    }
  }
  const TagSlot old = slot;
  if (!mallocInto(s, op.tag, op.bytes, log)) return;  // NULL: the old block is untouched
  const TagSlot moved = s.tags[op.tag];
  log.add(DataCopied{op.tag, old.block, moved.block, std::min(old.bytes, op.bytes)});
  s.tags[op.tag] = old;
  releaseSlot(s, op.tag, log);
  --s.frees;  // the old block's free is part of the realloc, not a free of the program's
  s.tags[op.tag] = moved;
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
  addBlocks(s.heap.used);
  addBlocks(s.heap.mapped);
  h.add(s.heap.rover);
  h.add(s.heap.heapSize);
  for (const TagSlot& slot : s.tags) {
    h.add(slot.status);
    h.add(slot.block.addr);
    h.add(slot.block.size);
    h.add(slot.bytes);
    h.add(slot.mapped);
  }
  for (std::uint64_t v : {s.step, s.mallocs, s.frees, s.failed, s.badPointers, s.internalBytes, s.searchedTotal}) h.add(v);
  return h.value();
}

std::size_t FreelistModel::footprintBytes(const State& s) {
  return sizeof(FreelistState) +
         (s.heap.freeList.capacity() + s.heap.used.capacity() + s.heap.mapped.capacity()) * sizeof(Block) +
         s.tags.capacity() * sizeof(TagSlot);
}

}  // namespace oslens::engine::freelist
