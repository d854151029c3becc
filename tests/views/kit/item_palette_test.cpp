// The colours of tasks, processes and caches (issue 14): twelve that stay apart for colour-blind
// eyes too, labels that read on each, and from the thirteenth item on a hatch that tells two
// items of one colour apart — in the palette and in every diagram that fills with it.
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QtTest>
#include <array>
#include <cmath>
#include <numbers>

#include "engine/modules.h"
#include "engine/sched/workload/sched_step.h"
#include "support/qt_test_main.h"
#include "views/core/colour_contrast.h"
#include "views/kit/cpu_gantt.h"
#include "views/kit/item_palette.h"
#include "views/kit/memory_bar_item.h"
#include "views/sched/ready_queue_scene.h"
#include "views/sched/sched_view.h"
#include "views/kit/task_state_diagram.h"
#include "views/slab/slab_strip_item.h"

using namespace oslens;
using views::ItemPalette;

namespace {
// --- Colour science, only as much as the checks need -------------------------------------------

using Vec3 = std::array<double, 3>;

double toLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

Vec3 linearRgb(const QColor& c) { return {toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())}; }

// How a dichromat sees a colour: Machado, Oliveira & Fernandes, "A Physiologically-based Model for
// Simulation of Color Vision Deficiency" (IEEE TVCG 2009), severity 1.0, in linear RGB.
enum class Vision { Normal, Protan, Deutan };
Vec3 simulate(const Vec3& rgb, Vision vision) {
  static constexpr double kProtan[3][3] = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
  static constexpr double kDeutan[3][3] = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
  if (vision == Vision::Normal) return rgb;
  const auto& m = vision == Vision::Protan ? kProtan : kDeutan;
  Vec3 out{};
  for (int i = 0; i < 3; ++i) out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
  return out;
}

// CIE L*a*b* (D65) of a linear sRGB colour.
Vec3 lab(const Vec3& rgb) {
  const double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
  const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
  const double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
  auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16) / 116; };
  return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005, equations 1-17).
double ciede2000(const Vec3& lab1, const Vec3& lab2) {
  const double deg = std::numbers::pi / 180;
  const double c1 = std::hypot(lab1[1], lab1[2]), c2 = std::hypot(lab2[1], lab2[2]);
  const double cBar7 = std::pow((c1 + c2) / 2, 7);
  const double g = 0.5 * (1 - std::sqrt(cBar7 / (cBar7 + std::pow(25.0, 7))));
  const double a1 = (1 + g) * lab1[1], a2 = (1 + g) * lab2[1];
  const double cp1 = std::hypot(a1, lab1[2]), cp2 = std::hypot(a2, lab2[2]);
  auto hue = [&](double b, double a) { return a == 0 && b == 0 ? 0.0 : std::fmod(std::atan2(b, a) / deg + 360, 360); };
  const double h1 = hue(lab1[2], a1), h2 = hue(lab2[2], a2);
  double dh = 0;
  if (cp1 * cp2 != 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const double dL = lab2[0] - lab1[0], dC = cp2 - cp1, dH = 2 * std::sqrt(cp1 * cp2) * std::sin(dh / 2 * deg);
  const double lBar = (lab1[0] + lab2[0]) / 2, cpBar = (cp1 + cp2) / 2;
  double hBar = h1 + h2;
  if (cp1 * cp2 != 0) {
    hBar = (h1 + h2) / 2;
    if (std::abs(h1 - h2) > 180) hBar += hBar < 180 ? 180 : -180;
  }
  const double t = 1 - 0.17 * std::cos((hBar - 30) * deg) + 0.24 * std::cos(2 * hBar * deg) + 0.32 * std::cos((3 * hBar + 6) * deg) -
                   0.20 * std::cos((4 * hBar - 63) * deg);
  const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
  const double cpBar7 = std::pow(cpBar, 7);
  const double rc = 2 * std::sqrt(cpBar7 / (cpBar7 + std::pow(25.0, 7)));
  const double sl = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
  const double sc = 1 + 0.045 * cpBar, sh = 1 + 0.015 * cpBar * t;
  const double rt = -std::sin(2 * dTheta * deg) * rc;
  return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
}

double difference(const QColor& a, const QColor& b, Vision vision) {
  return ciede2000(lab(simulate(linearRgb(a), vision)), lab(simulate(linearRgb(b), vision)));
}

// --- Pictures ----------------------------------------------------------------------------------

QImage render(QGraphicsScene& scene, const QRectF& rect) {
  QImage image(rect.size().toSize(), QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  scene.render(&painter, QRectF(QPointF(0, 0), image.size()), rect);
  return image;
}

int differingPixels(const QImage& a, const QImage& b) {
  int out = 0;
  for (int y = 0; y < std::min(a.height(), b.height()); ++y)
    for (int x = 0; x < std::min(a.width(), b.width()); ++x) out += a.pixel(x, y) != b.pixel(x, y);
  return out;
}

// The scene's rect items filled with `colour`, in the order of their left edges.
QList<QGraphicsRectItem*> rectsFilledWith(QGraphicsScene& scene, const QColor& colour) {
  QList<QGraphicsRectItem*> out;
  for (QGraphicsItem* item : scene.items())
    if (auto* rect = qgraphicsitem_cast<QGraphicsRectItem*>(item); rect && rect->isVisible() && rect->brush().style() == Qt::SolidPattern &&
                                                                    rect->brush().color() == colour && rect->rect().width() > 20)
      out << rect;
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->sceneBoundingRect().left() < b->sceneBoundingRect().left(); });
  return out;
}

