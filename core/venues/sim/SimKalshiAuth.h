#pragma once

#include "common/Result.h"
#include "crypto/RsaPssVerifier.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace orion {

// Kalshi's request authentication as the simulator enforces it: KALSHI-ACCESS-KEY names a registered key,
// KALSHI-ACCESS-TIMESTAMP is Unix milliseconds within the allowed skew, and KALSHI-ACCESS-SIGNATURE is base64
// RSA-PSS (SHA-256, MGF1-SHA-256, salt 32) over timestamp + METHOD + path (no query). Errors use code
// "sim.auth" with a message saying which check failed (the real API answers 401 for all of them). The signature
// check is core's RsaPssVerifier (verification only: the client signs with RsaPssSigner, so a signing bug is
// still caught here).
class SimKalshiAuth final
{
public:
    SimKalshiAuth() = default;

    // keyId -> public key PEM ("BEGIN PUBLIC KEY" or "BEGIN RSA PUBLIC KEY").
    [[nodiscard]] Status registerKey(const QString& keyId, const QByteArray& publicKeyPem);
    bool hasKey(const QString& keyId) const { return m_keys.count(keyId) > 0; }
    QStringList keyIds() const;
    void setMaxSkewMs(qint64 ms) { m_maxSkewMs = ms; }

    // The authenticated key id, or why not.
    [[nodiscard]] Result<QString> authenticate(const QByteArray& keyHeader, const QByteArray& timestampHeader,
                                               const QByteArray& signatureHeader, const QByteArray& method,
                                               const QString& path, qint64 nowMs) const;

private:
    std::map<QString, RsaPssVerifier> m_keys;
    qint64 m_maxSkewMs = 30'000;
};

} // namespace orion
