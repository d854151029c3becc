#include "views/deadlock/scan_moments.h"

namespace oslens::views {

using namespace engine::deadlock;

void ScanMoments::operator()(const ScanBegin& e) const {
  table.scanning = true;
  table.finish = e.finish;
  table.sequence.clear();
  table.setVector(workTitle, e.work);
  table.markVectorChanged(table.vectorIndex(workTitle));
}

void ScanMoments::operator()(const ScanExamine& e) const {
  table.focusRow = e.process;
  table.compareRowWithVector(demandGroup, e.process, table.vectorIndex(workTitle), e.demand, e.work);
}

void ScanMoments::operator()(const ScanFinish& e) const {
  table.focusRow = e.process;
  table.finish[e.process] = true;
  table.sequence.push_back(e.process);
  table.setVector(workTitle, e.work);
  table.markVectorChanged(table.vectorIndex(workTitle));
  table.markRowChanged(allocationGroup, e.process);
}

void ScanMoments::operator()(const ScanEnd& e) const {
  for (ProcessId p : e.unfinished) table.rowStates[p] = MatrixTable::RowState::Stuck;
}

}  // namespace oslens::views
