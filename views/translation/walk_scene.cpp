#include "views/translation/walk_scene.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>

#include "engine/core/overloaded.h"
#include "engine/memory/translation/managed_ops.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/scene_items.h"
#include "views/core/sentences.h"
#include "views/core/view_palette.h"
#include "views/kit/item_palette.h"
#include "views/translation/address_bits.h"
#include "views/translation/translation_narrator.h"

namespace oslens::views {

using namespace engine::translation;

namespace {
constexpr qreal kWidth = 1440;
constexpr qreal kFieldHeight = 92;  // name, bits, value
constexpr qreal kRowHeight = 34;
constexpr qreal kColumnGap = 56;
constexpr qreal kResultHeight = 112;  // two lines, or the physical address as fields

std::uint32_t tlbSets(const TranslationState& s) { return s.managed.tlb ? s.managed.tlb->config().sets() : 1; }

// What an entry's bits say: "P RW U A D", "P RW U A D PS", "valid, PFN 0x21", "not present",
// "not present · swap slot 3".
QString entryFlags(const TranslationState& s, std::uint64_t value, int level) {
  const AddressFormat& f = s.config.format;
  if (s.imageMode() && s.config.image->entries != EntryFormat::X86_64) {
    const DecodedEntry d = decodeEntry(s.config.image->entries, value, f.pageSize);
    return d.present ? WalkScene::tr("valid, PFN %1").arg(TranslationNarrator::hex(d.base / f.pageSize)) : WalkScene::tr("not valid");
  }
  const DecodedEntry d = decodeEntry(EntryFormat::X86_64, value, 4096);
  if (!d.present) {
    if (!s.imageMode() && (value & 0x200)) return WalkScene::tr("not present · swap slot %1").arg(value >> 12);
    return WalkScene::tr("not present");
  }
  QStringList bits{QStringLiteral("P")};
  if (d.writable) bits << QStringLiteral("RW");
  if (d.user) bits << QStringLiteral("U");
  if (d.accessed) bits << QStringLiteral("A");
  if (d.dirty) bits << QStringLiteral("D");
  if (d.largePage && level < f.levelCount() - 1) bits << QStringLiteral("PS");
  return bits.join(QLatin1Char(' '));
}  // the physical address or the fault, and one line under it

}  // namespace

struct WalkScene::Shown {
  std::optional<AccessOp> access;
  std::optional<TlbLookedUp> tlb;
  std::vector<WalkStep> walk;
  std::optional<Faulted> fault;
  std::optional<Translated> translated;
  std::vector<TableAllocated> tables;
  std::optional<PageMapped> mapped;
  std::optional<CowResolved> cow;
  std::optional<PageEvicted> evicted;
  bool killed = false;
};

WalkScene::WalkScene(const TranslationSimulation& simulation, QObject* parent) : QGraphicsScene(parent), m_simulation(simulation) {
  setBackgroundBrush(Qt::white);
  m_beatTimer.setSingleShot(false);
  connect(&m_beatTimer, &QTimer::timeout, this, [this] {
    ++m_beats;
    if (m_beats >= beatCount()) m_beatTimer.stop();
    draw();
  });
  showPosition(0, static_cast<int>(simulation.position()), false);
}

WalkScene::Shown WalkScene::collect() const {
  Shown shown;
  const auto& timeline = m_simulation.timeline();
  if (const auto* op = timeline.lastOp())
    if (const auto* access = std::get_if<AccessOp>(op)) shown.access = *access;
  for (const TranslationEvent& event : timeline.lastEvents())
    std::visit(engine::Overloaded{
                   [&](const TlbLookedUp& e) { shown.tlb = e; },
                   [&](const EntryRead& e) { shown.walk.push_back(e.step); },
                   [&](const Faulted& e) { shown.fault = e; },
                   [&](const Translated& e) { shown.translated = e; },
                   [&](const TableAllocated& e) { shown.tables.push_back(e); },
                   [&](const PageMapped& e) { shown.mapped = e; },
                   [&](const CowResolved& e) { shown.cow = e; },
                   [&](const PageEvicted& e) { shown.evicted = e; },
                   [&](const ProcessKilled&) { shown.killed = true; },
                   [](const auto&) {},
               },
               event);
  return shown;
}

int WalkScene::beatCount() const {
  const Shown shown = collect();
  if (!shown.access) return 1;
  return 2 + (shown.tlb ? 1 : 0) + static_cast<int>(shown.walk.size());
}

void WalkScene::showPosition(int, int to, bool animate) {
  m_beatTimer.stop();
  const auto& timeline = m_simulation.timeline();
  m_before.reset();
  if (to > 0 && timeline.position() > 0) m_before = timeline.stateAt(timeline.position() - 1);
  const int beats = beatCount();
  if (animate && m_speed > 0 && beats > 1) {
    m_beats = 1;
    m_beatTimer.start(static_cast<int>(kBeatMs / m_speed));
  } else {
    m_beats = beats;
  }
  draw();
}

void WalkScene::finishAnimations() {
  if (!m_beatTimer.isActive()) return;
  m_beatTimer.stop();
  m_beats = beatCount();
  draw();
}

void WalkScene::setPresentation(bool presentation) {
  m_presentation = presentation;
  draw();
}

void WalkScene::draw() {
  clear();
  const Shown shown = collect();
  qreal y = 0;
  drawHeader(y);
  y = drawAddress(shown, y);
  y = drawWalk(shown, y);
  drawResult(shown, y);
  m_type.apply(*this, m_presentation);
  // The same rect at every step (the rows above the result never change height, and the result
  // takes at most two lines), so the picture never jumps.
  setSceneRect(-30, -30, kWidth + 60, y + kResultHeight + 60);
}

void WalkScene::drawHeader(qreal& y) {
  const TranslationState& s = m_simulation.timeline().state();
  const AddressFormat& f = s.config.format;
  if (!m_presentation) {
    markSceneTitle(addCaption(*this, {0, y}, ViewPalette::font(20, true), ViewPalette::ink()))
        ->setText(typesetChinese(QString::fromStdString(m_simulation.info().title.in(Language::current().toStdString()))));
    y += 40;
  }
  // "Virtual address", and the address format on the same line (a line of its own would cost the
  // picture's height on a projector).
  QStringList widths;
  for (int w : f.levels) widths << QString::number(w);
  const QString pages = f.pageSize < 1024 ? tr("%1-byte pages").arg(f.pageSize) : tr("%1 pages").arg(TranslationNarrator::sizeText(f.pageSize));
  const QString shape = f.levelCount() == 1 ? tr("%1-bit addresses, %2, one level of %3 bits + %4-bit offset")
                                                  .arg(f.vaBits)
                                                  .arg(pages)
                                                  .arg(widths.front())
                                                  .arg(f.offsetBits())
                                            : tr("%1-bit addresses, %2, %3 levels of %4 bits + %5-bit offset")
                                                  .arg(f.vaBits)
                                                  .arg(pages)
                                                  .arg(f.levelCount())
                                                  .arg(widths.join(QStringLiteral("+")))
                                                  .arg(f.offsetBits());
  // Left-aligned after the label, so the larger type of presentation mode grows into free room.
  auto* label = addCaption(*this, {0, y}, ViewPalette::font(13), ViewPalette::muted().darker(165));
  label->setText(tr("Virtual address"));
  addCaption(*this, {label->boundingRect().width() + 60, y}, ViewPalette::font(13), ViewPalette::muted().darker(165))->setText(typesetChinese(shape));
}

// What a step without an address did, in a line: a context switch loads CR3 (and keeps or flushes
// the TLB); the other ops change memory.
QString WalkScene::noAddressText() const {
  const TranslationState& s = m_simulation.timeline().state();
  if (const auto* op = m_simulation.timeline().lastOp())
    if (const auto* to = std::get_if<SwitchOp>(op)) {
      FrameNumber root = 0;
      for (const PageTable& t : s.managed.processes[to->process].tables)
        if (t.level == 0) root = t.frame;
      const QString cr3 = tr("A context switch: CR3 now holds frame %1, the top table of %2.").arg(QString::number(root), TranslationNarrator::processName(s, to->process));
      if (!s.managed.tlb) return typesetChinese(cr3);
      return typesetChinese(tr("%1 %2").arg(cr3, s.managed.tlb->config().asid ? tr("The TLB keeps its entries: each is tagged with its process's ASID.")
                                                                               : tr("Without ASIDs the TLB is flushed.")));
    }
  return tr("This step translates no address: the memory picture shows what it changed.");
}

qreal WalkScene::drawAddress(const Shown& shown, qreal top) {
  const TranslationState& s = m_simulation.timeline().state();
  const AddressFormat& f = s.config.format;
  if (!shown.access) {
    addCaption(*this, {0, top + 24}, ViewPalette::font(16), ViewPalette::muted().darker(165))
        ->setText(m_simulation.position() == 0 ? tr("Each step translates one address; press → to play the first.")
                                               : noAddressText());
    return top + 70 + kFieldHeight + 40;
  }
  const VirtualAddress va = shown.access->va;
  QString who;
  if (!s.imageMode())
    who = (shown.access->write ? tr("written by %1") : tr("read by %1")).arg(TranslationNarrator::processName(s, shown.access->process));
  else if (shown.access->write)
    who = tr("a write");
  auto* address = addCaption(*this, {0, top + 20}, ViewPalette::font(24, true), ViewPalette::ink());
  address->setText(TranslationNarrator::hex(va));
  if (!who.isEmpty()) addCaption(*this, {address->boundingRect().width() + 24, top + 30}, ViewPalette::font(15), ViewPalette::ink())->setText(typesetChinese(who));

  // The fields, each as wide as its bits (with a floor so a 2-bit index still holds its name).
  struct Field {
    QString name;
    QString value;
    QString bits;
    std::uint64_t raw;  // the field's bits
    int width;
    QColor fill, outline;
    QColor ink = ViewPalette::ink();  // legible on `fill`
  };
  std::vector<Field> fields;
  int bit = f.vaBits;
  if (f.signExtended) {
    fields.push_back({tr("sign"), TranslationNarrator::hex(va >> f.vaBits), tr("bits 63–%1").arg(f.vaBits), va >> f.vaBits, 64 - f.vaBits,
                      ViewPalette::panel(), ViewPalette::grid()});
  }
  // A large page, once the walk has shown it (its last beat): the indices below the entry that
  // mapped it are part of the offset.
  int lastIndexed = f.levelCount() - 1;
  if (m_beats >= beatCount() && shown.translated && !shown.walk.empty() && shown.walk.back().level < f.levelCount() - 1 &&
      !(s.imageMode() && s.config.image->entries == EntryFormat::OstepLinear))
    lastIndexed = shown.walk.back().level;
  for (int level = 0; level <= lastIndexed; ++level) {
    const int width = f.levels[static_cast<std::size_t>(level)];
    fields.push_back({TranslationNarrator::tableName(s, level), QString::number(f.indexAt(va, level)),
                      tr("bits %1–%2").arg(bit - 1).arg(bit - width), f.indexAt(va, level), width, ItemPalette::fill(static_cast<std::size_t>(level)),
                      ItemPalette::outline(static_cast<std::size_t>(level)), ItemPalette::label(static_cast<std::size_t>(level))});
    bit -= width;
  }
  const int offsetBits = lastIndexed == f.levelCount() - 1 ? f.offsetBits() : f.shiftOf(lastIndexed);
  fields.push_back({offsetBits == f.offsetBits() ? tr("offset") : tr("offset in the %1 page").arg(TranslationNarrator::sizeText(std::uint64_t{1} << offsetBits)),
                    TranslationNarrator::offsetText(va & lowBitsMask(offsetBits)), tr("bits %1–0").arg(offsetBits - 1), va & lowBitsMask(offsetBits),
                    offsetBits, ViewPalette::panel(), ViewPalette::ink()});
  std::vector<qreal> widths;
  qreal total = 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const int bits = i == 0 && f.signExtended ? 8
                     : i + 1 == fields.size() ? offsetBits
                                              : f.levels[i - (f.signExtended ? 1 : 0)];
    widths.push_back(std::max<qreal>(150, bits * 30.0));
    total += widths.back();
  }
  const qreal scale = kWidth / total;  // the fields span the picture, as the tables below do
  qreal x = 0;
  const qreal fieldTop = top + 70;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const qreal w = widths[i] * scale;
    drawField(QRectF(x, fieldTop, w - 6, kFieldHeight), fields[i].name, fields[i].raw, fields[i].width, {}, fields[i].value, fields[i].fill,
              fields[i].outline, fields[i].ink);
    addCaption(*this, {x + 8, fieldTop + kFieldHeight + 4}, ViewPalette::font(12), ViewPalette::muted().darker(165))->setText(fields[i].bits);
    if (i + 1 == fields.size()) m_offsetField = QRectF(x, fieldTop, w - 6, kFieldHeight);
    x += w;
  }
  return fieldTop + kFieldHeight + 40;
}

