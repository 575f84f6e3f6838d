#pragma once

#include "api/resourcekind.h"
#include "controllers/pendingreply.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Coolify::Api {
class ApiClient;
struct ApiResult;
} // namespace Coolify::Api

namespace Coolify::Controllers {

// Container (runtime) logs of an application or a standalone database (coolify-api.md §5): the
// last N lines (100 … 10000), timestamps (applications only: the database route has none),
// following (fetch again every few seconds), and the 400 "… is not running." answer explained in
// words. The newest request wins; a failed fetch keeps the text already shown.
//
//     auto *logs = new RuntimeLogs(client, Api::ResourceKind::Database, uuid, name, this);
//     connect(logs, &RuntimeLogs::changed, view, &View::render);
//     logs->refresh();
class RuntimeLogs : public QObject
{
    Q_OBJECT

public:
    RuntimeLogs(Api::ApiClient *client, Api::ResourceKind kind, const QString &uuid,
                const QString &name, QObject *parent = nullptr);

    static QList<int> lineChoices(); // 100, 500, 1000, 5000, 10000
    Api::ResourceKind kind() const { return m_kind; }
    QString name() const { return m_name; }
    bool supportsTimestamps() const { return m_kind == Api::ResourceKind::Application; }

    void setLines(int lines); // refetches when it changes
    int lines() const { return m_lines; }
    void setShowTimestamps(bool show); // refetches when it changes (applications only)
    bool showTimestamps() const { return m_timestamps && supportsTimestamps(); }
    void setFollowing(bool follow);
    bool isFollowing() const { return m_timer.isActive(); }
    void setFollowInterval(int ms) { m_timer.setInterval(ms); }

    bool isLoading() const { return m_reply.isActive(); }
    QString text() const { return m_text; }
    // The explanation shown instead of (or above) the logs; empty when all is well.
    QString message() const { return m_message; }
    QDateTime updated() const { return m_updated; }

public slots:
    void refresh();

signals:
    void changed(); // loading started or ended, text or message changed
    void loaded(); // a fetch finished (logs or a message)

private:
    void onReply(const Api::ApiResult &result);

    Api::ApiClient *m_client;
    Api::ResourceKind m_kind;
    QString m_uuid;
    QString m_name;
    int m_lines = 100;
    bool m_timestamps = false;
    QTimer m_timer;
    PendingReply m_reply;
    QString m_text;
    QString m_message;
    QDateTime m_updated;
};

} // namespace Coolify::Controllers
