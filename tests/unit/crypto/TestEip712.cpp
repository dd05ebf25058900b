#include "crypto/Eip712.h"
#include "crypto/PolymarketTypedData.h"
#include "crypto/Secp256k1Recoverer.h"
#include "crypto/Secp256k1Signer.h"

#include <QTest>

using namespace orion;

// Every vector of polymarket.md section 5.7. "Official" rows are published in Polymarket's own client tests
// (py-clob-client tests/signing/test_eip712.py, go-order-utils exchange_order_builder_impl_test.go, clob-client-v2
// tests); "derived" rows were computed by the reference's independent implementation and re-checked with ethers.
namespace {

const QByteArray kHardhatKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kHardhatAddress = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

EthAddress address(const QString& text)
{
    const Result<EthAddress> parsed = EthAddress::fromHex(text);
    if (!parsed)
        qFatal("bad test address %s", qPrintable(text));
    return *parsed;
}

QByteArray fromHex(const char* text)
{
    QByteArrayView view(text);
    if (view.startsWith("0x"))
        view = view.sliced(2);
    return QByteArray::fromHex(view.toByteArray());
}

PolymarketOrderV2 referenceOrderV2()
{
    PolymarketOrderV2 order;
    order.salt = 479249096354ULL;
    order.maker = address(kHardhatAddress);
    order.signer = address(kHardhatAddress);
    order.tokenId = QStringLiteral("1234");
    order.makerAmount = 100000000;
    order.takerAmount = 50000000;
    order.side = PolymarketSide::Buy;
    order.signatureType = PolymarketSignatureType::Eoa;
    order.timestamp = 1710000000000ULL;
    return order;
}

PolymarketOrderV1 referenceOrderV1()
{
    PolymarketOrderV1 order;
    order.salt = 479249096354ULL;
    order.maker = address(kHardhatAddress);
    order.signer = address(kHardhatAddress);
    order.taker = EthAddress();
    order.tokenId = QStringLiteral("1234");
    order.makerAmount = 100000000;
    order.takerAmount = 50000000;
    order.expiration = 0;
    order.nonce = 0;
    order.feeRateBps = 100;
    order.side = PolymarketSide::Buy;
    order.signatureType = PolymarketSignatureType::Eoa;
    return order;
}

Secp256k1Signer hardhatSigner()
{
    Result<Secp256k1Signer> signer = Secp256k1Signer::fromHex(kHardhatKey);
    if (!signer)
        qFatal("cannot load the Hardhat test key: %s", qPrintable(signer.error().toString()));
    return std::move(signer).value();
}

} // namespace

class TestEip712 : public QObject
{
    Q_OBJECT

private slots:
    void typeHash_polymarketTypes_matchReference_data();
    void typeHash_polymarketTypes_matchReference();
    void clobAuth_vector_digestAndSignatureMatch_data();
    void clobAuth_vector_digestAndSignatureMatch();
    void orderV1_officialVector_hashAndSignatureMatch_data();
    void orderV1_officialVector_hashAndSignatureMatch();
    void orderV2_vector_structHashDomainDigestAndSignatureMatch_data();
    void orderV2_vector_structHashDomainDigestAndSignatureMatch();
    void orderV2_poly1271DepositWalletVector_domainSeparatorMatches();
    void orderV2_changedField_changesDigest_data();
    void orderV2_changedField_changesDigest();
    void orderV2_invalidField_isRejected_data();
    void orderV2_invalidField_isRejected();
    void encodeUintDecimal_value_isBigEndianWord_data();
    void encodeUintDecimal_value_isBigEndianWord();
    void encodeUintDecimal_invalid_isRejected_data();
    void encodeUintDecimal_invalid_isRejected();
};

