#include "api/apireply.h"

#include "api/apiclient.h"
#include "api/baseurl.h"
#include "api/logging.h"
#include "api/responseinterpreter.h"
#include "api/workerpool.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Coolify::Api {

namespace {
constexpr qint64 kMaxBodyBytes = 256LL * 1024 * 1024;
constexpr qint64 kReadSliceBytes = 1024 * 1024;
// More same-origin redirects than any sane proxy chain needs: a loop.
constexpr int kMaxRedirects = 10;
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
    m_refusedSameOrigin = false;
    m_sslErrors.clear();
    m_certificate = {};
    m_redirects = 0;
    m_tooManyRedirects = false;
    m_deadlineExceeded = false;
    // The transfer timeout only fires on silence; a server that sends a byte now and then would
    // hold the request (and one of the instance's slots) forever without a deadline for the whole.
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            if (!m_reply)
                return;
            m_deadlineExceeded = true;
            m_reply->abort();
        });
    }
    m_deadline->start(m_request.deadlineMs);
    watch(reply);
}

void ApiReply::watch(QNetworkReply *reply)
{
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const CertificateInfo peer =
            describeCertificate(reply->sslConfiguration().peerCertificate());
        const QByteArray pin = m_client ? m_client->pinnedCertificate() : QByteArray();
        if (pinAccepts(pin, peer.sha256, errors)) {
            reply->ignoreSslErrors(errors); // exactly the certificate the user trusted
            return;
        }
        m_certificate = peer;
        m_certificate.changedFromPin = !pin.isEmpty() && peer.sha256 != pin.toLower();
        // Would pinning exactly this certificate make these errors acceptable?
        m_certificate.pinnable = pinAccepts(peer.sha256, peer.sha256, errors);
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    // Refuse an answer as soon as it is known to be too large: announced up front, counted as
    // it arrives, and counted again after decompression (a small gzip body can unpack to GBs).
    const auto refuseTooLarge = [reply] {
        reply->setProperty("coolifyTooLarge", true);
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refuseTooLarge] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > kMaxBodyBytes)
            refuseTooLarge();
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [refuseTooLarge](qint64 received, qint64) {
                if (received > kMaxBodyBytes)
                    refuseTooLarge();
            });
    // Take the body as it arrives: a bounded read buffer makes the network thread hand over at
    // most 1 MiB at a time, so each readyRead costs the UI thread well under a millisecond even
    // for a 20 MB list, and the bytes land in one buffer sized from Content-Length up front.
    reply->setReadBufferSize(kReadSliceBytes);
    m_body.clear();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, refuseTooLarge] {
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
        if (m_body.size() > kMaxBodyBytes) {
            m_body = {};
            refuseTooLarge();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
}

void ApiReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (followRedirect(reply))
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
    outcome.certificate = m_certificate;
    outcome.refusedRedirect = m_refusedRedirect;
    outcome.refusedRedirectSameOrigin = m_refusedSameOrigin;
    outcome.tooManyRedirects = m_tooManyRedirects;
    outcome.deadlineExceeded = m_deadlineExceeded;
    outcome.timeoutSeconds =
        (m_deadlineExceeded ? m_request.deadlineMs : m_request.timeoutMs + 999) / 1000;
    // Qt refuses a compressed body that unpacks out of all proportion (QNetworkRequest's
    // decompression safety check). No status below 400 maps to UnknownContentError, so there it
    // can only be that (Qt drops the Content-Encoding header once it decompresses).
    outcome.compressionBomb = outcome.status > 0 && outcome.status < 400
        && outcome.networkError == QNetworkReply::UnknownContentError;
    outcome.tooLarge = reply->property("coolifyTooLarge").toBool();
    outcome.tooLargeLimit = QLocale().formattedDataSize(kMaxBodyBytes);
    if (!outcome.tooLarge && !outcome.compressionBomb
        && reply->isOpen()) { // abort() (timeout, refused redirect) closes it
        m_body += reply->readAll();
        outcome.body = std::exchange(m_body, {});
        bool known = false;
        const qint64 announced =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known)
            outcome.announcedLength = announced;
    }
    m_body = {};
    qCDebug(lcApi).nospace() << methodName(m_request.method).constData() << ' '
                             << reply->request().url().path() << " -> " << outcome.status << ' '
                             << outcome.body.size() << " bytes";
    detachNetworkReply();
    if (m_deadline)
        m_deadline->stop();
    if (m_client)
        m_client->scheduler()->release();
    interpret(std::move(outcome));
}

bool ApiReply::followRedirect(QNetworkReply *reply)
{
    // Redirects are followed here, not by Qt: Qt 6.4 resends requests after a redirect answered
    // with "Connection: close" and ends a chain in a bogus status 100, and only here can the
    // Authorization header be kept from ever leaving the instance's origin.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader("Location");
    if (status < 300 || status > 399 || status == 304 || location.isEmpty())
        return false;
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
    // Only a read may change its method's target freely; a change (POST, PATCH, DELETE) is
    // repeated only where the status promises the same method and body (307, 308).
    const bool methodKept = m_request.method == Method::Get || status == 307 || status == 308;
    if (!target.isValid() || !isSameOrigin(reply->url(), target) || !methodKept) {
        m_refusedRedirect = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        m_refusedSameOrigin = target.isValid() && isSameOrigin(reply->url(), target);
        return false;
    }
    if (++m_redirects > kMaxRedirects) {
        m_tooManyRedirects = true;
        return false;
    }
    qCDebug(lcApi).nospace() << "redirect " << status << " to " << target.path();
    detachNetworkReply();
    m_body.clear();
    if (!m_client)
        return false;
    watch(m_client->dispatchTo(m_request, target));
    return true;
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
        QtConcurrent::run(workerPool(),
                          [outcome = std::move(outcome), format = m_request.format,
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
    // The decoders are done with. A list's decoder holds a snapshot of the model's rows, which
    // shares their data: kept while the answer is applied, it would make the model copy all of
    // its rows on the first change.
    m_request.decode = {};
    m_request.decodeBody = {};
    emit finished();
    deleteLater();
}

} // namespace Coolify::Api
