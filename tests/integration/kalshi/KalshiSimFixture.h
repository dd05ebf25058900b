#pragma once

#include "TestData.h"
#include "crypto/SecretBytes.h"
#include "venues/kalshi/KalshiRequestSigner.h"
#include "venues/kalshi/KalshiRestClient.h"
#include "venues/sim/SimKalshiServer.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <optional>

namespace orion::test {

// The Kalshi simulator on loopback with TEST-ONLY key A registered as "key-a", plus helpers to build clients and
// to wait for asynchronous answers.
class KalshiSimFixture final
{
public:
    static inline const QString kKeyA = QStringLiteral("key-a");

    explicit KalshiSimFixture(SimScenario scenario = SimScenario::demo()) : m_server(std::move(scenario))
    {
        m_ok = m_server.listen().ok()
            && m_server.registerKey(kKeyA, readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem"))).ok();
    }

    bool ok() const { return m_ok; }
    SimKalshiServer& server() { return m_server; }
    SimKalshiExchange& exchange() { return m_server.exchange(); }

    static std::optional<KalshiRequestSigner> signer(const QString& keyId, const QString& privateKeyFile,
                                                     const Clock& clock)
    {
        const QByteArray pem = readData(privateKeyFile);
        auto made = KalshiRequestSigner::fromPem(keyId, SecretBytes(pem), clock);
        if (!made.ok())
            return std::nullopt;
        return std::move(made).value();
    }

    std::unique_ptr<KalshiRestClient> client(const Clock& clock, const QString& keyId = kKeyA,
                                             const QString& privateKeyFile = QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))
    {
        auto rest = std::make_unique<KalshiRestClient>(m_server.restBaseUrl(), signer(keyId, privateKeyFile, clock), clock);
        rest->setRetryPolicy(RetryPolicy(RetryOptions{3, BackoffOptions{10, 50}, 1'000}, 7));
        rest->setTimeoutMs(3'000);
        return rest;
    }

    // A V2 order: bid = buy YES at the YES price, ask = sell YES (buy NO at 1 - price).
    static KalshiOrderRequest orderRequest(const QString& ticker, bool bid, std::int64_t priceMicros,
                                           std::int64_t contracts, const QString& timeInForce,
                                           const QString& clientOrderId)
    {
        KalshiOrderRequest request;
        request.ticker = ticker;
        request.bid = bid;
        request.yesPrice = Price::fromMicros(priceMicros);
        request.count = Quantity::fromContracts(contracts);
        request.timeInForce = timeInForce;
        request.clientOrderId = clientOrderId;
        return request;
    }

    // Starts an asynchronous call and spins the event loop until its callback ran (or 10 s passed).
    template <typename T, typename Start>
    static Result<T> wait(Start start, int timeoutMs = 10'000)
    {
        std::optional<Result<T>> out;
        start([&out](Result<T> result) { out.emplace(std::move(result)); });
        QElapsedTimer timer;
        timer.start();
        while (!out && timer.elapsed() < timeoutMs)
            QTest::qWait(2);
        if (!out)
            return makeError(QStringLiteral("test.timeout"), QStringLiteral("no answer within the test's time limit"));
        return std::move(*out);
    }

private:
    SimKalshiServer m_server;
    bool m_ok = false;
};

} // namespace orion::test
