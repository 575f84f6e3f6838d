#include "controllers/runtimelogs.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/families/resources.h"

#include <QJsonObject>

namespace Coolify::Controllers {

using Api::ErrorKind;

RuntimeLogs::RuntimeLogs(Api::ApiClient *client, Api::ResourceKind kind, const QString &uuid,
                         const QString &name, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_uuid(uuid)
    , m_name(name)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &RuntimeLogs::refresh);
}

QList<int> RuntimeLogs::lineChoices()
{
    return {100, 500, 1000, 5000, 10000};
}

void RuntimeLogs::setLines(int lines)
{
    if (lines == m_lines || lines <= 0)
        return;
    m_lines = lines;
    refresh();
}

void RuntimeLogs::setShowTimestamps(bool show)
{
    if (show == m_timestamps)
        return;
    m_timestamps = show;
    if (supportsTimestamps())
        refresh();
}

void RuntimeLogs::setFollowing(bool follow)
{
    if (follow == isFollowing())
        return;
    if (follow) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
        emit changed();
    }
}

void RuntimeLogs::refresh()
{
    std::optional<Api::ApiRequest> request =
        Api::Resources::logs(m_kind, m_uuid, m_lines, showTimestamps());
    if (!request) {
        m_message = tr("%1 has no container logs of its own: open one of its parts.").arg(m_name);
        emit changed();
        emit loaded();
        return;
    }
    if (isFollowing())
        request->inBackground();
    Api::ApiReply *reply = m_client->send(std::move(*request));
    m_reply.set(reply);
    connect(reply, &Api::ApiReply::finished, this, [this, reply] {
        if (m_reply.release(reply))
            onReply(reply->result());
    });
    emit changed();
}

void RuntimeLogs::onReply(const Api::ApiResult &result)
{
    if (!result.ok()) {
        const bool notRunning = result.error.kind == ErrorKind::BadRequest
            && result.error.serverMessage.contains(QLatin1String("not running"));
        if (notRunning) {
            m_text.clear();
            m_message = m_kind == Api::ResourceKind::Application
                ? tr("%1 is not running, so it has no container logs to show. Start or deploy "
                     "it, then refresh.")
                      .arg(m_name)
                : tr("The database %1 is not running, so it has no container logs to show. Start "
                     "it, then refresh.")
                      .arg(m_name);
        } else {
            // Keep the logs already shown; say what went wrong.
            m_message = tr("Could not fetch the logs: %1").arg(result.error.userMessage());
        }
    } else {
        m_text = result.json.object().value(QLatin1String("logs")).toString();
        m_message =
            m_text.isEmpty() ? tr("The container has not written any logs yet.") : QString();
        m_updated = QDateTime::currentDateTime();
    }
    emit changed();
    emit loaded();
}

} // namespace Coolify::Controllers
