#include "controllers/createtargets.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/projects.h"
#include "api/families/servers.h"

namespace Coolify::Controllers {

using Models::Environment;
using Models::Project;
using Models::Server;

CreateTargets::CreateTargets(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void CreateTargets::load()
{
    const int generation = ++m_generation;
    Api::ApiReply *projects =
        m_client->send(Api::Projects::list().withDecoder(&Project::decodeList));
    connect(projects, &Api::ApiReply::finished, this, [this, projects, generation] {
        const Api::ApiResult &result = projects->result();
        if (generation != m_generation || result.error.kind == Api::ErrorKind::Cancelled)
            return;
        if (result.ok())
            emit projectsLoaded(result.value.value<QList<Project>>());
        else
            emit projectsFailed(
                tr("The projects could not be loaded. %1").arg(result.error.userMessage()));
    });
    Api::ApiReply *servers = m_client->send(Api::Servers::list().withDecoder(&Server::decodeList));
    connect(servers, &Api::ApiReply::finished, this, [this, servers, generation] {
        const Api::ApiResult &result = servers->result();
        if (generation != m_generation || result.error.kind == Api::ErrorKind::Cancelled)
            return;
        if (result.ok())
            emit serversLoaded(result.value.value<QList<Server>>());
        else
            emit serversFailed(
                tr("The servers could not be loaded. %1").arg(result.error.userMessage()));
    });
}

void CreateTargets::loadEnvironments(const QString &projectUuid)
{
    Api::ApiReply *reply =
        m_client->send(Api::Projects::get(projectUuid).withDecoder(&Project::decode));
    connect(reply, &Api::ApiReply::finished, this, [this, reply, projectUuid] {
        const Api::ApiResult &result = reply->result();
        if (result.error.kind == Api::ErrorKind::Cancelled)
            return;
        if (result.ok())
            emit environmentsLoaded(
                projectUuid,
                result.value.value<Project>().environments.value_or(QList<Environment>()));
        else
            emit environmentsFailed(projectUuid,
                                    tr("The environments of this project could not be loaded. %1")
                                        .arg(result.error.userMessage()));
    });
}

} // namespace Coolify::Controllers
