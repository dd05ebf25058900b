#include "venues/sim/SimKalshiAuth.h"

#include <QStringList>

namespace orion {

Status SimKalshiAuth::registerKey(const QString& keyId, const QByteArray& publicKeyPem)
{
    if (keyId.trimmed().isEmpty())
        return makeError(QStringLiteral("sim.auth"), QStringLiteral("empty key id"));
    auto verifier = RsaPssVerifier::fromPem(publicKeyPem);
    if (!verifier.ok())
        return makeError(QStringLiteral("sim.auth"), QStringLiteral("public key for %1 is not an RSA public key PEM").arg(keyId));
    m_keys.insert_or_assign(keyId, std::move(verifier.value()));
    return {};
}

QStringList SimKalshiAuth::keyIds() const
{
    QStringList ids;
    for (const auto& entry : m_keys)
        ids.append(entry.first);
    return ids;
}

Result<QString> SimKalshiAuth::authenticate(const QByteArray& keyHeader, const QByteArray& timestampHeader,
                                            const QByteArray& signatureHeader, const QByteArray& method,
                                            const QString& path, qint64 nowMs) const
{
    auto fail = [](const QString& message) { return makeError(QStringLiteral("sim.auth"), message); };
    if (keyHeader.isEmpty() || timestampHeader.isEmpty() || signatureHeader.isEmpty())
        return fail(QStringLiteral("missing KALSHI-ACCESS-KEY, -TIMESTAMP or -SIGNATURE header"));
    const QString keyId = QString::fromUtf8(keyHeader);
    const auto found = m_keys.find(keyId);
    if (found == m_keys.end())
        return fail(QStringLiteral("unknown API key"));
    bool numeric = false;
    const qint64 timestamp = timestampHeader.toLongLong(&numeric);
    if (!numeric)
        return fail(QStringLiteral("timestamp is not a number of milliseconds"));
    if (timestamp < nowMs - m_maxSkewMs || timestamp > nowMs + m_maxSkewMs)
        return fail(QStringLiteral("stale timestamp"));
    const QByteArray message = timestampHeader + method.toUpper() + path.toUtf8();
    if (!found->second.verifyBase64(message, signatureHeader).ok())
        return fail(QStringLiteral("signature does not verify"));
    return keyId;
}

} // namespace orion
