#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Coolify::Api {

// Token abilities as Coolify checks them (coolify-api.md §2). Abilities do not imply each other,
// except root, which passes every check.
enum class Ability { Read, Write, Deploy, ReadSensitive };

// What we know about one token: each ability is known to be granted, known to be missing, or
// unknown (not probed yet). The UI disables an action only when its ability is known missing.
class TokenAbilities
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Api::TokenAbilities)

public:
    enum class State { Unknown, Granted, Missing };

    // From ability names as the server stores them, including the pre-Oct-2024 legacy names
    // `*` (root), `read-only` (read) and `view:sensitive` (read:sensitive).
    static TokenAbilities fromNames(const QStringList &names);
    static QString name(Ability ability); // "read", "write", "deploy", "read:sensitive"
    static QList<Ability> all();

    State state(Ability ability) const { return m_states.value(ability, State::Unknown); }
    void set(Ability ability, State state) { m_states[ability] = state; }
    bool isKnownMissing(Ability ability) const { return state(ability) == State::Missing; }
    // "token lacks deploy", for tooltips of disabled actions; empty when not known missing.
    QString missingReason(Ability ability) const;
    // "read, deploy" / "write, read:sensitive": the granted (or missing) ones, comma-separated.
    QString describe(State which) const;

    bool operator==(const TokenAbilities &) const = default;

private:
    QMap<Ability, State> m_states;
};

} // namespace Coolify::Api