qreal WalkScene::drawWalk(const Shown& shown, qreal top) {
  const TranslationState& s = m_simulation.timeline().state();
  const AddressFormat& f = s.config.format;
  const bool linear = s.imageMode() && s.config.image->entries == EntryFormat::OstepLinear;
  const int columns = linear ? 1 : f.levelCount();
  int beat = 2;  // beat 1 is the address
  // The TLB, asked first.
  if (shown.tlb) {
    const bool played = m_beats >= beat;
    const QRectF box(0, top, 420, 44);
    if (played) {
      addRect(box, ViewPalette::pen(shown.tlb->hit ? ViewPalette::hit() : ViewPalette::fault(), 2),
              shown.tlb->hit ? ViewPalette::hitFill() : ViewPalette::faultFill());
      addCaption(*this, box.topLeft() + QPointF(12, 8), ViewPalette::font(15, true), ViewPalette::ink())
          ->setText(tlbSets(s) == 1 ? (shown.tlb->hit ? tr("TLB hit: no walk") : tr("TLB miss: walk the tables"))
                                    : shown.tlb->hit ? tr("TLB hit (set %1): no walk").arg(shown.tlb->set)
                                                     : tr("TLB miss (set %1): walk the tables").arg(shown.tlb->set));
    } else {
      addRect(box, ViewPalette::pen(ViewPalette::grid(), 1.5, Qt::DashLine), Qt::NoBrush);
      addCaption(*this, box.topLeft() + QPointF(12, 10), ViewPalette::font(14), ViewPalette::muted().darker(165))->setText(tr("TLB: looking…"));
    }
    ++beat;
  }
  const qreal tablesTop = top + 60;
  // Entries shown around the indexed one: seven, five on a projector (the picture's height is
  // what bounds its scale there).
  const int rows = m_presentation ? 5 : 7;
  const qreal columnWidth = (kWidth - (columns - 1) * kColumnGap) / columns;
  std::optional<QPointF> previousExit;
  for (int level = 0; level < columns; ++level) {
    const qreal x = level * (columnWidth + kColumnGap);
    const bool read = level < static_cast<int>(shown.walk.size());
    const bool played = read && m_beats >= beat + level;
    const QColor outline = ItemPalette::outline(static_cast<std::size_t>(level));
    auto* header = addCaption(*this, {x, tablesTop}, ViewPalette::font(14, true), ViewPalette::ink());
    if (!played || !m_before) {
      // Not read, or not yet: the table's place, and why it stays empty once the step has played
      // (before that, nothing: the picture must not say how far the walk will get).
      header->setText(linear ? tr("page table") : TranslationNarrator::tableName(s, level));
      addRect(QRectF(x, tablesTop + 30, columnWidth, rows * kRowHeight), ViewPalette::pen(ViewPalette::grid(), 1.5, Qt::DashLine), Qt::NoBrush);
      if (m_beats >= beatCount() && shown.access) {
        const QString why = shown.tlb && shown.tlb->hit ? tr("skipped: the TLB knew")
                            : shown.fault && shown.fault->fault == Fault::NonCanonical ? tr("not read: no walk")
                            : shown.translated                                          ? tr("not used: a large page")
                                                                                       : tr("not reached");
        addCaption(*this, {x + 14, tablesTop + 40}, ViewPalette::font(14), ViewPalette::muted().darker(165))->setText(why);
      }
      continue;
    }
    const WalkStep& step = shown.walk[static_cast<std::size_t>(level)];
    // This entry stopped the walk with a reserved bit set (it is present, yet the walk ends).
    const bool reserved = shown.fault && shown.fault->fault == Fault::Reserved && shown.fault->level == level;
    const int bytes = s.imageMode() ? entryBytes(s.config.image->entries) : managedEntryBytes(f, level);
    const PhysicalAddress tableBase = step.entryAddress - step.index * static_cast<std::uint64_t>(bytes);
    header->setText(linear ? tr("page table (%1 entries)").arg(s.config.image->linearTable.size())
                           : tr("%1 · frame %2").arg(TranslationNarrator::tableName(s, level)).arg(tableBase / f.pageSize));
    const std::uint64_t entries = std::uint64_t{1} << f.levels[static_cast<std::size_t>(linear ? 0 : level)];
    const std::uint64_t first = std::min(step.index > rows / 2 ? step.index - rows / 2 : 0, entries > std::uint64_t(rows) ? entries - rows : 0);
    const qreal rowsTop = tablesTop + 30;
    // Entries as the MMU found them (the state before the step).
    std::optional<std::uint64_t> readValue;
    std::optional<std::size_t> managedTable;
    if (!s.imageMode() && shown.access) managedTable = tableInFrame(m_before->managed, shown.access->process, static_cast<FrameNumber>(tableBase / f.pageSize));
    for (int row = 0; row < rows && first + static_cast<std::uint64_t>(row) < entries; ++row) {
      const std::uint64_t index = first + static_cast<std::uint64_t>(row);
      std::uint64_t value = 0;
      if (s.imageMode()) {
        const ImageSetup& image = *s.config.image;
        value = linear ? (index < image.linearTable.size() ? image.linearTable[index] : 0) : image.memory.readValue(tableBase + index * static_cast<std::uint64_t>(bytes), bytes);
      } else if (managedTable) {
        value = managedEntryValue(m_before->managed, shown.access->process, *managedTable, index);
      }
      const bool indexed = index == step.index;
      const QRectF r(x, rowsTop + row * kRowHeight, columnWidth, kRowHeight);
      QBrush fill = row % 2 ? QBrush(ViewPalette::stripe()) : QBrush(Qt::white);
      QPen pen = ViewPalette::pen(ViewPalette::grid(), 1);
      // The entry that stopped the walk: not present, or a reserved bit set.
      const bool stops = !step.present || reserved;
      if (indexed && played) {
        fill = stops ? QBrush(ViewPalette::faultFill()) : QBrush(ViewPalette::currentFill());
        pen = ViewPalette::pen(stops ? ViewPalette::fault() : ViewPalette::current(), 3);
      }
      auto* rect = addRect(r, pen, fill);
      rect->setZValue(indexed ? 2 : 1);
      auto* idx = addCaption(*this, {}, ViewPalette::font(13, indexed && played), ViewPalette::ink());
      idx->setText(QString::number(index));
      idx->setPos(r.left() + 56 - idx->boundingRect().width(), r.top() + (kRowHeight - idx->boundingRect().height()) / 2);
      idx->setZValue(3);
      auto* entry = addCaption(*this, {}, ViewPalette::font(13, indexed && played), value == 0 ? ViewPalette::muted().darker(165) : ViewPalette::ink());
      entry->setText(TranslationNarrator::hex(value));
      entry->setPos(r.left() + 72, r.top() + (kRowHeight - entry->boundingRect().height()) / 2);
      entry->setZValue(3);
      if (indexed && played) {
        readValue = value;
        // The arrow from the previous table's entry to this table.
        if (previousExit) {
          QPainterPath path(*previousExit);
          const QPointF end(x - 4, r.center().y());
          path.cubicTo(QPointF(previousExit->x() + kColumnGap / 2, previousExit->y()), QPointF(end.x() - kColumnGap / 2, end.y()), end);
          auto* arrow = addPath(path, ViewPalette::pen(ViewPalette::current(), 3));
          arrow->setZValue(4);
          QPolygonF head;
          head << end << end + QPointF(-12, -7) << end + QPointF(-12, 7);
          addPolygon(head, Qt::NoPen, QBrush(ViewPalette::current()))->setZValue(4);
        }
        previousExit = QPointF(r.right() + 4, r.center().y());
      }
    }
    addRect(QRectF(x, rowsTop, columnWidth, std::min<std::uint64_t>(rows, entries) * kRowHeight), ViewPalette::pen(outline, 2), Qt::NoBrush)->setZValue(2);
    // What the read entry's bits say, under its table (a row has no room for both).
    if (readValue) {
      auto* flags = addCaption(*this, {x, rowsTop + rows * kRowHeight + 4}, ViewPalette::font(13, true),
                               step.present && !reserved ? ViewPalette::currentInk() : ViewPalette::fault());
      flags->setText(reserved ? tr("%1 · reserved bit set").arg(entryFlags(s, *readValue, level)) : entryFlags(s, *readValue, level));
    }
  }
  return tablesTop + 30 + rows * kRowHeight + 44;  // and the line under the tables
}

