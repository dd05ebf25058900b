#pragma once

#include <QStringList>

namespace orion {

// `orion match --kalshi FILE --polymarket FILE [--out FILE] [--labels FILE] [--include-rejected]
// [--allow-auto-without-rules]`: pairs as JSON lines (stdout or --out); with --labels, an evaluation report
// (precision of auto, recall, every miss) on stderr. Returns the exit code: 0, 1 (unreadable input), 2 (bad usage).
int runMatchCommand(const QStringList& arguments);

} // namespace orion
