#include "config/SettingsDiff.h"

#include "config/SettingsFields.h"

namespace orion {

QList<SettingChange> diffSettings(const Settings& before, const Settings& after)
{
    QList<SettingChange> changes;
    if (before == after) {
        return changes;
    }
    // Compared as text: the YAML spelling is exact for every type (money is integer micro-units underneath).
    for (const detail::SettingField& field : detail::settingFields()) {
        QString oldValue = field.read(before);
        QString newValue = field.read(after);
        if (oldValue != newValue) {
            changes << SettingChange{field.descriptor.key, std::move(oldValue), std::move(newValue)};
        }
    }
    return changes;
}

} // namespace orion
