// Deployment history and --scale data of the demo seed.
#include "sandbox/databasekinds.h"
#include "sandbox/images.h"
#include "sandbox/state.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

void SandboxState::seedDeployments()
{
    // History: several finished/failed deployments per application, oldest first, with logs.
    const int counts[] = {12, 4, 3, 2, 2, 0, 3, 2, 1};
    for (qsizetype a = 0; a < applications.size() && a < 9; ++a) {
        const QJsonObject app = applications.at(a);
        const QJsonObject server = serverForDestination(app.value(u"destination_id"_s).toInteger());
        const QJsonObject env = environmentById(app.value(u"environment_id"_s).toInteger());
        const QJsonObject project = projectById(env.value(u"project_id"_s).toInteger());
        for (int k = 0; k < counts[a]; ++k) {
            const int id = nextId(u"deployments"_s);
            const QDateTime start = m_seedTime.addSecs(-3600LL * 24 * (counts[a] - k) - a * 600LL);
            const bool failed = app.value(u"_deploy_fails"_s).toBool() || (a == 0 && k == 7);
            const QString uuid = newUuid();
            // HEAD was resolved to a SHA; a successful build left an image with that tag (§10).
            const QString commit = Images::resolvedCommit(app.value(u"uuid"_s).toString(), uuid);
            const QDateTime end = start.addSecs((failed ? 4 : 5) * 20);
            if (!failed && Images::namingOf(app) == Images::Naming::Commit)
                Images::recordBuild(applications[a], commit, end);
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
                QJsonObject entry{{u"command"_s, QJsonValue(QJsonValue::Null)},
                                  {u"output"_s,
                                   QString::fromUtf8(lines[l])
                                       .replace(u"%1"_s, app.value(u"name"_s).toString())
                                       .replace(u"%2"_s, server.value(u"name"_s).toString())
                                       .replace(u"%3"_s, uuid)},
                                  {u"type"_s, failed && l == 3 ? u"stderr"_s : u"stdout"_s},
                                  {u"timestamp"_s, timestamp(start.addSecs(l * 20))},
                                  {u"hidden"_s, false},
                                  {u"batch"_s, l + 1}};
                if (l > 0)
                    entry.insert(u"order"_s, l + 1);
                log.append(entry);
            }
            const QJsonValue null(QJsonValue::Null);
            deployments.append(QJsonObject{
                {u"id"_s, id},
                {u"deployment_uuid"_s, uuid},
                {u"application_id"_s, QString::number(app.value(u"id"_s).toInteger())},
                {u"application_name"_s, app.value(u"name"_s)},
                {u"server_id"_s, server.value(u"id"_s)},
                {u"server_name"_s, server.value(u"name"_s)},
                {u"build_server_id"_s, null},
                {u"destination_id"_s, QString::number(app.value(u"destination_id"_s).toInteger())},
                {u"status"_s, failed ? u"failed"_s : u"finished"_s},
                {u"commit"_s, commit},
                {u"commit_message"_s, QString(u"Release "_s + QString::number(k + 1))},
                {u"pull_request_id"_s, 0},
                {u"docker_registry_image_tag"_s, null},
                {u"force_rebuild"_s, k % 5 == 4},
                {u"restart_only"_s, false},
                {u"rollback"_s, false},
                {u"is_webhook"_s, k % 2 == 0},
                {u"is_api"_s, k % 2 == 1},
                {u"only_this_server"_s, false},
                {u"git_type"_s, u"github"_s},
                {u"deployment_url"_s,
                 QString(u"/project/"_s + project.value(u"uuid"_s).toString() + u"/environment/"_s
                         + env.value(u"uuid"_s).toString() + u"/application/"_s
                         + app.value(u"uuid"_s).toString() + u"/deployment/"_s + uuid)},
                {u"current_process_id"_s, null},
                {u"horizon_job_id"_s, null},
                {u"horizon_job_worker"_s, u"coolify"_s},
                {u"configuration_hash"_s, null},
                {u"finished_at"_s, timestamp(start.addSecs(lineCount * 20))},
                {u"created_at"_s, timestamp(start)},
                {u"updated_at"_s, timestamp(start.addSecs(lineCount * 20))},
                {u"_log"_s, log},
                {u"_app_uuid"_s, app.value(u"uuid"_s)},
                {u"_phase"_s, 5},
            });
        }
        if (a == 0) {
            // Tags that are listed but are no rollback targets: a build image and a preview.
            QJsonObject &web = applications[a];
            const QString current = web.value(u"_current_image"_s).toString();
            QJsonArray images = web.value(u"_images"_s).toArray();
            images.append(
                QJsonObject{{u"tag"_s, QString(current + u"-build"_s)},
                            {u"created_at"_s, Images::dockerTime(m_seedTime.addDays(-1))}});
            images.append(
                QJsonObject{{u"tag"_s, QString(u"pr-12-"_s + current.left(7))},
                            {u"created_at"_s, Images::dockerTime(m_seedTime.addSecs(-7200))}});
            web.insert(u"_images"_s, images);
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
        const QString name = u"gen-app-"_s + QString::number(i + 1).rightJustified(5, u'0');
        QJsonObject app = makeApplication(name, QString::fromUtf8(packs[i % 6]),
                                          environments.at(i % envCount).value(u"id"_s).toInt(),
                                          i % 2, QString::fromUtf8(statuses[m_rng.bounded(5)]));
        if (i % 3 == 0)
            app.insert(u"fqdn"_s, QString(u"https://"_s + name + u".apps.example.com"_s));
        app.insert(u"_tags"_s, QJsonArray{u"generated"_s});
        applications.append(app);
    }
}

} // namespace Coolify::Sandbox

