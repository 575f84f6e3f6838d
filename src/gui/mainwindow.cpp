#include "gui/mainwindow.h"

#include "controllers/backuprunner.h"

#include "forms/plaintext.h"

#include "ui_mainwindow.h"

#include "gui/bulkprogresswindow.h"
#include "gui/bundledicons.h"
#include "gui/cliimportdialog.h"
#include "gui/closeshortcuts.h"
#include "gui/deploymentnotifier.h"
#include "gui/deploymentview.h"
#include "gui/instancedelegate.h"
#include "gui/instancedialog.h"
#include "gui/journalwindow.h"
#include "gui/preferencesdialog.h"
#include "gui/settingswindow.h"
#include "gui/tagdeploydialog.h"
#include "gui/viewpane.h"
#include "gui/viewstates.h"
#include "instances/cliconfig.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "journal/journal.h"
#include "models/applicationsmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/navigationmodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Instances::TokenStorage;
using Instances::VaultResult;
using Nav = Models::NavigationModel;

namespace {
const QString kGeometryKey = u"MainWindow/geometry"_s;
const QString kStateKey = u"MainWindow/state"_s;
const QString kSplitterKey = u"MainWindow/splitter"_s;
const QString kLastViewKey = u"MainWindow/lastView"_s; // [node, instance id, key]
} // namespace

