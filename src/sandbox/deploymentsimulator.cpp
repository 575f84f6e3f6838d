#include "sandbox/deploymentsimulator.h"

#include "sandbox/images.h"

#include "sandbox/state.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

namespace {
bool isActive(const QJsonObject &row)
{
    const QString status = row.value(QLatin1String("status")).toString();
    return status == QLatin1String("queued") || status == QLatin1String("in_progress");
}
} // namespace

DeploymentSimulator::DeploymentSimulator(SandboxState &state, int stepMs, int queueLimit,
                                         QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_stepMs(qMax(1, stepMs))
    , m_queueLimit(queueLimit)
{
    m_timer.setInterval(m_stepMs);
    connect(&m_timer, &QTimer::timeout, this, &DeploymentSimulator::tick);
    if (hasActive())
        m_timer.start();
}

bool DeploymentSimulator::hasActive() const
{
    for (const QJsonObject &row : m_state.deployments) {
        if (isActive(row))
            return true;
    }
    return false;
}

bool DeploymentSimulator::queueFull(qint64 serverId) const
{
    int active = 0;
    for (const QJsonObject &row : m_state.deployments) {
        if (isActive(row) && row.value(QLatin1String("server_id")).toInteger() == serverId)
            ++active;
    }
    return m_queueLimit > 0 && active >= m_queueLimit;
}

DeploymentSimulator::Result DeploymentSimulator::queue(qsizetype appIndex, bool force,
                                                       bool restartOnly, bool checkQueueLimit)
{
    const QJsonObject app = m_state.applications.at(appIndex);
    const QJsonObject server =
        m_state.serverForDestination(app.value(u"destination_id"_s).toInteger());
    const qint64 serverId = server.value(u"id"_s).toInteger();
    const QString commit = app.value(u"git_commit_sha"_s).toString();
    const QString appId = QString::number(app.value(u"id"_s).toInteger());
    for (const QJsonObject &row : std::as_const(m_state.deployments)) {
        if (isActive(row) && row.value(u"application_id"_s).toString() == appId
            && row.value(u"commit"_s).toString() == commit
            && row.value(u"pull_request_id"_s).toInt() == 0 && !restartOnly)
            return {Outcome::AlreadyQueued, m_state.newUuid()};
    }
    // The deployment uuid is generated before queue_application_deployment() checks the limit:
    // callers that ignore the queue_full status hand out a uuid that is never stored.
    if (checkQueueLimit && queueFull(serverId))
        return {Outcome::QueueFull, m_state.newUuid()};

    return {Outcome::Queued, append(appIndex, commit, force, restartOnly, false)};
}

QString DeploymentSimulator::append(qsizetype appIndex, const QString &commit, bool force,
                                    bool restartOnly, bool rollback)
{
    const QJsonObject app = m_state.applications.at(appIndex);
    const QJsonObject server =
        m_state.serverForDestination(app.value(u"destination_id"_s).toInteger());
    const qint64 serverId = server.value(u"id"_s).toInteger();
    const QString appId = QString::number(app.value(u"id"_s).toInteger());
    const QString uuid = m_state.newUuid();
    const QString now = m_state.now();
    const QJsonObject env = m_state.environmentById(app.value(u"environment_id"_s).toInteger());
    const QJsonObject project = m_state.projectById(env.value(u"project_id"_s).toInteger());
    const QJsonValue null(QJsonValue::Null);
    QJsonObject row{
        {u"id"_s, m_state.nextId(u"deployments"_s)},
        {u"deployment_uuid"_s, uuid},
        {u"application_id"_s, appId},
        {u"application_name"_s, app.value(u"name"_s)},
        {u"server_id"_s, serverId},
        {u"server_name"_s, server.value(u"name"_s)},
        {u"build_server_id"_s, null},
        {u"destination_id"_s, QString::number(app.value(u"destination_id"_s).toInteger())},
        {u"status"_s, u"queued"_s},
        {u"commit"_s, commit},
        {u"commit_message"_s, null},
        {u"pull_request_id"_s, 0},
        {u"docker_registry_image_tag"_s, null},
        {u"force_rebuild"_s, force},
        {u"restart_only"_s, restartOnly},
        {u"rollback"_s, rollback},
        {u"is_webhook"_s, false},
        {u"is_api"_s, true},
        {u"only_this_server"_s, false},
        {u"git_type"_s, null},
        {u"deployment_url"_s,
         QString(u"/project/"_s + project.value(u"uuid"_s).toString() + u"/environment/"_s
                 + env.value(u"uuid"_s).toString() + u"/application/"_s
                 + app.value(u"uuid"_s).toString() + u"/deployment/"_s + uuid)},
        {u"current_process_id"_s, null},
        {u"horizon_job_id"_s, null},
        {u"horizon_job_worker"_s, null},
        {u"configuration_hash"_s, null},
        {u"finished_at"_s, null},
        {u"created_at"_s, now},
        {u"updated_at"_s, now},
        {u"_log"_s, QJsonArray()},
        {u"_app_uuid"_s, app.value(u"uuid"_s)},
        {u"_fails"_s, app.value(u"_deploy_fails"_s).toBool()},
        {u"_phase"_s, 0},
    };
    m_state.deployments.append(row);
    m_state.markChanged();
    if (!m_timer.isActive())
        m_timer.start();
    return uuid;
}

DeploymentSimulator::Result DeploymentSimulator::queueRollback(qsizetype appIndex,
                                                               const QString &commit)
{
    const QJsonObject app = m_state.applications.at(appIndex);
    const qint64 serverId = m_state.serverForDestination(app.value(u"destination_id"_s).toInteger())
                                .value(u"id"_s)
                                .toInteger();
    if (queueFull(serverId))
        return {Outcome::QueueFull, m_state.newUuid()};
    return {Outcome::Queued, append(appIndex, commit, false, false, true)};
}

bool DeploymentSimulator::cancel(qsizetype index)
{
    QJsonObject row = m_state.deployments.at(index);
    if (!isActive(row))
        return false;
    appendLog(row, u"Deployment cancelled by user."_s, u"stderr"_s);
    row.insert(u"status"_s, u"cancelled-by-user"_s);
    row.insert(u"finished_at"_s, m_state.now());
    touchRow(index, row);
    return true;
}

void DeploymentSimulator::appendLog(QJsonObject &row, const QString &output, const QString &type,
                                    const QJsonValue &command, bool hidden)
{
    QJsonArray log = row.value(u"_log"_s).toArray();
    QJsonObject entry{{u"command"_s, command}, {u"output"_s, output},
                      {u"type"_s, type},       {u"timestamp"_s, m_state.now()},
                      {u"hidden"_s, hidden},   {u"batch"_s, row.value(u"_phase"_s).toInt() + 1}};
    // addLogEntry() writes the very first entry without an order (coolify-api.md §4).
    if (!log.isEmpty())
        entry.insert(u"order"_s, log.size() + 1);
    log.append(entry);
    row.insert(u"_log"_s, log);
}

void DeploymentSimulator::touchRow(qsizetype index, const QJsonObject &row)
{
    // An UPDATE writes a new tuple at the end of the heap: physical order follows last update.
    QJsonObject updated = row;
    updated.insert(u"updated_at"_s, m_state.now());
    m_state.deployments.removeAt(index);
    m_state.deployments.append(updated);
    m_state.markChanged();
}

QString DeploymentSimulator::buildArguments(const QString &appUuid) const
{
    // Locked (is_shown_once) values never reach the log (bootstrap/helpers/constants.php).
    QStringList args;
    for (const QJsonObject &env : std::as_const(m_state.envs)) {
        if (env.value(u"_owner"_s).toString() != appUuid || env.value(u"is_preview"_s).toBool())
            continue;
        const QString value = env.value(u"is_shown_once"_s).toBool()
            ? u"<REDACTED>"_s
            : env.value(u"real_value"_s).toString();
        args.append(env.value(u"key"_s).toString() + u'=' + value);
    }
    return u"Build arguments: "_s + (args.isEmpty() ? u"none"_s : args.join(u", "_s));
}

void DeploymentSimulator::tick()
{
    // Work in id order so queue admission is FIFO.
    QList<qint64> ids;
    for (const QJsonObject &row : std::as_const(m_state.deployments)) {
        if (isActive(row))
            ids.append(row.value(u"id"_s).toInteger());
    }
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        const qsizetype index = SandboxState::indexOfId(m_state.deployments, id);
        if (index >= 0)
            advance(index);
    }
    if (!hasActive())
        m_timer.stop();
}

