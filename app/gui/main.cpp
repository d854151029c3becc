#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include "app/gui/edit_recovery.h"
#include "app/gui/main_window.h"
#include "resources/builtin_scenarios.h"
#include "views/core/simulation_document.h"
#include "views/core/language.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("OS Lens"));
  QApplication::setApplicationName(QStringLiteral("OS Lens"));
  QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("A scenario file to open."));
  QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("User interface language: en or zh_CN."),
                              QStringLiteral("code"));
  parser.addOption(language);
  QCommandLineOption step(QStringLiteral("step"), QStringLiteral("Open the scenario at this step."), QStringLiteral("n"));
  parser.addOption(step);
  parser.process(app);

  const QString code = parser.isSet(language) ? parser.value(language)
                                               : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
  oslens::views::Language::apply(code);

  // Read before anything is opened: loading a scenario resets the editor and its recovery copy.
  const QString recovered = oslens::app::EditRecovery::pendingText();
  oslens::app::MainWindow window;
  // Belady's anomaly is the default: the scenario that shows why the tool exists.
  const QString scenario = parser.positionalArguments().value(0);
  if (scenario.isEmpty() || !window.openFile(scenario))
    if (!window.document().hasSimulation())
      window.openBuiltin(oslens::resources::builtinScenarioPath(QStringLiteral("paging-belady")));
  if (parser.isSet(step)) window.document().seek(parser.value(step).toInt());
  window.show();
  window.offerRecoveredEdits(recovered);
  return app.exec();
}
