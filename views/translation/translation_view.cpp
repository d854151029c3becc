#include "views/translation/translation_view.h"

#include <QSplitter>
#include <QTabWidget>

#include "views/core/fitted_scene_view.h"
#include "views/translation/frames_scene.h"
#include "views/translation/memory_dump_scene.h"
#include "views/translation/tlb_scene.h"
#include "views/translation/tlb_chart.h"
#include "views/translation/walk_scene.h"

namespace oslens::views {

namespace {
const QString kWalk = QStringLiteral("walk");
const QString kMemory = QStringLiteral("memory");
const QString kTlb = QStringLiteral("tlb");
const QString kRates = QStringLiteral("rates");
}  // namespace

TranslationView::TranslationView(const engine::translation::TranslationSimulation& simulation, QObject* parent)
    : ModuleView(parent), m_walk(new WalkScene(simulation, this)) {
  addScene(kWalk, QT_TR_NOOP("The walk: address, TLB, page tables"), m_walk);
  if (simulation.timeline().state().imageMode()) {
    m_dump = new MemoryDumpScene(simulation, this);
    addScene(kMemory, QT_TR_NOOP("Physical memory: the bytes the walk read"), m_dump);
  } else {
    m_frames = new FramesScene(simulation, this);
    m_tlb = new TlbScene(simulation, this);
    addScene(kMemory, QT_TR_NOOP("Physical memory and swap"), m_frames);
    addScene(kTlb, QT_TR_NOOP("The TLB"), m_tlb);
    // The chart replays the run once: made when first shown or exported.
    const auto* sim = &simulation;
    addSceneMadeOnFirstUse(kRates, QT_TR_NOOP("Hit rate, faults and access time (chart)"),
                           [this, sim] {
                             if (!m_chart) m_chart = new TlbChart(*sim, this);
                             return m_chart;
                           },
                           SceneHooks{.showPosition = [this](int from, int to, bool animate) {
                                        if (m_chart) m_chart->showPosition(from, to, animate);
                                      },
                                      .retranslate = [this] {
                                        if (m_chart) m_chart->retranslate();
                                      }});
  }
}

// The walk is what each step is about: on top. Memory and the TLB share the space below.
QWidget* TranslationView::createWidget(QWidget* parent) {
  auto* walk = createSceneView(kWalk, QStringLiteral("translationWalkView"), nullptr);
  if (m_dump) return stack(walk, createSceneView(kMemory, QStringLiteral("translationMemoryView"), nullptr), 3, 2, {560, 380}, parent);
  auto* tabs = createSceneTabs({{kMemory, QStringLiteral("translationMemoryView")},
                                {kTlb, QStringLiteral("translationTlbView")},
                                {kRates, QStringLiteral("translationRatesView")}},
                               nullptr);
  return stack(walk, tabs, 3, 2, {560, 380}, parent);
}

}  // namespace oslens::views
