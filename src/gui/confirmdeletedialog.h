#pragma once

#include "controllers/lifecyclecontroller.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Coolify::Gui {

// Deleting is irreversible: the dialog names the resource and its instance and enables Delete
// only once the user has typed the resource's name exactly. Enter then deletes; before that it
// only says what is missing (it never closes the dialog as if something had happened).
// What else goes with it — volumes (the data), configuration files, networks, a Docker cleanup —
// the user ticks; nothing beyond the resource itself is removed by default.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeleteDialog(const QString &resourceName, const QString &instanceName,
                        const QString &kind, QWidget *parent = nullptr);

    // What the user ticked (every flag is sent: the server would default each one to true).
    Controllers::LifecycleController::DeleteOptions options() const;

private:
    void confirmWithEnter();

    QString m_resourceName;
    QLineEdit *m_name;
    QLabel *m_hint;
    QPushButton *m_delete;
    QCheckBox *m_volumes;
    QCheckBox *m_configurations;
    QCheckBox *m_networks;
    QCheckBox *m_dockerCleanup;
};

} // namespace Coolify::Gui
