#pragma once

#include <QRectF>
#include <QString>
#include <cstdint>
#include <vector>

#include "engine/memory/slab/slab_model.h"

namespace oslens::views {

// What the diagram draws of one slab: its bytes from the first page on, in proportion, as
// mm/slab.c lays them out (alloc_slabmgmt): the colour padding (colour * colour_off bytes), then
// `num` objects of `size` bytes (index_to_obj), then the left-over bytes, and at the very end the
// on-slab freelist (since Linux 4.6). A value, cheap to keep for the state before a step.
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

  // The slab in `slot` of `cache`; `tags` as above, filled by the caller (one pass over the tags
  // serves every drawn slab).
  static SlabStrip of(const engine::slab::SlabState& state, engine::slab::CacheId cache, engine::slab::SlabSlot slot);

  int objectCount() const { return static_cast<int>(cells.size()); }
  // Where things are when the strip is drawn in `strip`.
  QRectF objectRect(const QRectF& strip, int index) const;
  QRectF paddingRect(const QRectF& strip) const;
  QRectF leftOverRect(const QRectF& strip) const;
  QRectF freelistRect(const QRectF& strip) const;
  // x of the boundary between page p and p + 1 (p from 1 to pages - 1).
  qreal pageBoundaryX(const QRectF& strip, std::uint32_t page) const;

  bool operator==(const SlabStrip&) const = default;

 private:
  QRectF byteRange(const QRectF& strip, double first, double bytes) const;
};

}  // namespace oslens::views
