#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;

// The network faked at the QNetworkAccessManager boundary: every request is recorded and answered
// by a scripted FakeReply (JSON, HTTP error with headers, delayed, transport error, never).
// Replies honour QNetworkRequest::transferTimeout() the way Qt 6.4 does.
//
//     FakeNetworkAccessManager nam;
//     nam.respond([](const FakeRequest &) { return FakeResponse::json(200, R"([])"); });
//     ApiClient client(&nam, QUrl(u"https://coolify.test"_s));

struct FakeResponse
{
    int status = 200; // 0: no HTTP response (see networkError)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool neverAnswer = false; // only abort() ends it
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // transport failure

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse html(int status, const QByteArray &body);
    static FakeResponse transportError(QNetworkReply::NetworkError error);
    static FakeResponse never();
    FakeResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    FakeResponse &delayed(int ms)
    {
        delayMs = ms;
        return *this;
    }
};

// What the client handed to the network.
struct FakeRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::UnknownOperation;
    QByteArray verb; // GET, POST, PATCH, ...
    QNetworkRequest request;
    QByteArray body;
    bool hasBody = false; // an upload device was given (even an empty one)
    QThread *thread = nullptr;
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const FakeRequest &request, const FakeResponse &response, QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    bool wasAborted() const { return m_aborted; }
    bool timedOut() const { return m_timedOut; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    void timeOut();

    FakeResponse m_response;
    QByteArray m_buffer;
    bool m_aborted = false;
    bool m_timedOut = false;
};

QByteArray httpReasonPhrase(int status);
// The QNetworkReply::NetworkError Qt's HTTP backend reports for an HTTP status.
QNetworkReply::NetworkError networkErrorForStatus(int status);

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Responder = std::function<FakeResponse(const FakeRequest &)>;
    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void respond(Responder responder) { m_responder = std::move(responder); }
    // Answers in this order, then repeats the last one.
    void respondInOrder(QList<FakeResponse> responses);

    const QList<FakeRequest> &requests() const { return m_requests; }
    const QList<QPointer<FakeReply>> &replies() const { return m_replies; }

signals:
    void requestCreated();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData = nullptr) override;

private:
    Responder m_responder;
    QList<FakeRequest> m_requests;
    QList<QPointer<FakeReply>> m_replies;
};
