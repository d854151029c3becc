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

QString ScenarioEditor::text() const { return m_editable ? m_edit->toPlainText() : m_loadedText; }

void ScenarioEditor::setLoadedText(const QString& text) {
  m_loadedText = text;
  m_editable = text.size() <= kMaxEditableCharacters;
  m_edit->setReadOnly(!m_editable);
  m_apply->setEnabled(m_editable);
  m_revert->setEnabled(m_editable);
  m_edit->setPlainText(m_editable ? text : QString());
  if (!m_editable) showTooLargeNotice();
  m_edit->document()->setModified(false);
}

void ScenarioEditor::setEditedText(const QString& text) {
  m_editable = true;
  m_edit->setReadOnly(false);
  m_apply->setEnabled(true);
  m_revert->setEnabled(true);
  m_edit->setPlainText(text);
  m_edit->document()->setModified(true);
}

void ScenarioEditor::showTooLargeNotice() {
  m_edit->setPlaceholderText(
      tr("This scenario has %L1 characters, more than the %L2 this panel edits. Change it in a text editor "
         "and open it again (File › Open); Save as still writes it whole.")
          .arg(m_loadedText.size())
          .arg(kMaxEditableCharacters));
}

bool ScenarioEditor::isModified() const { return m_edit->document()->isModified(); }
void ScenarioEditor::setModified(bool modified) { m_edit->document()->setModified(modified); }

void ScenarioEditor::retranslate() {
  m_hint->setText(tr("Change a value and press Apply (Ctrl+Return). Keys are described in docs/scenarios.md."));
  m_apply->setText(tr("Apply"));
  m_revert->setText(tr("Revert"));
  m_revert->setToolTip(tr("Back to the scenario as it was last loaded"));
  if (!m_editable) showTooLargeNotice();
}

void ScenarioEditor::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace oslens::app
