#include "views/slab/slab_step_plan.h"

#include <bit>
#include <optional>

#include "views/slab/slab_strip_item.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using namespace engine::slab;

namespace {
// The object a step handed out or took back.
struct ObjectChange {
  CacheId cache;
  Pfn slab;
  ObjectIndex index;
};

// A glowing ring that closes in on what the step changed.
Flight pulse() {
  Flight f;
  f.pen = ViewPalette::pen(ViewPalette::current(), 4);
  QColor glow = ViewPalette::current();
  glow.setAlpha(110);
  f.brush = glow;
  f.textColor = ViewPalette::ink();
  return f;
}

QRectF inflated(const QRectF& r, qreal by) { return r.adjusted(-by, -by, by, by); }

// A cell at least a few units wide, so the ring around a one-pixel object can be seen.
QRectF visibleCell(QRectF r) {
  if (r.width() < 8) r.adjust(-(8 - r.width()) / 2, 0, (8 - r.width()) / 2, 0);
  return r;
}

// Where `key` is drawn in a snapshot, with its strip.
struct Drawn {
  QRectF rect;
  SlabList list;
  int slot;
  const SlabStrip* strip;
};
std::optional<Drawn> drawnAt(const SlabLayout& layout, const SlabSnapshot& snapshot, const SlabStepPlan::SlabKey& key) {
  const auto place = snapshot.find(key.first, key.second);
  if (!place) return std::nullopt;
  return Drawn{layout.stripRect(place->row, place->list, place->slot), place->list, place->slot,
               snapshot.strip(key.first, key.second)};
}

// Same list and place, only its row moved (a kmalloc cache came into view above it, or left).
bool onlyShifted(const std::optional<Drawn>& b, const std::optional<Drawn>& a) {
  return a && b && a->list == b->list && a->slot == b->slot && a->rect != b->rect;
}

Flight stripFlight(const SlabStrip& strip) {
  Flight f;
  f.makeItem = [strip] { return new SlabStripItem(strip); };
  return f;
}
}  // namespace

