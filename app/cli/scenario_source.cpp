#include "app/cli/scenario_source.h"

#include <QFileInfo>

#include "resources/builtin_scenarios.h"
#include "views/core/scenario_file.h"

namespace oslens::app {

std::optional<QByteArray> readScenarioSource(const QString& fileOrName, QString& error) {
  QString path = fileOrName;
  if (!QFileInfo::exists(path)) {
    const QString builtin = resources::builtinScenarioPath(fileOrName);
    if (!builtin.isEmpty()) path = builtin;
  }
  return views::readScenarioBytes(path, error);
}

}  // namespace oslens::app
