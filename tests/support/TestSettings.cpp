#include "TestSettings.h"

#include "config/SettingsLoader.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace orion::test {

Settings defaultSettings()
{
    const LoadOutcome outcome = SettingsLoader::loadDefault();
    if (!outcome.ok()) {
        qWarning("the embedded default configuration does not load");
        return {};
    }
    return *outcome.settings;
}

Settings settingsIn(const QString& directory)
{
    Settings settings = defaultSettings();
    settings.database.url = QStringLiteral("sqlite:///") + directory + QStringLiteral("/orion.db");
    settings.logging.file = directory + QStringLiteral("/orion.log");
    return settings;
}

QStringList auditActions(const QString& databaseFile)
{
    QStringList actions;
    const QString name = QStringLiteral("audit-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT category, action FROM audit_log ORDER BY id"));
            while (query.next()) {
                actions << query.value(0).toString() + QLatin1Char('.') + query.value(1).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return actions;
}

} // namespace orion::test
