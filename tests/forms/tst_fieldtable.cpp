// The field table against the field list, the official spec and FACTS.md, plus the
// table loader's own checks and the translation catalogue.
#include "forms/fieldtable.h"
#include "forms/fieldtexts.h"
#include "specreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coolify::Forms;

class TestFieldTable : public QObject
{
    Q_OBJECT

private:
    static QString sharedFile(const char *name)
    {
        return QStringLiteral(COOLIFY_SOURCE_DIR "/../shared/coolify-api/") + QLatin1String(name);
    }
    static QByteArray embedded()
    {
        QFile f(QStringLiteral(":/forms/application-fields.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void loadsAllCategoriesAndFields()
    {
        const FieldTable &table = FieldTable::applications();
        const QList<QPair<QString, QStringList>> expected = {
            {u"identity"_qs, {u"name"_qs, u"description"_qs, u"domains"_qs}},
            {u"source"_qs, {u"git_repository"_qs, u"git_branch"_qs, u"git_commit_sha"_qs}},
            {u"build"_qs,
             {u"build_pack"_qs, u"build_command"_qs, u"install_command"_qs, u"start_command"_qs}},
            {u"deploy"_qs,
             {u"is_auto_deploy_enabled"_qs, u"instant_deploy"_qs, u"is_force_https_enabled"_qs}},
            {u"paths"_qs,
             {u"base_directory"_qs, u"publish_directory"_qs, u"dockerfile_location"_qs}},
            {u"health"_qs,
             {u"health_check_path"_qs, u"health_check_port"_qs, u"health_check_interval"_qs}},
            {u"resources"_qs, {u"limits_memory"_qs, u"limits_cpus"_qs, u"limits_cpu_shares"_qs}},
            {u"hooks"_qs, {u"pre_deployment_command"_qs, u"post_deployment_command"_qs}},
            {u"docker"_qs,
             {u"dockerfile"_qs, u"docker_compose_location"_qs, u"custom_docker_run_options"_qs}},
            {u"webhooks"_qs,
             {u"manual_webhook_secret_github"_qs, u"manual_webhook_secret_gitlab"_qs}},
            {u"static"_qs, {u"is_static"_qs, u"is_spa"_qs, u"redirect"_qs}},
        };
        QCOMPARE(table.categories().size(), 11);
        QCOMPARE(table.fields().size(), 32);
        for (const auto &[category, keys] : expected) {
            QStringList actual;
            for (const FieldSpec &f : table.fieldsIn(category))
                actual << f.key;
            actual.sort();
            QStringList wanted = keys;
            wanted.sort();
            QCOMPARE(actual, wanted);
        }
    }

    void readPathsFollowFacts()
    {
        const FieldTable &table = FieldTable::applications();
        QCOMPARE(table.field(u"domains"_qs)->readPath, u"fqdn"_qs);
        for (const char *key :
             {"is_static", "is_spa", "is_auto_deploy_enabled", "is_force_https_enabled"})
            QCOMPARE(table.field(QLatin1String(key))->readPath,
                     u"settings."_qs + QLatin1String(key));
        QVERIFY(table.field(u"instant_deploy"_qs)->action);
        QVERIFY(table.field(u"manual_webhook_secret_github"_qs)->sensitive);
        QVERIFY(table.field(u"manual_webhook_secret_gitlab"_qs)->sensitive);
        QVERIFY(table.field(u"dockerfile"_qs)->readOnly);
        QVERIFY(!table.field(u"dockerfile"_qs)->readOnlyReason.isEmpty());
        QCOMPARE(table.fieldByReadPath(u"fqdn"_qs)->key, u"domains"_qs);
    }

    // Every writable entry exists in the official PATCH body schema with a matching JSON type and
    // enum; where the spec and FACTS.md disagree, FACTS.md wins and the table follows it.
    void matchesSpecAndFacts()
    {
        const QString yaml = readText(sharedFile("openapi.yaml"));
        const QString facts = readText(sharedFile("FACTS.md"));
        QVERIFY2(!yaml.isEmpty() && !facts.isEmpty(), "shared/coolify-api documents not found");
        const auto spec = readSpecBody(yaml, u"update-application-by-uuid"_qs);
        QVERIFY(spec.size() > 60);
        QVERIFY(spec.contains(u"dockerfile"_qs));
        QStringList notAccepted;
        const auto rules = readFactsRules(facts, spec, &notAccepted);
        QVERIFY(notAccepted.contains(u"dockerfile"_qs));
        QVERIFY(rules.size() > 40);

        static const QRegularExpression enumIn(QStringLiteral("enum `([^`]+)`"));
        static const QRegularExpression maxIn(QStringLiteral("(?:max |≤)(\\d+)"));
        static const QRegularExpression regexIn(QStringLiteral("`(\\^[^`]*\\$)`"));
        for (const FieldSpec &f : FieldTable::applications().fields()) {
            const QByteArray where = f.key.toUtf8();
            QVERIFY2(spec.contains(f.key),
                     QByteArray(where + " is not in the spec's PATCH body").constData());
            QCOMPARE(f.readOnly, notAccepted.contains(f.key));
            if (f.readOnly)
                continue;
            QVERIFY2(rules.contains(f.key),
                     QByteArray(where + " has no rule in FACTS.md §3").constData());
            const QString rule = rules.value(f.key).rule;
            // JSON type: FACTS first (e.g. health_check_port is an integer although the spec says
            // string), otherwise the spec.
            SendAs expected = SendAs::String;
            if (rule.contains(QLatin1String("boolean")) || spec[f.key].type == u"boolean"_qs)
                expected = SendAs::Bool;
            else if (rule.contains(QLatin1String("integer"))
                     || rule.startsWith(QLatin1String("numeric")))
                expected = SendAs::Int;
            else if (rule.contains(QLatin1String("string")))
                expected = SendAs::String;
            else if (spec[f.key].type == u"integer"_qs)
                expected = SendAs::Int;
            QVERIFY2(f.sendAs == expected,
                     QByteArray(where + " is sent as the wrong JSON type: " + rule.toUtf8())
                         .constData());
            if (spec[f.key].type == u"integer"_qs)
                QCOMPARE(f.sendAs, SendAs::Int);
            if (f.key.startsWith(QLatin1String("limits_")) && rule.contains(u"**string**"_qs))
                QCOMPARE(f.sendAs, SendAs::String);
            if (rule.startsWith(QLatin1String("no rule")))
                continue; // instant_deploy: an action flag
            QVERIFY2(
                f.nullable == rule.contains(QLatin1String("nullable")),
                QByteArray(where + " nullable differs from FACTS: " + rule.toUtf8()).constData());
            if (const auto m = enumIn.match(rule); m.hasMatch()) {
                QStringList values = m.captured(1).split(QLatin1String(", "));
                QCOMPARE(f.enumValues, values);
                QCOMPARE(spec[f.key].enumValues, values);
            } else {
                QVERIFY2(f.enumValues.isEmpty(), where.constData());
            }
            // The last length limit wins ("same shell-safe regex, ≤2000" extends the row above).
            int maxLength = -1;
            for (auto it = maxIn.globalMatch(rule); it.hasNext();)
                maxLength = it.next().captured(1).toInt();
            if (maxLength >= 0)
                QCOMPARE(f.maxLength, maxLength);
            if (const auto m = regexIn.match(rule); m.hasMatch())
                QCOMPARE(f.patternSource, m.captured(1));
        }
    }

    // lupdate sees the table's texts through the generated fieldtexts.cpp: it must not drift.
    void translationCatalogueInSync()
    {
        QStringList catalogue;
        for (const char *text : fieldTextCatalogue())
            catalogue << QString::fromUtf8(text);
        QStringList texts = FieldTable::applications().sourceTexts();
        catalogue.sort();
        texts.sort();
        QVERIFY2(catalogue == texts,
                 "run python3 src/forms/update_fieldtexts.py to regenerate fieldtexts.cpp");
    }

    void rejectsBrokenTables_data()
    {
        QTest::addColumn<QString>("path"); // a field index, then the key to change
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("duplicate key") << u"1/key"_qs << QJsonValue(u"name"_qs);
        QTest::newRow("unknown category") << u"0/category"_qs << QJsonValue(u"nope"_qs);
        QTest::newRow("unknown type") << u"0/type"_qs << QJsonValue(u"float"_qs);
        QTest::newRow("editor does not fit") << u"0/editor"_qs << QJsonValue(u"check"_qs);
        QTest::newRow("limits sent as int") << u"0/send"_qs << QJsonValue(u"int"_qs);
        QTest::newRow("bad pattern") << u"4/pattern"_qs << QJsonValue(u"^[a-$"_qs);
        QTest::newRow("unanchored pattern") << u"4/pattern"_qs << QJsonValue(u"[a-z]+"_qs);
        QTest::newRow("unknown named pattern") << u"4/pattern"_qs << QJsonValue(u"@nope"_qs);
        QTest::newRow("read-only without reason") << u"0/readOnly"_qs << QJsonValue(true);
        QTest::newRow("missing label") << u"0/label"_qs << QJsonValue(u""_qs);
        QTest::newRow("nullable not given") << u"0/nullable"_qs << QJsonValue(u"yes"_qs);
        QTest::newRow("no read path") << u"0/read"_qs << QJsonValue(u""_qs);
        QTest::newRow("enum on a string") << u"0/enum"_qs << QJsonValue(QJsonArray{u"a"_qs});
    }
    void rejectsBrokenTables()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject root = QJsonDocument::fromJson(embedded()).object();
        QString error;
        QVERIFY2(FieldTable::fromJson(embedded(), &error), qPrintable(error));
        QJsonArray fields = root.value(u"fields"_qs).toArray();
        const qsizetype index = path.section(u'/', 0, 0).toInt();
        QJsonObject field = fields.at(index).toObject();
        field.insert(path.section(u'/', 1), value);
        fields.replace(index, field);
        root.insert(u"fields"_qs, fields);
        QVERIFY(!FieldTable::fromJson(QJsonDocument(root).toJson(), &error));
        QVERIFY(!error.isEmpty());
    }

    void rejectsEmptyCategory()
    {
        QJsonObject root = QJsonDocument::fromJson(embedded()).object();
        QJsonArray categories = root.value(u"categories"_qs).toArray();
        categories.append(QJsonObject{{u"id"_qs, u"extra"_qs}, {u"label"_qs, u"Extra"_qs}});
        root.insert(u"categories"_qs, categories);
        QString error;
        QVERIFY(!FieldTable::fromJson(QJsonDocument(root).toJson(), &error));
        QVERIFY(!FieldTable::fromJson("not json", &error));
    }
};

QTEST_GUILESS_MAIN(TestFieldTable)
#include "tst_fieldtable.moc"
