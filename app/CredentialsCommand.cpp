#include "CredentialsCommand.h"

#include "CommandLine.h"
#include "StartupSettings.h"

#include "alerts/TelegramClient.h"
#include "alerts/TelegramCredentialCheck.h"
#include "common/Clock.h"
#include "venues/kalshi/KalshiCredentialCheck.h"
#include "venues/polymarket/PolymarketCredentialCheck.h"

#include "common/LogSetup.h"
#include "credentials/CredentialCatalog.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialValidator.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "credentials/EnvFileImport.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/StoreCredentialService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace orion {
namespace {

// lupdate files a bare tr() in a free function under "orion"; Text::tr() gives these texts their own
// context, the same for lupdate and the lookup.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(orion::CredentialsCommand)
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

// Reads from the controlling terminal with echo off, so the secret is neither shown nor kept in scrollback.
// A PEM is pasted as many lines: reading stops after its END line.
Result<SecretBytes> promptHidden(const QString& prompt, bool multiLinePem)
{
#ifdef Q_OS_UNIX
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (tty == nullptr) {
        return makeError(QStringLiteral("credentials.prompt"),
            Text::tr("no terminal to prompt on; pipe the value to standard input"));
    }
    std::fputs(prompt.toUtf8().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const int fd = fileno(tty);
    const bool haveTermios = tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    QByteArray text;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF) {
        text.append(static_cast<char>(c));
        if (c == '\n' && (!multiLinePem || (text.contains("-----END") && text.trimmed().endsWith("-----")))) {
            break;
        }
    }
    if (haveTermios) {
        tcsetattr(fd, TCSAFLUSH, &saved);
    }
    std::fputs("\n", tty);
    std::fclose(tty);
    return SecretBytes::takeFrom(text);
#else
    Q_UNUSED(prompt) Q_UNUSED(multiLinePem)
    return makeError(QStringLiteral("credentials.prompt"), Text::tr("pipe the value to standard input"));
#endif
}

Result<SecretBytes> readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("credentials.io"), Text::tr("cannot read standard input"));
    }
    QByteArray text = in.readAll();
    return SecretBytes::takeFrom(text);
}

Result<SecretBytes> masterPassword(bool fileExists)
{
    QByteArray fromEnv = qgetenv("ORION_MASTER_PASSWORD");
    if (!fromEnv.isEmpty()) {
        return SecretBytes::takeFrom(fromEnv);
    }
    auto first = promptHidden(Text::tr("Master password for the credential file: "), false);
    if (!first.ok() || fileExists) {
        return first;
    }
    auto second = promptHidden(Text::tr("Repeat the master password: "), false);
    if (!second.ok()) {
        return second;
    }
    if (!(first.value() == second.value())) {
        return makeError(QStringLiteral("credentials.password"), Text::tr("the two passwords differ"));
    }
    return first;
}

