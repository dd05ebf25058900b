#include "crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace orion {

namespace {

void wipe(void* data, qsizetype size)
{
    if (data != nullptr && size > 0)
        OPENSSL_cleanse(data, static_cast<size_t>(size));
}

} // namespace

SecretBytes::ScopedCopy::ScopedCopy(QByteArrayView bytes) : m_bytes(bytes.data(), bytes.size()) {}

SecretBytes::ScopedCopy::~ScopedCopy()
{
    // constData() does not detach: every QByteArray still sharing the buffer sees the wiped bytes.
    wipe(const_cast<char*>(m_bytes.constData()), m_bytes.size());
}

SecretBytes::ScopedCopy::ScopedCopy(ScopedCopy&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes::SecretBytes(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_data = std::make_unique<unsigned char[]>(static_cast<size_t>(bytes.size()));
    m_size = bytes.size();
    std::memcpy(m_data.get(), bytes.data(), static_cast<size_t>(m_size));
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::zeroed(qsizetype size)
{
    SecretBytes secret;
    if (size > 0) {
        secret.m_data = std::make_unique<unsigned char[]>(static_cast<size_t>(size)); // value-initialised: zeros
        secret.m_size = size;
    }
    return secret;
}

SecretBytes SecretBytes::takeFrom(QByteArray& source)
{
    SecretBytes secret{QByteArrayView(source)};
    if (!source.isEmpty())
        wipe(source.data(), source.size());
    source.clear();
    return secret;
}

SecretBytes SecretBytes::clone() const
{
    return SecretBytes(reveal());
}

QByteArrayView SecretBytes::reveal() const
{
    return QByteArrayView(m_data.get(), m_size);
}

std::span<const unsigned char> SecretBytes::revealBytes() const
{
    return {m_data.get(), static_cast<size_t>(m_size)};
}

std::span<unsigned char> SecretBytes::mutableBytes()
{
    return {m_data.get(), static_cast<size_t>(m_size)};
}

SecretBytes::ScopedCopy SecretBytes::revealCopy() const
{
    return ScopedCopy(reveal());
}

void SecretBytes::clear()
{
    wipe(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), static_cast<size_t>(m_size)) == 0;
}

} // namespace orion
