#include "storage/Migrations.h"

namespace orion {

namespace {

// Conventions: timestamps are INTEGER milliseconds since the epoch (UTC); money is INTEGER micro-dollars
// (*_micros); quantities are INTEGER hundredths of a contract (*_hundredths). No REAL column holds money.
// Only venue, side, outcome and the pair enums are checked: the execution vocabulary (order status, time in
// force, direction) is still open, and widening a CHECK in SQLite means rebuilding the table.
QList<Migration> buildMigrations()
{
    QList<Migration> migrations;

    migrations.append(Migration{
        1,
        QStringLiteral("initial schema: markets, pairs, opportunities, orders, fills, positions, balances, "
                       "config changes, audit log"),
        {
            QStringLiteral(R"(CREATE TABLE markets (
                venue       TEXT    NOT NULL CHECK (venue IN ('kalshi', 'polymarket')),
                market_id   TEXT    NOT NULL CHECK (length(market_id) > 0),
                event_id    TEXT,
                title       TEXT    NOT NULL DEFAULT '',
                status      TEXT    NOT NULL DEFAULT '',
                close_time  INTEGER,
                raw_json    TEXT,
                updated_at  INTEGER NOT NULL,
                PRIMARY KEY (venue, market_id)
            ))"),
            QStringLiteral("CREATE INDEX idx_markets_event ON markets (venue, event_id)"),

            QStringLiteral(R"(CREATE TABLE market_pairs (
                id                    INTEGER PRIMARY KEY,
                kalshi_market_id      TEXT    NOT NULL CHECK (length(kalshi_market_id) > 0),
                polymarket_market_id  TEXT    NOT NULL CHECK (length(polymarket_market_id) > 0),
                polarity              TEXT    NOT NULL CHECK (polarity IN ('same', 'inverse')),
                score                 REAL    NOT NULL,
                decision              TEXT    NOT NULL
                                      CHECK (decision IN ('auto', 'review', 'rejected', 'confirmed', 'user_rejected')),
                flags                 TEXT    NOT NULL DEFAULT '',
                decided_by            TEXT,
                created_at            INTEGER NOT NULL,
                updated_at            INTEGER NOT NULL,
                UNIQUE (kalshi_market_id, polymarket_market_id)
            ))"),
            QStringLiteral("CREATE INDEX idx_market_pairs_polymarket ON market_pairs (polymarket_market_id)"),
            QStringLiteral("CREATE INDEX idx_market_pairs_decision ON market_pairs (decision)"),

            QStringLiteral(R"(CREATE TABLE opportunities (
                id                           TEXT    PRIMARY KEY CHECK (length(id) > 0),
                pair_id                      INTEGER NOT NULL REFERENCES market_pairs (id),
                direction                    TEXT    NOT NULL CHECK (length(direction) > 0),
                size_hundredths              INTEGER NOT NULL CHECK (size_hundredths >= 0),
                kalshi_avg_price_micros      INTEGER NOT NULL
                                             CHECK (kalshi_avg_price_micros BETWEEN 0 AND 1000000),
                polymarket_avg_price_micros  INTEGER NOT NULL
                                             CHECK (polymarket_avg_price_micros BETWEEN 0 AND 1000000),
                cost_micros                  INTEGER NOT NULL CHECK (cost_micros >= 0),
                fees_micros                  INTEGER NOT NULL,
                profit_micros                INTEGER NOT NULL,
                edge_micros                  INTEGER NOT NULL,
                kalshi_book_age_ms           INTEGER NOT NULL CHECK (kalshi_book_age_ms >= 0),
                polymarket_book_age_ms       INTEGER NOT NULL CHECK (polymarket_book_age_ms >= 0),
                tradable                     INTEGER NOT NULL CHECK (tradable IN (0, 1)),
                blocked_reason               TEXT,
                opened_at                    INTEGER NOT NULL,
                updated_at                   INTEGER NOT NULL,
                closed_at                    INTEGER
            ))"),
            QStringLiteral("CREATE INDEX idx_opportunities_opened_at ON opportunities (opened_at)"),
            QStringLiteral("CREATE INDEX idx_opportunities_pair ON opportunities (pair_id)"),

            QStringLiteral(R"(CREATE TABLE orders (
                id                   INTEGER PRIMARY KEY,
                client_order_id      TEXT    NOT NULL UNIQUE CHECK (length(client_order_id) > 0),
                venue                TEXT    NOT NULL CHECK (venue IN ('kalshi', 'polymarket')),
                venue_order_id       TEXT,
                market_id            TEXT    NOT NULL CHECK (length(market_id) > 0),
                side                 TEXT    NOT NULL CHECK (side IN ('buy', 'sell')),
                outcome              TEXT    NOT NULL CHECK (outcome IN ('yes', 'no')),
                price_micros         INTEGER NOT NULL CHECK (price_micros BETWEEN 0 AND 1000000),
                quantity_hundredths  INTEGER NOT NULL CHECK (quantity_hundredths > 0),
                filled_hundredths    INTEGER NOT NULL DEFAULT 0
                                     CHECK (filled_hundredths >= 0 AND filled_hundredths <= quantity_hundredths),
                time_in_force        TEXT    NOT NULL CHECK (length(time_in_force) > 0),
                status               TEXT    NOT NULL CHECK (length(status) > 0),
                trade_id             TEXT,
                created_at           INTEGER NOT NULL,
                updated_at           INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX idx_orders_status ON orders (status)"),
            QStringLiteral("CREATE INDEX idx_orders_venue_order ON orders (venue, venue_order_id)"),
            QStringLiteral("CREATE INDEX idx_orders_trade ON orders (trade_id)"),

            QStringLiteral(R"(CREATE TABLE fills (
                id                   INTEGER PRIMARY KEY,
                order_id             INTEGER NOT NULL REFERENCES orders (id),
                venue_fill_id        TEXT    NOT NULL CHECK (length(venue_fill_id) > 0),
                venue                TEXT    NOT NULL CHECK (venue IN ('kalshi', 'polymarket')),
                market_id            TEXT    NOT NULL CHECK (length(market_id) > 0),
                price_micros         INTEGER NOT NULL CHECK (price_micros BETWEEN 0 AND 1000000),
                quantity_hundredths  INTEGER NOT NULL CHECK (quantity_hundredths > 0),
                fee_micros           INTEGER NOT NULL,
                is_taker             INTEGER NOT NULL CHECK (is_taker IN (0, 1)),
                filled_at            INTEGER NOT NULL,
                UNIQUE (venue, venue_fill_id)
            ))"),
            QStringLiteral("CREATE INDEX idx_fills_order ON fills (order_id)"),
            QStringLiteral("CREATE INDEX idx_fills_filled_at ON fills (filled_at)"),

            // Signed: a position may be reported short while a leg is being unwound.
            QStringLiteral(R"(CREATE TABLE positions (
                venue                TEXT    NOT NULL CHECK (venue IN ('kalshi', 'polymarket')),
                market_id            TEXT    NOT NULL CHECK (length(market_id) > 0),
                outcome              TEXT    NOT NULL CHECK (outcome IN ('yes', 'no')),
                quantity_hundredths  INTEGER NOT NULL,
                cost_micros          INTEGER NOT NULL,
                realized_pnl_micros  INTEGER NOT NULL DEFAULT 0,
                updated_at           INTEGER NOT NULL,
                PRIMARY KEY (venue, market_id, outcome)
            ))"),

