// Environment variables of applications, services and databases (coolify-api.md §5, §16).
// Application variables go through validateIncomingRequest and an allow-list, have preview twins
// and answer POST with {"uuid"}; service and database variables have none of that (§16).
#include "sandbox/routeutil.h"
#include "sandbox/validation.h"
#include "sandbox/views.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

enum class Owner { Application, Service, Database };

QList<QJsonObject> &table(Context &c, Owner owner)
{
    return owner == Owner::Application ? c.state.applications
        : owner == Owner::Service      ? c.state.services
                                       : c.state.databases;
}

QString ownerType(Owner owner)
{
    return owner == Owner::Application ? u"application"_s
        : owner == Owner::Service      ? u"service"_s
                                       : u"database"_s;
}

// §16: "Application not found" (list, POST, PATCH, bulk) but "Application not found." (DELETE).
Response ownerNotFound(Owner owner, bool forDelete = false)
{
    if (owner == Owner::Application)
        return forDelete ? notFound("Application not found.") : notFound("Application not found");
    return owner == Owner::Service ? notFound("Service not found.")
                                   : notFound("Database not found.");
}

bool ownerExists(Context &c, Owner owner)
{
    return SandboxState::indexOf(table(c, owner), c.param(0)) >= 0;
}

// Fields every variable validates: key, value, is_literal, is_multiline, is_shown_once, comment.
Rules commonRules()
{
    Rules r;
    Rule key;
    key.type = Rule::String;
    key.required = true;
    key.maxLength = 255;
    key.pattern = u"[A-Za-z_][A-Za-z0-9_.]*"_s;
    r.append({u"key"_s, key});
    Rule value;
    value.type = Rule::String;
    value.nullable = true;
    r.append({u"value"_s, value});
    for (const char *f : {"is_literal", "is_multiline", "is_shown_once"}) {
        Rule b;
        b.type = Rule::Boolean;
        b.nullable = true;
        r.append({QString::fromUtf8(f), b});
    }
    Rule comment;
    comment.type = Rule::String;
    comment.nullable = true;
    comment.maxLength = 256;
    r.append({u"comment"_s, comment});
    return r;
}

// Applications also take is_preview, is_runtime and is_buildtime (§5).
const Rules &appRules()
{
    static const Rules rules = [] {
        Rules r = commonRules();
        for (const char *f : {"is_preview", "is_runtime", "is_buildtime"}) {
            Rule b;
            b.type = Rule::Boolean;
            b.nullable = true;
            r.append({QString::fromUtf8(f), b});
        }
        return r;
    }();
    return rules;
}

// Services and databases use only these; is_preview/is_runtime/is_buildtime are ignored (§16).
const Rules &plainRules()
{
    static const Rules rules = commonRules();
    return rules;
}

const Rules &rulesFor(Owner owner)
{
    return owner == Owner::Application ? appRules() : plainRules();
}

QStringList fieldsOf(const Rules &rules)
{
    QStringList out;
    for (const auto &[field, rule] : rules)
        out.append(field);
    return out;
}

// Keeps only the given fields of `raw`.
QJsonObject pick(const QJsonObject &raw, const QStringList &fields)
{
    QJsonObject out;
    for (const QString &f : fields) {
        if (raw.contains(f))
            out.insert(f, raw.value(f));
    }
    return out;
}

// Bulk of services and databases is updateOrCreate(['key' => …], $item): these fillable keys
// are not validated and are stored as sent (§16).
const QStringList &massAssignedExtras()
{
    static const QStringList extras{u"is_preview"_s,  u"is_runtime"_s, u"is_buildtime"_s,
                                    u"is_required"_s, u"order"_s,      u"version"_s};
    return extras;
}

// Applications: found by key and is_preview. Services, databases: by key only.
qsizetype findEnv(Context &c, Owner owner, const QString &key, bool preview)
{
    for (qsizetype i = 0; i < c.state.envs.size(); ++i) {
        const QJsonObject &e = c.state.envs.at(i);
        if (e.value(QLatin1String("_owner")).toString() == c.param(0)
            && e.value(QLatin1String("key")).toString() == key
            && (owner != Owner::Application
                || e.value(QLatin1String("is_preview")).toBool() == preview))
            return i;
    }
    return -1;
}

// The flags and the comment change only when sent (the value is the caller's business).
void applyFlags(QJsonObject &row, const QJsonObject &fields, const QStringList &flags)
{
    for (const QString &f : flags) {
        if (fields.contains(f) && !fields.value(f).isNull())
            row.insert(f, truthy(fields.value(f)));
    }
    if (fields.contains(u"comment"_s))
        row.insert(u"comment"_s, fields.value(u"comment"_s));
}

