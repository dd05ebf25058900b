#include "crypto/SecretBytes.h"

#include <QDebug>
#include <QString>
#include <QTest>

#include <type_traits>

using namespace orion;

// What must not compile is checked here at compile time: a secret cannot be copied, logged or turned into a
// QString/QByteArray by accident.
static_assert(!std::is_copy_constructible_v<SecretBytes>);
static_assert(!std::is_copy_assignable_v<SecretBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);
static_assert(!std::is_convertible_v<SecretBytes, QByteArray>);
static_assert(!std::is_convertible_v<SecretBytes, QString>);
static_assert(!std::is_convertible_v<SecretBytes, QByteArrayView>);
template <typename T>
concept Loggable = requires(QDebug debug, const T& value) { debug << value; };
static_assert(Loggable<QByteArray>); // the check itself works
static_assert(!Loggable<SecretBytes>);

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void reveal_constructedFromBytes_givesTheBytes();
    void move_constructOrAssign_leavesSourceEmpty();
    void clone_isIndependentCopy();
    void takeFrom_sourceByteArray_isClearedAndSecretKeepsBytes();
    void scopedCopy_whenDestroyed_wipesSharedBuffer();
    void zeroed_size_isAllZeroAndWritable();
    void equality_sameAndDifferentBytes_comparesContent_data();
    void equality_sameAndDifferentBytes_comparesContent();
    void clear_secret_becomesEmpty();
};

void TestSecretBytes::reveal_constructedFromBytes_givesTheBytes()
{
    // Act
    const SecretBytes secret(QByteArrayView("hunter2"));

    // Assert
    QCOMPARE(secret.size(), 7);
    QCOMPARE(secret.reveal(), QByteArrayView("hunter2"));
    QCOMPARE(secret.revealBytes().size(), size_t(7));
}

void TestSecretBytes::move_constructOrAssign_leavesSourceEmpty()
{
    // Arrange
    SecretBytes first(QByteArrayView("one"));
    SecretBytes second(QByteArrayView("two"));

    // Act
    SecretBytes moved(std::move(first));
    second = std::move(moved);

    // Assert
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(second.reveal(), QByteArrayView("one"));
}

void TestSecretBytes::clone_isIndependentCopy()
{
    // Arrange
    SecretBytes original(QByteArrayView("abc"));

    // Act
    SecretBytes copy = original.clone();
    original.mutableBytes()[0] = 'X';

    // Assert
    QCOMPARE(copy.reveal(), QByteArrayView("abc"));
}

void TestSecretBytes::takeFrom_sourceByteArray_isClearedAndSecretKeepsBytes()
{
    // Arrange
    QByteArray source("wallet-key");

    // Act
    const SecretBytes secret = SecretBytes::takeFrom(source);

    // Assert
    QVERIFY(source.isEmpty());
    QCOMPARE(secret.reveal(), QByteArrayView("wallet-key"));
}

void TestSecretBytes::scopedCopy_whenDestroyed_wipesSharedBuffer()
{
    // Arrange
    const SecretBytes secret(QByteArrayView("api-secret"));
    QByteArray sharedCopy;

    // Act
    {
        const SecretBytes::ScopedCopy revealed = secret.revealCopy();
        QCOMPARE(revealed.bytes(), QByteArray("api-secret"));
        sharedCopy = revealed.bytes(); // implicitly shared with the scoped copy's buffer
    }

    // Assert: a QByteArray handed to a Qt API no longer holds the secret once the scope ends.
    QCOMPARE(sharedCopy, QByteArray(10, '\0'));
}

void TestSecretBytes::zeroed_size_isAllZeroAndWritable()
{
    // Act
    SecretBytes secret = SecretBytes::zeroed(4);
    const bool allZero = secret.reveal() == QByteArrayView(QByteArray(4, '\0'));
    secret.mutableBytes()[3] = 7;

    // Assert
    QVERIFY(allZero);
    QCOMPARE(secret.reveal(), QByteArrayView("\0\0\0\x07", 4));
}

void TestSecretBytes::equality_sameAndDifferentBytes_comparesContent_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("last byte differs") << QByteArray("secret") << QByteArray("secreu") << false;
    QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestSecretBytes::equality_sameAndDifferentBytes_comparesContent()
{
    // Arrange
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    // Act
    const bool result = SecretBytes(a) == SecretBytes(b);

    // Assert
    QCOMPARE(result, equal);
}

void TestSecretBytes::clear_secret_becomesEmpty()
{
    // Arrange
    SecretBytes secret(QByteArrayView("abc"));

    // Act
    secret.clear();

    // Assert
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.reveal().size(), 0);
}

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
