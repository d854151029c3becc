#include "views/slab/slab_legend.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include "views/slab/slab_palette.h"
#include "views/slab/slab_strip_item.h"
#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
constexpr qreal kSwatchWidth = 30;
constexpr qreal kSwatchHeight = 20;
constexpr qreal kLinePitch = 30;
// Between one entry and the next on a line.
constexpr qreal kEntryGap = 22;

QGraphicsSimpleTextItem* text(QGraphicsItem* parent, bool bold) {
  auto* item = new QGraphicsSimpleTextItem(parent);
  item->setFont(ViewPalette::font(11.5, bold));
  item->setBrush(ViewPalette::ink());
  return item;
}
}  // namespace

SlabLegend::SlabLegend(QGraphicsItem* parent, Needs needs)
    : m_slabHeading(text(parent, true)), m_memoryHeading(text(parent, true)) {
  add(parent, Key::Used);
  add(parent, Key::Free);
  if (needs.inObject) add(parent, Key::Holder);
  add(parent, Key::Padding);
  add(parent, Key::LeftOver);
  if (needs.onSlab) add(parent, Key::OnSlab);
  add(parent, Key::Next);
  add(parent, Key::FreePages);
  add(parent, Key::SlabPages);
  if (needs.large) add(parent, Key::Large);
  add(parent, Key::Changed);
}

void SlabLegend::add(QGraphicsItem* parent, Key key) {
  QGraphicsRectItem* swatch = nullptr;
  const QRectF r(0, 0, kSwatchWidth, kSwatchHeight);
  using Part = SlabStripItem::Part;
  switch (key) {
    case Key::Used: swatch = new SlabLegendSwatch(r, Part::Used, parent); break;
    case Key::Free: swatch = new SlabLegendSwatch(r, Part::Free, parent); break;
    case Key::Holder: swatch = new SlabLegendSwatch(r, Part::FreelistHolder, parent); break;
    case Key::Padding: swatch = new SlabLegendSwatch(r, Part::Padding, parent); break;
    case Key::LeftOver: swatch = new SlabLegendSwatch(r, Part::LeftOver, parent); break;
    case Key::OnSlab: swatch = new SlabLegendSwatch(r, Part::OnSlabFreelist, parent); break;
    case Key::Next: swatch = new SlabLegendSwatch(r, Part::Next, parent); break;
    case Key::FreePages:
      swatch = new QGraphicsRectItem(r, parent);
      swatch->setPen(ViewPalette::pen(BuddyPalette::freeLine(), 1.5));
      swatch->setBrush(BuddyPalette::freeFill());
      break;
    case Key::SlabPages:
      swatch = new QGraphicsRectItem(r, parent);
      swatch->setPen(ViewPalette::pen(SlabPalette::cache(0).line, 1.5));
      swatch->setBrush(SlabPalette::cache(0).fill);
      break;
    case Key::Large:
      swatch = new QGraphicsRectItem(r, parent);
      swatch->setPen(ViewPalette::pen(SlabPalette::largeLine(), 1.5));
      swatch->setBrush(SlabPalette::largeFill());
      break;
    case Key::Changed:
      swatch = new QGraphicsRectItem(r, parent);
      swatch->setPen(ViewPalette::pen(ViewPalette::current(), 4));
      break;
  }
  const bool memory = key == Key::FreePages || key == Key::SlabPages || key == Key::Large || key == Key::Changed;
  (memory ? m_memoryEntries : m_slabEntries).push_back({key, swatch, text(parent, false)});
}

QString SlabLegend::textOf(Key key) {
  switch (key) {
    case Key::Used: return tr("object in use, with its holder");
    case Key::Free: return tr("free object, with its index");
    case Key::Holder: return tr("free object that holds the freelist (in_object)");
    case Key::Padding: return tr("colour padding");
    case Key::LeftOver: return tr("left over");
    case Key::OnSlab: return tr("freelist array (on_slab)");
    case Key::Next: return tr("next object handed out (freelist[active])");
    case Key::FreePages: return tr("free pages");
    case Key::SlabPages: return tr("a slab's pages, in its cache's colour");
    case Key::Large: return tr("large kmalloc: pages straight from the buddy allocator");
    case Key::Changed: return tr("changed by this step");
  }
  return {};
}

qreal SlabLegend::layOut(qreal top, qreal width) {
  m_slabHeading->setText(tr("In a slab:"));
  m_memoryHeading->setText(tr("In memory:"));
  // Entries follow their heading in a line, and wrap under it when the line is full.
  const qreal indent = std::max(m_slabHeading->boundingRect().width(), m_memoryHeading->boundingRect().width()) + 18;
  qreal y = top;
  auto line = [&](QGraphicsSimpleTextItem* heading, std::vector<Entry>& entries) {
    heading->setPos(0, y);
    qreal x = indent;
    for (Entry& e : entries) {
      e.text->setText(textOf(e.key));
      const qreal advance = kSwatchWidth + 8 + e.text->boundingRect().width() + kEntryGap;
      if (x > indent && x + advance - kEntryGap > width) {
        x = indent;
        y += kLinePitch;
      }
      e.swatch->setRect(QRectF(x, y, kSwatchWidth, kSwatchHeight));
      e.text->setPos(x + kSwatchWidth + 8, y);
      x += advance;
    }
    y += kLinePitch;
  };
  line(m_slabHeading, m_slabEntries);
  line(m_memoryHeading, m_memoryEntries);
  return y;
}

}  // namespace oslens::views
