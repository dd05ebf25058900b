#include "matching/TitleNormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace orion {

namespace {

const QSet<QString>& stopwords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
             {"will", "the", "a", "an", "be", "is", "are", "was", "were", "been", "of", "in", "on", "at", "to", "for",
              "by", "and", "or", "vs", "v", "versus", "with", "from", "as", "this", "that", "it", "its", "what", "who",
              "which", "how", "when", "does", "do", "did", "than", "there", "their", "his", "her", "into", "through",
              "after", "before", "during", "if", "any", "yes", "no", "s", "de", "la", "le", "el", "e", "y", "der",
              "market", "et", "pm", "am", "edt", "est", "pt", "ct", "utc", "about", "happen", "get"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

const QHash<QString, QString>& synonyms()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> hash;
        const auto add = [&hash](const char* from, const char* to) {
            hash.insert(QString::fromLatin1(from), QString::fromLatin1(to));
        };
        for (const char* word : {"democrat", "democrats", "dem", "dems"})
            add(word, "democratic");
        for (const char* word : {"republicans", "gop"})
            add(word, "republican");
        add("utd", "united");
        add("1st", "first");
        add("2nd", "second");
        add("3rd", "third");
        for (const char* word : {"nominee", "nominees", "nominated", "nominate"})
            add(word, "nomination");
        for (const char* word : {"usa", "america"})
            add(word, "us");
        add("championships", "championship");
        add("champion", "championship");
        add("champions", "championship");
        add("winners", "winner");
        add("wins", "win");
        add("won", "win");
        add("winning", "win");
        add("btc", "bitcoin");
        add("eth", "ethereum");
        add("doge", "dogecoin");
        add("fed", "federal");
        add("st", "saint");
        add("gubernatorial", "governor");
        add("internazionale", "inter"); // FC Internazionale Milano is "Inter" in everyday use
        return hash;
    }();
    return map;
}

} // namespace

QString TitleNormalizer::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x0060: case 0x00B4:
            out.append(QLatin1Char('\''));
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
            out.append(QLatin1Char('"'));
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
            out.append(QLatin1Char('-'));
            break;
        case 0x00B7: case 0x2022: case 0x30FB:
            out.append(QLatin1Char(' '));
            break;
        case 0x2265:
            out.append(QLatin1String(">="));
            break;
        case 0x2264:
            out.append(QLatin1String("<="));
            break;
        case 0x00DF:
            out.append(QLatin1String("ss"));
            break;
        default:
            if (c.isSpace() || c.category() == QChar::Other_Control)
                out.append(QLatin1Char(' '));
            else
                out.append(c.toLower());
        }
    }
    static const QRegularExpression dottedAbbreviation(QStringLiteral("\\b([a-z])\\.([a-z])\\.(?=\\s|$|[^a-z])"));
    out.replace(dottedAbbreviation, QStringLiteral("\\1\\2"));
    static const QRegularExpression possessive(QStringLiteral("'s\\b"));
    out.replace(possessive, QString());
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    out.replace(spaces, QStringLiteral(" "));
    return out.trimmed();
}

QStringList TitleNormalizer::words(const QString& text)
{
    static const QRegularExpression wordPattern(
        QStringLiteral("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?[a-z]*|[a-z]+(?:\\d+[a-z]*)*"));
    QStringList out;
    const QString folded = fold(text);
    auto it = wordPattern.globalMatch(folded);
    while (it.hasNext()) {
        QString word = it.next().captured(0);
        if (!word.isEmpty() && word.at(0).isDigit())
            word.remove(QLatin1Char(','));
        out.append(word);
    }
    return out;
}

QString TitleNormalizer::canonicalWord(const QString& word)
{
    const auto synonym = synonyms().constFind(word);
    if (synonym != synonyms().constEnd())
        return synonym.value();
    if (word.isEmpty() || word.at(0).isDigit())
        return word;
    // Light stemming: plural forms only, so that "seats"/"seat" and "parties"/"party" meet.
    if (word.size() > 4 && word.endsWith(QLatin1String("ies")))
        return word.left(word.size() - 3) + QLatin1Char('y');
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss"))
        && !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is")))
        return word.left(word.size() - 1);
    return word;
}

bool TitleNormalizer::isStopword(const QString& word)
{
    return stopwords().contains(word);
}

QStringList TitleNormalizer::contentTokens(const QString& text)
{
    QStringList out;
    for (const QString& word : words(text)) {
        if (isStopword(word))
            continue;
        const QString canonical = canonicalWord(word);
        if (!canonical.isEmpty() && !isStopword(canonical))
            out.append(canonical);
    }
    return out;
}

} // namespace orion
