#pragma once

#include "common/Result.h"
#include "net/HttpHeaders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace orion {

// Adds authentication headers to one request attempt. Called again for every retry, so timestamps are
// fresh. `path` is the URL path as sent (percent-encoded, without the query), `body` the exact bytes sent.
// Kalshi signs timestamp + method + path; Polymarket L2 signs timestamp + method + path + body.
using RequestSigner =
    std::function<Result<HttpHeaders>(const QByteArray& method, const QString& path, const QByteArray& body)>;

// One REST call, relative to HttpClient's base URL.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;           // appended to the base URL's path: base ".../trade-api/v2" + "/markets"
    QUrlQuery query;
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 0;      // 0: the client's default
    // POST and PATCH are never retried unless the caller vouches that sending twice is harmless
    // (the body carries a client order id the venue deduplicates on).
    bool idempotent = false;
    bool retry = true;      // false: one attempt whatever the client's RetryPolicy says
    bool sign = true;       // false for public endpoints: no signer is called
    RequestSigner signer;   // overrides the client's signer for this request (e.g. Polymarket L1 on /auth)
    QString rateClass;      // RateLimiter bucket to draw from ("read", "write"); empty: not limited
    qint64 cost = 1;        // tokens this request costs in its bucket
    // What logs show instead of `path` when the path itself carries a secret (Telegram's bot token). HttpClient
    // never logs the base URL's path or the query, so a secret kept there stays out of the logs too.
    QString logPath;

    const QString& pathForLogs() const { return logPath.isEmpty() ? path : logPath; }

    static HttpRequest get(QString path, QUrlQuery query = {})
    {
        HttpRequest request;
        request.path = std::move(path);
        request.query = std::move(query);
        return request;
    }
    static HttpRequest del(QString path, QUrlQuery query = {})
    {
        HttpRequest request = get(std::move(path), std::move(query));
        request.method = QByteArrayLiteral("DELETE");
        return request;
    }
    static HttpRequest post(QString path, QByteArray body, QByteArray contentType = "application/json")
    {
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.path = std::move(path);
        request.body = std::move(body);
        request.headers.append({QByteArrayLiteral("Content-Type"), std::move(contentType)});
        return request;
    }
    static HttpRequest postJson(QString path, const QJsonObject& object)
    {
        return post(std::move(path), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    static HttpRequest postJson(QString path, const QJsonDocument& document)
    {
        return post(std::move(path), document.toJson(QJsonDocument::Compact));
    }
};

} // namespace orion
