#include "controllers/createresource.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/applications.h"

namespace Coolify::Controllers {

CreateResource::CreateResource(Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void CreateResource::createPublicApplication(const QJsonObject &body)
{
    send(Api::Applications::createPublic(body));
}

void CreateResource::createDatabase(Api::DatabaseType type, const QJsonObject &body)
{
    send(Api::Databases::create(type, body));
}

void CreateResource::send(Api::ApiRequest request)
{
    if (isBusy())
        return;
    Api::ApiReply *reply = m_client->send(std::move(request));
    m_reply.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (!m_reply.release(reply))
            return;
        const Api::ApiResult &answer = reply->result();
        Result result;
        result.ok = answer.ok();
        result.error = answer.error;
        if (result.ok) {
            result.answer = answer.json.object();
            result.uuid = result.answer.value(QLatin1String("uuid")).toString();
        }
        emit busyChanged(false);
        emit finished(result);
    });
    emit busyChanged(true);
}

} // namespace Coolify::Controllers
