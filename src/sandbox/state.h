#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace Coolify::Sandbox {

using namespace Qt::StringLiterals;

// The sandbox's "database": rows stored as complete JSON objects (secrets included);
// keys starting with '_' are internal and never serialised. Views in views.h redact on output.
class SandboxState
{
public:
    explicit SandboxState(quint32 seed = 1);

    // Deterministic demo data; scale > 0 adds that many generated applications, databaseScale
    // that many generated databases (most with backup schedules and runs).
    void seed(int scale, int databaseScale = 0);

    QList<QJsonObject> projects;
    QList<QJsonObject> environments;
    QList<QJsonObject> servers;
    QList<QJsonObject> applications;
    QList<QJsonObject> databases;
    QList<QJsonObject> services;
    QList<QJsonObject> envs; // "_owner": resource uuid, "_owner_type": application|service|database
    QList<QJsonObject> deployments; // physical row order (updates move a row to the end, like MVCC)
    QList<QJsonObject> backups; // scheduled backup configurations, "_database_uuid": their database
    QList<QJsonObject> backupExecutions; // by scheduled_database_backup_id
    QList<QJsonObject> s3Storages; // team_id 0 is the token's team
    bool apiDisabled = false; // instance setting is_api_enabled, inverted

    // The rows of a simulator table (DeploymentSimulator::Table as an int).
    QList<QJsonObject> &table(int which);
    template<typename Enum> QList<QJsonObject> &table(Enum which) { return table(int(which)); }

    QString newUuid();
    int nextId(const QString &table);
    QString now() const;
    static QString timestamp(const QDateTime &utc);

    static qsizetype indexOf(const QList<QJsonObject> &rows, const QString &uuid,
                             const QString &key = u"uuid"_s);
    static qsizetype indexOfId(const QList<QJsonObject> &rows, qint64 id);

    QJsonObject serverForDestination(qint64 destinationId) const;
    QJsonObject environmentById(qint64 id) const;
    QJsonObject projectById(qint64 id) const;
    // Environment of a project by name or uuid; empty if none.
    QJsonObject findEnvironment(qint64 projectId, const QString &nameOrUuid) const;
    bool serverUsable(qint64 destinationId) const;

    // Complete rows with every column, as the seed and the create endpoints build them.
    QJsonObject makeApplication(const QString &name, const QString &buildPack, qint64 envId,
                                int serverIndex, const QString &status);
    QJsonObject makeDatabase(const QString &kind, const QString &name, qint64 envId,
                             int serverIndex, const QString &status);

    // Persistence: mutations call markChanged(); the server saves the file when set.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json);
    void markChanged() const
    {
        if (onChanged)
            onChanged();
    }
    std::function<void()> onChanged;

private:
    void seedInfrastructure();
    void seedApplications();
    void seedDatabases();
    void seedServices();
    void seedDeployments();
    void seedBackups();
    void seedS3Storages();
    void seedDatabaseScale(int count);
    struct BackupRun
    {
        int hoursAgo;
        bool ok;
    };
    void addSeedBackup(const QJsonObject &database, const QString &frequency, const QString &names,
                       const QList<BackupRun> &runs, bool toS3);
    void seedScale(int scale);
    void addEnv(const QString &owner, const QString &ownerType, const QString &key,
                const QString &value, bool shownOnce, bool preview);

    QRandomGenerator m_rng;
    QHash<QString, int> m_ids;
    QDateTime m_seedTime;
};

} // namespace Coolify::Sandbox
