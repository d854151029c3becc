#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace oslens::views {

// A read-only table for a module's state panel: columns sized to their contents, no row numbers,
// no selection, and no keyboard focus, so the arrow keys keep stepping the timeline.
QTableView* makeStateTable(QAbstractItemModel* model, const QString& objectName, QWidget* parent);

}  // namespace oslens::views
