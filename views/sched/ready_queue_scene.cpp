#include "views/sched/ready_queue_scene.h"

#include <QBrush>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>
#include <cstdlib>

#include "engine/core/step_frame.h"
#include "views/core/view_palette.h"
#include "views/kit/duration_text.h"
#include "views/kit/flight_player.h"
#include "views/kit/item_palette.h"
#include "views/sched/sched_narrator.h"

namespace oslens::views {

using namespace engine::baseline;

namespace {
constexpr qreal kCpuTop = 64;
constexpr QSizeF kCpuSize(230, 130);
constexpr qreal kQueueLeft = 290;
constexpr QSizeF kChip(64, 34);
constexpr qreal kChipGap = 10;
constexpr int kChipsPerRow = 8;

// Where a task's chip is drawn at one moment of a step: on the CPU, in a slot of the ready queue,
// or nowhere (not ready, or past the chips shown).
struct Place {
  enum class Kind : std::uint8_t { None, Cpu, Slot };
  Kind kind = Kind::None;
  int slot = 0;
  bool operator==(const Place&) const = default;
};

std::vector<Place> placesOf(std::size_t tasks, TaskId running, const std::vector<TaskId>& queue) {
  std::vector<Place> out(tasks);
  if (running != engine::sched::kNoTask) out[running] = {Place::Kind::Cpu, 0};
  for (std::size_t i = 0; i < queue.size() && i < static_cast<std::size_t>(ReadyQueueScene::kMaxChips); ++i)
    out[queue[i]] = {Place::Kind::Slot, static_cast<int>(i)};
  return out;
}

// The moments of a step: until kLeft, what leaves the CPU and what joins the queue; from
// kDispatch, the dispatched task goes from the queue's head to the CPU and the queue closes up.
constexpr qreal kLeft = 0.45;
constexpr qreal kDispatch = 0.55;
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
    m_chipNames.push_back(name);
    auto* detail = addSimpleText(QString(), ViewPalette::font(9.5));
    detail->setBrush(ViewPalette::ink());
    m_chipDetails.push_back(detail);
  }
  m_player = new FlightPlayer(this, this);
  m_player->setLabelFont(ViewPalette::font(12, true));
  connect(m_player, &FlightPlayer::finished, this, [this] { finishAnimations(); });
  refresh();
}

// As large as the queue can get in this run (never more chips than tasks), not as the longest
// queue of any run: three jobs fill the screen, and the picture keeps its size from step to step.
void ReadyQueueScene::fitSceneRect() {
  const int tasks = static_cast<int>(m_simulation.timeline().state().tasks.size());
  const int most = std::min(kMaxChips, tasks);
  const int columns = std::clamp(most, 1, kChipsPerRow);
  const int rows = std::max(1, (most + kChipsPerRow - 1) / kChipsPerRow);
  qreal right = std::max(kQueueLeft + columns * (kChip.width() + kChipGap) - kChipGap, kCpuSize.width());
  for (const QGraphicsSimpleTextItem* text : {m_title, m_queueLabel, m_more})
    if (!text->text().isEmpty()) right = std::max(right, text->sceneBoundingRect().right());
  const qreal bottom = std::max(kCpuTop + 30 + rows * (kChip.height() + 26), kCpuTop + kCpuSize.height());
  setSceneRect(QRectF(-16, -16, right + 32, bottom + 32));
}

// The moving chips are the player's; take them off the scene before it deletes its items.
ReadyQueueScene::~ReadyQueueScene() { m_player->finish(); }

QRectF ReadyQueueScene::cpuChipRect() const { return m_cpuChip->rect(); }

QRectF ReadyQueueScene::slotRect(int index) const { return m_chips[static_cast<std::size_t>(index)]->rect(); }

bool ReadyQueueScene::isAnimating() const { return m_player->running(); }

void ReadyQueueScene::showPosition(int from, int to, bool animate) {
  finishAnimations();
  refresh();
  if (animate && std::abs(to - from) == 1 && m_durationMs > 0) animateStep(from, to);
}

void ReadyQueueScene::finishAnimations() {
  const bool wasPlaying = m_playing;
  m_playing = false;
  m_player->finish();
  for (QGraphicsItem* item : m_hiddenDuringFlight) item->setVisible(true);
  m_hiddenDuringFlight.clear();
  if (!wasPlaying) return;
  showStatusOf(m_simulation.timeline().state());
  emit animationFinished();
}

