#include "views/freelist/freelist_narrator.h"

#include <QLocale>
#include <algorithm>

#include "engine/core/overloaded.h"
#include "engine/memory/freelist/freelist_records.h"
#include "views/core/sentences.h"
#include "views/core/step_number.h"

namespace oslens::views {

using namespace engine::freelist;

namespace {
// Past this many entries the walk is told in one sentence, not one per entry.
constexpr std::size_t kEntriesToldOneByOne = 6;

QString tagOf(const FreelistState& s, TagId tag) { return QString::fromStdString(s.tagName(tag)); }

// The walk along the list: each entry and its verdict, or a summary of a long walk.
QStringList searchSentences(const FreelistState& s, const std::vector<const EntryExamined*>& walk, bool afterGrowth) {
  QStringList out;
  if (walk.empty()) return out;
  const FitPolicy policy = s.config->policy;
  if (walk.size() > kEntriesToldOneByOne) {
    std::size_t tooSmall = 0;
    for (const auto* e : walk) tooSmall += e->examination.verdict == Verdict::TooSmall;
    out << (afterGrowth ? FreelistNarrator::tr("The search runs again: %1 free blocks looked at, %2 of them too small.")
                        : FreelistNarrator::tr("The search looks at %1 free blocks; %2 of them are too small."))
               .arg(walk.size())
               .arg(tooSmall);
    return out;
  }
  if (afterGrowth) out << FreelistNarrator::tr("The search runs again.");
  for (const auto* e : walk) {
    const QString block = FreelistNarrator::blockText(e->examination.block);
    switch (e->examination.verdict) {
      case Verdict::TooSmall: out << FreelistNarrator::tr("%1: too small.").arg(block); break;
      case Verdict::Fits: out << FreelistNarrator::tr("%1: it fits, and %2 takes it.").arg(block, FreelistNarrator::policyTitle(policy)); break;
      case Verdict::BestSoFar:
        out << (policy == FitPolicy::Worst ? FreelistNarrator::tr("%1: it fits, the largest so far.").arg(block)
                                           : FreelistNarrator::tr("%1: it fits, the smallest so far.").arg(block));
        break;
      case Verdict::NotBetter:
        out << (policy == FitPolicy::Worst ? FreelistNarrator::tr("%1: it fits, but is not larger.").arg(block)
                                           : FreelistNarrator::tr("%1: it fits, but is not smaller.").arg(block));
        break;
    }
  }
  return out;
}

QString failureSentence(const MallocFailed& f) {
  if (f.neededBreak && f.breakLimit)
    return FreelistNarrator::tr("No free block holds %1, and growing the heap would need the break at %2, past the limit %3: malloc returns NULL.")
        .arg(FreelistNarrator::bytesText(f.size), FreelistNarrator::addressText(*f.neededBreak), FreelistNarrator::addressText(*f.breakLimit));
  if (f.atLimit)  // mmap found no room above the heap's limit
    return FreelistNarrator::tr("No free block holds %1, and there is no room for it past the heap's limit: malloc returns NULL.")
        .arg(FreelistNarrator::bytesText(f.size));
  if (f.freeBytes >= f.size)
    return FreelistNarrator::tr("No free block holds %1: malloc returns NULL. %2 are free, but the largest free block has only %3 — external fragmentation.")
        .arg(FreelistNarrator::bytesText(f.size), FreelistNarrator::bytesText(f.freeBytes), FreelistNarrator::bytesText(f.largestFree));
  return FreelistNarrator::tr("No free block holds %1: malloc returns NULL; only %2 are free in all.")
      .arg(FreelistNarrator::bytesText(f.size), FreelistNarrator::bytesText(f.freeBytes));
}
}  // namespace

QString FreelistNarrator::addressText(Address a) {
  return a < 100000 ? QString::number(a) : QStringLiteral("0x") + QString::number(a, 16);
}

QString FreelistNarrator::bytesText(std::uint64_t bytes) {
  if (bytes >= 8192 && bytes % 1024 == 0) {
    if (bytes % (1024 * 1024) == 0) return tr("%1 MiB").arg(bytes / (1024 * 1024));
    return tr("%1 KiB").arg(bytes / 1024);
  }
  // Digits grouped from five on: 125,024 bytes.
  return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes >= 10000 ? QLocale().toString(static_cast<qulonglong>(bytes)) : QString::number(bytes));
}

