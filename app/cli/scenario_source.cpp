#include "app/cli/scenario_source.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "engine/core/limits.h"
#include "resources/builtin_scenarios.h"
#include "views/core/error_text.h"

namespace oslens::app {

std::optional<QByteArray> readScenarioSource(const QString& fileOrName, QString& error) {
  QString path = fileOrName;
  if (!QFileInfo::exists(path)) {
    const QString builtin = resources::builtinScenarioPath(fileOrName);
    if (!builtin.isEmpty()) path = builtin;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    error = views::ErrorText::cannotOpen(fileOrName, file.errorString());
    return std::nullopt;
  }
  if (file.size() > static_cast<qint64>(engine::limits::kMaxScenarioFileBytes)) {
    error = views::ErrorText::fileTooLarge(file.size());
    return std::nullopt;
  }
  return file.readAll();
}

}  // namespace oslens::app
