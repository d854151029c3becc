#include "resources/builtin_scenarios.h"

#include <QDir>

namespace oslens::resources {

namespace {
const QString kSuffix = QStringLiteral(".oslens.json");
}

QStringList builtinScenarioPaths() {
  QStringList paths;
  const QDir dir(QStringLiteral(":/scenarios"));
  for (const QString& file : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name))
    paths << dir.filePath(file);
  return paths;
}

QString builtinScenarioName(const QString& path) {
  QString name = path.section(QLatin1Char('/'), -1);
  name.chop(kSuffix.size());
  return name;
}

QString builtinScenarioPath(const QString& name) {
  for (const QString& path : builtinScenarioPaths())
    if (builtinScenarioName(path) == name) return path;
  return {};
}

}  // namespace oslens::resources
