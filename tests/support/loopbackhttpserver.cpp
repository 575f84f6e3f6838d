#include "loopbackhttpserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ReceivedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
{
    m_responder = [](const ReceivedRequest &) {
        return reply(200, "{}");
    };
}

bool LoopbackHttpServer::listen(const QHostAddress &address)
{
    return listenOn(std::make_unique<QTcpServer>(), address);
}

bool LoopbackHttpServer::listenOn(std::unique_ptr<QTcpServer> server, const QHostAddress &address)
{
    m_server = std::move(server);
    // Not newConnection: a QSslServer has the socket ready only after the handshake.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::onNewConnection);
    return m_server->listen(address, 0);
}

bool LoopbackHttpServer::listenTls(const QString &certificatePem, const QString &keyPem,
                                   const QHostAddress &address)
{
    QFile certificateFile(certificatePem);
    QFile keyFile(keyPem);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    m_tls = true;
    return listenOn(std::move(server), address);
}

void LoopbackHttpServer::close()
{
    if (m_server)
        m_server->close();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(path);
    return url;
}

LoopbackAction LoopbackHttpServer::reply(int status, const QByteArray &body,
                                         const QByteArray &contentType,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    return LoopbackAction::raw(out);
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    // Requests are small: accumulate until the head and the announced body are complete.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headEnd + 4, contentLength);
        buffer.remove(0, headEnd + 4 + contentLength);
        m_requests.append(request);
        emit requestReceived();
        const LoopbackAction action = m_responder(request);
        if (action.neverAnswer)
            continue;
        socket->write(action.bytes);
        if (!action.trickle.isEmpty()) {
            startTrickle(socket, action);
            break;
        }
        if (action.close) {
            socket->disconnectFromHost();
            break;
        }
    }
    socket->setProperty("buffer", buffer);
}

void LoopbackHttpServer::startTrickle(QTcpSocket *socket, const LoopbackAction &action)
{
    auto *timer = new QTimer(socket);
    timer->setInterval(action.intervalMs);
    auto next = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, action, next] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        // Do not let an endless answer pile up in our own send buffer when the client stalls.
        if (socket->bytesToWrite() > 4 * 1024 * 1024)
            return;
        if (*next < action.trickle.size()) {
            socket->write(action.trickle.at((*next)++));
        } else if (action.endless) {
            socket->write(action.trickle.constLast());
        } else {
            timer->stop();
            if (action.close)
                socket->disconnectFromHost();
        }
    });
    timer->start();
}
