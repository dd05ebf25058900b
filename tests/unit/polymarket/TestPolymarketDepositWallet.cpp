// ctest-labels: sim
#include "crypto/Eip712.h"
#include "crypto/Erc7739Signature.h"
#include "crypto/Hex.h"
#include "crypto/Secp256k1Recoverer.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketOrderBuilder.h"
#include "venues/polymarket/PolymarketOrderSigner.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <optional>

using namespace orion;

namespace {

constexpr char kHardhatKey[] = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr char kOtherKey[] = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"; // Hardhat #1
const QString kDepositWallet = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString kYes = QStringLiteral("33945469250963963541781051637999677727672635213493648594066577298999471399137");

// Official POLY_1271 vector [PYV2:tests/order_utils/test_exchange_order_builder_v2.py]: deposit wallet 0x1111..1111,
// Amoy, CTF Exchange V2, owner key Hardhat #0.
constexpr char kOfficialPoly1271Signature[] =
    "0xa3a093c83b6c20c83355c16ce94c92e6e9fcbdeb840618cc74f6c57a42ad145b"
    "2b98db73d2c73cbf1f2b6af288566ae81960ddbc3a13921027358a8bff3be6ff1c"
    "a440cbd865bc0c6243d7a8df9a8bf48a8827b0a4abbb61c30e96d305423af148"
    "d23d42d3ad94e65d78258cecaf8dcbaddac0f73dc085040f2c12bb595dd83804"
    "4f726465722875696e743235362073616c742c61646472657373206d616b65722c"
    "61646472657373207369676e65722c75696e7432353620746f6b656e49642c75"
    "696e74323536206d616b6572416d6f756e742c75696e743235362074616b6572"
    "416d6f756e742c75696e743820736964652c75696e7438207369676e61747572"
    "65547970652c75696e743235362074696d657374616d702c6279746573333220"
    "6d657461646174612c62797465733332206275696c6465722900ba";

PolymarketOrderV2 officialOrder()
{
    PolymarketOrderV2 order;
    order.salt = 479249096354;
    order.maker = EthAddress::fromHex(u"0x1111111111111111111111111111111111111111").value();
    order.signer = order.maker;
    order.tokenId = QStringLiteral("1234");
    order.makerAmount = 100000000;
    order.takerAmount = 50000000;
    order.side = PolymarketSide::Buy;
    order.signatureType = PolymarketSignatureType::Poly1271;
    order.timestamp = 1710000000000;
    return order;
}

template <typename T, typename Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> answer;
    call([&answer](Result<T> result) { answer.emplace(std::move(result)); });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!answer)
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return std::move(*answer);
}

} // namespace

// POLY_1271 ("deposit wallet") orders: the owner key signs the ERC-7739 TypedDataSign hash and the order carries the
// wrapper, byte for byte as the official clients build it; the simulator accepts such an order only when the inner
// signature is the registered owner's over this very order and exchange.
class TestPolymarketDepositWallet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sign_officialPoly1271Vector_matchesByteForByte();
    void sign_poly1271WithMakerOtherThanWallet_isRefused();
    void setWallet_depositWalletEqualToTheKey_isRefused();
    void placeOrder_depositWalletOfTheKey_isAcceptedAndBooked();
    void placeOrder_tamperedWrapper_isRejectedLikeTheVenue_data();
    void placeOrder_tamperedWrapper_isRejectedLikeTheVenue();
    void placeOrder_unregisteredDepositWallet_isRejected();
    void placeOrder_depositWalletOfAnotherOwner_isRejected();

private:
    Result<PolymarketOrderResponse> postRaw(const PolymarketSignedOrder& order);
    PolymarketOrderRequest limitBuy() const;

    std::unique_ptr<SimPolymarketExchange> m_exchange;
    std::unique_ptr<SimClobServer> m_server;
    std::unique_ptr<Secp256k1Signer> m_key;
    std::unique_ptr<PolymarketClobClient> m_client;
};

