#pragma once

#include <QList>
#include <QString>

namespace orion {

// One thing wrong with a configuration: where (file, 1-based line and column of the key, 0 when unknown), which
// key ("risk.max_daily_loss_pct", empty for the file as a whole) and why.
struct ConfigProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString key;
    QString message;

    // "config.yaml:12:3: risk.max_daily_loss_pct: must be between 0 and 1, got 1.5"; the parts that are unknown
    // are left out ("risk.max_daily_loss_pct: ...", "config.yaml: cannot read ...").
    QString toString() const;

    friend bool operator==(const ConfigProblem&, const ConfigProblem&) = default;
};

// One problem per line, in order.
QString joinProblems(const QList<ConfigProblem>& problems, const QString& separator = QStringLiteral("\n"));

} // namespace orion
