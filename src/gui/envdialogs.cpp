#include "gui/envdialogs.h"

#include "controllers/enveditor.h"
#include "forms/messagestyle.h"
#include "models/dotenv.h"
#include "models/envvarsmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Gui {

namespace {

constexpr int kMaxComment = 256; // coolify-api.md §16

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    Forms::setFieldErrorStyle(label);
    // The space is kept while hidden, so showing a message never moves the fields below.
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->hide();
    return label;
}

// A form label whose mnemonic moves the focus to `buddy` (a row whose field is a layout gets
// no buddy from QFormLayout).
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

EnvVarDialog::EnvVarDialog(Controllers::EnvEditor *editor, const Models::EnvVar *existing,
                           QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_key(new QLineEdit(this))
    , m_keyError(errorLabel("keyError", this))
    , m_value(new QPlainTextEdit(this))
    , m_valueError(errorLabel("valueError", this))
    , m_comment(new QLineEdit(this))
    , m_commentError(errorLabel("commentError", this))
    , m_literal(new QCheckBox(tr("&Literal: use the value as written, without resolving {{…}} "
                                 "references"),
                              this))
    , m_locked(new QCheckBox(tr("Loc&k: never show the value again after it is saved"), this))
    , m_problem(new QLabel(this))
{
    if (existing)
        m_existing = *existing;
    setObjectName(u"envVarDialog"_s);
    setWindowTitle(existing ? tr("Edit %1 — %2").arg(existing->key, editor->name())
                            : tr("Add Variable — %1").arg(editor->name()));
    auto *form = new QFormLayout;
    m_key->setObjectName(u"envKey"_s);
    m_key->setMaxLength(255);
    m_key->setPlaceholderText(tr("e.g. DATABASE_URL"));
    auto *keyBox = new QVBoxLayout;
    keyBox->setSpacing(2);
    keyBox->addWidget(m_key);
    keyBox->addWidget(m_keyError);
    form->addRow(buddyLabel(tr("&Key:"), m_key, this), keyBox);
    m_value->setObjectName(u"envValue"_s);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setTabChangesFocus(true);
    m_value->setLineWrapMode(QPlainTextEdit::NoWrap); // keys and certificates keep their lines
    m_value->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    auto *valueBox = new QVBoxLayout;
    valueBox->setSpacing(2);
    valueBox->addWidget(m_value);
    auto *valueHint = new QLabel(
        tr("Several lines are kept as they are. Coolify removes spaces and line breaks at the "
           "start and end."),
        this);
    valueHint->setWordWrap(true);
    valueHint->setEnabled(false);
    valueBox->addWidget(valueHint);
    valueBox->addWidget(m_valueError);
    form->addRow(buddyLabel(tr("&Value:"), m_value, this), valueBox);
    m_comment->setObjectName(u"envComment"_s);
    m_comment->setMaxLength(kMaxComment);
    auto *commentBox = new QVBoxLayout;
    commentBox->setSpacing(2);
    commentBox->addWidget(m_comment);
    commentBox->addWidget(m_commentError);
    form->addRow(buddyLabel(tr("&Comment:"), m_comment, this), commentBox);
    auto *flags = new QVBoxLayout;
    if (editor->hasAvailabilityFlags()) {
        m_runtime = new QCheckBox(tr("Available while &running"), this);
        m_runtime->setObjectName(u"envRuntime"_s);
        m_buildtime = new QCheckBox(tr("Available while &building"), this);
        m_buildtime->setObjectName(u"envBuildtime"_s);
        flags->addWidget(m_runtime);
        flags->addWidget(m_buildtime);
    }
    m_literal->setObjectName(u"envLiteral"_s);
    m_locked->setObjectName(u"envLocked"_s);
    flags->addWidget(m_literal);
    flags->addWidget(m_locked);
    form->addRow(tr("Options:"), flags);

    m_problem->setObjectName(u"envProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(existing ? tr("&Save") : tr("&Add"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"envSave"_s);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvVarDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (m_existing) {
        m_key->setText(m_existing->key);
        m_key->setReadOnly(true);
        m_key->setToolTip(tr("Coolify finds a variable by its key, so a key cannot be renamed: "
                             "delete the variable and add a new one."));
        if (m_existing->readable)
            m_value->setPlainText(m_existing->value);
        else
            m_value->setPlaceholderText(tr("%1 Type the new value to replace it.")
                                            .arg(Models::EnvVarsModel::hiddenReason(*m_existing)));
        m_comment->setText(m_existing->comment);
        m_literal->setChecked(m_existing->literal);
        m_locked->setChecked(m_existing->locked);
        // Locking is a choice made at creation; Coolify does not show a locked value again.
        m_locked->setEnabled(!m_existing->locked);
        if (m_runtime) {
            m_runtime->setChecked(m_existing->runtime);
            m_buildtime->setChecked(m_existing->buildtime);
        }
        m_value->setFocus();
    } else {
        if (m_runtime) {
            m_runtime->setChecked(true);
            m_buildtime->setChecked(true);
        }
        m_key->setFocus();
    }
    const auto edited = [this] {
        m_serverError.clear();
        updateState();
    };
    for (QLineEdit *edit : {m_key, m_comment})
        connect(edit, &QLineEdit::textChanged, this, edited);
    connect(m_value, &QPlainTextEdit::textChanged, this, edited);
    for (QCheckBox *box : {m_runtime, m_buildtime, m_literal, m_locked}) {
        if (box)
            connect(box, &QCheckBox::toggled, this, edited);
    }
    connect(editor, &Controllers::EnvEditor::applied, this, &EnvVarDialog::onApplied);
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
    updateState();
}

Models::EnvVar EnvVarDialog::wanted() const
{
    Models::EnvVar v = m_existing.value_or(Models::EnvVar{});
    v.key = m_key->text().trimmed();
    v.value = m_value->toPlainText();
    v.readable = true;
    v.comment = m_comment->text();
    v.literal = m_literal->isChecked();
    v.locked = m_locked->isChecked();
    v.multiline = v.value.contains(u'\n');
    if (m_runtime) {
        v.runtime = m_runtime->isChecked();
        v.buildtime = m_buildtime->isChecked();
    }
    return v;
}

QString EnvVarDialog::problem() const
{
    const Models::EnvVar v = wanted();
    if (v.key.isEmpty())
        return tr("Type a key.");
    if (!Models::DotEnv::isValidKey(v.key))
        return tr("A key has letters, digits, _ and . only, and does not start with a digit.");
    if (!m_existing && m_editor->model()->findKey(v.key))
        return tr("%1 exists already: edit it instead.").arg(v.key);
    if (m_existing && !m_existing->readable && v.value.isEmpty())
        return tr("Coolify clears a value that is not sent, and this one cannot be read: type "
                  "the new value.");
    if (m_existing) {
        Models::EnvVar before = *m_existing;
        if (before.value == v.value && before.comment == v.comment && before.literal == v.literal
            && before.locked == v.locked && before.runtime == v.runtime
            && before.buildtime == v.buildtime)
            return tr("Nothing changed yet.");
    }
    return {};
}

void EnvVarDialog::updateState()
{
    const Models::EnvVar v = wanted();
    showError(m_keyError,
              !v.key.isEmpty() && !Models::DotEnv::isValidKey(v.key)
                  ? tr("Letters, digits, _ and . only; not starting with a digit.")
                  : QString());
    const QString why = problem();
    // The server's last refusal stays in view until the user changes something.
    m_problem->setText(m_serverError.isEmpty() ? why
                           : why.isEmpty()     ? m_serverError
                                               : m_serverError + u'\n' + why);
    m_save->setEnabled(why.isEmpty() && !m_sending);
}

void EnvVarDialog::accept()
{
    if (!problem().isEmpty() || m_sending)
        return;
    const Models::EnvVar v = wanted();
    Models::EnvPlan plan;
    Models::EnvPlanItem item;
    item.key = v.key;
    item.action = m_existing ? Models::EnvPlanItem::Change : Models::EnvPlanItem::Add;
    item.before = m_existing;
    item.after = v;
    plan.items << item;
    showFieldErrors({}, {});
    if (!m_editor->apply(plan)) {
        m_problem->setText(tr("Other changes are being saved; try again in a moment."));
        return;
    }
    m_sending = true;
    updateState();
    m_problem->setText(tr("Saving…"));
}

void EnvVarDialog::onApplied()
{
    if (!m_sending)
        return;
    m_sending = false;
    const QList<Controllers::EnvEditor::Outcome> outcomes = m_editor->outcomes();
    if (!outcomes.isEmpty() && outcomes.constFirst().wentThrough()) {
        QDialog::accept();
        return;
    }
    const Controllers::EnvEditor::Outcome o =
        outcomes.isEmpty() ? Controllers::EnvEditor::Outcome{} : outcomes.constFirst();
    showFieldErrors(o.fieldErrors, o.message);
    updateState();
}

void EnvVarDialog::showFieldErrors(const QMap<QString, QStringList> &errors, const QString &general)
{
    showError(m_keyError, errors.value(u"key"_s).join(u' '));
    showError(m_valueError, errors.value(u"value"_s).join(u' '));
    showError(m_commentError, errors.value(u"comment"_s).join(u' '));
    QStringList other;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.key() != QLatin1String("key") && it.key() != QLatin1String("value")
            && it.key() != QLatin1String("comment"))
            other << it.key() + u": "_s + it.value().join(u' ');
    }
    if (errors.isEmpty() && !general.isEmpty())
        other << general;
    m_serverError = other.join(u'\n');
}

