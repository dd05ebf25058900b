#include "config/CliOverrides.h"

#include "config/SettingsFields.h"
#include "config/SettingsSchema.h"

#include <QSet>
#include <QStringList>

namespace orion {

Status applyOverrides(Settings& settings, const QList<std::pair<QString, QString>>& keyValues)
{
    Settings next = settings;
    QStringList problems;
    for (const auto& [key, text] : keyValues) {
        const Status applied = setSetting(next, key, text);
        if (!applied.ok()) {
            problems << detail::ConfigText::tr("command line: %1").arg(applied.error().message);
        }
    }
    if (problems.isEmpty()) {
        QSet<QString> overridden;
        for (const auto& [key, text] : keyValues) {
            overridden.insert(key);
        }
        for (const detail::CrossFieldProblem& problem : detail::crossFieldProblems(next)) {
            // Blame what the user typed on the command line, not a key of the file it collided with.
            QString blamed = problem.keys.constFirst();
            for (const QString& key : problem.keys) {
                if (overridden.contains(key)) {
                    blamed = key;
                    break;
                }
            }
            problems << detail::ConfigText::tr("command line: %1: %2").arg(blamed, problem.message);
        }
    }
    if (!problems.isEmpty()) {
        return makeError(QStringLiteral("config.override"), problems.join(QLatin1Char('\n')));
    }
    settings = next;
    return {};
}

} // namespace orion
