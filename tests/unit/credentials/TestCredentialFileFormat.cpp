// Fuzz-style: random and mutated bytes into the credential file reader must give an Error, never a crash or hang.
// ctest-timeout: 300
#include "credentials/CredentialFileFormat.h"
#include "credentials/EncryptedFileCredentialStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using orion::CredentialFileFormat;
using orion::EncryptedFileCredentialStore;
using orion::SecretBytes;

class TestCredentialFileFormat final : public QObject
{
    Q_OBJECT

private slots:
    void encodeEntries_thenDecode_roundTrips();
    void decodeEntries_withDuplicateOrOversizedEntries_isRejected_data();
    void decodeEntries_withDuplicateOrOversizedEntries_isRejected();
    void decodeHeader_randomBytes_neverCrashes();
    void decodeEntries_mutatedPlaintext_neverCrashes();
    void open_mutatedFile_alwaysFailsCleanly();
};

void TestCredentialFileFormat::encodeEntries_thenDecode_roundTrips()
{
    std::map<QString, SecretBytes> entries;
    entries.emplace(QStringLiteral("kalshi.key_id"), SecretBytes(QByteArrayView("id-1")));
    entries.emplace(QStringLiteral("polymarket.api_secret"), SecretBytes(QByteArray(300, '\0')));

    const SecretBytes encoded = CredentialFileFormat::encodeEntries(entries);
    const auto decoded = CredentialFileFormat::decodeEntries(encoded.reveal());

    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().size(), size_t{2});
    QCOMPARE(decoded.value().at(QStringLiteral("kalshi.key_id")).reveal(), QByteArrayView("id-1"));
    QCOMPARE(decoded.value().at(QStringLiteral("polymarket.api_secret")).size(), 300);
}

void TestCredentialFileFormat::decodeEntries_withDuplicateOrOversizedEntries_isRejected_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("duplicate") << QByteArray::fromHex("0002" "01" "61" "00000001" "78" "01" "61" "00000001" "79");
    QTest::newRow("value longer than the file") << QByteArray::fromHex("0001" "01" "61" "7fffffff" "78");
    QTest::newRow("count above limit") << QByteArray::fromHex("ffff");
    QTest::newRow("trailing bytes") << QByteArray::fromHex("0000" "00");
    QTest::newRow("bad name character") << QByteArray::fromHex("0001" "01" "2f" "00000000");
    QTest::newRow("empty name") << QByteArray::fromHex("0001" "00" "00000000");
}

void TestCredentialFileFormat::decodeEntries_withDuplicateOrOversizedEntries_isRejected()
{
    QFETCH(QByteArray, plaintext);

    const auto decoded = CredentialFileFormat::decodeEntries(plaintext);

    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("credentials.format"));
}

void TestCredentialFileFormat::decodeHeader_randomBytes_neverCrashes()
{
    QRandomGenerator random(20261125);
    const QByteArray valid = CredentialFileFormat::encodeHeader(orion::ScryptParams{}, QByteArray(16, 's'))
        + QByteArray(40, 'c');
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray input;
        if (i % 2 == 0) {
            input.resize(random.bounded(0, 80));
            for (char& c : input) {
                c = static_cast<char>(random.bounded(256));
            }
        } else {
            input = valid.first(random.bounded(0, static_cast<int>(valid.size()) + 1));
            for (int flips = random.bounded(1, 4); flips > 0 && !input.isEmpty(); --flips) {
                input[random.bounded(static_cast<int>(input.size()))] = static_cast<char>(random.bounded(256));
            }
        }
        const auto header = CredentialFileFormat::decodeHeader(input);
        if (header.ok()) {
            ++accepted;
            QVERIFY(header.value().headerSize <= input.size());
            QVERIFY(header.value().params.memoryBytes() <= (1ULL << 30) + (1ULL << 20));
        }
    }
    QVERIFY(accepted > 0); // some mutations keep a valid header: the loop reaches the accepting path
}

void TestCredentialFileFormat::decodeEntries_mutatedPlaintext_neverCrashes()
{
    std::map<QString, SecretBytes> entries;
    entries.emplace(QStringLiteral("kalshi.key_id"), SecretBytes(QByteArrayView("0a1b2c3d")));
    entries.emplace(QStringLiteral("telegram.chat_id"), SecretBytes(QByteArrayView("-1001")));
    const QByteArray valid = CredentialFileFormat::encodeEntries(entries).reveal().toByteArray();
    QRandomGenerator random(7);
    for (int i = 0; i < 50000; ++i) {
        QByteArray input = valid.first(random.bounded(0, static_cast<int>(valid.size()) + 1));
        for (int flips = random.bounded(0, 4); flips > 0 && !input.isEmpty(); --flips) {
            input[random.bounded(static_cast<int>(input.size()))] = static_cast<char>(random.bounded(256));
        }
        const auto decoded = CredentialFileFormat::decodeEntries(input);
        if (decoded.ok()) {
            QVERIFY(decoded.value().size() <= 2);
        }
    }
}

void TestCredentialFileFormat::open_mutatedFile_alwaysFailsCleanly()
{
    // A real file, then single-byte changes and truncations anywhere outside the scrypt cost fields (which would
    // only make each attempt slow, not unsafe: their bounds are checked above).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.enc"));
    const SecretBytes password(QByteArrayView("pw"));
    {
        auto store = EncryptedFileCredentialStore::open(path, password, orion::ScryptParams{1ULL << 4, 1, 1});
        QVERIFY(store.ok());
        QVERIFY(store.value()->writeNow(QStringLiteral("kalshi.key_id"), SecretBytes(QByteArrayView("some-key-id"))).ok());
    }
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray valid = original.readAll();
    original.close();
    QRandomGenerator random(11);
    int failures = 0;
    const int rounds = 3000;
    for (int i = 0; i < rounds; ++i) {
        QByteArray input = valid;
        if (i % 3 == 0) {
            input.truncate(random.bounded(static_cast<int>(valid.size())));
        } else {
            int offset = random.bounded(static_cast<int>(valid.size()));
            if (offset >= 10 && offset < 19) {
                offset = 19 + random.bounded(static_cast<int>(valid.size()) - 19);
            }
            input[offset] = static_cast<char>(input[offset] ^ static_cast<char>(random.bounded(1, 256)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(input);
        file.close();
        const auto opened = EncryptedFileCredentialStore::open(path, password);
        failures += opened.ok() ? 0 : 1;
    }
    QCOMPARE(failures, rounds); // every change is detected
}

QTEST_GUILESS_MAIN(TestCredentialFileFormat)
#include "TestCredentialFileFormat.moc"
