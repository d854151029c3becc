#pragma once

#include <QString>
#include <QStringList>

namespace oslens::resources {

// The scenarios shipped inside the program (resources/scenarios/*.oslens.json), as resource paths
// sorted by name: what the GUI's library and `oslens-cli list` show.
QStringList builtinScenarioPaths();
// "paging-belady" for ":/scenarios/paging-belady.oslens.json".
QString builtinScenarioName(const QString& path);
// The resource path of a built-in scenario given by name, or an empty string.
QString builtinScenarioPath(const QString& name);

}  // namespace oslens::resources
