#include "sandbox/state.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

SandboxState::SandboxState(quint32 seed)
    : m_rng(seed)
    , m_seedTime(QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50), Qt::UTC))
{ }

QString SandboxState::newUuid()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString uuid;
    uuid.reserve(24);
    for (int i = 0; i < 24; ++i)
        uuid.append(QLatin1Char(alphabet[m_rng.bounded(36)]));
    return uuid;
}

int SandboxState::nextId(const QString &table)
{
    return ++m_ids[table];
}

QString SandboxState::timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + QLatin1String("000Z");
}

QString SandboxState::now() const
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

qsizetype SandboxState::indexOf(const QList<QJsonObject> &rows, const QString &uuid,
                                const QString &key)
{
    if (uuid.isEmpty())
        return -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(key).toString() == uuid)
            return i;
    }
    return -1;
}

qsizetype SandboxState::indexOfId(const QList<QJsonObject> &rows, qint64 id)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(QLatin1String("id")).toInteger() == id)
            return i;
    }
    return -1;
}

QJsonObject SandboxState::serverForDestination(qint64 destinationId) const
{
    for (const QJsonObject &s : servers) {
        if (s.value(QLatin1String("_destination_id")).toInteger() == destinationId)
            return s;
    }
    return {};
}

QJsonObject SandboxState::environmentById(qint64 id) const
{
    const qsizetype i = indexOfId(environments, id);
    return i < 0 ? QJsonObject() : environments.at(i);
}

QJsonObject SandboxState::projectById(qint64 id) const
{
    const qsizetype i = indexOfId(projects, id);
    return i < 0 ? QJsonObject() : projects.at(i);
}

QJsonObject SandboxState::findEnvironment(qint64 projectId, const QString &nameOrUuid) const
{
    for (const QJsonObject &e : environments) {
        if (e.value(QLatin1String("project_id")).toInteger() != projectId)
            continue;
        if (e.value(QLatin1String("name")).toString() == nameOrUuid
            || e.value(QLatin1String("uuid")).toString() == nameOrUuid)
            return e;
    }
    return {};
}

bool SandboxState::serverUsable(qint64 destinationId) const
{
    const QJsonObject s = serverForDestination(destinationId);
    return s.value(QLatin1String("is_reachable")).toBool()
        && s.value(QLatin1String("is_usable")).toBool();
}

QList<QJsonObject> &SandboxState::table(int which)
{
    // DeploymentSimulator::Table: Applications, Databases, Services, BackupExecutions.
    switch (which) {
    case 0:
        return applications;
    case 1:
        return databases;
    case 2:
        return services;
    default:
        return backupExecutions;
    }
}

static QJsonArray rowsToJson(const QList<QJsonObject> &rows)
{
    QJsonArray out;
    for (const QJsonObject &r : rows)
        out.append(r);
    return out;
}

static QList<QJsonObject> rowsFromJson(const QJsonValue &value)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toObject());
    return out;
}

QJsonObject SandboxState::toJson() const
{
    QJsonObject ids;
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
        ids.insert(it.key(), it.value());
    return {{u"format"_s, 1},
            {u"ids"_s, ids},
            {u"api_disabled"_s, apiDisabled},
            {u"projects"_s, rowsToJson(projects)},
            {u"environments"_s, rowsToJson(environments)},
            {u"servers"_s, rowsToJson(servers)},
            {u"applications"_s, rowsToJson(applications)},
            {u"databases"_s, rowsToJson(databases)},
            {u"services"_s, rowsToJson(services)},
            {u"envs"_s, rowsToJson(envs)},
            {u"deployments"_s, rowsToJson(deployments)},
            {u"backups"_s, rowsToJson(backups)},
            {u"backup_executions"_s, rowsToJson(backupExecutions)},
            {u"s3_storages"_s, rowsToJson(s3Storages)}};
}

bool SandboxState::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("format")).toInt() != 1)
        return false;
    m_ids.clear();
    const QJsonObject ids = json.value(QLatin1String("ids")).toObject();
    for (auto it = ids.begin(); it != ids.end(); ++it)
        m_ids.insert(it.key(), it.value().toInt());
    apiDisabled = json.value(QLatin1String("api_disabled")).toBool();
    projects = rowsFromJson(json.value(QLatin1String("projects")));
    environments = rowsFromJson(json.value(QLatin1String("environments")));
    servers = rowsFromJson(json.value(QLatin1String("servers")));
    applications = rowsFromJson(json.value(QLatin1String("applications")));
    databases = rowsFromJson(json.value(QLatin1String("databases")));
    services = rowsFromJson(json.value(QLatin1String("services")));
    envs = rowsFromJson(json.value(QLatin1String("envs")));
    deployments = rowsFromJson(json.value(QLatin1String("deployments")));
    backups = rowsFromJson(json.value(QLatin1String("backups")));
    backupExecutions = rowsFromJson(json.value(QLatin1String("backup_executions")));
    s3Storages = rowsFromJson(json.value(QLatin1String("s3_storages")));
    return true;
}

} // namespace Coolify::Sandbox
