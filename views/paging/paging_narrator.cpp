#include "views/paging/paging_narrator.h"

#include "engine/core/overloaded.h"
#include "views/core/step_number.h"

namespace oslens::views {

using namespace engine::paging;

QString PagingNarrator::policyTitle(Policy policy) {
  switch (policy) {
    case Policy::Fifo: return tr("FIFO");
    case Policy::Lru: return tr("LRU");
    case Policy::Opt: return tr("OPT");
    case Policy::Clock: return tr("Clock");
    case Policy::Lfu: return tr("LFU");
    case Policy::Random: return tr("Random");
  }
  return {};
}

QString PagingNarrator::sentence(const PagingEvent& event) {
  return std::visit(
      engine::Overloaded{
          [](const PageHit& e) {
            return tr("Page %1 is already in frame %2: a hit, no fault.").arg(e.page).arg(e.frame);
          },
          [](const PageFault& e) { return tr("Page %1 is not in any frame: page fault.").arg(e.page); },
          [](const SecondChance& e) {
            return tr("The hand finds page %1 in frame %2 with its reference bit set: it gets a second chance, "
                      "the bit is cleared and the hand moves on.")
                .arg(e.page)
                .arg(e.frame);
          },
          [](const VictimChosen& e) -> QString {
            switch (e.policy) {
              case Policy::Fifo:
                return tr("Memory is full. FIFO evicts page %1 from frame %2: it was loaded first, at step %3.")
                    .arg(e.page).arg(e.frame).arg(stepNumber(e.loadedAt));
              case Policy::Lru:
                return tr("Memory is full. LRU evicts page %1 from frame %2: its last use, at step %3, is the "
                          "longest ago.")
                    .arg(e.page).arg(e.frame).arg(stepNumber(e.lastUsedAt));
              case Policy::Opt:
                if (e.nextUseAt == kNever)
                  return tr("Memory is full. OPT evicts page %1 from frame %2: it is never used again.")
                      .arg(e.page).arg(e.frame);
                return tr("Memory is full. OPT evicts page %1 from frame %2: its next use, at step %3, is the "
                          "farthest in the future.")
                    .arg(e.page).arg(e.frame).arg(stepNumber(e.nextUseAt));
              case Policy::Lfu:
                // English says "once" and "3 times" (no "time(s)"); each form is its own sentence.
                if (e.useCount == 1)
                  return tr("Memory is full. LFU evicts page %1 from frame %2: used once since it was loaded, "
                            "the fewest (ties go to the page loaded first).")
                      .arg(e.page).arg(e.frame);
                return tr("Memory is full. LFU evicts page %1 from frame %2: used %3 times since it was loaded, "
                          "the fewest (ties go to the page loaded first).")
                    .arg(e.page).arg(e.frame).arg(e.useCount);
              case Policy::Clock:
                return tr("Memory is full. Clock evicts page %1 from frame %2: its reference bit is 0 where the "
                          "hand stands.")
                    .arg(e.page).arg(e.frame);
              case Policy::Random:
                return tr("Memory is full. Random evicts page %1 from frame %2, drawn from the scenario's seeded "
                          "generator.")
                    .arg(e.page).arg(e.frame);
            }
            return {};
          },
          [](const PageEvicted& e) {
            return e.dirty ? tr("Page %1 is dirty: it is written back to disk before frame %2 is reused.")
                                 .arg(e.page).arg(e.frame)
                           : tr("Page %1 is clean: it leaves frame %2 without a write-back.").arg(e.page).arg(e.frame);
          },
          [](const PageLoaded& e) {
            return e.freeFrame ? tr("Page %1 is read into free frame %2.").arg(e.page).arg(e.frame)
                               : tr("Page %1 is read into frame %2.").arg(e.page).arg(e.frame);
          },
          [](const DirtyBitSet& e) {
            return tr("The write sets the dirty bit of page %1 in frame %2.").arg(e.page).arg(e.frame);
          },
      },
      event);
}

QString PagingNarrator::summary(const PagingState& s) {
  const double rate = 100.0 * s.hitRate();
  return tr("%1, frames: %2; references: %3, faults: %4, hits: %5, write-backs: %6; hit rate %7%.")
      .arg(policyTitle(s.config.policy))
      .arg(s.config.frames)
      .arg(s.step)
      .arg(s.faults)
      .arg(s.hits)
      .arg(s.writebacks)
      .arg(QString::number(rate, 'f', 1));
}

QStringList PagingNarrator::narrate(std::size_t stepIndex, const PagingState&, const PagingOp& op,
                                    const std::vector<PagingEvent>& events) {
  QStringList out;
  out << (op.write ? tr("Step %1: write to page %2.") : tr("Step %1: read of page %2."))
             .arg(stepNumber(stepIndex))
             .arg(op.page);
  for (const auto& e : events) out << sentence(e);
  return out;
}

}  // namespace oslens::views
