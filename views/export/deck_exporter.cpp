#include "views/export/deck_exporter.h"

#include <QBuffer>
#include <QDir>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>
#include <functional>
#include <memory>

#include "views/core/module_view.h"
#include "views/core/safe_file_write.h"
#include "views/export/scene_exporter.h"

namespace oslens::views {

namespace {
// One slide per step: past this a deck is no longer something to present, and a long timeline
// would take minutes and gigabytes. Export single steps instead.
constexpr std::size_t kMaxSlides = 1000;

// A module view of its own over `simulation`, moved step by step; puts the simulation back where
// it was when it goes.
class StepSlides {
 public:
  StepSlides(engine::Simulation& simulation, const QString& viewName)
      : m_simulation(simulation), m_original(simulation.position()), m_viewName(viewName) {}
  ~StepSlides() { m_simulation.seek(m_original); }

  // Empty, or why there is nothing to export.
  QString prepare() {
    if (m_simulation.stepCount() + 1 > kMaxSlides)
      return SceneExporter::tr("a deck holds at most %1 pages, one per step; this scenario has %2 steps")
          .arg(kMaxSlides)
          .arg(static_cast<qulonglong>(m_simulation.stepCount()));
    m_view = createModuleView(m_simulation);
    m_scene = m_view ? m_view->scene(m_viewName) : nullptr;
    if (!m_scene) return SceneExporter::tr("unknown view \"%1\"").arg(m_viewName);
    // The picture of the largest step: a diagram that grows as the steps go (a slab cache coming
    // into view) is never cut off, and every slide shows it at one scale.
    // Without the scene's own title: the slide's band says it.
    for (std::size_t step = 0; step <= m_simulation.stepCount(); ++step) {
      show(step);
      const SceneTitlesHidden titleInBand(*m_scene);
      const QRectF source = titleInBand.crop(m_scene->sceneRect());
      m_source = step == 0 ? source : m_source | source;
    }
    return {};
  }
  std::size_t lastStep() const { return m_simulation.stepCount(); }
  const QRectF& source() const { return m_source; }

  void show(std::size_t step) {
    const int from = static_cast<int>(m_simulation.position());
    m_simulation.seek(step);
    m_view->showPosition(from, static_cast<int>(step), false);
  }
  void paint(QPainter& painter, const QSizeF& page) {
    const SceneTitlesHidden titleInBand(*m_scene);
    Slide::paint(painter, page, *m_scene, m_source, SlideText::describe(m_simulation, *m_view, m_viewName));
  }
  QString title() const { return SlideText::describe(m_simulation, *m_view, m_viewName).title; }

 private:
  engine::Simulation& m_simulation;
  std::size_t m_original;
  QString m_viewName;
  std::unique_ptr<ModuleView> m_view;
  QGraphicsScene* m_scene = nullptr;
  QRectF m_source;
};
}  // namespace

QString exportStepDeck(engine::Simulation& simulation, const QString& viewName, const QString& path, SlideShape shape) {
  StepSlides slides(simulation, viewName);
  if (QString problem = slides.prepare(); !problem.isEmpty()) return problem;
  const QSizeF page = Slide::pageSize(shape, slides.source().size());
  const double points = Slide::pointsPerUnit(shape);
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setResolution(static_cast<int>(std::lround(72.0 / points)));
  pdf.setCreator(QStringLiteral("OS Lens"));
  pdf.setTitle(slides.title());
  pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
  pdf.setPageSize(QPageSize(page * points, QPageSize::Point, QString(), QPageSize::ExactMatch));
  QPainter painter(&pdf);
  painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
  for (std::size_t step = 0; step <= slides.lastStep(); ++step) {
    slides.show(step);
    if (step > 0) pdf.newPage();
    slides.paint(painter, page);
  }
  painter.end();
  return writeFileSafely(path, bytes);
}

QString exportStepImages(engine::Simulation& simulation, const QString& viewName, const QString& folder,
                         const QString& suffix, double scale, SlideShape shape) {
  if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
    return SceneExporter::tr("a folder of steps holds SVG or PNG files, not \"%1\"").arg(suffix);
  StepSlides slides(simulation, viewName);
  if (QString problem = slides.prepare(); !problem.isEmpty()) return problem;
  if (!QDir().mkpath(folder)) return SceneExporter::tr("cannot make the folder %1").arg(folder);
  const QSizeF page = Slide::pageSize(shape, slides.source().size());
  const int digits = std::max(3, static_cast<int>(QString::number(static_cast<qulonglong>(slides.lastStep())).size()));
  for (std::size_t step = 0; step <= slides.lastStep(); ++step) {
    slides.show(step);
    QByteArray bytes;
    QString problem = SceneExporter::renderPage(suffix, page, shape, scale, slides.title(),
                                                [&](QPainter& painter) { slides.paint(painter, page); }, bytes);
    const QString name = QStringLiteral("step-%1.%2").arg(static_cast<qulonglong>(step), digits, 10, QLatin1Char('0')).arg(suffix);
    if (problem.isEmpty()) problem = writeFileSafely(QDir(folder).filePath(name), bytes);
    if (!problem.isEmpty()) return problem;
  }
  return {};
}

}  // namespace oslens::views
