#pragma once

#include <QTextBrowser>

namespace oslens::views {
class SimulationDocument;
}

namespace oslens::app {

class StepReveal;

// The event log: what happened at each of the recent steps and why, the current step last and
// in bold. Before the first step it shows the scenario's description. While a step forward still
// animates, the current step shows only what it does; how it ended follows with the picture.
class NarrationPanel : public QTextBrowser {
  Q_OBJECT

 public:
  // Steps of history kept in view; older steps scroll out.
  static constexpr int kHistorySteps = 40;

  explicit NarrationPanel(views::SimulationDocument& document, QWidget* parent = nullptr);

  // From now on the current step's outcome waits for `reveal` (no spoilers while it animates).
  void setStepReveal(StepReveal* reveal);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void refresh();
  // Scrolls to the end and keeps it there as the document's layout grows.
  void followEnd();

  views::SimulationDocument& m_document;
  StepReveal* m_reveal = nullptr;
  bool m_followEnd = true;  // false once the reader scrolls up, until the next refresh
};

}  // namespace oslens::app
