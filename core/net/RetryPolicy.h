#pragma once

#include "net/Backoff.h"
#include "net/HttpReply.h"
#include "net/HttpRequest.h"

#include <QDateTime>
#include <QString>

namespace orion {

struct RetryOptions
{
    int maxAttempts = 3;                       // requests sent in total, the first one included
    BackoffOptions backoff{200, 5'000};
    qint64 maxRetryAfterMs = 30'000;           // a longer Retry-After is surfaced to the caller, not slept on
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;
    QString reason;                            // why (not): for logs and tests
};

// Decides whether a failed request is sent again and after how long. Retried: connection errors and
// timeouts, 429 (Retry-After honoured when present; Kalshi sends none), 425 (engine restarting) and 5xx
// except 501/505. Never retried: TLS, protocol, signing and other 4xx failures, and any POST/PATCH the caller
// has not marked idempotent, because a lost response may hide an order that was placed.
class RetryPolicy final
{
public:
    explicit RetryPolicy(RetryOptions options = {}, quint32 seed = 0);
    static RetryPolicy none() { return RetryPolicy(RetryOptions{1, {}, 0}); }

    // attemptsMade counts the requests already sent, the failed one included (1 after the first failure).
    [[nodiscard]] RetryDecision decide(const HttpRequest& request, const HttpReply& reply, int attemptsMade,
                                       const QDateTime& now);

    [[nodiscard]] static bool isRetryableFailure(const HttpReply& reply);
    [[nodiscard]] static bool isIdempotent(const HttpRequest& request);
    const RetryOptions& options() const { return m_options; }

private:
    RetryOptions m_options;
    Backoff m_backoff;
};

} // namespace orion
