// What reaches the Telegram channel: thresholds, one alert per opportunity, the per-minute limit, and nothing at
// all (but one clear warning) when Telegram is off or has no credentials.
#include "ManualClock.h"
#include "TestSettings.h"

#include "alerts/AlertService.h"

#include <QSignalSpy>
#include <QTest>

using namespace orion;

namespace {

struct SentMessage
{
    QString chatId;
    QString text;
};

// Records what would go to Telegram; answers at once, or with the failure it was given.
class RecordingSender final : public AlertSender
{
public:
    explicit RecordingSender(QList<SentMessage>* log, std::optional<Error> failure = std::nullopt)
        : m_log(log), m_failure(std::move(failure))
    {
    }
    void sendMessage(const QString& chatId, const QString& text, Callback done) override
    {
        m_log->append({chatId, text});
        if (m_failure)
            done(*m_failure);
        else
            done(Status());
    }

private:
    QList<SentMessage>* m_log;
    std::optional<Error> m_failure;
};

AlertsSettings enabledSettings()
{
    AlertsSettings settings = test::defaultSettings().alerts;
    settings.telegram.enabled = true;
    settings.minProfitUsd = Cash::parseDollars(u"5").value();
    settings.minEdge = Price::parseDollars(u"0.03").value();
    settings.maxPerMinute = 3;
    settings.events = AlertEventSettings{true, true, true, true};
    return settings;
}

// 120 contracts, Kalshi YES at 0.45 + Polymarket NO at 0.515: $6.00 locked in, $0.05 per contract.
Opportunity opportunity(OpportunityId id, const char* profit = "6", const char* edge = "0.05")
{
    Opportunity o;
    o.id = id;
    o.pairId = QStringLiteral("pair-1");
    o.size = Quantity::parse(u"120").value();
    o.kalshi.outcome = Outcome::Yes;
    o.kalshi.averagePrice = Price::parseDollars(u"0.45").value();
    o.polymarket.outcome = Outcome::No;
    o.polymarket.averagePrice = Price::parseDollars(u"0.515").value();
    o.payout = Cash::parseDollars(u"120").value();
    o.lockedInProfit = Cash::parseDollars(QString::fromLatin1(profit)).value();
    o.edgePerContract = Cash::parseDollars(QString::fromLatin1(edge)).value();
    o.totalCost = o.payout - o.lockedInProfit;
    return o;
}

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && QByteArrayView(context.category) == "orion.alerts")
        g_warnings << message;
}

} // namespace

class TestAlertService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opportunity_thresholds_decideWhetherItIsSent_data();
    void opportunity_thresholds_decideWhetherItIsSent();
    void opportunity_sameIdUpdatedTwice_isSentOnce();
    void opportunity_belowThresholdThenAbove_isSentWhenItQualifies();
    void opportunity_text_showsExactMoneyAndBothLegs();
    void events_switchedOff_sendNothingOfThatKind();
    void rateLimit_burstBeyondMaxPerMinute_dropsAndCountsTheExcess();
    void rateLimit_slidingMinute_freesSlotsAsTheyAge();
    void telegramDisabled_alertsAreNotSent();
    void noCredentials_nothingSentAndOneClearWarning();
    void sendFailure_isReportedAsDropped();

private:
    std::unique_ptr<AlertService> serviceWith(AlertsSettings settings, std::optional<Error> failure = std::nullopt);

    test::ManualClock m_clock;
    QList<SentMessage> m_sent;
};

void TestAlertService::init()
{
    m_sent.clear();
    g_warnings.clear();
}

std::unique_ptr<AlertService> TestAlertService::serviceWith(AlertsSettings settings, std::optional<Error> failure)
{
    auto service = std::make_unique<AlertService>(m_clock);
    service->setSettings(settings);
    service->setTelegram(std::make_unique<RecordingSender>(&m_sent, std::move(failure)), QStringLiteral("-100123"));
    return service;
}

void TestAlertService::opportunity_thresholds_decideWhetherItIsSent_data()
{
    QTest::addColumn<QString>("profit");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<bool>("eventOn");
    QTest::addColumn<bool>("sent");
    QTest::newRow("both above") << "6" << "0.05" << true << true;
    QTest::newRow("exactly at both thresholds") << "5" << "0.03" << true << true;
    QTest::newRow("profit a micro-dollar short") << "4.999999" << "0.05" << true << false;
    QTest::newRow("edge a micro-dollar short") << "6" << "0.029999" << true << false;
    QTest::newRow("both short") << "1" << "0.01" << true << false;
    QTest::newRow("opportunity events off") << "6" << "0.05" << false << false;
}

void TestAlertService::opportunity_thresholds_decideWhetherItIsSent()
{
    QFETCH(QString, profit);
    QFETCH(QString, edge);
    QFETCH(bool, eventOn);
    QFETCH(bool, sent);
    AlertsSettings settings = enabledSettings();
    settings.events.opportunity = eventOn;
    auto service = serviceWith(settings);

    service->opportunity(opportunity(1, profit.toLatin1().constData(), edge.toLatin1().constData()),
                         QStringLiteral("Fed cuts in December"));

    QCOMPARE(m_sent.size(), sent ? 1 : 0);
}

void TestAlertService::opportunity_sameIdUpdatedTwice_isSentOnce()
{
    auto service = serviceWith(enabledSettings());
    QSignalSpy sentSpy(service.get(), &AlertService::alertSent);

    service->opportunity(opportunity(7), QStringLiteral("A"));
    service->opportunity(opportunity(7, "8", "0.07"), QStringLiteral("A"));
    service->opportunity(opportunity(8), QStringLiteral("B"));

    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(sentSpy.size(), 2);
    QCOMPARE(sentSpy.at(0).at(0).toString(), QStringLiteral("opportunity"));
    QVERIFY(m_sent.at(1).text.contains(QStringLiteral("B")));
}

