#include "engine/memory/paging/paging_model.h"

#include "engine/core/state_hasher.h"
#include "engine/memory/paging/replacement_policy.h"

namespace oslens::engine::paging {

std::vector<std::uint64_t> computeNextUse(const std::vector<PagingOp>& refs) {
  std::vector<std::uint64_t> next(refs.size(), kNever);
  std::unordered_map<Page, std::uint64_t> seenLater;
  for (std::size_t i = refs.size(); i-- > 0;) {
    auto [it, inserted] = seenLater.try_emplace(refs[i].page, i);
    if (!inserted) {
      next[i] = it->second;
      it->second = i;
    }
  }
  return next;
}

PagingState PagingModel::initialState(const PagingConfig& config, const std::vector<Op>& refs) {
  PagingState s;
  s.config = config;
  s.nextUse = std::make_shared<const std::vector<std::uint64_t>>(computeNextUse(refs));
  s.frames.assign(config.frames, Frame{});
  s.victims = IndexedMinHeap<VictimKey>(config.frames);
  s.rng = Rng(config.seed);
  return s;
}

namespace {
std::uint64_t nextUseOf(const PagingState& s, std::uint64_t index) {
  return index < s.nextUse->size() ? (*s.nextUse)[index] : kNever;
}

void touch(PagingState& s, FrameIndex index, bool write, EventLog<PagingEvent>& log) {
  Frame& f = s.frames[index];
  // A reference sets the hardware reference bit (Silberschatz 10e, 10.4.5), a write the dirty bit.
  f.referenced = true;
  f.lastUsedAt = s.step;
  f.nextUseAt = nextUseOf(s, s.step);
  ++f.useCount;
  if (write && !f.dirty) {
    f.dirty = true;
    log.add(DirtyBitSet{f.page, index});
  }
  if (usesVictimHeap(s.config.policy)) s.victims.set(index, victimKey(s.config.policy, f));
}

void evict(PagingState& s, FrameIndex index, EventLog<PagingEvent>& log) {
  Frame& f = s.frames[index];
  log.add(PageEvicted{f.page, index, f.dirty});
  // A dirty victim must be written to the backing store before its frame is reused.
  if (f.dirty) ++s.writebacks;
  s.frameOf.erase(f.page);
  if (s.victims.contains(index)) s.victims.erase(index);
  f = Frame{};
}
}  // namespace

void PagingModel::step(State& s, const Op& op, EventLog<Event>& log) {
  if (auto it = s.frameOf.find(op.page); it != s.frameOf.end()) {
    ++s.hits;
    log.add(PageHit{op.page, it->second});
    touch(s, it->second, op.write, log);
  } else {
    ++s.faults;
    log.add(PageFault{op.page, op.write});
    const bool freeFrame = s.usedFrames() < s.frames.size();
    // Frames fill in order and are never freed here, so the first free frame is the next one.
    const FrameIndex target = freeFrame ? s.usedFrames() : chooseVictim(s, log);
    if (!freeFrame) evict(s, target, log);
    Frame& f = s.frames[target];
    f.page = op.page;
    f.loadedAt = s.step;
    s.frameOf.emplace(op.page, target);
    log.add(PageLoaded{op.page, target, freeFrame});
    touch(s, target, op.write, log);
  }
  ++s.step;
}

std::uint64_t PagingModel::hash(const State& s) {
  StateHasher h;
  for (const Frame& f : s.frames) {
    h.add(f.page);
    h.add(f.dirty);
    h.add(f.referenced);
    h.add(f.loadedAt);
    h.add(f.lastUsedAt);
    h.add(f.useCount);
    h.add(f.nextUseAt);
  }
  h.add(s.clockHand);
  for (auto word : s.rng.rawState()) h.add(word);
  h.add(s.step);
  h.add(s.hits);
  h.add(s.faults);
  h.add(s.writebacks);
  return h.value();
}

std::size_t PagingModel::footprintBytes(const State& s) {
  // Upper bound for a full memory: a Frame, a hash-map node and the heap's three words per frame.
  constexpr std::size_t kPerFrame = sizeof(Frame) + 48 + sizeof(VictimKey) + 2 * sizeof(std::uint32_t);
  return sizeof(PagingState) + std::size_t{s.config.frames} * kPerFrame;
}

std::vector<std::string> PagingModel::checkInvariants(const State& s) {
  std::vector<std::string> problems;
  auto fail = [&](std::string what) { problems.push_back(std::move(what)); };
  if (s.frames.size() != s.config.frames) fail("frame count differs from the configuration");
  if (s.hits + s.faults != s.step) fail("hits + faults differ from the number of references");
  if (s.writebacks > s.faults) fail("more write-backs than faults");
  if (!s.frames.empty() && s.clockHand >= s.frames.size()) fail("clock hand outside the frames");

  std::size_t resident = 0;
  for (FrameIndex i = 0; i < s.frames.size(); ++i) {
    const Frame& f = s.frames[i];
    const std::string at = "frame " + std::to_string(i);
    if (f.empty()) {
      if (f.dirty || f.referenced) fail(at + " is empty but has a bit set");
      if (i < s.usedFrames()) fail(at + " is empty before a used frame");
      if (s.victims.contains(i)) fail(at + " is empty but queued as a victim");
      continue;
    }
    ++resident;
    auto it = s.frameOf.find(f.page);
    if (it == s.frameOf.end() || it->second != i)
      fail(at + " holds page " + std::to_string(f.page) + " which the page map does not place there");
    if (f.useCount == 0) fail(at + " is resident with no reference counted");
    if (f.lastUsedAt < f.loadedAt || f.lastUsedAt >= s.step) fail(at + " has an impossible last use");
    if (f.nextUseAt != kNever && f.nextUseAt <= f.lastUsedAt) fail(at + " has a next use in the past");
    if (usesVictimHeap(s.config.policy) &&
        (!s.victims.contains(i) || s.victims.key(i) != victimKey(s.config.policy, f)))
      fail(at + " is missing from the victim order or has a stale key");
  }
  // Every page in the map sits in exactly one frame, so no page is in memory twice.
  if (resident != s.frameOf.size()) fail("a page is in memory twice or the page map is stale");
  if (usesVictimHeap(s.config.policy) && (s.victims.size() != resident || !s.victims.isHeap()))
    fail("the victim order is not a heap over the resident pages");
  return problems;
}

}  // namespace oslens::engine::paging
