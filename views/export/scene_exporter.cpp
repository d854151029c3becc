#include "views/export/scene_exporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

#include "views/core/safe_file_write.h"

namespace oslens::views {

QStringList SceneExporter::supportedSuffixes() {
  return {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")};
}

QString SceneExporter::renderPage(const QString& suffix, const QSizeF& page, SlideShape shape, double scale,
                                  const QString& title,
                                  const std::function<void(QPainter&)>& paint, QByteArray& bytes) {
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  if (suffix == QLatin1String("svg")) {
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(page.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), page));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("OS Lens"));
    QPainter painter(&svg);
    paint(painter);
    painter.end();
  } else if (suffix == QLatin1String("png")) {
    // NaN passes both comparisons, and would make an empty image and a 0-byte file.
    if (!std::isfinite(scale) || scale < 0.25 || scale > 8.0)
      return SceneExporter::tr("the PNG scale must be between 0.25 and 8, not %1").arg(scale);
    QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return SceneExporter::tr("not enough memory for a PNG of %1x%2 pixels").arg(image.width()).arg(image.height());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paint(painter);
    painter.end();
    if (!image.save(&buffer, "PNG")) return SceneExporter::tr("the PNG could not be encoded");
  } else if (suffix == QLatin1String("pdf")) {
    QPdfWriter pdf(&buffer);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("OS Lens"));
    const double points = Slide::pointsPerUnit(shape);
    pdf.setResolution(static_cast<int>(std::lround(72.0 / points)));
    pdf.setPageSize(QPageSize(page * points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(painter);
    painter.end();
  } else {
    return SceneExporter::tr("unknown export format \"%1\"; use .svg, .png or .pdf").arg(suffix);
  }
  return {};
}

QString SceneExporter::exportScene(QGraphicsScene& scene, const QString& path, double scale, const SlideText& text,
                                   SlideShape shape) {
  // Layouts (a chart's title, legend, axes) settle through posted events; a headless export has no
  // event loop running, so let them settle before drawing.
  QCoreApplication::sendPostedEvents();
  const SceneTitlesHidden titleInBand(scene);
  const QRectF source = titleInBand.crop(scene.sceneRect());
  const QSizeF page = Slide::pageSize(shape, source.size());
  QByteArray bytes;
  const QString problem = renderPage(QFileInfo(path).suffix().toLower(), page, shape, scale, text.title,
                                     [&](QPainter& painter) { Slide::paint(painter, page, scene, source, text); }, bytes);
  if (!problem.isEmpty()) return problem;
  // Rendered into a buffer first, so a failure never leaves a half-written file where the old one was.
  return writeFileSafely(path, bytes);
}

}  // namespace oslens::views
