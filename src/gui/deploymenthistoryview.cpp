#include "gui/deploymenthistoryview.h"
#include "forms/plaintext.h"

#include "controllers/deploymenthistory.h"
#include "models/deploymenthistorymodel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

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
    setSortRole(Models::Roles::Sort);
}

QVariant DeploymentSortProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_statusColumn) {
        const QVariant status =
            QSortFilterProxyModel::data(index, DeploymentsModel::DeploymentStatusRole);
        if (status.isValid())
            return deploymentStatusIcon(Deployment::Status(status.toInt()));
    }
    return QSortFilterProxyModel::data(index, role);
}

DeploymentHistoryView::DeploymentHistoryView(Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_history(new Controllers::DeploymentHistory(fleet, this))
    , m_proxy(new DeploymentSortProxy(DeploymentsModel::Status, this))
    , m_title(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_images(new QLabel(this))
    , m_error(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_rollback(new QPushButton(tr("Roll &Back…"), this))
    , m_rollbackAction(new QAction(tr("Roll Back to This Image…"), this))
{
    setObjectName(u"deploymentHistoryView"_s);
    setAccessibleName(tr("Deployment history"));
    m_proxy->setSourceModel(m_history->model());

    m_title->setObjectName(u"historyTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Application"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_countLabel->setObjectName(u"historyCount"_s);
    m_countLabel->setAccessibleName(tr("Deployments shown"));
    m_error->setObjectName(u"historyError"_s);
    m_error->setAccessibleName(tr("History error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setBackgroundRole(QPalette::Highlight);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(4);
    m_error->hide();
    m_images->setObjectName(u"historyImages"_s);
    m_images->setAccessibleName(tr("Kept images"));
    m_images->setWordWrap(true);
    m_images->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(u"historyNotice"_s);
    m_notice->setAccessibleName(tr("Rollback result"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Deployments of the application"));
    m_table->setModel(m_proxy);
    Forms::showItemToolTipsAsText(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeploymentsModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setColumnHidden(DeploymentsModel::Application, true); // always the same one
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_rollbackAction);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeploymentsModel::Commit,
                                                      QHeaderView::Stretch);
    // What the image of a deployment is matters next to its commit.
    m_table->horizontalHeader()->moveSection(Models::DeploymentHistoryModel::Image,
                                             DeploymentsModel::Commit + 1);
    // Double-click or Enter (activated follows the platform: no double emission).
    connect(m_table, &QAbstractItemView::activated, this, &DeploymentHistoryView::openRow);

    m_loadMore->setObjectName(u"historyLoadMore"_s);
    m_loadMore->setAccessibleName(tr("Load more deployments"));
    m_loadMore->setIcon(themed("go-down", QStyle::SP_ArrowDown));
    m_refresh->setObjectName(u"historyRefresh"_s);
    m_refresh->setAccessibleName(tr("Refresh the history"));
    m_refresh->setIcon(themed("view-refresh", QStyle::SP_BrowserReload));
    connect(m_loadMore, &QPushButton::clicked, m_history,
            &Controllers::DeploymentHistory::loadMore);
    connect(m_refresh, &QPushButton::clicked, m_history, &Controllers::DeploymentHistory::refresh);
    m_rollback->setObjectName(u"historyRollback"_s);
    m_rollback->setAccessibleName(tr("Roll back to the selected deployment's image"));
    m_rollback->setIcon(themed("edit-undo", QStyle::SP_ArrowBack));
    m_rollbackAction->setObjectName(u"historyRollbackAction"_s);
    m_rollbackAction->setIcon(m_rollback->icon());
    connect(m_rollback, &QPushButton::clicked, this, &DeploymentHistoryView::rollBackSelected);
    connect(m_rollbackAction, &QAction::triggered, this, &DeploymentHistoryView::rollBackSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeploymentHistoryView::updateControls);
    connect(m_history, &Controllers::DeploymentHistory::rollbackFinished, this,
            &DeploymentHistoryView::showRollbackOutcome);
    connect(m_history, &Controllers::DeploymentHistory::changed, this,
            &DeploymentHistoryView::updateControls);
    connect(m_history, &Controllers::DeploymentHistory::loaded, this,
            &DeploymentHistoryView::loaded);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_rollback);
    bar->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addStretch();
    bottom->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_images);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    updateControls();
}

DeploymentHistoryView::~DeploymentHistoryView() = default;

void DeploymentHistoryView::setApplication(const QString &instanceId, const QString &appUuid,
                                           const QString &appName)
{
    m_history->setApplication(instanceId, appUuid, appName);
}

void DeploymentHistoryView::refresh()
{
    m_history->refresh();
}

void DeploymentHistoryView::loadMore()
{
    m_history->loadMore();
}

void DeploymentHistoryView::updateControls()
{
    const Controllers::DeploymentHistory *h = m_history;
    m_title->setText(h->applicationName().isEmpty()
                         ? tr("Deployment history")
                         : tr("Deployments of %1").arg(h->applicationName()));
    if (h->applicationUuid().isEmpty())
        m_countLabel->setText(tr("No application selected."));
    else if (h->totalCount() < 0)
        m_countLabel->setText(tr("Loading…"));
    else if (h->totalCount() == 0)
        m_countLabel->setText(tr("This application has never been deployed."));
    else
        m_countLabel->setText(
            tr("%1 of %2 deployments").arg(h->loadedCount()).arg(h->totalCount()));
    m_error->setText(h->errorText());
    m_error->setVisible(!h->errorText().isEmpty());
    m_loadMore->setEnabled(h->canLoadMore());
    m_refresh->setEnabled(!h->isLoading() && !h->applicationUuid().isEmpty());
    const QString images = h->imagesText();
    m_images->setText(images);
    m_images->setVisible(!images.isEmpty());

    const QModelIndex row = selectedRow();
    const QString tag = row.data(Models::DeploymentHistoryModel::RollbackTagRole).toString();
    const QString reason = h->rollbackUnavailableReason(
        tag.isEmpty() && row.isValid() ? row.data(Models::Roles::Sort).toString() : tag);
    const bool possible = !tag.isEmpty() && reason.isEmpty();
    m_rollback->setEnabled(possible);
    m_rollbackAction->setEnabled(possible);
    m_rollback->setToolTip(possible ? tr("Roll back to %1.").arg(tag.left(12)) : reason);
    m_rollbackAction->setToolTip(m_rollback->toolTip());
}

QModelIndex DeploymentHistoryView::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(DeploymentsModel::Commit) : QModelIndex();
}

void DeploymentHistoryView::rollBackSelected()
{
    const QModelIndex row = selectedRow();
    const QString tag = row.data(Models::DeploymentHistoryModel::RollbackTagRole).toString();
    if (tag.isEmpty() || !m_history->rollbackUnavailableReason(tag).isEmpty())
        return;
    if (!confirmRollback(row, tag))
        return;
    m_notice->hide();
    m_history->rollBack(tag);
}

bool DeploymentHistoryView::confirmRollback(const QModelIndex &row, const QString &tag)
{
    const Models::RollbackImages &images = m_history->model()->images();
    // The row that built the running image, for its commit message.
    QString runningText = images.current.isEmpty() ? tr("unknown") : images.current.left(12);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, DeploymentsModel::Commit);
        if (index.data(Models::DeploymentHistoryModel::RunningImageRole).toBool()) {
            runningText = index.data().toString();
            break;
        }
    }
    const QString started = row.siblingAtColumn(DeploymentsModel::Started).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Roll Back %1").arg(m_history->applicationName()),
                    tr("Roll back %1 on %2 to %3?")
                        .arg(m_history->applicationName(), m_history->instanceName(), tag.left(12)),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"rollbackConfirmation"_s);
    box.setTextFormat(Qt::PlainText); // commit messages come from the server
    box.setInformativeText(
        tr("Running now: %1\nRoll back to: %2 (deployed %3)\n\nCoolify starts a new deployment "
           "that puts the kept image back without building it. Environment variables and "
           "settings stay as they are now.")
            .arg(runningText, row.data().toString(), started));
    QPushButton *confirm = box.addButton(tr("Roll Back"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"rollbackConfirm"_s);
    box.setDefaultButton(confirm);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void DeploymentHistoryView::showRollbackOutcome(
    const Controllers::DeploymentHistory::RollbackOutcome &outcome)
{
    using Result = Controllers::DeploymentHistory::RollbackResult;
    m_notice->setText(outcome.text);
    m_notice->setForegroundRole(outcome.result == Result::Queued ? QPalette::WindowText
                                                                 : QPalette::BrightText);
    m_notice->setBackgroundRole(outcome.result == Result::Queued ? QPalette::Window
                                                                 : QPalette::Highlight);
    m_notice->setAutoFillBackground(outcome.result != Result::Queued);
    m_notice->show();
    if (outcome.result == Result::Queued)
        emit openDeployment(m_history->instanceId(), outcome.deploymentUuid);
}

void DeploymentHistoryView::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString uuid = index.siblingAtColumn(0).data(Models::Roles::Uuid).toString();
    if (!uuid.isEmpty())
        emit openDeployment(m_history->instanceId(), uuid);
}

} // namespace Coolify::Gui
