#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QStringList>

namespace orion {

class Clock;
struct Settings;

class VenueCredentialCheck;

// `orion credentials [--store keychain|file] [--file PATH] [--config FILE] COMMAND`:
//   set NAME          reads the value from standard input (or a prompt without echo), checks its form, stores it
//   list              names and where they are stored, never values
//   delete NAME
//   test              an authenticated read-only call per venue
//   import-env FILE   moves KALSHI_*/POLYMARKET_*/TELEGRAM_* variables from a dotenv file into the store
// The store defaults to the keychain (or $ORION_CREDENTIAL_STORE); the file store takes its master password from
// $ORION_MASTER_PASSWORD or a prompt. Changes (never values) go to the audit log of the configured database.
// Returns the exit code: 0, 1 (failed), 2 (bad usage).
int runCredentialsCommand(const QStringList& arguments);

// The checks `credentials test` runs: Kalshi and Polymarket against the configured environment's hosts, Telegram
// against TelegramClient::defaultBaseUrl().
std::vector<std::unique_ptr<VenueCredentialCheck>> venueCredentialChecks(const Settings& settings, const Clock& clock);

} // namespace orion
