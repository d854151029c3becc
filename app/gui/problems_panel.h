#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace oslens::app {

// The problems of the last scenario that failed to load, one per line with its place
// ("/config/frames: 0 is out of range; expected 1 to 1048576"), like a compiler's error list.
class ProblemsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ProblemsPanel(QWidget* parent = nullptr);

  void showProblems(const QString& source, const QStringList& problems);
  void clearProblems();
  QStringList problems() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QLabel* m_heading;
  QListWidget* m_list;
  QString m_source;
};

}  // namespace oslens::app
