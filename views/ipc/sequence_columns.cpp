#include "views/ipc/sequence_columns.h"

#include <algorithm>
#include <cmath>

namespace oslens::views {

using namespace engine::ipc;

namespace {

// + for each action that puts something into an object, − for each that takes something out.
int direction(const ProcessSpec& process) {
  int score = 0;
  for (const Action& a : process.program) {
    if (std::holds_alternative<WriteAction>(a) || std::holds_alternative<MqSendAction>(a) || std::holds_alternative<MsgSendAction>(a) ||
        std::holds_alternative<StoreAction>(a))
      ++score;
    else if (std::holds_alternative<ReadAction>(a) || std::holds_alternative<MqReceiveAction>(a) ||
             std::holds_alternative<MsgReceiveAction>(a) || std::holds_alternative<LoadAction>(a))
      --score;
    else if (const auto* s = std::get_if<SemAction>(&a))
      score += s->op == SemOp::Post ? 1 : -1;
  }
  return score;
}

}  // namespace

std::optional<qreal> SequenceColumns::xOf(SequenceColumn column) const {
  for (const Placed& p : shown)
    if (p.column == column) return p.x;
  return std::nullopt;
}

SequenceColumns SequenceColumns::place(const IpcSetup& setup, qreal left, qreal maxWidth, qreal idealPitch, qreal minPitch) {
  const std::size_t processes = setup.processes.size();
  std::vector<std::uint32_t> putters, takers, neutral;
  for (std::uint32_t p = 0; p < processes; ++p) {
    const int d = direction(setup.processes[p]);
    (d > 0 ? putters : d < 0 ? takers : neutral).push_back(p);
  }
  // The undecided go to the shorter side, in order; one side empty: the list is halved.
  for (std::uint32_t p : neutral) (putters.size() <= takers.size() ? putters : takers).push_back(p);
  if (processes >= 2 && (putters.empty() || takers.empty())) {
    std::vector<std::uint32_t> all = putters.empty() ? takers : putters;
    std::sort(all.begin(), all.end());
    putters.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>((all.size() + 1) / 2));
    takers.assign(all.begin() + static_cast<std::ptrdiff_t>((all.size() + 1) / 2), all.end());
  }
  std::sort(putters.begin(), putters.end());
  std::sort(takers.begin(), takers.end());

  const std::size_t objects = setup.objects.size();
  const std::size_t total = processes + objects;
  const auto fits = static_cast<std::size_t>(std::max(1.0, std::floor(maxWidth / minPitch)));
  std::size_t objectsShown = objects, putShown = putters.size(), takeShown = takers.size();
  if (total > fits) {
    objectsShown = std::min(objects, std::max(fits / 2, fits - std::min(fits, processes)));
    std::size_t processesShown = std::min(processes, fits - objectsShown);
    putShown = std::min(putters.size(), (processesShown + 1) / 2);
    takeShown = std::min(takers.size(), processesShown - putShown);
    putShown = std::min(putters.size(), processesShown - takeShown);
  }
  SequenceColumns out;
  out.hiddenObjects = static_cast<int>(objects - objectsShown);
  out.hiddenProcesses = static_cast<int>(processes - putShown - takeShown);
  std::vector<SequenceColumn> order;
  for (std::size_t i = 0; i < putShown; ++i) order.push_back(SequenceColumn::process(putters[i]));
  for (std::uint32_t o = 0; o < objectsShown; ++o) order.push_back(SequenceColumn::object(o));
  for (std::size_t i = 0; i < takeShown; ++i) order.push_back(SequenceColumn::process(takers[i]));
  const auto n = static_cast<qreal>(std::max<std::size_t>(order.size(), 1));
  out.pitch = std::clamp(maxWidth / n, minPitch, idealPitch);
  for (std::size_t i = 0; i < order.size(); ++i) out.shown.push_back({order[i], left + out.pitch * (static_cast<qreal>(i) + 0.5)});
  out.right = left + out.pitch * n;
  return out;
}

}  // namespace oslens::views
