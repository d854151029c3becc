#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace oslens::views {

// Reads a scenario file (or a built-in ":/scenarios/..." resource) whole, refusing one above
// engine::limits::kMaxScenarioFileBytes. Devices and pipes report no size and may never end
// (/dev/zero), so nothing is ever read past the limit: at most one byte more, in chunks. Returns
// nullopt and a translated reason if the file cannot be read or is too large.
std::optional<QByteArray> readScenarioBytes(const QString& path, QString& error);

}  // namespace oslens::views
