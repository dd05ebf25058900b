// The dashboard under load: the real engine thread receives 10,000 opportunity updates a second (detector events
// over ~2,000 live opportunities), publishes its coalesced snapshots (~10 a second), and the real main window
// shows them. A 1 ms timer on the GUI thread measures the longest stall: the time the UI could not react.
// Target: under 16 ms (one frame at 60 Hz). Counters: max_stall_ms, p99_stall_ms, snapshots, updates_per_s.
#include "MainWindow.h"
#include "config/SettingsLoader.h"
#include "engine/Engine.h"
#include "engine/EngineController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace orion;

namespace {

constexpr int kLiveOpportunities = 2000;
constexpr int kUpdatesPerSecond = 10'000;
constexpr int kTickMs = 5;
constexpr int kUpdatesPerTick = kUpdatesPerSecond * kTickMs / 1000;

OpportunityEvent makeEvent(quint64 serial, qint64 nowMs)
{
    OpportunityEvent event;
    const quint64 id = serial % kLiveOpportunities + 1;
    // Mostly updates; every so often one closes and its id reopens on the next pass.
    event.kind = serial % 97 == 0     ? OpportunityEvent::Kind::Closed
        : serial < kLiveOpportunities ? OpportunityEvent::Kind::Opened
                                      : OpportunityEvent::Kind::Updated;
    event.closeReason
        = event.kind == OpportunityEvent::Kind::Closed ? OpportunityCloseReason::Gone : OpportunityCloseReason::None;
    Opportunity& o = event.opportunity;
    o.id = id;
    o.pairId = QStringLiteral("pair-%1").arg(id);
    o.size = Quantity::fromContracts(static_cast<std::int64_t>(10 + serial % 90));
    o.kalshi.market = MarketKey { VenueId::Kalshi, QStringLiteral("KX-%1").arg(id) };
    o.polymarket.market = MarketKey { VenueId::Polymarket, QStringLiteral("0x%1").arg(id) };
    o.kalshi.averagePrice = Price::fromMicros(static_cast<std::int64_t>(400'000 + serial % 50'000));
    o.polymarket.averagePrice = Price::fromMicros(static_cast<std::int64_t>(560'000 - serial % 50'000));
    o.kalshi.bookAgeMs = static_cast<qint64>(serial % 700);
    o.polymarket.bookAgeMs = static_cast<qint64>(serial % 1900);
    o.edgePerContract = Cash::fromMicros(static_cast<std::int64_t>(5'000 + serial % 30'000));
    o.totalCost = Cash::fromMicros(o.size.hundredths() * 9'800);
    o.lockedInProfit = Cash::fromMicros(o.size.hundredths() * 200);
    o.updatedAtMs = nowMs;
    event.timestampMs = nowMs;
    return event;
}

void BM_UiStallUnderFeed(benchmark::State& state)
{
    QTemporaryDir dir;
    LoadOutcome defaults = SettingsLoader::loadDefault();
    if (!dir.isValid() || !defaults.ok()) {
        state.SkipWithError("no settings or temporary directory");
        return;
    }
    Settings settings = *defaults.settings;
    settings.database.url = QStringLiteral("sqlite:///") + dir.path() + QStringLiteral("/bench.db");
    settings.logging.file.clear();

    for (auto _ : state) {
        EngineController controller(settings, QStringLiteral("bench"));
        MainWindow window(controller);
        window.resize(1600, 1000);
        window.show();
        controller.launch();

        // The feed: a timer on the engine thread gives the engine kUpdatesPerTick detector events every tick.
        Engine* engine = controller.engine();
        QMetaObject::invokeMethod(engine, [engine] {
            auto* feed = new QTimer(engine);
            feed->setTimerType(Qt::PreciseTimer);
            auto serial = std::make_shared<quint64>(0);
            QObject::connect(feed, &QTimer::timeout, engine, [engine, serial] {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                for (int i = 0; i < kUpdatesPerTick; ++i) {
                    engine->applyOpportunityEvent(makeEvent((*serial)++, now), QString());
                }
            });
            feed->start(kTickMs);
        });

        std::vector<qint64> gaps;
        gaps.reserve(10'000);
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last > 0) {
                gaps.push_back(now - last);
            }
            last = now;
        });
        quint64 snapshots = 0;
        QObject::connect(&controller, &EngineController::snapshotChanged, [&snapshots] { ++snapshots; });

        // Warm up (first 10,000-row build, fonts, charts), then measure.
        QEventLoop loop;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
        probe.start(1);
        const quint64 snapshotsBefore = snapshots;
        const qint64 measureMs = state.range(0);
        QTimer::singleShot(static_cast<int>(measureMs), &loop, &QEventLoop::quit);
        loop.exec();
        probe.stop();

        std::sort(gaps.begin(), gaps.end());
        const double maxMs = gaps.empty() ? 0.0 : static_cast<double>(gaps.back()) / 1e6;
        const double p99Ms = gaps.empty() ? 0.0 : static_cast<double>(gaps[gaps.size() * 99 / 100]) / 1e6;
        state.counters["max_stall_ms"] = maxMs;
        state.counters["p99_stall_ms"] = p99Ms;
        state.counters["snapshots"] = static_cast<double>(snapshots - snapshotsBefore);
        state.counters["updates_per_s"] = kUpdatesPerSecond;
        state.counters["rows"] = static_cast<double>(controller.snapshot().opportunities.size());
        state.counters["target_met"] = maxMs < 16.0 ? 1.0 : 0.0;

        controller.shutdown();
        QEventLoop done;
        QObject::connect(&controller, &EngineController::shutdownFinished, &done, &QEventLoop::quit);
        QTimer::singleShot(5000, &done, &QEventLoop::quit);
        if (!controller.isShutDown()) {
            done.exec();
        }
    }
}

} // namespace

BENCHMARK(BM_UiStallUnderFeed)->Arg(3000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("orion-bench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
