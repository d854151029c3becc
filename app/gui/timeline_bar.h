#pragma once

#include <QWidget>

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
class TimelineBar : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineBar(views::SimulationDocument& document, QWidget* parent = nullptr);

  bool playing() const;
  double speed() const;
  QSlider* slider() const { return m_slider; }

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
  QTimer* m_timer;
};

}  // namespace oslens::app
