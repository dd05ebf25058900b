// Writes the credential_file seed corpus into the folder given: credential files in the real format, sealed with
// the harness's fixed key instead of a scrypt-derived one, and one bare plaintext. Run once; the output is
// committed under tests/fuzz/corpus/credential_file.

#include "CredentialFuzzKey.h"

#include "credentials/CredentialFileFormat.h"
#include "crypto/AesGcm.h"

#include <QFile>

#include <cstdio>
#include <map>

using namespace orion;

namespace {

QByteArray sealedFile(const std::map<QString, SecretBytes>& entries)
{
    const QByteArray header = CredentialFileFormat::encodeHeader(ScryptParams::recommended(),
                                                                 QByteArrayView("0123456789abcdef"));
    const SecretBytes plaintext = CredentialFileFormat::encodeEntries(entries);
    return header + AesGcm::seal(fuzz::credentialFuzzKey(), plaintext.reveal(), header).value();
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <folder>\n", argv[0]);
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    std::map<QString, SecretBytes> two;
    two.emplace(QStringLiteral("kalshi.api_key_id"), SecretBytes(QByteArrayView("a952bcbe-ec3b-4b5b-b8f9-11dae589608c")));
    two.emplace(QStringLiteral("polymarket.private_key"),
                SecretBytes(QByteArrayView("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")));
    const bool ok = write(folder + QStringLiteral("/two-entries.enc"), sealedFile(two))
                    && write(folder + QStringLiteral("/empty.enc"), sealedFile({}))
                    && write(folder + QStringLiteral("/two-entries.plain"),
                             CredentialFileFormat::encodeEntries(two).reveal().toByteArray());
    return ok ? 0 : 1;
}