// A scheduler scenario of `count` tasks, each a single burst: every task waits in the queue first.
std::unique_ptr<engine::Simulation> manyTasks(int count) {
  QString tasks;
  for (int i = 0; i < count; ++i)
    tasks += QStringLiteral("%1{\"name\": \"P%2\", \"bursts\": [{\"cpu_ns\": 3000000}]}").arg(i ? QStringLiteral(",") : QString()).arg(i);
  const QString text = QStringLiteral(
                           "{\"oslens\": 1, \"module\": \"sched\", \"title\": {\"en\": \"many\", \"zh_CN\": \"多\"}, "
                           "\"config\": {\"policy\": \"rr\", \"quantum_ns\": 1000000, \"tasks\": [%1]}}")
                           .arg(tasks);
  return engine::loadSimulation(text.toStdString());
}
}  // namespace

class ItemPaletteTest : public QObject {
  Q_OBJECT

 private slots:
  // Chart lines stand out from the white page at 3:1 (WCAG 2.1, 1.4.11) in every colour, and keep
  // their hue (the lines of sand and cyan washed out on a projector).
  void chartLinesStandOutFromWhite() {
    for (std::size_t i = 0; i < views::ItemPalette::kColours; ++i) {
      const QColor line = views::ItemPalette::line(i), fill = views::ItemPalette::fill(i);
      QVERIFY2(views::contrastRatio(line, Qt::white) >= 3.0, qPrintable(line.name()));
      if (views::contrastRatio(fill, Qt::white) >= 3.0) QCOMPARE(line, fill);
      else QVERIFY2(std::abs(line.hslHue() - fill.hslHue()) <= 3, qPrintable(line.name() + QLatin1Char(' ') + fill.name()));
    }
  }

  void hasAtLeastTwelveColours() {
    QVERIFY(ItemPalette::kColours >= 12);
    QSet<QRgb> seen;
    for (std::size_t i = 0; i < ItemPalette::kColours; ++i) seen.insert(ItemPalette::fill(i).rgb());
    QCOMPARE(static_cast<std::size_t>(seen.size()), ItemPalette::kColours);
    QCOMPARE(ItemPalette::fill(ItemPalette::kColours), ItemPalette::fill(0));  // then they repeat, hatched
  }

  // Any two of the twelve differ by more than 10 CIEDE2000 units (about five times a just
  // noticeable difference, for patches the size of a chip) in normal vision, and for the
  // dichromats most colour-blind students are: protanopes and deuteranopes, simulated.
  void coloursStayApartForColourBlindEyes() {
    constexpr double kLeast = 10;
    QStringList close;
    for (Vision vision : {Vision::Normal, Vision::Protan, Vision::Deutan})
      for (std::size_t i = 0; i < ItemPalette::kColours; ++i)
        for (std::size_t j = i + 1; j < ItemPalette::kColours; ++j)
          if (const double d = difference(ItemPalette::fill(i), ItemPalette::fill(j), vision); d < kLeast)
            close << QStringLiteral("%1 and %2 in vision %3: %4").arg(ItemPalette::fill(i).name(), ItemPalette::fill(j).name()).arg(static_cast<int>(vision)).arg(d, 0, 'f', 1);
    QVERIFY2(close.isEmpty(), qPrintable(close.join(QLatin1Char('\n'))));
  }

