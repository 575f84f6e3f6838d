#pragma once

#include "forms/fieldtable.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace Coolify::Forms {

// The values of one form: what the server returned (the baseline) and what the user typed.
// Values are kept in "form" shape: strings for text-like fields (null shown as ""), an integer or
// null for numbers, a bool for check boxes. Fields the server omitted (redacted without
// read:sensitive, or absent) are write-only: dirty only once the user types a new value.
//
//     FormState state(&FieldTable::applications());
//     state.load(detailJson);
//     state.setValue(u"name"_s, u"shop"_s);
//     state.dirtyKeys(); // {"name"}
class FormState
{
public:
    explicit FormState(const FieldTable *table);

    const FieldTable &table() const { return *m_table; }
    bool isLoaded() const { return m_loaded; }
    void load(const QJsonObject &detail);
    // Adopts a newer server state while keeping the user's edits. Returns the dirty fields whose
    // server value changed too (the user should look at those).
    QStringList rebase(const QJsonObject &fresh);
    const QJsonObject &detail() const { return m_detail; }
    QString updatedAt() const;

    QJsonValue value(const QString &key) const { return m_values.value(key); }
    QJsonValue original(const QString &key) const { return m_originals.value(key); }
    // Returns false for unknown or read-only fields.
    bool setValue(const QString &key, const QJsonValue &value);
    bool isDirty(const QString &key) const;
    bool isDirty() const { return !dirtyKeys().isEmpty(); }
    QStringList dirtyKeys() const; // in table order
    void revert(const QString &key);
    void revertAll();
    bool isOmitted(const QString &key) const { return m_omitted.contains(key); }

    // Reads "a.b.c" from a JSON object; undefined when any part is absent.
    static QJsonValue readPath(const QJsonObject &object, const QString &path);
    // Converts a server value (e.g. health_check_port "8080") to the form shape.
    static QJsonValue toFormValue(const FieldSpec &field, const QJsonValue &raw);
    static QJsonValue emptyValue(const FieldSpec &field);

private:
    const FieldTable *m_table;
    QJsonObject m_detail;
    QHash<QString, QJsonValue> m_originals;
    QHash<QString, QJsonValue> m_values;
    QSet<QString> m_omitted;
    bool m_loaded = false;
};

} // namespace Coolify::Forms
