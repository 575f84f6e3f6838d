#include "gui/activedeploymentsview.h"
#include "forms/plaintext.h"

#include "gui/deploymenthistoryview.h"
#include "models/deploymentsmodel.h"
#include "models/fleetdeploymentsmodel.h"
#include "models/roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::FleetDeploymentsModel;

ActiveDeploymentsView::ActiveDeploymentsView(Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetDeploymentsModel(fleet, this))
    , m_proxy(new DeploymentSortProxy(FleetDeploymentsModel::Status, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
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
    const auto open = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const QModelIndex first = index.siblingAtColumn(0);
        const QString uuid = first.data(Models::Roles::Uuid).toString();
        if (!uuid.isEmpty())
            emit openDeployment(first.data(Models::Roles::InstanceId).toString(), uuid);
    };
    connect(m_table, &QAbstractItemView::activated, this, open);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &ActiveDeploymentsView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActiveDeploymentsView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActiveDeploymentsView::updateSummary);
    updateSummary();
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
