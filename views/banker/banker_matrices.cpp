#include "views/banker/banker_matrices.h"

#include "engine/core/overloaded.h"
#include "views/deadlock/scan_moments.h"
#include "views/banker/banker_narrator.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::banker;

QString BankerMatrices::availableTitle() { return tr("Available"); }
QString BankerMatrices::requestTitle() { return tr("Request"); }
QString BankerMatrices::workTitle() { return tr("Work"); }

MatrixTable BankerMatrices::tableOf(const BankerState& s) {
  MatrixTable t;
  for (const auto& name : s.setup->processes) t.processes << QString::fromStdString(name);
  for (const auto& resource : s.setup->resources) t.resources << QString::fromStdString(resource.name);
  t.groups = {{tr("Allocation"), s.allocation}, {tr("Max"), s.setup->max}, {tr("Need"), s.needMatrix()}};
  t.vectors = {{availableTitle(), s.available}};
  t.vectorTitles = {availableTitle(), requestTitle(), workTitle()};
  t.rowStates.assign(s.processCount(), MatrixTable::RowState::Normal);
  return t;
}

namespace {

void setRow(CountMatrix& matrix, ProcessId p, std::span<const Count> values) {
  std::copy(values.begin(), values.end(), matrix.row(p).begin());
}

// Need = Max - Allocation for row p, after the allocation changed.
void updateNeed(MatrixTable& t, ProcessId p) {
  auto& need = t.groups[BankerMatrices::kNeed].values;
  for (std::size_t r = 0; r < need.columns(); ++r)
    need.at(p, r) = t.groups[BankerMatrices::kMax].values.at(p, r) - t.groups[BankerMatrices::kAllocation].values.at(p, r);
}

}  // namespace

void BankerMatrices::apply(MatrixTable& t, const BankerState& after, const BankerEvent& event) {
  const QString previousCaption = t.caption;
  t.clearMoment();
  const int available = t.vectorIndex(availableTitle());
  std::visit(
      engine::Overloaded{
          ScanMoments{t, kNeed, kAllocation, workTitle()},
          [&](const ClaimCheck& e) {
            t.setVector(requestTitle(), e.request);
            t.focusRow = e.process;
            t.compareRowWithVector(kNeed, e.process, t.vectorIndex(requestTitle()), e.request, e.need);
          },
          [&](const AvailableCheck& e) {
            t.setVector(requestTitle(), e.request);
            t.focusRow = e.process;
            t.compareRowWithVector(-1, 0, t.vectorIndex(requestTitle()), e.request, e.available);
            t.compareRowWithVector(-1, 0, available, e.request, e.available);
          },
          [&](const TrialAllocation& e) {
            t.focusRow = e.process;
            setRow(t.groups[kAllocation].values, e.process, e.allocation);
            setRow(t.groups[kNeed].values, e.process, e.need);
            t.setVector(availableTitle(), e.available);
            t.markRowChanged(kAllocation, e.process);
            t.markRowChanged(kNeed, e.process);
            t.markVectorChanged(available);
          },
          [&](const SafetyCheck&) {},
          [&](const SafeSequences&) {},
          [&](const RequestDecision& e) {
            t.focusRow = e.process;
            if (e.outcome == RequestOutcome::Unsafe) {  // the roll-back: the table as the step leaves it
              setRow(t.groups[kAllocation].values, e.process, after.allocation.row(e.process));
              updateNeed(t, e.process);
              t.setVector(availableTitle(), after.available);
              t.markRowChanged(kAllocation, e.process);
              t.markVectorChanged(available);
            }
          },
          [&](const Released& e) {
            t.focusRow = e.process;
            subtractFrom(t.groups[kAllocation].values.row(e.process), e.vector);
            updateNeed(t, e.process);
            t.setVector(availableTitle(), e.available);
            t.markRowChanged(kAllocation, e.process);
            t.markVectorChanged(available);
          },
          [&](const ReleaseRefused& e) {
            t.focusRow = e.process;
            t.marks.push_back({MatrixTable::Cell{kAllocation, -1, e.process, e.exceeds}, MatrixTable::Mark::Exceeds});
          },
      },
      event);
  // An event with nothing to say (the verdict already said) keeps the caption before it.
  const QStringList sentences = BankerNarrator::eventSentences(after, event);
  t.caption = sentences.isEmpty() ? previousCaption : sentences.join(QLatin1Char(' '));
}

}  // namespace oslens::views
