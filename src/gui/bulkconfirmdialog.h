#pragma once

#include "controllers/bulkplan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Coolify::Gui {

// Asks before a bulk action, stating its blast radius: how many resources on which instances,
// grouped by instance with their project / environment, production called out, what happens to
// each, and the selected resources it leaves out with the reason. Stopping more than a few
// asks the user to type their count first; until then Enter only says what is missing.
// Otherwise Enter runs the action and Esc cancels.
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkConfirmDialog(const Controllers::BulkPlan &plan, QWidget *parent = nullptr);

    const Controllers::BulkPlan &plan() const { return m_plan; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *countField() const { return m_count; } // null unless the count must be typed
    QTreeWidget *resourceTree() const { return m_tree; }

private:
    void confirmWithEnter();

    Controllers::BulkPlan m_plan;
    QTreeWidget *m_tree;
    QPushButton *m_confirm;
    QLineEdit *m_count = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Coolify::Gui