            QStringLiteral(R"(CREATE TABLE balance_snapshots (
                id                      INTEGER PRIMARY KEY,
                venue                   TEXT    NOT NULL CHECK (venue IN ('kalshi', 'polymarket')),
                cash_micros             INTEGER NOT NULL,
                portfolio_value_micros  INTEGER NOT NULL,
                taken_at                INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX idx_balance_snapshots_venue_taken ON balance_snapshots (venue, taken_at)"),

            QStringLiteral(R"(CREATE TABLE config_changes (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                changed_at  INTEGER NOT NULL,
                key         TEXT    NOT NULL CHECK (length(key) > 0),
                old_value   TEXT,
                new_value   TEXT,
                source      TEXT    NOT NULL DEFAULT ''
            ))"),
            QStringLiteral("CREATE INDEX idx_config_changes_changed_at ON config_changes (changed_at)"),
            QStringLiteral("CREATE INDEX idx_config_changes_key ON config_changes (key)"),

            // AUTOINCREMENT: ids are never reused, so a gap or a reused id would itself show tampering.
            QStringLiteral(R"(CREATE TABLE audit_log (
                id        INTEGER PRIMARY KEY AUTOINCREMENT,
                at        INTEGER NOT NULL,
                category  TEXT    NOT NULL CHECK (length(category) > 0),
                action    TEXT    NOT NULL CHECK (length(action) > 0),
                actor     TEXT    NOT NULL DEFAULT '',
                detail    TEXT    NOT NULL DEFAULT ''
            ))"),
            QStringLiteral("CREATE INDEX idx_audit_log_at ON audit_log (at)"),
            QStringLiteral("CREATE INDEX idx_audit_log_category ON audit_log (category, id)"),
            QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
            // The history of settings is evidence too.
            QStringLiteral(R"(CREATE TRIGGER config_changes_no_update BEFORE UPDATE ON config_changes
                BEGIN SELECT RAISE(ABORT, 'config_changes is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER config_changes_no_delete BEFORE DELETE ON config_changes
                BEGIN SELECT RAISE(ABORT, 'config_changes is append-only'); END)"),
        },
    });

    migrations.append(Migration{
        2,
        QStringLiteral("user notes on pair decisions"),
        {
            QStringLiteral("ALTER TABLE market_pairs ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        },
    });

    // Execution: a trade's intent (both legs) is written before its first order; orders gain their role in the
    // trade, their average price and the venue's reason; fills record what was received and whether it settled
    // (Polymarket fills are provisional until confirmed on chain).
    migrations.append(Migration{
        3,
        QStringLiteral("execution journal: trades, order roles, fill settlement"),
        {
            QStringLiteral(R"(CREATE TABLE trades (
                id                          INTEGER PRIMARY KEY AUTOINCREMENT,
                uid                         TEXT    NOT NULL UNIQUE CHECK (length(uid) > 0),
                mode                        TEXT    NOT NULL CHECK (mode IN ('dry_run', 'alert_only', 'paper', 'live')),
                pair_id                     TEXT    NOT NULL,
                opportunity_id              INTEGER NOT NULL,
                direction                   TEXT    NOT NULL CHECK (direction IN ('kalshi_yes', 'kalshi_no')),
                first_venue                 TEXT    NOT NULL CHECK (first_venue IN ('kalshi', 'polymarket')),
                first_market_id             TEXT    NOT NULL CHECK (length(first_market_id) > 0),
                first_outcome               TEXT    NOT NULL CHECK (first_outcome IN ('yes', 'no')),
                first_limit_micros          INTEGER NOT NULL CHECK (first_limit_micros BETWEEN 0 AND 1000000),
                first_quantity_hundredths   INTEGER NOT NULL CHECK (first_quantity_hundredths > 0),
                first_lot_hundredths        INTEGER NOT NULL CHECK (first_lot_hundredths > 0),
                second_venue                TEXT    NOT NULL CHECK (second_venue IN ('kalshi', 'polymarket')),
                second_market_id            TEXT    NOT NULL CHECK (length(second_market_id) > 0),
                second_outcome              TEXT    NOT NULL CHECK (second_outcome IN ('yes', 'no')),
                second_limit_micros         INTEGER NOT NULL CHECK (second_limit_micros BETWEEN 0 AND 1000000),
                second_quantity_hundredths  INTEGER NOT NULL CHECK (second_quantity_hundredths > 0),
                second_lot_hundredths       INTEGER NOT NULL CHECK (second_lot_hundredths > 0),
                expected_cost_micros        INTEGER NOT NULL,
                expected_profit_micros      INTEGER NOT NULL,
                state                       TEXT    NOT NULL CHECK (length(state) > 0),
                note                        TEXT    NOT NULL DEFAULT '',
                created_at                  INTEGER NOT NULL,
                updated_at                  INTEGER NOT NULL
            ))"),
            QStringLiteral("CREATE INDEX idx_trades_state ON trades (state)"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN role TEXT NOT NULL DEFAULT 'first'"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN avg_price_micros INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN reduce_only INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE fills ADD COLUMN outcome TEXT NOT NULL DEFAULT 'yes'"),
            QStringLiteral("ALTER TABLE fills ADD COLUMN side TEXT NOT NULL DEFAULT 'buy'"),
            QStringLiteral("ALTER TABLE fills ADD COLUMN settlement TEXT NOT NULL DEFAULT 'confirmed'"),
        },
    });

    // Paper and live books side by side: positions and balance snapshots carry the mode they belong to, and
    // positions keep the last mark the engine saw (NULL when it has none). The positions table is rebuilt because
    // its primary key gains the mode; rows written before this version cannot say their mode and are kept as live
    // (real money is the cautious reading).
    migrations.append(Migration{
        4,
        QStringLiteral("ledger by mode: positions keyed by (mode, venue, market, outcome) with their last mark, "
                       "balance snapshots by mode"),
        {
            QStringLiteral(R"(CREATE TABLE positions_v4 (
                mode                 TEXT    NOT NULL CHECK (mode IN ('paper', 'live')),
                venue                TEXT    NOT NULL CHECK (venue IN ('kalshi', 'polymarket')),
                market_id            TEXT    NOT NULL CHECK (length(market_id) > 0),
                outcome              TEXT    NOT NULL CHECK (outcome IN ('yes', 'no')),
                quantity_hundredths  INTEGER NOT NULL,
                cost_micros          INTEGER NOT NULL,
                realized_pnl_micros  INTEGER NOT NULL DEFAULT 0,
                mark_micros          INTEGER CHECK (mark_micros IS NULL OR mark_micros BETWEEN 0 AND 1000000),
                updated_at           INTEGER NOT NULL,
                PRIMARY KEY (mode, venue, market_id, outcome)
            ))"),
            QStringLiteral("INSERT INTO positions_v4 (mode, venue, market_id, outcome, quantity_hundredths, "
                           "cost_micros, realized_pnl_micros, mark_micros, updated_at) SELECT 'live', venue, "
                           "market_id, outcome, quantity_hundredths, cost_micros, realized_pnl_micros, NULL, "
                           "updated_at FROM positions"),
            QStringLiteral("DROP TABLE positions"),
            QStringLiteral("ALTER TABLE positions_v4 RENAME TO positions"),
            QStringLiteral("ALTER TABLE balance_snapshots ADD COLUMN mode TEXT NOT NULL DEFAULT 'live' "
                           "CHECK (mode IN ('paper', 'live'))"),
            QStringLiteral("CREATE INDEX idx_balance_snapshots_mode_venue_taken "
                           "ON balance_snapshots (mode, venue, taken_at)"),
        },
    });

    return migrations;
}

} // namespace

const QList<Migration>& allMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

} // namespace orion
