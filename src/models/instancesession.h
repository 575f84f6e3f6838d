#pragma once

#include "api/abilities.h"
#include "api/connectiontester.h"
#include "instances/instance.h"

#include <QDateTime>
#include <QObject>

class QNetworkAccessManager;

namespace Coolify::Api {
class ApiClient;
}

namespace Coolify::Models {

// The live side of one instance: its API client (holding the token in memory), whether it is
// reachable, the Coolify version and what the token may do. Views read it; the Fleet owns it.
class InstanceSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        LoadingToken, // asking the keychain
        NoToken, // nothing stored: the user must enter one
        TokenUnavailable, // the keychain could not be read
        Checking, // connection test running
        Online,
        Unreachable, // transport failure or not Coolify; the last known data stays visible
        Rejected, // 401/403: token, API disabled, IP allow-list
    };
    Q_ENUM(State)

    InstanceSession(const Instances::Instance &instance, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    ~InstanceSession() override;

    const Instances::Instance &instance() const { return m_instance; }
    void setInstance(const Instances::Instance &instance);
    Api::ApiClient *client() const { return m_client; }

    State state() const { return m_state; }
    QString stateText() const; // short, e.g. "Online — Coolify 4.3.11"
    QString problem() const { return m_problem; } // translated detail when not Online
    QString version() const { return m_report.version; }
    const Api::TokenAbilities &abilities() const { return m_report.abilities; }
    const Api::ConnectionTester::Report &lastReport() const { return m_report; }
    QDateTime lastContact() const { return m_lastContact; }

    void setToken(const QString &token); // starts a connection check
    void setTokenProblem(State state, const QString &message);
    void setLoadingToken();
    void check();

signals:
    void changed();

private:
    void setState(State state, const QString &problem = {});

    Instances::Instance m_instance;
    Api::ApiClient *m_client;
    Api::ConnectionTester *m_tester;
    Api::ConnectionTester::Report m_report;
    State m_state = State::LoadingToken;
    QString m_problem;
    QDateTime m_lastContact;
};

} // namespace Coolify::Models
