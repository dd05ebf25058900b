#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace orion {

class Database;

// One setting that changed. A null old value means the key had no value before (and a null new value that it
// was removed); an empty string is a value.
struct ConfigChange
{
    qint64 id = 0;
    QDateTime at;
    QString key;
    QString oldValue;
    QString newValue;
    QString source;
};

// The history of configuration changes (config_changes, append-only like the audit log). It records only this
// table: the caller writes the matching audit_log row.
class ConfigChangeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigChangeRepository)
    Q_DISABLE_COPY_MOVE(ConfigChangeRepository)

public:
    explicit ConfigChangeRepository(Database& database);

    // Refuses a change without a valid time or a key (code "storage.config_change").
    [[nodiscard]] Status record(const QDateTime& at, const QString& key, const QString& oldValue,
                                const QString& newValue, const QString& source);

    // The newest `limit` changes, oldest first.
    [[nodiscard]] Result<QList<ConfigChange>> recent(int limit) const;

private:
    Database& m_database;
};

} // namespace orion
