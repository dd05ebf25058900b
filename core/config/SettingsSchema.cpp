#include "config/SettingsSchema.h"

#include "config/SettingsFields.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <type_traits>
#include <utility>

namespace orion {

using detail::ConfigText;
using detail::SettingField;
using detail::ValueStyle;

namespace {

// Help texts are English in the YAML file; QT_TRANSLATE_NOOP lets lupdate collect them so that the dashboard can
// show them translated (context "SettingsSchema").
QString helpText(const char* text)
{
    return QString::fromUtf8(text);
}

// Units likewise: English in the YAML comments, collected for the dashboard under the same context.
QString unitText(const char* text)
{
    return QString::fromUtf8(text);
}

QString quoted(QStringView text)
{
    return QLatin1Char('"') + detail::shownText(text) + QLatin1Char('"');
}

Error typeError(const SettingDescriptor& descriptor, QStringView text)
{
    return makeError(QStringLiteral("config.type"),
                     ConfigText::tr("expected %1, got %2").arg(detail::typeDescription(descriptor), quoted(text)));
}

Error rangeError(const QString& minimum, const QString& maximum, QStringView text)
{
    return makeError(
        QStringLiteral("config.range"),
        ConfigText::tr("must be between %1 and %2, got %3").arg(minimum, maximum, detail::shownText(text)));
}

// A money parser's syntax error becomes "expected …" (the user wrote the wrong kind of thing), its sign and range
// errors become this key's range; its precision error already says what is wrong with the number.
Error fromMoneyError(const SettingDescriptor& descriptor, QStringView text, const Error& error)
{
    if (error.code == QLatin1String("money.parse")) {
        return typeError(descriptor, text);
    }
    if (error.code == QLatin1String("money.range") || error.code == QLatin1String("money.negative")) {
        return rangeError(descriptor.minimum, descriptor.maximum, text);
    }
    return makeError(QStringLiteral("config.value"), error.message);
}

SettingDescriptor makeDescriptor(QString key, const char* type, QString unit, QString minimum, QString maximum,
                                 QString help, bool editableWhileRunning, QStringList choices = {})
{
    return SettingDescriptor{std::move(key),     QString::fromLatin1(type), std::move(unit),      std::move(minimum),
                             std::move(maximum), std::move(help),           editableWhileRunning, std::move(choices)};
}

// --- Field factories. `access` is a generic lambda returning a reference to the field in a (const) Settings.

// Price, Cash and Ratio keys differ only in how they are parsed and printed; one factory serves all three.
// `parse` is the type's exact parser, `bound` prints the range for people, `value` prints the stored value.
template <typename Value, typename Access, typename Parse, typename Bound, typename Print>
SettingField exactField(QString key, const char* type, Access access, Value minimum, Value maximum, Parse parse,
                        Bound bound, Print value, QString unit, QString help, bool editable)
{
    SettingField field;
    field.descriptor = makeDescriptor(std::move(key), type, std::move(unit), bound(minimum), bound(maximum),
                                      std::move(help), editable);
    field.style = ValueStyle::Number;
    field.read = [access, value](const Settings& s) { return value(access(s)); };
    const SettingDescriptor descriptor = field.descriptor;
    field.write = [=](Settings& s, QStringView text) -> Status {
        const Result<Value> parsed = parse(text);
        if (!parsed.ok()) {
            return fromMoneyError(descriptor, text, parsed.error());
        }
        if (*parsed < minimum || *parsed > maximum) {
            return rangeError(descriptor.minimum, descriptor.maximum, text);
        }
        access(s) = *parsed;
        return {};
    };
    return field;
}

template <typename Access>
SettingField priceField(QString key, Access access, Price minimum, Price maximum, QString unit, QString help,
                        bool editable)
{
    return exactField(
        std::move(key), "price", access, minimum, maximum, [](QStringView t) { return Price::parseDollars(t); },
        [](Price p) { return p.toDollarString(0); }, [](Price p) { return p.toDollarString(2); }, std::move(unit),
        std::move(help), editable);
}

template <typename Access>
SettingField cashField(QString key, Access access, Cash minimum, Cash maximum, QString unit, QString help,
                       bool editable)
{
    return exactField(
        std::move(key), "cash", access, minimum, maximum, [](QStringView t) { return Cash::parseDollars(t); },
        [](Cash c) { return c.toDollarString(0); }, [](Cash c) { return c.toDollarString(2); }, std::move(unit),
        std::move(help), editable);
}

template <typename Access>
SettingField ratioField(QString key, Access access, Ratio minimum, Ratio maximum, QString unit, QString help,
                        bool editable)
{
    return exactField(
        std::move(key), "ratio", access, minimum, maximum, [](QStringView t) { return Ratio::parse(t); },
        [](Ratio r) { return r.toString(); }, [](Ratio r) { return r.toString(); }, std::move(unit),
        std::move(help), editable);
}

// Whole numbers: optional '-', ASCII digits only ("1.0", "1e3", "0x10" and "+1" are not whole numbers here).
Result<qint64> parseWholeNumber(const SettingDescriptor& descriptor, QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]+$"));
    if (!pattern.match(text).hasMatch()) {
        return typeError(descriptor, text);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        return rangeError(descriptor.minimum, descriptor.maximum, text);
    }
    return value;
}

template <typename Access>
SettingField integerField(QString key, Access access, qint64 minimum, qint64 maximum, QString unit, QString help,
                          bool editable)
{
    using Value = std::remove_cvref_t<decltype(access(std::declval<Settings&>()))>;
    static_assert(std::is_integral_v<Value>);
    Q_ASSERT(minimum >= qint64{std::numeric_limits<Value>::min()}
             && maximum <= qint64{std::numeric_limits<Value>::max()});
    SettingField field;
    field.descriptor = makeDescriptor(std::move(key), "integer", std::move(unit), QString::number(minimum),
                                      QString::number(maximum), std::move(help), editable);
    field.style = ValueStyle::Number;
    field.read = [access](const Settings& s) { return QString::number(access(s)); };
    const SettingDescriptor descriptor = field.descriptor;
    field.write = [=](Settings& s, QStringView text) -> Status {
        const Result<qint64> value = parseWholeNumber(descriptor, text);
        if (!value.ok()) {
            return value.error();
        }
        if (*value < minimum || *value > maximum) {
            return rangeError(descriptor.minimum, descriptor.maximum, text);
        }
        access(s) = static_cast<Value>(*value);
        return {};
    };
    return field;
}

QString millisecondsAsSeconds(qint64 milliseconds)
{
    QString text = QString::number(milliseconds / 1000);
    const qint64 fraction = milliseconds % 1000;
    if (fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0'))) {
            decimals.chop(1);
        }
        text += QLatin1Char('.') + decimals;
    }
    return text;
}

