#pragma once

#include "api/apirequest.h"
#include "api/apiresult.h"
#include "api/certificate.h"
#include "api/requestscheduler.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace Coolify::Api {

class ApiClient;
struct HttpOutcome;

// One in-flight call. It owns its QNetworkReply, can be cancelled at any time (also while it is
// still queued by the scheduler, before any network reply exists), emits finished() exactly
// once and then deletes itself. Keep a QPointer<ApiReply> if you may cancel it later.
//
//     auto *reply = client->send(ApiRequest::get(u"applications"_s));
//     connect(reply, &ApiReply::finished, this, [this, reply] { show(reply->result()); });
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    const ApiRequest &request() const { return m_request; }
    const ApiResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

public slots:
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiRequest request, ApiClient *client);

    void attach(QNetworkReply *reply); // a new attempt
    void watch(QNetworkReply *reply); // this attempt's current exchange (a redirect hop)
    bool followRedirect(QNetworkReply *reply);
    void onNetworkFinished();
    void interpret(HttpOutcome outcome);
    void finishWith(ApiResult result);
    void detachNetworkReply();

    ApiRequest m_request;
    ApiResult m_result;
    QPointer<ApiClient> m_client;
    QNetworkReply *m_reply = nullptr;
    RequestScheduler::JobId m_jobId = 0;
    QByteArray m_body; // what has arrived of the current attempt's body
    QString m_refusedRedirect;
    bool m_refusedSameOrigin = false;
    QStringList m_sslErrors;
    CertificateInfo m_certificate; // the peer's, when its certificate was refused
    QTimer *m_deadline = nullptr; // ApiRequest::deadlineMs for the current attempt
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_tooManyRedirects = false;
    bool m_deadlineExceeded = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Coolify::Api
