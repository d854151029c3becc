#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QString>
#include <QTemporaryDir>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

// A small tmpfs that holds one old file and is otherwise full but for `room` bytes, for tests of
// writes that run out of disk space. Some room is the harder case: a write then goes part of the
// way before it fails, and Qt 6.4's QSaveFile::commit() takes the part for the whole.
// Mounting needs root (the tests run as root in CI): start a test with
// OSLENS_REQUIRE_FULL_DISK(disk), which skips it without root and fails it if root cannot mount.
// The file system is unmounted when the object goes, also when a test fails half-way.
class FullDisk {
 public:
  // `oldContent` is what the old file at path(name) holds before the test writes over it; `room`
  // (whole 4 KiB pages) is what is left free.
  FullDisk(const QString& name, const QByteArray& oldContent, qint64 room = 0) {
    if (::geteuid() != 0) {
      m_reason = QStringLiteral("mounting a full tmpfs needs root");
      m_skippable = true;
      return;
    }
    if (!m_dir.isValid()) {
      m_reason = QStringLiteral("no temporary directory: ") + m_dir.errorString();
      return;
    }
    // 256 KiB: room for the old file; the filler then takes every page that is left.
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=256k,mode=0700") != 0) {
      // Root without CAP_SYS_ADMIN (an unprivileged container) cannot mount either.
      m_skippable = errno == EPERM;
      m_reason = QStringLiteral("cannot mount a tmpfs: ") + QString::fromLocal8Bit(std::strerror(errno));
      return;
    }
    m_mounted = true;
    writeOld(name, oldContent);
    fill(room);
    m_entriesAtStart = entries();
  }
  ~FullDisk() {
    if (m_mounted) ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
  }
  FullDisk(const FullDisk&) = delete;
  FullDisk& operator=(const FullDisk&) = delete;

  bool ready() const { return m_mounted && m_reason.isEmpty(); }
  bool skippable() const { return m_skippable; }
  QString reason() const { return m_reason; }
  QString path(const QString& name) const { return m_dir.filePath(name); }
  // The files on the disk, to check that a failed write left no new or temporary file behind.
  QStringList entries() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name); }
  const QStringList& entriesAtStart() const { return m_entriesAtStart; }
  QByteArray contents(const QString& name) const {
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
  }

 private:
  void writeOld(const QString& name, const QByteArray& content) {
    QFile file(path(name));
    if (!content.isNull() && (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()))
      m_reason = QStringLiteral("cannot write the old file");
  }
  // Writes page by page until the file system refuses, then gives `room` back.
  void fill(qint64 room) {
    QFile filler(path(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
      m_reason = QStringLiteral("cannot write the filler: ") + filler.errorString();
      return;
    }
    const QByteArray page(4096, 'f');
    while (filler.write(page) == page.size()) {
    }
    filler.resize(std::max<qint64>(filler.size() - room, 0));
    filler.close();
    const qint64 free = QStorageInfo(m_dir.path()).bytesAvailable();
    if (free != room) m_reason = QStringLiteral("the tmpfs has %1 bytes free, not %2").arg(free).arg(room);
  }

  QTemporaryDir m_dir;
  bool m_mounted = false;
  bool m_skippable = false;
  QString m_reason;
  QStringList m_entriesAtStart;
};

#define OSLENS_REQUIRE_FULL_DISK(disk)                                    \
  do {                                                                    \
    if (!(disk).ready()) {                                                \
      if ((disk).skippable()) QSKIP(qPrintable((disk).reason()));         \
      QFAIL(qPrintable((disk).reason()));                                 \
    }                                                                     \
  } while (false)