// The flags a request may change: services and databases ignore is_runtime and is_buildtime
// (is_preview only selects the row of an application).
QStringList flagsFor(Owner owner)
{
    QStringList flags{u"is_literal"_s, u"is_multiline"_s, u"is_shown_once"_s};
    if (owner == Owner::Application)
        flags << u"is_runtime"_s << u"is_buildtime"_s;
    return flags;
}

void touch(QJsonObject &row, const QString &now)
{
    refreshRealValue(row);
    row.insert(u"updated_at"_s, now);
}

// Stores the mass-assigned extras of a service/database bulk item as sent.
void applyExtras(QJsonObject &row, const QJsonObject &item)
{
    for (const QString &f : massAssignedExtras()) {
        const QJsonValue v = item.value(f);
        if (v.isUndefined() || v.isNull())
            continue;
        if (f == QLatin1String("order"))
            row.insert(f, v.isString() ? QJsonValue(v.toString().toLongLong()) : v);
        else if (f == QLatin1String("version"))
            row.insert(f, v.isString() ? v : QJsonValue(v.toVariant().toString()));
        else
            row.insert(f, truthy(v)); // boolean casts of the model
    }
}

// Appends a new regular variable and, for applications, its preview twin (which copies
// everything but is_shown_once). Returns the index of the requested row.
qsizetype createRow(Context &c, Owner owner, const QJsonObject &fields, bool preview)
{
    c.state.envs.append(newEnvRow(c.state, c.param(0), ownerType(owner), fields, preview));
    const qsizetype index = c.state.envs.size() - 1;
    const QString key = fields.value(u"key"_s).toString();
    if (owner == Owner::Application && !preview && findEnv(c, owner, key, true) < 0) {
        QJsonObject twin = fields;
        twin.remove(u"is_shown_once"_s);
        c.state.envs.append(newEnvRow(c.state, c.param(0), ownerType(owner), twin, true));
    }
    return index;
}

// Application routes run validateIncomingRequest (400s); services and databases do not.
std::optional<Response> readBody(Context &c, Owner owner, QJsonObject *fields)
{
    if (owner == Owner::Application)
        return parseJsonBody(c.request, fields);
    *fields = requestFields(c.request);
    return std::nullopt;
}

// Validation::check, but a missing key reads "This field is required." (§16).
QJsonObject checkRules(const QJsonObject &fields, const Rules &rules)
{
    QJsonObject errors = Validation::check(fields, rules);
    if (errors.value(u"key"_s).toArray().contains(u"The key field is required."_s))
        errors.insert(u"key"_s, QJsonArray{u"This field is required."_s});
    return errors;
}

QJsonObject validate(Owner owner, const QJsonObject &fields)
{
    const QJsonObject errors = checkRules(fields, rulesFor(owner));
    if (owner != Owner::Application)
        return errors; // no allow-list (§3, §16)
    return Validation::merge(errors, Validation::unknownFields(fields, fieldsOf(appRules())));
}

Response listEnvs(Context &c, Owner owner)
{
    if (!ownerExists(c, owner))
        return ownerNotFound(owner);
    QJsonArray regular, preview;
    for (const QJsonObject &e : std::as_const(c.state.envs)) {
        if (e.value(QLatin1String("_owner")).toString() != c.param(0))
            continue;
        (e.value(QLatin1String("is_preview")).toBool() ? preview : regular)
            .append(Views::env(e, c.sensitive));
    }
    for (const QJsonValue &v : std::as_const(preview))
        regular.append(v);
    return Response::json(200, regular);
}

Response createEnv(Context &c, Owner owner)
{
    QJsonObject fields;
    if (auto bad = readBody(c, owner, &fields))
        return *bad;
    if (!ownerExists(c, owner))
        return ownerNotFound(owner);
    const QJsonObject errors = validate(owner, fields);
    if (!errors.isEmpty())
        return Response::validation(errors);
    fields = pick(fields, fieldsOf(rulesFor(owner)));
    const bool preview = owner == Owner::Application && truthy(fields.value(u"is_preview"_s));
    if (findEnv(c, owner, fields.value(u"key"_s).toString(), preview) >= 0)
        return Response::message(
            409, u"Environment variable already exists. Use PATCH request to update it."_s);
    const qsizetype i = createRow(c, owner, fields, preview);
    c.state.markChanged();
    if (owner == Owner::Application)
        return Response::json(201, QJsonObject{{u"uuid"_s, c.state.envs.at(i).value(u"uuid"_s)}});
    return Response::json(201, Views::env(c.state.envs.at(i), c.sensitive));
}

