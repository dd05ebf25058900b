#pragma once

#include <QString>

namespace orion {

// Why a request or a connection produced no usable HTTP response. HTTP statuses (404, 503, ...) are not
// transport errors: they arrive in HttpReply::status with NetError::None.
enum class NetError {
    None,
    ConnectionRefused, // nothing listening: the request was never delivered
    ConnectionClosed,  // the peer closed or reset the connection before a complete response
    HostNotFound,
    Timeout,           // the per-request timeout elapsed; the request may or may not have been processed
    Tls,               // handshake or certificate failure; never retried, never bypassed
    Protocol,          // the response was not valid HTTP
    Signing,           // the request signer failed; nothing was sent
    RateLimited,       // the request can never fit its token bucket; nothing was sent
    Cancelled,
    Other,
};

inline QString netErrorName(NetError error)
{
    switch (error) {
    case NetError::None: return QStringLiteral("none");
    case NetError::ConnectionRefused: return QStringLiteral("connection_refused");
    case NetError::ConnectionClosed: return QStringLiteral("connection_closed");
    case NetError::HostNotFound: return QStringLiteral("host_not_found");
    case NetError::Timeout: return QStringLiteral("timeout");
    case NetError::Tls: return QStringLiteral("tls");
    case NetError::Protocol: return QStringLiteral("protocol");
    case NetError::Signing: return QStringLiteral("signing");
    case NetError::RateLimited: return QStringLiteral("rate_limited");
    case NetError::Cancelled: return QStringLiteral("cancelled");
    case NetError::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace orion
