#pragma once

#include <QCoreApplication>
#include <QString>

namespace Coolify::Models {

// A Coolify status string split into its parts: "running:healthy", "exited:unhealthy",
// "running:healthy:excluded", or a bare "exited" (services). Unknown words are kept as they are.
struct ResourceStatus
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::ResourceStatus)

public:
    enum class State { Unknown, Running, Starting, Restarting, Paused, Degraded, Exited, Stopped };
    enum class Health { Unknown, Healthy, Unhealthy };

    State state = State::Unknown;
    Health health = Health::Unknown;
    bool excluded = false; // some containers are excluded from the aggregate (services)
    QString raw;

    static ResourceStatus parse(const QString &text);
    // "Running (healthy)", "Exited", "Degraded (unhealthy)" — words, never colour alone.
    QString text() const;
    // Ordering key for sorting by status: problems first.
    int severity() const;
    bool isRunning() const { return state == State::Running || state == State::Degraded; }
    bool isTransitional() const { return state == State::Starting || state == State::Restarting; }
    // Degraded, running but unhealthy, or restarting: what the "Problems" filter shows.
    static bool needsAttention(State state, Health health)
    {
        return state == State::Degraded || state == State::Restarting
            || (state == State::Running && health == Health::Unhealthy);
    }
    bool needsAttention() const { return needsAttention(state, health); }
    bool operator==(const ResourceStatus &other) const { return raw == other.raw; }
};

} // namespace Coolify::Models
