#include "storage/SqlError.h"

namespace orion {

namespace {

// SQLITE_CONSTRAINT is 19; Qt reports the extended code, whose low byte is the primary code.
constexpr int kSqliteConstraint = 19;

bool isConstraintViolation(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteConstraint;
}

} // namespace

Error sqlError(const QString& context, const QSqlError& error)
{
    const QString code = isConstraintViolation(error) ? QStringLiteral("storage.constraint")
                                                      : QStringLiteral("storage.sql");
    QString detail = error.databaseText();
    if (detail.isEmpty()) {
        detail = error.driverText();
    }
    return makeError(code, QStringLiteral("%1: %2").arg(context, detail));
}

} // namespace orion
