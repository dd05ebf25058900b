#include "venues/kalshi/KalshiCredentialCheck.h"

#include "credentials/CredentialStore.h"
#include "venues/kalshi/KalshiRequestSigner.h"
#include "venues/kalshi/KalshiRestClient.h"

namespace orion {

KalshiCredentialCheck::KalshiCredentialCheck(QUrl restBaseUrl, const Clock& clock)
    : m_restBaseUrl(std::move(restBaseUrl))
    , m_clock(clock)
{
}

KalshiCredentialCheck::~KalshiCredentialCheck() = default;

void KalshiCredentialCheck::run(CredentialStore& store, QObject* context, Callback done)
{
    if (!m_restBaseUrl.isValid() || m_restBaseUrl.scheme().isEmpty()) {
        done(makeError(QStringLiteral("credentials.check"),
                       QStringLiteral("no Kalshi REST URL for this environment (the simulator's is chosen at start)")));
        return;
    }
    store.read(QStringLiteral("kalshi.key_id"), context,
               [this, &store, context, done](Result<SecretBytes> keyId) {
                   if (!keyId.ok()) {
                       done(keyId.error());
                       return;
                   }
                   const QString id = QString::fromUtf8(keyId.value().reveal()).trimmed();
                   store.read(QStringLiteral("kalshi.private_key"), context,
                              [this, id, done](Result<SecretBytes> pem) {
                                  if (!pem.ok()) {
                                      done(pem.error());
                                      return;
                                  }
                                  query(id, pem.value(), done);
                              });
               });
}

void KalshiCredentialCheck::query(const QString& keyId, const SecretBytes& privateKeyPem, Callback done)
{
    auto signer = KalshiRequestSigner::fromPem(keyId, privateKeyPem, m_clock);
    if (!signer.ok()) {
        done(signer.error());
        return;
    }
    m_client = std::make_unique<KalshiRestClient>(m_restBaseUrl, std::move(signer).value(), m_clock);
    m_client->getBalance([keyId, done](Result<KalshiBalance> balance) {
        if (!balance.ok()) {
            done(balance.error());
            return;
        }
        done(QStringLiteral("key %1: balance $%2, portfolio $%3")
                 .arg(keyId, balance.value().balance.toDollarString(2),
                      balance.value().portfolioValue.toDollarString(2)));
    });
}

} // namespace orion
