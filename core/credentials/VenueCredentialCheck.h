#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace orion {

class CredentialStore;

// One venue's "are my credentials right?" probe for `orion credentials test` and the dialog's Test button: an
// authenticated, read-only request made with the stored credentials (Kalshi: GET /portfolio/balance; Polymarket:
// an L2-authenticated GET such as /balance-allowance; Telegram: getMe). It never places, cancels or changes
// anything. The venue clients implement it; the engine hands the list to StoreCredentialService.
class VenueCredentialCheck
{
public:
    using Callback = std::function<void(Result<QString>)>;

    VenueCredentialCheck() = default;
    virtual ~VenueCredentialCheck() = default;
    VenueCredentialCheck(const VenueCredentialCheck&) = delete;
    VenueCredentialCheck& operator=(const VenueCredentialCheck&) = delete;

    // "kalshi", "polymarket" or "telegram": the CredentialInfo::venue whose entries it uses.
    virtual QString venue() const = 0;
    // Reads what it needs from `store` and calls `done` once, on `context`'s thread, with a one-line summary
    // ("balance $1,234.56") or the venue's error, quoted as the venue sent it (never a credential).
    virtual void run(CredentialStore& store, QObject* context, Callback done) = 0;
};

} // namespace orion
