#include "matching/CatalogueReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

#include <cmath>

namespace orion {

namespace {

// Where a record came from, for error messages: "line 12" for JSON lines, "item 3" for arrays.
struct Origin
{
    bool isLine = true;
    int number = 0;

    QString toString() const
    {
        return (isLine ? QStringLiteral("line ") : QStringLiteral("item ")) + QString::number(number);
    }
};

Error recordError(const Origin& origin, const QString& what)
{
    return makeError(QStringLiteral("catalogue.record"), origin.toString() + QStringLiteral(": ") + what);
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    const qsizetype end = std::min<qsizetype>(offset, bytes.size());
    return int(std::count(bytes.cbegin(), bytes.cbegin() + end, '\n')) + 1;
}

// A string field; numbers are accepted for id-like fields (Gamma sends some ids as numbers).
Result<QString> stringField(const QJsonObject& object, const char* name, const Origin& origin)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    return recordError(origin, QStringLiteral("field '%1' must be a string").arg(QLatin1String(name)));
}

Result<std::optional<double>> numberField(const QJsonObject& object, const char* name, const Origin& origin)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return std::optional<double>();
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return std::optional<double>(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return std::optional<double>(number);
        if (value.toString().trimmed().isEmpty())
            return std::optional<double>();
    }
    return recordError(origin, QStringLiteral("field '%1' must be a number").arg(QLatin1String(name)));
}

Result<bool> boolField(const QJsonObject& object, const char* name, bool fallback, const Origin& origin)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return recordError(origin, QStringLiteral("field '%1' must be a boolean").arg(QLatin1String(name)));
}

// Venue timestamps: RFC 3339 ("2026-01-10T00:30:00Z") or Gamma's "2026-01-10 00:30:00+00". Unparseable → invalid.
QDateTime parseTime(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    static const QRegularExpression shortOffset(QStringLiteral("([+-]\\d{2})$"));
    text.replace(shortOffset, QStringLiteral("\\1:00"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() && text.size() == 10)
        time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// Gamma sends outcomes/clobTokenIds as a JSON string holding an array; accept a real array too.
Result<QStringList> stringListField(const QJsonObject& object, const char* name, const Origin& origin)
{
    QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return QStringList();
    QJsonArray array;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QStringList();
        QJsonParseError error{};
        const QJsonDocument inner = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !inner.isArray())
            return recordError(origin,
                               QStringLiteral("field '%1' is not a JSON array string").arg(QLatin1String(name)));
        array = inner.array();
    } else if (value.isArray()) {
        array = value.toArray();
    } else {
        return recordError(origin, QStringLiteral("field '%1' must be an array").arg(QLatin1String(name)));
    }
    QStringList out;
    for (const QJsonValue& item : std::as_const(array)) {
        if (item.isString())
            out.append(item.toString());
        else if (item.isDouble())
            out.append(QString::number(item.toDouble(), 'g', 17));
        else
            return recordError(origin,
                               QStringLiteral("field '%1' holds a non-string element").arg(QLatin1String(name)));
    }
    return out;
}

#define ORION_TRY_ASSIGN(target, expr)                                                                              \
    do {                                                                                                            \
        auto orionTmp_ = (expr);                                                                                    \
        if (!orionTmp_.ok())                                                                                        \
            return orionTmp_.error();                                                                               \
        target = std::move(orionTmp_).value();                                                                      \
    } while (false)

