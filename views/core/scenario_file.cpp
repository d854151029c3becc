#include "views/core/scenario_file.h"

#include <QFile>
#include <algorithm>

#include "engine/core/limits.h"
#include "views/core/error_text.h"

namespace oslens::views {

namespace {
constexpr qint64 kLimit = static_cast<qint64>(engine::limits::kMaxScenarioFileBytes);
constexpr qint64 kChunk = qint64{1} << 20;

// Reads up to kLimit + 1 bytes: one byte past the limit is enough to refuse the file. False on a
// read error.
bool readAtMost(QFile& file, QByteArray& bytes) {
  while (bytes.size() <= kLimit) {
    const qint64 before = bytes.size();
    bytes.resize(before + std::min(kChunk, kLimit + 1 - before));
    const qint64 got = file.read(bytes.data() + before, bytes.size() - before);
    bytes.resize(before + std::max<qint64>(got, 0));
    if (got < 0) return false;
    if (got == 0) break;  // the end of the file
  }
  return true;
}
}  // namespace

std::optional<QByteArray> readScenarioBytes(const QString& path, QString& error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    error = ErrorText::cannotOpen(path, file.errorString());
    return std::nullopt;
  }
  // A regular file says its size: one too large is refused without reading it. A device or a pipe
  // is sequential and says 0 whatever comes out of it.
  if (!file.isSequential() && file.size() > kLimit) {
    error = ErrorText::fileTooLarge(file.size());
    return std::nullopt;
  }
  QByteArray bytes;
  if (!readAtMost(file, bytes)) {
    error = ErrorText::cannotRead(path, file.errorString());
    return std::nullopt;
  }
  if (bytes.size() > kLimit) {
    error = ErrorText::fileTooLarge();
    return std::nullopt;
  }
  return bytes;
}

}  // namespace oslens::views
