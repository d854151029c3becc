#include "views/core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace oslens::views {

namespace {
QString g_current = QStringLiteral("en");

QTranslator& translator() {
  static QTranslator* instance = new QTranslator(QCoreApplication::instance());
  return *instance;
}

// Qt's own strings (Yes/No, file dialogs), from Debian's qt6-translations-l10n. Optional: without
// it only Qt's standard buttons stay English.
QTranslator& qtTranslator() {
  static QTranslator* instance = new QTranslator(QCoreApplication::instance());
  return *instance;
}
}  // namespace

QStringList Language::available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

bool Language::apply(const QString& code) {
  if (!available().contains(code)) return false;
  QCoreApplication::removeTranslator(&translator());
  QCoreApplication::removeTranslator(&qtTranslator());
  if (code != QLatin1String("en")) {
    if (!translator().load(QStringLiteral(":/i18n/oslens_%1.qm").arg(code))) return false;
    QCoreApplication::installTranslator(&translator());
    if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      QCoreApplication::installTranslator(&qtTranslator());
  }
  g_current = code;
  return true;
}

QString Language::current() { return g_current; }

QString Language::nativeName(const QString& code) {
  if (code == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
  return QStringLiteral("English");
}

}  // namespace oslens::views
