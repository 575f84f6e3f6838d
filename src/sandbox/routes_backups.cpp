// Scheduled database backups and their executions (DatabasesController, coolify-api.md §11).
// A configuration lives in state.backups with `_database_uuid`; executions in
// state.backupExecutions. "Back up now" records a running execution that one simulator step
// later succeeds (or fails, for a database marked `_backup_fails`).
#include "sandbox/databasekinds.h"
#include "sandbox/deploymentsimulator.h"
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

const QStringList kFields{u"frequency"_s,
                          u"enabled"_s,
                          u"save_s3"_s,
                          u"dump_all"_s,
                          u"backup_now"_s,
                          u"s3_storage_uuid"_s,
                          u"databases_to_backup"_s,
                          u"database_backup_retention_amount_locally"_s,
                          u"database_backup_retention_days_locally"_s,
                          u"database_backup_retention_max_storage_locally"_s,
                          u"database_backup_retention_amount_s3"_s,
                          u"database_backup_retention_days_s3"_s,
                          u"database_backup_retention_max_storage_s3"_s,
                          u"timeout"_s};

// validate_cron_expression: the aliases, or five fields of numbers, lists, ranges and steps.
bool validCron(const QString &text)
{
    static const QStringList aliases{u"every_minute"_s, u"hourly"_s,   u"daily"_s,   u"weekly"_s,
                                     u"monthly"_s,      u"yearly"_s,   u"@hourly"_s, u"@daily"_s,
                                     u"@weekly"_s,      u"@monthly"_s, u"@yearly"_s};
    if (aliases.contains(text))
        return true;
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return false;
    const int lo[] = {0, 0, 1, 1, 0};
    const int hi[] = {59, 23, 31, 12, 7};
    static const QRegularExpression month(u"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$"_s);
    static const QRegularExpression weekday(u"^(sun|mon|tue|wed|thu|fri|sat)$"_s);
    static const QRegularExpression part(u"^(\\*|(\\d+)(-(\\d+))?)(/(\\d+))?$"_s);
    for (int f = 0; f < 5; ++f) {
        const QString field = fields.at(f).toLower();
        if ((f == 3 && month.match(field).hasMatch())
            || (f == 4 && weekday.match(field).hasMatch()))
            continue;
        for (const QString &item : field.split(u',')) {
            const QRegularExpressionMatch m = part.match(item);
            if (!m.hasMatch())
                return false;
            if (m.captured(1) != u"*"_s) {
                const int a = m.captured(2).toInt();
                const int b = m.captured(4).isEmpty() ? a : m.captured(4).toInt();
                if (a < lo[f] || b > hi[f] || a > b)
                    return false;
            }
            if (!m.captured(6).isEmpty() && m.captured(6).toInt() == 0)
                return false;
        }
    }
    return true;
}

Rules backupRules(bool creating)
{
    Rule frequency;
    frequency.type = Rule::String;
    frequency.required = creating;
    Rule boolean;
    boolean.type = Rule::Boolean;
    Rule nullableBoolean = boolean;
    nullableBoolean.nullable = true;
    Rule nullableString;
    nullableString.type = Rule::String;
    nullableString.nullable = true;
    Rule count;
    count.type = Rule::Integer;
    count.min = 0;
    Rule storage;
    storage.type = Rule::Numeric;
    storage.min = 0;
    Rule timeout;
    timeout.type = Rule::Integer;
    timeout.min = 60;
    timeout.max = 36000;
    return {{u"frequency"_s, frequency},
            {u"enabled"_s, boolean},
            {u"save_s3"_s, boolean},
            {u"dump_all"_s, boolean},
            {u"backup_now"_s, nullableBoolean},
            {u"s3_storage_uuid"_s, nullableString},
            {u"databases_to_backup"_s, nullableString},
            {u"database_backup_retention_amount_locally"_s, count},
            {u"database_backup_retention_days_locally"_s, count},
            {u"database_backup_retention_max_storage_locally"_s, storage},
            {u"database_backup_retention_amount_s3"_s, count},
            {u"database_backup_retention_days_s3"_s, count},
            {u"database_backup_retention_max_storage_s3"_s, storage},
            {u"timeout"_s, timeout}};
}

