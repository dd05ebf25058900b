// ctest-labels: sim
// The Bot API client against the loopback fake: what goes on the wire, 429 waits, refusals as clear errors, and a
// bot token that never reaches a log line or an error.
#include "alerts/TelegramClient.h"
#include "common/SecretRedactor.h"
#include "venues/sim/SimTelegramServer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace orion;

namespace {

const QString kToken = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
const QString kChat = QStringLiteral("-100123456");

struct LogLine
{
    QString category;
    QString text;
};
QMutex g_logMutex;
QList<LogLine> g_log;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log.append({QString::fromUtf8(context.category ? context.category : "default"), message});
}

template <typename T, typename Call>
std::optional<T> await(Call call, int timeoutMs = 10'000)
{
    std::optional<T> answer;
    call([&answer](T result) { answer.emplace(std::move(result)); });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answer;
}

} // namespace

class TestTelegramClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sendMessage_toAChat_postsChatIdTextAndNoPreview();
    void sendMessage_rateLimitedOnce_waitsRetryAfterThenDeliversOnce();
    void sendMessage_retryAfterTooLong_isAClearErrorWithoutResending();
    void sendMessage_unknownChat_quotesTelegramsWords();
    void getMe_rightToken_namesTheBot();
    void getMe_wrongToken_isUnauthorizedWithoutTheToken();
    void sendMessage_nothingListening_isANetworkErrorWithoutTheToken();
    void logs_atDebugLevel_neverShowTheToken();

private:
    std::unique_ptr<TelegramClient> client(const QString& token, const QUrl& base = {});

    std::unique_ptr<SimTelegramServer> m_server;
};

void TestTelegramClient::init()
{
    m_server = std::make_unique<SimTelegramServer>(kToken);
    QVERIFY(m_server->listen());
}

void TestTelegramClient::cleanup()
{
    m_server.reset();
}

std::unique_ptr<TelegramClient> TestTelegramClient::client(const QString& token, const QUrl& base)
{
    return std::make_unique<TelegramClient>(SecretBytes(token.toUtf8()), base.isEmpty() ? m_server->baseUrl() : base);
}

void TestTelegramClient::sendMessage_toAChat_postsChatIdTextAndNoPreview()
{
    auto telegram = client(kToken);
    std::optional<SimHttpRequest> wire;
    connect(&m_server->server(), &SimHttpServer::requestReceived, this,
            [&wire](const SimHttpRequest& request) { wire = request; });

    const auto sent = await<Status>(
        [&](auto done) { telegram->sendMessage(kChat, QStringLiteral("Trade: bought 10 YES at $0.45"), done); });

    QVERIFY(sent.has_value());
    QVERIFY2(sent->ok(), qPrintable(sent->ok() ? QString() : sent->error().toString()));
    QVERIFY(wire.has_value());
    QCOMPARE(wire->method, QByteArray("POST"));
    QCOMPARE(wire->path, QStringLiteral("/bot") + kToken + QStringLiteral("/sendMessage"));
    QVERIFY(wire->header("Content-Type").startsWith("application/json"));
    QCOMPARE(m_server->messages().size(), 1);
    const SimTelegramServer::Message& message = m_server->messages().first();
    QCOMPARE(message.body.value(QStringLiteral("chat_id")).toInteger(), Q_INT64_C(-100123456)); // a number
    QCOMPARE(message.text, QStringLiteral("Trade: bought 10 YES at $0.45"));
    QCOMPARE(message.body.value(QStringLiteral("disable_web_page_preview")), QJsonValue(true));
}

void TestTelegramClient::sendMessage_rateLimitedOnce_waitsRetryAfterThenDeliversOnce()
{
    auto telegram = client(kToken);
    m_server->rateLimitNext(1, 1);
    QElapsedTimer timer;
    timer.start();

    const auto sent = await<Status>([&](auto done) { telegram->sendMessage(kChat, QStringLiteral("hello"), done); });

    QVERIFY(sent.has_value() && sent->ok());
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->rateLimitedCount(), 1); // no early resend was refused
    QCOMPARE(m_server->messages().size(), 1);
}

