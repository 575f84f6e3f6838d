#pragma once

#include "api/abilities.h"
#include "api/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Coolify::Api {

class ApiClient;
class ApiReply;
struct ApiResult;

// "Test connection" for an instance, step by step, saying exactly what failed:
//  1. GET /api/health (no token) must answer "OK" — is this a Coolify at all?
//  2. GET /api/v1/version (text) — API enabled, token accepted, `read` granted?
//  3. GET /api/v1/projects — can JSON data be read?
//  4. Ability probes: the GET twins of POST-only routes answer 405 when the token has the
//     route's ability and 403 when it lacks it (/deploy → deploy, /enable → write); a server's
//     `settings.sentinel_token` is present only with read:sensitive.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Step { Coolify, Token, Read, Abilities };
    enum class Status { Pending, Running, Passed, Warning, Failed, Skipped };
    struct StepState
    {
        Step step;
        Status status = Status::Pending;
        QString message;
    };
    struct Report
    {
        bool ok = false;
        QString version;
        int projectCount = -1;
        TokenAbilities abilities;
        ErrorKind failure = ErrorKind::None;
        ForbiddenCause forbiddenCause = ForbiddenCause::None;
        CertificateInfo certificate; // a refused certificate the user may choose to trust
        QList<StepState> steps;
        QString summary; // one translated paragraph
    };

    explicit ConnectionTester(ApiClient *client, QObject *parent = nullptr);
    ~ConnectionTester() override;

    static QString stepTitle(Step step);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Report &report() const { return m_report; }

signals:
    void stepChanged(const Coolify::Api::ConnectionTester::StepState &state);
    void finished(const Coolify::Api::ConnectionTester::Report &report);

private:
    void setStep(Step step, Status status, const QString &message = {});
    void fail(Step step, const ApiError &error, const QString &message);
    void skipRemaining();
    void checkHealth();
    // https failed below HTTP: does the same host and port answer plain http? (no token sent)
    void probePlainHttp(const ApiError &httpsError);
    void checkVersion();
    void checkRead();
    void probeAbilities();
    void probeFinished();
    void finish();
    ApiReply *track(ApiReply *reply);

    ApiClient *m_client;
    Report m_report;
    QList<QPointer<ApiReply>> m_pending;
    int m_openProbes = 0;
    bool m_running = false;
};

} // namespace Coolify::Api
