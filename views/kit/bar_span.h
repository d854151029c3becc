#pragma once

#include <QColor>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/memory/buddy/buddy_allocator.h"

namespace oslens::views {

// One stretch of the physical memory bar: a single block, or, where blocks are narrower than a
// few pixels, several neighbours drawn together with the share of them that is free. The bar of a
// 2^20-page zone is then a few hundred spans however many blocks there are.
struct BarSpan {
  enum class Kind : std::uint8_t { Free, Used, Mixed };

  engine::buddy::Pfn first = 0;
  std::uint64_t pages = 0;
  Kind kind = Kind::Free;
  double freeShare = 1.0;         // of the pages, for Mixed
  engine::buddy::Order order = 0;  // of the block, when blockCount is 1
  std::uint32_t blockCount = 1;
  QString label;                  // a used block's tag, when it is wide enough to read
  // When set, a single block is drawn as this item of ItemPalette (its fill, outline, hatch and
  // label colour) instead of the used colours: the slab view colours each slab's pages by its cache.
  std::optional<std::size_t> item;
  // Otherwise, when valid, a single block is drawn in these (the slab view's large kmallocs).
  QColor fill;
  QColor line;

  // Single blocks narrower than `minWidth` on a bar `width` wide are gathered into spans of at
  // least that width.
  static std::vector<BarSpan> fromBlocks(const std::vector<engine::buddy::Block>& blocks, std::uint64_t totalPages,
                                         double width, double minWidth);
};

}  // namespace oslens::views
