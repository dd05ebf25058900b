#include "common/LogSetup.h"

#include "common/RotatingLogFile.h"
#include "common/SecretRedactor.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <mutex>

namespace orion {
namespace {

struct LogState
{
    std::mutex mutex;
    std::unique_ptr<RotatingLogFile> file;
    bool console = true;
};

LogState& state()
{
    static LogState s; // the message handler is process-global by Qt's design
    return s;
}

struct LogFront
{
    std::mutex mutex;
    QtMessageHandler handler = nullptr;
    void (*setNext)(QtMessageHandler) = nullptr;
};

LogFront& front()
{
    static LogFront f;
    return f;
}

// Makes `handler` the one that does the work: behind the registered front when there is one, else directly.
void installBehindFront(QtMessageHandler handler)
{
    LogFront& f = front();
    std::lock_guard lock(f.mutex);
    if (f.handler != nullptr && f.handler != handler) {
        f.setNext(handler);
        qInstallMessageHandler(f.handler);
        return;
    }
    qInstallMessageHandler(handler);
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info ";
    case QtWarningMsg:
        return "warn ";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "?    ";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
        + SecretRedactor::global().redact(message).toUtf8()
        + '\n';
    LogState& s = state();
    std::lock_guard lock(s.mutex);
    if (s.console) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file) {
        s.file->write(line);
    }
}

QString filterRules(const QString& level)
{
    // Qt's rules are "category.type=bool"; enabling a level means enabling it and everything above.
    const QStringList order{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                            QStringLiteral("critical")};
    const QString normalized = level == QLatin1String("error") ? QStringLiteral("critical") : level;
    const qsizetype threshold = order.indexOf(normalized);
    QStringList rules;
    for (qsizetype i = 0; i < order.size(); ++i) {
        rules << QStringLiteral("orion.*.%1=%2").arg(order[i], i >= threshold ? QStringLiteral("true")
                                                                               : QStringLiteral("false"));
    }
    return rules.join(QLatin1Char('\n'));
}

} // namespace

void registerLogFront(QtMessageHandler handler, void (*setNext)(QtMessageHandler next))
{
    LogFront& f = front();
    std::lock_guard lock(f.mutex);
    f.handler = handler;
    f.setNext = setNext;
}

void unregisterLogFront(QtMessageHandler handler)
{
    LogFront& f = front();
    std::lock_guard lock(f.mutex);
    if (f.handler == handler) {
        f.handler = nullptr;
        f.setNext = nullptr;
    }
}

bool isValidLogLevel(const QString& level)
{
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                    QStringLiteral("error"), QStringLiteral("critical")};
    return levels.contains(level);
}

Status installLogging(const LogOptions& options)
{
    if (!isValidLogLevel(options.level)) {
        return makeError(QStringLiteral("logging.level"),
                         QStringLiteral("unknown log level \"%1\" (use debug, info, warning, error or critical)")
                             .arg(options.level));
    }
    std::unique_ptr<RotatingLogFile> file;
    if (!options.filePath.isEmpty()) {
        file = std::make_unique<RotatingLogFile>(options.filePath, options.maxFileBytes, options.maxFiles);
        if (!file->open()) {
            return makeError(QStringLiteral("logging.file"), file->errorString());
        }
    }
    {
        LogState& s = state();
        std::lock_guard lock(s.mutex);
        s.file = std::move(file);
        s.console = options.console;
    }
    QLoggingCategory::setFilterRules(filterRules(options.level));
    installBehindFront(handleMessage);
    return {};
}

void uninstallLogging()
{
    installBehindFront(nullptr);
    LogState& s = state();
    std::lock_guard lock(s.mutex);
    s.file.reset();
}

} // namespace orion
