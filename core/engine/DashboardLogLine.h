#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace orion {

// One message of Orion's log as the log view shows it.
struct DashboardLogLine
{
    QDateTime at;
    QtMsgType type = QtInfoMsg;
    QString category; // "orion.engine"
    QString message;

    friend bool operator==(const DashboardLogLine&, const DashboardLogLine&) = default;
};

} // namespace orion
