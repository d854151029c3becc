#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <concepts>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "engine/core/simulation.h"

class QGraphicsScene;
class QSplitter;
class QTabWidget;
class QWidget;

namespace oslens::views {

class FittedSceneView;
class StatePanel;
class StateTableModel;

// The diagrams of one module for one loaded simulation (docs/architecture.md, "Module views").
// A module view is a table of named scenes (each a QGraphicsScene: the screen and every export
// render that same scene), the tables of its state panel, and the layout of its window. This base
// runs the table: it forwards every move of the timeline, every language change and the
// animation speed to each scene and table, so a module view only says what its scenes are.
//
// Every scene can be rebuilt from the current state alone at any step (which makes rewind safe);
// a move of one step may animate, from the step's frame (engine/core/step_frame.h).
class ModuleView : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  // How one scene follows the timeline; any of them may be empty.
  struct SceneHooks {
    std::function<void(int from, int to, bool animate)> showPosition;
    std::function<void()> finishAnimations;
    std::function<void()> retranslate;
    std::function<void(double speed)> setAnimationSpeed;
    std::function<void()> waitUntilReady;  // before scene() hands the scene out
    std::function<bool()> isAnimating;     // still playing the last move
    // Presentation mode on or off: the scene may drop what the caption strip already says
    // (views/core/presentation_header.h).
    std::function<void(bool presentation)> setPresentation;
  };

  // Names for `oslens-cli export --view NAME`, in the order the module added them; the first is
  // the default.
  QStringList viewNames() const;
  // Translated name for menus (empty for an unknown name).
  QString viewTitle(const QString& name) const;
  // The scene, complete (a chart still computed in the background is waited for): what exports
  // render. Null for an unknown name.
  QGraphicsScene* scene(const QString& name);

  // The centre of the main window for this module.
  virtual QWidget* createWidget(QWidget* parent) = 0;
  // The module's state as tables, for the panel beside the narration (null if it has none).
  virtual QWidget* createStateWidget(QWidget* parent);

  // The simulation moved from step `from` to step `to`: animate one step, snap for jumps.
  void showPosition(int from, int to, bool animate);
  // Finish any running animation at once, so the scenes show the current state (before export).
  void finishAnimations();
  // True while a scene still plays the last move (Play waits for it: a step lasts as long as its
  // story).
  bool isAnimating() const;
  // Rebuild the texts after a language change.
  void retranslate();
  // 1.0 = normal; 2.0 = animations take half as long; 0 = no animation.
  void setAnimationSpeed(double speed);
  // The scenes' form for presentation mode (true) or for the window and exports (false).
  void setPresentation(bool presentation);
  bool presentation() const { return m_presentation; }

 protected:
  // `title` is marked with QT_TR_NOOP in the module view's class: it is translated in that
  // class's context.
  void addScene(const QString& name, const char* title, QGraphicsScene* scene, SceneHooks hooks);
  // A scene whose member functions have the names and signatures of SceneHooks gets those as its
  // hooks; `extra` adds to them or replaces them.
  template <class Scene>
    requires std::derived_from<Scene, QGraphicsScene>
  void addScene(const QString& name, const char* title, Scene* scene, SceneHooks extra = {}) {
    SceneHooks hooks = std::move(extra);
    if constexpr (requires { scene->showPosition(0, 0, true); })
      if (!hooks.showPosition) hooks.showPosition = [scene](int from, int to, bool animate) { scene->showPosition(from, to, animate); };
    if constexpr (requires { scene->finishAnimations(); })
      if (!hooks.finishAnimations) hooks.finishAnimations = [scene] { scene->finishAnimations(); };
    if constexpr (requires { scene->retranslate(); })
      if (!hooks.retranslate) hooks.retranslate = [scene] { scene->retranslate(); };
    if constexpr (requires { scene->setAnimationSpeed(1.0); })
      if (!hooks.setAnimationSpeed) hooks.setAnimationSpeed = [scene](double speed) { scene->setAnimationSpeed(speed); };
    if constexpr (requires { { scene->isAnimating() } -> std::convertible_to<bool>; })
      if (!hooks.isAnimating) hooks.isAnimating = [scene] { return scene->isAnimating(); };
    if constexpr (requires { scene->setPresentation(true); })
      if (!hooks.setPresentation) hooks.setPresentation = [scene](bool on) { scene->setPresentation(on); };
    if constexpr (requires { scene->waitUntilReady(); })
      if (!hooks.waitUntilReady) hooks.waitUntilReady = [scene] { scene->waitUntilReady(); };
    addScene(name, title, static_cast<QGraphicsScene*>(scene), std::move(hooks));
  }
  // A scene made on first use (by scene(), or a window showing it): for a picture that costs
  // something to make and that an export of another scene need not wait for. Its hooks must
  // allow for it not being made yet.
  void addSceneMadeOnFirstUse(const QString& name, const char* title, std::function<QGraphicsScene*()> make,
                              SceneHooks hooks);
  // A table of the state panel: reset after every move and language change.
  void addTable(StateTableModel* model);

  // Pieces for createWidget / createStateWidget.
  FittedSceneView* createSceneView(const QString& name, const QString& objectName, QWidget* parent) const;
  // One tab per scene, {name, object name of its view}; the tab texts follow the language.
  QTabWidget* createSceneTabs(const QList<std::pair<QString, QString>>& scenes, QWidget* parent);
  // `top` above `bottom`, sharing the height in the ratio topStretch:bottomStretch, starting at `sizes`.
  static QSplitter* stack(QWidget* top, QWidget* bottom, int topStretch, int bottomStretch, const QList<int>& sizes,
                          QWidget* parent);
  // A state panel whose labels are re-read after every move and language change.
  StatePanel* createStatePanel(QWidget* parent);

  // Translates a text marked with QT_TR_NOOP in the module view's class.
  QString translated(const char* text) const;

 private:
  struct NamedScene {
    QString name;
    const char* title;
    std::function<QGraphicsScene*()> scene;
    SceneHooks hooks;
  };
  const NamedScene* find(const QString& name) const;
  void refreshTablesAndPanels();

  std::vector<NamedScene> m_scenes;
  std::vector<StateTableModel*> m_tables;
  bool m_presentation = false;
  std::vector<QPointer<StatePanel>> m_panels;
  std::vector<std::pair<QPointer<QTabWidget>, QStringList>> m_tabs;  // each tab widget and its scenes' names
};

// The view for the simulation's module, or null for a module without views yet.
std::unique_ptr<ModuleView> createModuleView(const engine::Simulation& simulation, QObject* parent = nullptr);

}  // namespace oslens::views
