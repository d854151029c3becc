#pragma once

#include <QGraphicsScene>

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/presentation_type.h"

namespace oslens::views {

// Managed mode's physical memory after the step: the processes (state, resident and swapped
// pages), every frame coloured by its owner (a page table, a page, a frame shared copy-on-write
// with its reference count, the dirty ones marked), and the swap slots. What the step changed is
// outlined.
class FramesScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit FramesScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void retranslate() { draw(); }
  void setPresentation(bool presentation);

  static constexpr int kColumns = 8;

 private:
  void draw();

  const engine::translation::TranslationSimulation& m_simulation;
  bool m_presentation = false;
  PresentationType m_type{14};
};

// The TLB after the step: one row per entry (its set, valid, ASID, page, frame, R/W, D, last use),
// the set the step looked in highlighted and the entry it hit or filled outlined. A TLB of more
// than 32 entries shows the sets around the one looked in.
class TlbScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit TlbScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void retranslate() { draw(); }
  void setPresentation(bool presentation);

  static constexpr int kMaxRows = 32;

 private:
  void draw();

  const engine::translation::TranslationSimulation& m_simulation;
  bool m_presentation = false;
  PresentationType m_type{14};
};

}  // namespace oslens::views
