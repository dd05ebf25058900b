// ctest-labels: conformance
// ctest-timeout: 600
#include "OrionTestConfig.h"
#include "TestData.h"
#include "crypto/EthAddress.h"
#include "crypto/Hex.h"
#include "crypto/Secp256k1Recoverer.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketL1Auth.h"
#include "venues/polymarket/PolymarketL2Auth.h"
#include "venues/polymarket/PolymarketOrderBuilder.h"
#include "venues/polymarket/PolymarketOrderSigner.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace orion;

namespace {

constexpr char kHardhatKey[] = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

Price priceOf(const QJsonValue& value)
{
    return Price::parseDollars(QString::number(value.toDouble(), 'f', 4)).value();
}

Quantity quantityOf(const QJsonValue& value)
{
    return Quantity::parse(QString::number(value.toDouble(), 'f', 2)).value();
}

} // namespace

// The official @polymarket/clob-client-v2 (installed with npm at test time into <build>/conformance) against our
// order builder, signer, auth headers and simulator: identical amounts and signatures for random orders, identical
// L1/L2 headers, and the unchanged official client creates an API key, posts and cancels an order on the
// simulator, which rejects a tampered signature, a wrong secret, an off-tick price and an order beyond the balance.
class TestPolymarketConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void officialBuilder_randomOrders_matchOurAmountsAndSignatures();
    void officialBuilder_randomPoly1271Orders_matchOurDepositWalletSignatures();
    void officialHeaders_l1AndL2_matchOurs();
    void officialClient_againstSimulator_tradesAndIsRejectedLikeTheVenue();

private:
    QByteArray runNode(const QStringList& arguments, int timeoutMs);
    // Runs `mode` (sign | sign1271) for 300 random orders and compares every amount and signature with ours.
    void compareRandomOrders(const QString& mode, PolymarketSignatureType type);

    QString m_node;
    QString m_dir;
};

