#pragma once

#include <QDir>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include "views/export/scene_exporter.h"

// Checks that the diagram tests share: a scene rendered to an image, saved for a person to look
// at, and exported to files that are valid and not blank.
namespace oslens::test {

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
  QCOMPARE(image.size(), (views::Slide::pageSize(views::SlideShape::Fit, scene.sceneRect().size()) * 2).toSize());
  // Not blank: the picture has ink on it.
  int inked = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4) inked += image.pixelColor(x, y).lightness() < 200;
  QVERIFY2(inked > 200, qPrintable(QString::number(inked)));
}

}  // namespace oslens::test
