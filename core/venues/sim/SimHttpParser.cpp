#include "venues/sim/SimHttpParser.h"

#include <QUrl>

namespace orion {

namespace {

SimHttpParser::Parsed invalid(int status, const char* reason)
{
    SimHttpParser::Parsed parsed;
    parsed.outcome = SimHttpParser::Outcome::Invalid;
    parsed.errorStatus = status;
    parsed.errorReason = reason;
    parsed.keepAlive = false;
    return parsed;
}

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '\'' || c == '*' || c == '+'
        || c == '.' || c == '^' || c == '`' || c == '|' || c == '~';
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

} // namespace

SimHttpParser::Parsed SimHttpParser::parse(const QByteArray& buffer, const SimHttpLimits& limits)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return invalid(431, "Request Header Fields Too Large");
        return {};
    }
    if (headerEnd + 4 > limits.maxHeaderBytes)
        return invalid(431, "Request Header Fields Too Large");

    // Every line of the head, the last included, ends in CRLF; the split leaves one empty tail element.
    QList<QByteArray> lines = buffer.left(headerEnd + 2).split('\n');
    lines.removeLast();
    if (!lines.first().endsWith('\r'))
        return invalid(400, "Bad Request");
    const QList<QByteArray> requestLine = lines.first().chopped(1).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/'))
        return invalid(400, "Bad Request");
    const QByteArray& version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return invalid(505, "HTTP Version Not Supported");
        return invalid(400, "Bad Request");
    }

    Parsed parsed;
    SimHttpRequest& request = parsed.request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const qsizetype queryStart = request.target.indexOf('?');
    request.path = QString::fromLatin1(queryStart < 0 ? request.target : request.target.left(queryStart));
    if (queryStart >= 0)
        request.query = QUrlQuery(QString::fromUtf8(request.target.mid(queryStart + 1)));

    bool haveLength = false;
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r'))
            return invalid(400, "Bad Request"); // bare LF
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return invalid(400, "Bad Request");
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool isNumber = false;
            const qlonglong length = value.toLongLong(&isNumber);
            if (!isNumber || length < 0 || value.startsWith('+') || (haveLength && length != contentLength))
                return invalid(400, "Bad Request");
            haveLength = true;
            contentLength = static_cast<qsizetype>(length);
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return invalid(501, "Not Implemented");
        }
        request.headers.append({name, value});
    }
    if (contentLength > limits.maxBodyBytes)
        return invalid(413, "Content Too Large");

    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < contentLength)
        return {}; // Incomplete
    request.body = buffer.mid(bodyStart, contentLength);
    parsed.consumed = bodyStart + contentLength;
    parsed.outcome = Outcome::Complete;

    const QByteArray connection = request.header("Connection").toLower();
    if (version == "HTTP/1.0")
        parsed.keepAlive = connection.contains("keep-alive");
    else
        parsed.keepAlive = !connection.contains("close");
    return parsed;
}

} // namespace orion
