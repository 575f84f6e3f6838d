#pragma once

#include "models/envplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Coolify::Controllers {
class EnvEditor;
}

namespace Coolify::Gui {

// Adds one environment variable or edits one, checked before sending (Coolify's key pattern,
// lengths, a key that exists already) and saved through the resource's EnvEditor. The server's
// refusals (409, 422 by field, 400) appear under the field they concern and the dialog stays
// open with everything typed.
class EnvVarDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new variable.
    EnvVarDialog(Controllers::EnvEditor *editor, const Models::EnvVar *existing,
                 QWidget *parent = nullptr);

    // Why Save is disabled, in words; empty when it can be saved.
    QString problem() const;
    QLineEdit *keyEdit() const { return m_key; }
    QPlainTextEdit *valueEdit() const { return m_value; }

    void accept() override; // sends; closes only once the server took it

private:
    Models::EnvVar wanted() const;
    void updateState();
    void onApplied();
    void showFieldErrors(const QMap<QString, QStringList> &errors, const QString &general);

    Controllers::EnvEditor *m_editor;
    std::optional<Models::EnvVar> m_existing;
    QLineEdit *m_key;
    QLabel *m_keyError;
    QPlainTextEdit *m_value;
    QLabel *m_valueError;
    QLineEdit *m_comment;
    QLabel *m_commentError;
    QCheckBox *m_runtime = nullptr;
    QCheckBox *m_buildtime = nullptr;
    QCheckBox *m_literal;
    QCheckBox *m_locked;
    QLabel *m_problem;
    QPushButton *m_save;
    QString m_serverError; // the last refusal not tied to a field, until the next edit
    bool m_sending = false;
};

// Shows what a plan will do before anything is sent: the summary ("3 added, 2 changed, 1
// removed, 4 unchanged, 1 locked — skipped"), one line per variable with what changes (never a
// value), warnings (a value that cannot be read is replaced, outer spaces are trimmed), and how
// many requests go out. Save is the default button; Esc cancels.
class EnvPlanDialog : public QDialog
{
    Q_OBJECT

public:
    EnvPlanDialog(const Models::EnvPlan &plan, const QString &target, int requests,
                  QWidget *parent = nullptr);

    QTreeWidget *items() const { return m_items; }
    QString summary() const;

    // The words for an action: "Add", "Change", "Remove", "Unchanged", "Skip (locked)", …
    static QString actionText(Models::EnvPlanItem::Action action);

private:
    QLabel *m_summary;
    QTreeWidget *m_items;
};

} // namespace Coolify::Gui
