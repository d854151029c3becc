#pragma once

#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <cmath>
#include <vector>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include "views/export/scene_exporter.h"

// Checks that the diagram tests share: a scene rendered to an image, saved for a person to look
// at, and exported to files that are valid and not blank.
namespace oslens::test {

// A text a scene shows (visible, not faded out, not blank), with its font and its height in
// scene units (1 unit = 1 px at 1x, 96 dpi; a rotated axis title keeps its size).
struct ShownText {
  QGraphicsItem* item;
  QString text;
  QFont font;
  double pixels;
};
inline std::vector<ShownText> shownTexts(QGraphicsScene& scene) {
  std::vector<ShownText> out;
  for (QGraphicsItem* item : scene.items()) {
    if (!item->isVisible() || item->opacity() == 0) continue;
    ShownText shown{item, {}, {}, 0};
    if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item)) {
      shown.text = simple->text();
      shown.font = simple->font();
    } else if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item)) {
      shown.text = rich->toPlainText();
      shown.font = rich->font();
    } else {
      continue;
    }
    if (shown.text.trimmed().isEmpty()) continue;
    const double points = shown.font.pixelSize() > 0 ? shown.font.pixelSize() : shown.font.pointSizeF() * 96.0 / 72.0;
    const QTransform t = item->sceneTransform();
    shown.pixels = points * std::hypot(t.m21(), t.m22());
    out.push_back(shown);
  }
  return out;
}

inline QImage renderScene(QGraphicsScene& scene) {
  QImage image(scene.sceneRect().size().toSize(), QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  scene.render(&painter, QRectF(QPointF(0, 0), image.size()), scene.sceneRect());
  return image;
}

// Set OSLENS_SAVE_FRAMES=DIR to look at the moments of an animation.
inline void saveFrame(QGraphicsScene& scene, const QString& name) {
  const QString dir = qEnvironmentVariable("OSLENS_SAVE_FRAMES");
  if (!dir.isEmpty()) renderScene(scene).save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// The scene exported as `dir`/`name`.svg (which Qt's renderer reads back) and as a PNG at 2x at
// its own size (the right size, with ink on it). Failures are reported to QTest; the caller returns on
// QTest::currentTestFailed().
inline void checkSceneExports(QGraphicsScene& scene, const QString& dir, const QString& name) {
  const QString svg = QDir(dir).filePath(name + QStringLiteral(".svg"));
  const views::SlideText text{name, name};
  QCOMPARE(views::SceneExporter::exportScene(scene, svg, 1.0, text), QString());
  QSvgRenderer renderer(svg);
  QVERIFY(renderer.isValid());

  const QString png = QDir(dir).filePath(name + QStringLiteral(".png"));
  QCOMPARE(views::SceneExporter::exportScene(scene, png, 2.0, text, views::SlideShape::Fit), QString());
  QImage image(png);
  // The picture without the scene's own title (the slide's band names the scenario).
  const QRectF source = views::SceneTitlesHidden(scene).crop(scene.sceneRect());
  QCOMPARE(image.size(), (views::Slide::pageSize(views::SlideShape::Fit, source.size()) * 2).toSize());
  // Not blank: the picture has ink on it.
  int inked = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4) inked += image.pixelColor(x, y).lightness() < 200;
  QVERIFY2(inked > 200, qPrintable(QString::number(inked)));
}

}  // namespace oslens::test
