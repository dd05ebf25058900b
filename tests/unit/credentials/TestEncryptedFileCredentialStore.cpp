// The encrypted credential file: round trip, wrong password, tampering, truncation, atomic replacement.
#include "credentials/EncryptedFileCredentialStore.h"

#include "credentials/CredentialFileFormat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using orion::EncryptedFileCredentialStore;
using orion::ScryptParams;
using orion::SecretBytes;

namespace {

// Cheap parameters keep the tests fast; one test checks the strong defaults separately.
const ScryptParams kFast{1ULL << 10, 8, 1};

SecretBytes secret(const char* text)
{
    return SecretBytes(QByteArrayView(text));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

} // namespace

class TestEncryptedFileCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writeNow_thenReopen_readsTheSameValues();
    void open_withWrongPassword_failsWithPasswordError();
    void open_withOneByteChanged_failsAndNamesTampering_data();
    void open_withOneByteChanged_failsAndNamesTampering();
    void open_truncatedFile_failsWithoutCrash_data();
    void open_truncatedFile_failsWithoutCrash();
    void open_notACredentialFile_saysSo();
    void newFile_usesStrongDefaultsAndOwnerOnlyPermissions();
    void writeNow_whenTheDiskRefusesTheWrite_leavesThePreviousFileIntact();
    void removeNow_deletesOnlyThatEntry();
    void writeNow_withUnknownName_isRejected();
    void file_neverContainsThePlaintext();

private:
    QString createStoreWithTwoEntries();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestEncryptedFileCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("credentials.enc"));
}

QString TestEncryptedFileCredentialStore::createStoreWithTwoEntries()
{
    auto store = EncryptedFileCredentialStore::open(m_path, secret("correct horse"), kFast);
    if (!store.ok()) {
        return store.error().toString();
    }
    if (!store.value()->writeNow(QStringLiteral("kalshi.key_id"), secret("0a1b2c3d-0000-4000-8000-123456789abc")).ok()
        || !store.value()->writeNow(QStringLiteral("telegram.chat_id"), secret("-100123456")).ok()) {
        return QStringLiteral("write failed");
    }
    return {};
}

void TestEncryptedFileCredentialStore::writeNow_thenReopen_readsTheSameValues()
{
    // Arrange
    QCOMPARE(createStoreWithTwoEntries(), QString());

    // Act
    auto reopened = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));

    // Assert
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    QCOMPARE(reopened.value()->params(), kFast); // the header's parameters, not the defaults
    const auto keyId = reopened.value()->readNow(QStringLiteral("kalshi.key_id"));
    QVERIFY(keyId.ok());
    QCOMPARE(keyId.value().reveal(), QByteArrayView("0a1b2c3d-0000-4000-8000-123456789abc"));
    QCOMPARE(reopened.value()->listPresentNow().value(),
             (QStringList{QStringLiteral("kalshi.key_id"), QStringLiteral("telegram.chat_id")}));
    QCOMPARE(reopened.value()->readNow(QStringLiteral("kalshi.private_key")).error().code,
             QStringLiteral("credentials.missing"));
}

void TestEncryptedFileCredentialStore::open_withWrongPassword_failsWithPasswordError()
{
    QCOMPARE(createStoreWithTwoEntries(), QString());

    auto opened = EncryptedFileCredentialStore::open(m_path, secret("wrong horse"));

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("credentials.password"));
    QVERIFY(opened.error().message.contains(QStringLiteral("password is wrong")));
}

void TestEncryptedFileCredentialStore::open_withOneByteChanged_failsAndNamesTampering_data()
{
    QTest::addColumn<int>("offsetFromStart");
    QTest::addColumn<int>("offsetFromEnd");
    QTest::newRow("scrypt r") << 14 << -1;
    QTest::newRow("salt") << 22 << -1;
    QTest::newRow("nonce") << 40 << -1;
    QTest::newRow("ciphertext") << 60 << -1;
    QTest::newRow("tag") << -1 << 3;
}

void TestEncryptedFileCredentialStore::open_withOneByteChanged_failsAndNamesTampering()
{
    QFETCH(int, offsetFromStart);
    QFETCH(int, offsetFromEnd);
    QCOMPARE(createStoreWithTwoEntries(), QString());
    QByteArray contents = readFile(m_path);
    const qsizetype offset = offsetFromStart >= 0 ? offsetFromStart : contents.size() - offsetFromEnd;
    contents[offset] = static_cast<char>(contents[offset] ^ 0x01);
    writeFile(m_path, contents);

    auto opened = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));

    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().code == QLatin1String("credentials.password")
                 || opened.error().code == QLatin1String("credentials.format"),
             qPrintable(opened.error().toString()));
    QVERIFY(opened.error().message.contains(QStringLiteral("modified")) || opened.error().code.endsWith(QLatin1String("format")));
}