namespace Coolify::Sandbox {

void SandboxState::seedS3Storages()
{
    // Two storages of the token's team (one whose last connection test failed) and one of
    // another team: known to the uuid rule, refused by the team check (coolify-api.md §11). That
    // one has a fixed uuid so that tests can name a storage they cannot list.
    struct StorageSeed
    {
        const char *name, *bucket, *endpoint;
        bool usable;
        int team;
    };
    const QList<StorageSeed> seeds{
        {"backups-eu", "acme-db-backups", "https://s3.eu-central-1.amazonaws.com", true, 0},
        {"old-minio", "coolify", "https://minio.internal.example:9000", false, 0},
        {"partner-r2", "partner-backups", "https://r2.example.com", true, 1},
    };
    const QString created = timestamp(QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC));
    for (const StorageSeed &s : seeds) {
        s3Storages.append(QJsonObject{
            {u"id"_s, nextId(u"s3_storages"_s)},
            {u"uuid"_s, s.team == 0 ? newUuid() : u"pk8w2partnerr2storage00q"_s},
            {u"name"_s, QString::fromUtf8(s.name)},
            {u"description"_s, QJsonValue::Null},
            {u"region"_s, u"us-east-1"_s},
            {u"key"_s, u"AKIASANDBOXDEMOKEY"_s},
            {u"secret"_s, u"sandbox/Secret+Demo/Key"_s},
            {u"bucket"_s, QString::fromUtf8(s.bucket)},
            {u"endpoint"_s, QString::fromUtf8(s.endpoint)},
            {u"is_usable"_s, s.usable},
            {u"unusable_email_sent"_s, !s.usable},
            {u"team_id"_s, s.team},
            {u"created_at"_s, created},
            {u"updated_at"_s, created},
        });
    }
}

void SandboxState::seedBackups()
{
    // Relative to the real clock, unlike the rest of the seed: whether a backup is overdue is
    // judged against now. A database with a healthy daily backup, one whose last run failed, one
    // overdue for its hourly schedule, one scheduled that never ran (it is stopped), and the
    // others never backed up.
    struct BackupSeed
    {
        const char *database, *frequency, *names;
        QList<BackupRun> runs;
        bool failsFromNowOn;
        bool toS3 = false;
    };
    const QList<BackupSeed> seeds{
        {"shop-postgres", "0 3 * * *", "shop", {{72, true}, {48, true}, {24, true}}, false, true},
        {"tools-mariadb", "@daily", "tools", {{49, true}, {25, false}}, true},
        {"metrics-clickhouse", "hourly", "default", {{75, true}}, false},
        {"tools-mysql", "0 2 * * 0", "tools", {}, false},
    };
    for (const BackupSeed &s : seeds) {
        const qsizetype d = indexOf(databases, QString::fromUtf8(s.database), u"name"_s);
        if (d < 0)
            continue;
        if (s.failsFromNowOn)
            databases[d].insert(u"_backup_fails"_s, true);
        addSeedBackup(databases.at(d), QString::fromUtf8(s.frequency), QString::fromUtf8(s.names),
                      s.runs, s.toS3);
    }
}

