#include "crypto/Base64.h"
#include "crypto/EthAddress.h"
#include "venues/polymarket/PolymarketL1Auth.h"
#include "venues/polymarket/PolymarketL2Auth.h"
#include "venues/polymarket/PolymarketOrderBuilder.h"
#include "venues/polymarket/PolymarketOrderSigner.h"

#include <QJsonDocument>
#include <QTest>

using namespace orion;

namespace {

constexpr char kHardhatKey[] = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

Secp256k1Signer hardhatKey()
{
    return Secp256k1Signer::fromHex(kHardhatKey).value();
}

PolymarketOrderV2 vectorOrder(const Secp256k1Signer& key)
{
    PolymarketOrderV2 order;
    order.salt = 479249096354;
    order.maker = key.address();
    order.signer = key.address();
    order.tokenId = QStringLiteral("1234");
    order.makerAmount = 100000000;
    order.takerAmount = 50000000;
    order.side = PolymarketSide::Buy;
    order.timestamp = 1710000000000;
    return order;
}

} // namespace

class TestPolymarketSigning : public QObject
{
    Q_OBJECT

private slots:
    void sign_referenceV2Vectors_matchByteForByte_data();
    void sign_referenceV2Vectors_matchByteForByte();
    void sign_orderForAnotherSigner_isRefused();
    void wireOrder_hasTheFieldsThePostBodyNeeds();
    void l1Signature_officialClobAuthVector_matches_data();
    void l1Signature_officialClobAuthVector_matches();
    void l1Headers_carryChecksummedAddressTimestampAndNonce();
    void l2Signature_referenceVectors_match_data();
    void l2Signature_referenceVectors_match();
    void l2Headers_carryKeyPassphraseAndSignature();
};

void TestPolymarketSigning::sign_referenceV2Vectors_matchByteForByte_data()
{
    QTest::addColumn<bool>("negRisk");
    QTest::addColumn<int>("version");
    QTest::addColumn<quint64>("chainId");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("signature");

    // reference polymarket.md 5.7 (DERIVED V2/V3 EOA vectors; the 137 CTF row re-checked with ethers)
    QTest::newRow("V2 Amoy") << false << 2 << quint64(80002)
                             << "0x962c97b18bea292cc94b9479272aa74fb59a905e84a621a40eb339131e9fb6ba"
                             << "0x518472f1b081f6bd713d638bb11d1bf0720ed577e93c52eb00ec9f5f325f7d510c65cbfdfe9130de2602185f4a500863d777d8b838cb28abc75ecc1b5330315d1c";
    QTest::newRow("V2 Polygon") << false << 2 << quint64(137)
                                << "0x10124949f84e9f7438c88d02bfd546ceb27ed6eb1fdb0175137af535b6e2513d"
                                << "0x42c7b4857d51e344045fcfde17b37cf1290d784471ffe618c22aa56ea5ddcf0009015b87ffb299813f5597e86d4ad56f40d634558d915edb719e6fc71dbc0d891c";
    QTest::newRow("V2 neg-risk") << true << 2 << quint64(137)
                                 << "0x9c2976657c4b229cc8e467a32ce9e3281ef40a70aee31cdc4619ebf51e4a7274"
                                 << "0x79d82a92bd020329c6b9afad40b742c8cfaebdd992219b57e4282b6cfd53a66f2c97471d3297fa001f3eac2ead5f709c6e266893f19cef37633511420542a63b1b";
    QTest::newRow("V3") << false << 3 << quint64(137)
                        << "0x0d34966f6a42e3b8bec3d0d0dcca74d762695a3bd4cdf1d6a1fc2201bf9daa87"
                        << "0x22a4e68028c7984ff9b19217dee3a8491614e97a84ca42d53fe73e7a50745fd66706b966fa16ce911a3217958a5471343c47f2fd56ea9392522a4c1c156eac701c";
}

void TestPolymarketSigning::sign_referenceV2Vectors_matchByteForByte()
{
    // Arrange
    QFETCH(bool, negRisk);
    QFETCH(int, version);
    QFETCH(quint64, chainId);
    QFETCH(QString, hash);
    QFETCH(QString, signature);
    const Secp256k1Signer key = hardhatKey();
    const PolymarketOrderSigner signer(key);

    // Act
    const auto signedOrder =
        signer.sign(vectorOrder(key), PolymarketOrderBuilder::exchangeDomain(negRisk, version, chainId));

    // Assert
    QVERIFY(signedOrder.ok());
    QCOMPARE(signedOrder->orderHash, hash);
    QCOMPARE(signedOrder->signature, signature);
}

void TestPolymarketSigning::sign_orderForAnotherSigner_isRefused()
{
    // Arrange
    const Secp256k1Signer key = hardhatKey();
    PolymarketOrderV2 order = vectorOrder(key);
    order.signer = EthAddress::fromHex(u"0x1111111111111111111111111111111111111111").value();

    // Act
    const auto signedOrder = PolymarketOrderSigner(key).sign(order, PolymarketOrderBuilder::exchangeDomain(false, 2, 137));

    // Assert
    QVERIFY(!signedOrder.ok());
    QCOMPARE(signedOrder.error().code, QStringLiteral("polymarket.sign"));
}

