#include "views/translation/translation_narrator.h"

#include <algorithm>

#include "engine/core/overloaded.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/sentences.h"
#include "views/core/step_number.h"

namespace oslens::views {

using namespace engine::translation;

QString TranslationNarrator::processName(const TranslationState& s, ProcessIndex p) {
  return s.names && p < s.names->size() ? QString::fromStdString((*s.names)[p]) : QStringLiteral("?");
}

QString TranslationNarrator::hex(std::uint64_t value) { return QStringLiteral("0x") + QString::number(value, 16); }

QString TranslationNarrator::offsetText(std::uint64_t offset) {
  // Hex, as addresses are written; small offsets read the same either way.
  return offset < 10 ? QString::number(offset) : hex(offset);
}

QString TranslationNarrator::sizeText(std::uint64_t bytes) {
  if (bytes >= (1u << 30) && bytes % (1u << 30) == 0) return tr("%1 GiB").arg(bytes >> 30);
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return tr("%1 MiB").arg(bytes >> 20);
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return tr("%1 KiB").arg(bytes >> 10);
  return tr("%1 bytes").arg(bytes);
}

QString TranslationNarrator::tableName(const TranslationState& s, int level) {
  const int levels = s.config.format.levelCount();
  if (levels == 4 && s.config.format.levels == std::vector<int>{9, 9, 9, 9} && s.config.format.pageSize == 4096) {
    // Intel SDM Vol. 3A 4.5: PML4, page-directory-pointer table, page directory, page table.
    static const char* names[] = {QT_TR_NOOP("PML4"), QT_TR_NOOP("PDPT"), QT_TR_NOOP("PD"), QT_TR_NOOP("PT")};
    return tr(names[level]);
  }
  if (level == levels - 1) return tr("page table");
  if (levels == 2) return tr("page directory");
  return tr("level %1 table").arg(level + 1);
}

QString TranslationNarrator::fieldsText(const TranslationState& s, VirtualAddress va) {
  const AddressFormat& f = s.config.format;
  QStringList parts;
  for (int level = 0; level < f.levelCount(); ++level)
    parts << tr("%1 %2").arg(tableName(s, level)).arg(f.indexAt(va, level));
  parts << tr("offset %1").arg(offsetText(f.offsetOf(va)));
  return listText(parts);
}

namespace {

// The frame an entry points to, as its format says.
std::uint64_t frameOfEntry(const TranslationState& s, std::uint64_t entry) {
  if (!s.imageMode()) return entry >> 12;  // managed entries keep the frame from bit 12
  const DecodedEntry e = decodeEntry(s.config.image->entries, entry, s.config.format.pageSize);
  return e.base / s.config.format.pageSize;
}

bool entryMapsLargePage(const TranslationState& s, const EntryRead& r) {
  const AddressFormat& f = s.config.format;
  if (!s.imageMode() || r.step.level == f.levelCount() - 1) return false;
  const DecodedEntry e = decodeEntry(s.config.image->entries, r.step.entry, f.pageSize);
  return e.largePage && std::find(f.largePageLevels.begin(), f.largePageLevels.end(), r.step.level) != f.largePageLevels.end();
}
}  // namespace

QStringList TranslationNarrator::narrate(std::size_t stepIndex, const TranslationState& s, const TranslationOp& op,
                                         const std::vector<TranslationEvent>& events) {
  QStringList out;
  const auto step = stepNumber(stepIndex);
  const AddressFormat& f = s.config.format;
  std::visit(engine::Overloaded{
                 [&](const AccessOp& a) {
                   if (s.imageMode())
                     out << (a.write ? tr("Step %1: translate %2 for a write.") : tr("Step %1: translate %2.")).arg(step).arg(hex(a.va));
                   else
                     out << typesetChinese((a.write ? tr("Step %1: %2 writes to %3.") : tr("Step %1: %2 reads %3."))
                                               .arg(step)
                                               .arg(processName(s, a.process), hex(a.va)));
                   out << typesetChinese(tr("Its bits: %1.").arg(fieldsText(s, a.va)));
                 },
                 [&](const ForkOp& k) {
                   out << typesetChinese(tr("Step %1: %2 forks %3.").arg(step).arg(processName(s, k.parent), processName(s, k.child)));
                 },
                 [&](const ExitOp& e) { out << typesetChinese(tr("Step %1: %2 exits.").arg(step).arg(processName(s, e.process))); },
                 [&](const SwitchOp& w) { out << typesetChinese(tr("Step %1: switch to %2.").arg(step).arg(processName(s, w.process))); },
                 [&](const MmapOp& o) {
                   out << typesetChinese(tr("Step %1: %2 maps %3.").arg(step).arg(processName(s, o.process), QString::fromStdString(o.region.name)));
                 },
                 [&](const MunmapOp& o) {
                   out << typesetChinese(tr("Step %1: %2 unmaps %3.").arg(step).arg(processName(s, o.process), QString::fromStdString(o.region)));
                 },
             },
             op);
  const bool asids = s.managed.tlb && s.managed.tlb->config().asid;
  bool faulted = false, killed = false;
  const auto* access = std::get_if<AccessOp>(&op);
  for (const TranslationEvent& event : events) {
    const QString sentence = std::visit(
        engine::Overloaded{
            [&](const ContextSwitched& e) -> QString {
              if (!s.managed.tlb) return tr("The CPU switches to %1's page tables (CR3 now holds its top table).").arg(processName(s, e.to));
              if (asids)
                return tr("The CPU switches to %1's page tables (CR3); the TLB keeps its entries, each tagged with its process's ASID.")
                    .arg(processName(s, e.to));
              if (e.flushed == 1)
                return tr("The CPU switches to %1's page tables (CR3); without ASIDs the TLB is flushed: 1 entry goes.").arg(processName(s, e.to));
              return tr("The CPU switches to %1's page tables (CR3); without ASIDs the TLB is flushed: %2 entries go.")
                  .arg(processName(s, e.to), QString::number(e.flushed));
            },
            [&](const TlbLookedUp& e) -> QString {
              // A hit whose entry does not allow the write: the CPU faults without a walk.
              const bool refused = e.hit && std::any_of(events.begin(), events.end(), [](const TranslationEvent& other) {
                                     return std::holds_alternative<Faulted>(other);
                                   });
              if (refused) return tr("TLB hit, but the entry is read-only and this is a write.");
              if (!s.managed.tlb || s.managed.tlb->config().sets() == 1)
                return e.hit ? tr("TLB hit: the translation is cached, no walk.") : tr("TLB miss: the MMU walks the page tables.");
              return e.hit ? tr("TLB hit in set %1: the translation is cached, no walk.").arg(e.set)
                           : tr("TLB miss in set %1: the MMU walks the page tables.").arg(e.set);
            },
            [&](const EntryRead& e) -> QString {
              QString where = tr("%1 entry %2 (at %3) holds %4").arg(tableName(s, e.step.level)).arg(e.step.index).arg(hex(e.step.entryAddress), hex(e.step.entry));
              // OSTEP's formats: the decoding the homework asks for.
              if (s.imageMode() && s.config.image->entries != EntryFormat::X86_64) {
                const DecodedEntry d = decodeEntry(s.config.image->entries, e.step.entry, f.pageSize);
                where = tr("%1 (valid %2, PFN %3)").arg(where).arg(d.present ? 1 : 0).arg(hex(d.base / f.pageSize));
              }
              where[0] = where[0].toUpper();  // a sentence starts with a capital ("Page directory entry")
              if (!e.step.present) {
                if (!s.imageMode() && (e.step.entry & 0x200)) return tr("%1: not present; it records swap slot %2.").arg(where).arg(e.step.entry >> 12);
                return tr("%1: not present.").arg(where);
              }
              const bool reserved = std::any_of(events.begin(), events.end(), [&](const TranslationEvent& other) {
                const auto* fault = std::get_if<Faulted>(&other);
                return fault && fault->fault == Fault::Reserved && fault->level == e.step.level;
              });
              if (reserved) return tr("%1: present.").arg(where);  // the next sentence says why the walk stops here
              if (entryMapsLargePage(s, e)) {
                // The indices below this level are part of the offset now (Intel SDM 4.5, PS).
                const std::uint64_t bytes = f.bytesMappedAt(e.step.level);
                return tr("%1: present, with PS set: it maps a %2 page itself, so the bits below it are all offset: %3 into the page.")
                    .arg(where, sizeText(bytes), access ? offsetText(access->va & (bytes - 1)) : QString());
              }
              if (e.step.level == f.levelCount() - 1 || s.config.image && s.config.image->entries == EntryFormat::OstepLinear)
                return tr("%1: present, the page is in frame %2.").arg(where).arg(frameOfEntry(s, e.step.entry));
              return tr("%1: present, the next table is in frame %2.").arg(where).arg(frameOfEntry(s, e.step.entry));
            },
            [&](const Faulted& e) -> QString {
              faulted = true;
              switch (e.fault) {
                case Fault::NotPresent:
                  return s.imageMode() ? tr("Page fault: the %1 entry is not present.").arg(tableName(s, e.level))
                                       : tr("Page fault: the %1 entry is not present; the kernel's fault handler runs.").arg(tableName(s, e.level));
                case Fault::Protection: {
                  // x86-64 ANDs R/W over every level (Intel SDM 4.6): name the first entry that forbids the write.
                  if (s.imageMode() && s.config.image->entries == EntryFormat::X86_64)
                    for (const TranslationEvent& other : events)
                      if (const auto* read = std::get_if<EntryRead>(&other);
                          read && read->step.level < f.levelCount() - 1 && !decodeEntry(EntryFormat::X86_64, read->step.entry, 4096).writable &&
                          !entryMapsLargePage(s, *read))
                        return tr("Protection fault: %1 entry %2 has R/W clear, so nothing it maps may be written.")
                            .arg(tableName(s, read->step.level))
                            .arg(read->step.index);
                  return tr("Protection fault: the page is read-only and this is a write.");
                }
                case Fault::Cow: return tr("The page is read-only since the fork (copy-on-write): the write faults.");
                case Fault::Segfault: {
                  if (!access) return {};
                  const Process& proc = s.managed.processes[access->process];
                  const Region* region = proc.regionOf(f.vpnOf(access->va));
                  if (!region)
                    return typesetChinese(tr("Segmentation fault: %1 is in no region of %2.").arg(hex(access->va), processName(s, access->process)));
                  const QString perm = QString::fromStdString(region->perm());
                  return typesetChinese((access->write ? tr("Segmentation fault: %1 is in region %2 (%3), which may not be written.")
                                                       : tr("Segmentation fault: %1 is in region %2 (%3), which may not be read."))
                                            .arg(hex(access->va), QString::fromStdString(region->name), perm));
                }
                case Fault::Reserved:
                  return tr("The %1 entry has a reserved bit set (an address bit at or above physical_bits, or PS where no large page can be): a page fault with RSVD set, the walk stops (Intel SDM 4.7).")
                      .arg(tableName(s, std::max(e.level, 0)));
                case Fault::NonCanonical:
                  return tr("%1 is not canonical (the bits above bit %2 do not all copy it): a general-protection fault before any lookup.")
                      .arg(access ? hex(access->va) : QString())
                      .arg(f.vaBits - 1);
                case Fault::None: break;
              }
              return {};
            },
            [&](const TableAllocated& e) -> QString {
              return tr("The kernel allocates a %1 in frame %2 and links it in.").arg(tableName(s, e.level)).arg(e.frame);
            },
            [&](const PageEvicted& e) -> QString {
              if (e.writeback)
                return typesetChinese(tr("Memory is full: %1's page %2 leaves frame %3; it is dirty, so it is written to swap slot %4.")
                                          .arg(processName(s, e.page.process), hex(e.page.vpn), QString::number(e.frame),
                                               QString::number(e.slot.value_or(0))));
              return typesetChinese(tr("Memory is full: %1's page %2 leaves frame %3; it is clean (not written since it was zero-filled), so it is dropped.")
                                        .arg(processName(s, e.page.process), hex(e.page.vpn), QString::number(e.frame)));
            },
            [&](const PageMapped& e) -> QString {
              if (e.major)
                return tr("The page is read back from swap slot %1 into frame %2 (a major fault); the slot is free again, so the page counts as dirty (its only copy is in memory); the access runs again and finds it.")
                    .arg(e.slot.value_or(0))
                    .arg(e.frame);
              return tr("Frame %1 is filled with zeros and mapped (a minor fault); the access runs again and finds it.").arg(e.frame);
            },
            [&](const CowResolved& e) -> QString {
              if (e.from == e.to)
                return tr("No one else maps frame %1 any more: the kernel makes it writable again, without a copy; the write runs again.").arg(e.from);
              return tr("The kernel copies frame %1 to frame %2 and maps the copy writable (the others keep frame %1); the write runs again.")
                  .arg(e.from)
                  .arg(e.to);
            },
            [&](const ProcessKilled& e) -> QString {
              killed = true;
              if (e.fault == Fault::Segfault || e.fault == Fault::Protection || e.fault == Fault::NonCanonical)
                return typesetChinese(tr("The kernel sends %1 SIGSEGV: it is killed and its memory freed.").arg(processName(s, e.process)));
              return typesetChinese(tr("No frame can be freed: the kernel kills %1 (out of memory).").arg(processName(s, e.process)));
            },
            [&](const TlbFilled& e) -> QString {
              if (faulted) return {};  // the retried access's fill: the fault's story ends with the kernel's answer
              if (e.evictedVpn) return tr("The translation goes into TLB entry %1, replacing page %2's.").arg(e.slot).arg(hex(*e.evictedVpn));
              return tr("The translation goes into TLB entry %1.").arg(e.slot);
            },
            [&](const Translated& e) -> QString {
              if (s.imageMode() && s.config.image->pageContents)
                return tr("Physical address %1, which holds %2.").arg(hex(e.pa), hex(s.config.image->memory.readByte(e.pa)));
              return tr("Physical address %1.").arg(hex(e.pa));
            },
            [&](const Forked& e) -> QString {
              if (e.failed) return typesetChinese(tr("%1 cannot fork: no frame for the child's page tables.").arg(processName(s, e.parent)));
              const QString copy =
                  e.cowPages == e.sharedPages
                      ? tr("%1 gets a copy of %2's page tables (%3 frames); %4 pages are now shared copy-on-write, read-only in both.")
                            .arg(processName(s, e.child), processName(s, e.parent), QString::number(e.tables), QString::number(e.sharedPages))
                      : tr("%1 gets a copy of %2's page tables (%3 frames); %4 pages are now shared, read-only in both: %5 of writable regions copy-on-write, the others were never writable.")
                            .arg(processName(s, e.child), processName(s, e.parent), QString::number(e.tables), QString::number(e.sharedPages),
                                 QString::number(e.cowPages));
              if (e.flushed == 0) return typesetChinese(copy);
              return typesetChinese(tr("%1 %2's TLB entries are flushed: they still allowed writes.").arg(copy, processName(s, e.parent)));
            },
            [&](const Exited& e) -> QString {
              return typesetChinese(tr("%1 exits: %2 frames and %3 swap slots are freed.").arg(processName(s, e.process), QString::number(e.freedFrames), QString::number(e.freedSlots)));
            },
            [&](const RegionMapped& e) -> QString {
              const Region& r = e.region;
              const QString perm = QString::fromStdString(r.perm());
              return typesetChinese(tr("%1 now has region %2: %3 pages from %4 (%5). No page is mapped yet: each comes with its first touch.")
                                        .arg(processName(s, e.process), QString::fromStdString(r.name), QString::number(r.pages),
                                             hex(r.startVpn * e.pageSize), perm));
            },
            [&](const RegionUnmapped& e) -> QString {
              if (!e.found) return typesetChinese(tr("%1 has no region %2 any more: nothing happens.").arg(processName(s, e.process), QString::fromStdString(e.name)));
              const QString gone = tr("Region %1 of %2 goes: %3 of its pages had a frame; %4 frames and %5 swap slots are freed, %6 TLB entries dropped.")
                                       .arg(QString::fromStdString(e.name), processName(s, e.process), QString::number(e.mappedPages),
                                            QString::number(e.freedFrames), QString::number(e.freedSlots), QString::number(e.flushed));
              if (e.freedTables == 0) return typesetChinese(gone);
              if (e.freedTables == 1)
                return typesetChinese(tr("%1 No region reaches one of its page tables any more: that page is freed too (Linux's free_pgtables).").arg(gone));
              return typesetChinese(tr("%1 No region reaches %2 of its page tables any more: their pages are freed too (Linux's free_pgtables).")
                                        .arg(gone, QString::number(e.freedTables)));
            },
            [&](const ProcessGone& e) -> QString {
              if (s.managed.processes[e.process].killedBy != Fault::None)
                return typesetChinese(tr("%1 was killed at an earlier step: nothing happens.").arg(processName(s, e.process)));
              return typesetChinese(tr("%1 has exited: nothing happens.").arg(processName(s, e.process)));
            },
        },
        event);
    if (!sentence.isEmpty()) out << sentence;
  }
  (void)killed;
  return out;
}

QString TranslationNarrator::summary(const TranslationState& s) {
  if (s.imageMode()) {
    const QString counts = tr("Translations: %1; page faults: %2, protection faults: %3, non-canonical: %4.")
                               .arg(s.translations)
                               .arg(s.notPresent)
                               .arg(s.protection)
                               .arg(s.nonCanonical);
    return s.reserved == 0 ? counts : tr("%1 Reserved bits set: %2.").arg(counts).arg(s.reserved);
  }
  const ManagedState& m = s.managed;
  if (!m.tlb)
    return tr("No TLB: every access walks; faults: minor %1, major %2, copy-on-write %3, segfaults %4; swap: out %5, in %6.")
        .arg(m.faults.minor)
        .arg(m.faults.major)
        .arg(m.faults.cow)
        .arg(m.faults.segfault + m.faults.protection)
        .arg(m.swapOuts)
        .arg(m.swapIns);
  const std::uint64_t lookups = m.tlbHits + m.tlbMisses;
  const QString rate = QString::number(lookups == 0 ? 0.0 : 100.0 * static_cast<double>(m.tlbHits) / static_cast<double>(lookups), 'f', 1);
  return tr("TLB hits: %1, misses: %2 (hit rate %3%); faults: minor %4, major %5, copy-on-write %6, segfaults %7; swap: out %8, in %9.")
      .arg(m.tlbHits)
      .arg(m.tlbMisses)
      .arg(rate)
      .arg(m.faults.minor)
      .arg(m.faults.major)
      .arg(m.faults.cow)
      .arg(m.faults.segfault + m.faults.protection)
      .arg(m.swapOuts)
      .arg(m.swapIns);
}

}  // namespace oslens::views
