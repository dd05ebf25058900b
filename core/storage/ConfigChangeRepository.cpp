#include "storage/ConfigChangeRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QMetaType>
#include <QSqlQuery>
#include <QVariant>

namespace orion {

namespace {

// Keeps "no value" (SQL NULL) apart from an empty value.
QVariant nullable(const QString& value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QString fromNullable(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

ConfigChangeRepository::ConfigChangeRepository(Database& database) : m_database(database) {}

Status ConfigChangeRepository::record(const QDateTime& at, const QString& key, const QString& oldValue,
                                      const QString& newValue, const QString& source)
{
    const QString code = QStringLiteral("storage.config_change");
    if (!at.isValid()) {
        return makeError(code, tr("The change of \"%1\" has no time.").arg(key));
    }
    if (key.isEmpty()) {
        return makeError(code, tr("A configuration change needs the key that changed."));
    }

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO config_changes (changed_at, key, old_value, new_value, source) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(key);
    query.addBindValue(nullable(oldValue));
    query.addBindValue(nullable(newValue));
    query.addBindValue(source.isNull() ? QStringLiteral("") : source);
    if (!query.exec()) {
        return sqlError(tr("Cannot record the change of \"%1\"").arg(key), query.lastError());
    }
    return {};
}

Result<QList<ConfigChange>> ConfigChangeRepository::recent(int limit) const
{
    if (limit <= 0) {
        return QList<ConfigChange>{};
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, changed_at, key, old_value, new_value, source FROM ("
                                 "SELECT id, changed_at, key, old_value, new_value, source FROM config_changes "
                                 "ORDER BY id DESC LIMIT ?) ORDER BY id ASC"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return sqlError(tr("Cannot read the configuration history"), query.lastError());
    }

    QList<ConfigChange> changes;
    while (query.next()) {
        ConfigChange change;
        change.id = query.value(0).toLongLong();
        change.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        change.key = query.value(2).toString();
        change.oldValue = fromNullable(query.value(3));
        change.newValue = fromNullable(query.value(4));
        change.source = query.value(5).toString();
        changes.append(change);
    }
    return changes;
}

} // namespace orion
