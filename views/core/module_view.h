#pragma once

#include <QObject>
#include <QStringList>
#include <memory>

#include "engine/core/simulation.h"

class QGraphicsScene;
class QWidget;

namespace oslens::views {

// The diagrams of one module for one loaded simulation. A module view draws the simulation's
// current state (it can be rebuilt from the state alone at any step, which makes rewind safe) and
// animates the events of a single step. Each named view is a QGraphicsScene: the screen and every
// export render that same scene.
class ModuleView : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  // Names for `oslens-cli export --view NAME`; the first is the default.
  virtual QStringList viewNames() const = 0;
  // Translated name for menus.
  virtual QString viewTitle(const QString& name) const = 0;
  virtual QGraphicsScene* scene(const QString& name) = 0;
  // The centre of the main window for this module.
  virtual QWidget* createWidget(QWidget* parent) = 0;
  // The module's state as tables, for the panel beside the narration (null if it has none).
  virtual QWidget* createStateWidget(QWidget* parent) = 0;

  // The simulation moved from step `from` to step `to`: animate one step, snap for jumps.
  virtual void showPosition(int from, int to, bool animate) = 0;
  // Finish any running animation at once, so the scene shows the current state (before export).
  virtual void finishAnimations() = 0;
  // Rebuild the texts after a language change.
  virtual void retranslate() = 0;
  // 1.0 = normal; 2.0 = animations take half as long.
  virtual void setAnimationSpeed(double speed) = 0;
};

// The view for the simulation's module, or null for a module without views yet.
std::unique_ptr<ModuleView> createModuleView(const engine::Simulation& simulation, QObject* parent = nullptr);

}  // namespace oslens::views
