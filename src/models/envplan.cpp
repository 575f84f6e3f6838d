#include "models/envplan.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

namespace {

using Action = EnvPlanItem::Action;

QHash<QString, const EnvVar *> regularByKey(const QList<EnvVar> &vars)
{
    QHash<QString, const EnvVar *> out;
    for (const EnvVar &v : vars) {
        if (!v.preview && !out.contains(v.key))
            out.insert(v.key, &v);
    }
    return out;
}

// The flags in words where `a` and `b` differ.
QStringList flagDifferences(const EnvVar &a, const EnvVar &b)
{
    QStringList out;
    if (a.literal != b.literal)
        out << EnvPlan::tr("literal");
    if (a.runtime != b.runtime)
        out << EnvPlan::tr("runtime");
    if (a.buildtime != b.buildtime)
        out << EnvPlan::tr("build-time");
    return out;
}

} // namespace

QList<EnvVar> envVarsFromDotEnv(const QList<DotEnv::Entry> &entries)
{
    QList<EnvVar> out;
    out.reserve(entries.size());
    for (const DotEnv::Entry &e : entries) {
        EnvVar v;
        v.key = e.key;
        v.value = e.value;
        v.comment = e.comment;
        v.readable = true;
        v.multiline = e.value.contains(u'\n');
        out << v;
    }
    return out;
}

QList<DotEnv::Entry> readableDotEnv(const QList<EnvVar> &vars, QStringList *locked,
                                    QStringList *hidden)
{
    QList<DotEnv::Entry> entries;
    for (const EnvVar &v : vars) {
        if (v.preview)
            continue;
        if (v.readable)
            entries.append({v.key, v.value, v.comment, 0});
        else
            *(v.locked ? locked : hidden) << v.key;
    }
    return entries;
}

QString storedEnvValue(const QString &value)
{
    return value.trimmed();
}

EnvPlan EnvPlan::build(const QList<EnvVar> &current, const QList<EnvVar> &wanted, Mode mode)
{
    EnvPlan plan;
    const QHash<QString, const EnvVar *> now = regularByKey(current);
    QSet<QString> seen;
    for (const EnvVar &want : wanted) {
        if (want.key.isEmpty() || want.preview || seen.contains(want.key))
            continue;
        seen.insert(want.key);
        EnvPlanItem item;
        item.key = want.key;
        const EnvVar *have = now.value(want.key);
        if (!want.readable) { // copying from a source whose value is hidden
            item.action = want.locked ? Action::SkipLocked : Action::SkipUnreadable;
            if (have)
                item.before = *have;
            plan.items.append(item);
            continue;
        }
        EnvVar next = have ? *have : EnvVar{};
        next.key = want.key;
        next.value = want.value;
        next.readable = true;
        next.comment = want.comment;
        next.preview = false;
        next.multiline =
            storedEnvValue(want.value).contains(u'\n') || (mode == Mode::Merge && want.multiline);
        if (!have || mode == Mode::Merge) {
            next.literal = want.literal;
            next.runtime = want.runtime;
            next.buildtime = want.buildtime;
            next.locked = have ? have->locked : want.locked;
        }
        if (!have) {
            next.uuid.clear();
            item.action = Action::Add;
            item.after = next;
            plan.items.append(item);
            continue;
        }
        item.before = *have;
        if (!have->readable) {
            item.changed << tr("value");
            item.overwritesUnread = true;
        } else if (storedEnvValue(want.value) != have->value) {
            item.changed << tr("value");
        }
        if (want.comment.trimmed() != have->comment)
            item.changed << tr("comment");
        item.changed << flagDifferences(*have, next);
        if (have->multiline != next.multiline && !item.changed.contains(tr("value")))
            item.changed << tr("multiline");
        item.action = item.changed.isEmpty() ? Action::Unchanged : Action::Change;
        if (item.action == Action::Change)
            item.after = next;
        plan.items.append(item);
    }
    for (const EnvVar &have : current) {
        if (have.preview || seen.contains(have.key))
            continue;
        seen.insert(have.key);
        EnvPlanItem item;
        item.key = have.key;
        item.before = have;
        if (mode == Mode::Merge)
            continue; // not part of the wanted set: untouched, not worth a line
        if (!have.readable)
            item.action = have.locked ? Action::SkipLocked : Action::SkipUnreadable;
        else
            item.action = Action::Remove;
        plan.items.append(item);
    }
    return plan;
}

int EnvPlan::count(EnvPlanItem::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [action](const EnvPlanItem &i) { return i.action == action; }));
}

bool EnvPlan::hasWrites() const
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const EnvPlanItem &i) { return i.isWrite(); });
}

QList<EnvPlanItem> EnvPlan::writes() const
{
    QList<EnvPlanItem> out;
    for (const EnvPlanItem &i : items) {
        if (i.isWrite())
            out << i;
    }
    return out;
}

QString EnvPlan::summary() const
{
    QStringList parts;
    if (const int n = count(Action::Add))
        parts << tr("%n added", nullptr, n);
    if (const int n = count(Action::Change))
        parts << tr("%n changed", nullptr, n);
    if (const int n = count(Action::Remove))
        parts << tr("%n removed", nullptr, n);
    if (const int n = count(Action::Unchanged))
        parts << tr("%n unchanged", nullptr, n);
    if (const int n = count(Action::SkipLocked))
        parts << tr("%n locked — skipped", nullptr, n);
    if (const int n = count(Action::SkipUnreadable))
        parts << tr("%n unreadable — skipped", nullptr, n);
    return parts.isEmpty() ? tr("Nothing to change") : parts.join(u", "_s);
}

QList<EnvDiffRow> diffEnvSets(const QList<EnvVar> &left, const QList<EnvVar> &right)
{
    const QHash<QString, const EnvVar *> l = regularByKey(left);
    const QHash<QString, const EnvVar *> r = regularByKey(right);
    QStringList keys = l.keys();
    for (auto it = r.cbegin(); it != r.cend(); ++it) {
        if (!l.contains(it.key()))
            keys << it.key();
    }
    std::sort(keys.begin(), keys.end());
    QList<EnvDiffRow> rows;
    rows.reserve(keys.size());
    for (const QString &key : std::as_const(keys)) {
        EnvDiffRow row;
        row.key = key;
        const EnvVar *a = l.value(key);
        const EnvVar *b = r.value(key);
        if (a)
            row.left = *a;
        if (b)
            row.right = *b;
        if (!a || !b) {
            row.state = a ? EnvDiffRow::OnlyLeft : EnvDiffRow::OnlyRight;
            rows << row;
            continue;
        }
        const bool valueKnown = a->readable && b->readable;
        if (valueKnown && a->value != b->value)
            row.differences << EnvDiffRow::tr("value");
        if (a->comment != b->comment)
            row.differences << EnvDiffRow::tr("comment");
        row.differences << flagDifferences(*a, *b);
        if (!row.differences.isEmpty())
            row.state = EnvDiffRow::Different;
        else
            row.state = valueKnown ? EnvDiffRow::Same : EnvDiffRow::Unknown;
        rows << row;
    }
    return rows;
}

QString EnvDiffRow::stateText() const
{
    switch (state) {
    case OnlyLeft:
        return tr("Only left");
    case OnlyRight:
        return tr("Only right");
    case Different:
        return tr("Different: %1").arg(differences.join(u", "_s));
    case Same:
        return tr("Same");
    case Unknown:
        return tr("Cannot compare: a value cannot be read");
    }
    return {};
}

QString envValueFingerprint(const EnvVar &var)
{
    if (!var.readable)
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(var.value.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace Coolify::Models
