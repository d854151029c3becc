#pragma once

#include <QGraphicsScene>
#include <vector>

#include "engine/sched/baseline/baseline_scenario.h"

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace oslens::views {

// A baseline scheduler at one step: the policy and the clock, the CPU with the task on it (what
// is left of its burst, and of its quantum under RR), and the ready queue as a row of chips in
// the order the policy will pick them, each with what the policy orders by.
class ReadyQueueScene : public QGraphicsScene {
  Q_OBJECT

 public:
  static constexpr int kMaxChips = 24;  // more ready tasks: "+N more"

  explicit ReadyQueueScene(const engine::baseline::BaselineSimulation& simulation, QObject* parent = nullptr);

  void refresh();
  void retranslate() { refresh(); }
  QString cpuText() const;           // tests: the running task's name, or empty
  QStringList queueTexts() const;    // tests: the chips' names, head first

 private:
  const engine::baseline::BaselineSimulation& m_simulation;
  QGraphicsSimpleTextItem* m_title;
  QGraphicsSimpleTextItem* m_status;
  QGraphicsRectItem* m_cpu;
  QGraphicsSimpleTextItem* m_cpuLabel;
  QGraphicsRectItem* m_cpuChip;
  QGraphicsSimpleTextItem* m_cpuTask;
  QGraphicsSimpleTextItem* m_cpuDetail;
  QGraphicsSimpleTextItem* m_queueLabel;
  QGraphicsSimpleTextItem* m_more;
  std::vector<QGraphicsRectItem*> m_chips;
  std::vector<QGraphicsSimpleTextItem*> m_chipNames;
  std::vector<QGraphicsSimpleTextItem*> m_chipDetails;
};

}  // namespace oslens::views
