#include "credentials/EncryptedFileCredentialStore.h"

#include "common/Logging.h"
#include "common/SecretRedactor.h"
#include "credentials/CredentialCatalog.h"
#include "credentials/CredentialFileFormat.h"
#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace orion {
namespace {

QString tr(const char* text)
{
    // The context lupdate records for tr() in EncryptedFileCredentialStore's methods.
    return QCoreApplication::translate("orion::EncryptedFileCredentialStore", text);
}

constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

template <typename Callback, typename Value>
void deliverLater(QObject* context, Callback done, Value value)
{
    auto shared = std::make_shared<Value>(std::move(value));
    QTimer::singleShot(0, context, [done = std::move(done), shared]() mutable { done(std::move(*shared)); });
}

std::map<QString, SecretBytes> cloneEntries(const std::map<QString, SecretBytes>& entries)
{
    std::map<QString, SecretBytes> copy;
    for (const auto& [name, value] : entries) {
        copy.emplace(name, value.clone());
    }
    return copy;
}

} // namespace

EncryptedFileCredentialStore::EncryptedFileCredentialStore(QString path, SecretBytes key, QByteArray header,
                                                           ScryptParams params, std::map<QString, SecretBytes> entries)
    : m_path(std::move(path))
    , m_key(std::move(key))
    , m_header(std::move(header))
    , m_params(params)
    , m_entries(std::move(entries))
{
}

QString EncryptedFileCredentialStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/credentials.enc");
}

