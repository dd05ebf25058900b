#include "config/SettingsLoader.h"

#include "common/Logging.h"
#include "config/SettingsFields.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace orion {

namespace {

struct Location
{
    int line = 0;
    int column = 0;
};

Location locationOf(const YAML::Mark& mark)
{
    if (mark.is_null() || mark.line < 0) {
        return {};
    }
    return {mark.line + 1, mark.column + 1}; // yaml-cpp counts from 0, editors from 1
}

QString nodeKindName(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return SettingsLoader::tr("a section (key: value lines)");
    case YAML::NodeType::Sequence:
        return SettingsLoader::tr("a list");
    case YAML::NodeType::Scalar:
        return SettingsLoader::tr("a value");
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return SettingsLoader::tr("nothing");
}

// Walks one YAML document along the schema, writing into `settings` and collecting problems.
class DocumentReader final
{
public:
    DocumentReader(QString fileName, Settings& settings, QList<ConfigProblem>& problems)
        : m_fileName(std::move(fileName))
        , m_settings(settings)
        , m_problems(problems)
    {
        for (const detail::SettingField& field : detail::settingFields()) {
            const QStringList parts = field.descriptor.key.split(QLatin1Char('.'));
            QString path;
            for (qsizetype i = 0; i < parts.size(); ++i) {
                m_children[path].insert(parts[i]);
                path = path.isEmpty() ? parts[i] : path + QLatin1Char('.') + parts[i];
                if (i + 1 < parts.size()) {
                    m_sections.insert(path);
                }
            }
        }
    }

    void readRoot(const YAML::Node& root)
    {
        if (root.IsNull()) {
            return; // an empty file, or one with only comments: every key keeps its default
        }
        if (!root.IsMap()) {
            add(locationOf(root.Mark()), QString(),
                SettingsLoader::tr("the file must consist of sections such as \"trading:\" with settings below them, "
                                   "got %1")
                    .arg(nodeKindName(root)));
            return;
        }
        readSection(root, QString());
    }

    // Where each key was written, for problems found after reading (rules between keys).
    const QHash<QString, Location>& keyLocations() const { return m_seen; }

private:
    void readSection(const YAML::Node& section, const QString& path)
    {
        QHash<QString, Location> seenHere;
        for (auto it = section.begin(); it != section.end(); ++it) {
            // Copies: it-> returns a proxy that dies at the end of the statement, so a reference into it
            // dangles (ASan: stack-use-after-scope in Node::Mark(), found by fuzz_settings_yaml).
            const YAML::Node keyNode = it->first;
            const YAML::Node value = it->second;
            const Location at = locationOf(keyNode.Mark());
            if (!keyNode.IsScalar()) {
                add(at, path, SettingsLoader::tr("keys must be plain names, got %1").arg(nodeKindName(keyNode)));
                continue;
            }
            const QString name = detail::shownText(QString::fromStdString(keyNode.Scalar()));
            const QString key = path.isEmpty() ? name : path + QLatin1Char('.') + name;
            if (const auto previous = seenHere.constFind(name); previous != seenHere.cend()) {
                add(at, key, SettingsLoader::tr("is set twice; the first is on line %1").arg(previous->line));
                continue;
            }
            seenHere.insert(name, at);

            if (m_sections.contains(key)) {
                if (value.IsNull()) {
                    continue; // "alerts:" with everything below commented out: defaults
                }
                if (!value.IsMap()) {
                    add(at, key,
                        SettingsLoader::tr("is a section; expected settings below it, got %1")
                            .arg(nodeKindName(value)));
                    continue;
                }
                readSection(value, key);
                continue;
            }
            if (const detail::SettingField* field = detail::findSettingField(key)) {
                readValue(*field, value, at);
                continue;
            }
            add(at, key, unknownKeyMessage(path, name));
        }
    }

