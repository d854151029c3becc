#include "engine/memory/paging/replacement_policy.h"

namespace oslens::engine::paging {

bool usesVictimHeap(Policy policy) {
  return policy == Policy::Fifo || policy == Policy::Lru || policy == Policy::Opt || policy == Policy::Lfu;
}

VictimKey victimKey(Policy policy, const Frame& f) {
  switch (policy) {
    // FIFO: the page loaded longest ago (Silberschatz 10e, 10.4.2).
    case Policy::Fifo: return {f.loadedAt, 0};
    // LRU: the page whose last use is longest ago (Silberschatz 10e, 10.4.4).
    case Policy::Lru: return {f.lastUsedAt, 0};
    // OPT: the page used farthest in the future (Belady 1966; Silberschatz 10e, 10.4.3). Pages
    // never used again come first; ties among them go to the one loaded first, as OSTEP's
    // paging-policy.py resolves them by scanning memory in load order.
    case Policy::Opt: return {kNever - f.nextUseAt, f.loadedAt};
    // LFU: the fewest references since the load (Silberschatz 10e, 10.4.6); ties by FIFO.
    case Policy::Lfu: return {f.useCount, f.loadedAt};
    case Policy::Clock:
    case Policy::Random: break;
  }
  return {0, 0};
}

namespace {
// Clock, the second-chance algorithm (Silberschatz 10e, 10.4.5.2; OSTEP 22.8): the hand sweeps
// the frames in a circle; a set reference bit is cleared and the page spared once; the first page
// found with a clear bit is the victim, and the hand stops just past it.
FrameIndex sweepClock(PagingState& state, EventLog<PagingEvent>& log) {
  const auto n = static_cast<FrameIndex>(state.frames.size());
  for (;;) {
    Frame& f = state.frames[state.clockHand];
    if (!f.referenced) break;
    f.referenced = false;
    log.add(SecondChance{f.page, state.clockHand});
    state.clockHand = (state.clockHand + 1) % n;
  }
  const FrameIndex victim = state.clockHand;
  state.clockHand = (state.clockHand + 1) % n;
  return victim;
}
}  // namespace

FrameIndex chooseVictim(PagingState& state, EventLog<PagingEvent>& log) {
  FrameIndex victim = 0;
  const Policy policy = state.config.policy;
  if (usesVictimHeap(policy)) victim = state.victims.top();
  else if (policy == Policy::Clock) victim = sweepClock(state, log);
  else victim = static_cast<FrameIndex>(state.rng.below(state.frames.size()));

  const Frame& f = state.frames[victim];
  log.add(VictimChosen{f.page, victim, policy, f.loadedAt, f.lastUsedAt, f.nextUseAt, f.useCount});
  return victim;
}

}  // namespace oslens::engine::paging
