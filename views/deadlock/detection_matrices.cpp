#include "views/deadlock/detection_matrices.h"

#include "engine/core/overloaded.h"
#include "views/kit/scan_moments.h"
#include "views/deadlock/detection_narrator.h"
#include "views/core/sentences.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::detection;


namespace {

MatrixTable::RowState rowState(ProcessStatus status) {
  switch (status) {
    case ProcessStatus::Waiting: return MatrixTable::RowState::Waiting;
    case ProcessStatus::Aborted: return MatrixTable::RowState::Aborted;
    case ProcessStatus::Running: break;
  }
  return MatrixTable::RowState::Normal;
}

// Changes row p of a matrix by `amount` (added, or subtracted when `sign` is -1), or clears it
// (sign 0), marks it, and sets the row's status from what the table now says.
void changeRow(MatrixTable& t, int group, ProcessId p, std::span<const Count> amount, int sign) {
  auto row = t.groups[static_cast<std::size_t>(group)].values.row(p);
  for (std::size_t r = 0; r < row.size(); ++r) row[r] = sign == 0 ? 0 : row[r] + sign * amount[r];
  t.markRowChanged(group, p);
  t.focusRow = p;
  if (t.rowStates[p] != MatrixTable::RowState::Aborted)
    t.rowStates[p] = isZero(t.groups[DetectionMatrices::kRequest].values.row(p)) ? MatrixTable::RowState::Normal
                                                                                 : MatrixTable::RowState::Waiting;
}

void setAvailable(MatrixTable& t, const ResourceVector& available) {
  t.setVector(MatrixTable::kAvailable, available);
  t.markVectorChanged(MatrixTable::kAvailable);
}

}  // namespace

MatrixTable DetectionMatrices::tableOf(const DetectionState& s) {
  QStringList processes, resources;
  for (const auto& name : s.setup->processes) processes << QString::fromStdString(name);
  for (const auto& resource : s.setup->resources) resources << QString::fromStdString(resource.name);
  MatrixTable t(processes, resources, {{tr("Allocation"), s.allocation}, {tr("Request"), s.request}}, tr("Available"),
                QString(), tr("Work"));
  t.setVector(MatrixTable::kAvailable, s.available);
  for (ProcessId p = 0; p < s.processCount(); ++p) t.rowStates[p] = rowState(s.status(p));
  return t;
}

QString DetectionMatrices::caption(const DetectionState& after, const DetectionEvent& event) {
  return joinSentences(DetectionNarrator::eventSentences(after, event));
}

void DetectionMatrices::apply(MatrixTable& t, const DetectionState& after, const DetectionEvent& event) {
  t.clearMoment();
  std::visit(engine::Overloaded{
                 ScanMoments{t, kRequest, kAllocation},
                 [&](const RequestGranted& e) {
                   changeRow(t, kAllocation, e.process, e.vector, +1);
                   setAvailable(t, e.available);
                 },
                 [&](const RequestWaits& e) {
                   changeRow(t, kRequest, e.process, e.vector, +1);
                   t.marks.push_back({MatrixTable::Cell{-1, MatrixTable::kAvailable, 0, e.exceeds}, MatrixTable::Mark::Exceeds});
                 },
                 [&](const Refused& e) {
                   if (e.process != kNoProcess) t.focusRow = e.process;
                 },
                 [&](const Released& e) {
                   changeRow(t, kAllocation, e.process, e.vector, -1);
                   setAvailable(t, e.available);
                 },
                 [&](const WaiterGranted& e) {
                   changeRow(t, kAllocation, e.process, e.vector, +1);
                   changeRow(t, kRequest, e.process, e.vector, 0);
                   setAvailable(t, e.available);
                 },
                 [&](const Aborted& e) {
                   t.rowStates[e.process] = MatrixTable::RowState::Aborted;
                   changeRow(t, kAllocation, e.process, e.freed, 0);
                   changeRow(t, kRequest, e.process, e.freed, 0);
                   setAvailable(t, e.available);
                 },
                 [&](const Preempted& e) {
                   changeRow(t, kAllocation, e.process, e.vector, -1);
                   changeRow(t, kRequest, e.process, e.vector, +1);
                   setAvailable(t, e.available);
                 },
                 [&](const DetectionStart&) {},
                 [&](const GraphCycle&) {},
                 [&](const Deadlocked&) {},
             },
             event);
}

}  // namespace oslens::views
