#pragma once

#include <QString>
#include <QStringList>

namespace oslens::views {

// The UI language, switchable at run time. Installs the translator built from
// translations/oslens_zh_CN.ts (embedded under :/i18n); Qt then sends LanguageChange events and
// every widget re-reads its strings.
class Language {
 public:
  static QStringList available();  // "en", "zh_CN"
  // Switches to `code` ("en" or "zh_CN"); false if there is no such translation.
  static bool apply(const QString& code);
  static QString current();
  // The language's own name, for the menu ("English", "简体中文").
  static QString nativeName(const QString& code);
};

}  // namespace oslens::views
