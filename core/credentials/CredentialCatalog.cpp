#include "credentials/CredentialCatalog.h"

#include <QCoreApplication>
#include <QMutex>

#include <map>

namespace orion {

namespace {

QList<CredentialInfo> translatedEntries()
{
    return {
        {QStringLiteral("kalshi.key_id"), QStringLiteral("kalshi"), QStringLiteral("KALSHI_KEY_ID"),
         CredentialKind::KeyId, QCoreApplication::translate("CredentialCatalog", "Kalshi API key id"), true, true},
        {QStringLiteral("kalshi.private_key"), QStringLiteral("kalshi"), QStringLiteral("KALSHI_PRIVATE_KEY"),
         CredentialKind::RsaPrivateKeyPem,
         QCoreApplication::translate("CredentialCatalog", "Kalshi RSA private key (PEM)"), true, true},
        {QStringLiteral("polymarket.private_key"), QStringLiteral("polymarket"),
         QStringLiteral("POLYMARKET_PRIVATE_KEY"), CredentialKind::WalletPrivateKey,
         QCoreApplication::translate("CredentialCatalog", "Polymarket wallet private key"), true, true},
        {QStringLiteral("polymarket.api_key"), QStringLiteral("polymarket"), QStringLiteral("POLYMARKET_API_KEY"),
         CredentialKind::ApiKey, QCoreApplication::translate("CredentialCatalog", "Polymarket API key"), true},
        {QStringLiteral("polymarket.api_secret"), QStringLiteral("polymarket"),
         QStringLiteral("POLYMARKET_API_SECRET"), CredentialKind::Base64Secret,
         QCoreApplication::translate("CredentialCatalog", "Polymarket API secret"), true},
        {QStringLiteral("polymarket.api_passphrase"), QStringLiteral("polymarket"),
         QStringLiteral("POLYMARKET_API_PASSPHRASE"), CredentialKind::Passphrase,
         QCoreApplication::translate("CredentialCatalog", "Polymarket API passphrase"), true},
        {QStringLiteral("telegram.bot_token"), QStringLiteral("telegram"), QStringLiteral("TELEGRAM_BOT_TOKEN"),
         CredentialKind::BotToken, QCoreApplication::translate("CredentialCatalog", "Telegram bot token"), true},
        {QStringLiteral("telegram.chat_id"), QStringLiteral("telegram"), QStringLiteral("TELEGRAM_CHAT_ID"),
         CredentialKind::ChatId, QCoreApplication::translate("CredentialCatalog", "Telegram chat id"), false},
    };
}

} // namespace

const QList<CredentialInfo>& CredentialCatalog::all()
{
    // The labels follow the translator installed now: the store is opened (and the catalogue first read) before
    // the dashboard installs its language. One list per language, never freed, so references stay valid.
    static QMutex mutex;
    static std::map<QString, QList<CredentialInfo>> byLanguage;
    QList<CredentialInfo> entries = translatedEntries();
    QString labels;
    for (const CredentialInfo& info : std::as_const(entries)) {
        labels += info.label + QLatin1Char('\n');
    }
    const QMutexLocker lock(&mutex);
    return byLanguage.try_emplace(labels, std::move(entries)).first->second;
}

const CredentialInfo* CredentialCatalog::find(QStringView name)
{
    for (const CredentialInfo& info : all()) {
        if (info.name == name) {
            return &info;
        }
    }
    return nullptr;
}

const CredentialInfo* CredentialCatalog::findByEnvVariable(QStringView variable)
{
    for (const CredentialInfo& info : all()) {
        if (info.envVariable == variable) {
            return &info;
        }
    }
    return nullptr;
}

QStringList CredentialCatalog::names()
{
    QStringList result;
    for (const CredentialInfo& info : all()) {
        result << info.name;
    }
    return result;
}

QStringList CredentialCatalog::namesForVenue(QStringView venue)
{
    QStringList result;
    for (const CredentialInfo& info : all()) {
        if (info.venue == venue) {
            result << info.name;
        }
    }
    return result;
}

QStringList CredentialCatalog::missingToTrade(const QStringList& venues, const QStringList& present)
{
    QStringList missing;
    for (const CredentialInfo& info : all()) {
        if (info.requiredToTrade && venues.contains(info.venue) && !present.contains(info.name)) {
            missing << info.name;
        }
    }
    return missing;
}

} // namespace orion
