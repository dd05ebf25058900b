#pragma once

// Internal to core/config: the schema table with each key's accessors. Other areas use SettingsSchema.h.

#include "common/Result.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace orion::detail {

// Translation context for configuration messages shown to users.
class ConfigText final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigText)
};

// How a value is spelled in YAML: numbers and booleans must be plain (unquoted) scalars, choices may be either,
// text is written quoted.
enum class ValueStyle {
    Number,
    Boolean,
    Choice,
    Text,
};

struct SettingField
{
    SettingDescriptor descriptor;
    ValueStyle style = ValueStyle::Text;
    std::function<QString(const Settings&)> read;
    // Parses and range-checks; on error leaves `settings` alone. The message says why, without the key.
    std::function<Status(Settings&, QStringView)> write;
};

// In the order of config.yaml.
const QList<SettingField>& settingFields();
const SettingField* findSettingField(QStringView key);

// The user's text for a message, cut short so that a pasted megabyte never reaches a log or a dialog.
QString shownText(QStringView text);

// What a value of this type looks like, for "expected …, got …" messages: "a price in dollars such as 0.02".
QString typeDescription(const SettingDescriptor& descriptor);

// A rule between several keys that does not hold. `keys` are the keys involved, the one to blame first.
struct CrossFieldProblem
{
    QStringList keys;
    QString message;
};

QList<CrossFieldProblem> crossFieldProblems(const Settings& settings);

// Keys of `candidates` close enough to `key` to be a typo of it (edit distance, case-insensitive), best first.
QStringList similarKeys(const QString& key, const QStringList& candidates);

} // namespace orion::detail
