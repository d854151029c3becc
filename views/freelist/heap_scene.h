#pragma once

#include <QGraphicsScene>
#include <memory>
#include <vector>

#include "engine/memory/freelist/freelist_scenario.h"
#include "views/core/presentation_header.h"
#include "views/core/presentation_type.h"
#include "views/freelist/heap_extent.h"
#include "views/freelist/heap_picture.h"

class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QVariantAnimation;

namespace oslens::views {

// The malloc heap as OSTEP ch. 17 draws it: the free list on top, boxes joined by their next
// pointers in list order, each with a line down to its place in memory; under it the heap as an
// address bar from the base to the program break (used blocks in their tag's colour with the
// header as a band at their start, free ones hatched behind a grey header and numbered by their
// place in the list, the unmapped space above the break, the limit), the program's pointers (what
// each tag holds: an address, a dangling freed pointer, NULL), and the mmapped chunks apart. A step plays as beats (heap_picture.h): the walk along the list, each
// entry's verdict under its box, the break moving, the split or the merge; a step back plays them
// backwards. The picture is redrawn from the beat's data, so a jump shows exactly the state.
class HeapScene : public QGraphicsScene {
  Q_OBJECT

 public:
  HeapScene(const engine::freelist::FreelistSimulation& simulation, QObject* parent = nullptr);
  ~HeapScene() override;

  void showPosition(int from, int to, bool animate);
  void finishAnimations();
  void setPresentation(bool presentation);
  void retranslate();
  void setAnimationSpeed(double speed) { m_beatMs = speed <= 0 ? 0 : static_cast<int>(kBaseBeatMs / speed); }
  bool isAnimating() const;

  // What is drawn now, for tests: the free-list boxes' labels in list order, the verdicts under
  // them ("" for none), and the texts of the blocks on the bar.
  QStringList listLabels() const;
  QStringList verdictLabels() const;
  QStringList barLabels() const;
  // The pointer row's chips: "A → 1008", "B → freed (dangling)", "C = NULL".
  QStringList pointerLabels() const;
  // Every text item's text.
  QStringList texts() const;
  // Shows beat `beat` of the step that leads to the current position (tests look at a moment).
  void showBeat(std::size_t beat);
  std::size_t beatCount() const { return m_beats.size(); }

 private:
  void buildStaticItems();
  void draw(const HeapPicture& picture);
  void drawHeader(const HeapPicture& picture);
  void drawList(const HeapPicture& picture);
  void drawBar(const HeapPicture& picture);
  void drawMapped(const HeapPicture& picture);
  void drawPointers(const HeapPicture& picture);
  void drawBarCallouts(std::vector<QRectF> taken);
  void clearDynamic();
  template <class Item>
  Item* keep(Item* item) {
    m_dynamic.push_back(item);
    return item;
  }
  void showRest();
  void prepareBeats(int from, int to);
  qreal xOf(engine::freelist::Address address) const;
  QFont typeFont(qreal points, bool bold = false) const;
  QString tagName(engine::freelist::TagId tag) const;

  const engine::freelist::FreelistSimulation& m_simulation;
  HeapExtent m_extents;
  engine::freelist::Address m_extent = 1;  // the bar reaches this address in the picture drawn now
  std::size_t m_beatsFrom = 0;             // the position before (or after, going back) the step playing

  QGraphicsSimpleTextItem* m_title = nullptr;
  QGraphicsSimpleTextItem* m_rules = nullptr;
  struct Stat {
    QGraphicsSimpleTextItem* caption = nullptr;
    QGraphicsSimpleTextItem* value = nullptr;
  };
  std::vector<Stat> m_stats;
  QGraphicsSimpleTextItem* m_stepLine = nullptr;
  QGraphicsSimpleTextItem* m_listCaption = nullptr;
  QGraphicsSimpleTextItem* m_barCaption = nullptr;
  QGraphicsSimpleTextItem* m_mappedCaption = nullptr;
  QGraphicsSimpleTextItem* m_pointersCaption = nullptr;
  std::vector<QGraphicsItem*> m_legend;
  std::vector<QGraphicsSimpleTextItem*> m_legendTexts;
  std::vector<QGraphicsItem*> m_dynamic;  // made anew for every beat
  struct Unlabelled {                     // a used block too narrow for its name: named above the bar
    engine::freelist::Block block;
    QString text;
    QColor colour;
  };
  std::vector<Unlabelled> m_unlabelled;
  QStringList m_listTexts, m_verdictTexts, m_barTexts, m_pointerTexts;

  PresentationHeader m_header;
  // 16 pt on the wall: the heap picture is width-bound at about 1.14x on a 1920x1080 projector, so
  // its smallest words are about 24 px there.
  PresentationType m_type{16};
  bool m_presentation = false;

  // The step playing: its states (kept alive for the beats' pointers), its beats, the direction.
  struct Playing {
    engine::freelist::FreelistState before, after;
    std::vector<engine::freelist::FreelistEvent> events;
  };
  std::unique_ptr<Playing> m_playing;
  std::vector<HeapPicture> m_beats;
  bool m_forward = true;
  QVariantAnimation* m_animation = nullptr;
  static constexpr int kBaseBeatMs = 420;
  int m_beatMs = kBaseBeatMs;
};

}  // namespace oslens::views
