#include "views/banker/banker_matrices.h"

#include "engine/core/overloaded.h"
#include "views/kit/scan_moments.h"
#include "views/banker/banker_narrator.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/sentences.h"

namespace oslens::views {

using namespace engine::deadlock;
using namespace engine::deadlock::banker;

MatrixTable BankerMatrices::tableOf(const BankerState& s) {
  QStringList processes, resources;
  for (const auto& name : s.setup->processes) processes << QString::fromStdString(name);
  for (const auto& resource : s.setup->resources) resources << QString::fromStdString(resource.name);
  MatrixTable t(processes, resources, {{tr("Allocation"), s.allocation}, {tr("Max"), s.setup->max}, {tr("Need"), s.needMatrix()}},
                tr("Available"), tr("Request"), tr("Work"));
  t.setVector(MatrixTable::kAvailable, s.available);
  return t;
}

QString BankerMatrices::caption(const BankerState& after, const BankerEvent& event) {
  return joinSentences(BankerNarrator::eventSentences(after, event));
}

namespace {

void setRow(CountMatrix& matrix, ProcessId p, std::span<const Count> values) {
  std::copy(values.begin(), values.end(), matrix.row(p).begin());
}

// Row p's allocation changed (a release, a roll-back): Need = Max - Allocation follows, and the
// row and Available are marked.
void allocationChanged(MatrixTable& t, ProcessId p, const ResourceVector& available) {
  auto& need = t.groups[BankerMatrices::kNeed].values;
  for (std::size_t r = 0; r < need.columns(); ++r)
    need.at(p, r) = t.groups[BankerMatrices::kMax].values.at(p, r) - t.groups[BankerMatrices::kAllocation].values.at(p, r);
  t.setVector(MatrixTable::kAvailable, available);
  t.markRowChanged(BankerMatrices::kAllocation, p);
  t.markVectorChanged(MatrixTable::kAvailable);
}

}  // namespace

void BankerMatrices::apply(MatrixTable& t, const BankerState& after, const BankerEvent& event) {
  t.clearMoment();
  constexpr int available = MatrixTable::kAvailable;
  constexpr int request = MatrixTable::kRequest;
  std::visit(
      engine::Overloaded{
          ScanMoments{t, kNeed, kAllocation},
          [&](const ClaimCheck& e) {
            t.setVector(request, e.request);
            // Whose request: on a slide the row in focus alone does not say it.
            t.vectors[request].title = typesetChinese(tr("Request of %1").arg(t.processes.value(static_cast<int>(e.process))));
            t.focusRow = e.process;
            t.compareRowWithVector(kNeed, e.process, request, e.request, e.need);
          },
          [&](const AvailableCheck& e) {
            t.setVector(request, e.request);
            t.vectors[request].title = typesetChinese(tr("Request of %1").arg(t.processes.value(static_cast<int>(e.process))));
            t.focusRow = e.process;
            t.compareRowWithVector(-1, 0, request, e.request, e.available);
            t.compareRowWithVector(-1, 0, available, e.request, e.available);
          },
          [&](const TrialAllocation& e) {
            t.focusRow = e.process;
            setRow(t.groups[kAllocation].values, e.process, e.allocation);
            setRow(t.groups[kNeed].values, e.process, e.need);
            t.setVector(available, e.available);
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
              allocationChanged(t, e.process, after.available);
            }
          },
          [&](const Released& e) {
            t.focusRow = e.process;
            subtractFrom(t.groups[kAllocation].values.row(e.process), e.vector);
            allocationChanged(t, e.process, e.available);
          },
          [&](const ReleaseRefused& e) {
            t.focusRow = e.process;
            t.marks.push_back({MatrixTable::Cell{kAllocation, -1, e.process, e.exceeds}, MatrixTable::Mark::Exceeds});
          },
      },
      event);
}

}  // namespace oslens::views
