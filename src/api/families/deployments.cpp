#include "api/families/deployments.h"

#include <QJsonObject>

namespace Coolify::Api::Deployments {

ApiRequest active()
{
    return ApiRequest::get(QStringLiteral("deployments"));
}

ApiRequest get(const QString &uuid)
{
    return ApiRequest::get(QStringLiteral("deployments/") + uuid);
}

ApiRequest forApplication(const QString &applicationUuid, int skip, int take)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("skip"), QString::number(qMax(0, skip)));
    query.addQueryItem(QStringLiteral("take"), QString::number(qMax(1, take)));
    return ApiRequest::get(QStringLiteral("deployments/applications/") + applicationUuid, query);
}

ApiRequest deploy(const QStringList &uuids, bool force)
{
    // `uuid` must be one comma-separated string: a JSON array makes the server fail with 500.
    const QJsonObject body{{QStringLiteral("uuid"), uuids.join(u',')},
                           {QStringLiteral("force"), force}};
    return ApiRequest::post(QStringLiteral("deploy"), QJsonDocument(body));
}

ApiRequest deployTag(const QStringList &tags, bool force)
{
    const QJsonObject body{{QStringLiteral("tag"), tags.join(u',')},
                           {QStringLiteral("force"), force}};
    return ApiRequest::post(QStringLiteral("deploy"), QJsonDocument(body));
}

ApiRequest cancel(const QString &uuid)
{
    return ApiRequest::post(QStringLiteral("deployments/") + uuid + QStringLiteral("/cancel"));
}

} // namespace Coolify::Api::Deployments
