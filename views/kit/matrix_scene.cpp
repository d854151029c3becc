#include "views/kit/matrix_scene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QFontMetricsF>
#include <QPen>
#include <algorithm>

#include "views/core/chinese_typesetting.h"
#include "views/core/view_palette.h"
#include "views/kit/deadlock_text.h"

namespace oslens::views {

using namespace engine::deadlock;

namespace {
constexpr qreal kMinNameWidth = 84;
constexpr qreal kCellWidth = 46;
constexpr qreal kGroupGap = 18;
constexpr qreal kFinishWidth = 86;
constexpr qreal kRowHeight = 30;
constexpr qreal kHeaderHeight = 58;
constexpr qreal kCaptionHeight = 96;
constexpr int kMaxVectors = 3;

QColor markFill(MatrixTable::Mark mark) {
  switch (mark) {
    case MatrixTable::Mark::Fits: return ViewPalette::hitFill();
    case MatrixTable::Mark::Exceeds: return ViewPalette::faultFill();
    case MatrixTable::Mark::Changed: return ViewPalette::changedFill();
  }
  return Qt::white;
}

QColor markPen(MatrixTable::Mark mark) {
  switch (mark) {
    case MatrixTable::Mark::Fits: return ViewPalette::hit();
    case MatrixTable::Mark::Exceeds: return ViewPalette::fault();
    case MatrixTable::Mark::Changed: return ViewPalette::current();
  }
  return ViewPalette::grid();
}

// The first row of the window of kMaxRows that shows `focus` (kept near the top third).
std::size_t windowStart(std::size_t rows, std::optional<ProcessId> focus) {
  if (rows <= MatrixScene::kMaxRows || !focus) return 0;
  const std::size_t wanted = *focus > MatrixScene::kMaxRows / 3 ? *focus - MatrixScene::kMaxRows / 3 : 0;
  return std::min(wanted, rows - MatrixScene::kMaxRows);
}
}  // namespace

MatrixScene::MatrixScene(QObject* parent) : QGraphicsScene(parent) { setBackgroundBrush(Qt::white); }

void MatrixScene::show(const MatrixTable& t) {
  clear();
  m_drawn.clear();
  const std::size_t columns = static_cast<std::size_t>(t.resources.size());
  const std::size_t rows = static_cast<std::size_t>(t.processes.size());
  // The first column is as wide as its longest label (a vector's title in another language).
  qreal nameWidth = kMinNameWidth;
  const QFontMetricsF labels(ViewPalette::font(12, true));
  // Every slot's title, shown or not, so the layout stays the same from step to step.
  for (const auto& vector : t.vectors) nameWidth = std::max(nameWidth, labels.horizontalAdvance(vector.title) + 14);
  for (std::size_t p = 0; p < std::min(rows, kMaxRows * 4); ++p)
    nameWidth = std::max(nameWidth, labels.horizontalAdvance(DeadlockText::tr("%1 (aborted)").arg(t.processes[static_cast<qsizetype>(p)])) + 12);
  // A group as wide as its title, too.
  qreal groupWidth = columns * kCellWidth;
  for (const auto& group : t.groups) groupWidth = std::max(groupWidth, labels.horizontalAdvance(group.title) + 8);
  const qreal cellWidth = groupWidth / static_cast<qreal>(std::max<std::size_t>(columns, 1));
  auto groupLeft = [&](std::size_t g) { return nameWidth + g * (groupWidth + kGroupGap); };
  const qreal tableRight = groupLeft(t.groups.size()) - kGroupGap;
  const QFont headFont = ViewPalette::font(12, true);
  const QFont cellFont = ViewPalette::font(12);
  const qreal finishWidth = std::max(kFinishWidth, QFontMetricsF(cellFont).horizontalAdvance(DeadlockText::tr("true (%1)").arg(rows)) + 16);
  const QFont smallFont = ViewPalette::font(10.5);

  auto text = [&](const QString& s, const QFont& font, const QColor& color, const QRectF& box) {
    auto* item = addSimpleText(s, font);
    item->setBrush(color);
    const QRectF bounds = item->boundingRect();
    item->setPos(box.center() - QPointF(bounds.width() / 2, bounds.height() / 2));
    return item;
  };
  auto markOf = [&](const MatrixTable::Cell& cell) -> std::optional<MatrixTable::Mark> {
    std::optional<MatrixTable::Mark> found;
    for (const auto& marked : t.marks)
      if (marked.cell == cell) found = marked.mark;  // the last mark wins
    return found;
  };
  auto cell = [&](const MatrixTable::Cell& where, const QRectF& box, Count value) {
    const auto mark = markOf(where);
    addRect(box, ViewPalette::pen(mark ? markPen(*mark) : ViewPalette::grid(), mark ? 2.2 : 1), mark ? QBrush(markFill(*mark)) : QBrush(Qt::white));
    const QString shown = QString::number(value);
    text(shown, mark ? ViewPalette::font(12, true) : cellFont, ViewPalette::ink(), box);
    m_drawn.push_back({where, shown, mark});
  };

  // Headers: each matrix's title over its columns, the resource names under it.
  for (std::size_t g = 0; g < t.groups.size(); ++g) {
    const qreal left = groupLeft(g);
    text(t.groups[g].title, headFont, ViewPalette::ink(), QRectF(left, 0, groupWidth, 26));
    for (std::size_t c = 0; c < columns; ++c)
      text(t.resources[static_cast<qsizetype>(c)], smallFont, ViewPalette::muted(), QRectF(left + c * cellWidth, 28, cellWidth, 24));
  }
  if (t.scanning) text(DeadlockText::tr("Finish"), headFont, ViewPalette::ink(), QRectF(tableRight + kGroupGap, 0, finishWidth, 26));

  // The rows in the window.
  m_firstRow = windowStart(rows, t.focusRow);
  const std::size_t shown = std::min(rows, kMaxRows);
  for (std::size_t i = 0; i < shown; ++i) {
    const std::size_t p = m_firstRow + i;
    const qreal y = kHeaderHeight + i * kRowHeight;
    const bool focus = t.focusRow && *t.focusRow == p;
    if (focus)
      addRect(QRectF(-6, y - 2, tableRight + (t.scanning ? kGroupGap + finishWidth : 0) + 12, kRowHeight + 4),
              ViewPalette::pen(ViewPalette::referenced(), 2), ViewPalette::referencedFill())
          ->setZValue(-1);
    const auto state = p < t.rowStates.size() ? t.rowStates[p] : MatrixTable::RowState::Normal;
    QColor nameColor = ViewPalette::ink();
    if (state == MatrixTable::RowState::Stuck) nameColor = ViewPalette::fault();
    if (state == MatrixTable::RowState::Aborted) nameColor = ViewPalette::muted();
    QString name = t.processes[static_cast<qsizetype>(p)];
    if (state == MatrixTable::RowState::Waiting) name = DeadlockText::tr("%1 (waits)").arg(name);
    if (state == MatrixTable::RowState::Aborted) name = DeadlockText::tr("%1 (aborted)").arg(name);
    auto* label = addSimpleText(name, ViewPalette::font(12, true));
    label->setBrush(nameColor);
    label->setPos(0, y + (kRowHeight - label->boundingRect().height()) / 2);
    for (std::size_t g = 0; g < t.groups.size(); ++g)
      for (std::size_t c = 0; c < columns; ++c)
        cell(MatrixTable::Cell{static_cast<int>(g), -1, p, c}, QRectF(groupLeft(g) + c * cellWidth, y, cellWidth, kRowHeight),
             t.groups[g].values.at(p, c));
    if (t.scanning && p < t.finish.size()) {
      const auto order = std::find(t.sequence.begin(), t.sequence.end(), p);
      const QString finishText = t.finish[p] ? (order != t.sequence.end()
                                                    ? DeadlockText::tr("true (%1)").arg(order - t.sequence.begin() + 1)
                                                    : DeadlockText::tr("true"))
                                             : DeadlockText::tr("false");
      const QRectF box(tableRight + kGroupGap, y, finishWidth, kRowHeight);
      addRect(box, ViewPalette::pen(ViewPalette::grid()), t.finish[p] ? QBrush(ViewPalette::hitFill()) : QBrush(Qt::white));
      text(finishText, cellFont, t.finish[p] ? ViewPalette::hit() : ViewPalette::ink(), box);
    }
  }
  qreal y = kHeaderHeight + kMaxRows * kRowHeight;
  if (rows > kMaxRows) {
    auto* more = addSimpleText(DeadlockText::tr("rows %1–%2 of %3").arg(m_firstRow + 1).arg(m_firstRow + shown).arg(rows), smallFont);
    more->setBrush(ViewPalette::muted());
    more->setPos(0, kHeaderHeight + shown * kRowHeight + 4);
    y += 18;
  } else {
    y = kHeaderHeight + rows * kRowHeight;
  }

  // The vectors, under the first matrix's columns.
  y += 16;
  const qreal vectorsTop = y;
  for (std::size_t v = 0; v < t.vectors.size(); ++v) {
    if (!t.vectors[v].shown) continue;
    auto* label = addSimpleText(t.vectors[v].title, ViewPalette::font(12, true));
    label->setBrush(ViewPalette::ink());
    label->setPos(0, y + (kRowHeight - label->boundingRect().height()) / 2);
    for (std::size_t c = 0; c < columns && c < t.vectors[v].values.size(); ++c)
      cell(MatrixTable::Cell{-1, static_cast<int>(v), 0, c}, QRectF(groupLeft(0) + c * cellWidth, y, cellWidth, kRowHeight),
           t.vectors[v].values[c]);
    y += kRowHeight + 8;
  }
  if (t.scanning && !t.sequence.empty()) {
    QStringList names;
    for (ProcessId p : t.sequence) names << t.processes[static_cast<qsizetype>(p)];
    auto* order = addSimpleText(DeadlockText::tr("Finished so far: ⟨%1⟩").arg(names.join(QStringLiteral(", "))), ViewPalette::font(11));
    order->setBrush(ViewPalette::hit());
    order->setPos(groupLeft(1), vectorsTop);
  }

  // The caption: what the moment shows, in words.
  const qreal width = std::max<qreal>(tableRight + kGroupGap + finishWidth, 560);
  const qreal captionTop = kHeaderHeight + std::min(rows, kMaxRows) * kRowHeight + (rows > kMaxRows ? 18 : 0) + 16 +
                           kMaxVectors * (kRowHeight + 8) + 8;
  // The caption wraps: typeset, its counters ("共有 16 个安全序列") stay on one line.
  m_caption = addText(typesetChinese(t.caption), ViewPalette::font(12));
  m_caption->setDefaultTextColor(ViewPalette::ink());
  m_caption->setTextWidth(width);
  m_caption->setPos(0, captionTop);
  // A long caption (every safe sequence listed) makes the picture taller rather than being cut.
  const qreal captionHeight = std::max(kCaptionHeight, m_caption->boundingRect().height());
  setSceneRect(QRectF(-16, -16, width + 32, captionTop + captionHeight + 16));
}

QString MatrixScene::cellText(const MatrixTable::Cell& where) const {
  for (const auto& drawn : m_drawn)
    if (drawn.cell == where) return drawn.text;
  return {};
}

std::optional<MatrixTable::Mark> MatrixScene::cellMark(const MatrixTable::Cell& where) const {
  for (const auto& drawn : m_drawn)
    if (drawn.cell == where) return drawn.mark;
  return std::nullopt;
}

QString MatrixScene::captionText() const { return m_caption ? m_caption->toPlainText() : QString(); }

}  // namespace oslens::views