void TestEncryptedFileCredentialStore::open_truncatedFile_failsWithoutCrash_data()
{
    QTest::addColumn<int>("keep");
    for (int keep : {0, 4, 8, 12, 20, 30, 37, 50, 70}) {
        QTest::addRow("first %d bytes", keep) << keep;
    }
    QTest::newRow("last byte missing") << -1;
}

void TestEncryptedFileCredentialStore::open_truncatedFile_failsWithoutCrash()
{
    QFETCH(int, keep);
    QCOMPARE(createStoreWithTwoEntries(), QString());
    const QByteArray contents = readFile(m_path);
    writeFile(m_path, contents.first(keep >= 0 ? keep : contents.size() - 1));

    auto opened = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));

    QVERIFY(!opened.ok());
    if (keep >= 8 && keep < 50) {
        QCOMPARE(opened.error().code, QStringLiteral("credentials.format"));
        QVERIFY2(opened.error().message.contains(QStringLiteral("truncated"))
                     || opened.error().message.contains(QStringLiteral("salt")),
                 qPrintable(opened.error().message));
    }
}

void TestEncryptedFileCredentialStore::open_notACredentialFile_saysSo()
{
    writeFile(m_path, "KALSHI_KEY_ID=abc\nPOLYMARKET_PRIVATE_KEY=0x1234\n");

    auto opened = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));

    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("credentials.format"));
    QVERIFY(opened.error().message.contains(QStringLiteral("not an Orion credential file")));
}

void TestEncryptedFileCredentialStore::newFile_usesStrongDefaultsAndOwnerOnlyPermissions()
{
    auto store = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));
    QVERIFY(store.ok());

    QVERIFY(store.value()->writeNow(QStringLiteral("telegram.chat_id"), secret("123456789")).ok());

    const auto header = orion::CredentialFileFormat::decodeHeader(readFile(m_path));
    QVERIFY(header.ok());
    QCOMPARE(header.value().params.n, 1ULL << 17);
    QCOMPARE(header.value().params.r, 8U);
    QCOMPARE(header.value().salt.size(), 16);
    QCOMPARE(QFile::permissions(m_path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                            | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestEncryptedFileCredentialStore::writeNow_whenTheDiskRefusesTheWrite_leavesThePreviousFileIntact()
{
    // Arrange: a small file, then a file-size limit below what the next write needs (as a full disk would).
    QCOMPARE(createStoreWithTwoEntries(), QString());
    const QByteArray before = readFile(m_path);
    auto store = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));
    QVERIFY(store.ok());
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = static_cast<rlim_t>(before.size() + 100);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);

    // Act
    const orion::Status written =
        store.value()->writeNow(QStringLiteral("kalshi.private_key"), SecretBytes(QByteArray(20000, 'k')));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    // Assert: an error, the old file byte for byte, no temporary file left, and the store still has the old state.
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("credentials.io"));
    QCOMPARE(readFile(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("credentials.enc")});
    QCOMPARE(store.value()->readNow(QStringLiteral("kalshi.private_key")).error().code,
             QStringLiteral("credentials.missing"));
    QVERIFY(EncryptedFileCredentialStore::open(m_path, secret("correct horse")).ok());
}

void TestEncryptedFileCredentialStore::removeNow_deletesOnlyThatEntry()
{
    QCOMPARE(createStoreWithTwoEntries(), QString());
    auto store = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));
    QVERIFY(store.ok());

    QVERIFY(store.value()->removeNow(QStringLiteral("kalshi.key_id")).ok());
    QVERIFY(store.value()->removeNow(QStringLiteral("kalshi.key_id")).ok()); // already gone: still fine

    auto reopened = EncryptedFileCredentialStore::open(m_path, secret("correct horse"));
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->listPresentNow().value(), QStringList{QStringLiteral("telegram.chat_id")});
}

void TestEncryptedFileCredentialStore::writeNow_withUnknownName_isRejected()
{
    auto store = EncryptedFileCredentialStore::open(m_path, secret("correct horse"), kFast);
    QVERIFY(store.ok());

    const orion::Status written = store.value()->writeNow(QStringLiteral("kalshi.privat_key"), secret("whatever!"));

    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("credentials.name"));
    QVERIFY(!QFile::exists(m_path));
}

void TestEncryptedFileCredentialStore::file_neverContainsThePlaintext()
{
    QCOMPARE(createStoreWithTwoEntries(), QString());

    const QByteArray contents = readFile(m_path);

    QVERIFY(!contents.contains("0a1b2c3d-0000-4000-8000-123456789abc"));
    QVERIFY(!contents.contains("kalshi.key_id"));
    QVERIFY(!contents.contains("-100123456"));
}

QTEST_GUILESS_MAIN(TestEncryptedFileCredentialStore)
#include "TestEncryptedFileCredentialStore.moc"
