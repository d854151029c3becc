#pragma once

#include <QGraphicsRectItem>

#include "views/slab/slab_palette.h"
#include "views/slab/slab_strip.h"

namespace oslens::views {

// A slab drawn as a strip of cells inside its rect(): colour padding hatched, used objects filled
// in the cache's hue with their tag, free ones white, the free object that holds the freelist
// array (in_object) or the on-slab freelist marked ≡, a ▲ under the object the next allocation
// takes, dashed lines between pages. One item per slab, however many objects it has: cells too
// narrow to outline are filled edge to edge, so a 255-object slab stays readable and cheap.
class SlabStripItem : public QGraphicsRectItem {
 public:
  enum { Type = UserType + 51 };
  // What a legend swatch shows: one kind of cell, or the ▲.
  enum class Part : std::uint8_t { Used, Free, FreelistHolder, Padding, LeftOver, OnSlabFreelist, Next };

  explicit SlabStripItem(QGraphicsItem* parent = nullptr);
  explicit SlabStripItem(SlabStrip strip, QGraphicsItem* parent = nullptr);

  int type() const override { return Type; }
  QRectF boundingRect() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  void setStrip(SlabStrip strip);
  const SlabStrip& strip() const { return m_strip; }
  // The object the step handed out or took back (-1: none), outlined in amber.
  void setHighlightedObject(int index);
  int highlightedObject() const { return m_highlight; }
  // The slab the step worked on: its outline in amber.
  void setFocused(bool focused);

  // The cell painting shared with the legend's swatches.
  static void paintPart(QPainter& painter, const QRectF& rect, Part part, const SlabPalette::CacheColours& colours);

 private:
  void paintLabels(QPainter& painter, const QRectF& strip, const SlabPalette::CacheColours& colours) const;

  SlabStrip m_strip;
  int m_highlight = -1;
  bool m_focused = false;
};

// A legend entry's picture: one part of a strip, in the first cache's hue.
class SlabLegendSwatch : public QGraphicsRectItem {
 public:
  SlabLegendSwatch(const QRectF& rect, SlabStripItem::Part part, QGraphicsItem* parent = nullptr);
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  SlabStripItem::Part m_part;
};

}  // namespace oslens::views
