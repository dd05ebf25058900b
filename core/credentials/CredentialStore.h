#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace orion {

// Where the named credentials (CredentialCatalog) live. Backends differ in speed (the keychain answers over
// D-Bus, the encrypted file runs scrypt once at open), so the primary API is asynchronous: the callback runs
// later on `context`'s thread, never inside the call, and is dropped if `context` is destroyed first. The
// ...Now() conveniences block (running a local event loop where the backend needs one): they are for the command
// line and worker threads, never for the UI thread.
// Every value a store reads or writes is registered with SecretRedactor::global(), so it cannot reach a log.
class CredentialStore
{
public:
    using ReadCallback = std::function<void(Result<SecretBytes>)>;
    using StatusCallback = std::function<void(Status)>;
    using NamesCallback = std::function<void(Result<QStringList>)>;

    CredentialStore() = default;
    virtual ~CredentialStore() = default;
    CredentialStore(const CredentialStore&) = delete;
    CredentialStore& operator=(const CredentialStore&) = delete;

    // "keychain" or "file".
    virtual QString kind() const = 0;
    // Where, for people: "Secret Service (service \"orion\")" or the file path.
    virtual QString location() const = 0;

    // Errors: "credentials.missing" (no such entry), "credentials.name" (not a catalogue name), and
    // backend-specific codes ("credentials.keychain", "credentials.io").
    virtual void read(const QString& name, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& name, SecretBytes value, QObject* context, StatusCallback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString& name, QObject* context, StatusCallback done) = 0;
    // Catalogue names that have a stored value, in catalogue order.
    virtual void listPresent(QObject* context, NamesCallback done) = 0;

    [[nodiscard]] virtual Result<SecretBytes> readNow(const QString& name);
    [[nodiscard]] virtual Status writeNow(const QString& name, SecretBytes value);
    [[nodiscard]] virtual Status removeNow(const QString& name);
    [[nodiscard]] virtual Result<QStringList> listPresentNow();

protected:
    // "credentials.name" unless `name` is in the catalogue.
    [[nodiscard]] static Status checkName(const QString& name);
};

} // namespace orion
