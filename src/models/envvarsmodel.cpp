#include "models/envvarsmodel.h"

#include "models/json.h"

using namespace Qt::StringLiterals;

namespace Coolify::Models {

void EnvVarsModel::setRevealed(const QString &uuid, bool revealed)
{
    const int row = rowOf(uuid);
    if (row < 0 || revealed == m_revealed.contains(uuid))
        return;
    if (revealed)
        m_revealed.insert(uuid);
    else
        m_revealed.remove(uuid);
    emit dataChanged(index(row, Value), index(row, Value));
}

void EnvVarsModel::setAllRevealed(bool revealed)
{
    m_revealed.clear();
    if (revealed) {
        for (const EnvVar &v : rows())
            m_revealed.insert(v.uuid);
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, Value), index(rowCount() - 1, Value));
}

const EnvVar *EnvVarsModel::findKey(const QString &key) const
{
    for (const EnvVar &v : rows()) {
        if (!v.preview && v.key == key)
            return &v;
    }
    return nullptr;
}

QString EnvVarsModel::hiddenReason(const EnvVar &var)
{
    if (var.readable)
        return {};
    if (var.locked)
        return tr("Locked: Coolify never shows this value again after it was created. It can "
                  "still be replaced.");
    return tr("Hidden: this instance's token lacks read:sensitive, so Coolify does not send "
              "values. They can still be written.");
}

QString EnvVarsModel::valueText(const EnvVar &var, bool toolTip) const
{
    if (!var.readable)
        return toolTip ? hiddenReason(var) : (var.locked ? tr("locked") : tr("hidden"));
    if (var.value.isEmpty())
        return tr("(empty)");
    if (!m_revealed.contains(var.uuid))
        return toolTip ? tr("Value hidden: reveal it to see it") : u"••••••••"_s;
    const QString shown = Json::revealBidiOverrides(var.value);
    if (toolTip)
        return shown;
    // One line in the table: a multiline value shows its first line and how many follow.
    const qsizetype nl = shown.indexOf(u'\n');
    if (nl < 0)
        return shown;
    return tr("%1 … (%n more lines)", nullptr, int(shown.count(u'\n'))).arg(shown.left(nl));
}

int EnvVarsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QHash<int, QByteArray> EnvVarsModel::roleNames() const
{
    return Roles::namesWith({{PreviewRole, "preview"},
                             {ReadableRole, "readable"},
                             {LockedRole, "locked"},
                             {ValueRole, "value"}});
}

QVariant EnvVarsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvVar &v = at(index.row());
    switch (role) {
    case Roles::Uuid:
        return v.uuid;
    case Roles::Kind:
        return u"environment-variable"_s;
    case PreviewRole:
        return v.preview;
    case ReadableRole:
        return v.readable;
    case LockedRole:
        return v.locked;
    case ValueRole:
        return v.value;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Roles::Sort:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::Sort;
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case Key:
        if (sort)
            return v.key.toLower();
        return tip && v.coolify ? tr("%1 — set by Coolify").arg(v.key) : v.key;
    case Value:
        if (sort)
            return v.readable ? v.value : QString();
        return valueText(v, tip);
    case Availability: {
        if (sort)
            return int(v.runtime) * 2 + int(v.buildtime);
        if (v.runtime && v.buildtime)
            return tr("Runtime and build");
        if (v.runtime)
            return tr("Runtime only");
        if (v.buildtime)
            return tr("Build only");
        return tr("Neither");
    }
    case Flags: {
        QStringList flags;
        if (v.locked)
            flags << tr("locked");
        if (v.literal)
            flags << tr("literal");
        if (v.multiline)
            flags << tr("multiline");
        if (v.shared)
            flags << tr("shared reference");
        if (v.required)
            flags << tr("required");
        if (v.preview)
            flags << tr("preview copy");
        return flags.join(u", "_s);
    }
    case Comment:
        return Json::revealBidiOverrides(v.comment);
    default:
        return {};
    }
}

QVariant EnvVarsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Availability:
        return tr("Available at");
    case Flags:
        return tr("Flags");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace Coolify::Models
