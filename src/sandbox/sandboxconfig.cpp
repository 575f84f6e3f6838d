#include "sandbox/sandboxconfig.h"

using namespace Qt::StringLiterals;

namespace Coolify::Sandbox {

SandboxConfig SandboxConfig::demo()
{
    SandboxConfig config;
    config.tokens.insert(u"demo-root"_s, {u"root"_s});
    config.tokens.insert(u"demo-read"_s, {u"read"_s});
    config.tokens.insert(u"demo-deploy"_s, {u"read"_s, u"deploy"_s});
    return config;
}

bool SandboxConfig::addToken(const QString &spec)
{
    // Abilities such as "read:sensitive" contain ':', so the token ends at the first one.
    const qsizetype split = spec.indexOf(u':');
    if (split <= 0)
        return false;
    const QString token = spec.left(split);
    const QStringList abilities = spec.mid(split + 1).split(u',', Qt::SkipEmptyParts);
    if (token.isEmpty() || abilities.isEmpty())
        return false;
    tokens.insert(token, abilities);
    return true;
}

} // namespace Coolify::Sandbox
