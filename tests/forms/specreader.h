#pragma once
// Tiny readers for the two documents the field table must agree with: the PATCH
// /applications/{uuid} body schema of the official OpenAPI file (tests/data) and the rule table of
// docs/coolify-api.md §3.

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

struct SpecProperty
{
    QString type;
    bool nullable = false;
    QStringList enumValues;
};

inline QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

// The properties of the request body schema of one operation (line-based: this spec's layout).
inline QMap<QString, SpecProperty> readSpecBody(const QString &yaml, const QString &operationId)
{
    QMap<QString, SpecProperty> props;
    const QStringList lines = yaml.split(u'\n');
    qsizetype i = lines.indexOf(u"      operationId: "_s + operationId);
    if (i < 0)
        return props;
    while (++i < lines.size() && !lines.at(i).trimmed().startsWith(QLatin1String("requestBody:"))) {
    }
    while (++i < lines.size() && lines.at(i).trimmed() != QLatin1String("properties:")) { }
    const int propIndent = i + 1 < lines.size() ? indentOf(lines.at(i + 1)) : 0;
    QString current;
    static const QRegularExpression enumLine(u"^enum:\\s*\\[(.*)\\]$"_s);
    for (++i; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const int indent = indentOf(line);
        if (indent < propIndent)
            break;
        const QString text = line.trimmed();
        if (indent == propIndent && text.endsWith(u':')) {
            current = text.chopped(1);
            props.insert(current, {});
        } else if (indent == propIndent + 2 && !current.isEmpty()) {
            if (text.startsWith(QLatin1String("type: ")))
                props[current].type = text.mid(6).trimmed();
            else if (text == QLatin1String("nullable: true"))
                props[current].nullable = true;
            else if (const auto m = enumLine.match(text); m.hasMatch())
                for (const QString &v : m.captured(1).split(u','))
                    props[current].enumValues << v.trimmed();
        }
    }
    return props;
}

struct DocRule
{
    QString rule; // the "Rule" cell
    QString notes;
};

// docs/coolify-api.md §3 "PATCH /applications/{uuid}" table, which ends at the next "### "
// heading: field -> rule, plus the "Not accepted by PATCH" list.
inline QMap<QString, DocRule> readDocRules(const QString &apiDoc,
                                           const QMap<QString, SpecProperty> &knownNames,
                                           QStringList *notAccepted)
{
    QMap<QString, DocRule> rules;
    const qsizetype start = apiDoc.indexOf(QLatin1String("\n### PATCH /applications/{uuid}"));
    const qsizetype end = start < 0 ? -1 : apiDoc.indexOf(QLatin1String("\n### "), start + 1);
    if (start < 0 || end < 0)
        return rules;
    const QString section = apiDoc.mid(start, end - start);
    static const QRegularExpression ticked(u"`([^`]+)`"_s);
    QString previousRule;
    for (const QString &line : section.split(u'\n')) {
        if (line.startsWith(QLatin1String("Not accepted by PATCH"))) {
            auto it = ticked.globalMatch(line);
            while (it.hasNext())
                *notAccepted << it.next().captured(1);
            continue;
        }
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = line.split(QLatin1String(" | "));
        if (cells.size() < 3)
            continue;
        DocRule rule{cells.at(1).trimmed(), cells.at(2).trimmed()};
        if (rule.rule.startsWith(QLatin1String("same ")))
            rule.rule = previousRule + u' ' + rule.rule; // "same shell-safe regex" as the row above
        previousRule = rule.rule;
        QString lastFull;
        auto names = ticked.globalMatch(cells.at(0));
        while (names.hasNext()) {
            const QString name = names.next().captured(1);
            QStringList expanded;
            if (name.contains(u'/')) { // manual_webhook_secret_github/gitlab/...
                const QStringList parts = name.split(u'/');
                const QString prefix = parts.first().left(parts.first().lastIndexOf(u'_') + 1);
                expanded << parts.first();
                for (qsizetype p = 1; p < parts.size(); ++p)
                    expanded << prefix + parts.at(p);
            } else if (name.startsWith(u'_')) { // `_interval` after `health_check_return_code`
                QString prefix = lastFull;
                while (prefix.contains(u'_')) {
                    prefix = prefix.left(prefix.lastIndexOf(u'_'));
                    if (knownNames.contains(prefix + name)) {
                        expanded << prefix + name;
                        break;
                    }
                }
            } else {
                expanded << name;
                lastFull = name;
            }
            for (const QString &n : expanded)
                rules.insert(n, rule);
        }
    }
    return rules;
}
