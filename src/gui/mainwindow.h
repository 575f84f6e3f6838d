#pragma once

#include "gui/viewpane.h"

#include <QList>
#include <QMainWindow>

#include <QPointer>
#include <functional>

#include <memory>
#include <optional>

class QAction;
class QNetworkAccessManager;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace Coolify::Models {
class Fleet;
class NavigationModel;
} // namespace Coolify::Models

namespace Coolify::Controllers {
class BackupRunner;
}

namespace Coolify::Journal {
class Journal;
}

namespace Coolify::Gui {

class CommandPalette;
class ViewStates;
class DeploymentNotifier;
struct Preferences;

// The main window: the navigation tree (all instances, each instance's projects, environments,
// resources, servers and deployments) on the left; on the right one view, or two side by side
// (split view); any view can also open in its own window. Geometry and layout come back on the
// next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Models::Fleet *fleet, QNetworkAccessManager *network, QSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects the instance with this id or (case-insensitive) name; false when none matches.
    bool selectInstance(const QString &idOrName);
    // What "Try the Demo" on the empty page runs: the app starts its built-in sandbox and adds
    // its instances for the session, returning an error text (empty: it worked). Without one
    // the button is hidden (the GUI cannot start the sandbox itself).
    void setDemoStarter(std::function<QString()> start);
    // Where "Import from coolify-cli…" looks for the CLI's configuration, most likely first
    // (default: Instances::CliConfig::candidatePaths() of this process). The start page offers
    // the import when one of them exists.
    void setCliConfigCandidates(const QStringList &paths);
    // The journal of changes, for View → Journal (the action is off without one).
    void setJournal(Journal::Journal *journal);
    QString currentInstanceId() const;
    ViewPane *primaryPane() const { return m_primary; }
    ViewPane *secondaryPane() const { return m_secondary; }
    // The pane the sidebar drives: the one that last had the focus (the new one after a split).
    ViewPane *activePane() const;
    Models::NavigationModel *navigation() const { return m_navigation; }
    CommandPalette *commandPalette() const { return m_palette; }
    DeploymentNotifier *notifier() const { return m_notifier; }

public slots:
    void addInstance();
    void importFromCli();
    void deployByTag();
    void showJournal();
    void editInstance(const QString &id = {});
    void removeInstance();
    void refresh();
    void saveSessionInstance(const QString &id);
    void openInSplitView();
    void openInNewWindow();
    void openSettings(const QString &instanceId, const QString &applicationUuid);
    void openDeployment(const QString &instanceId, const QString &deploymentUuid);
    void showPreferences();
    void showShortcuts();
    void showAbout();
    void applyPreferences(const Coolify::Gui::Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void updatePage();
    void updateActions();
    void showStatus(const QString &message);
    void restoreLastView();
    QModelIndex navigationIndex(const ViewSpec &spec) const;
    void setActivePane(ViewPane *pane);
    ViewSpec currentSpec() const;
    ViewPane *makePane();
    void detach(const ViewSpec &spec);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Models::Fleet *m_fleet;
    QNetworkAccessManager *m_network;
    QSettings *m_settings;
    Models::NavigationModel *m_navigation;
    ViewPane *m_primary;
    std::shared_ptr<ViewStates> m_viewStates;
    // The view the app was left on, until it is shown (its node may arrive after start-up) or
    // the user picks another one.
    std::optional<ViewSpec> m_lastView;
    bool m_restoringView = false;
    QPointer<ViewPane> m_secondary;
    QPointer<ViewPane> m_active;
    QMetaObject::Connection m_focusWatch;
    QList<QPointer<QWidget>> m_windows;
    QAction *m_addAction = nullptr;
    QAction *m_importCliAction = nullptr;
    QAction *m_deployTagAction = nullptr;
    QAction *m_journalAction = nullptr;
    Journal::Journal *m_journal = nullptr;
    QStringList m_cliCandidates;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_windowAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    CommandPalette *m_palette = nullptr;
    DeploymentNotifier *m_notifier = nullptr;
    // Backups started from the fleet overview, followed to their end while the window lives.
    Controllers::BackupRunner *m_backupRunner = nullptr;
    std::function<QString()> m_demoStarter;
};

} // namespace Coolify::Gui
