#pragma once

#include <QString>
#include <QUrl>

namespace Coolify::Api {

// The root URL of a Coolify instance, normalised from whatever the user typed:
// "host", "https://host", "https://host/", "https://host:8000/api/v1", "https://host/sub/api".
// The root has no trailing slash and no "/api[/v1]" suffix; a path prefix (reverse proxy
// sub-folder) is kept.
struct NormalizedUrl
{
    QUrl root; // valid only when error is empty
    QString error; // translated, user-facing
    bool ok() const { return error.isEmpty(); }
};

NormalizedUrl normalizeBaseUrl(const QString &input);

// "<root>/api/v1/<path>" for API calls, "<root>/api/<path>" for the unversioned health check.
QUrl apiV1Url(const QUrl &root, const QString &path);
QUrl apiRootUrl(const QUrl &root, const QString &path);

// Same scheme, host and port: the only redirects that may carry the Authorization header.
bool isSameOrigin(const QUrl &a, const QUrl &b);

// An address from a server (a domain, an endpoint) that may be opened with one click: http or
// https with a host. Anything else (file://, smb://, javascript:, a bare word) is shown as text.
bool isWebLink(const QUrl &url);

// Whether a token sent to this root travels unencrypted beyond this machine and its private
// network: plain http to anything but a loopback, private (RFC 1918, unique-local) or link-local
// address, or "localhost". A host name is judged as public: it may resolve anywhere.
bool sendsTokenInClear(const QUrl &root);

} // namespace Coolify::Api