// Seconds written as a decimal ("1", "0.5", "2.25"), stored as whole milliseconds: a finer value is refused
// rather than rounded, so what runs is what the file says.
template <typename Access>
SettingField secondsAsMillisecondsField(QString key, Access access, qint64 minimumMs, qint64 maximumMs, QString help,
                                        bool editable)
{
    SettingField field;
    field.descriptor = makeDescriptor(std::move(key), "seconds",
                                      unitText(QT_TRANSLATE_NOOP("SettingsSchema", "seconds")),
                                      millisecondsAsSeconds(minimumMs), millisecondsAsSeconds(maximumMs),
                                      std::move(help), editable);
    field.style = ValueStyle::Number;
    field.read = [access](const Settings& s) { return millisecondsAsSeconds(access(s)); };
    const SettingDescriptor descriptor = field.descriptor;
    field.write = [=](Settings& s, QStringView text) -> Status {
        static const QRegularExpression pattern(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?$"));
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch()) {
            return typeError(descriptor, text);
        }
        QStringView decimals = match.capturedView(2);
        while (decimals.endsWith(QLatin1Char('0'))) {
            decimals.chop(1);
        }
        if (decimals.size() > 3) {
            return makeError(
                QStringLiteral("config.value"),
                ConfigText::tr("%1 is finer than a millisecond; use at most 3 decimals").arg(quoted(text)));
        }
        const QStringView whole = match.capturedView(1);
        bool ok = false;
        const qint64 seconds = whole.size() <= 12 ? whole.toLongLong(&ok) : 0;
        if (!ok) {
            return rangeError(descriptor.minimum, descriptor.maximum, text);
        }
        const qint64 milliseconds
            = seconds * 1000
              + (decimals.isEmpty() ? 0 : decimals.toString().leftJustified(3, QLatin1Char('0')).toLongLong());
        if (milliseconds < minimumMs || milliseconds > maximumMs) {
            return rangeError(descriptor.minimum, descriptor.maximum, text);
        }
        access(s) = static_cast<int>(milliseconds);
        return {};
    };
    return field;
}

template <typename Access>
SettingField booleanField(QString key, Access access, QString help, bool editable)
{
    SettingField field;
    field.descriptor = makeDescriptor(std::move(key), "boolean", QString(), QString(), QString(), std::move(help),
                                      editable, {QStringLiteral("true"), QStringLiteral("false")});
    field.style = ValueStyle::Boolean;
    field.read = [access](const Settings& s) { return access(s) ? QStringLiteral("true") : QStringLiteral("false"); };
    const SettingDescriptor descriptor = field.descriptor;
    field.write = [=](Settings& s, QStringView text) -> Status {
        // YAML 1.2 core schema spellings; "yes"/"on" are YAML 1.1 and mean a string to other tools.
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE")) {
            access(s) = true;
        } else if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE")) {
            access(s) = false;
        } else {
            return typeError(descriptor, text);
        }
        return {};
    };
    return field;
}

// A choice among fixed spellings. `toText` and `fromText` convert between the stored value and the spelling.
template <typename Access, typename ToText, typename FromText>
SettingField choiceField(QString key, Access access, QStringList choices, ToText toText, FromText fromText,
                         QString help, bool editable)
{
    SettingField field;
    field.descriptor = makeDescriptor(std::move(key), "choice", QString(), QString(), QString(), std::move(help),
                                      editable, std::move(choices));
    field.style = ValueStyle::Choice;
    field.read = [access, toText](const Settings& s) { return toText(access(s)); };
    const SettingDescriptor descriptor = field.descriptor;
    field.write = [=](Settings& s, QStringView text) -> Status {
        const auto value = fromText(text);
        if (!value) {
            return typeError(descriptor, text);
        }
        access(s) = *value;
        return {};
    };
    return field;
}

