#pragma once

#include "credentials/VenueCredentialCheck.h"

#include <QUrl>

#include <memory>

namespace orion {

class Clock;
class KalshiRestClient;
class SecretBytes;

// `orion credentials test` for Kalshi: reads kalshi.key_id and kalshi.private_key from the store and makes one
// signed, read-only call (GET /portfolio/balance). A 401 comes back as the venue's own error naming the key id.
class KalshiCredentialCheck final : public VenueCredentialCheck
{
public:
    KalshiCredentialCheck(QUrl restBaseUrl, const Clock& clock);
    ~KalshiCredentialCheck() override;

    QString venue() const override { return QStringLiteral("kalshi"); }
    void run(CredentialStore& store, QObject* context, Callback done) override;

private:
    void query(const QString& keyId, const SecretBytes& privateKeyPem, Callback done);

    QUrl m_restBaseUrl;
    const Clock& m_clock;
    std::unique_ptr<KalshiRestClient> m_client;
};

} // namespace orion
