#include "alerts/TelegramCredentialCheck.h"

#include "alerts/TelegramClient.h"
#include "credentials/CredentialStore.h"

namespace orion {

TelegramCredentialCheck::TelegramCredentialCheck(QUrl apiBaseUrl) : m_apiBaseUrl(std::move(apiBaseUrl)) {}

TelegramCredentialCheck::~TelegramCredentialCheck() = default;

void TelegramCredentialCheck::run(CredentialStore& store, QObject* context, Callback done)
{
    store.read(QStringLiteral("telegram.bot_token"), context,
               [this, &store, context, done](Result<SecretBytes> token) {
                   if (!token.ok())
                       return done(token.error());
                   m_client = std::make_unique<TelegramClient>(std::move(token).value(), m_apiBaseUrl);
                   store.read(QStringLiteral("telegram.chat_id"), context, [this, done](Result<SecretBytes> chat) {
                       // The chat id is not secret; without it the token is still worth checking.
                       const QString chatId = chat.ok() ? QString::fromUtf8(chat.value().reveal()).trimmed()
                                                        : QString();
                       m_client->getMe([chatId, done](Result<TelegramBot> bot) {
                           if (!bot.ok())
                               return done(bot.error());
                           QString summary = QStringLiteral("bot @%1").arg(bot.value().username);
                           if (!chatId.isEmpty())
                               summary += QStringLiteral(", chat %1").arg(chatId);
                           done(summary);
                       });
                   });
               });
}

} // namespace orion
