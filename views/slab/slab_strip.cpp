#include "views/slab/slab_strip.h"

namespace oslens::views {

using namespace engine::slab;

SlabStrip SlabStrip::of(const SlabState& state, CacheId cache, SlabSlot slot) {
  const CacheGeometry& g = state.geometry(cache);
  const Slab& slab = state.slab(cache, slot);
  SlabStrip s;
  s.cache = cache;
  s.pfn = slab.pfn;
  s.colour = slab.colour;
  s.pages = 1u << g.order;
  s.slabBytes = g.slabBytes(state.setup->constants.pageSize);
  s.objectBytes = g.size;
  s.colourOffset = slab.colour * g.colourOff;
  s.freelistBytes = g.freelistBytes;
  s.active = slab.active;
  s.cells.assign(g.num, Cell::Used);
  s.tags.assign(g.num, QString());
  const std::vector<ObjectIndex> free = state.freeObjects(cache, slot);
  for (ObjectIndex index : free) s.cells[index] = Cell::Free;
  if (const auto holder = state.freelistHolder(cache, slot)) s.cells[*holder] = Cell::FreelistHolder;
  // slab_get_obj hands out freelist[active], the first of the free ones.
  s.next = free.empty() ? -1 : free.front();
  return s;
}

QRectF SlabStrip::byteRange(const QRectF& strip, double first, double bytes) const {
  const double total = static_cast<double>(slabBytes);
  return {strip.left() + strip.width() * first / total, strip.top(), strip.width() * bytes / total, strip.height()};
}

QRectF SlabStrip::objectRect(const QRectF& strip, int index) const {
  return byteRange(strip, colourOffset + static_cast<double>(index) * objectBytes, objectBytes);
}

QRectF SlabStrip::paddingRect(const QRectF& strip) const { return byteRange(strip, 0, colourOffset); }

QRectF SlabStrip::leftOverRect(const QRectF& strip) const {
  const double end = colourOffset + static_cast<double>(cells.size()) * objectBytes;
  return byteRange(strip, end, static_cast<double>(slabBytes) - freelistBytes - end);
}

QRectF SlabStrip::freelistRect(const QRectF& strip) const {
  return byteRange(strip, static_cast<double>(slabBytes) - freelistBytes, freelistBytes);
}

qreal SlabStrip::pageBoundaryX(const QRectF& strip, std::uint32_t page) const {
  return strip.left() + strip.width() * page / pages;
}

}  // namespace oslens::views
