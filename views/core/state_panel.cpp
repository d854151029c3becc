#include "views/core/state_panel.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "views/core/chinese_typesetting.h"
#include "views/core/state_table.h"

namespace oslens::views {

StatePanel::StatePanel(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
  m_layout->setContentsMargins(0, 0, 0, 0);
}

QLabel* StatePanel::addLabel(std::function<QString()> text, const QString& objectName) {
  // Word-wrapped: typeset, a counter ("占用 1 页") is never split across lines.
  auto* label = new QLabel(typesetChinese(text()), this);
  label->setObjectName(objectName);
  label->setWordWrap(true);
  m_layout->addWidget(label);
  m_labels.emplace_back(label, std::move(text));
  return label;
}

QTableView* StatePanel::addTable(QAbstractItemModel* model, const QString& objectName, Height height) {
  auto* table = makeStateTable(model, objectName, this);
  if (height == Height::FitRows) {
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
  }
  m_layout->addWidget(table, height == Height::Rest ? 1 : 0);
  return table;
}

void StatePanel::refreshTexts() {
  for (const auto& [label, text] : m_labels) label->setText(typesetChinese(text()));
}

}  // namespace oslens::views