MainWindow::MainWindow(Models::Fleet *fleet, QNetworkAccessManager *network, QSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_fleet(fleet)
    , m_network(network)
    , m_settings(settings)
    , m_navigation(new Models::NavigationModel(fleet, this))
    , m_primary(nullptr)
    , m_viewStates(std::make_shared<ViewStates>())
{
    installBundledIcons();
    m_ui->setupUi(this);
    m_viewStates->load(*m_settings);
    m_backupRunner = new Controllers::BackupRunner(m_fleet, this);
    m_primary = makePane();
    m_ui->workspace->addWidget(m_primary);
    m_ui->navigationTree->setModel(m_navigation);
    Forms::showItemToolTipsAsText(m_ui->navigationTree);
    m_ui->navigationTree->setItemDelegate(new InstanceDelegate(m_ui->navigationTree));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({280, 900});
    QFont emptyFont = m_ui->emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.4);
    m_ui->emptyTitle->setFont(emptyFont);
    createActions();
    applyPreferences(Preferences::load(*m_settings));
    connect(m_fleet, &Models::Fleet::sessionAdded, this,
            [this] { applyPreferences(Preferences::load(*m_settings)); });

    connect(m_ui->navigationTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                if (!m_restoringView)
                    m_lastView.reset(); // the user went elsewhere first
                updatePage();
                updateActions();
            });
    // In a split, the pane the user last worked in is the one the sidebar drives.
    m_focusWatch =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            for (ViewPane *pane : {m_primary, m_secondary.data()})
                if (pane && now && pane != activePane() && pane->isAncestorOf(now))
                    setActivePane(pane);
        });
    // Projects and environments arrive after start-up: the last view may only exist later.
    connect(m_navigation, &QAbstractItemModel::rowsInserted, this, &MainWindow::restoreLastView);
    connect(m_navigation, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first) {
                if (under.isValid())
                    return;
                const QModelIndex added = m_navigation->index(first, 0);
                m_ui->navigationTree->expand(added);
                if (added.data(Nav::NodeRole).toInt() == int(Nav::Node::Instance)
                    && m_ui->navigationTree->currentIndex() == m_navigation->fleetIndex()
                    && m_fleet->count() == 1 && !m_lastView)
                    m_ui->navigationTree->setCurrentIndex(added);
                updatePage();
            });
    connect(m_navigation, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePage();
        updateActions();
    });
    connect(m_ui->emptyAddButton, &QPushButton::clicked, this, &MainWindow::addInstance);
    connect(m_ui->emptyImportButton, &QPushButton::clicked, this, &MainWindow::importFromCli);
    setCliConfigCandidates(
        Instances::CliConfig::candidatePaths(QProcessEnvironment::systemEnvironment()));
    m_ui->emptyDemoButton->hide();
    connect(m_ui->emptyDemoButton, &QPushButton::clicked, this, [this] {
        const QString problem = m_demoStarter ? m_demoStarter() : QString();
        if (problem.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Demo Not Started"), problem,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    restoreState(m_settings->value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    for (int row = 0; row < m_navigation->rowCount(); ++row)
        m_ui->navigationTree->expand(m_navigation->index(row, 0));
    // One instance: start on it; several: on the fleet.
    m_ui->navigationTree->setCurrentIndex(m_fleet->count() == 1
                                              ? m_navigation->instanceIndex(m_fleet->ids().first())
                                              : m_navigation->fleetIndex());
    if (const QStringList last = m_settings->value(kLastViewKey).toStringList(); last.size() == 3)
        m_lastView = ViewSpec{Nav::Node(last.at(0).toInt()), last.at(1), last.at(2)};
    restoreLastView();
    updatePage();
    updateActions();
}

QModelIndex MainWindow::navigationIndex(const ViewSpec &spec) const
{
    if (!spec.instanceId.isEmpty())
        return m_navigation->find(spec.instanceId, spec.node, spec.key);
    for (int row = 0; row < m_navigation->rowCount(); ++row) // All Instances, Active Deployments
        if (m_navigation->index(row, 0).data(Nav::NodeRole).toInt() == int(spec.node))
            return m_navigation->index(row, 0);
    return {};
}

ViewPane *MainWindow::activePane() const
{
    return m_secondary && m_active == m_secondary ? m_secondary.data() : m_primary;
}

void MainWindow::setActivePane(ViewPane *pane)
{
    m_active = pane;
    const bool split = m_secondary != nullptr;
    m_primary->setActiveMarker(split && activePane() == m_primary);
    if (m_secondary)
        m_secondary->setActiveMarker(activePane() == m_secondary);
    // The sidebar shows what the active pane shows, so clicking an item always lands there.
    const QModelIndex index = navigationIndex(activePane()->spec());
    if (index.isValid() && index != m_ui->navigationTree->currentIndex()) {
        m_restoringView = true;
        m_ui->navigationTree->setCurrentIndex(index);
        m_restoringView = false;
    }
}

void MainWindow::restoreLastView()
{
    if (!m_lastView)
        return;
    const QModelIndex index = navigationIndex(*m_lastView);
    if (!index.isValid())
        return;
    m_lastView.reset();
    m_restoringView = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_ui->navigationTree->expand(parent);
    m_ui->navigationTree->setCurrentIndex(index);
    m_ui->navigationTree->scrollTo(index);
    m_restoringView = false;
}

MainWindow::~MainWindow()
{
    // ~QWidget still moves the focus around (hiding the window): not into this half-destroyed
    // window's lambda.
    disconnect(m_focusWatch);
    for (const QPointer<QWidget> &window : std::as_const(m_windows))
        delete window.data();
}

ViewPane *MainWindow::makePane()
{
    auto *pane = new ViewPane(m_fleet, m_viewStates, this);
    pane->setBackupRunner(m_backupRunner);
    connect(pane, &ViewPane::statusMessage, this, &MainWindow::showStatus);
    connect(pane, &ViewPane::detachRequested, this, [this, pane] { detach(pane->spec()); });
    connect(pane, &ViewPane::editInstanceRequested, this,
            [this](const QString &id) { editInstance(id); });
    connect(pane, &ViewPane::saveSessionRequested, this, &MainWindow::saveSessionInstance);
    connect(pane, &ViewPane::editSettingsRequested, this, &MainWindow::openSettings);
    connect(pane, &ViewPane::openDeployment, this, &MainWindow::openDeployment);
    connect(
        pane, &ViewPane::backupFinished, this,
        [this](const QString &instanceId, const QString &database, bool ok, const QString &text) {
            if (m_notifier)
                m_notifier->notifyBackup(instanceId, database, ok, text);
        });
    connect(pane, &ViewPane::navigateRequested, this, [this, pane](const ViewSpec &spec) {
        if (pane != m_primary && pane != m_secondary) {
            pane->setSpec(spec); // a pane of its own window: no sidebar drives it
            return;
        }
        setActivePane(pane);
        const QModelIndex node = m_navigation->find(spec.instanceId, spec.node, spec.key);
        if (node.isValid()) {
            m_ui->navigationTree->setCurrentIndex(node);
            m_ui->navigationTree->scrollTo(node);
            if (spec.statusGroup != Models::ResourceFilterProxy::StatusGroup::All)
                pane->showStatusGroup(spec.statusGroup);
        } else {
            pane->setSpec(spec); // not in the sidebar yet (projects still loading)
        }
    });
    return pane;
}

QString MainWindow::currentInstanceId() const
{
    return m_ui->navigationTree->currentIndex().data(Nav::InstanceIdRole).toString();
}

ViewSpec MainWindow::currentSpec() const
{
    const QModelIndex index = m_ui->navigationTree->currentIndex();
    ViewSpec spec;
    if (!index.isValid())
        return spec;
    spec.node = Nav::Node(index.data(Nav::NodeRole).toInt());
    spec.instanceId = index.data(Nav::InstanceIdRole).toString();
    spec.key = index.data(Nav::KeyRole).toString();
    return spec;
}

bool MainWindow::selectInstance(const QString &idOrName)
{
    for (const QString &id : m_fleet->ids()) {
        const Models::InstanceSession *session = m_fleet->session(id);
        if (id == idOrName
            || session->instance().name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            m_ui->navigationTree->setCurrentIndex(m_navigation->instanceIndex(id));
            return true;
        }
    }
    return false;
}

void MainWindow::updatePage()
{
    const bool any = m_fleet->count() > 0;
    m_ui->pages->setCurrentWidget(any ? static_cast<QWidget *>(m_ui->workspace) : m_ui->emptyPage);
    if (any)
        activePane()->setSpec(currentSpec());
    const QString title = any ? activePane()->title() : QString();
    setWindowTitle(title.isEmpty() ? tr("Coolify Desktop") : tr("%1 — Coolify Desktop").arg(title));
}

void MainWindow::updateActions()
{
    const bool instance = !currentInstanceId().isEmpty();
    m_editAction->setEnabled(instance);
    m_removeAction->setEnabled(instance);
    m_editAction->setToolTip(instance ? tr("Edit the selected instance")
                                      : tr("Select an instance first."));
    m_removeAction->setToolTip(instance ? tr("Remove the selected instance")
                                        : tr("Select an instance first."));
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::saved, this, &MainWindow::applyPreferences);
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    for (const QString &id : m_fleet->ids()) {
        if (Models::InstanceData *instanceData = m_fleet->data(id))
            instanceData->setIntervals(preferences.intervals());
    }
    if (m_notifier)
        m_notifier->setQuiet(preferences.quietNotifications);
    if (m_journal)
        m_journal->setRetentionDays(preferences.journalRetentionDays);
}

void MainWindow::openDeployment(const QString &instanceId, const QString &deploymentUuid)
{
    const QString name = u"deployment:"_s + deploymentUuid;
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window && window->objectName() == name) {
            window->raise();
            window->activateWindow();
            return;
        }
    }
    Models::InstanceSession *session = m_fleet->session(instanceId);
    if (!session)
        return;
    // Each followed deployment gets a window of its own, so several can run side by side.
    auto *view = new DeploymentView(session->client(), deploymentUuid, session->instance().name,
                                    session->abilities());
    view->setObjectName(name);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    addCloseShortcuts(view);
    view->resize(960, 680);
    const auto retitle = [view] {
        view->setWindowTitle(tr("%1 — Coolify Desktop").arg(view->windowTitle()));
    };
    retitle();
    if (Models::InstanceData *instanceData = m_fleet->data(instanceId))
        connect(view, &DeploymentView::ended, instanceData, &Models::InstanceData::refresh);
    m_windows << view;
    view->show();
}

