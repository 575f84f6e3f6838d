#include "sandbox/validation.h"

#include "sandbox/http.h"
#include "sandbox/state.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox::Validation {

namespace {
bool fullMatch(const QString &pattern, const QString &value)
{
    const QRegularExpression re(QLatin1String("\\A(?:") + pattern + QLatin1String(")\\z"));
    return re.match(value).hasMatch();
}

bool isInteger(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() == double(qint64(v.toDouble()));
    if (v.isString())
        return fullMatch(u"[+-]?[0-9]+"_s, v.toString());
    return false;
}

bool isNumeric(const QJsonValue &v)
{
    if (v.isDouble())
        return true;
    if (v.isString()) {
        bool ok = false;
        v.toString().toDouble(&ok);
        return ok;
    }
    return false;
}

QString failure(const QString &field, const QJsonValue &v, const Rule &rule)
{
    const auto msg = [&field](const char *text) {
        return QString::fromUtf8(text).arg(field);
    };
    if (v.isNull()) {
        if (rule.required)
            return msg("The %1 field is required.");
        if (rule.nullable || rule.type == Rule::Any)
            return QString();
    }
    switch (rule.type) {
    case Rule::String:
        if (!v.isString())
            return msg("The %1 field must be a string.");
        if (rule.maxLength >= 0 && v.toString().size() > rule.maxLength)
            return msg("The %1 field must not be greater than %2 characters.").arg(rule.maxLength);
        break;
    case Rule::Boolean:
        if (!isLaravelBoolean(v))
            return msg("The %1 field must be true or false.");
        break;
    case Rule::Integer:
    case Rule::Numeric: {
        if (rule.type == Rule::Integer ? !isInteger(v) : !isNumeric(v))
            return rule.type == Rule::Integer ? msg("The %1 field must be an integer.")
                                              : msg("The %1 field must be a number.");
        const double d = v.isString() ? v.toString().toDouble() : v.toDouble();
        if (d < rule.min)
            return msg("The %1 field must be at least %2.").arg(rule.min);
        if (d > rule.max)
            return msg("The %1 field must not be greater than %2.").arg(rule.max);
        break;
    }
    case Rule::Array:
        if (!v.isArray())
            return msg("The %1 field must be an array.");
        break;
    case Rule::Any:
        break;
    }
    if (!rule.in.isEmpty() && !rule.in.contains(v.toVariant().toString()))
        return msg("The selected %1 is invalid.");
    if (!rule.pattern.isEmpty() && v.isString() && !fullMatch(rule.pattern, v.toString())) {
        return rule.customMessage.isEmpty() ? msg("The %1 field format is invalid.")
                                            : rule.customMessage.arg(field);
    }
    return QString();
}
} // namespace

QJsonObject check(const QJsonObject &fields, const Rules &rules)
{
    QJsonObject errors;
    for (const auto &[field, rule] : rules) {
        if (!fields.contains(field)) {
            if (rule.required)
                errors.insert(field, QJsonArray{u"The %1 field is required."_s.arg(field)});
            continue;
        }
        const QString message = failure(field, fields.value(field), rule);
        if (!message.isEmpty())
            errors.insert(field, QJsonArray{message});
    }
    return errors;
}

QJsonObject unknownFields(const QJsonObject &fields, const QStringList &allowed)
{
    QJsonObject errors;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors.insert(it.key(), QJsonArray{u"This field is not allowed."_s});
    }
    return errors;
}

QJsonObject merge(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        QJsonArray list = a.value(it.key()).toArray();
        for (const QJsonValue &v : it.value().toArray())
            list.append(v);
        a.insert(it.key(), list);
    }
    return a;
}

bool isBase64(const QString &value)
{
    if (!fullMatch(u"[A-Za-z0-9+/]*={0,2}"_s, value) || value.size() % 4 != 0)
        return false;
    const QByteArray decoded = QByteArray::fromBase64(value.toLatin1());
    return QString::fromUtf8(decoded).toUtf8() == decoded;
}

bool isShellSafe(const QString &value)
{
    return fullMatch(
        u"(?:[A-Za-z0-9._\\-/=:@,+\\[\\]{}#%^~*?! ]|&&|\\|\\||'[^']*'|\"[^\"$`\\\\]*\")*"_s, value);
}

bool isValidGitBranch(const QString &value)
{
    return fullMatch(u"[a-zA-Z0-9\\-_/.]+"_s, value) && value != QLatin1String("HEAD")
        && !value.contains(QLatin1String("..")) && !value.endsWith(QLatin1String(".lock"))
        && !value.startsWith(u'/') && !value.endsWith(u'/') && !value.startsWith(u'.')
        && !value.endsWith(u'.');
}

