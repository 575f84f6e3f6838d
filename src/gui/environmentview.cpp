#include "gui/environmentview.h"

#include "controllers/deploycontroller.h"
#include "controllers/enveditor.h"
#include "forms/banner.h"
#include "forms/messagestyle.h"
#include "forms/plaintext.h"
#include "gui/envcomparedialog.h"
#include "gui/envdialogs.h"
#include "models/dotenv.h"
#include "models/envvarsmodel.h"
#include "models/fleet.h"
#include "models/instancesession.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

using Controllers::EnvEditor;
using Models::EnvPlan;
using Models::EnvVar;
using Models::EnvVarsModel;
namespace DotEnv = Models::DotEnv;

// The problems of a parse, one line each; a file with a problem on every line shows the first
// 20 and how many more there are.
QStringList EnvironmentView::problemLines(const QList<DotEnv::Problem> &problems)
{
    constexpr qsizetype kShown = 20;
    QStringList lines;
    for (qsizetype i = 0; i < std::min(problems.size(), kShown); ++i)
        lines << problems.at(i).message;
    if (problems.size() > kShown)
        lines << tr("… and %n more", nullptr, int(problems.size() - kShown));
    return lines;
}

EnvironmentView::EnvironmentView(Models::Fleet *fleet, const Controllers::ResourceRef &ref,
                                 QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_ref(ref)
    , m_editor(new EnvEditor(fleet->session(ref.instanceId)->client(), ref.kind, ref.uuid, ref.name,
                             this))
{
    setObjectName(u"environmentView"_s);
    if (Models::InstanceSession *session = fleet->session(ref.instanceId)) {
        m_writeMissing = session->abilities().isKnownMissing(Api::Ability::Write);
        m_readSensitiveMissing = session->abilities().isKnownMissing(Api::Ability::ReadSensitive);
    }
    buildUi();
    connect(m_editor, &EnvEditor::loaded, this, &EnvironmentView::onLoaded);
    connect(m_editor, &EnvEditor::loadFailed, this, [this](const Api::ApiError &error) {
        m_banner->showMessage(Forms::MessageKind::Error,
                              tr("The variables could not be loaded: %1").arg(error.userMessage()));
        connect(m_banner->addButton(tr("&Try Again"), u"envRetryLoad"_s), &QPushButton::clicked,
                this, &EnvironmentView::reload);
        updateActions();
    });
    connect(m_editor, &EnvEditor::loadingChanged, this, &EnvironmentView::updateActions);
    connect(m_editor, &EnvEditor::applyStarted, this, &EnvironmentView::updateActions);
    connect(m_editor, &EnvEditor::applied, this, &EnvironmentView::onApplied);
    updateActions();
}

EnvironmentView::~EnvironmentView() = default;

void EnvironmentView::buildUi()
{
    m_banner = new Forms::Banner(this);
    m_banner->setObjectName(u"envBanner"_s);
    m_banner->hide();

    m_add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add…"), this);
    m_add->setObjectName(u"envAdd"_s);
    m_edit = new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this);
    m_edit->setObjectName(u"envEdit"_s);
    m_delete = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this);
    m_delete->setObjectName(u"envDelete"_s);
    m_reveal = new QCheckBox(tr("Show &values"), this);
    m_reveal->setObjectName(u"envReveal"_s);
    m_previews = new QCheckBox(tr("&Preview copies"), this);
    m_previews->setObjectName(u"envPreviews"_s);
    m_previews->setToolTip(
        tr("Coolify keeps a copy of each application variable for preview deployments (of pull "
           "requests). Show those copies instead of the variables."));
    m_previews->setVisible(m_editor->hasPreviewCopies());
    m_developer = new QPushButton(QIcon::fromTheme(u"text-x-generic"_s), tr("Edit as .e&nv"), this);
    m_developer->setObjectName(u"envDeveloper"_s);
    m_developer->setCheckable(true);
    m_import = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("&Import…"), this);
    m_import->setObjectName(u"envImport"_s);
    m_export = new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("E&xport…"), this);
    m_export->setObjectName(u"envExport"_s);
    m_compare = new QPushButton(tr("&Compare…"), this);
    m_compare->setObjectName(u"envCompare"_s);
    m_compare->setToolTip(tr("Compare these variables with another resource's, on any instance, "
                             "and copy them across"));
    m_reload = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), QString(), this);
    m_reload->setObjectName(u"envReload"_s);
    m_reload->setToolTip(tr("Load the variables again"));
    m_reload->setAccessibleName(tr("Reload variables"));

    auto *bar = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_edit),
                       static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_reveal),
                       static_cast<QWidget *>(m_previews)})
        bar->addWidget(w);
    bar->addStretch(1);
    for (QPushButton *b : {m_developer, m_import, m_export, m_compare, m_reload})
        bar->addWidget(b);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_editor->model());
    m_proxy->setSortRole(Models::Roles::Sort);
    m_proxy->setFilterRole(EnvVarsModel::PreviewRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRegularExpression(u"^false$"_s);
    m_table = new QTableView(this);
    m_table->setObjectName(u"envTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EnvVarsModel::Key, 220);
    m_table->setColumnWidth(EnvVarsModel::Value, 260);
    m_table->setColumnWidth(EnvVarsModel::Availability, 130);
    m_table->setColumnWidth(EnvVarsModel::Flags, 140);
    Forms::showItemToolTipsAsText(m_table);
    // Databases and services ignore the runtime and build-time flags (coolify-api.md §16).
    m_table->setColumnHidden(EnvVarsModel::Availability, !m_editor->hasAvailabilityFlags());

    auto *developer = new QWidget(this);
    auto *devLayout = new QVBoxLayout(developer);
    devLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(developer);
    m_text->setObjectName(u"envText"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Variables as .env text"));
    m_textProblems = new QLabel(developer);
    m_textProblems->setObjectName(u"envTextProblems"_s);
    m_textProblems->setTextFormat(Qt::PlainText);
    m_textProblems->setWordWrap(true);
    Forms::setFieldErrorStyle(m_textProblems);
    m_textProblems->hide();
    m_review = new QPushButton(tr("&Review and Save…"), developer);
    m_review->setObjectName(u"envReview"_s);
    m_discard = new QPushButton(tr("Disca&rd Edits"), developer);
    m_discard->setObjectName(u"envDiscard"_s);
    auto *devBar = new QHBoxLayout;
    auto *devHint = new QLabel(tr("KEY=value per line; a # comment line directly above a variable "
                                  "is its comment. Removing a line deletes the variable."),
                               developer);
    devHint->setWordWrap(true);
    devHint->setEnabled(false);
    devBar->addWidget(devHint, 1);
    devBar->addWidget(m_discard);
    devBar->addWidget(m_review);
    devLayout->addWidget(m_text, 1);
    devLayout->addWidget(m_textProblems);
    devLayout->addLayout(devBar);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(developer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_add, &QPushButton::clicked, this, &EnvironmentView::addVariable);
    connect(m_edit, &QPushButton::clicked, this, &EnvironmentView::editVariable);
    connect(m_table, &QTableView::doubleClicked, this, &EnvironmentView::editVariable);
    // Enter edits the selected variable, Delete deletes the selection (asking first).
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *edit = new QShortcut(keys, m_table, this, &EnvironmentView::editVariable);
        edit->setContext(Qt::WidgetShortcut);
    }
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_table, this, &EnvironmentView::deleteVariables);
    remove->setContext(Qt::WidgetShortcut);
    // Reveal row by row: Space or the context menu shows (or hides again) the selected values.
    auto *reveal = new QAction(tr("Show or Hide the Selected &Values"), m_table);
    reveal->setObjectName(u"envRevealSelected"_s);
    reveal->setShortcut(Qt::Key_Space);
    reveal->setShortcutContext(Qt::WidgetShortcut);
    connect(reveal, &QAction::triggered, this, &EnvironmentView::toggleSelectedValues);
    m_table->addAction(reveal);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_delete, &QPushButton::clicked, this, &EnvironmentView::deleteVariables);
    connect(m_reveal, &QCheckBox::toggled, m_editor->model(), &EnvVarsModel::setAllRevealed);
    connect(m_previews, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterRegularExpression(on ? u"^true$"_s : u"^false$"_s);
        updateActions();
    });
    connect(m_developer, &QPushButton::toggled, this, &EnvironmentView::setDeveloperMode);
    connect(m_import, &QPushButton::clicked, this, &EnvironmentView::askImport);
    connect(m_export, &QPushButton::clicked, this, &EnvironmentView::askExport);
    connect(m_compare, &QPushButton::clicked, this, &EnvironmentView::compare);
    connect(m_reload, &QPushButton::clicked, this, &EnvironmentView::reload);
    connect(m_review, &QPushButton::clicked, this, [this] { reviewDeveloperText(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_text->setPlainText(m_baseText);
        m_textProblems->hide();
        updateActions();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &EnvironmentView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnvironmentView::updateActions);
}

void EnvironmentView::reload()
{
    m_editor->reload();
}

QString EnvironmentView::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void EnvironmentView::toggleSelectedValues()
{
    Models::EnvVarsModel *model = m_editor->model();
    const QList<int> rows = selectedSourceRows();
    // All shown when any was hidden; all hidden when every one was shown.
    const bool show = std::any_of(rows.cbegin(), rows.cend(), [model](int row) {
        return !model->isRevealed(model->at(row).uuid);
    });
    for (int row : rows)
        model->setRevealed(model->at(row).uuid, show);
}

QList<int> EnvironmentView::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    return rows;
}

