// Form state and PATCH body building: only dirty fields, the JSON types Coolify expects.
#include "forms/patchbuilder.h"
#include "sampledetail.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Forms;

class TestPatch : public QObject
{
    Q_OBJECT

private:
    FormState loaded()
    {
        FormState state(&FieldTable::applications());
        state.load(sampleDetail());
        return state;
    }

private slots:
    void loadsThroughReadPaths()
    {
        const FormState state = loaded();
        QCOMPARE(state.value(u"domains"_s), QJsonValue(u"https://shop.example.com"_s));
        QCOMPARE(state.value(u"is_auto_deploy_enabled"_s), QJsonValue(true));
        QCOMPARE(state.value(u"health_check_port"_s), QJsonValue(8080));
        QCOMPARE(state.value(u"start_command"_s), QJsonValue(u""_s)); // null shown empty
        QCOMPARE(state.value(u"instant_deploy"_s), QJsonValue(false));
        QVERIFY(state.isOmitted(u"manual_webhook_secret_github"_s));
        QVERIFY(state.isOmitted(u"dockerfile"_s));
        QVERIFY(!state.isOmitted(u"instant_deploy"_s));
        QVERIFY(!state.isOmitted(u"name"_s));
        QVERIFY(!state.isDirty());
        QCOMPARE(PatchBuilder::build(state).body, QJsonObject());
    }

    void sendsOnlyDirtyFieldsWithServerTypes()
    {
        FormState state = loaded();
        QVERIFY(state.setValue(u"limits_memory"_s, u"1g"_s));
        QVERIFY(state.setValue(u"limits_cpus"_s, u"2"_s));
        QVERIFY(state.setValue(u"health_check_port"_s, QJsonValue(3000)));
        QVERIFY(state.setValue(u"limits_cpu_shares"_s, QJsonValue(512)));
        QVERIFY(state.setValue(u"is_static"_s, true));
        QVERIFY(state.setValue(u"domains"_s, u"https://a.example.com, https://b.example.com"_s));
        QVERIFY(state.setValue(u"name"_s, u"storefront"_s)); // unchanged value: not dirty
        const PatchPlan plan = PatchBuilder::build(state);
        QVERIFY(plan.blocking.isEmpty());
        const QJsonObject expected{
            {u"limits_memory"_s, u"1g"_s},
            {u"limits_cpus"_s, u"2"_s}, // a string: a JSON number fails (coolify-api.md §3)
            {u"health_check_port"_s, 3000}, // an integer although read back as a string
            {u"limits_cpu_shares"_s, 512},
            {u"is_static"_s, true},
            {u"domains"_s, u"https://a.example.com,https://b.example.com"_s},
        };
        QCOMPARE(plan.body, expected);
        QVERIFY(plan.body.value(u"limits_cpus"_s).isString());
        QVERIFY(plan.body.value(u"health_check_port"_s).isDouble());
        QVERIFY(plan.body.value(u"is_static"_s).isBool());
        QCOMPARE(plan.keys.size(), 6);
    }

