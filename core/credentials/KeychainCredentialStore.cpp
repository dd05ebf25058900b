#include "credentials/KeychainCredentialStore.h"

#include "common/Logging.h"
#include "common/SecretRedactor.h"
#include "credentials/CredentialCatalog.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace orion {
namespace {

QString tr(const char* text)
{
    // The context lupdate records for tr() in KeychainCredentialStore's methods.
    return QCoreApplication::translate("orion::KeychainCredentialStore", text);
}

Error jobError(const QKeychain::Job& job, const QString& name)
{
    // Spelled out: lupdate would file a tr() outside the class under "orion".
    if (job.error() == QKeychain::EntryNotFound) {
        const QString text =
            QCoreApplication::translate("orion::KeychainCredentialStore", "%1 is not stored in the keychain");
        return makeError(QStringLiteral("credentials.missing"), text.arg(name));
    }
    return makeError(QStringLiteral("credentials.keychain"),
                     QCoreApplication::translate("orion::KeychainCredentialStore", "the keychain refused %1: %2")
                         .arg(name, job.errorString()));
}

// A callback for an error found before any job starts: still asynchronous, as the interface promises.
template <typename Callback, typename Value>
void deliverLater(QObject* context, Callback done, Value value)
{
    auto shared = std::make_shared<Value>(std::move(value));
    QTimer::singleShot(0, context, [done = std::move(done), shared]() mutable { done(std::move(*shared)); });
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service)) {}

QString KeychainCredentialStore::kind() const
{
    return QStringLiteral("keychain");
}

QString KeychainCredentialStore::location() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain (service \"%1\")").arg(m_service);
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager (service \"%1\")").arg(m_service);
#else
    return tr("Secret Service keyring (service \"%1\")").arg(m_service);
#endif
}

void KeychainCredentialStore::read(const QString& name, QObject* context, ReadCallback done)
{
    if (Status valid = checkName(name); !valid.ok()) {
        deliverLater(context, std::move(done), Result<SecretBytes>(valid.error()));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), name](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            done(jobError(*finished, name));
            return;
        }
        QByteArray data = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
        SecretBytes value = SecretBytes::takeFrom(data);
        SecretRedactor::global().registerSecret(value.reveal());
        done(std::move(value));
    });
    job->start();
}

void KeychainCredentialStore::write(const QString& name, SecretBytes value, QObject* context, StatusCallback done)
{
    if (Status valid = checkName(name); !valid.ok()) {
        deliverLater(context, std::move(done), valid);
        return;
    }
    SecretRedactor::global().registerSecret(value.reveal());
    // The job keeps a shallow copy of the bytes; the ScopedCopy (wiped when the last callback copy dies) must
    // outlive the job's use of them.
    auto copy = std::make_shared<SecretBytes::ScopedCopy>(value.revealCopy());
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setBinaryData(copy->bytes());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), name, copy](QKeychain::Job* finished) {
                         if (finished->error() != QKeychain::NoError) {
                             done(jobError(*finished, name));
                             return;
                         }
                         qCInfo(lcCredentials, "stored %s in the keychain", qUtf8Printable(name));
                         done(Status{});
                     });
    job->start();
}

void KeychainCredentialStore::remove(const QString& name, QObject* context, StatusCallback done)
{
    if (Status valid = checkName(name); !valid.ok()) {
        deliverLater(context, std::move(done), valid);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), name](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(jobError(*finished, name));
            return;
        }
        qCInfo(lcCredentials, "deleted %s from the keychain", qUtf8Printable(name));
        done(Status{});
    });
    job->start();
}

void KeychainCredentialStore::listPresent(QObject* context, NamesCallback done)
{
    // QtKeychain cannot enumerate a service, so each catalogue entry is read; values are wiped at once.
    struct Pending
    {
        NamesCallback done;
        QList<bool> present;
        qsizetype outstanding = 0;
        std::optional<Error> error;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const QStringList names = CredentialCatalog::names();
    pending->present = QList<bool>(names.size(), false);
    pending->outstanding = names.size();
    for (qsizetype i = 0; i < names.size(); ++i) {
        read(names[i], context, [pending, names, i](Result<SecretBytes> value) {
            if (value.ok()) {
                pending->present[i] = true;
            } else if (value.error().code != QLatin1String("credentials.missing") && !pending->error) {
                pending->error = value.error();
            }
            if (--pending->outstanding > 0) {
                return;
            }
            if (pending->error) {
                pending->done(*pending->error);
                return;
            }
            QStringList result;
            for (qsizetype j = 0; j < names.size(); ++j) {
                if (pending->present[j]) {
                    result << names[j];
                }
            }
            pending->done(result);
        });
    }
}

} // namespace orion
