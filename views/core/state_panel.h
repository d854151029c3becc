#pragma once

#include <QString>
#include <QWidget>
#include <functional>
#include <utility>
#include <vector>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace oslens::views {

// The panel beside the narration: a column of labels and state tables. A label's text is a
// function, read again whenever the module view refreshes the panel (after every move and
// language change), so titles follow the language and figures follow the step.
class StatePanel : public QWidget {
  Q_OBJECT

 public:
  explicit StatePanel(QWidget* parent = nullptr);

  QLabel* addLabel(std::function<QString()> text, const QString& objectName = {});
  // How tall a table is: as tall as its rows (a few), or all the height the others leave.
  enum class Height { FitRows, Rest };
  QTableView* addTable(QAbstractItemModel* model, const QString& objectName, Height height);

  void refreshTexts();

 private:
  QVBoxLayout* m_layout;
  std::vector<std::pair<QLabel*, std::function<QString()>>> m_labels;
};

}  // namespace oslens::views
