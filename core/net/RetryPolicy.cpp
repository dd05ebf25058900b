#include "net/RetryPolicy.h"

namespace orion {

RetryPolicy::RetryPolicy(RetryOptions options, quint32 seed)
    : m_options(options)
    , m_backoff(options.backoff, seed)
{
}

bool RetryPolicy::isIdempotent(const HttpRequest& request)
{
    const QByteArray method = request.method.toUpper();
    if (method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS")
        return true;
    return request.idempotent;
}

bool RetryPolicy::isRetryableFailure(const HttpReply& reply)
{
    switch (reply.error) {
    case NetError::ConnectionRefused:
    case NetError::ConnectionClosed:
    case NetError::HostNotFound:
    case NetError::Timeout:
    case NetError::Other:
        return true;
    case NetError::Tls:
    case NetError::Protocol:
    case NetError::Signing:
    case NetError::RateLimited:
    case NetError::Cancelled:
        return false;
    case NetError::None:
        break;
    }
    if (reply.status == 429 || reply.status == 425)
        return true;
    return reply.status >= 500 && reply.status <= 599 && reply.status != 501 && reply.status != 505;
}

RetryDecision RetryPolicy::decide(const HttpRequest& request, const HttpReply& reply, int attemptsMade,
                                  const QDateTime& now)
{
    if (reply.ok())
        return {false, 0, QStringLiteral("succeeded")};
    if (!request.retry)
        return {false, 0, QStringLiteral("request asked for a single attempt")};
    if (!isRetryableFailure(reply))
        return {false, 0, QStringLiteral("failure is not retryable")};
    if (!isIdempotent(request))
        return {false, 0, QStringLiteral("request is not idempotent")};
    if (attemptsMade >= m_options.maxAttempts)
        return {false, 0, QStringLiteral("attempts exhausted")};

    if (reply.error == NetError::None && (reply.status == 429 || reply.status == 503)) {
        if (const auto retryAfter = reply.retryAfterMs(now)) {
            if (*retryAfter > m_options.maxRetryAfterMs)
                return {false, 0, QStringLiteral("Retry-After is longer than the retry budget")};
            return {true, *retryAfter, QStringLiteral("Retry-After")};
        }
    }
    return {true, m_backoff.delayMs(attemptsMade - 1), QStringLiteral("backoff")};
}

} // namespace orion
