#pragma once

#include "credentials/VenueCredentialCheck.h"

#include <QUrl>

#include <memory>

namespace orion {

class PolymarketClobClient;
class Secp256k1Signer;

// `orion credentials test` for Polymarket: reads polymarket.private_key, takes the L2 API key from
// polymarket.api_key/api_secret/api_passphrase when all three are stored, or else derives it from the wallet key
// the way the engine does when it connects (nonce 0), then reads GET /balance-allowance?asset_type=COLLATERAL:
// "wallet 0xf39F…: balance $1,000.00 (API key from the store)". The venue's refusal comes back as its own words.
class PolymarketCredentialCheck final : public VenueCredentialCheck
{
public:
    explicit PolymarketCredentialCheck(QUrl clobBaseUrl);
    ~PolymarketCredentialCheck() override;

    QString venue() const override { return QStringLiteral("polymarket"); }
    void run(CredentialStore& store, QObject* context, Callback done) override;

private:
    void readApiCredentials(CredentialStore& store, QObject* context, Callback done);
    void queryBalance(const QString& keySource, Callback done);

    QUrl m_clobBaseUrl;
    std::unique_ptr<Secp256k1Signer> m_wallet;
    std::unique_ptr<PolymarketClobClient> m_client;
};

} // namespace orion
