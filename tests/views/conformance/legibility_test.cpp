// Everything readable is large enough to read (issue 14): no text in any picture of any built-in,
// at any of a few steps, in either language, is drawn below 12 px at 1x — the size at which a
// picture fitted to a 1920x1080 projector still shows it at ~24 px (presentation mode draws the
// pictures about twice their own size there).
#include <QDir>
#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QtTest>
#include <cmath>

#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "views/core/language.h"
#include "views/core/module_view.h"

using namespace oslens;

namespace {
constexpr double kSmallestPixels = 12;

QStringList builtinFiles() {
  QDir dir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios"));
  return dir.entryList({QStringLiteral("*.oslens.json")}, QDir::Files, QDir::Name);
}

// The height of the font as drawn in scene units (1 unit = 1 px at 1x, 96 dpi).
double drawnPixels(const QFont& font, const QGraphicsItem& item) {
  const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
  // The length of the item's vertical axis in the scene: a rotated axis title keeps its size.
  const QTransform t = item.sceneTransform();
  return pixels * std::hypot(t.m21(), t.m22());
}

// "text (12.0 px)" for each visible text item drawn too small.
QStringList tooSmall(QGraphicsScene& scene) {
  QStringList out;
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible() || item->opacity() == 0) continue;
    QString text;
    QFont font;
    if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item)) {
      text = simple->text();
      font = simple->font();
    } else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item)) {
      text = rich->toPlainText();
      font = rich->font();
    } else {
      continue;
    }
    if (text.trimmed().isEmpty()) continue;
    const double pixels = drawnPixels(font, *item);
    if (pixels < kSmallestPixels - 0.01) out << QStringLiteral("\"%1\" (%2 px)").arg(text.left(40)).arg(pixels, 0, 'f', 1);
  }
  return out;
}
}  // namespace

class LegibilityTest : public QObject {
  Q_OBJECT

 private slots:
  void noTextIsSmallerThanTwelvePixels_data() {
    QTest::addColumn<QString>("file");
    for (const QString& file : builtinFiles()) QTest::newRow(qPrintable(file)) << file;
  }

  void noTextIsSmallerThanTwelvePixels() {
    QFETCH(QString, file);
    auto simulation =
        engine::loadSimulationFile((QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + file).toStdString());
    QStringList problems;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
      QVERIFY(views::Language::apply(language));
      auto view = views::createModuleView(*simulation);
      QVERIFY(view);
      const int last = static_cast<int>(simulation->stepCount());
      int from = 0;
      for (const int step : {0, last / 2, last}) {
        simulation->seek(static_cast<std::size_t>(step));
        view->showPosition(from, step, false);
        from = step;
        for (const QString& name : view->viewNames())
          for (const QString& small : tooSmall(*view->scene(name)))
            if (problems.size() < 20) problems << QStringLiteral("%1 %2 step %3: %4").arg(language, name).arg(step).arg(small);
      }
    }
    QVERIFY(views::Language::apply(QStringLiteral("en")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }
};

OSLENS_QTEST_MAIN(LegibilityTest)
#include "legibility_test.moc"