// The chips of every task whose place changes fly from the state before the step, through the
// moment the scheduler decides (everything queued, the CPU free), to the state after it.
void ReadyQueueScene::animateStep(int from, int to) {
  const auto frame = engine::stepFrameOfMove(m_simulation.timeline(), from, to);
  const BaselineState& before = frame.before;
  const BaselineState& after = frame.after;
  const std::size_t tasks = after.tasks.size();
  TaskId dispatched = engine::sched::kNoTask;
  for (const BaselineEvent& event : frame.events)
    if (const auto* d = std::get_if<Dispatch>(&event); d && d->to != engine::sched::kNoTask) dispatched = d->to;
  const auto placesBefore = placesOf(tasks, before.current, before.queued());
  const auto placesAfter = placesOf(tasks, after.current, after.queued());
  // The moment of the decision: the dispatched task still at the head of the queue (the policy
  // takes its head), the CPU free.
  std::vector<TaskId> middleQueue = after.queued();
  if (dispatched != engine::sched::kNoTask) middleQueue.insert(middleQueue.begin(), dispatched);
  const auto placesMiddle = dispatched != engine::sched::kNoTask ? placesOf(tasks, engine::sched::kNoTask, middleQueue) : placesAfter;
  const qreal leftEnd = dispatched != engine::sched::kNoTask ? kLeft : 1.0;

  auto rectOf = [&](const Place& place) { return place.kind == Place::Kind::Cpu ? cpuChipRect() : slotRect(place.slot); };
  std::vector<Flight> flights;
  std::vector<TaskId> moving;
  for (TaskId task = 0; task < tasks; ++task) {
    const Place b = placesBefore[task], m = placesMiddle[task], a = placesAfter[task];
    if (b == m && m == a) continue;
    Flight flight;
    const QString label = QString::fromStdString(after.name(task));
    // The task's colours (a chip in flight goes without the hatch of a task past the twelfth: it
    // carries its name, and lands on a hatched chip).
    flight.brush = ItemPalette::fill(task);
    flight.pen = ViewPalette::pen(ItemPalette::outline(task), 1.5);
    flight.textColor = ItemPalette::label(task);
    if (b.kind == Place::Kind::None && m.kind != Place::Kind::None) {  // joins the queue
      flight.add(0, rectOf(m), label, 0.0);
      flight.add(leftEnd, rectOf(m), label);
    } else if (b.kind != Place::Kind::None && m.kind == Place::Kind::None) {  // leaves: exits or blocks
      flight.add(0, rectOf(b), label);
      flight.add(leftEnd, rectOf(b).translated(0, 36), label, 0.0);
    } else if (b.kind == Place::Kind::Cpu && m.kind == Place::Kind::Slot) {
      // Back to the queue's tail along a lane under the queue, not across the chips in it.
      const QRectF slot = rectOf(m);
      const qreal lane = slot.bottom() + 22;
      const QRectF cpu = rectOf(b);
      flight.add(0, cpu, label);
      flight.add(leftEnd * 0.3, QRectF(QPointF(cpu.right() - slot.width(), lane), slot.size()), label);
      flight.add(leftEnd * 0.75, QRectF(QPointF(slot.left(), lane), slot.size()), label);
      flight.add(leftEnd, slot, label);
    } else if (b.kind != Place::Kind::None) {
      flight.add(0, rectOf(b), label);
      flight.add(leftEnd, rectOf(m), label);
    }
    if (dispatched != engine::sched::kNoTask && m.kind != Place::Kind::None && a.kind != Place::Kind::None && !(m == a)) {
      if (flight.empty()) flight.add(0, rectOf(m), label);
      flight.add(kDispatch, rectOf(m), label);
      flight.add(1.0, rectOf(a), label);
    }
    if (flight.empty()) continue;
    flights.push_back(std::move(flight));
    moving.push_back(task);
  }
  if (flights.empty()) return;

  // The chips drawn now (the state the move ends on) of the tasks that fly wait for their flight.
  const bool forward = to > from;
  const auto& shown = forward ? placesAfter : placesBefore;
  for (const TaskId task : moving) {
    const Place place = shown[task];
    std::vector<QGraphicsItem*> items;
    if (place.kind == Place::Kind::Cpu) items = {m_cpuChip, m_cpuTask, m_cpuDetail};
    if (place.kind == Place::Kind::Slot) {
      const auto i = static_cast<std::size_t>(place.slot);
      items = {m_chips[i], m_chipNames[i], m_chipDetails[i]};
    }
    for (QGraphicsItem* item : items)
      if (item->isVisible()) {
        item->setVisible(false);
        m_hiddenDuringFlight.push_back(item);
      }
  }
  m_playing = true;
  if (forward) {
    showStatusOf(before);
    // The CPU's words are the task's that leaves it: under a CPU already drawn for the state after
    // the step (idle, or another task's chip) they would say the wrong thing until the chips land.
    if (before.current != after.current && m_cpuDetail->isVisible()) {
      m_cpuDetail->setVisible(false);
      m_hiddenDuringFlight.push_back(m_cpuDetail);
    }
  }
  m_player->play(std::move(flights), m_durationMs, forward);
}

