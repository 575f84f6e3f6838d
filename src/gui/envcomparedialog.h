#pragma once

#include "controllers/lifecyclecontroller.h"
#include "models/envplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Coolify::Forms {
class Banner;
}
namespace Coolify::Models {
class Fleet;
}
namespace Coolify::Controllers {
class EnvEditor;
}

namespace Coolify::Gui {

// Compares the variables of two resources — on one instance or on two, e.g. staging on one and
// production on another — key by key: only left, only right, different (and in what), same, or
// cannot be compared (a value that cannot be read). Values stay hidden unless asked for; hidden
// ones show a short fingerprint, so equal values can be recognised without being shown.
// Selected rows are copied either way as a reviewed plan, through the target's EnvEditor.
class EnvCompareDialog : public QDialog
{
    Q_OBJECT

public:
    EnvCompareDialog(Models::Fleet *fleet, const Controllers::ResourceRef &left,
                     QWidget *parent = nullptr);
    ~EnvCompareDialog() override;

    // Picks the right-hand resource (instance id + uuid); false when it is not in the list.
    bool setRight(const QString &instanceId, const QString &uuid);
    QComboBox *rightPicker() const { return m_right; }
    QTreeWidget *rows() const { return m_rows; }
    const QList<Models::EnvDiffRow> &diff() const { return m_diff; }
    Controllers::EnvEditor *leftEditor() const { return m_leftEditor; }
    Controllers::EnvEditor *rightEditor() const { return m_rightEditor; }
    bool isReady() const; // both sides loaded
    // Copies the checked rows to the right (toRight) or left, as a plan; `confirm` false skips
    // the review dialog (tests).
    void copyChecked(bool toRight, bool confirm = true);
    QString bannerText() const;
    QString summaryText() const;

signals:
    void compared(); // the table shows a fresh comparison

private:
    void pickRight(int index);
    void refreshDiff();
    void render();
    QString valueCell(const std::optional<Models::EnvVar> &var) const;

    Models::Fleet *m_fleet;
    Controllers::ResourceRef m_leftRef;
    Controllers::EnvEditor *m_leftEditor;
    Controllers::EnvEditor *m_rightEditor = nullptr;
    Forms::Banner *m_banner;
    QLabel *m_leftLabel;
    QComboBox *m_right;
    QLabel *m_summary;
    QCheckBox *m_onlyDifferences;
    QCheckBox *m_showValues;
    QTreeWidget *m_rows;
    QPushButton *m_toRight;
    QPushButton *m_toLeft;
    QList<Models::EnvDiffRow> m_diff;
};

} // namespace Coolify::Gui
