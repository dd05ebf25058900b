#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace orion {

// What the user asked for on the command line, before any configuration is read.
struct CommandLineRequest
{
    enum class Action
    {
        Run,         // the terminal (GUI, or headless with --no-gui)
        InitDb,      // create or migrate the database, report the schema version, exit
        ShowVersion,
        ShowHelp,
        Fail,        // bad arguments: `message` says why; exit code 2
    };

    Action action = Action::Run;
    QString message;        // help text, version text or the error
    QString configPath;     // empty: the user's config file if it exists, else the embedded default
    bool noGui = false;
    bool demo = false;
    bool confirmLive = false; // --confirm-live: the person chose real-money trading for a headless run
    // Overrides as "section.key" = text, validated by the configuration layer exactly like file values.
    QList<std::pair<QString, QString>> overrides;
};

// Parses argv with QCommandLineParser. Never exits the process itself, so it is testable.
CommandLineRequest parseCommandLine(const QStringList& arguments);

} // namespace orion
