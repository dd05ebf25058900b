#pragma once

#include <QString>
#include <QStringList>

namespace orion {

// Turns venue titles into comparable text: case-folded, diacritics removed (Tōkyō → tokyo), quotes and dashes
// unified, "U.S." → "us"; then words, and content tokens (stopwords dropped, light stemming, a few synonyms folded
// to one spelling: democrat/democratic/dems → democratic, utd → united, nominee/nomination → nomination).
class TitleNormalizer final
{
public:
    // Lower-case, no diacritics, unified punctuation, single spaces. Keeps $ % < > = + / - . , : ° characters.
    [[nodiscard]] static QString fold(const QString& text);
    // Alphanumeric words of folded text; decimals ("2.5") and grouped numbers ("2,315" → "2315") stay whole.
    [[nodiscard]] static QStringList words(const QString& text);
    // Words minus stopwords, stemmed and synonym-folded: what similarity and the candidate index compare.
    [[nodiscard]] static QStringList contentTokens(const QString& text);
    [[nodiscard]] static QString canonicalWord(const QString& word);
    [[nodiscard]] static bool isStopword(const QString& word);
};

} // namespace orion
