#pragma once

#include "common/Result.h"
#include "matching/CatalogueMarket.h"

#include <QByteArray>
#include <QList>

namespace orion {

// Reads venue catalogues in the venues' own JSON formats:
//  - Kalshi: a `GET /markets` response object ({"markets":[...],"cursor":...}), a JSON array of market items, or
//    JSON lines (one market object a line).
//  - Polymarket: a Gamma `/markets` array or JSON lines; `outcomes` and `clobTokenIds` arrive as JSON strings.
// Malformed or hostile input yields an Error naming the line (or array item) and field; it never throws or crashes.
class CatalogueReader final
{
public:
    static constexpr qsizetype kMaxBytes = qsizetype(512) * 1024 * 1024;

    [[nodiscard]] static Result<QList<CatalogueMarket>> readKalshi(const QByteArray& bytes);
    [[nodiscard]] static Result<QList<CatalogueMarket>> readPolymarket(const QByteArray& bytes);
    [[nodiscard]] static Result<QList<CatalogueMarket>> read(CatalogueVenue venue, const QByteArray& bytes);
};

} // namespace orion
