// Form state and PATCH body building: only dirty fields, the JSON types Coolify expects.
#include "forms/patchbuilder.h"
#include "sampledetail.h"

#include <QTest>

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
        QCOMPARE(state.value(u"domains"_qs), QJsonValue(u"https://shop.example.com"_qs));
        QCOMPARE(state.value(u"is_auto_deploy_enabled"_qs), QJsonValue(true));
        QCOMPARE(state.value(u"health_check_port"_qs), QJsonValue(8080));
        QCOMPARE(state.value(u"start_command"_qs), QJsonValue(u""_qs)); // null shown empty
        QCOMPARE(state.value(u"instant_deploy"_qs), QJsonValue(false));
        QVERIFY(state.isOmitted(u"manual_webhook_secret_github"_qs));
        QVERIFY(state.isOmitted(u"dockerfile"_qs));
        QVERIFY(!state.isOmitted(u"instant_deploy"_qs));
        QVERIFY(!state.isOmitted(u"name"_qs));
        QVERIFY(!state.isDirty());
        QCOMPARE(PatchBuilder::build(state).body, QJsonObject());
    }

    void sendsOnlyDirtyFieldsWithServerTypes()
    {
        FormState state = loaded();
        QVERIFY(state.setValue(u"limits_memory"_qs, u"1g"_qs));
        QVERIFY(state.setValue(u"limits_cpus"_qs, u"2"_qs));
        QVERIFY(state.setValue(u"health_check_port"_qs, QJsonValue(3000)));
        QVERIFY(state.setValue(u"limits_cpu_shares"_qs, QJsonValue(512)));
        QVERIFY(state.setValue(u"is_static"_qs, true));
        QVERIFY(state.setValue(u"domains"_qs, u"https://a.example.com, https://b.example.com"_qs));
        QVERIFY(state.setValue(u"name"_qs, u"storefront"_qs)); // unchanged value: not dirty
        const PatchPlan plan = PatchBuilder::build(state);
        QVERIFY(plan.blocking.isEmpty());
        const QJsonObject expected{
            {u"limits_memory"_qs, u"1g"_qs},
            {u"limits_cpus"_qs, u"2"_qs}, // a string: a JSON number fails (FACTS §3)
            {u"health_check_port"_qs, 3000}, // an integer although read back as a string
            {u"limits_cpu_shares"_qs, 512},
            {u"is_static"_qs, true},
            {u"domains"_qs, u"https://a.example.com,https://b.example.com"_qs},
        };
        QCOMPARE(plan.body, expected);
        QVERIFY(plan.body.value(u"limits_cpus"_qs).isString());
        QVERIFY(plan.body.value(u"health_check_port"_qs).isDouble());
        QVERIFY(plan.body.value(u"is_static"_qs).isBool());
        QCOMPARE(plan.keys.size(), 6);
    }

    void emptyValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("nullable command -> null") << u"build_command"_qs << false;
        QTest::newRow("nullable domains -> null") << u"domains"_qs << false;
        QTest::newRow("description -> null") << u"description"_qs << false;
        QTest::newRow("name is not nullable") << u"name"_qs << true;
        QTest::newRow("limits_memory is not nullable") << u"limits_memory"_qs << true;
        QTest::newRow("health_check_path is not nullable") << u"health_check_path"_qs << true;
    }
    void emptyValues()
    {
        QFETCH(QString, key);
        QFETCH(bool, blocked);
        FormState state = loaded();
        state.setValue(key, u"   "_qs); // Coolify trims, then turns "" into null
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

    void nullablePortClears()
    {
        FormState state = loaded();
        state.setValue(u"health_check_port"_qs, QJsonValue(QJsonValue::Null));
        QCOMPARE(PatchBuilder::build(state).body,
                 (QJsonObject{{u"health_check_port"_qs, QJsonValue(QJsonValue::Null)}}));
        state.setValue(u"health_check_interval"_qs, QJsonValue(QJsonValue::Null));
        QCOMPARE(PatchBuilder::build(state).blocking.size(), 1);
    }

    void redactedSecretsAreWriteOnly()
    {
        FormState state = loaded();
        QVERIFY(!state.isDirty(u"manual_webhook_secret_github"_qs));
        state.setValue(u"manual_webhook_secret_github"_qs, u""_qs);
        QVERIFY(!state.isDirty(u"manual_webhook_secret_github"_qs)); // never "" back
        state.setValue(u"manual_webhook_secret_github"_qs, u"new-secret"_qs);
        QCOMPARE(PatchBuilder::build(state).body,
                 (QJsonObject{{u"manual_webhook_secret_github"_qs, u"new-secret"_qs}}));
        QVERIFY(!state.setValue(u"dockerfile"_qs, u"FROM scratch"_qs)); // read-only
        QVERIFY(!state.isDirty(u"dockerfile"_qs));
    }

    void actionFlagAndForceOverride()
    {
        FormState state = loaded();
        state.setValue(u"instant_deploy"_qs, true);
        QCOMPARE(PatchBuilder::build(state).body, (QJsonObject{{u"instant_deploy"_qs, true}}));
        QCOMPARE(PatchBuilder::build(state, {true}).body.contains(u"force_domain_override"_qs),
                 false); // only with domains
        state.setValue(u"domains"_qs, u"https://x.example.com"_qs);
        QCOMPARE(PatchBuilder::build(state, {true}).body.value(u"force_domain_override"_qs),
                 QJsonValue(true));
        QVERIFY(!PatchBuilder::build(state).body.contains(u"force_domain_override"_qs));
    }

    void revertAndRebase()
    {
        FormState state = loaded();
        state.setValue(u"name"_qs, u"renamed"_qs);
        state.setValue(u"git_branch"_qs, u"dev"_qs);
        state.revert(u"git_branch"_qs);
        QCOMPARE(state.dirtyKeys(), QStringList{u"name"_qs});
        QJsonObject fresh = sampleDetail();
        fresh.insert(u"name"_qs, u"renamed-elsewhere"_qs);
        fresh.insert(u"build_command"_qs, u"make"_qs);
        fresh.insert(u"updated_at"_qs, u"2026-11-28T11:00:00.000000Z"_qs);
        QCOMPARE(state.rebase(fresh), QStringList{u"name"_qs});
        QCOMPARE(state.value(u"name"_qs), QJsonValue(u"renamed"_qs)); // the edit is kept
        QCOMPARE(state.value(u"build_command"_qs), QJsonValue(u"make"_qs)); // adopted
        QCOMPARE(state.updatedAt(), u"2026-11-28T11:00:00.000000Z"_qs);
        state.revertAll();
        QVERIFY(!state.isDirty());
        QCOMPARE(state.value(u"name"_qs), QJsonValue(u"renamed-elsewhere"_qs));
    }

    void hintsMirrorServerRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("hinted");
        QTest::newRow("base dir without slash")
            << u"base_directory"_qs << QJsonValue(u"app"_qs) << true;
        QTest::newRow("base dir ok") << u"base_directory"_qs << QJsonValue(u"/app"_qs) << false;
        QTest::newRow("branch HEAD") << u"git_branch"_qs << QJsonValue(u"HEAD"_qs) << true;
        QTest::newRow("branch ..") << u"git_branch"_qs << QJsonValue(u"a..b"_qs) << true;
        QTest::newRow("branch ok") << u"git_branch"_qs << QJsonValue(u"feature/x-1"_qs) << false;
        QTest::newRow("command with ;") << u"build_command"_qs << QJsonValue(u"a; b"_qs) << true;
        QTest::newRow("command &&")
            << u"build_command"_qs << QJsonValue(u"npm ci && npm run build"_qs) << false;
        QTest::newRow("bad domain")
            << u"domains"_qs << QJsonValue(u"https://a.com, foo"_qs) << true;
        QTest::newRow("port range") << u"health_check_port"_qs << QJsonValue(70000) << true;
        QTest::newRow("name too long") << u"name"_qs << QJsonValue(QString(256, u'a')) << true;
        QTest::newRow("pre-deploy anything")
            << u"pre_deployment_command"_qs << QJsonValue(u"a; b"_qs) << false;
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
