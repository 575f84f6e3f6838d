#pragma once

#include "models/resourcestatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Coolify::Api {
enum class BodyFault; // api/apirequest.h
}

namespace Coolify::Models {

// One container of a service: a sub-application (with an fqdn) or a sub-database.
struct ServiceComponent
{
    enum class Kind { Application, Database };

    Kind kind = Kind::Application;
    QString uuid;
    QString name; // what GET /services/{uuid}/logs wants as sub_service_name
    QString humanName; // the UI's label; often null
    QString fqdn; // applications only; comma-separated URLs
    QString image;
    ResourceStatus status;
    bool excludedFromStatus = false; // `exclude_from_status`

    static ServiceComponent fromJson(const QJsonObject &object, Kind kind);
    QString displayName() const { return humanName.isEmpty() ? name : humanName; }
    bool operator==(const ServiceComponent &) const = default;
};

// A service as GET /services and GET /services/{uuid} return it (coolify-api.md §6). Its status is
// an aggregate ("running:healthy:excluded", a bare "exited", …). The detail always lists the
// components; list items may or may not, so `components` is nullopt when the row had neither
// `applications` nor `databases` — "unknown", not "none".
struct Service
{
    QString uuid;
    QString name;
    QString description;
    QString serviceType; // e.g. "plausible"; null for custom compose services
    ResourceStatus status;
    bool serverReachable = false; // `server_status`
    qint64 environmentId = -1;
    qint64 serverId = -1;
    qint64 destinationId = -1;
    bool composeHidden = false; // docker_compose(_raw) omitted: token lacks read:sensitive
    std::optional<QList<ServiceComponent>> components; // applications first, then databases

    static Service fromJson(const QJsonObject &object);
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // BodyDecoder twin of decodeList: the same value and errors, parsed element by element.
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);
    static QVariant decode(const QJsonDocument &document, QString *error);

    QList<ServiceComponent> applications() const;
    QList<ServiceComponent> databases() const;
    bool operator==(const Service &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Service)
Q_DECLARE_METATYPE(QList<Coolify::Models::Service>)
