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
  QString format;                  // run: json (default) or text; export of a folder: png (default) or svg
  std::optional<long long> step;   // export: the state after this many steps
  bool allSteps = false;           // export: one PDF page, or one image in a folder, per step
  QString page = QStringLiteral("16:9");  // export: the slide's shape (16:9, 4:3, fit)
  QString theme = QStringLiteral("standard");  // export: standard or high-contrast
  QString out;
  QString view;
  QString language = QStringLiteral("en");
  double scale = 1.0;
};

// Whether an --all-steps export writes a folder of images (else a PDF deck).
bool exportsToFolder(const CliArguments& args);

struct ParseResult {
  std::optional<CliArguments> arguments;
  QString error;  // set when arguments is empty
};

ParseResult parseCliArguments(const QStringList& argv);
QString cliUsage();

}  // namespace oslens::app
