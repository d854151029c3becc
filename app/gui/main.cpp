#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

#include "app/gui/edit_recovery.h"
#include "app/gui/main_window.h"
#include "resources/builtin_scenarios.h"
#include "views/core/simulation_document.h"
#include "views/core/language.h"
#include "views/core/view_palette.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("OS Lens"));
  QApplication::setApplicationName(QStringLiteral("OS Lens"));
  QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("scenario"),
                               QStringLiteral("A scenario file to open, or the name of a built-in one (paging-belady)."));
  QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("User interface language: en or zh_CN."),
                              QStringLiteral("code"));
  parser.addOption(language);
  QCommandLineOption step(QStringLiteral("step"), QStringLiteral("Open the scenario at this step."), QStringLiteral("n"));
  parser.addOption(step);
  QCommandLineOption presentation(QStringLiteral("presentation"),
                                  QStringLiteral("Start in presentation mode (full screen, large type; Esc leaves it)."));
  parser.addOption(presentation);
  QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Pictures' look: standard or high-contrast."),
                           QStringLiteral("name"));
  parser.addOption(theme);
  parser.process(app);

  const QString code = parser.isSet(language) ? parser.value(language)
                                               : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
  oslens::views::Language::apply(code);

  using oslens::views::ViewPalette;
  const QString themeName = parser.isSet(theme) ? parser.value(theme)
                                                 : QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("standard")).toString();
  if (const auto chosen = ViewPalette::themeFromName(themeName)) ViewPalette::setTheme(*chosen);
  else
    QTextStream(stderr) << QCoreApplication::translate("main", "--theme expects standard or high-contrast, not \"%1\"; "
                                                               "using standard.")
                               .arg(themeName)
                        << '\n';

  // Read before anything is opened: loading a scenario resets the editor and its recovery copy.
  const QString recovered = oslens::app::EditRecovery::pendingText();
  oslens::app::MainWindow window;
  // Belady's anomaly is the default: the scenario that shows why the tool exists.
  // A path that names no file may name a built-in scenario, as oslens-cli accepts.
  QString scenario = parser.positionalArguments().value(0);
  if (!scenario.isEmpty() && !QFileInfo::exists(scenario))
    if (const QString builtin = oslens::resources::builtinScenarioPath(scenario); !builtin.isEmpty()) scenario = builtin;
  if (scenario.isEmpty() || !window.openFile(scenario))
    if (!window.document().hasSimulation())
      window.openBuiltin(oslens::resources::builtinScenarioPath(QStringLiteral("paging-belady")));
  if (parser.isSet(step)) window.document().seek(parser.value(step).toInt());
  if (parser.isSet(presentation)) window.setPresentationMode(true);
  else window.show();
  window.offerRecoveredEdits(recovered);
  return app.exec();
}
