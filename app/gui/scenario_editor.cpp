#include "app/gui/scenario_editor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace oslens::app {

ScenarioEditor::ScenarioEditor(QWidget* parent)
    : QWidget(parent),
      m_hint(new QLabel(this)),
      m_edit(new QPlainTextEdit(this)),
      m_apply(new QPushButton(this)),
      m_revert(new QPushButton(this)) {
  setObjectName(QStringLiteral("scenarioEditor"));
  m_edit->setObjectName(QStringLiteral("scenarioText"));
  m_apply->setObjectName(QStringLiteral("applyButton"));
  m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  // Only a click puts the cursor here: at start-up and after Escape the keys step the timeline.
  m_edit->setFocusPolicy(Qt::ClickFocus);
  m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
  m_hint->setWordWrap(true);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(m_revert);
  buttons->addWidget(m_apply);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_hint);
  layout->addWidget(m_edit, 1);
  layout->addLayout(buttons);

  connect(m_apply, &QPushButton::clicked, this, [this] { emit applyRequested(text()); });
  connect(m_revert, &QPushButton::clicked, this, [this] { setLoadedText(m_loadedText); });
  auto* applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit);
  applyShortcut->setContext(Qt::WidgetShortcut);
  connect(applyShortcut, &QShortcut::activated, m_apply, &QPushButton::click);
  connect(m_edit->document(), &QTextDocument::modificationChanged, this, &ScenarioEditor::modificationChanged);
  retranslate();
}

QString ScenarioEditor::text() const { return m_edit->toPlainText(); }

void ScenarioEditor::setLoadedText(const QString& text) {
  m_loadedText = text;
  m_edit->setPlainText(text);
  m_edit->document()->setModified(false);
}

bool ScenarioEditor::isModified() const { return m_edit->document()->isModified(); }
void ScenarioEditor::setModified(bool modified) { m_edit->document()->setModified(modified); }

void ScenarioEditor::retranslate() {
  m_hint->setText(tr("Change a value and press Apply (Ctrl+Return). Keys are described in docs/scenarios.md."));
  m_apply->setText(tr("Apply"));
  m_revert->setText(tr("Revert"));
  m_revert->setToolTip(tr("Back to the scenario as it was last loaded"));
}

void ScenarioEditor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace oslens::app
