#include "views/kit/task_state_diagram.h"

#include <QBrush>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>
#include <QVariantAnimation>
#include <cmath>

#include "views/kit/item_palette.h"
#include "views/core/view_palette.h"

namespace oslens::views {

using engine::sched::TaskState;

namespace {
// Chips and words large for the diagram's size: the boxes are mostly room for chips, so the
// words read from the back of a classroom when the diagram fills a projector (~24 px at 1080).
constexpr qreal kChipW = 84;
constexpr qreal kChipH = 34;
constexpr qreal kGap = 6;
constexpr qreal kTitleH = 36;
constexpr int kMoveMs = 600;

// The places, laid out like the textbook figure: new and exited on top, ready and running in the
// middle (the scheduler's loop), waiting below them.
QRectF placeFor(TaskState state) {
  switch (state) {
    case TaskState::New: return {0, 0, 290, 210};
    case TaskState::Ready: return {310, 230, 380, 210};
    case TaskState::Running: return {880, 260, 170, 110};
    case TaskState::Blocked: return {560, 530, 380, 130};
    case TaskState::Exited: return {1100, 0, 290, 210};
  }
  return {};
}

QPointF edgePoint(const QRectF& rect, const QPointF& towards) {
  // Where the line from the centre towards `towards` leaves the rectangle.
  const QPointF c = rect.center();
  const QPointF d = towards - c;
  const qreal sx = d.x() == 0 ? 1e9 : (rect.width() / 2) / std::abs(d.x());
  const qreal sy = d.y() == 0 ? 1e9 : (rect.height() / 2) / std::abs(d.y());
  return c + d * std::min(sx, sy);
}
}  // namespace

TaskStateDiagram::TaskStateDiagram(QStringList taskNames, QObject* parent) : QGraphicsScene(parent), m_names(std::move(taskNames)) {
  setBackgroundBrush(Qt::white);
  for (TaskState state : {TaskState::New, TaskState::Ready, TaskState::Running, TaskState::Blocked, TaskState::Exited}) {
    Place place;
    const bool cpu = state == TaskState::Running;
    place.box = addRect(placeFor(state), ViewPalette::pen(ViewPalette::ink(), cpu ? 3.5 : 2), cpu ? ViewPalette::currentFill() : ViewPalette::panel());
    place.title = addSimpleText(QString(), ViewPalette::font(15, true));
    place.title->setBrush(ViewPalette::ink());
    place.overflow = addSimpleText(QString(), ViewPalette::font(13, true));
    place.overflow->setBrush(ViewPalette::muted());
    m_places.push_back(place);
  }
  addArrow(TaskState::New, TaskState::Ready, 0, QT_TRANSLATE_NOOP("oslens::views::TaskStateDiagram", "admitted"));
  addArrow(TaskState::Ready, TaskState::Running, -22, QT_TRANSLATE_NOOP("oslens::views::TaskStateDiagram", "scheduler dispatch"));
  addArrow(TaskState::Running, TaskState::Ready, -22, QT_TRANSLATE_NOOP("oslens::views::TaskStateDiagram", "preempted"));
  addArrow(TaskState::Running, TaskState::Blocked, 0, QT_TRANSLATE_NOOP("oslens::views::TaskStateDiagram", "I/O wait"));
  addArrow(TaskState::Blocked, TaskState::Ready, 0, QT_TRANSLATE_NOOP("oslens::views::TaskStateDiagram", "I/O done"));
  addArrow(TaskState::Running, TaskState::Exited, 0, QT_TRANSLATE_NOOP("oslens::views::TaskStateDiagram", "exit"));
  for (qsizetype i = 0; i < m_names.size(); ++i) {
    const QRectF chipRect(0, 0, kChipW, kChipH);
    auto* chip = addRect(chipRect);
    chip->setZValue(5);
    auto* text = new QGraphicsSimpleTextItem(chip);
    text->setFont(ViewPalette::font(14, true));
    QString name = m_names[i];
    if (name.size() > 7) name = name.left(6) + QChar(0x2026);
    text->setText(name);
    text->setPos(QPointF(kChipW, kChipH) / 2 - text->boundingRect().center());
    styleItemChip(chip, chipRect, text, static_cast<std::size_t>(i), 1.2);
    m_chips.push_back(chip);
    m_chipText.push_back(text);
  }
  m_animation = new QVariantAnimation(this);
  m_animation->setStartValue(0.0);
  m_animation->setEndValue(1.0);
  m_animation->setEasingCurve(QEasingCurve::InOutCubic);
  connect(m_animation, &QVariantAnimation::valueChanged, this,
          [this](const QVariant& v) { drawChips(m_from, m_to, v.toReal()); });
  connect(m_animation, &QAbstractAnimation::finished, this, [this] { chipPositions(m_states); });
  m_states.assign(static_cast<std::size_t>(m_names.size()), TaskState::New);
  retranslate();
  setSceneRect(itemsBoundingRect().adjusted(-16, -16, 16, 16));
}

void TaskStateDiagram::addArrow(TaskState from, TaskState to, qreal offset, const char* label) {
  const QRectF a = placeFor(from), b = placeFor(to);
  QPointF normal(0, 0);
  const QPointF d = b.center() - a.center();
  const qreal length = std::hypot(d.x(), d.y());
  if (length > 0) normal = QPointF(-d.y(), d.x()) / length * offset;
  const QPointF start = edgePoint(a, b.center() + normal) + normal * 0.0;
  const QPointF end = edgePoint(b, a.center() + normal);
  const QPointF s = start + normal, e = end + normal;
  QPainterPath path(s);
  path.lineTo(e);
  // The arrowhead.
  const QPointF dir = (e - s) / std::max<qreal>(std::hypot((e - s).x(), (e - s).y()), 1);
  const QPointF side(-dir.y(), dir.x());
  path.moveTo(e);
  path.lineTo(e - dir * 16 + side * 8);
  path.moveTo(e);
  path.lineTo(e - dir * 16 - side * 8);
  addPath(path, ViewPalette::pen(ViewPalette::ink(), 2.2));
  auto* text = addSimpleText(QString(), ViewPalette::font(14));
  text->setBrush(ViewPalette::ink());
  // The label sits beside its arrow, on the side away from a parallel one: at the arrow's middle,
  // pushed along the perpendicular far enough that its box clears the line (retranslate()).
  QPointF away = length > 0 ? QPointF(-d.y(), d.x()) / length : QPointF(0, -1);
  if (offset != 0 && QPointF::dotProduct(away, normal) < 0) away = -away;
  if (offset == 0 && away.y() > 0) away = -away;  // single arrows: label above or to the side
  text->setData(0, (s + e) / 2);
  text->setData(1, away);
  m_arrows.push_back({text, label});
}

void TaskStateDiagram::retranslate() {
  for (auto& arrow : m_arrows) {
    arrow.label->setText(tr(arrow.english));
    const QPointF mid = arrow.label->data(0).toPointF();
    const QPointF away = arrow.label->data(1).toPointF();
    const QRectF box = arrow.label->boundingRect();
    const qreal clearance = std::abs(away.x()) * box.width() / 2 + std::abs(away.y()) * box.height() / 2 + 5;
    arrow.label->setPos(mid + away * clearance - box.center());
  }
  show(m_states);
}

std::vector<QPointF> TaskStateDiagram::chipPositions(const std::vector<TaskState>& states) {
  std::vector<QPointF> out(states.size(), QPointF(-1e6, -1e6));
  std::vector<int> count(m_places.size(), 0);
  for (std::size_t task = 0; task < states.size(); ++task) {
    const auto index = static_cast<std::size_t>(states[task]);
    const QRectF rect = placeFor(states[task]);
    const int columns = std::max(1, static_cast<int>((rect.width() - kGap) / (kChipW + kGap)));
    const int rows = std::max(1, static_cast<int>((rect.height() - kTitleH - kGap) / (kChipH + kGap)));
    const int slot = count[index]++;
    if (slot >= columns * rows) continue;  // shown as "+N"
    const qreal left = rect.left() + (rect.width() - columns * (kChipW + kGap) + kGap) / 2;
    out[task] = QPointF(left + (slot % columns) * (kChipW + kGap), rect.top() + kTitleH + (slot / columns) * (kChipH + kGap));
  }
  for (std::size_t p = 0; p < m_places.size(); ++p) {
    const auto state = static_cast<TaskState>(p);
    const QRectF rect = placeFor(state);
    const int columns = std::max(1, static_cast<int>((rect.width() - kGap) / (kChipW + kGap)));
    const int rows = std::max(1, static_cast<int>((rect.height() - kTitleH - kGap) / (kChipH + kGap)));
    const int hidden = count[p] - columns * rows;
    m_places[p].title->setText(tr("%1 (%2)").arg(stateName(state)).arg(count[p]));
    m_places[p].title->setPos(rect.left() + 10, rect.top() + 4);
    m_places[p].overflow->setText(hidden > 0 ? tr("+%1 more").arg(hidden) : QString());
    m_places[p].overflow->setPos(rect.right() - m_places[p].overflow->boundingRect().width() - 8, rect.top() + 7);
  }
  return out;
}

void TaskStateDiagram::drawChips(const std::vector<QPointF>& from, const std::vector<QPointF>& to, qreal u) {
  for (std::size_t task = 0; task < m_chips.size() && task < to.size(); ++task) {
    const bool drawnBefore = from[task].x() > -1e5, drawnAfter = to[task].x() > -1e5;
    m_chips[task]->setVisible(drawnBefore || drawnAfter);
    if (!drawnBefore && !drawnAfter) continue;
    const QPointF a = drawnBefore ? from[task] : to[task];
    const QPointF b = drawnAfter ? to[task] : from[task];
    m_chips[task]->setPos(a + (b - a) * u);
    m_chips[task]->setOpacity(drawnBefore && drawnAfter ? 1.0 : (drawnAfter ? u : 1.0 - u));
  }
}

void TaskStateDiagram::showStates(const std::vector<TaskState>& now, bool animateChange) {
  if (animateChange) animate(m_states, now);
  else show(now);
}

void TaskStateDiagram::show(const std::vector<TaskState>& states) {
  m_animation->stop();
  m_states = states;
  m_to = chipPositions(states);
  drawChips(m_to, m_to, 1.0);
}

void TaskStateDiagram::animate(const std::vector<TaskState>& from, const std::vector<TaskState>& to) {
  m_animation->stop();
  m_to = chipPositions(to);
  m_from = chipPositions(from);  // the titles count the chips where they start: no spoiler
  m_states = to;
  const int ms = m_speed <= 0 ? 0 : static_cast<int>(kMoveMs / m_speed);
  if (ms == 0 || m_from == m_to) {
    finishAnimations();
    return;
  }
  drawChips(m_from, m_to, 0.0);
  m_animation->setDuration(ms);
  m_animation->start();
}

bool TaskStateDiagram::isAnimating() const {
  return m_animation && m_animation->state() == QAbstractAnimation::Running;
}

void TaskStateDiagram::finishAnimations() {
  m_animation->stop();
  chipPositions(m_states);  // the titles count the chips where they landed
  drawChips(m_to, m_to, 1.0);
}

int TaskStateDiagram::placeOfChip(std::size_t task) const {
  if (task >= m_chips.size() || !m_chips[task]->isVisible()) return -1;
  const QPointF centre = m_chips[task]->sceneBoundingRect().center();
  for (int p = 0; p < 5; ++p)
    if (placeFor(static_cast<TaskState>(p)).contains(centre)) return p;
  return -1;
}

QRectF TaskStateDiagram::placeRect(TaskState state) const { return placeFor(state); }

QString TaskStateDiagram::placeTitle(TaskState state) const { return m_places[static_cast<std::size_t>(state)].title->text(); }

QString TaskStateDiagram::stateName(TaskState state) {
  switch (state) {
    case TaskState::New: return tr("new");
    case TaskState::Ready: return tr("ready");
    case TaskState::Running: return tr("running");
    case TaskState::Blocked: return tr("blocked");
    case TaskState::Exited: return tr("exited");
  }
  return {};
}

}  // namespace oslens::views
