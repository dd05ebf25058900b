#include "credentials/StoreCredentialService.h"

#include "credentials/CredentialCatalog.h"
#include "credentials/CredentialStore.h"
#include "credentials/CredentialValidator.h"
#include "credentials/VenueCredentialCheck.h"

namespace orion {

StoreCredentialService::StoreCredentialService(CredentialStore& store, QList<VenueCredentialCheck*> checks,
                                               QObject* parent)
    : CredentialService(parent), m_store(store), m_checks(std::move(checks))
{
}

QString StoreCredentialService::storeKind() const
{
    return m_store.kind();
}

QString StoreCredentialService::storeLocation() const
{
    return m_store.location();
}

void StoreCredentialService::refresh()
{
    m_store.listPresent(this, [this](Result<QStringList> present) {
        if (!present.ok()) {
            emit failed(QString(), present.error().message);
            return;
        }
        emit presenceChanged(present.value());
    });
}

void StoreCredentialService::store(const QString& name, QByteArray& value)
{
    SecretBytes secret = SecretBytes::takeFrom(value);
    const CredentialInfo* info = CredentialCatalog::find(name);
    if (info == nullptr) {
        emit failed(name, tr("unknown credential \"%1\"").arg(name));
        return;
    }
    secret = CredentialValidator::normalize(*info, std::move(secret));
    const auto description = CredentialValidator::validate(*info, secret);
    if (!description.ok()) {
        emit failed(name, description.error().message);
        return;
    }
    m_store.write(name, std::move(secret), this, [this, name, summary = description.value()](Status written) {
        if (!written.ok()) {
            emit failed(name, written.error().message);
            return;
        }
        emit stored(name, summary);
        refresh();
    });
}

void StoreCredentialService::remove(const QString& name)
{
    m_store.remove(name, this, [this, name](Status removedStatus) {
        if (!removedStatus.ok()) {
            emit failed(name, removedStatus.error().message);
            return;
        }
        emit removed(name);
        refresh();
    });
}

void StoreCredentialService::testVenues()
{
    m_store.listPresent(this, [this](Result<QStringList> present) {
        if (!present.ok()) {
            emit failed(QString(), present.error().message);
            emit testsFinished();
            return;
        }
        QStringList venues;
        for (const CredentialInfo& info : CredentialCatalog::all()) {
            if (!venues.contains(info.venue)) {
                venues << info.venue;
            }
        }
        testNext(venues, present.value());
    });
}

// One venue at a time, so the output reads in catalogue order and no venue sees two requests at once.
void StoreCredentialService::testNext(QStringList venues, QStringList present)
{
    if (venues.isEmpty()) {
        emit testsFinished();
        return;
    }
    const QString venue = venues.takeFirst();
    QStringList missing;
    for (const QString& name : CredentialCatalog::namesForVenue(venue)) {
        const CredentialInfo* info = CredentialCatalog::find(name);
        const bool needed = info->requiredToTrade || venue == QLatin1String("telegram");
        if (needed && !present.contains(name)) {
            missing << name;
        }
    }
    if (!missing.isEmpty()) {
        emit venueTested(venue, false, tr("not configured: missing %1").arg(missing.join(QStringLiteral(", "))));
        testNext(venues, present);
        return;
    }
    VenueCredentialCheck* check = nullptr;
    for (VenueCredentialCheck* candidate : std::as_const(m_checks)) {
        if (candidate->venue() == venue) {
            check = candidate;
        }
    }
    if (check == nullptr) {
        emit venueTested(venue, false, tr("credentials are stored, but this build has no authenticated check for %1")
                                           .arg(venue));
        testNext(venues, present);
        return;
    }
    check->run(m_store, this, [this, venue, venues, present](Result<QString> outcome) {
        emit venueTested(venue, outcome.ok(), outcome.ok() ? outcome.value() : outcome.error().message);
        testNext(venues, present);
    });
}

} // namespace orion
