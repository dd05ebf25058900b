// ConfigProblem::toString: the one line a user reads for each mistake.
#include "config/ConfigProblem.h"

#include <QTest>

using namespace orion;

class TestConfigProblem final : public QObject
{
    Q_OBJECT

private slots:
    void toString_withKnownParts_leavesOutTheUnknownOnes_data();
    void toString_withKnownParts_leavesOutTheUnknownOnes();
    void joinProblems_severalProblems_givesOneLineEach();
};

void TestConfigProblem::toString_withKnownParts_leavesOutTheUnknownOnes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QString message = QStringLiteral("must be between 0 and 1, got 1.5");
    QTest::newRow("everything") << QStringLiteral("config.yaml") << 12 << 3 << QStringLiteral("risk.max_daily_loss_pct")
                                << QStringLiteral("config.yaml:12:3: risk.max_daily_loss_pct: must be between 0 and "
                                                  "1, got 1.5");
    QTest::newRow("no column") << QStringLiteral("config.yaml") << 12 << 0 << QStringLiteral("risk.max_daily_loss_pct")
                               << QStringLiteral("config.yaml:12: risk.max_daily_loss_pct: must be between 0 and 1, "
                                                 "got 1.5");
    QTest::newRow("no line") << QStringLiteral("config.yaml") << 0 << 0 << QStringLiteral("risk.max_daily_loss_pct")
                             << QStringLiteral("config.yaml: risk.max_daily_loss_pct: must be between 0 and 1, got "
                                               "1.5");
    QTest::newRow("no file") << QString() << 0 << 0 << QStringLiteral("risk.max_daily_loss_pct")
                             << QStringLiteral("risk.max_daily_loss_pct: must be between 0 and 1, got 1.5");
    QTest::newRow("no key") << QStringLiteral("config.yaml") << 4 << 1 << QString()
                            << QStringLiteral("config.yaml:4:1: must be between 0 and 1, got 1.5");
    QTest::newRow("only the message") << QString() << 0 << 0 << QString() << message;
}

void TestConfigProblem::toString_withKnownParts_leavesOutTheUnknownOnes()
{
    // Arrange
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const ConfigProblem problem{file, line, column, key, QStringLiteral("must be between 0 and 1, got 1.5")};
    // Act
    const QString text = problem.toString();
    // Assert
    QCOMPARE(text, expected);
}

void TestConfigProblem::joinProblems_severalProblems_givesOneLineEach()
{
    // Arrange
    const QList<ConfigProblem> problems{{QStringLiteral("a.yaml"), 1, 1, QStringLiteral("x"), QStringLiteral("bad")},
                                        {QStringLiteral("a.yaml"), 2, 3, QStringLiteral("y"), QStringLiteral("worse")}};
    // Act
    const QString text = joinProblems(problems);
    // Assert
    QCOMPARE(text, QStringLiteral("a.yaml:1:1: x: bad\na.yaml:2:3: y: worse"));
}

QTEST_GUILESS_MAIN(TestConfigProblem)
#include "TestConfigProblem.moc"
