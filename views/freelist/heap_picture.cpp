#include "views/freelist/heap_picture.h"

#include <algorithm>
#include <unordered_map>

namespace oslens::views {

using namespace engine::freelist;

namespace {
void sortByAddress(std::vector<HeapPicture::Span>& spans) {
  std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.block.addr < b.block.addr; });
}

void highlightBlock(HeapPicture& p, const Block& b) {
  for (auto& span : p.blocks)
    if (span.block == b) span.highlighted = true;
  for (auto& span : p.mapped)
    if (span.block == b) span.highlighted = true;
}

void highlightListEntry(HeapPicture& p, Address addr) {
  for (std::size_t i = 0; i < p.freeList.size(); ++i)
    if (p.freeList[i].addr == addr) {
      p.listHighlight = i;
      for (auto& span : p.blocks)
        if (span.block == p.freeList[i]) span.highlighted = true;
    }
}
// The pointer variable the step's op is about.
std::optional<TagId> tagOfStep(const std::vector<FreelistEvent>& events) {
  for (const auto& e : events) {
    if (const auto* m = std::get_if<MallocRequested>(&e)) return m->tag;
    if (const auto* r = std::get_if<ReallocRequested>(&e)) return r->tag;
    if (const auto* f = std::get_if<FreeRequested>(&e)) return f->tag;
    if (const auto* b = std::get_if<BadPointer>(&e)) return b->tag;
    if (const auto* n = std::get_if<NullFreed>(&e)) return n->tag;
  }
  return std::nullopt;
}
}  // namespace

HeapPicture heapPictureOf(const FreelistState& s, const std::vector<FreelistEvent>& events) {
  HeapPicture p;
  p.state = &s;
  p.stepTag = tagOfStep(events);
  p.wentWrong = std::any_of(events.begin(), events.end(), [](const auto& e) {
    return std::holds_alternative<MallocFailed>(e) || std::holds_alternative<BadPointer>(e);
  });
  p.freeList = s.heap.freeList;
  p.verdicts.assign(p.freeList.size(), std::nullopt);
  p.programBreak = s.programBreak();
  std::unordered_map<Address, TagId> owner;
  for (const auto& [t, held] : s.live) owner.emplace(held.block.addr, t);
  p.blocks.reserve(s.heap.used.size() + s.heap.freeList.size());
  for (const auto& [addr, size] : s.heap.used) {
    const Block b{addr, size};
    const auto it = owner.find(b.addr);
    p.blocks.push_back({b, it == owner.end() ? std::optional<TagId>() : std::optional<TagId>(it->second), false});
  }
  for (const Block& b : s.heap.freeList) p.blocks.push_back({b, std::nullopt, true});
  sortByAddress(p.blocks);
  for (const Block& b : s.heap.mapped) {
    const auto it = owner.find(b.addr);
    p.mapped.push_back({b, it == owner.end() ? std::optional<TagId>() : std::optional<TagId>(it->second), false});
  }
  // Leaked blocks: in use with no pointer to them, named by the tag that lost them.
  if (!s.leaked.empty()) {
    std::unordered_map<Address, TagId> lostBy;
    for (const auto& leak : s.leaked) lostBy[leak.block.addr] = leak.tag;
    for (auto* spans : {&p.blocks, &p.mapped})
      for (auto& span : *spans)
        if (const auto it = lostBy.find(span.block.addr); !span.free && !span.tag && it != lostBy.end()) span.leakedFrom = it->second;
  }
  if (s.config->policy == FitPolicy::Next && !p.freeList.empty()) p.rover = s.heap.rover % p.freeList.size();
  // What the step that made this state did. A failed search left the list as it was: its verdicts stay.
  const bool failed = std::any_of(events.begin(), events.end(), [](const auto& e) { return std::holds_alternative<MallocFailed>(e); });
  for (const auto& e : events) {
    if (const auto* x = std::get_if<EntryExamined>(&e); x && failed && x->examination.index < p.verdicts.size())
      p.verdicts[x->examination.index] = x->examination.verdict;
    if (const auto* a = std::get_if<BlockAllocated>(&e)) {
      highlightBlock(p, a->block);
      if (a->remainder) {
        for (std::size_t i = 0; i < p.freeList.size(); ++i)
          if (p.freeList[i].addr == a->remainder->addr) p.listHighlight = i;
      }
    } else if (const auto* r = std::get_if<ResizedInPlace>(&e)) {
      highlightBlock(p, r->to);
    } else if (const auto* m = std::get_if<ChunkRemapped>(&e)) {
      highlightBlock(p, m->to);
    } else if (const auto* i = std::get_if<ListInserted>(&e)) {
      // The block the freed one ended in (merges may have grown it since it entered the list).
      for (const Block& f : p.freeList)
        if (f.addr <= i->block.addr && i->block.addr < f.addr + f.size) highlightListEntry(p, f.addr);
    }
  }
  return p;
}

