#include "sandbox/sandboxserver.h"

#include "sandbox/deploymentsimulator.h"
#include "sandbox/guard.h"
#include "sandbox/http.h"
#include "sandbox/router.h"
#include "sandbox/state.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "coolify.sandbox", QtInfoMsg)

namespace Coolify::Sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_state(std::make_unique<SandboxState>(m_config.seed))
    , m_router(std::make_unique<Router>())
    , m_limiter(std::make_unique<RateLimiter>())
    , m_faults(m_config.seed ^ 0x5eedu)
{
    bool loaded = false;
    if (!m_config.stateFile.isEmpty()) {
        QFile file(m_config.stateFile);
        if (file.open(QIODevice::ReadOnly)) {
            loaded = m_state->fromJson(QJsonDocument::fromJson(file.readAll()).object());
            if (!loaded)
                qCWarning(lcSandbox) << "ignoring unreadable state file" << m_config.stateFile;
        }
    }
    if (!loaded) {
        m_state->seed(m_config.scale, m_config.databaseScale);
        m_state->apiDisabled = m_config.apiDisabled;
    }
    if (!m_config.stateFile.isEmpty()) {
        m_state->onChanged = [this] {
            scheduleSave();
        };
        if (!loaded)
            save();
    }
    m_deployer = new DeploymentSimulator(*m_state, m_config.deployStepMs,
                                         m_config.deploymentQueueLimit, this);
    registerApplicationRoutes(*m_router);
    registerEnvRoutes(*m_router);
    registerDeploymentRoutes(*m_router);
    registerBackupRoutes(*m_router);
    registerS3StorageRoutes(*m_router);
    registerTagRoutes(*m_router);
    registerDatabaseRoutes(*m_router);
    registerServiceRoutes(*m_router);
    registerProjectRoutes(*m_router);
    registerTeamRoutes(*m_router);
}

