#pragma once

#include "alerts/AlertSender.h"
#include "arbitrage/Opportunity.h"
#include "config/Settings.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>
#include <memory>

namespace orion {

class Clock;
class CredentialStore;

// Turns engine events into short plain-text alerts: every alert is logged (lcAlerts), and sent through Telegram
// when alerts.telegram.enabled and a sender with a chat id is set. Lives on the engine's thread, like its owner.
// Opportunities alert once per id, only when events.opportunity is on and both the locked-in profit reaches
// min_profit_usd and the edge per contract reaches min_edge. Sends are limited to max_per_minute over a sliding
// minute across all kinds; the excess is logged and counted, never queued.
// Kinds (as the signals name them): "opportunity", "trade", "error", "circuit_breaker".
class AlertService final : public QObject
{
    Q_OBJECT

public:
    // Opportunity ids remembered for deduplication; the oldest are forgotten beyond this (ids are never reused).
    static constexpr int kRememberedOpportunities = 10'000;

    explicit AlertService(const Clock& clock, QObject* parent = nullptr);
    ~AlertService() override;

    void setSettings(const AlertsSettings& settings);
    const AlertsSettings& settings() const { return m_settings; }
    // The channel alerts go to; nullptr (or an empty chat id) removes it, and alerts are then logged only.
    void setTelegram(std::unique_ptr<AlertSender> sender, const QString& chatId);
    // Reads telegram.bot_token and telegram.chat_id from `store` and sets a TelegramClient on `apiBaseUrl`;
    // a missing entry leaves no sender, and the reason is the warning given when an alert cannot be sent.
    void loadTelegramCredentials(CredentialStore& store, const QUrl& apiBaseUrl);
    bool hasTelegram() const { return m_sender != nullptr; }

    qint64 sentCount() const { return m_sent; }
    qint64 rateLimitedCount() const { return m_rateLimited; }
    qint64 failedCount() const { return m_failed; }

    // The alert texts, exposed for tests and for the dashboard's wording.
    static QString opportunityText(const Opportunity& opportunity, const QString& title);

public slots:
    void opportunity(const orion::Opportunity& opportunity, const QString& title);
    void trade(const QString& text);
    void error(const QString& text);
    void circuitBreaker(const QString& text);

signals:
    // Telegram accepted the alert.
    void alertSent(const QString& kind, const QString& text);
    // The alert passed the filters but was not delivered: rate limit, no credentials, or the send failed.
    void alertDropped(const QString& kind, const QString& reason);

private:
    void raise(const QString& kind, const QString& text);
    bool takeRateSlot();
    void rememberOpportunity(OpportunityId id);

    const Clock& m_clock;
    AlertsSettings m_settings;
    std::unique_ptr<AlertSender> m_sender;
    QString m_chatId;
    QString m_missingCredentials; // why there is no sender, when credentials were looked for
    bool m_warnedNoSender = false;
    std::deque<qint64> m_recentSendsMs;
    QSet<OpportunityId> m_alerted;
    std::deque<OpportunityId> m_alertedOrder;
    qint64 m_sent = 0;
    qint64 m_rateLimited = 0;
    qint64 m_failed = 0;
};

} // namespace orion
