#include "app/cli/cli_arguments.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

#include "views/core/view_palette.h"
#include "views/export/slide.h"

namespace oslens::app {

namespace {
struct Tr {
  Q_DECLARE_TR_FUNCTIONS(CliArguments)
};

std::optional<long long> parseCount(const QString& text) {
  bool ok = false;
  const long long value = text.toLongLong(&ok);
  if (!ok || value < 0) return std::nullopt;
  return value;
}

// "nan" and "inf" read as numbers, and NaN is neither below 0.25 nor above 8: ask for a finite one.
std::optional<double> parseScale(const QString& text) {
  bool ok = false;
  const double value = text.toDouble(&ok);
  if (!ok || !std::isfinite(value) || value < 0.25 || value > 8) return std::nullopt;
  return value;
}
}  // namespace

QString cliUsage() {
  return QStringLiteral(
      "usage:\n"
      "  oslens-cli validate FILE\n"
      "  oslens-cli run FILE [--until N] [--format json|text] [--lang en|zh_CN]\n"
      "  oslens-cli export FILE --step N --out OUT.{svg,png,pdf} [--view NAME] [--page 16:9|4:3|fit] [--scale S]\n"
      "                    [--theme standard|high-contrast] [--lang en|zh_CN]\n"
      "  oslens-cli export FILE --all-steps --out DECK.pdf [--view NAME] [--page 16:9|4:3|fit]\n"
      "                    [--theme standard|high-contrast] [--lang en|zh_CN]\n"
      "  oslens-cli export FILE --all-steps --out FOLDER/ [--format png|svg] [--view NAME] [--page 16:9|4:3|fit]\n"
      "                    [--scale S] [--theme standard|high-contrast] [--lang en|zh_CN]\n"
      "  oslens-cli list\n"
      "FILE is a scenario file (*.oslens.json) or the name of a built-in scenario (see list).\n"
      "Exit status: 0 done, 2 bad input (nothing written), 1 internal error.\n");
}

ParseResult parseCliArguments(const QStringList& argv) {
  ParseResult result;
  auto fail = [&](const QString& message) {
    result.arguments.reset();
    result.error = message;
    return result;
  };
  if (argv.size() < 2) return fail(Tr::tr("no command given"));
  CliArguments args;
  const QString command = argv[1];
  if (command == QLatin1String("validate")) args.command = CliArguments::Command::Validate;
  else if (command == QLatin1String("run")) args.command = CliArguments::Command::Run;
  else if (command == QLatin1String("export")) args.command = CliArguments::Command::Export;
  else if (command == QLatin1String("list")) args.command = CliArguments::Command::List;
  else if (command == QLatin1String("help") || command == QLatin1String("--help") || command == QLatin1String("-h"))
    args.command = CliArguments::Command::Help;
  else return fail(Tr::tr("unknown command \"%1\"").arg(command));

  for (int i = 2; i < argv.size(); ++i) {
    const QString& a = argv[i];
    auto value = [&](QString& out) {
      if (i + 1 >= argv.size()) return false;
      out = argv[++i];
      return true;
    };
    QString v;
    if (!a.startsWith(QLatin1String("--"))) {
      if (!args.file.isEmpty()) return fail(Tr::tr("unexpected argument \"%1\"").arg(a));
      args.file = a;
    } else if (a == QLatin1String("--all-steps")) {
      args.allSteps = true;
    } else if (!QStringList{QStringLiteral("--until"), QStringLiteral("--step"), QStringLiteral("--format"),
                            QStringLiteral("--out"), QStringLiteral("--view"), QStringLiteral("--lang"),
                            QStringLiteral("--scale"), QStringLiteral("--page"), QStringLiteral("--theme")}
                    .contains(a)) {
      return fail(Tr::tr("unknown option \"%1\"").arg(a));
    } else if (!value(v)) {
      return fail(Tr::tr("%1 needs a value").arg(a));
    } else if (a == QLatin1String("--until")) {
      args.until = parseCount(v);
      if (!args.until) return fail(Tr::tr("--until expects a step count (0 or more), not \"%1\"").arg(v));
    } else if (a == QLatin1String("--step")) {
      args.step = parseCount(v);
      if (!args.step) return fail(Tr::tr("--step expects a step number (0 or more), not \"%1\"").arg(v));
    } else if (a == QLatin1String("--format")) {
      args.format = v;  // checked below: what it may be depends on the command
    } else if (a == QLatin1String("--theme")) {
      if (!views::ViewPalette::themeFromName(v))
        return fail(Tr::tr("--theme expects standard or high-contrast, not \"%1\"").arg(v));
      args.theme = v;
    } else if (a == QLatin1String("--page")) {
      if (!views::slideShapeFromName(v)) return fail(Tr::tr("--page expects 16:9, 4:3 or fit, not \"%1\"").arg(v));
      args.page = v;
    } else if (a == QLatin1String("--out")) {
      args.out = v;
    } else if (a == QLatin1String("--view")) {
      args.view = v;
    } else if (a == QLatin1String("--lang")) {
      if (v != QLatin1String("en") && v != QLatin1String("zh_CN"))
        return fail(Tr::tr("--lang expects en or zh_CN, not \"%1\"").arg(v));
      args.language = v;
    } else if (a == QLatin1String("--scale")) {
      const auto scale = parseScale(v);
      if (!scale) return fail(Tr::tr("--scale expects a number from 0.25 to 8, not \"%1\"").arg(v));
      args.scale = *scale;
    } else {
      return fail(Tr::tr("unknown option \"%1\"").arg(a));
    }
  }

  using C = CliArguments::Command;
  const bool needsFile = args.command == C::Validate || args.command == C::Run || args.command == C::Export;
  if (needsFile && args.file.isEmpty()) return fail(Tr::tr("%1 needs a scenario file").arg(command));
  if (args.command != C::Export) {
    if (args.format.isEmpty()) args.format = QStringLiteral("json");
    if (args.format != QLatin1String("json") && args.format != QLatin1String("text"))
      return fail(Tr::tr("--format expects json or text, not \"%1\"").arg(args.format));
  }
  if (args.command == C::Export) {
    if (args.out.isEmpty()) return fail(Tr::tr("export needs --out FILE"));
    if (args.step.has_value() == args.allSteps) return fail(Tr::tr("export needs either --step N or --all-steps"));
    const bool imageFile = args.out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ||
                           args.out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (args.allSteps && imageFile)
      return fail(Tr::tr("--all-steps writes a PDF deck (--out DECK.pdf) or a folder of images (--out FOLDER/), "
                         "not \"%1\"").arg(args.out));
    if (exportsToFolder(args)) {
      if (args.format.isEmpty()) args.format = QStringLiteral("png");
      if (args.format != QLatin1String("png") && args.format != QLatin1String("svg"))
        return fail(Tr::tr("--format expects png or svg for a folder of steps, not \"%1\"").arg(args.format));
    } else if (!args.format.isEmpty()) {
      return fail(Tr::tr("--format is for run, or for export --all-steps into a folder; the --out file's suffix "
                         "chooses the format here"));
    }
  }
  result.arguments = args;
  return result;
}

bool exportsToFolder(const CliArguments& args) {
  return args.allSteps && !args.out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

}  // namespace oslens::app
