#pragma once

#include "common/Result.h"
#include "config/Settings.h"
#include "engine/VenueAccess.h"

#include <memory>

namespace orion {

class CredentialStore;
class SimulatorHost;

// Resolves where the engine trades and with which keys. In the simulator environment with "auto" URLs the built-in
// simulator is started (demo keys, no real money). Otherwise the configured environment's URLs are used and the
// credentials come from the credential store: the OS keychain, or the encrypted file when ORION_CREDENTIALS_FILE
// names one (its master password from ORION_MASTER_PASSWORD). Missing credentials are not an error here: the
// engine runs what it can (Polymarket's public data) and refuses live mode, naming what is missing.
[[nodiscard]] Result<VenueAccess> resolveVenueAccess(const Settings& settings, SimulatorHost& simulator);

// The credential store the engine and the dashboard use: the OS keychain, or the encrypted file named by
// ORION_CREDENTIALS_FILE (master password from ORION_MASTER_PASSWORD).
[[nodiscard]] Result<std::unique_ptr<CredentialStore>> openCredentialStore();

} // namespace orion
