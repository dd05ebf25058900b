#include "matching/ThresholdExtractor.h"

#include "matching/TitleNormalizer.h"

#include <QRegularExpression>

#include <cmath>

namespace orion {

namespace {

// A number with its optional currency sign and unit: "$100k", "2.5%", "25 bps", "81°", "2,315".
const QString kNumber = QStringLiteral(
    "(\\$)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*"
    "(k\\b|m\\b|mn\\b|b\\b|bn\\b|million\\b|billion\\b|thousand\\b|trillion\\b|%|percent\\b|bps\\b|bp\\b|"
    "basis points?\\b|°\\s*[fc]?|degrees?\\b)?");

struct Quantity
{
    double value = 0.0;
    QString unit;
};

Quantity quantityOf(const QString& dollar, const QString& digits, const QString& suffix)
{
    Quantity q;
    QString number = digits;
    number.remove(QLatin1Char(','));
    q.value = number.toDouble();
    const QString s = suffix.trimmed();
    if (s == QLatin1String("k") || s == QLatin1String("thousand"))
        q.value *= 1e3;
    else if (s == QLatin1String("m") || s == QLatin1String("mn") || s == QLatin1String("million"))
        q.value *= 1e6;
    else if (s == QLatin1String("b") || s == QLatin1String("bn") || s == QLatin1String("billion"))
        q.value *= 1e9;
    else if (s == QLatin1String("trillion"))
        q.value *= 1e12;
    else if (s == QLatin1String("%") || s == QLatin1String("percent"))
        q.unit = QStringLiteral("%");
    else if (s.startsWith(QLatin1String("bp")) || s.startsWith(QLatin1String("basis")))
        q.unit = QStringLiteral("bp");
    else if (s.startsWith(QChar(0x00B0)) || s.startsWith(QLatin1String("degree")))
        q.unit = QStringLiteral("deg");
    if (!dollar.isEmpty())
        q.unit = QStringLiteral("usd");
    return q;
}

using Comparator = NumericThreshold::Comparator;

} // namespace

QString NumericThreshold::comparatorSymbol(Comparator comparator)
{
    switch (comparator) {
    case Comparator::Greater: return QStringLiteral(">");
    case Comparator::GreaterOrEqual: return QStringLiteral(">=");
    case Comparator::Less: return QStringLiteral("<");
    case Comparator::LessOrEqual: return QStringLiteral("<=");
    case Comparator::Between: return QStringLiteral("between");
    case Comparator::Equal: return QStringLiteral("=");
    case Comparator::Unknown: return QStringLiteral("?");
    }
    return QStringLiteral("?");
}

QString NumericThreshold::toString() const
{
    const QString u = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    if (comparator == Comparator::Between)
        return QStringLiteral("between %1 and %2%3").arg(low).arg(high).arg(u);
    return comparatorSymbol(comparator) + QLatin1Char(' ') + QString::number(low) + u;
}

QList<NumericThreshold> ThresholdExtractor::extract(const QString& input)
{
    const QString text = TitleNormalizer::fold(input);
    QList<NumericThreshold> out;
    QList<std::pair<qsizetype, qsizetype>> used;
    const auto take = [&](const QRegularExpressionMatch& m) {
        for (const auto& span : used) {
            if (m.capturedStart() < span.second && m.capturedEnd() > span.first)
                return false;
        }
        used.append({m.capturedStart(), m.capturedEnd()});
        return true;
    };
    const auto add = [&out](Comparator comparator, const Quantity& a, const Quantity& b) {
        NumericThreshold t;
        t.comparator = comparator;
        t.low = a.value;
        t.high = b.value;
        t.unit = !a.unit.isEmpty() ? a.unit : b.unit;
        out.append(t);
    };

    static const QRegularExpression between(QStringLiteral("\\b(?:between|from)\\s+") + kNumber
                                            + QStringLiteral("\\s*(?:and|to|-)\\s*") + kNumber);
    for (auto it = between.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (take(m))
            add(Comparator::Between, quantityOf(m.captured(1), m.captured(2), m.captured(3)),
                quantityOf(m.captured(4), m.captured(5), m.captured(6)));
    }
    // A bare range counts only with a unit ("2.1% to 2.5%", "78-79°"), so "CA-07" and dates are not ranges.
    static const QRegularExpression range(QStringLiteral("(?<![a-z0-9-])") + kNumber
                                          + QStringLiteral("\\s*(?:to|-)\\s*") + kNumber);
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const Quantity a = quantityOf(m.captured(1), m.captured(2), m.captured(3));
        const Quantity b = quantityOf(m.captured(4), m.captured(5), m.captured(6));
        if ((a.unit.isEmpty() && b.unit.isEmpty()) || a.value > b.value)
            continue;
        if (take(m))
            add(Comparator::Between, a, b);
    }