void EnvironmentView::updateActions()
{
    const bool busy = m_editor->isApplying();
    const bool loaded = m_editor->hasLoaded();
    const bool previews = m_previews->isChecked();
    const int selected = int(selectedSourceRows().size());
    const QString writeReason = m_writeMissing
        ? tr("This instance's token lacks the write ability, so variables cannot be changed.")
        : QString();
    const auto setAction = [](QWidget *w, bool enabled, const QString &why,
                              const QString &normal = {}) {
        w->setEnabled(enabled);
        w->setToolTip(enabled ? normal : why);
    };
    setAction(m_add, loaded && !busy && !m_writeMissing && !previews,
              previews ? tr("Preview copies follow their variable: add the variable instead.")
                       : writeReason);
    setAction(m_edit, selected == 1 && !busy && !m_writeMissing && !previews,
              previews            ? tr("Preview copies follow their variable: edit the variable.")
                  : selected != 1 ? tr("Select one variable to edit.")
                                  : writeReason);
    setAction(m_delete, selected > 0 && !busy && !m_writeMissing,
              selected == 0 ? tr("Select the variables to delete.") : writeReason);
    const QString developerReason = m_readSensitiveMissing
        ? tr("The .env view needs the values, and this token lacks read:sensitive.")
        : QString();
    setAction(m_developer, loaded && !m_readSensitiveMissing, developerReason,
              tr("Edit all variables as .env text, then review the changes before saving"));
    setAction(m_import, loaded && !busy && !m_writeMissing, writeReason,
              tr("Add or update variables from a .env file"));
    setAction(m_export, loaded, QString(),
              tr("Save the readable variables as a .env file (locked and hidden values are left "
                 "out)"));
    const bool modified = m_text->toPlainText() != m_baseText;
    m_review->setEnabled(modified && !busy && !m_writeMissing);
    m_review->setToolTip(m_writeMissing ? writeReason : QString());
    m_discard->setEnabled(modified && !busy);
    m_reload->setEnabled(!m_editor->isLoading() && !busy);
    m_table->setEnabled(true);
}

