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
#include <functional>
#include <set>

#include "engine/modules.h"
#include "support/qt_test_main.h"
#include "support/scene_checks.h"
#include "views/core/language.h"
#include "views/core/chart_scene.h"
#include "views/core/module_view.h"
#include "views/core/view_palette.h"

using namespace oslens;

namespace {
constexpr double kSmallestPixels = 12;

QStringList builtinFiles() {
  QDir dir(QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios"));
  return dir.entryList({QStringLiteral("*.oslens.json")}, QDir::Files, QDir::Name);
}

// "text (12.0 px)" for each visible text item drawn too small.
QStringList tooSmall(QGraphicsScene& scene) {
  QStringList out;
  for (const test::ShownText& shown : test::shownTexts(scene))
    if (shown.pixels < kSmallestPixels - 0.01) out << QStringLiteral("\"%1\" (%2 px)").arg(shown.text.left(40)).arg(shown.pixels, 0, 'f', 1);
  return out;
}
bool isText(QGraphicsItem& item) {
  return dynamic_cast<QGraphicsSimpleTextItem*>(&item) || dynamic_cast<QGraphicsTextItem*>(&item);
}

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double luminance(const QColor& c) {
  auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The fill the text sits on: the first filled shape drawn below it (in stacking order) under its
// centre, else the white page.
QColor backgroundOf(QGraphicsScene& scene, QGraphicsItem& text) {
  bool below = false;
  for (QGraphicsItem* item : scene.items(text.sceneBoundingRect().center(), Qt::IntersectsItemShape, Qt::DescendingOrder)) {
    if (item == &text) {
      below = true;
      continue;
    }
    if (!below || !item->isVisible() || item->opacity() == 0 || isText(*item)) continue;
    auto* shape = dynamic_cast<QAbstractGraphicsShapeItem*>(item);
    if (shape && shape->brush().style() == Qt::SolidPattern && shape->brush().color().alpha() == 255)
      return shape->brush().color();
  }
  return Qt::white;
}

// The text items of `scene` whose colour is below `minimum` against what they sit on.
QStringList lowContrastTexts(QGraphicsScene& scene, double minimum);

QString textOf(QGraphicsItem& item) {
  if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(&item)) return simple->text().left(30);
  if (auto* rich = dynamic_cast<QGraphicsTextItem*>(&item)) return rich->toPlainText().left(30);
  return {};
}

QColor textColour(QGraphicsItem& item) {
  if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(&item)) return simple->brush().color();
  if (auto* rich = dynamic_cast<QGraphicsTextItem*>(&item)) return rich->defaultTextColor();
  return {};
}


// What breaks the high-contrast theme in a diagram: a pastel fill (light and tinted: a projector
// washes it out to white), a line thinner than 2 px, text below 7:1 on white.
QStringList highContrastProblems(QGraphicsScene& scene) {
  QStringList out;
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible() || item->opacity() == 0) continue;
    if (isText(*item)) continue;  // lowContrastTexts
    auto* shape = dynamic_cast<QAbstractGraphicsShapeItem*>(item);
    if (!shape) continue;
    const QBrush brush = shape->brush();
    if (brush.style() == Qt::SolidPattern && brush.color().alpha() == 255) {
      const QColor c = brush.color().toHsl();
      if (c != QColor(Qt::white) && c.lightnessF() > 0.85 && c.hslSaturationF() > 0.05)
        out << QStringLiteral("pastel fill %1").arg(brush.color().name());
    }
    const QPen pen = shape->pen();
    if (pen.style() != Qt::NoPen && pen.color().alpha() == 255 && pen.widthF() > 0 && pen.widthF() < 2)
      out << QStringLiteral("thin line %1 px (item type %2 at %3,%4)").arg(pen.widthF()).arg(item->type()).arg(item->sceneBoundingRect().x()).arg(item->sceneBoundingRect().y());
  }
  out << lowContrastTexts(scene, 4.5);
  out.removeDuplicates();
  return out;
}