// Free text checked by `check`, which returns an error message or an empty string.
template <typename Access, typename Check>
SettingField textField(QString key, const char* type, Access access, Check check, QString help, bool editable)
{
    SettingField field;
    field.descriptor = makeDescriptor(std::move(key), type, QString(), QString(), QString(), std::move(help), editable);
    field.style = ValueStyle::Text;
    field.read = [access](const Settings& s) { return access(s); };
    field.write = [=](Settings& s, QStringView text) -> Status {
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control) {
                return makeError(QStringLiteral("config.value"), ConfigText::tr("must not contain control characters"));
            }
        }
        const QString problem = check(text);
        if (!problem.isEmpty()) {
            return makeError(QStringLiteral("config.value"), problem);
        }
        access(s) = text.toString();
        return {};
    };
    return field;
}

// --- Checks for text values.

QString checkDatabaseUrl(QStringView text)
{
    // Same forms as storage/DatabaseUrl, which opens it; checked here so that a bad URL stops start-up with
    // the file and line instead of failing later in the engine.
    const auto refuse = [text](const QString& why) {
        return ConfigText::tr("%1 is not a supported database URL: %2. Use sqlite:///relative/path.db, "
                              "sqlite:////absolute/path.db or sqlite:///:memory:")
            .arg(quoted(text), why);
    };
    const QLatin1String prefix("sqlite:///");
    if (text.trimmed().isEmpty()) {
        return refuse(ConfigText::tr("it is empty"));
    }
    if (text != text.trimmed()) {
        return refuse(ConfigText::tr("it has leading or trailing spaces"));
    }
    if (!text.startsWith(prefix, Qt::CaseInsensitive)) {
        const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
        if (schemeEnd > 0 && text.left(schemeEnd).compare(QLatin1String("sqlite"), Qt::CaseInsensitive) != 0) {
            return refuse(ConfigText::tr("only sqlite is supported"));
        }
        return refuse(ConfigText::tr("it does not start with sqlite:///"));
    }
    const QStringView path = text.mid(prefix.size());
    if (path.isEmpty()) {
        return refuse(ConfigText::tr("it names no file"));
    }
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#'))) {
        return refuse(ConfigText::tr("query parameters and fragments are not supported"));
    }
    const QStringView last = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (last.isEmpty() || last == QLatin1String(".") || last == QLatin1String("..")) {
        return refuse(ConfigText::tr("it names a directory, not a file"));
    }
    return {};
}

QString checkLogFile(QStringView text)
{
    if (text.isEmpty()) {
        return {}; // console only
    }
    if (text != text.trimmed()) {
        return ConfigText::tr("has leading or trailing spaces");
    }
    if (text.endsWith(QLatin1Char('/')) || text.endsWith(QLatin1Char('\\'))) {
        return ConfigText::tr("names a directory; give a file such as logs/arbitrage.log");
    }
    return {};
}

enum class EndpointKind {
    Http,
    WebSocket,
};