void TestPolymarketDepositWallet::init()
{
    m_exchange = std::make_unique<SimPolymarketExchange>();
    SimPolymarketMarket market;
    market.conditionId = QStringLiteral("0x") + QString(64, u'd');
    market.question = QStringLiteral("Deposit wallet?");
    market.yesTokenId = kYes;
    market.noTokenId = QStringLiteral("105832362350788616148612362642992403996714020918558917275151746177525518770551");
    m_exchange->addMarket(market);
    m_exchange->setStartingCollateral(100'000'000);
    m_server = std::make_unique<SimClobServer>(m_exchange.get());
    QVERIFY(m_server->listen());
    m_key = std::make_unique<Secp256k1Signer>(Secp256k1Signer::fromHex(kHardhatKey).value());
    m_client = std::make_unique<PolymarketClobClient>(m_server->baseUrl(), *m_key);
    QVERIFY(m_client->setWallet(PolymarketSignatureType::Poly1271, EthAddress::fromHex(kDepositWallet).value()).ok());
    QVERIFY(await<bool>([this](auto done) { m_client->createOrDeriveApiKey(0, done); }).ok());
    QVERIFY(await<int>([this](auto done) { m_client->fetchVersion(done); }).ok());
}

void TestPolymarketDepositWallet::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_exchange.reset();
}