    struct Prefix
    {
        const char* words;
        Comparator comparator;
    };
    static const Prefix prefixes[] = {
        {"at least|no less than|>=|reach(?:es)?|hit(?:s)?|rise to|climb to", Comparator::GreaterOrEqual},
        {"above|over|more than|greater than|higher than|exceeds?|exceeding|surpass(?:es)?|>", Comparator::Greater},
        {"at most|no more than|<=|dips? to|falls? to|drops? to|sinks? to", Comparator::LessOrEqual},
        {"below|under|less than|fewer than|lower than|<", Comparator::Less},
    };
    static const QList<QRegularExpression> prefixPatterns = [] {
        QList<QRegularExpression> list;
        for (const Prefix& prefix : prefixes)
            list.append(QRegularExpression(QStringLiteral("(?:^|[^a-z])(?:") + QLatin1String(prefix.words)
                                           + QStringLiteral(")\\s*") + kNumber));
        return list;
    }();
    for (qsizetype i = 0; i < prefixPatterns.size(); ++i) {
        const Prefix& prefix = prefixes[i];
        for (auto it = prefixPatterns.at(i).globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (take(m)) {
                const Quantity q = quantityOf(m.captured(1), m.captured(2), m.captured(3));
                add(prefix.comparator, q, q);
            }
        }
    }

    static const QRegularExpression orMore(kNumber + QStringLiteral("\\s*(or more|or above|or higher|or greater|"
                                                                     "\\+|or fewer|or less|or below|or lower)"));
    for (auto it = orMore.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!take(m))
            continue;
        const Quantity q = quantityOf(m.captured(1), m.captured(2), m.captured(3));
        const QString tail = m.captured(4);
        const bool upper = tail == QLatin1String("+") || tail.endsWith(QLatin1String("more"))
                           || tail.endsWith(QLatin1String("above")) || tail.endsWith(QLatin1String("higher"))
                           || tail.endsWith(QLatin1String("greater"));
        add(upper ? Comparator::GreaterOrEqual : Comparator::LessOrEqual, q, q);
    }

    // Rate moves of a stated size: "cut 25bps", "increase interest rates by 25 bps".
    static const QRegularExpression move(QStringLiteral("\\b(?:cut|hike|raise|increase|decrease|lower|reduce)"
                                                        "[a-z]*\\s+(?:[a-z ]{0,24}?\\s)?(?:by\\s+)?")
                                         + kNumber);
    for (auto it = move.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const Quantity q = quantityOf(m.captured(1), m.captured(2), m.captured(3));
        if (q.unit != QLatin1String("bp") && q.unit != QLatin1String("%"))
            continue;
        if (take(m))
            add(Comparator::Equal, q, q);
    }
    return out;
}

QList<NumericThreshold> ThresholdExtractor::fromKalshiStrike(const QString& strikeType, std::optional<double> floor,
                                                             std::optional<double> cap)
{
    NumericThreshold t;
    const QString type = strikeType.toLower();
    if (type == QLatin1String("between") || (type.isEmpty() && floor && cap)) {
        if (!floor || !cap)
            return {};
        t.comparator = Comparator::Between;
        t.low = *floor;
        t.high = *cap;
    } else if ((type == QLatin1String("greater") || type.isEmpty()) && floor) {
        t.comparator = Comparator::Greater;
        t.low = t.high = *floor;
    } else if (type == QLatin1String("greater_or_equal") && floor) {
        t.comparator = Comparator::GreaterOrEqual;
        t.low = t.high = *floor;
    } else if ((type == QLatin1String("less") || type.isEmpty()) && cap) {
        t.comparator = Comparator::Less;
        t.low = t.high = *cap;
    } else if (type == QLatin1String("less_or_equal") && cap) {
        t.comparator = Comparator::LessOrEqual;
        t.low = t.high = *cap;
    } else {
        return {};
    }
    return {t};
}

} // namespace orion
