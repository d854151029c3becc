// SimulationDocument: the one object between the engine and the views.
#include <QSignalSpy>

#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/core/simulation_document.h"

using oslens::views::SimulationDocument;

namespace {
// 60,000 references references: long enough that checkpoints are prepared over several slices.
QByteArray longScenario() {
  QByteArray refs;
  for (int i = 0; i < 60'000; ++i) refs += (i ? "," : "") + QByteArray::number((i * 7919) % 37);
  return R"({"oslens": 1, "module": "paging", "config": {"frames": 5, "policy": "lru"}, "refs": [)" + refs + "]}";
}
}  // namespace

class SimulationDocumentTest : public QObject {
  Q_OBJECT

 private slots:
  void seeksAreClampedAndSignalFromAndTo() {
    SimulationDocument document;
    QVERIFY(document.load(R"({"oslens": 1, "module": "paging", "config": {"frames": 2}, "refs": [1, 2, 3]})").isEmpty());
    QSignalSpy moved(&document, &SimulationDocument::positionChanged);
    document.seek(99);
    QCOMPARE(document.position(), 3);
    document.stepForward();  // already at the end: no signal
    document.stepBack();
    document.seek(-5);
    QCOMPARE(moved.size(), 3);
    QCOMPARE(moved[0], (QVariantList{0, 3}));
    QCOMPARE(moved[1], (QVariantList{3, 2}));
    QCOMPARE(moved[2], (QVariantList{2, 0}));
  }

  void aBadScenarioChangesNothing() {
    SimulationDocument document;
    QVERIFY(document.load(R"({"oslens": 1, "module": "paging", "config": {"frames": 2}, "refs": [1, 2, 3]})", "good").isEmpty());
    document.seek(2);
    QSignalSpy loaded(&document, &SimulationDocument::scenarioLoaded);
    const QStringList problems = document.load(R"({"oslens": 2, "module": "paging"})", "bad");
    QVERIFY(problems.size() >= 2);
    QVERIFY(problems.filter(QStringLiteral("/oslens")).size() == 1);
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(document.sourcePath(), QStringLiteral("good"));
    QCOMPARE(document.position(), 2);
    QVERIFY(document.loadFile(QStringLiteral("/no/such/file.json")).first().contains(QStringLiteral("/no/such/file.json")));
  }

  // Checkpoints are built in idle time after loading, so the first jump to the end is instant.
  void checkpointsArePreparedInIdleTime() {
    SimulationDocument document;
    QVERIFY(document.load(longScenario()).isEmpty());
    QVERIFY(!document.checkpointsReady());
    QTRY_VERIFY_WITH_TIMEOUT(document.checkpointsReady(), 20000);
    QCOMPARE(document.position(), 0);  // preparing never moves what the class sees
    document.seekToEnd();
    QCOMPARE(document.position(), 60'000);
  }
};

OSLENS_QTEST_MAIN(SimulationDocumentTest)
#include "simulation_document_test.moc"
