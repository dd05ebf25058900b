#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <functional>

namespace orion {

// Raw header pairs in wire order. Values may be secrets (API keys, signatures): never log them.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// First value of a header, matched case-insensitively; empty when absent.
inline QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline bool hasHeader(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace orion