SlabStepPlan SlabStepPlan::build(const SlabLayout& beforeLayout, const SlabSnapshot& before, const SlabLayout& afterLayout,
                                 const SlabSnapshot& after, const SlabLayout& shown, const std::vector<SlabEvent>& events) {
  std::set<SlabKey> grownSlabs, destroyedSlabs;
  std::optional<ObjectChange> object;
  std::optional<std::pair<Pfn, Order>> largeBlock;
  for (const auto& e : events) {
    if (const auto* g = std::get_if<SlabGrown>(&e)) grownSlabs.insert({g->cache, g->slab});
    if (const auto* d = std::get_if<SlabDestroyed>(&e)) destroyedSlabs.insert({d->cache, d->slab});
    if (const auto* a = std::get_if<ObjectAllocated>(&e)) object = ObjectChange{a->cache, a->slab, a->index};
    if (const auto* f = std::get_if<ObjectFreed>(&e)) object = ObjectChange{f->cache, f->slab, f->index};
    if (const auto* l = std::get_if<LargeFreed>(&e)) largeBlock = {l->pfn, l->order};
    if (const auto* p = std::get_if<PageAllocatorEvent>(&e))
      if (const auto* b = std::get_if<engine::buddy::BlockAllocated>(&p->event); b && b->tag != kNoTag)
        largeBlock = {b->pfn, b->order};
  }

  // Every drawn slab, and where it is before and after the step.
  std::set<SlabKey> keys;
  for (const SlabSnapshot* snapshot : {&before, &after})
    for (const auto& cache : snapshot->caches())
      for (const auto& list : cache.lists)
        for (const SlabStrip& strip : list.slabs) keys.insert({strip.cache, strip.pfn});
  bool anyMove = false;
  for (const SlabKey& key : keys) {
    const auto b = drawnAt(beforeLayout, before, key), a = drawnAt(afterLayout, after, key);
    const bool moved = a && b && a->rect != b->rect && !onlyShifted(b, a);
    anyMove = anyMove || moved || (!a && !destroyedSlabs.count(key)) || (!b && !grownSlabs.count(key));
  }

  SlabStepPlan plan;
  const bool growPhase = !grownSlabs.empty(), objectPhase = object.has_value(), destroyPhase = !destroyedSlabs.empty();
  plan.phases = growPhase + objectPhase + anyMove + destroyPhase + largeBlock.has_value();
  if (plan.phases == 0) return plan;
  int phase = 0;
  auto slice = [&](bool present) {
    const qreal from = static_cast<qreal>(phase) / plan.phases;
    phase += present ? 1 : 0;
    return std::make_pair(from, static_cast<qreal>(phase) / plan.phases);
  };
  const auto [growFrom, growTo] = slice(growPhase);
  const auto [objectFrom, objectTo] = slice(objectPhase);
  const auto [moveFrom, moveTo] = slice(anyMove);
  const auto [destroyFrom, destroyTo] = slice(destroyPhase);
  const auto [largeFrom, largeTo] = slice(largeBlock.has_value());

  for (const SlabKey& key : keys) {
    const auto b = drawnAt(beforeLayout, before, key), a = drawnAt(afterLayout, after, key);
    // A strip whose row only moved stays with its row's names, which the diagram redraws at once.
    if ((a && b && a->rect == b->rect) || onlyShifted(b, a)) continue;
    Flight f = stripFlight(a ? *a->strip : *b->strip);
    if (!b && grownSlabs.count(key)) {
      // Out of its 2^order pages on the bar, up into its list.
      const QRectF pages = shown.barRect(key.second, static_cast<Order>(std::countr_zero(a->strip->pages)));
      f.add(growFrom, pages, {}, 0.4);
      f.add(growTo, a->rect, {});
    } else if (!a && destroyedSlabs.count(key)) {
      // Back into its pages, fading: they are the buddy allocator's again.
      const QRectF pages = shown.barRect(key.second, static_cast<Order>(std::countr_zero(b->strip->pages)));
      f.add(0.0, b->rect, {});
      f.add(destroyFrom, b->rect, {});
      f.add(destroyTo, pages, {}, 0.0);
    } else if (a && b) {
      f.add(0.0, b->rect, {});
      f.add(moveFrom, b->rect, {});
      f.add(moveTo, a->rect, {});
    } else if (a) {  // comes out of "+k more", or its cache comes into view
      f.add(moveFrom, a->rect, {}, 0.0);
      f.add(moveTo, a->rect, {});
    } else {  // goes into "+k more", or its cache leaves the view
      f.add(0.0, b->rect, {});
      f.add(moveFrom, b->rect, {});
      f.add(moveTo, b->rect, {}, 0.0);
    }
    plan.flights.push_back(std::move(f));
    plan.moving.insert(key);
  }

  if (object) {
    // The cell lights up where the slab is while the object changes hands, and rides along if the
    // slab then moves.
    const SlabKey key{object->cache, object->slab};
    const auto b = drawnAt(beforeLayout, before, key), a = drawnAt(afterLayout, after, key);
    const bool onBefore = b && !grownSlabs.count(key);
    const auto& at = onBefore ? b : a;
    if (at) {
      const QRectF cell = visibleCell(at->strip->objectRect(at->rect, object->index));
      Flight ring = pulse();
      ring.add(objectFrom, inflated(cell, 22), {}, 0.0);
      ring.add(objectFrom + (objectTo - objectFrom) * 0.6, cell, {});
      if (a && onBefore) {
        ring.add(moveFrom, cell, {});
        ring.add(moveTo, visibleCell(a->strip->objectRect(a->rect, object->index)), {});
      } else if (!a) {
        ring.add(moveFrom, cell, {});
        ring.add(moveTo, cell, {}, 0.0);
      }
      plan.flights.push_back(std::move(ring));
    }
  }
  if (largeBlock) {
    const QRectF block = shown.barRect(largeBlock->first, largeBlock->second);
    Flight ring = pulse();
    ring.add(largeFrom, inflated(block, 26), {}, 0.0);
    ring.add(largeTo, block, {});
    plan.flights.push_back(std::move(ring));
  }
  return plan;
}

}  // namespace oslens::views
