#include "models/instancedata.h"

#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/databases.h"
#include "api/families/deployments.h"
#include "api/families/projects.h"
#include "api/families/servers.h"
#include "api/families/services.h"
#include "models/applicationsmodel.h"
#include "models/collectionloader.h"
#include "models/databasesmodel.h"
#include "models/deploymentsmodel.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/serversmodel.h"
#include "models/servicesmodel.h"

#include <QLocale>

namespace Coolify::Models {

InstanceData::InstanceData(InstanceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_applications(new ApplicationsModel(this))
    , m_databases(new DatabasesModel(this))
    , m_services(new ServicesModel(this))
    , m_servers(new ServersModel(this))
    , m_deployments(new DeploymentsModel(this))
    , m_projects(new ProjectsModel(this))
{
    Api::ApiClient *client = session->client();
    // The big lists are compared with the models' rows off the UI thread.
    addLoader(CollectionLoader::forTable(client, Api::Applications::list(),
                                         &Application::decodeListBody, m_applications, this));
    addLoader(CollectionLoader::forTable(client, Api::Databases::list(), &Database::decodeListBody,
                                         m_databases, this));
    addLoader(new CollectionLoader(
        client, Api::Services::list().withBodyDecoder(&Service::decodeListBody),
        [this](const QVariant &v) { m_services->apply(v.value<QList<Service>>()); }, this));
    addLoader(CollectionLoader::forTable(client, Api::Servers::list(), &Server::decodeListBody,
                                         m_servers, this));
    addLoader(new CollectionLoader(
        client, Api::Deployments::active().withBodyDecoder(&Deployment::decodeListBody),
        [this](const QVariant &v) {
            const auto active = v.value<QList<Deployment>>();
            // When the set of deploying applications changes, some application has a new last
            // deployment (deployments name the application by database id, not uuid).
            QSet<QString> now;
            for (const Deployment &d : active)
                now.insert(d.applicationId);
            if (now != m_activeApplications) {
                // Cheap and safe: forget the cache; views ask again for what they show.
                for (auto it = m_lastDeployments.begin(); it != m_lastDeployments.end(); ++it)
                    it->fetched = {};
                m_activeApplications = now;
            }
            m_deployments->apply(active);
        },
        this));
    addLoader(new CollectionLoader(
        client, Api::Projects::list().withBodyDecoder(&Project::decodeListBody),
        [this](const QVariant &v) {
            m_projects->apply(v.value<QList<Project>>());
            loadProjectDetails();
        },
        this));

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InstanceData::refresh);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_applications),
                                      static_cast<QAbstractItemModel *>(m_databases),
                                      static_cast<QAbstractItemModel *>(m_services),
                                      static_cast<QAbstractItemModel *>(m_servers),
                                      static_cast<QAbstractItemModel *>(m_deployments),
                                      static_cast<QAbstractItemModel *>(m_projects)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &InstanceData::changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &InstanceData::changed);
        connect(model, &QAbstractItemModel::dataChanged, this, &InstanceData::changed);
    }
}

InstanceData::~InstanceData() = default;

CollectionLoader *InstanceData::addLoader(CollectionLoader *loader)
{
    m_loaders << loader;
    connect(loader, &CollectionLoader::finished, this, &InstanceData::loaderFinished);
    return loader;
}

void InstanceData::refresh()
{
    m_timer.stop();
    if (!m_session->client()->hasToken()) {
        schedule();
        return;
    }
    for (CollectionLoader *loader : std::as_const(m_loaders)) {
        if (!loader->isLoading()) {
            ++m_open;
            loader->load();
        }
    }
    emit changed();
}

void InstanceData::loadProjectDetails()
{
    // Environments come only with each project's detail: fetch those we do not know yet, and
    // all of them now and then (every tenth refresh) to notice new environments.
    const bool all = (++m_projectRound % 10) == 0;
    qDeleteAll(m_projectLoaders);
    m_projectLoaders.clear();
    for (int row = 0; row < m_projects->topCount(); ++row) {
        const Project &project = m_projects->item(row);
        if (m_projectsWithDetails.contains(project.uuid) && !all)
            continue;
        auto *loader = new CollectionLoader(
            m_session->client(), Api::Projects::get(project.uuid).withDecoder(&Project::decode),
            [this](const QVariant &v) {
                const Project detail = v.value<Project>();
                if (detail.environments) {
                    m_projectsWithDetails.insert(detail.uuid);
                    m_projects->setEnvironments(detail.uuid, *detail.environments);
                }
            },
            this);
        m_projectLoaders << loader;
        loader->load();
    }
}

void InstanceData::loaderFinished()
{
    auto *loader = qobject_cast<CollectionLoader *>(sender());
    if (m_open > 0)
        --m_open;
    if (loader && loader->failedLastTime()) {
        m_lastFailed = true;
        m_lastError = loader->lastError().userMessage();
    }
    if (m_open > 0)
        return;
    const bool ok = std::none_of(m_loaders.cbegin(), m_loaders.cend(),
                                 [](const CollectionLoader *l) { return l->failedLastTime(); });
    m_lastFailed = !ok;
    if (ok) {
        m_failures = 0;
        m_lastError.clear();
        m_lastSuccess = QDateTime::currentDateTimeUtc();
    } else {
        ++m_failures;
    }
    emit refreshFinished(ok);
    emit changed();
    schedule();
}

