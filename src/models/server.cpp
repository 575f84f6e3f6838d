#include "models/server.h"

#include "models/json.h"

#include <QCoreApplication>

namespace Coolify::Models {

using namespace Json;

Server Server::fromJson(const QJsonObject &o)
{
    Server s;
    s.uuid = string(o, QLatin1String("uuid"));
    s.name = string(o, QLatin1String("name"));
    s.description = string(o, QLatin1String("description"));
    s.ip = string(o, QLatin1String("ip"));
    s.user = string(o, QLatin1String("user"));
    s.port = int(integer(o, QLatin1String("port")).value_or(22));
    s.reachable = boolean(o, QLatin1String("is_reachable")).value_or(false);
    s.usable = boolean(o, QLatin1String("is_usable")).value_or(false);
    s.coolifyHost = boolean(o, QLatin1String("is_coolify_host")).value_or(false);
    const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
    s.buildServer = boolean(settings, QLatin1String("is_build_server")).value_or(false);
    s.sensitiveHidden = !settings.isEmpty() && !has(settings, QLatin1String("sentinel_token"));
    const QJsonValue proxy = o.value(QLatin1String("proxy"));
    if (proxy.isObject())
        s.proxyType = string(proxy.toObject(), QLatin1String("type")).toLower();
    else
        s.proxyType = string(o, QLatin1String("proxy_type")).toLower();
    return s;
}

QVariant Server::decodeList(const QJsonDocument &document, QString *error)
{
    bool ok = false;
    const QJsonArray array = list(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &ok);
    if (!ok || document.isNull()) {
        *error = QCoreApplication::translate("Coolify::Models", "expected a list of servers");
        return {};
    }
    QList<Server> servers;
    servers.reserve(array.size());
    for (const QJsonValue &value : array) {
        const Server server = fromJson(value.toObject());
        if (!server.uuid.isEmpty())
            servers.append(server);
    }
    return QVariant::fromValue(servers);
}

QVariant Server::decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault)
{
    return Json::decodeListBody<Server>(body, error, fault, &Server::decodeList);
}

QString Server::stateText() const
{
    if (!reachable)
        return QCoreApplication::translate("Coolify::Models::Server", "Unreachable");
    if (!usable)
        return QCoreApplication::translate("Coolify::Models::Server", "Reachable, not usable");
    return QCoreApplication::translate("Coolify::Models::Server", "Reachable");
}

} // namespace Coolify::Models
