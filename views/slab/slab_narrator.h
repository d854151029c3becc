#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

#include "engine/memory/slab/slab_model.h"

namespace oslens::views {

// Turns the events of one slab step into sentences that follow mm/slab.c: which list the slab
// comes from, when the cache grows from the buddy allocator (whose own sentences come from
// BuddyNarrator), which object is handed out, and where the slab goes afterwards.
class SlabNarrator {
  Q_DECLARE_TR_FUNCTIONS(SlabNarrator)

 public:
  static QStringList narrate(std::size_t stepIndex, const engine::slab::SlabState& after,
                             const engine::slab::SlabOp& op, const std::vector<engine::slab::SlabEvent>& events);
  static QString summary(const engine::slab::SlabState& state);
  // "slabs_partial", ...: the kernel's names, the same in every language.
  static QString listName(engine::slab::SlabList list);
};

}  // namespace oslens::views
