#include "views/export/deck_exporter.h"

#include <QBuffer>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>

#include "views/core/module_view.h"
#include "views/core/safe_file_write.h"
#include "views/export/scene_exporter.h"

namespace oslens::views {

QString exportStepDeck(engine::Simulation& simulation, const QString& viewName, const QString& path) {
  // One page per step: past this a deck is no longer something to present, and a long timeline
  // would take minutes and gigabytes. Export single steps instead.
  constexpr std::size_t kMaxPages = 1000;
  if (simulation.stepCount() + 1 > kMaxPages)
    return SceneExporter::tr("a deck holds at most %1 pages, one per step; this scenario has %2 steps")
        .arg(kMaxPages)
        .arg(static_cast<qulonglong>(simulation.stepCount()));
  auto view = createModuleView(simulation);
  QGraphicsScene* scene = view ? view->scene(viewName) : nullptr;
  if (!scene) return SceneExporter::tr("unknown view \"%1\"").arg(viewName);

  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setResolution(96);
  pdf.setCreator(QStringLiteral("OS Lens"));
  pdf.setTitle(QString::fromStdString(simulation.info().title.text));
  pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
  const std::size_t original = simulation.position();
  auto show = [&](std::size_t step) {
    const int from = static_cast<int>(simulation.position());
    simulation.seek(step);
    view->showPosition(from, static_cast<int>(step), false);
  };
  // Every page is the size of the largest step: a diagram that grows as the steps go (a slab
  // cache coming into view) is never cut off, and the slides of one deck all have one size.
  QRectF source = scene->sceneRect();
  for (std::size_t step = 0; step <= simulation.stepCount(); ++step) {
    show(step);
    source |= scene->sceneRect();
  }
  pdf.setPageSize(QPageSize(source.size() * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
  QPainter painter(&pdf);
  painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  for (std::size_t step = 0; step <= simulation.stepCount(); ++step) {
    show(step);
    if (step > 0) pdf.newPage();
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
    scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
  }
  painter.end();
  simulation.seek(original);
  return writeFileSafely(path, bytes);
}

}  // namespace oslens::views