void TestTelegramClient::sendMessage_retryAfterTooLong_isAClearErrorWithoutResending()
{
    auto telegram = client(kToken);
    telegram->setMaxRetryAfterMs(5'000);
    m_server->rateLimitNext(1, 120);

    const auto sent = await<Status>([&](auto done) { telegram->sendMessage(kChat, QStringLiteral("hello"), done); });

    QVERIFY(sent.has_value());
    QVERIFY(!sent->ok());
    QCOMPARE(sent->error().code, QStringLiteral("telegram.rate_limited"));
    QVERIFY2(sent->error().message.contains(QStringLiteral("retry after 120")), qPrintable(sent->error().message));
    QCOMPARE(m_server->sendAttempts(), 1);
    QVERIFY(m_server->messages().isEmpty());
}

void TestTelegramClient::sendMessage_unknownChat_quotesTelegramsWords()
{
    auto telegram = client(kToken);
    m_server->setChatId(kChat);

    const auto sent =
        await<Status>([&](auto done) { telegram->sendMessage(QStringLiteral("-999"), QStringLiteral("x"), done); });

    QVERIFY(sent.has_value() && !sent->ok());
    QCOMPARE(sent->error().code, QStringLiteral("telegram.rejected"));
    QCOMPARE(sent->error().message, QStringLiteral("Telegram sendMessage: Bad Request: chat not found (400)"));
}

void TestTelegramClient::getMe_rightToken_namesTheBot()
{
    auto telegram = client(kToken);

    const auto bot = await<Result<TelegramBot>>([&](auto done) { telegram->getMe(done); });

    QVERIFY(bot.has_value() && bot->ok());
    QCOMPARE(bot->value().username, QStringLiteral("orion_test_bot"));
    QCOMPARE(bot->value().id, Q_INT64_C(123456789));
}

void TestTelegramClient::getMe_wrongToken_isUnauthorizedWithoutTheToken()
{
    const QString wrong = QStringLiteral("123456789:ZZZdqTcvCH1vGWJxfSeofSAs0K5PALDzzz");
    auto telegram = client(wrong);

    const auto bot = await<Result<TelegramBot>>([&](auto done) { telegram->getMe(done); });

    QVERIFY(bot.has_value() && !bot->ok());
    QCOMPARE(bot->error().code, QStringLiteral("telegram.unauthorized"));
    QVERIFY2(bot->error().message.contains(QStringLiteral("Unauthorized (401)"))
                 && bot->error().message.contains(QStringLiteral("telegram.bot_token")),
             qPrintable(bot->error().message));
    QVERIFY(!bot->error().toString().contains(wrong.mid(10)));
    QCOMPARE(m_server->unauthorizedCount(), 1);
}

void TestTelegramClient::sendMessage_nothingListening_isANetworkErrorWithoutTheToken()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    auto telegram = client(kToken, closed);

    const auto sent = await<Status>([&](auto done) { telegram->sendMessage(kChat, QStringLiteral("x"), done); });

    QVERIFY(sent.has_value() && !sent->ok());
    QCOMPARE(sent->error().code, QStringLiteral("telegram.network"));
    QVERIFY2(sent->error().message.contains(QStringLiteral("no answer from 127.0.0.1")),
             qPrintable(sent->error().message));
    QVERIFY(!sent->error().toString().contains(kToken.mid(10)));
}

void TestTelegramClient::logs_atDebugLevel_neverShowTheToken()
{
    QLoggingCategory::setFilterRules(QStringLiteral("orion.*.debug=true"));
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    auto telegram = client(kToken);
    auto wrong = client(QStringLiteral("123456789:ZZZdqTcvCH1vGWJxfSeofSAs0K5PALDzzz"));
    m_server->rateLimitNext(1, 1);

    const auto sent = await<Status>([&](auto done) { telegram->sendMessage(kChat, QStringLiteral("hi"), done); });
    const auto me = await<Result<TelegramBot>>([&](auto done) { wrong->getMe(done); });
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(sent.has_value() && sent->ok());
    QVERIFY(me.has_value() && !me->ok());
    const QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty()); // the client and HttpClient did log the calls
    bool sawRateLimitLine = false;
    for (const LogLine& line : std::as_const(g_log)) {
        // Orion's message handler writes every line through SecretRedactor::global(); nothing else reaches a sink.
        const QString written = SecretRedactor::global().redact(line.text);
        QVERIFY2(!written.contains(kToken.mid(10)), qPrintable(line.category + QStringLiteral(": ") + written));
        QVERIFY2(!written.contains(QStringLiteral("ZZZdqTcvCH1vGWJxfSeofSAs0K5PALDzzz")), qPrintable(written));
        // The alerts code itself never formats the token, even before the filter.
        if (line.category == QLatin1String("orion.alerts")) {
            QVERIFY2(!line.text.contains(kToken.mid(10)), qPrintable(line.text));
            sawRateLimitLine = sawRateLimitLine || line.text.contains(QStringLiteral("rate limited"));
        }
    }
    QVERIFY(sawRateLimitLine);
}

QTEST_GUILESS_MAIN(TestTelegramClient)
#include "TestTelegramClient.moc"
