#include "MatchCommand.h"

#include "matching/CatalogueMatching.h"
#include "matching/MatchEvaluation.h"
#include "matching/MatchWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace orion {
namespace {

// lupdate files a bare tr() in a free function under "orion"; Text::tr() gives these texts their own
// context, the same for lupdate and the lookup.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(orion::MatchCommand)
};

Result<QByteArray> readWhole(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            QStringLiteral("match.io"), Text::tr("cannot read the %1 file %2: %3").arg(what, path, file.errorString()));
    }
    return file.readAll();
}

} // namespace

int runMatchCommand(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Pairs Kalshi and Polymarket markets that are the same event."));
    const QCommandLineOption kalshi(QStringLiteral("kalshi"),
        Text::tr("Kalshi catalogue: a GET /markets response, a JSON array or JSON lines."), QStringLiteral("file"));
    const QCommandLineOption polymarket(QStringLiteral("polymarket"),
        Text::tr("Polymarket Gamma /markets array or JSON lines."), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"),
        Text::tr("Write the pairs to <file> instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption labels(QStringLiteral("labels"),
        Text::tr("Labelled pairs (CSV) to evaluate against; the report goes to standard error."),
        QStringLiteral("file"));
    const QCommandLineOption includeRejected(
        QStringLiteral("include-rejected"), Text::tr("Also list rejected candidate pairs."));
    const QCommandLineOption withoutRules(QStringLiteral("allow-auto-without-rules"),
        Text::tr("Let pairs whose catalogues carry no rules text be 'auto' (evaluation only; never for trading)."));
    parser.addHelpOption();
    parser.addOptions({kalshi, polymarket, out, labels, includeRejected, withoutRules});
    QStringList args = arguments;
    args.removeAt(1); // the word "match"
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty()) {
        err << "orion match: " << (parser.errorText().isEmpty() ? Text::tr("unexpected argument") : parser.errorText())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(kalshi) || !parser.isSet(polymarket)) {
        err << "orion match: " << Text::tr("--kalshi FILE and --polymarket FILE are both required") << Qt::endl;
        return 2;
    }

    const auto kalshiBytes = readWhole(parser.value(kalshi), QStringLiteral("Kalshi"));
    const auto polymarketBytes = readWhole(parser.value(polymarket), QStringLiteral("Polymarket"));
    for (const auto* input : {&kalshiBytes, &polymarketBytes}) {
        if (!input->ok()) {
            err << "orion match: " << input->error().message << Qt::endl;
            return 1;
        }
    }
    MatcherOptions options;
    options.includeRejected = parser.isSet(includeRejected);
    options.requireRulesForAuto = !parser.isSet(withoutRules);
    const auto results = matchCatalogues(kalshiBytes.value(), polymarketBytes.value(), options);
    if (!results.ok()) {
        err << "orion match: " << results.error().message << Qt::endl;
        return 1;
    }

    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || !MatchWriter::write(file, results.value()).ok() || !file.commit()) {
            err << "orion match: " << Text::tr("cannot write %1: %2").arg(parser.value(out), file.errorString())
                << Qt::endl;
            return 1;
        }
    } else {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !MatchWriter::write(stdoutFile, results.value()).ok()) {
            return 1;
        }
    }

    if (parser.isSet(labels)) {
        const auto labelBytes = readWhole(parser.value(labels), QStringLiteral("labels"));
        const auto labelled = labelBytes.ok() ? MatchEvaluation::readLabels(labelBytes.value())
                                              : Result<QList<LabelledPair>>(labelBytes.error());
        if (!labelled.ok()) {
            err << "orion match: " << labelled.error().message << Qt::endl;
            return 1;
        }
        err << MatchEvaluation::report(MatchEvaluation::evaluate(results.value(), labelled.value())) << Qt::endl;
    }
    return 0;
}

} // namespace orion
