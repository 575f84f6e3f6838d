// The team's S3 storages (S3StoragesController, coolify-api.md §11): the destinations backup
// schedules upload to. Rows live in state.s3Storages.
#include "sandbox/routeutil.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

using namespace Routes;

namespace {

// S3StoragesController::index: the team's storages by name, without `id`; key and secret only
// for tokens that may read sensitive data.
Response listS3Storages(Context &c)
{
    QList<QJsonObject> rows;
    for (const QJsonObject &row : std::as_const(c.state.s3Storages)) {
        if (row.value(u"team_id"_s).toInteger() == 0)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"name"_s).toString() < b.value(u"name"_s).toString();
    });
    QJsonArray out;
    for (QJsonObject row : std::as_const(rows)) {
        row.remove(u"id"_s);
        if (!c.sensitive) {
            row.remove(u"key"_s);
            row.remove(u"secret"_s);
        }
        out.append(row);
    }
    return Response::json(200, out);
}

} // namespace

void registerS3StorageRoutes(Router &router)
{
    router.add("GET", "/s3-storages", "read", listS3Storages);
}

} // namespace Coolify::Sandbox
