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

// Creates the preview twin when creating a non-preview application env
// (EnvironmentVariable::booted).
QJsonObject newEnvRow(SandboxState &state, const QString &owner, const QString &ownerType,
                      const QJsonObject &fields, bool preview);

} // namespace Coolify::Sandbox::Routes
