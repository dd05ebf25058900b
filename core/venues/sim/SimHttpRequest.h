#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace orion {

// One parsed HTTP/1.1 request as the simulator's handlers see it. The sim parses its own wire format and
// shares nothing with the clients' HTTP code.
struct SimHttpRequest
{
    QByteArray method;
    QByteArray target;                     // as on the request line, e.g. "/trade-api/v2/markets?limit=5"
    QString path;                          // percent-encoded path, without the query (what signatures cover)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> params;        // {name} segments of the matched route, percent-decoded
    quint64 connectionId = 0;              // which TCP connection carried it (keep-alive tests)

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QString param(const QString& name) const { return params.value(name); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace orion
