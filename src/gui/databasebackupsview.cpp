#include "gui/databasebackupsview.h"

#include "controllers/databasebackups.h"
#include "forms/plaintext.h"
#include "models/backupsmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Models::BackupExecutionsModel;
using Models::BackupSchedulesModel;

namespace {
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessible,
                      int stretchColumn, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(Models::Roles::Sort);
    proxy->setSourceModel(model);
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setModel(proxy);
    Forms::showItemToolTipsAsText(table);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}
} // namespace

DatabaseBackupsView::DatabaseBackupsView(Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_backups(new Controllers::DatabaseBackups(fleet, this))
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_message(new QLabel(this))
    , m_backUpNow(new QPushButton(tr("&Back Up Now"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_open(new QPushButton(tr("Open in &Coolify"), this))
    , m_delete(new QPushButton(tr("&Delete Backup…"), this))
{
    setObjectName(u"databaseBackupsView"_s);
    setAccessibleName(tr("Database backups"));
    m_schedules = makeTable(m_backups->schedules(), u"backupSchedules"_s, tr("Backup schedules"),
                            BackupSchedulesModel::LastBackup, this);
    m_executions = makeTable(m_backups->executions(), u"backupExecutions"_s, tr("Backups"),
                             BackupExecutionsModel::Message, this);
    m_executions->sortByColumn(BackupExecutionsModel::Started, Qt::DescendingOrder);

    m_title->setObjectName(u"backupsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // Takes what room is left: two panes side by side must fit a 1024 px screen.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QLabel *label : {m_note, m_message}) {
        label->setTextFormat(Qt::PlainText); // server text inside
        label->setWordWrap(true);
    }
    m_note->setObjectName(u"backupsNote"_s);
    m_note->setAccessibleName(tr("About these backups"));
    m_message->setObjectName(u"backupsMessage"_s);
    m_message->setAccessibleName(tr("Backup result"));
    m_message->hide();

    m_backUpNow->setObjectName(u"backupNow"_s);
    m_backUpNow->setIcon(themed("document-save", QStyle::SP_DialogSaveButton));
    m_refresh->setObjectName(u"backupsRefresh"_s);
    m_refresh->setIcon(themed("view-refresh", QStyle::SP_BrowserReload));
    m_open->setObjectName(u"backupsOpenInCoolify"_s);
    m_open->setIcon(themed("internet-web-browser", QStyle::SP_DirLinkIcon));
    m_delete->setObjectName(u"backupDelete"_s);
    m_delete->setIcon(themed("edit-delete", QStyle::SP_TrashIcon));
    connect(m_backUpNow, &QPushButton::clicked, this, &DatabaseBackupsView::backUpNow);
    connect(m_refresh, &QPushButton::clicked, m_backups, &Controllers::DatabaseBackups::refresh);
    connect(m_open, &QPushButton::clicked, this, &DatabaseBackupsView::openInCoolify);
    connect(m_delete, &QPushButton::clicked, this, &DatabaseBackupsView::deleteSelected);

    connect(m_backups, &Controllers::DatabaseBackups::changed, this,
            &DatabaseBackupsView::updateControls);
    connect(m_backups, &Controllers::DatabaseBackups::message, this,
            [this](const QString &text, bool ok) {
                m_message->setText(text);
                m_message->setForegroundRole(ok ? QPalette::WindowText : QPalette::BrightText);
                m_message->setBackgroundRole(ok ? QPalette::Window : QPalette::Highlight);
                m_message->setAutoFillBackground(!ok);
                m_message->show();
            });
    connect(m_backups, &Controllers::DatabaseBackups::backupFinished, this,
            [this](const QString &name, bool ok, const QString &text) {
                emit backupFinished(m_backups->instanceId(), name, ok, text);
            });
    connect(m_schedules->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_backups->selectSchedule(current.data(Models::Roles::Uuid).toString());
            });
    connect(m_executions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatabaseBackupsView::updateControls);
    // The selected schedule follows the controller (it picks the first one on load).
    connect(m_backups->schedules(), &QAbstractItemModel::rowsInserted, this,
            &DatabaseBackupsView::updateControls);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_backUpNow);
    bar->addWidget(m_open);
    bar->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    auto *limits = new QLabel(tr("Coolify's API cannot download or restore a backup, nor add or "
                                 "edit a schedule: Open in Coolify does."),
                              this);
    limits->setObjectName(u"backupsApiLimits"_s);
    limits->setWordWrap(true);
    bottom->addWidget(limits, 1);
    bottom->addWidget(m_delete);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"backupsSplitter"_s);
    split->addWidget(m_schedules);
    split->addWidget(m_executions);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    updateControls();
}

void DatabaseBackupsView::setDatabase(const QString &instanceId, const QString &uuid,
                                      const QString &name)
{
    m_message->hide();
    m_backups->setDatabase(instanceId, uuid, name);
}

QString DatabaseBackupsView::selectedExecution() const
{
    return m_executions->selectionModel()->currentIndex().data(Models::Roles::Uuid).toString();
}

void DatabaseBackupsView::updateControls()
{
    const Controllers::DatabaseBackups *b = m_backups;
    m_title->setText(b->databaseName().isEmpty() ? tr("Backups")
                                                 : tr("Backups of %1").arg(b->databaseName()));
    QString note = b->errorText().isEmpty() ? b->emptyText() : b->errorText();
    if (note.isEmpty() && b->isLoading() && !b->hasLoaded())
        note = tr("Loading…");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    // Keep the table's selection on the controller's schedule.
    const int row = b->schedules()->rowOf(b->selectedSchedule());
    if (row >= 0) {
        auto *proxy = static_cast<QSortFilterProxyModel *>(m_schedules->model());
        const QModelIndex index = proxy->mapFromSource(b->schedules()->index(row, 0));
        if (m_schedules->selectionModel()->currentIndex().row() != index.row())
            m_schedules->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const QString nowReason = b->backUpNowUnavailableReason();
    m_backUpNow->setEnabled(nowReason.isEmpty());
    m_backUpNow->setToolTip(nowReason.isEmpty()
                                ? tr("Run the selected schedule now and follow it to the end.")
                                : nowReason);
    m_backUpNow->setText(b->isBackingUp() ? tr("Backing Up…") : tr("&Back Up Now"));
    const QString deleteReason = b->deleteUnavailableReason(selectedExecution());
    m_delete->setEnabled(deleteReason.isEmpty());
    m_delete->setToolTip(deleteReason);
    QString openReason;
    m_open->setEnabled(b->webPage(b->selectedSchedule(), &openReason).isValid());
    m_open->setToolTip(openReason);
    m_refresh->setEnabled(!b->databaseUuid().isEmpty() && !b->isLoading());
}

void DatabaseBackupsView::backUpNow()
{
    m_message->hide();
    m_backups->backUpNow();
}

void DatabaseBackupsView::deleteSelected()
{
    const QString execution = selectedExecution();
    if (!m_backups->deleteUnavailableReason(execution).isEmpty())
        return;
    const Models::BackupExecution *e = m_backups->executions()->find(execution);
    const Models::BackupConfig *config =
        m_backups->schedules()->find(m_backups->selectedSchedule());
    QMessageBox box(QMessageBox::Warning, tr("Delete Backup"),
                    tr("Delete the backup %1 of %2?")
                        .arg(e->filename.section(u'/', -1), m_backups->databaseName()),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteBackupConfirmation"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Coolify deletes the file on the server and the record of this "
                              "backup. This cannot be undone."));
    QCheckBox *s3 = nullptr;
    if (config && config->saveS3) {
        s3 = new QCheckBox(tr("Also delete the copy in S3"), &box);
        box.setCheckBox(s3);
    }
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"deleteBackupConfirm"_s);
    box.setDefaultButton(QMessageBox::Cancel); // a deletion is never the default
    box.exec();
    if (box.clickedButton() == remove)
        m_backups->deleteExecution(execution, s3 && s3->isChecked());
}

void DatabaseBackupsView::openInCoolify()
{
    const QUrl page = m_backups->webPage(m_backups->selectedSchedule());
    if (page.isValid())
        QDesktopServices::openUrl(page);
}

} // namespace Coolify::Gui
