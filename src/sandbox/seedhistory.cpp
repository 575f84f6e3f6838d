// Deployment history and --scale data of the demo seed.
#include "sandbox/state.h"

#include <QJsonArray>

namespace Coolify::Sandbox {

namespace {
QString S(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

void SandboxState::seedDeployments()
{
    // History: several finished/failed deployments per application, oldest first, with logs.
    const int counts[] = {12, 4, 3, 2, 2, 0, 3, 2, 1};
    for (qsizetype a = 0; a < applications.size() && a < 9; ++a) {
        const QJsonObject app = applications.at(a);
        const QJsonObject server = serverForDestination(app.value(S("destination_id")).toInteger());
        const QJsonObject env = environmentById(app.value(S("environment_id")).toInteger());
        const QJsonObject project = projectById(env.value(S("project_id")).toInteger());
        for (int k = 0; k < counts[a]; ++k) {
            const int id = nextId(S("deployments"));
            const QDateTime start = m_seedTime.addSecs(-3600LL * 24 * (counts[a] - k) - a * 600LL);
            const bool failed = app.value(S("_deploy_fails")).toBool() || (a == 0 && k == 7);
            const QString uuid = newUuid();
            QJsonArray log;
            const char *lines[] = {
                "Starting deployment of %1 to %2.",
                "Importing %1:main (commit sha HEAD) to /artifacts/%3.",
                "Building docker image started.",
                failed ? "Deployment failed. Removing the new version of your application."
                       : "Building docker image completed.",
                "Rolling update completed."};
            const int lineCount = failed ? 4 : 5;
            for (int l = 0; l < lineCount; ++l) {
                QJsonObject entry{{S("command"), QJsonValue(QJsonValue::Null)},
                                  {S("output"),
                                   S(lines[l])
                                       .replace(S("%1"), app.value(S("name")).toString())
                                       .replace(S("%2"), server.value(S("name")).toString())
                                       .replace(S("%3"), uuid)},
                                  {S("type"), failed && l == 3 ? S("stderr") : S("stdout")},
                                  {S("timestamp"), timestamp(start.addSecs(l * 20))},
                                  {S("hidden"), false},
                                  {S("batch"), l + 1}};
                if (l > 0)
                    entry.insert(S("order"), l + 1);
                log.append(entry);
            }
            const QJsonValue null(QJsonValue::Null);
            deployments.append(QJsonObject{
                {S("id"), id},
                {S("deployment_uuid"), uuid},
                {S("application_id"), QString::number(app.value(S("id")).toInteger())},
                {S("application_name"), app.value(S("name"))},
                {S("server_id"), server.value(S("id"))},
                {S("server_name"), server.value(S("name"))},
                {S("build_server_id"), null},
                {S("destination_id"), QString::number(app.value(S("destination_id")).toInteger())},
                {S("status"), failed ? S("failed") : S("finished")},
                {S("commit"), S("HEAD")},
                {S("commit_message"), QString(S("Release ") + QString::number(k + 1))},
                {S("pull_request_id"), 0},
                {S("docker_registry_image_tag"), null},
                {S("force_rebuild"), k % 5 == 4},
                {S("restart_only"), false},
                {S("rollback"), false},
                {S("is_webhook"), k % 2 == 0},
                {S("is_api"), k % 2 == 1},
                {S("only_this_server"), false},
                {S("git_type"), S("github")},
                {S("deployment_url"),
                 QString(S("/project/") + project.value(S("uuid")).toString() + S("/environment/")
                         + env.value(S("uuid")).toString() + S("/application/")
                         + app.value(S("uuid")).toString() + S("/deployment/") + uuid)},
                {S("current_process_id"), null},
                {S("horizon_job_id"), null},
                {S("horizon_job_worker"), S("coolify")},
                {S("configuration_hash"), null},
                {S("finished_at"), timestamp(start.addSecs(lineCount * 20))},
                {S("created_at"), timestamp(start)},
                {S("updated_at"), timestamp(start.addSecs(lineCount * 20))},
                {S("_log"), log},
                {S("_app_uuid"), app.value(S("uuid"))},
                {S("_phase"), 5},
            });
        }
    }
}

void SandboxState::seedScale(int scale)
{
    static const char *packs[] = {"nixpacks",   "railpack",      "static",
                                  "dockerfile", "dockercompose", "dockerimage"};
    static const char *statuses[] = {"running:healthy", "running:unhealthy", "exited:unhealthy",
                                     "restarting:unhealthy", "degraded:unhealthy"};
    const qsizetype envCount = environments.size();
    for (int i = 0; i < scale; ++i) {
        const QString name = S("gen-app-") + QString::number(i + 1).rightJustified(5, u'0');
        QJsonObject app = makeApplication(name, S(packs[i % 6]),
                                          environments.at(i % envCount).value(S("id")).toInt(),
                                          i % 2, S(statuses[m_rng.bounded(5)]));
        if (i % 3 == 0)
            app.insert(S("fqdn"), QString(S("https://") + name + S(".apps.example.com")));
        app.insert(S("_tags"), QJsonArray{S("generated")});
        applications.append(app);
    }
}

} // namespace Coolify::Sandbox
