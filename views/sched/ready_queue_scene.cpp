#include "views/sched/ready_queue_scene.h"

#include <QBrush>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include "views/core/view_palette.h"
#include "views/kit/duration_text.h"
#include "views/sched/sched_narrator.h"
#include "views/kit/task_palette.h"

namespace oslens::views {

using namespace engine::baseline;

namespace {
constexpr qreal kCpuTop = 64;
constexpr QSizeF kCpuSize(230, 130);
constexpr qreal kQueueLeft = 290;
constexpr QSizeF kChip(64, 34);
constexpr qreal kChipGap = 10;
constexpr int kChipsPerRow = 8;
}  // namespace

ReadyQueueScene::ReadyQueueScene(const BaselineSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  m_title = addSimpleText(QString(), ViewPalette::font(13, true));
  m_title->setBrush(ViewPalette::ink());
  m_status = addSimpleText(QString(), ViewPalette::font(11));
  m_status->setBrush(ViewPalette::ink());
  m_status->setPos(0, 26);
  m_cpu = addRect(QRectF(QPointF(0, kCpuTop), kCpuSize), ViewPalette::pen(ViewPalette::ink(), 2.5), ViewPalette::panel());
  m_cpuLabel = addSimpleText(QString(), ViewPalette::font(12, true));
  m_cpuLabel->setPos(12, kCpuTop + 6);
  m_cpuChip = addRect(QRectF(12, kCpuTop + 34, kCpuSize.width() - 24, 40));
  m_cpuTask = addSimpleText(QString(), ViewPalette::font(14, true));
  m_cpuTask->setBrush(Qt::white);
  m_cpuDetail = addSimpleText(QString(), ViewPalette::font(10));
  m_cpuDetail->setBrush(ViewPalette::ink());
  m_cpuDetail->setPos(12, kCpuTop + 80);
  m_queueLabel = addSimpleText(QString(), ViewPalette::font(12, true));
  m_queueLabel->setBrush(ViewPalette::ink());
  m_queueLabel->setPos(kQueueLeft, kCpuTop);
  m_more = addSimpleText(QString(), ViewPalette::font(10.5, true));
  m_more->setBrush(ViewPalette::muted());
  for (int i = 0; i < kMaxChips; ++i) {
    const qreal x = kQueueLeft + (i % kChipsPerRow) * (kChip.width() + kChipGap);
    const qreal y = kCpuTop + 30 + (i / kChipsPerRow) * (kChip.height() + 26);
    m_chips.push_back(addRect(QRectF(QPointF(x, y), kChip)));
    auto* name = addSimpleText(QString(), ViewPalette::font(11, true));
    name->setBrush(Qt::white);
    m_chipNames.push_back(name);
    auto* detail = addSimpleText(QString(), ViewPalette::font(9.5));
    detail->setBrush(ViewPalette::ink());
    m_chipDetails.push_back(detail);
  }
  refresh();
  const qreal right = kQueueLeft + kChipsPerRow * (kChip.width() + kChipGap);
  const qreal bottom = kCpuTop + 30 + (kMaxChips / kChipsPerRow) * (kChip.height() + 26);
  setSceneRect(QRectF(-16, -16, right + 32, std::max(bottom, kCpuTop + kCpuSize.height()) + 32));
}

void ReadyQueueScene::refresh() {
  const BaselineState& s = m_simulation.timeline().state();
  QString title = SchedNarrator::policyName(s.policy());
  if (s.policy() == BaselinePolicy::Rr)
    title += SchedNarrator::tr(", quantum %1").arg(durationText(s.setup->quantumNs));
  m_title->setText(title);
  m_status->setText(SchedNarrator::tr("t = %1    %2 ready").arg(durationText(s.now)).arg(s.queued().size()));
  m_cpuLabel->setText(SchedNarrator::tr("CPU"));
  const bool busy = s.current != engine::sched::kNoTask;
  m_cpuTask->setVisible(busy);
  if (busy) {
    const QColor color = taskColor(s.current);
    m_cpuChip->setPen(ViewPalette::pen(color.darker(130), 2));
    m_cpuChip->setBrush(color);
    m_cpuTask->setText(QString::fromStdString(s.name(s.current)));
    m_cpuTask->setPos(m_cpuChip->rect().center() - m_cpuTask->boundingRect().center());
    QString detail = SchedNarrator::tr("burst left: %1").arg(SchedNarrator::burstText(s.nextBurst(s.current)));
    if (s.policy() == BaselinePolicy::Rr)
      detail += QLatin1Char('\n') + SchedNarrator::tr("quantum ends at %1").arg(durationText(s.quantumEndNs));
    m_cpuDetail->setText(detail);
  } else {
    m_cpuChip->setPen(ViewPalette::pen(ViewPalette::grid(), 1.5, Qt::DashLine));
    m_cpuChip->setBrush(Qt::NoBrush);
    m_cpuDetail->setText(SchedNarrator::tr("idle"));
  }
  const bool byBurst = ordersByBurst(s.policy());
  m_queueLabel->setText(byBurst ? SchedNarrator::tr("Ready queue, shortest next burst first")
                                : SchedNarrator::tr("Ready queue, head first"));
  const auto queued = s.queued();
  for (int i = 0; i < kMaxChips; ++i) {
    const bool shown = static_cast<std::size_t>(i) < queued.size();
    m_chips[static_cast<std::size_t>(i)]->setVisible(shown);
    m_chipNames[static_cast<std::size_t>(i)]->setVisible(shown);
    m_chipDetails[static_cast<std::size_t>(i)]->setVisible(shown);
    if (!shown) continue;
    const auto task = queued[static_cast<std::size_t>(i)];
    auto* chip = m_chips[static_cast<std::size_t>(i)];
    chip->setBrush(taskColor(task));
    chip->setPen(ViewPalette::pen(taskColor(task).darker(130), 1.5));
    auto* name = m_chipNames[static_cast<std::size_t>(i)];
    name->setText(QString::fromStdString(s.name(task)));
    name->setPos(chip->rect().center() - name->boundingRect().center());
    auto* detail = m_chipDetails[static_cast<std::size_t>(i)];
    detail->setText(byBurst ? SchedNarrator::burstText(s.nextBurst(task)) : QString::number(i + 1));
    detail->setPos(chip->rect().center().x() - detail->boundingRect().width() / 2, chip->rect().bottom() + 3);
  }
  const int hidden = static_cast<int>(queued.size()) - kMaxChips;
  m_more->setText(hidden > 0 ? SchedNarrator::tr("+%1 more").arg(hidden) : QString());
  m_more->setPos(kQueueLeft + 330, kCpuTop);
}

QString ReadyQueueScene::cpuText() const { return m_cpuTask->isVisible() ? m_cpuTask->text() : QString(); }

QStringList ReadyQueueScene::queueTexts() const {
  QStringList out;
  for (std::size_t i = 0; i < m_chips.size(); ++i)
    if (m_chips[i]->isVisible()) out << m_chipNames[i]->text();
  return out;
}

}  // namespace oslens::views
