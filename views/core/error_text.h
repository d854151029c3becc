#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "engine/core/validation_error.h"

namespace oslens::views {

// Translated sentences for scenario problems: the engine reports them as codes with arguments,
// and this is the one place that words them (English and 简体中文).
class ErrorText {
  Q_DECLARE_TR_FUNCTIONS(ErrorText)

 public:
  // "/config/frames: 0 is out of range; expected 1 to 1048576"
  static QString describe(const engine::ValidationError& error);
  static QStringList describeAll(const engine::ValidationErrors& errors);
  static QString cannotOpen(const QString& path, const QString& reason);
  static QString cannotRead(const QString& path, const QString& reason);
  // `bytes` < 0: the size is not known (a device or a pipe went on past the limit).
  static QString fileTooLarge(qint64 bytes = -1);
  static QString internalError(const QString& what);

 private:
  static QString sentence(const engine::ValidationError& error);
};

}  // namespace oslens::views
