#pragma once

#include "api/apierror.h"
#include "api/families/databases.h"
#include "controllers/pendingreply.h"

#include <QJsonObject>
#include <QObject>

namespace Coolify::Api {
class ApiClient;
}

namespace Coolify::Controllers {

// Creates one resource (coolify-api.md §8): an application from a public git repository
// (POST /applications/public) or a standalone database (POST /databases/{type}). One request at
// a time; the answer is the new uuid, or the error to map onto the form (422 fields, 404 gone
// project/environment, …). Dropping the controller cancels a request still under way.
//
//     auto *create = new CreateResource(client, this);
//     connect(create, &CreateResource::finished, this, &Dialog::onCreated);
//     create->createPublicApplication(body);
class CreateResource : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString uuid; // the new resource's uuid ("" also when the answer lacked it)
        QJsonObject answer; // the whole answer (may hold secrets: do not keep it around)
        Api::ApiError error;
    };

    explicit CreateResource(Api::ApiClient *client, QObject *parent = nullptr);

    bool isBusy() const { return m_reply.isActive(); }
    void createPublicApplication(const QJsonObject &body);
    void createDatabase(Api::DatabaseType type, const QJsonObject &body);

signals:
    void busyChanged(bool busy);
    void finished(const Coolify::Controllers::CreateResource::Result &result);

private:
    void send(Api::ApiRequest request);

    Api::ApiClient *m_client;
    PendingReply m_reply;
};

} // namespace Coolify::Controllers