Result<CatalogueMarket> kalshiMarket(const QJsonObject& object, const Origin& origin)
{
    CatalogueMarket market;
    market.venue = CatalogueVenue::Kalshi;
    market.sourceLine = origin.number;
    ORION_TRY_ASSIGN(market.key, stringField(object, "ticker", origin));
    if (market.key.trimmed().isEmpty())
        return recordError(origin, QStringLiteral("Kalshi market without 'ticker'"));
    ORION_TRY_ASSIGN(market.eventId, stringField(object, "event_ticker", origin));
    if (market.eventId.isEmpty()) {
        // The ticker is <event_ticker>-<outcome>; without an event ticker the market is its own event.
        const qsizetype dash = market.key.lastIndexOf(QLatin1Char('-'));
        market.eventId = dash > 0 ? market.key.left(dash) : market.key;
    }
    ORION_TRY_ASSIGN(market.seriesId, stringField(object, "series_ticker", origin));
    if (market.seriesId.isEmpty())
        ORION_TRY_ASSIGN(market.seriesId, stringField(object, "x_series_ticker", origin));
    ORION_TRY_ASSIGN(market.title, stringField(object, "title", origin));
    ORION_TRY_ASSIGN(market.subtitle, stringField(object, "subtitle", origin));
    ORION_TRY_ASSIGN(market.yesLabel, stringField(object, "yes_sub_title", origin));
    ORION_TRY_ASSIGN(market.noLabel, stringField(object, "no_sub_title", origin));
    ORION_TRY_ASSIGN(market.eventTitle, stringField(object, "x_event_title", origin));
    ORION_TRY_ASSIGN(market.eventSubtitle, stringField(object, "x_event_sub_title", origin));
    QString rulesPrimary;
    QString rulesSecondary;
    ORION_TRY_ASSIGN(rulesPrimary, stringField(object, "rules_primary", origin));
    ORION_TRY_ASSIGN(rulesSecondary, stringField(object, "rules_secondary", origin));
    market.rulesText = rulesSecondary.isEmpty() ? rulesPrimary : rulesPrimary + QLatin1Char('\n') + rulesSecondary;
    QString text;
    ORION_TRY_ASSIGN(text, stringField(object, "close_time", origin));
    market.closeTime = parseTime(text);
    for (const char* field : {"expected_expiration_time", "expiration_time", "latest_expiration_time"}) {
        ORION_TRY_ASSIGN(text, stringField(object, field, origin));
        if (!market.expirationTime.isValid())
            market.expirationTime = parseTime(text);
    }
    ORION_TRY_ASSIGN(market.marketType, stringField(object, "market_type", origin));
    market.multiOutcome = !market.marketType.isEmpty() && market.marketType != QLatin1String("binary");
    ORION_TRY_ASSIGN(market.strikeType, stringField(object, "strike_type", origin));
    ORION_TRY_ASSIGN(market.floorStrike, numberField(object, "floor_strike", origin));
    ORION_TRY_ASSIGN(market.capStrike, numberField(object, "cap_strike", origin));
    ORION_TRY_ASSIGN(market.settlementStation, stringField(object, "x_settlement_station", origin));
    const QJsonValue sources = object.value(QLatin1String("settlement_sources"));
    if (sources.isArray()) {
        QStringList parts;
        for (const QJsonValue& source : sources.toArray()) {
            const QJsonObject sourceObject = source.toObject();
            parts << sourceObject.value(QLatin1String("name")).toString()
                  << sourceObject.value(QLatin1String("url")).toString();
        }
        parts.removeAll(QString());
        market.resolutionSource = parts.join(QLatin1Char(' '));
    }
    QString status;
    ORION_TRY_ASSIGN(status, stringField(object, "status", origin));
    market.active = status.isEmpty() || status == QLatin1String("active") || status == QLatin1String("open");
    market.closed = status == QLatin1String("closed") || status == QLatin1String("settled")
                    || status == QLatin1String("finalized");
    return market;
}

Result<CatalogueMarket> polymarketMarket(const QJsonObject& object, const Origin& origin)
{
    CatalogueMarket market;
    market.venue = CatalogueVenue::Polymarket;
    market.sourceLine = origin.number;
    QString conditionId;
    QString id;
    ORION_TRY_ASSIGN(conditionId, stringField(object, "conditionId", origin));
    ORION_TRY_ASSIGN(market.slug, stringField(object, "slug", origin));
    ORION_TRY_ASSIGN(id, stringField(object, "id", origin));
    market.key = !conditionId.isEmpty() ? conditionId : (!market.slug.isEmpty() ? market.slug : id);
    if (market.key.trimmed().isEmpty())
        return recordError(origin, QStringLiteral("Polymarket market without 'conditionId', 'slug' or 'id'"));
    ORION_TRY_ASSIGN(market.title, stringField(object, "question", origin));
    ORION_TRY_ASSIGN(market.subtitle, stringField(object, "groupItemTitle", origin));
    ORION_TRY_ASSIGN(market.eventTitle, stringField(object, "x_event_title", origin));
    ORION_TRY_ASSIGN(market.eventSubtitle, stringField(object, "x_sub", origin));
    ORION_TRY_ASSIGN(market.eventId, stringField(object, "x_event_id", origin));
    if (market.eventId.isEmpty())
        ORION_TRY_ASSIGN(market.eventId, stringField(object, "x_event_slug", origin));
    // Gamma /markets nests the parent events; take the first one's id and title when present.
    const QJsonValue events = object.value(QLatin1String("events"));
    if (events.isArray() && !events.toArray().isEmpty() && events.toArray().first().isObject()) {
        const QJsonObject event = events.toArray().first().toObject();
        if (market.eventId.isEmpty())
            ORION_TRY_ASSIGN(market.eventId, stringField(event, "id", origin));
        if (market.eventTitle.isEmpty())
            ORION_TRY_ASSIGN(market.eventTitle, stringField(event, "title", origin));
    }
    ORION_TRY_ASSIGN(market.rulesText, stringField(object, "description", origin));
    ORION_TRY_ASSIGN(market.resolutionSource, stringField(object, "resolutionSource", origin));
    QString text;
    ORION_TRY_ASSIGN(text, stringField(object, "endDate", origin));
    market.closeTime = parseTime(text);
    ORION_TRY_ASSIGN(text, stringField(object, "gameStartTime", origin));
    market.eventStartTime = parseTime(text);
    ORION_TRY_ASSIGN(market.outcomes, stringListField(object, "outcomes", origin));
    ORION_TRY_ASSIGN(market.outcomeTokenIds, stringListField(object, "clobTokenIds", origin));
    if (!market.outcomeTokenIds.isEmpty() && !market.outcomes.isEmpty()
        && market.outcomeTokenIds.size() != market.outcomes.size())
        return recordError(origin, QStringLiteral("'outcomes' and 'clobTokenIds' differ in length"));
    if (market.outcomes.size() >= 1)
        market.yesLabel = market.outcomes.at(0);
    if (market.outcomes.size() >= 2)
        market.noLabel = market.outcomes.at(1);
    market.multiOutcome = market.outcomes.size() > 2;
    ORION_TRY_ASSIGN(market.marketType, stringField(object, "sportsMarketType", origin));
    ORION_TRY_ASSIGN(market.line, numberField(object, "line", origin));
    ORION_TRY_ASSIGN(market.active, boolField(object, "active", true, origin));
    ORION_TRY_ASSIGN(market.closed, boolField(object, "closed", false, origin));
    return market;
}

