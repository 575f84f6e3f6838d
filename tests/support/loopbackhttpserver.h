#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

// A tiny scripted raw-HTTP/1.1 server on a loopback address, for client tests that need real
// sockets: never answering, closing mid-body, redirecting. Records every request it received.
//
//     LoopbackHttpServer server;
//     QVERIFY(server.listen());
//     server.respond([](const ReceivedRequest &) { return LoopbackHttpServer::reply(200, "{}"); });
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
};

struct LoopbackAction
{
    QByteArray bytes; // written as is
    bool close = true; // close the connection after writing (after the trickle, if any)
    bool neverAnswer = false; // keep the connection open and silent
    // A slow or endless server: after `bytes`, one piece of `trickle` every `intervalMs`; with
    // `endless` the last piece repeats until the client goes away.
    QList<QByteArray> trickle;
    int intervalMs = 0;
    bool endless = false;

    static LoopbackAction raw(const QByteArray &bytes, bool close = true)
    {
        LoopbackAction action;
        action.bytes = bytes;
        action.close = close;
        return action;
    }
    static LoopbackAction silence() // accept the request, never answer
    {
        LoopbackAction action;
        action.close = false;
        action.neverAnswer = true;
        return action;
    }
};

class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Responder = std::function<LoopbackAction(const ReceivedRequest &)>;
    explicit LoopbackHttpServer(QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    // HTTPS with this certificate and key (PEM files); url() then says https.
    bool listenTls(const QString &certificatePem, const QString &keyPem,
                   const QHostAddress &address = QHostAddress::LocalHost);
    void close();
    quint16 port() const;
    QUrl url(const QString &path = {}) const; // http://<address>:<port><path>

    void respond(Responder responder) { m_responder = std::move(responder); }
    const QList<ReceivedRequest> &requests() const { return m_requests; }

    // A complete response with Content-Length and "Connection: close".
    static LoopbackAction reply(int status, const QByteArray &body,
                                const QByteArray &contentType = "application/json",
                                const QList<QPair<QByteArray, QByteArray>> &headers = {});

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void startTrickle(QTcpSocket *socket, const LoopbackAction &action);

    bool listenOn(std::unique_ptr<QTcpServer> server, const QHostAddress &address);

    std::unique_ptr<QTcpServer> m_server; // a QSslServer with listenTls()
    bool m_tls = false;
    Responder m_responder;
    QList<ReceivedRequest> m_requests;
};
