#pragma once

#include "controllers/lifecyclecontroller.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Coolify::Forms {
class Banner;
}
namespace Coolify::Models {
class Fleet;
class EnvPlan;
namespace DotEnv {
struct Problem;
}
} // namespace Coolify::Models
namespace Coolify::Controllers {
class EnvEditor;
}

namespace Coolify::Gui {

// The Environment tab of an application, database or service: its variables in a table (values
// hidden until revealed, or explained when they cannot be read; an application's preview copies
// in their own section), add / edit / delete, the whole set as .env text edited in place and
// saved as a reviewed plan, import and export of .env files, and the outcome of every save
// with "Retry the Rest" and a Redeploy reminder. Loading and writing are EnvEditor's work.
class EnvironmentView : public QWidget
{
    Q_OBJECT

public:
    EnvironmentView(Models::Fleet *fleet, const Controllers::ResourceRef &ref,
                    QWidget *parent = nullptr);
    ~EnvironmentView() override;

    Controllers::EnvEditor *editor() const { return m_editor; }
    const Controllers::ResourceRef &resource() const { return m_ref; }

    // The developer view: the regular variables as .env text.
    void setDeveloperMode(bool on);
    bool isDeveloperMode() const;
    QPlainTextEdit *developerText() const { return m_text; }
    // The text typed in the developer view and not saved; empty when there is none.
    QString draft() const;
    void restoreDraft(const QString &text);
    // Parses the developer text, shows its plan and, when confirmed, saves it. With
    // `confirm` false (tests) the plan is applied without asking.
    void reviewDeveloperText(bool confirm = true);
    // Imports the variables of a .env file (added or updated, nothing removed).
    void importFile(const QString &path, bool confirm = true);
    // Writes the readable variables to a .env file; returns the keys left out.
    QStringList exportFile(const QString &path);
    // What the banner says (plain text), for tests.
    QString bannerText() const;
    QTableView *table() const { return m_table; }

public slots:
    void reload();

private:
    void buildUi();
    void updateActions();
    void onLoaded();
    void onApplied();
    void applyPlan(const Models::EnvPlan &plan, bool confirm);
    void addVariable();
    void editVariable();
    void deleteVariables();
    void toggleSelectedValues();
    void askImport();
    void askExport();
    void compare();
    void redeploy();
    QString currentText() const; // the .env text of what the server holds
    static QStringList problemLines(const QList<Models::DotEnv::Problem> &problems);
    QList<int> selectedSourceRows() const;

    Models::Fleet *m_fleet;
    Controllers::ResourceRef m_ref;
    Controllers::EnvEditor *m_editor;
    Forms::Banner *m_banner;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QCheckBox *m_reveal;
    QCheckBox *m_previews;
    QPushButton *m_developer;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_compare;
    QPushButton *m_reload;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QPlainTextEdit *m_text;
    QLabel *m_textProblems;
    QPushButton *m_review;
    QPushButton *m_discard;
    QString m_baseText; // the developer text as generated from the server's list
    bool m_writeMissing = false;
    bool m_readSensitiveMissing = false;
};

} // namespace Coolify::Gui