    void readValue(const detail::SettingField& field, const YAML::Node& value, const Location& at)
    {
        const QString& key = field.descriptor.key;
        m_seen.insert(key, at);
        if (value.IsNull()) {
            add(at, key,
                SettingsLoader::tr("has no value; expected %1").arg(detail::typeDescription(field.descriptor)));
            return;
        }
        if (!value.IsScalar()) {
            add(at, key,
                SettingsLoader::tr("expected %1, got %2")
                    .arg(detail::typeDescription(field.descriptor), nodeKindName(value)));
            return;
        }
        const QString text = QString::fromStdString(value.Scalar());
        // yaml-cpp tags plain scalars "?" and quoted ones "!"; a number or boolean in quotes is text to every
        // other YAML reader, so it is refused rather than silently accepted.
        const bool plain = value.Tag() == "?";
        if (!plain && (field.style == detail::ValueStyle::Number || field.style == detail::ValueStyle::Boolean)) {
            add(at, key,
                SettingsLoader::tr("expected %1, got the quoted text \"%2\"; write it without quotes")
                    .arg(detail::typeDescription(field.descriptor), detail::shownText(text)));
            return;
        }
        const Status written = field.write(m_settings, text);
        if (!written.ok()) {
            add(at, key, written.error().message);
        }
    }

    QString unknownKeyMessage(const QString& path, const QString& name) const
    {
        const QStringList siblings = m_children.value(path).values();
        QStringList similar = detail::similarKeys(name, siblings);
        if (!similar.isEmpty()) {
            return path.isEmpty() ? SettingsLoader::tr("unknown section; did you mean %1?").arg(similar.first())
                                  : SettingsLoader::tr("unknown key; did you mean %1?").arg(similar.first());
        }
        // The right name in the wrong section: "max_open_positions" under trading instead of risk.
        QStringList elsewhere;
        for (const detail::SettingField& field : detail::settingFields()) {
            if (field.descriptor.key.section(QLatin1Char('.'), -1) == name) {
                elsewhere << field.descriptor.key;
            }
        }
        if (!elsewhere.isEmpty()) {
            return SettingsLoader::tr("unknown key here; %1 is a setting").arg(elsewhere.join(QStringLiteral(", ")));
        }
        QStringList sorted = siblings;
        sorted.sort();
        return path.isEmpty()
                   ? SettingsLoader::tr("unknown section; the sections are %1").arg(sorted.join(QStringLiteral(", ")))
                   : SettingsLoader::tr("unknown key; %1 has %2").arg(path, sorted.join(QStringLiteral(", ")));
    }

    void add(const Location& at, const QString& key, const QString& message)
    {
        m_problems << ConfigProblem{m_fileName, at.line, at.column, key, message};
    }

    QString m_fileName;
    Settings& m_settings;
    QList<ConfigProblem>& m_problems;
    QSet<QString> m_sections;                 // "trading", "venues.production", "venues.production.kalshi", …
    QHash<QString, QSet<QString>> m_children; // section path ("" = top) -> names allowed below it
    QHash<QString, Location> m_seen;          // setting key -> where it was written
};

// Parses `yaml` on top of `base`; with no base (the embedded default itself) every key must be present.
// Where a malformed file went wrong, when yaml-cpp only notices at the end: the first line indented with a tab, or
// the last "[" / "{" left open before the error. Returns line 0 when neither applies.
std::pair<Location, QString> likelyCause(const QByteArray& yaml, const Location& reported, const std::string& what)
{
    const QList<QByteArray> lines = yaml.split('\n');
    const qsizetype last = reported.line > 0 ? std::min<qsizetype>(reported.line, lines.size()) : lines.size();
    for (qsizetype i = 0; i < last; ++i) {
        const QByteArray& line = lines[i];
        qsizetype indent = 0;
        while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) {
            ++indent;
        }
        const bool content = indent < line.size() && line[indent] != '#' && line[indent] != '\r';
        if (content && line.left(indent).contains('\t')) {
            return {{static_cast<int>(i + 1), static_cast<int>(line.indexOf('\t') + 1)},
                    SettingsLoader::tr("malformed YAML: a tab in the indentation; indent with spaces")};
        }
    }
    if (what.find("flow") == std::string::npos) {
        return {};
    }
    QList<std::pair<Location, char>> open;
    for (qsizetype i = 0; i < last; ++i) {
        const QByteArray& line = lines[i];
        char quote = 0;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const char ch = line[c];
            if (quote) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '#' && (c == 0 || line[c - 1] == ' ')) {
                break;
            } else if (ch == '[' || ch == '{') {
                open.append({{static_cast<int>(i + 1), static_cast<int>(c + 1)}, ch});
            } else if ((ch == ']' || ch == '}') && !open.isEmpty()) {
                open.removeLast();
            }
        }
    }
    if (open.isEmpty()) {
        return {};
    }
    return {
        open.constLast().first,
        SettingsLoader::tr("malformed YAML: this \"%1\" is never closed").arg(QLatin1Char(open.constLast().second))};
}

