#pragma once

#include "common/Result.h"
#include "net/Backoff.h"
#include "net/HttpHeaders.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace orion {

// How a WsConnection connects and decides that its stream is alive.
struct WsOptions
{
    QUrl url;
    HttpHeaders headers;                               // sent on every handshake
    std::function<Result<HttpHeaders>()> handshakeSigner; // fresh auth headers per connect (Kalshi signs a timestamp)
    QString pingText;              // application ping sent as a text frame (Polymarket: "PING"); empty: none
    QString pongText;              // its answer ("PONG"): proves liveness, is not data, is not emitted
    bool controlPing = false;      // also send WebSocket ping frames
    int pingIntervalMs = 10'000;
    int staleAfterMs = 0;          // no data message for this long: stale, reconnect; 0: no data watchdog
    int silentAfterMs = 0;         // nothing at all (no data, no pong) for this long: dead, reconnect; 0: off
    int connectTimeoutMs = 10'000; // TCP + TLS + upgrade
    BackoffOptions reconnectBackoff{500, 30'000};
    int maxReconnectAttempts = 0;  // consecutive failed attempts before giving up; 0: never give up
    quint32 seed = 0;              // backoff jitter seed; 0: from system entropy
};

} // namespace orion
