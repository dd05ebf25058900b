#include "models/PairsModel.h"

namespace orion {

PairsModel::PairsModel(QObject* parent)
    : RowTableModel(parent)
    , m_headers { tr("Kalshi market"), tr("Polymarket market"), tr("Score"), tr("Polarity"), tr("Matcher"),
        tr("Your decision"), tr("Flags"), tr("Tradable") }
{ }

bool PairsModel::sameRow(const DashboardPair& a, const DashboardPair& b) const
{
    return a.userDecision == b.userDecision && a.tradable == b.tradable && a.match.polarity == b.match.polarity
        && a.match.decision == b.match.decision && a.match.score == b.match.score && a.match.flags == b.match.flags
        && a.match.kalshiTitle == b.match.kalshiTitle && a.match.polymarketTitle == b.match.polymarketTitle
        && a.note == b.note;
}

QVariant PairsModel::cell(const DashboardPair& row, int column, int role) const
{
    const MatchResult& m = row.match;
    if (role == Qt::ToolTipRole) {
        if (column == Kalshi) {
            return m.kalshiTitle;
        }
        if (column == Polymarket) {
            return m.polymarketTitle;
        }
        if (column == UserDecision && !row.note.isEmpty()) {
            return row.note;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Kalshi:
        return m.kalshiTitle.isEmpty() ? m.kalshiTicker : QStringLiteral("%1 — %2").arg(m.kalshiTicker, m.kalshiTitle);
    case Polymarket:
        return m.polymarketTitle.isEmpty() ? m.polymarketKey
                                           : QStringLiteral("%1 — %2").arg(m.polymarketKey, m.polymarketTitle);
    case Score:
        return QString::number(m.score, 'f', 3);
    case PolarityColumn:
        return m.polarity == Polarity::Same ? tr("same") : tr("inverse");
    case Verdict:
        switch (m.decision) {
        case MatchDecision::Auto:
            return tr("auto");
        case MatchDecision::Review:
            return tr("review");
        case MatchDecision::Rejected:
            return tr("rejected");
        }
        return {};
    case UserDecision:
        switch (row.userDecision) {
        case DashboardPair::UserDecision::None:
            return tr("—");
        case DashboardPair::UserDecision::Confirmed:
            return tr("confirmed");
        case DashboardPair::UserDecision::Rejected:
            return tr("rejected");
        }
        return {};
    case Flags:
        return m.flags.join(QStringLiteral(", "));
    case Tradable:
        return row.tradable ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant PairsModel::sortValue(const DashboardPair& row, int column) const
{
    if (column == Score) {
        return row.match.score;
    }
    return {};
}

RowTone PairsModel::toneOf(const DashboardPair& row, int /*column*/) const
{
    if (row.userDecision == DashboardPair::UserDecision::Confirmed) {
        return RowTone::Good;
    }
    if (row.userDecision == DashboardPair::UserDecision::Rejected || row.match.decision == MatchDecision::Rejected) {
        return RowTone::Muted;
    }
    if (row.match.decision == MatchDecision::Review || !row.match.flags.isEmpty()) {
        return RowTone::Warning;
    }
    return RowTone::Normal;
}

} // namespace orion
