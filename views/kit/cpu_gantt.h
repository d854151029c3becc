#pragma once

#include <QGraphicsScene>
#include <QStringList>
#include <vector>

#include "engine/sched/workload/sched_step.h"

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace oslens::views {

// Who ran when: a row per task (the first kMaxRows tasks) under a "CPU" row, bars in each task's
// colour (ItemPalette; named in the CPU row where a bar is wide enough) up to the step shown, on a time axis that spans the whole run (so it does not rescale as
// the steps advance). Built from the scheduler's step ops alone (SchedStep: when each step ends
// and who runs after it). Bars are drawn per pixel column, so 10^6 slices cost no more than 100.
class CpuGantt : public QGraphicsScene {
  Q_OBJECT

 public:
  static constexpr int kMaxRows = 16;
  static constexpr qreal kPlotWidth = 900;

  CpuGantt(QStringList taskNames, std::vector<engine::sched::SchedStep> steps, QObject* parent = nullptr);

  void showPosition(std::size_t position);
  void retranslate();

  struct Slice {
    engine::sched::TaskId task;
    engine::sched::Nanoseconds fromNs, toNs;
  };
  // The slices up to step `position`, consecutive steps of one task merged, idle time left out.
  static std::vector<Slice> slicesUpTo(const std::vector<engine::sched::SchedStep>& steps, std::size_t position);
  // Tests: the x of a time, and how many pixel columns of a task's row are filled.
  qreal xOf(engine::sched::Nanoseconds ns) const;
  int filledColumns(std::size_t task) const;

 private:
  void buildAxis();

  QStringList m_names;
  std::vector<engine::sched::SchedStep> m_steps;
  engine::sched::Nanoseconds m_endNs = 1;
  std::vector<QGraphicsPathItem*> m_rowBars;  // per task: its row
  std::vector<QGraphicsPathItem*> m_cpuBars;  // per task: its part of the CPU row
  // Per task, over the two above: its hatch (tasks from the thirteenth on, ItemPalette).
  std::vector<QGraphicsPathItem*> m_rowHatches;
  std::vector<QGraphicsPathItem*> m_cpuHatches;
  // Task names written in the CPU row's bars that are wide enough for them.
  std::vector<QGraphicsSimpleTextItem*> m_cpuNames;
  std::vector<int> m_filled;
  QGraphicsSimpleTextItem* m_cpuLabel = nullptr;
  QGraphicsSimpleTextItem* m_title = nullptr;
  QGraphicsLineItem* m_now = nullptr;
};

}  // namespace oslens::views
