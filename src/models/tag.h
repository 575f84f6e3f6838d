#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

class QJsonDocument;
class QJsonObject;

namespace Coolify::Models {

// A tag of the team (GET /tags). Coolify stores names lower-cased and trimmed.
struct Tag
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Models::Tag)

public:
    QString uuid;
    QString name;

    static Tag fromJson(const QJsonObject &object);
    // The list, without entries that lack a name; an error when the body is not a list.
    static QVariant decodeList(const QJsonDocument &document, QString *error);
    bool operator==(const Tag &) const = default;
};

} // namespace Coolify::Models

Q_DECLARE_METATYPE(Coolify::Models::Tag)
Q_DECLARE_METATYPE(QList<Coolify::Models::Tag>)
