// The translation walk plays a step as beats and gives nothing away early: the TLB's answer, each
// entry and the physical address appear only when their beat plays; snapped, the whole step shows;
// the tables show the entries as the MMU read them (before the fault handler changed them).
// Offscreen QtTest.
#include <QtTest>

#include "engine/memory/translation/translation_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/view_palette.h"
#include "views/translation/address_bits.h"
#include "views/translation/frames_scene.h"
#include "views/translation/memory_dump_scene.h"
#include "views/translation/tlb_scene.h"
#include "views/translation/translation_narrator.h"
#include "views/translation/translation_view.h"
#include "views/translation/walk_scene.h"

using namespace oslens;
using engine::translation::TranslationSimulation;

namespace {
std::unique_ptr<engine::Simulation> loadScenario(const char* name) {
  return engine::loadSimulationFile(std::string(OSLENS_SOURCE_DIR) + "/resources/scenarios/" + name);
}

QStringList texts(QGraphicsScene& scene) {
  QStringList out;
  for (const test::ShownText& shown : test::shownTexts(scene)) out << shown.text;
  return out;
}

bool shows(QGraphicsScene& scene, const QString& text) {
  return texts(scene).contains(text);
}
}  // namespace

class WalkSceneTest : public QObject {
  Q_OBJECT

 private slots:
  void theAnswerWaitsForItsBeat() {
    auto simulation = loadScenario("translation-ostep-two-level.oslens.json");
    auto& sim = dynamic_cast<TranslationSimulation&>(*simulation);
    views::WalkScene scene(sim);
    scene.setAnimationSpeed(1.0);
    sim.seek(1);
    scene.showPosition(0, 1, true);
    // The address's fields at once; no entry lit, no physical address.
    QVERIFY(scene.isAnimating());
    QCOMPARE(scene.drawnBeats(), 1);
    QVERIFY(shows(scene, QStringLiteral("0x611c")));
    QVERIFY(!shows(scene, QStringLiteral("0x6bc")));
    QVERIFY(!shows(scene, QStringLiteral("P")));  // an entry's flags appear when it is read
    // 0x611c = 11000 01000 11100: each field's bits in its box.
    QVERIFY(shows(scene, QStringLiteral("11000")));
    QVERIFY(shows(scene, QStringLiteral("01000")));
    QCOMPARE(texts(scene).count(QStringLiteral("11100")), 1);  // the physical address's offset waits
    QVERIFY(!shows(scene, QStringLiteral("frame")));
    // The directory's entry: lit, still no address.
    QTRY_COMPARE_WITH_TIMEOUT(scene.drawnBeats(), 2, 2000);
    QVERIFY(!shows(scene, QStringLiteral("0x6bc")));
    scene.finishAnimations();
    QCOMPARE(scene.drawnBeats(), scene.beatCount());
    QVERIFY(!scene.isAnimating());
    QVERIFY(shows(scene, QStringLiteral("0x6bc")));
    QVERIFY(shows(scene, QStringLiteral("The byte there: 0x8")));
    // The physical address as fields: frame 0x6bc >> 5 = 53 (011 0101 of 7 bits), the same offset.
    QVERIFY(shows(scene, QStringLiteral("frame")));
    QVERIFY(shows(scene, QStringLiteral("011 0101")));
    QCOMPARE(texts(scene).count(QStringLiteral("11100")), 2);
  }

  void bitsAreGroupedAsHexDigitsAndElidedToFit() {
    QCOMPARE(views::binaryDigits(0x15, 5), QStringLiteral("10101"));
    QCOMPARE(views::binaryDigits(0xff8, 12), QStringLiteral("1111 1111 1000"));
    QCOMPARE(views::binaryDigits(0x1ff, 9), QStringLiteral("1 1111 1111"));
    const QFont font = views::ViewPalette::font(15);
    const QString whole = views::fittedBinaryDigits(0, 16, font, 10000);
    QCOMPARE(whole, QStringLiteral("0000 0000 0000 0000"));
    const QString fitted = views::fittedBinaryDigits(0xffff, 16, font, QFontMetricsF(font).horizontalAdvance(whole) - 1);
    QVERIFY(fitted.startsWith(QStringLiteral("1111")) && fitted.endsWith(QStringLiteral("1111")) && fitted.contains(QChar(0x2026)));
    QVERIFY(QFontMetricsF(font).horizontalAdvance(fitted) < QFontMetricsF(font).horizontalAdvance(whole));
  }