bool isLoopbackHost(const QString& host)
{
    QHostAddress address;
    if (address.setAddress(host)) {
        return address.isLoopback();
    }
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

QString checkEndpoint(QStringView text, VenueEnvironment environment, EndpointKind kind)
{
    const bool simulator = environment == VenueEnvironment::Simulator;
    if (text == QLatin1String("auto")) {
        return simulator ? QString() : ConfigText::tr("\"auto\" is only for venues.simulator; give the venue's URL");
    }
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        return simulator ? ConfigText::tr("%1 is not a URL; write auto or a loopback URL such as "
                                          "http://127.0.0.1:8080")
                               .arg(quoted(text))
                         : ConfigText::tr("%1 is not a URL").arg(quoted(text));
    }
    if (!url.userInfo().isEmpty()) {
        return ConfigText::tr("must not contain a user name or password; credentials belong in the credential store");
    }
    if (url.hasQuery() || url.hasFragment()) {
        return ConfigText::tr("must not have a query (?…) or fragment (#…)");
    }
    const QString scheme = url.scheme().toLower();
    if (simulator) {
        const bool schemeOk = kind == EndpointKind::Http
                                  ? (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
                                  : (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"));
        if (!schemeOk) {
            return kind == EndpointKind::Http ? ConfigText::tr("must start with http:// or https://")
                                              : ConfigText::tr("must start with ws:// or wss://");
        }
        if (!isLoopbackHost(url.host())) {
            return ConfigText::tr("the simulator runs on this machine, so the host must be 127.0.0.1, ::1 or "
                                  "localhost, got %1")
                .arg(quoted(url.host()));
        }
        return {};
    }
    // Exchanges are only ever reached over TLS.
    if (kind == EndpointKind::Http && scheme != QLatin1String("https")) {
        return ConfigText::tr("must start with https://; exchanges are only reached over TLS");
    }
    if (kind == EndpointKind::WebSocket && scheme != QLatin1String("wss")) {
        return ConfigText::tr("must start with wss://; exchanges are only reached over TLS");
    }
    return {};
}

// Empty, or a 20-byte address. (Its EIP-55 checksum is checked where the venue is built: config does not link the
// crypto layer.)
QString checkDepositWallet(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    const bool prefixed = text.startsWith(u"0x") || text.startsWith(u"0X");
    const bool hex = std::all_of(text.begin() + (prefixed ? 2 : 0), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    if (!prefixed || text.size() != 42 || !hex) {
        return ConfigText::tr("must be empty or a 0x address of 40 hex digits");
    }
    return {};
}

// --- The table.

template <typename Access>
void addEndpointFields(QList<SettingField>& fields, VenueEnvironment environment, const char* prefix, Access endpoints)
{
    const bool simulator = environment == VenueEnvironment::Simulator;
    const QString suffix
        = simulator ? helpText(QT_TRANSLATE_NOOP(
              "SettingsSchema", "\"auto\" (the built-in simulator picks a loopback port) or the loopback URL of an "
                                "orion-venue-sim you started."))
                    : QString();
    const auto help
        = [&suffix](QString text) -> QString { return suffix.isEmpty() ? text : text + QLatin1Char(' ') + suffix; };
    const auto key = [prefix](const char* leaf) -> QString {
        return QString::fromLatin1(prefix) + QLatin1Char('.') + QString::fromLatin1(leaf);
    };
    const auto check = [environment](EndpointKind kind) {
        return [environment, kind](QStringView text) { return checkEndpoint(text, environment, kind); };
    };
    fields << textField(
        key("kalshi.rest_url"), "url", [endpoints](auto& s) -> auto& { return endpoints(s).kalshiRestUrl; },
        check(EndpointKind::Http),
        help(helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Kalshi Trade API (REST) base URL."))), false);
    fields << textField(
        key("kalshi.ws_url"), "url", [endpoints](auto& s) -> auto& { return endpoints(s).kalshiWsUrl; },
        check(EndpointKind::WebSocket),
        help(helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Kalshi WebSocket URL (order books, fills)."))), false);
    fields << textField(
        key("polymarket.gamma_url"), "url", [endpoints](auto& s) -> auto& { return endpoints(s).polymarketGammaUrl; },
        check(EndpointKind::Http),
        help(helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Polymarket Gamma API (market catalogue)."))), false);
    fields << textField(
        key("polymarket.clob_url"), "url", [endpoints](auto& s) -> auto& { return endpoints(s).polymarketClobUrl; },
        check(EndpointKind::Http),
        help(helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Polymarket CLOB API (order books, orders)."))), false);
    fields << textField(
        key("polymarket.ws_url"), "url", [endpoints](auto& s) -> auto& { return endpoints(s).polymarketWsUrl; },
        check(EndpointKind::WebSocket),
        help(helpText(QT_TRANSLATE_NOOP("SettingsSchema",
                                        "Polymarket CLOB WebSocket base URL; the clients add /market and /user."))),
        false);
    fields << textField(
        key("polymarket.deposit_wallet"), "text",
        [endpoints](auto& s) -> auto& { return endpoints(s).polymarketDepositWallet; }, checkDepositWallet,
        helpText(QT_TRANSLATE_NOOP("SettingsSchema",
                                   "Polymarket deposit wallet (POLY_1271) that holds your funds; orders are signed for "
                                   "it by the wallet key. Empty: the key's own address trades.")),
        false);
}

QList<SettingField> buildFields()
{
    const QString usd = unitText(QT_TRANSLATE_NOOP("SettingsSchema", "USD"));
    const QString fraction = unitText(QT_TRANSLATE_NOOP("SettingsSchema", "fraction (0.05 = 5%)"));
    QList<SettingField> f;

    // trading
    f << priceField(
        "trading.threshold_spread", [](auto& s) -> auto& { return s.trading.thresholdSpread; }, Price::fromMicros(100),
        Price::fromMicros(500'000), unitText(QT_TRANSLATE_NOOP("SettingsSchema", "USD per contract pair")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Smallest locked-in profit per pair of contracts, after both venues' fees, for an opportunity to "
            "count. Buying YES on one venue and NO on the other pays $1 at resolution, so with 0.02 the pair "
            "must cost at most $0.98 including fees. Lower finds more opportunities with thinner margins; "
            "higher finds fewer, safer ones. Command line: --threshold.")),
        true);
    f << ratioField(
        "trading.max_trade_size_pct", [](auto& s) -> auto& { return s.trading.maxTradeSizePct; }, Ratio::fromPpm(1'000),
        Ratio::one(), unitText(QT_TRANSLATE_NOOP("SettingsSchema", "fraction of the bankroll (0.05 = 5%)")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Largest amount one trade may commit, both legs together, as a fraction of "
            "capital.initial_bankroll. The risk limits and each venue's balance can make a trade smaller "
            "still.")),
        true);
    f << cashField(
        "trading.min_trade_size_usd", [](auto& s) -> auto& { return s.trading.minTradeSizeUsd; }, Cash::zero(),
        Cash::fromMicros(1'000'000 * Cash::kMicrosPerDollar), usd,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Smallest trade worth placing, in dollars for both legs together. Opportunities that depth, "
            "capital or risk limits cut below this are skipped: a tiny trade carries the same leg risk for "
            "almost no profit.")),
        true);
    f << cashField(
        "trading.target_liquidity_depth", [](auto& s) -> auto& { return s.trading.targetLiquidityDepth; }, Cash::zero(),
        Cash::fromMicros(100'000'000 * Cash::kMicrosPerDollar), usd,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Dollars of resting depth wanted on each leg at the opportunity's prices before it is traded. "
            "Thin books move when you trade into them and make the second leg more likely to fail. "
            "0 turns the check off.")),
        true);
    f << ratioField(
        "trading.slippage_tolerance", [](auto& s) -> auto& { return s.trading.slippageTolerance; }, Ratio::zero(),
        Ratio::fromPpm(500'000), unitText(QT_TRANSLATE_NOOP("SettingsSchema", "fraction of the price (0.01 = 1%)")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "How much worse than the detected price a leg may fill, as a fraction of that price: with 0.01 "
            "an ask of 0.50 may fill up to 0.505. Orders are limit orders at this worst price, so a book that "
            "moves cannot fill them any worse.")),
        true);
    f << booleanField(
        "trading.auto_execute", [](auto& s) -> auto& { return s.trading.autoExecute; },
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "true: in paper and live modes, every opportunity that passes the risk checks is traded without "
            "asking. false: opportunities are found and recorded, and nothing is traded until you confirm "
            "it. No effect in dry_run and alert_only modes. Command line: --auto-execute true|false.")),
        true);

    // capital
    f << cashField(
        "capital.initial_bankroll", [](auto& s) -> auto& { return s.capital.initialBankroll; },
        Cash::fromMicros(Cash::kMicrosPerDollar), Cash::fromMicros(1'000'000'000 * Cash::kMicrosPerDollar), usd,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Money Orion manages across both venues, in dollars. Trade sizes, the daily loss limit and the "
            "venue allocations are fractions of it. Orion never spends more than the balances the venues "
            "report, whatever this says.")),
        false);
    f << ratioField(
        "capital.kalshi_allocation_pct", [](auto& s) -> auto& { return s.capital.kalshiAllocationPct; },
        Ratio::fromPpm(10'000), Ratio::one(), fraction,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Share of the bankroll meant to sit on Kalshi. Every arbitrage needs money on both venues at "
            "once. kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1.")),
        true);
    f << ratioField(
        "capital.polymarket_allocation_pct", [](auto& s) -> auto& { return s.capital.polymarketAllocationPct; },
        Ratio::fromPpm(10'000), Ratio::one(), fraction,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema", "Share of the bankroll meant to sit on Polymarket (in USDC). kalshi_allocation_pct + "
                              "polymarket_allocation_pct + reserve_pct must be at most 1.")),
        true);
    f << ratioField(
        "capital.reserve_pct", [](auto& s) -> auto& { return s.capital.reservePct; }, Ratio::zero(), Ratio::one(),
        fraction,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Share of the bankroll never traded: a buffer for fees, unwinding a failed leg and withdrawals.")),
        true);
    f << integerField(
        "capital.rebalance_interval_hr", [](auto& s) -> auto& { return s.capital.rebalanceIntervalHr; }, 0, 8760,
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "hours")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "How often Orion compares each venue's balance with its allocation and suggests moving money "
            "when they have drifted apart. Moving money between venues is always up to you. 0 turns the "
            "check off.")),
        true);

    // risk
    f << integerField(
        "risk.max_open_positions", [](auto& s) -> auto& { return s.risk.maxOpenPositions; }, 1, 10'000,
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "positions")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema", "Most paired positions open at once. Further opportunities are skipped until a position "
                              "resolves or is closed.")),
        true);
    f << cashField(
        "risk.max_exposure_per_event", [](auto& s) -> auto& { return s.risk.maxExposurePerEvent; },
        Cash::fromMicros(Cash::kMicrosPerDollar), Cash::fromMicros(1'000'000'000 * Cash::kMicrosPerDollar), usd,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Most money committed to one event across both venues, in dollars. Caps what a mismatched pair "
            "or a disputed resolution can cost.")),
        true);
    f << ratioField(
        "risk.max_daily_loss_pct", [](auto& s) -> auto& { return s.risk.maxDailyLossPct; }, Ratio::fromPpm(1'000),
        Ratio::one(), unitText(QT_TRANSLATE_NOOP("SettingsSchema", "fraction of the bankroll (0.05 = 5%)")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Loss within one day, as a fraction of the bankroll, that trips the circuit breaker: trading "
            "stops until you reset it.")),
        true);

    // engine
    f << secondsAsMillisecondsField(
        "engine.poll_interval_s", [](auto& s) -> auto& { return s.engine.pollIntervalMs; }, 100, 3'600'000,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Seconds between engine cycles, the periodic work besides streamed updates: polling what has no "
            "live stream, refreshing balances, housekeeping. Fractions are fine (0.5); the finest step is "
            "one millisecond (0.001).")),
        true);
    f << choiceField(
        "engine.mode", [](auto& s) -> auto& { return s.engine.mode; },
        {QStringLiteral("dry_run"), QStringLiteral("alert_only"), QStringLiteral("paper"), QStringLiteral("live")},
        [](TradingMode mode) { return toConfigString(mode); }, [](QStringView text) { return parseTradingMode(text); },
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "What Orion does with an opportunity. dry_run: log it. alert_only: log it and send alerts. "
            "paper: also simulate the trade against the live books; no order reaches a venue. live: place "
            "real orders with real money. Command line: --dry-run forces dry_run.")),
        true);
    f << integerField(
        "engine.max_book_age_ms", [](auto& s) -> auto& { return s.engine.maxBookAgeMs; }, 100, 600'000,
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "ms")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "An order book not confirmed for longer than this, in milliseconds, is stale and never trades; "
            "a book with a sequence gap is stale until it is rebuilt. Too low skips good opportunities; too "
            "high trades on prices that may be gone.")),
        true);

    // database
    f << textField(
        "database.url", "text", [](auto& s) -> auto& { return s.database.url; }, checkDatabaseUrl,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Where Orion records markets, pairs, opportunities, orders, fills, positions and the audit log: "
            "sqlite:///relative/path.db (relative to the directory Orion starts in), "
            "sqlite:////absolute/path.db, or sqlite:///:memory: (kept only until exit).")),
        false);

    // logging
    f << choiceField(
        "logging.level", [](auto& s) -> auto& { return s.logging.level; },
        {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error"),
         QStringLiteral("critical")},
        [](const QString& level) { return level; },
        [](QStringView text) -> std::optional<QString> {
            static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                            QStringLiteral("error"), QStringLiteral("critical")};
            for (const QString& level : levels) {
                if (text == level) {
                    return level;
                }
            }
            return std::nullopt;
        },
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Least severe message written to the log. debug is verbose (every request and book update); "
            "info is the normal level. Command line: --log-level.")),
        true);
    f << textField(
        "logging.file", "text", [](auto& s) -> auto& { return s.logging.file; }, checkLogFile,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Log file, relative to the directory Orion starts in unless absolute; its directory is created "
            "if needed. \"\" logs to the console only.")),
        false);
    f << integerField(
        "logging.max_file_bytes", [](auto& s) -> auto& { return s.logging.maxFileBytes; }, 65'536, qint64{1} << 30,
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "bytes")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "When the log file reaches this size it is renamed to <file>.1 (older ones move to .2, .3, …) "
            "and a new file is started.")),
        false);
    f << integerField(
        "logging.max_files", [](auto& s) -> auto& { return s.logging.maxFiles; }, 1, 100,
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "files")),
        helpText(QT_TRANSLATE_NOOP("SettingsSchema",
                                   "Rotated log files kept besides the current one; the oldest is deleted.")),
        false);

    // venues
    f << choiceField(
        "venues.environment", [](auto& s) -> auto& { return s.venues.environment; },
        {QStringLiteral("production"), QStringLiteral("demo"), QStringLiteral("simulator")},
        [](VenueEnvironment environment) { return toConfigString(environment); },
        [](QStringView text) { return parseVenueEnvironment(text); },
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Which hosts Orion connects to: production (the real exchanges), demo (test exchanges, see "
            "venues.demo) or simulator (built in, on this machine, no account needed).")),
        false);
    addEndpointFields(
        f, VenueEnvironment::Production, "venues.production", [](auto& s) -> auto& { return s.venues.production; });
    addEndpointFields(
        f, VenueEnvironment::Demo, "venues.demo", [](auto& s) -> auto& { return s.venues.demo; });
    addEndpointFields(
        f, VenueEnvironment::Simulator, "venues.simulator", [](auto& s) -> auto& { return s.venues.simulator; });

    // alerts
    f << booleanField(
        "alerts.telegram.enabled", [](auto& s) -> auto& { return s.alerts.telegram.enabled; },
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Send alerts through a Telegram bot. The bot token and chat id are credentials: store them with "
            "`orion credentials`, never in this file.")),
        true);
    f << cashField(
        "alerts.min_profit_usd", [](auto& s) -> auto& { return s.alerts.minProfitUsd; }, Cash::zero(),
        Cash::fromMicros(1'000'000 * Cash::kMicrosPerDollar), usd,
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Opportunity alerts only for a locked-in profit of at least this many dollars at the available "
            "depth.")),
        true);
    f << priceField(
        "alerts.min_edge", [](auto& s) -> auto& { return s.alerts.minEdge; }, Price::zero(), Price::one(),
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "USD per contract pair")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Opportunity alerts only for a locked-in profit of at least this much per pair of contracts "
            "(0.03 = 3 cents). Trade, error and circuit-breaker alerts ignore this and "
            "alerts.min_profit_usd.")),
        true);
    f << integerField(
        "alerts.max_per_minute", [](auto& s) -> auto& { return s.alerts.maxPerMinute; }, 1, 600,
        unitText(QT_TRANSLATE_NOOP("SettingsSchema", "alerts per minute")),
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Most alerts sent in one minute, so that a burst cannot flood the channel; the rest stay in the "
            "log.")),
        true);
    f << booleanField(
        "alerts.events.opportunity", [](auto& s) -> auto& { return s.alerts.events.opportunity; },
        helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Alert when an opportunity passes the thresholds above.")), true);
    f << booleanField(
        "alerts.events.trade", [](auto& s) -> auto& { return s.alerts.events.trade; },
        helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Alert when a trade is placed, filled or unwound.")), true);
    f << booleanField(
        "alerts.events.error", [](auto& s) -> auto& { return s.alerts.events.error; },
        helpText(QT_TRANSLATE_NOOP(
            "SettingsSchema",
            "Alert on errors that need you: a venue unreachable, an order rejected, a leg left unhedged.")),
        true);
    f << booleanField(
        "alerts.events.circuit_breaker", [](auto& s) -> auto& { return s.alerts.events.circuitBreaker; },
        helpText(
            QT_TRANSLATE_NOOP("SettingsSchema", "Alert when the circuit breaker trips or the kill switch is used.")),
        true);
    return f;
}

QList<SettingSection> buildSections()
{
    const auto section = [](const char* key, QString title, QString help) {
        return SettingSection{QString::fromLatin1(key), std::move(title), std::move(help)};
    };
    return {
        section("trading", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Trading")),
                helpText(QT_TRANSLATE_NOOP("SettingsSchema",
                                           "When an opportunity is worth taking and how large a trade may be."))),
        section("capital", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Capital")),
                helpText(QT_TRANSLATE_NOOP("SettingsSchema",
                                           "How much money Orion manages and how it is split between the venues."))),
        section("risk", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Risk limits")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema",
                    "Hard limits checked before every order; a trade that would break one is not placed."))),
        section("engine", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Engine")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema",
                    "What Orion does with the opportunities it finds, and how fresh market data must be."))),
        section("database", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Database")),
                helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Where Orion keeps its records."))),
        section("logging", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Logging")),
                helpText(QT_TRANSLATE_NOOP("SettingsSchema", "What is logged and where; the file rotates by size."))),
        section("venues", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Venues")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema",
                    "Which exchange hosts Orion connects to. venues.environment selects one of the three sets "
                    "below; the others are kept so that switching needs no editing."))),
        section("venues.production", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Production")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema", "The real exchanges: real orders and real money when engine.mode is live."))),
        section("venues.demo", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Demo")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema",
                    "Kalshi's demo exchange: play money, its own account and API keys, prices that need not "
                    "match the real market. Polymarket has no public demo exchange: market data comes from "
                    "its public production hosts and orders go to its staging CLOB, never to the real one."))),
        section("venues.simulator", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Simulator")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema",
                    "The built-in venue simulator: Kalshi and Polymarket look-alikes on this machine, with "
                    "scripted markets. Nothing leaves the computer."))),
        section("alerts", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Alerts")),
                helpText(QT_TRANSLATE_NOOP(
                    "SettingsSchema", "Notifications about opportunities, trades, errors and the circuit breaker."))),
        section("alerts.telegram", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Telegram")),
                helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Alerts through a Telegram bot."))),
        section("alerts.events", helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Alert events")),
                helpText(QT_TRANSLATE_NOOP("SettingsSchema", "Which events send an alert."))),
    };
}

