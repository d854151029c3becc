#pragma once

#include <QByteArray>
#include <QString>

namespace oslens::views {

// Replaces the file at `path` with `bytes` whole, or leaves the file that was there untouched: the
// bytes go to a temporary file next to it, which takes the old one's place only once every byte is
// known to be on disk. Every writer of a user's file goes through here (saved scenarios, exports,
// the recovery copy of unsaved edits). Returns an empty string on success, else a translated
// reason ("cannot write PATH: the disk is full (no space left on device)").
QString writeFileSafely(const QString& path, const QByteArray& bytes);

}  // namespace oslens::views
