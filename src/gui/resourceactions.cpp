#include "gui/resourceactions.h"

#include "api/apiclient.h"
#include "api/families/applications.h"
#include "api/families/databases.h"
#include "api/families/services.h"
#include "gui/confirmdeletedialog.h"
#include "gui/createapplicationdialog.h"
#include "gui/createdatabasedialog.h"
#include "gui/deploycontroller.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QAction>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>

namespace Coolify::Gui {

using Api::Ability;

namespace {
bool isApp(const ResourceActions::Target &t)
{
    return t.kind == QLatin1String("application");
}
} // namespace

ResourceActions::ResourceActions(Models::Fleet *fleet, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_dialogParent(dialogParent)
    , m_start(makeAction(tr("&Start"), "media-playback-start", QStringLiteral("actionStart"),
                         Op::Start))
    , m_stop(makeAction(tr("S&top"), "media-playback-stop", QStringLiteral("actionStop"), Op::Stop))
    , m_restart(
          makeAction(tr("&Restart"), "view-refresh", QStringLiteral("actionRestart"), Op::Restart))
    , m_deploy(makeAction(tr("&Deploy"), "go-up", QStringLiteral("actionDeploy"), Op::Deploy))
    , m_forceDeploy(makeAction(tr("Redeploy &Without Cache"), "go-top",
                               QStringLiteral("actionForceDeploy"), Op::ForceDeploy))
    , m_remove(
          makeAction(tr("De&lete…"), "edit-delete", QStringLiteral("actionDelete"), Op::Remove))
    , m_newApplication(new QAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                   tr("New &Application…"), this))
    , m_newDatabase(new QAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                tr("New &PostgreSQL Database…"), this))
    , m_deployer(new DeployController(fleet, this))
{
    m_deploy->setShortcut(Qt::CTRL | Qt::Key_D);
    m_remove->setShortcut(QKeySequence::Delete);
    m_newApplication->setObjectName(QStringLiteral("actionNewApplication"));
    m_newDatabase->setObjectName(QStringLiteral("actionNewDatabase"));
    connect(m_newApplication, &QAction::triggered, this, [this] { runCreate(false); });
    connect(m_newDatabase, &QAction::triggered, this, [this] { runCreate(true); });
    connect(m_deployer, &DeployController::message, this, &ResourceActions::message);
    connect(m_deployer, &DeployController::followRequested, this,
            &ResourceActions::followRequested);
    connect(fleet, &Models::Fleet::sessionChanged, this, [this] {
        update();
        updateCreate();
    });
    update();
    updateCreate();
}

QAction *ResourceActions::makeAction(const QString &text, const char *icon, const QString &name,
                                     Op op)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
    action->setObjectName(name);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, op] {
        if (op == Op::Remove)
            runDelete();
        else
            run(op);
    });
    return action;
}

QList<QAction *> ResourceActions::all() const
{
    return {m_start, m_stop, m_restart, m_deploy, m_forceDeploy, m_remove};
}

void ResourceActions::setCreateContext(const QString &instanceId, const QString &projectUuid,
                                       const QString &environmentUuid)
{
    m_createInstanceId = instanceId;
    m_createProjectUuid = projectUuid;
    m_createEnvironmentUuid = environmentUuid;
    updateCreate();
}

void ResourceActions::updateCreate()
{
    const Models::InstanceSession *session = m_fleet->session(m_createInstanceId);
    QString reason;
    if (!session)
        reason = tr("Select an instance (or one of its views) first.");
    else if (session->abilities().isKnownMissing(Ability::Write))
        reason = session->abilities().missingReason(Ability::Write);
    for (QAction *action : {m_newApplication, m_newDatabase}) {
        action->setEnabled(reason.isEmpty());
        const QString what = action == m_newApplication
            ? tr("Create an application from a public git repository")
            : tr("Create a PostgreSQL database");
        action->setToolTip(reason.isEmpty() ? what : tr("%1 — unavailable: %2").arg(what, reason));
        action->setStatusTip(action->toolTip());
    }
}