QJsonObject executionView(const QJsonObject &row)
{
    return Views::publicFields(row, false);
}

QList<QJsonObject> executionsOf(const SandboxState &state, qint64 configId)
{
    QList<QJsonObject> out;
    for (const QJsonObject &e : state.backupExecutions) {
        if (e.value(u"scheduled_database_backup_id"_s).toInteger() == configId)
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"id"_s).toInteger() > b.value(u"id"_s).toInteger(); // newest first
    });
    return out;
}

QJsonObject configView(const SandboxState &state, const QJsonObject &config)
{
    QJsonObject out = Views::publicFields(config, false);
    QJsonArray executions;
    for (const QJsonObject &e : executionsOf(state, config.value(u"id"_s).toInteger()))
        executions.append(executionView(e));
    out.insert(u"executions"_s, executions);
    return out;
}

qsizetype databaseIndex(Context &c)
{
    return SandboxState::indexOf(c.state.databases, c.param(0));
}

qsizetype configIndex(Context &c)
{
    const qsizetype i = SandboxState::indexOf(c.state.backups, c.param(1));
    if (i < 0 || c.state.backups.at(i).value(u"_database_uuid"_s).toString() != c.param(0))
        return -1;
    return i;
}

// The schedule named in the path, or the 404 for its database or itself (-1 and *missing).
qsizetype scheduleIndex(Context &c, std::optional<Response> *missing)
{
    if (databaseIndex(c) < 0) {
        *missing = notFound("Database not found.");
        return -1;
    }
    const qsizetype b = configIndex(c);
    if (b < 0)
        *missing = notFound("Backup configuration not found.");
    return b;
}

qsizetype storageById(const SandboxState &state, const QJsonValue &id)
{
    for (qsizetype i = 0; i < state.s3Storages.size(); ++i) {
        if (!id.isNull() && state.s3Storages.at(i).value(u"id"_s) == id)
            return i;
    }
    return -1;
}

// DatabaseBackupJob: nothing is recorded unless the database runs; one execution per database.
void runBackup(Context &c, qsizetype configIndex)
{
    const QJsonObject config = c.state.backups.at(configIndex);
    const qsizetype d =
        SandboxState::indexOf(c.state.databases, config.value(u"_database_uuid"_s).toString());
    if (d < 0)
        return;
    const QJsonObject database = c.state.databases.at(d);
    if (!database.value(u"status"_s).toString().startsWith(QLatin1String("running")))
        return;
    const bool fails = database.value(u"_backup_fails"_s).toBool();
    const bool all = config.value(u"dump_all"_s).toBool();
    const QString names = all ? u"all"_s : config.value(u"databases_to_backup"_s).toString();
    const QStringList list =
        names.isEmpty() ? QStringList{u"all"_s} : names.split(u',', Qt::SkipEmptyParts);
    for (const QString &name : list) {
        const QString now = c.state.now();
        QJsonObject row{{u"id"_s, c.state.nextId(u"backup_executions"_s)},
                        {u"uuid"_s, c.state.newUuid()},
                        {u"scheduled_database_backup_id"_s, config.value(u"id"_s)},
                        {u"status"_s, u"running"_s},
                        {u"message"_s, QJsonValue::Null},
                        {u"size"_s, 0},
                        {u"filename"_s, QJsonValue::Null},
                        {u"database_name"_s, name.trimmed()},
                        {u"s3_uploaded"_s, QJsonValue::Null},
                        {u"local_storage_deleted"_s, false},
                        {u"s3_storage_deleted"_s, false},
                        {u"finished_at"_s, QJsonValue::Null},
                        {u"created_at"_s, now},
                        {u"updated_at"_s, now}};
        QJsonObject done = row;
        if (fails) {
            done.insert(u"status"_s, u"failed"_s);
            done.insert(u"message"_s,
                        u"pg_dump: error: connection to server failed: FATAL:  password "
                        "authentication failed for user \"postgres\""_s);
        } else {
            done.insert(u"status"_s, u"success"_s);
            done.insert(u"size"_s, 1048576 + (row.value(u"id"_s).toInt() * 7919) % 4194304);
            done.insert(
                u"filename"_s,
                backupFilePath(database, name.trimmed(), QDateTime::currentSecsSinceEpoch()));
            if (config.value(u"save_s3"_s).toBool()) {
                // upload_to_s3: a failed upload leaves the backup a success with a warning.
                const qsizetype s = storageById(c.state, config.value(u"s3_storage_id"_s));
                const bool usable =
                    s >= 0 && c.state.s3Storages.at(s).value(u"is_usable"_s).toBool();
                done.insert(u"s3_uploaded"_s, usable);
                if (s < 0)
                    done.insert(u"message"_s,
                                u"Warning: S3 upload failed: S3 storage "
                                "configuration is missing or has been deleted (S3 "
                                "storage ID: null). S3 backup has been disabled "
                                "for this schedule."_s);
                else if (!usable)
                    done.insert(
                        u"message"_s,
                        QString(u"Warning: S3 upload failed: Could not connect to "_s
                                + c.state.s3Storages.at(s).value(u"endpoint"_s).toString()));
            }
        }
        c.state.backupExecutions.append(row);
        c.deployer.scheduleRow(DeploymentSimulator::Table::BackupExecutions, done);
    }
    if (config.value(u"save_s3"_s).toBool()
        && storageById(c.state, config.value(u"s3_storage_id"_s)) < 0)
        c.state.backups[configIndex].insert(u"save_s3"_s, false);
    c.state.markChanged();
}