void TestAlertService::opportunity_belowThresholdThenAbove_isSentWhenItQualifies()
{
    auto service = serviceWith(enabledSettings());

    service->opportunity(opportunity(3, "1", "0.01"), QStringLiteral("A"));
    service->opportunity(opportunity(3, "6", "0.05"), QStringLiteral("A"));

    QCOMPARE(m_sent.size(), 1);
}

void TestAlertService::opportunity_text_showsExactMoneyAndBothLegs()
{
    auto service = serviceWith(enabledSettings());

    service->opportunity(opportunity(1, "6.000001", "0.050001"), QStringLiteral("Fed cuts in December"));

    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.at(0).chatId, QStringLiteral("-100123"));
    QCOMPARE(m_sent.at(0).text, QStringLiteral("Opportunity: Fed cuts in December\n"
                                               "Buy 120: Kalshi YES at $0.45 + Polymarket NO at $0.515\n"
                                               "Profit $6.000001 ($0.050001 per contract), cost $113.999999"));
}

void TestAlertService::events_switchedOff_sendNothingOfThatKind()
{
    AlertsSettings settings = enabledSettings();
    settings.events.trade = false;
    settings.events.circuitBreaker = false;
    auto service = serviceWith(settings);

    service->trade(QStringLiteral("bought 10 YES"));
    service->circuitBreaker(QStringLiteral("daily loss limit reached"));
    service->error(QStringLiteral("Kalshi unreachable"));

    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.at(0).text, QStringLiteral("Error: Kalshi unreachable"));
}

void TestAlertService::rateLimit_burstBeyondMaxPerMinute_dropsAndCountsTheExcess()
{
    auto service = serviceWith(enabledSettings()); // 3 per minute
    QSignalSpy dropped(service.get(), &AlertService::alertDropped);

    for (int i = 0; i < 5; ++i)
        service->error(QStringLiteral("failure %1").arg(i));

    QCOMPARE(m_sent.size(), 3);
    QCOMPARE(service->rateLimitedCount(), 2);
    QCOMPARE(dropped.size(), 2);
    QVERIFY(dropped.at(0).at(1).toString().contains(QStringLiteral("3 alerts per minute")));
    QCOMPARE(m_sent.last().text, QStringLiteral("Error: failure 2"));
}

void TestAlertService::rateLimit_slidingMinute_freesSlotsAsTheyAge()
{
    auto service = serviceWith(enabledSettings()); // 3 per minute
    service->trade(QStringLiteral("t0"));          // at 0 s
    m_clock.advanceMs(30'000);
    service->trade(QStringLiteral("t30"));
    service->trade(QStringLiteral("t30b"));
    m_clock.advanceMs(29'999);                     // 59.999 s: the first is still inside the minute

    service->trade(QStringLiteral("refused"));
    m_clock.advanceMs(1);                          // 60 s: the first has aged out
    service->trade(QStringLiteral("accepted"));
    service->trade(QStringLiteral("refused again"));

    QCOMPARE(m_sent.size(), 4);
    QCOMPARE(m_sent.last().text, QStringLiteral("Trade: accepted"));
    QCOMPARE(service->rateLimitedCount(), 2);
}

void TestAlertService::telegramDisabled_alertsAreNotSent()
{
    AlertsSettings settings = enabledSettings();
    settings.telegram.enabled = false;
    auto service = serviceWith(settings);
    QSignalSpy sentSpy(service.get(), &AlertService::alertSent);

    service->opportunity(opportunity(1), QStringLiteral("A"));
    service->error(QStringLiteral("boom"));

    QVERIFY(m_sent.isEmpty());
    QVERIFY(sentSpy.isEmpty());
}

void TestAlertService::noCredentials_nothingSentAndOneClearWarning()
{
    AlertService service(m_clock);
    service.setSettings(enabledSettings());
    QSignalSpy dropped(&service, &AlertService::alertDropped);
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);

    service.error(QStringLiteral("one"));
    service.trade(QStringLiteral("two"));
    service.circuitBreaker(QStringLiteral("three"));
    qInstallMessageHandler(previous);

    QVERIFY(m_sent.isEmpty());
    QCOMPARE(dropped.size(), 3);
    QCOMPARE(g_warnings.size(), 1);
    QVERIFY2(g_warnings.first().contains(QStringLiteral("Telegram alerts are enabled"))
                 && g_warnings.first().contains(QStringLiteral("orion credentials")),
             qPrintable(g_warnings.first()));
}

void TestAlertService::sendFailure_isReportedAsDropped()
{
    auto service = serviceWith(enabledSettings(), makeError(QStringLiteral("telegram.rejected"),
                                                            QStringLiteral("Telegram sendMessage: Bad Request: chat "
                                                                           "not found (400)")));
    QSignalSpy dropped(service.get(), &AlertService::alertDropped);
    QSignalSpy sentSpy(service.get(), &AlertService::alertSent);

    service->trade(QStringLiteral("bought"));

    QVERIFY(sentSpy.isEmpty());
    QCOMPARE(dropped.size(), 1);
    QVERIFY(dropped.at(0).at(1).toString().contains(QStringLiteral("chat not found")));
    QCOMPARE(service->failedCount(), 1);
}

QTEST_GUILESS_MAIN(TestAlertService)
#include "TestAlertService.moc"
