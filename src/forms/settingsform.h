#pragma once

#include "api/abilities.h"
#include "forms/formcontroller.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableView;

namespace Coolify::Api {
class ApiClient;
}

namespace Coolify::Forms {

class Banner;
class ConflictModel;
class FieldEditor;

// The one generic settings form: built from a FieldTable, one section per category, loads the
// resource with GET, saves the changed fields with PATCH and shows every outcome in place.
//
// Embedding (the host owns the ApiClient and knows the token's abilities):
//     auto *form = SettingsForm::forApplication(client, appUuid, abilities, parent);
//     form->load();
//     ...before closing or switching away:
//     form->confirmLeave([](bool proceed) { if (proceed) closeThePage(); });
class SettingsForm : public QWidget
{
    Q_OBJECT

public:
    enum class LeaveChoice { Save, Discard, Cancel };
    // Asks the user what to do with unsaved edits and calls `answer` once (possibly later).
    using LeavePrompt = std::function<void(QWidget *form, std::function<void(LeaveChoice)> answer)>;

    // `table` must outlive the form.
    SettingsForm(const FieldTable &table, Api::ApiClient *client, const QString &uuid,
                 const Api::TokenAbilities &abilities, QWidget *parent = nullptr);
    ~SettingsForm() override;
    // The application settings form (embedded application-fields.json).
    static SettingsForm *forApplication(Api::ApiClient *client, const QString &uuid,
                                        const Api::TokenAbilities &abilities,
                                        QWidget *parent = nullptr);

    void load();
    bool isReadOnly() const { return m_readOnly; }
    bool hasUnsavedChanges() const;
    // Before closing or switching away: proceeds at once without edits; otherwise asks
    // Save / Discard / Cancel. `done(true)`: go ahead (saved or discarded); `done(false)`: stay.
    void confirmLeave(std::function<void(bool proceed)> done);
    // Replaces the default non-blocking QMessageBox (object name "leavePrompt").
    void setLeavePrompt(LeavePrompt prompt) { m_leavePrompt = std::move(prompt); }
    void setRequestTimeout(int ms) { m_controller->setTimeoutMs(ms); }

    void save();
    void revertAll();

    FormController *controller() const { return m_controller; }
    FieldEditor *fieldEditor(const QString &key) const { return m_editors.value(key); }
    Banner *messageBanner() const { return m_banner; } // errors, warnings, results
    Banner *conflictBanner() const { return m_conflictBanner; }
    // The field search above the sections (Ctrl+F) and the section index beside them.
    QLineEdit *fieldSearch() const { return m_search; }
    QListWidget *sectionIndex() const { return m_index; }
    // Shows the fields that do not apply to the current build pack (hidden by default).
    void setShowAllBuildPacks(bool show);

signals:
    void loaded();
    void saved();
    void dirtyChanged(bool dirty);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void onEdited(const QString &key);
    void refreshEditors();
    void refreshDirty(const QString &key);
    void clearErrors();
    void updateActions();
    void focusField(const QString &key);
    void showErrors(const QMap<QString, QStringList> &errors, const QList<SummaryItem> &summary,
                    const QString &heading);
    void showApiError(const Api::ApiError &error, const QString &heading, bool retrySave);
    void onPhaseChanged(FormController::Phase phase);
    void onSaved(const QList<SaveDifference> &differences);
    void onConflicts(const QJsonArray &conflicts);
    void onStale(const QStringList &fields);
    void onRebased(const QStringList &clashes);
    void finishLeave(bool proceed);
    QString labelOf(const QString &key) const;
    // Which rows and sections show: the search, the build pack and the fields that must show
    // anyway (edited or in error). Keeps the section index in step.
    void applyVisibility();
    void scrollToSection(const QString &categoryId, bool focusField);
    void followScroll(); // marks the section at the top of the view in the index

    const FieldTable &m_table;
    FormController *m_controller;
    Api::TokenAbilities m_abilities;
    bool m_readOnly = false;
    bool m_wasDirty = false;
    QHash<QString, FieldEditor *> m_editors;
    QList<SummaryItem> m_summary;
    Banner *m_readOnlyBanner = nullptr;
    Banner *m_banner = nullptr;
    Banner *m_conflictBanner = nullptr;
    QTableView *m_conflictView = nullptr;
    ConflictModel *m_conflicts = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_index = nullptr;
    QLabel *m_packNote = nullptr; // "3 fields for other build packs are hidden — Show them"
    QLabel *m_noMatch = nullptr;
    QHash<QString, QWidget *> m_sections; // category id → its group box
    bool m_showAllPacks = false;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    LeavePrompt m_leavePrompt;
    std::function<void(bool)> m_pendingLeave;
};

} // namespace Coolify::Forms
