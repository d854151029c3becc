#include "views/kit/item_palette.h"

#include <QAbstractGraphicsShapeItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPath>
#include <array>
#include <cmath>

#include "views/core/colour_contrast.h"
#include "views/core/view_palette.h"

namespace oslens::views {

namespace {
constexpr int kHatchKey = 0x4a7c;  // QGraphicsItem::data key marking a chip's hatch

// Paul Tol's twelve-colour qualitative scheme (P. Tol, "Colour Schemes", SRON technical note
// SRON/EPS/TN/09-002, issue 2.2, 2012; the "muted" scheme of the note's later issues is nine of
// these; https://personal.sron.nl/~pault/), whose schemes are made to be told apart in colour-blind
// vision too. Not taken on trust: tests/views/kit/item_palette_test.cpp measures CIEDE2000 > 10
// between any two, in normal vision and in simulated protanopia and deuteranopia (Machado,
// Oliveira & Fernandes 2009; the least pair is 10.8). The note lists them by hue (indigo ...
// purple), where neighbours are the closest pairs; here each next colour is the one furthest from
// those before it, so the first few, which most scenarios use, are the most apart.
constexpr std::array<QRgb, ItemPalette::kColours> kTol12 = {
    0x332288,  // indigo
    0xDDCC77,  // sand
    0x88CCEE,  // cyan
    0x661100,  // brown
    0xCC6677,  // rose
    0x117733,  // green
    0x999933,  // olive
    0x44AA99,  // teal
    0x6699CC,  // blue
    0xAA4499,  // purple
    0xAA4466,  // red-violet
    0x882255,  // wine
};

constexpr qreal kPitch = 7;  // scene units between two lines of a hatch
constexpr qreal kLineWidth = 1.6;

// The part of the infinite line {p : n.p = c} inside `r`, if any (n a unit normal).
bool clipLine(const QRectF& r, QPointF n, qreal c, QLineF* out) {
  // The line's points where it crosses the rect's four edges, kept if on the edge.
  QList<QPointF> hits;
  auto addIfInside = [&](QPointF p) {
    if (p.x() >= r.left() - 1e-6 && p.x() <= r.right() + 1e-6 && p.y() >= r.top() - 1e-6 && p.y() <= r.bottom() + 1e-6)
      hits << p;
  };
  if (std::abs(n.y()) > 1e-9) {
    for (qreal x : {r.left(), r.right()}) addIfInside({x, (c - n.x() * x) / n.y()});
  }
  if (std::abs(n.x()) > 1e-9) {
    for (qreal y : {r.top(), r.bottom()}) addIfInside({(c - n.y() * y) / n.x(), y});
  }
  if (hits.size() < 2) return false;
  // The two hits furthest apart (a corner is hit twice).
  QLineF best(hits[0], hits[0]);
  for (const QPointF& a : hits)
    for (const QPointF& b : hits)
      if (QLineF(a, b).length() > best.length()) best = QLineF(a, b);
  if (best.length() < 0.5) return false;
  *out = best;
  return true;
}

// Lines with unit normal n, at n.p = k * kPitch for every k that crosses r.
void addFamily(QList<QLineF>& lines, const QRectF& r, QPointF n) {
  const std::array<QPointF, 4> corners{r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()};
  qreal lo = 1e300, hi = -1e300;
  for (const QPointF& p : corners) {
    const qreal c = n.x() * p.x() + n.y() * p.y();
    lo = std::min(lo, c);
    hi = std::max(hi, c);
  }
  for (qreal k = std::ceil(lo / kPitch); k * kPitch <= hi; ++k) {
    QLineF line;
    if (clipLine(r, n, k * kPitch, &line)) lines << line;
  }
}
}  // namespace

QColor ItemPalette::fill(std::size_t index) { return QColor::fromRgb(kTol12[index % kColours]); }

QColor ItemPalette::outline(std::size_t index) { return fill(index).darker(150); }

QColor ItemPalette::label(std::size_t index) { return readableInkOn(fill(index)); }

QColor ItemPalette::line(std::size_t index) {
  QColor colour = fill(index);
  for (int i = 0; i < 40 && contrastRatio(colour, Qt::white) < 3.0; ++i) colour = colour.darker(106);
  return colour;
}

ItemPalette::Pattern ItemPalette::pattern(std::size_t index) {
  if (index < kColours) return Pattern::None;
  return static_cast<Pattern>(1 + (index / kColours - 1) % kPatterns);
}

QColor ItemPalette::patternInk(std::size_t index) {
  QColor ink = label(index);
  ink.setAlpha(170);
  return ink;
}

QPen ItemPalette::patternPen(std::size_t index) {
  return QPen(patternInk(index), ViewPalette::lineWidth(kLineWidth), Qt::SolidLine, Qt::FlatCap);
}

namespace {
// The parts of `line` outside `hole` (Liang-Barsky: the part inside is one interval of the line).
void addOutside(QList<QLineF>& out, const QLineF& line, const QRectF& hole) {
  if (hole.isEmpty()) {
    out << line;
    return;
  }
  const QPointF d = line.p2() - line.p1();
  qreal t0 = 0, t1 = 1;
  const qreal p[4] = {-d.x(), d.x(), -d.y(), d.y()};
  const qreal q[4] = {line.p1().x() - hole.left(), hole.right() - line.p1().x(), line.p1().y() - hole.top(), hole.bottom() - line.p1().y()};
  for (int i = 0; i < 4; ++i) {
    if (std::abs(p[i]) < 1e-12) {
      if (q[i] < 0) {  // parallel to this edge and outside it: the whole line is outside
        out << line;
        return;
      }
      continue;
    }
    const qreal t = q[i] / p[i];
    if (p[i] < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
  }
  if (t0 >= t1) {
    out << line;
    return;
  }
  if (t0 > 0.02) out << QLineF(line.p1(), line.pointAt(t0));
  if (t1 < 0.98) out << QLineF(line.pointAt(t1), line.p2());
}
}  // namespace

QList<QLineF> ItemPalette::patternLines(Pattern pattern, const QRectF& rect, const QRectF& hole) {
  if (!hole.isEmpty()) {
    QList<QLineF> out;
    for (const QLineF& line : patternLines(pattern, rect)) addOutside(out, line, hole.normalized());
    return out;
  }
  QList<QLineF> lines;
  const QRectF r = rect.normalized();
  if (r.isEmpty()) return lines;
  const qreal d = std::sqrt(0.5);
  switch (pattern) {
    case Pattern::None: break;
    case Pattern::ForwardDiagonal: addFamily(lines, r, {d, d}); break;    // "/"
    case Pattern::BackwardDiagonal: addFamily(lines, r, {d, -d}); break;  // "\"
    case Pattern::Horizontal: addFamily(lines, r, {0, 1}); break;
    case Pattern::Vertical: addFamily(lines, r, {1, 0}); break;
    case Pattern::DiagonalCross:
      addFamily(lines, r, {d, d});
      addFamily(lines, r, {d, -d});
      break;
    case Pattern::Grid:
      addFamily(lines, r, {0, 1});
      addFamily(lines, r, {1, 0});
      break;
  }
  return lines;
}

QPainterPath ItemPalette::patternPath(std::size_t index, const QRectF& rect, const QRectF& hole) {
  QPainterPath path;
  for (const QLineF& line : patternLines(pattern(index), rect, hole)) {
    path.moveTo(line.p1());
    path.lineTo(line.p2());
  }
  return path;
}

QPainterPath ItemPalette::patternPath(std::size_t index, const QPainterPath& rects) {
  QPainterPath path;
  if (pattern(index) == Pattern::None) return path;
  for (const QPolygonF& polygon : rects.toSubpathPolygons()) path.addPath(patternPath(index, polygon.boundingRect()));
  return path;
}

void ItemPalette::paintPattern(QPainter& painter, const QRectF& rect, std::size_t index) {
  const Pattern p = pattern(index);
  if (p == Pattern::None) return;
  painter.save();
  painter.setPen(patternPen(index));
  painter.drawLines(patternLines(p, rect));
  painter.restore();
}

QPixmap ItemPalette::swatch(std::size_t index, int size) {
  QPixmap pixmap(size, size);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing, true);
  const QRectF r(0.5, 0.5, size - 1, size - 1);
  painter.setPen(QPen(outline(index), 1));
  painter.setBrush(fill(index));
  painter.drawRect(r);
  paintPattern(painter, r, index);
  return pixmap;
}

void styleItemChip(QAbstractGraphicsShapeItem* chip, const QRectF& rect, QGraphicsSimpleTextItem* label, std::size_t index,
                   qreal penWidth) {
  chip->setBrush(ItemPalette::fill(index));
  chip->setPen(ViewPalette::pen(ItemPalette::outline(index), penWidth));
  if (label) label->setBrush(ItemPalette::label(index));
  // The hatch is the chip's first child that is a path item, made on first use.
  QGraphicsPathItem* hatch = nullptr;
  for (QGraphicsItem* child : chip->childItems())
    if (child->data(kHatchKey).toBool()) hatch = static_cast<QGraphicsPathItem*>(child);
  if (!hatch) {
    if (ItemPalette::pattern(index) == ItemPalette::Pattern::None) return;
    hatch = new QGraphicsPathItem(chip);
    hatch->setData(kHatchKey, true);
    hatch->setFlag(QGraphicsItem::ItemStacksBehindParent, false);
    // Under the chip's other children (its label, if the label is one).
    hatch->setZValue(-0.5);
  }
  QRectF hole;
  if (label && label->isVisible() && !label->text().isEmpty())
    hole = chip->mapRectFromScene(label->sceneBoundingRect()).adjusted(-3, -1, 3, 1);
  hatch->setPen(ItemPalette::patternPen(index));
  hatch->setPath(ItemPalette::patternPath(index, rect.adjusted(1, 1, -1, -1), hole));
}

}  // namespace oslens::views