bool InstanceData::isRefreshing() const
{
    return m_open > 0;
}

bool InstanceData::hasData() const
{
    return m_lastSuccess.isValid()
        || std::any_of(m_loaders.cbegin(), m_loaders.cend(),
                       [](const CollectionLoader *l) { return l->hasData(); });
}

bool InstanceData::isStale() const
{
    return m_lastFailed;
}

QString InstanceData::staleText() const
{
    if (!m_lastFailed)
        return {};
    if (!hasData())
        return tr("Could not load: %1").arg(m_lastError);
    QDateTime since = m_lastSuccess;
    for (const CollectionLoader *loader : m_loaders) {
        if (!since.isValid() || (loader->lastSuccess().isValid() && loader->lastSuccess() < since))
            since = loader->lastSuccess();
    }
    return tr("Stale since %1 — %2")
        .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat), m_lastError);
}

bool InstanceData::isBusy() const
{
    if (m_busyUntil.isValid() && QDateTime::currentDateTimeUtc() < m_busyUntil)
        return true;
    for (int row = 0; row < m_services->topCount(); ++row) {
        if (m_services->item(row).status.isTransitional())
            return true;
    }
    if (m_deployments->rowCount() > 0)
        return true;
    for (const Application &app : m_applications->rows()) {
        if (app.status.isTransitional())
            return true;
    }
    for (const Database &db : m_databases->rows()) {
        if (db.status.isTransitional())
            return true;
    }
    return false;
}

void InstanceData::noteActionSent()
{
    m_busyUntil = QDateTime::currentDateTimeUtc().addSecs(60);
    if (m_polling)
        m_timer.start(1500); // see the first effect soon
}

void InstanceData::markPending(const QString &uuid, const QString &text,
                               const QString &statusBefore)
{
    constexpr int kPendingSeconds = 120;
    m_pending.insert(
        uuid, {text, statusBefore, QDateTime::currentDateTimeUtc().addSecs(kPendingSeconds)});
    noteActionSent();
    emit rowDecorationChanged(uuid);
    emit changed();
    QTimer::singleShot((kPendingSeconds + 1) * 1000, this, [this, uuid] {
        if (pendingText(uuid, m_pending.value(uuid).statusBefore).isEmpty())
            emit rowDecorationChanged(uuid); // ran out without the status moving
    });
}

QString InstanceData::pendingText(const QString &uuid, const QString &currentStatus) const
{
    const auto it = m_pending.constFind(uuid);
    if (it == m_pending.cend() || QDateTime::currentDateTimeUtc() > it->until
        || currentStatus != it->statusBefore)
        return {};
    return it->text;
}

void InstanceData::requestLastDeployments(const QStringList &applicationUuids)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &uuid : applicationUuids) {
        LastDeployment &entry = m_lastDeployments[uuid];
        if (entry.loading || (entry.fetched.isValid() && entry.fetched.secsTo(now) < 300))
            continue;
        entry.loading = true;
        Api::ApiReply *reply =
            m_session->client()->send(Api::Deployments::forApplication(uuid, 0, 1)
                                          .withDecoder(&DeploymentPage::decode)
                                          .inBackground());
        connect(reply, &Api::ApiReply::finished, this, [this, reply, uuid] {
            LastDeployment &done = m_lastDeployments[uuid];
            done.loading = false;
            if (!reply->result().ok())
                return; // try again the next time a view asks
            const auto page = reply->result().value.value<DeploymentPage>();
            done.fetched = QDateTime::currentDateTimeUtc();
            done.deployment = page.deployments.isEmpty()
                ? std::nullopt
                : std::optional<Deployment>(page.deployments.first());
            emit rowDecorationChanged(uuid);
        });
    }
}

std::optional<Deployment> InstanceData::lastDeployment(const QString &applicationUuid) const
{
    const auto it = m_lastDeployments.constFind(applicationUuid);
    return it == m_lastDeployments.cend() ? std::nullopt : it->deployment;
}

void InstanceData::setPolling(bool enabled)
{
    m_polling = enabled;
    if (enabled)
        schedule();
    else
        m_timer.stop();
}

void InstanceData::setWindowVisible(bool visible)
{
    if (m_windowVisible == visible)
        return;
    m_windowVisible = visible;
    if (visible && m_polling && m_timer.remainingTime() > m_intervals.idleMs)
        refresh(); // coming back after a long hidden spell: show fresh data at once
    else
        schedule();
}

int InstanceData::nextIntervalMs() const
{
    if (m_failures > 0) {
        const qint64 backoff = qint64(m_intervals.failureBaseMs) << qMin(m_failures - 1, 8);
        return int(qMin<qint64>(backoff, m_intervals.failureMaxMs));
    }
    if (!m_windowVisible)
        return m_intervals.hiddenMs;
    return isBusy() ? m_intervals.activeMs : m_intervals.idleMs;
}

void InstanceData::schedule()
{
    if (!m_polling || isRefreshing())
        return;
    m_timer.start(nextIntervalMs());
}

} // namespace Coolify::Models
