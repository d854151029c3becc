#include "app/gui/scenario_library.h"

#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <map>
#include <utility>
#include <vector>

#include "engine/simulation_factory.h"
#include "resources/builtin_scenarios.h"
#include "views/core/language.h"

namespace oslens::app {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;

QString moduleTitle(const QString& module) {
  if (module == QLatin1String("paging")) return ScenarioLibrary::tr("Page replacement");
  if (module == QLatin1String("buddy")) return ScenarioLibrary::tr("Buddy allocator");
  if (module == QLatin1String("slab")) return ScenarioLibrary::tr("Slab allocator");
  if (module == QLatin1String("cfs")) return ScenarioLibrary::tr("CFS scheduler");
  if (module == QLatin1String("sched")) return ScenarioLibrary::tr("Scheduling: FIFO, SJF, STCF, RR");
  if (module == QLatin1String("banker")) return ScenarioLibrary::tr("Deadlock avoidance: the banker's algorithm");
  if (module == QLatin1String("deadlock")) return ScenarioLibrary::tr("Deadlock detection and recovery");
  return module;
}

// Groups in the order the engine lists its modules (the order of the course), not alphabetical.
int moduleRank(const QString& module) {
  const auto& modules = engine::availableModules();
  for (std::size_t i = 0; i < modules.size(); ++i)
    if (module.toStdString() == modules[i]) return static_cast<int>(i);
  return static_cast<int>(modules.size());
}
}  // namespace

ScenarioLibrary::ScenarioLibrary(QWidget* parent) : QTreeWidget(parent) {
  setObjectName(QStringLiteral("scenarioLibrary"));
  setHeaderHidden(true);
  setRootIsDecorated(true);
  setFocusPolicy(Qt::NoFocus);
  setWordWrap(true);
  connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
    const QString path = item->data(0, kPathRole).toString();
    if (!path.isEmpty()) emit scenarioChosen(path);
  });
  populate();
}

void ScenarioLibrary::populate() {
  const QString current = currentItem() ? currentItem()->data(0, kPathRole).toString() : QString();
  clear();
  struct Entry {
    QString title, path, description;
  };
  std::map<std::pair<int, QString>, std::vector<Entry>> byModule;
  const auto language = views::Language::current().toStdString();
  for (const QString& path : resources::builtinScenarioPaths()) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) continue;
    try {
      auto simulation = engine::loadSimulation(file.readAll().toStdString());
      const QString module = QString::fromStdString(simulation->module());
      byModule[{moduleRank(module), module}].push_back({QString::fromStdString(simulation->info().title.in(language)),
                                                        path,
                                                        QString::fromStdString(simulation->info().description.in(language))});
    } catch (const std::exception&) {
      // A broken built-in is caught by the tests (every built-in must load); skip it here.
    }
  }
  for (const auto& [key, entries] : byModule) {
    auto* group = new QTreeWidgetItem(this, {moduleTitle(key.second)});
    group->setFlags(Qt::ItemIsEnabled);
    for (const Entry& entry : entries) {
      auto* item = new QTreeWidgetItem(group, {entry.title});
      item->setData(0, kPathRole, entry.path);
      item->setToolTip(0, entry.description);
    }
  }
  expandAll();
  setCurrentScenario(current);
}

void ScenarioLibrary::setCurrentScenario(const QString& resourcePath) {
  const QSignalBlocker block(this);
  setCurrentItem(nullptr);
  for (int g = 0; g < topLevelItemCount(); ++g)
    for (int i = 0; i < topLevelItem(g)->childCount(); ++i)
      if (topLevelItem(g)->child(i)->data(0, kPathRole).toString() == resourcePath)
        setCurrentItem(topLevelItem(g)->child(i));
}

void ScenarioLibrary::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) populate();
  QTreeWidget::changeEvent(event);
}

}  // namespace oslens::app
