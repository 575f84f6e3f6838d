#include "fakenetwork.h"

#include <QTimer>

using namespace Qt::StringLiterals;

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.header("Content-Type", "application/json");
    return r;
}

FakeResponse FakeResponse::html(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.header("Content-Type", "text/html; charset=UTF-8");
    return r;
}

FakeResponse FakeResponse::transportError(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.status = 0;
    r.networkError = error;
    return r;
}

FakeResponse FakeResponse::never()
{
    FakeResponse r;
    r.neverAnswer = true;
    return r;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QNetworkReply::NetworkError networkErrorForStatus(int status)
{
    // Mirrors QNetworkReplyHttpImplPrivate::checkForRedirect/httpError in Qt 6.4.
    if (status < 400)
        return QNetworkReply::NoError;
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status < 500 ? QNetworkReply::UnknownContentError
                            : QNetworkReply::UnknownServerError;
    }
}

FakeReply::FakeReply(const FakeRequest &request, const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request.request);
    setUrl(request.request.url());
    setOperation(request.operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_response.neverAnswer)
        QTimer::singleShot(m_response.delayMs, Qt::PreciseTimer, this, &FakeReply::deliver);
    // Like Qt 6.4's HTTP backend: a silent transfer is aborted with OperationCanceledError.
    if (const int timeout = request.request.transferTimeout(); timeout > 0) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, &FakeReply::timeOut);
        timer->start(timeout);
    }
}

void FakeReply::timeOut()
{
    if (isFinished())
        return;
    m_timedOut = true;
    setError(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
    setFinished(true);
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    emit finished();
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    if (m_response.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                     httpReasonPhrase(m_response.status));
        for (const auto &[name, value] : std::as_const(m_response.headers))
            setRawHeader(name, value);
        m_buffer = m_response.body;
        emit metaDataChanged();
        if (!m_buffer.isEmpty()) {
            emit downloadProgress(m_buffer.size(), m_buffer.size());
            emit readyRead();
        }
    }
    const QNetworkReply::NetworkError error = m_response.networkError != QNetworkReply::NoError
        ? m_response.networkError
        : networkErrorForStatus(m_response.status);
    if (error != QNetworkReply::NoError) {
        setError(error, u"Fake error %1"_s.arg(int(error)));
        emit errorOccurred(error);
    }
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    m_aborted = true;
    if (isFinished())
        return;
    setError(QNetworkReply::OperationCanceledError, u"Operation canceled"_s);
    setFinished(true);
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    if (n == 0 && isFinished())
        return -1;
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_responder = [](const FakeRequest &) {
        return FakeResponse::json(200, "{}");
    };
}

void FakeNetworkAccessManager::respondInOrder(QList<FakeResponse> responses)
{
    auto index = std::make_shared<qsizetype>(0);
    m_responder = [responses = std::move(responses), index](const FakeRequest &) {
        const qsizetype i = qMin(*index, responses.size() - 1);
        ++*index;
        return responses.at(i);
    };
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.operation = op;
    recorded.request = request;
    recorded.thread = QThread::currentThread();
    switch (op) {
    case GetOperation:
        recorded.verb = "GET";
        break;
    case PostOperation:
        recorded.verb = "POST";
        break;
    case PutOperation:
        recorded.verb = "PUT";
        break;
    case DeleteOperation:
        recorded.verb = "DELETE";
        break;
    case HeadOperation:
        recorded.verb = "HEAD";
        break;
    case CustomOperation:
        recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        break;
    }
    if (outgoingData) {
        recorded.hasBody = true;
        recorded.body = outgoingData->readAll();
    }
    m_requests.append(recorded);
    auto *reply = new FakeReply(recorded, m_responder(recorded), this);
    m_replies.append(reply);
    emit requestCreated();
    return reply;
}
