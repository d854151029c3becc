#include "engine/sched/cfs/cfs_share_samples.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace oslens::engine::cfs {

CfsShareSamples CfsShareSamples::collect(const Timeline<CfsReportingModel>& timeline) {
  CfsShareSamples out;
  CfsState s = timeline.initialState();
  const std::size_t tasks = s.tasks.size();
  out.taskCount = std::min(tasks, kMaxChartedTasks);
  out.vruntimeMs.resize(out.taskCount);
  out.share.resize(out.taskCount);
  out.promised.resize(out.taskCount);
  const std::size_t steps = timeline.size();
  const std::size_t stride = std::max<std::size_t>(1, (steps + kMaxSamples - 1) / kMaxSamples);
  std::vector<double> promisedNs(out.taskCount, 0.0);
  const double nan = std::numeric_limits<double>::quiet_NaN();

  auto sample = [&] {
    const double t = static_cast<double>(s.now);
    out.timesMs.push_back(t / 1e6);
    out.minVruntimeMs.push_back(static_cast<double>(s.minVruntime) / 1e6);
    for (std::size_t id = 0; id < out.taskCount; ++id) {
      const CfsTask& task = s.tasks[id];
      const bool arrived = task.run.state != sched::TaskState::New;
      out.vruntimeMs[id].push_back(arrived ? static_cast<double>(task.vruntime) / 1e6 : nan);
      out.share[id].push_back(t > 0 ? static_cast<double>(task.run.runtimeNs) / t : nan);
      out.promised[id].push_back(t > 0 ? promisedNs[id] / t : nan);
    }
  };
  sample();
  EventLog<CfsEvent> silent(false);
  for (std::size_t step = 0; step < steps; ++step) {
    // The runnable set and weights hold from this step's start to its end.
    const double load = static_cast<double>(s.loadWeight);
    const Nanoseconds from = s.now;
    std::vector<double> weights(out.taskCount, 0.0);
    for (std::size_t id = 0; id < out.taskCount; ++id) {
      const auto state = s.tasks[id].run.state;
      if (state == sched::TaskState::Ready || state == sched::TaskState::Running)
        weights[id] = static_cast<double>(s.tasks[id].weight);
    }
    CfsModel::step(s, timeline.ops()[step], silent);
    const double dt = static_cast<double>(s.now - from);
    if (load > 0)
      for (std::size_t id = 0; id < out.taskCount; ++id) promisedNs[id] += dt * weights[id] / load;
    if ((step + 1) % stride == 0 || step + 1 == steps) sample();
  }
  return out;
}

}  // namespace oslens::engine::cfs
