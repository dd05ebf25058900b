#include "matching/EventMatcher.h"

#include <QTest>

using namespace orion;

namespace {

const QString kKalshiRules = QStringLiteral(
    "If the event described in the title occurs by the stated date, the market resolves to Yes. Otherwise it "
    "resolves to No. Outcome verified from official sources.");
const QString kPolyRules = QStringLiteral(
    "This market will resolve to \"Yes\" if the event described in the title happens by the stated date. "
    "Otherwise, this market will resolve to \"No\". The resolution source is official reporting.");

CatalogueMarket kalshiMarket(const QString& title, const QString& rules = kKalshiRules,
                             const QString& ticker = QStringLiteral("KXTEST-26-A"))
{
    CatalogueMarket m;
    m.venue = CatalogueVenue::Kalshi;
    m.key = ticker;
    m.eventId = ticker.left(ticker.lastIndexOf(QLatin1Char('-')));
    m.title = title;
    m.rulesText = rules;
    m.closeTime = QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC);
    return m;
}

CatalogueMarket polyMarket(const QString& question, const QString& description = kPolyRules,
                           const QStringList& outcomes = {QStringLiteral("Yes"), QStringLiteral("No")})
{
    CatalogueMarket m;
    m.venue = CatalogueVenue::Polymarket;
    m.key = QStringLiteral("0xpoly");
    m.title = question;
    m.rulesText = description;
    m.outcomes = outcomes;
    m.yesLabel = outcomes.value(0);
    m.noLabel = outcomes.value(1);
    m.closeTime = QDateTime(QDate(2026, 12, 31), QTime(23, 0), Qt::UTC);
    return m;
}

} // namespace