QString keyAndMessage(const QString& key, const QString& message)
{
    return key + QStringLiteral(": ") + message;
}

} // namespace

namespace detail {

const QList<SettingField>& settingFields()
{
    static const QList<SettingField> fields = buildFields();
    return fields;
}

const SettingField* findSettingField(QStringView key)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> byKey;
        const QList<SettingField>& fields = settingFields();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            byKey.insert(fields[i].descriptor.key, i);
        }
        return byKey;
    }();
    const auto it = index.constFind(key.toString());
    return it == index.cend() ? nullptr : &settingFields()[*it];
}

QString shownText(QStringView text)
{
    constexpr qsizetype kMaxShown = 80;
    return text.size() > kMaxShown ? text.left(kMaxShown).toString() + QStringLiteral("…") : text.toString();
}

QString typeDescription(const SettingDescriptor& descriptor)
{
    const QString& type = descriptor.type;
    if (type == QLatin1String("price")) {
        return ConfigText::tr("a price in dollars per contract such as 0.02");
    }
    if (type == QLatin1String("cash")) {
        return ConfigText::tr("an amount in dollars such as 10 or 12.50");
    }
    if (type == QLatin1String("ratio")) {
        return ConfigText::tr("a fraction such as 0.05 (for 5%)");
    }
    if (type == QLatin1String("integer")) {
        return ConfigText::tr("a whole number");
    }
    if (type == QLatin1String("seconds")) {
        return ConfigText::tr("a number of seconds such as 1 or 0.5");
    }
    if (type == QLatin1String("boolean")) {
        return ConfigText::tr("true or false");
    }
    if (type == QLatin1String("choice")) {
        return ConfigText::tr("one of %1").arg(descriptor.choices.join(QStringLiteral(", ")));
    }
    if (type == QLatin1String("url")) {
        return ConfigText::tr("a URL");
    }
    return ConfigText::tr("text");
}

