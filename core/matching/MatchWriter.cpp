#include "matching/MatchWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace orion {

QByteArray MatchWriter::toJsonLine(const MatchResult& result)
{
    QJsonObject object;
    object.insert(QStringLiteral("kalshi_ticker"), result.kalshiTicker);
    object.insert(QStringLiteral("polymarket_condition_id"), result.polymarketKey);
    object.insert(QStringLiteral("polarity"), polarityName(result.polarity));
    object.insert(QStringLiteral("score"), std::round(result.score * 10000.0) / 10000.0);
    object.insert(QStringLiteral("decision"), decisionName(result.decision));
    object.insert(QStringLiteral("flags"), QJsonArray::fromStringList(result.flags));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray MatchWriter::toJsonLines(const QList<MatchResult>& results)
{
    QByteArray out;
    for (const MatchResult& result : results) {
        out.append(toJsonLine(result));
        out.append('\n');
    }
    return out;
}

Status MatchWriter::write(QIODevice& device, const QList<MatchResult>& results)
{
    if (!device.isWritable())
        return makeError(QStringLiteral("match.write"), QStringLiteral("output is not writable"));
    const QByteArray bytes = toJsonLines(results);
    if (device.write(bytes) != bytes.size())
        return makeError(QStringLiteral("match.write"),
                         QStringLiteral("could not write the pairs: %1").arg(device.errorString()));
    return {};
}

} // namespace orion
