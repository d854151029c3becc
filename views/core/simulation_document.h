#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTimer;

#include "engine/core/simulation.h"

namespace oslens::views {

// One open scenario: its text, where it came from, and the simulation with its timeline. The
// timeline bar, the views and the tables talk to this, never to the engine (docs/architecture.md, "The GUI").
class SimulationDocument : public QObject {
  Q_OBJECT

 public:
  explicit SimulationDocument(QObject* parent = nullptr);
  ~SimulationDocument() override;

  // Validates and loads `text`. On success the document switches to it and emits
  // scenarioLoaded(); on failure it returns the problems (translated, each naming its place) and
  // keeps everything it had before.
  QStringList load(const QByteArray& text, const QString& sourcePath = {});
  QStringList loadFile(const QString& path);

  bool hasSimulation() const { return m_simulation != nullptr; }
  const engine::Simulation* simulation() const { return m_simulation.get(); }
  const QByteArray& text() const { return m_text; }
  const QString& sourcePath() const { return m_sourcePath; }
  // The scenario's title and description in the current UI language, Chinese typeset
  // (views/core/chinese_typesetting.h: a counter such as "第 10 版" never breaks across lines).
  QString title() const;
  QString description() const;

  int stepCount() const;
  int position() const;
  // True once the timeline's checkpoints are all built (done in idle time after loading).
  bool checkpointsReady() const;

 public slots:
  void seek(int step);
  void stepForward();
  void stepBack();
  void rewind();
  void seekToEnd();

 signals:
  void scenarioLoaded();
  // The position moved from `from` to `to`; views animate a single step and snap for jumps.
  void positionChanged(int from, int to);

 private:
  void prepareSlice();

  std::unique_ptr<engine::Simulation> m_simulation;
  QTimer* m_prepareTimer;
  QByteArray m_text;
  QString m_sourcePath;
};

}  // namespace oslens::views