Result<std::unique_ptr<EncryptedFileCredentialStore>>
EncryptedFileCredentialStore::open(const QString& path, const SecretBytes& masterPassword,
                                   const ScryptParams& paramsForNewFile)
{
    if (masterPassword.isEmpty()) {
        return makeError(QStringLiteral("credentials.password"), tr("the master password is empty"));
    }
    QFile file(path);
    if (!file.exists()) {
        const auto salt = Random::bytes(CredentialFileFormat::kSaltSize);
        if (!salt.ok()) {
            return salt.error();
        }
        auto key = Scrypt::derive(masterPassword, salt.value(), paramsForNewFile, AesGcm::kKeySize);
        if (!key.ok()) {
            return makeError(QStringLiteral("credentials.kdf"), key.error().message);
        }
        QByteArray header = CredentialFileFormat::encodeHeader(paramsForNewFile, salt.value());
        return std::unique_ptr<EncryptedFileCredentialStore>(new EncryptedFileCredentialStore(
            path, std::move(key).value(), std::move(header), paramsForNewFile, {}));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("credentials.io"),
                         tr("cannot read the credential file %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        return makeError(QStringLiteral("credentials.format"), tr("%1 is too large to be a credential file").arg(path));
    }
    const QByteArray contents = file.readAll();
    const auto header = CredentialFileFormat::decodeHeader(contents);
    if (!header.ok()) {
        return makeError(header.error().code, tr("%1: %2").arg(path, header.error().message));
    }
    auto key = Scrypt::derive(masterPassword, header.value().salt, header.value().params, AesGcm::kKeySize);
    if (!key.ok()) {
        return makeError(QStringLiteral("credentials.kdf"), key.error().message);
    }
    const QByteArrayView headerBytes = QByteArrayView(contents).first(header.value().headerSize);
    const auto plaintext =
        AesGcm::open(key.value(), QByteArrayView(contents).sliced(header.value().headerSize), headerBytes);
    if (!plaintext.ok()) {
        return makeError(QStringLiteral("credentials.password"),
                         tr("cannot decrypt %1: the master password is wrong, or the file was modified or damaged")
                             .arg(path));
    }
    auto entries = CredentialFileFormat::decodeEntries(plaintext.value().reveal());
    if (!entries.ok()) {
        return makeError(entries.error().code, tr("%1: %2").arg(path, entries.error().message));
    }
    for (const auto& [name, value] : entries.value()) {
        SecretRedactor::global().registerSecret(value.reveal());
    }
    return std::unique_ptr<EncryptedFileCredentialStore>(
        new EncryptedFileCredentialStore(path, std::move(key).value(), headerBytes.toByteArray(),
                                         header.value().params, std::move(entries).value()));
}

QString EncryptedFileCredentialStore::kind() const
{
    return QStringLiteral("file");
}

QString EncryptedFileCredentialStore::location() const
{
    return tr("encrypted file %1").arg(m_path);
}

Status EncryptedFileCredentialStore::save(std::map<QString, SecretBytes> entries)
{
    const SecretBytes plaintext = CredentialFileFormat::encodeEntries(entries);
    const auto sealed = AesGcm::seal(m_key, plaintext.reveal(), m_header);
    if (!sealed.ok()) {
        return sealed.error();
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(QStringLiteral("credentials.io"), tr("cannot create the folder %1").arg(info.absolutePath()));
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(QStringLiteral("credentials.io"),
                         tr("cannot write the credential file %1: %2").arg(m_path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray contents = m_header + sealed.value();
    if (file.write(contents) != contents.size() || !file.commit()) {
        file.cancelWriting();
        return makeError(QStringLiteral("credentials.io"),
                         tr("cannot write the credential file %1 (it is unchanged): %2").arg(m_path, file.errorString()));
    }
    m_entries = std::move(entries);
    return {};
}

Result<SecretBytes> EncryptedFileCredentialStore::readNow(const QString& name)
{
    if (Status valid = checkName(name); !valid.ok()) {
        return valid.error();
    }
    const auto it = m_entries.find(name);
    if (it == m_entries.end()) {
        return makeError(QStringLiteral("credentials.missing"), tr("%1 is not stored in %2").arg(name, m_path));
    }
    return it->second.clone();
}

Status EncryptedFileCredentialStore::writeNow(const QString& name, SecretBytes value)
{
    if (Status valid = checkName(name); !valid.ok()) {
        return valid;
    }
    SecretRedactor::global().registerSecret(value.reveal());
    std::map<QString, SecretBytes> next = cloneEntries(m_entries);
    next.insert_or_assign(name, std::move(value));
    if (Status saved = save(std::move(next)); !saved.ok()) {
        return saved;
    }
    qCInfo(lcCredentials, "stored %s in %s", qUtf8Printable(name), qUtf8Printable(m_path));
    return {};
}

Status EncryptedFileCredentialStore::removeNow(const QString& name)
{
    if (Status valid = checkName(name); !valid.ok()) {
        return valid;
    }
    if (m_entries.count(name) == 0) {
        return {};
    }
    std::map<QString, SecretBytes> next = cloneEntries(m_entries);
    next.erase(name);
    if (Status saved = save(std::move(next)); !saved.ok()) {
        return saved;
    }
    qCInfo(lcCredentials, "deleted %s from %s", qUtf8Printable(name), qUtf8Printable(m_path));
    return {};
}

Result<QStringList> EncryptedFileCredentialStore::listPresentNow()
{
    QStringList names;
    for (const QString& name : CredentialCatalog::names()) {
        if (m_entries.count(name) != 0) {
            names << name;
        }
    }
    return names;
}

void EncryptedFileCredentialStore::read(const QString& name, QObject* context, ReadCallback done)
{
    deliverLater(context, std::move(done), readNow(name));
}

void EncryptedFileCredentialStore::write(const QString& name, SecretBytes value, QObject* context, StatusCallback done)
{
    deliverLater(context, std::move(done), writeNow(name, std::move(value)));
}

void EncryptedFileCredentialStore::remove(const QString& name, QObject* context, StatusCallback done)
{
    deliverLater(context, std::move(done), removeNow(name));
}

void EncryptedFileCredentialStore::listPresent(QObject* context, NamesCallback done)
{
    deliverLater(context, std::move(done), listPresentNow());
}

} // namespace orion
