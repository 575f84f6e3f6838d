#include "instances/instance.h"

#include "api/baseurl.h"

#include <QUuid>

namespace Coolify::Instances {

Instance Instance::create(const QString &name, const QUrl &rootUrl, const QColor &color)
{
    Instance instance;
    instance.id = newId();
    instance.name = name;
    const Api::NormalizedUrl normalized = Api::normalizeBaseUrl(rootUrl.toString());
    if (normalized.ok())
        instance.rootUrl = normalized.root;
    instance.color = color;
    return instance;
}

QString Instance::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QColor Instance::defaultColor()
{
    return QColor(0x6b, 0x16, 0xed);
}

bool Instance::isValid() const
{
    const QString scheme = rootUrl.scheme();
    return !id.isEmpty() && !name.trimmed().isEmpty() && rootUrl.isValid()
        && !rootUrl.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

} // namespace Coolify::Instances
