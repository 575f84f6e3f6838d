#include "gui/databasebackupsview.h"

#include "controllers/backupscheduleeditor.h"
#include "controllers/databasebackups.h"
#include "forms/plaintext.h"
#include "gui/backupscheduledialog.h"
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
    , m_newSchedule(new QPushButton(tr("&New Schedule…"), this))
    , m_editSchedule(new QPushButton(tr("&Edit Schedule…"), this))
    , m_deleteSchedule(new QPushButton(tr("Delete &Schedule…"), this))
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
    m_newSchedule->setObjectName(u"backupScheduleNew"_s);
    m_newSchedule->setIcon(themed("list-add", QStyle::SP_FileDialogNewFolder));
    m_editSchedule->setObjectName(u"backupScheduleEdit"_s);
    m_editSchedule->setIcon(themed("document-edit", QStyle::SP_FileDialogDetailedView));
    m_deleteSchedule->setObjectName(u"backupScheduleDelete"_s);
    m_deleteSchedule->setIcon(themed("edit-delete", QStyle::SP_TrashIcon));
    connect(m_newSchedule, &QPushButton::clicked, this, &DatabaseBackupsView::newSchedule);
    connect(m_editSchedule, &QPushButton::clicked, this, &DatabaseBackupsView::editSchedule);
    connect(m_deleteSchedule, &QPushButton::clicked, this, &DatabaseBackupsView::deleteSchedule);
    connect(m_schedules, &QTableView::activated, this, &DatabaseBackupsView::editSchedule);

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
    connect(m_backups, &Controllers::DatabaseBackups::loaded, this, [this] {
        if (!m_pendingSelection.isEmpty()
            && m_backups->schedules()->rowOf(m_pendingSelection) >= 0) {
            m_backups->selectSchedule(std::exchange(m_pendingSelection, {}));
            updateControls();
        }
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
    bar->addWidget(m_title, 1); // an ignored size hint needs the stretch to get any room
    bar->addWidget(m_backUpNow);
    bar->addWidget(m_open);
    bar->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    auto *limits = new QLabel(
        tr("Coolify's API cannot download or restore a backup: Open in Coolify does."), this);
    limits->setObjectName(u"backupsApiLimits"_s);
    limits->setWordWrap(true);
    bottom->addWidget(limits, 1);
    bottom->addWidget(m_delete);
    auto *schedules = new QWidget(this);
    auto *scheduleLayout = new QVBoxLayout(schedules);
    scheduleLayout->setContentsMargins({});
    auto *scheduleBar = new QHBoxLayout;
    scheduleBar->addStretch();
    scheduleBar->addWidget(m_newSchedule);
    scheduleBar->addWidget(m_editSchedule);
    scheduleBar->addWidget(m_deleteSchedule);
    // A header and a row or two: the tab must not raise the window's minimum height.
    m_schedules->setMinimumHeight(fontMetrics().height() * 4);
    scheduleLayout->addWidget(m_schedules, 1);
    scheduleLayout->addLayout(scheduleBar);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"backupsSplitter"_s);
    split->addWidget(schedules);
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
    Controllers::BackupScheduleEditor probe(b->fleet(), b->instanceId(), b->databaseUuid(),
                                            b->databaseName(), nullptr);
    const QString newReason =
        b->databaseUuid().isEmpty() ? tr("No database selected.") : probe.unavailableReason();
    m_newSchedule->setEnabled(newReason.isEmpty());
    m_newSchedule->setToolTip(newReason.isEmpty() ? tr("Add a backup schedule for this database.")
                                                  : newReason);
    const bool selected = b->schedules()->find(b->selectedSchedule()) != nullptr;
    m_editSchedule->setEnabled(selected);
    m_editSchedule->setToolTip(selected ? tr("Change the selected schedule.")
                                        : tr("Select a schedule to edit."));
    const QString dropReason = b->deleteScheduleUnavailableReason(b->selectedSchedule());
    m_deleteSchedule->setEnabled(dropReason.isEmpty());
    m_deleteSchedule->setToolTip(dropReason);
}

void DatabaseBackupsView::newSchedule()
{
    if (!m_newSchedule->isEnabled())
        return;
    openScheduleDialog(nullptr);
}

void DatabaseBackupsView::editSchedule()
{
    const Models::BackupConfig *config =
        m_backups->schedules()->find(m_backups->selectedSchedule());
    if (config)
        openScheduleDialog(config);
}

void DatabaseBackupsView::openScheduleDialog(const Models::BackupConfig *config)
{
    auto *editor = new Controllers::BackupScheduleEditor(
        m_backups->fleet(), m_backups->instanceId(), m_backups->databaseUuid(),
        m_backups->databaseName(), config);
    auto *dialog = new BackupScheduleDialog(editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupScheduleDialog::savedSchedule, this,
            [this](const QString &uuid, const QString &text) {
                m_message->setText(text);
                m_message->setAutoFillBackground(false);
                m_message->setForegroundRole(QPalette::WindowText);
                m_message->show();
                m_pendingSelection = uuid;
                m_backups->refresh();
            });
    dialog->open();
}

void DatabaseBackupsView::deleteSchedule()
{
    const QString uuid = m_backups->selectedSchedule();
    const Models::BackupConfig *config = m_backups->schedules()->find(uuid);
    if (!config || !m_backups->deleteScheduleUnavailableReason(uuid).isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Backup Schedule"),
                    tr("Delete the %1 backup schedule of %2 with all %n backup(s)?", nullptr,
                       int(config->executions.size()))
                        .arg(config->frequencyText(), m_backups->databaseName()),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteScheduleConfirmation"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Coolify deletes the schedule, the record of every backup it made "
                              "and their files on the server. This cannot be undone."));
    QCheckBox *s3 = nullptr;
    if (config->saveS3) {
        s3 = new QCheckBox(tr("Also delete the copies in S3"), &box);
        box.setCheckBox(s3);
    }
    QPushButton *remove = box.addButton(tr("Delete Schedule"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"deleteScheduleConfirm"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_backups->deleteSchedule(uuid, s3 && s3->isChecked());
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
