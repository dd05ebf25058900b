#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>
#include <span>

class QDebug;

namespace orion {

// Secret bytes (private keys, API secrets, passwords, PEM text). The buffer is wiped with OPENSSL_cleanse when
// the object dies, is moved from, is reassigned or is cleared. Move-only; there is deliberately no QDebug
// operator, no toString and no conversion to QString/QByteArray: reading the bytes is always an explicit
// reveal() (a view into this buffer) or revealCopy() (a QByteArray for Qt APIs, wiped when the copy dies).
class SecretBytes final
{
public:
    // A QByteArray holding a revealed copy; its buffer is wiped when this object dies. Copies of bytes() share
    // that buffer (Qt implicit sharing) and so see zeros afterwards; don't modify them (that would detach).
    class ScopedCopy final
    {
    public:
        explicit ScopedCopy(QByteArrayView bytes);
        ~ScopedCopy();
        ScopedCopy(ScopedCopy&& other) noexcept;
        ScopedCopy& operator=(ScopedCopy&&) = delete;
        ScopedCopy(const ScopedCopy&) = delete;
        ScopedCopy& operator=(const ScopedCopy&) = delete;

        const QByteArray& bytes() const { return m_bytes; }

    private:
        QByteArray m_bytes;
    };

    SecretBytes() = default;
    // Copies `bytes`; the caller remains responsible for wiping its own copy (see takeFrom).
    explicit SecretBytes(QByteArrayView bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // `size` zero bytes, to be filled through mutableBytes() (decryption, key derivation, random keys).
    [[nodiscard]] static SecretBytes zeroed(qsizetype size);
    // Copies `source` and then wipes and clears it. If `source` shared its buffer with other QByteArrays, only
    // this handle's (detached) buffer is wiped.
    [[nodiscard]] static SecretBytes takeFrom(QByteArray& source);

    // A second, independent secret with the same bytes (an explicit copy; SecretBytes is not copyable).
    [[nodiscard]] SecretBytes clone() const;

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    QByteArrayView reveal() const;
    std::span<const unsigned char> revealBytes() const;
    std::span<unsigned char> mutableBytes();
    [[nodiscard]] ScopedCopy revealCopy() const;

    // Wipes the bytes and becomes empty.
    void clear();

    // Constant-time for equal lengths (CRYPTO_memcmp), so comparing a presented secret leaks no timing.
    bool operator==(const SecretBytes& other) const;

    // Logging a secret must not compile.
    friend QDebug operator<<(QDebug, const SecretBytes&) = delete;

private:
    std::unique_ptr<unsigned char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace orion
