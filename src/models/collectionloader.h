#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Coolify::Api {
class ApiClient;
class ApiReply;
} // namespace Coolify::Api

namespace Coolify::Models {

// Loads one list endpoint into one model: sends the request in the background, hands the
// decoded value to `apply` and remembers when it last succeeded. A failure keeps the last good
// data (the view shows it as stale) and records the error; a load already in flight is not
// duplicated.
class CollectionLoader : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void(const QVariant &decoded)>;

    CollectionLoader(Api::ApiClient *client, Api::ApiRequest request, Apply apply,
                     QObject *parent = nullptr);
    ~CollectionLoader() override;

    void load();
    void cancel();
    bool isLoading() const { return !m_reply.isNull(); }
    bool hasData() const { return m_lastSuccess.isValid(); }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime lastAttempt() const { return m_lastAttempt; }
    const Api::ApiError &lastError() const { return m_lastError; }
    bool failedLastTime() const { return m_lastError.isError(); }

signals:
    void finished(bool ok);

private:
    Api::ApiClient *m_client;
    Api::ApiRequest m_request;
    Apply m_apply;
    QPointer<Api::ApiReply> m_reply;
    QDateTime m_lastSuccess;
    QDateTime m_lastAttempt;
    Api::ApiError m_lastError;
};

} // namespace Coolify::Models
