#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace Coolify::Forms {
class Banner;
}
namespace Coolify::Journal {
class Journal;
class JournalModel;
} // namespace Coolify::Journal
namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Gui {

// The journal of every change the app made: search (instance, resource, fields, details),
// filter by instance, action, outcome and period, open the resource or the deployment of a row
// (double-click or Enter), export what is listed as CSV or JSON. Esc closes.
class JournalWindow : public QWidget
{
    Q_OBJECT
public:
    JournalWindow(Journal::Journal *journal, Models::Fleet *fleet, QWidget *parent = nullptr);

    Journal::JournalModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Writes the listed entries to `path`: JSON when it ends in ".json", CSV otherwise. Returns a
    // translated problem, empty on success.
    QString exportTo(const QString &path) const;

signals:
    void openDeploymentRequested(const QString &instanceId, const QString &deploymentUuid);
    void openResourceRequested(const QString &instanceId, const QString &uuid);

private:
    void applyFilter();
    void openCurrent();
    void exportListed();
    void updateStatus();
    void fillInstances();

    Journal::Journal *m_journal;
    Models::Fleet *m_fleet;
    Journal::JournalModel *m_model;
    Forms::Banner *m_banner;
    QLineEdit *m_search;
    QComboBox *m_instance;
    QComboBox *m_action;
    QComboBox *m_outcome;
    QComboBox *m_period;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_export;
    QTimer *m_searchDelay;
};

} // namespace Coolify::Gui
