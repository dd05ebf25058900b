#pragma once

#include "common/Result.h"
#include "net/HttpHeaders.h"
#include "net/NetError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace orion {

// What came back from one HttpClient::send, after any retries.
struct HttpReply
{
    int status = 0;            // HTTP status; 0 when no complete response arrived
    HttpHeaders headers;
    QByteArray body;
    NetError error = NetError::None;
    QString errorMessage;      // transport detail; never contains header values
    qint64 elapsedMs = 0;      // from send() to the final reply, waits and retries included
    qint64 lastAttemptMs = 0;  // time on the wire of the final attempt (latency)
    int attempts = 0;          // requests actually sent

    // A complete response with a 2xx status.
    bool ok() const { return error == NetError::None && status >= 200 && status < 300; }
    bool isTransportError() const { return error != NetError::None; }
    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }

    // Retry-After as a delay: delta-seconds or an HTTP-date (relative to now); nullopt when absent or invalid.
    std::optional<qint64> retryAfterMs(const QDateTime& now) const;

    // The body as JSON; an Error naming the parse problem otherwise (code "net.json").
    [[nodiscard]] Result<QJsonDocument> json() const;
    [[nodiscard]] Result<QJsonObject> jsonObject() const;
    [[nodiscard]] Result<QJsonArray> jsonArray() const;

    // A failed reply as an Error: "net.<transport error>" or "http.<status>", with a short message.
    Error toError() const;
};

} // namespace orion
