#include "controllers/connectioncheck.h"

#include "api/apiclient.h"
#include "api/baseurl.h"

namespace Coolify::Controllers {

using Api::ConnectionTester;

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

void ConnectionCheck::start(const QString &address, const QString &token,
                            const QByteArray &pinnedCertificate)
{
    cancel();
    delete m_tester;
    delete m_client;
    m_client = new Api::ApiClient(m_network, Api::normalizeBaseUrl(address).root, this);
    m_client->setToken(token);
    m_client->setPinnedCertificate(pinnedCertificate);
    m_tester = new ConnectionTester(m_client, this);
    connect(m_tester, &ConnectionTester::stepChanged, this, &ConnectionCheck::stepChanged);
    connect(m_tester, &ConnectionTester::finished, this,
            [this](const ConnectionTester::Report &report) {
                m_report = report;
                emit finished(report);
            });
    m_tester->start();
}

void ConnectionCheck::cancel()
{
    if (m_tester)
        m_tester->cancel();
}

bool ConnectionCheck::isRunning() const
{
    return m_tester && m_tester->isRunning();
}

} // namespace Coolify::Controllers
