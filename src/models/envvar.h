#pragma once

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Coolify::Api {
enum class BodyFault; // api/apirequest.h
}

namespace Coolify::Models {

// One environment variable of an application, database or service, as GET …/envs lists it
// (coolify-api.md §5, §16). The value is absent — not masked — when the token lacks
// read:sensitive, and for locked (`is_shown_once`) variables of applications and services:
// `readable` is false then, and `value` is empty. The server trims values and stores "" as null;
// both read as an empty value here. Diff and copy use `value`, never `real_value` (which has
// shared-variable references resolved and quoting added).
struct EnvVar
{
    QString uuid;
    QString key;
    QString value;
    bool readable = false; // the answer carried a value (possibly null)
    bool preview = false; // the copy used by preview deployments (applications only)
    bool literal = false;
    bool multiline = false;
    bool runtime = true;
    bool buildtime = true;
    bool locked = false; // is_shown_once: the value is never shown again after creation
    bool shared = false; // the value is a {{team|project|environment|server.X}} reference
    bool required = false; // is_really_required: a build pack needs it and it is empty
    bool coolify = false; // is_coolify: managed by Coolify itself
    QString comment;
    QDateTime updatedAt;

    static EnvVar fromJson(const QJsonObject &object);
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);
    // A single variable (the 201 of POST for databases and services, of PATCH for every kind).
    static QVariant decodeOne(const QJsonDocument &document, QString *error);

    // The JSON body of a write: every field spelled out, because an application PATCH clears an
    // omitted value and resets omitted flags (coolify-api.md §16).
    QJsonObject toJson() const;

    bool operator==(const EnvVar &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::EnvVar)
Q_DECLARE_METATYPE(QList<Coolify::Models::EnvVar>)