void WalkScene::drawField(const QRectF& box, const QString& name, std::uint64_t bits, int width, const QString& bitsPrefix, const QString& value,
                          const QColor& fill, const QColor& outline, const QColor& ink) {
  addRect(box, ViewPalette::pen(outline, 2), fill);
  // The name at the size presentation mode would raise it to, so the lines below are placed by
  // the heights they are shown at (each line overlaps the one above by its empty descent).
  auto* nameText = addCaption(*this, box.topLeft() + QPointF(8, 2), ViewPalette::font(m_presentation ? 15 : 12.5), ink);
  nameText->setText(name);
  const QFont bitsFont = ViewPalette::font(15);
  auto* digits = addCaption(*this, {}, bitsFont, ink);
  digits->setText(bitsPrefix + fittedBinaryDigits(bits, width, bitsFont, box.width() - 16 - QFontMetricsF(bitsFont).horizontalAdvance(bitsPrefix)));
  const qreal bitsTop = nameText->y() + nameText->boundingRect().height() - 8;
  digits->setPos(box.left() + (box.width() - digits->boundingRect().width()) / 2, bitsTop);
  auto* valueText = addCaption(*this, {}, ViewPalette::font(20, true), ink);
  valueText->setText(value);
  valueText->setPos(box.left() + (box.width() - valueText->boundingRect().width()) / 2, bitsTop + digits->boundingRect().height() - 8);
}

