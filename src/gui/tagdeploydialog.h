#pragma once

#include "controllers/bulkplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Coolify::Models {
class Fleet;
}

namespace Coolify::Controllers {
class TagCatalog;
}

namespace Coolify::Gui {

// "Deploy by Tag…": the Coolify tags of every online instance, each with the instances that
// have it. Continue looks up the applications carrying the picked tag and accepts with the plan
// (plan()) for BulkConfirmDialog — Coolify's own bulk call, one POST /deploy?tag= per instance.
// Enter continues, Esc cancels.
class TagDeployDialog : public QDialog
{
    Q_OBJECT

public:
    TagDeployDialog(Models::Fleet *fleet, QWidget *parent = nullptr);

    const Controllers::BulkPlan &plan() const { return m_plan; }
    QListWidget *tagList() const { return m_list; }
    QPushButton *continueButton() const { return m_continue; }
    QString statusText() const;

private:
    void showTags();
    void resolveSelected();
    void updateButtons();

    Models::Fleet *m_fleet;
    Controllers::TagCatalog *m_catalog;
    Controllers::BulkPlan m_plan;
    QListWidget *m_list;
    QLabel *m_status;
    QCheckBox *m_force;
    QPushButton *m_continue;
    bool m_resolving = false;
};

} // namespace Coolify::Gui
