// oslens-cli through the real binary: the public JSON fields, exit codes 0/2/1, nothing written on
// bad input, and exports that are valid files.
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <sys/stat.h>

#include "support/full_disk.h"
#include "support/qt_test_main.h"

namespace {
struct CliResult {
  int exitCode = -1;
  QByteArray out;
  QString err;
};

CliResult runCli(const QStringList& arguments) {
  QProcess process;
  process.start(QStringLiteral(OSLENS_CLI), arguments);
  process.waitForFinished(120000);
  return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString scenario(const char* name) {
  return QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + QLatin1String(name);
}
}  // namespace

class CliTest : public QObject {
  Q_OBJECT

 private slots:
  void runJsonHasThePublicFields() {
    const auto r = runCli({QStringLiteral("run"), scenario("paging-textbook-20.oslens.json"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc["module"].toString(), QStringLiteral("paging"));
    const QJsonArray steps = doc["steps"].toArray();
    QCOMPARE(steps.size(), 20);
    // Step 4 of Silberschatz 10e Fig. 10.12 (FIFO, 3 frames): 2 replaces 7, the oldest.
    const QJsonObject fourth = steps[3].toObject();
    QCOMPARE(fourth["ref"].toInt(), 2);
    QCOMPARE(fourth["hit"].toBool(), false);
    QCOMPARE(fourth["evicted"].toInt(), 7);
    QCOMPARE(fourth["frames"].toArray(), QJsonArray({2, 0, 1}));
    QCOMPARE(fourth["writeback"].toBool(), false);
    QVERIFY(steps[0].toObject()["evicted"].isNull());
    QVERIFY(steps[0].toObject()["frames"].toArray()[1].isNull());
    QVERIFY(!fourth["events"].toArray().isEmpty());
    const QJsonObject summary = doc["summary"].toObject();
    QCOMPARE(summary["faults"].toInt(), 15);
    QCOMPARE(summary["hits"].toInt(), 5);
    QCOMPARE(summary["writebacks"].toInt(), 0);
    QCOMPARE(summary["hit_rate"].toDouble(), 0.25);
  }

  void runUntilStopsEarlyAndTextNarrates() {
    auto r = runCli({QStringLiteral("run"), QStringLiteral("paging-belady"), QStringLiteral("--until"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["steps"].toArray().size(), 3);
    r = runCli({QStringLiteral("run"), QStringLiteral("paging-belady"), QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Step 12: read of page 5."));
    QVERIFY(r.out.contains("faults: 10"));
    r = runCli({QStringLiteral("run"), QStringLiteral("paging-belady"), QStringLiteral("--format"), QStringLiteral("text"),
                QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    // The narration is typeset (views/core/chinese_typesetting.h): no-break spaces in the counters.
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("第\u00A012\u00A0步：读页\u00A05。")));
  }

  void validateReportsEveryProblemWithItsPlace() {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.oslens.json"));
    QFile file(bad);
    file.open(QIODevice::WriteOnly);
    file.write(R"({"oslens": 1, "module": "paging", "config": {"frames": 2000000, "policy": "lruu"},
                  "ops": [{"access": 1}, {"access": 2, "writ": true}, {"access": -4}]})");
    file.close();
    const auto r = runCli({QStringLiteral("validate"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("/config/frames: 2000000 is out of range; expected 1 to 1048576")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("/config/policy")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("/ops/1/writ: unknown key \"writ\" (did you mean \"write\"?)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("/ops/2/access")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(runCli({QStringLiteral("validate"), scenario("paging-clock.oslens.json")}).exitCode, 0);
  }

  void badArgumentsExitTwoAndWriteNothing() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    const auto bogus = runCli({QStringLiteral("run"), QStringLiteral("paging-belady"), QStringLiteral("--bogus")});
    QCOMPARE(bogus.exitCode, 2);
    QVERIFY2(bogus.err.contains(QStringLiteral("unknown option \"--bogus\"")), qPrintable(bogus.err));
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("paging-belady"), QStringLiteral("--until"), QStringLiteral("99")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("run"), QStringLiteral("paging-belady"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--step"), QStringLiteral("99"), QStringLiteral("--out"), out}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--out"), out,
                     QStringLiteral("--view"), QStringLiteral("nope")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("/no/such/file.oslens.json"), QStringLiteral("--step"), QStringLiteral("1"), QStringLiteral("--out"), out}).exitCode, 2);
    QVERIFY(!QFile::exists(out));
  }

  void exportWritesEveryFormat() {
    QTemporaryDir dir;
    for (const QString& suffix : {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")}) {
      const QString out = dir.filePath(QStringLiteral("belady.") + suffix);
      const auto r = runCli({QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--step"), QStringLiteral("7"),
                             QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
      QCOMPARE(r.exitCode, 0);
      QVERIFY(QFile(out).size() > 1000);
    }
    QVERIFY(QSvgRenderer(dir.filePath(QStringLiteral("belady.svg"))).isValid());
    QVERIFY(!QImage(dir.filePath(QStringLiteral("belady.png"))).isNull());
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("paging-clock"), QStringLiteral("--all-steps"), QStringLiteral("--out"), deck}).exitCode, 0);
    QVERIFY(QFile(deck).size() > 1000);
  }

  // --all-steps into a folder: one slide per step, all the same size, each saying its step in the
  // export's language; --page chooses the shape.
  void exportWritesAFolderOfSlides() {
    QTemporaryDir dir;
    const QString svgs = dir.filePath(QStringLiteral("svg-steps"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--all-steps"), QStringLiteral("--out"),
                     svgs, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--lang"), QStringLiteral("zh_CN")})
                 .exitCode,
             0);
    const QStringList files = QDir(svgs).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 13);  // steps 0 to 12
    QCOMPARE(files.front(), QStringLiteral("step-000.svg"));
    QCOMPARE(files.back(), QStringLiteral("step-012.svg"));
    for (const QString& name : files) {
      QSvgRenderer svg(QDir(svgs).filePath(name));
      QVERIFY2(svg.isValid(), qPrintable(name));
      QCOMPARE(svg.viewBoxF().size(), QSizeF(1920, 1080));
    }
    QFile seventh(QDir(svgs).filePath(QStringLiteral("step-007.svg")));
    QVERIFY(seventh.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(seventh.readAll());
    // (typeset: no-break spaces tie the numbers to 第 and 步)
    QVERIFY2(text.contains(QStringLiteral("第\u00A07\u00A0步，共\u00A012\u00A0步")), "the slide says its step in Chinese");
    QVERIFY(text.contains(QStringLiteral("异常")));  // (SVG splits "Belady 异常" into a run per script)

    const QString pngs = dir.filePath(QStringLiteral("png-steps"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("paging-clock"), QStringLiteral("--all-steps"), QStringLiteral("--out"),
                     pngs + QLatin1Char('/'), QStringLiteral("--page"), QStringLiteral("4:3")})
                 .exitCode,
             0);
    const QStringList images = QDir(pngs).entryList(QDir::Files, QDir::Name);
    QVERIFY(images.size() > 5);
    for (const QString& name : images) QCOMPARE(QImage(QDir(pngs).filePath(name)).size(), QSize(1440, 1080));

    // A single export is a 16:9 slide unless --page says otherwise.
    const QString single = dir.filePath(QStringLiteral("one.png"));
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("buddy-split-merge"), QStringLiteral("--step"), QStringLiteral("3"),
                     QStringLiteral("--out"), single}).exitCode, 0);
    QCOMPARE(QImage(single).size(), QSize(1920, 1080));
  }

  void badSlideArgumentsExitTwo() {
    QTemporaryDir dir;
    auto exitOf = [&](QStringList extra) {
      return runCli(QStringList{QStringLiteral("export"), QStringLiteral("paging-belady")} + extra);
    };
    const auto page = exitOf({QStringLiteral("--step"), QStringLiteral("1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("a.png")),
                              QStringLiteral("--page"), QStringLiteral("5:4")});
    QCOMPARE(page.exitCode, 2);
    QVERIFY2(page.err.contains(QStringLiteral("--page expects 16:9, 4:3 or fit")), qPrintable(page.err));
    const auto image = exitOf({QStringLiteral("--all-steps"), QStringLiteral("--out"), dir.filePath(QStringLiteral("a.png"))});
    QCOMPARE(image.exitCode, 2);
    QVERIFY2(image.err.contains(QStringLiteral("FOLDER/")), qPrintable(image.err));
    QCOMPARE(exitOf({QStringLiteral("--all-steps"), QStringLiteral("--out"), dir.filePath(QStringLiteral("f")), QStringLiteral("--format"),
                     QStringLiteral("jpg")}).exitCode,
             2);
    QCOMPARE(exitOf({QStringLiteral("--step"), QStringLiteral("1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("a.png")),
                     QStringLiteral("--format"), QStringLiteral("svg")}).exitCode,
             2);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
  }

  // A full disk is reported as such, exit 2, and the file that was at --out keeps its old content.
  // With 8 KiB left, less than any of these exports, Qt's QSaveFile::commit() alone used to replace
  // the old file with the first 4 or 8 KiB of the new one and report success.
  void exportOntoAFullDiskKeepsTheOldFile_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("how");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    const QStringList step3 = {QStringLiteral("--step"), QStringLiteral("3")};
    const QString full = QStringLiteral("the disk is full (no space left on device)");
    QTest::newRow("png") << QStringLiteral("x.png") << step3 << QStringLiteral("en") << full;
    QTest::newRow("svg") << QStringLiteral("x.svg") << step3 << QStringLiteral("en") << full;
    QTest::newRow("pdf") << QStringLiteral("x.pdf") << step3 << QStringLiteral("en") << full;
    QTest::newRow("deck") << QStringLiteral("deck.pdf") << QStringList{QStringLiteral("--all-steps")} << QStringLiteral("en") << full;
    QTest::newRow("png, zh_CN") << QStringLiteral("x.png") << step3 << QStringLiteral("zh_CN") << QStringLiteral("磁盘已满");
  }
  void exportOntoAFullDiskKeepsTheOldFile() {
    QFETCH(QString, name);
    QFETCH(QStringList, how);
    QFETCH(QString, language);
    QFETCH(QString, message);
    const QByteArray old = "the old picture";
    FullDisk disk(name, old, 8192);
    OSLENS_REQUIRE_FULL_DISK(disk);
    const auto r = runCli(QStringList{QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--out"),
                                      disk.path(name), QStringLiteral("--lang"), language} + how);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(disk.path(name)), qPrintable(r.err));
    QCOMPARE(disk.contents(name), old);
    QCOMPARE(disk.entries(), disk.entriesAtStart());
  }

  void exportOntoAFullDiskWritesNoNewFile() {
    FullDisk disk(QStringLiteral("other.png"), "old", 8192);
    OSLENS_REQUIRE_FULL_DISK(disk);
    const auto r = runCli({QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--step"), QStringLiteral("3"),
                           QStringLiteral("--out"), disk.path(QStringLiteral("x.png"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("the disk is full")), qPrintable(r.err));
    QCOMPARE(disk.entries(), disk.entriesAtStart());
  }

  // NaN passes both halves of "scale < 0.25 || scale > 8"; it used to give a 0-byte PNG and exit 0.
  void aScaleThatIsNoNumberIsRefused_data() {
    QTest::addColumn<QString>("scale");
    for (const char* scale : {"nan", "-nan", "NaN", "inf", "-inf", "+inf"}) QTest::newRow(scale) << QString::fromLatin1(scale);
  }
  void aScaleThatIsNoNumberIsRefused() {
    QFETCH(QString, scale);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const auto r = runCli({QStringLiteral("export"), QStringLiteral("paging-belady"), QStringLiteral("--step"), QStringLiteral("3"),
                           QStringLiteral("--out"), out, QStringLiteral("--scale"), scale});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--scale expects a number from 0.25 to 8, not \"%1\"").arg(scale)), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
  }

  // A device reports the size 0 and never ends: it is read up to the limit, not until memory runs out.
  void aDeviceIsReadOnlyUpToTheLimit() {
    QElapsedTimer clock;
    clock.start();
    const auto r = runCli({QStringLiteral("validate"), QStringLiteral("/dev/zero")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("the file is larger than the limit of 134217728 bytes")), qPrintable(r.err));
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    const auto zh = runCli({QStringLiteral("validate"), QStringLiteral("/dev/zero"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(zh.exitCode, 2);
    QVERIFY2(zh.err.contains(QStringLiteral("文件超过了 134217728 字节的上限")), qPrintable(zh.err));
  }

  // A pipe has no size either: a scenario sent through one is read whole, an endless one up to the limit.
  void aPipeIsReadUpToTheLimit() {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("scenario.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess writer;  // killed when the test ends, should the program never open the pipe
    writer.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec cat \"$0\" > \"$1\""),
                                             scenario("paging-clock.oslens.json"), fifo});
    QVERIFY(writer.waitForStarted());
    QCOMPARE(runCli({QStringLiteral("validate"), fifo}).exitCode, 0);
    QVERIFY(writer.waitForFinished());

    writer.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec head -c 200000000 /dev/zero > \"$0\""), fifo});
    QVERIFY(writer.waitForStarted());
    const auto r = runCli({QStringLiteral("validate"), fifo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("the file is larger than the limit of 134217728 bytes")), qPrintable(r.err));
    QVERIFY(writer.waitForFinished());  // the program closed its end: the writer stops
  }

  void listNamesTheBuiltIns() {
    const auto r = runCli({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    for (const char* name : {"paging-belady", "paging-clock", "paging-dirty-pages", "paging-textbook-20"})
      QVERIFY2(r.out.contains(name), name);
  }
};

OSLENS_QTEST_MAIN(CliTest)
#include "cli_test.moc"
