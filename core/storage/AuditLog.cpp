#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace orion {

AuditLog::AuditLog(Database& database) : m_database(database) {}

Status AuditLog::append(const AuditEvent& event)
{
    const QString code = QStringLiteral("storage.audit");
    if (!event.at.isValid()) {
        return makeError(code, tr("An audit event needs a time (%1/%2).").arg(event.category, event.action));
    }
    if (event.category.isEmpty() || event.action.isEmpty()) {
        return makeError(code, tr("An audit event needs a category and an action (got \"%1\" and \"%2\").")
                                   .arg(event.category, event.action));
    }

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, category, action, actor, detail) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(event.at.toMSecsSinceEpoch());
    query.addBindValue(event.category);
    query.addBindValue(event.action);
    // Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' meaning "none".
    query.addBindValue(event.actor.isNull() ? QStringLiteral("") : event.actor);
    query.addBindValue(event.detail.isNull() ? QStringLiteral("") : event.detail);
    if (!query.exec()) {
        return sqlError(tr("Cannot append %1/%2 to the audit log").arg(event.category, event.action),
                        query.lastError());
    }
    return {};
}

Result<QList<AuditRecord>> AuditLog::recent(int limit, const QString& category) const
{
    if (limit <= 0) {
        return QList<AuditRecord>{};
    }
    const QString filter = category.isEmpty() ? QString() : QStringLiteral(" WHERE category = ?");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, at, category, action, actor, detail FROM ("
                                 "SELECT id, at, category, action, actor, detail FROM audit_log")
                  + filter + QStringLiteral(" ORDER BY id DESC LIMIT ?) ORDER BY id ASC"));
    if (!category.isEmpty()) {
        query.addBindValue(category);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return sqlError(tr("Cannot read the audit log"), query.lastError());
    }

    QList<AuditRecord> records;
    while (query.next()) {
        AuditRecord record;
        record.id = query.value(0).toLongLong();
        record.event.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        record.event.category = query.value(2).toString();
        record.event.action = query.value(3).toString();
        record.event.actor = query.value(4).toString();
        record.event.detail = query.value(5).toString();
        records.append(record);
    }
    return records;
}

} // namespace orion
