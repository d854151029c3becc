#pragma once

#include <QString>

namespace oslens::views {

// Chinese typesetting: one convention for every Chinese text the program shows or prints
// (narration, summaries, scene labels, panel labels, the CLI's text). It is the convention of the
// Microsoft Chinese (Simplified) Style Guide and of Apple's and Microsoft's Chinese sites (written
// down as the "Chinese Copywriting Guidelines", sparanoid/chinese-copywriting-guidelines): a
// space between Chinese and Latin letters or digits, none next to full-width punctuation. W3C's
// "Requirements for Chinese Text Layout" (clreq, 3.2.2 "Mixed Text Composition in Horizontal
// Writing Mode") asks for a gap of about a quarter em there; in plain text a space is that gap.
//
//  1. no space between two Chinese characters ("把第 0–15 页挂到", not "把 第 0–15 页 挂到");
//  2. no space next to a full-width mark (，。：；！？（）「」、“” and the rest of U+3000–U+303F
//     and U+FF00–U+FFEF): the mark carries its own spacing ("750 µs。可运行");
//  3. exactly one space between a Chinese character and a Latin letter or a digit, on either side
//     ("缓存 kmalloc-32 得到第 0 页");
//  4. the space that ties a number to the Chinese around it is a no-break space (U+00A0), so a
//     line never ends inside a counter: "第 1 页", "3 个页框" stay whole; a dash inside such a
//     number ("第 0–15 页") gets a word joiner (U+2060) after it. Qt breaks lines by UAX #14
//     (Unicode Line Breaking Algorithm): at a space (LB18) and between two ideographs (class ID),
//     and after an en dash (class BA); it never breaks before or after a no-break space (class GL,
//     LB12/LB12a) or a word joiner (class WJ, LB11). tests/views/core/chinese_typesetting_test.cpp
//     checks this with QTextLayout.
//
// A number is a run of digits with the marks numbers are written with (". , – - / : %"), not
// touching a letter: "P1" and "0x40" are names, and keep an ordinary space. Only text that holds
// a Han character is changed; English (or any text without Chinese) is returned as it is. Other
// marks (—, …, ·, brackets, quotes other than “”) keep whatever spacing the text has.
//
// Translations and the built-ins' texts are written to this convention already; this is the
// safety net for what is put together at run time: a `%1` may be a Chinese phrase ("第 0–15 页")
// or a Latin name ("kmalloc-32"), so no static translation can be right for both.
QString typesetChinese(const QString& text);

// A Han character (Unicode script Han: the CJK Unified Ideographs and their extensions, 〇, 々).
bool isHanCharacter(char32_t c);
// A full-width mark as rule 2 means it: U+3000–U+303F, U+FF00–U+FFEF (both apart from Han
// characters in them) and the quotation marks “ ”, which clreq gives as Simplified Chinese's own
// (full-width in Chinese text; ‘ ’ are left out: ’ is also the English apostrophe).
bool isFullWidthPunctuation(char32_t c);

}  // namespace oslens::views
