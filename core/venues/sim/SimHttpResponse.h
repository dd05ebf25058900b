#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace orion {

// What a simulator handler answers. Content-Length, Connection and Date are added by the server.
struct SimHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    SimHttpResponse& withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    static SimHttpResponse json(int status, const QJsonDocument& document)
    {
        SimHttpResponse response{status, {}, document.toJson(QJsonDocument::Compact)};
        return response.withHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    }
    static SimHttpResponse json(int status, const QJsonObject& object) { return json(status, QJsonDocument(object)); }
    static SimHttpResponse json(int status, const QJsonArray& array) { return json(status, QJsonDocument(array)); }
    static SimHttpResponse text(int status, QByteArray body)
    {
        SimHttpResponse response{status, {}, std::move(body)};
        return response.withHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8"));
    }
    static SimHttpResponse empty(int status) { return SimHttpResponse{status, {}, {}}; }
};

} // namespace orion
