#include "views/slab/slab_outcome.h"

#include <optional>

#include "views/buddy/buddy_narrator.h"

namespace oslens::views {

using namespace engine::slab;

namespace {
// What a step's events say, gathered.
struct Facts {
  std::optional<SlabGrown> grown;
  std::optional<ObjectAllocated> allocated;
  std::optional<ObjectFreed> freed;
  std::optional<SlabMoved> moved;
  std::optional<AllocFailed> failed;
  std::optional<GrowFailed> growFailed;
  std::optional<KmallocRequested> kmalloc;
  std::optional<engine::buddy::BlockAllocated> large;
  std::optional<LargeFreed> largeFreed;
  std::optional<WrongCache> wrongCache;
  std::optional<TagError> tagError;
  std::optional<ShrinkRequested> shrink;
  std::uint64_t destroyedPages = 0;
  std::uint32_t destroyed = 0;

  explicit Facts(const std::vector<SlabEvent>& events) {
    for (const auto& e : events) {
      if (const auto* x = std::get_if<SlabGrown>(&e)) grown = *x;
      if (const auto* x = std::get_if<ObjectAllocated>(&e)) allocated = *x;
      if (const auto* x = std::get_if<ObjectFreed>(&e)) freed = *x;
      if (const auto* x = std::get_if<SlabMoved>(&e)) moved = *x;
      if (const auto* x = std::get_if<AllocFailed>(&e)) failed = *x;
      if (const auto* x = std::get_if<GrowFailed>(&e)) growFailed = *x;
      if (const auto* x = std::get_if<KmallocRequested>(&e)) kmalloc = *x;
      if (const auto* x = std::get_if<LargeFreed>(&e)) largeFreed = *x;
      if (const auto* x = std::get_if<WrongCache>(&e)) wrongCache = *x;
      if (const auto* x = std::get_if<TagError>(&e)) tagError = *x;
      if (const auto* x = std::get_if<ShrinkRequested>(&e)) shrink = *x;
      if (const auto* x = std::get_if<SlabDestroyed>(&e)) {
        ++destroyed;
        destroyedPages += std::uint64_t{1} << x->order;
      }
      if (const auto* p = std::get_if<PageAllocatorEvent>(&e))
        if (const auto* b = std::get_if<engine::buddy::BlockAllocated>(&p->event); b && b->tag != kNoTag) large = *b;
    }
  }
};

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Where the slab an allocation used went afterwards (fixup_slab_list), if it changed list.
QString afterAllocation(const std::optional<SlabMoved>& moved) {
  if (!moved) return {};
  if (moved->to == SlabList::Full) return SlabOutcome::tr("The slab is now full: it goes to the head of slabs_full.");
  if (moved->from == SlabList::Free) return SlabOutcome::tr("The slab leaves slabs_free for the head of slabs_partial.");
  if (moved->from == SlabList::None) return SlabOutcome::tr("The new slab goes to the head of slabs_partial.");
  return {};
}

// Where the slab a free used went afterwards (free_block).
QString afterFree(const std::optional<SlabMoved>& moved) {
  if (!moved) return {};
  if (moved->to == SlabList::Free)
    return SlabOutcome::tr("The slab is empty: it goes to the head of slabs_free, cached until a shrink.");
  if (moved->from == SlabList::Full) return SlabOutcome::tr("The slab leaves slabs_full for the tail of slabs_partial.");
  return SlabOutcome::tr("The slab goes to the tail of slabs_partial.");
}

QString problemText(const QString& tag, TagProblem problem) {
  switch (problem) {
    case TagProblem::DoubleFree: return SlabOutcome::tr("✗ %1 was freed already (a double free): nothing changes.").arg(tag);
    case TagProblem::NeverAllocated: return SlabOutcome::tr("✗ %1 holds no object: nothing to free.").arg(tag);
    case TagProblem::StillAllocated: return SlabOutcome::tr("✗ %1 still holds an object: nothing changes.").arg(tag);
  }
  return {};
}
}  // namespace

SlabOutcome SlabOutcome::of(const SlabState& s, const std::vector<SlabEvent>& events) {
  const Facts f(events);
  auto tag = [&](TagId t) { return qs(s.tagName(t)); };
  auto cache = [&](CacheId c) { return qs(s.cacheName(c)); };
  SlabOutcome out;
  if (f.tagError) return {{problemText(tag(f.tagError->tag), f.tagError->problem)}, Tone::Failed};
  if (f.failed) {
    out.tone = Tone::Failed;
    if (f.growFailed)
      out.sentences << tr("✗ The buddy allocator has no free block of order %1, so cache %2 cannot grow: %3 gets nothing.")
                     .arg(f.growFailed->order)
                     .arg(cache(f.growFailed->cache), tag(f.failed->tag));
    else
      out.sentences << tr("✗ The buddy allocator has no free block of order %1: the large kmalloc of %2 fails.")
                     .arg(f.kmalloc ? f.kmalloc->order : 0)
                     .arg(tag(f.failed->tag));
    return out;
  }
  if (f.allocated) {
    const auto& a = *f.allocated;
    const QString address = QString::number(a.address, 16);
    const QString got =
        f.grown ? tr("→ Cache %1 grows by a slab of %2 at page %3 (colour %4); %5 gets its object %6, address 0x%7.")
                      .arg(cache(a.cache), BuddyNarrator::pagesText(qulonglong{1} << f.grown->order))
                      .arg(f.grown->slab)
                      .arg(f.grown->colour)
                      .arg(tag(a.tag))
                      .arg(a.index)
                      .arg(address)
                : tr("→ %1 gets object %2 of the slab at page %3, address 0x%4.").arg(tag(a.tag)).arg(a.index).arg(a.slab).arg(address);
    out.sentences << got;
    if (const QString after = afterAllocation(f.moved); !after.isEmpty()) out.sentences << after;
    return out;
  }
  if (f.freed) {
    const auto& o = *f.freed;
    const QString freed = tr("Object %1 of the slab at page %2 is free again (%3 of %4 still in use).")
                              .arg(o.index)
                              .arg(o.slab)
                              .arg(o.active)
                              .arg(s.geometry(o.cache).num);
    if (f.wrongCache) {
      out.tone = Tone::Warning;
      out.sentences << tr("⚠ %1 belongs to cache %2, not %3 (\"Wrong slab cache\"): it is freed into %2.")
                           .arg(tag(f.wrongCache->tag), cache(f.wrongCache->actual), cache(f.wrongCache->named))
                    << freed;
    } else {
      out.sentences << QStringLiteral("→ ") + freed;
    }
    if (const QString after = afterFree(f.moved); !after.isEmpty()) out.sentences << after;
    return out;
  }
  if (f.wrongCache && f.wrongCache->named == kNoCache)
    return {{tr("⚠ %1 is a large kmalloc, not a slab object: cache_free frees nothing (kfree would free it).")
                 .arg(tag(f.wrongCache->tag))},
            Tone::Warning};
  if (f.wrongCache)
    return {{tr("⚠ %1 is a large kmalloc, no object of cache %2: the kernel warns and frees nothing.")
                 .arg(tag(f.wrongCache->tag), cache(f.wrongCache->named))},
            Tone::Warning};
  if (f.large)
    out.sentences << tr("→ %1 gets %2 (order %3) straight from the buddy allocator: no cache is involved.")
                   .arg(tag(f.large->tag), BuddyNarrator::blockText(f.large->pfn, f.large->order))
                   .arg(f.large->order);
  else if (f.largeFreed)
    out.sentences << tr("→ %1's block (%2) goes straight back to the buddy allocator.")
                   .arg(tag(f.largeFreed->tag), BuddyNarrator::blockText(f.largeFreed->pfn, f.largeFreed->order));
  else if (f.shrink)
    out.sentences << (f.destroyed == 0 ? tr("→ slabs_free of %1 is empty: nothing to give back.").arg(cache(f.shrink->cache))
               : f.destroyed == 1
                   ? tr("→ 1 empty slab destroyed: %1 back to the buddy allocator.").arg(BuddyNarrator::pagesText(f.destroyedPages))
                   : tr("→ %1 empty slabs destroyed: %2 back to the buddy allocator.")
                         .arg(f.destroyed)
                         .arg(BuddyNarrator::pagesText(f.destroyedPages)));
  return out;
}

}  // namespace oslens::views
