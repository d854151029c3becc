#include "views/core/safe_file_write.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <cerrno>

namespace oslens::views {

namespace {
struct Tr {
  Q_DECLARE_TR_FUNCTIONS(SafeFileWrite)
};

// Qt 6.4 reports a full disk as WriteError with the text "Unknown error", or as a short write
// with no error at all; the system's own reason is in errno right after the failing call (each
// call below clears it first). Without one, a disk with less room left than the file needs is full.
bool diskFull(int error, const QString& path, qint64 size) {
  if (error == ENOSPC || error == EDQUOT) return true;
  if (error != 0) return false;
  const QStorageInfo storage(QFileInfo(path).absolutePath());
  return storage.isValid() && storage.bytesAvailable() < size;
}

QString reason(const QSaveFile& file, int error, qint64 size) {
  if (diskFull(error, file.fileName(), size)) return Tr::tr("the disk is full (no space left on device)");
  return error != 0 ? qt_error_string(error) : file.errorString();
}

// Drops the temporary file, so the file at `path` stays as it was.
QString fail(QSaveFile& file, int error, qint64 size) {
  const QString why = reason(file, error, size);
  file.cancelWriting();
  return Tr::tr("cannot write %1: %2").arg(file.fileName(), why);
}
}  // namespace

QString writeFileSafely(const QString& path, const QByteArray& bytes) {
  QSaveFile file(path);
  errno = 0;
  if (!file.open(QIODevice::WriteOnly)) return fail(file, errno, bytes.size());
  errno = 0;
  if (file.write(bytes) != bytes.size()) return fail(file, errno, bytes.size());
  // Qt 6.4's commit() returns true even when its own last write fails: the old file is then
  // replaced by a short one. So what is still buffered is written and checked here, while the old
  // file is still in place.
  errno = 0;
  if (!file.flush() || file.error() != QFileDevice::NoError) return fail(file, errno, bytes.size());
  errno = 0;
  if (!file.commit()) return Tr::tr("cannot write %1: %2").arg(path, reason(file, errno, bytes.size()));
  return {};
}

}  // namespace oslens::views
