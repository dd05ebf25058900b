#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace orion {

// What a stored value must look like; `orion credentials set` and the dialog validate against it.
enum class CredentialKind
{
    KeyId,            // Kalshi API key id (a UUID)
    RsaPrivateKeyPem, // Kalshi RSA private key, PEM
    WalletPrivateKey, // Polymarket wallet key, 64 hex digits (optional 0x)
    ApiKey,           // Polymarket L2 API key (a UUID)
    Base64Secret,     // Polymarket L2 API secret (base64/base64url)
    Passphrase,       // Polymarket L2 passphrase
    BotToken,         // Telegram bot token "123456:ABC..."
    ChatId,           // Telegram chat id (a number, not secret but kept with the token)
};

struct CredentialInfo
{
    QString name;        // "kalshi.private_key"
    QString venue;       // "kalshi", "polymarket", "telegram"
    QString envVariable; // what `import-env` reads: KALSHI_PRIVATE_KEY
    CredentialKind kind = CredentialKind::KeyId;
    QString label;       // for people: "Kalshi RSA private key (PEM)"
    bool secret = true;  // false: may be shown (the chat id)
    bool requiredToTrade = false; // live trading on `venue` refuses to start without it
};

// The named entries Orion knows. Only these can be stored: a typo in a name is an error, not a new entry.
class CredentialCatalog final
{
public:
    CredentialCatalog() = delete;

    static const QList<CredentialInfo>& all();
    static const CredentialInfo* find(QStringView name);
    static const CredentialInfo* findByEnvVariable(QStringView variable);
    static QStringList names();
    // The entries one venue needs to trade (or, for telegram, to send alerts).
    static QStringList namesForVenue(QStringView venue);
    // Entries live trading on `venues` needs that are not in `present`, e.g. to refuse a switch to live mode
    // and name what is missing. The Polymarket API key, secret and passphrase are not required: they are
    // derived from the wallet key.
    static QStringList missingToTrade(const QStringList& venues, const QStringList& present);
};

} // namespace orion
