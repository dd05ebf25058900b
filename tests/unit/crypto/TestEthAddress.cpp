#include "crypto/EthAddress.h"

#include <QTest>

using namespace orion;

// EIP-55 checksum vectors are the ones in the EIP itself.
class TestEthAddress : public QObject
{
    Q_OBJECT

private slots:
    void toChecksumHex_eip55Vector_roundTrips_data();
    void toChecksumHex_eip55Vector_roundTrips();
    void fromHex_lowercaseOfChecksummed_isAcceptedAndEqual();
    void fromHex_badChecksumOrShape_isRejected_data();
    void fromHex_badChecksumOrShape_isRejected();
    void fromHex_privateKeyPastedByMistake_errorDoesNotQuoteIt();
    void fromPublicKey_wrongLength_isRejected();
};

void TestEthAddress::toChecksumHex_eip55Vector_roundTrips_data()
{
    QTest::addColumn<QString>("address");

    QTest::newRow("all caps 1") << QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
    QTest::newRow("all caps 2") << QStringLiteral("0x8617E340B3D01FA5F11F306F4090FD50E238070D");
    QTest::newRow("all lower 1") << QStringLiteral("0xde709f2102306220921060314715629080e2fb77");
    QTest::newRow("all lower 2") << QStringLiteral("0x27b1fdb04752bbc536007a920d24acb045561c26");
    QTest::newRow("mixed 1") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    QTest::newRow("mixed 2") << QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    QTest::newRow("mixed 3") << QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
    QTest::newRow("mixed 4") << QStringLiteral("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");
}

void TestEthAddress::toChecksumHex_eip55Vector_roundTrips()
{
    // Arrange
    QFETCH(QString, address);

    // Act
    const Result<EthAddress> parsed = EthAddress::fromHex(address);

    // Assert
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->toChecksumHex(), address);
    QCOMPARE(parsed->toLowerHex(), address.toLower());
}

void TestEthAddress::fromHex_lowercaseOfChecksummed_isAcceptedAndEqual()
{
    // Act
    const Result<EthAddress> mixed = EthAddress::fromHex(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    const Result<EthAddress> lower = EthAddress::fromHex(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");

    // Assert
    QVERIFY(mixed.ok() && lower.ok());
    QVERIFY(*mixed == *lower);
}

void TestEthAddress::fromHex_badChecksumOrShape_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("one letter's case flipped") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
                                               << QStringLiteral("checksum");
    QTest::newRow("no 0x") << QStringLiteral("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") << QStringLiteral("0x");
    QTest::newRow("39 digits") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")
                               << QStringLiteral("40 hex digits");
    QTest::newRow("not hex") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")
                             << QStringLiteral("not hexadecimal");
    QTest::newRow("empty") << QString() << QStringLiteral("0x");
}

void TestEthAddress::fromHex_badChecksumOrShape_isRejected()
{
    // Arrange
    QFETCH(QString, text);
    QFETCH(QString, reason);

    // Act
    const Result<EthAddress> parsed = EthAddress::fromHex(text);

    // Assert
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("crypto.address"));
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestEthAddress::fromHex_privateKeyPastedByMistake_errorDoesNotQuoteIt()
{
    // Arrange: a (public, Hardhat) private key where an address was expected.
    const QString key = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

    // Act
    const Result<EthAddress> parsed = EthAddress::fromHex(key);

    // Assert
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().message.contains(QStringLiteral("ac0974bec39a")));
}

void TestEthAddress::fromPublicKey_wrongLength_isRejected()
{
    // Act
    const Result<EthAddress> parsed = EthAddress::fromPublicKey(QByteArray(33, '\x02'));

    // Assert
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("crypto.address"));
}

QTEST_GUILESS_MAIN(TestEthAddress)
#include "TestEthAddress.moc"
