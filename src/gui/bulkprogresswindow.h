#pragma once

#include "controllers/bulkplan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {
class BulkRun;
}

namespace Coolify::Gui {

class DeploymentView;

// One window per bulk run: a row per resource with where it stands (queued, sent, waiting for
// the server, deployment started, already queued, done, failed with the reason), a progress bar,
// Cancel while requests are still to be sent, and the summary at the end. It is also the one
// place to watch the deployments the run started: selecting a row follows its deployment's log
// in the pane below, instead of a window per resource.
// Esc (or closing) first stops sending, then closes; requests already sent finish either way.
class BulkProgressWindow : public QWidget
{
    Q_OBJECT

public:
    BulkProgressWindow(Models::Fleet *fleet, const Controllers::BulkPlan &plan,
                       QWidget *parent = nullptr);
    ~BulkProgressWindow() override;

    Controllers::BulkRun *run() const { return m_run; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    QString notesText() const; // what the servers said beyond the rows (tagged services)
    QPushButton *cancelButton() const { return m_cancel; }
    // The deployment the log pane follows, empty when none.
    QString followedDeployment() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateProgress();
    void showSelected();

    Models::Fleet *m_fleet;
    Controllers::BulkRun *m_run;
    QLabel *m_summary;
    QLabel *m_notes;
    QProgressBar *m_bar;
    QTableView *m_table;
    QStackedWidget *m_logs;
    QLabel *m_noLog;
    QPointer<DeploymentView> m_view;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_update = nullptr; // coalesces the summary of a burst of answers
    bool m_sendQueued = false; // see paintEvent()
};

// Asks with a BulkConfirmDialog (window-modal on `parent`) and, once confirmed, runs the plan in
// a BulkProgressWindow of `parent`'s window.
void confirmAndRunBulk(Models::Fleet *fleet, const Controllers::BulkPlan &plan, QWidget *parent);

} // namespace Coolify::Gui
