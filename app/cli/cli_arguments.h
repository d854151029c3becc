#pragma once

#include <QString>
#include <optional>

namespace oslens::app {

// A parsed oslens-cli command line (see docs/architecture.md, "oslens-cli").
struct CliArguments {
  enum class Command { Validate, Run, Export, List, Help };
  Command command = Command::Help;
  QString file;
  std::optional<long long> until;  // run: steps to run
  QString format = QStringLiteral("json");
  std::optional<long long> step;   // export: the state after this many steps
  bool allSteps = false;           // export: one PDF page per step
  QString out;
  QString view;
  QString language = QStringLiteral("en");
  double scale = 1.0;
};

struct ParseResult {
  std::optional<CliArguments> arguments;
  QString error;  // set when arguments is empty
};

ParseResult parseCliArguments(const QStringList& argv);
QString cliUsage();

}  // namespace oslens::app
