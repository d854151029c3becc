#pragma once

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/module_view.h"

namespace oslens::views {

class WalkScene;
class FramesScene;
class TlbScene;
class TlbChart;
class MemoryDumpScene;

// Address translation: the walk of the step's address ("walk"); in managed mode also physical
// memory with the processes and swap ("memory"), the TLB ("tlb") and the rates chart ("rates"); in
// image mode physical memory as a page dump of what the walk read ("memory"). The walk on top, the
// other pictures below it.
class TranslationView : public ModuleView {
  Q_OBJECT

 public:
  TranslationView(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  QWidget* createWidget(QWidget* parent) override;

  WalkScene* walk() const { return m_walk; }

 private:
  WalkScene* m_walk;
  FramesScene* m_frames = nullptr;
  TlbScene* m_tlb = nullptr;
  TlbChart* m_chart = nullptr;
  MemoryDumpScene* m_dump = nullptr;
};

}  // namespace oslens::views
