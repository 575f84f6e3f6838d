#include "models/service.h"

#include "models/json.h"

#include <QCoreApplication>

namespace Coolify::Models {

using namespace Json;

ServiceComponent ServiceComponent::fromJson(const QJsonObject &o, Kind kind)
{
    ServiceComponent c;
    c.kind = kind;
    c.uuid = string(o, QLatin1String("uuid"));
    c.name = string(o, QLatin1String("name"));
    c.humanName = string(o, QLatin1String("human_name"));
    c.fqdn = string(o, QLatin1String("fqdn"));
    c.image = string(o, QLatin1String("image"));
    c.status = ResourceStatus::parse(string(o, QLatin1String("status")));
    c.excludedFromStatus = boolean(o, QLatin1String("exclude_from_status")).value_or(false);
    return c;
}

Service Service::fromJson(const QJsonObject &o)
{
    Service s;
    s.uuid = string(o, QLatin1String("uuid"));
    s.name = string(o, QLatin1String("name"));
    s.description = string(o, QLatin1String("description"));
    s.serviceType = string(o, QLatin1String("service_type"));
    s.status = ResourceStatus::parse(string(o, QLatin1String("status")));
    s.serverReachable = boolean(o, QLatin1String("server_status")).value_or(false);
    s.environmentId = integer(o, QLatin1String("environment_id")).value_or(-1);
    s.serverId = integer(o, QLatin1String("server_id")).value_or(-1);
    s.destinationId = integer(o, QLatin1String("destination_id")).value_or(-1);
    s.composeHidden = !has(o, QLatin1String("docker_compose_raw"));
    const bool hasApps = has(o, QLatin1String("applications"));
    const bool hasDbs = has(o, QLatin1String("databases"));
    if (hasApps || hasDbs) {
        QList<ServiceComponent> components;
        const auto add = [&](QLatin1String key, ServiceComponent::Kind kind) {
            for (const QJsonValue &value : list(o.value(key))) {
                if (!value.isObject())
                    continue;
                ServiceComponent c = ServiceComponent::fromJson(value.toObject(), kind);
                if (!c.uuid.isEmpty())
                    components.append(std::move(c));
            }
        };
        add(QLatin1String("applications"), ServiceComponent::Kind::Application);
        add(QLatin1String("databases"), ServiceComponent::Kind::Database);
        s.components = components;
    }
    return s;
}

QVariant Service::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of services");
        return {};
    }
    QList<Service> services;
    services.reserve(array.size());
    for (const QJsonValue &value : array) {
        Service service = fromJson(value.toObject());
        if (!service.uuid.isEmpty())
            services.append(std::move(service));
    }
    return QVariant::fromValue(services);
}

QVariant Service::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<Service>(body, error, fault, &Service::decodeList);
}

QVariant Service::decode(const QJsonDocument &document, QString *error)
{
    const Service service = fromJson(document.object());
    if (!document.isObject() || service.uuid.isEmpty()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a service");
        return {};
    }
    return QVariant::fromValue(service);
}

QList<ServiceComponent> Service::applications() const
{
    QList<ServiceComponent> out;
    for (const ServiceComponent &c : components.value_or(QList<ServiceComponent>())) {
        if (c.kind == ServiceComponent::Kind::Application)
            out.append(c);
    }
    return out;
}

QList<ServiceComponent> Service::databases() const
{
    QList<ServiceComponent> out;
    for (const ServiceComponent &c : components.value_or(QList<ServiceComponent>())) {
        if (c.kind == ServiceComponent::Kind::Database)
            out.append(c);
    }
    return out;
}

} // namespace Coolify::Models
