#pragma once

#include "controllers/backuprunner.h"
#include "models/navigationmodel.h"
#include "models/resourcefilterproxy.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QToolButton;

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

class InstanceOverview;
class ResourceActions;
class ResourceTableView;
class ResourceTabs;
class ServerDetails;
class ViewStates;

// What a pane shows: a node of the navigation tree.
struct ViewSpec
{
    Models::NavigationModel::Node node = Models::NavigationModel::Node::Fleet;
    QString instanceId;
    QString key; // project uuid, environment id or resource uuid
    // A table's status filter to show it with (from a count on the instance page); All keeps
    // whatever the view had.
    Models::ResourceFilterProxy::StatusGroup statusGroup =
        Models::ResourceFilterProxy::StatusGroup::All;
    bool operator==(const ViewSpec &) const = default;
};

// One view of the workspace: the fleet table, an instance's applications/databases/services
// (optionally narrowed to a project or environment), its projects overview, its servers (with
// what runs on the selected one), its active deployments, or the instance overview. Tables come
// with filters, actions and a details pane, and say when their data is stale. A pane can be shown
// beside another (split) or in its own window.
class ViewPane : public QWidget
{
    Q_OBJECT

public:
    // `states` (may be null) remembers each view's filters, sorting, selection and splitter.
    // Shared, so a pane deleted after its main window (detached, or with the window's
    // children) can still save into it.
    ViewPane(Models::Fleet *fleet, std::shared_ptr<ViewStates> states, QWidget *parent = nullptr);
    ~ViewPane() override;

    // Backups started from the fleet overview run on this (it outlives the pane, so a backup
    // is followed to its end wherever the user goes); null: the overview has its own.
    void setBackupRunner(Controllers::BackupRunner *runner) { m_backupRunner = runner; }
    void setSpec(const ViewSpec &spec);
    // Sets the table's status filter (a no-op for views without one).
    void showStatusGroup(Models::ResourceFilterProxy::StatusGroup group);
    const ViewSpec &spec() const { return m_spec; }
    QString title() const;
    void setClosable(bool closable);
    // Beside another pane: whether this is the one the sidebar drives (its title says so).
    void setActiveMarker(bool active);
    bool hasActiveMarker() const { return m_activeMarker; }
    ResourceTableView *table() const { return m_table; }
    ResourceActions *actions() const { return m_actions; }
    InstanceOverview *overview() const { return m_overview; }
    ResourceTabs *tabs() const { return m_tabs; }
    QSplitter *detailsSplitter() const { return m_splitter; }
    // Puts the current view's state into the ViewStates (done on every switch and on close).
    void saveState();
    static QString stateKey(const ViewSpec &spec);

signals:
    void closeRequested();
    void detachRequested();
    void statusMessage(const QString &text);
    void editInstanceRequested(const QString &instanceId);
    void saveSessionRequested(const QString &instanceId);
    void editSettingsRequested(const QString &instanceId, const QString &applicationUuid);
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);
    // A backup started in this pane ended (for a desktop notification).
    void backupFinished(const QString &instanceId, const QString &databaseName, bool ok,
                        const QString &text);
    // Show another view, e.g. a resource picked on a server, an environment in the projects.
    void navigateRequested(const Coolify::Gui::ViewSpec &spec);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The title elided to the pane's width (the whole of it in the tooltip), and the header's
    // buttons as icons only when the pane is narrow: a split view fits a 1024 px screen.
    void fitHeader();
    void elideTitle();

    void rebuild();
    void updateHeader();
    void updateSelection();
    void updateServerSelection();
    void selectCreated();
    void requestVisibleLastDeployments();
    void restoreState();

    Models::Fleet *m_fleet;
    std::shared_ptr<ViewStates> m_states;
    QPointer<Controllers::BackupRunner> m_backupRunner;
    ViewSpec m_spec;
    QSplitter *m_splitter = nullptr;
    bool m_activeMarker = false;
    QLabel *m_title;
    QToolButton *m_detach;
    QToolButton *m_close;
    QWidget *m_content = nullptr;
    ResourceTableView *m_table = nullptr;
    ResourceTabs *m_tabs = nullptr;
    ResourceActions *m_actions = nullptr;
    InstanceOverview *m_overview = nullptr;
    ServerDetails *m_serverDetails = nullptr;
    QList<int> m_restoredSizes; // the splitter's sizes as restored (empty: defaults)
    QString m_createdKey; // "<instance>/<uuid>" of a resource created here, until it is selected
    QTimer m_rowsChanged;
};

} // namespace Coolify::Gui
