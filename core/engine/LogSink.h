#pragma once

#include "engine/DashboardLogLine.h"

#include <QList>
#include <QtGlobal>

#include <mutex>

namespace orion {

// Keeps the newest log messages for the dashboard's log view. It sits in front of Orion's message handler (which
// still writes the console and the file) and only appends under a short lock, from whatever thread logs; the GUI
// takes everything new with drain() on its own timer, so there is no signal per line and no wait on the engine.
// One sink may be installed at a time (Qt has one message handler). install() is idempotent, and the sink stays in
// front when installLogging() runs again, before or after it.
class LogSink final
{
public:
    explicit LogSink(int capacity = 5000);
    ~LogSink();
    Q_DISABLE_COPY_MOVE(LogSink)

    void install();
    void uninstall();
    bool isInstalled() const { return m_installed; }

    // Appends one message (the message handler calls this; tests and the demo may too).
    void append(DashboardLogLine line);
    // Everything appended since the last drain, oldest first; lines beyond the capacity are dropped oldest first.
    [[nodiscard]] QList<DashboardLogLine> drain();
    // How many lines were dropped since the last drain because the GUI did not take them in time.
    [[nodiscard]] qint64 droppedSinceDrain() const;

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);
    static void passOnTo(QtMessageHandler next);

    const int m_capacity;
    mutable std::mutex m_mutex;
    QList<DashboardLogLine> m_pending;
    qint64 m_dropped = 0;
    bool m_installed = false;
};

} // namespace orion
