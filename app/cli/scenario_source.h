#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace oslens::app {

// Reads the scenario a command line names: a file, or else a built-in scenario by name
// ("paging-belady"). Returns nullopt and a translated reason if neither exists.
std::optional<QByteArray> readScenarioSource(const QString& fileOrName, QString& error);

}  // namespace oslens::app
