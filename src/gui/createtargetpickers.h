#pragma once

#include "models/project.h"
#include "models/server.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QComboBox;
class QFrame;
class QLabel;

namespace Coolify::Api {
class ApiClient;
struct ApiError;
} // namespace Coolify::Api
namespace Coolify::Controllers {
class CreateTargets;
}

namespace Coolify::Models {
class ProjectsModel;
class ServersModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

// Project → environment → server pickers shared by the create dialogs. Lists come from the API
// (GET /projects, GET /projects/{uuid} for a project's environments, GET /servers); prefill()
// shows what the app already knows while they load. Servers that cannot host a new resource
// (unreachable, not usable, build server) stay listed, disabled, with the reason in words.
class CreateTargetPickers : public QObject
{
    Q_OBJECT

public:
    CreateTargetPickers(Api::ApiClient *client, QComboBox *project, QComboBox *environment,
                        QComboBox *server, QObject *parent = nullptr);

    // Selected once the lists arrive (ignored when not in them).
    void preselect(const QString &projectUuid, const QString &environmentUuid);
    void prefill(const Models::ProjectsModel *projects, const Models::ServersModel *servers);
    // (Re)fetches every list, keeping the current selection when it still exists.
    void load();

    QString projectUuid() const;
    QString environmentUuid() const;
    QString serverUuid() const;
    QString serverProxyType() const; // "" when unknown
    // What is still missing before a resource can be created there ("" when complete).
    QString missingText() const;

    // Words for a server's ability to host a new resource; `usable` tells whether it may be picked.
    static QString serverStateText(const Models::Server &server, bool *usable = nullptr);

signals:
    void selectionChanged();
    void loadFailed(const QString &message);
    // The user picked a project, environment or server ("project", "environment", "server").
    void targetActivated(const QString &fieldId);

private:
    void setProjects(const QList<Models::Project> &projects);
    void setServers(const QList<Models::Server> &servers);
    void projectChanged();
    void fetchEnvironments(const QString &projectUuid);
    void showEnvironments(const QString &projectUuid);

    Controllers::CreateTargets *m_targets;
    QComboBox *m_project;
    QComboBox *m_environment;
    QComboBox *m_server;
    QString m_wantedProject;
    QString m_wantedEnvironment;
    QHash<QString, QList<Models::Environment>> m_environments; // by project uuid
    QHash<QString, QString> m_proxyTypes; // by server uuid
    QHash<QString, QString> m_environmentErrors; // by project uuid
    QSet<QString> m_fetchedEnvironments; // projects asked for in this load()
    bool m_filling = false;
    bool m_serversLoaded = false;
};

// Where the create dialogs put a failed create: messages under fields (by field id) and the rest
// in the banner. `aliases` maps API keys to field ids (e.g. environment_uuid → environment).
struct CreateErrorView
{
    QHash<QString, QStringList> fields;
    QStringList banner;
    bool reloadTargets = false; // a project/environment/server vanished: fetch the lists again

    // `aliases` maps the endpoint's own request keys to field ids; the target keys
    // (project_uuid, environment_uuid/_name, server_uuid, destination_uuid) are built in.
    static CreateErrorView from(const Api::ApiError &error, const QHash<QString, QString> &aliases,
                                const QStringList &fieldIds);
};

// The warning banner the create dialogs share: set up once, then show lines (hidden when none).
void setUpBanner(QFrame *frame, QLabel *icon);
void showBanner(QFrame *frame, QLabel *label, const QStringList &lines);

// Shows `text` in a field's message label (hidden when empty).
void setFieldMessage(QLabel *label, const QString &text);

} // namespace Coolify::Gui
