#include "crypto/Keccak256.h"
#include "crypto/Secp256k1Signer.h"

#include <QSet>
#include <QTest>

using namespace orion;

namespace {

// secp256k1 group order n and n/2: signatures must have s <= n/2 (low-s) to be accepted on chain.
const QByteArray kHalfOrder = QByteArray::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

} // namespace

class TestSecp256k1Signer : public QObject
{
    Q_OBJECT

private slots:
    void address_knownPrivateKey_givesKnownAddress_data();
    void address_knownPrivateKey_givesKnownAddress();
    void publicKey_privateKeyOne_isTheGenerator();
    void fromHex_invalidKey_isRejectedWithoutQuotingIt_data();
    void fromHex_invalidKey_isRejectedWithoutQuotingIt();
    void fromPrivateKey_wrongLength_isRejected_data();
    void fromPrivateKey_wrongLength_isRejected();
    void signHash_sameDigestTwice_isDeterministic();
    void signHash_manyDigests_areLowSWithEthereumV();
    void signHash_digestNot32Bytes_isRejected_data();
    void signHash_digestNot32Bytes_isRejected();
};

void TestSecp256k1Signer::address_knownPrivateKey_givesKnownAddress_data()
{
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<QString>("address");

    // Often quoted with "...DfCb7B8C..."; the EIP-55 checksum has a lowercase b there (EthAddress::fromHex
    // rejects the other spelling as a checksum error).
    QTest::newRow("key 1") << QByteArray("0x0000000000000000000000000000000000000000000000000000000000000001")
                           << QStringLiteral("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
    QTest::newRow("Hardhat #0") << QByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
                                << QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    QTest::newRow("Hardhat #1, uppercase 0X")
        << QByteArray("0X59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
        << QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    QTest::newRow("Hardhat #0 with surrounding whitespace")
        << QByteArray(" ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n")
        << QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
}

void TestSecp256k1Signer::address_knownPrivateKey_givesKnownAddress()
{
    // Arrange
    QFETCH(QByteArray, privateKey);
    QFETCH(QString, address);

    // Act
    const Result<Secp256k1Signer> signer = Secp256k1Signer::fromHex(privateKey);

    // Assert
    QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().message));
    QCOMPARE(signer->address().toChecksumHex(), address);
}

void TestSecp256k1Signer::publicKey_privateKeyOne_isTheGenerator()
{
    // Arrange
    SecretBytes one = SecretBytes::zeroed(32);
    one.mutableBytes()[31] = 1;

    // Act
    const Result<Secp256k1Signer> signer = Secp256k1Signer::fromPrivateKey(std::move(one));

    // Assert
    QVERIFY(signer.ok());
    QCOMPARE(signer->publicKey().toHex(),
             QByteArray("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                        "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8"));
}

void TestSecp256k1Signer::fromHex_invalidKey_isRejectedWithoutQuotingIt_data()
{
    QTest::addColumn<QByteArray>("privateKey");

    QTest::newRow("zero") << QByteArray(64, '0');
    QTest::newRow("group order n") << QByteArray("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    QTest::newRow("above n") << QByteArray(64, 'f');
    QTest::newRow("63 digits") << QByteArray("c0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    QTest::newRow("66 digits") << QByteArray("acac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    QTest::newRow("typo g") << QByteArray("gc0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    QTest::newRow("empty") << QByteArray();
}

void TestSecp256k1Signer::fromHex_invalidKey_isRejectedWithoutQuotingIt()
{
    // Arrange
    QFETCH(QByteArray, privateKey);

    // Act
    const Result<Secp256k1Signer> signer = Secp256k1Signer::fromHex(privateKey);

    // Assert
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().code, QStringLiteral("crypto.secp256k1"));
    QVERIFY(!signer.error().message.contains(QStringLiteral("4bec39a17e")));
    QVERIFY(!signer.error().message.contains(QStringLiteral("ffffffffffffffff")));
}

void TestSecp256k1Signer::fromPrivateKey_wrongLength_isRejected_data()
{
    QTest::addColumn<int>("length");

    QTest::newRow("31 bytes") << 31;
    QTest::newRow("33 bytes") << 33;
    QTest::newRow("empty") << 0;
}

void TestSecp256k1Signer::fromPrivateKey_wrongLength_isRejected()
{
    // Arrange
    QFETCH(int, length);

    // Act
    const Result<Secp256k1Signer> signer = Secp256k1Signer::fromPrivateKey(SecretBytes(QByteArray(length, '\x01')));

    // Assert
    QVERIFY(!signer.ok());
    QVERIFY2(signer.error().message.contains(QStringLiteral("32 bytes")), qPrintable(signer.error().message));
}

void TestSecp256k1Signer::signHash_sameDigestTwice_isDeterministic()
{
    // Arrange
    const Result<Secp256k1Signer> signer =
        Secp256k1Signer::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    QVERIFY(signer.ok());
    const QByteArray digest = Keccak256::hash("orion");

    // Act
    const Result<QByteArray> first = signer->signHash(digest);
    const Result<QByteArray> second = signer->signHash(digest);

    // Assert: RFC 6979 nonces, so the venue's and the official clients' signatures are reproducible.
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*first, *second);
}

void TestSecp256k1Signer::signHash_manyDigests_areLowSWithEthereumV()
{
    // Arrange
    const Result<Secp256k1Signer> signer =
        Secp256k1Signer::fromHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    QVERIFY(signer.ok());
    QSet<int> seenV;

    for (int i = 0; i < 64; ++i) {
        // Act
        const Result<QByteArray> signature = signer->signHash(Keccak256::hash(QByteArray::number(i)));

        // Assert
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), 65);
        const QByteArray s = signature->mid(32, 32);
        QVERIFY2(s <= kHalfOrder, qPrintable(QStringLiteral("high s for digest %1").arg(i)));
        const int v = static_cast<unsigned char>(signature->at(64));
        QVERIFY(v == 27 || v == 28);
        seenV.insert(v);
    }
    QCOMPARE(seenV.size(), 2); // both recovery ids occur in 64 signatures (chance of failure ~1e-19)
}

void TestSecp256k1Signer::signHash_digestNot32Bytes_isRejected_data()
{
    QTest::addColumn<int>("length");

    QTest::newRow("31") << 31;
    QTest::newRow("33") << 33;
    QTest::newRow("0") << 0;
}

void TestSecp256k1Signer::signHash_digestNot32Bytes_isRejected()
{
    // Arrange
    QFETCH(int, length);
    const Result<Secp256k1Signer> signer =
        Secp256k1Signer::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    QVERIFY(signer.ok());

    // Act
    const Result<QByteArray> signature = signer->signHash(QByteArray(length, 'x'));

    // Assert
    QVERIFY(!signature.ok());
    QCOMPARE(signature.error().code, QStringLiteral("crypto.secp256k1"));
}

QTEST_GUILESS_MAIN(TestSecp256k1Signer)
#include "TestSecp256k1Signer.moc"