    void emptyValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("nullable command -> null") << u"build_command"_s << false;
        QTest::newRow("nullable domains -> null") << u"domains"_s << false;
        QTest::newRow("description -> null") << u"description"_s << false;
        QTest::newRow("name is not nullable") << u"name"_s << true;
        QTest::newRow("limits_memory is not nullable") << u"limits_memory"_s << true;
        QTest::newRow("health_check_path is not nullable") << u"health_check_path"_s << true;
    }
    void emptyValues()
    {
        QFETCH(QString, key);
        QFETCH(bool, blocked);
        FormState state = loaded();
        state.setValue(key, u"   "_s); // Coolify trims, then turns "" into null
        const PatchPlan plan = PatchBuilder::build(state);
        if (blocked) {
            QCOMPARE(plan.blocking.size(), 1);
            QCOMPARE(plan.blocking.first().field, key);
            QVERIFY(!plan.body.contains(key));
            QVERIFY(!plan.canSend());
        } else {
            QVERIFY(plan.blocking.isEmpty());
            QCOMPARE(plan.body.value(key), QJsonValue(QJsonValue::Null));
        }
    }

    // Coolify stores any text as a limit and hands it to Docker at the next deploy, so the form
    // refuses what Docker would not read (coolify-api.md §3).
    void dockerLimitsAreCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("sent");
        QTest::newRow("memory 768m") << u"limits_memory"_s << u"768m"_s << true;
        QTest::newRow("memory 2g") << u"limits_memory"_s << u"2g"_s << true;
        QTest::newRow("memory 1.5GB") << u"limits_memory"_s << u"1.5GB"_s << true;
        QTest::newRow("memory 256MiB") << u"limits_memory"_s << u"256MiB"_s << true;
        QTest::newRow("memory bytes") << u"limits_memory"_s << u"1073741824"_s << true;
        QTest::newRow("memory 0") << u"limits_memory"_s << u"0"_s << true;
        QTest::newRow("memory in words") << u"limits_memory"_s << u"half a gig"_s << false;
        QTest::newRow("memory unit only") << u"limits_memory"_s << u"g"_s << false;
        QTest::newRow("memory negative") << u"limits_memory"_s << u"-1g"_s << false;
        QTest::newRow("memory two units") << u"limits_memory"_s << u"5gm"_s << false;
        QTest::newRow("cpus 0.5") << u"limits_cpus"_s << u"0.5"_s << true;
        QTest::newRow("cpus 2") << u"limits_cpus"_s << u"2"_s << true;
        QTest::newRow("cpus with unit") << u"limits_cpus"_s << u"2 cores"_s << false;
        QTest::newRow("cpus comma") << u"limits_cpus"_s << u"1,5"_s << false;
    }
    void dockerLimitsAreCheckedBeforeSending()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, sent);
        FormState state = loaded();
        state.setValue(key, value);
        const PatchPlan plan = PatchBuilder::build(state);
        QCOMPARE(plan.body.contains(key), sent);
        QCOMPARE(plan.canSend(), sent);
        if (!sent) {
            QCOMPARE(plan.blocking.size(), 1);
            QVERIFY(plan.blocking.first().message.contains(u"0 means no limit"_s));
            // Said while typing too, before Save refuses it.
            QVERIFY(!PatchBuilder::hints(*FieldTable::applications().field(key), value).isEmpty());
        }
    }

    void nullablePortClears()
    {
        FormState state = loaded();
        state.setValue(u"health_check_port"_s, QJsonValue(QJsonValue::Null));
        QCOMPARE(PatchBuilder::build(state).body,
                 (QJsonObject{{u"health_check_port"_s, QJsonValue(QJsonValue::Null)}}));
        state.setValue(u"health_check_interval"_s, QJsonValue(QJsonValue::Null));
        QCOMPARE(PatchBuilder::build(state).blocking.size(), 1);
    }

    void redactedSecretsAreWriteOnly()
    {
        FormState state = loaded();
        QVERIFY(!state.isDirty(u"manual_webhook_secret_github"_s));
        state.setValue(u"manual_webhook_secret_github"_s, u""_s);
        QVERIFY(!state.isDirty(u"manual_webhook_secret_github"_s)); // never "" back
        state.setValue(u"manual_webhook_secret_github"_s, u"new-secret"_s);
        QCOMPARE(PatchBuilder::build(state).body,
                 (QJsonObject{{u"manual_webhook_secret_github"_s, u"new-secret"_s}}));
        QVERIFY(!state.setValue(u"dockerfile"_s, u"FROM scratch"_s)); // read-only
        QVERIFY(!state.isDirty(u"dockerfile"_s));
    }

    void actionFlagAndForceOverride()
    {
        FormState state = loaded();
        state.setValue(u"instant_deploy"_s, true);
        QCOMPARE(PatchBuilder::build(state).body, (QJsonObject{{u"instant_deploy"_s, true}}));
        QCOMPARE(PatchBuilder::build(state, {true}).body.contains(u"force_domain_override"_s),
                 false); // only with domains
        state.setValue(u"domains"_s, u"https://x.example.com"_s);
        QCOMPARE(PatchBuilder::build(state, {true}).body.value(u"force_domain_override"_s),
                 QJsonValue(true));
        QVERIFY(!PatchBuilder::build(state).body.contains(u"force_domain_override"_s));
    }

    void revertAndRebase()
    {
        FormState state = loaded();
        state.setValue(u"name"_s, u"renamed"_s);
        state.setValue(u"git_branch"_s, u"dev"_s);
        state.revert(u"git_branch"_s);
        QCOMPARE(state.dirtyKeys(), QStringList{u"name"_s});
        QJsonObject fresh = sampleDetail();
        fresh.insert(u"name"_s, u"renamed-elsewhere"_s);
        fresh.insert(u"build_command"_s, u"make"_s);
        fresh.insert(u"updated_at"_s, u"2026-11-28T11:00:00.000000Z"_s);
        QCOMPARE(state.rebase(fresh), QStringList{u"name"_s});
        QCOMPARE(state.value(u"name"_s), QJsonValue(u"renamed"_s)); // the edit is kept
        QCOMPARE(state.value(u"build_command"_s), QJsonValue(u"make"_s)); // adopted
        QCOMPARE(state.updatedAt(), u"2026-11-28T11:00:00.000000Z"_s);
        state.revertAll();
        QVERIFY(!state.isDirty());
        QCOMPARE(state.value(u"name"_s), QJsonValue(u"renamed-elsewhere"_s));
    }

    void hintsMirrorServerRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("hinted");
        QTest::newRow("base dir without slash")
            << u"base_directory"_s << QJsonValue(u"app"_s) << true;
        QTest::newRow("base dir ok") << u"base_directory"_s << QJsonValue(u"/app"_s) << false;
        QTest::newRow("branch HEAD") << u"git_branch"_s << QJsonValue(u"HEAD"_s) << true;
        QTest::newRow("branch ..") << u"git_branch"_s << QJsonValue(u"a..b"_s) << true;
        QTest::newRow("branch ok") << u"git_branch"_s << QJsonValue(u"feature/x-1"_s) << false;
        QTest::newRow("command with ;") << u"build_command"_s << QJsonValue(u"a; b"_s) << true;
        QTest::newRow("command &&")
            << u"build_command"_s << QJsonValue(u"npm ci && npm run build"_s) << false;
        QTest::newRow("bad domain") << u"domains"_s << QJsonValue(u"https://a.com, foo"_s) << true;
        QTest::newRow("port range") << u"health_check_port"_s << QJsonValue(70000) << true;
        QTest::newRow("name too long") << u"name"_s << QJsonValue(QString(256, u'a')) << true;
        QTest::newRow("pre-deploy anything")
            << u"pre_deployment_command"_s << QJsonValue(u"a; b"_s) << false;
    }
    void hintsMirrorServerRules()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, hinted);
        const FieldSpec *f = FieldTable::applications().field(key);
        QCOMPARE(!PatchBuilder::hints(*f, value).isEmpty(), hinted);
    }
};

QTEST_GUILESS_MAIN(TestPatch)
#include "tst_patch.moc"