bool isValidGitRepositoryUrl(const QString &value)
{
    if (value.contains(QRegularExpression(u"[`$;&|<>()\\\\\\s]"_s)))
        return false;
    QString host;
    if (value.startsWith(QLatin1String("git@"))) {
        const QRegularExpressionMatch m =
            QRegularExpression(u"^git@([A-Za-z0-9.\\-]+):[A-Za-z0-9._\\-]+/[A-Za-z0-9._\\-/]+$"_s)
                .match(value);
        if (!m.hasMatch())
            return false;
        host = m.captured(1);
    } else {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.hasQuery() || url.hasFragment()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")
                && url.scheme() != QLatin1String("git")))
            return false;
        host = url.host();
        if (url.path().count(u'/') < 2)
            return false;
    }
    host = host.toLower();
    if (host.isEmpty() || host == QLatin1String("localhost")
        || host.endsWith(QLatin1String(".local")))
        return false;
    return !fullMatch(u"[0-9.]+|\\[?[0-9a-f:]+\\]?"_s, host);
}

QStringList validateDomains(const QString &domains, QString *normalised)
{
    QStringList errors;
    QStringList out;
    for (const QString &raw : domains.split(u',', Qt::SkipEmptyParts)) {
        const QString d = raw.trimmed();
        if (d.isEmpty())
            continue;
        const QUrl url(d, QUrl::StrictMode);
        const bool forbidden = d.contains(QRegularExpression(u"[`$;&|<>()\\\\\\r\\n]"_s));
        if (forbidden || !url.isValid() || url.host().isEmpty()
            || (url.scheme().toLower() != QLatin1String("http")
                && url.scheme().toLower() != QLatin1String("https"))) {
            errors.append(u"Invalid URL: "_s + d);
            continue;
        }
        // Lower-case scheme and host, keep port/path as given.
        const qsizetype schemeEnd = d.indexOf(QLatin1String("://"));
        const qsizetype hostEnd = d.indexOf(QRegularExpression(u"[:/]"_s), schemeEnd + 3);
        const QString head = (hostEnd < 0 ? d : d.left(hostEnd)).toLower();
        out.append(hostEnd < 0 ? head : head + d.mid(hostEnd));
    }
    if (normalised)
        *normalised = out.join(u',');
    return errors;
}

static QString hostAndPath(const QString &url)
{
    const QUrl u(url);
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return u.host().toLower() + path;
}

QJsonArray domainConflicts(const SandboxState &state, const QString &normalised,
                           const QString &ownUuid)
{
    static const QString instanceFqdn = u"https://coolify.example.com"_s;
    QJsonArray conflicts;
    const auto add = [&conflicts](const QString &domain, const QString &name, const QString &uuid,
                                  const QString &type) {
        conflicts.append(QJsonObject{
            {u"domain"_s, domain},
            {u"resource_name"_s, name},
            {u"resource_uuid"_s, uuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuid)},
            {u"resource_type"_s, type},
            {u"message"_s, u"Domain %1 is already in use by %2 '%3'"_s.arg(domain, type, name)}});
    };
    for (const QString &domain : normalised.split(u',', Qt::SkipEmptyParts)) {
        const QString key = hostAndPath(domain);
        for (const QJsonObject &app : state.applications) {
            if (app.value(u"uuid"_s).toString() == ownUuid)
                continue;
            for (const QString &other :
                 app.value(u"fqdn"_s).toString().split(u',', Qt::SkipEmptyParts)) {
                if (hostAndPath(other) == key)
                    add(domain, app.value(u"name"_s).toString(), app.value(u"uuid"_s).toString(),
                        u"application"_s);
            }
        }
        for (const QJsonObject &svc : state.services) {
            for (const QJsonValue &sub : svc.value(u"applications"_s).toArray()) {
                for (const QString &other :
                     sub.toObject().value(u"fqdn"_s).toString().split(u',', Qt::SkipEmptyParts)) {
                    if (hostAndPath(other) == key)
                        add(domain, svc.value(u"name"_s).toString(),
                            svc.value(u"uuid"_s).toString(), u"service"_s);
                }
            }
        }
        if (hostAndPath(instanceFqdn) == key)
            add(domain, u"Coolify instance"_s, QString(), u"instance"_s);
    }
    return conflicts;
}

QJsonObject conflictResponseBody(const QJsonArray &conflicts)
{
    return {
        {u"message"_s, u"Domain conflicts detected. Use force_domain_override=true to proceed."_s},
        {u"conflicts"_s, conflicts},
        {u"warning"_s,
         u"Using the same domain for multiple resources can cause routing conflicts "
         "and unpredictable behavior."_s}};
}

QString storedRepository(const QString &url)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"^https?://github\\.com/([^/]+/[^/]+?)(?:\\.git)?/?$"_s).match(url);
    return m.hasMatch() ? m.captured(1) : url;
}

} // namespace Coolify::Sandbox::Validation
