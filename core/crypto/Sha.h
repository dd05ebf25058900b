#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace orion {

// SHA-256 (OpenSSL). Hashing public data cannot fail in a working OpenSSL, so this returns the digest directly;
// an OpenSSL failure here is a broken installation and asserts.
class Sha final
{
public:
    static constexpr qsizetype kSha256Size = 32;

    Sha() = delete;

    static QByteArray sha256(QByteArrayView data);
};

} // namespace orion
