#include "api/families/resources.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api::Resources {

namespace {
QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}
} // namespace

ApiRequest list()
{
    return ApiRequest::get(u"resources"_s);
}

ApiRequest start(ResourceKind kind, const QString &uuid)
{
    return ApiRequest::post(resourcePath(kind, uuid, u"start"));
}

ApiRequest stop(ResourceKind kind, const QString &uuid, bool dockerCleanup)
{
    ApiRequest request = ApiRequest::post(resourcePath(kind, uuid, u"stop"));
    if (!dockerCleanup)
        request.query.addQueryItem(u"docker_cleanup"_s, flag(false));
    return request;
}

ApiRequest restart(ResourceKind kind, const QString &uuid)
{
    return ApiRequest::post(resourcePath(kind, uuid, u"restart"));
}

ApiRequest remove(ResourceKind kind, const QString &uuid, const DeleteOptions &options)
{
    ApiRequest request = ApiRequest::remove(resourcePath(kind, uuid));
    request.query.addQueryItem(u"delete_configurations"_s, flag(options.deleteConfigurations));
    request.query.addQueryItem(u"delete_volumes"_s, flag(options.deleteVolumes));
    request.query.addQueryItem(u"docker_cleanup"_s, flag(options.dockerCleanup));
    request.query.addQueryItem(u"delete_connected_networks"_s,
                               flag(options.deleteConnectedNetworks));
    return request;
}

std::optional<ApiRequest> logs(ResourceKind kind, const QString &uuid, int lines, bool timestamps)
{
    if (kind == ResourceKind::Service)
        return std::nullopt;
    QUrlQuery query;
    if (lines > 0)
        query.addQueryItem(u"lines"_s, QString::number(lines));
    if (timestamps)
        query.addQueryItem(u"show_timestamps"_s, flag(true));
    ApiRequest request = ApiRequest::get(resourcePath(kind, uuid, u"logs"), query);
    request.deadlineMs = ApiRequest::kLongDeadlineMs; // a container log can be large
    return request;
}

} // namespace Coolify::Api::Resources
