#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <shared_mutex>

namespace orion {

// Log filter: replaces registered secret values and key-shaped text with "[REDACTED …]" before a line is
// written anywhere. Key-shaped means: PEM blocks, bare 64-digit hex (a wallet key), 0x + 64 hex next to a word
// like "key" or "secret" (0x-hashes alone are order and condition ids, which logs need), long mixed-case base64
// runs (API secrets, signatures), Bearer/Basic credentials and "secret=…"-style pairs and headers.
// Thread-safe: the message handler runs on every thread.
class SecretRedactor final
{
public:
    // Values shorter than this are not registered: they would redact ordinary words and numbers.
    static constexpr qsizetype kMinimumSecretLength = 8;

    SecretRedactor() = default;
    ~SecretRedactor();
    SecretRedactor(const SecretRedactor&) = delete;
    SecretRedactor& operator=(const SecretRedactor&) = delete;

    // The instance Orion's Qt message handler (LogSetup) uses; the handler is process-global by Qt's design, so
    // its filter is too. Credential stores register every value they load or save here.
    static SecretRedactor& global();

    // Remembers `secret` (and the forms it is likely to be logged in: each line of a PEM body, hex with and
    // without 0x, in both cases) so that any later line containing it is redacted. The copies are wiped by
    // clear() and on destruction.
    void registerSecret(QByteArrayView secret);
    void clear();
    qsizetype registeredCount() const;

    QString redact(const QString& line) const;

private:
    void addLocked(QByteArrayView form);

    mutable std::shared_mutex m_mutex;
    QList<QByteArray> m_secrets; // longest first, so a secret is replaced before a piece of it
};

} // namespace orion
