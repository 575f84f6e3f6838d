#pragma once

#include "models/dotenv.h"
#include "models/envvar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a set of environment-variable edits will do, worked out before anything is sent, and how
// two sets compare. Pure functions on values: the developer view (.env text), an import and a
// copy between resources all become an EnvPlan, shown to the user, then sent by
// Controllers::EnvEditor. Only regular variables take part: an application's preview copies
// follow their variable on the server (coolify-api.md §5, §16).
namespace Coolify::Models {

struct EnvPlanItem
{
    enum Action {
        Add, // the key is new: created
        Change, // the value, comment or flags differ: updated by key
        Remove, // not in the wanted set: deleted (with an application's preview copy)
        Unchanged,
        SkipLocked, // locked: its value cannot be read, so it is left as it is
        SkipUnreadable, // the value cannot be read (no read:sensitive): left as it is
    };
    Action action = Unchanged;
    QString key;
    std::optional<EnvVar> before; // the variable as it is now (not for Add)
    std::optional<EnvVar> after; // the variable to send (Add and Change)
    QStringList changed; // what differs, in words: "value", "comment", "literal", …
    // A value is replaced that could not be read, so nobody can say whether it differs.
    bool overwritesUnread = false;
    bool isWrite() const { return action == Add || action == Change || action == Remove; }
};

class EnvPlan
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::EnvPlan)

public:
    enum class Mode {
        // The wanted set is the whole truth (developer view, import replacing everything):
        // readable variables missing from it are removed; current flags are kept.
        Replace,
        // The wanted variables are added or updated, nothing is removed (import merging, copy);
        // flags come from the wanted variables.
        Merge,
    };

    // `current` as listed (preview copies are ignored); `wanted` are regular variables with a
    // key (their `readable` false means the source's value is unknown: skipped, never sent).
    static EnvPlan build(const QList<EnvVar> &current, const QList<EnvVar> &wanted, Mode mode);

    QList<EnvPlanItem> items; // in the wanted order, then removals and skips
    int count(EnvPlanItem::Action action) const;
    bool hasWrites() const;
    // "3 added, 2 changed, 1 removed, 4 unchanged, 1 locked — skipped"
    QString summary() const;
    // The items that write, in the order they are sent.
    QList<EnvPlanItem> writes() const;
};

// One key of a comparison between two sets (left and right resource).
struct EnvDiffRow
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::EnvDiffRow)

public:
    enum State { OnlyLeft, OnlyRight, Different, Same, Unknown };
    QString key;
    std::optional<EnvVar> left;
    std::optional<EnvVar> right;
    State state = Same;
    QStringList differences; // "value", "comment", "build-time", … (for Different)

    QString stateText() const; // "Only left", "Different: value, comment", "Cannot compare: …"
};

// The regular variables of two resources side by side, sorted by key. Values are compared as
// the server stores them (trimmed; empty and null alike); a side whose value cannot be read
// makes the value comparison Unknown (flags and comments still count).
QList<EnvDiffRow> diffEnvSets(const QList<EnvVar> &left, const QList<EnvVar> &right);

// A short fingerprint of a value ("a1b2c3d4"), so two hidden values can be compared by eye
// without showing either. Empty for an unreadable value.
QString envValueFingerprint(const EnvVar &var);

// .env entries (the developer view, an imported file) as the regular variables they describe;
// flags are the server's defaults, multiline when the value has a line break.
QList<EnvVar> envVarsFromDotEnv(const QList<DotEnv::Entry> &entries);
// The regular variables whose values can be read, as .env entries in their order; the keys of
// the others go to `locked` or `hidden` (the same list may be passed for both).
QList<DotEnv::Entry> readableDotEnv(const QList<EnvVar> &vars, QStringList *locked,
                                    QStringList *hidden);

// The value the server will keep for `value` (coolify-api.md §16: outer whitespace trimmed).
QString storedEnvValue(const QString &value);

} // namespace Coolify::Models