void ResourceActions::runCreate(bool database)
{
    Models::InstanceSession *session = m_fleet->session(m_createInstanceId);
    Models::InstanceData *data = m_fleet->data(m_createInstanceId);
    if (!session || !data)
        return;
    QDialog *dialog = nullptr;
    const auto created = [this, data](const QString &uuid) {
        data->refresh();
        emit message(tr("Created %1; loading it…").arg(uuid));
    };
    if (database) {
        auto *d =
            new CreateDatabaseDialog(session->client(), session->instance().name,
                                     m_createProjectUuid, m_createEnvironmentUuid, m_dialogParent);
        d->prefill(data->projects(), data->servers());
        connect(d, &CreateDatabaseDialog::created, this, created);
        dialog = d;
    } else {
        auto *d = new CreateApplicationDialog(session->client(), session->instance().name,
                                              m_createProjectUuid, m_createEnvironmentUuid,
                                              m_dialogParent);
        d->prefill(data->projects(), data->servers());
        connect(d, &CreateApplicationDialog::created, this, created);
        dialog = d;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ResourceActions::setTargets(const QList<Target> &targets)
{
    m_targets = targets;
    update();
}

void ResourceActions::update()
{
    const auto configure = [this](QAction *action, Ability ability, bool appsOnly, bool single,
                                  const QString &what) {
        QString reason;
        if (m_targets.isEmpty())
            reason = tr("Select a resource first.");
        else if (single && m_targets.size() != 1)
            reason = tr("Select exactly one resource.");
        for (const Target &t : m_targets) {
            if (!reason.isEmpty())
                break;
            if (appsOnly && !isApp(t))
                reason = tr("Only applications can be deployed.");
            else if (action == m_remove && t.kind == QLatin1String("service"))
                reason = tr("Services are deleted in Coolify's web interface.");
            else if (const auto *s = m_fleet->session(t.instanceId); !s)
                reason = tr("The instance is gone.");
            else if (s->abilities().isKnownMissing(ability))
                reason = tr("%1: %2").arg(t.name, s->abilities().missingReason(ability));
        }
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? what : tr("%1 — unavailable: %2").arg(what, reason));
        action->setStatusTip(action->toolTip());
    };
    configure(m_start, Ability::Deploy, false, false, tr("Start the selected resources"));
    configure(m_stop, Ability::Deploy, false, false, tr("Stop the selected resources"));
    configure(m_restart, Ability::Deploy, false, false, tr("Restart the selected resources"));
    configure(m_deploy, Ability::Deploy, true, false, tr("Deploy the selected applications"));
    configure(m_forceDeploy, Ability::Deploy, true, false,
              tr("Rebuild and deploy the selected applications without the build cache"));
    configure(m_remove, Ability::Write, false, true, tr("Delete the selected resource"));
}

void ResourceActions::runDeploy(bool force)
{
    QList<DeployController::Target> targets;
    for (const Target &t : std::as_const(m_targets))
        targets << DeployController::Target{t.instanceId, t.uuid, t.name};
    m_deployer->deploy(targets, force);
}

void ResourceActions::run(Op op)
{
    for (const Target &t : std::as_const(m_targets)) {
        Models::InstanceSession *session = m_fleet->session(t.instanceId);
        Models::InstanceData *data = m_fleet->data(t.instanceId);
        if (!session || !data)
            continue;
        Api::ApiRequest request;
        QString pending;
        const bool app = isApp(t), db = t.kind == QLatin1String("database");
        switch (op) {
        case Op::Start:
            request = app ? Api::Applications::start(t.uuid)
                : db      ? Api::Databases::start(t.uuid)
                          : Api::Services::start(t.uuid);
            pending = tr("Start requested…");
            break;
        case Op::Stop:
            request = app ? Api::Applications::stop(t.uuid)
                : db      ? Api::Databases::stop(t.uuid)
                          : Api::Services::stop(t.uuid);
            pending = tr("Stop requested…");
            break;
        case Op::Restart:
            request = app ? Api::Applications::restart(t.uuid)
                : db      ? Api::Databases::restart(t.uuid)
                          : Api::Services::restart(t.uuid);
            pending = tr("Restart requested…");
            break;
        case Op::Deploy:
        case Op::ForceDeploy:
            return runDeploy(op == Op::ForceDeploy);
        case Op::Remove:
            return;
        }
        Api::ApiReply *reply = session->client()->send(request);
        connect(reply, &Api::ApiReply::finished, this, [this, reply, data, t, pending] {
            const Api::ApiResult &result = reply->result();
            if (!result.ok()) {
                const QString why = result.error.kind == Api::ErrorKind::BadRequest
                    ? result.error.serverMessage // "Database is already running." etc.
                    : result.error.userMessage();
                emit message(tr("%1: %2").arg(t.name, why));
                return;
            }
            data->markPending(t.uuid, pending, t.status);
            const QString said = result.json.object().value(QLatin1String("message")).toString();
            emit message(tr("%1: %2").arg(t.name, said.isEmpty() ? pending : said));
        });
    }
}

void ResourceActions::runDelete()
{
    if (m_targets.size() != 1)
        return;
    const Target t = m_targets.first();
    Models::InstanceSession *session = m_fleet->session(t.instanceId);
    Models::InstanceData *data = m_fleet->data(t.instanceId);
    if (!session || !data)
        return;
    auto *dialog =
        new ConfirmDeleteDialog(t.name, session->instance().name, t.kind, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, t, session, data] {
        const Api::ApiRequest request = t.kind == QLatin1String("application")
            ? Api::Applications::remove(t.uuid)
            : Api::Databases::remove(t.uuid);
        Api::ApiReply *reply = session->client()->send(request);
        connect(reply, &Api::ApiReply::finished, this, [this, reply, data, t] {
            const Api::ApiResult &result = reply->result();
            if (!result.ok()) {
                emit message(tr("%1 was not deleted: %2").arg(t.name, result.error.userMessage()));
                return;
            }
            data->markPending(t.uuid, tr("Deletion requested…"), t.status);
            emit message(tr("Deletion of %1 requested.").arg(t.name));
        });
    });
    dialog->open();
}

} // namespace Coolify::Gui