#undef ORION_TRY_ASSIGN

using RecordParser = Result<CatalogueMarket> (*)(const QJsonObject&, const Origin&);

Result<QList<CatalogueMarket>> parseArray(const QJsonArray& array, RecordParser parser)
{
    QList<CatalogueMarket> out;
    out.reserve(array.size());
    int index = 0;
    for (const QJsonValue& item : array) {
        ++index;
        const Origin origin{false, index};
        if (!item.isObject())
            return recordError(origin, QStringLiteral("expected a market object"));
        Result<CatalogueMarket> market = parser(item.toObject(), origin);
        if (!market.ok())
            return market.error();
        out.append(std::move(market).value());
    }
    return out;
}

Result<QList<CatalogueMarket>> parseLines(const QByteArray& bytes, RecordParser parser)
{
    QList<CatalogueMarket> out;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        const Origin origin{true, lineNumber};
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return recordError(origin, QStringLiteral("invalid JSON (%1)").arg(error.errorString()));
        if (!document.isObject())
            return recordError(origin, QStringLiteral("expected a market object"));
        Result<CatalogueMarket> market = parser(document.object(), origin);
        if (!market.ok())
            return market.error();
        out.append(std::move(market).value());
    }
    return out;
}

Result<QList<CatalogueMarket>> readCatalogue(const QByteArray& bytes, RecordParser parser, const char* listKey)
{
    if (bytes.size() > CatalogueReader::kMaxBytes)
        return makeError(QStringLiteral("catalogue.size"), QStringLiteral("catalogue larger than 512 MiB"));
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return QList<CatalogueMarket>();
    const char first = trimmed.at(0);
    if (first != '[' && first != '{')
        return makeError(QStringLiteral("catalogue.format"),
                         QStringLiteral("line %1: expected a JSON object or array")
                             .arg(lineOfOffset(bytes, bytes.indexOf(first))));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isArray())
            return parseArray(document.array(), parser);
        const QJsonObject object = document.object();
        for (const char* key : {listKey, "data"}) {
            const QJsonValue list = object.value(QLatin1String(key));
            if (list.isArray())
                return parseArray(list.toArray(), parser);
            if (!list.isUndefined() && !list.isNull())
                return makeError(QStringLiteral("catalogue.format"),
                                 QStringLiteral("line 1: field '%1' must be an array").arg(QLatin1String(key)));
        }
        return parseLines(bytes, parser); // a single market object on one line
    }
    if (first == '[')
        return makeError(QStringLiteral("catalogue.json"),
                         QStringLiteral("line %1: invalid JSON (%2)")
                             .arg(lineOfOffset(bytes, error.offset))
                             .arg(error.errorString()));
    return parseLines(bytes, parser); // JSON lines
}

} // namespace

Result<QList<CatalogueMarket>> CatalogueReader::readKalshi(const QByteArray& bytes)
{
    return readCatalogue(bytes, &kalshiMarket, "markets");
}

Result<QList<CatalogueMarket>> CatalogueReader::readPolymarket(const QByteArray& bytes)
{
    return readCatalogue(bytes, &polymarketMarket, "markets");
}

Result<QList<CatalogueMarket>> CatalogueReader::read(CatalogueVenue venue, const QByteArray& bytes)
{
    return venue == CatalogueVenue::Kalshi ? readKalshi(bytes) : readPolymarket(bytes);
}

} // namespace orion
