#include "views/translation/memory_dump_scene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>

#include "views/core/chinese_typesetting.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"
#include "views/translation/translation_narrator.h"

namespace oslens::views {

using namespace engine::translation;

namespace {
constexpr qreal kAddressWidth = 150;
constexpr qreal kByteWidth = 64;
constexpr qreal kByteHeight = 42;
constexpr qreal kPageGap = 24;

// A run of bytes the step read in one page, and how to mark it.
struct ReadBytes {
  PhysicalAddress first = 0;
  int count = 0;
  int level = -1;  // a table's level; -1: the byte the access reads
  bool present = true;  // an entry that stopped the walk is marked as the fault
};

// One place of the picture: a page, once known.
struct Place {
  QString role;
  std::optional<PhysicalAddress> page;  // its first byte
  std::vector<ReadBytes> read;
  bool bytesGiven = true;  // the data page of a memory given as entries only: its number, no bytes
};

// The first byte of the window of rows shown for a page: the rows holding what was read (the row
// before it too when it is the page's last).
PhysicalAddress windowStart(PhysicalAddress page, std::uint64_t pageSize, const std::vector<ReadBytes>& read) {
  const std::uint64_t rowBytes = MemoryDumpScene::kBytesPerRow;
  const std::uint64_t windowBytes = rowBytes * MemoryDumpScene::kRowsPerPage;
  if (pageSize <= windowBytes || read.empty()) return page;
  const std::uint64_t row = (read.front().first - page) / rowBytes * rowBytes;
  return page + std::min(row, pageSize - windowBytes);
}
}  // namespace

MemoryDumpScene::MemoryDumpScene(const TranslationSimulation& simulation, QObject* parent) : WalkFollowingScene(simulation, parent) { redraw(); }

void MemoryDumpScene::draw(const TranslationState& s, bool changesShown) {
  clear();
  const AddressFormat& f = s.config.format;
  const ImageSetup& image = *s.config.image;
  const bool linear = image.entries == EntryFormat::OstepLinear;
  qreal y = 0;
  if (!presentation()) {
    markSceneTitle(addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink()))->setText(scenarioTitle());
    y += 40;
  }
  addCaption(*this, {0, y}, ViewPalette::font(15, true), ViewPalette::ink())
      ->setText(typesetChinese(tr("Physical memory as the walk reads it: %1-byte pages, shown %2 bytes to a row").arg(f.pageSize).arg(kBytesPerRow)));
  y += 44;
  // Each column's offset in its row, once, over the first page.
  for (int column = 0; column < static_cast<int>(std::min<std::uint64_t>(kBytesPerRow, f.pageSize)); ++column) {
    auto* offset = addCaption(*this, {}, ViewPalette::font(15), ViewPalette::muted().darker(165));
    offset->setText(QStringLiteral("+%1").arg(column, 0, 16));
    centerOn(offset, QPointF(kAddressWidth + (column + 0.5) * kByteWidth, y + 10));
  }
  y += 26;

  // The places: each level's table (not for a table given as a list), then the data page.
  std::vector<Place> places;
  if (!linear)
    for (int level = 0; level < f.levelCount(); ++level) places.push_back({TranslationNarrator::tableName(s, level), std::nullopt, {}});
  places.push_back({tr("the data"), std::nullopt, {}});
  if (!linear) places.front().page = image.root;  // the root frame names it before any walk
  if (changesShown) {
    const int entryBytesRead = entryBytes(image.entries);
    for (const TranslationEvent& event : simulation().timeline().lastEvents()) {
      if (const auto* read = std::get_if<EntryRead>(&event); read && !linear) {
        Place& place = places[static_cast<std::size_t>(read->step.level)];
        place.page = read->step.entryAddress - read->step.entryAddress % f.pageSize;
        place.read.push_back({read->step.entryAddress, entryBytesRead, read->step.level, read->step.present});
      } else if (const auto* done = std::get_if<Translated>(&event)) {
        Place& data = places.back();
        data.page = done->pa - done->pa % f.pageSize;
        data.read.push_back({done->pa, 1, -1});
        data.bytesGiven = image.pageContents;
      }
    }
  }

