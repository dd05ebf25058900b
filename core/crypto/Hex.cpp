#include "crypto/Hex.h"

namespace orion {

namespace {

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArrayView stripPrefix(QByteArrayView text)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        return text.sliced(2);
    return text;
}

// Validates and decodes into `out` (exactly digits.size()/2 bytes). Error messages never quote the text: it
// may be a private key.
Status decodeInto(QByteArrayView digits, unsigned char* out)
{
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int high = nibble(digits[i]);
        const int low = nibble(digits[i + 1]);
        if (high < 0 || low < 0)
            return makeError(QStringLiteral("crypto.hex"),
                             QStringLiteral("not a hexadecimal string (invalid character at position %1)")
                                 .arg(i + (high < 0 ? 0 : 1)));
        out[i / 2] = static_cast<unsigned char>(high * 16 + low);
    }
    return {};
}

Status checkShape(QByteArrayView digits, qsizetype expectedBytes)
{
    if (digits.size() % 2 != 0)
        return makeError(QStringLiteral("crypto.hex"),
                         QStringLiteral("hexadecimal string has an odd number of digits (%1)").arg(digits.size()));
    if (expectedBytes >= 0 && digits.size() != expectedBytes * 2)
        return makeError(QStringLiteral("crypto.hex"),
                         QStringLiteral("expected %1 bytes (%2 hex digits), got %3 hex digits")
                             .arg(expectedBytes)
                             .arg(expectedBytes * 2)
                             .arg(digits.size()));
    return {};
}

} // namespace

Result<QByteArray> Hex::decode(QByteArrayView text, qsizetype expectedBytes)
{
    const QByteArrayView digits = stripPrefix(text);
    if (Status shape = checkShape(digits, expectedBytes); !shape)
        return shape.error();
    QByteArray out(digits.size() / 2, Qt::Uninitialized);
    if (Status decoded = decodeInto(digits, reinterpret_cast<unsigned char*>(out.data())); !decoded)
        return decoded.error();
    return out;
}

Result<SecretBytes> Hex::decodeSecret(QByteArrayView text, qsizetype expectedBytes)
{
    const QByteArrayView digits = stripPrefix(text);
    if (Status shape = checkShape(digits, expectedBytes); !shape)
        return shape.error();
    SecretBytes out = SecretBytes::zeroed(digits.size() / 2);
    if (Status decoded = decodeInto(digits, out.mutableBytes().data()); !decoded)
        return decoded.error();
    return out;
}

QString Hex::encodePrefixed(QByteArrayView bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
}

} // namespace orion
