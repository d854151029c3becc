#include "app/cli/cli_commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>

#include "app/cli/scenario_source.h"
#include "engine/core/json_writer.h"
#include "engine/modules.h"
#include "resources/builtin_scenarios.h"
#include "views/core/error_text.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/narrator.h"
#include "views/core/view_palette.h"
#include "views/export/deck_exporter.h"
#include "views/export/scene_exporter.h"

namespace oslens::app {

namespace {
struct Tr {
  Q_DECLARE_TR_FUNCTIONS(CliCommands)
};

// Loads the scenario, or prints every problem (one per line, each naming its place) and returns null.
std::unique_ptr<engine::Simulation> loadOrReport(const QString& fileOrName, QTextStream& err) {
  QString error;
  auto text = readScenarioSource(fileOrName, error);
  if (!text) {
    err << error << '\n';
    return nullptr;
  }
  try {
    return engine::loadSimulation(std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
  } catch (const engine::ScenarioError& e) {
    for (const QString& line : views::ErrorText::describeAll(e.errors())) err << fileOrName << ':' << line << '\n';
    return nullptr;
  }
}

int validate(const CliArguments& args, QTextStream& out, QTextStream& err) {
  auto simulation = loadOrReport(args.file, err);
  if (!simulation) return kExitBadInput;
  const QString module = QString::fromStdString(simulation->module());
  out << (simulation->stepCount() == 1
              ? Tr::tr("%1: valid %2 scenario, 1 step").arg(args.file, module)
              : Tr::tr("%1: valid %2 scenario, %3 steps").arg(args.file, module, QString::number(simulation->stepCount())))
      << '\n';
  return kExitOk;
}

// Streams the JSON document step by step, so a ten-million-step run never holds it all in memory:
// each record is written by the engine's JsonWriter, without a document, and handed on in chunks.
int run(const CliArguments& args, QTextStream& out, QTextStream& err) {
  auto simulation = loadOrReport(args.file, err);
  if (!simulation) return kExitBadInput;
  const auto steps = static_cast<long long>(simulation->stepCount());
  if (args.until && *args.until > steps) {
    err << Tr::tr("--until %1 is past the last step, %2").arg(*args.until).arg(steps) << '\n';
    return kExitBadInput;
  }
  const long long until = args.until.value_or(steps);
  if (args.format == QLatin1String("text")) {
    for (long long step = 1; step <= until; ++step) {
      simulation->seek(static_cast<std::size_t>(step));
      const QStringList sentences = views::narrateCurrentStep(*simulation);
      for (int i = 0; i < sentences.size(); ++i) out << (i == 0 ? "" : "    ") << sentences[i] << '\n';
    }
    out << views::summarizeSimulation(*simulation) << '\n';
    return kExitOk;
  }
  constexpr std::size_t kChunkBytes = 1 << 16;
  std::string text;
  auto flush = [&] {
    out << QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    text.clear();
  };
  engine::JsonWriter json(text);
  json.beginObject();
  json.field("module", simulation->module());
  json.field("title", simulation->info().title.text);
  json.key("steps");
  json.beginArray();
  for (long long step = 1; step <= until; ++step) {
    simulation->seek(static_cast<std::size_t>(step));
    simulation->writeStepRecord(json);
    if (text.size() >= kChunkBytes) flush();
  }
  json.endArray();
  json.field("summary", simulation->summary());
  json.endObject();
  text += '\n';
  flush();
  return kExitOk;
}

int list(QTextStream& out) {
  for (const QString& path : resources::builtinScenarioPaths()) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    try {
      // The header is all a listing needs (the conformance tests load every built-in whole).
      const auto info = engine::loadScenarioHeader(file.readAll().toStdString());
      const auto& title = info.title.in(views::Language::current().toStdString());
      out << resources::builtinScenarioName(path) << '\t' << QString::fromStdString(info.module) << '\t'
          << QString::fromStdString(title) << '\n';
    } catch (const engine::ScenarioError& e) {
      // A broken built-in is a bug in this program, not in the user's input.
      out << resources::builtinScenarioName(path) << '\t' << QString::fromUtf8(e.what()) << '\n';
      return kExitInternal;
    }
  }
  return kExitOk;
}

int exportView(const CliArguments& args, QTextStream& err) {
  // Before any picture is made: pictures read their colours and lines when they are made.
  views::ViewPalette::setTheme(*views::ViewPalette::themeFromName(args.theme));
  const QString suffix = QFileInfo(args.out).suffix().toLower();
  const bool folder = exportsToFolder(args);
  if (!folder && !views::SceneExporter::supportedSuffixes().contains(suffix)) {
    err << Tr::tr("--out must end in .svg, .png or .pdf, not \"%1\"").arg(args.out) << '\n';
    return kExitBadInput;
  }
  auto simulation = loadOrReport(args.file, err);
  if (!simulation) return kExitBadInput;
  const auto steps = static_cast<long long>(simulation->stepCount());
  if (args.step && *args.step > steps) {
    err << Tr::tr("--step %1 is past the last step, %2").arg(*args.step).arg(steps) << '\n';
    return kExitBadInput;
  }
  auto view = views::createModuleView(*simulation);
  if (!view) {
    err << Tr::tr("the %1 module has no views to export yet").arg(QString::fromStdString(simulation->module())) << '\n';
    return kExitBadInput;
  }
  const QString name = args.view.isEmpty() ? view->viewNames().front() : args.view;
  QGraphicsScene* scene = view->scene(name);
  if (!scene) {
    err << Tr::tr("unknown view \"%1\"; this scenario has: %2").arg(name, view->viewNames().join(QStringLiteral(", ")))
        << '\n';
    return kExitBadInput;
  }
  const views::SlideShape shape = *views::slideShapeFromName(args.page);
  QString problem;
  if (folder) {
    problem = views::exportStepImages(*simulation, name, args.out, args.format, args.scale, shape);
  } else if (args.allSteps) {
    problem = views::exportStepDeck(*simulation, name, args.out, shape);
  } else {
    simulation->seek(static_cast<std::size_t>(*args.step));
    view->showPosition(0, static_cast<int>(*args.step), false);
    problem = views::SceneExporter::exportScene(*scene, args.out, args.scale,
                                                views::SlideText::describe(*simulation, *view, name), shape);
  }
  if (!problem.isEmpty()) {
    err << problem << '\n';
    return kExitBadInput;
  }
  return kExitOk;
}
}  // namespace

int runCliCommand(const CliArguments& args, QTextStream& out, QTextStream& err) {
  if (!views::Language::apply(args.language)) {
    err << Tr::tr("the %1 translation is missing from this build").arg(args.language) << '\n';
    return kExitInternal;
  }
  using C = CliArguments::Command;
  switch (args.command) {
    case C::Validate: return validate(args, out, err);
    case C::Run: return run(args, out, err);
    case C::Export: return exportView(args, err);
    case C::List: return list(out);
    case C::Help: out << cliUsage(); return kExitOk;
  }
  return kExitInternal;
}

}  // namespace oslens::app
