#include "engine/memory/buddy/buddy_model.h"

#include "engine/core/overloaded.h"
#include "engine/core/state_hasher.h"

namespace oslens::engine::buddy {

const std::string& BuddyState::tagName(TagId tag) const {
  static const std::string kNone;
  return tagNames && tag < tagNames->size() ? (*tagNames)[tag] : kNone;
}

BuddyState BuddyModel::initialState(const BuddyConfig& config, std::shared_ptr<const std::vector<std::string>> tagNames) {
  BuddyState s{BuddyAllocator(config), std::move(tagNames), {}};
  s.tags.resize(s.tagNames ? s.tagNames->size() : 0);
  return s;
}

namespace {
void allocate(BuddyState& s, const AllocOp& op, EventLog<BuddyEvent>& log) {
  log.add(AllocRequested{op.tag, op.order, op.bytes, op.zone});
  TagSlot& slot = s.tags[op.tag];
  if (slot.status == TagSlot::Status::Live) {
    log.add(TagError{op.tag, TagProblem::StillAllocated});
    return;
  }
  const Pfn pfn = s.memory.allocate(op.order, op.zone, log);
  if (pfn == kNoPfn) {
    log.add(AllocFailed{op.tag, op.order, s.memory.freePages(), s.memory.largestFreeOrder()});
    slot = {TagSlot::Status::Failed, kNoPfn, op.order, 0};
    ++s.failures;
    return;
  }
  const std::uint64_t blockBytes = std::uint64_t{s.memory.config().pageSize} << op.order;
  const std::uint64_t wasted = op.bytes == 0 ? 0 : blockBytes - op.bytes;
  log.add(BlockAllocated{op.tag, pfn, op.order, wasted});
  slot = {TagSlot::Status::Live, pfn, op.order, wasted};
  s.wastedBytes += wasted;
  ++s.allocations;
}

void release(BuddyState& s, const FreeOp& op, EventLog<BuddyEvent>& log) {
  TagSlot& slot = s.tags[op.tag];
  switch (slot.status) {
    case TagSlot::Status::Live:
      log.add(FreeRequested{op.tag, slot.pfn, slot.order});
      s.memory.free(slot.pfn, slot.order, log);
      s.wastedBytes -= slot.wastedBytes;
      slot.status = TagSlot::Status::Freed;
      ++s.frees;
      return;
    case TagSlot::Status::Freed: log.add(TagError{op.tag, TagProblem::DoubleFree}); return;
    case TagSlot::Status::Failed:
    case TagSlot::Status::Unused: log.add(TagError{op.tag, TagProblem::NeverAllocated}); return;
  }
}
}  // namespace

void BuddyModel::step(State& s, const Op& op, EventLog<Event>& log) {
  std::visit(Overloaded{[&](const AllocOp& a) { allocate(s, a, log); }, [&](const FreeOp& f) { release(s, f, log); }},
             op);
  ++s.step;
}

std::uint64_t BuddyModel::hash(const State& s) {
  StateHasher h;
  s.memory.addToHash(h);
  for (const TagSlot& slot : s.tags) {
    h.add(slot.status);
    h.add(slot.pfn);
    h.add(slot.order);
    h.add(slot.wastedBytes);
  }
  h.add(s.step);
  h.add(s.allocations);
  h.add(s.failures);
  h.add(s.frees);
  h.add(s.wastedBytes);
  return h.value();
}

std::size_t BuddyModel::footprintBytes(const State& s) {
  return sizeof(BuddyState) + s.memory.footprintBytes() + s.tags.size() * sizeof(TagSlot);
}

std::vector<std::string> BuddyModel::checkInvariants(const State& s) {
  auto problems = s.memory.checkInvariants();
  std::uint64_t livePages = 0, liveWaste = 0;
  for (TagId tag = 0; tag < s.tags.size(); ++tag) {
    const TagSlot& slot = s.tags[tag];
    if (slot.status != TagSlot::Status::Live) continue;
    livePages += std::uint64_t{1} << slot.order;
    liveWaste += slot.wastedBytes;
    if (!s.memory.isAllocatedBlock(slot.pfn, slot.order))
      problems.push_back("tag " + s.tagName(tag) + " names a block the allocator does not hold as allocated");
  }
  // Allocated + free = total: every page not free belongs to exactly one live tag.
  if (livePages + s.memory.freePages() != s.memory.totalPages())
    problems.push_back("allocated pages + free pages differ from the zone's pages");
  if (liveWaste != s.wastedBytes) problems.push_back("the internal fragmentation total is stale");
  return problems;
}

}  // namespace oslens::engine::buddy
