#pragma once

#include "crypto/SecretBytes.h"

#include <QString>
#include <QUrl>

namespace orion {

// Where the venues are and the keys to use there, resolved by the composition root before the engine starts: the
// configured environment's URLs (or the built-in simulator's loopback ports) and the credentials from the store
// (or the simulator's throw-away demo keys). Move-only, since it holds secrets.
struct VenueAccess
{
    QUrl kalshiRestUrl;
    QUrl kalshiWsUrl;
    QUrl polymarketClobUrl;
    QUrl polymarketGammaUrl;
    QUrl polymarketWsUrl; // the WebSocket host; the client adds /ws/market and /ws/user
    QString kalshiKeyId;
    SecretBytes kalshiPrivateKeyPem;
    SecretBytes polymarketWalletKey; // 32 raw bytes
    QString polymarketDepositWallet; // POLY_1271: the deposit wallet the key signs for; empty: the key's address
    bool simulator = false;          // the built-in simulator: demo keys, no real money anywhere
    // Alerts (not a venue, but resolved the same way): empty when Telegram alerts are off or not configured.
    SecretBytes telegramBotToken;
    QString telegramChatId;
    QUrl telegramApiUrl;

    bool hasKalshiKey() const { return !kalshiKeyId.isEmpty() && !kalshiPrivateKeyPem.isEmpty(); }
    bool hasPolymarketKey() const { return !polymarketWalletKey.isEmpty(); }
};

} // namespace orion
