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
  // `memory`, when given, is the allocator as the step left it: a failed request is then said
  // for what it is, a shortage or fragmentation in the zones it may use.
  static QStringList sentences(const std::vector<engine::buddy::BuddyEvent>& events,
                               const engine::buddy::BuddyConfig& config, const TagNamer& tagName,
                               const engine::buddy::BuddyAllocator* memory = nullptr);

  // Why a request of `order` for `zone` found no block, from the allocator it failed on: the
  // free pages and the largest free block in the zones it may use (the zone and the ones below
  // it, mm/page_alloc.c's zonelist), against those of the whole memory.
  struct Shortfall {
    enum class Kind : std::uint8_t {
      NothingFree,          // no free page anywhere
      OnlyInHigherZones,    // free pages, but none in a zone it may use
      TooFewPages,          // no zone it may use has as many free pages as it asks for
      Fragmentation,        // enough free pages there, but no block large enough: external fragmentation
    };
    Kind kind;
    std::uint64_t usableFreePages;
    int usableLargestOrder;  // -1: none
  };
  static Shortfall shortfallOf(const engine::buddy::BuddyAllocator& memory, engine::buddy::Order order,
                               engine::buddy::ZoneIndex zone);
  // The sentence for a failed request (with `memory`; without, from the event alone).
  static QString failureText(const engine::buddy::AllocFailed& failed, engine::buddy::ZoneIndex zone,
                             const engine::buddy::BuddyConfig& config, const QString& tag,
                             const engine::buddy::BuddyAllocator* memory);
  // "pages 8–15" or "page 3": a block as the narration and the diagram name it.
  static QString blockText(engine::buddy::Pfn pfn, engine::buddy::Order order);
  // "1 page", "8 pages": English needs the singular; the narration avoids "page(s)".
  static QString pagesText(qulonglong count);
};

}  // namespace oslens::views