Response listBackups(Context &c)
{
    const qsizetype d = databaseIndex(c);
    if (d < 0)
        return notFound("Database not found.");
    const qint64 id = c.state.databases.at(d).value(u"id"_s).toInteger();
    QList<QJsonObject> configs;
    // Matched on database_id only, as Coolify does (coolify-api.md §11).
    for (const QJsonObject &config : std::as_const(c.state.backups)) {
        if (config.value(u"database_id"_s).toInteger() == id)
            configs.append(config);
    }
    std::stable_sort(configs.begin(), configs.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         return a.value(u"id"_s).toInteger() > b.value(u"id"_s).toInteger();
                     });
    QJsonArray out;
    for (const QJsonObject &config : std::as_const(configs))
        out.append(configView(c.state, config));
    return Response::json(200, out);
}

Response listExecutions(Context &c)
{
    std::optional<Response> missing;
    const qsizetype b = scheduleIndex(c, &missing);
    if (b < 0)
        return *missing;
    QJsonArray out;
    for (const QJsonObject &e :
         executionsOf(c.state, c.state.backups.at(b).value(u"id"_s).toInteger())) {
        const QDateTime created =
            QDateTime::fromString(e.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        out.append(QJsonObject{
            {u"uuid"_s, e.value(u"uuid"_s)},
            {u"filename"_s, e.value(u"filename"_s)},
            {u"size"_s, e.value(u"size"_s)},
            {u"created_at"_s, created.toString(Qt::ISODate).replace(u"Z"_s, u"+00:00"_s)},
            {u"message"_s, e.value(u"message"_s)},
            {u"status"_s, e.value(u"status"_s)}});
    }
    return Response::json(200, QJsonObject{{u"executions"_s, out}});
}

// validateDatabasesBackupInput: entries split on '|' (MongoDB), "db:coll,coll" or "a,b"; each
// name refused when it holds one of validateShellSafePath's sequences.
QString unsafeDatabaseName(const QString &input)
{
    static const QList<std::pair<QString, QString>> dangerous{
        {u"`"_s, u"backtick (command substitution)"_s},
        {u"$("_s, u"command substitution"_s},
        {u"${"_s, u"variable substitution with potential command injection"_s},
        {u"|"_s, u"pipe operator"_s},
        {u"&"_s, u"background/AND operator"_s},
        {u";"_s, u"command separator"_s},
        {u"\n"_s, u"newline (command separator)"_s},
        {u"\r"_s, u"carriage return"_s},
        {u"\t"_s, u"tab (token separator)"_s},
        {u">"_s, u"output redirection"_s},
        {u"<"_s, u"input redirection"_s}};
    const auto check = [](const QString &name, const QString &context) -> QString {
        for (const auto &[sequence, description] : dangerous) {
            if (name.contains(sequence))
                return u"Invalid %1: contains forbidden character '%2' (%3). Shell "
                       "metacharacters are not allowed for security reasons."_s.arg(
                           context, sequence, description);
        }
        return {};
    };
    for (const QString &raw : input.split(u'|')) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty() || entry == u"all"_s || entry == u"*"_s)
            continue;
        QStringList names;
        QString context = u"database name"_s;
        if (entry.contains(u':')) {
            if (QString problem = check(entry.section(u':', 0, 0), context); !problem.isEmpty())
                return problem;
            names = entry.section(u':', 1).split(u',');
            context = u"collection name"_s;
        } else {
            names = entry.split(u',');
        }
        for (const QString &name : std::as_const(names)) {
            const QString n = name.trimmed();
            if (n.isEmpty() || (context == u"database name"_s && (n == u"all"_s || n == u"*"_s)))
                continue;
            if (QString problem = check(n, context); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

// The storage of the token's team (team 0) with `uuid`, or -1.
qsizetype teamStorageIndex(const SandboxState &state, const QString &uuid)
{
    const qsizetype i = SandboxState::indexOf(state.s3Storages, uuid);
    return i >= 0 && state.s3Storages.at(i).value(u"team_id"_s).toInteger() == 0 ? i : -1;
}

// Steps 6–8 of create_backup (and of update_backup, before its schedule lookup): cron, S3.
std::optional<Response> cronAndStorageChecks(const SandboxState &state, const QJsonObject &fields)
{
    if (fields.contains(u"frequency"_s) && !validCron(fields.value(u"frequency"_s).toString()))
        return Response::validation(QJsonObject{
            {u"frequency"_s, QJsonArray{u"Invalid cron expression or frequency format."_s}}});
    if (truthy(fields.value(u"save_s3"_s))
        && fields.value(u"s3_storage_uuid"_s).toString().isEmpty())
        return Response::validation(QJsonObject{
            {u"s3_storage_uuid"_s,
             QJsonArray{u"The s3_storage_uuid field is required when save_s3 is true."_s}}});
    if (const QString uuid = fields.value(u"s3_storage_uuid"_s).toString();
        !uuid.isEmpty() && teamStorageIndex(state, uuid) < 0)
        return Response::validation(
            QJsonObject{{u"s3_storage_uuid"_s,
                         QJsonArray{u"The selected S3 storage is invalid for this team."_s}}});
    return std::nullopt;
}

// Steps 9–10: unknown fields, then the database names.
std::optional<Response> fieldChecks(const QJsonObject &fields)
{
    if (const QJsonObject unknown = Validation::unknownFields(fields, kFields); !unknown.isEmpty())
        return Response::validation(unknown);
    if (const QString problem =
            unsafeDatabaseName(fields.value(u"databases_to_backup"_s).toString());
        !problem.isEmpty())
        return Response::validation(QJsonObject{{u"databases_to_backup"_s, QJsonArray{problem}}});
    return std::nullopt;
}

// s3_storage_uuid becomes s3_storage_id; nothing changes when it is absent or empty.
void applyStorage(const SandboxState &state, const QJsonObject &fields, QJsonObject &config)
{
    const qsizetype i = teamStorageIndex(state, fields.value(u"s3_storage_uuid"_s).toString());
    if (i >= 0)
        config.insert(u"s3_storage_id"_s, state.s3Storages.at(i).value(u"id"_s));
}

QJsonObject checkRules(const SandboxState &state, const QJsonObject &fields, bool creating)
{
    QJsonObject errors = Validation::check(fields, backupRules(creating));
    if (creating && !fields.contains(u"frequency"_s))
        errors.insert(u"frequency"_s, QJsonArray{u"This field is required."_s});
    // exists:s3_storages,uuid looks at every team's storages.
    if (const QJsonValue uuid = fields.value(u"s3_storage_uuid"_s); uuid.isString()
        && !errors.contains(u"s3_storage_uuid"_s)
        && SandboxState::indexOf(state.s3Storages, uuid.toString()) < 0)
        errors.insert(u"s3_storage_uuid"_s,
                      QJsonArray{u"The selected s3 storage uuid is invalid."_s});
    return errors;
}

Response createBackup(Context &c)
{
    QJsonObject fields;
    if (auto invalid = parseJsonBody(c.request, &fields))
        return *invalid;
    if (const QJsonObject errors = checkRules(c.state, fields, true); !errors.isEmpty())
        return Response::validation(errors);
    const qsizetype d = databaseIndex(c);
    if (d < 0)
        return notFound("Database not found.");
    const QJsonObject database = c.state.databases.at(d);
    const QString kind = database.value(u"_kind"_s).toString();
    if (kind == u"redis"_s || kind == u"keydb"_s || kind == u"dragonfly"_s)
        return Response::message(422,
                                 u"Scheduled backups are not supported for this database type."_s);
    if (auto refused = cronAndStorageChecks(c.state, fields))
        return *refused;
    if (auto refused = fieldChecks(fields))
        return *refused;
    const DatabaseKind *k = databaseKindOf(database);
    const QJsonValue defaultName = kind == u"mongodb"_s || !k || k->dbField.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : database.value(k->dbField);
    const QString now = c.state.now();
    QJsonObject config{
        {u"id"_s, c.state.nextId(u"backups"_s)},
        {u"uuid"_s, c.state.newUuid()},
        {u"team_id"_s, 0},
        {u"description"_s, QJsonValue::Null},
        {u"enabled"_s, fields.contains(u"enabled"_s) ? truthy(fields.value(u"enabled"_s)) : true},
        // Left out, save_s3 takes the column default: true (coolify-api.md §11).
        {u"save_s3"_s, fields.contains(u"save_s3"_s) ? truthy(fields.value(u"save_s3"_s)) : true},
        {u"disable_local_backup"_s, false},
        {u"frequency"_s, fields.value(u"frequency"_s)},
        {u"database_type"_s, backupModelClass(database)},
        {u"database_id"_s, database.value(u"id"_s)},
        {u"s3_storage_id"_s, QJsonValue::Null},
        {u"databases_to_backup"_s,
         fields.contains(u"databases_to_backup"_s) ? fields.value(u"databases_to_backup"_s)
                                                   : defaultName},
        {u"dump_all"_s, truthy(fields.value(u"dump_all"_s))},
        {u"timeout"_s, fields.value(u"timeout"_s).toInt(3600)},
        {u"created_at"_s, now},
        {u"updated_at"_s, now},
        {u"_database_uuid"_s, database.value(u"uuid"_s)},
    };
    for (const char *key :
         {"database_backup_retention_amount_locally", "database_backup_retention_days_locally",
          "database_backup_retention_amount_s3", "database_backup_retention_days_s3"})
        config.insert(QLatin1String(key), fields.value(QLatin1String(key)).toInt(0));
    for (const char *key : {"database_backup_retention_max_storage_locally",
                            "database_backup_retention_max_storage_s3"})
        config.insert(QLatin1String(key), fields.value(QLatin1String(key)).toDouble(0.0));
    applyStorage(c.state, fields, config);
    c.state.backups.append(config);
    c.state.markChanged();
    if (truthy(fields.value(u"backup_now"_s)))
        runBackup(c, c.state.backups.size() - 1);
    return Response::json(
        201,
        QJsonObject{{u"uuid"_s, config.value(u"uuid"_s)},
                    {u"message"_s, u"Backup configuration created successfully."_s}});
}

Response updateBackup(Context &c)
{
    QJsonObject fields;
    if (auto invalid = parseJsonBody(c.request, &fields))
        return *invalid;
    // removeUnnecessaryFieldsFromRequest drops these silently.
    for (const char *key : {"project_uuid", "environment_name", "environment_uuid", "server_uuid",
                            "type", "domains", "instant_deploy"})
        fields.remove(QLatin1String(key));
    if (const QJsonObject errors = checkRules(c.state, fields, false); !errors.isEmpty())
        return Response::validation(errors);
    if (databaseIndex(c) < 0)
        return notFound("Database not found.");
    if (auto refused = cronAndStorageChecks(c.state, fields))
        return *refused;
    const qsizetype b = configIndex(c);
    if (b < 0)
        return notFound("Backup config not found.");
    if (auto refused = fieldChecks(fields))
        return *refused;
    QJsonObject config = c.state.backups.at(b);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == u"backup_now"_s || it.key() == u"s3_storage_uuid"_s)
            continue;
        const Rule::Type type = [&] {
            for (const auto &[name, rule] : backupRules(false)) {
                if (name == it.key())
                    return rule.type;
            }
            return Rule::Any;
        }();
        config.insert(it.key(),
                      type == Rule::Boolean ? QJsonValue(truthy(it.value())) : it.value());
    }
    applyStorage(c.state, fields, config);
    config.insert(u"updated_at"_s, c.state.now());
    c.state.backups[b] = config;
    c.state.markChanged();
    if (truthy(fields.value(u"backup_now"_s)))
        runBackup(c, b);
    return Response::message(200, u"Database backup configuration updated"_s);
}

Response deleteBackup(Context &c)
{
    std::optional<Response> missing;
    const qsizetype b = scheduleIndex(c, &missing);
    if (b < 0)
        return *missing;
    const qint64 id = c.state.backups.at(b).value(u"id"_s).toInteger();
    c.state.backupExecutions.removeIf([id](const QJsonObject &e) {
        return e.value(QLatin1String("scheduled_database_backup_id")).toInteger() == id;
    });
    c.state.backups.removeAt(b);
    c.state.markChanged();
    return Response::message(200, u"Backup configuration and all executions deleted."_s);
}

Response deleteExecution(Context &c)
{
    std::optional<Response> missing;
    const qsizetype b = scheduleIndex(c, &missing);
    if (b < 0)
        return *missing;
    const qint64 id = c.state.backups.at(b).value(u"id"_s).toInteger();
    const qsizetype e = SandboxState::indexOf(c.state.backupExecutions, c.param(2));
    if (e < 0
        || c.state.backupExecutions.at(e).value(u"scheduled_database_backup_id"_s).toInteger()
            != id)
        return notFound("Backup execution not found.");
    c.state.backupExecutions.removeAt(e);
    c.state.markChanged();
    return Response::message(200, u"Backup execution deleted."_s);
}

} // namespace

