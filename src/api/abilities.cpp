#include "api/abilities.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api {

QList<Ability> TokenAbilities::all()
{
    return {Ability::Read, Ability::Write, Ability::Deploy, Ability::ReadSensitive};
}

QString TokenAbilities::name(Ability ability)
{
    switch (ability) {
    case Ability::Read:
        return u"read"_s;
    case Ability::Write:
        return u"write"_s;
    case Ability::Deploy:
        return u"deploy"_s;
    case Ability::ReadSensitive:
        return u"read:sensitive"_s;
    }
    return {};
}

TokenAbilities TokenAbilities::fromNames(const QStringList &names)
{
    TokenAbilities result;
    for (const Ability ability : all())
        result.set(ability, State::Missing);
    for (const QString &raw : names) {
        const QString n = raw.trimmed().toLower();
        if (n == QLatin1String("root") || n == QLatin1String("*")) {
            for (const Ability ability : all())
                result.set(ability, State::Granted);
        } else if (n == QLatin1String("read") || n == QLatin1String("read-only")) {
            result.set(Ability::Read, State::Granted);
        } else if (n == QLatin1String("write") || n == QLatin1String("write:sensitive")) {
            result.set(Ability::Write, State::Granted);
        } else if (n == QLatin1String("deploy")) {
            result.set(Ability::Deploy, State::Granted);
        } else if (n == QLatin1String("read:sensitive") || n == QLatin1String("view:sensitive")) {
            result.set(Ability::ReadSensitive, State::Granted);
        }
    }
    return result;
}

QString TokenAbilities::missingReason(Ability ability) const
{
    if (!isKnownMissing(ability))
        return {};
    return tr("The token lacks the “%1” permission.").arg(name(ability));
}

QString TokenAbilities::describe(State which) const
{
    QStringList names;
    for (const Ability ability : all()) {
        if (state(ability) == which)
            names << name(ability);
    }
    return names.join(QLatin1String(", "));
}

} // namespace Coolify::Api
