#pragma once

#include <QElapsedTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace oslens::views {
class SimulationDocument;
}

namespace oslens::app {

// Play/pause, step back and forward, start and end, a scrub slider and the playback speed. It
// drives the document; the keys (Space, Left, Right, Home, End) are the main window's actions.
// Play respects the story: a step lasts at least a second at 1x, and as long as its animation
// needs (a whole safety scan, a tree's fix-up), then a short pause before the next; the speed
// divides both.
class TimelineBar : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineBar(views::SimulationDocument& document, QWidget* parent = nullptr);

  bool playing() const;
  double speed() const;
  QSlider* slider() const { return m_slider; }
  // While `busy` returns true (the view still plays the last step), Play waits.
  void setAnimationBusy(std::function<bool()> busy) { m_busy = std::move(busy); }

  // At 1x: the shortest step, and the pause after a step's animation has ended.
  static constexpr int kStepIntervalMs = 1000;
  static constexpr int kPauseAfterAnimationMs = 500;

 public slots:
  void togglePlay();
  void stop();

 signals:
  void speedChanged(double speed);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void syncToDocument();
  void retranslate();
  void advance();

  views::SimulationDocument& m_document;
  QToolButton* m_start;
  QToolButton* m_back;
  QToolButton* m_play;
  QToolButton* m_forward;
  QToolButton* m_end;
  QSlider* m_slider;
  QLabel* m_position;
  QLabel* m_speedLabel;
  QComboBox* m_speed;
  QTimer* m_timer;  // polls while playing
  std::function<bool()> m_busy;
  QElapsedTimer m_sinceStep;  // since Play last stepped (or started)
  QElapsedTimer m_sinceIdle;  // since the view stopped animating; invalid while it animates
};

}  // namespace oslens::app