void WalkScene::drawPhysicalFields(PhysicalAddress pa, std::uint64_t pageBytes, qreal left, qreal top) {
  const TranslationState& s = m_simulation.timeline().state();
  int offsetBits = 0;
  while ((std::uint64_t{1} << offsetBits) < pageBytes) ++offsetBits;
  // The offset goes down unchanged: its field stands under the virtual address's offset (which
  // shows the large page's whole offset once the walk found one, as this does).
  const QRectF offsetBox(m_offsetField.left(), top, m_offsetField.width(), kFieldHeight);
  const std::uint64_t frame = pa >> offsetBits;
  // The frame number's bits: all of them when few, else from its highest nibble, "…" for the
  // zeros above (x86-64 has 40 of them).
  const int frameBits = std::max(1, s.config.format.physicalBits - offsetBits);
  int shownBits = frameBits;
  if (frameBits > 12) {
    int used = 1;
    while (used < 64 && (frame >> used) != 0) ++used;
    shownBits = std::min(frameBits, (used + 3) / 4 * 4);
  }
  const qreal frameLeft = std::max(left, offsetBox.left() - std::max<qreal>(170, shownBits * 30.0));
  const QRectF frameBox(frameLeft, top, offsetBox.left() - 6 - frameLeft, kFieldHeight);
  struct Part {
    QRectF box;
    QString name, value;
    std::uint64_t bits;
    int width;
    bool elided;
    QColor fill, outline;
  };
  const Part parts[] = {
      {frameBox, pageBytes == s.config.format.pageSize ? tr("frame") : tr("%1 page").arg(TranslationNarrator::sizeText(pageBytes)), QString::number(frame),
       frame, shownBits, shownBits < frameBits, ViewPalette::currentFill(), ViewPalette::current()},
      {offsetBox, tr("offset"), TranslationNarrator::offsetText(pa & lowBitsMask(offsetBits)), pa & lowBitsMask(offsetBits), offsetBits, false,
       ViewPalette::panel(), ViewPalette::ink()},
  };
  for (const Part& part : parts) {
    if (part.box.width() < 60) continue;  // no room left of the offset: the text says it
    // Elided: the bits drawn start at the highest nibble set, and "0…" says zeros stand above.
    drawField(part.box, typesetChinese(part.name), part.bits, part.width, part.elided ? QStringLiteral("0… ") : QString(), part.value, part.fill,
              part.outline, ViewPalette::ink());
  }
}

