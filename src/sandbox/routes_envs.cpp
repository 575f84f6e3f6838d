// Environment variables of applications, services and databases (coolify-api.md §5).
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

Response ownerNotFound(Owner owner)
{
    return owner == Owner::Application ? notFound("Application not found")
        : owner == Owner::Service      ? notFound("Service not found.")
                                       : notFound("Database not found.");
}

const Rules &envRules()
{
    static const Rules rules = [] {
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
        for (const char *f : {"is_preview", "is_literal", "is_multiline", "is_shown_once",
                              "is_runtime", "is_buildtime"}) {
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
    }();
    return rules;
}

QStringList envFields()
{
    QStringList out;
    for (const auto &[field, rule] : envRules())
        out.append(field);
    return out;
}

qsizetype findEnv(Context &c, const QString &owner, const QString &key, bool preview)
{
    for (qsizetype i = 0; i < c.state.envs.size(); ++i) {
        const QJsonObject &e = c.state.envs.at(i);
        if (e.value(QLatin1String("_owner")).toString() == owner
            && e.value(QLatin1String("key")).toString() == key
            && e.value(QLatin1String("is_preview")).toBool() == preview)
            return i;
    }
    return -1;
}

void applyFields(QJsonObject &row, const QJsonObject &fields, const QString &now)
{
    if (fields.contains(u"value"_s)) {
        row.insert(u"value"_s, fields.value(u"value"_s));
        row.insert(u"real_value"_s, fields.value(u"value"_s));
    }
    for (const char *f :
         {"is_literal", "is_multiline", "is_shown_once", "is_runtime", "is_buildtime"}) {
        if (fields.contains(QString::fromUtf8(f)) && !fields.value(QString::fromUtf8(f)).isNull())
            row.insert(QString::fromUtf8(f), truthy(fields.value(QString::fromUtf8(f))));
    }
    if (fields.contains(u"comment"_s))
        row.insert(u"comment"_s, fields.value(u"comment"_s));
    row.insert(u"updated_at"_s, now);
}

Response listEnvs(Context &c, Owner owner)
{
    if (SandboxState::indexOf(table(c, owner), c.param(0)) < 0)
        return owner == Owner::Application ? notFound("Application not found.")
                                           : ownerNotFound(owner);
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
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;
    if (SandboxState::indexOf(table(c, owner), c.param(0)) < 0)
        return ownerNotFound(owner);
    const QJsonObject errors = Validation::merge(Validation::check(fields, envRules()),
                                                 Validation::unknownFields(fields, envFields()));
    if (!errors.isEmpty())
        return Response::validation(errors);
    const bool preview = truthy(fields.value(u"is_preview"_s));
    if (findEnv(c, c.param(0), fields.value(u"key"_s).toString(), preview) >= 0)
        return Response::message(
            409, u"Environment variable already exists. Use PATCH request to update it."_s);
    const QJsonObject row = newEnvRow(c.state, c.param(0), ownerType(owner), fields, preview);
    c.state.envs.append(row);
    if (owner == Owner::Application && !preview
        && findEnv(c, c.param(0), row.value(u"key"_s).toString(), true) < 0)
        c.state.envs.append(newEnvRow(c.state, c.param(0), ownerType(owner), fields, true));
    c.state.markChanged();
    return Response::json(201, QJsonObject{{u"uuid"_s, row.value(u"uuid"_s)}});
}

Response updateEnv(Context &c, Owner owner)
{
    QJsonObject fields;
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;
    if (SandboxState::indexOf(table(c, owner), c.param(0)) < 0)
        return ownerNotFound(owner);
    const QJsonObject errors = Validation::merge(Validation::check(fields, envRules()),
                                                 Validation::unknownFields(fields, envFields()));
    if (!errors.isEmpty())
        return Response::validation(errors);
    const qsizetype i = findEnv(c, c.param(0), fields.value(u"key"_s).toString(),
                                truthy(fields.value(u"is_preview"_s)));
    if (i < 0)
        return notFound("Environment variable not found.");
    applyFields(c.state.envs[i], fields, c.state.now());
    c.state.markChanged();
    return Response::json(201, Views::env(c.state.envs.at(i), c.sensitive));
}

Response bulkEnvs(Context &c, Owner owner)
{
    QJsonObject fields;
    if (auto bad = parseJsonBody(c.request, &fields))
        return *bad;
    if (SandboxState::indexOf(table(c, owner), c.param(0)) < 0)
        return ownerNotFound(owner);
    if (!fields.value(u"data"_s).isArray() || fields.value(u"data"_s).toArray().isEmpty())
        return Response::message(400, u"Bulk data is required."_s);
    QJsonArray out;
    for (const QJsonValue &item : fields.value(u"data"_s).toArray()) {
        // Unknown keys in items are silently dropped; items are saved one by one (not atomic).
        QJsonObject data;
        const QJsonObject raw = item.toObject();
        for (const QString &f : envFields()) {
            if (raw.contains(f))
                data.insert(f, raw.value(f));
        }
        const QJsonObject errors = Validation::check(data, envRules());
        if (!errors.isEmpty())
            return Response::validation(errors);
        const bool preview = truthy(data.value(u"is_preview"_s));
        qsizetype i = findEnv(c, c.param(0), data.value(u"key"_s).toString(), preview);
        if (i < 0) {
            c.state.envs.append(newEnvRow(c.state, c.param(0), ownerType(owner), data, preview));
            if (owner == Owner::Application && !preview
                && findEnv(c, c.param(0), data.value(u"key"_s).toString(), true) < 0)
                c.state.envs.append(newEnvRow(c.state, c.param(0), ownerType(owner), data, true));
            i = findEnv(c, c.param(0), data.value(u"key"_s).toString(), preview);
        } else {
            applyFields(c.state.envs[i], data, c.state.now());
        }
        c.state.markChanged();
        out.append(Views::env(c.state.envs.at(i), c.sensitive));
    }
    return Response::json(201, out);
}

Response deleteEnv(Context &c, Owner owner)
{
    if (SandboxState::indexOf(table(c, owner), c.param(0)) < 0)
        return ownerNotFound(owner);
    const qsizetype i = SandboxState::indexOf(c.state.envs, c.param(1));
    if (i < 0 || c.state.envs.at(i).value(u"_owner"_s).toString() != c.param(0))
        return notFound("Environment variable not found.");
    c.state.envs.removeAt(i);
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
