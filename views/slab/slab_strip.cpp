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
  s.columns = columnsFor(g.num);
  return s;
}

int SlabStrip::columnsFor(std::uint32_t objects) {
  if (objects <= static_cast<std::uint32_t>(kMaxColumns)) return static_cast<int>(std::max<std::uint32_t>(objects, 1));
  const std::uint32_t rows = (objects + kMaxColumns - 1) / kMaxColumns;
  return static_cast<int>((objects + rows - 1) / rows);
}

double SlabStrip::rowBytes() const {
  return wraps() ? colourOffset + static_cast<double>(columns) * objectBytes : static_cast<double>(slabBytes);
}

double SlabStrip::tailStart() const {
  const int inLastRow = objectCount() - (rows() - 1) * columns;
  return colourOffset + static_cast<double>(inLastRow) * objectBytes;
}

QRectF SlabStrip::byteRange(const QRectF& strip, int row, double first, double bytes) const {
  const double total = rowBytes();
  const qreal rowHeight = strip.height() / rows();
  return {strip.left() + strip.width() * first / total, strip.top() + row * rowHeight, strip.width() * bytes / total, rowHeight};
}

QRectF SlabStrip::objectRect(const QRectF& strip, int index) const {
  const int columnCount = std::max(columns, 1);
  return byteRange(strip, index / columnCount, colourOffset + static_cast<double>(index % columnCount) * objectBytes, objectBytes);
}

QRectF SlabStrip::paddingRect(const QRectF& strip) const { return byteRange(strip, 0, 0, colourOffset); }

// After the last object: the left-over bytes, then the on-slab freelist. What the last row of a
// wrapped slab has no room for is not drawn.
double SlabStrip::leftOverBytes() const {
  const double used = colourOffset + static_cast<double>(cells.size()) * objectBytes + freelistBytes;
  return std::max(static_cast<double>(slabBytes) - used, 0.0);
}

QRectF SlabStrip::leftOverRect(const QRectF& strip) const {
  const double start = tailStart(), end = std::min(start + leftOverBytes(), rowBytes());
  return byteRange(strip, rows() - 1, start, end - start);
}

QRectF SlabStrip::freelistRect(const QRectF& strip) const {
  const double start = std::min(tailStart() + leftOverBytes(), rowBytes()), end = std::min(start + freelistBytes, rowBytes());
  return byteRange(strip, rows() - 1, start, end - start);
}

qreal SlabStrip::pageBoundaryX(const QRectF& strip, std::uint32_t page) const {
  return strip.left() + strip.width() * page / pages;
}

}  // namespace oslens::views
