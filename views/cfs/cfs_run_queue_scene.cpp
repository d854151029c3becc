#include "views/cfs/cfs_run_queue_scene.h"

#include <QGraphicsSimpleTextItem>
#include <cstdlib>

#include "engine/core/step_frame.h"
#include "views/cfs/cfs_narrator.h"
#include "views/cfs/cfs_tree_diagram.h"
#include "views/cfs/cpu_box.h"
#include "views/core/view_palette.h"
#include "views/kit/duration_text.h"

namespace oslens::views {

using namespace engine::cfs;

namespace {
constexpr qreal kMargin = 16;
constexpr qreal kTop = 70;       // below the two header lines
constexpr qreal kTreeLeft = CpuBox::kWidth + 170;  // room for the leftmost's label

// The tree's events of one step, with the keys RbTree::apply needs.
std::vector<KeyedRbEvent> treeEvents(const std::vector<CfsEvent>& events) {
  std::vector<KeyedRbEvent> out;
  for (const CfsEvent& e : events)
    if (const auto* tree = std::get_if<CfsTree>(&e)) out.push_back({tree->change, tree->key});
  return out;
}
}  // namespace

CfsRunQueueScene::CfsRunQueueScene(const CfsSimulation& simulation, QObject* parent)
    : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  m_note = addSimpleText(QString(), ViewPalette::font(10.5));
  m_note->setBrush(ViewPalette::muted());
  m_note->setPos(0, 0);
  m_status = addSimpleText(QString(), ViewPalette::font(13, true));
  m_status->setBrush(ViewPalette::ink());
  m_status->setPos(0, 22);
  m_treeTitle = addSimpleText(QString(), ViewPalette::font(11, true));
  m_treeTitle->setBrush(ViewPalette::ink());
  m_treeTitle->setPos(kTreeLeft, kTop - 4);
  m_cpu = std::make_unique<CpuBox>(*this, QPointF(0, kTop));
  m_tree = new CfsTreeDiagram(this, this);
  m_tree->setOrigin(QPointF(kTreeLeft, kTop + 26));
  m_tree->setNodeText([this](engine::rbtree::NodeId id, std::uint64_t key) {
    const auto& s = m_simulation.timeline().state();
    return CfsTreeDiagram::NodeText{QString::fromStdString(s.name(id)), durationText(static_cast<std::int64_t>(key))};
  });
  connect(m_tree, &CfsTreeDiagram::finished, this, [this] { fitSceneRect(true); });
  const auto position = static_cast<int>(simulation.position());
  showPosition(position, position, false);
  retranslate();
}

CfsRunQueueScene::~CfsRunQueueScene() = default;

QString CfsRunQueueScene::statusText() const {
  const CfsState& s = m_simulation.timeline().state();
  return CfsNarrator::tr("t = %1    min_vruntime %2    %3 runnable    period %4")
      .arg(durationText(s.now), durationText(static_cast<std::int64_t>(s.minVruntime)))
      .arg(s.nrRunning)
      .arg(durationText(s.params().period(std::max<std::uint32_t>(s.nrRunning, 1))));
}

void CfsRunQueueScene::showPosition(int from, int to, bool animate) {
  const auto& timeline = m_simulation.timeline();
  const CfsState& now = timeline.state();
  if (animate && std::abs(to - from) == 1) {
    // Forwards: from the tree before the step through its events; backwards: the same events in
    // reverse, ending on the tree of now.
    const bool forward = to > from;
    const auto frame = engine::stepFrameOfMove(timeline, from, to);
    m_tree->animate(forward ? frame.before.tree : now.tree, treeEvents(frame.events), forward);
  } else {
    m_tree->show(now.tree);
  }
  // The tree's bounds now cover the whole running step.
  m_cpu->show(now);
  refreshTexts();
  fitSceneRect(std::abs(to - from) == 1);
}

void CfsRunQueueScene::finishAnimations() {
  m_tree->finish();
  fitSceneRect(true);
}

void CfsRunQueueScene::refreshTexts() {
  m_note->setText(CfsNarrator::modelNote());
  m_status->setText(statusText());
  m_treeTitle->setText(CfsNarrator::tr("Run queue: a red-black tree by vruntime"));
}

void CfsRunQueueScene::retranslate() {
  refreshTexts();
  m_cpu->show(m_simulation.timeline().state());
  m_tree->retranslate();
  if (!m_tree->running()) m_tree->show(m_simulation.timeline().state().tree);
  fitSceneRect(false);
}

bool CfsRunQueueScene::isAnimating() const { return m_tree->running(); }

void CfsRunQueueScene::setAnimationSpeed(double speed) { m_tree->setSpeed(speed); }

// Step by step the picture only grows (an animation's room is kept when it ends, a smaller tree
// does not zoom the picture in), so it does not jump in scale under the class's eyes; a jump or a
// new language fits it anew.
void CfsRunQueueScene::fitSceneRect(bool keepRoom) {
  QRectF bounds = m_cpu->bounds().united(m_tree->bounds()).united(m_status->sceneBoundingRect());
  bounds = bounds.united(m_note->sceneBoundingRect()).united(m_treeTitle->sceneBoundingRect());
  bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
  if (keepRoom) bounds = bounds.united(sceneRect());
  setSceneRect(bounds);
}

}  // namespace oslens::views