// Appends a credential change to the audit log. Only names and the store are recorded, never a value.
void audit(const QString& configPath, const QString& action, const QStringList& names, const QString& store)
{
    CommandLineRequest request;
    request.configPath = configPath;
    const StartupSettings startup = loadStartupSettings(request);
    if (!startup.settings) {
        err() << "orion credentials: " << Text::tr("warning: not audited, the configuration has problems") << Qt::endl;
        return;
    }
    auto database = Database::open(startup.settings->database.url);
    if (!database.ok() || !database.value()->migrate().ok()) {
        err() << "orion credentials: " << Text::tr("warning: not audited, the database cannot be opened") << Qt::endl;
        return;
    }
    AuditLog log(*database.value());
    const QJsonObject detail{{QStringLiteral("names"), QJsonValue::fromVariant(names)},
                             {QStringLiteral("store"), store}};
    const Status written = log.append(AuditEvent{QDateTime::currentDateTimeUtc(), QStringLiteral("credentials"), action,
                                                 QStringLiteral("cli"),
                                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!written.ok()) {
        err() << "orion credentials: " << Text::tr("warning: not audited: %1").arg(written.error().message) << Qt::endl;
    }
}

struct Options
{
    QString store;
    QString filePath;
    QString configPath;
    QStringList positional;
};

Result<std::unique_ptr<CredentialStore>> openStore(const Options& options)
{
    if (options.store == QLatin1String("keychain")) {
        const QString service = qEnvironmentVariableIsSet("ORION_KEYCHAIN_SERVICE")
            ? qEnvironmentVariable("ORION_KEYCHAIN_SERVICE")
            : QString::fromLatin1(KeychainCredentialStore::kDefaultService);
        return std::unique_ptr<CredentialStore>(std::make_unique<KeychainCredentialStore>(service));
    }
    const auto password = masterPassword(QFile::exists(options.filePath));
    if (!password.ok()) {
        return password.error();
    }
    auto store = EncryptedFileCredentialStore::open(options.filePath, password.value());
    if (!store.ok()) {
        return store.error();
    }
    return std::unique_ptr<CredentialStore>(std::move(store).value());
}

int runSet(CredentialStore& store, const Options& options)
{
    if (options.positional.size() != 2) {
        err() << "orion credentials: "
              << Text::tr("usage: orion credentials set NAME (the value comes from standard input)") << Qt::endl;
        return 2;
    }
    const QString& name = options.positional[1];
    const CredentialInfo* info = CredentialCatalog::find(name);
    if (info == nullptr) {
        err() << "orion credentials: "
              << Text::tr("unknown credential \"%1\"; known: %2")
                     .arg(name, CredentialCatalog::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    auto raw = stdinIsTerminal()
        ? promptHidden(Text::tr("%1 (input hidden): ").arg(info->label), info->kind == CredentialKind::RsaPrivateKeyPem)
        : readAllStdin();
    if (!raw.ok()) {
        err() << "orion credentials: " << raw.error().message << Qt::endl;
        return 1;
    }
    SecretBytes value = CredentialValidator::normalize(*info, std::move(raw).value());
    const auto description = CredentialValidator::validate(*info, value);
    if (!description.ok()) {
        err() << "orion credentials: " << description.error().message << Qt::endl;
        return 1;
    }
    if (Status written = store.writeNow(name, std::move(value)); !written.ok()) {
        err() << "orion credentials: " << written.error().message << Qt::endl;
        return 1;
    }
    out() << Text::tr("stored %1 in %2: %3").arg(name, store.location(), description.value()) << Qt::endl;
    audit(options.configPath, QStringLiteral("set"), {name}, store.kind());
    return 0;
}

int runList(CredentialStore& store)
{
    const auto present = store.listPresentNow();
    if (!present.ok()) {
        err() << "orion credentials: " << present.error().message << Qt::endl;
        return 1;
    }
    out() << Text::tr("credentials in %1:").arg(store.location()) << "\n";
    for (const CredentialInfo& info : CredentialCatalog::all()) {
        out() << "  " << info.name.leftJustified(26) << " "
              << (present.value().contains(info.name) ? Text::tr("stored") : Text::tr("not set")) << "\n";
    }
    out().flush();
    return 0;
}

int runDelete(CredentialStore& store, const Options& options)
{
    if (options.positional.size() != 2 || CredentialCatalog::find(options.positional[1]) == nullptr) {
        err() << "orion credentials: "
              << Text::tr("usage: orion credentials delete NAME; known: %1")
                     .arg(CredentialCatalog::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    const QString& name = options.positional[1];
    if (Status removed = store.removeNow(name); !removed.ok()) {
        err() << "orion credentials: " << removed.error().message << Qt::endl;
        return 1;
    }
    out() << Text::tr("deleted %1 from %2").arg(name, store.location()) << Qt::endl;
    audit(options.configPath, QStringLiteral("delete"), {name}, store.kind());
    return 0;
}

int runTest(CredentialStore& store, const Options& options)
{
    CommandLineRequest request;
    request.configPath = options.configPath;
    const StartupSettings startup = loadStartupSettings(request);
    if (!startup.settings) {
        err() << "orion credentials: " << Text::tr("the configuration has problems:") << "\n  "
              << startup.problems.join(QStringLiteral("\n  ")) << Qt::endl;
        return 1;
    }
    SystemClock clock;
    const auto checks = venueCredentialChecks(*startup.settings, clock);
    QList<VenueCredentialCheck*> checkPointers;
    for (const auto& check : checks) {
        checkPointers.append(check.get());
    }
    StoreCredentialService service(store, checkPointers);
    QEventLoop loop;
    bool allOk = true;
    QObject::connect(&service, &CredentialService::venueTested, &loop,
        [&allOk](const QString& venue, bool ok, const QString& message) {
            out() << venue << ": " << (ok ? Text::tr("ok") : Text::tr("FAILED")) << " - " << message << Qt::endl;
            allOk = allOk && ok;
        });
    QObject::connect(&service, &CredentialService::failed, &loop, [&allOk](const QString&, const QString& message) {
        err() << "orion credentials: " << message << Qt::endl;
        allOk = false;
    });
    QObject::connect(&service, &CredentialService::testsFinished, &loop, &QEventLoop::quit);
    service.testVenues();
    loop.exec();
    return allOk ? 0 : 1;
}

int runImportEnv(CredentialStore& store, const Options& options)
{
    if (options.positional.size() != 2) {
        err() << "orion credentials: " << Text::tr("usage: orion credentials import-env FILE") << Qt::endl;
        return 2;
    }
    const QString& path = options.positional[1];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "orion credentials: " << Text::tr("cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    QByteArray contents = file.readAll();
    const SecretBytes text = SecretBytes::takeFrom(contents);
    auto parsed = EnvFileImport::parse(text.reveal());
    if (!parsed.ok()) {
        err() << "orion credentials: " << path << ": " << parsed.error().message << Qt::endl;
        return 1;
    }
    EnvFileImport& import = parsed.value();
    if (import.entries.empty()) {
        err() << "orion credentials: "
              << Text::tr("%1 has no KALSHI_*, POLYMARKET_* or TELEGRAM_* credential variables").arg(path) << Qt::endl;
        return 1;
    }
    // Everything is checked before anything is stored, so a bad value does not leave half an import behind.
    QStringList descriptions;
    for (auto& [name, value] : import.entries) {
        const CredentialInfo* info = CredentialCatalog::find(name);
        value = CredentialValidator::normalize(*info, std::move(value));
        const auto description = CredentialValidator::validate(*info, value);
        if (!description.ok()) {
            err() << "orion credentials: " << description.error().message << Text::tr("; nothing was imported")
                  << Qt::endl;
            return 1;
        }
        descriptions << description.value();
    }
    QStringList names;
    for (auto& [name, value] : import.entries) {
        if (Status written = store.writeNow(name, std::move(value)); !written.ok()) {
            err() << "orion credentials: " << written.error().message << Qt::endl;
            if (!names.isEmpty()) {
                audit(options.configPath, QStringLiteral("import"), names, store.kind());
            }
            return 1;
        }
        out() << Text::tr("imported %1: %2").arg(name, descriptions[names.size()]) << "\n";
        names << name;
    }
    for (const QString& unknown : std::as_const(import.unknownVariables)) {
        out() << Text::tr("not imported (unknown name): %1").arg(unknown) << "\n";
    }
    out() << Text::tr("%1 credential(s) are now in %2.").arg(names.size()).arg(store.location()) << "\n"
          << Text::tr("%1 still holds them in plain text: delete it now (for example: shred -u %1).").arg(path)
          << Qt::endl;
    audit(options.configPath, QStringLiteral("import"), names, store.kind());
    return 0;
}

} // namespace

std::vector<std::unique_ptr<VenueCredentialCheck>> venueCredentialChecks(const Settings& settings, const Clock& clock)
{
    std::vector<std::unique_ptr<VenueCredentialCheck>> checks;
    // "auto" (the simulator's own port) is no URL: the check then says so instead of calling anything.
    checks.push_back(std::make_unique<KalshiCredentialCheck>(QUrl(settings.venues.active().kalshiRestUrl), clock));
    checks.push_back(std::make_unique<PolymarketCredentialCheck>(QUrl(settings.venues.active().polymarketClobUrl)));
    // The Bot API has no per-environment host; $ORION_TELEGRAM_API_URL points it at a fake one in tests.
    checks.push_back(std::make_unique<TelegramCredentialCheck>(TelegramClient::defaultBaseUrl()));
    return checks;
}

int runCredentialsCommand(const QStringList& arguments)
{
    // Console logging through Orion's handler, so anything a library prints passes the secret filter.
    static_cast<void>(installLogging({QStringLiteral("warning"), QString(), 0, 0, true}));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Stores Kalshi, Polymarket and Telegram credentials in the keychain or an "
                 "encrypted file.\nCommands: set NAME | list | delete NAME | test | "
                 "import-env FILE\nNames: %1")
            .arg(CredentialCatalog::names().join(QStringLiteral(", "))));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), Text::tr("keychain (default) or file."), QStringLiteral("store"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
        Text::tr("The encrypted credential file (default %1).").arg(EncryptedFileCredentialStore::defaultPath()),
        QStringLiteral("path"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        Text::tr("Configuration whose database gets the audit entries."), QStringLiteral("file"));
    parser.addHelpOption();
    parser.addOptions({storeOption, fileOption, configOption});
    QStringList args = arguments;
    args.removeAt(1); // the word "credentials"
    if (!parser.parse(args)) {
        err() << "orion credentials: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    Options options;
    options.positional = parser.positionalArguments();
    options.configPath = parser.value(configOption);
    options.store = parser.isSet(storeOption) ? parser.value(storeOption)
        : qEnvironmentVariableIsSet("ORION_CREDENTIAL_STORE") ? qEnvironmentVariable("ORION_CREDENTIAL_STORE")
                                                               : QStringLiteral("keychain");
    options.filePath = parser.isSet(fileOption) ? parser.value(fileOption)
        : qEnvironmentVariableIsSet("ORION_CREDENTIAL_FILE") ? qEnvironmentVariable("ORION_CREDENTIAL_FILE")
                                                              : EncryptedFileCredentialStore::defaultPath();
    if (options.store != QLatin1String("keychain") && options.store != QLatin1String("file")) {
        err() << "orion credentials: " << Text::tr("--store must be keychain or file, not \"%1\"").arg(options.store)
              << Qt::endl;
        return 2;
    }
    const QString command = options.positional.value(0);
    const QStringList commands{QStringLiteral("set"), QStringLiteral("list"), QStringLiteral("delete"),
                               QStringLiteral("test"), QStringLiteral("import-env")};
    if (!commands.contains(command)) {
        err() << "orion credentials: " << Text::tr("expected a command: %1").arg(commands.join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    auto store = openStore(options);
    if (!store.ok()) {
        err() << "orion credentials: " << store.error().message << Qt::endl;
        return 1;
    }
    CredentialStore& opened = *store.value();
    if (command == QLatin1String("set")) {
        return runSet(opened, options);
    }
    if (command == QLatin1String("list")) {
        return runList(opened);
    }
    if (command == QLatin1String("delete")) {
        return runDelete(opened, options);
    }
    if (command == QLatin1String("test")) {
        return runTest(opened, options);
    }
    return runImportEnv(opened, options);
}

} // namespace orion
