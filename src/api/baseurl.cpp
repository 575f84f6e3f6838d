#include "api/baseurl.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace Coolify::Api {

namespace {
// lupdate needs a class context for tr(); the URL helpers are free functions.
struct BaseUrlText
{
    Q_DECLARE_TR_FUNCTIONS(Coolify::Api::BaseUrl)
};

QString joinPath(const QString &prefix, const QString &tail)
{
    QString path = prefix;
    if (!path.endsWith(u'/'))
        path += u'/';
    // "/applications" must not become "/api/v1//applications" (a different route to Laravel).
    qsizetype skip = 0;
    while (skip < tail.size() && tail.at(skip) == u'/')
        ++skip;
    return path + QStringView(tail).mid(skip);
}

QUrl withPath(const QUrl &root, const QString &path)
{
    QUrl url = root;
    url.setPath(path);
    return url;
}
} // namespace

NormalizedUrl normalizeBaseUrl(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {
            {},
            BaseUrlText::tr(
                "Enter the address of your Coolify instance, e.g. https://coolify.example.com.")};
    // Spaces and invisible characters (line or paragraph separators, bidi marks) are never part
    // of a real address, typed or percent-encoded: one at the end of a path would vanish on the
    // next normalisation, and the address is shown decoded (toDisplayString) for editing, where
    // a space would no longer parse.
    const auto invisible = [](QStringView view) {
        return std::any_of(view.cbegin(), view.cend(), [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Control
                || c.category() == QChar::Other_Format;
        });
    };
    const auto invisibleError = [&input] {
        return NormalizedUrl{{},
                             BaseUrlText::tr("The address “%1” contains a space or an invisible "
                                             "character; type it again without them.")
                                 .arg(input.trimmed())};
    };
    if (invisible(text))
        return invisibleError();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return {{},
                BaseUrlText::tr("“%1” is not a valid address: %2")
                    .arg(input.trimmed(), url.errorString())};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {{},
                BaseUrlText::tr("Only http:// and https:// addresses are supported, not %1://.")
                    .arg(scheme)};
    if (url.host().isEmpty())
        return {{}, BaseUrlText::tr("The address “%1” has no host name.").arg(input.trimmed())};
    if (invisible(url.path(QUrl::FullyDecoded)))
        return invisibleError();
    if (!url.userInfo().isEmpty())
        return {
            {},
            BaseUrlText::tr(
                "Do not put a user name or password in the address; use an API token instead.")};
    if (url.hasQuery() || url.hasFragment())
        return {{}, BaseUrlText::tr("The address must not contain “?” or “#” parts.")};

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("https") && url.port() == 443)
        || (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);

    // Strip trailing slashes and "/api[/v1]" until none is left, so that normalising a root
    // again gives the same root ("/api/api" would otherwise keep one "/api").
    QString path = url.path();
    for (bool stripped = true; stripped;) {
        stripped = false;
        while (path.endsWith(u'/'))
            path.chop(1);
        for (const auto suffix : {QLatin1String("/api/v1"), QLatin1String("/api")}) {
            if (path.endsWith(suffix, Qt::CaseInsensitive)) {
                path.chop(suffix.size());
                stripped = true;
                break;
            }
        }
    }
    url.setPath(path);
    return {url, {}};
}

QUrl apiV1Url(const QUrl &root, const QString &path)
{
    return withPath(root, joinPath(root.path() + QLatin1String("/api/v1"), path));
}

QUrl apiRootUrl(const QUrl &root, const QString &path)
{
    return withPath(root, joinPath(root.path() + QLatin1String("/api"), path));
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

bool sendsTokenInClear(const QUrl &root)
{
    if (root.scheme() != QLatin1String("http"))
        return false;
    const QString host = root.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return false;
    const QHostAddress address(host);
    if (address.isNull())
        return true;
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
        return false;
    // RFC 1918 (QHostAddress::isPrivateUse() is Qt 6.6)
    for (const auto &[network, bits] :
         {std::pair{"10.0.0.0", 8}, std::pair{"172.16.0.0", 12}, std::pair{"192.168.0.0", 16}}) {
        if (address.isInSubnet(QHostAddress(QLatin1String(network)), bits))
            return false;
    }
    return true;
}

} // namespace Coolify::Api
