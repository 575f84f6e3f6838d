#include "controllers/serverresources.h"

#include "api/apiclient.h"
#include "api/families/servers.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/serverresourcesmodel.h"
#include "models/servicesmodel.h"

namespace Coolify::Controllers {

ServerResources::ServerResources(Models::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_model(new Models::ServerResourcesModel(this))
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(500); // one reload for a burst of changes
    connect(&m_reloadSoon, &QTimer::timeout, this, &ServerResources::refresh);
}

void ServerResources::setServer(const QString &instanceId, const QString &serverUuid)
{
    if (instanceId == m_instanceId && serverUuid == m_serverUuid)
        return;
    m_reply.cancel();
    m_reloadSoon.stop();
    m_instanceId = instanceId;
    m_serverUuid = serverUuid;
    m_loaded = false;
    m_error.clear();
    m_model->apply({});
    watchInstance();
    refresh();
    emit changed();
}

void ServerResources::watchInstance()
{
    for (const auto &connection : std::as_const(m_watches))
        disconnect(connection);
    m_watches.clear();
    Models::InstanceData *data = m_fleet->data(m_instanceId);
    if (!data || m_serverUuid.isEmpty())
        return;
    const auto reload = [this] {
        m_reloadSoon.start();
    };
    const QList<QAbstractItemModel *> families{data->applications(), data->databases(),
                                               data->services()};
    for (QAbstractItemModel *family : families) {
        m_watches << connect(family, &QAbstractItemModel::rowsInserted, this, reload);
        m_watches << connect(family, &QAbstractItemModel::rowsRemoved, this, reload);
        m_watches << connect(family, &QAbstractItemModel::dataChanged, this, reload);
    }
}

void ServerResources::refresh()
{
    if (m_serverUuid.isEmpty())
        return;
    Models::InstanceSession *session = m_fleet->session(m_instanceId);
    if (!session) {
        m_error = tr("This instance is no longer configured.");
        emit changed();
        return;
    }
    Api::ApiReply *reply = session->client()->send(
        Api::Servers::resources(m_serverUuid).withDecoder(&Models::Resource::decodeList));
    m_reply.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_reply.release(reply))
            return;
        const Api::ApiResult &result = reply->result();
        if (result.ok()) {
            m_error.clear();
            m_loaded = true;
            m_model->apply(result.value.value<QList<Models::Resource>>());
        } else {
            // The last list stays: stale rows with a reason beat an empty table.
            m_error = tr("The resources on this server could not be loaded: %1")
                          .arg(result.error.userMessage());
        }
        emit changed();
    });
    emit changed();
}

} // namespace Coolify::Controllers
