// 422 answers (all three shapes) onto the form, the 409 conflict model, and the post-save
// comparison with its reasons.
#include "forms/conflictmodel.h"
#include "forms/errormapping.h"
#include "forms/savecomparison.h"
#include "sampledetail.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

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
        QCOMPARE(r.fieldErrors.value(u"name"_s),
                 QStringList{u"The name field must be a string."_s});
        QCOMPARE(r.fieldErrors.value(u"git_branch"_s).size(), 1);
        QVERIFY(!r.fieldErrors.contains(u"foo"_s));
        QCOMPARE(r.summary.size(), 1); // the unknown field goes to the summary
        QVERIFY(r.summary.first().message.contains(u"foo"_s));
        QVERIFY(r.summary.first().field.isEmpty());
        QCOMPARE(r.firstField(FieldTable::applications()), u"name"_s);
    }

    void mapOfStrings()
    {
        const ErrorReport r = mapped(R"({"message":"Validation failed.","errors":{
            "ports_exposes":"The ports_exposes should be a comma separated list of numbers.",
            "health_check_port":"The health_check_port field must be an integer."}})");
        QCOMPARE(r.fieldErrors.value(u"health_check_port"_s).size(), 1);
        QCOMPARE(r.summary.size(), 1); // ports_exposes is not on this form
        QCOMPARE(r.firstField(FieldTable::applications()), u"health_check_port"_s);
    }

    void plainListInferredToDomains()
    {
        const ErrorReport r = mapped(
            R"({"message":"Validation failed.","errors":["Invalid URL: foo","Invalid URL: bar"]})");
        QCOMPARE(r.summary.size(), 2);
        QCOMPARE(r.summary.at(0), (SummaryItem{u"Invalid URL: foo"_s, u"domains"_s}));
        QCOMPARE(r.fieldErrors.value(u"domains"_s),
                 (QStringList{u"Invalid URL: foo"_s, u"Invalid URL: bar"_s}));
    }

    void messageOnlyAndReadPathKeys()
    {
        ErrorReport r = mapped(R"({"message":"The git_commit_sha is wrong somehow."})");
        QCOMPARE(r.summary.size(), 1);
        QCOMPARE(r.summary.first().field, u"git_commit_sha"_s);
        r = mapped(R"({"errors":{"fqdn":["bad"]}})");
        QCOMPARE(r.fieldErrors.value(u"domains"_s), QStringList{u"bad"_s});
        r = mapped(R"({"errors":{"dockerfile":["This field is not allowed."]}})");
        QVERIFY(r.fieldErrors.isEmpty()); // read-only here: the summary explains it
        QCOMPARE(r.summary.first().field, u"dockerfile"_s);
        QCOMPARE(ErrorMapper::inferField(u"Something unrelated."_s, FieldTable::applications()),
                 QString());
        QCOMPARE(
            ErrorMapper::inferField(u"The health_check_port must be"_s, FieldTable::applications()),
            u"health_check_port"_s);
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
                 u"storefront-web"_s);
        QCOMPARE(model.index(1, ConflictModel::TypeColumn).data().toString(),
                 u"Coolify instance"_s);
        QCOMPARE(model.index(0, 0).data(ConflictModel::ResourceUuidRole).toString(), u"u1"_s);
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
        QTest::newRow("same") << u"name"_s << QJsonValue(u"x"_s) << QJsonValue(u"x"_s) << -1;
        QTest::newRow("trimmed") << u"build_command"_s << QJsonValue(u" make "_s)
                                 << QJsonValue(u"make"_s) << int(DiffReason::Trimmed);
        QTest::newRow("empty -> null")
            << u"pre_deployment_command"_s << QJsonValue(u"  "_s) << QJsonValue(QJsonValue::Null)
            << int(DiffReason::EmptyBecameNull);
        QTest::newRow("tags stripped") << u"name"_s << QJsonValue(u"<b>shop</b>"_s)
                                       << QJsonValue(u"shop"_s) << int(DiffReason::TagsStripped);
        QTest::newRow("domain lower-cased")
            << u"domains"_s << QJsonValue(u"HTTPS://Shop.Example.com/Path"_s)
            << QJsonValue(u"https://shop.example.com/Path"_s) << int(DiffReason::DomainNormalised);
        QTest::newRow("domains ignored")
            << u"domains"_s << QJsonValue(u"https://new.example.com"_s)
            << QJsonValue(u"https://shop.example.com"_s) << int(DiffReason::DomainsIgnored);
        QTest::newRow("port string back")
            << u"health_check_port"_s << QJsonValue(3000) << QJsonValue(u"3000"_s) << -1;
        QTest::newRow("unknown") << u"git_branch"_s << QJsonValue(u"dev"_s) << QJsonValue(u"main"_s)
                                 << int(DiffReason::Unknown);
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
        const QHash<QString, QJsonValue> typed{{u"manual_webhook_secret_github"_s, u"s"_s},
                                               {u"instant_deploy"_s, true}};
        QVERIFY(SaveComparison::compare(table, typed, {}, sampleDetail()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