QList<CrossFieldProblem> crossFieldProblems(const Settings& settings)
{
    QList<CrossFieldProblem> problems;
    const CapitalSettings& capital = settings.capital;

    const Ratio allocated = capital.kalshiAllocationPct + capital.polymarketAllocationPct + capital.reservePct;
    if (allocated > Ratio::one()) {
        problems << CrossFieldProblem{
            {QStringLiteral("capital.kalshi_allocation_pct"), QStringLiteral("capital.polymarket_allocation_pct"),
             QStringLiteral("capital.reserve_pct")},
            ConfigText::tr("kalshi_allocation_pct + polymarket_allocation_pct + reserve_pct must be at most 1, "
                           "got %1 + %2 + %3 = %4")
                .arg(capital.kalshiAllocationPct.toString(), capital.polymarketAllocationPct.toString(),
                     capital.reservePct.toString(), allocated.toString())};
    }

    // Rounded down: the largest trade is what the fraction of the bankroll allows, never a micro-dollar more.
    const Result<Cash> largestTrade = settings.trading.maxTradeSizePct.applyTo(capital.initialBankroll, Rounding::Down);
    if (largestTrade.ok() && settings.trading.minTradeSizeUsd > *largestTrade) {
        problems << CrossFieldProblem{
            {QStringLiteral("trading.min_trade_size_usd"), QStringLiteral("trading.max_trade_size_pct"),
             QStringLiteral("capital.initial_bankroll")},
            ConfigText::tr("%1 is more than the largest trade allowed, %2 (trading.max_trade_size_pct %3 of "
                           "capital.initial_bankroll %4), so nothing would ever trade")
                .arg(settings.trading.minTradeSizeUsd.toDollarString(), largestTrade->toDollarString(),
                     settings.trading.maxTradeSizePct.toString(), capital.initialBankroll.toDollarString())};
    }

    if (settings.risk.maxExposurePerEvent < settings.trading.minTradeSizeUsd) {
        problems << CrossFieldProblem{
            {QStringLiteral("risk.max_exposure_per_event"), QStringLiteral("trading.min_trade_size_usd")},
            ConfigText::tr("%1 is less than trading.min_trade_size_usd %2, so no trade would fit within it")
                .arg(settings.risk.maxExposurePerEvent.toDollarString(),
                     settings.trading.minTradeSizeUsd.toDollarString())};
    }
    return problems;
}

