#pragma once

#include "credentials/CredentialStore.h"
#include "crypto/ScryptParams.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>

namespace orion {

// For servers without a keychain: every entry in one file (CredentialFileFormat), AES-256-GCM with a key derived
// from the master password by scrypt. The parameters and salt are in the file's header, so stronger defaults in a
// later version still read old files. Each write re-encrypts the whole file with a fresh nonce into a temporary
// file in the same folder and renames it over the old one (QSaveFile), with owner-only permissions: a crash or a
// full disk leaves the previous file intact, never a half-written one. Operations are synchronous (scrypt runs once,
// in open()); the asynchronous interface delivers results on the next event-loop turn.
class EncryptedFileCredentialStore final : public CredentialStore
{
public:
    // Opens `path`. An existing file is decrypted now: a wrong password or any modified byte is
    // "credentials.password", a damaged or truncated header "credentials.format", a read failure "credentials.io".
    // A missing file is an empty store; the file is created on the first write, with `paramsForNewFile`.
    [[nodiscard]] static Result<std::unique_ptr<EncryptedFileCredentialStore>>
    open(const QString& path, const SecretBytes& masterPassword,
         const ScryptParams& paramsForNewFile = ScryptParams::recommended());

    // Where the file lives by default: <AppDataLocation>/credentials.enc (e.g. ~/.local/share/orion/).
    static QString defaultPath();

    QString kind() const override;
    QString location() const override;

    void read(const QString& name, QObject* context, ReadCallback done) override;
    void write(const QString& name, SecretBytes value, QObject* context, StatusCallback done) override;
    void remove(const QString& name, QObject* context, StatusCallback done) override;
    void listPresent(QObject* context, NamesCallback done) override;

    [[nodiscard]] Result<SecretBytes> readNow(const QString& name) override;
    [[nodiscard]] Status writeNow(const QString& name, SecretBytes value) override;
    [[nodiscard]] Status removeNow(const QString& name) override;
    [[nodiscard]] Result<QStringList> listPresentNow() override;

    ScryptParams params() const { return m_params; }

private:
    EncryptedFileCredentialStore(QString path, SecretBytes key, QByteArray header, ScryptParams params,
                                 std::map<QString, SecretBytes> entries);

    // Encrypts `entries` and replaces the file atomically; the in-memory entries change only after success.
    [[nodiscard]] Status save(std::map<QString, SecretBytes> entries);

    QString m_path;
    SecretBytes m_key;
    QByteArray m_header;
    ScryptParams m_params;
    std::map<QString, SecretBytes> m_entries;
};

} // namespace orion
