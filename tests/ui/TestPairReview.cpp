// Pair review over a real engine: a decision clicked in the panel reaches PairRegistry on the engine thread and
// is stored in market_pairs (checked through a connection of the test's own).
#include "DashboardFixture.h"
#include "TestPrinters.h"

#include "models/PairsModel.h"
#include "panels/PairReviewPanel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QPushButton>

using namespace orion;

class TestPairReview final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storedMatcherPairs_areShownForReview();
    void confirmButton_storesUserDecisionWithChosenPolarity();
    void rejectButton_storesRejectionAndPairIsNoLongerTradable();
    void buttons_withoutSelection_areDisabled();

private:
    PairReviewPanel* panel() { return m_dashboard.find<PairReviewPanel>(QStringLiteral("pairReviewPanel")); }
    QPushButton* button(const char* name) { return m_dashboard.find<QPushButton>(QString::fromLatin1(name)); }

    test::Dashboard m_dashboard;
};

void TestPairReview::initTestCase()
{
    test::isolateUiSettings();
}

void TestPairReview::init()
{
    // The matcher's output as `orion match` stores it: one pair to review, one automatic.
    const bool started = m_dashboard.start([](Settings& settings, const QString&) {
        auto database = Database::open(settings.database.url);
        QVERIFY(database.ok());
        QVERIFY(database.value()->migrate().ok());
        QVERIFY(database.value()
                    ->exec(QStringLiteral(
                        "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, "
                        "flags, created_at, updated_at) VALUES "
                        "('KXFED-26DEC-T4.50', '0xfed', 'same', 0.81, 'review', 'date_mismatch', 1, 1), "
                        "('KXBTC-26DEC31', '0xbtc', 'same', 0.97, 'auto', '', 1, 1)"))
                    .ok());
    });
    QVERIFY(started);
    QTRY_COMPARE(panel()->model()->rowCount(), 2);
}

void TestPairReview::cleanup()
{
    m_dashboard.stop();
}

void TestPairReview::storedMatcherPairs_areShownForReview()
{
    const PairsModel* model = panel()->model();
    int reviewRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PairsModel::Kalshi).data().toString() == QLatin1String("KXFED-26DEC-T4.50")) {
            reviewRow = row;
        }
    }
    QVERIFY(reviewRow >= 0);
    QCOMPARE(model->index(reviewRow, PairsModel::Score).data().toString(), QStringLiteral("0.810"));
    QCOMPARE(model->index(reviewRow, PairsModel::Flags).data().toString(), QStringLiteral("date_mismatch"));
    QCOMPARE(model->index(reviewRow, PairsModel::Verdict).data().toString(), QStringLiteral("review"));
    QCOMPARE(model->index(reviewRow, PairsModel::Tradable).data().toString(), QStringLiteral("no"));
}

void TestPairReview::confirmButton_storesUserDecisionWithChosenPolarity()
{
    QVERIFY(panel()->selectPair(QStringLiteral("KXFED-26DEC-T4.50"), QStringLiteral("0xfed")));
    auto* polarity = m_dashboard.find<QComboBox>(QStringLiteral("pairPolarity"));
    polarity->setCurrentIndex(polarity->findData(static_cast<int>(Polarity::Inverse)));

    QTest::mouseClick(button("confirmPairButton"), Qt::LeftButton);

    QTRY_COMPARE(m_dashboard
                     .query(QStringLiteral("SELECT decision, polarity, decided_by FROM market_pairs "
                                           "WHERE kalshi_market_id = 'KXFED-26DEC-T4.50'"))
                     .value(0)
                     .value(0)
                     .toString(),
        QStringLiteral("confirmed"));
    const auto rows = m_dashboard.query(QStringLiteral(
        "SELECT decision, polarity, decided_by FROM market_pairs WHERE kalshi_market_id = 'KXFED-26DEC-T4.50'"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(1).toString(), QStringLiteral("inverse"));
    QCOMPARE(rows.first().at(2).toString(), QStringLiteral("user"));
    // The engine's registry now treats it as tradable, and the panel says so.
    QTRY_VERIFY([&] {
        for (const DashboardPair& pair : m_dashboard.controller().snapshot().pairs) {
            if (pair.match.kalshiTicker == QLatin1String("KXFED-26DEC-T4.50")) {
                return pair.tradable && pair.userDecision == DashboardPair::UserDecision::Confirmed;
            }
        }
        return false;
    }());
    QVERIFY(
        m_dashboard.query(QStringLiteral("SELECT 1 FROM audit_log WHERE category = 'pairs' AND action = 'confirmed'"))
            .size()
        == 1);
}

void TestPairReview::rejectButton_storesRejectionAndPairIsNoLongerTradable()
{
    QVERIFY(panel()->selectPair(QStringLiteral("KXBTC-26DEC31"), QStringLiteral("0xbtc")));

    QTest::mouseClick(button("rejectPairButton"), Qt::LeftButton);

    QTRY_COMPARE(
        m_dashboard.query(QStringLiteral("SELECT decision FROM market_pairs WHERE kalshi_market_id = 'KXBTC-26DEC31'"))
            .value(0)
            .value(0)
            .toString(),
        QStringLiteral("user_rejected"));
    QTRY_VERIFY([&] {
        for (const DashboardPair& pair : m_dashboard.controller().snapshot().pairs) {
            if (pair.match.kalshiTicker == QLatin1String("KXBTC-26DEC31")) {
                return !pair.tradable && pair.userDecision == DashboardPair::UserDecision::Rejected;
            }
        }
        return false;
    }());
}

void TestPairReview::buttons_withoutSelection_areDisabled()
{
    QVERIFY(!button("confirmPairButton")->isEnabled());
    QVERIFY(!button("rejectPairButton")->isEnabled());
}

QTEST_MAIN(TestPairReview)
#include "TestPairReview.moc"
