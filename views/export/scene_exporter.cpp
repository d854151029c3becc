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

namespace {
QRectF sourceRect(const QGraphicsScene& scene) { return scene.sceneRect(); }
}  // namespace

QStringList SceneExporter::supportedSuffixes() {
  return {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")};
}

QString SceneExporter::exportScene(QGraphicsScene& scene, const QString& path, double scale, const QString& title) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  // Layouts (a chart's title, legend, axes) settle through posted events; a headless export has no
  // event loop running, so let them settle before drawing.
  QCoreApplication::sendPostedEvents();
  const QRectF source = sourceRect(scene);
  QByteArray bytes;
  if (suffix == QLatin1String("svg")) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("OS Lens"));
    QPainter painter(&svg);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
  } else if (suffix == QLatin1String("png")) {
    // NaN passes both comparisons, and would make an empty image and a 0-byte file.
    if (!std::isfinite(scale) || scale < 0.25 || scale > 8.0)
      return SceneExporter::tr("the PNG scale must be between 0.25 and 8, not %1").arg(scale);
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    painter.end();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
  } else if (suffix == QLatin1String("pdf")) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("OS Lens"));
    pdf.setResolution(96);
    // One page the size of the scene (96 dpi: one scene unit = one pixel), no margins.
    pdf.setPageSize(QPageSize(source.size() * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
  } else {
    return SceneExporter::tr("unknown export format \"%1\"; use .svg, .png or .pdf").arg(suffix);
  }
  // Rendered into a buffer first, so a failure never leaves a half-written file where the old one was.
  return writeFileSafely(path, bytes);
}

}  // namespace oslens::views
