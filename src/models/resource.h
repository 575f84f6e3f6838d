#pragma once

#include "api/families/databases.h"
#include "models/resourcestatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Coolify::Models {

// The common part of anything deployable, as GET /resources lists it (every item carries a
// `type`: "application", "service", "standalone-postgresql", …; coolify-api.md §6). Enough for a
// fleet table and for mapping resources to environments; the family values (Database, Service, …)
// hold the rest.
struct Resource
{
    enum class Kind { Unknown, Application, Service, Database };

    QString uuid;
    QString name;
    QString description;
    QString type; // raw `type`, e.g. "standalone-keydb"
    Kind kind = Kind::Unknown;
    std::optional<Api::DatabaseType> databaseType; // with Kind::Database
    ResourceStatus status;
    bool serverReachable = false; // `server_status`
    qint64 environmentId = -1;
    qint64 destinationId = -1;
    QString fqdn; // applications only

    // `kindHint` and `typeHint` apply when the object has no `type` (environment details).
    static Resource fromJson(const QJsonObject &object, Kind kindHint = Kind::Unknown,
                             std::optional<Api::DatabaseType> typeHint = std::nullopt);
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // "Application", "Service", "PostgreSQL", "KeyDB", …
    QString typeText() const;
    bool operator==(const Resource &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Resource)
Q_DECLARE_METATYPE(QList<Coolify::Models::Resource>)
