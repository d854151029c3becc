#include "app/gui/narration_panel.h"

#include <QEvent>
#include <QScrollBar>

#include "app/gui/step_reveal.h"
#include "views/core/language.h"
#include "views/core/narrator.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"
#include "views/core/simulation_document.h"

namespace oslens::app {

NarrationPanel::NarrationPanel(views::SimulationDocument& document, QWidget* parent)
    : QTextBrowser(parent), m_document(document) {
  setObjectName(QStringLiteral("narrationPanel"));
  setFocusPolicy(Qt::NoFocus);
  // The pictures' typeface, one design for Latin and Chinese (a Chinese colon sits low at the left).
  setFont(views::ViewPalette::font(10.5));
  setOpenLinks(false);
  connect(&m_document, &views::SimulationDocument::scenarioLoaded, this, &NarrationPanel::refresh);
  connect(&m_document, &views::SimulationDocument::positionChanged, this, &NarrationPanel::refresh);
  // The current step is last: keep the end in view. The document lays itself out lazily and the
  // panel may change size after a refresh (presentation mode), so the range grows later; until
  // the reader scrolls up, every change of the range scrolls to the end again.
  connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
    if (m_followEnd) verticalScrollBar()->setValue(maximum);
  });
  connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
          [this](int value) { m_followEnd = value >= verticalScrollBar()->maximum(); });
  refresh();
}

void NarrationPanel::setStepReveal(StepReveal* reveal) {
  // The reveal follows every move (after the view has started animating it): refresh on it alone.
  disconnect(&m_document, &views::SimulationDocument::positionChanged, this, &NarrationPanel::refresh);
  m_reveal = reveal;
  connect(m_reveal, &StepReveal::changed, this, &NarrationPanel::refresh);
  refresh();
}

void NarrationPanel::refresh() {
  const auto* simulation = m_document.simulation();
  QString html = QStringLiteral("<div style='font-size:10.5pt'>");
  if (!simulation) {
    setHtml(html + tr("Open a scenario from the library or with File > Open.") + QStringLiteral("</div>"));
    followEnd();
    return;
  }
  const std::size_t position = simulation->position();
  if (position == 0) {
    // Hints and the run's summary in colour, not in italics: Chinese is not slanted.
    html += QStringLiteral("<h3>%1</h3><p>%2</p><p style='color:#1e3a8a'>%3</p>")
                .arg(m_document.title().toHtmlEscaped(),
                     m_document.description().toHtmlEscaped(),
                     tr("Press Right or Space to take the first step."));
  } else {
    const std::size_t first = position > kHistorySteps ? position - kHistorySteps + 1 : 1;
    const auto steps = views::narrateSteps(*simulation, first, position);
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const bool current = i + 1 == steps.size();
      QStringList sentences = steps[i];
      // Still animating: what the step does, not yet how it ended.
      if (current && m_reveal && !m_reveal->revealed() && sentences.size() > 1)
        sentences = {sentences.front(), QStringLiteral("…")};
      html += current ? QStringLiteral("<div style='background:#fff4d6; padding:4px'>")
                      : QStringLiteral("<div style='color:#6b7280'>");
      for (int s = 0; s < sentences.size(); ++s) {
        const QString text = views::bindNumbersToUnits(sentences[s]).toHtmlEscaped();
        html += s == 0 ? QStringLiteral("<p style='margin-bottom:2px'><b>%1</b></p>").arg(text)
                       : QStringLiteral("<p style='margin:0 0 0 12px'>%1</p>").arg(current ? QStringLiteral("<b>%1</b>").arg(text) : text);
      }
      html += QStringLiteral("</div>");
    }
    if (position == simulation->stepCount() && (!m_reveal || m_reveal->revealed()))
      html += QStringLiteral("<p style='color:#1e3a8a'>%1</p>").arg(views::summarizeSimulation(*simulation).toHtmlEscaped());
  }
  setHtml(html + QStringLiteral("</div>"));
  followEnd();
}

void NarrationPanel::followEnd() {
  m_followEnd = true;
  verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void NarrationPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) refresh();
  QTextBrowser::changeEvent(event);
}

}  // namespace oslens::app
