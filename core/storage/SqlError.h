#pragma once

#include "common/Result.h"

#include <QSqlError>
#include <QString>

namespace orion {

// Turns a failed Qt Sql call into an Error. The code is "storage.constraint" when SQLite refused the row
// (NOT NULL, CHECK, UNIQUE, FOREIGN KEY or a RAISE in a trigger), so callers can tell a duplicate from an I/O
// failure; everything else is "storage.sql". `context` says what was being done ("append to the audit log").
Error sqlError(const QString& context, const QSqlError& error);

} // namespace orion
