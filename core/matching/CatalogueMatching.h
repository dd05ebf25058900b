#pragma once

#include "common/Result.h"
#include "matching/MatchResult.h"
#include "matching/MatcherOptions.h"

#include <QByteArray>
#include <QList>

namespace orion {

// One call for `orion match`: reads both catalogues in the venues' own JSON formats (see CatalogueReader) and
// matches them. Errors name the catalogue and the line; pairs come back in Kalshi order, then by score.
[[nodiscard]] Result<QList<MatchResult>> matchCatalogues(const QByteArray& kalshiBytes,
                                                         const QByteArray& polymarketBytes,
                                                         const MatcherOptions& options = MatcherOptions());

} // namespace orion
