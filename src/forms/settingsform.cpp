#include "forms/settingsform.h"
#include "forms/plaintext.h"

#include "forms/banner.h"
#include "forms/conflictmodel.h"
#include "forms/fieldeditor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
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
    m_packNote = new QLabel(content);
    m_packNote->setObjectName(u"buildPackNote"_s);
    m_packNote->setWordWrap(true);
    m_packNote->setTextFormat(Qt::RichText); // our own words and a link; no server text
    m_packNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_packNote->setForegroundRole(QPalette::PlaceholderText);
    m_packNote->hide();
    connect(m_packNote, &QLabel::linkActivated, this,
            [this] { setShowAllBuildPacks(!m_showAllPacks); });
    sections->addWidget(m_packNote);
    m_noMatch = new QLabel(content);
    m_noMatch->setObjectName(u"noFieldMatches"_s);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();
    sections->addWidget(m_noMatch);
    for (const Category &category : m_table.categories()) {
        auto *group = new QGroupBox(FieldTable::translate(category.label), content);
        group->setObjectName(u"section_"_s + category.id);
        group->setAccessibleName(FieldTable::translate(category.label));
        m_sections.insert(category.id, group);
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
    m_scroll->setObjectName(u"fieldScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &SettingsForm::followScroll);

    // Finding a field among thirty: a search over labels and help, and an index of the sections.
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"fieldSearch"_s);
    m_search->setPlaceholderText(tr("Find a setting (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a setting"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SettingsForm::applyVisibility);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_search->installEventFilter(this);
    m_index = new QListWidget(this);
    m_index->setObjectName(u"sectionIndex"_s);
    m_index->setAccessibleName(tr("Sections"));
    m_index->setFrameShape(QFrame::NoFrame);
    m_index->setBackgroundRole(QPalette::Window);
    for (const Category &category : m_table.categories()) {
        auto *item = new QListWidgetItem(FieldTable::translate(category.label), m_index);
        item->setData(Qt::UserRole, category.id);
    }
    int indexWidth = 0;
    for (int i = 0; i < m_index->count(); ++i)
        indexWidth = std::max(indexWidth,
                              m_index->fontMetrics().horizontalAdvance(m_index->item(i)->text()));
    m_index->setFixedWidth(indexWidth + 3 * m_index->fontMetrics().averageCharWidth());
    // A click shows the section; Enter (or a double click) also goes into its first field.
    connect(m_index, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        scrollToSection(item->data(Qt::UserRole).toString(), false);
    });
    connect(m_index, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        scrollToSection(item->data(Qt::UserRole).toString(), true);
    });
    auto *body = new QHBoxLayout;
    body->addWidget(m_index);
    auto *column = new QVBoxLayout;
    column->addWidget(m_search);
    column->addWidget(m_scroll, 1);
    body->addLayout(column, 1);
    outer->addLayout(body, 1);

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
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsForm::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    m_save->setToolTip(
        tr("Send the changed fields to Coolify (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
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
    applyVisibility();
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
    if (key == u"build_pack"_s)
        applyVisibility();
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
    if (editor->isHidden()) { // filtered away: the user asked for exactly this field
        m_search->clear();
        if (editor->isHidden())
            setShowAllBuildPacks(true);
    }
    m_scroll->ensureWidgetVisible(editor);
    editor->focusEditor();
}

void SettingsForm::revertAll()
{
    m_controller->state().revertAll();
    clearErrors();
    refreshEditors();
}

void SettingsForm::setShowAllBuildPacks(bool show)
{
    m_showAllPacks = show;
    applyVisibility();
}

void SettingsForm::applyVisibility()
{
    const QString query = m_search->text().trimmed();
    const QString pack = m_controller->state().value(u"build_pack"_s).toString();
    int packHidden = 0;
    int shown = 0;
    QSet<QString> visibleSections;
    for (FieldEditor *editor : std::as_const(m_editors)) {
        const FieldSpec &f = editor->field();
        const bool mustShow = m_controller->state().isDirty(f.key) || !editor->errors().isEmpty();
        const bool otherPack =
            !pack.isEmpty() && !f.buildPacks.isEmpty() && !f.buildPacks.contains(pack) && !mustShow;
        bool matches = query.isEmpty();
        for (const QString &text :
             {FieldTable::translate(f.label), FieldTable::translate(f.help), f.key}) {
            matches = matches || text.contains(query, Qt::CaseInsensitive);
        }
        if (otherPack && matches)
            ++packHidden; // the note counts only what the search would show
        const bool visible = matches && (!otherPack || m_showAllPacks);
        editor->setVisible(visible);
        if (visible) {
            ++shown;
            visibleSections.insert(f.category);
        }
    }
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setVisible(visibleSections.contains(it.key()));
    for (int i = 0; i < m_index->count(); ++i) {
        QListWidgetItem *item = m_index->item(i);
        item->setHidden(!visibleSections.contains(item->data(Qt::UserRole).toString()));
    }
    m_noMatch->setText(tr("No setting matches “%1”.").arg(query));
    m_noMatch->setVisible(shown == 0);
    if (packHidden > 0) {
        m_packNote->setText(
            m_showAllPacks ? tr("Showing %n setting(s) that the %1 build pack does not use. "
                                "<a href=\"hide\">Hide them</a>",
                                nullptr, packHidden)
                                 .arg(pack.toHtmlEscaped())
                           : tr("%n setting(s) that the %1 build pack does not use are hidden. "
                                "<a href=\"show\">Show them</a>",
                                nullptr, packHidden)
                                 .arg(pack.toHtmlEscaped()));
    }
    m_packNote->setVisible(packHidden > 0);
    followScroll();
}

void SettingsForm::scrollToSection(const QString &categoryId, bool focusField)
{
    QWidget *section = m_sections.value(categoryId);
    if (!section || section->isHidden())
        return;
    // The section's top at the top of the view (not merely somewhere in it); the index keeps
    // the section chosen even where the view cannot scroll that far.
    m_scroll->verticalScrollBar()->setValue(section->y());
    for (int i = 0; i < m_index->count(); ++i) {
        if (m_index->item(i)->data(Qt::UserRole).toString() == categoryId) {
            const QSignalBlocker quiet(m_index);
            m_index->setCurrentItem(m_index->item(i));
        }
    }
    if (!focusField)
        return;
    for (const FieldSpec &f : m_table.fieldsIn(categoryId)) {
        FieldEditor *editor = m_editors.value(f.key);
        if (editor && editor->isVisibleTo(this)) {
            editor->focusEditor();
            break;
        }
    }
}

void SettingsForm::followScroll()
{
    if (!m_index)
        return;
    const int top = m_scroll->verticalScrollBar()->value();
    const bool atEnd = top >= m_scroll->verticalScrollBar()->maximum() && top > 0;
    QString current;
    for (const Category &category : m_table.categories()) {
        const QWidget *section = m_sections.value(category.id);
        if (section->isHidden())
            continue;
        if (current.isEmpty() || section->y() <= top + 4 || atEnd)
            current = category.id;
        if (section->y() > top + 4 && !atEnd)
            break;
    }
    for (int i = 0; i < m_index->count(); ++i) {
        QListWidgetItem *item = m_index->item(i);
        if (item->data(Qt::UserRole).toString() == current) {
            const QSignalBlocker quiet(m_index);
            m_index->setCurrentItem(item);
            break;
        }
    }
}

bool SettingsForm::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a search with text clears it; an empty search lets Esc close the window as usual.
    // ShortcutOverride first: a window's Esc shortcut would otherwise take the key.
    if (watched == m_search && !m_search->text().isEmpty()
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
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
