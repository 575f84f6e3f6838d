#pragma once

#include "gui/viewpane.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Coolify::Controllers {
class BackupRunner;
}
namespace Coolify::Models {
class Fleet;
class FleetBackupsModel;
} // namespace Coolify::Models

namespace Coolify::Gui {

// Every database on every instance with its newest backup and how its backups are doing
// (Models::FleetBackupsModel), filterable by text and state, sortable; Back Up Now on the
// selection (Controllers::BackupRunner) and Enter to open a database (its Backups tab is there).
//
//     auto *overview = new BackupsOverview(fleet);
//     connect(overview, &BackupsOverview::navigateRequested, this, &Pane::navigateRequested);
class BackupsOverview : public QWidget
{
    Q_OBJECT

public:
    enum class StateFilter { Any, NeedsAttention, Failed, Overdue, Never };

    // `runner` null: one of its own (its backups are followed only while it exists).
    explicit BackupsOverview(Models::Fleet *fleet, Controllers::BackupRunner *runner = nullptr,
                             QWidget *parent = nullptr);
    Controllers::BackupRunner *runner() const { return m_runner; }

    Models::FleetBackupsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setStateFilter(StateFilter filter);

public slots:
    void backUpSelected();

signals:
    void navigateRequested(const Coolify::Gui::ViewSpec &spec);

private:
    void updateControls();
    void openRow(const QModelIndex &index);

    Models::Fleet *m_fleet;
    Models::FleetBackupsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    Controllers::BackupRunner *m_runner;
    QLabel *m_summary;
    QLabel *m_message;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QTableView *m_table;
    QPushButton *m_backUp;
};

} // namespace Coolify::Gui
