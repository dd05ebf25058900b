#include "common/FixedPointDecimal.h"

#include <limits>

namespace orion {

namespace {

constexpr qsizetype kQuotedLength = 40;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

Error notADecimal(QStringView text, const QString& why)
{
    return makeError(QStringLiteral("money.parse"), FixedPointDecimal::tr("%1 is not a plain decimal number: %2")
                                                        .arg(FixedPointDecimal::quoted(text), why));
}

// Why the character at `pos` ends the number, in the words a user would look for.
QString explainStrayCharacter(QStringView text, qsizetype pos)
{
    const QChar c = text[pos];
    const QString lower = text.toString().toLower();
    if (lower.endsWith(QLatin1String("nan")) || lower.endsWith(QLatin1String("inf"))
        || lower.endsWith(QLatin1String("infinity")))
        return FixedPointDecimal::tr("NaN and infinity are not amounts");
    if (c.isSpace())
        return FixedPointDecimal::tr("spaces are not accepted");
    if (c == u'+' && pos == 0)
        return FixedPointDecimal::tr("a leading '+' is not accepted");
    if (c == u'-')
        return FixedPointDecimal::tr("'-' is only accepted once, in front");
    if (c == u',')
        return FixedPointDecimal::tr("',' is not accepted; the decimal separator is '.' and digits are not grouped");
    if (c == u'.')
        return FixedPointDecimal::tr("it has more than one decimal point");
    if ((c == u'e' || c == u'E') && pos > 0 && isAsciiDigit(text[pos - 1]))
        return FixedPointDecimal::tr("exponents are not accepted");
    if (c.isDigit())
        return FixedPointDecimal::tr("only the ASCII digits 0-9 are accepted");
    return FixedPointDecimal::tr("'%1' is not a digit").arg(c);
}

} // namespace

QString FixedPointDecimal::quoted(QStringView text)
{
    if (text.size() <= kQuotedLength)
        return u'"' + text.toString() + u'"';
    return u'"' + text.left(kQuotedLength).toString() + QStringLiteral("\u2026\" (%1 characters)").arg(text.size());
}

Result<std::int64_t> FixedPointDecimal::parse(QStringView text, const Format& format)
{
    Q_ASSERT(format.maxDecimals >= 0 && format.maxDecimals <= format.scale && format.scale <= kMaxScale);

    if (text.isEmpty())
        return notADecimal(text, tr("it is empty"));

    const qsizetype size = text.size();
    qsizetype pos = 0;
    const bool negative = text.front() == u'-';
    if (negative)
        ++pos;
    const qsizetype integerStart = pos;
    while (pos < size && isAsciiDigit(text[pos]))
        ++pos;
    const qsizetype integerEnd = pos;
    bool hasPoint = false;
    qsizetype fractionStart = pos;
    if (pos < size && text[pos] == u'.') {
        hasPoint = true;
        fractionStart = ++pos;
        while (pos < size && isAsciiDigit(text[pos]))
            ++pos;
    }
    const qsizetype fractionEnd = pos;

    if (pos < size)
        return notADecimal(text, explainStrayCharacter(text, pos));
    if (integerEnd == integerStart)
        return notADecimal(text, hasPoint ? tr("it needs a digit before the decimal point") : tr("it has no digits"));
    if (hasPoint && fractionEnd == fractionStart)
        return notADecimal(text, tr("it needs a digit after the decimal point"));

    if (negative && format.sign == Sign::NonNegative) {
        return makeError(QStringLiteral("money.negative"),
                         tr("%1 is negative; %2 cannot be negative").arg(quoted(text), QString::fromUtf8(format.noun)));
    }

    qsizetype significantEnd = fractionEnd;
    while (significantEnd > fractionStart && text[significantEnd - 1] == u'0')
        --significantEnd;
    const qsizetype decimals = significantEnd - fractionStart;
    if (hasPoint && format.maxDecimals == 0) {
        // Whole-number forms (base units, cents) never carry a point; one there means a unit mix-up.
        return makeError(QStringLiteral("money.precision"),
                         tr("%1 must be a whole number, without a decimal point").arg(quoted(text)));
    }
    if (decimals > format.maxDecimals) {
        const QString written = significantEnd == fractionEnd
                                    ? tr("%1 has %2 decimals; at most %3 are allowed")
                                    : tr("%1 has %2 significant decimals; at most %3 are allowed");
        return makeError(QStringLiteral("money.precision"),
                         written.arg(quoted(text)).arg(decimals).arg(format.maxDecimals));
    }

    // The magnitude is built unsigned so that the most negative int64 is reachable as well.
    std::uint64_t magnitude = 0;
    bool overflow = false;
    auto appendDigit = [&](QChar c) {
        const auto digit = static_cast<std::uint64_t>(c.unicode() - u'0');
        overflow = overflow || __builtin_mul_overflow(magnitude, std::uint64_t{10}, &magnitude)
                   || __builtin_add_overflow(magnitude, digit, &magnitude);
    };
    for (qsizetype i = integerStart; i < integerEnd; ++i)
        appendDigit(text[i]);
    for (qsizetype i = fractionStart; i < significantEnd; ++i)
        appendDigit(text[i]);
    const auto unit = static_cast<std::uint64_t>(pow10(format.scale - static_cast<int>(decimals)));
    overflow = overflow || __builtin_mul_overflow(magnitude, unit, &magnitude);

    const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
    if (overflow || magnitude > limit) {
        const std::int64_t lowest = format.sign == Sign::NonNegative ? 0 : std::numeric_limits<std::int64_t>::min();
        const std::int64_t highest = std::numeric_limits<std::int64_t>::max();
        return makeError(QStringLiteral("money.range"),
                         tr("%1 is out of range; %2 must be between %3 and %4")
                             .arg(quoted(text), QString::fromUtf8(format.noun),
                                  FixedPointDecimal::format(lowest, format.scale, 0),
                                  FixedPointDecimal::format(highest, format.scale, 0)));
    }
    // Unsigned to signed is modular in C++20, so 2^63 becomes the most negative int64 exactly.
    return negative ? static_cast<std::int64_t>(std::uint64_t{0} - magnitude) : static_cast<std::int64_t>(magnitude);
}

QString FixedPointDecimal::format(std::int64_t value, int scale, int minDecimals)
{
    Q_ASSERT(scale >= 0 && scale <= kMaxScale);
    const bool negative = value < 0;
    const auto raw = static_cast<std::uint64_t>(value);
    const std::uint64_t magnitude = negative ? std::uint64_t{0} - raw : raw;
    const auto unit = static_cast<std::uint64_t>(pow10(scale));

    QString result;
    if (negative)
        result += u'-';
    result += QString::number(magnitude / unit);
    if (scale == 0)
        return result;

    const QString fraction = QString::number(magnitude % unit).rightJustified(scale, u'0');
    qsizetype keep = scale;
    const qsizetype keepAtLeast = qBound(0, minDecimals, scale);
    while (keep > keepAtLeast && fraction[keep - 1] == u'0')
        --keep;
    if (keep > 0) {
        result += u'.';
        result += QStringView(fraction).left(keep);
    }
    return result;
}

} // namespace orion
