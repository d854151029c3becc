#include "app/gui/scenario_library.h"

#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <map>
#include <utility>
#include <vector>

#include "engine/modules.h"
#include "resources/builtin_scenarios.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/modules.h"

namespace oslens::app {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;

// The module's group title from its presenter (views/modules.cpp); a module without views yet
// is listed under its name.
QString moduleTitle(const QString& module) {
  const auto* presenter = views::presenterFor(module.toStdString());
  return presenter ? presenter->title() : module;
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
      // Only the header: listing must not run every scheduler scenario at start-up.
      const auto info = engine::loadScenarioHeader(file.readAll().toStdString());
      const QString module = QString::fromStdString(info.module);
      byModule[{moduleRank(module), module}].push_back(
          {views::typesetChinese(QString::fromStdString(info.title.in(language))), path,
           views::typesetChinese(QString::fromStdString(info.description.in(language)))});
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