QString FreelistNarrator::blocksText(std::size_t count) { return count == 1 ? tr("1 block") : tr("%1 blocks").arg(count); }

QString FreelistNarrator::blockText(const Block& b) { return tr("%1 (%2)").arg(addressText(b.addr), bytesText(b.size)); }

QString FreelistNarrator::policyTitle(FitPolicy p) {
  switch (p) {
    case FitPolicy::First: return tr("first fit");
    case FitPolicy::Next: return tr("next fit");
    case FitPolicy::Best: return tr("best fit");
    case FitPolicy::Worst: return tr("worst fit");
  }
  return {};
}

QString FreelistNarrator::orderTitle(ListOrder o) {
  switch (o) {
    case ListOrder::AddrSort: return tr("by address");
    case ListOrder::SizeSortUp: return tr("smallest first");
    case ListOrder::SizeSortDown: return tr("largest first");
    case ListOrder::InsertFront: return tr("newest freed first, LIFO");
    case ListOrder::InsertBack: return tr("oldest freed first, FIFO");
  }
  return {};
}

QString FreelistNarrator::verdictText(Verdict v, FitPolicy p) {
  switch (v) {
    case Verdict::TooSmall: return tr("too small");
    case Verdict::Fits: return tr("fits");
    case Verdict::BestSoFar: return p == FitPolicy::Worst ? tr("largest so far") : tr("best so far");
    case Verdict::NotBetter: return p == FitPolicy::Worst ? tr("not larger") : tr("not smaller");
  }
  return {};
}

QString FreelistNarrator::opText(const FreelistState& s, const FreelistOp& op) {
  return std::visit(engine::Overloaded{[&](const MallocOp& m) { return tr("%1 = malloc(%2)").arg(tagOf(s, m.tag)).arg(m.bytes); },
                                       [&](const FreeOp& f) { return tr("free(%1)").arg(tagOf(s, f.tag)); },
                                       [&](const ReallocOp& r) { return tr("%1 = realloc(%1, %2)").arg(tagOf(s, r.tag)).arg(r.bytes); }},
                    op);
}

