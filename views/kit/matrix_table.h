#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "engine/deadlock/common/scan_events.h"

namespace oslens::views {

// What the matrices view shows at one moment: the per-process tables (Allocation, Max, Need or
// Allocation, Request), the vectors (Available, a request, Work), Finish, and what to highlight.
// A module fills it from its state and then plays a step's events into it one by one, so the
// picture follows the algorithm as a student does it on paper.
struct MatrixTable {
  struct Group {
    QString title;
    engine::deadlock::CountMatrix values;
  };
  // The vectors under the tables, each in a fixed slot, shown once set.
  struct Vector {
    QString title;
    engine::deadlock::ResourceVector values;
    bool shown = false;
  };
  static constexpr int kAvailable = 0;
  static constexpr int kRequest = 1;  // the request being checked (banker)
  static constexpr int kWork = 2;
  // A cell: in group `group` at (row, column), or in vector slot `vector` (row unused).
  struct Cell {
    int group = -1;
    int vector = -1;
    std::size_t row = 0;
    std::size_t column = 0;
    bool operator==(const Cell&) const = default;
  };
  enum class Mark { Fits, Exceeds, Changed };
  struct MarkedCell {
    Cell cell;
    Mark mark = Mark::Fits;
  };
  enum class RowState { Normal, Waiting, Aborted, Stuck };  // Stuck: unfinished, deadlocked

  QStringList processes;
  QStringList resources;
  std::vector<Group> groups;
  std::vector<Vector> vectors;  // by slot; a slot without a title is never used
  std::vector<RowState> rowStates;
  // Work and Finish appear while a scan runs and stay until the step ends.
  bool scanning = false;
  std::vector<bool> finish;
  std::vector<engine::deadlock::ProcessId> sequence;  // in the order they finished

  // Highlights of the moment.
  std::optional<engine::deadlock::ProcessId> focusRow;
  std::vector<MarkedCell> marks;
  QString caption;

  // The tables with their titles; the vectors' titles by slot (empty: a slot the module lacks).
  MatrixTable(const QStringList& processNames, const QStringList& resourceNames, std::vector<Group> matrices,
              const QString& availableTitle, const QString& requestTitle, const QString& workTitle);
  MatrixTable() = default;

  void setVector(int slot, const engine::deadlock::ResourceVector& values);
  // Before each event: no marks (the row in focus stays until an event moves it).
  void clearMoment();
  // Marks each column of a group row against a vector: Fits, or Exceeds where it is larger.
  void compareRowWithVector(int group, std::size_t row, int vector, std::span<const engine::deadlock::Count> left,
                            std::span<const engine::deadlock::Count> right);
  void markRowChanged(int group, std::size_t row);
  void markVectorChanged(int vector);
};

}  // namespace oslens::views
