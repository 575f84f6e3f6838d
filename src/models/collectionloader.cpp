#include "models/collectionloader.h"

#include "api/apiclient.h"

namespace Coolify::Models {

CollectionLoader::CollectionLoader(Api::ApiClient *client, Api::ApiRequest request, Apply apply,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_apply(std::move(apply))
{
    m_request.priority = Api::Priority::Background;
}

CollectionLoader::~CollectionLoader()
{
    cancel();
}

void CollectionLoader::load()
{
    if (isLoading())
        return;
    m_lastAttempt = QDateTime::currentDateTimeUtc();
    Api::ApiRequest request = m_request;
    if (m_prepare)
        m_prepare(request);
    Api::ApiReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        m_reply.clear();
        const Api::ApiResult &result = reply->result();
        if (result.ok()) {
            m_lastError = {};
            m_lastSuccess = QDateTime::currentDateTimeUtc();
            m_apply(result.value);
        } else if (result.error.kind != Api::ErrorKind::Cancelled) {
            m_lastError = result.error;
        }
        emit finished(result.ok());
    });
}

void CollectionLoader::cancel()
{
    if (Api::ApiReply *reply = m_reply.data()) {
        reply->disconnect(this);
        m_reply.clear();
        reply->cancel();
    }
}

} // namespace Coolify::Models
