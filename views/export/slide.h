#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>
#include <vector>

class QGraphicsItem;
class QGraphicsScene;
class QPainter;

namespace oslens::engine {
class Simulation;
}

namespace oslens::views {

class ModuleView;

// The shape of an exported picture. A slide shape puts the picture, fitted with margins, on a page
// of that shape (the same size for every step of a deck, whatever the module); Fit keeps the
// picture at its own size.
enum class SlideShape { Wide16x9, Standard4x3, Fit };

// "16:9", "4:3" or "fit"; nullopt for anything else.
std::optional<SlideShape> slideShapeFromName(const QString& name);
QStringList slideShapeNames();

// The words every export carries above its picture, in the export's language.
struct SlideText {
  QString title;     // the scenario's
  QString subtitle;  // the picture's name and the step: "Memory and reference string · step 7 of 12"

  // For `viewName` of `view`, showing `simulation` at its current step.
  static SlideText describe(const engine::Simulation& simulation, const ModuleView& view, const QString& viewName);
};

// A picture on a slide: a band with the title and the step, then the scene fitted inside the
// margins, on white.
class Slide {
  Q_DECLARE_TR_FUNCTIONS(Slide)

 public:
  // 16:9 is 1920x1080 and 4:3 is 1440x1080 units (pixels of a PNG at scale 1); Fit is the
  // picture's size plus the band and margins.
  static QSizeF pageSize(SlideShape shape, const QSizeF& picture);
  // Paints the slide on `painter`, whose device is `page` units large.
  static void paint(QPainter& painter, const QSizeF& page, QGraphicsScene& scene, const QRectF& source,
                    const SlideText& text);
  // PDF points per page unit: a slide is 1080 units on 7.5 inches (PowerPoint's and Keynote's
  // slide height); a picture at its own size keeps 96 units per inch, as on the screen.
  static double pointsPerUnit(SlideShape shape) { return shape == SlideShape::Fit ? 72.0 / 96.0 : 7.5 * 72.0 / 1080.0; }
  // The band's height on a page `pageHeight` units high.
  static double bandHeight(double pageHeight);
};

// While it lives, the scene's own title (items marked with markSceneTitle, views/core/scene_items.h)
// is hidden: a slide's band says the scenario's name already, larger. `crop` takes off the strip
// the title leaves empty at the picture's top.
class SceneTitlesHidden {
 public:
  explicit SceneTitlesHidden(QGraphicsScene& scene);
  ~SceneTitlesHidden();
  SceneTitlesHidden(const SceneTitlesHidden&) = delete;
  SceneTitlesHidden& operator=(const SceneTitlesHidden&) = delete;

  QRectF crop(const QRectF& source) const;

 private:
  QGraphicsScene& m_scene;
  std::vector<QGraphicsItem*> m_hidden;
  qreal m_titleTop = 0;
};

}  // namespace oslens::views
