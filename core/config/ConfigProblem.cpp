#include "config/ConfigProblem.h"

#include <QStringList>

namespace orion {

QString ConfigProblem::toString() const
{
    QString where = file;
    if (!where.isEmpty() && line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0) {
            where += QLatin1Char(':') + QString::number(column);
        }
    }
    QString text;
    if (!where.isEmpty()) {
        text += where + QStringLiteral(": ");
    }
    if (!key.isEmpty()) {
        text += key + QStringLiteral(": ");
    }
    return text + message;
}

QString joinProblems(const QList<ConfigProblem>& problems, const QString& separator)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const ConfigProblem& problem : problems) {
        lines << problem.toString();
    }
    return lines.join(separator);
}

} // namespace orion
