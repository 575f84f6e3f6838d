#include "sandbox/deploymentsimulator.h"

#include "sandbox/state.h"

#include <QJsonDocument>

namespace Coolify::Sandbox {

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
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
        m_state.serverForDestination(app.value(S("destination_id")).toInteger());
    const qint64 serverId = server.value(S("id")).toInteger();
    const QString commit = app.value(S("git_commit_sha")).toString();
    const QString appId = QString::number(app.value(S("id")).toInteger());
    for (const QJsonObject &row : std::as_const(m_state.deployments)) {
        if (isActive(row) && row.value(S("application_id")).toString() == appId
            && row.value(S("commit")).toString() == commit
            && row.value(S("pull_request_id")).toInt() == 0 && !restartOnly)
            return {Outcome::AlreadyQueued, m_state.newUuid()};
    }
    // The deployment uuid is generated before queue_application_deployment() checks the limit:
    // callers that ignore the queue_full status hand out a uuid that is never stored.
    if (checkQueueLimit && queueFull(serverId))
        return {Outcome::QueueFull, m_state.newUuid()};

    const QString uuid = m_state.newUuid();
    const QString now = m_state.now();
    const QJsonObject env = m_state.environmentById(app.value(S("environment_id")).toInteger());
    const QJsonObject project = m_state.projectById(env.value(S("project_id")).toInteger());
    const QJsonValue null(QJsonValue::Null);
    QJsonObject row{
        {S("id"), m_state.nextId(S("deployments"))},
        {S("deployment_uuid"), uuid},
        {S("application_id"), appId},
        {S("application_name"), app.value(S("name"))},
        {S("server_id"), serverId},
        {S("server_name"), server.value(S("name"))},
        {S("build_server_id"), null},
        {S("destination_id"), QString::number(app.value(S("destination_id")).toInteger())},
        {S("status"), S("queued")},
        {S("commit"), commit},
        {S("commit_message"), null},
        {S("pull_request_id"), 0},
        {S("docker_registry_image_tag"), null},
        {S("force_rebuild"), force},
        {S("restart_only"), restartOnly},
        {S("rollback"), false},
        {S("is_webhook"), false},
        {S("is_api"), true},
        {S("only_this_server"), false},
        {S("git_type"), null},
        {S("deployment_url"),
         QString(S("/project/") + project.value(S("uuid")).toString() + S("/environment/")
                 + env.value(S("uuid")).toString() + S("/application/")
                 + app.value(S("uuid")).toString() + S("/deployment/") + uuid)},
        {S("current_process_id"), null},
        {S("horizon_job_id"), null},
        {S("horizon_job_worker"), null},
        {S("configuration_hash"), null},
        {S("finished_at"), null},
        {S("created_at"), now},
        {S("updated_at"), now},
        {S("_log"), QJsonArray()},
        {S("_app_uuid"), app.value(S("uuid"))},
        {S("_fails"), app.value(S("_deploy_fails")).toBool()},
        {S("_phase"), 0},
    };
    m_state.deployments.append(row);
    m_state.markChanged();
    if (!m_timer.isActive())
        m_timer.start();
    return {Outcome::Queued, uuid};
}

bool DeploymentSimulator::cancel(qsizetype index)
{
    QJsonObject row = m_state.deployments.at(index);
    if (!isActive(row))
        return false;
    appendLog(row, S("Deployment cancelled by user."), S("stderr"));
    row.insert(S("status"), S("cancelled-by-user"));
    row.insert(S("finished_at"), m_state.now());
    touchRow(index, row);
    return true;
}

void DeploymentSimulator::appendLog(QJsonObject &row, const QString &output, const QString &type,
                                    const QJsonValue &command, bool hidden)
{
    QJsonArray log = row.value(S("_log")).toArray();
    QJsonObject entry{{S("command"), command}, {S("output"), output},
                      {S("type"), type},       {S("timestamp"), m_state.now()},
                      {S("hidden"), hidden},   {S("batch"), row.value(S("_phase")).toInt() + 1}};
    // addLogEntry() writes the very first entry without an order (FACTS §4).
    if (!log.isEmpty())
        entry.insert(S("order"), log.size() + 1);
    log.append(entry);
    row.insert(S("_log"), log);
}

void DeploymentSimulator::touchRow(qsizetype index, const QJsonObject &row)
{
    // An UPDATE writes a new tuple at the end of the heap: physical order follows last update.
    QJsonObject updated = row;
    updated.insert(S("updated_at"), m_state.now());
    m_state.deployments.removeAt(index);
    m_state.deployments.append(updated);
    m_state.markChanged();
}

QString DeploymentSimulator::buildArguments(const QString &appUuid) const
{
    // Locked (is_shown_once) values never reach the log (bootstrap/helpers/constants.php).
    QStringList args;
    for (const QJsonObject &env : std::as_const(m_state.envs)) {
        if (env.value(S("_owner")).toString() != appUuid || env.value(S("is_preview")).toBool())
            continue;
        const QString value = env.value(S("is_shown_once")).toBool()
            ? S("<REDACTED>")
            : env.value(S("real_value")).toString();
        args.append(env.value(S("key")).toString() + u'=' + value);
    }
    return S("Build arguments: ") + (args.isEmpty() ? S("none") : args.join(S(", ")));
}

