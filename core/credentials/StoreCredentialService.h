#pragma once

#include "credentials/CredentialService.h"

#include <QList>

namespace orion {

class CredentialStore;
class VenueCredentialCheck;

// CredentialService over a CredentialStore, with the venue checks the engine has (the venue clients provide
// them). A venue whose required entries are missing is reported as such without a request; a venue without a
// check is reported as not testable. Lives on the thread of the store.
class StoreCredentialService final : public CredentialService
{
    Q_OBJECT

public:
    StoreCredentialService(CredentialStore& store, QList<VenueCredentialCheck*> checks, QObject* parent = nullptr);

    QString storeKind() const override;
    QString storeLocation() const override;

    void refresh() override;
    void store(const QString& name, QByteArray& value) override;
    void remove(const QString& name) override;
    void testVenues() override;

private:
    void testNext(QStringList venues, QStringList present);

    CredentialStore& m_store;
    QList<VenueCredentialCheck*> m_checks;
};

} // namespace orion
