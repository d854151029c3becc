#include "views/ipc/ipc_scene.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QVariantAnimation>
#include <cmath>

#include "engine/core/step_frame.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"
#include "views/ipc/ipc_canvas.h"
#include "views/ipc/ipc_cards.h"
#include "views/ipc/ipc_lanes.h"
#include "views/ipc/ipc_narrator.h"
#include "views/kit/item_palette.h"

namespace oslens::views {

using namespace engine::ipc;

namespace {
constexpr qreal kStepY = 44;
constexpr qreal kTokenHeight = 40;
}  // namespace

IpcScene::IpcScene(const IpcSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation), m_layout(simulation.timeline().initialState()) {
  setBackgroundBrush(Qt::white);
  m_animation = new QVariantAnimation(this);
  connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
    if (m_beats.empty()) return;
    const auto n = m_beats.size();
    const double v = std::max(0.0, value.toDouble());
    const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(v), n - 1);
    const std::size_t index = m_forward ? k : n - 1 - k;
    if (index != m_shownBeat) {
      m_shownBeat = index;
      draw(m_beats[index]);
    }
    // Within a flight's beat the token travels; backwards it travels back.
    const double u = std::clamp(v - static_cast<double>(k), 0.0, 1.0);
    placeToken(m_beats[index], m_forward ? u : 1.0 - u);
  });
  connect(m_animation, &QVariantAnimation::finished, this, [this] { finishAnimations(); });
  buildStaticItems();
  showRest();
}

IpcScene::~IpcScene() { m_animation->stop(); }

bool IpcScene::isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

void IpcScene::buildStaticItems() {
  m_title = markSceneTitle(addCaption(*this, {0, 0}, ViewPalette::font(22, true), ViewPalette::ink()));
  m_stepLine = addCaption(*this, {0, kStepY}, ViewPalette::font(16), ViewPalette::ink());
  // The legend: the four looks of a lane, each with its word (the look never stands alone).
  const qreal y = m_layout.legendTop;
  qreal x = 0;
  const struct {
    QPen pen;
    QBrush brush;
    bool hatch;
  } looks[] = {{ViewPalette::pen(ViewPalette::current(), 4.5), ViewPalette::currentFill(), false},
               {ViewPalette::pen(ViewPalette::ink(), 2), QBrush(Qt::white), false},
               {ViewPalette::pen(ViewPalette::ink(), 2.5, Qt::DashLine), QBrush(Qt::white), true},
               {ViewPalette::pen(ViewPalette::muted(), 2), ViewPalette::stripe(), false}};
  for (const auto& look : looks) {
    auto* box = addRect(QRectF(x, y, 44, 26), look.pen, look.brush);
    m_legendBoxes.push_back(box);
    if (look.hatch) {
      QPainterPath hatch;
      for (const QLineF& line : ItemPalette::patternLines(ItemPalette::Pattern::BackwardDiagonal, QRectF(x + 26, y + 3, 15, 20))) {
        hatch.moveTo(line.p1());
        hatch.lineTo(line.p2());
      }
      addPath(hatch, ViewPalette::pen(ViewPalette::ink(), 2))->setParentItem(box);
    }
    m_legendTexts.push_back(addCaption(*this, {x + 54, y}, ViewPalette::font(15), ViewPalette::ink()));
    x += 200;
  }
  m_token = addRect(QRectF(0, 0, 10, kTokenHeight), ViewPalette::pen(ViewPalette::currentInk(), 3), ViewPalette::currentFill());
  m_token->setZValue(20);
  m_token->setVisible(false);
  m_tokenText = new QGraphicsSimpleTextItem(m_token);
  m_tokenText->setFont(ViewPalette::font(17, true));
  m_tokenText->setBrush(ViewPalette::ink());
  setSceneRect(-24, -24, IpcLayout::kWidth + 48, m_layout.height + 48);
  m_header.addRow({m_title}, true);
  m_header.addRow({m_stepLine}, true);
  m_header.setFullRect(sceneRect(), IpcLayout::kBodyTop - 10);
  retranslate();
}

void IpcScene::retranslate() {
  m_title->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
  const QStringList legend = {IpcNarrator::tr("running"), IpcNarrator::tr("ready"), IpcNarrator::tr("blocked"), IpcNarrator::tr("exited")};
  for (std::size_t i = 0; i < m_legendTexts.size(); ++i) m_legendTexts[i]->setText(legend.value(static_cast<int>(i)));
  if (isAnimating()) return;
  showRest();
}

void IpcScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  m_header.apply(*this, presentation);
  finishAnimations();
}

void IpcScene::showPosition(int from, int to, bool animate) {
  m_animation->stop();
  m_beats.clear();
  m_playing.reset();
  if (animate && std::abs(to - from) == 1 && m_beatMs > 0) {
    prepareBeats(from, to);
    m_shownBeat = m_forward ? 0 : m_beats.size() - 1;
    draw(m_beats[m_shownBeat]);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(static_cast<double>(m_beats.size()));
    m_animation->setDuration(static_cast<int>(m_beats.size()) * m_beatMs);
    m_animation->start();
    return;
  }
  showRest();
}

void IpcScene::prepareBeats(int from, int to) {
  m_forward = to > from;
  const auto step = static_cast<std::size_t>(m_forward ? to : from);
  auto frame = engine::stepFrame(m_simulation.timeline(), step);
  m_playing = std::make_unique<Playing>(Playing{std::move(frame.before), std::move(frame.after), frame.op, std::move(frame.events)});
  m_beats = ipcBeats(m_playing->before, m_playing->op, m_playing->events, m_playing->after);
}

