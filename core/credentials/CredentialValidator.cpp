#include "credentials/CredentialValidator.h"

#include "crypto/Base64.h"
#include "crypto/RsaPssSigner.h"
#include "crypto/Secp256k1Signer.h"

#include <QCoreApplication>

#include <algorithm>

namespace orion {
namespace {

QString tr(const char* text)
{
    // The context lupdate records for tr() in CredentialValidator's methods.
    return QCoreApplication::translate("orion::CredentialValidator", text);
}

Error invalid(const CredentialInfo& info, const QString& why)
{
    // Spelled out: lupdate would file a tr() outside the class under "orion".
    return makeError(QStringLiteral("credentials.invalid"),
                     QCoreApplication::translate("orion::CredentialValidator", "%1 (%2): %3")
                         .arg(info.label, info.name, why));
}

bool isUuid(QByteArrayView text)
{
    if (text.size() != 36) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex) {
            return false;
        }
    }
    return true;
}

bool allOf(QByteArrayView text, bool (*accept)(char))
{
    return std::all_of(text.begin(), text.end(), accept);
}

bool isPrintableAscii(char c)
{
    return c > ' ' && c < 127;
}

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

SecretBytes CredentialValidator::normalize(const CredentialInfo& info, SecretBytes value)
{
    const QByteArrayView trimmed = value.reveal().trimmed();
    if (info.kind != CredentialKind::RsaPrivateKeyPem) {
        return SecretBytes(trimmed);
    }
    // Rebuilt in OpenSSL's layout (64-character lines), so a PEM pasted into a one-line field still parses.
    const qsizetype headerEnd = trimmed.startsWith("-----BEGIN ") ? trimmed.indexOf("-----", 11) : -1;
    const qsizetype footer = trimmed.lastIndexOf("-----END ");
    if (headerEnd < 0 || footer <= headerEnd) {
        SecretBytes pem = SecretBytes::zeroed(trimmed.size() + 1);
        std::copy(trimmed.begin(), trimmed.end(), pem.mutableBytes().begin());
        pem.mutableBytes()[static_cast<size_t>(trimmed.size())] = '\n';
        return pem;
    }
    const QByteArrayView header = trimmed.first(headerEnd + 5);
    const QByteArrayView body = trimmed.sliced(headerEnd + 5, footer - headerEnd - 5);
    const QByteArrayView footerLine = trimmed.sliced(footer);
    SecretBytes pem = SecretBytes::zeroed(header.size() + 1 + body.size() + body.size() / 64 + 2 + footerLine.size()
                                          + 1);
    unsigned char* out = pem.mutableBytes().data();
    out = std::copy(header.begin(), header.end(), out);
    *out++ = '\n';
    qsizetype column = 0;
    for (const char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        *out++ = static_cast<unsigned char>(c);
        if (++column == 64) {
            *out++ = '\n';
            column = 0;
        }
    }
    if (column != 0) {
        *out++ = '\n';
    }
    out = std::copy(footerLine.begin(), footerLine.end(), out);
    *out++ = '\n';
    return SecretBytes(pem.reveal().first(out - pem.revealBytes().data()));
}

Result<QString> CredentialValidator::validate(const CredentialInfo& info, const SecretBytes& value)
{
    const QByteArrayView text = value.reveal();
    if (text.isEmpty()) {
        return invalid(info, tr("the value is empty"));
    }
    if (text.size() > 16 * 1024) {
        return invalid(info, tr("the value is longer than 16 KiB"));
    }
    switch (info.kind) {
    case CredentialKind::KeyId:
    case CredentialKind::ApiKey:
        if (!isUuid(text)) {
            return invalid(info, tr("expected a UUID like 0a1b2c3d-0000-4000-8000-123456789abc"));
        }
        return tr("key id in UUID form");
    case CredentialKind::RsaPrivateKeyPem: {
        auto signer = RsaPssSigner::fromPem(value);
        if (!signer.ok()) {
            return invalid(info, signer.error().message);
        }
        return tr("RSA %1-bit private key").arg(signer.value().keyBits());
    }
    case CredentialKind::WalletPrivateKey: {
        auto signer = Secp256k1Signer::fromHex(text);
        if (!signer.ok()) {
            return invalid(info, tr("expected a 32-byte key as 64 hex digits (0x optional): %1")
                                     .arg(signer.error().message));
        }
        return tr("wallet address %1").arg(signer.value().address().toChecksumHex());
    }
    case CredentialKind::Base64Secret: {
        auto decoded = Base64::decodeSecret(text);
        if (!decoded.ok() || decoded.value().size() < 16) {
            return invalid(info, tr("expected base64 of at least 16 bytes"));
        }
        return tr("%1-byte secret").arg(decoded.value().size());
    }
    case CredentialKind::Passphrase:
        if (!allOf(text, isPrintableAscii)) {
            return invalid(info, tr("expected printable characters without spaces"));
        }
        return tr("passphrase of %1 characters").arg(text.size());
    case CredentialKind::BotToken: {
        const qsizetype colon = text.indexOf(':');
        if (colon < 3 || !allOf(text.first(colon), isDigit) || text.size() - colon - 1 < 30
            || !allOf(text.sliced(colon + 1), isTokenChar)) {
            return invalid(info, tr("expected a bot token like 123456789:AA… from @BotFather"));
        }
        return tr("bot token for bot id %1").arg(QString::fromLatin1(text.first(colon)));
    }
    case CredentialKind::ChatId:
        if (!allOf(text.startsWith('-') ? text.sliced(1) : text, isDigit) || text == "-" || text.size() > 20) {
            return invalid(info, tr("expected a numeric chat id"));
        }
        return tr("chat id %1").arg(QString::fromLatin1(text));
    }
    return invalid(info, tr("unknown kind"));
}

} // namespace orion
