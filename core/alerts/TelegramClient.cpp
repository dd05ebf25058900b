#include "alerts/TelegramClient.h"

#include "common/Logging.h"
#include "common/SecretRedactor.h"
#include "net/HttpClient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace orion {

namespace {

constexpr char kDefaultBaseUrl[] = "https://api.telegram.org";

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

TelegramClient::TelegramClient(SecretBytes botToken, QUrl baseUrl, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(botToken))
    , m_http(new HttpClient(m_baseUrl, this))
{
    // The token travels in the URL path. Requests log a placeholder path instead; the log filter knows the token too,
    // in case anything else ever prints a URL.
    SecretRedactor::global().registerSecret(m_token.reveal());
    // Retries are ours: only a 429 is sent again, so a message whose answer was lost is never duplicated.
    m_http->setRetryPolicy(RetryPolicy::none());
}

TelegramClient::~TelegramClient() = default;

QUrl TelegramClient::defaultBaseUrl()
{
    const QString override = qEnvironmentVariable("ORION_TELEGRAM_API_URL").trimmed();
    if (!override.isEmpty()) {
        const QUrl url(override);
        const bool https = url.scheme() == QLatin1String("https");
        const bool loopbackHttp = url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
        if (url.isValid() && (https || loopbackHttp))
            return url;
        qCWarning(lcAlerts) << "ORION_TELEGRAM_API_URL is neither https nor loopback http; using" << kDefaultBaseUrl;
    }
    return QUrl(QString::fromLatin1(kDefaultBaseUrl));
}

void TelegramClient::setTimeoutMs(int ms)
{
    m_http->setDefaultTimeoutMs(ms);
}

QString TelegramClient::scrub(QString text) const
{
    const QString token = QString::fromUtf8(m_token.reveal());
    if (!token.isEmpty()) {
        text.replace(token, QStringLiteral("[REDACTED]"));
        text.replace(QString::fromUtf8(QUrl::toPercentEncoding(token)), QStringLiteral("[REDACTED]"));
    }
    return SecretRedactor::global().redact(text);
}

Error TelegramClient::toError(const QString& method, const HttpReply& reply) const
{
    if (reply.isTransportError()) {
        return makeError(QStringLiteral("telegram.network"),
                         QStringLiteral("Telegram %1: no answer from %2 (%3: %4)")
                             .arg(method, m_baseUrl.host(), netErrorName(reply.error), scrub(reply.errorMessage)));
    }
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QString description = scrub(body.value(QStringLiteral("description")).toString());
    if (description.isEmpty())
        description = QStringLiteral("HTTP %1").arg(reply.status);
    if (reply.status == 401) {
        return makeError(QStringLiteral("telegram.unauthorized"),
                         QStringLiteral("Telegram %1: %2 (401): the bot token is wrong or revoked; store a new one "
                                        "as telegram.bot_token")
                             .arg(method, description));
    }
    if (reply.status == 429) {
        return makeError(QStringLiteral("telegram.rate_limited"),
                         QStringLiteral("Telegram %1: %2 (429)").arg(method, description));
    }
    if (reply.status >= 500) {
        return makeError(QStringLiteral("telegram.unavailable"),
                         QStringLiteral("Telegram %1: %2 (%3)").arg(method, description).arg(reply.status));
    }
    return makeError(QStringLiteral("telegram.rejected"),
                     QStringLiteral("Telegram %1: %2 (%3)").arg(method, description).arg(reply.status));
}

void TelegramClient::call(const QString& method, const QByteArray& body, bool post, int attempt, ReplyCallback done)
{
    const QString path = QStringLiteral("/bot") + QString::fromUtf8(m_token.reveal()) + QLatin1Char('/') + method;
    HttpRequest request = post ? HttpRequest::post(path, body) : HttpRequest::get(path);
    request.logPath = QStringLiteral("/bot<token>/") + method;
    request.retry = false;
    request.sign = false;
    m_http->send(std::move(request), this, [this, method, body, post, attempt, done](const HttpReply& reply) {
        if (reply.ok()) {
            const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
            if (answer.value(QStringLiteral("ok")).toBool() && answer.contains(QStringLiteral("result")))
                return done(answer.value(QStringLiteral("result")));
            return done(makeError(QStringLiteral("telegram.parse"),
                                  QStringLiteral("Telegram %1: the answer is not {\"ok\":true,\"result\":...}")
                                      .arg(method)));
        }
        if (reply.status == 429 && attempt < kMaxAttempts) {
            const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
            const QJsonValue retryAfter =
                answer.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after"));
            qint64 waitMs = retryAfter.isDouble() ? retryAfter.toInteger() * 1000 : -1;
            if (waitMs < 0)
                waitMs = reply.retryAfterMs(QDateTime::currentDateTimeUtc()).value_or(-1);
            if (waitMs >= 0 && waitMs <= m_maxRetryAfterMs) {
                qCInfo(lcAlerts) << "Telegram" << method << "rate limited: sending again in" << waitMs << "ms";
                QTimer::singleShot(waitMs, this, [this, method, body, post, attempt, done] {
                    call(method, body, post, attempt + 1, done);
                });
                return;
            }
        }
        done(toError(method, reply));
    });
}

void TelegramClient::getMe(std::function<void(Result<TelegramBot>)> done)
{
    call(QStringLiteral("getMe"), QByteArray(), false, 1, [done](Result<QJsonValue> result) {
        if (!result.ok())
            return done(result.error());
        const QJsonObject bot = result.value().toObject();
        TelegramBot parsed{bot.value(QStringLiteral("id")).toInteger(),
                           bot.value(QStringLiteral("username")).toString(),
                           bot.value(QStringLiteral("first_name")).toString()};
        if (parsed.id == 0 || parsed.username.isEmpty()) {
            return done(makeError(QStringLiteral("telegram.parse"),
                                  QStringLiteral("Telegram getMe: the answer names no bot")));
        }
        done(std::move(parsed));
    });
}

void TelegramClient::sendMessage(const QString& chatId, const QString& text, Callback done)
{
    QString body = text;
    if (body.size() > kMaxTextLength)
        body = body.left(kMaxTextLength - 1) + QChar(0x2026);
    bool numeric = false;
    const qint64 numericId = chatId.trimmed().toLongLong(&numeric);
    const QJsonValue chat = numeric ? QJsonValue(numericId) : QJsonValue(chatId.trimmed());
    const QJsonObject payload{{QStringLiteral("chat_id"), chat},
                              {QStringLiteral("text"), body},
                              {QStringLiteral("disable_web_page_preview"), true}};
    call(QStringLiteral("sendMessage"), QJsonDocument(payload).toJson(QJsonDocument::Compact), true, 1,
         [done](Result<QJsonValue> result) {
             if (!result.ok())
                 return done(result.error());
             done(Status());
         });
}

} // namespace orion
