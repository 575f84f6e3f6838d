#include "sandbox/sandboxconfig.h"

namespace Coolify::Sandbox {

SandboxConfig SandboxConfig::demo()
{
    SandboxConfig config;
    config.tokens.insert(QStringLiteral("demo-root"), {QStringLiteral("root")});
    config.tokens.insert(QStringLiteral("demo-read"), {QStringLiteral("read")});
    config.tokens.insert(QStringLiteral("demo-deploy"),
                         {QStringLiteral("read"), QStringLiteral("deploy")});
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
