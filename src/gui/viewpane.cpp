#include "gui/viewpane.h"

#include "controllers/databasebackups.h"
#include "gui/activedeploymentsview.h"
#include "gui/backupsoverview.h"
#include "gui/databasebackupsview.h"
#include "gui/deploymenthistoryview.h"
#include "gui/instanceoverview.h"
#include "gui/projectsoverview.h"
#include "gui/resourceactions.h"
#include "gui/resourcedetails.h"
#include "gui/resourcetableview.h"
#include "gui/resourcetabs.h"
#include "gui/serverdetails.h"
#include "gui/viewstates.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/fleetmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/projectsmodel.h"
#include "models/roles.h"
#include "models/serversmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Node = Models::NavigationModel::Node;
using Models::FleetModel;

ViewPane::ViewPane(Models::Fleet *fleet, std::shared_ptr<ViewStates> states, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_states(std::move(states))
    , m_title(new QLabel(this))
    , m_detach(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"viewPane"_s);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(u"paneTitle"_s);
    m_title->setTextFormat(Qt::PlainText); // resource and instance names
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 12);
    m_title->installEventFilter(this); // re-elide whenever the header gives it another width
    m_detach->setIcon(QIcon::fromTheme(u"window-new"_s));
    m_detach->setText(tr("Open in New Window"));
    m_detach->setToolTip(tr("Open this view in its own window"));
    m_detach->setAccessibleName(tr("Open in new window"));
    m_detach->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this pane"));
    m_close->setAccessibleName(tr("Close pane"));
    m_close->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_close->hide();
    connect(m_detach, &QToolButton::clicked, this, &ViewPane::detachRequested);
    connect(m_close, &QToolButton::clicked, this, &ViewPane::closeRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_detach);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    // A refresh reports changed rows in many small runs: follow them once per event-loop turn.
    m_rowsChanged.setSingleShot(true);
    m_rowsChanged.setInterval(0);
    connect(fleet->resources(), &QAbstractItemModel::dataChanged, &m_rowsChanged,
            qOverload<>(&QTimer::start));
    connect(&m_rowsChanged, &QTimer::timeout, this, [this] {
        updateHeader();
        if (m_tabs)
            m_tabs->rowsChanged();
        updateSelection();
    });
    connect(fleet, &Models::Fleet::sessionChanged, this, &ViewPane::updateHeader);
    rebuild();
}

ViewPane::~ViewPane()
{
    saveState();
    // Give the focus up while this is still a whole ViewPane: otherwise it moves as the children
    // die, and whoever watches QApplication::focusChanged meets a half-destroyed pane.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
}

void ViewPane::setActiveMarker(bool active)
{
    m_activeMarker = active;
    // The highlight colour of the palette, light or dark; the words say it for screen readers.
    m_title->setForegroundRole(active ? QPalette::Highlight : QPalette::WindowText);
    m_title->setAccessibleDescription(active ? tr("Active pane: the sidebar shows its items here")
                                             : QString());
    updateHeader();
}

void ViewPane::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void ViewPane::setSpec(const ViewSpec &spec)
{
    if (spec == m_spec && m_content)
        return;
    if (m_content)
        saveState();
    m_spec = spec;
    m_spec.statusGroup = Models::ResourceFilterProxy::StatusGroup::All; // applied once, below
    rebuild();
    if (spec.statusGroup != Models::ResourceFilterProxy::StatusGroup::All)
        showStatusGroup(spec.statusGroup);
}

void ViewPane::showStatusGroup(Models::ResourceFilterProxy::StatusGroup group)
{
    if (m_table)
        m_table->setStatusGroup(group);
}

