#include "views/core/error_text.h"

#include <QCoreApplication>

#include "engine/core/limits.h"

namespace oslens::views {

namespace {
QString arg(const engine::ValidationError& e, std::size_t i) {
  return i < e.args.size() ? QString::fromStdString(e.args[i]) : QString();
}

// The kind of an IPC object, from the key that declares it (docs/scenarios.md, "Module `ipc`").
QString ipcKindWord(const QString& key) {
  if (key == QLatin1String("pipe")) return QCoreApplication::translate("ErrorText", "pipe");
  if (key == QLatin1String("fifo")) return QCoreApplication::translate("ErrorText", "FIFO");
  if (key == QLatin1String("mq")) return QCoreApplication::translate("ErrorText", "POSIX message queue");
  if (key == QLatin1String("msgq")) return QCoreApplication::translate("ErrorText", "System V message queue");
  if (key == QLatin1String("semaphore")) return QCoreApplication::translate("ErrorText", "semaphore");
  if (key == QLatin1String("shm")) return QCoreApplication::translate("ErrorText", "shared memory segment");
  return key;
}
}  // namespace

QString ErrorText::sentence(const engine::ValidationError& e) {
  using engine::ErrorCode;
  // The kinds of JSON value arrive in English from the engine; translate the known ones.
  auto kind = [](const QString& english) {
    if (english == QLatin1String("an integer")) return tr("an integer");
    if (english == QLatin1String("a boolean")) return tr("a boolean");
    if (english == QLatin1String("true or false")) return tr("true or false");
    if (english == QLatin1String("a string")) return tr("a string");
    if (english == QLatin1String("an array")) return tr("an array");
    if (english == QLatin1String("an object")) return tr("an object");
    if (english == QLatin1String("a number with a fraction")) return tr("a number with a fraction");
    if (english == QLatin1String("null")) return tr("null");
    return english;
  };
  switch (e.code) {
    case ErrorCode::FileUnreadable: return cannotRead(arg(e, 0), arg(e, 1));
    case ErrorCode::FileTooLarge:
      if (arg(e, 0).isEmpty()) return fileTooLarge();  // a device or a pipe, read up to the limit
      return tr("the file has %1 bytes; the limit is %2").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::Syntax:
      return tr("not valid JSON at line %1, column %2: %3").arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::TooManyValues: return tr("more than %1 JSON values in one file").arg(arg(e, 0));
    case ErrorCode::TooDeep: return tr("nested deeper than %1 levels").arg(arg(e, 0));
    case ErrorCode::WrongType: return tr("expected %1, found %2").arg(kind(arg(e, 0)), kind(arg(e, 1)));
    case ErrorCode::MissingKey: return tr("missing required key \"%1\"").arg(arg(e, 0));
    case ErrorCode::UnknownKey:
      return arg(e, 1).isEmpty() ? tr("unknown key \"%1\"").arg(arg(e, 0))
                                 : tr("unknown key \"%1\" (did you mean \"%2\"?)").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::DuplicateKey: return tr("key \"%1\" is given twice in this object; only one may stay").arg(arg(e, 0));
    case ErrorCode::OutOfRange:
      return tr("%1 is out of range; expected %2 to %3").arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::TooMany: return tr("%1 entries; at most %2 are allowed").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::UnknownChoice:
      return arg(e, 2).isEmpty() ? tr("\"%1\" is not one of: %2").arg(arg(e, 0), arg(e, 1))
                                 : tr("\"%1\" is not one of: %2 (did you mean \"%3\"?)").arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::Conflict: return tr("\"%1\" and \"%2\" cannot both be given").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::UnsupportedVersion:
      return tr("format version %1 is not supported; this program reads version %2").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::TooLong: return tr("text of %1 characters; at most %2 are allowed").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::NotPowerOfTwo: return tr("%1 is not a power of two").arg(arg(e, 0));
    case ErrorCode::UndefinedTag: return tr("no earlier op allocates \"%1\"").arg(arg(e, 0));
    case ErrorCode::DuplicateName: return tr("the name \"%1\" is used twice").arg(arg(e, 0));
    case ErrorCode::TotalMismatch:
      return tr("these add up to %1, but \"%2\" is %3").arg(arg(e, 0), arg(e, 1), arg(e, 2));
    case ErrorCode::UnknownName: {
      const QString what = arg(e, 1);
      if (what == QLatin1String("task")) return tr("there is no task named \"%1\"").arg(arg(e, 0));
      if (what == QLatin1String("process")) return tr("there is no process named \"%1\"").arg(arg(e, 0));
      if (what == QLatin1String("resource")) return tr("there is no resource named \"%1\"").arg(arg(e, 0));
      return tr("there is no %1 named \"%2\"").arg(what, arg(e, 0));
    }
    case ErrorCode::OutOfOrder:
      return tr("%1 comes before the previous op's %2; ops go in time order").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::HorizonRequired:
      return tr("task \"%1\" never finishes, so \"until_ns\" is required").arg(arg(e, 0));
    case ErrorCode::RunTooLong:
      if (arg(e, 1) == QLatin1String("examinations"))
        return tr("the searches of these ops could examine more than %1 free-list entries; use fewer ops").arg(arg(e, 0));
      if (arg(e, 1) == QLatin1String("actions"))
        return tr("the programs could run for more than %1 steps; use shorter programs or fewer repeats").arg(arg(e, 0));
      if (arg(e, 1) == QLatin1String("bytes"))
        return tr("the programs could move more than %1 bytes; use fewer or smaller writes and sends").arg(arg(e, 0));
      if (arg(e, 1) == QLatin1String("ns"))
        return tr("the run could last past %1 ns; give \"until_ns\" or shorter bursts").arg(arg(e, 0));
      return arg(e, 1) == QLatin1String("ticks")
                 ? tr("the run would take more than %1 ticks; give a shorter \"until_ns\" or shorter bursts").arg(arg(e, 0))
                 : tr("the run would take more than %1 steps; give a shorter \"until_ns\" or shorter bursts").arg(arg(e, 0));
    case ErrorCode::WrongLength:
      return tr("found %1 counts; expected %2, one per resource in the order of \"resources\"").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::AboveLimit:
      return tr("%1 is above %2, the most that \"%3\" allows here").arg(arg(e, 0), arg(e, 2), arg(e, 1));
    case ErrorCode::OverAllocated:
      return tr("the processes' allocations add up to %1, more than the total %2").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::Overlap:
      return tr("\"%1\" overlaps \"%2\"").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::NotAligned:
      return tr("%1 is not a multiple of %2").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::WrongByteCount:
      return tr("found %1 bytes; expected %2, one page").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::Requires: return tr("\"%1\" needs \"%2\" to be given").arg(arg(e, 0), arg(e, 1));
    case ErrorCode::EmptyText: return tr("empty text; a name needs at least one character");
    case ErrorCode::NotWith:
      return tr("\"%1\": \"%2\" cannot be used with \"%3\": \"%4\"").arg(arg(e, 0), arg(e, 1), arg(e, 2), arg(e, 3));
    case ErrorCode::WrongKind:
      return tr("\"%1\" is a %2, not a %3").arg(arg(e, 0), ipcKindWord(arg(e, 1)), ipcKindWord(arg(e, 2)));
    case ErrorCode::EmptyList: return tr("empty list; give at least one entry");
    case ErrorCode::NotText:
      return tr("only printable ASCII text is allowed here (one character a byte); found %1").arg(arg(e, 0));
    case ErrorCode::UnknownOp:
      if (arg(e, 0).isEmpty()) return tr("no op given; expected one of %1").arg(arg(e, 1));
      return arg(e, 2).isEmpty() ? tr("unknown op \"%1\"; expected one of %2").arg(arg(e, 0), arg(e, 1))
                                 : tr("unknown op \"%1\"; expected one of %2 (did you mean \"%3\"?)").arg(arg(e, 0), arg(e, 1), arg(e, 2));
  }
  return tr("invalid value");
}

QString ErrorText::describe(const engine::ValidationError& e) {
  const QString place = e.pointer.empty() ? QStringLiteral("/") : QString::fromStdString(e.pointer);
  return place + QStringLiteral(": ") + sentence(e);
}

QStringList ErrorText::describeAll(const engine::ValidationErrors& errors) {
  QStringList out;
  for (const auto& e : errors.list()) out << describe(e);
  if (errors.droppedCount() > 0) out << tr("... and %n more problems", nullptr, static_cast<int>(errors.droppedCount()));
  return out;
}

QString ErrorText::cannotOpen(const QString& path, const QString& reason) {
  return tr("cannot open %1: %2").arg(path, reason);
}

QString ErrorText::cannotRead(const QString& path, const QString& reason) {
  return tr("cannot read %1: %2").arg(path, reason);
}

QString ErrorText::fileTooLarge(qint64 bytes) {
  const auto limit = static_cast<qulonglong>(engine::limits::kMaxScenarioFileBytes);
  if (bytes < 0) return tr("the file is larger than the limit of %1 bytes").arg(limit);
  return tr("the file has %1 bytes; the limit is %2").arg(bytes).arg(limit);
}

QString ErrorText::internalError(const QString& what) { return tr("internal error: %1").arg(what); }

}  // namespace oslens::views