void TestPolymarketConformance::initTestCase()
{
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (npm.isEmpty() || m_node.isEmpty())
        QSKIP("npm/node not available");
    m_dir = QStringLiteral(ORION_BINARY_DIR) + QStringLiteral("/conformance");
    QVERIFY(QDir().mkpath(m_dir));
    if (!QFile::exists(m_dir + QStringLiteral("/node_modules/@polymarket/clob-client-v2/package.json"))) {
        QProcess install;
        install.setWorkingDirectory(m_dir);
        install.start(npm, {QStringLiteral("install"), QStringLiteral("--prefix"), m_dir,
                            QStringLiteral("@polymarket/clob-client-v2"), QStringLiteral("--no-audit"),
                            QStringLiteral("--no-fund")});
        QVERIFY2(install.waitForFinished(300'000), "npm install timed out");
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    }
    // ESM resolves packages next to the script, so the script runs from the install directory.
    const QString script = m_dir + QStringLiteral("/conformance.mjs");
    QFile::remove(script);
    QVERIFY(QFile::copy(test::dataPath(QStringLiteral("polymarket/conformance.mjs")), script));
}

QByteArray TestPolymarketConformance::runNode(const QStringList& arguments, int timeoutMs)
{
    QProcess node;
    node.setWorkingDirectory(m_dir);
    node.start(m_node, QStringList{m_dir + QStringLiteral("/conformance.mjs")} + arguments);
    // The simulator lives on this thread: keep its event loop running while node talks to it.
    QElapsedTimer timer;
    timer.start();
    while (node.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        node.waitForFinished(5);
    }
    if (node.state() != QProcess::NotRunning) {
        node.kill();
        node.waitForFinished();
        qWarning() << "node timed out:" << node.readAllStandardError();
        return {};
    }
    if (node.exitCode() != 0)
        qWarning() << "node failed:" << node.readAllStandardError();
    return node.readAllStandardOutput();
}

void TestPolymarketConformance::officialBuilder_randomOrders_matchOurAmountsAndSignatures()
{
    compareRandomOrders(QStringLiteral("sign"), PolymarketSignatureType::Eoa);
}

// The deposit wallet (conformance.mjs DEPOSIT_WALLET) owned by the Hardhat key: ERC-7739 wrappers byte for byte.
void TestPolymarketConformance::officialBuilder_randomPoly1271Orders_matchOurDepositWalletSignatures()
{
    compareRandomOrders(QStringLiteral("sign1271"), PolymarketSignatureType::Poly1271);
}

void TestPolymarketConformance::compareRandomOrders(const QString& mode, PolymarketSignatureType type)
{
    // Arrange
    const QByteArray output = runNode({mode, QStringLiteral("300"), QStringLiteral("20261125")}, 120'000);
    const QJsonArray cases = QJsonDocument::fromJson(output).array();
    QCOMPARE(cases.size(), 300);
    const Secp256k1Signer key = Secp256k1Signer::fromHex(kHardhatKey).value();
    const PolymarketOrderSigner signer(key);
    const EthAddress wallet = type == PolymarketSignatureType::Poly1271
                                  ? EthAddress::fromHex(u"0x2222222222222222222222222222222222222222").value()
                                  : key.address();

    for (const QJsonValue& item : cases) {
        const QJsonObject input = item.toObject().value(QStringLiteral("input")).toObject();
        const QJsonObject official = item.toObject().value(QStringLiteral("signed")).toObject();
        const QByteArray context = QJsonDocument(input).toJson(QJsonDocument::Compact);
        const Price tick = Price::parseDollars(input.value(QStringLiteral("tick")).toString()).value();
        const Price price = priceOf(input.value(QStringLiteral("price")));
        const bool buy = input.value(QStringLiteral("side")).toString() == QStringLiteral("BUY");
        const bool negRisk = input.value(QStringLiteral("negRisk")).toBool();

        // Act: our amounts from the same inputs
        Result<PolymarketAmounts> amounts = makeError(QString(), QString());
        if (input.value(QStringLiteral("kind")).toString() == QStringLiteral("limit")) {
            amounts = PolymarketOrderBuilder::limitAmounts(buy ? PolymarketSide::Buy : PolymarketSide::Sell, price,
                                                           quantityOf(input.value(QStringLiteral("size"))), tick);
        } else if (buy) {
            const Quantity cents = quantityOf(input.value(QStringLiteral("amount"))); // dollars with 2 decimals
            amounts = PolymarketOrderBuilder::marketBuyAmounts(price, Cash::fromMicros(cents.hundredths() * 10'000), tick);
        } else {
            amounts = PolymarketOrderBuilder::marketSellAmounts(price, quantityOf(input.value(QStringLiteral("amount"))), tick);
        }
        QVERIFY2(amounts.ok(), context.constData());
        // ... and our signature over the official order's salt and timestamp
        PolymarketOrderV2 order;
        order.salt = official.value(QStringLiteral("salt")).toString().toULongLong();
        order.maker = wallet;
        order.signer = wallet;
        order.signatureType = type;
        order.tokenId = official.value(QStringLiteral("tokenId")).toString();
        order.makerAmount = amounts->makerAmount;
        order.takerAmount = amounts->takerAmount;
        order.side = buy ? PolymarketSide::Buy : PolymarketSide::Sell;
        order.timestamp = official.value(QStringLiteral("timestamp")).toString().toULongLong();
        const auto ours = signer.sign(order, PolymarketOrderBuilder::exchangeDomain(negRisk, 2, 137));

        // Assert
        QVERIFY2(ours.ok(), context.constData());
        QVERIFY2(QString::number(amounts->makerAmount) == official.value(QStringLiteral("makerAmount")).toString(),
                 context.constData());
        QVERIFY2(QString::number(amounts->takerAmount) == official.value(QStringLiteral("takerAmount")).toString(),
                 context.constData());
        QVERIFY2(ours->signature == official.value(QStringLiteral("signature")).toString(), context.constData());
    }
}

void TestPolymarketConformance::officialHeaders_l1AndL2_matchOurs()
{
    // Arrange
    const QJsonObject official = QJsonDocument::fromJson(runNode({QStringLiteral("headers")}, 60'000)).object();
    QVERIFY(!official.isEmpty());
    const QJsonObject creds = official.value(QStringLiteral("creds")).toObject();
    const Secp256k1Signer key = Secp256k1Signer::fromHex(kHardhatKey).value();
    const PolymarketL2Auth l2(key.address(),
                              PolymarketApiCredentials{creds.value(QStringLiteral("key")).toString(),
                                                       SecretBytes(creds.value(QStringLiteral("secret")).toString().toUtf8()),
                                                       SecretBytes(creds.value(QStringLiteral("passphrase")).toString().toUtf8())});
    const QByteArray body = official.value(QStringLiteral("body")).toString().toUtf8();

    // Act
    const auto ourL1 = PolymarketL1Auth::headers(key, 137, 1761177600, 7);
    const auto ourL2 = l2.headers(1761177601, "DELETE", "/order", body);
    const auto ourL2Get = l2.headers(1761177602, "GET", "/data/orders", {});

    // Assert: every header the official client sends, byte for byte
    QVERIFY(ourL1.ok() && ourL2.ok() && ourL2Get.ok());
    const auto same = [](const HttpHeaders& ours, const QJsonObject& theirs) {
        for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it) {
            if (headerValue(ours, it.key().toUtf8()) != it.value().toString().toUtf8())
                return false;
        }
        return theirs.size() == ours.size();
    };
    QVERIFY(same(*ourL1, official.value(QStringLiteral("l1")).toObject()));
    QVERIFY(same(*ourL2, official.value(QStringLiteral("l2")).toObject()));
    QVERIFY(same(*ourL2Get, official.value(QStringLiteral("l2get")).toObject()));
}

void TestPolymarketConformance::officialClient_againstSimulator_tradesAndIsRejectedLikeTheVenue()
{
    // Arrange
    SimPolymarketExchange exchange;
    SimPolymarketMarket market;
    market.conditionId = QStringLiteral("0x") + QString(64, u'c');
    market.question = QStringLiteral("Conformance?");
    market.yesTokenId = QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");
    market.noTokenId = QStringLiteral("52114319501245915516055106046884209969926127482827954674443846427813813222426");
    exchange.addMarket(market);
    exchange.setStartingCollateral(100'000'000);
    SimClobServer server(&exchange);
    QVERIFY(server.listen());
    const QString wallet = Secp256k1Signer::fromHex(kHardhatKey).value().address().toLowerHex();

    // Act
    const QByteArray output =
        runNode({QStringLiteral("client"), server.baseUrl().toString(), market.yesTokenId, QStringLiteral("false")},
                180'000);
    const QJsonObject result = QJsonDocument::fromJson(output).object();
    const QByteArray context = output.left(4000);

    // Assert: key created, order accepted (its id is the EIP-712 hash we recompute), listed and cancelled
    QVERIFY2(!result.value(QStringLiteral("apiKey")).toString().isEmpty(), context.constData());
    const QJsonObject post = result.value(QStringLiteral("post")).toObject();
    QVERIFY2(post.value(QStringLiteral("success")).toBool(), context.constData());
    const QString orderId = post.value(QStringLiteral("orderID")).toString();
    QVERIFY2(exchange.order(orderId) != nullptr, context.constData());
    QCOMPARE(exchange.order(orderId)->address, wallet);
    QCOMPARE(exchange.order(orderId)->priceMicros, qint64(450'000));
    QCOMPARE(exchange.order(orderId)->status, QStringLiteral("CANCELED"));
    QVERIFY2(result.value(QStringLiteral("open")).toString().contains(orderId)
                 || QJsonDocument(result.value(QStringLiteral("open")).toArray()).toJson().contains(orderId.toUtf8())
                 || QJsonDocument(result.value(QStringLiteral("open")).toObject()).toJson().contains(orderId.toUtf8()),
             context.constData());
    QVERIFY2(QJsonDocument(result.value(QStringLiteral("cancel")).toObject()).toJson().contains(orderId.toUtf8()),
             context.constData());
    // ... and the venue's rejections
    const auto text = [&result](const char* name) {
        return QString::fromUtf8(QJsonDocument(result.value(QString::fromLatin1(name)).toObject()).toJson());
    };
    QVERIFY2(text("tampered").contains(QStringLiteral("invalid signature")), qPrintable(text("tampered")));
    QVERIFY2(text("broke").contains(QStringLiteral("not enough balance")), qPrintable(text("broke")));
    QVERIFY2(text("offTick").contains(QStringLiteral("minimum tick size")), qPrintable(text("offTick")));
    QVERIFY2(text("wrongSecret").contains(QStringLiteral("401")) || text("wrongSecret").contains(QStringLiteral("Unauthorized")),
             qPrintable(text("wrongSecret")));
    QCOMPARE(server.ordersAccepted(), 1);
    QVERIFY(!Secp256k1Recoverer::recoverAddress(QByteArray(32, '\1'), QByteArray(65, '\0')).ok());
}

QTEST_GUILESS_MAIN(TestPolymarketConformance)
#include "TestPolymarketConformance.moc"
