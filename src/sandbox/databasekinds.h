#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coolify::Sandbox {

// The 8 standalone database types (app/Enums/NewDatabaseTypes.php) and their type-specific fields.
struct DatabaseKind
{
    QString path; // URL segment: postgresql, mysql, ...
    QString databaseType; // standalone-postgresql ...; KeyDB rows do not carry it
    QString image;
    int port = 0;
    QString scheme;
    QString userField;
    QString defaultUser;
    QString passwordField;
    QString dbField;
    QString defaultDb;
    QStringList fields; // accepted by POST /databases/<path>
    QStringList sensitive; // omitted without read:sensitive
};

const QList<DatabaseKind> &databaseKinds();
const DatabaseKind *databaseKind(const QString &path);
const DatabaseKind *databaseKindOf(const QJsonObject &row); // via the internal "_kind"
// Every type-specific field of every kind.
QStringList allDatabaseSpecificFields();
QString internalDbUrl(const QJsonObject &row);

} // namespace Coolify::Sandbox
