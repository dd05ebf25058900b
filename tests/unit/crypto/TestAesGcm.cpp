#include "crypto/AesGcm.h"

#include <QTest>

using namespace orion;

namespace {

SecretBytes key(const char* hex)
{
    return SecretBytes(QByteArray::fromHex(hex));
}

const char* const kKey = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const QByteArray kNonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
const QByteArray kPlaintext = QByteArray::fromHex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657"
    "ba637b39");
const QByteArray kAad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");

} // namespace

class TestAesGcm : public QObject
{
    Q_OBJECT

private slots:
    void encrypt_gcmSpecVector_matchesCiphertextAndTag_data();
    void encrypt_gcmSpecVector_matchesCiphertextAndTag();
    void decrypt_tamperedInput_failsWithTagErrorAndNoPlaintext_data();
    void decrypt_tamperedInput_failsWithTagErrorAndNoPlaintext();
    void encrypt_wrongKeyOrNonceLength_isRejected_data();
    void encrypt_wrongKeyOrNonceLength_isRejected();
    void seal_thenOpen_roundTripsWithFreshNonce();
    void open_truncated_failsWithTagError();
};

void TestAesGcm::encrypt_gcmSpecVector_matchesCiphertextAndTag_data()
{
    QTest::addColumn<QByteArray>("keyHex");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("expected"); // ciphertext || tag

    // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13-16 (AES-256), as used by NIST CAVP.
    const QByteArray zeroKey(64, '0');
    QTest::newRow("case 13: empty") << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray()
                                    << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("case 14: one zero block")
        << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
        << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("case 15: four blocks")
        << QByteArray(kKey) << kNonce
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e"
                               "2449a6b525b16aedf5aa0de657ba637b391aafd255")
        << QByteArray()
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b"
                               "1056828838c5f61e6393ba7a0abcc9f662898015adb094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("case 16: partial block with associated data")
        << QByteArray(kKey) << kNonce << kPlaintext << kAad
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b"
                               "1056828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
}

void TestAesGcm::encrypt_gcmSpecVector_matchesCiphertextAndTag()
{
    // Arrange
    QFETCH(QByteArray, keyHex);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, expected);
    const SecretBytes aesKey = key(keyHex.constData());

    // Act
    const Result<QByteArray> encrypted = AesGcm::encrypt(aesKey, nonce, plaintext, aad);
    const Result<SecretBytes> decrypted = AesGcm::decrypt(aesKey, nonce, expected, aad);

    // Assert
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.ok() ? QString() : encrypted.error().toString()));
    QCOMPARE(encrypted->toHex(), expected.toHex());
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.ok() ? QString() : decrypted.error().toString()));
    QCOMPARE(decrypted->reveal(), QByteArrayView(plaintext));
}

void TestAesGcm::decrypt_tamperedInput_failsWithTagErrorAndNoPlaintext_data()
{
    QTest::addColumn<QByteArray>("keyHex");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QByteArray>("aad");

    const QByteArray sealed = *AesGcm::encrypt(key(kKey), kNonce, kPlaintext, kAad);
    QByteArray flipped = sealed;
    flipped[5] = static_cast<char>(flipped[5] ^ 0x01);
    QTest::newRow("ciphertext bit flipped") << QByteArray(kKey) << kNonce << flipped << kAad;
    flipped = sealed;
    flipped[flipped.size() - 1] = static_cast<char>(flipped[flipped.size() - 1] ^ 0x80);
    QTest::newRow("tag bit flipped") << QByteArray(kKey) << kNonce << flipped << kAad;
    QTest::newRow("associated data changed") << QByteArray(kKey) << kNonce << sealed << QByteArray("header v2");
    QTest::newRow("nonce changed") << QByteArray(kKey) << QByteArray(12, '\x01') << sealed << kAad;
    QTest::newRow("wrong key (wrong password)") << QByteArray(64, '1') << kNonce << sealed << kAad;
    QTest::newRow("last byte cut") << QByteArray(kKey) << kNonce << sealed.chopped(1) << kAad;
    QTest::newRow("shorter than a tag") << QByteArray(kKey) << kNonce << sealed.left(15) << kAad;
}

void TestAesGcm::decrypt_tamperedInput_failsWithTagErrorAndNoPlaintext()
{
    // Arrange
    QFETCH(QByteArray, keyHex);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, sealed);
    QFETCH(QByteArray, aad);

    // Act
    const Result<SecretBytes> decrypted = AesGcm::decrypt(key(keyHex.constData()), nonce, sealed, aad);

    // Assert
    QVERIFY(!decrypted.ok());
    QCOMPARE(decrypted.error().code, QStringLiteral("crypto.aead.tag"));
}

void TestAesGcm::encrypt_wrongKeyOrNonceLength_isRejected_data()
{
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<int>("nonceLength");
    QTest::addColumn<QString>("reason");

    QTest::newRow("AES-128 key") << 16 << 12 << QStringLiteral("32 bytes");
    QTest::newRow("empty key") << 0 << 12 << QStringLiteral("32 bytes");
    QTest::newRow("16-byte nonce") << 32 << 16 << QStringLiteral("12 bytes");
    QTest::newRow("8-byte nonce") << 32 << 8 << QStringLiteral("12 bytes");
}

void TestAesGcm::encrypt_wrongKeyOrNonceLength_isRejected()
{
    // Arrange
    QFETCH(int, keyLength);
    QFETCH(int, nonceLength);
    QFETCH(QString, reason);

    // Act
    const Result<QByteArray> encrypted =
        AesGcm::encrypt(SecretBytes(QByteArray(keyLength, 'k')), QByteArray(nonceLength, 'n'), "data");

    // Assert
    QVERIFY(!encrypted.ok());
    QCOMPARE(encrypted.error().code, QStringLiteral("crypto.aead"));
    QVERIFY2(encrypted.error().message.contains(reason), qPrintable(encrypted.error().message));
}

void TestAesGcm::seal_thenOpen_roundTripsWithFreshNonce()
{
    // Arrange
    const SecretBytes aesKey = key(kKey);
    const QByteArray plaintext = "kalshi.private_key=-----BEGIN PRIVATE KEY-----...";

    // Act
    const Result<QByteArray> first = AesGcm::seal(aesKey, plaintext, "orion-credentials v1");
    const Result<QByteArray> second = AesGcm::seal(aesKey, plaintext, "orion-credentials v1");
    QVERIFY(first.ok() && second.ok());
    const Result<SecretBytes> opened = AesGcm::open(aesKey, *first, "orion-credentials v1");

    // Assert
    QCOMPARE(first->size(), AesGcm::kNonceSize + plaintext.size() + AesGcm::kTagSize);
    QVERIFY(first->left(AesGcm::kNonceSize) != second->left(AesGcm::kNonceSize));
    QVERIFY(!first->contains("PRIVATE KEY"));
    QVERIFY(opened.ok());
    QCOMPARE(opened->reveal(), QByteArrayView(plaintext));
}

void TestAesGcm::open_truncated_failsWithTagError()
{
    // Act
    const Result<SecretBytes> opened = AesGcm::open(key(kKey), QByteArray(27, 'x'));

    // Assert
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("crypto.aead.tag"));
    QVERIFY2(opened.error().message.contains(QStringLiteral("truncated")), qPrintable(opened.error().message));
}

QTEST_GUILESS_MAIN(TestAesGcm)
#include "TestAesGcm.moc"
