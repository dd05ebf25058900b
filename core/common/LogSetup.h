#pragma once

#include "common/Result.h"

#include <QString>
#include <QtGlobal>

namespace orion {

struct LogOptions
{
    QString level = QStringLiteral("info"); // debug | info | warning | error | critical
    QString filePath;                       // empty: console only
    qint64 maxFileBytes = 10 * 1024 * 1024;
    int maxFiles = 5;
    bool console = true;
};

// Installs Orion's message handler: one line per message, "2026-11-25T08:00:00.123Z info  orion.engine: text",
// to stderr and to a size-rotated file, and sets the minimum level for every orion.* category.
// Callable again to change the level or file at run time.
[[nodiscard]] Status installLogging(const LogOptions& options);

// Restores Qt's default handler and closes the file (tests, shutdown).
void uninstallLogging();

// A handler that sits in front of Orion's and passes every message on (the dashboard's log sink). While one is
// registered, installLogging() and uninstallLogging() leave it in front and hand it the handler it is to pass on
// to (`setNext`), instead of replacing it: a second installLogging() (a second engine, a new level) would otherwise
// silence the log view. One front at a time; registering the same one again changes nothing.
void registerLogFront(QtMessageHandler front, void (*setNext)(QtMessageHandler next));
void unregisterLogFront(QtMessageHandler front);

bool isValidLogLevel(const QString& level);

} // namespace orion
