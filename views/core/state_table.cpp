#include "views/core/state_table.h"

#include <QHeaderView>
#include <QTableView>

namespace oslens::views {

QTableView* makeStateTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent) {
  auto* table = new QTableView(parent);
  table->setObjectName(objectName);
  table->setModel(model);
  table->setFocusPolicy(Qt::NoFocus);  // arrow keys step the timeline
  table->verticalHeader()->hide();
  table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  return table;
}

}  // namespace oslens::views