QStringList similarKeys(const QString& key, const QStringList& candidates)
{
    const auto distance = [](const QString& a, const QString& b) {
        QList<qsizetype> previous(b.size() + 1);
        QList<qsizetype> current(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j) {
            previous[j] = j;
        }
        for (qsizetype i = 1; i <= a.size(); ++i) {
            current[0] = i;
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const qsizetype substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            }
            std::swap(previous, current);
        }
        return previous[b.size()];
    };
    const QString wanted = key.toLower();
    // A third of the length, at least 1 and at most 3 edits: "treshold_spread" finds "threshold_spread",
    // "level" does not find "file".
    const qsizetype allowed = std::clamp<qsizetype>(wanted.size() / 3, 1, 3);
    QList<std::pair<qsizetype, QString>> scored;
    for (const QString& candidate : candidates) {
        const QString lower = candidate.toLower();
        qsizetype d = distance(wanted, lower);
        if (wanted.size() >= 4 && lower.size() > wanted.size()) {
            // A shortened name: "threshold" for "threshold_spread", "trading.threshhold" likewise.
            d = std::min(d, distance(wanted, lower.left(wanted.size())) + 1);
        }
        if (d <= allowed) {
            scored.append({d, candidate});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList result;
    for (const auto& [d, candidate] : scored) {
        result << candidate;
    }
    return result;
}

} // namespace detail

