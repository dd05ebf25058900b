#include "venues/polymarket/PolymarketCredentialCheck.h"

#include "credentials/CredentialStore.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketClobClient.h"

namespace orion {

namespace {

bool isMissing(const Error& error)
{
    return error.code == QLatin1String("credentials.missing");
}

} // namespace

PolymarketCredentialCheck::PolymarketCredentialCheck(QUrl clobBaseUrl) : m_clobBaseUrl(std::move(clobBaseUrl)) {}

PolymarketCredentialCheck::~PolymarketCredentialCheck() = default;

void PolymarketCredentialCheck::run(CredentialStore& store, QObject* context, Callback done)
{
    if (!m_clobBaseUrl.isValid() || m_clobBaseUrl.scheme().isEmpty()) {
        done(makeError(QStringLiteral("credentials.check"),
                       QStringLiteral("no Polymarket CLOB URL for this environment (the simulator's is chosen at "
                                      "start)")));
        return;
    }
    store.read(QStringLiteral("polymarket.private_key"), context,
               [this, &store, context, done](Result<SecretBytes> key) {
                   if (!key.ok())
                       return done(key.error());
                   auto wallet = Secp256k1Signer::fromHex(key.value().reveal());
                   if (!wallet.ok())
                       return done(wallet.error());
                   m_client.reset(); // it refers to the previous wallet
                   m_wallet = std::make_unique<Secp256k1Signer>(std::move(wallet).value());
                   m_client = std::make_unique<PolymarketClobClient>(m_clobBaseUrl, *m_wallet);
                   readApiCredentials(store, context, done);
               });
}

void PolymarketCredentialCheck::readApiCredentials(CredentialStore& store, QObject* context, Callback done)
{
    const auto derive = [this, done] {
        m_client->createOrDeriveApiKey(0, [this, done](Result<bool> derived) {
            if (!derived.ok())
                return done(derived.error());
            queryBalance(QStringLiteral("API key derived from the wallet key"), done);
        });
    };
    store.read(QStringLiteral("polymarket.api_key"), context,
               [this, &store, context, done, derive](Result<SecretBytes> apiKey) {
        if (!apiKey.ok())
            return isMissing(apiKey.error()) ? derive() : done(apiKey.error());
        const QString key = QString::fromUtf8(apiKey.value().reveal()).trimmed();
        store.read(QStringLiteral("polymarket.api_secret"), context,
                   [this, &store, context, done, derive, key](Result<SecretBytes> secret) {
            if (!secret.ok())
                return isMissing(secret.error()) ? derive() : done(secret.error());
            auto sharedSecret = std::make_shared<SecretBytes>(std::move(secret).value());
            store.read(QStringLiteral("polymarket.api_passphrase"), context,
                       [this, done, derive, key, sharedSecret](Result<SecretBytes> passphrase) {
                if (!passphrase.ok())
                    return isMissing(passphrase.error()) ? derive() : done(passphrase.error());
                m_client->setCredentials(
                    PolymarketApiCredentials{key, std::move(*sharedSecret), std::move(passphrase).value()});
                queryBalance(QStringLiteral("API key from the store"), done);
            });
        });
    });
}

void PolymarketCredentialCheck::queryBalance(const QString& keySource, Callback done)
{
    // L2 signatures carry a timestamp: read the server's clock first, so a skewed local clock is no false alarm.
    m_client->syncTime([this, keySource, done](Result<qint64> time) {
        if (!time.ok())
            return done(time.error());
        m_client->getBalance([this, keySource, done](Result<Cash> balance) {
            if (!balance.ok())
                return done(balance.error());
            done(QStringLiteral("wallet %1: balance $%2 (%3)")
                     .arg(m_client->address().toChecksumHex(), balance.value().toDollarString(2), keySource));
        });
    });
}

} // namespace orion