void SandboxState::addSeedBackup(const QJsonObject &database, const QString &frequency,
                                 const QString &names, const QList<BackupRun> &runs, bool toS3)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int id = nextId(u"backups"_s);
    const QString created = timestamp(now.addDays(-30));
    const QJsonValue storageId = toS3 && !s3Storages.isEmpty() ? s3Storages.first().value(u"id"_s)
                                                               : QJsonValue(QJsonValue::Null);
    backups.append(QJsonObject{
        {u"id"_s, id},
        {u"uuid"_s, newUuid()},
        {u"team_id"_s, 0},
        {u"description"_s, QJsonValue::Null},
        {u"enabled"_s, true},
        {u"save_s3"_s, toS3},
        {u"disable_local_backup"_s, false},
        {u"frequency"_s, frequency},
        {u"database_type"_s, backupModelClass(database)},
        {u"database_id"_s, database.value(u"id"_s)},
        {u"s3_storage_id"_s, storageId},
        {u"databases_to_backup"_s, names},
        {u"dump_all"_s, false},
        {u"timeout"_s, 3600},
        {u"database_backup_retention_amount_locally"_s, 7},
        {u"database_backup_retention_days_locally"_s, 0},
        {u"database_backup_retention_max_storage_locally"_s, 0.0},
        {u"database_backup_retention_amount_s3"_s, 0},
        {u"database_backup_retention_days_s3"_s, toS3 ? 30 : 0},
        {u"database_backup_retention_max_storage_s3"_s, 0.0},
        {u"created_at"_s, created},
        {u"updated_at"_s, created},
        {u"_database_uuid"_s, database.value(u"uuid"_s)},
    });
    for (const BackupRun &run : runs) {
        const QDateTime start = now.addSecs(-3600LL * run.hoursAgo);
        const QDateTime end = start.addSecs(42);
        const int executionId = nextId(u"backup_executions"_s);
        backupExecutions.append(QJsonObject{
            {u"id"_s, executionId},
            {u"uuid"_s, newUuid()},
            {u"scheduled_database_backup_id"_s, id},
            {u"status"_s, run.ok ? u"success"_s : u"failed"_s},
            {u"message"_s,
             run.ok ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(u"mariadb-dump: Got error: 1045: \"Access denied for user "
                                 "'mariadb'@'10.0.1.4' (using password: YES)\""_s)},
            {u"size"_s, run.ok ? 3145728 + executionId * 40961 : 0},
            {u"filename"_s,
             run.ok ? QJsonValue(backupFilePath(database, names, start.toSecsSinceEpoch()))
                    : QJsonValue(QJsonValue::Null)},
            {u"database_name"_s, names},
            {u"s3_uploaded"_s, toS3 ? QJsonValue(run.ok) : QJsonValue(QJsonValue::Null)},
            {u"local_storage_deleted"_s, false},
            {u"s3_storage_deleted"_s, false},
            {u"finished_at"_s, timestamp(end)},
            {u"created_at"_s, timestamp(start)},
            {u"updated_at"_s, timestamp(end)},
        });
    }
}

void SandboxState::seedDatabaseScale(int count)
{
    // Every kind in turn; of those Coolify backs up, most have a daily schedule with a week of
    // runs (every 7th last failed, every 11th is overdue), every 5th has none.
    static const char *kinds[] = {"postgresql", "mysql", "mariadb",    "mongodb",
                                  "clickhouse", "redis", "postgresql", "mysql"};
    const qsizetype envCount = environments.size();
    for (int i = 0; i < count; ++i) {
        const QString name = u"gen-db-"_s + QString::number(i + 1).rightJustified(4, u'0');
        const QString kind = QString::fromUtf8(kinds[i % 8]);
        databases.append(makeDatabase(kind, name,
                                      environments.at(i % envCount).value(u"id"_s).toInt(), i % 2,
                                      u"running:healthy"_s));
        if (kind == u"redis"_s || i % 5 == 0)
            continue;
        QList<BackupRun> runs;
        const int firstHoursAgo = i % 11 == 0 ? 24 * 4 : 1;
        for (int day = 6; day >= 0; --day)
            runs.append({firstHoursAgo + day * 24, !(day == 0 && i % 7 == 0)});
        addSeedBackup(databases.last(), u"0 3 * * *"_s, u"app"_s, runs, i % 3 == 0);
    }
}

} // namespace Coolify::Sandbox
