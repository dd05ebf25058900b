#include "HeadlessRunner.h"

#include "common/Logging.h"
#include "engine/EngineController.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace orion {
namespace {

int g_signalPipe[2] = {-1, -1};

// Async-signal-safe: only write(2). The event loop reads the pipe and does the real work.
extern "C" void forwardSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

HeadlessRunner::HeadlessRunner(EngineController& controller, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
{
}

HeadlessRunner::~HeadlessRunner()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

int HeadlessRunner::run()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        m_signalNotifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, &HeadlessRunner::onSignalPipeReadable);
        struct sigaction action = {};
        action.sa_handler = forwardSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    } else {
        qCWarning(lcApp) << "cannot install signal handlers; stop Orion with SIGKILL only as a last resort";
    }

    connect(&m_controller, &EngineController::snapshotChanged, this, &HeadlessRunner::onSnapshot);
    connect(&m_controller, &EngineController::commandRefused, this,
            [](const QString& reason) { qCWarning(lcApp).noquote() << "refused:" << reason; });
    connect(&m_controller, &EngineController::shutdownFinished, qApp, &QCoreApplication::quit);
    qCInfo(lcApp).noquote() << "Orion" << QCoreApplication::applicationVersion()
                            << "running headless; stop with Ctrl+C or SIGTERM";
    m_controller.launch();
    QCoreApplication::exec();
    return m_exitCode;
}

void HeadlessRunner::onSignalPipeReadable()
{
    char byte = 0;
    if (::read(g_signalPipe[1], &byte, 1) != 1) {
        return;
    }
    qCInfo(lcApp).noquote() << (byte == SIGINT ? "SIGINT" : "SIGTERM") << "received: stopping";
    m_controller.shutdown();
}

void HeadlessRunner::onSnapshot()
{
    const EngineSnapshot& snapshot = m_controller.snapshot();
    if (snapshot.runState == m_lastState) {
        return;
    }
    m_lastState = snapshot.runState;
    qCInfo(lcApp).noquote() << "engine" << runStateName(snapshot.runState);
    switch (snapshot.runState) {
    case EngineRunState::Stopped:
        if (!m_startRequested) {
            m_startRequested = true;
            m_controller.startTrading();
        }
        break;
    case EngineRunState::Failed:
        qCCritical(lcApp).noquote() << "engine failed:" << snapshot.lastError;
        m_exitCode = 1;
        m_controller.shutdown();
        break;
    default:
        break;
    }
}

} // namespace orion
