#include "SimulatorHost.h"

#include "common/Logging.h"
#include "crypto/Random.h"
#include "crypto/RsaKeyGenerator.h"
#include "venues/sim/SimDemoWorld.h"

#include <QUuid>

namespace orion {

SimulatorHost::SimulatorHost()
{
    m_thread.setObjectName(QStringLiteral("orion-simulator"));
}

SimulatorHost::~SimulatorHost()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

Result<VenueAccess> SimulatorHost::start(quint32 seed)
{
    if (m_world != nullptr) {
        return makeError(QStringLiteral("simulator.started"), QStringLiteral("the simulator is already running"));
    }
    auto keys = RsaKeyGenerator::generateKeyPair();
    if (!keys.ok()) {
        return keys.error();
    }
    auto wallet = Random::secretBytes(32);
    if (!wallet.ok()) {
        return wallet.error();
    }

    // Made here, moved before it owns a socket or a running timer; everything after runs on the simulator thread.
    m_world = new SimDemoWorld(seed);
    m_world->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_world, &QObject::deleteLater);
    m_thread.start();

    const QString keyId = QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status listening;
    Status registered;
    VenueAccess access;
    QMetaObject::invokeMethod(
        m_world,
        [&] {
            listening = m_world->listen();
            if (!listening.ok()) {
                return;
            }
            registered = m_world->registerKalshiKey(keyId, keys.value().publicKeyPem);
            access.kalshiRestUrl = m_world->kalshiRestUrl();
            access.kalshiWsUrl = m_world->kalshiWsUrl();
            access.polymarketClobUrl = m_world->polymarketClobUrl();
            access.polymarketGammaUrl = m_world->polymarketGammaUrl();
            access.polymarketWsUrl = m_world->polymarketWsUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!listening.ok()) {
        return listening.error();
    }
    if (!registered.ok()) {
        return registered.error();
    }
    access.kalshiKeyId = keyId;
    access.kalshiPrivateKeyPem = std::move(keys.value().privateKeyPem);
    access.polymarketWalletKey = std::move(wallet).value();
    access.simulator = true;
    qCInfo(lcApp).noquote() << "built-in venue simulator: Kalshi" << access.kalshiRestUrl.toString() << "Polymarket"
                            << access.polymarketClobUrl.toString() << "(demo accounts, no real money)";
    return access;
}

} // namespace orion
