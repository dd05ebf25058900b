#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace orion {

// Reads a dotenv-style file (KEY=value, optional `export`, # comments, single or double quotes, double-quoted
// values spanning lines or with \n escapes, as PEM keys are usually pasted) and picks out the variables the
// credential catalogue knows (KALSHI_KEY_ID, POLYMARKET_PRIVATE_KEY, TELEGRAM_BOT_TOKEN, …).
struct EnvFileImport
{
    std::vector<std::pair<QString, SecretBytes>> entries; // catalogue name, value
    QStringList unknownVariables; // KALSHI_*/POLYMARKET_*/TELEGRAM_* names the catalogue does not have
    QStringList otherVariables;   // everything else, left alone

    // Errors: "credentials.env" with the line number of the first malformed line (never its text).
    [[nodiscard]] static Result<EnvFileImport> parse(QByteArrayView text);
};

} // namespace orion
