#pragma once

#include "api/apireply.h"
#include "api/apirequest.h"
#include "api/requestscheduler.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Coolify::Api {

// The client of one Coolify instance: its root URL, its token (held in memory only) and a
// scheduler that keeps it under the server's rate limit. The QNetworkAccessManager is handed in
// (not owned) so tests can fake the network and several clients can share one.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, const QUrl &root, QObject *parent = nullptr);
    ApiClient(QNetworkAccessManager *network, const QUrl &root, RequestScheduler::Limits limits,
              QObject *parent = nullptr);

    QUrl root() const { return m_root; }
    QNetworkAccessManager *network() const { return m_network; }
    void setRoot(const QUrl &root) { m_root = root; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // The SHA-256 fingerprint (hex) of the one certificate the user trusted for this instance
    // although no CA vouches for it (self-signed, internal CA). Only that exact certificate is
    // accepted, and only for trust errors (not expiry); empty: normal verification only.
    void setPinnedCertificate(const QByteArray &sha256Hex) { m_pinnedCertificate = sha256Hex; }
    QByteArray pinnedCertificate() const { return m_pinnedCertificate; }

    // Queues the request; the reply deletes itself after emitting finished().
    ApiReply *send(ApiRequest request);

    // The single place where URLs and headers (Authorization, Accept, Content-Type) are set.
    QNetworkRequest networkRequest(const ApiRequest &request) const;
    QUrl urlFor(const ApiRequest &request) const;

    RequestScheduler *scheduler() const { return m_scheduler; }
    // Bodies at least this large are parsed and decoded on a worker thread.
    static constexpr qsizetype kOffThreadBytes = 32 * 1024;

signals:
    // Every finished request, for reachability and auth indicators.
    void requestFinished(const Coolify::Api::ApiResult &result);
    // Every finished request that may change something (any method but GET), with what was sent:
    // the journal's source. Emitted before requestFinished; not for a cancelled request.
    void changeFinished(const Coolify::Api::ApiRequest &request,
                        const Coolify::Api::ApiResult &result);
    void rateLimited(int retryAfterSeconds);

private:
    friend class ApiReply;
    void dispatch(ApiReply *reply);
    QNetworkReply *dispatchTo(const ApiRequest &request, const QUrl &url);
    void attemptFinished(ApiReply *reply, const ApiResult &result);

    QNetworkAccessManager *m_network;
    QUrl m_root;
    QString m_token;
    QByteArray m_pinnedCertificate;
    RequestScheduler *m_scheduler;
};

} // namespace Coolify::Api
