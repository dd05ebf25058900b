#include "VenueAccessLoader.h"

#include "SimulatorHost.h"

#include "alerts/TelegramClient.h"
#include "common/Logging.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "crypto/Hex.h"

#include <memory>

namespace orion {
namespace {

// The configuration names the WebSocket base with its "/ws" (as Polymarket documents it); the client adds
// "/ws/market" itself.
QUrl polymarketWsBase(const QString& configured)
{
    QUrl url(configured);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (path.endsWith(QLatin1String("/ws"))) {
        path.chop(3);
    }
    url.setPath(path);
    return url;
}

// A stored entry, or empty when it is not there (a missing entry is reported by what needs it).
SecretBytes readOptional(CredentialStore& store, const QString& name)
{
    Result<SecretBytes> value = store.readNow(name);
    if (!value.ok()) {
        qCInfo(lcCredentials).noquote() << "credential" << name << "not available:" << value.error().message;
        return {};
    }
    return std::move(value).value();
}

// Telegram alerts are wanted: their bot token and chat id, when stored (AlertService warns once when not).
void loadTelegram(VenueAccess& access)
{
    auto store = openCredentialStore();
    if (!store.ok()) {
        qCWarning(lcCredentials).noquote() << "Telegram alerts: the credential store cannot be opened:"
                                           << store.error().message;
        return;
    }
    access.telegramBotToken = readOptional(*store.value(), QStringLiteral("telegram.bot_token"));
    access.telegramChatId = QString::fromUtf8(readOptional(*store.value(), QStringLiteral("telegram.chat_id")).reveal());
    access.telegramApiUrl = TelegramClient::defaultBaseUrl();
}

} // namespace

Result<std::unique_ptr<CredentialStore>> openCredentialStore()
{
    const QString file = qEnvironmentVariable("ORION_CREDENTIALS_FILE");
    if (file.isEmpty()) {
        const QString service = qEnvironmentVariableIsSet("ORION_KEYCHAIN_SERVICE")
            ? qEnvironmentVariable("ORION_KEYCHAIN_SERVICE")
            : QString::fromLatin1(KeychainCredentialStore::kDefaultService);
        return std::unique_ptr<CredentialStore>(std::make_unique<KeychainCredentialStore>(service));
    }
    QByteArray passwordText = qgetenv("ORION_MASTER_PASSWORD");
    if (passwordText.isEmpty()) {
        return makeError(QStringLiteral("credentials.password"),
                         QStringLiteral("ORION_CREDENTIALS_FILE is set but ORION_MASTER_PASSWORD is not"));
    }
    SecretBytes password = SecretBytes::takeFrom(passwordText);
    auto store = EncryptedFileCredentialStore::open(file, password);
    if (!store.ok()) {
        return store.error();
    }
    return std::unique_ptr<CredentialStore>(std::move(store).value());
}

Result<VenueAccess> resolveVenueAccess(const Settings& settings, SimulatorHost& simulator)
{
    const VenueEndpoints& endpoints = settings.venues.active();
    const bool anyAuto = VenueEndpoints::isAuto(endpoints.kalshiRestUrl) || VenueEndpoints::isAuto(endpoints.kalshiWsUrl)
        || VenueEndpoints::isAuto(endpoints.polymarketClobUrl) || VenueEndpoints::isAuto(endpoints.polymarketGammaUrl)
        || VenueEndpoints::isAuto(endpoints.polymarketWsUrl);
    if (settings.venues.environment == VenueEnvironment::Simulator && anyAuto) {
        auto access = simulator.start();
        if (access.ok() && settings.alerts.telegram.enabled) {
            loadTelegram(access.value());
        }
        return access;
    }

    VenueAccess access;
    access.kalshiRestUrl = QUrl(endpoints.kalshiRestUrl);
    access.kalshiWsUrl = QUrl(endpoints.kalshiWsUrl);
    access.polymarketClobUrl = QUrl(endpoints.polymarketClobUrl);
    access.polymarketGammaUrl = QUrl(endpoints.polymarketGammaUrl);
    access.polymarketWsUrl = polymarketWsBase(endpoints.polymarketWsUrl);
    access.polymarketDepositWallet = endpoints.polymarketDepositWallet;
    access.simulator = settings.venues.environment == VenueEnvironment::Simulator;

    auto store = openCredentialStore();
    if (!store.ok()) {
        return store.error();
    }
    SecretBytes keyId = readOptional(*store.value(), QStringLiteral("kalshi.key_id"));
    access.kalshiKeyId = QString::fromUtf8(keyId.reveal()).trimmed();
    access.kalshiPrivateKeyPem = readOptional(*store.value(), QStringLiteral("kalshi.private_key"));
    SecretBytes wallet = readOptional(*store.value(), QStringLiteral("polymarket.private_key"));
    if (!wallet.isEmpty()) {
        // Stored as wallets export it: 64 hex digits, optionally 0x-prefixed.
        QByteArrayView text = wallet.reveal().trimmed();
        if (text.startsWith("0x") || text.startsWith("0X")) {
            text = text.sliced(2);
        }
        auto raw = Hex::decodeSecret(text, 32);
        if (!raw.ok()) {
            return makeError(QStringLiteral("credentials.invalid"),
                             QStringLiteral("polymarket.private_key is not 64 hex digits"));
        }
        access.polymarketWalletKey = std::move(raw).value();
    }
    if (settings.alerts.telegram.enabled) {
        loadTelegram(access);
    }
    return access;
}

} // namespace orion