PolymarketOrderRequest TestPolymarketDepositWallet::limitBuy() const
{
    PolymarketOrderRequest request;
    request.tokenId = kYes;
    request.price = Price::fromMicros(450'000);
    request.size = Quantity::fromHundredths(1'000);
    request.tickSize = Price::fromMicros(10'000);
    return request;
}

Result<PolymarketOrderResponse> TestPolymarketDepositWallet::postRaw(const PolymarketSignedOrder& order)
{
    const QJsonObject payload =
        PolymarketOrderSigner::postPayload(order, m_client->l2()->apiKey(), QStringLiteral("GTC"), false);
    return await<PolymarketOrderResponse>([this, payload](auto done) {
        m_client->http().send(HttpRequest::postJson(QStringLiteral("/order"), payload), m_client.get(),
                              [done](const HttpReply& reply) {
                                  if (!reply.ok())
                                      return done(PolymarketClobClient::toError(reply));
                                  PolymarketOrderResponse response;
                                  response.success = true;
                                  done(response);
                              });
    });
}

void TestPolymarketDepositWallet::sign_officialPoly1271Vector_matchesByteForByte()
{
    // Arrange
    const PolymarketOrderSigner signer(*m_key);
    const Eip712Domain amoyV2 = PolymarketOrderBuilder::exchangeDomain(false, 2, PolymarketTypedData::kAmoyChainId);

    // Act
    const Result<PolymarketSignedOrder> signedOrder = signer.sign(officialOrder(), amoyV2);

    // Assert: the exact wrapper, and its inner signature is the owner key's over the TypedDataSign digest
    QVERIFY(signedOrder.ok());
    QCOMPARE(signedOrder->signature, QString::fromLatin1(kOfficialPoly1271Signature));
    QCOMPARE(signedOrder->orderHash,
             Hex::encodePrefixed(PolymarketTypedData::orderV2Digest(officialOrder(), amoyV2).value()));
    const auto wrapper =
        Erc7739Signature::decode(Hex::decode(QByteArray(kOfficialPoly1271Signature)).value()).value();
    QCOMPARE(Secp256k1Recoverer::recoverAddress(
                 PolymarketTypedData::orderV2DepositWalletDigest(officialOrder(), amoyV2).value(), wrapper.innerSignature)
                 .value(),
             m_key->address());
}

void TestPolymarketDepositWallet::sign_poly1271WithMakerOtherThanWallet_isRefused()
{
    // Arrange
    PolymarketOrderV2 order = officialOrder();
    order.maker = m_key->address();

    // Act
    const auto signedOrder = PolymarketOrderSigner(*m_key).sign(order, PolymarketOrderBuilder::exchangeDomain(false, 2, 137));

    // Assert
    QVERIFY(!signedOrder.ok());
    QCOMPARE(signedOrder.error().code, QStringLiteral("polymarket.sign"));
}

void TestPolymarketDepositWallet::setWallet_depositWalletEqualToTheKey_isRefused()
{
    // Act
    const Status sameAsKey = m_client->setWallet(PolymarketSignatureType::Poly1271, m_key->address());
    const Status eoaForOther = m_client->setWallet(PolymarketSignatureType::Eoa, EthAddress::fromHex(kDepositWallet).value());

    // Assert: refused, and the configured deposit wallet is kept
    QVERIFY(!sameAsKey.ok());
    QVERIFY(!eoaForOther.ok());
    QCOMPARE(m_client->funder().toLowerHex(), kDepositWallet);
    QCOMPARE(m_client->signatureType(), PolymarketSignatureType::Poly1271);
}

void TestPolymarketDepositWallet::placeOrder_depositWalletOfTheKey_isAcceptedAndBooked()
{
    // Arrange
    m_exchange->registerDepositWallet(kDepositWallet, m_key->address().toLowerHex());

    // Act
    const auto built = m_client->buildSignedOrder(limitBuy(), 2);
    const auto placed = await<PolymarketOrderResponse>([this](auto done) { m_client->placeOrder(limitBuy(), done); });

    // Assert: type 3, the wallet as maker and signer, a 317-byte wrapper; the venue takes it
    QVERIFY(built.ok());
    QCOMPARE(built->order.signatureType, PolymarketSignatureType::Poly1271);
    QCOMPARE(built->order.maker.toLowerHex(), kDepositWallet);
    QCOMPARE(built->order.signer.toLowerHex(), kDepositWallet);
    QCOMPARE(built->signature.size(), 2 + 634);
    QVERIFY2(placed.ok(), placed.ok() ? "" : qPrintable(placed.error().message));
    QVERIFY(placed->success);
    QVERIFY(m_exchange->order(placed->orderId) != nullptr);
    QCOMPARE(m_exchange->order(placed->orderId)->priceMicros, qint64(450'000));
    QCOMPARE(m_server->ordersAccepted(), 1);
}

void TestPolymarketDepositWallet::placeOrder_tamperedWrapper_isRejectedLikeTheVenue_data()
{
    QTest::addColumn<int>("byteIndex"); // into the wrapper: 0-64 inner signature, 65-96 domain, 97-128 contents hash

    QTest::newRow("inner signature s") << 40;
    QTest::newRow("app domain separator") << 70;
    QTest::newRow("contents hash") << 100;
    QTest::newRow("contents type") << 140;
}

void TestPolymarketDepositWallet::placeOrder_tamperedWrapper_isRejectedLikeTheVenue()
{
    // Arrange
    QFETCH(int, byteIndex);
    m_exchange->registerDepositWallet(kDepositWallet, m_key->address().toLowerHex());
    PolymarketSignedOrder order = m_client->buildSignedOrder(limitBuy(), 2).value();
    QByteArray bytes = Hex::decode(order.signature.toUtf8()).value();
    bytes[byteIndex] = static_cast<char>(bytes[byteIndex] ^ 0x01);
    order.signature = Hex::encodePrefixed(bytes);

    // Act
    const auto placed = postRaw(order);

    // Assert
    QVERIFY(!placed.ok());
    QCOMPARE(placed.error().code, QStringLiteral("polymarket.rejected"));
    QVERIFY2(placed.error().message.contains(QStringLiteral("invalid signature")), qPrintable(placed.error().message));
    QCOMPARE(m_server->ordersAccepted(), 0);
}

void TestPolymarketDepositWallet::placeOrder_unregisteredDepositWallet_isRejected()
{
    // Act
    const auto placed = await<PolymarketOrderResponse>([this](auto done) { m_client->placeOrder(limitBuy(), done); });

    // Assert
    QVERIFY(!placed.ok());
    QVERIFY2(placed.error().message.contains(QStringLiteral("invalid signature")), qPrintable(placed.error().message));
    QCOMPARE(m_server->ordersAccepted(), 0);
}

void TestPolymarketDepositWallet::placeOrder_depositWalletOfAnotherOwner_isRejected()
{
    // Arrange: the wallet belongs to Hardhat #1, the API key to #0
    m_exchange->registerDepositWallet(kDepositWallet, Secp256k1Signer::fromHex(kOtherKey).value().address().toLowerHex());

    // Act
    const auto placed = await<PolymarketOrderResponse>([this](auto done) { m_client->placeOrder(limitBuy(), done); });

    // Assert
    QVERIFY(!placed.ok());
    QVERIFY2(placed.error().message.contains(QStringLiteral("the order signer address has to be the address of the API KEY")),
             qPrintable(placed.error().message));
}

QTEST_GUILESS_MAIN(TestPolymarketDepositWallet)
#include "TestPolymarketDepositWallet.moc"
