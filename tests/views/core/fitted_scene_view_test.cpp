// FittedSceneView: the whole scene fits, up or down; each view keeps its own zoom and pan through
// refits (a step changes the scene's rectangle); Ctrl and +/-/0 and Ctrl and the wheel zoom;
// every other key is left to the window, so the arrows keep stepping the timeline.
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QWheelEvent>

#include "support/qt_test_main.h"
#include "views/core/fitted_scene_view.h"

using namespace oslens;

namespace {
// A 1000x500 scene in a 500x250 viewport (no frame): fitted, one scene unit is half a pixel.
struct Fixture {
  QGraphicsScene scene{0, 0, 1000, 500};
  views::FittedSceneView view{&scene};
  Fixture() {
    scene.addRect(0, 0, 1000, 500);
    view.resize(500, 250);
    view.show();
  }
  double scale() const { return view.transform().m11(); }
};

// fitInView keeps a margin of a few pixels: a fitted scale is within 2 % of the ratio of sizes.
bool near(double a, double b) { return std::abs(a - b) <= 0.02 * std::max(1e-9, std::abs(b)); }

void ctrlKey(QWidget& widget, Qt::Key key) { QTest::keyClick(&widget, key, Qt::ControlModifier); }
}  // namespace

class FittedSceneViewTest : public QObject {
  Q_OBJECT

 private slots:
  void fitsTheWholeSceneUpAndDown() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QVERIFY2(near(f.scale(), 0.5), qPrintable(QString::number(f.scale()) + QStringLiteral(" in ") +
                                              QString::number(f.view.viewport()->width())));
    f.view.resize(2000, 1000);  // a projector: larger than the scene
    QTRY_VERIFY(near(f.scale(), 2.0));
  }

  void ctrlPlusMinusAndZeroZoomAndFitAgain() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    ctrlKey(f.view, Qt::Key_Plus);
    QVERIFY(near(f.view.zoom(), views::FittedSceneView::kZoomStep));
    QVERIFY(near(f.scale(), 0.5 * views::FittedSceneView::kZoomStep));
    ctrlKey(f.view, Qt::Key_Minus);
    QCOMPARE(f.view.zoom(), 1.0);  // in and out again is the fit itself
    ctrlKey(f.view, Qt::Key_Minus);
    QVERIFY(near(f.view.zoom(), 1.0 / views::FittedSceneView::kZoomStep));
    ctrlKey(f.view, Qt::Key_0);
    QVERIFY(near(f.view.zoom(), 1.0));
    QVERIFY(near(f.scale(), 0.5));
    for (int i = 0; i < 30; ++i) ctrlKey(f.view, Qt::Key_Plus);
    QVERIFY(near(f.view.zoom(), views::FittedSceneView::kMaxZoom));
  }

  void zoomAndPanSurviveARefit() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.setZoom(4.0);
    f.view.centerOn(800, 400);  // as a drag would
    const QPointF centre = f.view.centre();
    QVERIFY(std::abs(centre.x() - 800) < 2 && std::abs(centre.y() - 400) < 2);
    f.scene.setSceneRect(0, 0, 1000, 520);  // the next step's picture is a little taller
    QVERIFY(near(f.view.zoom(), 4.0));
    QVERIFY((f.view.centre() - centre).manhattanLength() < 2);
  }

  void ctrlWheelZoomsAboutTheMouse() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QPoint mouse(100, 60);
    const QPointF under = f.view.mapToScene(mouse);
    QWheelEvent wheel(QPointF(mouse), f.view.viewport()->mapToGlobal(QPointF(mouse)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.viewport(), &wheel);
    QVERIFY(near(f.view.zoom(), views::FittedSceneView::kZoomStep * views::FittedSceneView::kZoomStep));
    const QPointF after = f.view.mapToScene(mouse);
    QVERIFY2((after - under).manhattanLength() < 6,
             qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(under.x()).arg(under.y()).arg(after.x()).arg(after.y())));
  }

  void otherKeysAreLeftToTheWindow() {
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Left, Qt::Key_Space, Qt::Key_Home}) {
      QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
      QApplication::sendEvent(&f.view, &press);
      QVERIFY2(!press.isAccepted(), qPrintable(QKeySequence(key).toString()));
    }
    QVERIFY(near(f.view.zoom(), 1.0));
  }
};

OSLENS_QTEST_MAIN(FittedSceneViewTest)
#include "fitted_scene_view_test.moc"
