#include "crypto/Keccak256.h"

#include <QTest>

using namespace orion;

// Vectors: the empty string and "abc" as Ethereum tooling publishes them; the hex messages are rows of the Keccak
// team's ShortMsgKAT_256.txt (SHA-3 round 3 submission, original 0x01 padding), chosen around the 136-byte rate.
class TestKeccak256 : public QObject
{
    Q_OBJECT

private slots:
    void hash_publishedVector_matches_data();
    void hash_publishedVector_matches();
    void hash_longInput_matchesIndependentImplementation_data();
    void hash_longInput_matchesIndependentImplementation();
    void addData_inChunksAcrossBlockBoundaries_matchesOneShot_data();
    void addData_inChunksAcrossBlockBoundaries_matchesOneShot();
    void hash_emptyString_isNotNistSha3();
    void result_calledTwice_startsANewMessage();
};

void TestKeccak256::hash_publishedVector_matches_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray()
                           << QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    QTest::newRow("quick brown fox")
        << QByteArray("The quick brown fox jumps over the lazy dog")
        << QByteArray("4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
    QTest::newRow("KAT Len=8") << QByteArray::fromHex("6b")
                               << QByteArray("f3d0adcb6a1c70832365e9da0a6b2f5199422f6a53c67cfad171114e3442aa0f");
    QTest::newRow("KAT Len=1080 (135 bytes: padding shares the last byte)")
        << QByteArray::fromHex(
               "2f3fb9e6321405869ff0e6271369357ee08c9c27837fe300adf3766a61979591d64e7809627e8f026e762982df5f00bf"
               "eb9ce76f1ccb70c9bee6331f7dc8b15417295d7aa7ec7c1662a69842059901f136e96052b4d01b72b64f92331744872f"
               "6de4a915d0262b33ccc375d25d77c3936023e514f30187a9501adc685e6497cc4841e119670d4d")
        << QByteArray("0484f02cc16415e7e9f28f95b6bb77209e1b25ec35015de84facbc8f9605b39e");
    QTest::newRow("KAT Len=1088 (136 bytes: exactly one block, padding needs a second)")
        << QByteArray::fromHex(
               "33d0c3052e3ac8c19beca6b0dfa73888f753655fb2c9f77e1238602c9f6d7ad33e3dd96c78a22e148ed4c46d7cfdf674"
               "505bd40325cb813804e264a450de778f1c50fc94f32aa881fe6def7b6ae6efbb42c3be678f40a09322053773e3af0200"
               "00fe94f3283c7527aa64a2144b92cf8d568df4e6cd957af09ab1637e61667e616412558d4fcab4f9")
        << QByteArray("b30ad6fc320c0d70309dc39953895cb7cf3fbedec7d86a5f7aa9f2bb760f6dba");
    QTest::newRow("KAT Len=1096 (137 bytes: one block plus one byte)")
        << QByteArray::fromHex(
               "2f570e7aeadd07406bfc263992a0292c528daab4f32816573b6be58a36998465f192e0db70e81cdbe5431477e43ea437"
               "cb4eebbe760116b26dfb3ca395c1098753e962c3d27f9fb8c2b32fa6f1d3debd22c97b99cb924b388d87db2348e5aa9c"
               "cf0d60a18cff594eb389f5a55dd362809dde19687064a0feec7c213561cbd130d832d264312cb3e4b6")
        << QByteArray("6cf9e0e9008f6b5b2d28fb38c47a0212e7b28f6a7f44815f10c53141c2f1c84d");
    QTest::newRow("KAT Len=2032 (254 bytes, two blocks)")
        << QByteArray::fromHex(
               "481dd9182975f32bf7dca9850268ddee861e5d606097d955377dd069154fdd5d6cb776962c6ac223466ca849d486375a"
               "a495bb052d945a64122bce277aac85e763fc7e906640b3adac5cf681e22edb87c4968cf12be7563d1225658cd2eb7436"
               "e7f2c64d337afbe0d6f161b81f3d40e4d4ccd500b32c3dc652a353248ec75a76ba21c4ed9bbfce71b0302ad06d6ab441"
               "378a41ebb77fb10923052db1cc882787a9ec7544ab43b55b74e02ce14ae123816b656c23e51e2c08235abaf0e2e2778c"
               "ceecd0793086d5a4660186b1e2aa334e0f9f72f4be9efce1f8b6d2db984a67663738e068bfb50c25b793d79a3d0ae84c"
               "aa5b4168f93e4af2f51ccd8e6734")
        << QByteArray("5b1b87b1feca95e702186c47dd2e0436788ac686207906106b6363ce7d697624");
}

void TestKeccak256::hash_publishedVector_matches()
{
    // Arrange
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    // Act
    const QByteArray digest = Keccak256::hash(message);

    // Assert
    QCOMPARE(digest.toHex(), expected);
}

namespace {

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 31 + 7) & 0xff);
    return bytes;
}

} // namespace

void TestKeccak256::hash_longInput_matchesIndependentImplementation_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    // Expected values computed with the npm package js-sha3 0.9.3 (keccak256), an independent implementation.
    QTest::newRow("1,000,000 x 'a' (7353 blocks)")
        << QByteArray(1000000, 'a') << QByteArray("fadae6b49f129bbb812be8407b7b2894f34aecf6dbd1f9b0f0c7e9853098fc96");
    QTest::newRow("4096-byte pattern (i*31+7)")
        << pattern(4096) << QByteArray("1a8708a1b490543348ef1468dc6dd07aa8f556e311f5ce378e71452b0d180d03");
}

void TestKeccak256::hash_longInput_matchesIndependentImplementation()
{
    // Arrange
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    // Act
    const QByteArray digest = Keccak256::hash(message);

    // Assert
    QCOMPARE(digest.toHex(), expected);
}

void TestKeccak256::addData_inChunksAcrossBlockBoundaries_matchesOneShot_data()
{
    QTest::addColumn<int>("chunkSize");

    for (const int size : {1, 7, 64, 135, 136, 137, 200})
        QTest::addRow("chunks of %d", size) << size;
}

void TestKeccak256::addData_inChunksAcrossBlockBoundaries_matchesOneShot()
{
    // Arrange: 1 KiB plus change, so every chunk size crosses several 136-byte block boundaries.
    QFETCH(int, chunkSize);
    const QByteArray message = pattern(1100);
    Keccak256 keccak;

    // Act
    for (qsizetype offset = 0; offset < message.size(); offset += chunkSize)
        keccak.addData(QByteArrayView(message).sliced(offset, std::min<qsizetype>(chunkSize, message.size() - offset)));
    const QByteArray digest = keccak.result();

    // Assert
    QCOMPARE(digest, Keccak256::hash(message));
}

void TestKeccak256::hash_emptyString_isNotNistSha3()
{
    // Act
    const QByteArray digest = Keccak256::hash({});

    // Assert: NIST SHA3-256("") (padding 0x06) would sign orders no exchange accepts.
    QVERIFY(digest.toHex() != QByteArray("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"));
}

void TestKeccak256::result_calledTwice_startsANewMessage()
{
    // Arrange
    Keccak256 keccak;
    keccak.addData("abc");
    const QByteArray first = keccak.result();

    // Act
    keccak.addData("abc");
    const QByteArray second = keccak.result();

    // Assert
    QCOMPARE(second, first);
}

QTEST_GUILESS_MAIN(TestKeccak256)
#include "TestKeccak256.moc"
