#include "matching/EntityExtractor.h"
#include "matching/FeatureExtractor.h"
#include "matching/TitleNormalizer.h"

#include <QTest>

using namespace orion;

class TestEntityExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void teamIds_cityNicknameAndCode_meet()
    {
        const QSet<QString> hawks = EntityExtractor::teamIds(QStringLiteral("Hawks"), QStringLiteral("nba"));
        QCOMPARE(EntityExtractor::teamIds(QStringLiteral("Atlanta"), QStringLiteral("nba")), hawks);
        QCOMPARE(EntityExtractor::teamIdsForCode(QStringLiteral("ATL"), QStringLiteral("nba")), hawks);
        QCOMPARE(EntityExtractor::teamIds(QStringLiteral("Los Angeles C"), QStringLiteral("nba")),
                 EntityExtractor::teamIds(QStringLiteral("Clippers"), QStringLiteral("nba")));
        // Without a league a city names nothing ("Columbus" in MLS is not the Blue Jackets).
        QVERIFY(EntityExtractor::teamIds(QStringLiteral("Columbus"), QString()).isEmpty());
    }

    void countryPartyDistrict_aliasesMeet()
    {
        QCOMPARE(EntityExtractor::countryId(QStringLiteral("Korea Republic")), EntityExtractor::countryId(QStringLiteral("South Korea")));
        QCOMPARE(EntityExtractor::countryIdForCode(QStringLiteral("RSA")), EntityExtractor::countryId(QStringLiteral("South Africa")));
        QCOMPARE(EntityExtractor::partyId(QStringLiteral("a Democrat")), EntityExtractor::partyId(QStringLiteral("the Democratic Party")));
        QCOMPARE(EntityExtractor::districts(QStringLiteral("House race for NC-1")), EntityExtractor::districts(QStringLiteral("the NC-01 seat")));
        QVERIFY(EntityExtractor::partyId(QStringLiteral("D")).isEmpty()); // a placeholder letter, not a party
    }

    void extract_text_findsPeopleTickersAndCountries()
    {
        const QSet<QString> ids = EntityExtractor::extract(
            QStringLiteral("Will Alexandria Ocasio-Cortez visit South Korea before Dogecoin reaches $1?"), QString());
        QVERIFY(ids.contains(QStringLiteral("person:alexandria ocasio cortez")));
        QVERIFY(ids.contains(QStringLiteral("country:kor")));
        QVERIFY(ids.contains(QStringLiteral("asset:doge")));
    }

    void leagueOf_tickerSlugAndWords()
    {
        QCOMPARE(EntityExtractor::leagueOf(QStringLiteral("KXNBAGAME-26JAN09ATLDEN-ATL")), QStringLiteral("nba"));
        QCOMPARE(EntityExtractor::leagueOf(QStringLiteral("nba-atl-den-2026-01-09")), QStringLiteral("nba"));
        QCOMPARE(EntityExtractor::leagueOf(QStringLiteral("2026 Pro Baseball National League")), QStringLiteral("mlb"));
        QVERIFY(EntityExtractor::leagueOf(QStringLiteral("KXMLSGAME-26MAY10NYCCLB")).isEmpty());
    }

    void titleNormalizer_foldsDiacriticsQuotesAndSynonyms()
    {
        QCOMPARE(TitleNormalizer::fold(QStringLiteral("Tōkyō Verdy’s “Jassi”")), QStringLiteral("tokyo verdy \"jassi\""));
        QCOMPARE(TitleNormalizer::contentTokens(QStringLiteral("Will the U.S. Democrats win 2,315 seats?")),
                 (QStringList{QStringLiteral("us"), QStringLiteral("democratic"), QStringLiteral("win"),
                              QStringLiteral("2315"), QStringLiteral("seat")}));
    }

    void nameSimilarity_clubNamesAndInitials_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("club noise") << QStringLiteral("Heidenheim") << QStringLiteral("1. FC Heidenheim 1846") << true;
        QTest::newRow("prefix") << QStringLiteral("Hamburg") << QStringLiteral("Hamburger SV") << true;
        QTest::newRow("initials") << QStringLiteral("SL Benfica") << QStringLiteral("Sport Lisboa e Benfica") << true;
        QTest::newRow("nickname initial") << QStringLiteral("Los Angeles D") << QStringLiteral("Los Angeles Dodgers") << true;
        QTest::newRow("other club same word") << QStringLiteral("Alianza Lima") << QStringLiteral("Alianza Atlético Sullana") << false;
        QTest::newRow("other city club") << QStringLiteral("Real Madrid") << QStringLiteral("Real Oviedo") << false;
    }

    void nameSimilarity_clubNamesAndInitials()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const double score = FeatureExtractor::nameSimilarity(FeatureExtractor::nameTokens(a), FeatureExtractor::nameTokens(b));
        QCOMPARE(score >= 0.85, same);
    }

    void codeMatchesName_venueAbbreviations()
    {
        QVERIFY(FeatureExtractor::codeMatchesName(QStringLiteral("RCC"), QStringLiteral("RC Celta de Vigo")));
        QVERIFY(FeatureExtractor::codeMatchesName(QStringLiteral("M05"), QStringLiteral("1. FSV Mainz 05")));
        QVERIFY(FeatureExtractor::codeMatchesName(QStringLiteral("ATH"), QStringLiteral("Athletic Club")));
        QVERIFY(!FeatureExtractor::codeMatchesName(QStringLiteral("BRA"), QStringLiteral("Sport Lisboa e Benfica")));
    }
};

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "TestEntityExtractor.moc"
