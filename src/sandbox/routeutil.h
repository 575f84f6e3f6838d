#pragma once

#include "sandbox/http.h"
#include "sandbox/router.h"
#include "sandbox/state.h"

#include <QJsonArray>
#include <QJsonObject>

// Small helpers shared by the route files (internal header).
namespace Coolify::Sandbox::Routes {

inline Response notFound(const char *message)
{
    return Response::message(404, QString::fromUtf8(message));
}

inline QJsonArray toArray(const QList<QJsonObject> &rows)
{
    QJsonArray out;
    for (const QJsonObject &r : rows)
        out.append(r);
    return out;
}

// HTML tags stripped like PHP strip_tags() for name/description.
QString stripTags(const QString &value);

// Tags of a resource (internal "_tags").
bool hasTag(const QJsonObject &row, const QString &tag);

// A new environment-variable row from validated fields (coolify-api.md §5, §16): value null
// when absent, is_literal/is_multiline/is_shown_once false and is_runtime/is_buildtime true
// unless given. The preview twin of an application variable is another call with
// preview = true and fields without is_shown_once (EnvironmentVariable::booted).
QJsonObject newEnvRow(SandboxState &state, const QString &owner, const QString &ownerType,
                      const QJsonObject &fields, bool preview);

// Sets real_value from value, is_literal and is_multiline (coolify-api.md §16): '…' around
// literal or multiline values, otherwise \\, CR, TAB, NUL, " and ' escaped with a backslash;
// JSON objects and arrays are left alone. {{…}} references are not resolved.
void refreshRealValue(QJsonObject &row);

// One variable of the demo seed (seed*.cpp): its flags are applied to a row made by
// SandboxState::addEnv. A preview twin never copies Locked (is_shown_once).
struct EnvSeed
{
    enum Flag : unsigned {
        Locked = 1,
        Literal = 2,
        Multiline = 4,
        BuildOnly = 8,
        RuntimeOnly = 16
    };
    QString key;
    QString value;
    unsigned flags = 0;
    const char *comment = nullptr;
};
void applyEnvSeed(QJsonObject &row, const EnvSeed &seed, bool preview);

} // namespace Coolify::Sandbox::Routes
