#include "crypto/Secp256k1Recoverer.h"

#include <QTest>

using namespace orion;

namespace {

// The official ClobAuth vector (polymarket.md 5.7): Hardhat #0 signing this digest gives this signature.
const QByteArray kDigest = QByteArray::fromHex("8f442df8073c9cf2e36d7b20ca9d64d1a9352e982cc82a293b7de2df57920610");
const QByteArray kSignature = QByteArray::fromHex(
    "f62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b70c25ae232aff0a"
    "b2331e2b164a1aedc1b");
const QString kSigner = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

// n - s over 32-byte big-endian numbers: the malleable twin of a low-s signature.
QByteArray negateModOrder(const QByteArray& s)
{
    const QByteArray n = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    QByteArray out(32, '\0');
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int value = static_cast<unsigned char>(n[i]) - static_cast<unsigned char>(s[i]) - borrow;
        borrow = value < 0 ? 1 : 0;
        out[i] = static_cast<char>(value + (borrow ? 256 : 0));
    }
    return out;
}

} // namespace

class TestSecp256k1Recoverer : public QObject
{
    Q_OBJECT

private slots:
    void recoverAddress_officialVector_givesSigner();
    void verify_tamperedDigestOrSignature_fails_data();
    void verify_tamperedDigestOrSignature_fails();
    void recoverAddress_malformedSignature_isRejectedWithReason_data();
    void recoverAddress_malformedSignature_isRejectedWithReason();
    void verify_otherSigner_namesBothAddresses();
};

void TestSecp256k1Recoverer::recoverAddress_officialVector_givesSigner()
{
    // Act
    const Result<EthAddress> signer = Secp256k1Recoverer::recoverAddress(kDigest, kSignature);

    // Assert
    QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().message));
    QCOMPARE(signer->toChecksumHex(), kSigner);
}

void TestSecp256k1Recoverer::verify_tamperedDigestOrSignature_fails_data()
{
    QTest::addColumn<QByteArray>("digest");
    QTest::addColumn<QByteArray>("signature");

    QByteArray digest = kDigest;
    digest[0] = static_cast<char>(digest[0] ^ 0x01);
    QTest::newRow("digest bit flipped") << digest << kSignature;
    QByteArray signature = kSignature;
    signature[10] = static_cast<char>(signature[10] ^ 0x01);
    QTest::newRow("r bit flipped") << kDigest << signature;
    signature = kSignature;
    signature[40] = static_cast<char>(signature[40] ^ 0x01);
    QTest::newRow("s bit flipped") << kDigest << signature;
    signature = kSignature;
    signature[64] = 28; // the other recovery id
    QTest::newRow("v flipped") << kDigest << signature;
}

void TestSecp256k1Recoverer::verify_tamperedDigestOrSignature_fails()
{
    // Arrange
    QFETCH(QByteArray, digest);
    QFETCH(QByteArray, signature);

    // Act
    const Status verified = Secp256k1Recoverer::verify(digest, signature, *EthAddress::fromHex(kSigner));

    // Assert
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("crypto.signature"));
}

void TestSecp256k1Recoverer::recoverAddress_malformedSignature_isRejectedWithReason_data()
{
    QTest::addColumn<QByteArray>("digest");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("reason");

    QTest::newRow("64 bytes") << kDigest << kSignature.left(64) << QStringLiteral("65 bytes");
    QTest::newRow("digest 31 bytes") << kDigest.left(31) << kSignature << QStringLiteral("32 bytes");
    QByteArray signature = kSignature;
    signature[64] = 0;
    QTest::newRow("v = 0 (raw recovery id)") << kDigest << signature << QStringLiteral("v must be 27 or 28");
    signature[64] = 29;
    QTest::newRow("v = 29") << kDigest << signature << QStringLiteral("v must be 27 or 28");
    const QByteArray highS = kSignature.left(32) + negateModOrder(kSignature.mid(32, 32)) + QByteArray(1, '\x1c');
    QTest::newRow("high s (malleable twin)") << kDigest << highS << QStringLiteral("lower half");
    const QByteArray overflowR = QByteArray(32, '\xff') + kSignature.mid(32);
    QTest::newRow("r >= n") << kDigest << overflowR << QStringLiteral("out of range");
    const QByteArray zeroR = QByteArray(32, '\0') + kSignature.mid(32);
    QTest::newRow("r = 0") << kDigest << zeroR << QStringLiteral("invalid signature");
}

void TestSecp256k1Recoverer::recoverAddress_malformedSignature_isRejectedWithReason()
{
    // Arrange
    QFETCH(QByteArray, digest);
    QFETCH(QByteArray, signature);
    QFETCH(QString, reason);

    // Act
    const Result<EthAddress> signer = Secp256k1Recoverer::recoverAddress(digest, signature);

    // Assert
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().code, QStringLiteral("crypto.signature"));
    QVERIFY2(signer.error().message.contains(reason), qPrintable(signer.error().message));
}

void TestSecp256k1Recoverer::verify_otherSigner_namesBothAddresses()
{
    // Arrange
    const EthAddress other = *EthAddress::fromHex(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    // Act
    const Status verified = Secp256k1Recoverer::verify(kDigest, kSignature, other);

    // Assert
    QVERIFY(!verified.ok());
    QVERIFY(verified.error().message.contains(kSigner));
    QVERIFY(verified.error().message.contains(other.toChecksumHex()));
}

QTEST_GUILESS_MAIN(TestSecp256k1Recoverer)
#include "TestSecp256k1Recoverer.moc"
