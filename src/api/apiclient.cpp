#include "api/apiclient.h"

#include "api/baseurl.h"
#include "api/logging.h"
#include "api/token.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcApi, "coolify.api", QtInfoMsg)

namespace Coolify::Api {

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &root, QObject *parent)
    : ApiClient(network, root, RequestScheduler::Limits{}, parent)
{ }

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &root,
                     RequestScheduler::Limits limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_root(root)
    , m_scheduler(new RequestScheduler(limits, this))
{ }

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = request.scope == Scope::V1 ? apiV1Url(m_root, request.path)
                                          : apiRootUrl(m_root, request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkRequest ApiClient::networkRequest(const ApiRequest &request) const
{
    QNetworkRequest out(urlFor(request));
    // /version and /health answer text/html regardless; asking for JSON first still gets JSON
    // error bodies instead of HTML error pages (coolify-api.md §1).
    out.setRawHeader("Accept",
                     request.format == ResponseFormat::Json
                         ? QByteArrayLiteral("application/json")
                         : QByteArrayLiteral("application/json, text/html;q=0.9"));
    // A token that could break the header (a pasted line break) is never sent.
    if (request.authenticated && !m_token.isEmpty() && tokenProblem(m_token).isEmpty())
        out.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (request.body)
        out.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    else if (request.method != Method::Get && request.method != Method::Delete)
        out.setHeader(QNetworkRequest::ContentLengthHeader, 0); // some proxies want 411 otherwise
    out.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArrayLiteral("CoolifyDesktop/" COOLIFY_VERSION));
    // ApiReply follows same-origin redirects itself and refuses all others.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    // The API authenticates by token alone. All instances share one network access manager,
    // and cookies do not tell ports apart: a cookie one instance sets must not reach another,
    // so none is stored or sent.
    out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    out.setTransferTimeout(request.timeoutMs);
    return out;
}

ApiReply *ApiClient::send(ApiRequest request)
{
    auto *reply = new ApiReply(std::move(request), this);
    QPointer<ApiReply> guard(reply);
    reply->m_jobId = m_scheduler->enqueue(reply->request().priority, [this, guard] {
        if (guard)
            dispatch(guard);
        else
            m_scheduler->release();
    });
    return reply;
}

void ApiClient::dispatch(ApiReply *reply)
{
    reply->attach(dispatchTo(reply->request(), urlFor(reply->request())));
}

QNetworkReply *ApiClient::dispatchTo(const ApiRequest &request, const QUrl &url)
{
    QNetworkRequest networkRequest = this->networkRequest(request);
    networkRequest.setUrl(url);
    const QByteArray body =
        request.body ? request.body->toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *networkReply = nullptr;
    switch (request.method) {
    case Method::Get:
        networkReply = m_network->get(networkRequest);
        break;
    case Method::Post:
        // QNAM::post() labels even an empty body x-www-form-urlencoded: say "no body" instead.
        networkReply = request.body ? m_network->post(networkRequest, body)
                                    : m_network->sendCustomRequest(networkRequest, "POST");
        break;
    case Method::Delete:
        networkReply = m_network->deleteResource(networkRequest);
        break;
    case Method::Patch:
    case Method::Put:
        networkReply =
            m_network->sendCustomRequest(networkRequest, methodName(request.method), body);
        break;
    }
    return networkReply;
}

void ApiClient::attemptFinished(ApiReply *reply, const ApiResult &result)
{
    if (result.rateLimitRemaining >= 0)
        m_scheduler->noteRemaining(result.rateLimitRemaining);
    if (result.error.kind == ErrorKind::RateLimited && !result.error.deploymentQueueFull) {
        const int seconds =
            result.error.retryAfterSeconds >= 0 ? result.error.retryAfterSeconds : 60;
        m_scheduler->pauseFor(seconds * 1000);
        emit rateLimited(seconds);
        // The throttle rejects before anything runs, so a background read can simply wait its turn.
        // Interactive calls report at once so the user is not left waiting without a word.
        const ApiRequest &request = reply->request();
        if (request.method == Method::Get && request.priority == Priority::Background
            && reply->attempts() < 3) {
            QPointer<ApiReply> guard(reply);
            reply->m_jobId = m_scheduler->enqueue(
                request.priority,
                [this, guard] {
                    if (guard)
                        dispatch(guard);
                    else
                        m_scheduler->release();
                },
                true);
            return;
        }
    }
    if (reply->request().method != Method::Get)
        emit changeFinished(reply->request(), result);
    emit requestFinished(result);
    reply->finishWith(result);
}

} // namespace Coolify::Api
