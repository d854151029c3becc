#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <vector>

#include "engine/memory/buddy/buddy_model.h"

namespace oslens::views {

// Turns the events of one buddy step into sentences a student can follow with mm/page_alloc.c
// open beside them: the search up the orders, each split, each merge and why merging stops.
class BuddyNarrator {
  Q_DECLARE_TR_FUNCTIONS(BuddyNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::buddy::BuddyState& after,
                             const engine::buddy::BuddyOp& op, const std::vector<engine::buddy::BuddyEvent>& events);
  static QString summary(const engine::buddy::BuddyState& state);

  // The sentences of a run of buddy events, also inside a slab step. `tagName` names a tag; the
  // slab allocator's own blocks carry kNoTag.
  using TagNamer = std::function<QString(engine::buddy::TagId)>;
  static QStringList sentences(const std::vector<engine::buddy::BuddyEvent>& events,
                               const engine::buddy::BuddyConfig& config, const TagNamer& tagName);
  // "pages 8–15" or "page 3": a block as the narration and the diagram name it.
  static QString blockText(engine::buddy::Pfn pfn, engine::buddy::Order order);
  // "1 page", "8 pages": English needs the singular; the narration avoids "page(s)".
  static QString pagesText(qulonglong count);
};

}  // namespace oslens::views
