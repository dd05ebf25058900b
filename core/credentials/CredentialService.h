#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace orion {

// What the dashboard may do with credentials, provided by the engine layer: see which entries exist, store or
// delete one, and test the venues. There is deliberately no way to read a stored value back: the dialog cannot
// show a secret because this interface never hands one out. All calls return at once; results arrive as signals.
class CredentialService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "keychain" or "file", and where (for the dialog's header line).
    virtual QString storeKind() const = 0;
    virtual QString storeLocation() const = 0;

    // Emits presenceChanged (or failed).
    virtual void refresh() = 0;
    // Validates and stores `value`, then wipes the caller's buffer. Emits stored(name, description) with a
    // printable summary (e.g. the wallet address) or failed(name, message).
    virtual void store(const QString& name, QByteArray& value) = 0;
    // Emits removed(name) or failed(name, message).
    virtual void remove(const QString& name) = 0;
    // Emits venueTested once per venue that has entries in the catalogue, then testsFinished().
    virtual void testVenues() = 0;

signals:
    void presenceChanged(const QStringList& presentNames);
    void stored(const QString& name, const QString& description);
    void removed(const QString& name);
    void failed(const QString& name, const QString& message);
    void venueTested(const QString& venue, bool ok, const QString& message);
    void testsFinished();
};

} // namespace orion
