#pragma once

#include "models/project.h"
#include "models/server.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Coolify::Api {
class ApiClient;
}

namespace Coolify::Controllers {

// Where a new resource can go: the projects (GET /projects), a project's environments
// (GET /projects/{uuid}) and the servers (GET /servers) of one instance (coolify-api.md §8).
// load() fetches projects and servers again; answers of an earlier load() are dropped. Failures
// come with a sentence that says what could not be loaded and why.
//
//     auto *targets = new CreateTargets(client, this);
//     connect(targets, &CreateTargets::projectsLoaded, this, &Pickers::setProjects);
//     targets->load();
class CreateTargets : public QObject
{
    Q_OBJECT

public:
    explicit CreateTargets(Api::ApiClient *client, QObject *parent = nullptr);

    void load();
    void loadEnvironments(const QString &projectUuid);

signals:
    void projectsLoaded(const QList<Coolify::Models::Project> &projects);
    void serversLoaded(const QList<Coolify::Models::Server> &servers);
    void environmentsLoaded(const QString &projectUuid,
                            const QList<Coolify::Models::Environment> &environments);
    void projectsFailed(const QString &message);
    void serversFailed(const QString &message);
    void environmentsFailed(const QString &projectUuid, const QString &message);

private:
    Api::ApiClient *m_client;
    int m_generation = 0;
};

} // namespace Coolify::Controllers
