#pragma once

#include "alerts/AlertSender.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace orion {

class HttpClient;
struct HttpReply;
struct HttpRequest;

// Who the bot token belongs to (getMe).
struct TelegramBot
{
    qint64 id = 0;
    QString username;  // without the "@"
    QString firstName;
};

// The Telegram Bot API: POST {base}/bot<token>/<method> with a JSON body. The token is part of every URL, so it is
// registered with SecretRedactor::global() (every log line Orion writes is filtered) and cut out of every error
// this client returns. A 429 is waited out as parameters.retry_after says (up to maxRetryAfterMs, at most
// kMaxAttempts sends); nothing else is retried, so a message is never sent twice. Error codes:
// telegram.unauthorized (401: the token is wrong or revoked), telegram.rate_limited (429 beyond the wait),
// telegram.rejected (other 4xx, Telegram's description quoted: "Bad Request: chat not found"),
// telegram.unavailable (5xx), telegram.network (no answer), telegram.parse (an answer we could not read).
class TelegramClient final : public QObject, public AlertSender
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 3;
    // Telegram's own limit on a message's length; longer texts are cut (with "…") before sending.
    static constexpr int kMaxTextLength = 4096;

    explicit TelegramClient(SecretBytes botToken, QUrl baseUrl = defaultBaseUrl(), QObject* parent = nullptr);
    ~TelegramClient() override;

    // https://api.telegram.org, or $ORION_TELEGRAM_API_URL when that is an https URL or a loopback http one (the
    // simulator's fake Bot API in tests).
    static QUrl defaultBaseUrl();

    QUrl baseUrl() const { return m_baseUrl; }
    void setMaxRetryAfterMs(qint64 ms) { m_maxRetryAfterMs = ms; }
    void setTimeoutMs(int ms);

    void getMe(std::function<void(Result<TelegramBot>)> done);
    // {chat_id, text, disable_web_page_preview: true}; chat_id goes as a number when it is one.
    void sendMessage(const QString& chatId, const QString& text, Callback done) override;

private:
    using ReplyCallback = std::function<void(Result<QJsonValue>)>;

    void call(const QString& method, const QByteArray& body, bool post, int attempt, ReplyCallback done);
    Error toError(const QString& method, const HttpReply& reply) const;
    QString scrub(QString text) const;

    QUrl m_baseUrl;
    SecretBytes m_token;
    HttpClient* m_http;
    qint64 m_maxRetryAfterMs = 30'000;
};

} // namespace orion
