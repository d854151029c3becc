#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

#include "views/export/slide.h"

class QGraphicsScene;
class QPainter;

namespace oslens::views {

// Writes a scene to SVG, PNG or PDF (chosen by the file's suffix) as a slide: the title, the
// picture's name and the step above the picture, on a page of the chosen shape (slide.h). Slides
// get exactly what the screen shows. `scale` multiplies PNG pixels (1x, 2x, 3x); vector formats
// ignore it. Returns an empty string on success, else a translated reason. Writes nothing on
// failure.
class SceneExporter {
  Q_DECLARE_TR_FUNCTIONS(SceneExporter)

 public:
  static QStringList supportedSuffixes();  // svg, png, pdf
  static QString exportScene(QGraphicsScene& scene, const QString& path, double scale, const SlideText& text,
                             SlideShape shape = SlideShape::Wide16x9);
  // Renders one page of `page` units of `shape` with `paint` into `bytes` as `suffix` (svg, png or
  // pdf). Returns an empty string or the reason.
  static QString renderPage(const QString& suffix, const QSizeF& page, SlideShape shape, double scale,
                            const QString& title, const std::function<void(QPainter&)>& paint, QByteArray& bytes);
};

}  // namespace oslens::views
