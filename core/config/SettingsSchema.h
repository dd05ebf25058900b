#pragma once

#include "common/Result.h"
#include "config/ConfigProblem.h"
#include "config/Settings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace orion {

// Everything known about one key of config.yaml. The loader, the writer (whose comments are these help texts),
// the command-line overrides, the diff and the dashboard's parameter editor all read this one table.
struct SettingDescriptor
{
    QString key;     // dotted path as in the YAML file: "trading.threshold_spread"
    QString type;    // price | cash | ratio | integer | seconds | boolean | choice | text | url
    QString unit;    // for people: "USD per contract", "fraction (0.05 = 5%)", "ms", … ; empty when none
    QString minimum; // inclusive bounds in the YAML spelling ("0.0001"); empty when the type has none
    QString maximum;
    QString help; // what it does, what happens at the edges; English (translatable via context "SettingsSchema")
    bool editableWhileRunning = false; // false: a change takes effect at the next start
    QStringList choices;               // the accepted values when type is "choice"

    friend bool operator==(const SettingDescriptor&, const SettingDescriptor&) = default;
};

// A group of keys ("trading", "venues.production", "alerts.events") with a title and a help text.
struct SettingSection
{
    QString key;
    QString title;
    QString help;

    friend bool operator==(const SettingSection&, const SettingSection&) = default;
};

// Every key, in the order of config.yaml.
const QList<SettingDescriptor>& settingsSchema();
// Every section (top level and nested) in the order of config.yaml.
const QList<SettingSection>& settingsSections();
// nullptr when `key` is not a setting.
const SettingDescriptor* findSettingDescriptor(QStringView key);

// The value of `key` as it is written in YAML ("0.02", "true", "dry_run", "sqlite:///data/arbitrage.db");
// a null QString when `key` is not a setting.
QString settingValue(const Settings& settings, QStringView key);

// Parses `text` as the value of `key` (same rules as the YAML file) and stores it; on error `settings` is
// unchanged and the message names the key and says why ("risk.max_daily_loss_pct: must be between 0.001 and 1,
// got 1.5"). Codes: config.unknown_key, config.type, config.value, config.range.
[[nodiscard]] Status setSetting(Settings& settings, QStringView key, QStringView text);

// Every problem with a complete Settings: each value within its key's range, then the rules between keys
// (capital allocations plus reserve at most 1, the minimum trade within the largest allowed trade, …).
// Problems carry the key and message only; the loader adds file, line and column.
QList<ConfigProblem> validateSettings(const Settings& settings);

} // namespace orion