QStringList FreelistNarrator::narrate(std::size_t stepIndex, const FreelistState& s, const FreelistOp& op,
                                      const std::vector<FreelistEvent>& events) {
  QStringList out;
  const HeapConfig& config = *s.config;
  const QString step = tr("Step %1: %2.").arg(stepNumber(stepIndex)).arg(opText(s, op));
  // The first sentence says what the step does, never how it ends (it shows before the step plays).
  QString first = step;
  for (const auto& e : events) {
    if (const auto* m = std::get_if<MallocRequested>(&e)) {
      first = config.header == 0 && m->size == m->bytes ? tr("%1 It needs a free block of %2.").arg(step, bytesText(m->size))
              : config.align <= 1 ? tr("%1 It needs a free block of %2: the %3 asked for plus the header (%4).")
                                        .arg(step, bytesText(m->size), bytesText(m->bytes), bytesText(config.header))
                                  : tr("%1 It needs a free block of %2: the %3 asked for, rounded to the alignment, plus the header (%4).")
                                        .arg(step, bytesText(m->size), bytesText(m->bytes), bytesText(config.header));
      break;
    }
    if (const auto* r = std::get_if<ReallocRequested>(&e)) {
      first = r->from ? tr("%1 The block is %2; it must become %3.").arg(step, bytesText(r->from->size), bytesText(r->size)) : step;
      break;
    }
  }
  out << first;

  std::vector<const EntryExamined*> walk;
  bool grown = false;
  // The leak is the assignment's doing: told after malloc has returned (its event comes first).
  QString leakSentence;
  auto flushWalk = [&] {
    out << searchSentences(s, walk, grown);
    walk.clear();
  };
  for (const auto& e : events) {
    std::visit(
        engine::Overloaded{
            [&](const MallocRequested&) {},
            [&](const BlockLeaked& l) {
              const bool null = std::any_of(events.begin(), events.end(), [](const auto& x) { return std::holds_alternative<MallocFailed>(x); });
              const QString tag = tagOf(s, l.tag), at = addressText(l.block.addr), size = bytesText(l.block.size);
              if (l.mapped)
                leakSentence = null ? tr("%1 still pointed to the mapping at %2; assigning malloc's NULL to %1 loses that pointer: the mapping of %3 leaks — nothing can unmap it now.").arg(tag, at, size)
                                    : tr("%1 still pointed to the mapping at %2; assigning malloc's result to %1 loses that pointer: the mapping of %3 leaks — nothing can unmap it now.").arg(tag, at, size);
              else
                leakSentence = null ? tr("%1 still pointed to the block at %2; assigning malloc's NULL to %1 loses that pointer: the block of %3 leaks — nothing can free it now.").arg(tag, at, size)
                                    : tr("%1 still pointed to the block at %2; assigning malloc's result to %1 loses that pointer: the block of %3 leaks — nothing can free it now.").arg(tag, at, size);
            },
            [&](const ReallocRequested& r) {
              if (!r.from && s.tag(r.tag).status != TagSlot::Status::Freed)
                out << tr("%1 is NULL (its malloc failed): realloc(NULL, n) is malloc(n).").arg(tagOf(s, r.tag));
              auto any = [&](auto test) { return std::any_of(events.begin(), events.end(), test); };
              const bool moves = any([](const auto& x) { return std::holds_alternative<DataCopied>(x) || std::holds_alternative<MallocFailed>(x); });
              const bool joins = any([](const auto& x) { const auto* j = std::get_if<ResizedInPlace>(&x); return j && j->joined; });
              const bool mapping = r.from && (any([](const auto& x) { return std::holds_alternative<ChunkUnmapped>(x); }) ||
                                              (s.tag(r.tag).mapped && s.tag(r.tag).block == *r.from));
              if (r.from && moves && mapping && s.config->compat == Compat::Standard)
                out << tr("mremap finds no room for the larger mapping: realloc looks for a new block, as malloc does.");
              else if (r.from && moves)
                out << tr("It cannot stay where it is: realloc looks for a new block, as malloc does.");
              else if (r.from && joins)
                out << tr("The free space right after it is too small: realloc asks malloc for a new block.");
            },
            [&](const EntryExamined& x) { walk.push_back(&x); },
            [&](const BreakRaised& b) {
              flushWalk();
              grown = true;
              out << tr("Nothing fits: sbrk moves the program break up from %1 to %2, by %3 (what is missing plus top_pad, in whole pages).")
                         .arg(addressText(b.from), addressText(b.to), bytesText(b.to - b.from));
            },
            [&](const ChunkMapped& m) {
              flushWalk();  // the search that found nothing comes first
              out << tr("No free block holds it, and it is at least mmap_threshold (%1): malloc maps %2 of its own at %3 (mmap), whole pages, outside the heap.")
                         .arg(bytesText(config.mmapThreshold.value_or(0)), bytesText(m.chunk.size), addressText(m.chunk.addr));
            },
            [&](const BlockAllocated& a) {
              flushWalk();
              const QString tag = tagOf(s, a.tag);
              if (a.remainder)
                out << tr("%1 gets %2 at %3, split from the front of the free block; the rest of it, %4 at %5, stays free.")
                           .arg(tag, bytesText(a.block.size), addressText(a.block.addr), bytesText(a.remainder->size), addressText(a.remainder->addr));
              else
                out << tr("%1 gets the block at %2, %3.").arg(tag, addressText(a.block.addr), bytesText(a.block.size));
              const bool realloc = std::holds_alternative<ReallocOp>(op);
              if (config.header > 0)
                out << (realloc ? tr("realloc returns %1: the address just past the header (%2), which holds the block's size.")
                                : tr("malloc returns %1: the address just past the header (%2), which holds the block's size."))
                           .arg(addressText(a.address), bytesText(config.header));
              else
                out << (realloc ? tr("realloc returns %1.") : tr("malloc returns %1.")).arg(addressText(a.address));
            },
            [&](const MallocFailed& f) {
              flushWalk();
              out << failureSentence(f);
              if (const auto* r = std::get_if<ReallocOp>(&op); r && s.tag(r->tag).status == TagSlot::Status::Live)
                out << tr("So realloc returns NULL too, and %1 keeps its old block, which the program must still free.").arg(tagOf(s, r->tag));
            },
            [&](const FreeRequested& f) {
              out << (config.header > 0
                          ? tr("The header just before %1's pointer says the block is %2, so %2 at %3 go back.")
                                .arg(tagOf(s, f.tag), bytesText(f.block.size), addressText(f.block.addr))
                          : tr("%1's block, %2 at %3, goes back.").arg(tagOf(s, f.tag), bytesText(f.block.size), addressText(f.block.addr)));
            },
            [&](const BlocksMerged& m) {
              out << tr("The free blocks at %1 and %2 touch in memory: they coalesce into one of %3.")
                         .arg(addressText(m.lower.addr), addressText(m.upper.addr), bytesText(m.lower.size + m.upper.size));
            },
            [&](const ListInserted& i) {
              out << tr("The free block %1 enters the free list at position %2 (%3).")
                         .arg(blockText(i.block))
                         .arg(i.index + 1)
                         .arg(orderTitle(config.order));
            },
            [&](const ChunkUnmapped& m) {
              out << tr("It is a mapping of its own: munmap gives its %1 at %2 back to the kernel.").arg(bytesText(m.chunk.size), addressText(m.chunk.addr));
            },
            [&](const BreakLowered& b) {
              out << tr("The free block at the top is at least trim_threshold (%1): its whole pages above top_pad go back, and the break moves down from %2 to %3.")
                         .arg(bytesText(config.trimThreshold.value_or(0)), addressText(b.from), addressText(b.to));
            },
            [&](const NullFreed& n) { out << tr("%1's malloc returned NULL, and free(NULL) does nothing.").arg(tagOf(s, n.tag)); },
            [&](const BadPointer& b) {
              const QString tag = tagOf(s, b.tag);
              switch (b.problem) {
                case PointerProblem::DoubleFree:
                  out << tr("%1 was freed already: a double free. glibc stops the program (\"free(): double free detected in tcache 2\"); here the heap is left as it was.").arg(tag);
                  break;
                case PointerProblem::UseAfterFree:
                  out << tr("%1 was freed already: realloc of a freed pointer. glibc stops the program (\"realloc(): invalid pointer\"); here the heap is left as it was.").arg(tag);
                  break;
                case PointerProblem::NeverAllocated:
                  out << tr("%1 was never returned by malloc: glibc stops the program (\"free(): invalid pointer\"); here the heap is left as it was.").arg(tag);
                  break;
              }
            },
            [&](const ResizedInPlace& r) {
              // What follows a tail given back: the free block it ended in, when it merged.
              auto mergedAfter = [&](const Block& tail) -> std::optional<Block> {
                const auto at = std::find_if(s.heap.freeList.begin(), s.heap.freeList.end(), [&](const Block& b) { return b.addr == tail.addr; });
                if (at != s.heap.freeList.end() && at->size > tail.size) return *at;
                return std::nullopt;
              };
              if (r.joined) {
                out << tr("The block malloc found, %1 at %2, begins exactly where %3's block ends: realloc joins the two instead of copying (glibc: newp == next), so %3 grows in place to %4 and realloc returns the same pointer.")
                           .arg(bytesText(r.joined->size), addressText(r.joined->addr), tagOf(s, r.tag), bytesText(r.to.size));
                if (r.tail) {
                  if (const auto merged = mergedAfter(*r.tail))
                    out << tr("The joined block is %1 longer than needed: those %1 at %2 go back and coalesce with the free block after them, %3 free there now.")
                               .arg(bytesText(r.tail->size), addressText(r.tail->addr), bytesText(merged->size));
                  else
                    out << tr("The joined block is %1 longer than needed: those %1 at %2 go back as a free block.").arg(bytesText(r.tail->size), addressText(r.tail->addr));
                }
              } else if (r.to.size > r.from.size)
                out << tr("The free block right after it has room: %1 grows in place to %2, and realloc returns the same pointer.")
                           .arg(tagOf(s, r.tag), bytesText(r.to.size));
              else if (r.to.size < r.from.size) {
                const std::uint64_t tail = r.from.size - r.to.size;
                const auto after = std::find_if(s.heap.freeList.begin(), s.heap.freeList.end(), [&](const Block& b) { return b.addr == r.to.addr + r.to.size; });
                if (after != s.heap.freeList.end() && after->size > tail)
                  out << tr("%1 shrinks in place to %2; its tail (%3) goes back and coalesces with the free block after it: %4 free there now.")
                             .arg(tagOf(s, r.tag), bytesText(r.to.size), bytesText(tail), bytesText(after->size));
                else
                  out << tr("%1 shrinks in place to %2; its tail (%3) goes back as a free block.").arg(tagOf(s, r.tag), bytesText(r.to.size), bytesText(tail));
              }
              else
                out << tr("The block already holds it: realloc returns the same pointer.");
            },
            [&](const ChunkRemapped& m) {
              const QString tag = tagOf(s, m.tag);
              if (m.to == m.from)
                out << tr("%1 in whole pages still holds it: there is nothing to remap, and realloc returns the same pointer.").arg(bytesText(m.from.size));
              else if (m.to.addr == m.from.addr && m.to.size < m.from.size)
                out << tr("mremap shrinks %1's mapping in place to %2: the %3 of pages after it go back to the kernel, and realloc returns the same pointer.")
                           .arg(tag, bytesText(m.to.size), bytesText(m.from.size - m.to.size));
              else if (m.to.addr == m.from.addr)
                out << tr("The pages right after %1's mapping are free: mremap grows it in place to %2, and realloc returns the same pointer.").arg(tag, bytesText(m.to.size));
              else
                out << tr("There is no free room right after %1's mapping: mremap moves it to %2, now %3. The kernel moves its page tables, so no byte is copied; realloc returns %4.")
                           .arg(tag, addressText(m.to.addr), bytesText(m.to.size), addressText(m.to.addr + config.header));
            },
            [&](const DataCopied& c) {
              out << tr("realloc copies %1 from %2 to the new block at %3 and frees the old one.")
                         .arg(bytesText(c.bytes), addressText(c.from.addr), addressText(c.to.addr));
            },
        },
        e);
  }
  flushWalk();
  if (!leakSentence.isEmpty()) out << leakSentence;
  return out;
}

QString FreelistNarrator::summary(const FreelistState& s) {
  const QString text = tr("%1, free list %2: heap %3, free %4 (%5), largest %6; external fragmentation %7%; headers and rounding %8; blocks in use %9.")
      .arg(policyTitle(s.config->policy), orderTitle(s.config->order), bytesText(s.heap.heapSize), bytesText(s.freeBytes()))
      .arg(blocksText(s.heap.freeList.size()))
      .arg(bytesText(s.largestFree()))
      .arg(QString::number(100.0 * externalFragmentation(s), 'f', 1))
      .arg(bytesText(s.internalBytes))
      .arg(s.heap.used.size() + s.heap.mapped.size());
  const QString withFailures = s.failed > 0 ? appendSentence(text, tr("Failed requests: %1.").arg(s.failed)) : text;
  return s.leaked.empty() ? withFailures
                          : appendSentence(withFailures, tr("Leaked: %1 in %2, which nothing can free.").arg(bytesText(s.leakedBytes()), blocksText(s.leaked.size())));
}

}  // namespace oslens::views
