#include "models/project.h"

#include "models/json.h"

#include <QCoreApplication>

namespace Coolify::Models {

using namespace Json;

namespace {
QJsonArray arrayOf(const QJsonDocument &document, bool *ok)
{
    if (document.isNull()) {
        *ok = false;
        return {};
    }
    return list(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                ok);
}
} // namespace

Environment Environment::fromJson(const QJsonObject &o)
{
    Environment e;
    e.id = integer(o, QLatin1String("id")).value_or(-1);
    e.uuid = string(o, QLatin1String("uuid"));
    e.name = string(o, QLatin1String("name"));
    e.description = string(o, QLatin1String("description"));
    e.projectId = integer(o, QLatin1String("project_id")).value_or(-1);
    return e;
}

QVariant Environment::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = arrayOf(document, &ok);
    if (!ok) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of environments");
        return {};
    }
    QList<Environment> environments;
    for (const QJsonValue &value : array) {
        Environment e = fromJson(value.toObject());
        if (!e.uuid.isEmpty())
            environments.append(std::move(e));
    }
    return QVariant::fromValue(environments);
}

Project Project::fromJson(const QJsonObject &o)
{
    Project p;
    p.uuid = string(o, QLatin1String("uuid"));
    p.id = integer(o, QLatin1String("id")).value_or(-1);
    p.name = string(o, QLatin1String("name"));
    p.description = string(o, QLatin1String("description"));
    if (has(o, QLatin1String("environments"))) {
        QList<Environment> environments;
        for (const QJsonValue &value : list(o.value(QLatin1String("environments")))) {
            Environment e = Environment::fromJson(value.toObject());
            if (e.projectId < 0)
                e.projectId = p.id;
            if (!e.uuid.isEmpty())
                environments.append(std::move(e));
        }
        p.environments = environments;
    }
    return p;
}

QVariant Project::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = arrayOf(document, &ok);
    if (!ok) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of projects");
        return {};
    }
    QList<Project> projects;
    projects.reserve(array.size());
    for (const QJsonValue &value : array) {
        Project p = fromJson(value.toObject());
        if (!p.uuid.isEmpty())
            projects.append(std::move(p));
    }
    return QVariant::fromValue(projects);
}

QVariant Project::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<Project>(body, error, fault, &Project::decodeList);
}

QVariant Project::decode(const QJsonDocument &document, QString *error)
{
    const Project project = fromJson(document.object());
    if (!document.isObject() || project.uuid.isEmpty()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a project");
        return {};
    }
    return QVariant::fromValue(project);
}

QVariant EnvironmentDetails::decode(const QJsonDocument &document, QString *error)
{
    const QJsonObject o = document.object();
    EnvironmentDetails details;
    details.environment = Environment::fromJson(o);
    if (!document.isObject() || details.environment.uuid.isEmpty()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected an environment");
        return {};
    }
    using Kind = Resource::Kind;
    using Api::DatabaseType;
    struct Relation
    {
        const char *key;
        Kind kind;
        std::optional<DatabaseType> type;
    };
    const Relation relations[] = {
        {"applications", Kind::Application, std::nullopt},
        {"postgresqls", Kind::Database, DatabaseType::PostgreSQL},
        {"mysqls", Kind::Database, DatabaseType::MySQL},
        {"mariadbs", Kind::Database, DatabaseType::MariaDB},
        {"mongodbs", Kind::Database, DatabaseType::MongoDB},
        {"redis", Kind::Database, DatabaseType::Redis},
        // Not sent by 4.3.11, read in case a later version adds them.
        {"keydbs", Kind::Database, DatabaseType::KeyDB},
        {"dragonflies", Kind::Database, DatabaseType::Dragonfly},
        {"clickhouses", Kind::Database, DatabaseType::ClickHouse},
        {"services", Kind::Service, std::nullopt},
    };
    for (const Relation &relation : relations) {
        for (const QJsonValue &value : list(o.value(QLatin1String(relation.key)))) {
            Resource r = Resource::fromJson(value.toObject(), relation.kind, relation.type);
            if (r.uuid.isEmpty())
                continue;
            if (r.environmentId < 0)
                r.environmentId = details.environment.id;
            details.resources.append(std::move(r));
        }
    }
    return QVariant::fromValue(details);
}

} // namespace Coolify::Models
