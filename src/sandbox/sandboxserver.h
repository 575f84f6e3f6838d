#pragma once

#include "sandbox/sandboxconfig.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace Coolify::Sandbox {

class Router;
class SandboxState;
class DeploymentSimulator;
class RateLimiter;
struct Request;
struct Response;

// A local stand-in for the Coolify 4.3.11 REST API (docs/coolify-api.md describes it).
// Runs in the caller's event loop; all answers are written asynchronously-safe.
// Usage: SandboxServer s(SandboxConfig::demo()); s.listen(); api = s.rootUrl() + "/api/v1".
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // port 0 picks a free port. Returns false and sets lastError() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl rootUrl() const; // e.g. http://127.0.0.1:PORT (no /api suffix)
    QString lastError() const;
    const SandboxConfig &config() const { return m_config; }
    // A tighter (or looser) API limit from now on, e.g. once a test's client has loaded.
    void setRateLimit(int limit, int windowMs);

signals:
    // After each answered request: what was asked and the status given (tests observe what a
    // client really sent, e.g. the flags of a DELETE).
    void requestServed(const QByteArray &method, const QUrl &url, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response dispatch(const Request &request);
    void deliver(QTcpSocket *socket, const Request &request, Response response);
    void write(QTcpSocket *socket, const Request &request, const Response &response);
    void scheduleSave();
    void save();
    bool ipAllowed(const QHostAddress &peer) const;
    static bool matchesPrefix(const QString &path, const QString &prefix);

    SandboxConfig m_config;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    DeploymentSimulator *m_deployer = nullptr;
    QRandomGenerator m_faults;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_lastError;
    bool m_saveScheduled = false;
};

} // namespace Coolify::Sandbox
