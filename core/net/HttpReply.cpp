#include "net/HttpReply.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace orion {

std::optional<qint64> HttpReply::retryAfterMs(const QDateTime& now) const
{
    const QByteArray raw = header("Retry-After").trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = raw.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(raw), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

Result<QJsonDocument> HttpReply::json() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("net.json"),
            QStringLiteral("response is not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    return document;
}

Result<QJsonObject> HttpReply::jsonObject() const
{
    auto document = json();
    if (!document.ok())
        return document.error();
    if (!document->isObject())
        return makeError(QStringLiteral("net.json"), QStringLiteral("response is not a JSON object"));
    return document->object();
}

Result<QJsonArray> HttpReply::jsonArray() const
{
    auto document = json();
    if (!document.ok())
        return document.error();
    if (!document->isArray())
        return makeError(QStringLiteral("net.json"), QStringLiteral("response is not a JSON array"));
    return document->array();
}

Error HttpReply::toError() const
{
    if (error != NetError::None)
        return makeError(QStringLiteral("net.") + netErrorName(error), errorMessage);
    return makeError(QStringLiteral("http.%1").arg(status),
        QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(200))));
}

} // namespace orion