void TestEip712::typeHash_polymarketTypes_matchReference_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ClobAuth") << QByteArray(PolymarketTypedData::kClobAuthType)
                              << fromHex("0x52578c5c725a28a84fedc8c22aa47947822942f35b4dc350db028e45320e035c");
    QTest::newRow("Order V2") << QByteArray(PolymarketTypedData::kOrderV2Type)
                              << fromHex("0xbb86318a2138f5fa8ae32fbe8e659f8fcf13cc6ae4014a707893055433818589");
    QTest::newRow("Order V1") << QByteArray(PolymarketTypedData::kOrderV1Type)
                              << fromHex("0xa852566c4e14d00869b6db0220888a9090a13eccdaea03713ff0a3d27bf9767c");
    QTest::newRow("EIP712Domain with verifyingContract")
        << QByteArray("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
        << fromHex("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f");
    QTest::newRow("EIP712Domain without verifyingContract")
        << QByteArray("EIP712Domain(string name,string version,uint256 chainId)")
        << fromHex("0xc2f8787176b8ac6bf7215b4adcc1e069bf4ab82d9ab1df05a57a91d425935b6e");
}

void TestEip712::typeHash_polymarketTypes_matchReference()
{
    // Arrange
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, expected);

    // Act
    const QByteArray hash = Eip712::typeHash(type);

    // Assert
    QCOMPARE(hash.toHex(), expected.toHex());
}

void TestEip712::clobAuth_vector_digestAndSignatureMatch_data()
{
    QTest::addColumn<quint64>("chainId");
    QTest::addColumn<QByteArray>("expectedDigest");
    QTest::addColumn<QByteArray>("expectedSignature");

    QTest::newRow("official: Amoy 80002, ts 10000000, nonce 23")
        << quint64(80002) << fromHex("0x8f442df8073c9cf2e36d7b20ca9d64d1a9352e982cc82a293b7de2df57920610")
        << fromHex("0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b"
                   "70c25ae232aff0ab2331e2b164a1aedc1b");
    QTest::newRow("derived: Polygon 137, same values")
        << quint64(137) << fromHex("0x577908bf2b712def8592d5078487f59ab9aa28b656e6fda011c8ac4333792037")
        << fromHex("0x1a7118db6100dfd8efd102be36f472b59475dcac56eb4c9a2a94748d3655ba7c3c89deb8c19ee79eceb0a531122fbfbe"
                   "88ed118034f9d8212e2b725e7b296b9d1c");
}

void TestEip712::clobAuth_vector_digestAndSignatureMatch()
{
    // Arrange
    QFETCH(quint64, chainId);
    QFETCH(QByteArray, expectedDigest);
    QFETCH(QByteArray, expectedSignature);
    const Secp256k1Signer signer = hardhatSigner();
    PolymarketClobAuth auth;
    auth.address = signer.address();
    auth.timestamp = QStringLiteral("10000000");
    auth.nonce = 23;

    // Act
    const QByteArray digest = PolymarketTypedData::clobAuthDigest(auth, chainId);
    const Result<QByteArray> signature = signer.signHash(digest);

    // Assert
    QCOMPARE(digest.toHex(), expectedDigest.toHex());
    QVERIFY(signature.ok());
    QCOMPARE(signature->toHex(), expectedSignature.toHex());
    QVERIFY(Secp256k1Recoverer::verify(digest, *signature, signer.address()).ok());
}

void TestEip712::orderV1_officialVector_hashAndSignatureMatch_data()
{
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QByteArray>("expectedHash");
    QTest::addColumn<QByteArray>("expectedSignature");

    QTest::newRow("exchange 0xdFE0...9E40")
        << QStringLiteral("0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40")
        << fromHex("0x02ca1d1aa31103804173ad1acd70066cb6c1258a4be6dada055111f9a7ea4e55")
        << fromHex("0x302cd9abd0b5fcaa202a344437ec0b6660da984e24ae9ad915a592a90facf5a51bb8a873cd8d270f070217fea1986531"
                   "d5eec66f1162a81f66e026db653bf7ce1c");
    QTest::newRow("neg-risk exchange 0xC5d5...0f80a")
        << QStringLiteral("0xC5d563A36AE78145C45a50134d48A1215220f80a")
        << fromHex("0xf15790d3edc4b5aed427b0b543a9206fcf4b1a13dfed016d33bfb313076263b8")
        << fromHex("0x1b3646ef347e5bd144c65bd3357ba19c12c12abaeedae733cf8579bc51a2752c0454c3bc6b236957e393637982c769b8"
                   "dc0706c0f5c399983d933850afd1cbcd1c");
}

