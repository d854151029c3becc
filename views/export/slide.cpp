#include "views/export/slide.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QStringList>
#include <algorithm>

#include "engine/core/simulation.h"
#include "views/core/chinese_typesetting.h"
#include "views/core/language.h"
#include "views/core/module_view.h"
#include "views/core/scene_items.h"
#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
// The slide sizes of presentation programs at 1080 lines: PowerPoint's and Keynote's widescreen
// (13.33 x 7.5 in) and standard (10 x 7.5 in) slides.
constexpr QSizeF kWide(1920, 1080);
constexpr QSizeF kStandard(1440, 1080);
// A picture at its own size gets the band of a 720-line slide.
constexpr double kFitReferenceHeight = 720;

// Proportions of the page's height.
constexpr double kMargin = 0.04;
constexpr double kTitle = 0.044;     // ~48 px at 1080: a slide title
constexpr double kSubtitle = 0.028;  // ~30 px
constexpr double kBandGap = 0.025;

double referenceHeight(const QSizeF& page, bool fit) { return fit ? kFitReferenceHeight : page.height(); }

QFont sized(double pixels, bool bold) {
  QFont font = ViewPalette::font(10, bold);
  font.setPixelSize(std::max(1, static_cast<int>(pixels)));
  return font;
}
}  // namespace

std::optional<SlideShape> slideShapeFromName(const QString& name) {
  if (name == QLatin1String("16:9")) return SlideShape::Wide16x9;
  if (name == QLatin1String("4:3")) return SlideShape::Standard4x3;
  if (name == QLatin1String("fit")) return SlideShape::Fit;
  return std::nullopt;
}

QStringList slideShapeNames() { return {QStringLiteral("16:9"), QStringLiteral("4:3"), QStringLiteral("fit")}; }

SlideText SlideText::describe(const engine::Simulation& simulation, const ModuleView& view, const QString& viewName) {
  const auto language = Language::current().toStdString();
  SlideText text;
  text.title = typesetChinese(QString::fromStdString(simulation.info().title.in(language)));
  const QString step = Slide::tr("step %1 of %2")
                           .arg(static_cast<qulonglong>(simulation.position()))
                           .arg(static_cast<qulonglong>(simulation.stepCount()));
  text.subtitle = typesetChinese(Slide::tr("%1 · %2").arg(view.viewTitle(viewName), step));
  return text;
}

double Slide::bandHeight(double pageHeight) {
  return pageHeight * (kTitle * 1.35 + kSubtitle * 1.35 + kBandGap);
}

QSizeF Slide::pageSize(SlideShape shape, const QSizeF& picture) {
  switch (shape) {
    case SlideShape::Wide16x9: return kWide;
    case SlideShape::Standard4x3: return kStandard;
    case SlideShape::Fit: break;
  }
  const double margin = kFitReferenceHeight * kMargin;
  // Wide enough for the title too.
  const double width = std::max(picture.width(), kFitReferenceHeight);
  return {width + 2 * margin, picture.height() + bandHeight(kFitReferenceHeight) + 2 * margin};
}

void Slide::paint(QPainter& painter, const QSizeF& page, QGraphicsScene& scene, const QRectF& source,
                  const SlideText& text) {
  const bool fit = page != kWide && page != kStandard;
  const double reference = referenceHeight(page, fit);
  const double margin = reference * kMargin;
  painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);

  // The band: the scenario's title, then the picture's name and the step.
  const double width = page.width() - 2 * margin;
  const QFont titleFont = sized(reference * kTitle, true);
  const QFont subtitleFont = sized(reference * kSubtitle, false);
  const double titleHeight = QFontMetricsF(titleFont).height();
  painter.setPen(ViewPalette::ink());
  painter.setFont(titleFont);
  painter.drawText(QRectF(margin, margin, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(titleFont).elidedText(text.title, Qt::ElideRight, width));
  painter.setFont(subtitleFont);
  painter.setPen(ViewPalette::muted());
  const double subtitleTop = margin + titleHeight;
  painter.drawText(QRectF(margin, subtitleTop, width, QFontMetricsF(subtitleFont).height()),
                   Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(subtitleFont).elidedText(text.subtitle, Qt::ElideRight, width));

  // The picture, as large as fits below the band, centred.
  const double top = margin + bandHeight(reference);
  const QRectF area(margin, top, width, page.height() - top - margin);
  if (source.isEmpty() || area.isEmpty()) return;
  const double scale = std::min(area.width() / source.width(), area.height() / source.height());
  const QSizeF drawn = source.size() * scale;
  const QRectF target(area.left() + (area.width() - drawn.width()) / 2, area.top() + (area.height() - drawn.height()) / 2,
                      drawn.width(), drawn.height());
  scene.render(&painter, target, source);
}

SceneTitlesHidden::SceneTitlesHidden(QGraphicsScene& scene) : m_scene(scene) {
  m_titleTop = 1e12;
  for (QGraphicsItem* item : scene.items())
    if (item->data(kSceneTitleKey).toBool() && item->isVisible()) {
      m_titleTop = std::min(m_titleTop, item->sceneBoundingRect().top());
      item->setVisible(false);
      m_hidden.push_back(item);
    }
}

SceneTitlesHidden::~SceneTitlesHidden() {
  for (QGraphicsItem* item : m_hidden) item->setVisible(true);
}

QRectF SceneTitlesHidden::crop(const QRectF& source) const {
  if (m_hidden.empty()) return source;
  // The picture now begins where its highest drawn item does (the title's own gap to the rect's
  // edge is kept); an item beside the title, as high as it was, keeps the rect as it was.
  qreal restTop = 1e12;
  for (const QGraphicsItem* item : m_scene.items())
    if (item->isVisible() && item->effectiveOpacity() > 0 && !item->boundingRect().isEmpty())
      restTop = std::min(restTop, item->sceneBoundingRect().top());
  const qreal cut = restTop - std::max(m_titleTop, source.top());
  if (restTop >= 1e12 || cut <= 0) return source;
  return source.adjusted(0, std::min(cut, source.height() - 1), 0, 0);
}

}  // namespace oslens::views
