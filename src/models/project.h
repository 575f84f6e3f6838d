#pragma once

#include "models/resource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace Coolify::Api {
enum class BodyFault; // api/apirequest.h
}

namespace Coolify::Models {

// An environment of a project. Resources point at it through their `environment_id`, which is
// this `id` (coolify-api.md §6: there is no project uuid on a resource).
struct Environment
{
    qint64 id = -1;
    QString uuid;
    QString name;
    QString description;
    qint64 projectId = -1;

    static Environment fromJson(const QJsonObject &object);
    // GET /projects/{uuid}/environments → QList<Environment>.
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    bool operator==(const Environment &) const = default;
};

// A project. GET /projects lists projects without environments (`environments` is nullopt:
// unknown); GET /projects/{uuid} includes them.
struct Project
{
    QString uuid;
    qint64 id = -1;
    QString name;
    QString description;
    std::optional<QList<Environment>> environments;

    static Project fromJson(const QJsonObject &object);
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // BodyDecoder twin of decodeList: the same value and errors, parsed element by element.
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);
    static QVariant decode(const QJsonDocument &document, QString *error);
    bool operator==(const Project &) const = default;
};

// GET /projects/{uuid}/{environment}: the environment and what it holds. KeyDB, Dragonfly and
// ClickHouse databases are never listed there (coolify-api.md §6) — use GET /databases for those.
struct EnvironmentDetails
{
    Environment environment;
    QList<Resource> resources; // applications, then databases, then services

    static QVariant decode(const QJsonDocument &document, QString *error);
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Environment)
Q_DECLARE_METATYPE(QList<Coolify::Models::Environment>)
Q_DECLARE_METATYPE(Coolify::Models::Project)
Q_DECLARE_METATYPE(QList<Coolify::Models::Project>)
Q_DECLARE_METATYPE(Coolify::Models::EnvironmentDetails)
