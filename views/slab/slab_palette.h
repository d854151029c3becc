#pragma once

#include <QColor>
#include <array>
#include <cstddef>

#include "views/core/view_palette.h"
#include "views/kit/buddy_palette.h"

namespace oslens::views {

// The slab diagram's colours on top of BuddyPalette (free pages green, the step's work amber):
// each cache has a hue of its own, used for its objects in the slabs and for its pages on the
// memory bar, so a student can tell which pages hold which cache. Used objects are filled, free
// ones white; the bytes that hold no object (colour padding, left-over, the on-slab freelist) are
// greys, so the eye goes to the objects.
struct SlabPalette {
  struct CacheColours {
    QColor fill;  // a used object, the cache's pages on the bar
    QColor line;  // outlines and text
  };

  // Hues apart from free green, amber and fault red, and apart in lightness too for grey print.
  static CacheColours cache(std::size_t index) {
    static const std::array<CacheColours, 8> colours{{
        {QColor(0x9e, 0xc2, 0xee), QColor(0x0d, 0x47, 0xa1)},  // blue (the buddy view's "allocated")
        {QColor(0xd1, 0xb9, 0xec), QColor(0x5e, 0x35, 0xb1)},  // purple
        {QColor(0xf5, 0xb8, 0xcf), QColor(0xad, 0x14, 0x57)},  // pink
        {QColor(0x9d, 0xd9, 0xe3), QColor(0x00, 0x60, 0x64)},  // cyan
        {QColor(0xdd, 0xc8, 0xa6), QColor(0x6d, 0x4c, 0x41)},  // brown
        {QColor(0xb5, 0xbc, 0xf2), QColor(0x28, 0x35, 0x93)},  // indigo
        {QColor(0xe6, 0xe0, 0x9a), QColor(0x6b, 0x61, 0x00)},  // olive
        {QColor(0xf3, 0xc3, 0xb4), QColor(0xbf, 0x36, 0x0c)},  // rust
    }};
    return colours[index % colours.size()];
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
