#include "gui/resourceactions.h"

#include "api/baseurl.h"
#include "controllers/bulkplan.h"
#include "controllers/deploycontroller.h"
#include "controllers/firstdeployment.h"
#include "gui/bulkprogresswindow.h"
#include "gui/confirmdeletedialog.h"
#include "gui/createapplicationdialog.h"
#include "gui/createdatabasedialog.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/weblinks.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QGuiApplication>
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

// Enabled when there is no reason against it; the tooltip says what it does, or why not.
void configure(QAction *action, const QString &reason, const QString &what)
{
    action->setEnabled(reason.isEmpty());
    action->setToolTip(
        reason.isEmpty() ? what : ResourceActions::tr("%1 — unavailable: %2").arg(what, reason));
    action->setStatusTip(action->toolTip());
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
    , m_editSettings(
          new QAction(QIcon::fromTheme(u"document-properties"_s), tr("Edit &Settings…"), this))
    , m_openInCoolify(
          new QAction(QIcon::fromTheme(u"internet-web-browser"_s), tr("Open in &Coolify"), this))
    , m_copyUuid(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy U&UID"), this))
    , m_copyUrl(new QAction(tr("Copy &Address"), this))
    , m_separators{new QAction(this), new QAction(this)}
    , m_newApplication(
          new QAction(QIcon::fromTheme(u"document-new"_s), tr("New &Application…"), this))
    , m_newDatabase(
          new QAction(QIcon::fromTheme(u"list-add"_s), tr("New &PostgreSQL Database…"), this))
    , m_lifecycle(new Controllers::LifecycleController(fleet, this))
    , m_deployer(new DeployController(fleet, this))
{
    m_deploy->setShortcut(Qt::CTRL | Qt::Key_D);
    m_remove->setShortcut(QKeySequence::Delete);
    m_editSettings->setObjectName(u"actionEditSettings"_s);
    m_openInCoolify->setObjectName(u"actionOpenInCoolify"_s);
    m_copyUuid->setObjectName(u"actionCopyUuid"_s);
    m_copyUrl->setObjectName(u"actionCopyAddress"_s);
    for (QAction *separator : m_separators)
        separator->setSeparator(true);
    connect(m_editSettings, &QAction::triggered, this, [this] {
        if (m_targets.size() == 1 && isApp(m_targets.first()))
            emit editSettingsRequested(m_targets.first().instanceId, m_targets.first().uuid);
    });
    connect(m_openInCoolify, &QAction::triggered, this, [this] {
        const QUrl page = m_openInCoolify->data().toUrl();
        if (Api::isWebLink(page))
            QDesktopServices::openUrl(page);
    });
    connect(m_copyUuid, &QAction::triggered, this, [this] {
        QStringList uuids;
        for (const Target &t : std::as_const(m_targets))
            uuids << t.uuid;
        copy(uuids.join(u'\n'),
             uuids.size() == 1 ? tr("the UUID of “%1”").arg(m_targets.first().name)
                               : tr("%n UUIDs", nullptr, int(uuids.size())));
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        if (!m_targets.isEmpty())
            copy(m_copyUrl->data().toUrl().toString(),
                 tr("the address of “%1”").arg(m_targets.first().name));
    });
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
    // Domains and project names arrive with refreshes: links follow them.
    connect(fleet->resources(), &QAbstractItemModel::dataChanged, this,
            &ResourceActions::updateLinks);
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

QList<QAction *> ResourceActions::contextMenu() const
{
    return {m_editSettings, m_openInCoolify, m_copyUuid, m_copyUrl,     m_separators[0], m_start,
            m_stop,         m_restart,       m_deploy,   m_forceDeploy, m_separators[1], m_remove};
}

void ResourceActions::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit message(tr("Copied %1.").arg(what));
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
    configure(m_newApplication, reason, tr("Create an application from a public git repository"));
    configure(m_newDatabase, reason, tr("Create a PostgreSQL database"));
}

void ResourceActions::runCreate(bool database)
{
    Models::InstanceSession *session = m_fleet->session(m_createInstanceId);
    Models::InstanceData *data = m_fleet->data(m_createInstanceId);
    if (!session || !data)
        return;
    QDialog *dialog = nullptr;
    // Speak in names: the uuid means nothing to the user (the server names an unnamed one).
    const QString instanceId = m_createInstanceId;
    const auto created = [this, data, database, instanceId](const QString &uuid,
                                                            const QString &name, bool deploying) {
        data->refresh();
        emit this->created(instanceId, uuid, name);
        if (!name.isEmpty())
            emit message(tr("Created “%1”; loading it…").arg(name));
        else
            emit message(database ? tr("Created a new database; loading it…")
                                  : tr("Created a new application; loading it…"));
        if (!deploying || database)
            return;
        // "Deploy right after creating": follow that deployment like any other.
        auto *finder = new Controllers::FirstDeployment(m_fleet, instanceId, uuid, name, this);
        connect(finder, &Controllers::FirstDeployment::found, this,
                &ResourceActions::followRequested);
        connect(finder, &Controllers::FirstDeployment::notFound, this,
                [this](const QString &appName) {
                    emit message(tr("The first deployment of “%1” has not started yet; it will "
                                    "show under Active Deployments when it does.")
                                     .arg(appName));
                });
    };
    if (database) {
        auto *d =
            new CreateDatabaseDialog(session->client(), session->instance().name,
                                     m_createProjectUuid, m_createEnvironmentUuid, m_dialogParent);
        d->prefill(data->projects(), data->servers());
        connect(d, &CreateDatabaseDialog::created, this,
                [created, d](const QString &uuid, const QString &name) {
                    created(uuid, name, d->deploysAfterCreating());
                });
        dialog = d;
    } else {
        auto *d = new CreateApplicationDialog(session->client(), session->instance().name,
                                              m_createProjectUuid, m_createEnvironmentUuid,
                                              m_dialogParent);
        d->prefill(data->projects(), data->servers());
        connect(d, &CreateApplicationDialog::created, this,
                [created, d](const QString &uuid, const QString &name) {
                    created(uuid, name, d->deploysAfterCreating());
                });
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

QStringList ResourceActions::reasons(const QList<Target> &targets) const
{
    // Several resources: the bulk plan decides (kind and state must fit every one; those the
    // token may not act on are left out, listed in the confirmation, and block nothing).
    if (targets.size() > 1) {
        QStringList out;
        for (const Controllers::BulkAction action : kBulkActions)
            out << Controllers::BulkPlan::unavailableReason(m_fleet, action, targets);
        out << m_lifecycle->unavailableReason(Operation::Remove, targets);
        return out;
    }
    // Deploying is for applications only, whatever their status; access as for the lifecycle.
    QString deploy = m_lifecycle->accessReason(Ability::Deploy, targets);
    if (deploy.isEmpty() && !std::all_of(targets.cbegin(), targets.cend(), isApp))
        deploy = tr("Only applications can be deployed.");
    // In the order of all().
    return {m_lifecycle->unavailableReason(Operation::Start, targets),
            m_lifecycle->unavailableReason(Operation::Stop, targets),
            m_lifecycle->unavailableReason(Operation::Restart, targets),
            deploy,
            deploy,
            m_lifecycle->unavailableReason(Operation::Remove, targets)};
}

QStringList ResourceActions::reasonsFor(const Target &target) const
{
    return reasons({target});
}

void ResourceActions::update()
{
    const QStringList why = reasons(m_targets);
    configure(m_start, why.at(0), tr("Start the selected resources"));
    configure(m_stop, why.at(1), tr("Stop the selected resources"));
    configure(m_restart, why.at(2), tr("Restart the selected resources"));
    configure(m_deploy, why.at(3), tr("Deploy the selected applications"));
    configure(m_forceDeploy, why.at(4),
              tr("Rebuild and deploy the selected applications without the build cache"));
    configure(m_remove, why.at(5), tr("Delete the selected resource"));
    updateLinks();
}

void ResourceActions::updateLinks()
{
    const QString one = m_targets.size() == 1 ? QString()
        : m_targets.isEmpty()                 ? tr("Select a resource first.")
                                              : tr("Select a single resource.");
    const Target *t = m_targets.size() == 1 ? &m_targets.first() : nullptr;
    const Models::InstanceSession *session = t ? m_fleet->session(t->instanceId) : nullptr;
    const Models::InstanceData *data = t ? m_fleet->data(t->instanceId) : nullptr;

    QString settingsReason = one;
    if (t && !isApp(*t))
        settingsReason = tr("Only applications have a settings form here.");
    configure(m_editSettings, settingsReason, tr("Open the application's settings form"));

    QUrl page;
    QString pageReason = one;
    if (t && (!session || !data))
        pageReason = tr("The instance is not loaded.");
    else if (t)
        page = Models::WebLinks::resourcePage(*data, session->instance().rootUrl, t->kind, t->uuid,
                                              &pageReason);
    m_openInCoolify->setData(page);
    configure(m_openInCoolify, page.isValid() ? QString() : pageReason,
              page.isValid() ? tr("Open %1 in the browser").arg(page.toDisplayString())
                             : tr("Open the resource's page in Coolify's web UI"));

    configure(m_copyUuid, m_targets.isEmpty() ? tr("Select a resource first.") : QString(),
              tr("Copy the resource's UUID (for the CLI or the API)"));

    QUrl address;
    QString addressReason = one;
    if (t && data)
        address = Models::WebLinks::servedAt(*data, t->kind, t->uuid);
    if (t && !address.isValid())
        addressReason = t->kind == Api::ResourceKind::Database
            ? tr("A database has no web address.")
            : tr("It has no domain.");
    m_copyUrl->setData(address);
    configure(m_copyUrl, address.isValid() ? QString() : addressReason,
              address.isValid() ? tr("Copy %1").arg(address.toDisplayString())
                                : tr("Copy the address it is served at"));
}

void ResourceActions::run(Op op)
{
    if (m_targets.size() > 1 && op != Op::Remove)
        return runBulk(kBulkActions[int(op)]);
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

void ResourceActions::runBulk(Controllers::BulkAction action)
{
    const Controllers::BulkPlan plan = Controllers::BulkPlan::make(m_fleet, action, m_targets);
    if (!plan.blockedReason.isEmpty()) {
        emit message(plan.blockedReason);
        return;
    }
    confirmAndRunBulk(m_fleet, plan, m_dialogParent);
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
            [this, t, dialog] { m_lifecycle->run(Operation::Remove, {t}, dialog->options()); });
    dialog->open();
}

} // namespace Coolify::Gui
