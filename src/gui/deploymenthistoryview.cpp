#include "gui/deploymenthistoryview.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/deployments.h"
#include "models/deploymentsmodel.h"
#include "models/fleet.h"
#include "models/instancesession.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Coolify::Gui {

using Models::Deployment;
using Models::DeploymentsModel;

namespace {
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

QIcon deploymentStatusIcon(Deployment::Status status)
{
    switch (status) {
    case Deployment::Status::Queued:
        return themed("appointment-soon", QStyle::SP_FileDialogListView);
    case Deployment::Status::InProgress:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    case Deployment::Status::Finished:
        return themed("dialog-ok-apply", QStyle::SP_DialogApplyButton);
    case Deployment::Status::Failed:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    case Deployment::Status::Cancelled:
        return themed("process-stop", QStyle::SP_BrowserStop);
    case Deployment::Status::Unknown:
        break;
    }
    return themed("dialog-question", QStyle::SP_MessageBoxQuestion);
}

DeploymentSortProxy::DeploymentSortProxy(int statusColumn, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_statusColumn(statusColumn)
{
    setSortRole(DeploymentsModel::SortRole);
}

QVariant DeploymentSortProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_statusColumn) {
        const QVariant status = QSortFilterProxyModel::data(index, DeploymentsModel::StatusRole);
        if (status.isValid())
            return deploymentStatusIcon(Deployment::Status(status.toInt()));
    }
    return QSortFilterProxyModel::data(index, role);
}

DeploymentHistoryView::DeploymentHistoryView(Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_model(new DeploymentsModel(this))
    , m_proxy(new DeploymentSortProxy(DeploymentsModel::Status, this))
    , m_title(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("deploymentHistoryView"));
    setAccessibleName(tr("Deployment history"));
    m_proxy->setSourceModel(m_model);

    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setAccessibleName(tr("Application"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_countLabel->setObjectName(QStringLiteral("historyCount"));
    m_countLabel->setAccessibleName(tr("Deployments shown"));
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setAccessibleName(tr("History error"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Highlight);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(4);
    m_error->hide();

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Deployments of the application"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeploymentsModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(DeploymentsModel::Application, true); // always the same one
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeploymentsModel::Commit,
                                                      QHeaderView::Stretch);
    // Double-click or Enter (activated follows the platform: no double emission).
    connect(m_table, &QAbstractItemView::activated, this, &DeploymentHistoryView::openRow);

    m_loadMore->setObjectName(QStringLiteral("historyLoadMore"));
    m_loadMore->setAccessibleName(tr("Load more deployments"));
    m_loadMore->setIcon(themed("go-down", QStyle::SP_ArrowDown));
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_refresh->setAccessibleName(tr("Refresh the history"));
    m_refresh->setIcon(themed("view-refresh", QStyle::SP_BrowserReload));
    connect(m_loadMore, &QPushButton::clicked, this, &DeploymentHistoryView::loadMore);
    connect(m_refresh, &QPushButton::clicked, this, &DeploymentHistoryView::refresh);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addStretch();
    bottom->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    updateControls();
}

DeploymentHistoryView::~DeploymentHistoryView()
{
    if (m_reply)
        m_reply->cancel();
}

void DeploymentHistoryView::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int DeploymentHistoryView::loadedCount() const
{
    return int(m_loaded.size());
}

void DeploymentHistoryView::setApplication(const QString &instanceId, const QString &appUuid,
                                           const QString &appName)
{
    if (m_reply)
        m_reply->cancel();
    m_instanceId = instanceId;
    m_appUuid = appUuid;
    m_appName = appName;
    m_total = -1;
    m_loaded.clear();
    m_model->apply({});
    m_error->hide();
    if (!appUuid.isEmpty())
        fetch(0, m_pageSize, true);
    updateControls();
}

void DeploymentHistoryView::refresh()
{
    if (m_appUuid.isEmpty())
        return;
    fetch(0, qMax(m_pageSize, loadedCount()), true);
}

void DeploymentHistoryView::loadMore()
{
    if (m_appUuid.isEmpty() || (m_total >= 0 && loadedCount() >= m_total))
        return;
    fetch(loadedCount(), m_pageSize, false);
}

void DeploymentHistoryView::fetch(int skip, int take, bool replace)
{
    Models::InstanceSession *session = m_fleet->session(m_instanceId);
    if (!session) {
        m_error->setText(tr("This instance is no longer configured."));
        m_error->show();
        return;
    }
    if (m_reply)
        m_reply->cancel();
    Api::ApiReply *reply =
        session->client()->send(Api::Deployments::forApplication(m_appUuid, skip, take)
                                    .withDecoder(&Models::DeploymentPage::decode));
    m_reply = reply;
    connect(reply, &Api::ApiReply::finished, this, [this, reply, replace] {
        const Api::ApiResult &result = reply->result();
        if (result.error.kind == Api::ErrorKind::Cancelled)
            return;
        if (m_reply == reply)
            m_reply.clear(); // it deletes itself after this signal
        if (!result.ok()) {
            m_error->setText(
                tr("The history could not be loaded: %1").arg(result.error.userMessage()));
            m_error->show();
            updateControls();
            emit loaded(false);
            return;
        }
        m_error->hide();
        const auto page = result.value.value<Models::DeploymentPage>();
        m_total = page.count;
        if (replace) {
            m_loaded = page.deployments;
        } else {
            for (const Deployment &d : page.deployments) {
                const bool known =
                    std::any_of(m_loaded.cbegin(), m_loaded.cend(),
                                [&d](const Deployment &k) { return k.uuid == d.uuid; });
                if (!known)
                    m_loaded.append(d);
            }
        }
        m_model->apply(m_loaded);
        updateControls();
        emit loaded(true);
    });
    updateControls();
}

void DeploymentHistoryView::updateControls()
{
    const bool loading = isLoading();
    m_title->setText(m_appName.isEmpty() ? tr("Deployment history")
                                         : tr("Deployments of %1").arg(m_appName));
    if (m_appUuid.isEmpty())
        m_countLabel->setText(tr("No application selected."));
    else if (m_total < 0)
        m_countLabel->setText(tr("Loading…"));
    else if (m_total == 0)
        m_countLabel->setText(tr("This application has never been deployed."));
    else
        m_countLabel->setText(tr("%1 of %2 deployments").arg(loadedCount()).arg(m_total));
    m_loadMore->setEnabled(!loading && m_total > loadedCount());
    m_refresh->setEnabled(!loading && !m_appUuid.isEmpty());
}

void DeploymentHistoryView::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString uuid = index.siblingAtColumn(0).data(DeploymentsModel::UuidRole).toString();
    if (!uuid.isEmpty())
        emit openDeployment(m_instanceId, uuid);
}

} // namespace Coolify::Gui
