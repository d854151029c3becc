#pragma once

#include <QGraphicsScene>
#include <QString>
#include <vector>

#include "engine/memory/buddy/buddy_scenario.h"

namespace oslens::views {

// The picture textbooks draw of the buddy system (Silberschatz 10e, figure 10.26 "Buddy system
// allocation"; OSTEP 17.4): each zone's largest blocks as roots, every split block as a node whose
// two halves (the buddies) hang below it, and the blocks of the current state as leaves, free
// (green) or allocated (blue, with its tag). Rows are orders, widths are sizes, so a leaf sits
// above the pages it covers in the memory bar. The blocks the current step split, took, freed or
// merged are outlined.
//
// Made for teaching sizes: a zone of more than kMaxRoots largest blocks, or nodes narrower than a
// few pixels, are summarised instead of drawn (the free lists and the memory bar show any size).
class BuddyTreeScene : public QGraphicsScene {
  Q_OBJECT

 public:
  static constexpr int kMaxRoots = 64;

  struct Node {
    engine::buddy::Pfn pfn;
    engine::buddy::Order order;
    enum class Kind { Split, Free, Used } kind;
    QString label;     // the tag of a used block
    bool touched;      // split, taken, freed or merged by the current step
  };

  BuddyTreeScene(const engine::buddy::BuddySimulation& simulation, QObject* parent = nullptr);

  void showPosition(int from, int to, bool animate);
  void retranslate() { rebuild(); }
  // The nodes drawn, roots first, each before its children (tests).
  const std::vector<Node>& nodes() const { return m_nodes; }

 private:
  void rebuild();
  void collect(engine::buddy::Pfn pfn, engine::buddy::Order order);

  const engine::buddy::BuddySimulation& m_simulation;
  std::vector<Node> m_nodes;
};

}  // namespace oslens::views
