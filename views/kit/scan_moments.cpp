#include "views/kit/scan_moments.h"

namespace oslens::views {

using namespace engine::deadlock;

void ScanMoments::operator()(const ScanBegin& e) const {
  table.scanning = true;
  table.finish = e.finish;
  table.sequence.clear();
  table.setVector(MatrixTable::kWork, e.work);
  table.markVectorChanged(MatrixTable::kWork);
}

void ScanMoments::operator()(const ScanExamine& e) const {
  table.focusRow = e.process;
  table.compareRowWithVector(demandGroup, e.process, MatrixTable::kWork, e.demand, e.work);
}

void ScanMoments::operator()(const ScanFinish& e) const {
  table.focusRow = e.process;
  table.finish[e.process] = true;
  table.sequence.push_back(e.process);
  table.setVector(MatrixTable::kWork, e.work);
  table.markVectorChanged(MatrixTable::kWork);
  table.markRowChanged(allocationGroup, e.process);
}

// The end says how the scan came out, also for the examinations past the recorded ones
// (kMaxRecordedExaminations): Work, Finish and the sequence are taken from it whole.
void ScanMoments::operator()(const ScanEnd& e) const {
  table.setVector(MatrixTable::kWork, e.work);
  table.sequence = e.sequence;
  table.finish.assign(static_cast<std::size_t>(table.processes.size()), true);
  for (ProcessId p : e.unfinished) {
    table.finish[p] = false;
    table.rowStates[p] = MatrixTable::RowState::Stuck;
  }
  if (!e.unfinished.empty()) table.focusRow = e.unfinished.front();
}

}  // namespace oslens::views
