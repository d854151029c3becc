// A scene's header in presentation mode (issue 14): rows the caption strip already says fade
// out, the rows above them move down to close the gap, the scene's rect starts lower by as much,
// and the body keeps its coordinates; back in the window everything is as it was. Offscreen.
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QtTest>

#include "support/qt_test_main.h"
#include "views/core/presentation_header.h"

using oslens::views::PresentationHeader;

class PresentationHeaderTest : public QObject {
  Q_OBJECT

 private slots:
  void droppedRowsCloseUpAndTheBodyStays() {
    QGraphicsScene scene;
    auto text = [&](qreal y) {
      auto* item = scene.addSimpleText(QStringLiteral("x"));
      item->setPos(0, y);
      return item;
    };
    auto* title = text(0);
    auto* note = text(40);      // slot 40..60: dropped
    auto* statA = text(60);
    auto* statB = text(60);
    auto* step = text(100);     // slot 100..130: dropped
    auto* body = text(130);
    const QRectF full(-10, -10, 500, 300);
    scene.setSceneRect(full);
    PresentationHeader header;
    header.addRow({title}, false);
    header.addRow({note}, true);
    header.addRow({statA, statB}, false);
    header.addRow({step}, true);
    header.setFullRect(full, 130);
    QCOMPARE(header.droppedHeight(), 50.0);

    header.apply(scene, true);
    QCOMPARE(note->opacity(), 0.0);
    QCOMPARE(step->opacity(), 0.0);
    QCOMPARE(statA->y(), 90.0);   // down by the step's slot
    QCOMPARE(statB->y(), 90.0);
    QCOMPARE(title->y(), 50.0);   // down by both
    QCOMPARE(body->y(), 130.0);
    QCOMPARE(scene.sceneRect(), full.adjusted(0, 50, 0, 0));
    QVERIFY(scene.sceneRect().contains(title->sceneBoundingRect()));

    header.apply(scene, false);
    QCOMPARE(note->opacity(), 1.0);
    QCOMPARE(title->y(), 0.0);
    QCOMPARE(statA->y(), 60.0);
    QCOMPARE(scene.sceneRect(), full);
  }
};

OSLENS_QTEST_MAIN(PresentationHeaderTest)
#include "presentation_header_test.moc"