void WalkScene::drawResult(const Shown& shown, qreal top) {
  if (!shown.access || m_beats < beatCount()) return;  // the last beat
  const TranslationState& s = m_simulation.timeline().state();
  const AddressFormat& f = s.config.format;
  if (shown.translated) {
    addCaption(*this, {0, top}, ViewPalette::font(13), ViewPalette::muted().darker(165))->setText(tr("Physical address"));
    const PhysicalAddress pa = shown.translated->pa;
    auto* paText = addCaption(*this, {0, top + 20}, ViewPalette::font(24, true), ViewPalette::ink());
    paText->setText(TranslationNarrator::hex(pa));
    qreal left = paText->boundingRect().width();
    if (s.imageMode() && s.config.image->pageContents) {
      auto* byte = addCaption(*this, {left + 24, top + 30}, ViewPalette::font(16, true), ViewPalette::ink());
      byte->setText(tr("The byte there: %1").arg(TranslationNarrator::hex(s.config.image->memory.readByte(pa))));
      left = byte->x() + byte->boundingRect().width();
    }
    const std::uint64_t pageBytes = [&] {
      for (const WalkStep& step : shown.walk)
        if (s.imageMode() && step.level < f.levelCount() - 1 && decodeEntry(s.config.image->entries, step.entry, f.pageSize).largePage &&
            std::find(f.largePageLevels.begin(), f.largePageLevels.end(), step.level) != f.largePageLevels.end())
          return f.bytesMappedAt(step.level);
      return f.pageSize;
    }();
    const std::uint64_t offset = pa % pageBytes;
    // PA = frame × page size + offset, on two lines so the fields beside it keep their room.
    const QString frameTerm = pageBytes == f.pageSize
                                  ? tr("= frame %1 × %2").arg(pa / pageBytes).arg(TranslationNarrator::sizeText(pageBytes))
                                  : tr("= the %1 page at %2").arg(TranslationNarrator::sizeText(pageBytes)).arg(TranslationNarrator::hex(pa - offset));
    auto* line1 = addCaption(*this, {0, top + 62}, ViewPalette::font(15), ViewPalette::ink());
    line1->setText(typesetChinese(frameTerm));
    auto* line2 = addCaption(*this, {0, top + 86}, ViewPalette::font(15), ViewPalette::ink());
    line2->setText(typesetChinese(tr("+ offset %1").arg(TranslationNarrator::offsetText(offset))));
    left = std::max({left, line1->boundingRect().width(), line2->boundingRect().width()}) + 40;
    drawPhysicalFields(pa, pageBytes, left, top);
    return;
  }
  if (!shown.fault) return;
  QString title;
  switch (shown.fault->fault) {
    case Fault::NotPresent: title = tr("Page fault at the %1").arg(TranslationNarrator::tableName(s, std::max(shown.fault->level, 0))); break;
    case Fault::Protection: title = tr("Protection fault: a write to a read-only page"); break;
    case Fault::Cow: title = tr("Copy-on-write fault"); break;
    case Fault::Segfault: title = tr("Segmentation fault"); break;
    case Fault::NonCanonical: title = tr("General-protection fault: not a canonical address"); break;
    case Fault::Reserved: title = tr("Page fault: a reserved bit is set in the %1 entry").arg(TranslationNarrator::tableName(s, std::max(shown.fault->level, 0))); break;
    case Fault::None: break;
  }
  auto* heading = addCaption(*this, {0, top}, ViewPalette::font(20, true), ViewPalette::fault());
  heading->setText(typesetChinese(title));
  QStringList done;
  if (shown.evicted) {
    const QString owner = TranslationNarrator::processName(s, shown.evicted->page.process);
    done << (shown.evicted->writeback ? tr("%1's page %2 out to swap slot %3").arg(owner, TranslationNarrator::hex(shown.evicted->page.vpn), QString::number(shown.evicted->slot.value_or(0)))
                                      : tr("%1's clean page %2 dropped").arg(owner, TranslationNarrator::hex(shown.evicted->page.vpn)));
  }
  for (const TableAllocated& t : shown.tables) done << tr("new %1 in frame %2").arg(TranslationNarrator::tableName(s, t.level)).arg(t.frame);
  if (shown.mapped) done << (shown.mapped->major ? tr("page read back from swap into frame %1").arg(shown.mapped->frame) : tr("zero-filled frame %1").arg(shown.mapped->frame));
  if (shown.cow) done << (shown.cow->from == shown.cow->to ? tr("frame %1 made writable again").arg(shown.cow->from) : tr("frame %1 copied to frame %2").arg(shown.cow->from).arg(shown.cow->to));
  if (shown.killed) done << tr("the process is killed");
  if (!done.isEmpty())
    addCaption(*this, {0, top + 42}, ViewPalette::font(16), ViewPalette::ink())->setText(typesetChinese(tr("The kernel: %1.").arg(listText(done))));
}

}  // namespace oslens::views
