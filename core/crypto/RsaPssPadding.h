#pragma once

// Internal to RsaPssSigner/RsaPssVerifier: the one place that states Kalshi's PSS parameters.

#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace orion {

// RSA-PSS, MGF1 with SHA-256, salt length = digest length (32 bytes). Returns false if OpenSSL refuses.
inline bool configureKalshiPss(EVP_PKEY_CTX* context)
{
    return EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) > 0
        && EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) > 0
        && EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256()) > 0;
}

} // namespace orion