void DeploymentSimulator::advance(qsizetype index)
{
    QJsonObject row = m_state.deployments.at(index);
    const QString status = row.value(u"status"_s).toString();
    const qint64 serverId = row.value(u"server_id"_s).toInteger();
    const QString appId = row.value(u"application_id"_s).toString();
    const QString name = row.value(u"application_name"_s).toString();
    if (status == QLatin1String("queued")) {
        int running = 0;
        bool sameApp = false;
        const QJsonObject server =
            m_state.servers.value(SandboxState::indexOfId(m_state.servers, serverId));
        const int buildSlots =
            server.value(u"settings"_s).toObject().value(u"concurrent_builds"_s).toInt(2);
        for (const QJsonObject &other : std::as_const(m_state.deployments)) {
            if (other.value(u"status"_s).toString() != QLatin1String("in_progress"))
                continue;
            if (other.value(u"server_id"_s).toInteger() == serverId)
                ++running;
            if (other.value(u"application_id"_s).toString() == appId)
                sameApp = true;
        }
        if (running >= buildSlots || sameApp)
            return;
        row.insert(u"status"_s, u"in_progress"_s);
        appendLog(row,
                  u"Starting deployment of "_s + name + u" to "_s
                      + row.value(u"server_name"_s).toString() + u'.');
        touchRow(index, row);
        return;
    }
    const int phase = row.value(u"_phase"_s).toInt() + 1;
    row.insert(u"_phase"_s, phase);
    const bool restartOnly = row.value(u"restart_only"_s).toBool();
    const bool fails = row.value(u"_fails"_s).toBool();
    const QString uuid = row.value(u"deployment_uuid"_s).toString();
    bool done = false;
    switch (phase) {
    case 1:
        appendLog(
            row,
            u"Preparing container with helper image: ghcr.io/coollabsio/coolify-helper:1.0.12."_s);
        appendLog(row, QString(), u"stdout"_s, QString(u"docker rm -f "_s + uuid), true);
        break;
    case 2:
        if (restartOnly) {
            appendLog(row, u"Restarting container."_s);
            break;
        }
        if (row.value(u"rollback"_s).toBool()) {
            const qsizetype appIndex =
                SandboxState::indexOf(m_state.applications, row.value(u"_app_uuid"_s).toString());
            const QString tag = row.value(u"commit"_s).toString();
            if (appIndex >= 0 && Images::hasImage(m_state.applications.at(appIndex), tag)) {
                appendLog(row,
                          u"No build configuration changed & image found ("_s
                              + row.value(u"_app_uuid"_s).toString() + u':' + tag
                              + u") with the same Git Commit SHA. Build step skipped."_s);
                appendLog(row, u"Rolling update started."_s);
                row.insert(u"_phase"_s, 4);
                break;
            }
        }
        appendLog(row,
                  u"Importing "_s + name + u":main (commit sha "_s
                      + row.value(u"commit"_s).toString() + u") to /artifacts/"_s + uuid + u'.');
        appendLog(row, buildArguments(row.value(u"_app_uuid"_s).toString()), u"stdout"_s,
                  u"docker build --build-arg-file /artifacts/build-args"_s, true);
        break;
    case 3:
        if (restartOnly) {
            appendLog(row, u"Container restarted."_s);
            done = true;
            break;
        }
        appendLog(row, u"Building docker image started."_s);
        appendLog(row, u"#1 [internal] load build definition from Dockerfile"_s);
        if (fails) {
            appendLog(row, u"npm ERR! code ELIFECYCLE"_s, u"stderr"_s);
            appendLog(row, u"Oops something is not okay, are you okay? 😢"_s, u"stderr"_s);
            appendLog(row, u"Deployment failed. Removing the new version of your application."_s,
                      u"stderr"_s);
            done = true;
        }
        break;
    case 4:
        appendLog(row, u"Building docker image completed."_s);
        appendLog(row, u"Rolling update started."_s);
        break;
    default:
        appendLog(row, u"New container started."_s);
        appendLog(row, u"Rolling update completed."_s);
        done = true;
        break;
    }
    if (done) {
        row.insert(u"status"_s, fails ? u"failed"_s : u"finished"_s);
        row.insert(u"finished_at"_s, m_state.now());
        const qsizetype appIndex =
            SandboxState::indexOf(m_state.applications, row.value(u"_app_uuid"_s).toString());
        if (appIndex >= 0 && !fails) {
            QJsonObject app = m_state.applications.at(appIndex);
            app.insert(u"status"_s, u"running:healthy"_s);
            app.insert(u"last_online_at"_s, m_state.now());
            if (!restartOnly)
                recordImage(app, row);
            m_state.applications[appIndex] = app;
        }
    }
    touchRow(index, row);
}

