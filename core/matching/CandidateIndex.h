#pragma once

#include "matching/MarketFeatures.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace orion {

// Inverted index over one catalogue's markets (tokens, entity ids, dates, name prefixes), weighted by rarity
// (IDF), so that finding the candidates of a market costs the length of its rare postings, not the catalogue's
// size. Terms in more than `maxPostingFraction` of the documents carry almost no information and are not
// traversed (they still count in similarity through idf()).
class CandidateIndex final
{
public:
    struct Candidate
    {
        int document = -1;
        double weight = 0.0;
    };

    explicit CandidateIndex(double maxPostingFraction = 0.05);

    // Indexes `documents` (their positions are the document ids candidates() returns).
    void build(const QList<MarketFeatures>& documents);
    // Counts the terms of markets of the other catalogue too, so that rarity reflects both venues.
    void addToDocumentFrequency(const QList<MarketFeatures>& others);

    [[nodiscard]] QList<Candidate> candidates(const MarketFeatures& query, int limit, double minWeight) const;
    [[nodiscard]] double idf(const QString& term) const;
    [[nodiscard]] int documentCount() const { return m_documentCount; }

    // The terms a market is indexed and queried under.
    [[nodiscard]] static QStringList termsOf(const MarketFeatures& features);

private:
    double m_maxPostingFraction;
    int m_documentCount = 0;
    int m_frequencyTotal = 0;
    QHash<QString, int> m_termIds;
    std::vector<std::vector<int>> m_postings;
    QHash<QString, int> m_documentFrequency;
};

} // namespace orion