// Each near-miss of field-lessons.md has its own test: the pair must never be `auto` and must say why.
class TestEventMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void compare_sameQuestionWithRules_isAuto()
    {
        // Arrange
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?"));
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QCOMPARE(decisionName(r.decision), QStringLiteral("auto"));
        QCOMPARE(r.polarity, Polarity::Same);
        QVERIFY(r.flags.isEmpty());
    }

    void compare_otherCandidateSameRace_isRejected()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Gavin Newsom be the Democratic Presidential nominee in 2028?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Josh Shapiro win the 2028 Democratic presidential nomination?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QCOMPARE(r.decision, MatchDecision::Rejected);
        QVERIFY(r.flags.contains(QStringLiteral("subject_mismatch")));
    }

    void compare_differentWeatherStation_isFlaggedSourceMismatch()
    {
        // Arrange: same city, same day, same strike; Kalshi settles on Midway, Polymarket on O'Hare.
        CatalogueMarket k = kalshiMarket(QStringLiteral("Will the maximum temperature in Chicago be >81° on Aug 19, 2026?"),
                                         QStringLiteral("Resolves Yes if the highest temperature recorded at Chicago "
                                                        "Midway (KMDW) by the National Weather Service is above 81°F."),
                                         QStringLiteral("KXHIGHCHI-26AUG19-T81"));
        k.settlementStation = QStringLiteral("KMDW");
        const CatalogueMarket p = polyMarket(
            QStringLiteral("Will the maximum temperature in Chicago be above 81°F on August 19, 2026?"),
            QStringLiteral("Resolves Yes if the highest temperature recorded at Chicago O'Hare International Airport "
                           "(KORD) on August 19 is above 81°F. Otherwise this market resolves No."));
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY2(r.flags.contains(QStringLiteral("source_mismatch")), qPrintable(r.flags.join(u',')));
    }

    void compare_bucketAgainstCumulative_isNotAuto()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will US GDP growth in 2026 be between 2.1% and 2.5%?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will US GDP growth in 2026 be at least 2.1%?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY2(r.flags.contains(QStringLiteral("bucket_vs_cumulative")), qPrintable(r.flags.join(u',')));
    }

    void compare_greaterAgainstGreaterOrEqual_isComparatorMismatch()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will CPI inflation in 2026 be above 3.0%?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will CPI inflation in 2026 be at least 3.0%?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY2(r.flags.contains(QStringLiteral("comparator_mismatch")), qPrintable(r.flags.join(u',')));
    }

    void compare_firstRoundAgainstOverall_isRejected()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Lula win the first round of the 2026 Brazil presidential election?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Lula win the 2026 Brazil presidential election?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QCOMPARE(r.decision, MatchDecision::Rejected);
        QVERIFY(r.flags.contains(QStringLiteral("period_mismatch")));
    }

    void compare_primaryAgainstGeneral_isRejected()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Ken Paxton win the 2026 Texas Senate Republican primary?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Ken Paxton win the 2026 Texas Senate election?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QCOMPARE(r.decision, MatchDecision::Rejected);
        QVERIFY(r.flags.contains(QStringLiteral("stage_mismatch")));
    }

    // A party primary for governor picks that party's nominee: the two phrasings are one question.
    void compare_stateNomineeAgainstPartyPrimary_isNotRejected()
    {
        // Arrange
        const CatalogueMarket k =
            kalshiMarket(QStringLiteral("Will Cinde Warmington be the Democratic nominee for Governor in New Hampshire?"));
        const CatalogueMarket p = polyMarket(
            QStringLiteral("Will Cinde Warmington win the 2026 New Hampshire Governor Democratic primary election?"));
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QVERIFY2(r.decision != MatchDecision::Rejected, qPrintable(r.flags.join(QLatin1Char(','))));
        QVERIFY(!r.flags.contains(QStringLiteral("stage_mismatch")));
    }

    // One state's presidential primary is a step towards the nomination, not the nomination.
    void compare_presidentialPrimaryAgainstNomination_isRejected()
    {
        // Arrange
        const CatalogueMarket k =
            kalshiMarket(QStringLiteral("Will Gavin Newsom win the 2028 New Hampshire Democratic presidential primary?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?"));
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QCOMPARE(r.decision, MatchDecision::Rejected);
        QVERIFY(r.flags.contains(QStringLiteral("stage_mismatch")));
    }

    // "This year" cannot be dated from the text; against a one-month window it must not trade automatically.
    void compare_thisYearAgainstOneMonth_isNotAuto()
    {
        // Arrange
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Ariana Grande have a #1 hit this year?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Ariana Grande have a #1 hit in the US in May?"));
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY(r.flags.contains(QStringLiteral("date_unverified")));
    }

    void compare_announcementAgainstEvent_isNotAuto()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Max Verstappen announce his retirement before 2027?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will Max Verstappen retire before 2027?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY(r.flags.contains(QStringLiteral("announcement_mismatch")));
    }

    void compare_differentVoidRules_isNotAuto()
    {
        const QString question = QStringLiteral("Will Max Verstappen win the 2026 Monaco Grand Prix?");
        const CatalogueMarket k = kalshiMarket(question, QStringLiteral(
            "Resolves Yes if Max Verstappen wins the race. If the race is cancelled or postponed beyond the season, "
            "the market settles at a fair price determined by Kalshi."));
        const CatalogueMarket p = polyMarket(question, QStringLiteral(
            "This market resolves to Yes if Max Verstappen wins the race. If the race is cancelled, this market will "
            "resolve to \"No\"."));
        const MatchResult r = EventMatcher().compare(k, p);
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY(r.flags.contains(QStringLiteral("void_rule_mismatch")));
    }

    void compare_unreadableRules_neverAuto()
    {
        const QString question = QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?");
        const CatalogueMarket k = kalshiMarket(question, QStringLiteral("\xEF\xBF\xBD\xEF\xBF\xBD <div><div></div></div> 0x00ff"));
        const CatalogueMarket p = polyMarket(question);
        const MatchResult r = EventMatcher().compare(k, p);
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY(r.flags.contains(QStringLiteral("unreadable_rules")));
    }

    void compare_templatePlaceholderInRules_neverAuto()
    {
        const QString question = QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?");
        const CatalogueMarket k = kalshiMarket(question);
        const CatalogueMarket p = polyMarket(question, kPolyRules + QStringLiteral(" Resolution date: {{resolution_date}}."));
        const MatchResult r = EventMatcher().compare(k, p);
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY(r.flags.contains(QStringLiteral("template_placeholder")));
    }

    void compare_placeholderCandidate_isRejected()
    {
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will Democratic win the House race for CO-02?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will D win the CO-02 House seat?"));
        const MatchResult r = EventMatcher().compare(k, p);
        QCOMPARE(r.decision, MatchDecision::Rejected);
        QVERIFY(r.flags.contains(QStringLiteral("template_placeholder")));
    }

    void compare_missingRulesByDefault_isReviewNotAuto()
    {
        const QString question = QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?");
        const MatchResult r = EventMatcher().compare(kalshiMarket(question, QString()), polyMarket(question));
        QCOMPARE(r.decision, MatchDecision::Review);
        QVERIFY(r.flags.contains(QStringLiteral("rules_missing")));
    }

    void compare_atLeastAgainstOrFewer_isInverse()
    {
        // Arrange: "at least 6" and "5 or fewer" are complements for a count.
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will the Chiefs win at least 6 games in the 2026 season?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will the Chiefs win 5 or fewer games in the 2026 season?"));
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QCOMPARE(r.polarity, Polarity::Inverse);
        QVERIFY2(r.decision != MatchDecision::Rejected, qPrintable(r.flags.join(u',')));
    }

    void compare_headToHeadSecondTeam_isInverse()
    {
        // Arrange: Kalshi YES = Denver; Polymarket outcome 1 = Hawks, outcome 2 = Nuggets.
        CatalogueMarket k = kalshiMarket(QString(), kKalshiRules, QStringLiteral("KXNBAGAME-26JAN09ATLDEN-DEN"));
        k.eventTitle = QStringLiteral("Atlanta at Denver");
        CatalogueMarket p = polyMarket(QStringLiteral("Hawks vs. Nuggets"), kPolyRules,
                                       {QStringLiteral("Hawks"), QStringLiteral("Nuggets")});
        p.slug = QStringLiteral("nba-atl-den-2026-01-09");
        // Act
        const MatchResult r = EventMatcher().compare(k, p);
        // Assert
        QCOMPARE(r.polarity, Polarity::Inverse);
        QVERIFY(r.decision != MatchDecision::Rejected);
    }

    void compare_spreadAgainstMoneyline_isRejected()
    {
        CatalogueMarket k = kalshiMarket(QString(), kKalshiRules, QStringLiteral("KXNBAGAME-26JAN09ATLDEN-ATL"));
        k.eventTitle = QStringLiteral("Atlanta at Denver");
        CatalogueMarket p = polyMarket(QStringLiteral("Spread: Nuggets (-1.5)"), kPolyRules,
                                       {QStringLiteral("Nuggets"), QStringLiteral("Hawks")});
        p.slug = QStringLiteral("nba-atl-den-2026-01-09-spread-home-1pt5");
        p.eventTitle = QStringLiteral("Hawks vs. Nuggets");
        const MatchResult r = EventMatcher().compare(k, p);
        QCOMPARE(r.decision, MatchDecision::Rejected);
        QVERIFY(r.flags.contains(QStringLiteral("market_type_mismatch")));
    }

    void compare_multiOutcomeAgainstBinary_isFlagged()
    {
        const QString question = QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?");
        CatalogueMarket k = kalshiMarket(question);
        k.multiOutcome = true;
        const MatchResult r = EventMatcher().compare(k, polyMarket(question));
        QVERIFY(r.decision != MatchDecision::Auto);
        QVERIFY(r.flags.contains(QStringLiteral("structure_multi_outcome")));
    }

    void compare_deadlinesApart_dependsOnConfiguredBound_data()
    {
        QTest::addColumn<int>("maxGapDays");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("one day bound") << 1 << true;
        QTest::newRow("thirty day bound") << 30 << false;
    }

    void compare_deadlinesApart_dependsOnConfiguredBound()
    {
        // Arrange
        QFETCH(int, maxGapDays);
        QFETCH(bool, flagged);
        MatcherOptions options;
        options.maxDateGapDays = maxGapDays;
        const CatalogueMarket k = kalshiMarket(QStringLiteral("Will the US confirm that aliens exist before July 1, 2026?"));
        const CatalogueMarket p = polyMarket(QStringLiteral("Will the US confirm that aliens exist by July 15, 2026?"));
        // Act
        const MatchResult r = EventMatcher(options).compare(k, p);
        // Assert
        QCOMPARE(r.flags.contains(QStringLiteral("date_mismatch")), flagged);
    }

    void match_catalogues_keepsOnlyBestPartner()
    {
        // Arrange: one Kalshi market, the right Polymarket market and a same-race other candidate.
        const QList<CatalogueMarket> kalshi = {
            kalshiMarket(QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?"))};
        CatalogueMarket right = polyMarket(QStringLiteral("Will Gavin Newsom win the 2028 Democratic presidential nomination?"));
        CatalogueMarket other = polyMarket(QStringLiteral("Will Josh Shapiro win the 2028 Democratic presidential nomination?"));
        other.key = QStringLiteral("0xother");
        // Act
        const QList<MatchResult> results = EventMatcher().match(kalshi, {other, right});
        // Assert
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().polymarketKey, QStringLiteral("0xpoly"));
    }
};

QTEST_GUILESS_MAIN(TestEventMatcher)
#include "TestEventMatcher.moc"
