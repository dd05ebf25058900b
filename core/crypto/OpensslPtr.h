#pragma once

// OpenSSL handles owned by std::unique_ptr, so every early return frees them. Only .cpp files of core/crypto
// include this header: callers of the crypto classes never see OpenSSL types.

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <QString>

#include <memory>

namespace orion {

template <typename T, void (*Free)(T*)>
struct OpensslDeleter
{
    void operator()(T* p) const { Free(p); }
};

template <typename T, void (*Free)(T*)>
using OpensslPtr = std::unique_ptr<T, OpensslDeleter<T, Free>>;

// BIO_free returns int, so it needs a void wrapper to fit the deleter signature.
inline void opensslBioFree(BIO* bio)
{
    BIO_free(bio);
}

using BioPtr = OpensslPtr<BIO, opensslBioFree>;
using EvpPkeyPtr = OpensslPtr<EVP_PKEY, EVP_PKEY_free>;
using EvpPkeyCtxPtr = OpensslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using EvpMdCtxPtr = OpensslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using EvpCipherCtxPtr = OpensslPtr<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>;

// The most recent OpenSSL error as text (empty if none), and the thread's error queue cleared, so a stale
// error never leaks into the next message.
inline QString takeOpensslError()
{
    unsigned long last = 0;
    while (const unsigned long code = ERR_get_error())
        last = code;
    if (last == 0)
        return {};
    char buffer[256] = {};
    ERR_error_string_n(last, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

} // namespace orion