EnvPlanDialog::EnvPlanDialog(const Models::EnvPlan &plan, const QString &target, int requests,
                             QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_items(new QTreeWidget(this))
{
    setObjectName(u"envPlanDialog"_s);
    setWindowTitle(tr("Review Changes — %1").arg(target));
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(plan.summary());
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_items->setObjectName(u"planItems"_s);
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Action"), tr("Key"), tr("What happens")});
    m_items->header()->setStretchLastSection(true);
    // What will be written first, then what is left alone.
    QList<Models::EnvPlanItem> ordered = plan.items;
    const auto rank = [](const Models::EnvPlanItem &i) {
        return i.isWrite() ? 0 : i.action == Models::EnvPlanItem::Unchanged ? 2 : 1;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&rank](const Models::EnvPlanItem &a, const Models::EnvPlanItem &b) {
                         return rank(a) < rank(b);
                     });
    for (const Models::EnvPlanItem &item : std::as_const(ordered)) {
        QStringList notes;
        if (!item.changed.isEmpty())
            notes << tr("changes %1").arg(item.changed.join(u", "_s));
        if (item.overwritesUnread)
            notes << tr("replaces a value that cannot be read");
        if (item.after && item.after->value != Models::storedEnvValue(item.after->value))
            notes << tr("outer spaces will be trimmed by Coolify");
        if (item.action == Models::EnvPlanItem::Remove)
            notes << (item.before && item.before->locked
                          ? tr("deleted, although its value cannot be read")
                          : tr("deleted"));
        if (item.action == Models::EnvPlanItem::SkipLocked)
            notes << tr("left as it is: locked values cannot be read or compared");
        if (item.action == Models::EnvPlanItem::SkipUnreadable)
            notes << tr("left as it is: its value cannot be read with this token");
        auto *row =
            new QTreeWidgetItem(m_items, {actionText(item.action), item.key, notes.join(u"; "_s)});
        row->setData(0, Qt::UserRole, int(item.action));
        if (!item.isWrite())
            row->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_items->resizeColumnToContents(0);
    m_items->resizeColumnToContents(1);

    auto *requestsLabel =
        new QLabel(plan.hasWrites() ? tr("Sends %n request(s). Nothing is sent before you confirm.",
                                         nullptr, requests)
                                    : tr("There is nothing to send."),
                   this);
    requestsLabel->setObjectName(u"planRequests"_s);
    requestsLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    const int writes = int(plan.writes().size());
    QPushButton *save =
        buttons->addButton(tr("&Save %n Change(s)", nullptr, writes), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"planSave"_s);
    save->setEnabled(writes > 0);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_items, 1);
    layout->addWidget(requestsLabel);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString EnvPlanDialog::summary() const
{
    return m_summary->text();
}

QString EnvPlanDialog::actionText(Models::EnvPlanItem::Action action)
{
    switch (action) {
    case Models::EnvPlanItem::Add:
        return tr("Add");
    case Models::EnvPlanItem::Change:
        return tr("Change");
    case Models::EnvPlanItem::Remove:
        return tr("Remove");
    case Models::EnvPlanItem::Unchanged:
        return tr("Unchanged");
    case Models::EnvPlanItem::SkipLocked:
        return tr("Skip (locked)");
    case Models::EnvPlanItem::SkipUnreadable:
        return tr("Skip (unreadable)");
    }
    return {};
}

} // namespace Coolify::Gui
