#include "views/cfs/cpu_box.h"

#include <QBrush>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <algorithm>

#include "views/cfs/cfs_narrator.h"
#include "views/kit/item_palette.h"
#include "views/kit/duration_text.h"
#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
constexpr qreal kPad = 12;
constexpr qreal kChipHeight = 40;
constexpr qreal kBarHeight = 12;
}  // namespace

CpuBox::CpuBox(QGraphicsScene& scene, const QPointF& topLeft) {
  m_frame = scene.addRect(QRectF(topLeft, QSizeF(kWidth, kHeight)), ViewPalette::pen(ViewPalette::ink(), 2.5), ViewPalette::panel());
  m_title = scene.addSimpleText(QString(), ViewPalette::font(12, true));
  m_title->setPos(topLeft + QPointF(kPad, 6));
  m_chip = scene.addRect(QRectF(topLeft + QPointF(kPad, 34), QSizeF(kWidth - 2 * kPad, kChipHeight)));
  m_task = scene.addSimpleText(QString(), ViewPalette::font(14, true));
  m_vruntime = scene.addSimpleText(QString(), ViewPalette::font(10.5));
  m_vruntime->setBrush(ViewPalette::ink());
  m_sliceTrack = scene.addRect(QRectF(topLeft + QPointF(kPad, 34 + kChipHeight + 26), QSizeF(kWidth - 2 * kPad, kBarHeight)),
                               ViewPalette::pen(ViewPalette::grid(), 1), QBrush(Qt::white));
  m_sliceUsed = scene.addRect(QRectF(), Qt::NoPen, QBrush(ViewPalette::current()));
  m_slice = scene.addSimpleText(QString(), ViewPalette::font(10));
  m_slice->setBrush(ViewPalette::ink());
}

QRectF CpuBox::bounds() const { return m_frame->sceneBoundingRect(); }

QString CpuBox::taskText() const { return m_task->isVisible() ? m_task->text() : QString(); }

void CpuBox::show(const engine::cfs::CfsState& s) {
  const QRectF frame = m_frame->rect();
  m_title->setText(CfsNarrator::tr("CPU"));
  const QRectF chip = m_chip->rect();
  const bool busy = s.current != engine::sched::kNoTask;
  m_task->setVisible(busy);
  m_sliceUsed->setVisible(busy);
  if (!busy) {
    styleItemChip(m_chip, QRectF(), nullptr, 0, 1.5);  // no hatch; then idle's dashed outline
    m_chip->setPen(ViewPalette::pen(ViewPalette::grid(), 1.5, Qt::DashLine));
    m_chip->setBrush(Qt::NoBrush);
    m_vruntime->setText(CfsNarrator::tr("idle"));
    m_vruntime->setPos(chip.center() - m_vruntime->boundingRect().center());
    m_slice->setText(QString());
    return;
  }
  const auto& task = s.tasks[s.current];
  m_task->setText(QString::fromStdString(s.name(s.current)));
  m_task->setPos(chip.center() - m_task->boundingRect().center());
  styleItemChip(m_chip, chip, m_task, s.current, 2);
  m_vruntime->setText(CfsNarrator::tr("vruntime %1").arg(durationText(static_cast<std::int64_t>(task.vruntime))));
  m_vruntime->setPos(frame.left() + kPad, chip.bottom() + 5);
  // The slice it is due and what it has used of it since it was picked.
  const auto slice = std::max<std::int64_t>(s.slice(s.current), 1);
  const auto ran = task.run.runtimeNs - task.prevSumExecNs;
  const QRectF track = m_sliceTrack->rect();
  const qreal used = std::clamp(static_cast<qreal>(ran) / static_cast<qreal>(slice), 0.0, 1.0);
  m_sliceUsed->setRect(QRectF(track.topLeft(), QSizeF(track.width() * used, track.height())));
  m_slice->setText(CfsNarrator::tr("ran %1 of its %2 slice").arg(durationText(ran), durationText(slice)));
  m_slice->setPos(track.left(), track.bottom() + 3);
}

}  // namespace oslens::views
