#include "app/gui/timeline_bar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include "views/core/simulation_document.h"

namespace oslens::app {

namespace {
// Playback speeds; 1x advances one step a second at most, slow enough for a class to follow.
constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};
constexpr int kDefaultSpeedIndex = 2;
// How often Play looks whether the view is done: fine enough that the pause is not noticeably longer.
constexpr int kPollMs = 40;

QToolButton* makeButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& name) {
  auto* button = new QToolButton(parent);
  button->setIcon(parent->style()->standardIcon(icon));
  button->setIconSize(QSize(28, 28));
  button->setAutoRaise(true);
  button->setFocusPolicy(Qt::NoFocus);
  button->setObjectName(name);
  return button;
}
}  // namespace

TimelineBar::TimelineBar(views::SimulationDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_timer(new QTimer(this)) {
  m_start = makeButton(this, QStyle::SP_MediaSkipBackward, QStringLiteral("startButton"));
  m_back = makeButton(this, QStyle::SP_MediaSeekBackward, QStringLiteral("backButton"));
  m_play = makeButton(this, QStyle::SP_MediaPlay, QStringLiteral("playButton"));
  m_forward = makeButton(this, QStyle::SP_MediaSeekForward, QStringLiteral("forwardButton"));
  m_end = makeButton(this, QStyle::SP_MediaSkipForward, QStringLiteral("endButton"));
  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setObjectName(QStringLiteral("scrubSlider"));
  // The arrow keys step the timeline; the slider must not take them.
  m_slider->setFocusPolicy(Qt::NoFocus);
  m_position = new QLabel(this);
  m_position->setObjectName(QStringLiteral("positionLabel"));
  m_position->setMinimumWidth(140);
  m_speedLabel = new QLabel(this);
  m_speed = new QComboBox(this);
  m_speed->setFocusPolicy(Qt::NoFocus);
  for (double s : kSpeeds) m_speed->addItem(QStringLiteral("%1×").arg(s), s);
  m_speed->setCurrentIndex(kDefaultSpeedIndex);

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 8, 4);
  for (QWidget* w : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_back), static_cast<QWidget*>(m_play),
                     static_cast<QWidget*>(m_forward), static_cast<QWidget*>(m_end)})
    layout->addWidget(w);
  layout->addWidget(m_slider, 1);
  layout->addWidget(m_position);
  layout->addWidget(m_speedLabel);
  layout->addWidget(m_speed);

  connect(m_start, &QToolButton::clicked, &m_document, &views::SimulationDocument::rewind);
  connect(m_back, &QToolButton::clicked, &m_document, &views::SimulationDocument::stepBack);
  connect(m_play, &QToolButton::clicked, this, &TimelineBar::togglePlay);
  connect(m_forward, &QToolButton::clicked, &m_document, &views::SimulationDocument::stepForward);
  connect(m_end, &QToolButton::clicked, &m_document, &views::SimulationDocument::seekToEnd);
  connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
    if (value != m_document.position()) m_document.seek(value);
  });
  connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });
  connect(m_timer, &QTimer::timeout, this, &TimelineBar::advance);
  connect(&m_document, &views::SimulationDocument::scenarioLoaded, this, [this] {
    stop();
    syncToDocument();
  });
  connect(&m_document, &views::SimulationDocument::positionChanged, this, &TimelineBar::syncToDocument);
  m_timer->setInterval(kPollMs);
  retranslate();
  syncToDocument();
}

bool TimelineBar::playing() const { return m_timer->isActive(); }
double TimelineBar::speed() const { return m_speed->currentData().toDouble(); }

void TimelineBar::togglePlay() {
  if (playing()) return stop();
  if (m_document.position() >= m_document.stepCount()) m_document.rewind();
  m_sinceStep.start();
  m_sinceIdle.invalidate();
  m_timer->start();
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
  retranslate();
}

void TimelineBar::stop() {
  m_timer->stop();
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  retranslate();
}

void TimelineBar::advance() {
  if (m_document.position() >= m_document.stepCount()) return stop();
  if (m_busy && m_busy()) {
    m_sinceIdle.invalidate();
    return;
  }
  if (!m_sinceIdle.isValid()) m_sinceIdle.start();
  const double pace = speed();
  if (m_sinceStep.elapsed() < kStepIntervalMs / pace || m_sinceIdle.elapsed() < kPauseAfterAnimationMs / pace) return;
  m_document.stepForward();
  m_sinceStep.restart();
  m_sinceIdle.invalidate();
}

void TimelineBar::syncToDocument() {
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, m_document.stepCount());
  m_slider->setValue(m_document.position());
  m_position->setText(tr("Step %1 / %2").arg(m_document.position()).arg(m_document.stepCount()));
  const bool loaded = m_document.hasSimulation();
  m_start->setEnabled(loaded && m_document.position() > 0);
  m_back->setEnabled(loaded && m_document.position() > 0);
  m_forward->setEnabled(loaded && m_document.position() < m_document.stepCount());
  m_end->setEnabled(loaded && m_document.position() < m_document.stepCount());
  m_play->setEnabled(loaded && m_document.stepCount() > 0);
}

void TimelineBar::retranslate() {
  m_start->setToolTip(tr("Jump to the start (Home)"));
  m_back->setToolTip(tr("Step back (Left)"));
  m_play->setToolTip(playing() ? tr("Pause (Space)") : tr("Play (Space)"));
  m_forward->setToolTip(tr("Step forward (Right)"));
  m_end->setToolTip(tr("Jump to the end (End)"));
  m_slider->setToolTip(tr("Drag to scrub through the steps"));
  m_speedLabel->setText(tr("Speed"));
  m_position->setText(tr("Step %1 / %2").arg(m_document.position()).arg(m_document.stepCount()));
}

void TimelineBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace oslens::app