void TestEip712::orderV1_officialVector_hashAndSignatureMatch()
{
    // Arrange
    QFETCH(QString, exchange);
    QFETCH(QByteArray, expectedHash);
    QFETCH(QByteArray, expectedSignature);
    const Secp256k1Signer signer = hardhatSigner();
    const Eip712Domain domain =
        PolymarketTypedData::exchangeDomain(QStringLiteral("1"), PolymarketTypedData::kAmoyChainId, address(exchange));

    // Act
    const Result<QByteArray> digest = PolymarketTypedData::orderV1Digest(referenceOrderV1(), domain);
    QVERIFY2(digest.ok(), qPrintable(digest.ok() ? QString() : digest.error().toString()));
    const Result<QByteArray> signature = signer.signHash(*digest);

    // Assert
    QCOMPARE(digest->toHex(), expectedHash.toHex());
    QVERIFY(signature.ok());
    QCOMPARE(signature->toHex(), expectedSignature.toHex());
}

void TestEip712::orderV2_vector_structHashDomainDigestAndSignatureMatch_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<quint64>("chainId");
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QByteArray>("expectedDomain");
    QTest::addColumn<QByteArray>("expectedDigest");
    QTest::addColumn<QByteArray>("expectedSignature");

    QTest::newRow("v2 Amoy CTF exchange")
        << QStringLiteral("2") << quint64(80002) << PolymarketTypedData::kCtfExchangeV2.toString()
        << fromHex("0xa440cbd865bc0c6243d7a8df9a8bf48a8827b0a4abbb61c30e96d305423af148")
        << fromHex("0x962c97b18bea292cc94b9479272aa74fb59a905e84a621a40eb339131e9fb6ba")
        << fromHex("0x518472f1b081f6bd713d638bb11d1bf0720ed577e93c52eb00ec9f5f325f7d510c65cbfdfe9130de2602185f4a500863"
                   "d777d8b838cb28abc75ecc1b5330315d1c");
    QTest::newRow("v2 Polygon CTF exchange")
        << QStringLiteral("2") << quint64(137) << PolymarketTypedData::kCtfExchangeV2.toString()
        << fromHex("0x3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2")
        << fromHex("0x10124949f84e9f7438c88d02bfd546ceb27ed6eb1fdb0175137af535b6e2513d")
        << fromHex("0x42c7b4857d51e344045fcfde17b37cf1290d784471ffe618c22aa56ea5ddcf0009015b87ffb299813f5597e86d4ad56f"
                   "40d634558d915edb719e6fc71dbc0d891c");
    QTest::newRow("v2 Polygon neg-risk exchange")
        << QStringLiteral("2") << quint64(137) << PolymarketTypedData::kNegRiskCtfExchangeV2.toString()
        << fromHex("0x9b858f53327b0bd13af8ec14cfb35234fb9eb7b0504d1a4e61f433840d30e81a")
        << fromHex("0x9c2976657c4b229cc8e467a32ce9e3281ef40a70aee31cdc4619ebf51e4a7274")
        << fromHex("0x79d82a92bd020329c6b9afad40b742c8cfaebdd992219b57e4282b6cfd53a66f2c97471d3297fa001f3eac2ead5f709c"
                   "6e266893f19cef37633511420542a63b1b");
    QTest::newRow("v3 Polygon exchange")
        << QStringLiteral("3") << quint64(137) << PolymarketTypedData::kCtfExchangeV3.toString()
        << fromHex("0x466c63910185bbd55e8679264200c4e0abdcbb0c6264eb3d41d13326022e095b")
        << fromHex("0x0d34966f6a42e3b8bec3d0d0dcca74d762695a3bd4cdf1d6a1fc2201bf9daa87")
        << fromHex("0x22a4e68028c7984ff9b19217dee3a8491614e97a84ca42d53fe73e7a50745fd66706b966fa16ce911a3217958a547134"
                   "3c47f2fd56ea9392522a4c1c156eac701c");
}

