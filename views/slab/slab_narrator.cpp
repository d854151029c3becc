#include "views/slab/slab_narrator.h"

#include "engine/core/overloaded.h"
#include "views/buddy/buddy_narrator.h"
#include "views/core/step_number.h"

namespace oslens::views {

using namespace engine::slab;

QString SlabNarrator::listName(SlabList list) {
  switch (list) {
    case SlabList::Full: return QStringLiteral("slabs_full");
    case SlabList::Partial: return QStringLiteral("slabs_partial");
    case SlabList::Free: return QStringLiteral("slabs_free");
    case SlabList::None: break;
  }
  return {};
}

namespace {
QString name(const std::string& text) { return QString::fromStdString(text); }

QString slabText(Pfn pfn) { return SlabNarrator::tr("the slab at page %1").arg(pfn); }

QString opHeading(std::size_t stepIndex, const SlabState& s, const SlabOp& op) {
  const auto step = stepNumber(stepIndex);
  return std::visit(
      engine::Overloaded{
          [&](const CacheAllocOp& o) {
            return SlabNarrator::tr("Step %1: kmem_cache_alloc(%2) for %3.")
                .arg(step)
                .arg(name(s.cacheName(o.cache)), name(s.tagName(o.tag)));
          },
          [&](const CacheFreeOp& o) {
            return SlabNarrator::tr("Step %1: kmem_cache_free of %2.").arg(step).arg(name(s.tagName(o.tag)));
          },
          [&](const KmallocOp& o) {
            return SlabNarrator::tr("Step %1: kmalloc(%2) for %3.").arg(step).arg(o.bytes).arg(name(s.tagName(o.tag)));
          },
          [&](const KfreeOp& o) { return SlabNarrator::tr("Step %1: kfree of %2.").arg(step).arg(name(s.tagName(o.tag))); },
          [&](const ShrinkOp& o) {
            return SlabNarrator::tr("Step %1: kmem_cache_shrink(%2).").arg(step).arg(name(s.cacheName(o.cache)));
          },
      },
      op);
}

QString movedSentence(const SlabMoved& e) {
  const QString to = SlabNarrator::listName(e.to);
  if (e.to == SlabList::None)
    return SlabNarrator::tr("The slab at page %1 leaves %2.").arg(e.slab).arg(SlabNarrator::listName(e.from));
  const QString place = e.atTail ? SlabNarrator::tr("the tail of %1").arg(to) : SlabNarrator::tr("the head of %1").arg(to);
  if (e.from == SlabList::None) return SlabNarrator::tr("The slab at page %1 goes to %2.").arg(e.slab).arg(place);
  if (e.from == e.to) return SlabNarrator::tr("The slab at page %1 stays on %2, now at %3.").arg(e.slab).arg(to, place);
  return SlabNarrator::tr("The slab at page %1 moves from %2 to %3.").arg(e.slab).arg(SlabNarrator::listName(e.from), place);
}

QString problemSentence(const QString& tag, TagProblem problem) {
  switch (problem) {
    case TagProblem::DoubleFree:
      return SlabNarrator::tr("Error: %1 was freed already (a double free). Nothing changes.").arg(tag);
    case TagProblem::NeverAllocated:
      return SlabNarrator::tr("Error: %1 holds no object (its request failed). Nothing to free.").arg(tag);
    case TagProblem::StillAllocated:
      return SlabNarrator::tr("Error: %1 still holds an object; free it before asking again under this name. "
                              "Nothing changes.")
          .arg(tag);
  }
  return {};
}

QString sentence(const SlabState& s, const SlabEvent& event) {
  auto tag = [&](TagId t) { return name(s.tagName(t)); };
  auto cache = [&](CacheId c) { return name(s.cacheName(c)); };
  return std::visit(
      engine::Overloaded{
          [&](const CacheAllocRequested& e) {
            return SlabNarrator::tr("%1 asks cache %2 for an object of %3 bytes.")
                .arg(tag(e.tag), cache(e.cache))
                .arg(s.geometry(e.cache).size);
          },
          [&](const KmallocRequested& e) {
            if (e.cache == kNoCache)
              return SlabNarrator::tr("%1 bytes is above the largest kmalloc class (%2 bytes): the request goes "
                                      "straight to the buddy allocator as order %3 (%4).")
                  .arg(e.bytes)
                  .arg(s.setup->constants.kmallocMaxCacheSize())
                  .arg(e.order)
                  .arg(BuddyNarrator::pagesText(qulonglong{1} << e.order));
            return SlabNarrator::tr("%1 bytes fall in the size class %2: objects of %3 bytes.")
                .arg(e.bytes)
                .arg(cache(e.cache))
                .arg(s.geometry(e.cache).size);
          },
          [&](const SlabTaken& e) {
            return e.from == SlabList::Partial
                       ? SlabNarrator::tr("It uses %1, the head of slabs_partial.").arg(slabText(e.slab))
                       : SlabNarrator::tr("No slab is partly used: it takes %1, the head of slabs_free (an empty slab).")
                             .arg(slabText(e.slab));
          },
          [&](const SlabGrown& e) {
            return SlabNarrator::tr("Cache %1 grows: a new slab of %2 at page %3. Colour %4 starts its first "
                                    "object %5 bytes in, so the slabs' objects fall on different cache lines.")
                .arg(cache(e.cache), BuddyNarrator::pagesText(qulonglong{1} << e.order))
                .arg(e.slab)
                .arg(e.colour)
                .arg(e.colourOffset);
          },
          [&](const GrowFailed& e) {
            return SlabNarrator::tr("The buddy allocator has no free block of order %1: cache %2 cannot grow.")
                .arg(e.order)
                .arg(cache(e.cache));
          },
          [&](const ObjectAllocated& e) {
            return SlabNarrator::tr("%1 gets object %2 of %3, at address 0x%4.")
                .arg(tag(e.tag))
                .arg(e.index)
                .arg(slabText(e.slab))
                .arg(QString::number(e.address, 16));
          },
          [&](const SlabMoved& e) { return movedSentence(e); },
          [&](const AllocFailed& e) {
            return SlabNarrator::tr("Out of memory: the request of %1 fails.").arg(tag(e.tag));
          },
          [&](const FreeRequested& e) {
            return SlabNarrator::tr("%1 is object %2 of %3 in cache %4.")
                .arg(tag(e.tag))
                .arg(e.index)
                .arg(slabText(e.slab), cache(e.cache));
          },
          [&](const ObjectFreed& e) {
            return SlabNarrator::tr("Object %1 goes back on the slab's freelist, where the next allocation from this "
                                    "slab takes it first. Objects in use in the slab: %2 of %3.")
                .arg(e.index)
                .arg(e.active)
                .arg(s.geometry(e.cache).num);
          },
          [&](const LargeFreed& e) {
            return SlabNarrator::tr("%1 was a large kmalloc, so its block (%2) goes straight back to the buddy allocator.")
                .arg(tag(e.tag), BuddyNarrator::blockText(e.pfn, e.order));
          },
          [&](const WrongCache& e) {
            if (e.actual == kNoCache && e.named == kNoCache)
              return SlabNarrator::tr("Warning: %1 is a large kmalloc, not a slab object: cache_free frees nothing "
                                      "(kfree would free it).")
                  .arg(tag(e.tag));
            if (e.actual == kNoCache)
              return SlabNarrator::tr("Warning: %1 is no object of cache %2 but a large kmalloc; the kernel warns "
                                      "and frees nothing.")
                  .arg(tag(e.tag), cache(e.named));
            return SlabNarrator::tr("Warning: %1 belongs to cache %2, not %3 (the kernel warns \"Wrong slab cache\"); "
                                    "it is freed into %2.")
                .arg(tag(e.tag), cache(e.actual), cache(e.named));
          },
          [&](const ShrinkRequested& e) {
            return SlabNarrator::tr("Empty slabs on slabs_free to give back: %1.").arg(e.freeSlabs);
          },
          [&](const SlabDestroyed& e) {
            return SlabNarrator::tr("The slab at page %1 is destroyed: the buddy allocator gets its %2 back.")
                .arg(e.slab)
                .arg(BuddyNarrator::pagesText(qulonglong{1} << e.order));
          },
          [&](const TagError& e) { return problemSentence(tag(e.tag), e.problem); },
          [&](const PageAllocatorEvent&) { return QString(); },  // narrated in runs, see narrate()
      },
      event);
}
}  // namespace

QStringList SlabNarrator::narrate(std::size_t stepIndex, const SlabState& after, const SlabOp& op,
                                  const std::vector<SlabEvent>& events) {
  QStringList out{opHeading(stepIndex, after, op)};
  // The buddy allocator's events come in runs (one grow, one destroy, one large kmalloc); each run
  // is told by BuddyNarrator. A slab's own pages carry no tag: they are the cache's.
  QString cacheOfRun;
  std::vector<engine::buddy::BuddyEvent> run;
  auto flush = [&] {
    if (run.empty()) return;
    auto namer = [&](engine::buddy::TagId t) {
      return t == kNoTag ? tr("Cache %1").arg(cacheOfRun) : name(after.tagName(t));
    };
    out << BuddyNarrator::sentences(run, after.memory.config(), namer);
    run.clear();
  };
  auto remember = [&](CacheId c) {
    if (c != kNoCache) cacheOfRun = name(after.cacheName(c));
  };
  for (const auto& event : events) {
    if (const auto* page = std::get_if<PageAllocatorEvent>(&event)) {
      run.push_back(page->event);
      continue;
    }
    flush();
    std::visit(engine::Overloaded{[&](const CacheAllocRequested& e) { remember(e.cache); },
                                  [&](const KmallocRequested& e) { remember(e.cache); },
                                  [&](const ShrinkRequested& e) { remember(e.cache); },
                                  [&](const SlabDestroyed& e) { remember(e.cache); }, [](const auto&) {}},
               event);
    out << sentence(after, event);
  }
  flush();
  return out;
}

QString SlabNarrator::summary(const SlabState& s) {
  std::uint64_t slabs = 0, objects = 0;
  for (const auto& cache : s.caches) {
    slabs += cache.slabCount();
    objects += cache.activeObjs;
  }
  return tr("Caches: %1; slabs: %2 (%3 pages); objects in use: %4; free pages: %5 of %6; granted: %7, failed: %8, "
            "freed: %9.")
      .arg(s.caches.size())
      .arg(slabs)
      .arg(s.slabPages())
      .arg(objects)
      .arg(s.memory.freePages())
      .arg(s.memory.totalPages())
      .arg(s.allocations)
      .arg(s.failures)
      .arg(s.frees);
}

}  // namespace oslens::views
