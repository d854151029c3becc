#pragma once

#include <QGraphicsScene>
#include <QTimer>
#include <optional>
#include <vector>

#include "engine/memory/translation/translation_scenario.h"
#include "views/core/presentation_type.h"

namespace oslens::views {

// The walk of one access, as the MMU does it: the virtual address cut into its fields (one
// colour per level, the offset grey), the TLB asked first, then one table per level side by side,
// each a window of entries around the one indexed, lit in turn with an arrow to the next table;
// last the physical address assembled from the frame and the same offset, or the fault that
// stopped the walk. A step plays as beats (the TLB, each entry read, the result); nothing of a
// later beat shows before it plays. The tables show what the MMU read: the state before the step.
class WalkScene : public QGraphicsScene {
  Q_OBJECT

 public:
  explicit WalkScene(const engine::translation::TranslationSimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  bool isAnimating() const { return m_beatTimer.isActive(); }
  void retranslate() { draw(); }
  void setAnimationSpeed(double speed) { m_speed = speed; }
  void setPresentation(bool presentation);

  // Tests: the beats of the shown step, and how many of them are drawn.
  int beatCount() const;
  int drawnBeats() const { return m_beats; }
  static constexpr int kBeatMs = 450;

 private:
  struct Shown;  // what the step read and found, from its events
  void draw();
  void drawHeader(qreal& y);
  qreal drawAddress(const Shown& shown, qreal top);
  qreal drawWalk(const Shown& shown, qreal top);
  void drawResult(const Shown& shown, qreal top);
  // A field of an address in `box`: its name, its bits (views/translation/address_bits.h, after
  // `bitsPrefix`) and its value, one under the other.
  void drawField(const QRectF& box, const QString& name, std::uint64_t bits, int width, const QString& bitsPrefix, const QString& value,
                 const QColor& fill, const QColor& outline, const QColor& ink);
  // The physical address as two fields, the frame number and the offset, from `left` to the
  // right edge of the virtual address's offset field.
  void drawPhysicalFields(engine::translation::PhysicalAddress pa, std::uint64_t pageBytes, qreal left, qreal top);
  Shown collect() const;
  QString noAddressText() const;

  const engine::translation::TranslationSimulation& m_simulation;
  QTimer m_beatTimer;
  int m_beats = 0;  // beats drawn (the whole step when no animation runs)
  double m_speed = 1.0;
  bool m_presentation = false;
  PresentationType m_type{15};
  std::optional<engine::translation::TranslationState> m_before;  // the state the walk read
  QRectF m_offsetField;  // where the virtual address's offset field is drawn
};

}  // namespace oslens::views
