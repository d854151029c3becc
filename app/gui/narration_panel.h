#pragma once

#include <QTextBrowser>

namespace oslens::views {
class SimulationDocument;
}

namespace oslens::app {

// The event log: what happened at each of the recent steps and why, the current step last and
// in bold. Before the first step it shows the scenario's description.
class NarrationPanel : public QTextBrowser {
  Q_OBJECT

 public:
  // Steps of history kept in view; older steps scroll out.
  static constexpr int kHistorySteps = 40;

  explicit NarrationPanel(views::SimulationDocument& document, QWidget* parent = nullptr);

  // Presentation mode reads from the back of a lecture hall.
  void setLargeText(bool large);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void refresh();
  // Scrolls to the end and keeps it there as the document's layout grows.
  void followEnd();

  views::SimulationDocument& m_document;
  bool m_large = false;
  bool m_followEnd = true;  // false once the reader scrolls up, until the next refresh
};

}  // namespace oslens::app
