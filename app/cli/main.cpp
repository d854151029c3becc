#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <exception>

#include "app/cli/cli_commands.h"

// oslens-cli never opens a window: it renders offscreen unless told otherwise, so it works the same
// on a build server as on a desktop.
int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // Qt wants a private runtime directory; a fresh 0700 one keeps it quiet on servers and in CI.
  // QTemporaryDir is 0700 and removed when the program ends, so no run leaves one behind.
  QTemporaryDir runtimeDir(QDir::tempPath() + QStringLiteral("/oslens-runtime-"));
  if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("oslens-cli"));
  QTextStream out(stdout);
  QTextStream err(stderr);
  try {
    const auto parsed = oslens::app::parseCliArguments(QCoreApplication::arguments());
    if (!parsed.arguments) {
      err << "oslens-cli: " << parsed.error << "\n\n" << oslens::app::cliUsage();
      return oslens::app::kExitBadInput;
    }
    return oslens::app::runCliCommand(*parsed.arguments, out, err);
  } catch (const std::exception& e) {
    err << "oslens-cli: internal error: " << e.what() << '\n';
    return oslens::app::kExitInternal;
  }
}