QString EnvironmentView::currentText() const
{
    QStringList locked;
    QStringList hidden;
    const QList<DotEnv::Entry> entries =
        Models::readableDotEnv(m_editor->variables(), &locked, &hidden);
    QString header;
    if (!locked.isEmpty())
        header += u"# "_s
            + tr("Locked, not shown and left as they are: %1").arg(locked.join(u", "_s))
            + u"\n\n"_s;
    if (!hidden.isEmpty())
        header += u"# "_s
            + tr("Hidden, not shown and left as they are: %1").arg(hidden.join(u", "_s))
            + u"\n\n"_s;
    return header + DotEnv::write(entries);
}

void EnvironmentView::onLoaded()
{
    if (!m_banner->isHidden() && m_banner->kind() == Forms::MessageKind::Error
        && !m_editor->isApplying() && m_editor->outcomes().isEmpty())
        m_banner->hide();
    const QString fresh = currentText();
    const bool modified = m_text->toPlainText() != m_baseText;
    m_baseText = fresh;
    if (!modified) // the user's edits are never replaced by a reload
        m_text->setPlainText(fresh);
    if (m_readSensitiveMissing && m_banner->isHidden()) {
        m_banner->showMessage(Forms::MessageKind::Info,
                              tr("Values are hidden: this instance's token lacks read:sensitive. "
                                 "Variables can still be added, replaced and deleted."));
    }
    updateActions();
}

