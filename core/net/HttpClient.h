#pragma once

#include "net/HttpReply.h"
#include "net/HttpRequest.h"
#include "net/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace orion {

class RateLimiter;

// Asynchronous REST client for one service (one base URL). Lives on the thread that creates it (the engine
// thread), like the QNetworkAccessManager inside it. Each send() signs every attempt afresh, draws tokens from
// the RateLimiter, applies a per-request timeout and retries as the RetryPolicy says; the callback runs once,
// on this thread, with the final reply. Logs method, path, status and timing, never header values or bodies.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Callback = std::function<void(const HttpReply&)>;
    using RequestId = quint64;

    explicit HttpClient(QUrl baseUrl, QObject* parent = nullptr);
    ~HttpClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setSigner(RequestSigner signer) { m_signer = std::move(signer); }
    void setRetryPolicy(RetryPolicy policy) { m_retry = std::move(policy); }
    // Not owned: the limiter must outlive this client (the venue client owns both). nullptr: no limiting.
    void setRateLimiter(RateLimiter* limiter) { m_limiter = limiter; }
    void setDefaultTimeoutMs(int timeoutMs) { m_defaultTimeoutMs = timeoutMs; }
    void setDefaultHeaders(HttpHeaders headers) { m_defaultHeaders = std::move(headers); }

    RequestId send(HttpRequest request, Callback callback);
    // The callback is skipped if `context` is destroyed before the reply arrives.
    RequestId send(HttpRequest request, const QObject* context, Callback callback);
    // Aborts a request; its callback is not called. False if it already finished.
    bool cancel(RequestId id);

    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    qint64 attemptsSent() const { return m_attemptsSent; }
    qint64 retriesScheduled() const { return m_retries; }

private:
    // Timers are replaced from inside their own timeout signal, so they are deleted later, never in place.
    struct TimerDeleter
    {
        void operator()(QTimer* timer) const;
    };
    struct Pending
    {
        HttpRequest request;
        Callback callback;
        QPointer<const QObject> context;
        bool hasContext = false;
        int attempts = 0;
        bool timedOut = false;
        QElapsedTimer sinceSend;
        QElapsedTimer sinceAttempt;
        QNetworkReply* reply = nullptr;
        std::unique_ptr<QTimer, TimerDeleter> timer; // waits (rate limit, backoff) and the attempt timeout
    };

    void startAttempt(RequestId id);
    void dispatch(RequestId id);
    void onReplyFinished(RequestId id);
    void onTimeout(RequestId id);
    void finish(RequestId id, HttpReply reply);
    void armTimer(Pending& pending, RequestId id, qint64 ms, void (HttpClient::*slot)(RequestId));
    QUrl urlFor(const HttpRequest& request) const;

    QUrl m_baseUrl;
    QNetworkAccessManager* m_nam = nullptr;
    RequestSigner m_signer;
    RetryPolicy m_retry;
    RateLimiter* m_limiter = nullptr;
    int m_defaultTimeoutMs = 10'000;
    HttpHeaders m_defaultHeaders;
    RequestId m_nextId = 1;
    std::map<RequestId, std::unique_ptr<Pending>> m_pending;
    qint64 m_attemptsSent = 0;
    qint64 m_retries = 0;
};

} // namespace orion