// Pairs of visible texts drawn over each other (their ink boxes share more than a sliver):
// "a" / "b". Qt Charts' own items are left to Qt.
QStringList overlappingTexts(QGraphicsScene& scene) {
  struct Shown {
    QRectF box;
    QString text;
  };
  std::vector<Shown> shown;
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible() || item->opacity() == 0 || !isText(*item)) continue;
    const QString text = textOf(*item);
    if (text.trimmed().isEmpty()) continue;
    // The ink, not the line box: a line's leading may touch the next line's.
    QRectF box = item->sceneBoundingRect();
    box.adjust(0, box.height() * 0.2, 0, -box.height() * 0.2);
    shown.push_back({box, text});
  }
  QStringList out;
  for (std::size_t a = 0; a < shown.size(); ++a)
    for (std::size_t b = a + 1; b < shown.size(); ++b) {
      const QRectF both = shown[a].box.intersected(shown[b].box);
      const double smaller = std::min(shown[a].box.width() * shown[a].box.height(), shown[b].box.width() * shown[b].box.height());
      if (!both.isEmpty() && both.width() * both.height() > 0.1 * smaller)
        out << QStringLiteral("\"%1\" over \"%2\"").arg(shown[a].text, shown[b].text);
    }
  return out;
}

QStringList lowContrastTexts(QGraphicsScene& scene, double minimum) {
  QStringList out;
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible() || item->opacity() == 0 || !isText(*item) || textOf(*item).trimmed().isEmpty()) continue;
    const QColor c = textColour(*item);
    const QColor under = backgroundOf(scene, *item);
    if (c.alpha() == 255 && contrast(c, under) < minimum)
      out << QStringLiteral("\"%1\" in %2 on %3 (%4:1)").arg(textOf(*item), c.name(), under.name()).arg(contrast(c, under), 0, 'f', 1);
  }
  return out;
}
// Runs `check` on the pictures of built-in `file` at its first, second, middle and last step, in
// each of `languages`, and names every problem it finds ("zh_CN memory step 6: ..."). Charts are
// left out unless `withCharts` (Qt Charts draws and places its own text).
QStringList problemsInEveryPicture(const QString& file, const QStringList& languages, bool withCharts,
                                   const std::function<QStringList(QGraphicsScene&)>& check, bool presentation = false) {
  auto simulation =
      engine::loadSimulationFile((QStringLiteral(OSLENS_SOURCE_DIR "/resources/scenarios/") + file).toStdString());
  QStringList problems;
  for (const QString& language : languages) {
    views::Language::apply(language);
    auto view = views::createModuleView(*simulation);
    view->setPresentation(presentation);
    const int last = static_cast<int>(simulation->stepCount());
    int from = 0;
    for (const int step : std::set<int>{0, std::min(1, last), last / 2, last}) {
      simulation->seek(static_cast<std::size_t>(step));
      view->showPosition(from, step, false);
      from = step;
      for (const QString& name : view->viewNames()) {
        QGraphicsScene& scene = *view->scene(name);
        if (!withCharts && qobject_cast<views::ChartScene*>(&scene)) continue;
        for (const QString& problem : check(scene))
          problems << QStringLiteral("%1 %2%3 step %4: %5").arg(language, name, presentation ? QStringLiteral(" (presentation)") : QString()).arg(step).arg(problem);
      }
    }
  }
  views::Language::apply(QStringLiteral("en"));
  problems.removeDuplicates();
  return problems.mid(0, 20);
}

// Texts that leave the picture (what the screen and every export show).
QStringList textsOutside(QGraphicsScene& scene) {
  QStringList out;
  for (QGraphicsItem* item : scene.items())
    if (item->isVisible() && item->opacity() > 0 && isText(*item) && !textOf(*item).trimmed().isEmpty() &&
        !scene.sceneRect().adjusted(-1, -1, 1, 1).contains(item->sceneBoundingRect()))
      out << QStringLiteral("\"%1\" outside the picture").arg(textOf(*item));
  return out;
}

