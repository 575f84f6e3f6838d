#include "forms/fieldeditor.h"

#include "forms/domainlisteditor.h"
#include "forms/messagestyle.h"
#include "forms/patchbuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Coolify::Forms {

namespace {
QLabel *smallLabel(QWidget *parent, QPalette::ColorRole role)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(role);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}
} // namespace

FieldEditor::FieldEditor(const FieldSpec &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_title(new QLabel(FieldTable::translate(field.label), this))
    , m_dirty(new QLabel(this))
    , m_revert(new QToolButton(this))
    , m_marker(new QWidget(this))
    , m_error(smallLabel(this, QPalette::WindowText))
    , m_hint(smallLabel(this, QPalette::PlaceholderText))
    , m_note(smallLabel(this, QPalette::PlaceholderText))
    , m_reasonNote(smallLabel(this, QPalette::PlaceholderText))
    , m_hiddenNote(smallLabel(this, QPalette::PlaceholderText))
{
    setObjectName(u"row_"_s + field.key);
    const QString label = FieldTable::translate(field.label);
    m_editor = createEditor();
    m_editor->setObjectName(u"field_"_s + field.key);
    m_editor->setAccessibleName(label);
    m_editor->setAccessibleDescription(FieldTable::translate(field.help));
    m_editor->setToolTip(FieldTable::translate(field.help));
    m_title->setBuddy(m_editor);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    // The dirty marker: text in the theme's link colour, so it shows in light and dark themes.
    m_dirty->setObjectName(u"dirty_"_s + field.key);
    m_dirty->setText(tr("● modified"));
    m_dirty->setForegroundRole(QPalette::Link);
    m_dirty->setAccessibleName(tr("%1 has unsaved changes").arg(label));
    m_dirty->setToolTip(tr("Changed here, not saved yet"));
    m_dirty->hide();
    m_revert->setObjectName(u"revert_"_s + field.key);
    m_revert->setText(tr("Undo"));
    m_revert->setToolTip(tr("Restore the value loaded from the server"));
    m_revert->setAccessibleName(tr("Undo changes to %1").arg(label));
    m_revert->setAutoRaise(true);
    m_revert->hide();
    connect(m_revert, &QToolButton::clicked, this, [this] { emit revertRequested(m_field.key); });

    m_marker->setFixedWidth(4);
    m_marker->setAutoFillBackground(true);
    QPalette markerPalette = m_marker->palette();
    markerPalette.setColor(QPalette::Window, fieldErrorColor(palette()));
    m_marker->setPalette(markerPalette);
    m_marker->setVisible(false);
    m_error->setObjectName(u"error_"_s + field.key);
    setFieldErrorStyle(m_error);
    m_error->hide();
    m_hint->setObjectName(u"hint_"_s + field.key);
    m_hint->hide();
    m_note->setObjectName(u"note_"_s + field.key);
    m_note->setText(FieldTable::translate(field.help));
    m_reasonNote->setObjectName(u"readOnlyNote_"_s + field.key);
    m_reasonNote->hide();
    m_hiddenNote->setObjectName(u"hiddenNote_"_s + field.key);
    m_hiddenNote->hide();

    auto *title = new QHBoxLayout;
    title->setSpacing(8);
    title->addWidget(m_title);
    title->addWidget(m_dirty);
    title->addStretch();
    title->addWidget(m_revert);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 6);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_marker, 0, 0, 7, 1);
    grid->addLayout(title, 0, 1);
    grid->addWidget(m_editor, 1, 1);
    grid->addWidget(m_error, 2, 1);
    grid->addWidget(m_hint, 3, 1);
    grid->addWidget(m_reasonNote, 4, 1);
    grid->addWidget(m_hiddenNote, 5, 1);
    grid->addWidget(m_note, 6, 1);
    grid->setColumnStretch(1, 1);
}

