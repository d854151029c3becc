#include "app/gui/scenario_library.h"

#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <map>

#include "engine/simulation_factory.h"
#include "resources/builtin_scenarios.h"
#include "views/core/language.h"

namespace oslens::app {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;

QString moduleTitle(const QString& module) {
  if (module == QLatin1String("paging")) return ScenarioLibrary::tr("Page replacement");
  return module;
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
  std::map<QString, QTreeWidgetItem*> groups;
  for (const QString& path : resources::builtinScenarioPaths()) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) continue;
    try {
      auto simulation = engine::loadSimulation(file.readAll().toStdString());
      const QString module = QString::fromStdString(simulation->module());
      auto& group = groups[module];
      if (!group) {
        group = new QTreeWidgetItem(this, {moduleTitle(module)});
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
      }
      const auto language = views::Language::current().toStdString();
      auto* item = new QTreeWidgetItem(group, {QString::fromStdString(simulation->info().title.in(language))});
      item->setData(0, kPathRole, path);
      item->setToolTip(0, QString::fromStdString(simulation->info().description.in(language)));
    } catch (const std::exception&) {
      // A broken built-in is caught by the tests (every built-in must load); skip it here.
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
