#include "config/SettingsWriter.h"

#include "common/Logging.h"
#include "config/SettingsFields.h"
#include "config/SettingsLoader.h"
#include "config/SettingsSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace orion {

namespace {

constexpr qsizetype kCommentWidth = 100;

const char* const kHeader
    = "Orion configuration.\n"
      "\n"
      "Orion reads the file given with --config FILE, otherwise orion/config.yaml in your configuration directory "
      "(~/.config/orion/config.yaml on Linux), otherwise the copy of this file built into Orion. Every value is "
      "checked at start-up; if anything is wrong Orion lists each problem with its file, line and key, and does "
      "not start.\n"
      "\n"
      "Your file may be partial: a key it leaves out takes its value from the default configuration built into "
      "Orion (this file as shipped). Command-line options (--threshold, --auto-execute, --log-level, --dry-run) "
      "apply on top of the file and are checked the same way.\n"
      "\n"
      "Money is in US dollars with at most 6 decimals (0.02 is 2 cents). Fractions are decimals (0.05 is 5%). "
      "Numbers and true/false are written without quotes. Secrets (API keys, private keys, the Telegram bot "
      "token) never go in this file: store them with `orion credentials`.\n"
      "\n"
      "When Orion saves settings it rewrites this whole file in this layout (comments of your own are not kept) "
      "and keeps the previous file as <name>.bak.";

// Splits `text` into comment lines of at most kCommentWidth columns (a word longer than that stays whole).
QStringList commentLines(const QString& text, const QString& indent)
{
    QStringList lines;
    const qsizetype width = kCommentWidth - indent.size() - 2;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.isEmpty()) {
            lines << indent + QStringLiteral("#");
            continue;
        }
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << indent + QStringLiteral("# ") + line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << indent + QStringLiteral("# ") + line;
    }
    return lines;
}

// Double-quoted YAML scalar. Text settings refuse control characters, so only '\' and '"' need escaping.
QString yamlQuoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString describeLimits(const SettingDescriptor& descriptor)
{
    QStringList parts;
    if (!descriptor.unit.isEmpty()) {
        parts << SettingsWriter::tr("Unit: %1.").arg(descriptor.unit);
    }
    if (!descriptor.minimum.isEmpty() && !descriptor.maximum.isEmpty()) {
        parts << SettingsWriter::tr("Range: %1 to %2.").arg(descriptor.minimum, descriptor.maximum);
    }
    if (descriptor.type == QLatin1String("choice")) {
        parts << SettingsWriter::tr("One of: %1.").arg(descriptor.choices.join(QStringLiteral(", ")));
    }
    parts << (descriptor.editableWhileRunning ? SettingsWriter::tr("Can be changed while running.")
                                              : SettingsWriter::tr("Takes effect at the next start."));
    return parts.join(QLatin1Char(' '));
}

const SettingSection* findSection(const QString& key)
{
    for (const SettingSection& section : settingsSections()) {
        if (section.key == key) {
            return &section;
        }
    }
    return nullptr;
}

} // namespace

QByteArray SettingsWriter::toYaml(const Settings& settings)
{
    QStringList out = commentLines(QString::fromUtf8(kHeader), QString());
    QStringList open; // the sections the previous key was in
    for (const detail::SettingField& field : detail::settingFields()) {
        const SettingDescriptor& descriptor = field.descriptor;
        const QStringList parts = descriptor.key.split(QLatin1Char('.'));
        const QStringList sections = parts.mid(0, parts.size() - 1);
        qsizetype common = 0;
        while (common < open.size() && common < sections.size() && open[common] == sections[common]) {
            ++common;
        }
        for (qsizetype depth = common; depth < sections.size(); ++depth) {
            const QString indent(depth * 2, QLatin1Char(' '));
            const QString path = sections.mid(0, depth + 1).join(QLatin1Char('.'));
            if (depth == common) {
                out << QString(); // not right below the header of a section opened just now
            }
            if (const SettingSection* section = findSection(path)) {
                if (depth == 0) {
                    const QString title = QStringLiteral("# --- ") + section->title + QLatin1Char(' ');
                    out << title.leftJustified(kCommentWidth, QLatin1Char('-'));
                    if (!section->help.isEmpty()) {
                        out << commentLines(section->help, indent);
                    }
                } else if (!section->help.isEmpty()) {
                    out << commentLines(section->help, indent);
                }
            }
            out << indent + sections[depth] + QLatin1Char(':');
        }
        const bool sectionJustOpened = common < sections.size();
        open = sections;

        const QString indent(sections.size() * 2, QLatin1Char(' '));
        if (!sectionJustOpened) {
            out << QString();
        }
        out << commentLines(descriptor.help + QLatin1Char('\n') + describeLimits(descriptor), indent);
        const QString value = field.read(settings);
        out << indent + parts.constLast() + QStringLiteral(": ")
                   + (field.style == detail::ValueStyle::Text ? yamlQuoted(value) : value);
    }
    return (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

Status SettingsWriter::save(const Settings& settings, const QString& path)
{
    const QList<ConfigProblem> problems = validateSettings(settings);
    if (!problems.isEmpty()) {
        return makeError(
            QStringLiteral("config.invalid"),
            tr("not saved, the settings have problems: %1").arg(joinProblems(problems, QStringLiteral("; "))));
    }
    const QByteArray yaml = toYaml(settings);
    // What is written must read back as what was meant; a difference is a defect of this writer, and a file
    // that changes meaning on reload is worse than no file.
    const LoadOutcome reloaded = SettingsLoader::loadText(yaml, path);
    if (!reloaded.ok() || !(*reloaded.settings == settings)) {
        qCCritical(lcConfig).noquote() << "the configuration writer produced a file that does not read back:"
                                       << joinProblems(reloaded.problems, QStringLiteral("; "));
        return makeError(QStringLiteral("config.invalid"),
                         tr("not saved: the written file would not read back as the same settings"));
    }

    const auto ioError = [&path](const QString& what, const QString& why) {
        return makeError(QStringLiteral("config.io"), tr("cannot save %1: %2: %3").arg(path, what, why));
    };

    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        return ioError(tr("cannot create a temporary file next to it"), target.errorString());
    }
    if (target.write(yaml) != yaml.size()) {
        const QString why = target.errorString();
        target.cancelWriting();
        return ioError(tr("cannot write"), why);
    }

    const QFileInfo previous(path);
    if (previous.exists()) {
        QFile old(path);
        if (!old.open(QIODevice::ReadOnly)) {
            target.cancelWriting();
            return ioError(tr("cannot read the previous file to back it up"), old.errorString());
        }
        const QByteArray oldContent = old.readAll();
        // The backup is itself replaced atomically, so a crash never leaves a half-written .bak either.
        QSaveFile backup(backupPath(path));
        if (!backup.open(QIODevice::WriteOnly) || backup.write(oldContent) != oldContent.size() || !backup.commit()) {
            const QString why = backup.errorString();
            backup.cancelWriting();
            target.cancelWriting();
            return ioError(tr("cannot write the backup %1").arg(backupPath(path)), why);
        }
    }

    if (!target.commit()) {
        return ioError(tr("cannot replace the file"), target.errorString());
    }
    qCInfo(lcConfig).noquote() << "configuration saved to" << path;
    return {};
}

} // namespace orion
