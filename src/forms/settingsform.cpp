#include "forms/settingsform.h"
#include "forms/plaintext.h"

#include "forms/banner.h"
#include "forms/conflictmodel.h"
#include "forms/fieldeditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

namespace {
// The default leave prompt: a window-modal, non-blocking message box.
void askWithMessageBox(QWidget *form, std::function<void(SettingsForm::LeaveChoice)> answer)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, SettingsForm::tr("Unsaved changes"),
                        SettingsForm::tr("You have changed settings that are not saved "
                                         "yet. Save them before leaving?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, form);
    box->setObjectName(u"leavePrompt"_s);
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, form, [box, answer](int) {
        const auto button = box->standardButton(box->clickedButton());
        answer(button == QMessageBox::Save          ? SettingsForm::LeaveChoice::Save
                   : button == QMessageBox::Discard ? SettingsForm::LeaveChoice::Discard
                                                    : SettingsForm::LeaveChoice::Cancel);
    });
    box->open();
}
} // namespace

SettingsForm::SettingsForm(const FieldTable &table, Api::ApiClient *client, const QString &uuid,
                           const Api::TokenAbilities &abilities, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_controller(new FormController(&table, client, uuid, this))
    , m_abilities(abilities)
    , m_readOnly(abilities.isKnownMissing(Api::Ability::Write))
    , m_leavePrompt(askWithMessageBox)
{
    build();
    connect(m_controller, &FormController::phaseChanged, this, &SettingsForm::onPhaseChanged);
    connect(m_controller, &FormController::loaded, this, [this] {
        m_banner->hide();
        refreshEditors();
        emit loaded();
    });
    connect(m_controller, &FormController::loadFailed, this, [this](const Api::ApiError &e) {
        showApiError(e, tr("Could not load the settings."), false);
    });
    connect(m_controller, &FormController::preflightFailed, this,
            [this](const QList<PreflightIssue> &issues) {
                QMap<QString, QStringList> errors;
                for (const PreflightIssue &issue : issues)
                    errors[issue.field] << issue.message;
                showErrors(errors, {}, tr("Nothing was sent: fix the marked fields first."));
                finishLeave(false);
            });
    connect(m_controller, &FormController::validationFailed, this,
            [this](const ErrorReport &report) {
                showErrors(report.fieldErrors, report.summary,
                           tr("Coolify did not save the changes: fix the marked fields and "
                              "save again."));
                finishLeave(false);
            });
    connect(m_controller, &FormController::conflictDetected, this, &SettingsForm::onConflicts);
    connect(m_controller, &FormController::staleDetected, this, &SettingsForm::onStale);
    connect(m_controller, &FormController::rebased, this, &SettingsForm::onRebased);
    connect(m_controller, &FormController::saveFailed, this, [this](const Api::ApiError &e) {
        showApiError(e, tr("The changes were not saved; your edits are kept."), true);
        finishLeave(false);
    });
    connect(m_controller, &FormController::saved, this, &SettingsForm::onSaved);
    connect(m_controller, &FormController::savedWithoutReload, this,
            [this](const Api::ApiError &e) {
                m_banner->showMessage(Banner::Kind::Warning,
                                      tr("Saved, but reloading the settings failed: %1 The form "
                                         "still shows your edits.")
                                          .arg(e.userMessage()));
                QPushButton *reload = m_banner->addButton(tr("Reload"), u"reloadButton"_s);
                connect(reload, &QPushButton::clicked, this, &SettingsForm::load);
                finishLeave(true);
            });
    updateActions();
}

SettingsForm::~SettingsForm() = default;

SettingsForm *SettingsForm::forApplication(Api::ApiClient *client, const QString &uuid,
                                           const Api::TokenAbilities &abilities, QWidget *parent)
{
    return new SettingsForm(FieldTable::applications(), client, uuid, abilities, parent);
}

void SettingsForm::build()
{
    setObjectName(u"settingsForm"_s);
    auto *outer = new QVBoxLayout(this);
    m_readOnlyBanner = new Banner(this);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_banner = new Banner(this);
    m_banner->setObjectName(u"messageBanner"_s);
    connect(m_banner, &Banner::fieldLinkActivated, this, &SettingsForm::focusField);
    m_conflictBanner = new Banner(this);
    m_conflictBanner->setObjectName(u"conflictBanner"_s);
    m_conflicts = new ConflictModel(this);
    m_conflictView = new QTableView(this);
    m_conflictView->setObjectName(u"conflictView"_s);
    m_conflictView->setAccessibleName(tr("Conflicting domains"));
    m_conflictView->setModel(m_conflicts);
    showItemToolTipsAsText(m_conflictView);
    m_conflictView->horizontalHeader()->setStretchLastSection(true);
    m_conflictView->verticalHeader()->hide();
    m_conflictView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictView->setMaximumHeight(120);
    m_conflictView->hide();
    outer->addWidget(m_readOnlyBanner);
    outer->addWidget(m_banner);
    outer->addWidget(m_conflictBanner);
    outer->addWidget(m_conflictView);

    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    for (const Category &category : m_table.categories()) {
        auto *group = new QGroupBox(FieldTable::translate(category.label), content);
        group->setObjectName(u"section_"_s + category.id);
        group->setAccessibleName(FieldTable::translate(category.label));
        auto *rows = new QVBoxLayout(group);
        for (const FieldSpec &field : m_table.fieldsIn(category.id)) {
            auto *editor = new FieldEditor(field, group);
            m_editors.insert(field.key, editor);
            rows->addWidget(editor);
            connect(editor, &FieldEditor::edited, this, &SettingsForm::onEdited);
            connect(editor, &FieldEditor::revertRequested, this, [this](const QString &key) {
                m_controller->state().revert(key);
                m_editors.value(key)->setValue(m_controller->state().value(key));
                onEdited(key);
            });
            if (field.readOnly)
                editor->setReadOnly(true, FieldTable::translate(field.readOnlyReason));
            else if (m_readOnly)
                editor->setReadOnly(true, QString());
        }
        sections->addWidget(group);
    }
    sections->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setToolTip(tr("Restore every field to the value loaded from the server"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Send the changed fields to Coolify"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsForm::revertAll);

    if (m_readOnly) {
        m_readOnlyBanner->showMessage(
            Banner::Kind::Info,
            tr("Read-only: %1 Editing needs a token with the “write” permission.")
                .arg(m_abilities.missingReason(Api::Ability::Write)));
        m_save->hide();
        m_revert->hide();
    }
}

QString SettingsForm::labelOf(const QString &key) const
{
    const FieldSpec *f = m_table.field(key);
    return f ? FieldTable::translate(f->label) : key;
}

void SettingsForm::load()
{
    m_controller->load();
}

bool SettingsForm::hasUnsavedChanges() const
{
    return m_controller->state().isDirty();
}

void SettingsForm::refreshEditors()
{
    const FormState &state = m_controller->state();
    const bool canReadSensitive = !m_abilities.isKnownMissing(Api::Ability::ReadSensitive);
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const QString key = editor->field().key;
        editor->setValue(state.value(key));
        const bool writable = !m_readOnly && !editor->field().readOnly;
        QString reason;
        if (editor->field().sensitive && !canReadSensitive)
            reason = writable ? tr("Hidden — the token lacks read:sensitive. Type a new value to "
                                   "replace it.")
                              : tr("Hidden — the token lacks read:sensitive.");
        else
            reason = writable ? tr("Not provided by the server. Type a new value to replace it.")
                              : tr("Not provided by the server.");
        editor->setHidden(state.isOmitted(key), reason);
        refreshDirty(key);
        editor->setHints({});
    }
    updateActions();
}

void SettingsForm::refreshDirty(const QString &key)
{
    if (FieldEditor *editor = m_editors.value(key))
        editor->setDirty(m_controller->state().isDirty(key));
}

void SettingsForm::onEdited(const QString &key)
{
    FieldEditor *editor = m_editors.value(key);
    if (!editor || m_readOnly)
        return;
    FormState &state = m_controller->state();
    state.setValue(key, editor->value());
    refreshDirty(key);
    editor->setErrors({}); // editing a field clears its error
    editor->setHints(PatchBuilder::hints(editor->field(), editor->value()));
    const qsizetype before = m_summary.size();
    m_summary.removeIf([&key](const SummaryItem &item) { return item.field == key; });
    if (before != m_summary.size() && m_summary.isEmpty()) {
        bool anyError = false;
        for (const FieldEditor *e : std::as_const(m_editors))
            anyError = anyError || !e->errors().isEmpty();
        if (!anyError)
            m_banner->hide();
    }
    updateActions();
}

void SettingsForm::updateActions()
{
    const bool dirty = hasUnsavedChanges();
    const bool busy = m_controller->isBusy();
    m_save->setEnabled(!m_readOnly && dirty && !busy && m_controller->state().isLoaded());
    m_revert->setEnabled(!m_readOnly && dirty && !busy);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void SettingsForm::clearErrors()
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setErrors({});
    m_summary.clear();
    m_banner->hide();
    m_conflictBanner->hide();
    m_conflictView->hide();
}

void SettingsForm::focusField(const QString &key)
{
    FieldEditor *editor = m_editors.value(key);
    if (!editor)
        return;
    m_scroll->ensureWidgetVisible(editor);
    editor->focusEditor();
}

void SettingsForm::revertAll()
{
    m_controller->state().revertAll();
    clearErrors();
    refreshEditors();
}

void SettingsForm::confirmLeave(std::function<void(bool proceed)> done)
{
    if (!hasUnsavedChanges() || m_readOnly) {
        done(true);
        return;
    }
    m_leavePrompt(this, [this, done](LeaveChoice choice) {
        switch (choice) {
        case LeaveChoice::Discard:
            revertAll();
            done(true);
            return;
        case LeaveChoice::Cancel:
            done(false);
            return;
        case LeaveChoice::Save:
            m_pendingLeave = done;
            save();
            if (!m_controller->isBusy()) // nothing was sent (e.g. a field must be fixed first)
                finishLeave(false);
            return;
        }
    });
}

void SettingsForm::finishLeave(bool proceed)
{
    if (!m_pendingLeave)
        return;
    auto done = std::exchange(m_pendingLeave, {});
    done(proceed);
}

} // namespace Coolify::Forms
