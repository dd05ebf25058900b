#include "credentials/CredentialFileFormat.h"

#include "crypto/AesGcm.h"
#include "crypto/Scrypt.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace orion {
namespace {

QString tr(const char* text)
{
    // The context lupdate records for tr() in CredentialFileFormat's methods.
    return QCoreApplication::translate("orion::CredentialFileFormat", text);
}

Error formatError(const QString& why)
{
    return makeError(QStringLiteral("credentials.format"), why);
}

void appendU32(QByteArray& out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>((value >> shift) & 0xFF));
    }
}

// Sequential bounds-checked reads.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    bool has(qsizetype count) const { return count >= 0 && m_data.size() - m_pos >= count; }
    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint32 readU(int bytes)
    {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i) {
            value = (value << 8) | static_cast<quint8>(m_data[m_pos++]);
        }
        return value;
    }
    QByteArrayView take(qsizetype count)
    {
        const QByteArrayView view = m_data.sliced(m_pos, count);
        m_pos += count;
        return view;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
}

} // namespace

QByteArray CredentialFileFormat::encodeHeader(const ScryptParams& params, QByteArrayView salt)
{
    QByteArray out(kMagic.data(), kMagic.size());
    out.append(static_cast<char>(kVersion));
    out.append(static_cast<char>(kKdfScrypt));
    out.append(static_cast<char>(std::countr_zero(params.n)));
    appendU32(out, params.r);
    appendU32(out, params.p);
    out.append(static_cast<char>(salt.size()));
    out.append(salt.data(), salt.size());
    return out;
}

Result<CredentialFileHeader> CredentialFileFormat::decodeHeader(QByteArrayView file)
{
    Reader reader(file);
    if (!reader.has(kMagic.size()) || reader.take(kMagic.size()) != kMagic) {
        return formatError(tr("not an Orion credential file"));
    }
    if (!reader.has(3 + 4 + 4 + 1)) {
        return formatError(tr("the credential file is truncated (incomplete header)"));
    }
    CredentialFileHeader header;
    header.version = static_cast<quint8>(reader.readU(1));
    if (header.version != kVersion) {
        return formatError(tr("credential file version %1 is not supported (this Orion reads version %2)")
                               .arg(header.version)
                               .arg(kVersion));
    }
    if (reader.readU(1) != kKdfScrypt) {
        return formatError(tr("the credential file names an unknown key derivation"));
    }
    const quint32 log2n = reader.readU(1);
    header.params.r = reader.readU(4);
    header.params.p = reader.readU(4);
    if (log2n < 1 || log2n > 24) {
        return formatError(tr("the credential file's scrypt cost is out of range"));
    }
    header.params.n = 1ULL << log2n;
    if (Status bounds = Scrypt::validate(header.params); !bounds.ok()) {
        return formatError(tr("the credential file's scrypt parameters are out of range: %1")
                               .arg(bounds.error().message));
    }
    const auto saltSize = static_cast<qsizetype>(reader.readU(1));
    if (saltSize < kSaltSize || !reader.has(saltSize)) {
        return formatError(tr("the credential file's salt is missing or too short"));
    }
    header.salt = reader.take(saltSize).toByteArray();
    header.headerSize = reader.position();
    if (reader.remaining() < AesGcm::kNonceSize + AesGcm::kTagSize) {
        return formatError(tr("the credential file is truncated (no encrypted body)"));
    }
    return header;
}

SecretBytes CredentialFileFormat::encodeEntries(const std::map<QString, SecretBytes>& entries)
{
    qsizetype size = 2;
    for (const auto& [name, value] : entries) {
        size += 1 + name.size() + 4 + value.size();
    }
    SecretBytes out = SecretBytes::zeroed(size);
    unsigned char* p = out.mutableBytes().data();
    auto putU = [&p](quint32 value, int bytes) {
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
            *p++ = static_cast<unsigned char>((value >> shift) & 0xFF);
        }
    };
    putU(static_cast<quint32>(entries.size()), 2);
    for (const auto& [name, value] : entries) {
        const QByteArray latin = name.toLatin1();
        putU(static_cast<quint32>(latin.size()), 1);
        p = std::copy(latin.begin(), latin.end(), p);
        putU(static_cast<quint32>(value.size()), 4);
        const auto bytes = value.revealBytes();
        p = std::copy(bytes.begin(), bytes.end(), p);
    }
    return out;
}

Result<std::map<QString, SecretBytes>> CredentialFileFormat::decodeEntries(QByteArrayView plaintext)
{
    Reader reader(plaintext);
    if (!reader.has(2)) {
        return formatError(tr("the credential file's contents are truncated"));
    }
    const auto count = static_cast<qsizetype>(reader.readU(2));
    if (count > kMaxEntries) {
        return formatError(tr("the credential file lists %1 entries (at most %2)").arg(count).arg(kMaxEntries));
    }
    std::map<QString, SecretBytes> entries;
    for (qsizetype i = 0; i < count; ++i) {
        if (!reader.has(1)) {
            return formatError(tr("the credential file's contents are truncated"));
        }
        const auto nameSize = static_cast<qsizetype>(reader.readU(1));
        if (nameSize == 0 || !reader.has(nameSize)) {
            return formatError(tr("the credential file has a bad entry name"));
        }
        const QByteArrayView name = reader.take(nameSize);
        if (!std::all_of(name.begin(), name.end(), isNameChar)) {
            return formatError(tr("the credential file has a bad entry name"));
        }
        if (!reader.has(4)) {
            return formatError(tr("the credential file's contents are truncated"));
        }
        const auto valueSize = static_cast<qsizetype>(reader.readU(4));
        if (valueSize > kMaxValueSize || !reader.has(valueSize)) {
            return formatError(tr("the credential file has an entry of a bad length"));
        }
        const QString key = QString::fromLatin1(name);
        if (entries.count(key) != 0) {
            return formatError(tr("the credential file lists %1 twice").arg(key));
        }
        entries.emplace(key, SecretBytes(reader.take(valueSize)));
    }
    if (reader.remaining() != 0) {
        return formatError(tr("the credential file has trailing bytes after its entries"));
    }
    return entries;
}

} // namespace orion
