#pragma once

#include <QString>

#include "views/kit/matrix_table.h"

namespace oslens::views {

// The moments of a Work/Finish scan on the matrices view, the same for the banker's safety
// algorithm and the detection algorithm: Work appears, each examination outlines its row and
// marks the demand row (Need or Request) against Work, a finish fills in Finish and grows Work,
// and the end marks the processes that could not finish. One overload of a module's visitor.
struct ScanMoments {
  MatrixTable& table;
  int demandGroup;      // Need or Request
  int allocationGroup;  // what a finishing process gives back

  void operator()(const engine::deadlock::ScanBegin& e) const;
  void operator()(const engine::deadlock::ScanExamine& e) const;
  void operator()(const engine::deadlock::ScanFinish& e) const;
  void operator()(const engine::deadlock::ScanEnd& e) const;
};

}  // namespace oslens::views
