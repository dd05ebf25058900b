#pragma once

#include "venues/sim/SimHttpServer.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace orion {

// The Telegram Bot API on loopback, as far as Orion uses it: getMe and sendMessage under /bot<token>/.
// Answers like the real API: {"ok":true,"result":...}, or {"ok":false,"error_code":N,"description":"..."} with the
// same HTTP status. A wrong token gets 401 "Unauthorized"; rateLimitNext() makes the next sends answer 429 with
// parameters.retry_after, and a send that comes back before that time is up is refused again. Records every
// accepted message for the tests (alerts, engine) to read.
class SimTelegramServer final : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString chatId;           // as sent: a number or "@channel" name, as text
        QString text;
        bool disableWebPagePreview = false;
        QJsonObject body;         // the whole JSON body as received
    };

    explicit SimTelegramServer(QString botToken, QString botUsername = QStringLiteral("orion_test_bot"),
                               QObject* parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_http->baseUrl(); }
    SimHttpServer& server() { return *m_http; }

    // Only this chat exists (others: 400 "Bad Request: chat not found"); empty (the default) accepts any chat.
    void setChatId(QString chatId) { m_chatId = std::move(chatId); }
    // The next `count` sendMessage calls answer 429 "Too Many Requests: retry after N" with retry_after N.
    void rateLimitNext(int count, int retryAfterSeconds);

    const QList<Message>& messages() const { return m_messages; }
    int rateLimitedCount() const { return m_rateLimited; }       // 429s answered
    int unauthorizedCount() const { return m_unauthorized; }     // 401s answered
    int sendAttempts() const { return m_sendAttempts; }          // sendMessage requests with the right token

signals:
    void messageReceived(const orion::SimTelegramServer::Message& message);

private:
    static SimHttpResponse failure(int status, const QString& description, QJsonObject parameters = {});
    SimHttpResponse getMe(const SimHttpRequest& request);
    SimHttpResponse sendMessage(const SimHttpRequest& request);
    bool tokenMatches(const SimHttpRequest& request) const;

    SimHttpServer* m_http;
    QString m_token;
    QString m_username;
    QString m_chatId;
    int m_limitNext = 0;
    int m_retryAfterSeconds = 1;
    qint64 m_limitedUntilMs = 0;   // a send before this is refused with the time still left
    QList<Message> m_messages;
    int m_rateLimited = 0;
    int m_unauthorized = 0;
    int m_sendAttempts = 0;
    qint64 m_nextMessageId = 1;
};

} // namespace orion