QString ViewPane::title() const
{
    const Models::InstanceSession *session = m_fleet->session(m_spec.instanceId);
    const QString instance = session ? session->instance().name : QString();
    const Models::InstanceData *instanceData = m_fleet->data(m_spec.instanceId);
    switch (m_spec.node) {
    case Node::Fleet:
        return tr("All instances");
    case Node::Instance:
        return instance;
    case Node::Applications:
        return tr("%1 — Applications").arg(instance);
    case Node::Databases:
        return tr("%1 — Databases").arg(instance);
    case Node::Services:
        return tr("%1 — Services").arg(instance);
    case Node::Servers:
        return tr("%1 — Servers").arg(instance);
    case Node::Deployments:
        return instance.isEmpty() ? tr("Active deployments on all instances")
                                  : tr("%1 — Active deployments").arg(instance);
    case Node::Backups:
        return tr("Backups on all instances");
    case Node::Projects:
        return tr("%1 — Projects").arg(instance);
    case Node::Project:
        if (instanceData) {
            if (const auto *project = instanceData->projects()->find(m_spec.key))
                return tr("%1 — %2").arg(instance, project->name);
        }
        return instance;
    case Node::Environment:
    case Node::Resource:
        if (instanceData) {
            const qint64 id = m_spec.node == Node::Environment ? m_spec.key.toLongLong() : -1;
            if (const auto ref = instanceData->projects()->environmentById(id))
                return tr("%1 — %2 / %3").arg(instance, ref->project.name, ref->environment.name);
        }
        return instance;
    }
    return {};
}

