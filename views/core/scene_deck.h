#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace oslens::views {

class FittedSceneView;
class ModuleView;

// Presentation mode's centre: one picture of a module at a time, filling the screen, and a strip
// that names every picture with its key ("1 Memory  2 Fault curve"). A chart is one key away
// instead of a permanent half of the screen. Each picture keeps its own zoom and pan; a picture
// that costs something to make (a chart computed in the background) is made when first shown.
class SceneDeck : public QWidget {
  Q_OBJECT

 public:
  SceneDeck(ModuleView& view, QWidget* parent = nullptr);

  int count() const { return static_cast<int>(m_names.size()); }
  int current() const { return m_current; }
  QString currentName() const { return m_names.value(m_current); }
  // The view showing the current picture.
  FittedSceneView* currentView() const;
  // What runs, at the strip's right: the scenario's title and the step ("Belady's anomaly ·
  // step 7 of 12"), so the class sees which experiment is on the wall.
  void setTitle(const QString& title);
  QString title() const;

 public slots:
  void showPicture(int index);  // out of range is ignored
  void showNext();
  void showPrevious();

 signals:
  void pictureChanged(int index);

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void retranslate();
  // Charts are drawn larger as the deck grows, so that their words read as far as the diagrams'.
  double chartScale() const;

  ModuleView& m_view;
  QStringList m_names;
  std::vector<FittedSceneView*> m_views;  // null until first shown
  QStackedWidget* m_stack;
  QWidget* m_strip;
  QButtonGroup* m_buttons;
  QLabel* m_title;
  int m_current = -1;
};

}  // namespace oslens::views
