#pragma once

#include "controllers/bulkplan.h"
#include "controllers/lifecyclecontroller.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {
class DeployController;
}

namespace Coolify::Gui {

// The operations on selected resources — start, stop, restart, deploy, force redeploy, delete —
// as QActions that any view can put in a toolbar or menu. Each is enabled only when it applies
// to the selection and the token may do it; otherwise its tooltip says why (e.g. "The token
// lacks the “deploy” permission."). The requests themselves are the controllers' work
// (Controllers::LifecycleController, Controllers::DeployController); this class only turns them
// into actions and asks before deleting.
class ResourceActions : public QObject
{
    Q_OBJECT

public:
    using Target = Controllers::ResourceRef;

    ResourceActions(Models::Fleet *fleet, QWidget *dialogParent, QObject *parent = nullptr);

    void setTargets(const QList<Target> &targets);
    const QList<Target> &targets() const { return m_targets; }

    QAction *start() const { return m_start; }
    QAction *stop() const { return m_stop; }
    QAction *restart() const { return m_restart; }
    QAction *deploy() const { return m_deploy; }
    QAction *forceDeploy() const { return m_forceDeploy; }
    QAction *remove() const { return m_remove; }
    QList<QAction *> all() const;
    // Why each action of all() (in that order) could not run on `target` now; empty where it
    // could. Leaves the selection and the actions alone: cheap enough for every row of a fleet.
    QStringList reasonsFor(const Target &target) const;

    // What the selected row is, and where else it lives: its settings form (applications),
    // its page in Coolify's web UI, its uuid and its address on the clipboard.
    QAction *editSettings() const { return m_editSettings; }
    QAction *openInCoolify() const { return m_openInCoolify; }
    QAction *copyUuid() const { return m_copyUuid; }
    QAction *copyUrl() const { return m_copyUrl; }
    // Everything for a row's context menu, grouped with separators.
    QList<QAction *> contextMenu() const;
    // Re-reads the selection's page and address (projects and domains load after the rows).
    void updateLinks();

    QAction *newApplication() const { return m_newApplication; }
    QAction *newDatabase() const { return m_newDatabase; }
    // The instance that "New …" creates in (views of one instance set it; the fleet view not).
    void setCreateContext(const QString &instanceId, const QString &projectUuid = {},
                          const QString &environmentUuid = {});

signals:
    // A sentence for the status bar: what was queued, or what went wrong and why.
    void message(const QString &text);
    // A deployment was queued for real (never a phantom uuid): the host may follow it.
    void followRequested(const QString &instanceId, const QString &deploymentUuid);
    void editSettingsRequested(const QString &instanceId, const QString &applicationUuid);
    // Created here: the view shows it selected once it has loaded.
    void created(const QString &instanceId, const QString &uuid, const QString &name);

private:
    enum class Op { Start, Stop, Restart, Deploy, ForceDeploy, Remove };
    // The bulk action of each Op but Remove, in the same order.
    static constexpr Controllers::BulkAction kBulkActions[] = {
        Controllers::BulkAction::Start, Controllers::BulkAction::Stop,
        Controllers::BulkAction::Restart, Controllers::BulkAction::Deploy,
        Controllers::BulkAction::ForceDeploy};
    void runBulk(Controllers::BulkAction action);
    void update();
    QStringList reasons(const QList<Target> &targets) const;
    void copy(const QString &text, const QString &what);
    void run(Op op);
    void runDelete();
    void runCreate(bool database);
    void updateCreate();
    QAction *makeAction(const QString &text, const char *icon, const QString &name, Op op);

    Models::Fleet *m_fleet;
    QWidget *m_dialogParent;
    QList<Target> m_targets;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_deploy;
    QAction *m_forceDeploy;
    QAction *m_remove;
    QAction *m_editSettings;
    QAction *m_openInCoolify;
    QAction *m_copyUuid;
    QAction *m_copyUrl;
    QAction *m_separators[2];
    QAction *m_newApplication;
    QAction *m_newDatabase;
    Controllers::LifecycleController *m_lifecycle;
    Controllers::DeployController *m_deployer;
    QString m_createInstanceId;
    QString m_createProjectUuid;
    QString m_createEnvironmentUuid;
};

} // namespace Coolify::Gui
