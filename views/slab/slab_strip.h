#pragma once

#include <QRectF>
#include <QString>
#include <algorithm>
#include <cstdint>
#include <vector>

#include "engine/memory/slab/slab_model.h"

namespace oslens::views {

// What the diagram draws of one slab: its bytes from the first page on, in proportion, as
// mm/slab.c lays them out (alloc_slabmgmt): the colour padding (colour * colour_off bytes), then
// `num` objects of `size` bytes (index_to_obj), then the left-over bytes, and at the very end the
// on-slab freelist (since Linux 4.6). A value, cheap to keep for the state before a step.
//
// A slab of more than kMaxColumns objects wraps, as text does, into rows of `columns` cells
// (124 objects of kmalloc-32: 8 rows of 16), so that every cell stays wide enough for its index
// or holder: one row spans the colour padding and `columns` objects, every row is indented by the
// padding (row 0's indent is the padding itself), and the left-over bytes and the on-slab
// freelist follow the last object on the last row. A slab of up to kMaxColumns objects is one
// row whose width is the whole slab in proportion.
struct SlabStrip {
  enum class Cell : std::uint8_t {
    Used,
    Free,
    FreelistHolder,  // free, and its bytes hold the freelist array (in_object, OBJFREELIST_SLAB)
  };

  engine::slab::CacheId cache = 0;
  engine::slab::Pfn pfn = 0;
  std::uint32_t colour = 0;
  std::uint32_t pages = 1;
  std::uint64_t slabBytes = 1;
  std::uint32_t objectBytes = 0;   // cachep->size
  std::uint32_t colourOffset = 0;  // bytes before object 0
  std::uint32_t freelistBytes = 0;  // the on-slab freelist at the end
  std::uint32_t active = 0;
  std::vector<Cell> cells;      // by object index
  std::vector<QString> tags;    // by object index: who holds a used object
  int next = -1;                // freelist[active]: the object the next allocation takes; -1 when full
  int columns = 1;              // cells per row (columnsFor(num))

  // Cells per row: all in one row up to kMaxColumns, else the fewest rows of at most kMaxColumns,
  // filled evenly (21 objects: 2 rows of 11, 124: 8 rows of 16).
  static constexpr int kMaxColumns = 16;
  static int columnsFor(std::uint32_t objects);
  static int rowsFor(std::uint32_t objects) {
    const int columns = columnsFor(objects);
    return static_cast<int>((objects + static_cast<std::uint32_t>(columns) - 1) / static_cast<std::uint32_t>(columns));
  }

  // The slab in `slot` of `cache`; `tags` as above, filled by the caller (one pass over the tags
  // serves every drawn slab).
  static SlabStrip of(const engine::slab::SlabState& state, engine::slab::CacheId cache, engine::slab::SlabSlot slot);

  int objectCount() const { return static_cast<int>(cells.size()); }
  int rows() const { return (objectCount() + columns - 1) / std::max(columns, 1); }
  bool wraps() const { return rows() > 1; }
  // Where things are when the strip is drawn in `strip` (rows of equal height).
  QRectF objectRect(const QRectF& strip, int index) const;
  QRectF paddingRect(const QRectF& strip) const;
  QRectF leftOverRect(const QRectF& strip) const;
  QRectF freelistRect(const QRectF& strip) const;
  // x of the boundary between page p and p + 1 (p from 1 to pages - 1); a wrapped slab draws none.
  qreal pageBoundaryX(const QRectF& strip, std::uint32_t page) const;

  bool operator==(const SlabStrip&) const = default;

 private:
  // `bytes` from byte `first` of row `row`, where a row spans rowBytes().
  QRectF byteRange(const QRectF& strip, int row, double first, double bytes) const;
  double rowBytes() const;
  // The first byte after the last object, in the last row.
  double tailStart() const;
  double leftOverBytes() const;
};

}  // namespace oslens::views
