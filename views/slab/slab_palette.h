#pragma once

#include <QColor>
#include <cstddef>

#include "views/core/view_palette.h"
#include "views/kit/buddy_palette.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

// The slab diagram's colours on top of BuddyPalette (free pages green, the step's work amber):
// each cache has a colour of its own (ItemPalette, as the schedulers' tasks: twelve colours, then
// hatches), used for its objects in the slabs and for its pages on the memory bar, so a student
// can tell which pages hold which cache. Used objects are filled, free ones white; the bytes that
// hold no object (colour padding, left-over, the on-slab freelist) are light greys, so the eye
// goes to the objects.
struct SlabPalette {
  struct CacheColours {
    QColor fill;   // a used object, the cache's pages on the bar
    QColor line;   // outlines, the freelist glyph
    QColor label;  // text on the fill: black or white, whichever reads
    std::size_t index = 0;  // the cache's item in ItemPalette (its hatch, from the thirteenth on)
  };

  static CacheColours cache(std::size_t index) {
    return {ItemPalette::fill(index), ItemPalette::outline(index), ItemPalette::label(index), index};
  }
  // A large kmalloc: pages straight from the buddy allocator, no cache's.
  static QColor largeFill() { return QColor(0xcf, 0xd3, 0xd8); }
  static QColor largeLine() { return QColor(0x45, 0x5a, 0x64); }
  // Small explanatory text under a row or a title: darker than muted, so it reads on a projector.
  static QColor captionInk() { return ViewPalette::muted().darker(165); }
  // Bytes of a slab that hold no object.
  static QColor padding() { return QColor(0xe4, 0xe6, 0xea); }
  static QColor paddingLine() { return QColor(0x8a, 0x90, 0x98); }
  static QColor freelistFill() { return QColor(0xc4, 0xc8, 0xce); }
  static QColor rowStripe() { return BuddyPalette::stripe(); }
  static QColor focusRow() { return BuddyPalette::searchedBand(); }
};

}  // namespace oslens::views