void DeploymentSimulator::recordImage(QJsonObject &app, QJsonObject &row)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Images::namingOf(app)) {
    case Images::Naming::Commit: {
        // check_git_if_build_needed rewrote HEAD (or a branch) to the SHA it resolved; a
        // rollback's commit is kept as given (coolify-api.md §10).
        QString tag = row.value(u"commit"_s).toString();
        if (!row.value(u"rollback"_s).toBool() && tag == QLatin1String("HEAD")) {
            tag = Images::resolvedCommit(app.value(u"uuid"_s).toString(),
                                         row.value(u"deployment_uuid"_s).toString());
            row.insert(u"commit"_s, tag);
        }
        Images::recordBuild(app, tag, now);
        break;
    }
    case Images::Naming::Latest:
        Images::recordBuild(app, u"latest"_s, now);
        break;
    case Images::Naming::Registry:
    case Images::Naming::None:
        break;
    }
}

void DeploymentSimulator::scheduleStatus(Table table, const QString &uuid, const QString &status)
{
    QTimer::singleShot(m_stepMs, this, [this, table, uuid, status] {
        QList<QJsonObject> &rows = m_state.table(table);
        const qsizetype i = SandboxState::indexOf(rows, uuid);
        if (i < 0)
            return;
        rows[i].insert(u"status"_s, status);
        rows[i].insert(u"updated_at"_s, m_state.now());
        m_state.markChanged();
    });
}

void DeploymentSimulator::scheduleRow(Table table, const QJsonObject &row)
{
    QTimer::singleShot(m_stepMs, this, [this, table, row] {
        QList<QJsonObject> &rows = m_state.table(table);
        const qsizetype i = SandboxState::indexOf(rows, row.value(u"uuid"_s).toString());
        if (i < 0)
            return; // deleted meanwhile
        QJsonObject done = row;
        done.insert(u"finished_at"_s, m_state.now());
        done.insert(u"updated_at"_s, m_state.now());
        rows[i] = done;
        m_state.markChanged();
    });
}

QString DeploymentSimulator::logsString(const QJsonObject &deployment)
{
    return QString::fromUtf8(QJsonDocument(deployment.value(QLatin1String("_log")).toArray())
                                 .toJson(QJsonDocument::Compact));
}

} // namespace Coolify::Sandbox
