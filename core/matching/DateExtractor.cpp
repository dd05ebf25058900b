#include "matching/DateExtractor.h"

#include "matching/TitleNormalizer.h"

#include <QRegularExpression>

namespace orion {

namespace {

const QString kMonthPattern = QStringLiteral(
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");

enum class Context { None, Before, By, In, On };

// The few words in front of a date say what it means.
Context contextBefore(const QString& text, qsizetype position)
{
    const QString window = text.mid(std::max<qsizetype>(0, position - 28), std::min<qsizetype>(position, 28));
    static const QRegularExpression before(QStringLiteral("\\b(before|prior to|until|till|ahead of)\\s*(the\\s+)?"
                                                          "(end\\s+of\\s+)?$"));
    static const QRegularExpression by(QStringLiteral("\\b(by|no later than|end of|by the end of)\\b[^.?]*$"));
    static const QRegularExpression in(QStringLiteral("\\b(in|during|within|for)\\s*(the\\s+)?(year\\s+)?$"));
    static const QRegularExpression on(QStringLiteral("\\b(on|at)\\s*$"));
    if (before.match(window).hasMatch())
        return Context::Before;
    if (by.match(window).hasMatch())
        return Context::By;
    if (in.match(window).hasMatch())
        return Context::In;
    if (on.match(window).hasMatch())
        return Context::On;
    return Context::None;
}

bool isEndOf(const QString& text, qsizetype position)
{
    const QString window = text.mid(std::max<qsizetype>(0, position - 12), std::min<qsizetype>(position, 12));
    return window.contains(QLatin1String("end of"));
}

void setDeadline(DateFacts& facts, const QDate& day)
{
    if (!facts.deadline || day < *facts.deadline)
        facts.deadline = day;
}

void setPeriod(DateFacts& facts, const QDate& start, const QDate& end, Context context)
{
    if (context == Context::Before) {
        setDeadline(facts, start.addDays(-1));
    } else if (context == Context::By) {
        setDeadline(facts, end);
    } else if (!facts.periodEnd) {
        facts.periodStart = start;
        facts.periodEnd = end;
    }
}

void setDay(DateFacts& facts, const QDate& day, Context context)
{
    if (context == Context::Before)
        setDeadline(facts, day.addDays(-1));
    else if (context == Context::By)
        setDeadline(facts, day);
    else if (!facts.onDate)
        facts.onDate = day;
}

} // namespace

int DateExtractor::monthNumber(const QString& word)
{
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = word.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(months[i])))
            return i + 1;
    }
    return 0;
}

DateFacts DateExtractor::extract(const QString& input, const QDate& reference)
{
    DateFacts facts;
    const QString text = TitleNormalizer::fold(input);
    QList<std::pair<qsizetype, qsizetype>> used; // spans already read, so a year is not read twice
    const auto overlaps = [&used](qsizetype start, qsizetype end) {
        for (const auto& span : used) {
            if (start < span.second && end > span.first)
                return true;
        }
        return false;
    };

    static const QRegularExpression iso(QStringLiteral("\\b(20\\d{2})-(\\d{2})-(\\d{2})\\b"));
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (day.isValid())
            setDay(facts, day, contextBefore(text, m.capturedStart()));
        used.append({m.capturedStart(), m.capturedEnd()});
        facts.years.insert(m.captured(1).toInt());
    }

    static const QRegularExpression monthDay(QStringLiteral("\\b") + kMonthPattern
                                             + QStringLiteral("\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(20\\d{2}))?"));
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        int year = m.captured(3).isEmpty() ? (reference.isValid() ? reference.year() : 0) : m.captured(3).toInt();
        const QDate day(year, monthNumber(m.captured(1)), m.captured(2).toInt());
        used.append({m.capturedStart(), m.capturedEnd()});
        if (!m.captured(3).isEmpty())
            facts.years.insert(year);
        const Context context = contextBefore(text, m.capturedStart());
        if (year > 0 && day.isValid())
            setDay(facts, day, context);
        else if (context == Context::Before || context == Context::By)
            facts.undatedDeadline = true;
    }

    static const QRegularExpression quarter(QStringLiteral("\\bq([1-4])\\s+(20\\d{2})\\b"));
    for (auto it = quarter.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = m.captured(2).toInt();
        const int q = m.captured(1).toInt();
        const QDate start(year, (q - 1) * 3 + 1, 1);
        setPeriod(facts, start, start.addMonths(3).addDays(-1), Context::In);
        used.append({m.capturedStart(), m.capturedEnd()});
        facts.years.insert(year);
    }

    static const QRegularExpression monthYear(QStringLiteral("\\b") + kMonthPattern
                                              + QStringLiteral("\\.?(?:\\s+of)?\\s+(20\\d{2})\\b"));
    for (auto it = monthYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        const QDate start(m.captured(2).toInt(), monthNumber(m.captured(1)), 1);
        Context context = contextBefore(text, m.capturedStart());
        if (context == Context::By && isEndOf(text, m.capturedStart()))
            context = Context::By;
        setPeriod(facts, start, start.addMonths(1).addDays(-1), context == Context::None ? Context::In : context);
        used.append({m.capturedStart(), m.capturedEnd()});
        facts.years.insert(start.year());
    }

    // "in May" without a year: the reference year.
    static const QRegularExpression bareMonth(QStringLiteral("\\b(in|during|by end of|by the end of|before)\\s+")
                                              + kMonthPattern + QStringLiteral("\\b(?!\\s*\\d)"));
    if (reference.isValid()) {
        for (auto it = bareMonth.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            const QDate start(reference.year(), monthNumber(m.captured(2)), 1);
            const QString lead = m.captured(1);
            const Context context = lead == QLatin1String("before")
                                        ? Context::Before
                                        : (lead.startsWith(QLatin1String("by")) ? Context::By : Context::In);
            setPeriod(facts, start, start.addMonths(1).addDays(-1), context);
            used.append({m.capturedStart(), m.capturedEnd()});
        }
    }

    static const QRegularExpression year(QStringLiteral("\\b(20\\d{2})\\b"));
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (overlaps(m.capturedStart(), m.capturedEnd()))
            continue;
        const int y = m.captured(1).toInt();
        facts.years.insert(y);
        const Context context = contextBefore(text, m.capturedStart());
        if (context == Context::Before || context == Context::By || context == Context::In)
            setPeriod(facts, QDate(y, 1, 1), QDate(y, 12, 31), context);
    }
    return facts;
}

std::optional<QDate> DateExtractor::kalshiTickerDate(const QString& eventTicker, bool* monthOnly)
{
    static const QRegularExpression pattern(
        QStringLiteral("-(\\d{2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\\d{2})?"));
    const QRegularExpressionMatch m = pattern.match(eventTicker);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = 2000 + m.captured(1).toInt();
    const int month = monthNumber(m.captured(2));
    if (monthOnly)
        *monthOnly = m.captured(3).isEmpty();
    if (m.captured(3).isEmpty())
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    const QDate day(year, month, m.captured(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return day;
}

} // namespace orion
