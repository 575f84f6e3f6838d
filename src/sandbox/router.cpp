#include "sandbox/router.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

void Router::add(const char *method, const char *path, const char *ability, Handler handler,
                 Group group)
{
    Route route;
    route.method = method;
    route.segments = QString::fromUtf8(path).split(u'/', Qt::SkipEmptyParts);
    route.ability = QString::fromUtf8(ability);
    route.group = group;
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

void Router::addPostRequiredStub(const char *path, const char *ability, Group group)
{
    add(
        "GET", path, ability,
        [](Context &) {
            return Response::message(405, u"This endpoint has changed to a POST request."_s)
                .withHeader("Allow", "POST");
        },
        group);
}

const Route *Router::match(const QByteArray &method, const QString &path, QStringList *params) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    // Laravel answers HEAD with the GET route.
    const QByteArray effective = method == "HEAD" ? QByteArray("GET") : method;
    for (const Route &route : m_routes) {
        if (route.method != effective || route.segments.size() != parts.size())
            continue;
        QStringList found;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = route.segments.at(i);
            if (seg.startsWith(u'{'))
                found.append(parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (ok) {
            *params = found;
            return &route;
        }
    }
    return nullptr;
}

} // namespace Coolify::Sandbox
