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
    bool operator==(const ResourceStatus &other) const { return raw == other.raw; }
};

} // namespace Coolify::Models
