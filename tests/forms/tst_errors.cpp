// 422 answers (all three shapes) onto the form, the 409 conflict model, and the post-save
// comparison with its reasons.
#include "forms/conflictmodel.h"
#include "forms/errormapping.h"
#include "forms/savecomparison.h"
#include "sampledetail.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace Coolify::Forms;
using Coolify::Api::parseValidationErrors;

class TestErrors : public QObject
{
    Q_OBJECT

private:
    static ErrorReport mapped(const char *body)
    {
        return ErrorMapper::map(parseValidationErrors(QJsonDocument::fromJson(body).object()),
                                FieldTable::applications());
    }

private slots:
    void mapOfArrays()
    {
        const ErrorReport r = mapped(R"({"message":"Validation failed.","errors":{
            "name":["The name field must be a string."],
            "git_branch":["The git_branch field format is invalid."],
            "foo":["This field is not allowed."]}})");
        QCOMPARE(r.fieldErrors.value(u"name"_qs),
                 QStringList{u"The name field must be a string."_qs});
        QCOMPARE(r.fieldErrors.value(u"git_branch"_qs).size(), 1);
        QVERIFY(!r.fieldErrors.contains(u"foo"_qs));
        QCOMPARE(r.summary.size(), 1); // the unknown field goes to the summary
        QVERIFY(r.summary.first().message.contains(u"foo"_qs));
        QVERIFY(r.summary.first().field.isEmpty());
        QCOMPARE(r.firstField(FieldTable::applications()), u"name"_qs);
    }

    void mapOfStrings()
    {
        const ErrorReport r = mapped(R"({"message":"Validation failed.","errors":{
            "ports_exposes":"The ports_exposes should be a comma separated list of numbers.",
            "health_check_port":"The health_check_port field must be an integer."}})");
        QCOMPARE(r.fieldErrors.value(u"health_check_port"_qs).size(), 1);
        QCOMPARE(r.summary.size(), 1); // ports_exposes is not on this form
        QCOMPARE(r.firstField(FieldTable::applications()), u"health_check_port"_qs);
    }

    void plainListInferredToDomains()
    {
        const ErrorReport r = mapped(
            R"({"message":"Validation failed.","errors":["Invalid URL: foo","Invalid URL: bar"]})");
        QCOMPARE(r.summary.size(), 2);
        QCOMPARE(r.summary.at(0), (SummaryItem{u"Invalid URL: foo"_qs, u"domains"_qs}));
        QCOMPARE(r.fieldErrors.value(u"domains"_qs),
                 (QStringList{u"Invalid URL: foo"_qs, u"Invalid URL: bar"_qs}));
    }

    void messageOnlyAndReadPathKeys()
    {
        ErrorReport r = mapped(R"({"message":"The git_commit_sha is wrong somehow."})");
        QCOMPARE(r.summary.size(), 1);
        QCOMPARE(r.summary.first().field, u"git_commit_sha"_qs);
        r = mapped(R"({"errors":{"fqdn":["bad"]}})");
        QCOMPARE(r.fieldErrors.value(u"domains"_qs), QStringList{u"bad"_qs});
        r = mapped(R"({"errors":{"dockerfile":["This field is not allowed."]}})");
        QVERIFY(r.fieldErrors.isEmpty()); // read-only here: the summary explains it
        QCOMPARE(r.summary.first().field, u"dockerfile"_qs);
        QCOMPARE(ErrorMapper::inferField(u"Something unrelated."_qs, FieldTable::applications()),
                 QString());
        QCOMPARE(ErrorMapper::inferField(u"The health_check_port must be"_qs,
                                         FieldTable::applications()),
                 u"health_check_port"_qs);
    }

    void conflictModel()
    {
        ConflictModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray conflicts = QJsonDocument::fromJson(R"([
            {"domain":"shop.example.com","resource_name":"storefront-web","resource_uuid":"u1",
             "resource_type":"application","message":"Domain shop.example.com is already in use"},
            {"domain":"coolify.example.com","resource_name":"Coolify","resource_uuid":null,
             "resource_type":"instance","message":"is the instance FQDN"}])")
                                         .array();
        model.setConflicts(conflicts);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ConflictModel::ResourceColumn).data().toString(),
                 u"storefront-web"_qs);
        QCOMPARE(model.index(1, ConflictModel::TypeColumn).data().toString(),
                 u"Coolify instance"_qs);
        QCOMPARE(model.index(0, 0).data(ConflictModel::ResourceUuidRole).toString(), u"u1"_qs);
        model.setConflicts(QJsonArray{conflicts.at(0)});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void saveComparison_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("typed");
        QTest::addColumn<QJsonValue>("storedRaw");
        QTest::addColumn<int>("reason"); // -1: no difference
        QTest::newRow("same") << u"name"_qs << QJsonValue(u"x"_qs) << QJsonValue(u"x"_qs) << -1;
        QTest::newRow("trimmed") << u"build_command"_qs << QJsonValue(u" make "_qs)
                                 << QJsonValue(u"make"_qs) << int(DiffReason::Trimmed);
        QTest::newRow("empty -> null")
            << u"pre_deployment_command"_qs << QJsonValue(u"  "_qs) << QJsonValue(QJsonValue::Null)
            << int(DiffReason::EmptyBecameNull);
        QTest::newRow("tags stripped") << u"name"_qs << QJsonValue(u"<b>shop</b>"_qs)
                                       << QJsonValue(u"shop"_qs) << int(DiffReason::TagsStripped);
        QTest::newRow("domain lower-cased")
            << u"domains"_qs << QJsonValue(u"HTTPS://Shop.Example.com/Path"_qs)
            << QJsonValue(u"https://shop.example.com/Path"_qs) << int(DiffReason::DomainNormalised);
        QTest::newRow("domains ignored")
            << u"domains"_qs << QJsonValue(u"https://new.example.com"_qs)
            << QJsonValue(u"https://shop.example.com"_qs) << int(DiffReason::DomainsIgnored);
        QTest::newRow("port string back")
            << u"health_check_port"_qs << QJsonValue(3000) << QJsonValue(u"3000"_qs) << -1;
        QTest::newRow("unknown") << u"git_branch"_qs << QJsonValue(u"dev"_qs)
                                 << QJsonValue(u"main"_qs) << int(DiffReason::Unknown);
    }
    void saveComparison()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, typed);
        QFETCH(QJsonValue, storedRaw);
        QFETCH(int, reason);
        const FieldTable &table = FieldTable::applications();
        const FieldSpec *f = table.field(key);
        QJsonObject reloaded = sampleDetail();
        reloaded.insert(f->readPath, storedRaw);
        const QJsonObject before = sampleDetail();
        const QHash<QString, QJsonValue> typedMap{{key, typed}};
        const QHash<QString, QJsonValue> beforeMap{
            {key, FormState::toFormValue(*f, FormState::readPath(before, f->readPath))}};
        const auto diffs = SaveComparison::compare(table, typedMap, beforeMap, reloaded);
        if (reason < 0) {
            QVERIFY(diffs.isEmpty());
            return;
        }
        QCOMPARE(diffs.size(), 1);
        QCOMPARE(int(diffs.first().reason), reason);
        QVERIFY(!diffs.first().explanation().isEmpty());
    }

    void comparisonSkipsRedactedAndActions()
    {
        const FieldTable &table = FieldTable::applications();
        const QHash<QString, QJsonValue> typed{{u"manual_webhook_secret_github"_qs, u"s"_qs},
                                               {u"instant_deploy"_qs, true}};
        QVERIFY(SaveComparison::compare(table, typed, {}, sampleDetail()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
