#include "views/buddy/buddy_narrator.h"

#include <QLocale>

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

BuddyNarrator::Shortfall BuddyNarrator::shortfallOf(const BuddyAllocator& memory, Order order, ZoneIndex zone) {
  Shortfall out{Shortfall::Kind::NothingFree, 0, -1};
  const std::uint64_t asked = std::uint64_t{1} << order;
  // A block lies inside one zone: only a zone with enough free pages of its own could have served
  // the request had they been in one block.
  bool oneZoneHasEnough = false;
  for (std::size_t z = 0; z <= zone && z < memory.config().zones.size(); ++z) {
    const auto index = static_cast<ZoneIndex>(z);
    out.usableFreePages += memory.zoneFreePages(index);
    oneZoneHasEnough = oneZoneHasEnough || memory.zoneFreePages(index) >= asked;
    for (int o = memory.config().maxOrder - 1; o > out.usableLargestOrder; --o)
      if (memory.nrFree(index, static_cast<Order>(o)) > 0) out.usableLargestOrder = o;
  }
  if (memory.freePages() == 0) out.kind = Shortfall::Kind::NothingFree;
  else if (out.usableFreePages == 0) out.kind = Shortfall::Kind::OnlyInHigherZones;
  else if (!oneZoneHasEnough) out.kind = Shortfall::Kind::TooFewPages;
  else out.kind = Shortfall::Kind::Fragmentation;
  return out;
}

QString BuddyNarrator::failureText(const AllocFailed& e, ZoneIndex zone, const BuddyConfig& config, const QString& tag,
                                   const BuddyAllocator* memory) {
  if (e.freePages == 0) return tr("No memory is free: the request of %1 fails.").arg(tag);
  if (!memory)  // the event alone: the whole memory's figures
    return tr("No free block of order %1 or above: the request of %2 fails with %3 free, "
              "in blocks of order %4 at most. That is external fragmentation.")
        .arg(e.order)
        .arg(tag, pagesText(e.freePages))
        .arg(e.largestFreeOrder);
  const Shortfall shortfall = shortfallOf(*memory, e.order, zone);
  const bool zones = severalZones(config);
  const qulonglong asked = qulonglong{1} << e.order;
  switch (shortfall.kind) {
    case Shortfall::Kind::NothingFree:
      return tr("No memory is free: the request of %1 fails.").arg(tag);
    case Shortfall::Kind::OnlyInHigherZones: {
      const QString none = zone == 0 ? tr("Zone %1 has no free page").arg(zoneName(config, zone))
                                     : tr("Zone %1 and the zones below it have no free page").arg(zoneName(config, zone));
      return tr("%1: the request of %2 fails. The free pages (%3) are all in higher zones, and a request never "
                "takes memory from a higher zone.")
          .arg(none, tag, pagesText(e.freePages));
    }
    case Shortfall::Kind::TooFewPages:
      if (zones)
        return tr("No zone it may use has the %3 it asks for free (zone %2 and below have %1 in all, and a block "
                  "lies inside one zone): the request of %4 fails. Memory is short there; no arrangement of the "
                  "free pages would do.")
            .arg(pagesText(shortfall.usableFreePages), zoneName(config, zone), pagesText(asked), tag);
      return tr("Only %1 are free, fewer than the %2 it asks for: the request of %3 fails. Memory is short; "
                "no arrangement of the free pages would do.")
          .arg(pagesText(shortfall.usableFreePages), pagesText(asked), tag);
    case Shortfall::Kind::Fragmentation:
      if (zones)
        return tr("No free block of order %1 or above in zone %2 and below: the request of %3 fails with %4 "
                  "free there, in blocks of order %5 at most. That is external fragmentation.")
            .arg(e.order)
            .arg(zoneName(config, zone), tag, pagesText(shortfall.usableFreePages))
            .arg(shortfall.usableLargestOrder);
      return tr("No free block of order %1 or above: the request of %2 fails with %3 free, "
                "in blocks of order %4 at most. That is external fragmentation.")
          .arg(e.order)
          .arg(tag, pagesText(shortfall.usableFreePages))
          .arg(shortfall.usableLargestOrder);
  }
  return {};
}

QStringList BuddyNarrator::sentences(const std::vector<BuddyEvent>& events, const BuddyConfig& config,
                                     const TagNamer& tagName, const BuddyAllocator* memory) {
  QStringList out;
  ZoneIndex requestedZone = 0;
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
              requestedZone = e.zone;
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
            [&](const AllocFailed& e) { return failureText(e, requestedZone, config, tagName(e.tag), memory); },
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
  out << sentences(events, after.memory.config(), tagName, &after.memory);
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
      .arg(QLocale().toString(static_cast<qulonglong>(s.wastedBytes)));  // grouped, as the picture writes it
}

}  // namespace oslens::views
