#include "models/weblinks.h"

#include "api/baseurl.h"
#include "models/applicationsmodel.h"
#include "models/databasesmodel.h"
#include "models/instancedata.h"
#include "models/projectsmodel.h"
#include "models/servicesmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coolify::Models::WebLinks {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Coolify::Models::WebLinks", text);
}

QUrl withPath(QUrl root, const QString &path)
{
    root.setPath(root.path() + path);
    root.setQuery(QString());
    root.setFragment(QString());
    return root;
}

qint64 environmentOf(const InstanceData &data, Api::ResourceKind kind, const QString &uuid)
{
    switch (kind) {
    case Api::ResourceKind::Application:
        if (const Application *app = data.applications()->find(uuid))
            return app->environmentId;
        break;
    case Api::ResourceKind::Database:
        if (const Database *db = data.databases()->find(uuid))
            return db->environmentId;
        break;
    case Api::ResourceKind::Service:
        if (const Service *service = data.services()->find(uuid))
            return service->environmentId;
        break;
    }
    return -2; // the resource itself is unknown
}

QUrl firstWebLink(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        const QUrl url(candidate.trimmed(), QUrl::StrictMode);
        if (Api::isWebLink(url))
            return url;
    }
    return {};
}
} // namespace

QUrl resourcePage(const InstanceData &data, const QUrl &root, Api::ResourceKind kind,
                  const QString &uuid, QString *reason)
{
    // Reasons are marked with QT_TRANSLATE_NOOP so lupdate finds them; translated here.
    const auto fail = [reason](const char *why) {
        if (reason)
            *reason = tr(why);
        return QUrl();
    };
    if (!Api::isWebLink(root))
        return fail(
            QT_TRANSLATE_NOOP("Coolify::Models::WebLinks", "The instance has no web address."));
    const qint64 environmentId = environmentOf(data, kind, uuid);
    if (environmentId == -2)
        return fail(QT_TRANSLATE_NOOP("Coolify::Models::WebLinks",
                                      "The resource is no longer listed; refresh the view."));
    const auto ref = data.projects()->environmentById(environmentId);
    if (!ref || ref->project.uuid.isEmpty() || ref->environment.uuid.isEmpty())
        return fail(QT_TRANSLATE_NOOP(
            "Coolify::Models::WebLinks",
            "Its project is not known yet; wait for the projects to load or refresh."));
    const QString segment = kind == Api::ResourceKind::Application ? u"application"_s
        : kind == Api::ResourceKind::Database                      ? u"database"_s
                                                                   : u"service"_s;
    return withPath(root,
                    u"/project/%1/environment/%2/%3/%4"_s.arg(
                        QString::fromLatin1(QUrl::toPercentEncoding(ref->project.uuid)),
                        QString::fromLatin1(QUrl::toPercentEncoding(ref->environment.uuid)),
                        segment, QString::fromLatin1(QUrl::toPercentEncoding(uuid))));
}

QUrl serverPage(const QUrl &root, const QString &serverUuid)
{
    if (!Api::isWebLink(root) || serverUuid.isEmpty())
        return {};
    return withPath(root, u"/server/"_s + QString::fromLatin1(QUrl::toPercentEncoding(serverUuid)));
}

QUrl servedAt(const InstanceData &data, Api::ResourceKind kind, const QString &uuid)
{
    if (kind == Api::ResourceKind::Application) {
        if (const Application *app = data.applications()->find(uuid))
            return firstWebLink(app->fqdns);
    } else if (kind == Api::ResourceKind::Service) {
        if (const Service *service = data.services()->find(uuid)) {
            for (const ServiceComponent &component : service->applications()) {
                const QUrl url = firstWebLink(component.fqdn.split(u','));
                if (url.isValid())
                    return url;
            }
        }
    }
    return {};
}

} // namespace Coolify::Models::WebLinks