// The documents of a YAML stream as yaml-cpp's parser reports them: where each starts, and its root node.
class DocumentMarks final : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> starts;
    std::vector<YAML::Mark> roots;

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        starts.push_back(mark);
        m_depth = 0;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override
    {
        node(mark);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
        ++m_depth;
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
        ++m_depth;
    }
    void OnMapEnd() override { --m_depth; }

private:
    void node(const YAML::Mark& mark)
    {
        if (m_depth == 0 && roots.size() < starts.size())
            roots.push_back(mark);
    }

    int m_depth = 0;
};

// The root of the second document, if the stream has one. Not YAML::LoadAll(): in yaml-cpp 0.7 it never returns
// on some malformed streams (a lone ",": the parser reports an empty document without consuming the bad token,
// again and again, allocating each time; jbeder/yaml-cpp#1040, fixed upstream by #1319). A "document" that starts
// where the previous one started is that loop, not a document. Found by fuzz_settings_yaml.
std::optional<YAML::Mark> secondDocument(const std::string& text)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentMarks marks;
    while (marks.starts.size() < 2 && parser.HandleNextDocument(marks)) {
    }
    if (marks.starts.size() < 2 || marks.starts[1].pos == marks.starts[0].pos)
        return std::nullopt;
    return marks.roots.size() > 1 ? marks.roots[1] : marks.starts[1];
}