void DeploymentSimulator::tick()
{
    // Work in id order so queue admission is FIFO.
    QList<qint64> ids;
    for (const QJsonObject &row : std::as_const(m_state.deployments)) {
        if (isActive(row))
            ids.append(row.value(S("id")).toInteger());
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
    const QString status = row.value(S("status")).toString();
    const qint64 serverId = row.value(S("server_id")).toInteger();
    const QString appId = row.value(S("application_id")).toString();
    const QString name = row.value(S("application_name")).toString();
    if (status == QLatin1String("queued")) {
        int running = 0;
        bool sameApp = false;
        const QJsonObject server =
            m_state.servers.value(SandboxState::indexOfId(m_state.servers, serverId));
        const int buildSlots =
            server.value(S("settings")).toObject().value(S("concurrent_builds")).toInt(2);
        for (const QJsonObject &other : std::as_const(m_state.deployments)) {
            if (other.value(S("status")).toString() != QLatin1String("in_progress"))
                continue;
            if (other.value(S("server_id")).toInteger() == serverId)
                ++running;
            if (other.value(S("application_id")).toString() == appId)
                sameApp = true;
        }
        if (running >= buildSlots || sameApp)
            return;
        row.insert(S("status"), S("in_progress"));
        appendLog(row,
                  S("Starting deployment of ") + name + S(" to ")
                      + row.value(S("server_name")).toString() + u'.');
        touchRow(index, row);
        return;
    }
    const int phase = row.value(S("_phase")).toInt() + 1;
    row.insert(S("_phase"), phase);
    const bool restartOnly = row.value(S("restart_only")).toBool();
    const bool fails = row.value(S("_fails")).toBool();
    const QString uuid = row.value(S("deployment_uuid")).toString();
    bool done = false;
    switch (phase) {
    case 1:
        appendLog(
            row,
            S("Preparing container with helper image: ghcr.io/coollabsio/coolify-helper:1.0.12."));
        appendLog(row, QString(), S("stdout"), QString(S("docker rm -f ") + uuid), true);
        break;
    case 2:
        if (restartOnly) {
            appendLog(row, S("Restarting container."));
            break;
        }
        appendLog(row,
                  S("Importing ") + name + S(":main (commit sha ")
                      + row.value(S("commit")).toString() + S(") to /artifacts/") + uuid + u'.');
        appendLog(row, buildArguments(row.value(S("_app_uuid")).toString()), S("stdout"),
                  S("docker build --build-arg-file /artifacts/build-args"), true);
        break;
    case 3:
        if (restartOnly) {
            appendLog(row, S("Container restarted."));
            done = true;
            break;
        }
        appendLog(row, S("Building docker image started."));
        appendLog(row, S("#1 [internal] load build definition from Dockerfile"));
        if (fails) {
            appendLog(row, S("npm ERR! code ELIFECYCLE"), S("stderr"));
            appendLog(row, QStringLiteral("Oops something is not okay, are you okay? 😢"),
                      S("stderr"));
            appendLog(row, S("Deployment failed. Removing the new version of your application."),
                      S("stderr"));
            done = true;
        }
        break;
    case 4:
        appendLog(row, S("Building docker image completed."));
        appendLog(row, S("Rolling update started."));
        break;
    default:
        appendLog(row, S("New container started."));
        appendLog(row, S("Rolling update completed."));
        done = true;
        break;
    }
    if (done) {
        row.insert(S("status"), fails ? S("failed") : S("finished"));
        row.insert(S("finished_at"), m_state.now());
        const qsizetype appIndex =
            SandboxState::indexOf(m_state.applications, row.value(S("_app_uuid")).toString());
        if (appIndex >= 0 && !fails) {
            QJsonObject app = m_state.applications.at(appIndex);
            app.insert(S("status"), S("running:healthy"));
            app.insert(S("last_online_at"), m_state.now());
            m_state.applications[appIndex] = app;
        }
    }
    touchRow(index, row);
}

void DeploymentSimulator::scheduleStatus(Table table, const QString &uuid, const QString &status)
{
    QTimer::singleShot(m_stepMs, this, [this, table, uuid, status] {
        QList<QJsonObject> &rows = table == Table::Applications ? m_state.applications
            : table == Table::Databases                         ? m_state.databases
                                                                : m_state.services;
        const qsizetype i = SandboxState::indexOf(rows, uuid);
        if (i < 0)
            return;
        rows[i].insert(S("status"), status);
        rows[i].insert(S("updated_at"), m_state.now());
        m_state.markChanged();
    });
}

QString DeploymentSimulator::logsString(const QJsonObject &deployment)
{
    return QString::fromUtf8(QJsonDocument(deployment.value(QLatin1String("_log")).toArray())
                                 .toJson(QJsonDocument::Compact));
}

} // namespace Coolify::Sandbox