void TestEip712::orderV2_vector_structHashDomainDigestAndSignatureMatch()
{
    // Arrange
    QFETCH(QString, version);
    QFETCH(quint64, chainId);
    QFETCH(QString, exchange);
    QFETCH(QByteArray, expectedDomain);
    QFETCH(QByteArray, expectedDigest);
    QFETCH(QByteArray, expectedSignature);
    const Secp256k1Signer signer = hardhatSigner();
    const Eip712Domain domain = PolymarketTypedData::exchangeDomain(version, chainId, address(exchange));

    // Act
    const Result<QByteArray> structHash = PolymarketTypedData::orderV2StructHash(referenceOrderV2());
    const QByteArray domainSeparator = Eip712::domainSeparator(domain);
    const Result<QByteArray> digest = PolymarketTypedData::orderV2Digest(referenceOrderV2(), domain);
    QVERIFY(structHash.ok());
    QVERIFY(digest.ok());
    const Result<QByteArray> signature = signer.signHash(*digest);

    // Assert
    QCOMPARE(structHash->toHex(), QByteArray("f6bf4212bfca4d6679afc2c54a54d814a91a6c7905de5ed193fe44f329c239f0"));
    QCOMPARE(domainSeparator.toHex(), expectedDomain.toHex());
    QCOMPARE(digest->toHex(), expectedDigest.toHex());
    QVERIFY(signature.ok());
    QCOMPARE(signature->toHex(), expectedSignature.toHex());
}

void TestEip712::orderV2_poly1271DepositWalletVector_domainSeparatorMatches()
{
    // Arrange: the official POLY_1271 vector (py-clob-client-v2) embeds the V2 Amoy domain separator in its
    // ERC-7739 wrapper. The wrapper itself belongs to the Polymarket order builder, not to this layer.
    const Eip712Domain domain = PolymarketTypedData::exchangeDomain(
        QStringLiteral("2"), PolymarketTypedData::kAmoyChainId,
        address(PolymarketTypedData::kCtfExchangeV2.toString()));

    // Act
    const QByteArray domainSeparator = Eip712::domainSeparator(domain);

    // Assert
    QCOMPARE(domainSeparator.toHex(), QByteArray("a440cbd865bc0c6243d7a8df9a8bf48a8827b0a4abbb61c30e96d305423af148"));
}

void TestEip712::orderV2_changedField_changesDigest_data()
{
    QTest::addColumn<int>("field");

    QTest::newRow("salt") << 0;
    QTest::newRow("maker") << 1;
    QTest::newRow("tokenId") << 2;
    QTest::newRow("makerAmount") << 3;
    QTest::newRow("side") << 4;
    QTest::newRow("signatureType") << 5;
    QTest::newRow("timestamp") << 6;
    QTest::newRow("builder") << 7;
}

void TestEip712::orderV2_changedField_changesDigest()
{
    // Arrange
    QFETCH(int, field);
    const Eip712Domain domain = PolymarketTypedData::exchangeDomain(
        QStringLiteral("2"), PolymarketTypedData::kPolygonChainId,
        address(PolymarketTypedData::kCtfExchangeV2.toString()));
    PolymarketOrderV2 changed = referenceOrderV2();
    switch (field) {
    case 0: changed.salt += 1; break;
    case 1: changed.maker = address(QStringLiteral("0x1111111111111111111111111111111111111111")); break;
    case 2: changed.tokenId = QStringLiteral("1235"); break;
    case 3: changed.makerAmount += 1; break;
    case 4: changed.side = PolymarketSide::Sell; break;
    case 5: changed.signatureType = PolymarketSignatureType::PolyGnosisSafe; break;
    case 6: changed.timestamp += 1; break;
    case 7: changed.builder[31] = '\x01'; break;
    }

    // Act
    const Result<QByteArray> original = PolymarketTypedData::orderV2Digest(referenceOrderV2(), domain);
    const Result<QByteArray> modified = PolymarketTypedData::orderV2Digest(changed, domain);

    // Assert: a signature over one order never authorizes another.
    QVERIFY(original.ok() && modified.ok());
    QVERIFY(*original != *modified);
}

