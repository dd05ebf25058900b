#pragma once

#include "credentials/CredentialStore.h"

#include <QString>

namespace orion {

// The operating system's password store through QtKeychain: Keychain on macOS, Credential Manager on Windows,
// Secret Service (gnome-keyring, KWallet) on Linux. Entries are stored under `service` with the catalogue name as
// key. QtKeychain's insecure plain-text fallback is always off: no keychain is an error, not a file in the home
// directory. Use it from one thread (the one with the event loop the jobs report to).
class KeychainCredentialStore final : public CredentialStore
{
public:
    static constexpr const char* kDefaultService = "orion";

    explicit KeychainCredentialStore(QString service = QString::fromLatin1(kDefaultService));

    QString kind() const override;
    QString location() const override;

    void read(const QString& name, QObject* context, ReadCallback done) override;
    void write(const QString& name, SecretBytes value, QObject* context, StatusCallback done) override;
    void remove(const QString& name, QObject* context, StatusCallback done) override;
    void listPresent(QObject* context, NamesCallback done) override;

private:
    QString m_service;
};

} // namespace orion