LoadOutcome parse(const QByteArray& yaml, const QString& fileName, const Settings* base)
{
    LoadOutcome outcome;
    const auto fileProblem = [&](const Location& at, const QString& message) {
        outcome.problems << ConfigProblem{fileName, at.line, at.column, QString(), message};
    };

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8.decode(yaml));
    if (utf8.hasError()) {
        fileProblem({}, SettingsLoader::tr("is not UTF-8 text"));
        return outcome;
    }

    const std::string text = yaml.toStdString();
    YAML::Node document;
    std::optional<YAML::Mark> second;
    try {
        second = secondDocument(text);
        document = YAML::Load(text);
    } catch (const YAML::Exception& error) {
        const Location at = locationOf(error.mark);
        // yaml-cpp notices some mistakes only where they stop making sense; point at the cause when it is clear.
        const auto [causeAt, cause] = likelyCause(yaml, at, error.msg);
        if (causeAt.line > 0) {
            fileProblem(causeAt, cause);
            return outcome;
        }
        fileProblem(at, SettingsLoader::tr("malformed YAML: %1").arg(QString::fromStdString(error.msg)));
        return outcome;
    }
    if (second) {
        fileProblem(locationOf(*second),
                    SettingsLoader::tr("has more than one YAML document (---); put every setting in one"));
        return outcome;
    }

    Settings settings = base ? *base : Settings{};
    DocumentReader reader(fileName, settings, outcome.problems);
    try {
        reader.readRoot(document);
    } catch (const YAML::Exception& error) {
        // Reading a parsed tree does not throw in practice; a bad alias or a yaml-cpp limit would.
        fileProblem(locationOf(error.mark),
                    SettingsLoader::tr("cannot read the YAML: %1").arg(QString::fromStdString(error.msg)));
        return outcome;
    }

    const QHash<QString, Location>& written = reader.keyLocations();
    if (!base) {
        for (const SettingDescriptor& descriptor : settingsSchema()) {
            if (!written.contains(descriptor.key)) {
                outcome.problems << ConfigProblem{fileName, 0, 0, descriptor.key,
                                                  SettingsLoader::tr("is missing; the default configuration must "
                                                                     "set every key")};
            }
        }
    }

    const QStringList keysWithProblems = [&] {
        QStringList keys;
        for (const ConfigProblem& problem : outcome.problems) {
            keys << problem.key;
        }
        return keys;
    }();
    for (const detail::CrossFieldProblem& problem : detail::crossFieldProblems(settings)) {
        // A key whose own value was refused kept its default; a rule broken only because of that default would
        // be a second, misleading message about the same mistake.
        bool involvesRefusedKey = false;
        for (const QString& key : problem.keys) {
            involvesRefusedKey = involvesRefusedKey || keysWithProblems.contains(key);
        }
        if (involvesRefusedKey) {
            continue;
        }
        // Point at the first involved key the file actually sets, since that is what the user can change.
        QString blamed = problem.keys.constFirst();
        Location at;
        for (const QString& key : problem.keys) {
            if (const auto it = written.constFind(key); it != written.cend()) {
                blamed = key;
                at = *it;
                break;
            }
        }
        outcome.problems << ConfigProblem{fileName, at.line, at.column, blamed, problem.message};
    }

    if (outcome.problems.isEmpty()) {
        outcome.settings = settings;
    }
    return outcome;
}

} // namespace

LoadOutcome SettingsLoader::loadDefault()
{
    static const LoadOutcome outcome = [] {
        QFile file(defaultResourcePath());
        if (!file.open(QIODevice::ReadOnly)) {
            return LoadOutcome{
                std::nullopt,
                {ConfigProblem{defaultResourcePath(), 0, 0, QString(),
                               tr("the embedded default configuration is missing: %1").arg(file.errorString())}}};
        }
        LoadOutcome parsed = parse(file.readAll(), defaultResourcePath(), nullptr);
        if (!parsed.ok()) {
            // A build defect (the unit tests load the same file): say so loudly once.
            qCCritical(lcConfig).noquote() << "the embedded default configuration is broken:"
                                           << joinProblems(parsed.problems, QStringLiteral("; "));
        }
        return parsed;
    }();
    return outcome;
}

LoadOutcome SettingsLoader::loadText(const QByteArray& yaml, const QString& fileName)
{
    const LoadOutcome defaults = loadDefault();
    if (!defaults.ok()) {
        return defaults;
    }
    return parse(yaml, fileName, &*defaults.settings);
}

LoadOutcome SettingsLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return LoadOutcome{std::nullopt,
                           {ConfigProblem{path, 0, 0, QString(), tr("cannot read: %1").arg(file.errorString())}}};
    }
    if (file.size() > kMaxFileBytes) {
        return LoadOutcome{std::nullopt,
                           {ConfigProblem{path, 0, 0, QString(),
                                          tr("is %1 bytes; a configuration file is far smaller (at most %2), so this "
                                             "is probably the wrong file")
                                              .arg(file.size())
                                              .arg(kMaxFileBytes)}}};
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return LoadOutcome{std::nullopt,
                           {ConfigProblem{path, 0, 0, QString(), tr("cannot read: %1").arg(file.errorString())}}};
    }
    return loadText(content, path);
}

} // namespace orion
