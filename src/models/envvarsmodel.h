#pragma once

#include "models/envvar.h"
#include "models/roles.h"
#include "models/uuidtablemodel.h"

#include <QSet>

namespace Coolify::Models {

// The environment variables of one resource: key, value (hidden until revealed row by row, or
// explained when it cannot be read), where it is available (runtime, build time), flags, comment.
// An application's preview copies are rows too (PreviewRole); a view shows them in their own
// section.
class EnvVarsModel : public UuidTableModel<EnvVar>
{
    Q_OBJECT

public:
    enum Column { Key, Value, Availability, Flags, Comment, ColumnCount };
    enum Role {
        PreviewRole = Roles::FirstModelRole, // bool
        ReadableRole, // bool: the value came with the answer
        LockedRole, // bool
        ValueRole, // QString: the raw value (also when hidden), for copying and editing
    };

    using UuidTableModel::UuidTableModel;

    // Shows the value of that row (or hides it again). Revealing is for the session of this
    // model only.
    void setRevealed(const QString &uuid, bool revealed);
    bool isRevealed(const QString &uuid) const { return m_revealed.contains(uuid); }
    void setAllRevealed(bool revealed);

    // The regular variable of that key (not a preview copy), or nullptr.
    const EnvVar *findKey(const QString &key) const;
    // Why the value of `var` is not shown, in words; empty when it can be shown.
    static QString hiddenReason(const EnvVar &var);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString valueText(const EnvVar &var, bool toolTip) const;
    QSet<QString> m_revealed;
};

} // namespace Coolify::Models
