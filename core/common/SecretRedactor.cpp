#include "common/SecretRedactor.h"

#include <QRegularExpression>

#include <algorithm>
#include <mutex>

namespace orion {
namespace {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        volatile char* data = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            data[i] = 0;
        }
    }
    bytes.clear();
}

bool isHexDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// QRegularExpression is reentrant, not thread-safe: each logging thread gets its own compiled copies.
struct Patterns
{
    QRegularExpression pem{QStringLiteral("-----BEGIN ([A-Z0-9 ]{1,40})-----.*?(?:-----END \\1-----|$)"),
                           QRegularExpression::DotMatchesEverythingOption};
    QRegularExpression bearer{QStringLiteral("\\b(Bearer|Basic)\\s+(?!\\[REDACTED)[A-Za-z0-9._~+/=-]{8,}"),
                              QRegularExpression::CaseInsensitiveOption};
    QRegularExpression telegramUrl{QStringLiteral("/bot\\d{3,15}:[A-Za-z0-9_-]{20,}")};
    QRegularExpression telegramToken{QStringLiteral("(?<![\\w])\\d{6,15}:[A-Za-z0-9_-]{30,}(?![\\w-])")};
    QRegularExpression keyValue{
        QStringLiteral("\\b([\\w-]*(?:secret|passphrase|password|private[_-]?key|api[_-]?key|access[_-]?key|"
                       "signature|bot[_-]?token|access[_-]?token|refresh[_-]?token|auth[_-]?token)[\\w-]*)"
                       "([\"']?\\s*[:=]\\s*[\"']?)(?!\\[REDACTED)([^\\s\"',;}&]+)"),
        QRegularExpression::CaseInsensitiveOption};
    QRegularExpression prefixedHex{QStringLiteral("((?:key|secret|private)[^\\n]{0,24}?)0x[0-9a-fA-F]{64}(?![0-9a-zA-Z])"),
                                   QRegularExpression::CaseInsensitiveOption};
    QRegularExpression bareHex{QStringLiteral("(?<![0-9A-Za-z])[0-9a-fA-F]{64}(?![0-9A-Za-z])")};
    QRegularExpression base64{QStringLiteral("(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{40,}={0,2}(?![A-Za-z0-9+/_=-])")};
};

const Patterns& patterns()
{
    thread_local const Patterns p;
    return p;
}

// A run of base64 that looks random (all three character classes) rather than a path, slug or ticker.
bool looksLikeSecretBase64(QStringView run)
{
    if (run.startsWith(QLatin1Char('/'))) {
        return false;
    }
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (const QChar c : run) {
        upper = upper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        lower = lower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        digit = digit || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    return upper && lower && digit;
}

QString replaceBase64(const QString& text)
{
    QString out;
    qsizetype last = 0;
    auto it = patterns().base64.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!looksLikeSecretBase64(m.capturedView())) {
            continue;
        }
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += QStringLiteral("[REDACTED BASE64]");
        last = m.capturedEnd();
    }
    if (last == 0) {
        return text;
    }
    out += QStringView(text).sliced(last);
    return out;
}

} // namespace

SecretRedactor::~SecretRedactor()
{
    clear();
}

SecretRedactor& SecretRedactor::global()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::addLocked(QByteArrayView form)
{
    if (form.size() < kMinimumSecretLength) {
        return;
    }
    for (const QByteArray& known : std::as_const(m_secrets)) {
        if (known == form) {
            return;
        }
    }
    m_secrets.append(QByteArray(form.data(), form.size()));
}

void SecretRedactor::registerSecret(QByteArrayView secret)
{
    QByteArrayView trimmed = secret.trimmed();
    if (trimmed.size() < kMinimumSecretLength) {
        return;
    }
    std::unique_lock lock(m_mutex);
    addLocked(trimmed);
    // A PEM key is most likely to leak one line at a time.
    if (trimmed.startsWith("-----BEGIN")) {
        qsizetype start = 0;
        while (start < trimmed.size()) {
            qsizetype end = trimmed.indexOf('\n', start);
            if (end < 0) {
                end = trimmed.size();
            }
            const QByteArrayView line = trimmed.sliced(start, end - start).trimmed();
            if (!line.startsWith("-----")) {
                addLocked(line);
            }
            start = end + 1;
        }
    }
    // Wallet keys travel with or without 0x, in either case.
    const QByteArrayView digits = (trimmed.startsWith("0x") || trimmed.startsWith("0X")) ? trimmed.sliced(2) : trimmed;
    if (isHexDigits(digits)) {
        QByteArray lower = digits.toByteArray().toLower();
        QByteArray upper = digits.toByteArray().toUpper();
        addLocked(lower);
        addLocked(upper);
        wipe(lower);
        wipe(upper);
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
}

void SecretRedactor::clear()
{
    std::unique_lock lock(m_mutex);
    for (QByteArray& secret : m_secrets) {
        wipe(secret);
    }
    m_secrets.clear();
}

qsizetype SecretRedactor::registeredCount() const
{
    std::shared_lock lock(m_mutex);
    return m_secrets.size();
}

QString SecretRedactor::redact(const QString& line) const
{
    QString text = line;
    {
        std::shared_lock lock(m_mutex);
        if (!m_secrets.isEmpty()) {
            QByteArray utf8 = text.toUtf8();
            bool changed = false;
            for (const QByteArray& secret : m_secrets) {
                if (utf8.contains(secret)) {
                    utf8.replace(secret, QByteArrayView("[REDACTED SECRET]"));
                    changed = true;
                }
            }
            if (changed) {
                text = QString::fromUtf8(utf8);
            }
            wipe(utf8);
        }
    }
    const Patterns& p = patterns();
    text.replace(p.pem, QStringLiteral("[REDACTED PEM \\1]"));
    text.replace(p.telegramUrl, QStringLiteral("/bot[REDACTED]"));
    text.replace(p.telegramToken, QStringLiteral("[REDACTED TOKEN]"));
    text.replace(p.bearer, QStringLiteral("\\1 [REDACTED]"));
    text.replace(p.keyValue, QStringLiteral("\\1\\2[REDACTED]"));
    text.replace(p.prefixedHex, QStringLiteral("\\1[REDACTED HEX]"));
    text.replace(p.bareHex, QStringLiteral("[REDACTED HEX]"));
    return replaceBase64(text);
}

} // namespace orion
