#include "views/buddy/buddy_narrator.h"

#include "engine/core/overloaded.h"
#include "views/core/step_number.h"
#include "views/core/sentences.h"

namespace oslens::views {

using namespace engine::buddy;

namespace {
QString zoneName(const BuddyConfig& config, ZoneIndex zone) { return QString::fromStdString(config.zones.at(zone).name); }
bool severalZones(const BuddyConfig& config) { return config.zones.size() > 1; }
}  // namespace

QString BuddyNarrator::pagesText(qulonglong count) {
  return count == 1 ? tr("1 page") : tr("%1 pages").arg(count);
}

QString BuddyNarrator::blockText(Pfn pfn, Order order) {
  const qulonglong last = qulonglong{pfn} + (qulonglong{1} << order) - 1;
  return order == 0 ? tr("page %1").arg(pfn) : tr("pages %1–%2").arg(pfn).arg(last);
}

QStringList BuddyNarrator::sentences(const std::vector<BuddyEvent>& events, const BuddyConfig& config,
                                     const TagNamer& tagName) {
  QStringList out;
  const bool lifo = config.pick == PickRule::Lifo;
  // Empty orders passed over by the search, said in one sentence rather than one each.
  int emptyFrom = -1, emptyTo = -1;
  auto flushEmpty = [&] {
    if (emptyFrom < 0) return;
    out << (emptyFrom == emptyTo ? tr("free_area[%1] is empty: the search moves up an order.").arg(emptyFrom)
                                 : tr("free_area[%1] to free_area[%2] are empty: the search moves up.")
                                       .arg(emptyFrom)
                                       .arg(emptyTo));
    emptyFrom = emptyTo = -1;
  };
  for (const auto& event : events) {
    if (const auto* searched = std::get_if<OrderSearched>(&event); searched && searched->nrFree == 0) {
      if (emptyFrom < 0) emptyFrom = searched->order;
      emptyTo = searched->order;
      continue;
    }
    flushEmpty();
    out << std::visit(
        engine::Overloaded{
            [&](const AllocRequested& e) {
              QString text = e.bytes > 0 ? tr("%1 asks for %2 bytes: rounded up to order %3 (%4).")
                                               .arg(tagName(e.tag))
                                               .arg(e.bytes)
                                               .arg(e.order)
                                               .arg(pagesText(qulonglong{1} << e.order))
                                         : tr("%1 asks for a block of order %2 (%3).")
                                               .arg(tagName(e.tag))
                                               .arg(e.order)
                                               .arg(pagesText(qulonglong{1} << e.order));
              if (severalZones(config)) text = appendSentence(text, tr("It wants zone %1.").arg(zoneName(config, e.zone)));
              return text;
            },
            [&](const OrderSearched& e) {
              return tr("free_area[%1] has a free block (nr_free = %2).").arg(e.order).arg(e.nrFree);
            },
            [&](const ZoneFallback& e) {
              return tr("Zone %1 has no block big enough: the request falls back to the lower zone %2 "
                        "(a request never takes memory from a higher zone).")
                  .arg(zoneName(config, e.from), zoneName(config, e.to));
            },
            [&](const BlockTaken& e) {
              return lifo ? tr("It takes %1, the head of free_area[%2].").arg(blockText(e.pfn, e.order)).arg(e.order)
                          : tr("It takes %1, the lowest-address block of free_area[%2].")
                                .arg(blockText(e.pfn, e.order))
                                .arg(e.order);
            },
            [&](const BlockSplit& e) {
              const auto half = static_cast<Order>(e.order - 1);
              return tr("Split %1 into the buddies %2 and %3: keep the lower half, put %3 on free_area[%4].")
                  .arg(blockText(e.pfn, e.order), blockText(e.pfn, half), blockText(e.upperPfn, half))
                  .arg(half);
            },
            [&](const BlockAllocated& e) {
              const QString given = tr("%1 gets %2 (order %3).").arg(tagName(e.tag), blockText(e.pfn, e.order)).arg(e.order);
              if (e.wastedBytes == 0) return given;
              return appendSentence(given, tr("%1 bytes of it stay unused: internal fragmentation.").arg(e.wastedBytes));
            },
            [&](const AllocFailed& e) {
              if (e.freePages == 0)
                return tr("No memory is free: the request of %1 fails.").arg(tagName(e.tag));
              return tr("No free block of order %1 or above: the request of %2 fails with %3 free, "
                        "in blocks of order %4 at most. That is external fragmentation.")
                  .arg(e.order)
                  .arg(tagName(e.tag), pagesText(e.freePages))
                  .arg(e.largestFreeOrder);
            },
            [&](const FreeRequested& e) {
              return tr("%1 frees %2 (order %3).").arg(tagName(e.tag), blockText(e.pfn, e.order)).arg(e.order);
            },
            [&](const BuddiesMerged& e) {
              return tr("Its buddy, %1 (pfn %2 XOR %3), is free at order %4: the two merge into %5.")
                  .arg(blockText(e.buddy, e.order))
                  .arg(e.pfn)
                  .arg(qulonglong{1} << e.order)
                  .arg(e.order)
                  .arg(blockText(e.pfn & e.buddy, static_cast<Order>(e.order + 1)));
            },
            [&](const MergeStopped& e) -> QString {
              switch (e.reason) {
                case MergeStop::BuddyInUse:
                  return tr("Its buddy, %1, is in use: merging stops at order %2.")
                      .arg(blockText(e.buddy, e.order))
                      .arg(e.order);
                case MergeStop::BuddySplit:
                  return tr("Its buddy, %1, is only partly free (split into smaller blocks): merging stops at order %2.")
                      .arg(blockText(e.buddy, e.order))
                      .arg(e.order);
                case MergeStop::OutsideZone:
                  return tr("Its buddy would be %1, outside the zone: merging stops at order %2.")
                      .arg(blockText(e.buddy, e.order))
                      .arg(e.order);
                case MergeStop::LargestOrder:
                  return tr("Order %1 is the largest (max_order %2): merging stops.").arg(e.order).arg(config.maxOrder);
              }
              return {};
            },
            [&](const BlockFreed& e) {
              return lifo ? tr("Put %1 at the head of free_area[%2].").arg(blockText(e.pfn, e.order)).arg(e.order)
                          : tr("Put %1 on free_area[%2].").arg(blockText(e.pfn, e.order)).arg(e.order);
            },
            [&](const TagError& e) -> QString {
              switch (e.problem) {
                case TagProblem::DoubleFree:
                  return tr("Error: %1 was freed already (a double free). Nothing changes.").arg(tagName(e.tag));
                case TagProblem::NeverAllocated:
                  return tr("Error: %1 holds no block (its request failed). Nothing to free.").arg(tagName(e.tag));
                case TagProblem::StillAllocated:
                  return tr("Error: %1 still holds a block; free it before asking again under this name. Nothing changes.")
                      .arg(tagName(e.tag));
              }
              return {};
            },
        },
        event);
  }
  flushEmpty();
  return out;
}

QStringList BuddyNarrator::narrate(std::size_t stepIndex, const BuddyState& after, const BuddyOp& op,
                                   const std::vector<BuddyEvent>& events) {
  auto tagName = [&](TagId tag) { return QString::fromStdString(after.tagName(tag)); };
  QStringList out;
  out << std::visit(engine::Overloaded{
                        [&](const AllocOp& a) { return tr("Step %1: alloc %2.").arg(stepNumber(stepIndex)).arg(tagName(a.tag)); },
                        [&](const FreeOp& f) { return tr("Step %1: free %2.").arg(stepNumber(stepIndex)).arg(tagName(f.tag)); },
                    },
                    op);
  out << sentences(events, after.memory.config(), tagName);
  return out;
}

QString BuddyNarrator::summary(const BuddyState& s) {
  const int largest = s.memory.largestFreeOrder();
  return tr("Free pages: %1 of %2; largest free block: %3; granted: %4, failed: %5, freed: %6; "
            "internal fragmentation: %7 bytes.")
      .arg(s.memory.freePages())
      .arg(s.memory.totalPages())
      .arg(largest < 0 ? tr("none") : tr("order %1").arg(largest))
      .arg(s.allocations)
      .arg(s.failures)
      .arg(s.frees)
      .arg(s.wastedBytes);
}

}  // namespace oslens::views
