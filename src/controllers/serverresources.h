#pragma once

#include "controllers/pendingreply.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Coolify::Models {
class Fleet;
class ServerResourcesModel;
} // namespace Coolify::Models

namespace Coolify::Controllers {

// What runs on one server of one instance (GET /servers/{uuid}/resources, coolify-api.md §14), in
// a ServerResourcesModel it owns. Loaded when the server is set, and again (once per burst) when
// the instance's applications, databases or services change — a resource created, deleted or
// changing state shows up without a manual Refresh.
//
//     auto *onServer = new ServerResources(fleet, this);
//     onServer->setServer(instanceId, serverUuid);
//     view->setModel(onServer->model());
class ServerResources : public QObject
{
    Q_OBJECT

public:
    explicit ServerResources(Models::Fleet *fleet, QObject *parent = nullptr);

    // Shows this server's resources; an empty uuid clears them.
    void setServer(const QString &instanceId, const QString &serverUuid);
    QString instanceId() const { return m_instanceId; }
    QString serverUuid() const { return m_serverUuid; }

    bool isLoading() const { return m_reply.isActive(); }
    bool hasLoaded() const { return m_loaded; } // a list arrived for the current server
    QString errorText() const { return m_error; } // empty when the last load worked
    Models::ServerResourcesModel *model() const { return m_model; }

public slots:
    void refresh();

signals:
    void changed(); // loading, rows or error changed

private:
    void watchInstance();

    Models::Fleet *m_fleet;
    QString m_instanceId;
    QString m_serverUuid;
    bool m_loaded = false;
    QString m_error;
    PendingReply m_reply;
    Models::ServerResourcesModel *m_model;
    QList<QMetaObject::Connection> m_watches;
    QTimer m_reloadSoon;
};

} // namespace Coolify::Controllers
