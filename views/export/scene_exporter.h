#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QGraphicsScene;

namespace oslens::views {

// Writes a scene to SVG, PNG or PDF (chosen by the file's suffix), so that slides get exactly
// what the screen shows. `scale` multiplies PNG pixels (1x, 2x, 3x); vector formats ignore it.
// Returns an empty string on success, else a translated reason. Writes nothing on failure.
class SceneExporter {
  Q_DECLARE_TR_FUNCTIONS(SceneExporter)

 public:
  static QStringList supportedSuffixes();  // svg, png, pdf
  static QString exportScene(QGraphicsScene& scene, const QString& path, double scale = 1.0,
                             const QString& title = {});
};

}  // namespace oslens::views