  void aSnappedStepShowsEverything() {
    auto simulation = loadScenario("translation-x86-64-page-sizes.oslens.json");
    auto& sim = dynamic_cast<TranslationSimulation&>(*simulation);
    views::WalkScene scene(sim);
    sim.seek(3);  // the 2 MiB page
    scene.showPosition(0, 3, false);
    QVERIFY(!scene.isAnimating());
    QVERIFY(shows(scene, QStringLiteral("0x400ab456")));
    QVERIFY(shows(scene, QStringLiteral("P RW U A D PS")));
    QVERIFY(shows(scene, QStringLiteral("not used: a large page")));  // the PT: PS ended the walk
    // The 2 MiB page's number, 512, of 31 bits: from its highest nibble, "0…" for the zeros.
    QVERIFY(shows(scene, QStringLiteral("2 MiB page")));
    QVERIFY(shows(scene, QStringLiteral("0… 0010 0000 0000")));
  }

  // A fault: the tables as the MMU found them (the entry not present), and what the kernel did.
  void aFaultShowsTheEntriesAsRead() {
    auto simulation = loadScenario("translation-tlb-array-scan.oslens.json");
    auto& sim = dynamic_cast<TranslationSimulation&>(*simulation);
    views::WalkScene scene(sim);
    sim.seek(1);
    scene.showPosition(0, 1, false);
    QVERIFY(shows(scene, QStringLiteral("not present")));
    QVERIFY(shows(scene, QStringLiteral("Page fault at the page table")));
    QVERIFY(texts(scene).filter(QStringLiteral("The kernel: zero-filled frame")).size() == 1);
    // The next access to the page: a TLB hit, the tables skipped.
    sim.seek(2);
    scene.showPosition(1, 2, false);
    QVERIFY(shows(scene, QStringLiteral("TLB hit: no walk")));  // fully associative: no set to name
    QVERIFY(shows(scene, QStringLiteral("skipped: the TLB knew")));
  }

  // Image mode's page dump: while the walk plays only the top table is known (the root frame names
  // it), nothing lit; then each page the walk read, OSTEP's bytes, the data page; a fault leaves
  // the data page "not reached".
  void theDumpShowsThePagesTheWalkRead() {
    auto simulation = loadScenario("translation-ostep-two-level.oslens.json");
    auto& sim = dynamic_cast<TranslationSimulation&>(*simulation);
    views::MemoryDumpScene dump(sim);
    sim.seek(1);
    dump.showPosition(0, 1, true);
    QVERIFY(dump.isAnimating());
    QVERIFY(shows(dump, QStringLiteral("page directory: page 108")));
    QVERIFY(shows(dump, QStringLiteral("page table: page ?")));
    QVERIFY(shows(dump, QStringLiteral("the data: page ?")));
    QVERIFY(!shows(dump, QStringLiteral("not reached")));
    dump.finishAnimations();
    // 0x611c: directory entry 24 (at 0xd98) → table in page 33, entry 8 → page 53, the byte 0x08.
    QVERIFY(shows(dump, QStringLiteral("page table: page 33")));
    QVERIFY(shows(dump, QStringLiteral("the data: page 53")));
    QVERIFY(shows(dump, QStringLiteral("0xd90")));  // the row holding entry 24
    QVERIFY(shows(dump, QStringLiteral("a1")));     // entry 24's byte
    QVERIFY(shows(dump, QStringLiteral("08")));
    sim.seek(2);  // 0x3da8: the table's entry 13 is not valid
    dump.showPosition(1, 2, false);
    QVERIFY(shows(dump, QStringLiteral("page table: page 86")));
    QVERIFY(shows(dump, QStringLiteral("not reached")));
  }

  // A switch without ASIDs: the TLB shows its entries for a beat, then the table empty and why.
  void theTlbSaysWhatASwitchFlushed() {
    auto simulation = loadScenario("translation-switch-flush.oslens.json");
    auto& sim = dynamic_cast<TranslationSimulation&>(*simulation);
    views::TlbScene tlb(sim);
    sim.seek(4);
    tlb.showPosition(0, 4, false);
    sim.seek(5);  // switch to B
    tlb.showPosition(4, 5, true);
    const QString said = QStringLiteral("The switch flushed 2 entries: without ASIDs no entry can stay.");
    QVERIFY(tlb.isAnimating());
    QVERIFY(!shows(tlb, said));
    QVERIFY(texts(tlb).count(QStringLiteral("yes")) == 2);
    tlb.finishAnimations();
    QVERIFY(shows(tlb, said));
    QVERIFY(!shows(tlb, QStringLiteral("yes")));
  }

  void memoryShowsSharingAndTheTablePages() {
    auto simulation = loadScenario("translation-fork-cow.oslens.json");
    auto& sim = dynamic_cast<TranslationSimulation&>(*simulation);
    views::FramesScene frames(sim);
    sim.seek(5);  // after the fork
    frames.showPosition(0, 5, false);
    QVERIFY(texts(frames).filter(QStringLiteral("×2: shell, child")).size() >= 3);  // code, data and stack pages
    QVERIFY(texts(frames).filter(QStringLiteral("page directory")).size() == 2);    // one each
  }
};

OSLENS_QTEST_MAIN(WalkSceneTest)
#include "walk_scene_test.moc"
