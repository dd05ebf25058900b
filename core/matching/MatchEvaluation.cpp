#include "matching/MatchEvaluation.h"

#include <QHash>
#include <QSet>
#include <QTextStream>

namespace orion {

namespace {

QString pairKey(const QString& kalshi, const QString& polymarket)
{
    return kalshi + QLatin1Char('\x1f') + polymarket;
}

// One CSV record from `text` at `pos` (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
Result<QStringList> csvRecord(const QString& text, qsizetype& pos, int& line)
{
    const int startLine = line;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
                    field.append(c);
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            break;
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
        }
    }
    if (quoted)
        return makeError(QStringLiteral("labels.csv"), QStringLiteral("line %1: unterminated quote").arg(startLine));
    fields.append(field);
    return fields;
}

} // namespace

Result<QList<LabelledPair>> MatchEvaluation::readLabels(const QByteArray& csv)
{
    const QString text = QString::fromUtf8(csv);
    qsizetype pos = 0;
    int line = 1;
    const Result<QStringList> header = csvRecord(text, pos, line);
    if (!header.ok())
        return header.error();
    const QStringList columns = header.value();
    const qsizetype kalshi = columns.indexOf(QStringLiteral("kalshi_ticker"));
    const qsizetype polymarket = columns.indexOf(QStringLiteral("polymarket_condition_id"));
    const qsizetype relation = columns.indexOf(QStringLiteral("relation"));
    const qsizetype source = columns.indexOf(QStringLiteral("source"));
    const qsizetype note = columns.indexOf(QStringLiteral("note"));
    if (kalshi < 0 || polymarket < 0 || relation < 0)
        return makeError(QStringLiteral("labels.csv"),
                         QStringLiteral("line 1: needs columns kalshi_ticker, polymarket_condition_id, relation"));
    QList<LabelledPair> out;
    while (pos < text.size()) {
        const int recordLine = line;
        const Result<QStringList> record = csvRecord(text, pos, line);
        if (!record.ok())
            return record.error();
        const QStringList fields = record.value();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        if (fields.size() <= std::max({kalshi, polymarket, relation}))
            return makeError(QStringLiteral("labels.csv"), QStringLiteral("line %1: too few fields").arg(recordLine));
        LabelledPair pair;
        pair.kalshiTicker = fields.at(kalshi).trimmed();
        pair.polymarketKey = fields.at(polymarket).trimmed();
        pair.relation = fields.at(relation).trimmed();
        pair.source = source >= 0 && source < fields.size() ? fields.at(source) : QString();
        pair.note = note >= 0 && note < fields.size() ? fields.at(note) : QString();
        if (pair.relation != QLatin1String("same") && pair.relation != QLatin1String("inverse")
            && pair.relation != QLatin1String("different"))
            return makeError(QStringLiteral("labels.csv"),
                             QStringLiteral("line %1: unknown relation '%2'").arg(recordLine).arg(pair.relation));
        out.append(pair);
    }
    return out;
}

EvaluationSummary MatchEvaluation::evaluate(const QList<MatchResult>& results, const QList<LabelledPair>& labels)
{
    EvaluationSummary summary;
    QHash<QString, QString> relationOf;
    for (const LabelledPair& label : labels)
        relationOf.insert(pairKey(label.kalshiTicker, label.polymarketKey), label.relation);
    QSet<QString> foundKeys;
    for (const MatchResult& r : results) {
        if (r.decision == MatchDecision::Rejected)
            continue;
        const QString key = pairKey(r.kalshiTicker, r.polymarketKey);
        const QString relation = relationOf.value(key, QStringLiteral("different"));
        const bool correct = relation == polarityName(r.polarity);
        if (r.decision == MatchDecision::Auto) {
            ++summary.autoPairs;
            if (correct)
                ++summary.autoCorrect;
            else
                summary.wrongAuto.append(r);
        } else {
            ++summary.reviewPairs;
            if (relation == QLatin1String("different") && relationOf.contains(key))
                summary.hardNegativeReviews.append(r);
        }
        if (correct)
            foundKeys.insert(key);
    }
    for (const LabelledPair& label : labels) {
        if (label.relation == QLatin1String("different"))
            continue;
        ++summary.truePairs;
        if (foundKeys.contains(pairKey(label.kalshiTicker, label.polymarketKey)))
            ++summary.found;
        else
            summary.missed.append(label);
    }
    summary.autoPrecision = summary.autoPairs > 0 ? double(summary.autoCorrect) / double(summary.autoPairs) : 1.0;
    summary.recall = summary.truePairs > 0 ? double(summary.found) / double(summary.truePairs) : 0.0;
    return summary;
}

QString MatchEvaluation::report(const EvaluationSummary& s)
{
    QString text;
    QTextStream out(&text);
    out << "precision of auto: " << QString::number(s.autoPrecision, 'f', 4) << " (" << s.autoCorrect << " of "
        << s.autoPairs << " auto pairs correct)\n";
    out << "recall of true pairs (auto + review): " << QString::number(s.recall, 'f', 4) << " (" << s.found
        << " of " << s.truePairs << ")\n";
    out << "review pairs: " << s.reviewPairs << " (" << s.hardNegativeReviews.size()
        << " of them labelled hard negatives)\n";
    if (!s.wrongAuto.isEmpty()) {
        out << "\nwrong auto pairs:\n";
        for (const MatchResult& r : s.wrongAuto)
            out << "  " << r.kalshiTicker << " <-> " << r.polymarketKey << " " << polarityName(r.polarity)
                << " score " << QString::number(r.score, 'f', 3) << "  \"" << r.kalshiTitle << "\" / \""
                << r.polymarketTitle << "\"\n";
    }
    if (!s.missed.isEmpty()) {
        out << "\nmissed true pairs:\n";
        for (const LabelledPair& p : s.missed)
            out << "  " << p.kalshiTicker << " <-> " << p.polymarketKey << " (" << p.relation << ", " << p.source
                << ")\n";
    }
    return text;
}

} // namespace orion
