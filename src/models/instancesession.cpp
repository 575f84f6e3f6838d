#include "models/instancesession.h"

#include "api/apiclient.h"

namespace Coolify::Models {

InstanceSession::InstanceSession(const Instances::Instance &instance,
                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
    , m_client(new Api::ApiClient(network, instance.rootUrl, this))
    , m_tester(new Api::ConnectionTester(m_client, this))
{
    m_client->setPinnedCertificate(instance.pinnedCertificate);
    connect(m_tester, &Api::ConnectionTester::finished, this,
            [this](const Api::ConnectionTester::Report &report) {
                const Api::TokenAbilities known = m_report.abilities;
                m_report = report;
                if (!report.ok && report.version.isEmpty() && !m_lastContact.isNull())
                    m_report.abilities = known; // keep what we knew while it is unreachable
                if (report.ok) {
                    m_lastContact = QDateTime::currentDateTimeUtc();
                    setState(State::Online);
                } else if (report.failure == Api::ErrorKind::Unauthenticated
                           || report.failure == Api::ErrorKind::Forbidden) {
                    setState(State::Rejected, report.summary);
                } else {
                    setState(State::Unreachable, report.summary);
                }
            });
}

InstanceSession::~InstanceSession() = default;

void InstanceSession::setInstance(const Instances::Instance &instance)
{
    const bool moved = instance.rootUrl != m_instance.rootUrl
        || instance.pinnedCertificate != m_instance.pinnedCertificate;
    m_instance = instance;
    if (moved) {
        m_client->setRoot(instance.rootUrl);
        m_client->setPinnedCertificate(instance.pinnedCertificate);
        if (m_client->hasToken())
            check();
    }
    emit changed();
}

void InstanceSession::setToken(const QString &token)
{
    m_client->setToken(token);
    check();
}

void InstanceSession::setTokenProblem(State state, const QString &message)
{
    m_client->setToken({});
    setState(state, message);
}

void InstanceSession::setLoadingToken()
{
    setState(State::LoadingToken);
}

void InstanceSession::check()
{
    if (!m_client->hasToken())
        return;
    setState(State::Checking);
    m_tester->start();
}

void InstanceSession::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    emit changed();
}

QString InstanceSession::stateText() const
{
    switch (m_state) {
    case State::LoadingToken:
        return tr("Reading token…");
    case State::NoToken:
        return tr("No token");
    case State::TokenUnavailable:
        return tr("Keychain unavailable");
    case State::Checking:
        return tr("Connecting…");
    case State::Online:
        return tr("Online — Coolify %1").arg(m_report.version);
    case State::Unreachable:
        return m_lastContact.isNull()
            ? tr("Unreachable")
            : tr("Unreachable — last contact %1")
                  .arg(QLocale().toString(m_lastContact.toLocalTime(), QLocale::ShortFormat));
    case State::Rejected:
        return tr("Access refused");
    }
    return {};
}

} // namespace Coolify::Models
