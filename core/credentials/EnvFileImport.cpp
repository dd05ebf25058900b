#include "credentials/EnvFileImport.h"

#include "credentials/CredentialCatalog.h"

#include <QByteArray>
#include <QCoreApplication>

namespace orion {
namespace {

bool isNameChar(char c, bool first)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (!first && c >= '0' && c <= '9');
}

Error lineError(int line, const char* why)
{
    return makeError(QStringLiteral("credentials.env"),
                     QCoreApplication::translate("EnvFileImport", "line %1: %2")
                         .arg(line)
                         .arg(QCoreApplication::translate("EnvFileImport", why)));
}

} // namespace

Result<EnvFileImport> EnvFileImport::parse(QByteArrayView text)
{
    EnvFileImport result;
    qsizetype pos = 0;
    int line = 1;
    auto atEnd = [&] { return pos >= text.size(); };
    auto skipSpaces = [&] {
        while (!atEnd() && (text[pos] == ' ' || text[pos] == '\t')) {
            ++pos;
        }
    };
    auto skipToLineEnd = [&] {
        while (!atEnd() && text[pos] != '\n') {
            ++pos;
        }
    };
    while (!atEnd()) {
        skipSpaces();
        if (atEnd()) {
            break;
        }
        if (text[pos] == '\n' || text[pos] == '\r' || text[pos] == '#') {
            skipToLineEnd();
            ++pos;
            ++line;
            continue;
        }
        if (text.sliced(pos).startsWith("export ")) {
            pos += 7;
            skipSpaces();
        }
        const qsizetype nameStart = pos;
        while (!atEnd() && isNameChar(text[pos], pos == nameStart)) {
            ++pos;
        }
        const QString name = QString::fromLatin1(text.sliced(nameStart, pos - nameStart));
        skipSpaces();
        if (name.isEmpty() || atEnd() || text[pos] != '=') {
            return lineError(line, "expected NAME=value");
        }
        ++pos;
        skipSpaces();
        const int startLine = line;
        QByteArray value;
        if (!atEnd() && (text[pos] == '"' || text[pos] == '\'')) {
            const char quote = text[pos++];
            bool closed = false;
            while (!atEnd()) {
                const char c = text[pos++];
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == '\n') {
                    ++line;
                }
                if (quote == '"' && c == '\\' && !atEnd()) {
                    const char escaped = text[pos++];
                    value.append(escaped == 'n' ? '\n' : escaped);
                    continue;
                }
                value.append(c);
            }
            if (!closed) {
                static_cast<void>(SecretBytes::takeFrom(value));
                return lineError(startLine, "unterminated quoted value");
            }
            skipSpaces();
            if (!atEnd() && text[pos] == '#') {
                skipToLineEnd();
            }
            if (!atEnd() && text[pos] != '\n' && text[pos] != '\r') {
                static_cast<void>(SecretBytes::takeFrom(value));
                return lineError(line, "unexpected text after the closing quote");
            }
        } else {
            const qsizetype valueStart = pos;
            skipToLineEnd();
            QByteArrayView raw = text.sliced(valueStart, pos - valueStart);
            const qsizetype comment = raw.indexOf(" #");
            if (comment >= 0) {
                raw = raw.first(comment);
            }
            value = raw.trimmed().toByteArray();
        }
        skipToLineEnd();
        ++pos;
        ++line;

        SecretBytes secret = SecretBytes::takeFrom(value);
        if (const CredentialInfo* info = CredentialCatalog::findByEnvVariable(name)) {
            result.entries.emplace_back(info->name, std::move(secret));
        } else if (name.startsWith(QLatin1String("KALSHI_")) || name.startsWith(QLatin1String("POLYMARKET_"))
                   || name.startsWith(QLatin1String("TELEGRAM_"))) {
            result.unknownVariables << name;
        } else {
            result.otherVariables << name;
        }
    }
    return result;
}

} // namespace orion