void MainWindow::setDemoStarter(std::function<QString()> start)
{
    m_demoStarter = std::move(start);
    m_ui->emptyDemoButton->setVisible(bool(m_demoStarter));
}

void MainWindow::setCliConfigCandidates(const QStringList &paths)
{
    m_cliCandidates = paths;
    m_ui->emptyImportButton->setVisible(std::any_of(
        paths.cbegin(), paths.cend(), [](const QString &p) { return QFile::exists(p); }));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::openInSplitView()
{
    if (!m_secondary) {
        m_secondary = makePane();
        m_secondary->setClosable(true);
        connect(m_secondary, &ViewPane::closeRequested, this, [this] {
            if (m_secondary)
                m_secondary->deleteLater();
            m_secondary = nullptr;
            setActivePane(m_primary);
        });
        m_ui->workspace->addWidget(m_secondary);
    }
    m_secondary->setSpec(currentSpec());
    setActivePane(m_secondary); // the sidebar now drives the new pane
}

void MainWindow::openInNewWindow()
{
    detach(currentSpec());
}

void MainWindow::detach(const ViewSpec &spec)
{
    auto *window = new QWidget(nullptr, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    addCloseShortcuts(window);
    auto *pane = makePane();
    pane->setParent(window);
    pane->setSpec(spec);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pane);
    window->setWindowTitle(tr("%1 — Coolify Desktop").arg(pane->title()));
    window->resize(900, 600);
    m_windows << window;
    window->show();
}

void MainWindow::openSettings(const QString &instanceId, const QString &applicationUuid)
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        auto *settings = qobject_cast<SettingsWindow *>(window.data());
        if (settings && settings->applicationUuid() == applicationUuid) {
            settings->raise();
            settings->activateWindow();
            return;
        }
    }
    Models::InstanceSession *session = m_fleet->session(instanceId);
    Models::InstanceData *instanceData = m_fleet->data(instanceId);
    if (!session || !instanceData)
        return;
    const Models::Application *app = instanceData->applications()->find(applicationUuid);
    auto *window =
        new SettingsWindow(session->client(), applicationUuid, app ? app->name : applicationUuid,
                           session->instance().name, session->abilities());
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &SettingsWindow::saved, instanceData, &Models::InstanceData::refresh);
    m_windows << window;
    window->show();
}

