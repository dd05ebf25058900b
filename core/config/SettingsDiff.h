#pragma once

#include "config/Settings.h"

#include <QList>
#include <QString>

namespace orion {

// One key whose value differs, with both values as written in YAML ("0.02" -> "0.03").
struct SettingChange
{
    QString key;
    QString oldValue;
    QString newValue;

    friend bool operator==(const SettingChange&, const SettingChange&) = default;
};

// Every key whose value differs between `before` and `after`, in config.yaml order; empty when they are equal.
QList<SettingChange> diffSettings(const Settings& before, const Settings& after);

} // namespace orion
