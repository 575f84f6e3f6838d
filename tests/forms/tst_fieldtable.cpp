// The field table against the field list, the official spec and docs/coolify-api.md, plus
// the table loader's own checks and the translation catalogue.
#include "forms/fieldtable.h"
#include "forms/fieldtexts.h"
#include "specreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Forms;

class TestFieldTable : public QObject
{
    Q_OBJECT

private:
    // The official OpenAPI file, kept unchanged as test data (tests/data/README.md).
    static QString specPath()
    {
        return QStringLiteral(COOLIFY_TEST_DATA_DIR "/coolify-openapi-4.3.11.yaml");
    }
    // What the real server does; wins where the spec is wrong.
    static QString apiDocPath()
    {
        return QStringLiteral(COOLIFY_SOURCE_DIR "/docs/coolify-api.md");
    }
    static QByteArray embedded()
    {
        QFile f(u":/forms/application-fields.json"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void loadsAllCategoriesAndFields()
    {
        const FieldTable &table = FieldTable::applications();
        const QList<QPair<QString, QStringList>> expected = {
            {u"identity"_s, {u"name"_s, u"description"_s, u"domains"_s}},
            {u"source"_s, {u"git_repository"_s, u"git_branch"_s, u"git_commit_sha"_s}},
            {u"build"_s,
             {u"build_pack"_s, u"build_command"_s, u"install_command"_s, u"start_command"_s}},
            {u"deploy"_s,
             {u"is_auto_deploy_enabled"_s, u"instant_deploy"_s, u"is_force_https_enabled"_s}},
            {u"paths"_s, {u"base_directory"_s, u"publish_directory"_s, u"dockerfile_location"_s}},
            {u"health"_s,
             {u"health_check_path"_s, u"health_check_port"_s, u"health_check_interval"_s}},
            {u"resources"_s, {u"limits_memory"_s, u"limits_cpus"_s, u"limits_cpu_shares"_s}},
            {u"hooks"_s, {u"pre_deployment_command"_s, u"post_deployment_command"_s}},
            {u"docker"_s,
             {u"dockerfile"_s, u"docker_compose_location"_s, u"custom_docker_run_options"_s}},
            {u"webhooks"_s, {u"manual_webhook_secret_github"_s, u"manual_webhook_secret_gitlab"_s}},
            {u"static"_s, {u"is_static"_s, u"is_spa"_s, u"redirect"_s}},
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

    // A field kept for some build packs names packs the build_pack field offers (or dockerimage,
    // which Coolify sets only at creation); the pack-specific fields are the ones the form tucks
    // away on other packs.
    void buildPacksAreKnownPacks()
    {
        const FieldTable &table = FieldTable::applications();
        QStringList packs = table.field(u"build_pack"_s)->enumValues;
        packs << u"dockerimage"_s;
        QStringList restricted;
        for (const FieldSpec &f : table.fields()) {
            for (const QString &pack : f.buildPacks)
                QVERIFY2(packs.contains(pack), qPrintable(f.key + u": "_s + pack));
            if (!f.buildPacks.isEmpty())
                restricted << f.key;
        }
        for (const char *key : {"dockerfile_location", "dockerfile", "docker_compose_location",
                                "install_command", "is_static"})
            QVERIFY2(restricted.contains(QLatin1String(key)), key);
        for (const char *key : {"name", "domains", "limits_memory", "build_pack"})
            QVERIFY2(!restricted.contains(QLatin1String(key)), key);
    }

    void readPathsFollowApiDoc()
    {
        const FieldTable &table = FieldTable::applications();
        QCOMPARE(table.field(u"domains"_s)->readPath, u"fqdn"_s);
        for (const char *key :
             {"is_static", "is_spa", "is_auto_deploy_enabled", "is_force_https_enabled"})
            QCOMPARE(table.field(QLatin1String(key))->readPath,
                     u"settings."_s + QLatin1String(key));
        QVERIFY(table.field(u"instant_deploy"_s)->action);
        QVERIFY(table.field(u"manual_webhook_secret_github"_s)->sensitive);
        QVERIFY(table.field(u"manual_webhook_secret_gitlab"_s)->sensitive);
        QVERIFY(table.field(u"dockerfile"_s)->readOnly);
        QVERIFY(!table.field(u"dockerfile"_s)->readOnlyReason.isEmpty());
        QCOMPARE(table.fieldByReadPath(u"fqdn"_s)->key, u"domains"_s);
    }

    // Every writable entry exists in the official PATCH body schema with a matching JSON type and
    // enum; where the spec and docs/coolify-api.md disagree, the document wins and the table
    // follows it.
    void matchesSpecAndApiDoc()
    {
        const QString yaml = readText(specPath());
        const QString apiDoc = readText(apiDocPath());
        QVERIFY2(!yaml.isEmpty(), qPrintable(specPath() + u" not found"_s));
        QVERIFY2(!apiDoc.isEmpty(), qPrintable(apiDocPath() + u" not found"_s));
        const auto spec = readSpecBody(yaml, u"update-application-by-uuid"_s);
        QVERIFY(spec.size() > 60);
        QVERIFY(spec.contains(u"dockerfile"_s));
        QStringList notAccepted;
        const auto rules = readDocRules(apiDoc, spec, &notAccepted);
        QVERIFY(notAccepted.contains(u"dockerfile"_s));
        QVERIFY(rules.size() > 40);

        static const QRegularExpression enumIn(u"enum `([^`]+)`"_s);
        static const QRegularExpression maxIn(u"(?:max |≤)(\\d+)"_s);
        static const QRegularExpression regexIn(u"`(\\^[^`]*\\$)`"_s);
        for (const FieldSpec &f : FieldTable::applications().fields()) {
            const QByteArray where = f.key.toUtf8();
            QVERIFY2(spec.contains(f.key),
                     QByteArray(where + " is not in the spec's PATCH body").constData());
            QCOMPARE(f.readOnly, notAccepted.contains(f.key));
            if (f.readOnly)
                continue;
            QVERIFY2(rules.contains(f.key),
                     QByteArray(where + " has no rule in coolify-api.md §3").constData());
            const QString rule = rules.value(f.key).rule;
            // JSON type: the document first (e.g. health_check_port is an integer although the spec
            // says string), otherwise the spec.
            SendAs expected = SendAs::String;
            if (rule.contains(QLatin1String("boolean")) || spec[f.key].type == u"boolean"_s)
                expected = SendAs::Bool;
            else if (rule.contains(QLatin1String("integer"))
                     || rule.startsWith(QLatin1String("numeric")))
                expected = SendAs::Int;
            else if (rule.contains(QLatin1String("string")))
                expected = SendAs::String;
            else if (spec[f.key].type == u"integer"_s)
                expected = SendAs::Int;
            QVERIFY2(f.sendAs == expected,
                     QByteArray(where + " is sent as the wrong JSON type: " + rule.toUtf8())
                         .constData());
            if (spec[f.key].type == u"integer"_s)
                QCOMPARE(f.sendAs, SendAs::Int);
            if (f.key.startsWith(QLatin1String("limits_")) && rule.contains(u"**string**"_s))
                QCOMPARE(f.sendAs, SendAs::String);
            if (rule.startsWith(QLatin1String("no rule")))
                continue; // instant_deploy: an action flag
            QVERIFY2(f.nullable == rule.contains(QLatin1String("nullable")),
                     QByteArray(where + " nullable differs from coolify-api.md: " + rule.toUtf8())
                         .constData());
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
        QTest::newRow("duplicate key") << u"1/key"_s << QJsonValue(u"name"_s);
        QTest::newRow("unknown category") << u"0/category"_s << QJsonValue(u"nope"_s);
        QTest::newRow("unknown type") << u"0/type"_s << QJsonValue(u"float"_s);
        QTest::newRow("editor does not fit") << u"0/editor"_s << QJsonValue(u"check"_s);
        QTest::newRow("limits sent as int") << u"0/send"_s << QJsonValue(u"int"_s);
        QTest::newRow("bad pattern") << u"4/pattern"_s << QJsonValue(u"^[a-$"_s);
        QTest::newRow("unanchored pattern") << u"4/pattern"_s << QJsonValue(u"[a-z]+"_s);
        QTest::newRow("unknown named pattern") << u"4/pattern"_s << QJsonValue(u"@nope"_s);
        QTest::newRow("read-only without reason") << u"0/readOnly"_s << QJsonValue(true);
        QTest::newRow("missing label") << u"0/label"_s << QJsonValue(u""_s);
        QTest::newRow("nullable not given") << u"0/nullable"_s << QJsonValue(u"yes"_s);
        QTest::newRow("no read path") << u"0/read"_s << QJsonValue(u""_s);
        QTest::newRow("enum on a string") << u"0/enum"_s << QJsonValue(QJsonArray{u"a"_s});
    }
    void rejectsBrokenTables()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject root = QJsonDocument::fromJson(embedded()).object();
        QString error;
        QVERIFY2(FieldTable::fromJson(embedded(), &error), qPrintable(error));
        QJsonArray fields = root.value(u"fields"_s).toArray();
        const qsizetype index = path.section(u'/', 0, 0).toInt();
        QJsonObject field = fields.at(index).toObject();
        field.insert(path.section(u'/', 1), value);
        fields.replace(index, field);
        root.insert(u"fields"_s, fields);
        QVERIFY(!FieldTable::fromJson(QJsonDocument(root).toJson(), &error));
        QVERIFY(!error.isEmpty());
    }

    void rejectsEmptyCategory()
    {
        QJsonObject root = QJsonDocument::fromJson(embedded()).object();
        QJsonArray categories = root.value(u"categories"_s).toArray();
        categories.append(QJsonObject{{u"id"_s, u"extra"_s}, {u"label"_s, u"Extra"_s}});
        root.insert(u"categories"_s, categories);
        QString error;
        QVERIFY(!FieldTable::fromJson(QJsonDocument(root).toJson(), &error));
        QVERIFY(!FieldTable::fromJson("not json", &error));
    }
};

QTEST_GUILESS_MAIN(TestFieldTable)
#include "tst_fieldtable.moc"
