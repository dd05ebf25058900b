#include "alerts/AlertService.h"

#include "alerts/TelegramClient.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "credentials/CredentialStore.h"

namespace orion {

namespace {

constexpr qint64 kWindowMs = 60'000;

QString outcomeName(Outcome outcome)
{
    return outcome == Outcome::Yes ? QStringLiteral("YES") : QStringLiteral("NO");
}

QString legText(const QString& venue, const OpportunityLeg& leg)
{
    return QStringLiteral("%1 %2 at $%3").arg(venue, outcomeName(leg.outcome), leg.averagePrice.toDollarString(2));
}

// One log line per alert, however many lines the message has.
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral(" | "));
}

} // namespace

AlertService::AlertService(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

AlertService::~AlertService() = default;

void AlertService::setSettings(const AlertsSettings& settings)
{
    if (settings.telegram.enabled && !m_settings.telegram.enabled)
        m_warnedNoSender = false; // switched on again: say once more if it cannot work
    m_settings = settings;
}

void AlertService::setTelegram(std::unique_ptr<AlertSender> sender, const QString& chatId)
{
    m_chatId = chatId.trimmed();
    m_sender = m_chatId.isEmpty() ? nullptr : std::move(sender);
    if (m_sender) {
        m_missingCredentials.clear();
        m_warnedNoSender = false;
    } else if (m_missingCredentials.isEmpty()) {
        m_missingCredentials = QStringLiteral("no Telegram bot token and chat id are set");
    }
}

void AlertService::loadTelegramCredentials(CredentialStore& store, const QUrl& apiBaseUrl)
{
    store.read(QStringLiteral("telegram.bot_token"), this, [this, &store, apiBaseUrl](Result<SecretBytes> token) {
        if (!token.ok()) {
            m_missingCredentials = QStringLiteral("telegram.bot_token is not in the credential store (%1)")
                                       .arg(token.error().message);
            setTelegram(nullptr, QString());
            return;
        }
        auto shared = std::make_shared<SecretBytes>(std::move(token).value());
        store.read(QStringLiteral("telegram.chat_id"), this, [this, shared, apiBaseUrl](Result<SecretBytes> chat) {
            if (!chat.ok()) {
                m_missingCredentials = QStringLiteral("telegram.chat_id is not in the credential store (%1)")
                                           .arg(chat.error().message);
                setTelegram(nullptr, QString());
                return;
            }
            auto client = std::make_unique<TelegramClient>(std::move(*shared), apiBaseUrl);
            setTelegram(std::move(client), QString::fromUtf8(chat.value().reveal()));
            qCInfo(lcAlerts) << "Telegram alerts go to chat" << m_chatId << "through" << apiBaseUrl.host();
        });
    });
}

QString AlertService::opportunityText(const Opportunity& opportunity, const QString& title)
{
    return QStringLiteral("Opportunity: %1\nBuy %2: %3 + %4\nProfit $%5 ($%6 per contract), cost $%7")
        .arg(title, opportunity.size.toString(0), legText(QStringLiteral("Kalshi"), opportunity.kalshi),
             legText(QStringLiteral("Polymarket"), opportunity.polymarket),
             opportunity.lockedInProfit.toDollarString(2), opportunity.edgePerContract.toDollarString(2),
             opportunity.totalCost.toDollarString(2));
}

void AlertService::opportunity(const Opportunity& opportunity, const QString& title)
{
    if (!m_settings.events.opportunity || m_alerted.contains(opportunity.id))
        return;
    if (opportunity.lockedInProfit < m_settings.minProfitUsd
        || opportunity.edgePerContract < Cash::fromPrice(m_settings.minEdge)) {
        return; // may still grow past the thresholds: not remembered
    }
    rememberOpportunity(opportunity.id);
    raise(QStringLiteral("opportunity"), opportunityText(opportunity, title));
}

void AlertService::trade(const QString& text)
{
    if (m_settings.events.trade)
        raise(QStringLiteral("trade"), QStringLiteral("Trade: ") + text);
}

void AlertService::error(const QString& text)
{
    if (m_settings.events.error)
        raise(QStringLiteral("error"), QStringLiteral("Error: ") + text);
}

void AlertService::circuitBreaker(const QString& text)
{
    if (m_settings.events.circuitBreaker)
        raise(QStringLiteral("circuit_breaker"), QStringLiteral("Circuit breaker: ") + text);
}

void AlertService::rememberOpportunity(OpportunityId id)
{
    m_alerted.insert(id);
    m_alertedOrder.push_back(id);
    while (m_alertedOrder.size() > static_cast<std::size_t>(kRememberedOpportunities)) {
        m_alerted.remove(m_alertedOrder.front());
        m_alertedOrder.pop_front();
    }
}

bool AlertService::takeRateSlot()
{
    const qint64 now = m_clock.nowMs();
    while (!m_recentSendsMs.empty() && m_recentSendsMs.front() <= now - kWindowMs)
        m_recentSendsMs.pop_front();
    if (m_settings.maxPerMinute <= 0 || m_recentSendsMs.size() >= static_cast<std::size_t>(m_settings.maxPerMinute))
        return false;
    m_recentSendsMs.push_back(now);
    return true;
}

void AlertService::raise(const QString& kind, const QString& text)
{
    qCInfo(lcAlerts).noquote() << "alert" << kind << "-" << oneLine(text);
    if (!m_settings.telegram.enabled)
        return;
    if (!m_sender) {
        const QString reason = m_missingCredentials.isEmpty()
            ? QStringLiteral("no Telegram bot token and chat id are set")
            : m_missingCredentials;
        if (!m_warnedNoSender) {
            qCWarning(lcAlerts).noquote() << "Telegram alerts are enabled, but" << reason
                                          << "- alerts go to the log only; store them with `orion credentials set`";
            m_warnedNoSender = true;
        }
        emit alertDropped(kind, reason);
        return;
    }
    if (!takeRateSlot()) {
        ++m_rateLimited;
        const QString reason = QStringLiteral("rate limit of %1 alerts per minute").arg(m_settings.maxPerMinute);
        qCInfo(lcAlerts).noquote() << "alert" << kind << "not sent to Telegram:" << reason << "(" << m_rateLimited
                                   << "so far)";
        emit alertDropped(kind, reason);
        return;
    }
    m_sender->sendMessage(m_chatId, text, [this, kind, text](Status sent) {
        if (sent.ok()) {
            ++m_sent;
            emit alertSent(kind, text);
            return;
        }
        ++m_failed;
        qCWarning(lcAlerts).noquote() << "alert" << kind << "not delivered:" << sent.error().message;
        emit alertDropped(kind, sent.error().message);
    });
}

} // namespace orion
