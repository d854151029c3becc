#include "app/gui/caption_strip.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>

#include "app/gui/step_reveal.h"
#include "views/core/language.h"
#include "views/core/narrator.h"
#include "views/core/sentences.h"
#include "views/core/simulation_document.h"
#include "views/core/view_palette.h"

namespace oslens::app {

namespace {
constexpr int kMargin = 16;
// Share of the window's height the strip takes, the same at every step (the picture above must not
// change size from step to step): a heading and a line at ~36 px, or four lines at ~24 px, on a
// 1080-pixel screen; the rest of the height is the picture's.
constexpr int kHeightPercent = 16;
// Sizes as fractions of the window's height: at most ~36 px and at least ~24 px at 1080 (issue 14:
// nothing readable below ~24 px on a 1920x1080 projector).
constexpr int kLargestFraction = 30;
constexpr int kSmallestFraction = 45;
constexpr int kSmallestInAnyWindow = 14;

// The sentences one after another as their language writes them, the last in bold (a step's
// conclusion); "…" where sentences were left out, before them or after them.
QString bodyHtml(const QStringList& sentences, bool elidedBefore, bool elidedAfter, bool boldLast) {
  QString plain = elidedBefore ? QStringLiteral("…") : QString();
  QString html = plain;
  for (int i = 0; i < sentences.size(); ++i) {
    const QString& sentence = sentences[i];
    const QString joined = views::appendSentence(plain, sentence);
    // appendSentence knows whether the language puts a space between two sentences.
    const bool spaced = joined.size() > plain.size() + sentence.size();
    plain = joined;
    if (spaced) html += QLatin1Char(' ');
    const QString escaped = views::bindNumbersToUnits(sentence).toHtmlEscaped();
    html += boldLast && i + 1 == sentences.size() ? QStringLiteral("<b>%1</b>").arg(escaped) : escaped;
  }
  if (elidedAfter) html += QStringLiteral(" …");
  return html;
}
}  // namespace

CaptionStrip::CaptionStrip(views::SimulationDocument& document, StepReveal& reveal, QWidget* parent)
    : QWidget(parent), m_document(document), m_reveal(reveal) {
  setObjectName(QStringLiteral("captionStrip"));
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  setFocusPolicy(Qt::NoFocus);
  m_text.setDocumentMargin(0);
  connect(&m_document, &views::SimulationDocument::scenarioLoaded, this, &CaptionStrip::refresh);
  connect(&m_reveal, &StepReveal::changed, this, &CaptionStrip::refresh);
  window()->installEventFilter(this);
}

bool CaptionStrip::eventFilter(QObject* watched, QEvent* event) {
  if (watched == window() && event->type() == QEvent::Resize) updateGeometry();
  return QWidget::eventFilter(watched, event);
}

int CaptionStrip::minimumPixelSize() const {
  return std::max(kSmallestInAnyWindow, window()->height() / kSmallestFraction);
}

QSize CaptionStrip::sizeHint() const { return {800, std::max(120, window()->height() * kHeightPercent / 100)}; }

bool CaptionStrip::fits() const { return m_text.size().height() <= height() - 2 * kMargin; }

CaptionStrip::Words CaptionStrip::currentWords() const {
  Words words;
  const auto* simulation = m_document.simulation();
  if (!simulation) {
    words.body << tr("Open a scenario from the library or with File > Open.");
    return words;
  }
  const std::size_t position = simulation->position();
  if (position == 0) {
    // The lesson's set-up: the description from its start (what does not fit goes from its end),
    // and the hint to step, which goes first.
    words.heading = m_document.title();
    words.body = views::splitSentences(m_document.description());
    words.summary = tr("Press Right or Space to take the first step.");
    words.isIntroduction = true;
    return words;
  }
  const auto steps = views::narrateSteps(*simulation, position, position);
  QStringList sentences = steps.empty() ? QStringList() : steps.front();
  if (!sentences.isEmpty()) words.heading = sentences.takeFirst();
  // While the picture still plays the step, only what it does: the outcome comes with the picture.
  if (m_reveal.revealed()) words.body = sentences;
  if (m_reveal.revealed() && position == simulation->stepCount()) words.summary = views::summarizeSimulation(*simulation);
  return words;
}

void CaptionStrip::layOut(const Words& words, int pixelSize, int dropped, bool withSummary) {
  // The pictures' typeface: one design for Latin and Chinese, so that a Chinese colon sits low
  // at the left as in the picture above, not centred as in a Latin font.
  QFont font = views::ViewPalette::font(12);
  font.setPixelSize(pixelSize);
  m_text.setDefaultFont(font);
  m_text.setTextWidth(std::max(1, width() - 2 * kMargin));
  QString html;
  if (!words.heading.isEmpty())
    html += QStringLiteral("<p style='margin:0; color:#1e3a8a'><b>%1</b></p>").arg(views::bindNumbersToUnits(words.heading).toHtmlEscaped());
  if (!words.body.isEmpty()) {
    const QString body = words.isIntroduction
                             ? bodyHtml(words.body.mid(0, words.body.size() - dropped), false, dropped > 0, false)
                             : bodyHtml(words.body.mid(dropped), dropped > 0, false, true);
    html += QStringLiteral("<p style='margin:0; color:#111111'>%1</p>").arg(body);
  }
  // The run's summary in the heading's colour (not in italics: Chinese is not slanted).
  if (withSummary && !words.summary.isEmpty())
    html += QStringLiteral("<p style='margin:0; color:#1e3a8a'>%1</p>").arg(views::bindNumbersToUnits(words.summary).toHtmlEscaped());
  m_text.setHtml(html);
  m_pixelSize = pixelSize;
}

void CaptionStrip::refresh() {
  const Words words = currentWords();
  const int smallest = minimumPixelSize();
  const int largest = std::max(smallest, window()->height() / kLargestFraction);
  // As large as fits, with everything; then at the smallest size, the summary goes, then the
  // sentences before the conclusion one by one.
  for (int size = largest; size >= smallest; --size) {
    layOut(words, size, 0, true);
    if (fits()) return update();
  }
  for (int dropped = 0; dropped < std::max<qsizetype>(1, words.body.size()); ++dropped) {
    layOut(words, smallest, dropped, false);
    if (fits()) return update();
  }
  update();
}

void CaptionStrip::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(0xff, 0xf8, 0xe1));
  painter.setPen(QPen(QColor(0xd9, 0x77, 0x06), 2));
  painter.drawLine(rect().topLeft(), rect().topRight());
  painter.translate(kMargin, kMargin);
  m_text.drawContents(&painter, QRectF(0, 0, width() - 2 * kMargin, height() - 2 * kMargin));
}

void CaptionStrip::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  refresh();
}

void CaptionStrip::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) refresh();
  QWidget::changeEvent(event);
}

}  // namespace oslens::app
