#pragma once

#include <cstddef>
#include <vector>

#include "engine/core/timeline.h"
#include "engine/sched/cfs/cfs_records.h"

namespace oslens::engine::cfs {

// What the CFS charts plot, for the whole run (computed here so that the views only draw it): at
// each sampled step, every task's vruntime and its CPU share so far next to the share its weight
// promised. The promised CPU time grows, while
// a task is runnable, by weight / (total weight of the runnable tasks) per ns: between two steps
// the runnable set does not change, so summing step by step is exact.
struct CfsShareSamples {
  static constexpr std::size_t kMaxSamples = 2000;
  static constexpr std::size_t kMaxChartedTasks = 16;  // more lines than this cannot be told apart

  std::size_t taskCount = 0;             // tasks charted: the first kMaxChartedTasks
  std::vector<double> timesMs;           // sample times
  std::vector<double> minVruntimeMs;
  // [task][sample]; NaN before the task arrived (nothing to plot yet).
  std::vector<std::vector<double>> vruntimeMs;
  std::vector<std::vector<double>> share;       // runtime / time so far
  std::vector<std::vector<double>> promised;    // promised runtime / time so far

  // One pass over the run (a replay from the initial state, events off).
  static CfsShareSamples collect(const Timeline<CfsReportingModel>& timeline);
};

}  // namespace oslens::engine::cfs
