#pragma once

#include "matching/CatalogueMarket.h"
#include "matching/MarketFeatures.h"

#include <QList>
#include <QStringList>

namespace orion {

// Reads a CatalogueMarket into MarketFeatures: tokens, entities, the subject YES is about, the fixture, dates,
// thresholds, scope qualifiers (period, stage, rank, market kind, announcement, method), resolution sources, void
// rule and rule/template health. Works per catalogue because a Kalshi outcome code ("-FCH") is read against the
// codes of the other markets of its event.
class FeatureExtractor final
{
public:
    [[nodiscard]] static QList<MarketFeatures> extractAll(const QList<CatalogueMarket>& markets);
    // `siblingCodes`: ticker suffixes of the other markets of the same Kalshi event.
    [[nodiscard]] static MarketFeatures extract(const CatalogueMarket& market,
                                                const QStringList& siblingCodes = QStringList());

    // Name tokens without club and filler noise: "1. FC Heidenheim 1846" → {heidenheim}.
    [[nodiscard]] static QStringList nameTokens(const QString& name);
    // 0..1: how surely two names denote the same thing (1 = same words; 0.9+ = one contains the other).
    [[nodiscard]] static double nameSimilarity(const QStringList& a, const QStringList& b);
    // Whether a venue abbreviation can be read off a name: "RCC" ↔ "RC Celta de Vigo", "M05" ↔ "1. FSV Mainz 05".
    [[nodiscard]] static bool codeMatchesName(const QString& code, const QString& name);
    [[nodiscard]] static QSet<QString> qualifiersOf(const QString& text);
    [[nodiscard]] static QString findPlaceholder(const QString& text);
    [[nodiscard]] static bool rulesUnreadable(const QString& rules);
    [[nodiscard]] static QString voidRuleOf(const QString& rules);
    [[nodiscard]] static QSet<QString> sourcesOf(const QString& text);
};

} // namespace orion
