#include "gui/activedeploymentsview.h"
#include "forms/plaintext.h"

#include "controllers/deploymentcanceller.h"
#include "gui/deploymenthistoryview.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/fleetdeploymentsmodel.h"
#include "models/instancedata.h"
#include "models/instancesession.h"
#include "models/roles.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::FleetDeploymentsModel;

ActiveDeploymentsView::ActiveDeploymentsView(Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetDeploymentsModel(fleet, this))
    , m_proxy(new DeploymentSortProxy(FleetDeploymentsModel::Status, this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_open(new QAction(QIcon::fromTheme(u"text-x-generic"_s), tr("&Open Log"), this))
    , m_cancel(new QAction(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel Deployment"), this))
    , m_fleet(fleet)
{
    setObjectName(u"activeDeploymentsView"_s);
    setAccessibleName(tr("Active deployments"));
    m_proxy->setSourceModel(m_model);

    m_summary->setObjectName(u"activeDeploymentsSummary"_s);
    m_summary->setAccessibleName(tr("Active deployments summary"));

    m_table->setObjectName(u"activeDeploymentsTable"_s);
    m_table->setAccessibleName(tr("Queued and running deployments on every instance"));
    m_table->setModel(m_proxy);
    Forms::showItemToolTipsAsText(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetDeploymentsModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FleetDeploymentsModel::Commit,
                                                      QHeaderView::Stretch);
    connect(m_table, &QAbstractItemView::activated, this, &ActiveDeploymentsView::openSelected);

    m_message->setObjectName(u"activeDeploymentsMessage"_s);
    m_message->setTextFormat(Qt::PlainText); // carries the server's words
    m_message->setWordWrap(true);
    m_message->hide();
    m_open->setObjectName(u"actionOpenDeploymentLog"_s);
    m_cancel->setObjectName(u"actionCancelDeployment"_s);
    connect(m_open, &QAction::triggered, this, &ActiveDeploymentsView::openSelected);
    connect(m_cancel, &QAction::triggered, this, &ActiveDeploymentsView::cancelSelected);
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"activeDeploymentsToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_open, m_cancel});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_table->indexAt(pos).isValid())
            QMenu::exec({m_open, m_cancel}, m_table->viewport()->mapToGlobal(pos), nullptr,
                        m_table);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActiveDeploymentsView::updateActions);
    connect(fleet, &Models::Fleet::sessionChanged, this, &ActiveDeploymentsView::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &ActiveDeploymentsView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActiveDeploymentsView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActiveDeploymentsView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActiveDeploymentsView::updateActions);
    updateSummary();
    updateActions();
}

QString ActiveDeploymentsView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ActiveDeploymentsView::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->selectedRows().value(0);
    const QString instanceId = current.data(Models::Roles::InstanceId).toString();
    const Models::InstanceSession *session = m_fleet->session(instanceId);
    m_open->setEnabled(current.isValid());
    m_open->setToolTip(current.isValid() ? tr("Follow the selected deployment's log")
                                         : tr("Select a deployment first."));
    QString reason;
    if (!current.isValid())
        reason = tr("Select a deployment first.");
    else if (!session)
        reason = tr("The instance is not loaded.");
    else if (session->abilities().isKnownMissing(Api::Ability::Deploy))
        reason = session->abilities().missingReason(Api::Ability::Deploy);
    m_cancel->setEnabled(reason.isEmpty());
    m_cancel->setToolTip(reason.isEmpty()
                             ? tr("Stop the selected deployment")
                             : tr("Stop the selected deployment — unavailable: %1").arg(reason));
}

void ActiveDeploymentsView::openSelected()
{
    const QModelIndex first = m_table->currentIndex().siblingAtColumn(0);
    const QString uuid = first.data(Models::Roles::Uuid).toString();
    if (!uuid.isEmpty())
        emit openDeployment(first.data(Models::Roles::InstanceId).toString(), uuid);
}

void ActiveDeploymentsView::cancelSelected()
{
    const QModelIndex first = m_table->selectionModel()->selectedRows().value(0);
    const QString instanceId = first.data(Models::Roles::InstanceId).toString();
    const QString uuid = first.data(Models::Roles::Uuid).toString();
    const QString application =
        first.siblingAtColumn(FleetDeploymentsModel::Application).data().toString();
    Models::InstanceSession *session = m_fleet->session(instanceId);
    if (uuid.isEmpty() || !session || !m_cancel->isEnabled())
        return;
    auto *canceller = new Controllers::DeploymentCanceller(session->client(), uuid, this);
    m_cancel->setEnabled(false); // one request per click: a double click sends one POST
    connect(canceller, &Controllers::DeploymentCanceller::finished, this,
            [this, canceller, instanceId,
             application](const Controllers::DeploymentCanceller::Outcome &outcome) {
                canceller->deleteLater();
                m_message->setText(application.isEmpty()
                                       ? outcome.text
                                       : tr("%1: %2").arg(application, outcome.text));
                m_message->show();
                if (Models::InstanceData *instanceData = m_fleet->data(instanceId)) {
                    instanceData->noteActionSent(); // the list follows the new status quickly
                    instanceData->refresh();
                }
                updateActions();
            });
    canceller->cancel();
}

QString ActiveDeploymentsView::summary() const
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return tr("No deployments are queued or running.");
    const int instances = m_model->instanceCount();
    const QString what = rows == 1 ? tr("1 deployment queued or running")
                                   : tr("%1 deployments queued or running").arg(rows);
    const QString where = instances == 1 ? tr("1 instance") : tr("%1 instances").arg(instances);
    return tr("%1 on %2").arg(what, where);
}

void ActiveDeploymentsView::updateSummary()
{
    m_summary->setText(summary());
}

} // namespace Coolify::Gui
