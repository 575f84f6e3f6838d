#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Coolify::Gui {

// Deleting is irreversible: the dialog names the resource and its instance and enables Delete
// only once the user has typed the resource's name exactly. Enter then deletes; before that it
// only says what is missing (it never closes the dialog as if something had happened).
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeleteDialog(const QString &resourceName, const QString &instanceName,
                        const QString &kind, QWidget *parent = nullptr);

private:
    void confirmWithEnter();

    QString m_resourceName;
    QLineEdit *m_name;
    QLabel *m_hint;
    QPushButton *m_delete;
};

} // namespace Coolify::Gui