  void contrastIsWcagContrast() {
    QCOMPARE(views::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(views::contrastRatio(Qt::white, Qt::white), 1.0);
    QVERIFY(std::abs(views::contrastRatio(QColor(0x6b, 0x72, 0x80), Qt::white) - 4.83) < 0.01);  // ViewPalette::muted
    QCOMPARE(views::readableInkOn(QColor(0xDD, 0xCC, 0x77)), QColor(Qt::black));
    QCOMPARE(views::readableInkOn(QColor(0x33, 0x22, 0x88)), QColor(Qt::white));
  }

  // A name written on an item's fill reads: WCAG AA for normal text, 4.5:1.
  void labelsReadOnEveryFill() {
    for (std::size_t i = 0; i < ItemPalette::kColours; ++i) {
      const double ratio = views::contrastRatio(ItemPalette::label(i), ItemPalette::fill(i));
      QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(ItemPalette::label(i).name(), ItemPalette::fill(i).name()).arg(ratio)));
    }
  }

  // Beyond twelve, colour repeats: each round of twelve has its own hatch, so no two of the first
  // 84 items look alike, and the hatches draw different lines.
  void itemsBeyondTwelveHaveHatchesOfTheirOwn() {
    QSet<QPair<QRgb, int>> looks;
    for (std::size_t i = 0; i < ItemPalette::kColours * (ItemPalette::kPatterns + 1); ++i) {
      const auto pattern = ItemPalette::pattern(i);
      QCOMPARE(pattern == ItemPalette::Pattern::None, i < ItemPalette::kColours);
      looks.insert({ItemPalette::fill(i).rgb(), static_cast<int>(pattern)});
    }
    QCOMPARE(static_cast<std::size_t>(looks.size()), ItemPalette::kColours * (ItemPalette::kPatterns + 1));
    const QRectF box(0, 0, 40, 20);
    QSet<QString> drawings;
    for (std::size_t round = 1; round <= ItemPalette::kPatterns; ++round) {
      const auto lines = ItemPalette::patternLines(ItemPalette::pattern(round * ItemPalette::kColours), box);
      QVERIFY(lines.size() >= 3);
      QString drawing;
      for (const QLineF& line : lines) {
        QVERIFY(box.adjusted(-0.01, -0.01, 0.01, 0.01).contains(line.p1()) && box.adjusted(-0.01, -0.01, 0.01, 0.01).contains(line.p2()));
        drawing += QStringLiteral("%1,%2-%3,%4;").arg(line.x1(), 0, 'f', 1).arg(line.y1(), 0, 'f', 1).arg(line.x2(), 0, 'f', 1).arg(line.y2(), 0, 'f', 1);
      }
      drawings.insert(drawing);
    }
    QCOMPARE(static_cast<std::size_t>(drawings.size()), ItemPalette::kPatterns);
    // And a hatch leaves a label's place alone.
    const QRectF hole(12, 4, 16, 12);
    for (const QLineF& line : ItemPalette::patternLines(ItemPalette::Pattern::DiagonalCross, box, hole))
      for (double t = 0; t <= 1; t += 0.05) QVERIFY(!hole.adjusted(0.1, 0.1, -0.1, -0.1).contains(line.pointAt(t)));
  }

  // Two tasks twelve apart have one colour: in the Gantt chart their bars still differ.
  void ganttBarsOfTasksTwelveApartDiffer() {
    QStringList names;
    std::vector<engine::sched::SchedStep> steps;
    for (int i = 0; i < 13; ++i) {
      names << QStringLiteral("P%1").arg(i);
      steps.push_back({static_cast<engine::sched::Nanoseconds>(i) * 1'000'000, static_cast<engine::sched::TaskId>(i)});
    }
    steps.push_back({13'000'000, engine::sched::kNoTask});
    views::CpuGantt gantt(names, steps);
    gantt.showPosition(steps.size());
    // The row bars (not the CPU row's, above them) of tasks 0 and 12: one colour, both a 1 ms bar.
    QList<QRectF> bars;
    for (QGraphicsItem* item : gantt.items())
      if (auto* path = qgraphicsitem_cast<QGraphicsPathItem*>(item);
          path && path->brush().style() == Qt::SolidPattern && path->brush().color() == ItemPalette::fill(0) && !path->path().isEmpty())
        bars << path->sceneBoundingRect();
    QCOMPARE(bars.size(), 4);  // tasks 0 and 12, each in its row and in the CPU row
    std::sort(bars.begin(), bars.end(), [](const QRectF& a, const QRectF& b) { return a.top() < b.top(); });
    const QRectF first = bars[2], twelfth = bars[3];
    const QSizeF crop(std::min(first.width(), twelfth.width()) - 6, first.height() - 4);
    const QImage a = render(gantt, QRectF(first.center() - QPointF(crop.width(), crop.height()) / 2, crop));
    const QImage b = render(gantt, QRectF(twelfth.center() - QPointF(crop.width(), crop.height()) / 2, crop));
    QVERIFY2(differingPixels(a, b) > a.width() * a.height() / 10, "task 12's bar looks like task 0's");
  }

  // The chips of a queue and of the state diagram: task 12's chip is not task 0's.
  void chipsOfTasksTwelveApartDiffer() {
    auto simulation = manyTasks(13);
    // Once every task has arrived: P0 on the CPU, the others queued.
    const std::size_t step = 14;
    simulation->seek(step);
    auto view = views::createModuleView(*simulation);
    view->showPosition(0, static_cast<int>(step), false);
    for (const QString& name : {QStringLiteral("queue"), QStringLiteral("states")}) {
      QGraphicsScene& scene = *view->scene(name);
      const auto chips = rectsFilledWith(scene, ItemPalette::fill(0));
      QVERIFY2(chips.size() >= 2, qPrintable(name));
      // The left margin of each chip, where no name is written.
      auto margin = [&](QGraphicsRectItem* chip) {
        const QRectF r = chip->sceneBoundingRect();
        return render(scene, QRectF(r.left() + 3, r.top() + 3, 10, r.height() - 6));
      };
      const QImage first = margin(chips.front()), last = margin(chips.back());
      QVERIFY2(differingPixels(first, last) > first.width() * first.height() / 10, qPrintable(name + QStringLiteral(": chips alike")));
    }
  }

  // A slab's objects and the memory bar's pages of two caches twelve apart.
  void slabCachesTwelveApartDiffer() {
    auto paint = [](std::size_t cache) {
      QImage image(40, 24, QImage::Format_RGB32);
      image.fill(Qt::white);
      QPainter painter(&image);
      views::SlabStripItem::paintPart(painter, QRectF(2, 2, 36, 20), views::SlabStripItem::Part::Used, views::SlabPalette::cache(cache));
      return image;
    };
    QCOMPARE(differingPixels(paint(0), paint(0)), 0);
    QVERIFY(differingPixels(paint(0), paint(12)) > 40 * 24 / 10);

    QGraphicsScene scene;
    auto* bar = new views::MemoryBarItem(400, 60, 2);
    scene.addItem(bar);
    std::vector<views::BarSpan> spans(2);
    for (std::size_t i = 0; i < 2; ++i) {
      spans[i].first = i;
      spans[i].pages = 1;
      spans[i].kind = views::BarSpan::Kind::Used;
      spans[i].item = i * 12;
      spans[i].label = QStringLiteral("cache");
    }
    bar->setSpans(spans);
    bar->setWords(QStringLiteral("free"), QStringLiteral("order %1"));
    const QImage a = render(scene, QRectF(10, 5, 180, 50)), b = render(scene, QRectF(210, 5, 180, 50));
    QVERIFY2(differingPixels(a, b) > a.width() * a.height() / 10, "the pages of caches 0 and 12 look alike");
  }
};

OSLENS_QTEST_MAIN(ItemPaletteTest)
#include "item_palette_test.moc"
