#include "engine/LogSink.h"

#include "common/LogSetup.h"

#include <atomic>
#include <cstdio>

namespace orion {
namespace {

// Qt's message handler is a plain function; this is the sink it feeds.
std::atomic<LogSink*> s_activeSink { nullptr };
std::atomic<QtMessageHandler> s_previousHandler { nullptr };

} // namespace

LogSink::LogSink(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

LogSink::~LogSink()
{
    uninstall();
}

void LogSink::install()
{
    LogSink* expected = nullptr;
    if (!s_activeSink.compare_exchange_strong(expected, this) && expected != this) {
        return; // another sink is installed: keep it
    }
    // Installing again puts the sink back in front if something replaced it, and never makes it pass messages on
    // to itself (which would loop, or count every line twice).
    const QtMessageHandler previous = qInstallMessageHandler(&LogSink::handleMessage);
    if (previous != &LogSink::handleMessage) {
        s_previousHandler.store(previous);
    }
    // installLogging() called later (a second engine, a new level) keeps the sink in front of Orion's handler.
    registerLogFront(&LogSink::handleMessage, &LogSink::passOnTo);
    m_installed = true;
}

void LogSink::uninstall()
{
    if (!m_installed) {
        return;
    }
    unregisterLogFront(&LogSink::handleMessage);
    // Only when the sink is still in front: a handler installed after it keeps its place.
    const QtMessageHandler next = s_previousHandler.exchange(nullptr);
    const QtMessageHandler current = qInstallMessageHandler(next);
    if (current != &LogSink::handleMessage) {
        qInstallMessageHandler(current);
    }
    s_activeSink.store(nullptr);
    m_installed = false;
}

void LogSink::passOnTo(QtMessageHandler next)
{
    if (next != &LogSink::handleMessage) {
        s_previousHandler.store(next);
    }
}

void LogSink::append(DashboardLogLine line)
{
    std::lock_guard lock(m_mutex);
    if (m_pending.size() >= m_capacity) {
        m_pending.removeFirst();
        ++m_dropped;
    }
    m_pending.append(std::move(line));
}

QList<DashboardLogLine> LogSink::drain()
{
    QList<DashboardLogLine> taken;
    std::lock_guard lock(m_mutex);
    taken.swap(m_pending);
    m_dropped = 0;
    return taken;
}

qint64 LogSink::droppedSinceDrain() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void LogSink::handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (LogSink* sink = s_activeSink.load()) {
        sink->append({ QDateTime::currentDateTimeUtc(), type,
            context.category ? QString::fromLatin1(context.category) : QString(), message });
    }
    if (QtMessageHandler previous = s_previousHandler.load()) {
        previous(type, context, message);
    } else {
        // Qt's default output when nobody installed a handler before us.
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}

} // namespace orion
