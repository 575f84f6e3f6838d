#include "models/resourcestatus.h"

#include <QStringList>

namespace Coolify::Models {

ResourceStatus ResourceStatus::parse(const QString &text)
{
    ResourceStatus status;
    status.raw = text.trimmed();
    const QStringList parts = status.raw.toLower().split(u':');
    const QString state = parts.value(0);
    if (state == QLatin1String("running"))
        status.state = State::Running;
    else if (state == QLatin1String("starting"))
        status.state = State::Starting;
    else if (state == QLatin1String("restarting"))
        status.state = State::Restarting;
    else if (state == QLatin1String("paused"))
        status.state = State::Paused;
    else if (state == QLatin1String("degraded"))
        status.state = State::Degraded;
    else if (state == QLatin1String("exited"))
        status.state = State::Exited;
    else if (state == QLatin1String("stopped"))
        status.state = State::Stopped;
    const QString health = parts.value(1);
    if (health == QLatin1String("healthy"))
        status.health = Health::Healthy;
    else if (health == QLatin1String("unhealthy"))
        status.health = Health::Unhealthy;
    status.excluded = parts.size() > 2 && parts.at(2) == QLatin1String("excluded");
    return status;
}

QString ResourceStatus::text() const
{
    QString words;
    switch (state) {
    case State::Running:
        words = tr("Running");
        break;
    case State::Starting:
        words = tr("Starting");
        break;
    case State::Restarting:
        words = tr("Restarting");
        break;
    case State::Paused:
        words = tr("Paused");
        break;
    case State::Degraded:
        words = tr("Degraded");
        break;
    case State::Exited:
        words = tr("Exited");
        break;
    case State::Stopped:
        words = tr("Stopped");
        break;
    case State::Unknown:
        words = raw.isEmpty() ? tr("Unknown") : raw;
        break;
    }
    // Health only matters while something runs; a stopped app is always "unhealthy".
    if (state == State::Running || state == State::Degraded || state == State::Starting) {
        if (health == Health::Healthy)
            words = tr("%1 (healthy)").arg(words);
        else if (health == Health::Unhealthy)
            words = tr("%1 (unhealthy)").arg(words);
    }
    if (excluded)
        words = tr("%1, some containers excluded").arg(words);
    return words;
}

int ResourceStatus::severity() const
{
    switch (state) {
    case State::Degraded:
        return 0;
    case State::Running:
        return health == Health::Unhealthy ? 1 : 6;
    case State::Restarting:
        return 2;
    case State::Starting:
        return 3;
    case State::Paused:
        return 4;
    case State::Unknown:
        return 5;
    case State::Exited:
    case State::Stopped:
        return 7;
    }
    return 5;
}

} // namespace Coolify::Models