void EnvironmentView::setDeveloperMode(bool on)
{
    if (m_developer->isChecked() != on) {
        m_developer->setChecked(on); // comes back here through toggled()
        return;
    }
    m_stack->setCurrentIndex(on ? 1 : 0);
    if (on && m_text->toPlainText().isEmpty())
        m_text->setPlainText(m_baseText);
    for (QWidget *w : {static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_edit),
                       static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_reveal),
                       static_cast<QWidget *>(m_previews)})
        w->setVisible(!on && (w != m_previews || m_editor->hasPreviewCopies()));
    if (on)
        m_text->setFocus();
    updateActions();
}

bool EnvironmentView::isDeveloperMode() const
{
    return m_stack->currentIndex() == 1;
}

QString EnvironmentView::draft() const
{
    const QString text = m_text->toPlainText();
    return text != m_baseText ? text : QString();
}

void EnvironmentView::restoreDraft(const QString &text)
{
    if (text.isEmpty())
        return;
    setDeveloperMode(true);
    m_text->setPlainText(text);
    updateActions();
}

void EnvironmentView::reviewDeveloperText(bool confirm)
{
    const DotEnv::Document doc = DotEnv::parse(m_text->toPlainText());
    if (!doc.problems.isEmpty()) {
        const QStringList lines = problemLines(doc.problems);
        m_textProblems->setText(tr("Fix these lines first:") + u'\n' + lines.join(u'\n'));
        m_textProblems->show();
        return;
    }
    m_textProblems->hide();
    applyPlan(EnvPlan::build(m_editor->variables(), Models::envVarsFromDotEnv(doc.entries),
                             EnvPlan::Mode::Replace),
              confirm);
}

