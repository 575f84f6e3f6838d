// MainWindow's actions, menus, toolbar and command palette, and the two Help dialogs (keyboard
// shortcuts, About): how the window is driven, apart from what it shows (mainwindow.cpp).
#include "gui/mainwindow.h"

#include "controllers/backuprunner.h"

#include "ui_mainwindow.h"

#include "gui/closeshortcuts.h"
#include "gui/commandpalette.h"
#include "gui/deploymentnotifier.h"
#include "gui/logviewer.h"
#include "gui/preferencesdialog.h"
#include "gui/resourceactions.h"
#include "gui/resourcetableview.h"
#include "gui/shortcutsdialog.h"
#include "gui/viewpane.h"
#include "models/fleet.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

void MainWindow::createActions()
{
    m_addAction = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Instance…"), this);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setObjectName(u"actionAddInstance"_s);
    m_addAction->setStatusTip(tr("Add a Coolify instance with its address and API token"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addInstance);

    m_importCliAction = new QAction(tr("&Import from coolify-cli…"), this);
    m_importCliAction->setObjectName(u"actionImportCli"_s);
    m_importCliAction->setStatusTip(
        tr("Add the instances set up in the official Coolify CLI, moving their tokens to the "
           "keychain"));
    connect(m_importCliAction, &QAction::triggered, this, &MainWindow::importFromCli);

    m_journalAction = new QAction(QIcon::fromTheme(u"view-history"_s), tr("&Journal"), this);
    m_journalAction->setObjectName(u"actionJournal"_s);
    m_journalAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_J);
    m_journalAction->setStatusTip(tr("Every change this app made on your instances"));
    m_journalAction->setEnabled(false);
    connect(m_journalAction, &QAction::triggered, this, &MainWindow::showJournal);

    m_editAction = new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit Instance…"), this);
    m_editAction->setObjectName(u"actionEditInstance"_s);
    m_editAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_editAction->setStatusTip(tr("Change the selected instance's name, address, token or colour"));
    connect(m_editAction, &QAction::triggered, this, [this] { editInstance(); });

    m_removeAction = new QAction(QIcon::fromTheme(u"list-remove"_s), tr("&Remove Instance…"), this);
    m_removeAction->setObjectName(u"actionRemoveInstance"_s);
    m_removeAction->setStatusTip(tr("Forget the selected instance and delete its token"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeInstance);

    m_deployTagAction = new QAction(QIcon::fromTheme(u"go-up"_s), tr("Deploy by &Tag…"), this);
    m_deployTagAction->setObjectName(u"actionDeployTag"_s);
    m_deployTagAction->setStatusTip(
        tr("Deploy every application that carries a Coolify tag, on every instance"));
    connect(m_deployTagAction, &QAction::triggered, this, &MainWindow::deployByTag);

    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("Re&fresh"), this);
    m_refreshAction->setObjectName(u"actionRefresh"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Reload everything from every instance now"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_splitAction =
        new QAction(QIcon::fromTheme(u"view-split-left-right"_s), tr("Open in &Split View"), this);
    m_splitAction->setObjectName(u"actionSplitView"_s);
    m_splitAction->setShortcut(Qt::CTRL | Qt::Key_Backslash);
    m_splitAction->setStatusTip(tr("Show the selected item beside the current view"));
    connect(m_splitAction, &QAction::triggered, this, &MainWindow::openInSplitView);

    m_windowAction =
        new QAction(QIcon::fromTheme(u"window-new"_s), tr("Open in New &Window"), this);
    m_windowAction->setObjectName(u"actionNewWindow"_s);
    m_windowAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_windowAction->setStatusTip(tr("Show the selected item in a window of its own"));
    connect(m_windowAction, &QAction::triggered, this, &MainWindow::openInNewWindow);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction =
        new QAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(u"actionPreferences"_s);
    m_preferencesAction->setShortcuts(PreferencesDialog::shortcuts());
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Language, notifications and refresh intervals"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_addAction);
    fileMenu->addAction(m_importCliAction);
    fileMenu->addAction(m_preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *instanceMenu = menuBar()->addMenu(tr("&Instance"));
    instanceMenu->addAction(m_editAction);
    instanceMenu->addAction(m_removeAction);
    instanceMenu->addSeparator();
    instanceMenu->addAction(m_deployTagAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_refreshAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_splitAction);
    viewMenu->addAction(m_windowAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_journalAction);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_splitAction);

    m_ui->navigationTree->addActions({m_splitAction, m_windowAction, m_editAction, m_removeAction});
    m_ui->navigationTree->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Ctrl+K: jump anywhere, run any action (disabled ones say why).
    m_palette = new CommandPalette(this);
    m_palette->setNavigationModel(m_navigation);
    m_palette->addSource(std::make_shared<ActionCommandSource>(
        [this] { return ActionCommandSource::menuActions(menuBar()); }));
    m_palette->addSource(std::make_shared<ActionCommandSource>(
        [this] {
            return m_primary->actions() ? m_primary->actions()->contextMenu() : QList<QAction *>{};
        },
        tr("Selection")));
    auto resources = std::make_shared<ResourceCommandSource>(m_fleet, this);
    connect(resources.get(), &ResourceCommandSource::message, this, &MainWindow::showStatus);
    m_palette->addSource(resources);
    connect(m_palette, &CommandPalette::navigateTo, this, [this](const QModelIndex &index) {
        m_ui->navigationTree->setCurrentIndex(index);
        m_ui->navigationTree->scrollTo(index);
        m_ui->navigationTree->setFocus(Qt::ShortcutFocusReason);
    });
    viewMenu->insertAction(viewMenu->actions().value(0), m_palette->toggleAction());

    // Desktop notifications when deployments end, also those started elsewhere.
    m_notifier = new DeploymentNotifier(m_fleet, m_settings, Preferences::QuietKey, this);
    connect(m_notifier, &DeploymentNotifier::openDeployment, this, &MainWindow::openDeployment);
    connect(m_backupRunner, &Controllers::BackupRunner::backupFinished, m_notifier,
            &DeploymentNotifier::notifyBackup);
    viewMenu->addSeparator();
    viewMenu->addAction(m_notifier->quietAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        helpMenu->addAction(QIcon::fromTheme(u"input-keyboard"_s), tr("&Keyboard Shortcuts"), this,
                            &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"actionShortcuts"_s);
    shortcuts->setShortcut(Qt::CTRL | Qt::Key_Question);
    shortcuts->setStatusTip(tr("Every keyboard shortcut of the app"));
    QAction *docs = helpMenu->addAction(
        QIcon::fromTheme(u"help-contents"_s), tr("Coolify &Documentation"), this,
        [] { QDesktopServices::openUrl(QUrl(u"https://coolify.io/docs/"_s)); });
    docs->setObjectName(u"actionDocumentation"_s);
    docs->setStatusTip(tr("Open Coolify's documentation in the browser"));
    helpMenu->addSeparator();
    QAction *about =
        helpMenu->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Coolify Desktop"), this,
                            &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    ResourceActions resourceActions(m_fleet, nullptr); // the keys every resource view binds
    const QList<ShortcutsDialog::Section> sections{
        {tr("Main window"),
         ShortcutsDialog::fromActions(ActionCommandSource::menuActions(menuBar()))},
        {tr("Selected resources"), ShortcutsDialog::fromActions(resourceActions.all())},
        {tr("Resource tables"), ResourceTableView::shortcutHelp()},
        {tr("Logs"), LogViewer::shortcutHelp()},
        {tr("Settings, log and detached windows"),
         {{closeShortcutKeys(), tr("Close the window (asks first about unsaved edits)")}}}};
    auto *dialog = new ShortcutsDialog(sections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    if (auto *open = findChild<QMessageBox *>(u"aboutBox"_s)) {
        open->raise();
        return;
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Coolify Desktop"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText); // our own text only; no server string appears here
    const QString homepage = QStringLiteral(COOLIFY_HOMEPAGE);
    box->setText(tr("<h3>Coolify Desktop %1</h3>"
                    "<p>A desktop client for several Coolify instances side by side.</p>")
                     .arg(QStringLiteral(COOLIFY_VERSION)));
    box->setInformativeText(
        tr("<p>Works with Coolify v4 through its API v1; its behaviour was checked against "
           "Coolify 4.3.11. Tokens are kept in the system keychain.</p>"
           "<p>Built with Qt %1 (running on Qt %2).</p>"
           "<p>Released under the MIT licence. <a href=\"%3\">%3</a></p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 homepage.toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace Coolify::Gui
