// The five-state diagram shared by the schedulers (issue 14): a chip slides between places, the
// places' counts wait for it (no spoiler), and its words are large for the picture, so that they
// read from the back of a room when the diagram fills a projector. Offscreen QtTest.
#include <QGraphicsSimpleTextItem>
#include <QtTest>

#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/kit/task_state_diagram.h"

using namespace oslens;
using engine::sched::TaskState;
using views::TaskStateDiagram;

class TaskStateDiagramTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(views::Language::apply(QStringLiteral("en"))); }

  void theCountsWaitForTheChipsToLand() {
    TaskStateDiagram diagram({QStringLiteral("A"), QStringLiteral("B")});
    const std::vector<TaskState> before{TaskState::Running, TaskState::Ready};
    const std::vector<TaskState> after{TaskState::Exited, TaskState::Running};
    diagram.show(before);
    QCOMPARE(diagram.placeTitle(TaskState::Exited), QStringLiteral("exited (0)"));
    diagram.animate(before, after);
    QVERIFY(diagram.isAnimating());
    QCOMPARE(diagram.placeTitle(TaskState::Exited), QStringLiteral("exited (0)"));
    QCOMPARE(diagram.placeTitle(TaskState::Ready), QStringLiteral("ready (1)"));
    diagram.finishAnimations();
    QCOMPARE(diagram.placeTitle(TaskState::Exited), QStringLiteral("exited (1)"));
    QCOMPARE(diagram.placeTitle(TaskState::Ready), QStringLiteral("ready (0)"));
    // Backwards too: A's chip leaves "exited" only when it lands; left alone, the slide ends by itself.
    diagram.animate(after, before);
    QVERIFY(diagram.isAnimating());
    QCOMPARE(diagram.placeTitle(TaskState::Exited), QStringLiteral("exited (1)"));
    QTRY_VERIFY(!diagram.isAnimating());
    QCOMPARE(diagram.placeTitle(TaskState::Exited), QStringLiteral("exited (0)"));
  }

  // Every word at least 18 px at 1x (24 px once the diagram is fitted to a 1920x1080 projector,
  // which scales it by ~1.3), and every chip inside its place.
  void wordsAreLargeForThePicture() {
    QStringList names;
    for (int i = 0; i < 12; ++i) names << QStringLiteral("T%1").arg(i);
    TaskStateDiagram diagram(names);
    std::vector<TaskState> states(12, TaskState::Ready);
    states[0] = TaskState::Running;
    diagram.show(states);
    for (QGraphicsItem* item : diagram.items()) {
      auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
      if (!text || text->text().isEmpty() || !text->isVisible()) continue;
      const double pixels = text->font().pixelSize() > 0 ? text->font().pixelSize() : text->font().pointSizeF() * 96 / 72;
      QVERIFY2(pixels >= 18, qPrintable(text->text()));
    }
    for (std::size_t task = 0; task < 12; ++task) {
      const int place = diagram.placeOfChip(task);
      if (place >= 0) QCOMPARE(place, static_cast<int>(states[task]));
    }
    QVERIFY(diagram.placeTitle(TaskState::Ready).startsWith(QStringLiteral("ready (11)")));
  }
};

OSLENS_QTEST_MAIN(TaskStateDiagramTest)
#include "task_state_diagram_test.moc"
