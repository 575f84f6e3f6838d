#include "api/families/deployments.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coolify::Api::Deployments {

ApiRequest active()
{
    return ApiRequest::get(u"deployments"_s);
}

ApiRequest get(const QString &uuid)
{
    ApiRequest request = ApiRequest::get(u"deployments/"_s + uuid);
    request.deadlineMs = ApiRequest::kLongDeadlineMs; // carries the whole build log
    return request;
}

ApiRequest forApplication(const QString &applicationUuid, int skip, int take)
{
    QUrlQuery query;
    query.addQueryItem(u"skip"_s, QString::number(qMax(0, skip)));
    query.addQueryItem(u"take"_s, QString::number(qMax(1, take)));
    return ApiRequest::get(u"deployments/applications/"_s + applicationUuid, query);
}

ApiRequest deploy(const QStringList &uuids, bool force)
{
    // `uuid` must be one comma-separated string: a JSON array makes the server fail with 500.
    const QJsonObject body{{u"uuid"_s, uuids.join(u',')}, {u"force"_s, force}};
    return ApiRequest::post(u"deploy"_s, QJsonDocument(body));
}

ApiRequest deployTag(const QStringList &tags, bool force)
{
    const QJsonObject body{{u"tag"_s, tags.join(u',')}, {u"force"_s, force}};
    return ApiRequest::post(u"deploy"_s, QJsonDocument(body));
}

ApiRequest cancel(const QString &uuid)
{
    return ApiRequest::post(u"deployments/"_s + uuid + u"/cancel"_s);
}

} // namespace Coolify::Api::Deployments