void IpcScene::showBeat(std::size_t beat) {
  m_animation->stop();
  const auto position = static_cast<int>(m_simulation.position());
  if (position == 0) return;
  prepareBeats(position - 1, position);
  if (beat >= m_beats.size()) return;
  m_shownBeat = beat;
  draw(m_beats[beat]);
  placeToken(m_beats[beat], 0.5);
}

void IpcScene::finishAnimations() {
  m_animation->stop();
  m_beats.clear();
  m_playing.reset();
  showRest();
}

void IpcScene::showRest() {
  const auto& timeline = m_simulation.timeline();
  const auto position = timeline.position();
  m_restBefore = position > 0 ? std::make_unique<IpcState>(timeline.stateAt(position - 1)) : nullptr;
  draw(ipcRest(timeline.state(), m_restBefore.get(), timeline.lastOp(), timeline.lastEvents()));
  placeToken(IpcBeat{}, 0);
}

void IpcScene::clearDynamic() {
  for (QGraphicsItem* item : m_dynamic) {
    removeItem(item);
    delete item;
  }
  m_dynamic.clear();
}

void IpcScene::draw(const IpcBeat& beat) {
  clearDynamic();
  IpcCanvas canvas{*this, m_dynamic, m_layout, beat, m_presentation ? m_type.floorPoints() : 0};
  const IpcMarks marks = ipcMarks(beat);
  drawLanes(canvas, marks);
  drawCards(canvas, marks);
  drawStepLine(beat);
  drawDeadlock(beat);
  m_type.apply(*this, m_presentation);
}

void IpcScene::drawStepLine(const IpcBeat& beat) {
  const auto& timeline = m_simulation.timeline();
  const IpcState& s = *beat.state;
  QString line;
  if (!beat.actor) {
    line = IpcNarrator::tr("Start: %1 processes, %2 objects. Each step runs one action of one process.").arg(s.processes.size()).arg(s.objects.size());
  } else {
    const auto step = m_beats.empty() ? m_simulation.position() : (m_forward ? m_simulation.position() : m_simulation.position() + 1);
    const auto& program = s.setup->processes[*beat.actor].program;
    const QString action = beat.ranPc && *beat.ranPc < program.size() ? IpcNarrator::actionText(*s.setup, *beat.actor, program[*beat.ranPc]) : QString();
    line = IpcNarrator::tr("Step %1 of %2: %3 runs %4").arg(step).arg(m_simulation.stepCount()).arg(IpcNarrator::processName(s, *beat.actor), action);
  }
  Q_UNUSED(timeline);
  m_stepLine->setText(typesetChinese(line));
}

void IpcScene::drawDeadlock(const IpcBeat& beat) {
  if (!beat.outcome || !beat.state->deadlock || !beat.events) return;
  const Deadlocked* d = nullptr;
  for (const auto& e : *beat.events)
    if (const auto* x = std::get_if<Deadlocked>(&e)) d = x;
  if (!d) return;
  QString text;
  if (d->cycle && !d->cycle->empty()) {
    QStringList names;
    for (ProcessId p : *d->cycle) names << IpcNarrator::processName(*beat.state, p);
    names << IpcNarrator::processName(*beat.state, d->cycle->front());
    text = IpcNarrator::tr("Deadlock: %1").arg(names.join(QStringLiteral(" → ")));
  } else {
    text = IpcNarrator::tr("Deadlock: every live process is blocked");
  }
  const QFont font = ViewPalette::font(std::max<qreal>(17, m_presentation ? m_type.floorPoints() : 0), true);
  auto* t = addSimpleText(typesetChinese(text), font);
  t->setBrush(Qt::white);
  const QRectF box(IpcLayout::kWidth - t->boundingRect().width() - 28, m_layout.legendTop - 6, t->boundingRect().width() + 28, 40);
  auto* back = addRect(box, ViewPalette::pen(ViewPalette::fault().darker(130), 2), ViewPalette::fault().darker(130));
  back->setZValue(8);
  t->setZValue(9);
  t->setPos(box.center() - t->boundingRect().center());
  m_dynamic.push_back(back);
  m_dynamic.push_back(t);
}

void IpcScene::placeToken(const IpcBeat& beat, qreal u) {
  if (!beat.flight) {
    m_token->setVisible(false);
    return;
  }
  const IpcFlight& f = *beat.flight;
  m_tokenText->setFont(ViewPalette::font(m_presentation ? std::max<qreal>(17, m_type.floorPoints()) : 17, true));
  m_tokenText->setText(f.text);
  const QRectF textBox = m_tokenText->boundingRect();
  const qreal w = textBox.width() + 20;
  m_token->setRect(0, 0, w, kTokenHeight);
  m_tokenText->setPos(QPointF(w, kTokenHeight) / 2 - textBox.center());
  const bool left = m_layout.onLeft(f.process);
  const QPointF lane = m_layout.laneAnchor(f.process, laneRowY(m_layout, beat, f.process));
  const QPointF card = m_layout.cardAnchor(f.object, left);
  const QPointF from = f.toObject ? lane : card, to = f.toObject ? card : lane;
  // Eased, on a low arc, so the eye follows it.
  const qreal e = u * u * (3 - 2 * u);
  const QPointF at = from + (to - from) * e + QPointF(0, -40 * std::sin(M_PI * e));
  m_token->setPos(at - QPointF(w / 2, kTokenHeight / 2));
  m_token->setVisible(true);
}

QString IpcScene::flightText() const { return m_token->isVisible() ? m_tokenText->text() : QString(); }

QStringList IpcScene::texts() const {
  QStringList out;
  for (QGraphicsItem* item : items())
    if (const auto* text = qgraphicsitem_cast<const QGraphicsSimpleTextItem*>(item); text && text->isVisible() && text->opacity() > 0 &&
                                                                                      (!text->parentItem() || text->parentItem()->isVisible()))
      out << text->text();
  return out;
}

}  // namespace oslens::views
