#include "views/kit/matrix_table.h"

namespace oslens::views {

MatrixTable::MatrixTable(const QStringList& processNames, const QStringList& resourceNames, std::vector<Group> matrices,
                         const QString& availableTitle, const QString& requestTitle, const QString& workTitle)
    : processes(processNames),
      resources(resourceNames),
      groups(std::move(matrices)),
      vectors{{availableTitle, {}, false}, {requestTitle, {}, false}, {workTitle, {}, false}},
      rowStates(static_cast<std::size_t>(processNames.size()), RowState::Normal) {}

void MatrixTable::setVector(int slot, const engine::deadlock::ResourceVector& values) {
  auto& vector = vectors.at(static_cast<std::size_t>(slot));
  vector.values = values;
  vector.shown = true;
}

void MatrixTable::clearMoment() { marks.clear(); }

void MatrixTable::compareRowWithVector(int group, std::size_t row, int vector, std::span<const engine::deadlock::Count> left,
                                       std::span<const engine::deadlock::Count> right) {
  for (std::size_t c = 0; c < left.size() && c < right.size(); ++c) {
    const Mark mark = left[c] <= right[c] ? Mark::Fits : Mark::Exceeds;
    if (group >= 0) marks.push_back({Cell{group, -1, row, c}, mark});
    if (vector >= 0) marks.push_back({Cell{-1, vector, 0, c}, mark});
  }
}

void MatrixTable::markRowChanged(int group, std::size_t row) {
  for (std::size_t c = 0; c < static_cast<std::size_t>(resources.size()); ++c)
    marks.push_back({Cell{group, -1, row, c}, Mark::Changed});
}

void MatrixTable::markVectorChanged(int vector) {
  for (std::size_t c = 0; c < static_cast<std::size_t>(resources.size()); ++c)
    marks.push_back({Cell{-1, vector, 0, c}, Mark::Changed});
}

}  // namespace oslens::views
