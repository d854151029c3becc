#pragma once

#include <QCoreApplication>
#include <vector>

class QGraphicsItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace oslens::views {

// The key under the memory bar, in two lines: the cells of a slab, and the pages of memory. An
// entry appears only when the scenario can show it (the on-slab freelist only with an on_slab
// cache, large kmallocs only when an op asks for one), so a small example has a short key.
class SlabLegend {
  Q_DECLARE_TR_FUNCTIONS(SlabLegend)

 public:
  struct Needs {
    bool inObject = true;
    bool onSlab = false;
    bool large = false;
  };

  SlabLegend(QGraphicsItem* parent, Needs needs);
  // Writes the texts (in the current language) and lays the entries out in lines from `top`,
  // wrapping at `width`. Returns the bottom of the last line.
  qreal layOut(qreal top, qreal width);

 private:
  enum class Key { Used, Free, Holder, Padding, LeftOver, OnSlab, Next, FreePages, SlabPages, Large, Changed };
  struct Entry {
    Key key;
    QGraphicsRectItem* swatch;
    QGraphicsSimpleTextItem* text;
  };

  static QString textOf(Key key);
  void add(QGraphicsItem* parent, Key key);

  QGraphicsSimpleTextItem* m_slabHeading;
  QGraphicsSimpleTextItem* m_memoryHeading;
  std::vector<Entry> m_slabEntries;
  std::vector<Entry> m_memoryEntries;
};

}  // namespace oslens::views