void MainWindow::refresh()
{
    m_fleet->checkAll();
    m_fleet->refreshAll();
    showStatus(tr("Refreshing every instance…"));
}

void MainWindow::addInstance()
{
    auto *dialog = new InstanceDialog(m_fleet->manager(), m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectInstance(dialog->savedId());
        showStatus(tr("Instance added."));
    });
    dialog->open();
}

void MainWindow::setJournal(Journal::Journal *journal)
{
    m_journal = journal;
    m_journalAction->setEnabled(journal != nullptr);
}

void MainWindow::showJournal()
{
    if (!m_journal)
        return;
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window && window->objectName() == "journalWindow"_L1) {
            window->raise();
            window->activateWindow();
            return;
        }
    }
    auto *journal = new JournalWindow(m_journal, m_fleet, this);
    connect(journal, &JournalWindow::openDeploymentRequested, this, &MainWindow::openDeployment);
    connect(journal, &JournalWindow::openResourceRequested, this,
            [this](const QString &instanceId, const QString &uuid) {
                const QModelIndex node =
                    m_navigation->find(instanceId, Models::NavigationModel::Node::Resource, uuid);
                if (!node.isValid()) {
                    showStatus(tr("That resource is not on its instance any more."));
                    return;
                }
                activateWindow();
                raise();
                m_ui->navigationTree->setCurrentIndex(node);
                m_ui->navigationTree->scrollTo(node);
            });
    m_windows << journal;
    journal->show();
}

void MainWindow::importFromCli()
{
    auto *dialog = new CliImportDialog(m_fleet->manager(), m_network, m_cliCandidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CliImportDialog::imported, this, [this](const QString &firstId) {
        selectInstance(firstId);
        showStatus(tr("Instances imported from coolify-cli."));
    });
    dialog->open();
}

void MainWindow::deployByTag()
{
    auto *dialog = new TagDeployDialog(m_fleet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { confirmAndRunBulk(m_fleet, dialog->plan(), this); });
    dialog->open();
}

void MainWindow::editInstance(const QString &id)
{
    const auto instance =
        m_fleet->manager()->store()->find(id.isEmpty() ? currentInstanceId() : id);
    if (!instance)
        return;
    auto *dialog = new InstanceDialog(m_fleet->manager(), m_network, *instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, instanceId = instance->id] {
        m_fleet->reloadToken(instanceId);
        showStatus(tr("Instance saved."));
    });
    dialog->open();
}

void MainWindow::removeInstance()
{
    const auto instance = m_fleet->manager()->store()->find(currentInstanceId());
    if (!instance)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove Instance"),
        tr("Remove “%1” (%2) from Coolify Desktop?\n\nIts API token is deleted from the keychain. "
           "Nothing changes on the Coolify server.")
            .arg(instance->name, instance->rootUrl.toDisplayString()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoveInstance"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id = instance->id, name = instance->name] {
        m_fleet->manager()->remove(id, this, [this, name](const VaultResult &r) {
            showStatus(r.ok() ? tr("Removed “%1”.").arg(name) : r.message);
        });
    });
    box->open();
}

void MainWindow::saveSessionInstance(const QString &id)
{
    m_fleet->manager()->saveSessionInstance(
        id, TokenStorage::Keychain, this, [this](const VaultResult &result) {
            showStatus(result.ok() ? tr("Instance saved; its token is now in the keychain.")
                                   : tr("The instance was not saved: %1").arg(result.message));
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kSplitterKey, m_ui->splitter->saveState());
    const ViewSpec spec = currentSpec();
    m_settings->setValue(kLastViewKey,
                         QStringList{QString::number(int(spec.node)), spec.instanceId, spec.key});
    m_primary->saveState();
    if (m_secondary)
        m_secondary->saveState();
    m_viewStates->save(*m_settings);
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            window->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_fleet->setWindowVisible(!isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_fleet->setWindowVisible(true);
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    m_fleet->setWindowVisible(false);
    QMainWindow::hideEvent(event);
}

} // namespace Coolify::Gui
