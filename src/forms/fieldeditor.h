#pragma once

#include "forms/fieldtable.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;
class QToolButton;

namespace Coolify::Forms {

// One row of the generated form: title with a dirty marker, the editor chosen by the field's
// EditorKind, the server's errors, advisory hints and the help text. Object names for tests and
// automation: "field_<key>" (editor), "error_<key>", "dirty_<key>", "revert_<key>".
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const FieldSpec &field, QWidget *parent = nullptr);

    const FieldSpec &field() const { return m_field; }
    QWidget *editor() const { return m_editor; }

    QJsonValue value() const; // form shape (see FormState)
    void setValue(const QJsonValue &value); // does not emit edited()
    void setDirty(bool dirty);
    bool isDirtyShown() const;
    void setErrors(const QStringList &messages);
    QStringList errors() const { return m_errors; }
    void setHints(const QStringList &hints);
    // The server did not return the value (no read:sensitive): show that, keep it write-only.
    void setHidden(bool hidden, const QString &reason);
    void setReadOnly(bool readOnly, const QString &reason);
    void focusEditor();

signals:
    void edited(const QString &key);
    void revertRequested(const QString &key);

private:
    QWidget *createEditor();
    void updateMarker();
    void updateNote();

    FieldSpec m_field;
    QLabel *m_title;
    QLabel *m_dirty;
    QToolButton *m_revert;
    QWidget *m_marker; // a bar in the theme's highlight colour beside a field with errors
    QWidget *m_editor = nullptr;
    QLabel *m_error;
    QLabel *m_hint;
    QLabel *m_note; // help text
    QLabel *m_reasonNote; // why the field is read-only
    QLabel *m_hiddenNote; // why the value is not shown
    QStringList m_errors;
    QString m_hiddenReason;
    QString m_readOnlyReason;
    bool m_readOnly = false;
};

} // namespace Coolify::Forms
