#pragma once

#include <QStringList>

namespace orion {

// `orion report [--format text|json] [--mode paper|live] [--config FILE] [--db URL]`: the ledger summary of one
// mode (default: engine.mode when it is paper or live, else paper), read from the database: balances, open
// positions per pair with both legs, unhedged exposure, P&L (locked-in, realised, marked, today), trades and the
// performance metrics. Returns the exit code: 0 (also for a database without trades), 1 (the ledger cannot be
// read), 2 (bad usage, or no readable database at the configured path), 3 (configuration problems).
int runReportCommand(const QStringList& arguments);

} // namespace orion
