#include "credentials/CredentialStore.h"

#include "credentials/CredentialCatalog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>

#include <optional>

namespace orion {
namespace {

// Runs `start` and a local event loop until its callback has delivered a value.
template <typename T, typename Start>
T waitFor(Start start)
{
    QObject context;
    QEventLoop loop;
    std::optional<T> result;
    start(&context, [&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return std::move(*result);
}

} // namespace

Status CredentialStore::checkName(const QString& name)
{
    if (CredentialCatalog::find(name) == nullptr) {
        return makeError(QStringLiteral("credentials.name"),
                         QCoreApplication::translate("CredentialStore", "unknown credential \"%1\" (known: %2)")
                             .arg(name, CredentialCatalog::names().join(QStringLiteral(", "))));
    }
    return {};
}

Result<SecretBytes> CredentialStore::readNow(const QString& name)
{
    return waitFor<Result<SecretBytes>>([&](QObject* context, ReadCallback done) { read(name, context, done); });
}

Status CredentialStore::writeNow(const QString& name, SecretBytes value)
{
    return waitFor<Status>(
        [&](QObject* context, StatusCallback done) { write(name, std::move(value), context, done); });
}

Status CredentialStore::removeNow(const QString& name)
{
    return waitFor<Status>([&](QObject* context, StatusCallback done) { remove(name, context, done); });
}

Result<QStringList> CredentialStore::listPresentNow()
{
    return waitFor<Result<QStringList>>([&](QObject* context, NamesCallback done) { listPresent(context, done); });
}

} // namespace orion
