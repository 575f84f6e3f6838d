#include "api/apireply.h"

#include "api/apiclient.h"
#include "api/baseurl.h"
#include "api/logging.h"
#include "api/responseinterpreter.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkReply>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>

namespace Coolify::Api {

namespace {
constexpr qint64 kMaxBodyBytes = 256LL * 1024 * 1024;
constexpr qint64 kReadSliceBytes = 1024 * 1024;
} // namespace

ApiReply::ApiReply(ApiRequest request, ApiClient *client)
    : QObject(client)
    , m_request(std::move(request))
    , m_client(client)
{ }

ApiReply::~ApiReply()
{
    // Deleting an unfinished reply (e.g. with its client) still frees its scheduler slot.
    if (!m_finished && m_client) {
        if (m_reply)
            m_client->scheduler()->release();
        else
            m_client->scheduler()->remove(m_jobId);
    }
    detachNetworkReply();
}

void ApiReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_client) {
        if (m_reply)
            m_client->scheduler()->release();
        else
            m_client->scheduler()->remove(m_jobId);
    }
    detachNetworkReply();
    HttpOutcome outcome;
    outcome.cancelled = true;
    finishWith(interpretOutcome(outcome, m_request.format));
}

void ApiReply::detachNetworkReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiReply::attach(QNetworkReply *reply)
{
    ++m_attempts;
    m_refusedRedirect.clear();
    m_sslErrors.clear();
    m_reply = reply;
    reply->setParent(this);
    const QUrl origin = reply->request().url();
    connect(reply, &QNetworkReply::redirected, this, [this, reply, origin](const QUrl &target) {
        m_body.clear(); // the redirect's own body is not the answer
        // The Authorization header must never travel to another host, nor over plain http.
        if (isSameOrigin(origin, target)) {
            emit reply->redirectAllowed();
        } else {
            m_refusedRedirect = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > kMaxBodyBytes) {
            reply->setProperty("coolifyTooLarge", true);
            reply->abort();
        }
    });
    // Take the body as it arrives: a bounded read buffer makes the network thread hand over at
    // most 1 MiB at a time, so each readyRead costs the UI thread well under a millisecond even
    // for a 20 MB list, and the bytes land in one buffer sized from Content-Length up front.
    reply->setReadBufferSize(kReadSliceBytes);
    m_body.clear();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (m_body.isEmpty()) {
            const qint64 announced =
                reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > 0 && announced <= kMaxBodyBytes)
                m_body.reserve(announced);
        }
        const qsizetype had = m_body.size();
        m_body.resize(had + reply->bytesAvailable());
        const qint64 read = reply->read(m_body.data() + had, m_body.size() - had);
        m_body.resize(had + qMax<qint64>(read, 0));
    });
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    HttpOutcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    outcome.retryAfter = reply->rawHeader("Retry-After");
    outcome.rateLimitRemaining = reply->rawHeader("X-RateLimit-Remaining");
    outcome.allow = reply->rawHeader("Allow");
    outcome.networkError = reply->error();
    outcome.networkErrorString = reply->errorString();
    outcome.sslErrors = m_sslErrors;
    outcome.refusedRedirect = m_refusedRedirect;
    outcome.tooLarge = reply->property("coolifyTooLarge").toBool();
    outcome.tooLargeLimit = QLocale().formattedDataSize(kMaxBodyBytes);
    if (!outcome.tooLarge && reply->isOpen()) { // abort() (timeout, refused redirect) closes it
        m_body += reply->readAll();
        outcome.body = std::exchange(m_body, {});
    }
    m_body = {};
    qCDebug(lcApi).nospace() << methodName(m_request.method).constData() << ' '
                             << reply->request().url().path() << " -> " << outcome.status << ' '
                             << outcome.body.size() << " bytes";
    detachNetworkReply();
    if (m_client)
        m_client->scheduler()->release();
    interpret(std::move(outcome));
}

void ApiReply::interpret(HttpOutcome outcome)
{
    const bool large = outcome.body.size() >= ApiClient::kOffThreadBytes
        && m_request.format == ResponseFormat::Json;
    if (!large) {
        const ApiResult result =
            interpretOutcome(outcome, m_request.format, m_request.decode, m_request.decodeBody);
        if (m_client)
            m_client->attemptFinished(this, result);
        else
            finishWith(result);
        return;
    }
    // Parsing (and decoding) a large list would stall the UI thread: do it on a worker. The
    // watcher is our child, so a cancel or delete simply drops the result.
    auto *watcher = new QFutureWatcher<ApiResult>(this);
    connect(watcher, &QFutureWatcher<ApiResult>::finished, this, [this, watcher] {
        const ApiResult result = watcher->result();
        watcher->deleteLater();
        if (m_finished || m_cancelled)
            return;
        if (m_client)
            m_client->attemptFinished(this, result);
        else
            finishWith(result);
    });
    watcher->setFuture(
        QtConcurrent::run([outcome = std::move(outcome), format = m_request.format,
                           decode = m_request.decode, decodeBody = m_request.decodeBody] {
            return interpretOutcome(outcome, format, decode, decodeBody);
        }));
}

void ApiReply::finishWith(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    emit finished();
    deleteLater();
}

} // namespace Coolify::Api
