#pragma once

#include <QTextStream>

#include "app/cli/cli_arguments.h"

namespace oslens::app {

// Exit codes of oslens-cli (docs/architecture.md): 0 done, 2 bad input (message on stderr, nothing written),
// 1 internal error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitBadInput = 2;

// Runs one parsed command, writing results to `out` and problems to `err`.
int runCliCommand(const CliArguments& args, QTextStream& out, QTextStream& err);

}  // namespace oslens::app