  const std::uint64_t rowsInPage = std::max<std::uint64_t>(1, f.pageSize / kBytesPerRow);
  const int rows = static_cast<int>(std::min<std::uint64_t>(kRowsPerPage, rowsInPage));
  const int columns = static_cast<int>(std::min<std::uint64_t>(kBytesPerRow, f.pageSize));
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Place& place = places[i];
    const bool data = i + 1 == places.size();
    auto* header = addCaption(*this, {0, y}, ViewPalette::font(15, true), ViewPalette::ink());
    const qreal rowsTop = y + 30;
    if (!place.page || !place.bytesGiven) {
      // Not read (yet): the place, dashed. Once the step has played, say why it stays empty.
      header->setText(typesetChinese(place.page ? tr("%1: page %2").arg(place.role).arg(*place.page / f.pageSize) : tr("%1: page ?").arg(place.role)));
      addRect(QRectF(kAddressWidth, rowsTop, columns * kByteWidth, rows * kByteHeight), ViewPalette::pen(ViewPalette::grid(), 1.5, Qt::DashLine), Qt::NoBrush);
      QString why;
      if (changesShown && simulation().position() > 0)
        why = data && !image.pageContents       ? tr("its bytes were not given (only entries were)")
              : !data && places.back().page.has_value() ? tr("not used: a large page ended the walk above it")
                                                        : tr("not reached");
      if (!why.isEmpty()) addCaption(*this, {kAddressWidth + 14, rowsTop + 10}, ViewPalette::font(15), ViewPalette::muted().darker(165))->setText(why);
      y = rowsTop + rows * kByteHeight + kPageGap;
      continue;
    }
    header->setText(typesetChinese(tr("%1: page %2").arg(place.role).arg(*place.page / f.pageSize)));
    const PhysicalAddress start = windowStart(*place.page, f.pageSize, place.read);
    for (int row = 0; row < rows; ++row) {
      const PhysicalAddress rowStart = start + static_cast<std::uint64_t>(row) * kBytesPerRow;
      const qreal top = rowsTop + row * kByteHeight;
      auto* address = addCaption(*this, {}, ViewPalette::font(15), ViewPalette::muted().darker(165));
      address->setText(TranslationNarrator::hex(rowStart));
      address->setPos(kAddressWidth - 16 - address->boundingRect().width(), top + (kByteHeight - address->boundingRect().height()) / 2);
      for (int column = 0; column < columns; ++column) {
        const PhysicalAddress at = rowStart + static_cast<std::uint64_t>(column);
        const QRectF cell(kAddressWidth + column * kByteWidth, top, kByteWidth, kByteHeight);
        const ReadBytes* mark = nullptr;
        for (const ReadBytes& r : place.read)
          if (at >= r.first && at < r.first + static_cast<std::uint64_t>(r.count)) mark = &r;
        QBrush fill = column % 8 < 4 ? QBrush(Qt::white) : QBrush(ViewPalette::stripe());
        QPen pen = ViewPalette::pen(ViewPalette::grid(), 1);
        QColor ink = ViewPalette::ink();
        if (mark && !mark->present) {
          fill = ViewPalette::faultFill();
          pen = ViewPalette::pen(ViewPalette::fault(), 4);
        } else if (mark && mark->level >= 0) {
          fill = ItemPalette::fill(static_cast<std::size_t>(mark->level));
          pen = ViewPalette::pen(ItemPalette::outline(static_cast<std::size_t>(mark->level)), 2);
          ink = ItemPalette::label(static_cast<std::size_t>(mark->level));
        } else if (mark) {
          fill = ViewPalette::currentFill();
          pen = ViewPalette::pen(ViewPalette::current(), 4);
        }
        addRect(cell, pen, fill)->setZValue(mark ? 2 : 1);
        auto* byte = addCaption(*this, {}, ViewPalette::font(15, mark != nullptr), ink);
        byte->setText(QStringLiteral("%1").arg(image.memory.readByte(at), 2, 16, QLatin1Char('0')));
        centerOn(byte, cell.center());
        byte->setZValue(3);
      }
    }
    y = rowsTop + rows * kByteHeight + kPageGap;
  }
  applyType();
  setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

}  // namespace oslens::views
