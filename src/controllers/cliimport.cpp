#include "controllers/cliimport.h"

#include "controllers/connectioncheck.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"

using namespace Qt::StringLiterals;

namespace Coolify::Controllers {

using Models::CliImportModel;
using State = CliImportModel::State;

CliImport::CliImport(Instances::InstanceManager *manager, QNetworkAccessManager *network,
                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_network(network)
{ }

CliImport::~CliImport()
{
    qDeleteAll(m_checks);
}

void CliImport::load(const Instances::CliConfig &config)
{
    const bool wasRunning = isRunning();
    qDeleteAll(m_checks);
    m_checks.clear();
    m_saving = 0;
    m_pendingIds.clear();
    ++m_generation;
    m_config = config;
    m_summary.clear();
    QHash<QUrl, QString> existing;
    for (const Instances::Instance &instance : m_manager->store()->list())
        existing.insert(instance.rootUrl, instance.name);
    m_model.reset(config.instances, existing);
    if (wasRunning)
        emit runningChanged(false);
}

bool CliImport::start()
{
    const QList<int> rows = m_model.checkedRows();
    if (isRunning() || rows.isEmpty())
        return false;
    m_imported.clear();
    m_failed = 0;
    m_summary.clear();
    m_model.setBusy(true);
    for (int row : rows) {
        auto *check = new ConnectionCheck(m_network, this);
        m_checks.insert(row, check);
        m_model.setState(row, State::Checking);
        connect(check, &ConnectionCheck::finished, this, [this, row] { checkFinished(row); });
        const Instances::CliInstance &instance = m_model.instance(row);
        check->start(instance.rootUrl.toString(), instance.token);
    }
    emit runningChanged(true);
    return true;
}

void CliImport::cancel()
{
    if (m_checks.isEmpty())
        return;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        it.value()->cancel();
        it.value()->deleteLater();
        m_model.setState(it.key(), State::Failed,
                         tr("Cancelled before the connection was tested."));
        ++m_failed;
    }
    m_checks.clear();
    settle();
}

void CliImport::checkFinished(int row)
{
    ConnectionCheck *check = m_checks.take(row);
    if (!check)
        return;
    const Api::ConnectionTester::Report report = check->report();
    check->deleteLater();
    if (report.ok) {
        save(row);
        return;
    }
    QString reason = report.summary;
    if (!report.certificate.isNull() && report.certificate.pinnable)
        reason += u' '
            + tr("To trust this certificate, add the instance with Add Instance… and review it "
                 "there.");
    m_model.setState(row, State::Failed, reason);
    ++m_failed;
    settle();
}

void CliImport::save(int row)
{
    const Instances::CliInstance &entry = m_model.instance(row);
    m_model.setState(row, State::Saving);
    ++m_saving;
    const int generation = m_generation;
    const Instances::Instance instance = Instances::Instance::create(entry.name, entry.rootUrl);
    const QString id = m_manager->add(
        instance, entry.token, Instances::TokenStorage::Keychain, this,
        [this, row, generation](const Instances::VaultResult &result) {
            if (generation != m_generation)
                return;
            --m_saving;
            if (result.ok()) {
                m_model.setState(row, State::Imported, tr("Token saved in the keychain."));
                // The id is the one add() returned; the store now holds it.
                m_imported << m_pendingIds.take(row);
            } else {
                m_model.setState(row, State::Failed, result.message);
                m_pendingIds.remove(row);
                ++m_failed;
            }
            settle();
        });
    m_pendingIds.insert(row, id);
}

void CliImport::settle()
{
    if (isRunning())
        return;
    m_model.setBusy(false);
    const int imported = int(m_imported.size());
    if (imported == 0)
        m_summary = tr("No instance was imported.");
    else if (m_failed == 0)
        m_summary = tr("%n instance(s) imported.", nullptr, imported);
    else
        m_summary = tr("%n instance(s) imported, %1 not: see the rows marked \u201cNot imported"
                       "\u201d.",
                       nullptr, imported)
                        .arg(m_failed);
    emit runningChanged(false);
    emit finished(m_imported, m_failed);
}

} // namespace Coolify::Controllers