void TestEip712::orderV2_invalidField_isRejected_data()
{
    QTest::addColumn<QString>("tokenId");
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<QString>("reason");

    QTest::newRow("tokenId not decimal")
        << QStringLiteral("0x04d2") << QByteArray(32, '\0') << QStringLiteral("tokenId");
    QTest::newRow("tokenId empty") << QString() << QByteArray(32, '\0') << QStringLiteral("tokenId");
    QTest::newRow("metadata 31 bytes") << QStringLiteral("1234") << QByteArray(31, '\0') << QStringLiteral("metadata");
}

void TestEip712::orderV2_invalidField_isRejected()
{
    // Arrange
    QFETCH(QString, tokenId);
    QFETCH(QByteArray, metadata);
    QFETCH(QString, reason);
    PolymarketOrderV2 order = referenceOrderV2();
    order.tokenId = tokenId;
    order.metadata = metadata;

    // Act
    const Result<QByteArray> hash = PolymarketTypedData::orderV2StructHash(order);

    // Assert
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().code, QStringLiteral("crypto.eip712"));
    QVERIFY2(hash.error().message.contains(reason), qPrintable(hash.error().message));
}

void TestEip712::encodeUintDecimal_value_isBigEndianWord_data()
{
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("zero") << QStringLiteral("0") << QByteArray(64, '0');
    QTest::newRow("1234") << QStringLiteral("1234") << QByteArray(60, '0') + "04d2";
    QTest::newRow("2^64") << QStringLiteral("18446744073709551616") << QByteArray(47, '0') + "10000000000000000";
    // Polymarket token ids are 77-digit numbers like this one (expected word computed with Python's int).
    QTest::newRow("77-digit token id")
        << QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563")
        << QByteArray("9dae480511c4c0cb5d6c7937924c1db5be221e758b7135fec2a1977a1c130af3");
    QTest::newRow("2^256 - 1")
        << QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935")
        << QByteArray(64, 'f');
}

void TestEip712::encodeUintDecimal_value_isBigEndianWord()
{
    // Arrange
    QFETCH(QString, decimal);
    QFETCH(QByteArray, expectedHex);

    // Act
    const Result<QByteArray> word = Eip712::encodeUintDecimal(decimal);

    // Assert
    QVERIFY(word.ok());
    QCOMPARE(word->toHex(), expectedHex);
}

void TestEip712::encodeUintDecimal_invalid_isRejected_data()
{
    QTest::addColumn<QString>("decimal");

    QTest::newRow("empty") << QString();
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("plus sign") << QStringLiteral("+1");
    QTest::newRow("hex") << QStringLiteral("0x10");
    QTest::newRow("space") << QStringLiteral("12 34");
    QTest::newRow("2^256")
        << QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639936");
    QTest::newRow("79 digits") << QString(79, QLatin1Char('1'));
}

void TestEip712::encodeUintDecimal_invalid_isRejected()
{
    // Arrange
    QFETCH(QString, decimal);

    // Act
    const Result<QByteArray> word = Eip712::encodeUintDecimal(decimal);

    // Assert
    QVERIFY(!word.ok());
    QCOMPARE(word.error().code, QStringLiteral("crypto.eip712"));
}

QTEST_GUILESS_MAIN(TestEip712)
#include "TestEip712.moc"
