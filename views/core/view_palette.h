#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QStringList>
#include <optional>

namespace oslens::views {

// The look of every picture: the standard one, or high contrast for a washed-out projector
// (black on white, thicker lines, no pastel fills).
enum class Theme { Standard, HighContrast };

// Colours, lines and type shared by every diagram, chosen to read on a projector and in print:
// strong hues only for what changed, greys for the rest. Every colour and pen a picture draws with
// comes from here (or from a module palette that asks theme()), so the theme changes them all;
// pictures read them when they are made and at every step, so a new theme needs new pictures.
struct ViewPalette {
  static Theme theme();
  static void setTheme(Theme theme);
  // "standard" or "high-contrast"; nullopt for anything else.
  static std::optional<Theme> themeFromName(const QString& name);
  static QString themeName(Theme theme);
  static QStringList themeNames();

  static QColor ink();          // text and outlines
  static QColor muted();        // future steps, captions
  static QColor grid();         // cell borders
  static QColor fault();        // misses, victims
  static QColor faultFill();
  static QColor hit();
  static QColor hitFill();
  static QColor current();      // the step being shown
  static QColor currentInk();   // text marking the current step (current() is too light for text)
  static QColor currentFill();  // behind what the current step works on
  static QColor changedFill();  // a value the step changed
  static QColor stripe();       // every other row
  static QColor dirty();
  static QColor referenced();
  static QColor referencedFill();  // behind what is being looked at (a process, a row)
  static QColor panel();        // boxes' background

  // A pen of `width` in the standard theme; thicker in high contrast (lines that survive a
  // projector's blur). Width 0 stays a cosmetic hairline.
  static QPen pen(const QColor& color, qreal width = 1, Qt::PenStyle style = Qt::SolidLine,
                  Qt::PenCapStyle cap = Qt::SquareCap);
  // The width a line of `width` is drawn with in the current theme.
  static qreal lineWidth(qreal width);

  static QFont font(qreal pointSize, bool bold = false);
};

}  // namespace oslens::views
