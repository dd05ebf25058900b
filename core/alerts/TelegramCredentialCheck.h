#pragma once

#include "credentials/VenueCredentialCheck.h"

#include <QUrl>

#include <memory>

namespace orion {

class TelegramClient;

// `orion credentials test` for Telegram: reads telegram.bot_token (and telegram.chat_id, to show it) and calls
// getMe, which proves the token without sending anything: "bot @orion_alerts_bot, chat -100123456".
class TelegramCredentialCheck final : public VenueCredentialCheck
{
public:
    explicit TelegramCredentialCheck(QUrl apiBaseUrl);
    ~TelegramCredentialCheck() override;

    QString venue() const override { return QStringLiteral("telegram"); }
    void run(CredentialStore& store, QObject* context, Callback done) override;

private:
    QUrl m_apiBaseUrl;
    std::unique_ptr<TelegramClient> m_client;
};

} // namespace orion
