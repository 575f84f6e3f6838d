#include "models/tag.h"

#include "models/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Coolify::Models {

Tag Tag::fromJson(const QJsonObject &o)
{
    Tag t;
    t.uuid = Json::string(o, "uuid"_L1);
    t.name = Json::string(o, "name"_L1);
    return t;
}

QVariant Tag::decodeList(const QJsonDocument &document, QString *error)
{
    if (!document.isArray()) {
        *error = tr("expected a list of tags");
        return {};
    }
    QList<Tag> out;
    for (const QJsonValue &v : document.array()) {
        Tag t = fromJson(v.toObject());
        if (!t.name.isEmpty())
            out.append(t);
    }
    return QVariant::fromValue(out);
}

} // namespace Coolify::Models
