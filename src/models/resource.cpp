#include "models/resource.h"

#include "models/database.h"
#include "models/json.h"

#include <QCoreApplication>

namespace Coolify::Models {

using namespace Json;

Resource Resource::fromJson(const QJsonObject &o, Kind kindHint,
                            std::optional<Api::DatabaseType> typeHint)
{
    Resource r;
    r.uuid = string(o, QLatin1String("uuid"));
    r.name = string(o, QLatin1String("name"));
    r.description = string(o, QLatin1String("description"));
    r.type = string(o, QLatin1String("type"));
    const QString type = r.type.trimmed().toLower();
    if (type == QLatin1String("application")) {
        r.kind = Kind::Application;
    } else if (type == QLatin1String("service")) {
        r.kind = Kind::Service;
    } else if (type.startsWith(QLatin1String("standalone-")) || type == QLatin1String("database")) {
        r.kind = Kind::Database;
    } else {
        r.kind = kindHint;
    }
    if (r.kind == Kind::Database) {
        r.databaseType = Api::databaseTypeFromString(type);
        if (!r.databaseType)
            r.databaseType = Database::detectType(o);
        if (!r.databaseType)
            r.databaseType = typeHint;
    }
    r.status = ResourceStatus::parse(string(o, QLatin1String("status")));
    r.serverReachable = boolean(o, QLatin1String("server_status")).value_or(false);
    r.environmentId = integer(o, QLatin1String("environment_id")).value_or(-1);
    r.destinationId = integer(o, QLatin1String("destination_id")).value_or(-1);
    r.fqdn = string(o, QLatin1String("fqdn"));
    return r;
}

QVariant Resource::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of resources");
        return {};
    }
    QList<Resource> resources;
    resources.reserve(array.size());
    for (const QJsonValue &value : array) {
        Resource resource = fromJson(value.toObject());
        if (!resource.uuid.isEmpty())
            resources.append(std::move(resource));
    }
    return QVariant::fromValue(resources);
}

QString Resource::typeText() const
{
    switch (kind) {
    case Kind::Application:
        return QCoreApplication::translate("Coolify::Models::Resource", "Application");
    case Kind::Service:
        return QCoreApplication::translate("Coolify::Models::Resource", "Service");
    case Kind::Database:
        return Database::typeName(databaseType);
    case Kind::Unknown:
        break;
    }
    return type.isEmpty() ? QCoreApplication::translate("Coolify::Models::Resource", "Unknown")
                          : type;
}

} // namespace Coolify::Models