void ViewPane::rebuild()
{
    delete m_content;
    // Built while detached and shown once complete on every return path, so all of its
    // children are visible at once (children added to an already visible widget start hidden).
    m_content = new QWidget;
    const auto attach = qScopeGuard([this] {
        static_cast<QVBoxLayout *>(this->layout())->addWidget(m_content, 1);
        m_content->show();
    });
    m_table = nullptr;
    m_splitter = nullptr;
    m_tabs = nullptr;
    m_actions = nullptr;
    m_overview = nullptr;
    m_serverDetails = nullptr;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    Models::InstanceData *instanceData = m_fleet->data(m_spec.instanceId);
    if (m_spec.node == Node::Instance) {
        m_overview = new InstanceOverview(m_content);
        m_overview->setSession(m_fleet->session(m_spec.instanceId));
        const QString id = m_spec.instanceId;
        connect(m_overview, &InstanceOverview::editRequested, this,
                [this, id] { emit editInstanceRequested(id); });
        connect(m_overview, &InstanceOverview::reconnectRequested, this,
                [this, id] { m_fleet->reloadToken(id); });
        connect(m_overview, &InstanceOverview::saveSessionRequested, this,
                [this, id] { emit saveSessionRequested(id); });
        connect(m_overview, &InstanceOverview::showRequested, this,
                [this, id](Node node, Models::ResourceFilterProxy::StatusGroup group) {
                    emit navigateRequested(ViewSpec{node, id, {}, group});
                });
        m_overview->setData(instanceData);
        layout->addWidget(m_overview);
        updateHeader();
        return;
    }

    if (m_spec.node == Node::Projects && instanceData) {
        auto *projects = new ProjectsOverview(m_fleet, m_spec.instanceId, m_content);
        connect(projects, &ProjectsOverview::navigateRequested, this, &ViewPane::navigateRequested);
        layout->addWidget(projects, 1);
        updateHeader();
        return;
    }
    if (m_spec.node == Node::Backups) {
        auto *backups = new BackupsOverview(m_fleet, m_backupRunner, m_content);
        connect(backups, &BackupsOverview::navigateRequested, this, &ViewPane::navigateRequested);
        layout->addWidget(backups, 1);
        updateHeader();
        return;
    }
    m_table = new ResourceTableView(m_content);
    if (m_spec.node == Node::Deployments && m_spec.instanceId.isEmpty()) {
        auto *active = new ActiveDeploymentsView(m_fleet, m_content);
        connect(active, &ActiveDeploymentsView::openDeployment, this, &ViewPane::openDeployment);
        layout->addWidget(active);
        delete m_table;
        m_table = nullptr;
        updateHeader();
        return;
    }
    if ((m_spec.node == Node::Servers || m_spec.node == Node::Deployments) && instanceData) {
        m_table->setStatusFilterVisible(false); // reachability and deployment states are columns
        if (m_spec.node == Node::Deployments) {
            m_table->setModel(instanceData->activeDeployments());
            layout->addWidget(m_table);
            restoreState();
            updateHeader();
            return;
        }
        m_table->setModel(instanceData->servers());
        // In the details: the description, and the proxy, which the list never has.
        m_table->table()->hideColumn(Models::ServersModel::Description);
        m_table->table()->hideColumn(Models::ServersModel::Proxy);
        m_serverDetails = new ServerDetails(m_fleet, m_content);
        connect(m_serverDetails, &ServerDetails::openResource, this,
                [this](const QString &instanceId, const QString &uuid) {
                    emit navigateRequested({Node::Resource, instanceId, uuid});
                });
        m_splitter = new QSplitter(Qt::Vertical, m_content);
        m_splitter->setObjectName(u"detailsSplitter"_s);
        m_splitter->setChildrenCollapsible(false);
        m_splitter->addWidget(m_table);
        m_splitter->addWidget(m_serverDetails);
        layout->addWidget(m_splitter, 1);
        connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ViewPane::updateServerSelection);
        restoreState();
        updateServerSelection();
        updateHeader();
        return;
    }

    // Applications, databases and services: the fleet table, narrowed to this view.
    m_table->setModel(m_fleet->resources());
    m_table->setStatusColumn(FleetModel::Status);
    m_table->setInstanceColumn(FleetModel::Instance);
    m_table->setNameColumn(FleetModel::Name);
    m_table->setNameColumn(FleetModel::Environment);
    // The address takes what is left; at 1600 px everything fits unelided, narrower windows
    // shrink every column a little rather than scroll sideways.
    m_table->setColumnWidths({{FleetModel::Instance, 22},
                              {FleetModel::Name, 20},
                              {FleetModel::Kind, 10},
                              {FleetModel::Type, 11},
                              {FleetModel::Status, 17},
                              {FleetModel::Environment, 28},
                              {FleetModel::LastDeployment, 20},
                              {FleetModel::Updated, 16}},
                             FleetModel::Endpoint, 26);
    Models::ResourceFilterProxy *scope = m_table->scope();
    using Api::ResourceKind;
    const QList<QPair<QString, QString>> kinds{
        {Api::kindKey(ResourceKind::Application), tr("Applications")},
        {Api::kindKey(ResourceKind::Database), tr("Databases")},
        {Api::kindKey(ResourceKind::Service), tr("Services")}};
    if (m_spec.node == Node::Fleet) {
        QList<QPair<QString, QString>> instances;
        for (const QString &id : m_fleet->ids())
            instances << qMakePair(id, m_fleet->session(id)->instance().name);
        m_table->setInstances(instances);
    } else {
        scope->setInstanceId(m_spec.instanceId);
        m_table->table()->hideColumn(FleetModel::Instance);
    }
    // A per-family view filters by kind itself; the others offer the kind filter.
    const int family = m_spec.node == Node::Applications ? 0
        : m_spec.node == Node::Databases                 ? 1
        : m_spec.node == Node::Services                  ? 2
                                                         : -1;
    if (family >= 0) {
        scope->setKind(kinds.at(family).first);
        m_table->table()->hideColumn(FleetModel::Kind);
    } else {
        m_table->setKinds(kinds);
    }
    if (instanceData && m_spec.node == Node::Project) {
        QSet<qint64> ids;
        const int row = instanceData->projects()->rowOf(m_spec.key);
        if (row >= 0) {
            for (const auto &environment : instanceData->projects()->children(row))
                ids.insert(environment.id);
        }
        scope->setEnvironmentIds(ids.isEmpty() ? QSet<qint64>{-2} : ids);
    } else if (m_spec.node == Node::Environment) {
        scope->setEnvironmentIds({m_spec.key.toLongLong()});
    }

    m_actions = new ResourceActions(m_fleet, this, this);
    if (m_spec.node != Node::Fleet) {
        QString projectUuid, environmentUuid;
        if (instanceData && m_spec.node == Node::Project)
            projectUuid = m_spec.key;
        if (instanceData && m_spec.node == Node::Environment) {
            if (const auto ref =
                    instanceData->projects()->environmentById(m_spec.key.toLongLong())) {
                projectUuid = ref->project.uuid;
                environmentUuid = ref->environment.uuid;
            }
        }
        m_actions->setCreateContext(m_spec.instanceId, projectUuid, environmentUuid);
    }
    auto *toolbar = new QToolBar(m_content);
    toolbar->setObjectName(u"resourceToolbar"_s);
    toolbar->setAccessibleName(tr("Actions on the selected resources"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Qt's » button for actions that do not fit has no name of its own.
    if (auto *more = toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s)) {
        more->setAccessibleName(tr("More actions"));
        more->setToolTip(tr("More actions"));
    }
    toolbar->addActions(m_actions->all());
    if (m_spec.node != Node::Fleet) {
        toolbar->addSeparator();
        toolbar->addAction(m_actions->newApplication());
        toolbar->addAction(m_actions->newDatabase());
    }
    QTableView *view = m_table->table();
    view->addActions(m_actions->all()); // their shortcuts work in the table
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        m_actions->updateLinks();
        QMenu::exec(m_actions->contextMenu(), view->viewport()->mapToGlobal(pos), nullptr, view);
    });
    connect(m_actions, &ResourceActions::editSettingsRequested, this,
            &ViewPane::editSettingsRequested);
    // Enter or a double-click on an application opens its settings (the row's main action).
    connect(m_table, &ResourceTableView::activated, this, [this] {
        if (m_actions->editSettings()->isEnabled())
            m_actions->editSettings()->trigger();
    });
    connect(m_actions, &ResourceActions::message, this, &ViewPane::statusMessage);
    // What the user just created is selected as soon as the refresh brings it in.
    m_createdKey.clear();
    connect(m_actions, &ResourceActions::created, this,
            [this](const QString &instanceId, const QString &uuid) {
                m_createdKey = instanceId + u'/' + uuid;
                selectCreated();
            });
    connect(m_fleet->resources(), &QAbstractItemModel::rowsInserted, m_content,
            [this] { selectCreated(); });
    connect(m_actions, &ResourceActions::followRequested, this, &ViewPane::openDeployment);

    m_tabs = new ResourceTabs(m_fleet, m_content);
    if (auto *history = qobject_cast<DeploymentHistoryView *>(m_tabs->page(u"deploymentsTab"_s)))
        connect(history, &DeploymentHistoryView::openDeployment, this, &ViewPane::openDeployment);
    if (auto *backups = qobject_cast<DatabaseBackupsView *>(m_tabs->page(u"backupsTab"_s))) {
        // The window's runner follows the backup even after the tab is gone, and notifies.
        backups->backups()->setRunner(m_backupRunner);
        connect(backups, &DatabaseBackupsView::backupFinished, this, &ViewPane::backupFinished);
    }
    if (auto *details = m_tabs->page(u"detailsTab"_s)->findChild<ResourceDetails *>())
        connect(details, &ResourceDetails::editSettingsRequested, this,
                &ViewPane::editSettingsRequested);
    m_splitter = new QSplitter(Qt::Vertical, m_content);
    m_splitter->setObjectName(u"detailsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ViewPane::updateSelection);
    // Last deployments are fetched for the rows on screen only (one request per application).
    auto *visibleRows = new QTimer(m_content);
    visibleRows->setSingleShot(true);
    visibleRows->setInterval(300);
    connect(visibleRows, &QTimer::timeout, this, &ViewPane::requestVisibleLastDeployments);
    const auto later = [visibleRows] {
        visibleRows->start();
    };
    connect(m_table->table()->verticalScrollBar(), &QScrollBar::valueChanged, visibleRows, later);
    connect(m_table->proxy(), &QAbstractItemModel::layoutChanged, visibleRows, later);
    connect(m_table->proxy(), &QAbstractItemModel::rowsInserted, visibleRows, later);
    connect(m_table->proxy(), &QAbstractItemModel::rowsRemoved, visibleRows, later); // filtered
    visibleRows->start();
    if (m_spec.node == Node::Resource) {
        const int row = m_fleet->resources()->rowOf(m_spec.instanceId + u'/' + m_spec.key);
        if (row >= 0) {
            const auto &target = m_fleet->resources()->at(row);
            scope->setEnvironmentIds({target.environmentId});
            const QModelIndex index = m_table->mapFromSource(m_fleet->resources()->index(row, 0));
            m_table->table()->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    restoreState();
    updateSelection();
    updateHeader();
}

void ViewPane::requestVisibleLastDeployments()
{
    if (!m_table)
        return;
    QHash<QString, QStringList> byInstance;
    const auto add = [this, &byInstance](const QModelIndex &sourceIndex) {
        const auto &fleetRow = m_fleet->resources()->at(sourceIndex.row());
        if (fleetRow.kind == Api::ResourceKind::Application)
            byInstance[fleetRow.instanceId] << fleetRow.resourceUuid;
    };
    using Group = Models::ResourceFilterProxy::StatusGroup;
    if (m_table->proxy()->statusGroup() == Group::LastDeployFailed) {
        // This filter needs every application's last deployment, not only the ones on screen
        // (background requests, paced by each instance's rate limit).
        Models::ResourceFilterProxy *scope = m_table->scope();
        for (int row = 0; row < scope->rowCount(); ++row)
            add(scope->mapToSource(scope->index(row, 0)));
    }
    QTableView *view = m_table->table();
    const int first = qMax(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = view->model()->rowCount() - 1;
    for (int row = first; row <= last && row < view->model()->rowCount(); ++row)
        add(m_table->mapToSource(view->model()->index(row, 0)));
    for (auto it = byInstance.cbegin(); it != byInstance.cend(); ++it) {
        if (Models::InstanceData *instanceData = m_fleet->data(it.key()))
            instanceData->requestLastDeployments(it.value());
    }
}

void ViewPane::updateSelection()
{
    if (!m_table || !m_actions)
        return;
    QList<ResourceActions::Target> targets;
    const QModelIndexList rows = m_table->selectedSourceRows();
    for (const QModelIndex &index : rows) {
        const auto &row = m_fleet->resources()->at(index.row());
        targets << ResourceActions::Target{row.instanceId, row.kind, row.resourceUuid, row.name,
                                           row.status.raw};
    }
    m_actions->setTargets(targets);
    m_tabs->setResources(targets);
}

void ViewPane::selectCreated()
{
    if (m_createdKey.isEmpty() || !m_table)
        return;
    const int row = m_fleet->resources()->rowOf(m_createdKey);
    if (row < 0)
        return; // not loaded yet
    m_createdKey.clear();
    const QModelIndex index = m_table->mapFromSource(m_fleet->resources()->index(row, 0));
    if (!index.isValid()) {
        emit statusMessage(tr("“%1” was created; this view's filter hides it.")
                               .arg(m_fleet->resources()->at(row).name));
        return;
    }
    QTableView *view = m_table->table();
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
    view->setFocus(Qt::OtherFocusReason);
}

void ViewPane::updateServerSelection()
{
    if (!m_table || !m_serverDetails)
        return;
    const QModelIndexList rows = m_table->selectedSourceRows();
    m_serverDetails->setServer(m_spec.instanceId,
                               rows.isEmpty() ? QString()
                                              : rows.first().data(Models::Roles::Uuid).toString());
}

void ViewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void ViewPane::fitHeader()
{
    const bool narrow = width() < m_title->fontMetrics().averageCharWidth() * 80;
    const auto style = narrow ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    m_detach->setToolButtonStyle(style);
    m_close->setToolButtonStyle(style);
    elideTitle();
}

void ViewPane::elideTitle()
{
    const QString full = title();
    const QString shown = m_title->fontMetrics().elidedText(
        full, Qt::ElideMiddle, std::max(m_title->width(), m_title->minimumWidth()));
    m_title->setText(shown);
    m_title->setToolTip(shown == full ? QString() : full);
    m_title->setAccessibleName(full);
}

bool ViewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize)
        elideTitle();
    return QWidget::eventFilter(watched, event);
}

void ViewPane::updateHeader()
{
    fitHeader();
    if (!m_table)
        return;
    QStringList stale;
    const QStringList ids =
        m_spec.node == Node::Fleet ? m_fleet->ids() : QStringList{m_spec.instanceId};
    for (const QString &id : ids) {
        const Models::InstanceData *instanceData = m_fleet->data(id);
        if (instanceData && instanceData->isStale())
            stale << tr("%1: %2").arg(m_fleet->session(id)->instance().name,
                                      instanceData->staleText());
    }
    m_table->setStaleText(stale.join(u'\n'));
}

} // namespace Coolify::Gui
