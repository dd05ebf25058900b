#include "InitDbCommand.h"

#include "storage/Database.h"

#include <QTextStream>

namespace orion {

int runInitDb(const Settings& settings)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto database = Database::open(settings.database.url);
    if (!database.ok()) {
        err << "orion: " << database.error().message << Qt::endl;
        return 1;
    }
    const int before = database.value()->schemaVersion();
    const auto after = database.value()->migrate();
    if (!after.ok()) {
        err << "orion: " << after.error().message << Qt::endl;
        return 1;
    }
    out << "database " << database.value()->filePath() << ": schema version " << after.value();
    if (before != after.value()) {
        out << " (migrated from " << before << ")";
    } else {
        out << " (up to date)";
    }
    out << Qt::endl;
    return 0;
}

} // namespace orion
