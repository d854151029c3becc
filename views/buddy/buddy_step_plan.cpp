#include "views/buddy/buddy_step_plan.h"

#include <algorithm>

#include "views/kit/buddy_palette.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::buddy;

namespace {
Flight styled(const QColor& line, const QColor& fill, qreal width = 2) {
  Flight f;
  f.pen = ViewPalette::pen(line, width);
  f.brush = QBrush(fill);
  f.textColor = ViewPalette::ink();
  return f;
}

// The left or right half of a box: a block breaking into its two buddies, or two buddies joining.
QRectF half(const QRectF& r, bool right) {
  const qreal w = r.width() / 2 - 1;
  return {right ? r.center().x() + 1 : r.left(), r.top(), w, r.height()};
}
}  // namespace

BuddyStepPlan BuddyStepPlan::build(const BuddyLayout& layout, const FreeAreaRows& before, const FreeAreaRows& after,
                                   const std::vector<BuddyEvent>& events, const TagNamer& tagName) {
  std::vector<OrderSearched> searched;
  std::vector<BlockSplit> splits;
  std::vector<BuddiesMerged> merges;
  std::optional<BlockTaken> taken;
  std::optional<BlockAllocated> allocated;
  std::optional<FreeRequested> freeing;
  std::optional<BlockFreed> freed;
  bool failed = false;
  for (const auto& e : events) {
    if (const auto* s = std::get_if<OrderSearched>(&e)) searched.push_back(*s);
    if (const auto* s = std::get_if<BlockSplit>(&e)) splits.push_back(*s);
    if (const auto* m = std::get_if<BuddiesMerged>(&e)) merges.push_back(*m);
    if (const auto* t = std::get_if<BlockTaken>(&e)) taken = *t;
    if (const auto* a = std::get_if<BlockAllocated>(&e)) allocated = *a;
    if (const auto* f = std::get_if<FreeRequested>(&e)) freeing = *f;
    if (const auto* f = std::get_if<BlockFreed>(&e)) freed = *f;
    failed = failed || std::holds_alternative<AllocFailed>(e);
  }

  BuddyStepPlan plan;
  const bool search = failed || searched.size() > 1;
  const bool freeSteps = freeing && freed;
  plan.phases = (search ? 1 : 0) + (taken ? 1 : 0) + static_cast<int>(splits.size()) + (taken && allocated ? 1 : 0) +
                (freeSteps ? 2 + static_cast<int>(merges.size()) : 0);
  if (plan.phases == 0) return plan;
  int phase = 0;
  auto start = [&] { return static_cast<qreal>(phase) / plan.phases; };
  auto end = [&] { return static_cast<qreal>(phase + 1) / plan.phases; };
  auto number = [](Pfn pfn) { return QString::number(pfn); };
  auto slotOr0 = [](int slot) { return std::max(slot, 0); };

  if (search) {
    // A frame climbing through the rows the search looked at, red if it found nothing.
    Flight cursor;
    cursor.pen = ViewPalette::pen(failed ? ViewPalette::fault() : ViewPalette::current(), 4);
    cursor.brush = Qt::NoBrush;
    const qreal a = start(), b = end();
    for (std::size_t i = 0; i < searched.size(); ++i) {
      const qreal t = a + (b - a) * static_cast<qreal>(i) / static_cast<qreal>(std::max<std::size_t>(searched.size() - 1, 1));
      cursor.add(t, layout.cellRect(searched[i].zone, layout.rowOf(searched[i].order)), {});
    }
    plan.flights.push_back(std::move(cursor));
    ++phase;
  }

  Flight work = styled(ViewPalette::current(), BuddyPalette::workFill(), 3);
  if (taken) {
    const ZoneIndex z = taken->zone;
    Pfn current = taken->pfn;
    // The block waits on its list (its own box is hidden) while the search climbs to it.
    const QRectF from = layout.slotRect(z, taken->order, slotOr0(before.slotOf(z, taken->order, current)));
    work.add(0.0, from, number(current));
    work.add(start(), from, number(current));
    work.add(end(), layout.laneRect(z, taken->order), number(current));
    ++phase;
    for (const BlockSplit& split : splits) {
      const auto below = static_cast<Order>(split.order - 1);
      const qreal a = start(), b = end(), apart = a + (b - a) * 0.35;
      // The block breaks into its two buddies in place, then both go down a row: the upper one
      // onto its free list, the lower one to be split again or handed out.
      Flight upper = styled(BuddyPalette::freeLine(), BuddyPalette::freeFill());
      const QRectF here = layout.laneRect(z, split.order);
      upper.add(a, half(here, true), number(split.upperPfn), 0.0);
      upper.add(apart, half(here, true), number(split.upperPfn));
      upper.add(b, layout.slotRect(z, below, slotOr0(after.slotOf(z, below, split.upperPfn))), number(split.upperPfn));
      plan.flights.push_back(std::move(upper));
      work.add(apart, half(here, false), number(current));
      work.add(b, layout.laneRect(z, below), number(current));
      ++phase;
    }
    if (allocated) {
      work.add(end(), layout.barRect(allocated->pfn, allocated->order), tagName(allocated->tag));
      plan.ghost = std::make_pair(allocated->pfn, std::uint64_t{1} << allocated->order);
      ++phase;
    }
  }

  if (freeSteps) {
    const ZoneIndex z = freed->zone;
    Pfn current = freeing->pfn;
    work.add(start(), layout.barRect(freeing->pfn, freeing->order), tagName(freeing->tag));
    work.add(end(), layout.laneRect(z, freeing->order), number(current));
    plan.ghost = std::make_pair(freeing->pfn, std::uint64_t{1} << freeing->order);
    ++phase;
    for (const BuddiesMerged& merge : merges) {
      const qreal a = start(), b = end(), side = a + (b - a) * 0.45;
      // The buddy leaves its list and comes beside the block, the lower address on the left: two
      // halves that join and move up a row as one block.
      const bool buddyIsLower = merge.buddy < current;
      const QRectF here = layout.laneRect(z, merge.order);
      Flight buddy = styled(BuddyPalette::freeLine(), BuddyPalette::freeFill());
      const QRectF from = layout.slotRect(z, merge.order, slotOr0(before.slotOf(z, merge.order, merge.buddy)));
      buddy.add(0.0, from, number(merge.buddy));  // on its list until its turn
      buddy.add(a, from, number(merge.buddy));
      buddy.add(side, half(here, !buddyIsLower), number(merge.buddy));
      buddy.add(b, layout.laneRect(z, merge.order + 1), number(merge.buddy), 0.0);
      plan.flights.push_back(std::move(buddy));
      work.add(a, here, number(current));
      work.add(side, half(here, buddyIsLower), number(current));
      current = std::min(current, merge.buddy);
      work.add(b, layout.laneRect(z, merge.order + 1), number(current));
      ++phase;
    }
    work.add(start(), layout.laneRect(z, freed->order), number(freed->pfn));
    work.add(end(), layout.slotRect(z, freed->order, slotOr0(after.slotOf(z, freed->order, freed->pfn))), number(freed->pfn));
    ++phase;
  }
  // The block being worked on is drawn over everything else.
  if (!work.empty()) plan.flights.push_back(std::move(work));
  return plan;
}

}  // namespace oslens::views
