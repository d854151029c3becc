#include "views/core/scene_deck.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "views/core/fitted_scene_view.h"
#include "views/core/module_view.h"

namespace oslens::views {

namespace {
// Large enough to read from the back of the room, small beside the picture: a fiftieth of the
// window's height (about 21 px on a 1080-pixel screen).
constexpr int kStripFraction = 50;
constexpr int kStripSmallestPixels = 13;
// A chart's own layout is made for a pane about this high; a taller deck draws it larger.
constexpr double kChartNaturalHeight = 450;
}  // namespace

SceneDeck::SceneDeck(ModuleView& view, QWidget* parent)
    : QWidget(parent), m_view(view), m_names(view.viewNames()), m_views(m_names.size(), nullptr) {
  setObjectName(QStringLiteral("sceneDeck"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);

  m_strip = new QWidget(this);
  m_strip->setObjectName(QStringLiteral("sceneDeckStrip"));
  auto* stripLayout = new QHBoxLayout(m_strip);
  stripLayout->setContentsMargins(12, 4, 12, 4);
  m_buttons = new QButtonGroup(this);
  m_buttons->setExclusive(true);
  for (int i = 0; i < count(); ++i) {
    auto* button = new QToolButton(m_strip);
    button->setObjectName(QStringLiteral("sceneDeckButton_") + m_names[i]);
    button->setCheckable(true);
    button->setAutoRaise(true);
    // The arrows and Space stay with the timeline: a click chooses, the keys step.
    button->setFocusPolicy(Qt::NoFocus);
    m_buttons->addButton(button, i);
    stripLayout->addWidget(button);
  }
  stripLayout->addStretch(1);
  m_title = new QLabel(m_strip);
  m_title->setObjectName(QStringLiteral("sceneDeckTitle"));
  m_title->setTextFormat(Qt::PlainText);
  stripLayout->addWidget(m_title);
  connect(m_buttons, &QButtonGroup::idClicked, this, &SceneDeck::showPicture);
  // The pictures' names never widen the window (a long list is cut at the right edge instead).
  m_strip->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  // One picture needs no buttons; the strip stays for the title.
  if (count() < 2)
    for (QAbstractButton* button : m_buttons->buttons()) button->hide();
  layout->addWidget(m_strip);

  m_stack = new QStackedWidget(this);
  for (int i = 0; i < count(); ++i) m_stack->addWidget(new QWidget(m_stack));  // placeholders
  layout->addWidget(m_stack, 1);
  retranslate();
  showPicture(0);
}

FittedSceneView* SceneDeck::currentView() const {
  return m_current >= 0 ? m_views[static_cast<std::size_t>(m_current)] : nullptr;
}

void SceneDeck::showPicture(int index) {
  if (index < 0 || index >= count() || index == m_current) return;
  auto& view = m_views[static_cast<std::size_t>(index)];
  if (!view) {
    // Made on first use: scene() waits for a chart still computed in the background.
    view = new FittedSceneView(m_view.scene(m_names[index]), m_stack);
    view->setObjectName(QStringLiteral("presentation_") + m_names[index]);
    view->setChartScale(chartScale());
    QWidget* placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, view);
    m_stack->removeWidget(placeholder);
    delete placeholder;
  }
  const bool hadFocus = currentView() && currentView()->hasFocus();
  m_current = index;
  m_stack->setCurrentIndex(index);
  m_buttons->button(index)->setChecked(true);
  if (hadFocus) view->setFocus(Qt::OtherFocusReason);
  emit pictureChanged(index);
}

void SceneDeck::setTitle(const QString& title) { m_title->setText(title); }

QString SceneDeck::title() const { return m_title->text(); }

void SceneDeck::showNext() {
  if (count() > 0) showPicture((m_current + 1) % count());
}

void SceneDeck::showPrevious() {
  if (count() > 0) showPicture((m_current + count() - 1) % count());
}

void SceneDeck::retranslate() {
  for (int i = 0; i < count(); ++i)
    m_buttons->button(i)->setText(tr("%1  %2").arg(i + 1).arg(m_view.viewTitle(m_names[i])));
  m_strip->setToolTip(tr("Keys 1–9 choose a picture; Tab shows the next."));
}

double SceneDeck::chartScale() const { return std::max(1.0, m_stack->height() / kChartNaturalHeight); }

void SceneDeck::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  QFont font = m_strip->font();
  font.setPixelSize(std::max(kStripSmallestPixels, window()->height() / kStripFraction));
  for (QAbstractButton* button : m_buttons->buttons()) button->setFont(font);
  font.setBold(true);
  m_title->setFont(font);
  for (FittedSceneView* view : m_views)
    if (view) view->setChartScale(chartScale());
}

void SceneDeck::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace oslens::views
