#include "engine/LogSink.h"

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
    if (m_installed) {
        return;
    }
    LogSink* expected = nullptr;
    if (!s_activeSink.compare_exchange_strong(expected, this)) {
        return; // another sink is installed: keep it
    }
    m_previous = qInstallMessageHandler(&LogSink::handleMessage);
    s_previousHandler.store(m_previous);
    m_installed = true;
}

void LogSink::uninstall()
{
    if (!m_installed) {
        return;
    }
    qInstallMessageHandler(m_previous);
    s_previousHandler.store(nullptr);
    s_activeSink.store(nullptr);
    m_installed = false;
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
