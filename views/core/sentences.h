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
// The sentences of a text written as one (a scenario's description): a break after ". ", "! ",
// "? " and after "。", "！", "？" (which need no space). joinSentences gives the text back, up to
// the spaces between sentences.
QStringList splitSentences(const QString& text);
// Names in a sentence, as its language lists them: "P1, P2, P3" in English, "P1、P2、P3" in
// Chinese (the enumeration comma, GB/T 15834-2011 4.5). A tuple or a sequence ("(1, 0, 2)",
// "⟨P1, P3⟩") keeps its commas in both: it is notation, not a list in words.
QString listText(const QStringList& items);

// For display: the space between a number and its unit ("31 ms", "4 KiB", "8 pages") becomes a
// no-break space, so a line never ends between them (SI Brochure 9th ed., 5.4.3: a space, and
// the number and unit stay together). Any language.
QString bindNumbersToUnits(const QString& text);

}  // namespace oslens::views
