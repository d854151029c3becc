#include "app/gui/problems_panel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace oslens::app {

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_list(new QListWidget(this)) {
  setObjectName(QStringLiteral("problemsPanel"));
  m_list->setObjectName(QStringLiteral("problemsList"));
  m_list->setWordWrap(true);
  m_list->setFocusPolicy(Qt::NoFocus);
  m_heading->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_heading);
  layout->addWidget(m_list, 1);
  retranslate();
}

void ProblemsPanel::showProblems(const QString& source, const QStringList& problems) {
  m_source = source;
  m_list->clear();
  for (const QString& p : problems) {
    auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), p, m_list);
    item->setForeground(QColor(0xb7, 0x1c, 0x1c));
  }
  retranslate();
}

void ProblemsPanel::clearProblems() {
  m_source.clear();
  m_list->clear();
  retranslate();
}

QStringList ProblemsPanel::problems() const {
  QStringList out;
  for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->text();
  return out;
}

void ProblemsPanel::retranslate() {
  if (m_list->count() == 0) m_heading->setText(tr("No problems."));
  else
    m_heading->setText(tr("%1 was not loaded; the scenario you had stays open. Fix these and try again:")
                           .arg(m_source.isEmpty() ? tr("The scenario") : m_source));
}

void ProblemsPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

}  // namespace oslens::app