const QStringList kBothLanguages{QStringLiteral("en"), QStringLiteral("zh_CN")};
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
    const QStringList problems = problemsInEveryPicture(file, kBothLanguages, true, tooSmall);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // Notes in grey and every other text of a diagram reach WCAG AA on white (4.5:1).
  void everyTextHasEnoughContrast_data() { noTextIsSmallerThanTwelvePixels_data(); }
  void everyTextHasEnoughContrast() {
    QFETCH(QString, file);
    // In both themes: the high-contrast one must not be the one with faint words.
    for (const views::Theme theme : {views::Theme::Standard, views::Theme::HighContrast}) {
      views::ViewPalette::setTheme(theme);
      const QStringList problems = problemsInEveryPicture(
          file, {QStringLiteral("en")}, false, [](QGraphicsScene& scene) { return lowContrastTexts(scene, 4.5); });
      views::ViewPalette::setTheme(views::Theme::Standard);
      QVERIFY2(problems.isEmpty(), qPrintable(views::ViewPalette::themeName(theme) + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }
  }

  // The checks themselves catch what they look for.
  void theChecksCatchOverlapsAndFaintText() {
    QGraphicsScene scene;
    auto* a = scene.addSimpleText(QStringLiteral("loaded at step 7"), views::ViewPalette::font(10));
    auto* b = scene.addSimpleText(QStringLiteral("evicted 1"), views::ViewPalette::font(10));
    b->setPos(a->pos() + QPointF(8, 3));
    QCOMPARE(overlappingTexts(scene).size(), 1);
    b->setPos(0, 40);
    QVERIFY(overlappingTexts(scene).isEmpty());
    a->setBrush(QColor(0x9a, 0xa0, 0xa6));  // the old grey: 2.6:1
    QCOMPARE(lowContrastTexts(scene, 4.5).size(), 1);
    auto* fill = scene.addRect(b->sceneBoundingRect().adjusted(-4, -4, 4, 4), QPen(Qt::NoPen), QColor(0x2c, 0xa0, 0x2c));
    fill->setZValue(-1);
    b->setBrush(Qt::white);  // white on that green: 3.4:1
    QCOMPARE(lowContrastTexts(scene, 4.5).size(), 2);
    QVERIFY(tooSmall(scene).isEmpty());
    a->setFont(views::ViewPalette::font(8));
    QCOMPARE(tooSmall(scene).size(), 1);
  }

  // No text is drawn over another or cut off at the picture's edge, in any diagram of any
  // built-in, at a few steps, in both languages (Chinese is wider), in the window's form and in
  // presentation mode's (views/core/presentation_header.h moves the header).
  void noTextOverlapsAnother_data() { noTextIsSmallerThanTwelvePixels_data(); }
  void noTextOverlapsAnother() {
    QFETCH(QString, file);
    for (bool presentation : {false, true}) {
      const QStringList problems = problemsInEveryPicture(
          file, kBothLanguages, false, [](QGraphicsScene& scene) { return overlappingTexts(scene) + textsOutside(scene); },
          presentation);
      QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
  }

  // The high-contrast theme: black on white, thick lines, no pastel fills, in every diagram.
  void theHighContrastThemeHoldsInEveryDiagram_data() { noTextIsSmallerThanTwelvePixels_data(); }
  void theHighContrastThemeHoldsInEveryDiagram() {
    QFETCH(QString, file);
    views::ViewPalette::setTheme(views::Theme::HighContrast);
    const QStringList problems = problemsInEveryPicture(file, {QStringLiteral("en")}, false, highContrastProblems);
    views::ViewPalette::setTheme(views::Theme::Standard);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }
};

OSLENS_QTEST_MAIN(LegibilityTest)
#include "legibility_test.moc"
