#include "gui/journalwindow.h"

#include "forms/banner.h"
#include "gui/closeshortcuts.h"
#include "instances/instancemanager.h"
#include "instances/instancestore.h"
#include "journal/journal.h"
#include "journal/journalmodel.h"
#include "models/fleet.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Journal::Entry;
using Journal::JournalModel;

namespace {
enum Period { AnyTime, LastDay, LastWeek, LastMonth };
}

JournalWindow::JournalWindow(Journal::Journal *journal, Models::Fleet *fleet, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_journal(journal)
    , m_fleet(fleet)
    , m_model(new JournalModel(journal, this))
    , m_banner(new Forms::Banner(this))
    , m_search(new QLineEdit(this))
    , m_instance(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"journalWindow"_s);
    setWindowTitle(tr("Journal \u2014 Coolify Desktop"));
    setAttribute(Qt::WA_DeleteOnClose);
    addCloseShortcuts(this);

    m_banner->setObjectName(u"journalBanner"_s);
    m_banner->hide();
    m_search->setObjectName(u"journalSearch"_s);
    m_search->setPlaceholderText(tr("Search instance, resource, fields, details…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the journal"));
    m_instance->setObjectName(u"journalInstance"_s);
    m_instance->setAccessibleName(tr("Instance"));
    m_action->setObjectName(u"journalAction"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"));
    for (Entry::Action action : Entry::allActions())
        m_action->addItem(Entry::actionText(action), int(action));
    m_outcome->setObjectName(u"journalOutcome"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"));
    m_outcome->addItem(tr("Done"), int(Entry::Outcome::Succeeded));
    m_outcome->addItem(tr("Failed"), int(Entry::Outcome::Failed));
    m_period->setObjectName(u"journalPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Last 24 hours"), LastDay);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    fillInstances();

    m_view->setObjectName(u"journalView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Journal entries"));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(JournalModel::TimeColumn, 140);
    m_view->setColumnWidth(JournalModel::InstanceColumn, 120);
    m_view->setColumnWidth(JournalModel::ResourceColumn, 220);
    m_view->setColumnWidth(JournalModel::ActionColumn, 170);
    m_view->setColumnWidth(JournalModel::OutcomeColumn, 70);

    m_status->setObjectName(u"journalStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_open->setObjectName(u"journalOpen"_s);
    m_open->setToolTip(tr("Open the deployment or the resource of the selected entry"));
    m_export->setObjectName(u"journalExport"_s);
    m_export->setToolTip(tr("Save the listed entries as CSV or JSON"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_instance);
    filters->addWidget(m_action);
    filters->addWidget(m_outcome);
    filters->addWidget(m_period);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_open);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &JournalWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_instance, m_action, m_outcome, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &JournalWindow::applyFilter);
    connect(m_model, &JournalModel::loaded, this, &JournalWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_view, &QTreeView::activated, this, &JournalWindow::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &JournalWindow::openCurrent);
    connect(m_export, &QPushButton::clicked, this, &JournalWindow::exportListed);
    connect(m_journal, &Journal::Journal::problemChanged, this, &JournalWindow::updateStatus);
    connect(m_fleet, &Models::Fleet::sessionAdded, this, &JournalWindow::fillInstances);
    connect(m_fleet, &Models::Fleet::sessionRemoved, this, &JournalWindow::fillInstances);

    updateStatus();
    m_search->setFocus();
    resize(980, 560);
}

void JournalWindow::fillInstances()
{
    const QString current = m_instance->currentData().toString();
    const QSignalBlocker block(m_instance);
    m_instance->clear();
    m_instance->addItem(tr("All instances"));
    const Instances::InstanceStore *store = m_fleet->manager()->store();
    for (const QString &id : m_fleet->ids()) {
        if (const auto instance = store->find(id))
            m_instance->addItem(instance->name, id);
    }
    m_instance->setCurrentIndex(qMax(0, m_instance->findData(current)));
}

void JournalWindow::applyFilter()
{
    Journal::Filter filter;
    filter.text = m_search->text();
    filter.instanceId = m_instance->currentData().toString();
    if (m_action->currentData().isValid())
        filter.actions = {Entry::Action(m_action->currentData().toInt())};
    if (m_outcome->currentData().isValid())
        filter.outcome = Entry::Outcome(m_outcome->currentData().toInt());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_period->currentData().toInt()) {
    case LastDay:
        filter.from = now.addDays(-1);
        break;
    case LastWeek:
        filter.from = now.addDays(-7);
        break;
    case LastMonth:
        filter.from = now.addDays(-30);
        break;
    default:
        break;
    }
    m_model->setFilter(filter);
}

void JournalWindow::updateStatus()
{
    const QString problem = m_journal->problem();
    if (problem.isEmpty())
        m_banner->hide();
    else
        m_banner->showMessage(Forms::MessageKind::Warning, problem);
    const int rows = m_model->rowCount();
    QString text = tr("%n entry(s)", nullptr, rows);
    if (rows >= m_model->filter().limit)
        text = tr("The newest %n entries; narrow the search to see older ones.", nullptr, rows);
    m_status->setText(text);
    m_export->setEnabled(rows > 0);
    m_open->setEnabled(rows > 0);
}

void JournalWindow::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const Entry &entry = m_model->entry(index.row());
    if (!entry.deploymentUuid.isEmpty())
        emit openDeploymentRequested(entry.instanceId, entry.deploymentUuid);
    else if (!entry.uuid.isEmpty())
        emit openResourceRequested(entry.instanceId, entry.uuid);
}

QString JournalWindow::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    const bool written = json ? Journal::writeJson(&file, m_model->entries())
                              : Journal::writeCsv(&file, m_model->entries());
    if (!written || !file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

void JournalWindow::exportListed()
{
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Journal"), u"coolify-journal.csv"_s,
                                     tr("CSV files (*.csv);;JSON files (*.json)"), &selected);
    if (path.isEmpty())
        return;
    if (const QString problem = exportTo(path); !problem.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Journal Not Exported"), problem,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace Coolify::Gui
