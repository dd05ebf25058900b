#pragma once

#include "common/Result.h"
#include "credentials/CredentialCatalog.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace orion {

// Checks that a value has the form its entry needs before it is stored, so a truncated PEM or a mistyped wallet
// key is caught at `set` time rather than at the first order. Messages never quote the value.
class CredentialValidator final
{
public:
    CredentialValidator() = delete;

    // Trims surrounding whitespace (a pasted value usually ends in a newline) and, for a PEM, ends it with one
    // newline, as OpenSSL writes it. The input is wiped.
    [[nodiscard]] static SecretBytes normalize(const CredentialInfo& info, SecretBytes value);

    // What was checked, safe to print: "RSA 2048-bit private key", "wallet address 0xAbC…" (the address is
    // public). Errors use code "credentials.invalid".
    [[nodiscard]] static Result<QString> validate(const CredentialInfo& info, const SecretBytes& value);
};

} // namespace orion
