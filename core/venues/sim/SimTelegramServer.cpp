#include "venues/sim/SimTelegramServer.h"

#include <QDateTime>
#include <QJsonDocument>

namespace orion {

namespace {

// Telegram's bot id is the part of the token before the colon.
qint64 botIdOf(const QString& token)
{
    return token.section(QLatin1Char(':'), 0, 0).toLongLong();
}

} // namespace

SimTelegramServer::SimTelegramServer(QString botToken, QString botUsername, QObject* parent)
    : QObject(parent)
    , m_http(new SimHttpServer(this))
    , m_token(std::move(botToken))
    , m_username(std::move(botUsername))
{
    m_http->route("GET", QStringLiteral("/{bot}/getMe"), [this](const SimHttpRequest& r) { return getMe(r); });
    m_http->route("POST", QStringLiteral("/{bot}/getMe"), [this](const SimHttpRequest& r) { return getMe(r); });
    m_http->route("POST", QStringLiteral("/{bot}/sendMessage"),
                  [this](const SimHttpRequest& r) { return sendMessage(r); });
    m_http->setNotFoundHandler([](const SimHttpRequest&) { return failure(404, QStringLiteral("Not Found")); });
}

bool SimTelegramServer::listen(const QHostAddress& address, quint16 port)
{
    return m_http->listen(address, port);
}

void SimTelegramServer::rateLimitNext(int count, int retryAfterSeconds)
{
    m_limitNext = count;
    m_retryAfterSeconds = retryAfterSeconds;
}

SimHttpResponse SimTelegramServer::failure(int status, const QString& description, QJsonObject parameters)
{
    QJsonObject body{{QStringLiteral("ok"), false},
                     {QStringLiteral("error_code"), status},
                     {QStringLiteral("description"), description}};
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    return SimHttpResponse::json(status, body);
}

bool SimTelegramServer::tokenMatches(const SimHttpRequest& request) const
{
    return request.param(QStringLiteral("bot")) == QStringLiteral("bot") + m_token;
}

SimHttpResponse SimTelegramServer::getMe(const SimHttpRequest& request)
{
    if (!tokenMatches(request)) {
        ++m_unauthorized;
        return failure(401, QStringLiteral("Unauthorized"));
    }
    const QJsonObject bot{{QStringLiteral("id"), botIdOf(m_token)},
                          {QStringLiteral("is_bot"), true},
                          {QStringLiteral("first_name"), QStringLiteral("Orion")},
                          {QStringLiteral("username"), m_username},
                          {QStringLiteral("can_join_groups"), true},
                          {QStringLiteral("can_read_all_group_messages"), false},
                          {QStringLiteral("supports_inline_queries"), false}};
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), bot}});
}

SimHttpResponse SimTelegramServer::sendMessage(const SimHttpRequest& request)
{
    if (!tokenMatches(request)) {
        ++m_unauthorized;
        return failure(401, QStringLiteral("Unauthorized"));
    }
    ++m_sendAttempts;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto tooMany = [this](qint64 seconds) {
        ++m_rateLimited;
        return failure(429, QStringLiteral("Too Many Requests: retry after %1").arg(seconds),
                       QJsonObject{{QStringLiteral("retry_after"), seconds}});
    };
    if (now < m_limitedUntilMs)
        return tooMany((m_limitedUntilMs - now + 999) / 1000);
    if (m_limitNext > 0) {
        --m_limitNext;
        m_limitedUntilMs = now + qint64{m_retryAfterSeconds} * 1000;
        return tooMany(m_retryAfterSeconds);
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return failure(400, QStringLiteral("Bad Request: invalid JSON body"));
    const QJsonObject body = document.object();
    const QJsonValue chat = body.value(QStringLiteral("chat_id"));
    const QString chatId = chat.isDouble() ? QString::number(chat.toInteger()) : chat.toString();
    if (chatId.isEmpty())
        return failure(400, QStringLiteral("Bad Request: chat_id is empty"));
    if (!m_chatId.isEmpty() && chatId != m_chatId)
        return failure(400, QStringLiteral("Bad Request: chat not found"));
    const QString text = body.value(QStringLiteral("text")).toString();
    if (text.trimmed().isEmpty())
        return failure(400, QStringLiteral("Bad Request: message text is empty"));
    if (text.size() > 4096)
        return failure(400, QStringLiteral("Bad Request: message is too long"));

    const Message message{chatId, text, body.value(QStringLiteral("disable_web_page_preview")).toBool(), body};
    m_messages.append(message);
    emit messageReceived(message);
    const QJsonObject result{
        {QStringLiteral("message_id"), m_nextMessageId++},
        {QStringLiteral("date"), now / 1000},
        {QStringLiteral("chat"),
         QJsonObject{{QStringLiteral("id"), chat}, {QStringLiteral("type"), QStringLiteral("private")}}},
        {QStringLiteral("text"), text}};
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}});
}

} // namespace orion
