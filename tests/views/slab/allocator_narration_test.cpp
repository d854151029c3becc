// The buddy and slab narrators on real runs: each step of every built-in allocator scenario reads
// as sentences (no empty one, every placeholder filled), and the key steps say what the kernel's
// code does, in English and in Chinese.
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "engine/memory/buddy/buddy_scenario.h"
#include "engine/memory/slab/slab_scenario.h"
#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/buddy/buddy_narrator.h"
#include "views/core/language.h"
#include "views/slab/slab_narrator.h"

using namespace oslens;

namespace {
std::unique_ptr<engine::Simulation> loadText(const std::string& text) { return engine::loadSimulation(text); }

template <class Simulation, class Narrator>
std::vector<QStringList> narrateAll(const Simulation& sim) {
  std::vector<QStringList> steps;
  std::size_t index = 0;
  sim.timeline().visitSteps(1, sim.stepCount(), [&](const auto& after, const auto& op, const auto& events) {
    steps.push_back(Narrator::narrate(index++, after, op, events));
  });
  return steps;
}

void expectWellFormed(const std::vector<QStringList>& steps) {
  static const QRegularExpression unfilled(QStringLiteral("%\\d"));
  for (const auto& sentences : steps) {
    QVERIFY(sentences.size() >= 2);
    for (const auto& s : sentences) {
      QVERIFY2(!s.trimmed().isEmpty(), qPrintable(sentences.join(QLatin1Char('|'))));
      QVERIFY2(!unfilled.match(s).hasMatch(), qPrintable(s));
    }
  }
}

std::string builtin(const char* name) {
  QFile file(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/%1.oslens.json").arg(QLatin1String(name)));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll().toStdString();
}
}  // namespace

class AllocatorNarrationTest : public QObject {
  Q_OBJECT

 private slots:
  void buddySplitAndMergeReadAsTheKernelDoesThem() {
    auto sim = loadText(builtin("buddy-split-merge"));
    const auto& buddy = dynamic_cast<const engine::buddy::BuddySimulation&>(*sim);
    const auto steps = narrateAll<engine::buddy::BuddySimulation, views::BuddyNarrator>(buddy);
    expectWellFormed(steps);
    const QString first = steps[0].join(QLatin1Char(' '));
    QVERIFY2(first.contains(QStringLiteral("free_area[0] to free_area[3] are empty")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Split pages 0–15 into the buddies pages 0–7 and pages 8–15")), qPrintable(first));
    const QString last = steps.back().join(QLatin1Char(' '));
    QVERIFY2(last.contains(QStringLiteral("outside the zone")), qPrintable(last));
  }

  void aFragmentedZoneSaysWhyTheRequestFails() {
    auto sim = loadText(builtin("buddy-fragmentation"));
    const auto steps = narrateAll<engine::buddy::BuddySimulation, views::BuddyNarrator>(
        dynamic_cast<const engine::buddy::BuddySimulation&>(*sim));
    expectWellFormed(steps);
    const QString failed = steps[12].join(QLatin1Char(' '));
    QVERIFY2(failed.contains(QStringLiteral("external fragmentation")), qPrintable(failed));
  }

  void slabStepsTellTheListsAndTheBuddySide() {
    const std::string text = R"({"oslens": 1, "module": "slab", "config": {"pages": 64,
        "caches": [{"name": "inode", "object_size": 900}]},
        "ops": [{"cache_alloc": {"cache": "inode", "tag": "a"}}, {"kmalloc": {"bytes": 20000, "tag": "big"}},
                {"cache_free": "a"}, {"kfree": "big"}, {"shrink": "inode"}, {"kfree": "big"}]})";
    auto sim = loadText(text);
    const auto steps = narrateAll<engine::slab::SlabSimulation, views::SlabNarrator>(
        dynamic_cast<const engine::slab::SlabSimulation&>(*sim));
    expectWellFormed(steps);
    const QString grow = steps[0].join(QLatin1Char(' '));
    QVERIFY2(grow.contains(QStringLiteral("Cache inode asks for a block of order 0 (1 page)")), qPrintable(grow));
    QVERIFY2(grow.contains(QStringLiteral("Cache inode grows")), qPrintable(grow));
    QVERIFY2(steps[1].join(QLatin1Char(' ')).contains(QStringLiteral("straight to the buddy allocator")),
             qPrintable(steps[1].join(QLatin1Char(' '))));
    QVERIFY2(steps[2].join(QLatin1Char(' ')).contains(QStringLiteral("slabs_free")), qPrintable(steps[2].join(QLatin1Char(' '))));
    QVERIFY2(steps[4].join(QLatin1Char(' ')).contains(QStringLiteral("is destroyed")), qPrintable(steps[4].join(QLatin1Char(' '))));
    QVERIFY2(steps[5].join(QLatin1Char(' ')).contains(QStringLiteral("double free")), qPrintable(steps[5].join(QLatin1Char(' '))));
  }

  // cache_free of a large kmalloc names no cache on either side: said as such, not as a cache name.
  void cacheFreeOfALargeKmallocIsAWarning() {
    auto sim = loadText(R"({"oslens": 1, "module": "slab", "config": {"pages": 16},
        "ops": [{"kmalloc": {"bytes": 9000, "tag": "big"}}, {"cache_free": "big"}]})");
    const auto steps = narrateAll<engine::slab::SlabSimulation, views::SlabNarrator>(
        dynamic_cast<const engine::slab::SlabSimulation&>(*sim));
    expectWellFormed(steps);
    const QString warning = steps[1].join(QLatin1Char(' '));
    QVERIFY2(warning.contains(QStringLiteral("big is a large kmalloc, not a slab object")), qPrintable(warning));
  }

  void chineseNarrationIsComplete() {
    views::Language::apply(QStringLiteral("zh_CN"));
    auto sim = loadText(builtin("buddy-split-merge"));
    const auto steps = narrateAll<engine::buddy::BuddySimulation, views::BuddyNarrator>(
        dynamic_cast<const engine::buddy::BuddySimulation&>(*sim));
    views::Language::apply(QStringLiteral("en"));
    expectWellFormed(steps);
    QVERIFY2(steps[0].join(QString()).contains(QStringLiteral("拆成伙伴")), qPrintable(steps[0].join(QString())));
  }
};

OSLENS_QTEST_MAIN(AllocatorNarrationTest)
#include "allocator_narration_test.moc"
