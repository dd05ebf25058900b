#include "crypto/Base64.h"

namespace orion {

namespace {

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

Error base64Error(const QString& what)
{
    return makeError(QStringLiteral("crypto.base64"), what);
}

// Checks the text and returns how many bytes it decodes to, or an error.
Result<qsizetype> decodedSize(QByteArrayView text, QByteArrayView& digits)
{
    qsizetype padding = 0;
    while (padding < text.size() && padding < 2 && text[text.size() - 1 - padding] == '=')
        ++padding;
    digits = text.first(text.size() - padding);
    if (padding > 0 && text.size() % 4 != 0)
        return base64Error(QStringLiteral("base64 padding does not complete a 4-character group"));
    if (digits.size() % 4 == 1)
        return base64Error(QStringLiteral("base64 text has an impossible length (%1 characters)").arg(text.size()));
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (sextet(digits[i]) < 0)
            return base64Error(QStringLiteral("invalid base64 character at position %1").arg(i));
    }
    return digits.size() / 4 * 3 + (digits.size() % 4 == 0 ? 0 : digits.size() % 4 - 1);
}

void decodeInto(QByteArrayView digits, unsigned char* out)
{
    quint32 accumulator = 0;
    int bits = 0;
    qsizetype written = 0;
    for (const char c : digits) {
        accumulator = (accumulator << 6) | static_cast<quint32>(sextet(c));
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[written++] = static_cast<unsigned char>((accumulator >> bits) & 0xffU);
        }
    }
}

} // namespace

QByteArray Base64::encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64Encoding);
}

QByteArray Base64::encodeUrl(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding);
}

Result<QByteArray> Base64::decode(QByteArrayView text)
{
    QByteArrayView digits;
    const Result<qsizetype> size = decodedSize(text, digits);
    if (!size)
        return size.error();
    QByteArray out(*size, Qt::Uninitialized);
    decodeInto(digits, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

Result<SecretBytes> Base64::decodeSecret(QByteArrayView text)
{
    QByteArrayView digits;
    const Result<qsizetype> size = decodedSize(text, digits);
    if (!size)
        return size.error();
    SecretBytes out = SecretBytes::zeroed(*size);
    decodeInto(digits, out.mutableBytes().data());
    return out;
}

} // namespace orion
