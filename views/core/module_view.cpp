#include "views/core/module_view.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QSplitter>
#include <QTabWidget>
#include <algorithm>

#include "views/core/fitted_scene_view.h"
#include "views/core/state_panel.h"
#include "views/core/state_table_model.h"
#include "views/modules.h"

namespace oslens::views {

QStringList ModuleView::viewNames() const {
  QStringList names;
  for (const auto& entry : m_scenes) names << entry.name;
  return names;
}

QString ModuleView::viewTitle(const QString& name) const {
  const NamedScene* entry = find(name);
  return entry ? translated(entry->title) : QString();
}

QGraphicsScene* ModuleView::scene(const QString& name) {
  const NamedScene* entry = find(name);
  if (!entry) return nullptr;
  QGraphicsScene* made = entry->scene();
  if (entry->hooks.waitUntilReady) entry->hooks.waitUntilReady();
  return made;
}

QWidget* ModuleView::createStateWidget(QWidget*) { return nullptr; }

void ModuleView::showPosition(int from, int to, bool animate) {
  for (const auto& entry : m_scenes)
    if (entry.hooks.showPosition) entry.hooks.showPosition(from, to, animate);
  refreshTablesAndPanels();
}

void ModuleView::finishAnimations() {
  for (const auto& entry : m_scenes)
    if (entry.hooks.finishAnimations) entry.hooks.finishAnimations();
}

bool ModuleView::isAnimating() const {
  return std::any_of(m_scenes.begin(), m_scenes.end(),
                     [](const NamedScene& entry) { return entry.hooks.isAnimating && entry.hooks.isAnimating(); });
}

void ModuleView::retranslate() {
  for (const auto& entry : m_scenes)
    if (entry.hooks.retranslate) entry.hooks.retranslate();
  refreshTablesAndPanels();
  for (const auto& [tabs, names] : m_tabs)
    if (tabs)
      for (int i = 0; i < names.size(); ++i) tabs->setTabText(i, viewTitle(names[i]));
}

void ModuleView::setAnimationSpeed(double speed) {
  for (const auto& entry : m_scenes)
    if (entry.hooks.setAnimationSpeed) entry.hooks.setAnimationSpeed(speed);
}

void ModuleView::setPresentation(bool presentation) {
  m_presentation = presentation;
  for (const auto& entry : m_scenes)
    if (entry.hooks.setPresentation) entry.hooks.setPresentation(presentation);
}

void ModuleView::addScene(const QString& name, const char* title, QGraphicsScene* scene, SceneHooks hooks) {
  m_scenes.push_back({name, title, [scene] { return scene; }, std::move(hooks)});
}

void ModuleView::addSceneMadeOnFirstUse(const QString& name, const char* title, std::function<QGraphicsScene*()> make,
                                        SceneHooks hooks) {
  m_scenes.push_back({name, title, std::move(make), std::move(hooks)});
}

void ModuleView::addTable(StateTableModel* model) { m_tables.push_back(model); }

FittedSceneView* ModuleView::createSceneView(const QString& name, const QString& objectName, QWidget* parent) const {
  const NamedScene* entry = find(name);
  auto* view = new FittedSceneView(entry ? entry->scene() : nullptr, parent);
  view->setObjectName(objectName);
  return view;
}

QTabWidget* ModuleView::createSceneTabs(const QList<std::pair<QString, QString>>& scenes, QWidget* parent) {
  auto* tabs = new QTabWidget(parent);
  QStringList names;
  for (const auto& [name, objectName] : scenes) {
    tabs->addTab(createSceneView(name, objectName, tabs), viewTitle(name));
    names << name;
  }
  m_tabs.emplace_back(tabs, names);
  return tabs;
}

QSplitter* ModuleView::stack(QWidget* top, QWidget* bottom, int topStretch, int bottomStretch, const QList<int>& sizes,
                             QWidget* parent) {
  auto* splitter = new QSplitter(Qt::Vertical, parent);
  splitter->addWidget(top);
  splitter->addWidget(bottom);
  splitter->setStretchFactor(0, topStretch);
  splitter->setStretchFactor(1, bottomStretch);
  splitter->setSizes(sizes);
  return splitter;
}

StatePanel* ModuleView::createStatePanel(QWidget* parent) {
  auto* panel = new StatePanel(parent);
  m_panels.emplace_back(panel);
  return panel;
}

QString ModuleView::translated(const char* text) const {
  // The context lupdate gives QT_TR_NOOP in a member of the module view's class: its full name.
  return QCoreApplication::translate(metaObject()->className(), text);
}

const ModuleView::NamedScene* ModuleView::find(const QString& name) const {
  for (const auto& entry : m_scenes)
    if (entry.name == name) return &entry;
  return nullptr;
}

void ModuleView::refreshTablesAndPanels() {
  for (StateTableModel* table : m_tables) table->refresh();
  for (const auto& panel : m_panels)
    if (panel) panel->refreshTexts();
}

std::unique_ptr<ModuleView> createModuleView(const engine::Simulation& simulation, QObject* parent) {
  const auto* presenter = presenterFor(simulation.module());
  return presenter ? presenter->createView(simulation, parent) : nullptr;
}

}  // namespace oslens::views