// The words about the clock and the CPU: during a step played forwards, those of the state before
// it, until the moves have shown what the scheduler did (no spoiler in the header).
void ReadyQueueScene::showStatusOf(const BaselineState& s) {
  QString title = SchedNarrator::policyName(s.policy());
  if (s.policy() == BaselinePolicy::Rr)
    title += SchedNarrator::tr(", quantum %1").arg(durationText(s.setup->quantumNs));
  m_title->setText(title);
  m_status->setText(SchedNarrator::tr("t = %1    %2 ready").arg(durationText(s.now)).arg(s.queued().size()));
  if (s.current == engine::sched::kNoTask) {
    m_cpuDetail->setText(SchedNarrator::tr("idle"));
    return;
  }
  QString detail = SchedNarrator::tr("burst left: %1").arg(SchedNarrator::burstText(s.nextBurst(s.current)));
  if (s.policy() == BaselinePolicy::Rr)
    detail += QLatin1Char('\n') + SchedNarrator::tr("quantum ends at %1").arg(durationText(s.quantumEndNs));
  m_cpuDetail->setText(detail);
}

void ReadyQueueScene::refresh() {
  const BaselineState& s = m_simulation.timeline().state();
  showStatusOf(s);
  m_cpuLabel->setText(SchedNarrator::tr("CPU"));
  const bool busy = s.current != engine::sched::kNoTask;
  m_cpuTask->setVisible(busy);
  if (busy) {
    m_cpuTask->setText(QString::fromStdString(s.name(s.current)));
    m_cpuTask->setPos(m_cpuChip->rect().center() - m_cpuTask->boundingRect().center());
    styleItemChip(m_cpuChip, m_cpuChip->rect(), m_cpuTask, s.current, 2);
  } else {
    styleItemChip(m_cpuChip, QRectF(), nullptr, 0, 1.5);  // no hatch; then idle's dashed outline
    m_cpuChip->setPen(ViewPalette::pen(ViewPalette::grid(), 1.5, Qt::DashLine));
    m_cpuChip->setBrush(Qt::NoBrush);
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
    auto* name = m_chipNames[static_cast<std::size_t>(i)];
    name->setText(QString::fromStdString(s.name(task)));
    name->setPos(chip->rect().center() - name->boundingRect().center());
    styleItemChip(chip, chip->rect(), name, task, 1.5);
    auto* detail = m_chipDetails[static_cast<std::size_t>(i)];
    detail->setText(byBurst ? SchedNarrator::burstText(s.nextBurst(task)) : QString::number(i + 1));
    detail->setPos(chip->rect().center().x() - detail->boundingRect().width() / 2, chip->rect().bottom() + 3);
  }
  const int hidden = static_cast<int>(queued.size()) - kMaxChips;
  m_more->setText(hidden > 0 ? SchedNarrator::tr("+%1 more").arg(hidden) : QString());
  m_more->setPos(m_queueLabel->sceneBoundingRect().right() + 16, kCpuTop);
  fitSceneRect();
}

QString ReadyQueueScene::cpuText() const { return m_cpuTask->isVisible() ? m_cpuTask->text() : QString(); }

QString ReadyQueueScene::statusText() const { return m_status->text(); }

QStringList ReadyQueueScene::queueTexts() const {
  QStringList out;
  for (std::size_t i = 0; i < m_chips.size(); ++i)
    if (m_chips[i]->isVisible()) out << m_chipNames[i]->text();
  return out;
}

}  // namespace oslens::views
