#pragma once

#include "common/Result.h"

#include <QString>

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

bool isValidLogLevel(const QString& level);

} // namespace orion
