#include "gui/resourceactions.h"

#include "controllers/deploycontroller.h"
#include "gui/confirmdeletedialog.h"
#include "gui/createapplicationdialog.h"
#include "gui/createdatabasedialog.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QAction>
#include <QDialog>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Api::Ability;
using Controllers::DeployController;
using Operation = Controllers::LifecycleController::Operation;

namespace {
bool isApp(const ResourceActions::Target &t)
{
    return t.kind == Api::ResourceKind::Application;
}
} // namespace

ResourceActions::ResourceActions(Models::Fleet *fleet, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_dialogParent(dialogParent)
    , m_start(makeAction(tr("&Start"), "media-playback-start", u"actionStart"_s, Op::Start))
    , m_stop(makeAction(tr("S&top"), "media-playback-stop", u"actionStop"_s, Op::Stop))
    , m_restart(makeAction(tr("&Restart"), "view-refresh", u"actionRestart"_s, Op::Restart))
    , m_deploy(makeAction(tr("&Deploy"), "go-up", u"actionDeploy"_s, Op::Deploy))
    , m_forceDeploy(makeAction(tr("Redeploy &Without Cache"), "go-top", u"actionForceDeploy"_s,
                               Op::ForceDeploy))
    , m_remove(makeAction(tr("De&lete…"), "edit-delete", u"actionDelete"_s, Op::Remove))
    , m_newApplication(
          new QAction(QIcon::fromTheme(u"document-new"_s), tr("New &Application…"), this))
    , m_newDatabase(
          new QAction(QIcon::fromTheme(u"list-add"_s), tr("New &PostgreSQL Database…"), this))
    , m_lifecycle(new Controllers::LifecycleController(fleet, this))
    , m_deployer(new DeployController(fleet, this))
{
    m_deploy->setShortcut(Qt::CTRL | Qt::Key_D);
    m_remove->setShortcut(QKeySequence::Delete);
    m_newApplication->setObjectName(u"actionNewApplication"_s);
    m_newDatabase->setObjectName(u"actionNewDatabase"_s);
    connect(m_newApplication, &QAction::triggered, this, [this] { runCreate(false); });
    connect(m_newDatabase, &QAction::triggered, this, [this] { runCreate(true); });
    connect(m_lifecycle, &Controllers::LifecycleController::message, this,
            &ResourceActions::message);
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
    connect(action, &QAction::triggered, this, [this, op] { run(op); });
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
    // Speak in names: the uuid means nothing to the user (the server names an unnamed one).
    const auto created = [this, data, database](const QString & /*uuid*/, const QString &name) {
        data->refresh();
        if (!name.isEmpty())
            emit message(tr("Created “%1”; loading it…").arg(name));
        else
            emit message(database ? tr("Created a new database; loading it…")
                                  : tr("Created a new application; loading it…"));
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
    const auto configure = [this](QAction *action, const QString &reason, const QString &what) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? what : tr("%1 — unavailable: %2").arg(what, reason));
        action->setStatusTip(action->toolTip());
    };
    const auto lifecycle = [this, &configure](QAction *action, Operation op, const QString &what) {
        configure(action, m_lifecycle->unavailableReason(op, m_targets), what);
    };
    lifecycle(m_start, Operation::Start, tr("Start the selected resources"));
    lifecycle(m_stop, Operation::Stop, tr("Stop the selected resources"));
    lifecycle(m_restart, Operation::Restart, tr("Restart the selected resources"));
    lifecycle(m_remove, Operation::Remove, tr("Delete the selected resource"));
    // Deploying is for applications only, whatever their status; access as for the lifecycle.
    QString deployReason = m_lifecycle->accessReason(Ability::Deploy, m_targets);
    if (deployReason.isEmpty() && !std::all_of(m_targets.cbegin(), m_targets.cend(), isApp))
        deployReason = tr("Only applications can be deployed.");
    configure(m_deploy, deployReason, tr("Deploy the selected applications"));
    configure(m_forceDeploy, deployReason,
              tr("Rebuild and deploy the selected applications without the build cache"));
}

void ResourceActions::run(Op op)
{
    switch (op) {
    case Op::Start:
        return m_lifecycle->run(Operation::Start, m_targets);
    case Op::Stop:
        return m_lifecycle->run(Operation::Stop, m_targets);
    case Op::Restart:
        return m_lifecycle->run(Operation::Restart, m_targets);
    case Op::Deploy:
    case Op::ForceDeploy: {
        QList<DeployController::Target> targets;
        for (const Target &t : std::as_const(m_targets))
            targets << DeployController::Target{t.instanceId, t.uuid, t.name};
        return m_deployer->deploy(targets, op == Op::ForceDeploy);
    }
    case Op::Remove:
        return runDelete();
    }
}

void ResourceActions::runDelete()
{
    if (!m_lifecycle->unavailableReason(Operation::Remove, m_targets).isEmpty())
        return;
    const Target t = m_targets.first();
    const Models::InstanceSession *session = m_fleet->session(t.instanceId);
    auto *dialog = new ConfirmDeleteDialog(t.name, session->instance().name, Api::kindKey(t.kind),
                                           m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, t] { m_lifecycle->run(Operation::Remove, {t}); });
    dialog->open();
}

} // namespace Coolify::Gui
