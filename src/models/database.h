#pragma once

#include <QCoreApplication>

#include "api/families/databases.h"
#include "models/backup.h"
#include "models/resourcestatus.h"

#include <QDateTime>
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

// A value the server omits unless the token has read:sensitive (coolify-api.md §2). `hidden` tells
// "the server did not send it" apart from "it is empty", so a view can say why it is missing.
struct SensitiveText
{
    QString value;
    bool hidden = false;

    static SensitiveText from(const QJsonObject &object, QLatin1String key);
    // The value, or "hidden — token lacks read:sensitive".
    QString displayText() const;
    bool operator==(const SensitiveText &) const = default;
};

// A connection URL as the server sends it (postgres://user:password@host:5432/db) with the
// password replaced by `mask`, the rest untouched, so it can be shown without the secret:
// "postgres://postgres:••••••••@host:5432/db". A URL without a password comes back as it is;
// one whose user part cannot be told apart has everything between "://" and the last '@' masked.
QString withPasswordMasked(const QString &url, QStringView mask = u"••••••••");

// A standalone database as GET /databases and GET /databases/{uuid} return it (coolify-api.md §6).
// The type comes from `database_type`, except for KeyDB rows, which have none: then it is detected
// from the type-specific fields or the image.
struct Database
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::Database)

public:
    QString uuid;
    QString name;
    QString description;
    QString image;
    std::optional<Api::DatabaseType> type; // nullopt: could not tell
    ResourceStatus status;
    bool serverReachable = false; // `server_status`
    bool isPublic = false;
    std::optional<int> publicPort;
    qint64 environmentId = -1;
    qint64 destinationId = -1;
    QDateTime startedAt;
    QString user; // postgres_user, mysql_user, …; empty for types without one
    QString databaseName; // postgres_db, mysql_database, …; empty for types without one
    SensitiveText password;
    SensitiveText internalUrl; // internal_db_url
    SensitiveText externalUrl; // external_db_url (null unless public)
    // `backup_configs` of the list (each with only its newest execution), this type's only:
    // Coolify matches them on database_id alone (coolify-api.md §11).
    QList<BackupConfig> backupConfigs;

    // `typeHint` is used when the row itself does not say (e.g. the environment endpoint's
    // `postgresqls` array).
    static Database fromJson(const QJsonObject &object,
                             std::optional<Api::DatabaseType> typeHint = std::nullopt);
    // Decoders for ApiRequest: a list → QList<Database>; one object → Database.
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    // BodyDecoder twin of decodeList: the same value and errors, parsed element by element.
    static QVariant decodeListBody(const QByteArray &body, QString *error, Api::BodyFault *fault);
    static QVariant decode(const QJsonDocument &document, QString *error);
    // database_type, else type-specific keys, else the image.
    static std::optional<Api::DatabaseType> detectType(const QJsonObject &object);
    // "PostgreSQL", "KeyDB", … ("Unknown" for nullopt).
    static QString typeName(std::optional<Api::DatabaseType> type);

    QString typeName() const { return typeName(type); }
    // The token could not read this row's secrets.
    bool sensitiveHidden() const { return internalUrl.hidden; }
    bool operator==(const Database &) const = default;
};

// The 201 body of POST /databases/<type>: the uuid and, regardless of sensitive access, the
// internal URL (with the password); the external URL only when the database is public.
struct CreatedDatabase
{
    QString uuid;
    QString internalUrl;
    QString externalUrl;

    static QVariant decode(const QJsonDocument &document, QString *error);
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Database)
Q_DECLARE_METATYPE(QList<Coolify::Models::Database>)
Q_DECLARE_METATYPE(Coolify::Models::CreatedDatabase)
