#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace orion {

// One step of the schema. A migration is never edited once released: a change is a new migration with the
// next version. Each statement is a single SQL statement (Qt's SQLite driver runs only the first of several).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Every migration, in the order they are applied; versions increase strictly from 1.
const QList<Migration>& allMigrations();

} // namespace orion
