#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace orion {

class Database;

// One thing that happened: engine start/stop, mode and configuration changes, kills, pair decisions.
// `detail` is JSON text or plain text; a null detail is stored as an empty string.
struct AuditEvent
{
    QDateTime at;
    QString category;
    QString action;
    QString actor;
    QString detail;
};

struct AuditRecord
{
    qint64 id = 0;
    AuditEvent event;
};

// The append-only audit trail in the audit_log table. The table's triggers refuse UPDATE and DELETE, so a row,
// once written, stays as it was. Times are stored as UTC milliseconds and read back as UTC.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    explicit AuditLog(Database& database);

    // Refuses an event without a valid time, category or action (code "storage.audit").
    [[nodiscard]] Status append(const AuditEvent& event);

    // The newest `limit` records (of one category when given), oldest first: the order they were written.
    [[nodiscard]] Result<QList<AuditRecord>> recent(int limit, const QString& category = {}) const;

private:
    Database& m_database;
};

} // namespace orion
