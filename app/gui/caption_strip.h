#pragma once

#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace oslens::views {
class SimulationDocument;
}

namespace oslens::app {

class StepReveal;

// Presentation mode's narration: the current step only, in type large enough for the back of a
// lecture hall, under the picture. What the step does comes first, in bold; how it ended (the
// step's last sentence, its conclusion) is always shown: when the words do not fit at the
// smallest readable size, the sentences between go first, replaced by "…". Before the first step
// it shows the scenario's title and description; at the last step the run's summary, if it fits.
class CaptionStrip : public QWidget {
  Q_OBJECT

 public:
  CaptionStrip(views::SimulationDocument& document, StepReveal& reveal, QWidget* parent = nullptr);

  // The text as drawn (tests read it; no-break spaces read as spaces, as QTextDocument gives them).
  QString plainText() const { return m_text.toPlainText(); }
  // The size the body is drawn at, in pixels.
  int pixelSize() const { return m_pixelSize; }
  // The size the words may not shrink below: ~24 px on a 1080-pixel-high screen.
  int minimumPixelSize() const;
  // Whether every word of the layout fits inside the strip.
  bool fits() const;

  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;
  // The strip's height follows the window's.
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  struct Words {
    QString heading;
    QStringList body;  // the last is the conclusion
    QString summary;   // the run's, at its last step; at step 0 the hint to step
    bool isIntroduction = false;  // step 0: the body is the description, kept from its start
  };
  Words currentWords() const;
  void refresh();
  // Lays out `words` at `pixelSize`, dropping `dropped` sentences from the front of the body (from
  // its end for the introduction).
  void layOut(const Words& words, int pixelSize, int dropped, bool withSummary);

  views::SimulationDocument& m_document;
  StepReveal& m_reveal;
  QTextDocument m_text;
  int m_pixelSize = 0;
};

}  // namespace oslens::app
