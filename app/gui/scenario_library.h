#pragma once

#include <QTreeWidget>

namespace oslens::app {

// The built-in scenarios, grouped by module, with their titles in the UI language. Activating one
// asks the main window to open it.
class ScenarioLibrary : public QTreeWidget {
  Q_OBJECT

 public:
  explicit ScenarioLibrary(QWidget* parent = nullptr);

  // Marks the entry for `resourcePath` as current (none if it is not a built-in).
  void setCurrentScenario(const QString& resourcePath);

 signals:
  void scenarioChosen(const QString& resourcePath);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void populate();
};

}  // namespace oslens::app
