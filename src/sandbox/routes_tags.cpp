// The team's tags (TagsController, coolify-api.md §12): the names carried by applications,
// services and databases, each listed once, sorted by name. The sandbox keeps tags as names on
// the resources (`_tags`), so a tag's uuid and times are derived from its name.
#include "sandbox/routeutil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

Response listTags(Context &c)
{
    QSet<QString> names;
    for (const QList<QJsonObject> *rows :
         {&c.state.applications, &c.state.services, &c.state.databases}) {
        for (const QJsonObject &row : *rows) {
            for (const QJsonValue &tag : row.value(u"_tags"_s).toArray())
                names.insert(tag.toString());
        }
    }
    names.remove(QString());
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray out;
    for (const QString &name : std::as_const(sorted)) {
        const QByteArray hash =
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex();
        out.append(QJsonObject{{u"uuid"_s, QString::fromLatin1(hash.left(24))},
                               {u"name"_s, name},
                               {u"created_at"_s, u"2026-01-05T09:00:00.000000Z"_s},
                               {u"updated_at"_s, u"2026-01-05T09:00:00.000000Z"_s}});
    }
    return Response::json(200, out);
}

} // namespace

void registerTagRoutes(Router &router)
{
    router.add("GET", "/tags", "read", listTags);
}

} // namespace Coolify::Sandbox
