#include "views/deadlock/matrix_table.h"

namespace oslens::views {

int MatrixTable::vectorIndex(const QString& title) const {
  for (std::size_t i = 0; i < vectors.size(); ++i)
    if (vectors[i].title == title) return static_cast<int>(i);
  return -1;
}

void MatrixTable::setVector(const QString& title, const engine::deadlock::ResourceVector& values) {
  const int index = vectorIndex(title);
  if (index < 0) vectors.push_back({title, values});
  else vectors[static_cast<std::size_t>(index)].values = values;
}

void MatrixTable::clearMoment() {
  focusRow.reset();
  marks.clear();
  caption.clear();
}

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
