#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Coolify::Gui {

// Deleting is irreversible: the dialog names the resource and its instance and enables Delete
// only once the user has typed the resource's name exactly.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeleteDialog(const QString &resourceName, const QString &instanceName,
                        const QString &kind, QWidget *parent = nullptr);

private:
    QLineEdit *m_name;
    QPushButton *m_delete;
};

} // namespace Coolify::Gui