std::vector<HeapPicture> heapBeats(const FreelistState& before, const std::vector<FreelistEvent>& events,
                                   const FreelistState& after, std::size_t maxWalkBeats) {
  std::vector<HeapPicture> beats;
  std::vector<Examination> walk;
  std::optional<BreakRaised> raised;
  std::optional<Block> freed;
  for (const auto& e : events) {
    if (const auto* x = std::get_if<EntryExamined>(&e)) walk.push_back(x->examination);
    else if (const auto* b = std::get_if<BreakRaised>(&e)) raised = *b;
    else if (const auto* f = std::get_if<FreeRequested>(&e)) freed = f->block;
  }
  const bool isRequest = std::any_of(events.begin(), events.end(), [](const auto& e) {
    return std::holds_alternative<MallocRequested>(e) || std::holds_alternative<ReallocRequested>(e);
  });
  if (isRequest) {
    HeapPicture start = heapPictureOf(before);
    for (const auto& e : events)
      if (const auto* r = std::get_if<ReallocRequested>(&e); r && r->from) highlightBlock(start, *r->from);
    beats.push_back(start);
    // The walk before sbrk on the list before; after it, on the list the growth made.
    HeapPicture grown = start;
    if (raised) {
      grown.programBreak = raised->to;
      const Block added{raised->from, raised->to - raised->from};
      auto top = std::find_if(grown.blocks.begin(), grown.blocks.end(),
                              [&](const auto& s) { return s.free && s.block.addr + s.block.size == raised->from; });
      if (top != grown.blocks.end()) {
        const Block oldTop = top->block;
        top->block.size += added.size;
        for (Block& f : grown.freeList)
          if (f == oldTop) f = top->block;
      } else {
        grown.blocks.push_back({added, std::nullopt, true});
        grown.freeList.push_back(added);
      }
      // The search after sbrk examines the list in its new order: take it from the walk.
      for (const Examination& x : walk)
        if (x.afterGrowth && x.index < grown.freeList.size()) grown.freeList[x.index] = x.block;
      grown.verdicts.assign(grown.freeList.size(), std::nullopt);
      grown.rover.reset();
    }
    const std::size_t perBeat = std::max<std::size_t>(1, (walk.size() + maxWalkBeats - 1) / std::max<std::size_t>(maxWalkBeats, 1));
    HeapPicture current = start;
    current.rover.reset();
    bool inGrowth = false;
    for (std::size_t i = 0; i < walk.size(); ++i) {
      const Examination& x = walk[i];
      if (x.afterGrowth && !inGrowth) {
        beats.push_back(grown);  // the break moves
        current = grown;
        inGrowth = true;
      }
      // A new best (or largest) so far: the one before it is only a block that fits now.
      if (x.verdict == Verdict::BestSoFar)
        for (auto& v : current.verdicts)
          if (v == Verdict::BestSoFar) v = Verdict::Fits;
      if (x.index < current.verdicts.size()) current.verdicts[x.index] = x.verdict;
      current.cursor = x.index;
      for (auto& span : current.blocks) span.highlighted = span.block == x.block;
      if (i + 1 == walk.size() || (i + 1) % perBeat == 0 || walk[i + 1].afterGrowth != x.afterGrowth) beats.push_back(current);
    }
    if (raised && !inGrowth) {
      beats.push_back(grown);
      current = grown;
    }
    // The chosen block, and where the split will cut it.
    for (const auto& e : events)
      if (const auto* a = std::get_if<BlockAllocated>(&e); a && a->remainder) {
        HeapPicture cut = current;
        cut.cursor.reset();
        for (std::size_t i = 0; i < cut.freeList.size(); ++i)
          if (cut.freeList[i].addr == a->block.addr) cut.cursor = i;
        for (auto& span : cut.blocks) span.highlighted = span.free && span.block.addr == a->block.addr;
        cut.splitAt = a->block.addr + a->block.size;
        beats.push_back(cut);
      }
  } else if (freed) {
    HeapPicture start = heapPictureOf(before);
    highlightBlock(start, *freed);
    beats.push_back(start);
    const bool mapped = std::any_of(events.begin(), events.end(), [](const auto& e) { return std::holds_alternative<ChunkUnmapped>(e); });
    if (!mapped && before.config->compat == Compat::Standard) {
      // The block is free (its header still says its size), then merges with each free neighbour.
      HeapPicture current = start;
      current.stepTagFreed = true;
      for (auto& span : current.blocks)
        if (span.block == *freed) span.tag.reset(), span.free = true;
      beats.push_back(current);
      for (const auto& e : events) {
        const auto* m = std::get_if<BlocksMerged>(&e);
        if (!m) continue;
        const Block merged{m->lower.addr, m->lower.size + m->upper.size};
        auto& blocks = current.blocks;
        blocks.erase(std::remove_if(blocks.begin(), blocks.end(), [&](const auto& span) { return span.free && (span.block == m->lower || span.block == m->upper); }),
                     blocks.end());
        blocks.push_back({merged, std::nullopt, true, std::nullopt, true});
        sortByAddress(blocks);
        // The neighbour's box takes in the freed block: the entry grows where it stands (the
        // state after puts it where the order wants it).
        current.listHighlight.reset();
        for (std::size_t i = 0; i < current.freeList.size(); ++i)
          if (current.freeList[i] == m->lower || current.freeList[i] == m->upper) {
            current.freeList[i] = merged;
            current.listHighlight = i;
          }
        // Two neighbours: the second entry went into the first.
        if (const auto second = std::find(current.freeList.begin(), current.freeList.end(), merged);
            second != current.freeList.end() && std::count(current.freeList.begin(), current.freeList.end(), merged) > 1) {
          const auto last = std::find(second + 1, current.freeList.end(), merged);
          const auto at = static_cast<std::size_t>(last - current.freeList.begin());
          current.freeList.erase(last);
          current.verdicts.erase(current.verdicts.begin() + static_cast<std::ptrdiff_t>(at));
          current.listHighlight = static_cast<std::size_t>(second - current.freeList.begin());
        }
        beats.push_back(current);
      }
    }
  }
  // A trim: the free top above the new break is about to go back to the kernel.
  for (const auto& e : events)
    if (const auto* lowered = std::get_if<BreakLowered>(&e); lowered && !beats.empty()) {
      HeapPicture trim = beats.back();
      trim.cursor.reset();
      trim.splitAt.reset();
      trim.trimTo = lowered->to;
      for (auto& span : trim.blocks) span.highlighted = span.free && span.block.addr + span.block.size == lowered->from;
      beats.push_back(trim);
    }
  beats.push_back(heapPictureOf(after, events));
  for (HeapPicture& beat : beats) beat.stepTag = tagOfStep(events);
  return beats;
}

}  // namespace oslens::views