const QList<SettingDescriptor>& settingsSchema()
{
    static const QList<SettingDescriptor> descriptors = [] {
        QList<SettingDescriptor> list;
        for (const SettingField& field : detail::settingFields()) {
            list << field.descriptor;
        }
        return list;
    }();
    return descriptors;
}

const QList<SettingSection>& settingsSections()
{
    static const QList<SettingSection> sections = buildSections();
    return sections;
}

const SettingDescriptor* findSettingDescriptor(QStringView key)
{
    // Into settingsSchema() itself, which is built from settingFields() in the same order.
    const SettingField* field = detail::findSettingField(key);
    return field ? &settingsSchema()[field - detail::settingFields().constData()] : nullptr;
}

QString settingValue(const Settings& settings, QStringView key)
{
    const SettingField* field = detail::findSettingField(key);
    return field ? field->read(settings) : QString();
}

Status setSetting(Settings& settings, QStringView key, QStringView text)
{
    const SettingField* field = detail::findSettingField(key);
    if (!field) {
        QStringList keys;
        for (const SettingDescriptor& descriptor : settingsSchema()) {
            keys << descriptor.key;
        }
        const QStringList similar = detail::similarKeys(key.toString(), keys);
        const QString hint = similar.isEmpty() ? QString() : ConfigText::tr("; did you mean %1?").arg(similar.first());
        return makeError(QStringLiteral("config.unknown_key"),
                         ConfigText::tr("%1 is not a setting%2").arg(quoted(key), hint));
    }
    const Status written = field->write(settings, text);
    if (!written.ok()) {
        return makeError(written.error().code, keyAndMessage(field->descriptor.key, written.error().message));
    }
    return {};
}

QList<ConfigProblem> validateSettings(const Settings& settings)
{
    QList<ConfigProblem> problems;
    // Each value through its own parser and range check, so that Settings built in code (the dashboard, the
    // engine's mode switch) meet exactly the rules a file does.
    Settings scratch = settings;
    for (const SettingField& field : detail::settingFields()) {
        const QString text = field.read(settings);
        const Status checked = field.write(scratch, text);
        if (!checked.ok()) {
            problems << ConfigProblem{QString(), 0, 0, field.descriptor.key, checked.error().message};
        }
    }
    for (const detail::CrossFieldProblem& problem : detail::crossFieldProblems(settings)) {
        problems << ConfigProblem{QString(), 0, 0, problem.keys.constFirst(), problem.message};
    }
    return problems;
}

} // namespace orion
