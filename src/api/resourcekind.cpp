#include "api/resourcekind.h"

using namespace Qt::StringLiterals;

namespace Coolify::Api {

QString kindKey(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Application:
        return u"application"_s;
    case ResourceKind::Database:
        return u"database"_s;
    case ResourceKind::Service:
        return u"service"_s;
    }
    return {};
}

std::optional<ResourceKind> kindFromKey(QStringView key)
{
    for (ResourceKind kind : allResourceKinds) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString routeSegment(ResourceKind kind)
{
    return kindKey(kind) + u's';
}

QString resourcePath(ResourceKind kind, const QString &uuid, QStringView action)
{
    QString path = routeSegment(kind) + u'/' + uuid;
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

} // namespace Coolify::Api