SandboxServer::~SandboxServer()
{
    if (m_saveScheduled)
        save();
    // The simulator refers to m_state: destroy it first rather than as a QObject child later.
    delete m_deployer;
    m_deployer = nullptr;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = QAbstractHttpServer::listen(address, port);
    if (bound == 0) {
        m_lastError = u"Could not listen on %1:%2"_s.arg(address.toString()).arg(port);
        const auto list = servers();
        if (!list.isEmpty())
            m_lastError += QLatin1String(": ") + list.last()->errorString();
        return false;
    }
    m_address = address;
    m_port = bound;
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::rootUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4;
    url.setHost(any ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    return url;
}

QString SandboxServer::lastError() const
{
    return m_lastError;
}

bool SandboxServer::ipAllowed(const QHostAddress &peer) const
{
    if (m_config.allowedIps.isEmpty() || m_config.allowedIps.contains(QLatin1String("0.0.0.0")))
        return true;
    for (const QString &ip : m_config.allowedIps) {
        if (QHostAddress(ip.trimmed()).isEqual(peer, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}

bool SandboxServer::matchesPrefix(const QString &path, const QString &prefix)
{
    return !prefix.isEmpty() && path.startsWith(prefix);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    const auto headers = request.headers();
    for (const auto &h : headers)
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.peer = request.remoteAddress();

    if (matchesPrefix(r.path, m_config.hangPath))
        return true; // never answered; the socket stays open until the client gives up
    Response response = dispatch(r);
    const int status = response.status;
    deliver(socket, r, std::move(response));
    emit requestServed(r.method, request.url(), status);
    return true;
}

void SandboxServer::setRateLimit(int limit, int windowMs)
{
    m_config.rateLimitPerMinute = limit;
    m_config.rateWindowMs = windowMs;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    Request r;
    write(socket, r, Response::htmlError(404, u"Not Found"_s));
}

static Response tooManyAttempts(const Request &request, const RateLimiter::Decision &rate)
{
    Response r = request.wantsJson() ? Response::message(429, u"Too Many Attempts."_s)
                                     : Response::htmlError(429, u"Too Many Requests"_s);
    return r.withHeader("Retry-After", QByteArray::number(rate.retryAfter))
        .withHeader("X-RateLimit-Reset", QByteArray::number(rate.resetAt))
        .withHeader("X-RateLimit-Limit", QByteArray::number(rate.limit))
        .withHeader("X-RateLimit-Remaining", "0");
}

Response SandboxServer::dispatch(const Request &request)
{
    const QString &path = request.path;
    if ((path == QLatin1String("/api/health") || path == QLatin1String("/api/v1/health"))
        && (request.method == "GET" || request.method == "HEAD")) {
        // No auth, so the limiter keys on the client IP: 1000/min for /api/health, the normal
        // limit for /api/v1/health (coolify-api.md §7).
        const bool v1 = path == QLatin1String("/api/v1/health");
        const int limit =
            v1 ? m_config.rateLimitPerMinute : (m_config.rateLimitPerMinute > 0 ? 1000 : 0);
        const RateLimiter::Decision rate =
            m_limiter->hit(QLatin1String(v1 ? "health-v1:" : "health:") + request.peer.toString(),
                           limit, QDateTime::currentMSecsSinceEpoch());
        if (!rate.allowed) {
            return tooManyAttempts(request, rate);
        }
        return Response::text(200, "OK");
    }

    static const QString prefix = u"/api/v1"_s;
    if (!path.startsWith(QLatin1String("/api/")) && path != QLatin1String("/api"))
        return Response::htmlError(404, u"Not Found"_s);

    QStringList params;
    const Route *route = path.startsWith(prefix + u'/')
        ? m_router->match(request.method, path.mid(prefix.size()), &params)
        : nullptr;
    if (!route) {
        return Response::json(404,
                              QJsonObject{{u"message"_s, u"Not found."_s},
                                          {u"docs"_s, u"https://coolify.io/docs"_s}});
    }

    // 1. auth:sanctum
    const QString token = bearerToken(request);
    if (token.isEmpty() || !m_config.tokens.contains(token))
        return Response::message(401, u"Unauthenticated."_s);
    const QStringList abilities = m_config.tokens.value(token);

    // 2. throttle:api, keyed by the user: every configured token belongs to the root user.
    const RateLimiter::Decision rate =
        m_limiter->hit(u"user:0"_s, m_config.rateLimitPerMinute,
                       QDateTime::currentMSecsSinceEpoch(), m_config.rateWindowMs);
    if (!rate.allowed)
        return tooManyAttempts(request, rate);

    Response response = [&]() -> Response {
        // 4. ApiAllowed
        if (route->group == Group::Main && m_state->apiDisabled) {
            return Response::json(
                403, QJsonObject{{u"success"_s, true}, {u"message"_s, u"API is disabled."_s}});
        }
        if (route->group == Group::Main && !ipAllowed(request.peer)) {
            return Response::json(
                403,
                QJsonObject{{u"success"_s, true},
                            {u"message"_s, u"You are not allowed to access the API."_s}});
        }
        // 6. api.ability
        if (auto denied = Abilities::require(abilities, route->ability))
            return *denied;
        if (m_config.failureRate > 0 && m_faults.generateDouble() < m_config.failureRate) {
            return request.wantsJson() ? Response::message(500, u"Server Error"_s)
                                       : Response::htmlError(500, u"Server Error"_s);
        }
        Context context{request,  params,      abilities, Abilities::canReadSensitive(abilities),
                        *m_state, *m_deployer, m_config};
        return route->handler(context);
    }();
    if (m_config.rateLimitPerMinute > 0) {
        response.withHeader("X-RateLimit-Limit", QByteArray::number(rate.limit))
            .withHeader("X-RateLimit-Remaining", QByteArray::number(rate.remaining));
    }
    return response;
}

void SandboxServer::deliver(QTcpSocket *socket, const Request &request, Response response)
{
    if (matchesPrefix(request.path, m_config.oversizePath)
        && response.body.size() < m_config.oversizeBytes) {
        // Still valid JSON: trailing whitespace up to the configured size.
        response.body.append(QByteArray(m_config.oversizeBytes - response.body.size(), ' '));
    }
    if (m_config.latencyMs <= 0) {
        write(socket, request, response);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(m_config.latencyMs, this, [this, guard, request, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(guard, request, response);
    });
}

void SandboxServer::write(QTcpSocket *socket, const Request &request, const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Cache-Control: no-cache, private\r\n";
    const bool close = request.header("connection").toLower() == "close";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";

    const bool drop = matchesPrefix(request.path, m_config.dropPath)
        || (m_config.dropRate > 0 && m_faults.generateDouble() < m_config.dropRate);
    // One write per answer: a separate small body segment would wait for the peer's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (drop) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    if (request.method == "HEAD") {
        socket->write(head);
    } else if (response.body.size() < 64 * 1024) {
        socket->write(head + response.body);
    } else {
        socket->write(head);
        socket->write(response.body); // large: no extra copy, Nagle is off anyway
    }
    if (close)
        socket->disconnectFromHost();
}

void SandboxServer::scheduleSave()
{
    if (m_saveScheduled)
        return;
    m_saveScheduled = true;
    QTimer::singleShot(0, this, [this] { save(); });
}

void SandboxServer::save()
{
    m_saveScheduled = false;
    QSaveFile file(m_config.stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write state file" << m_config.stateFile;
        return;
    }
    file.write(QJsonDocument(m_state->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        qCWarning(lcSandbox) << "cannot commit state file" << m_config.stateFile;
}

} // namespace Coolify::Sandbox