QWidget *FieldEditor::createEditor()
{
    const auto changed = [this] {
        emit edited(m_field.key);
    };
    switch (m_field.editor) {
    case EditorKind::Line:
    case EditorKind::Password: {
        auto *edit = new QLineEdit(this);
        if (m_field.editor == EditorKind::Password)
            edit->setEchoMode(QLineEdit::Password);
        if (m_field.maxLength > 0)
            edit->setMaxLength(m_field.maxLength + 64); // let the hint explain, don't cut off
        connect(edit, &QLineEdit::textChanged, this, changed);
        return edit;
    }
    case EditorKind::MultiLine: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
        return edit;
    }
    case EditorKind::Spin: {
        auto *spin = new QSpinBox(this);
        const int min = int(m_field.minimum.value_or(0));
        spin->setRange(m_field.nullable ? min - 1 : min, int(m_field.maximum.value_or(INT_MAX)));
        if (m_field.nullable)
            spin->setSpecialValueText(tr("Not set"));
        if (!m_field.suffix.isEmpty())
            spin->setSuffix(u' ' + m_field.suffix);
        connect(spin, &QSpinBox::valueChanged, this, changed);
        return spin;
    }
    case EditorKind::Check: {
        auto *check = new QCheckBox(tr("Enabled"), this); // the title above names the field
        connect(check, &QCheckBox::toggled, this, changed);
        return check;
    }
    case EditorKind::Combo: {
        auto *combo = new QComboBox(this);
        for (const QString &v : m_field.enumValues)
            combo->addItem(v, v);
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        return combo;
    }
    case EditorKind::Domains: {
        auto *domains = new DomainListEditor(this);
        connect(domains, &DomainListEditor::changed, this, changed);
        return domains;
    }
    }
    return new QWidget(this);
}

QJsonValue FieldEditor::value() const
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        return edit->text();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_editor))
        return edit->toPlainText();
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        if (m_field.nullable && spin->value() == spin->minimum())
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(qint64(spin->value()));
    }
    if (auto *check = qobject_cast<QCheckBox *>(m_editor))
        return check->isChecked();
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        return combo->currentData().toString();
    if (auto *domains = qobject_cast<DomainListEditor *>(m_editor))
        return domains->value();
    return {};
}

void FieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_editor);
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        edit->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor)) {
        text->setPlainText(value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        spin->setValue(value.isDouble() ? int(value.toInteger()) : spin->minimum());
    } else if (auto *check = qobject_cast<QCheckBox *>(m_editor)) {
        check->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        const QString v = value.toString();
        int index = combo->findData(v);
        if (index < 0) { // e.g. build pack "dockerimage": shown, but the API cannot set it
            combo->addItem(v.isEmpty() ? tr("Not set") : tr("%1 (cannot be chosen here)").arg(v),
                           v);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *domains = qobject_cast<DomainListEditor *>(m_editor)) {
        domains->setDomains(PatchBuilder::splitDomains(value.toString()));
    }
}

void FieldEditor::setDirty(bool dirty)
{
    m_dirty->setVisible(dirty);
    m_revert->setVisible(dirty && !m_readOnly);
}

bool FieldEditor::isDirtyShown() const
{
    return !m_dirty->isHidden();
}

void FieldEditor::setErrors(const QStringList &messages)
{
    m_errors = messages;
    m_error->setText(messages.join(u'\n'));
    m_error->setVisible(!messages.isEmpty());
    m_hint->setVisible(messages.isEmpty() && !m_hint->text().isEmpty()); // not said twice
    m_editor->setAccessibleDescription(messages.isEmpty()
                                           ? FieldTable::translate(m_field.help)
                                           : tr("Error: %1").arg(messages.join(u' ')));
    updateMarker();
}

void FieldEditor::setHints(const QStringList &hints)
{
    m_hint->setText(hints.join(u'\n'));
    m_hint->setVisible(!hints.isEmpty() && m_errors.isEmpty());
}

void FieldEditor::updateMarker()
{
    m_marker->setVisible(!m_errors.isEmpty());
}

void FieldEditor::setHidden(bool hidden, const QString &reason)
{
    m_hiddenReason = hidden ? reason : QString();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        edit->setPlaceholderText(m_hiddenReason);
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor))
        text->setPlaceholderText(m_hiddenReason);
    updateNote();
}

void FieldEditor::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        edit->setReadOnly(readOnly);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor))
        text->setReadOnly(readOnly);
    else if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        spin->setReadOnly(readOnly);
    else if (auto *domains = qobject_cast<DomainListEditor *>(m_editor))
        domains->setReadOnly(readOnly);
    else
        m_editor->setEnabled(!readOnly); // check boxes and combos have no read-only state
    if (readOnly)
        m_revert->hide();
    updateNote();
}

void FieldEditor::updateNote()
{
    // Separate labels shown and hidden as needed: the layout then recomputes the row height
    // (changing the text of one word-wrapped label in place can leave it clipped).
    m_reasonNote->setText(m_readOnlyReason);
    m_reasonNote->setVisible(!m_readOnlyReason.isEmpty());
    m_hiddenNote->setText(m_hiddenReason);
    m_hiddenNote->setVisible(!m_hiddenReason.isEmpty());
}

void FieldEditor::focusEditor()
{
    if (auto *domains = qobject_cast<DomainListEditor *>(m_editor))
        domains->input()->setFocus(Qt::OtherFocusReason);
    else
        m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace Coolify::Forms