QJsonArray backupConfigsForList(const SandboxState &state, const QJsonObject &database)
{
    QJsonArray out;
    const qint64 id = database.value(u"id"_s).toInteger();
    for (const QJsonObject &config : state.backups) {
        if (config.value(u"database_id"_s).toInteger() != id)
            continue;
        QJsonObject o = Views::publicFields(config, false);
        const QList<QJsonObject> executions =
            executionsOf(state, config.value(u"id"_s).toInteger());
        o.insert(u"latest_log"_s,
                 executions.isEmpty() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(executionView(executions.first())));
        out.append(o);
    }
    return out;
}

void registerBackupRoutes(Router &router)
{
    router.add("GET", "/databases/{uuid}/backups", "read", listBackups);
    router.add("POST", "/databases/{uuid}/backups", "write", createBackup);
    router.add("GET", "/databases/{uuid}/backups/{backup}/executions", "read", listExecutions);
    router.add("PATCH", "/databases/{uuid}/backups/{backup}", "write", updateBackup);
    router.add("DELETE", "/databases/{uuid}/backups/{backup}", "write", deleteBackup);
    router.add("DELETE", "/databases/{uuid}/backups/{backup}/executions/{execution}", "write",
               deleteExecution);
}

} // namespace Coolify::Sandbox
