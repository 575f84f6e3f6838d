#include "gui/bulkprogresswindow.h"

#include "controllers/bulkrun.h"
#include "gui/bulkconfirmdialog.h"
#include "gui/closeshortcuts.h"
#include "gui/deploymentview.h"
#include "models/bulkprogressmodel.h"
#include "models/fleet.h"
#include "models/instancedata.h"
#include "models/instancesession.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Model = Models::BulkProgressModel;

BulkProgressWindow::BulkProgressWindow(Models::Fleet *fleet, const Controllers::BulkPlan &plan,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_fleet(fleet)
    , m_run(new Controllers::BulkRun(fleet, this))
    , m_summary(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_logs(new QStackedWidget(this))
    , m_noLog(new QLabel(this))
{
    setObjectName(u"bulkProgressWindow"_s);
    setWindowTitle(tr("%1 — %n resource(s) — Coolify Desktop", nullptr, plan.includedCount())
                       .arg(Controllers::BulkPlan::actionName(plan.action)));
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_notes->setObjectName(u"bulkNotes"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->hide();
    m_bar->setObjectName(u"bulkProgress"_s);
    m_bar->setAccessibleName(tr("Resources done"));

    m_table->setObjectName(u"bulkRows"_s);
    m_table->setModel(m_run->progress());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Model::ResourceColumn, 200);
    m_table->setColumnWidth(Model::InstanceColumn, 130);
    m_table->setColumnWidth(Model::EnvironmentColumn, 290);

    m_noLog->setObjectName(u"bulkNoLog"_s);
    m_noLog->setAlignment(Qt::AlignCenter);
    m_noLog->setWordWrap(true);
    m_noLog->setText(tr("Select a row with a deployment to follow its log here."));
    m_logs->addWidget(m_noLog);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_logs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({260, 390});

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Stop &Sending"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"bulkCancel"_s);
    m_cancel->setToolTip(
        tr("Resources not sent yet are left alone; requests already sent finish."));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_run->cancel();
        updateProgress(); // the button goes grey at once, whatever is still on its way
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_bar);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    addCloseShortcuts(this);

    // Hundreds of answers can arrive in one burst: the summary (which counts every row) is
    // redone at most every 50 ms while the run goes on, and at once when it ends.
    m_update = new QTimer(this);
    m_update->setSingleShot(true);
    m_update->setInterval(50);
    connect(m_update, &QTimer::timeout, this, &BulkProgressWindow::updateProgress);
    const auto scheduleUpdate = [this] {
        if (!m_update->isActive())
            m_update->start();
    };
    connect(m_run, &Controllers::BulkRun::progressChanged, this, scheduleUpdate);
    connect(m_run, &Controllers::BulkRun::finished, this, &BulkProgressWindow::updateProgress);
    connect(m_run->progress(), &QAbstractItemModel::dataChanged, this,
            [this, scheduleUpdate](const QModelIndex &topLeft) {
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid() && current.row() == topLeft.row())
                    showSelected();
                scheduleUpdate();
            });
    // The first deployment to start is shown at once, so there is something to watch.
    connect(m_run, &Controllers::BulkRun::deploymentStarted, this,
            [this](const QString &, const QString &deploymentUuid) {
                if (m_view)
                    return;
                for (int row = 0; row < m_run->progress()->rowCount(); ++row) {
                    if (m_run->progress()->row(row).deploymentUuid == deploymentUuid) {
                        m_table->selectionModel()->setCurrentIndex(
                            m_run->progress()->index(row, 0),
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                        break;
                    }
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BulkProgressWindow::showSelected);
    // Big enough for the log, never bigger than the screen (1024×700 leaves no room for 720).
    resize(QSize(1000, 720).boundedTo(screen()->availableSize() * 0.92));
    m_run->prepare(plan); // sent after the first paint (paintEvent)
    updateProgress();
    // A window that is never painted (mapped on another workspace, minimised) still sends.
    QTimer::singleShot(500, m_run, &Controllers::BulkRun::send);
}

BulkProgressWindow::~BulkProgressWindow() = default;

void BulkProgressWindow::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The window shows at once with every row queued; the requests are made in the next turn,
    // not in the one that paints a whole new window.
    if (!std::exchange(m_sendQueued, true))
        QTimer::singleShot(0, m_run, &Controllers::BulkRun::send);
}

QString BulkProgressWindow::summaryText() const
{
    return m_summary->text();
}

QString BulkProgressWindow::notesText() const
{
    return m_notes->text();
}

QString BulkProgressWindow::followedDeployment() const
{
    return m_view ? m_view->deploymentUuid() : QString();
}

void BulkProgressWindow::updateProgress()
{
    const Model *model = m_run->progress();
    // QProgressBar::setValue repaints at once, and with it whatever else of the window is
    // dirty (the table during a burst): with updates off it only schedules a paint.
    m_bar->setUpdatesEnabled(false);
    m_bar->setRange(0, qMax(1, model->rowCount()));
    m_bar->setValue(model->finishedCount());
    m_bar->setUpdatesEnabled(true);
    const QString summary = m_run->summary();
    if (m_run->isRunning())
        m_summary->setText(tr("%1 of %2 done — %3")
                               .arg(model->finishedCount())
                               .arg(model->rowCount())
                               .arg(summary));
    else
        m_summary->setText(m_run->wasCancelled() ? tr("Stopped sending. %1").arg(summary)
                                                 : tr("Finished. %1").arg(summary));
    m_notes->setText(m_run->notes().join(u'\n'));
    m_notes->setVisible(!m_run->notes().isEmpty());
    m_cancel->setEnabled(m_run->isRunning() && !m_run->wasCancelled());
    if (!m_run->isRunning())
        m_close->setDefault(true);
}

void BulkProgressWindow::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const Model *model = m_run->progress();
    if (!current.isValid())
        return;
    const Model::Row &row = model->row(current.row());
    if (row.deploymentUuid.isEmpty()) {
        m_noLog->setText(
            row.message.isEmpty()
                ? tr("%1: %2").arg(row.name, Model::stateText(row.state))
                : tr("%1: %2 — %3").arg(row.name, Model::stateText(row.state), row.message));
        m_logs->setCurrentWidget(m_noLog);
        return;
    }
    if (m_view && m_view->deploymentUuid() == row.deploymentUuid) {
        m_logs->setCurrentWidget(m_view);
        return;
    }
    Models::InstanceSession *session = m_fleet->session(row.instanceId);
    if (!session)
        return;
    // One follower at a time: the pane shows the selected row's deployment.
    if (m_view)
        m_view->deleteLater();
    m_view = new DeploymentView(session->client(), row.deploymentUuid, session->instance().name,
                                session->abilities(), m_logs);
    if (Models::InstanceData *instanceData = m_fleet->data(row.instanceId))
        connect(m_view, &DeploymentView::ended, instanceData, &Models::InstanceData::refresh);
    m_logs->addWidget(m_view);
    m_logs->setCurrentWidget(m_view);
}

void BulkProgressWindow::closeEvent(QCloseEvent *event)
{
    // The first Esc stops sending; the next one closes.
    if (m_run->isRunning() && !m_run->wasCancelled()) {
        m_run->cancel();
        updateProgress();
        event->ignore();
        return;
    }
    event->accept();
}

void confirmAndRunBulk(Models::Fleet *fleet, const Controllers::BulkPlan &plan, QWidget *parent)
{
    auto *dialog = new BulkConfirmDialog(plan, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, [fleet, dialog, parent] {
        auto *window = new BulkProgressWindow(fleet, dialog->plan(), parent->window());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    dialog->open();
}

} // namespace Coolify::Gui
