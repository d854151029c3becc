#pragma once

#include <QGraphicsScene>
#include <memory>

#include "engine/sched/cfs/cfs_scenario.h"

class QGraphicsSimpleTextItem;

namespace oslens::views {

class CpuBox;
class CfsTreeDiagram;

// The run queue as CFS keeps it: the red-black tree of the runnable tasks ordered by vruntime
// (leftmost = next to run), the CPU with the task taken out of the tree to run, and a header with
// the clock, min_vruntime, the number of runnable tasks and the period. Stepping animates the
// tree's inserts and erases event by event, forwards or backwards.
class CfsRunQueueScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit CfsRunQueueScene(const engine::cfs::CfsSimulation& simulation, QObject* parent = nullptr);
  ~CfsRunQueueScene() override;

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  bool isAnimating() const;
  void retranslate();
  void setAnimationSpeed(double speed);

  CfsTreeDiagram* tree() const { return m_tree; }
  CpuBox* cpu() const { return m_cpu.get(); }
  QString statusText() const;

 private:
  void refreshTexts();
  void fitSceneRect(bool keepRoom);

  const engine::cfs::CfsSimulation& m_simulation;
  QGraphicsSimpleTextItem* m_note;
  QGraphicsSimpleTextItem* m_status;
  QGraphicsSimpleTextItem* m_treeTitle;
  std::unique_ptr<CpuBox> m_cpu;
  CfsTreeDiagram* m_tree;
};

}  // namespace oslens::views