void EnvironmentView::applyPlan(const EnvPlan &plan, bool confirm)
{
    if (confirm) {
        EnvPlanDialog dialog(plan, m_ref.name, m_editor->requestCount(plan), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    if (!plan.hasWrites()) {
        m_banner->showMessage(Forms::MessageKind::Info, plan.summary());
        return;
    }
    if (!m_editor->apply(plan)) {
        m_banner->showMessage(Forms::MessageKind::Warning,
                              tr("Other changes are still being saved; try again in a moment."));
        return;
    }
    m_banner->showMessage(Forms::MessageKind::Info, tr("Saving: %1…").arg(plan.summary()));
}

void EnvironmentView::onApplied()
{
    const QList<EnvEditor::Outcome> outcomes = m_editor->outcomes();
    const EnvPlan rest = m_editor->remaining();
    const bool failed = !rest.items.isEmpty();
    Forms::MessageKind kind = failed ? Forms::MessageKind::Error : Forms::MessageKind::Success;
    bool different = false;
    for (const EnvEditor::Outcome &o : outcomes)
        different = different || o.result == EnvEditor::Outcome::StoredDifferently;
    if (!failed && different)
        kind = Forms::MessageKind::Warning;
    m_banner->showMessage(kind, m_editor->outcomeSummary());
    for (const EnvEditor::Outcome &o : outcomes) {
        if (o.result == EnvEditor::Outcome::Applied)
            continue;
        QString reason = o.message;
        for (auto it = o.fieldErrors.cbegin(); it != o.fieldErrors.cend(); ++it)
            reason += u' ' + it.value().join(u' ');
        m_banner->addDetail(tr("%1 (%2): %3")
                                .arg(o.item.key, EnvPlanDialog::actionText(o.item.action).toLower(),
                                     reason.trimmed()));
    }
    if (failed) {
        connect(m_banner->addButton(tr("Retry the &Rest"), u"envRetryRest"_s),
                &QPushButton::clicked, this, [this] { applyPlan(m_editor->remaining(), false); });
    } else if (isDeveloperMode()) {
        m_text->setPlainText(m_baseText); // saved: the text is the server's again
    }
    if (m_editor->changedSomething()) {
        m_banner->addDetail(
            m_ref.kind == Api::ResourceKind::Application
                ? tr("Running containers keep the old values until the application is "
                     "redeployed.")
                : tr("Running containers keep the old values until it is restarted."));
        const QString label =
            m_ref.kind == Api::ResourceKind::Application ? tr("Re&deploy") : tr("Re&start");
        connect(m_banner->addButton(label, u"envRedeploy"_s), &QPushButton::clicked, this,
                &EnvironmentView::redeploy);
    }
    updateActions();
}

void EnvironmentView::redeploy()
{
    if (m_ref.kind == Api::ResourceKind::Application) {
        auto *deployer = new Controllers::DeployController(m_fleet, this);
        connect(deployer, &Controllers::DeployController::message, this,
                [this](const QString &t) { m_banner->showMessage(Forms::MessageKind::Info, t); });
        connect(deployer, &Controllers::DeployController::finished, deployer,
                &QObject::deleteLater);
        deployer->deploy({{m_ref.instanceId, m_ref.uuid, m_ref.name}});
        return;
    }
    auto *lifecycle = new Controllers::LifecycleController(m_fleet, this);
    connect(lifecycle, &Controllers::LifecycleController::message, this,
            [this](const QString &t) { m_banner->showMessage(Forms::MessageKind::Info, t); });
    connect(lifecycle, &Controllers::LifecycleController::finished, lifecycle,
            &QObject::deleteLater);
    lifecycle->run(Controllers::LifecycleController::Operation::Restart, {m_ref});
}

void EnvironmentView::addVariable()
{
    if (!m_add->isEnabled())
        return;
    auto *dialog = new EnvVarDialog(m_editor, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EnvironmentView::editVariable()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1 || !m_edit->isEnabled())
        return;
    const EnvVar var = m_editor->model()->at(rows.constFirst());
    auto *dialog = new EnvVarDialog(m_editor, &var, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EnvironmentView::deleteVariables()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || !m_delete->isEnabled())
        return;
    EnvPlan plan;
    QStringList keys;
    for (int row : rows) {
        const EnvVar &v = m_editor->model()->at(row);
        Models::EnvPlanItem item;
        item.key = v.key;
        item.action = Models::EnvPlanItem::Remove;
        item.before = v;
        plan.items << item;
        keys << v.key;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete Variables"),
                    tr("Delete %n variable(s) of %1: %2?", nullptr, int(keys.size()))
                        .arg(m_ref.name, keys.join(u", "_s)),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(m_editor->hasPreviewCopies()
                               ? tr("Their preview copies are deleted with them. This cannot be "
                                    "undone.")
                               : tr("This cannot be undone."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    applyPlan(plan, false);
}

void EnvironmentView::compare()
{
    auto *dialog = new EnvCompareDialog(m_fleet, m_ref, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Coolify::Gui
