// The encrypted credential file reader without scrypt (too slow to fuzz): the header decoder, AES-256-GCM opening
// with a fixed key (CredentialFuzzKey.h), and the entry
// decoder on raw bytes. Accepted headers and entries encode back to what was read.

#include "CredentialFuzzKey.h"
#include "FuzzSupport.h"

#include "credentials/CredentialFileFormat.h"
#include "crypto/AesGcm.h"

using namespace orion;

namespace {

void checkEntries(QByteArrayView plaintext)
{
    const auto entries = CredentialFileFormat::decodeEntries(plaintext);
    if (!entries.ok())
        return;
    ORION_FUZZ_CHECK(static_cast<qsizetype>(entries->size()) <= CredentialFileFormat::kMaxEntries);
    for (const auto& [name, value] : entries.value()) {
        ORION_FUZZ_CHECK(!name.isEmpty() && name.size() <= 255);
        ORION_FUZZ_CHECK(value.size() <= CredentialFileFormat::kMaxValueSize);
    }
    const SecretBytes encoded = CredentialFileFormat::encodeEntries(entries.value());
    const auto again = CredentialFileFormat::decodeEntries(encoded.reveal());
    ORION_FUZZ_CHECK(again.ok() && again->size() == entries->size());
    for (const auto& [name, value] : entries.value()) {
        const auto found = again->find(name);
        ORION_FUZZ_CHECK(found != again->end() && found->second == value);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray file = fuzz::bytes(data, size);
    if (const auto header = CredentialFileFormat::decodeHeader(file); header.ok()) {
        ORION_FUZZ_CHECK(header->headerSize > 0 && header->headerSize <= file.size());
        ORION_FUZZ_CHECK(header->version == CredentialFileFormat::kVersion);
        ORION_FUZZ_CHECK(header->params.n > 1 && (header->params.n & (header->params.n - 1)) == 0);
        const QByteArrayView headerBytes = QByteArrayView(file).first(header->headerSize);
        ORION_FUZZ_CHECK(CredentialFileFormat::encodeHeader(header->params, header->salt) == headerBytes.toByteArray());
        const auto plaintext = AesGcm::open(fuzz::credentialFuzzKey(), QByteArrayView(file).sliced(header->headerSize), headerBytes);
        if (plaintext.ok())
            checkEntries(plaintext->reveal());
    }
    checkEntries(file);
    return 0;
}
