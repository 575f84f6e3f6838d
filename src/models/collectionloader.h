#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "models/uuidtablemodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Coolify::Api {
enum class BodyFault; // api/apirequest.h
}

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
    // Adjusts the request just before each load (e.g. to give it a fresh snapshot).
    using Prepare = std::function<void(Api::ApiRequest &request)>;

    CollectionLoader(Api::ApiClient *client, Api::ApiRequest request, Apply apply,
                     QObject *parent = nullptr);
    ~CollectionLoader() override;

    // Keeps `model` in step with a list endpoint whose body `decodeList` turns into QList<T>.
    // The old and new rows are compared where the body is decoded (a worker thread for big
    // lists, against a snapshot of the rows taken when the load starts, those still waiting to
    // be appended included), so the UI thread only applies what changed.
    template<typename T>
    static CollectionLoader *forTable(Api::ApiClient *client, Api::ApiRequest request,
                                      Api::BodyDecoder decodeList, UuidTableModel<T> *model,
                                      QObject *parent)
    {
        using Diff = typename UuidTableModel<T>::Diff;
        auto *loader = new CollectionLoader(
            client, std::move(request),
            [model](const QVariant &decoded) {
                if (const auto diff = decoded.value<std::shared_ptr<const Diff>>())
                    model->applyDiff(*diff);
            },
            parent);
        loader->m_prepare = [model, decodeList = std::move(decodeList)](Api::ApiRequest &r) {
            r.decode = {};
            r.decodeBody = [decodeList, snapshot = model->snapshot()](
                               const QByteArray &body, QString *error, Api::BodyFault *fault) {
                const QVariant fresh = decodeList(body, error, fault);
                if (!fresh.isValid())
                    return fresh;
                return QVariant::fromValue(std::make_shared<const Diff>(
                    UuidTableModel<T>::diff(snapshot, fresh.value<QList<T>>())));
            };
        };
        return loader;
    }

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
    Prepare m_prepare;
    QPointer<Api::ApiReply> m_reply;
    QDateTime m_lastSuccess;
    QDateTime m_lastAttempt;
    Api::ApiError m_lastError;
};

} // namespace Coolify::Models
