#pragma once

#include "crypto/SecretBytes.h"

namespace orion::fuzz {

// The AES-256 key that stands in for the scrypt output: the credential_file seeds are sealed with it, so the
// fuzzer's mutations reach the entry decoder behind the tag check.
inline const SecretBytes& credentialFuzzKey()
{
    static const SecretBytes key(QByteArrayView("orion-fuzz-credential-file-key!!"));
    return key;
}

} // namespace orion::fuzz
