#include "gui/backupsoverview.h"

#include "controllers/backuprunner.h"
#include "forms/plaintext.h"
#include "models/fleet.h"
#include "models/fleetbackupsmodel.h"
#include "models/roles.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::FleetBackupsModel;
using Overall = FleetBackupsModel::Overall;

namespace {
// Text (any column) and state filter over FleetBackupsModel; sorts by Roles::Sort.
class BackupsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    BackupsOverview::StateFilter state = BackupsOverview::StateFilter::Any;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        const auto overall = Overall(first.data(FleetBackupsModel::OverallRole).toInt());
        return matches(overall) && QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool matches(Overall overall) const
    {
        using Filter = BackupsOverview::StateFilter;
        switch (state) {
        case Filter::Any:
            return true;
        case Filter::NeedsAttention:
            return FleetBackupsModel::needsAttention(overall);
        case Filter::Failed:
            return overall == Overall::Failed;
        case Filter::Overdue:
            return overall == Overall::Overdue;
        case Filter::Never:
            return overall == Overall::NeverRan;
        }
        return true;
    }
};
} // namespace

BackupsOverview::BackupsOverview(Models::Fleet *fleet, Controllers::BackupRunner *runner,
                                 QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_model(new FleetBackupsModel(fleet, this))
    , m_proxy(new BackupsFilter(this))
    , m_runner(runner ? runner : new Controllers::BackupRunner(fleet, this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_backUp(new QPushButton(tr("&Back Up Now"), this))
{
    setObjectName(u"backupsOverview"_s);
    setAccessibleName(tr("Backups of every database"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::Roles::Sort);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_summary->setObjectName(u"backupsSummary"_s);
    m_summary->setWordWrap(true);
    m_message->setObjectName(u"backupsOverviewMessage"_s);
    m_message->setTextFormat(Qt::PlainText); // server text inside
    m_message->setWordWrap(true);
    m_message->hide();
    m_filter->setObjectName(u"backupsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter databases"));
    m_state->setObjectName(u"backupsStateFilter"_s);
    m_state->setAccessibleName(tr("Backup state"));
    m_state->addItem(tr("Any state"), int(StateFilter::Any));
    m_state->addItem(tr("Needs attention"), int(StateFilter::NeedsAttention));
    m_state->addItem(tr("Last backup failed"), int(StateFilter::Failed));
    m_state->addItem(tr("Overdue"), int(StateFilter::Overdue));
    m_state->addItem(tr("Never backed up"), int(StateFilter::Never));

    m_table->setObjectName(u"backupsOverviewTable"_s);
    m_table->setAccessibleName(tr("Backups of every database on every instance"));
    m_table->setModel(m_proxy);
    Forms::showItemToolTipsAsText(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetBackupsModel::State, Qt::AscendingOrder); // worst first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fit the columns to the rows on screen, not to a thousand rows at every change: with
    // thousands of databases that pass alone stalled the UI (fleet-bench --backups).
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setSectionResizeMode(FleetBackupsModel::NewestBackup,
                                                      QHeaderView::Stretch);
    connect(m_table, &QAbstractItemView::activated, this, &BackupsOverview::openRow);

    m_backUp->setObjectName(u"backupsOverviewBackUp"_s);
    m_backUp->setIcon(QIcon::fromTheme(
        u"document-save"_s, QApplication::style()->standardIcon(QStyle::SP_DialogSaveButton)));
    connect(m_backUp, &QPushButton::clicked, this, &BackupsOverview::backUpSelected);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this](int index) { setStateFilter(StateFilter(m_state->itemData(index).toInt())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsOverview::updateControls);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &BackupsOverview::updateControls);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &BackupsOverview::updateControls);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BackupsOverview::updateControls);
    // One line per database, for this run.
    connect(m_runner, &Controllers::BackupRunner::message, this, [this](const QString &text) {
        m_message->setText(m_message->isVisible() && !m_message->text().isEmpty()
                               ? m_message->text() + u'\n' + text
                               : text);
        m_message->show();
    });
    connect(m_runner, &Controllers::BackupRunner::finished, this, &BackupsOverview::updateControls);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_state);
    bar->addWidget(m_backUp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    updateControls();
}

void BackupsOverview::setStateFilter(StateFilter filter)
{
    auto *proxy = static_cast<BackupsFilter *>(m_proxy);
    proxy->state = filter;
    proxy->refilter();
    const int index = m_state->findData(int(filter));
    if (index >= 0 && m_state->currentIndex() != index)
        m_state->setCurrentIndex(index);
    updateControls();
}

void BackupsOverview::updateControls()
{
    int attention = 0;
    QSet<QString> instances;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        attention += FleetBackupsModel::needsAttention(
            Overall(index.data(FleetBackupsModel::OverallRole).toInt()));
        instances.insert(index.data(Models::Roles::InstanceId).toString());
    }
    m_summary->setText(
        tr("%1 on %2", "databases on instances")
            .arg(tr("%n database(s)", nullptr, m_model->rowCount()),
                 tr("%n instance(s)", nullptr, int(instances.size())))
        + u" — "_s
        + (attention == 0 ? tr("every backup is in order.")
                          : tr("%n need(s) attention: a failed or overdue backup, or none at all.",
                               nullptr, attention)));
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QString reason;
    bool any = false;
    for (const QModelIndex &row : rows) {
        const Controllers::BackupRunner::Target target{
            row.data(Models::Roles::InstanceId).toString(),
            row.data(FleetBackupsModel::DatabaseUuidRole).toString(),
            row.siblingAtColumn(FleetBackupsModel::Name).data().toString(),
            row.data(FleetBackupsModel::ScheduleUuidRole).toString()};
        const QString why = m_runner->unavailableReason(target);
        if (why.isEmpty())
            any = true;
        else if (reason.isEmpty())
            reason = why;
    }
    m_backUp->setEnabled(any && m_runner->pending() == 0);
    m_backUp->setToolTip(rows.isEmpty() ? tr("Select the databases to back up.")
                             : any      ? tr("Run each selected database's schedule now.")
                                        : reason);
}

void BackupsOverview::backUpSelected()
{
    QList<Controllers::BackupRunner::Target> targets;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        targets.append({row.data(Models::Roles::InstanceId).toString(),
                        row.data(FleetBackupsModel::DatabaseUuidRole).toString(),
                        row.siblingAtColumn(FleetBackupsModel::Name).data().toString(),
                        row.data(FleetBackupsModel::ScheduleUuidRole).toString()});
    if (targets.isEmpty())
        return;
    m_message->clear();
    m_message->hide();
    m_runner->run(targets);
    updateControls();
}

void BackupsOverview::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit navigateRequested({Models::NavigationModel::Node::Resource,
                            index.data(Models::Roles::InstanceId).toString(),
                            index.data(FleetBackupsModel::DatabaseUuidRole).toString()});
}

} // namespace Coolify::Gui
