#include "net/HttpClient.h"

#include "net/NetLogging.h"
#include "net/RateLimiter.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace orion {

namespace {

NetError classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError: return NetError::None;
    case QNetworkReply::ConnectionRefusedError: return NetError::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError: return NetError::ConnectionClosed;
    case QNetworkReply::HostNotFoundError: return NetError::HostNotFound;
    case QNetworkReply::TimeoutError: return NetError::Timeout;
    case QNetworkReply::SslHandshakeFailedError: return NetError::Tls;
    case QNetworkReply::OperationCanceledError: return NetError::Cancelled;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure: return NetError::Protocol;
    default: return NetError::Other;
    }
}

// Qt reports 4xx/5xx statuses as errors in the 201-299 and 401-499 ranges; with a status in hand they are
// HTTP answers, not transport failures.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    // Qt reports an HTTP 400 as ProtocolInvalidOperationError (302): a complete answer, not a transport failure.
    return (code >= 201 && code <= 299) || (code >= 401 && code <= 499)
        || error == QNetworkReply::ProtocolInvalidOperationError;
}

} // namespace

HttpClient::HttpClient(QUrl baseUrl, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_nam(new QNetworkAccessManager(this))
    , m_retry(RetryOptions{})
{
    // A redirect would be re-sent without a fresh signature over the new path: surface 3xx instead.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient()
{
    // Abort without calling back: whoever owns this client is going away too.
    auto pending = std::move(m_pending);
    for (auto& [id, p] : pending) {
        if (p->reply != nullptr) {
            disconnect(p->reply, nullptr, this, nullptr);
            p->reply->abort();
            p->reply->deleteLater();
        }
    }
}

HttpClient::RequestId HttpClient::send(HttpRequest request, Callback callback)
{
    const RequestId id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    pending->request = std::move(request);
    pending->callback = std::move(callback);
    pending->sinceSend.start();
    m_pending.emplace(id, std::move(pending));
    startAttempt(id);
    return id;
}

HttpClient::RequestId HttpClient::send(HttpRequest request, const QObject* context, Callback callback)
{
    const RequestId id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    pending->request = std::move(request);
    pending->callback = std::move(callback);
    pending->context = context;
    pending->hasContext = true;
    pending->sinceSend.start();
    m_pending.emplace(id, std::move(pending));
    startAttempt(id);
    return id;
}

bool HttpClient::cancel(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return false;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    if (pending->reply != nullptr) {
        disconnect(pending->reply, nullptr, this, nullptr);
        pending->reply->abort();
        pending->reply->deleteLater();
    }
    return true;
}

void HttpClient::TimerDeleter::operator()(QTimer* timer) const
{
    timer->stop();
    timer->disconnect();
    timer->deleteLater();
}

void HttpClient::armTimer(Pending& pending, RequestId id, qint64 ms, void (HttpClient::*slot)(RequestId))
{
    pending.timer.reset(new QTimer);
    pending.timer->setSingleShot(true);
    pending.timer->setTimerType(Qt::PreciseTimer);
    connect(pending.timer.get(), &QTimer::timeout, this, [this, id, slot] { (this->*slot)(id); });
    pending.timer->start(static_cast<int>(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

void HttpClient::startAttempt(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending& pending = *it->second;
    if (m_limiter != nullptr && !pending.request.rateClass.isEmpty()) {
        const Result<qint64> wait = m_limiter->reserve(pending.request.rateClass, pending.request.cost);
        if (!wait.ok()) {
            HttpReply reply;
            reply.error = NetError::RateLimited;
            reply.errorMessage = wait.error().message;
            finish(id, std::move(reply));
            return;
        }
        if (*wait > 0) {
            qCDebug(lcNet) << "rate limit: waiting" << *wait << "ms for" << pending.request.rateClass;
            armTimer(pending, id, *wait, &HttpClient::dispatch);
            return;
        }
    }
    dispatch(id);
}

QUrl HttpClient::urlFor(const HttpRequest& request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')) && request.path.startsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path);
    url.setQuery(request.query.isEmpty() ? QUrlQuery() : request.query);
    return url;
}

void HttpClient::dispatch(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending& pending = *it->second;
    pending.timer.reset();
    const HttpRequest& request = pending.request;
    const QUrl url = urlFor(request);

    QNetworkRequest netRequest(url);
    for (const auto& [name, value] : m_defaultHeaders)
        netRequest.setRawHeader(name, value);
    for (const auto& [name, value] : request.headers)
        netRequest.setRawHeader(name, value);
    if (!request.body.isEmpty() && !hasHeader(request.headers, "Content-Type"))
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    const RequestSigner& signer = request.signer ? request.signer : m_signer;
    if (request.sign && signer) {
        const Result<HttpHeaders> signedHeaders = signer(request.method, url.path(QUrl::FullyEncoded), request.body);
        if (!signedHeaders.ok()) {
            HttpReply reply;
            reply.error = NetError::Signing;
            reply.errorMessage = signedHeaders.error().toString();
            finish(id, std::move(reply));
            return;
        }
        for (const auto& [name, value] : *signedHeaders)
            netRequest.setRawHeader(name, value);
    }

    ++pending.attempts;
    ++m_attemptsSent;
    pending.timedOut = false;
    pending.sinceAttempt.start();
    qCDebug(lcNet) << request.method.constData() << request.pathForLogs() << "attempt" << pending.attempts;
    pending.reply = m_nam->sendCustomRequest(netRequest, request.method, request.body);
    connect(pending.reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    const int timeout = request.timeoutMs > 0 ? request.timeoutMs : m_defaultTimeoutMs;
    if (timeout > 0)
        armTimer(pending, id, timeout, &HttpClient::onTimeout);
}

void HttpClient::onTimeout(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second->reply == nullptr)
        return;
    it->second->timedOut = true;
    it->second->reply->abort(); // emits finished, handled in onReplyFinished
}

void HttpClient::onReplyFinished(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending& pending = *it->second;
    QNetworkReply* netReply = pending.reply;
    pending.reply = nullptr;
    pending.timer.reset();
    if (netReply == nullptr)
        return;
    netReply->deleteLater();

    HttpReply reply;
    const QVariant status = netReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    reply.status = status.isValid() ? status.toInt() : 0;
    reply.headers = netReply->rawHeaderPairs();
    if (!pending.timedOut) // an aborted reply has nothing to read (and warns if asked)
        reply.body = netReply->readAll();
    reply.attempts = pending.attempts;
    reply.lastAttemptMs = pending.sinceAttempt.elapsed();
    const QNetworkReply::NetworkError error = netReply->error();
    if (pending.timedOut) {
        reply.error = NetError::Timeout;
        reply.errorMessage = QStringLiteral("no complete response within the timeout");
    } else if (error != QNetworkReply::NoError && !(reply.status > 0 && isHttpStatusError(error))) {
        reply.error = classify(error);
        reply.errorMessage = netReply->errorString();
    }
    if (reply.error != NetError::None)
        reply.status = 0; // an incomplete response has no trustworthy status

    qCDebug(lcNet) << pending.request.method.constData() << pending.request.pathForLogs() << "->" << reply.status
                   << netErrorName(reply.error) << reply.lastAttemptMs << "ms";

    const RetryDecision decision =
        m_retry.decide(pending.request, reply, pending.attempts, QDateTime::currentDateTimeUtc());
    if (decision.retry) {
        ++m_retries;
        if (reply.status == 429 && m_limiter != nullptr && !pending.request.rateClass.isEmpty())
            m_limiter->penalize(pending.request.rateClass, decision.delayMs);
        qCInfo(lcNet) << pending.request.method.constData() << pending.request.pathForLogs() << "failed ("
                      << (reply.error != NetError::None ? netErrorName(reply.error) : QString::number(reply.status))
                      << "), retry" << pending.attempts << "in" << decision.delayMs << "ms:" << decision.reason;
        armTimer(pending, id, decision.delayMs, &HttpClient::startAttempt);
        return;
    }
    finish(id, std::move(reply));
}

void HttpClient::finish(RequestId id, HttpReply reply)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    reply.attempts = pending->attempts;
    reply.elapsedMs = pending->sinceSend.elapsed();
    if (pending->hasContext && pending->context.isNull())
        return;
    if (pending->callback)
        pending->callback(reply); // last statement: the callback may destroy this client
}

} // namespace orion
