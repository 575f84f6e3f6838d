#include "forms/formstate.h"

namespace Coolify::Forms {

FormState::FormState(const FieldTable *table)
    : m_table(table)
{
    for (const FieldSpec &f : m_table->fields()) {
        m_originals.insert(f.key, emptyValue(f));
        m_values.insert(f.key, emptyValue(f));
    }
}

QJsonValue FormState::readPath(const QJsonObject &object, const QString &path)
{
    if (path.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QStringList parts = path.split(u'.');
    QJsonValue current(object);
    for (const QString &part : parts) {
        if (!current.isObject() || !current.toObject().contains(part))
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

QJsonValue FormState::emptyValue(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(QJsonValue::Null);
    case FieldType::Boolean:
        return false;
    default:
        return QString();
    }
}

QJsonValue FormState::toFormValue(const FieldSpec &field, const QJsonValue &raw)
{
    switch (field.type) {
    case FieldType::Integer: {
        if (raw.isDouble())
            return QJsonValue(raw.toInteger());
        bool ok = false;
        const qint64 n = raw.toString().trimmed().toLongLong(&ok); // "8080": a varchar column
        return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
    }
    case FieldType::Boolean:
        if (raw.isDouble())
            return raw.toDouble() != 0;
        return raw.toBool();
    default:
        if (raw.isString())
            return raw.toString();
        if (raw.isDouble())
            return QString::number(raw.toDouble());
        return QString();
    }
}

void FormState::load(const QJsonObject &detail)
{
    m_detail = detail;
    m_omitted.clear();
    for (const FieldSpec &f : m_table->fields()) {
        const QJsonValue raw = readPath(detail, f.readPath);
        if (raw.isUndefined() && !f.isWriteOnlyByDesign())
            m_omitted.insert(f.key);
        const QJsonValue v = raw.isUndefined() ? emptyValue(f) : toFormValue(f, raw);
        m_originals.insert(f.key, v);
        m_values.insert(f.key, v);
    }
    m_loaded = true;
}

QStringList FormState::rebase(const QJsonObject &fresh)
{
    const QStringList dirty = dirtyKeys();
    QHash<QString, QJsonValue> typed;
    for (const QString &key : dirty)
        typed.insert(key, m_values.value(key));
    const QHash<QString, QJsonValue> oldOriginals = m_originals;
    load(fresh);
    QStringList clashes;
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        m_values.insert(it.key(), it.value());
        if (oldOriginals.value(it.key()) != m_originals.value(it.key()))
            clashes << it.key();
    }
    return clashes;
}

QString FormState::updatedAt() const
{
    return m_detail.value(QLatin1String("updated_at")).toString();
}

bool FormState::setValue(const QString &key, const QJsonValue &value)
{
    const FieldSpec *f = m_table->field(key);
    if (!f || f->readOnly)
        return false;
    m_values.insert(key, value);
    return true;
}

bool FormState::isDirty(const QString &key) const
{
    const FieldSpec *f = m_table->field(key);
    if (!f || f->readOnly)
        return false;
    const QJsonValue v = m_values.value(key);
    if (f->action)
        return v.toBool();
    if (m_omitted.contains(key)) // never send back what we could not read: only new input
        return v.isString() ? !v.toString().isEmpty() : v != emptyValue(*f);
    return v != m_originals.value(key);
}

QStringList FormState::dirtyKeys() const
{
    QStringList keys;
    for (const FieldSpec &f : m_table->fields()) {
        if (isDirty(f.key))
            keys << f.key;
    }
    return keys;
}

void FormState::revert(const QString &key)
{
    if (m_originals.contains(key))
        m_values.insert(key, m_originals.value(key));
}

void FormState::revertAll()
{
    m_values = m_originals;
}

} // namespace Coolify::Forms
