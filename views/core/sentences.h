#pragma once

#include <QString>
#include <QStringList>

namespace oslens::views {

// Joining sentences as each language writes them. English puts a space between two sentences;
// Chinese ends a sentence with a full-width mark ("。", "：", "）") and puts no space after it, so
// a space there reads as a gap. The rule looks at the characters, not at the UI language: a
// sentence that ends in a full-width mark (or the next that starts with one) is joined without.
QString appendSentence(const QString& text, const QString& sentence);
QString joinSentences(const QStringList& sentences);

}  // namespace oslens::views