void TestPolymarketSigning::wireOrder_hasTheFieldsThePostBodyNeeds()
{
    // Arrange
    const Secp256k1Signer key = hardhatKey();
    const auto signedOrder =
        PolymarketOrderSigner(key).sign(vectorOrder(key), PolymarketOrderBuilder::exchangeDomain(false, 2, 137), 1234);
    QVERIFY(signedOrder.ok());

    // Act
    const QJsonObject body = PolymarketOrderSigner::postPayload(*signedOrder, QStringLiteral("key-1"),
                                                                QStringLiteral("GTD"), true);
    const QJsonObject order = body.value(QStringLiteral("order")).toObject();

    // Assert
    QCOMPARE(order.value(QStringLiteral("salt")).toInteger(), qint64(479249096354));
    QCOMPARE(order.value(QStringLiteral("maker")).toString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    QCOMPARE(order.value(QStringLiteral("makerAmount")).toString(), QStringLiteral("100000000"));
    QCOMPARE(order.value(QStringLiteral("side")).toString(), QStringLiteral("BUY"));
    QCOMPARE(order.value(QStringLiteral("timestamp")).toString(), QStringLiteral("1710000000000"));
    QCOMPARE(order.value(QStringLiteral("expiration")).toString(), QStringLiteral("1234"));
    QCOMPARE(order.value(QStringLiteral("metadata")).toString(), QStringLiteral("0x") + QString(64, u'0'));
    QCOMPARE(body.value(QStringLiteral("owner")).toString(), QStringLiteral("key-1"));
    QCOMPARE(body.value(QStringLiteral("orderType")).toString(), QStringLiteral("GTD"));
    QCOMPARE(body.value(QStringLiteral("postOnly")).toBool(), true);
}

void TestPolymarketSigning::l1Signature_officialClobAuthVector_matches_data()
{
    QTest::addColumn<quint64>("chainId");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<quint64>("nonce");
    QTest::addColumn<QString>("expected");

    QTest::newRow("official Amoy nonce 23")
        << quint64(80002) << "10000000" << quint64(23)
        << "0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b";
    QTest::newRow("derived Polygon nonce 23")
        << quint64(137) << "10000000" << quint64(23)
        << "0x1a7118db6100dfd8efd102be36f472b59475dcac56eb4c9a2a94748d3655ba7c3c89deb8c19ee79eceb0a531122fbfbe88ed118034f9d8212e2b725e7b296b9d1c";
}

void TestPolymarketSigning::l1Signature_officialClobAuthVector_matches()
{
    // Arrange
    QFETCH(quint64, chainId);
    QFETCH(QString, timestamp);
    QFETCH(quint64, nonce);
    QFETCH(QString, expected);

    // Act
    const Result<QString> signature = PolymarketL1Auth::signature(hardhatKey(), chainId, timestamp, nonce);

    // Assert
    QVERIFY(signature.ok());
    QCOMPARE(*signature, expected);
}

void TestPolymarketSigning::l1Headers_carryChecksummedAddressTimestampAndNonce()
{
    // Act
    const auto headers = PolymarketL1Auth::headers(hardhatKey(), 80002, 10000000, 23);

    // Assert
    QVERIFY(headers.ok());
    QCOMPARE(headerValue(*headers, "POLY_ADDRESS"), QByteArray("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    QCOMPARE(headerValue(*headers, "POLY_TIMESTAMP"), QByteArray("10000000"));
    QCOMPARE(headerValue(*headers, "POLY_NONCE"), QByteArray("23"));
    QVERIFY(headerValue(*headers, "POLY_SIGNATURE").startsWith("0xf62319a987514da40e57e2f4"));
}

void TestPolymarketSigning::l2Signature_referenceVectors_match_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("official") << QByteArray("test-sign") << QByteArray("/orders") << QByteArray("{\"hash\": \"0x123\"}")
                              << QByteArray("ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc=");
    QTest::newRow("DELETE /order") << QByteArray("DELETE") << QByteArray("/order")
                                   << QByteArray("{\"orderID\":\"0xabc\"}")
                                   << QByteArray("uDik2sJCld_MdoWGqIQRFT0bSHuSAKTNTd3PXcRDnws=");
    QTest::newRow("GET without body") << QByteArray("GET") << QByteArray("/data/orders") << QByteArray()
                                      << QByteArray("9-I3DmVY9ObJ6EVf_KvrHpUWMOQJXiAjR5z7fO8qnPw=");
}

void TestPolymarketSigning::l2Signature_referenceVectors_match()
{
    // Arrange
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const SecretBytes secret(QByteArrayView("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

    // Act
    const Result<QByteArray> signature = PolymarketL2Auth::signature(secret, 1000000, method, path, body);

    // Assert
    QVERIFY(signature.ok());
    QCOMPARE(*signature, expected);
}

void TestPolymarketSigning::l2Headers_carryKeyPassphraseAndSignature()
{
    // Arrange
    const PolymarketL2Auth auth(hardhatKey().address(),
                                PolymarketApiCredentials{QStringLiteral("key-uuid"),
                                                         SecretBytes(QByteArrayView("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
                                                         SecretBytes(QByteArrayView("pass"))});

    // Act
    const auto headers = auth.headers(1000000, "DELETE", "/order", "{\"orderID\":\"0xabc\"}");

    // Assert
    QVERIFY(headers.ok());
    QCOMPARE(headerValue(*headers, "POLY_API_KEY"), QByteArray("key-uuid"));
    QCOMPARE(headerValue(*headers, "POLY_PASSPHRASE"), QByteArray("pass"));
    QCOMPARE(headerValue(*headers, "POLY_TIMESTAMP"), QByteArray("1000000"));
    QCOMPARE(headerValue(*headers, "POLY_SIGNATURE"), QByteArray("uDik2sJCld_MdoWGqIQRFT0bSHuSAKTNTd3PXcRDnws="));
    QCOMPARE(headerValue(*headers, "POLY_ADDRESS"), QByteArray("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
}

QTEST_GUILESS_MAIN(TestPolymarketSigning)
#include "TestPolymarketSigning.moc"