Response updateEnv(Context &c, Owner owner)
{
    QJsonObject fields;
    if (auto bad = readBody(c, owner, &fields))
        return *bad;
    if (!ownerExists(c, owner))
        return ownerNotFound(owner);
    const QJsonObject errors = validate(owner, fields);
    if (!errors.isEmpty())
        return Response::validation(errors);
    const qsizetype i =
        findEnv(c, owner, fields.value(u"key"_s).toString(), truthy(fields.value(u"is_preview"_s)));
    if (i < 0)
        return notFound("Environment variable not found.");
    QJsonObject &row = c.state.envs[i];
    // Every owner: value always overwritten, null when omitted (§16).
    row.insert(u"value"_s,
               fields.contains(u"value"_s) ? fields.value(u"value"_s)
                                           : QJsonValue(QJsonValue::Null));
    if (owner == Owner::Application) {
        // is_literal omitted resets to false; is_runtime, is_buildtime, comment only when sent.
        // is_multiline/is_shown_once omitted while true would be a 500 on the server (inferred,
        // §16); the sandbox keeps them.
        if (!fields.contains(u"is_literal"_s) || fields.value(u"is_literal"_s).isNull())
            row.insert(u"is_literal"_s, false);
    }
    applyFlags(row, fields, flagsFor(owner));
    touch(row, c.state.now());
    c.state.markChanged();
    return Response::json(201, Views::env(row, c.sensitive));
}

Response bulkEnvs(Context &c, Owner owner)
{
    QJsonObject fields;
    if (auto bad = readBody(c, owner, &fields))
        return *bad;
    if (!ownerExists(c, owner))
        return ownerNotFound(owner);
    if (!fields.value(u"data"_s).isArray() || fields.value(u"data"_s).toArray().isEmpty())
        return Response::message(400, u"Bulk data is required."_s);
    const QStringList known = fieldsOf(rulesFor(owner));
    QJsonArray out;
    for (const QJsonValue &item : fields.value(u"data"_s).toArray()) {
        // Items are saved one by one (not atomic). Applications drop unknown keys; services and
        // databases mass-assign (§16). Items were normalised (trimmed, "" -> null) with the body.
        const QJsonObject raw = item.toObject();
        const QJsonObject data = pick(raw, known);
        const QJsonObject errors = checkRules(data, rulesFor(owner));
        if (!errors.isEmpty())
            return Response::validation(errors);
        const QString key = data.value(u"key"_s).toString();
        const bool preview = truthy(data.value(u"is_preview"_s));
        qsizetype i = findEnv(c, owner, key, preview);
        if (i < 0) {
            i = createRow(c, owner, data, owner == Owner::Application && preview);
        } else {
            QJsonObject &row = c.state.envs[i];
            if (data.contains(u"value"_s))
                row.insert(u"value"_s, data.value(u"value"_s));
            applyFlags(row, data, flagsFor(owner));
        }
        QJsonObject &row = c.state.envs[i];
        if (owner != Owner::Application)
            applyExtras(row, raw);
        touch(row, c.state.now());
        c.state.markChanged();
        out.append(Views::env(row, c.sensitive));
    }
    return Response::json(201, out);
}

Response deleteEnv(Context &c, Owner owner)
{
    if (!ownerExists(c, owner))
        return ownerNotFound(owner, true);
    const qsizetype i = SandboxState::indexOf(c.state.envs, c.param(1));
    if (i < 0 || c.state.envs.at(i).value(u"_owner"_s).toString() != c.param(0))
        return notFound("Environment variable not found.");
    c.state.envs.removeAt(i); // an application's preview twin stays (§5)
    c.state.markChanged();
    return Response::message(200, u"Environment variable deleted."_s);
}

void registerFor(Router &router, Owner owner, const char *base)
{
    const QByteArray b(base);
    const QByteArray envs = b + "/{uuid}/envs";
    const QByteArray bulk = envs + "/bulk";
    const QByteArray one = envs + "/{env_uuid}";
    router.add("GET", envs.constData(), "read", [owner](Context &c) { return listEnvs(c, owner); });
    router.add("POST", envs.constData(), "write",
               [owner](Context &c) { return createEnv(c, owner); });
    router.add("PATCH", bulk.constData(), "write",
               [owner](Context &c) { return bulkEnvs(c, owner); });
    router.add("PATCH", envs.constData(), "write",
               [owner](Context &c) { return updateEnv(c, owner); });
    router.add("DELETE", one.constData(), "write",
               [owner](Context &c) { return deleteEnv(c, owner); });
}

} // namespace

void registerEnvRoutes(Router &router)
{
    registerFor(router, Owner::Application, "/applications");
    registerFor(router, Owner::Service, "/services");
    registerFor(router, Owner::Database, "/databases");
}

} // namespace Coolify::Sandbox
