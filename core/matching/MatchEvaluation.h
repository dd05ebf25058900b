#pragma once

#include "common/Result.h"
#include "matching/MatchResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace orion {

// A hand-labelled pair of the evaluation sets (labels.csv): relation "same", "inverse" or "different".
struct LabelledPair
{
    QString kalshiTicker;
    QString polymarketKey;
    QString relation;
    QString source;
    QString note;
};

struct EvaluationSummary
{
    int truePairs = 0;        // labelled same or inverse
    int autoPairs = 0;        // pairs the matcher called auto
    int autoCorrect = 0;      // … that are a labelled true pair with the labelled polarity
    int reviewPairs = 0;
    int found = 0;            // true pairs reported auto or review with the right polarity
    double autoPrecision = 1.0; // autoCorrect / autoPairs (1 when there is no auto pair)
    double recall = 0.0;        // found / truePairs
    QList<LabelledPair> missed;        // true pairs not found (or found with the wrong polarity)
    QList<MatchResult> wrongAuto;      // auto pairs that are not a true pair with that polarity
    QList<MatchResult> hardNegativeReviews; // labelled-different pairs sent to review
};

// Scores matcher output against labels. The label set is closed: a pair not labelled same/inverse is different.
class MatchEvaluation final
{
public:
    // labels.csv: header "kalshi_ticker,polymarket_condition_id,relation,source,note"; RFC 4180 quoting.
    [[nodiscard]] static Result<QList<LabelledPair>> readLabels(const QByteArray& csv);
    [[nodiscard]] static EvaluationSummary evaluate(const QList<MatchResult>& results,
                                                    const QList<LabelledPair>& labels);
    // Text for people: precision, recall, counts, then every miss and every wrong auto pair.
    [[nodiscard]] static QString report(const EvaluationSummary& summary);
};

} // namespace orion
