// The small print of a scene in presentation mode (issue 14): every text below the floor is set
// at the floor, larger texts keep their size, and back in the window each text has its own size
// again, also one the scene set while presentation mode was on. Offscreen.
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QtTest>

#include "support/qt_test_main.h"
#include "views/core/presentation_type.h"
#include "views/core/view_palette.h"

using oslens::views::PresentationType;
using oslens::views::ViewPalette;

class PresentationTypeTest : public QObject {
  Q_OBJECT

 private slots:
  void smallPrintRisesToTheFloorAndComesBack() {
    QGraphicsScene scene;
    auto* note = scene.addSimpleText(QStringLiteral("loaded at step 7"), ViewPalette::font(10.5));
    auto* title = scene.addSimpleText(QStringLiteral("Belady"), ViewPalette::font(20, true));
    auto* rich = scene.addText(QStringLiteral("caption"), ViewPalette::font(12));
    auto* box = scene.addRect(0, 0, 40, 40);
    auto* inBox = new QGraphicsSimpleTextItem(QStringLiteral("7"), box);  // a labelled box's child
    inBox->setFont(ViewPalette::font(11));
    const PresentationType type(14);

    type.apply(scene, true);
    QCOMPARE(note->font().pointSizeF(), 14.0);
    QCOMPARE(title->font().pointSizeF(), 20.0);
    QVERIFY(title->font().bold());
    QCOMPARE(rich->font().pointSizeF(), 14.0);
    QCOMPARE(inBox->font().pointSizeF(), 14.0);
    type.apply(scene, true);  // again, as after every refresh: nothing changes
    QCOMPARE(note->font().pointSizeF(), 14.0);

    type.apply(scene, false);
    QCOMPARE(note->font().pointSizeF(), 10.5);
    QCOMPARE(title->font().pointSizeF(), 20.0);
    QCOMPARE(rich->font().pointSizeF(), 12.0);
    QCOMPARE(inBox->font().pointSizeF(), 11.0);
  }

  // A font the scene sets while presentation mode is on is the text's own size from then on.
  void aFontTheSceneSetsIsItsOwnSize() {
    QGraphicsScene scene;
    auto* note = scene.addSimpleText(QStringLiteral("note"), ViewPalette::font(10));
    const PresentationType type(14);
    type.apply(scene, true);
    note->setFont(ViewPalette::font(12, true));  // the scene's refresh: a bold current row
    type.apply(scene, true);
    QCOMPARE(note->font().pointSizeF(), 14.0);
    QVERIFY(note->font().bold());
    type.apply(scene, false);
    QCOMPARE(note->font().pointSizeF(), 12.0);
    QVERIFY(note->font().bold());
  }
};

OSLENS_QTEST_MAIN(PresentationTypeTest)
#include "presentation_type_test.moc"
