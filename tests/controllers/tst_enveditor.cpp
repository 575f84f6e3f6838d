// EnvEditor against the sandbox (coolify-api.md §5, §16): loading the variables of each resource
// kind, one plan sent with the fewest requests (POST/PATCH for one item, bulk for several, DELETE
// per removal with an application's preview copy), every item checked after a reload (applied,
// trimmed by the server, failed with the 422/409/403 reason, not sent after a bulk stopped), the
// rest retried, tokens without write or without read:sensitive, and a copy between two instances.
#include "e2esandbox.h"

#include "api/families/envs.h"
#include "controllers/enveditor.h"
#include "models/envplan.h"
#include "models/envvarsmodel.h"

#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Api::ResourceKind;
using Controllers::EnvEditor;
using Models::EnvPlan;
using Models::EnvPlanItem;
using Models::EnvVar;
using Outcome = EnvEditor::Outcome;

Q_DECLARE_METATYPE(Coolify::Api::ResourceKind)

namespace {

EnvVar want(const QString &key, const QString &value, const QString &comment = {})
{
    EnvVar v;
    v.key = key;
    v.value = value;
    v.comment = comment;
    v.readable = true;
    return v;
}

QString familyOf(ResourceKind kind)
{
    return Api::routeSegment(kind);
}

} // namespace

class TestEnvEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEachKind_data();
    void loadsEachKind();
    void planWithEveryVerb_data();
    void planWithEveryVerb();
    void oneChangeIsOnePatch();
    void trimmedValueIsStoredDifferently();
    void bulkStopsAtTheInvalidItem();
    void duplicateAddIs409();
    void readOnlyTokenFails_data();
    void readOnlyTokenFails();
    void withoutReadSensitive_data();
    void withoutReadSensitive();
    void copyBetweenInstances();

private:
    std::unique_ptr<EnvEditor> editor(ResourceKind kind, const QString &uuid,
                                      Api::ApiClient *client = nullptr);
    static bool load(EnvEditor *e);
    static bool applyAndWait(EnvEditor *e, const EnvPlan &plan);
    QString firstUuid(ResourceKind kind);

    E2eSandbox m_e2e;
};

void TestEnvEditor::init()
{
    E2eSandbox::Config config = E2eSandbox::unthrottledDemo();
    config.tokens.insert(u"writer"_s, {u"read"_s, u"write"_s});
    QVERIFY(m_e2e.start(config));
}

void TestEnvEditor::cleanup()
{
    m_e2e.reset();
}

std::unique_ptr<EnvEditor> TestEnvEditor::editor(ResourceKind kind, const QString &uuid,
                                                 Api::ApiClient *client)
{
    return std::make_unique<EnvEditor>(client ? client : m_e2e.client.get(), kind, uuid,
                                       u"target"_s);
}

bool TestEnvEditor::load(EnvEditor *e)
{
    QSignalSpy done(e, &EnvEditor::loaded);
    QSignalSpy failed(e, &EnvEditor::loadFailed);
    e->reload();
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10000)
        && !done.isEmpty();
}

bool TestEnvEditor::applyAndWait(EnvEditor *e, const EnvPlan &plan)
{
    QSignalSpy applied(e, &EnvEditor::applied);
    if (!e->apply(plan))
        return false;
    return applied.wait(10000);
}

QString TestEnvEditor::firstUuid(ResourceKind kind)
{
    const Api::ApiResult r = m_e2e.call(Api::ApiRequest::get(familyOf(kind)));
    return r.json.array().at(0).toObject().value(u"uuid"_s).toString();
}

void TestEnvEditor::loadsEachKind_data()
{
    QTest::addColumn<ResourceKind>("kind");
    QTest::newRow("application") << ResourceKind::Application;
    QTest::newRow("database") << ResourceKind::Database;
    QTest::newRow("service") << ResourceKind::Service;
}

void TestEnvEditor::loadsEachKind()
{
    QFETCH(ResourceKind, kind);
    const QString uuid = firstUuid(kind);
    QVERIFY(!uuid.isEmpty());
    auto e = editor(kind, uuid);
    // A variable we know exists, whatever the demo seeds.
    QCOMPARE(
        m_e2e.call(Api::Envs::create(kind, uuid, want(u"KNOWN"_s, u"yes"_s).toJson())).httpStatus,
        201);
    QVERIFY(load(e.get()));
    QAbstractItemModelTester tester(e->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const EnvVar *known = e->model()->findKey(u"KNOWN"_s);
    QVERIFY(known);
    QVERIFY(known->readable);
    QCOMPARE(known->value, u"yes"_s);
    int previews = 0;
    for (const EnvVar &v : e->variables())
        previews += v.preview ? 1 : 0;
    // Preview copies exist for applications only (coolify-api.md §16).
    QCOMPARE(previews > 0, kind == ResourceKind::Application);
}

void TestEnvEditor::planWithEveryVerb_data()
{
    loadsEachKind_data();
}

void TestEnvEditor::planWithEveryVerb()
{
    QFETCH(ResourceKind, kind);
    const QString uuid = firstUuid(kind);
    for (const auto &[k, v] : {std::pair{u"KEEP"_s, u"same"_s}, std::pair{u"EDIT"_s, u"old"_s},
                               std::pair{u"DROP"_s, u"bye"_s}})
        QCOMPARE(m_e2e.call(Api::Envs::create(kind, uuid, want(k, v).toJson())).httpStatus, 201);
    auto e = editor(kind, uuid);
    QVERIFY(load(e.get()));
    // The wanted set: everything readable as it is, minus DROP, EDIT changed, NEW added.
    QList<EnvVar> wanted;
    for (const EnvVar &v : e->variables()) {
        if (!v.preview && v.readable && v.key != u"DROP"_s)
            wanted << (v.key == u"EDIT"_s ? want(v.key, u"new"_s, u"edited"_s) : v);
    }
    wanted << want(u"NEW_ONE"_s, u"line one\nline two"_s);
    const EnvPlan plan = EnvPlan::build(e->variables(), wanted, EnvPlan::Mode::Replace);
    QCOMPARE(plan.count(EnvPlanItem::Add), 1);
    QCOMPARE(plan.count(EnvPlanItem::Change), 1);
    QCOMPARE(plan.count(EnvPlanItem::Remove), 1);
    // One bulk for the add and the change, one DELETE (plus the preview copy's for apps).
    QCOMPARE(e->requestCount(plan), kind == ResourceKind::Application ? 3 : 2);
    QVERIFY(applyAndWait(e.get(), plan));
    QCOMPARE(e->outcomes().size(), 3);
    for (const Outcome &o : e->outcomes())
        QVERIFY2(o.result == Outcome::Applied, qPrintable(o.item.key + u": "_s + o.message));
    QVERIFY(e->remaining().items.isEmpty());
    QVERIFY(e->changedSomething());
    QCOMPARE(e->model()->findKey(u"EDIT"_s)->value, u"new"_s);
    QCOMPARE(e->model()->findKey(u"EDIT"_s)->comment, u"edited"_s);
    QVERIFY(e->model()->findKey(u"NEW_ONE"_s)->multiline);
    QVERIFY(!e->model()->findKey(u"DROP"_s));
    for (const EnvVar &v : e->variables())
        QVERIFY2(v.key != u"DROP"_s, "the preview copy goes with its variable");
    // Nothing left to do: the same wanted set plans no writes.
    QVERIFY(!EnvPlan::build(e->variables(), wanted, EnvPlan::Mode::Replace).hasWrites());
}

void TestEnvEditor::oneChangeIsOnePatch()
{
    const QString uuid = firstUuid(ResourceKind::Application);
    QCOMPARE(m_e2e
                 .call(Api::Envs::create(ResourceKind::Application, uuid,
                                         want(u"ONLY"_s, u"a"_s).toJson()))
                 .httpStatus,
             201);
    auto e = editor(ResourceKind::Application, uuid);
    QVERIFY(load(e.get()));
    EnvVar changed = *e->model()->findKey(u"ONLY"_s);
    changed.value = u"b"_s;
    changed.buildtime = false; // an application keeps its flags: PATCH sends all of them
    const EnvPlan plan = EnvPlan::build(e->variables(), {changed}, EnvPlan::Mode::Merge);
    QCOMPARE(e->requestCount(plan), 1);
    QVERIFY(applyAndWait(e.get(), plan));
    QCOMPARE(e->outcomes().value(0).result, Outcome::Applied);
    QCOMPARE(e->model()->findKey(u"ONLY"_s)->value, u"b"_s);
    QCOMPARE(e->model()->findKey(u"ONLY"_s)->buildtime, false);
}

void TestEnvEditor::trimmedValueIsStoredDifferently()
{
    const QString uuid = firstUuid(ResourceKind::Database);
    auto e = editor(ResourceKind::Database, uuid);
    QVERIFY(load(e.get()));
    const EnvPlan plan =
        EnvPlan::build(e->variables(), {want(u"SPACED"_s, u"  padded \n"_s)}, EnvPlan::Mode::Merge);
    QVERIFY(applyAndWait(e.get(), plan));
    const Outcome o = e->outcomes().value(0);
    QCOMPARE(o.result, Outcome::StoredDifferently);
    QVERIFY2(o.message.contains(u"spaces"_s), qPrintable(o.message));
    QCOMPARE(e->model()->findKey(u"SPACED"_s)->value, u"padded"_s);
}

void TestEnvEditor::bulkStopsAtTheInvalidItem()
{
    const QString uuid = firstUuid(ResourceKind::Application);
    auto e = editor(ResourceKind::Application, uuid);
    QVERIFY(load(e.get()));
    // The plan does not judge keys (the dialogs and the .env parser do); the server does, one
    // item after the other (coolify-api.md §5).
    const EnvPlan plan = EnvPlan::build(
        e->variables(),
        {want(u"FIRST_OK"_s, u"1"_s), want(u"9BAD"_s, u"2"_s), want(u"THIRD_OK"_s, u"3"_s)},
        EnvPlan::Mode::Merge);
    QVERIFY(applyAndWait(e.get(), plan));
    const QList<Outcome> outcomes = e->outcomes();
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).result, Outcome::Applied);
    QCOMPARE(outcomes.at(1).result, Outcome::Failed);
    QVERIFY2(outcomes.at(1).fieldErrors.contains(u"key"_s), qPrintable(outcomes.at(1).message));
    QCOMPARE(outcomes.at(2).result, Outcome::NotSent);
    QVERIFY(e->model()->findKey(u"FIRST_OK"_s));
    QVERIFY(!e->model()->findKey(u"THIRD_OK"_s));
    QCOMPARE(e->remaining().items.size(), 2);
    QVERIFY(e->outcomeSummary().contains(u"1 saved"_s));
    QVERIFY(e->outcomeSummary().contains(u"2 not saved"_s));

    // The rest without the bad item goes through.
    EnvPlan rest = e->remaining();
    rest.items.removeIf([](const EnvPlanItem &i) { return i.key == u"9BAD"_s; });
    QVERIFY(applyAndWait(e.get(), rest));
    QCOMPARE(e->outcomes().value(0).result, Outcome::Applied);
    QVERIFY(e->model()->findKey(u"THIRD_OK"_s));
}

void TestEnvEditor::duplicateAddIs409()
{
    const QString uuid = firstUuid(ResourceKind::Service);
    auto e = editor(ResourceKind::Service, uuid);
    QVERIFY(load(e.get()));
    // Someone else adds the key after our list was loaded: the single POST says so.
    QCOMPARE(m_e2e
                 .call(Api::Envs::create(ResourceKind::Service, uuid,
                                         want(u"RACE"_s, u"theirs"_s).toJson()))
                 .httpStatus,
             201);
    const EnvPlan plan =
        EnvPlan::build(e->variables(), {want(u"RACE"_s, u"mine"_s)}, EnvPlan::Mode::Merge);
    QCOMPARE(plan.count(EnvPlanItem::Add), 1);
    QVERIFY(applyAndWait(e.get(), plan));
    const Outcome o = e->outcomes().value(0);
    QCOMPARE(o.result, Outcome::Failed);
    QVERIFY2(o.message.contains(u"already exists"_s), qPrintable(o.message));
    QCOMPARE(e->model()->findKey(u"RACE"_s)->value, u"theirs"_s);
}

void TestEnvEditor::readOnlyTokenFails_data()
{
    loadsEachKind_data();
}

void TestEnvEditor::readOnlyTokenFails()
{
    QFETCH(ResourceKind, kind);
    const QString uuid = firstUuid(kind);
    auto client = m_e2e.newClient(&m_e2e.network, u"demo-read"_s);
    auto e = editor(kind, uuid, client.get());
    QVERIFY(load(e.get()));
    const EnvPlan plan =
        EnvPlan::build(e->variables(), {want(u"NOPE"_s, u"x"_s)}, EnvPlan::Mode::Merge);
    QVERIFY(applyAndWait(e.get(), plan));
    const Outcome o = e->outcomes().value(0);
    QCOMPARE(o.result, Outcome::Failed);
    QVERIFY2(o.message.contains(u"write"_s), qPrintable(o.message));
    QVERIFY(!e->changedSomething());
    QCOMPARE(e->remaining().items.size(), 1);
}

void TestEnvEditor::withoutReadSensitive_data()
{
    loadsEachKind_data();
}

void TestEnvEditor::withoutReadSensitive()
{
    QFETCH(ResourceKind, kind);
    const QString uuid = firstUuid(kind);
    QCOMPARE(m_e2e.call(Api::Envs::create(kind, uuid, want(u"SECRETISH"_s, u"s3cr3t"_s).toJson()))
                 .httpStatus,
             201);
    auto client = m_e2e.newClient(&m_e2e.network, u"writer"_s);
    auto e = editor(kind, uuid, client.get());
    QVERIFY(load(e.get()));
    const EnvVar *hidden = e->model()->findKey(u"SECRETISH"_s);
    QVERIFY(hidden);
    QVERIFY(!hidden->readable);
    QVERIFY(
        e->model()
            ->data(e->model()->index(e->model()->rowOf(hidden->uuid), Models::EnvVarsModel::Value),
                   Qt::ToolTipRole)
            .toString()
            .contains(u"read:sensitive"_s));
    // Replacing it works, but cannot be checked by reading it back.
    EnvVar next = *hidden;
    next.value = u"rotated"_s;
    next.readable = true;
    const EnvPlan plan = EnvPlan::build(e->variables(), {next}, EnvPlan::Mode::Merge);
    QCOMPARE(plan.count(EnvPlanItem::Change), 1);
    QVERIFY(plan.items.constFirst().overwritesUnread);
    QVERIFY(applyAndWait(e.get(), plan));
    QCOMPARE(e->outcomes().value(0).result, Outcome::Unverified);
    // The root token sees the new value.
    const Api::ApiResult r =
        m_e2e.call(Api::Envs::list(kind, uuid).withDecoder(&EnvVar::decodeList));
    bool found = false;
    for (const EnvVar &v : r.value.value<QList<EnvVar>>())
        found = found || (v.key == u"SECRETISH"_s && !v.preview && v.value == u"rotated"_s);
    QVERIFY(found);
    // A plan from a replace-everything text skips what it cannot read, never deletes it.
    const EnvPlan replace = EnvPlan::build(e->variables(), {}, EnvPlan::Mode::Replace);
    QCOMPARE(replace.count(EnvPlanItem::Remove), 0);
    QVERIFY(replace.count(EnvPlanItem::SkipUnreadable) > 0);
}

void TestEnvEditor::copyBetweenInstances()
{
    // Two sandboxes: "staging" and "production" instances.
    E2eSandbox other;
    E2eSandbox::Config config = E2eSandbox::unthrottledDemo();
    QVERIFY(other.start(config));
    const QString left = firstUuid(ResourceKind::Application);
    const QString right = other.call(Api::ApiRequest::get(u"databases"_s))
                              .json.array()
                              .at(0)
                              .toObject()
                              .value(u"uuid"_s)
                              .toString();
    QCOMPARE(m_e2e
                 .call(Api::Envs::create(ResourceKind::Application, left,
                                         want(u"SHARED_URL"_s, u"https://a.example"_s).toJson()))
                 .httpStatus,
             201);
    auto l = editor(ResourceKind::Application, left);
    auto r = std::make_unique<EnvEditor>(other.client.get(), ResourceKind::Database, right,
                                         u"production db"_s);
    QVERIFY(load(l.get()));
    QVERIFY(load(r.get()));
    QList<Models::EnvDiffRow> diff = Models::diffEnvSets(l->variables(), r->variables());
    const auto state = [&diff](const QString &key) {
        for (const Models::EnvDiffRow &row : diff) {
            if (row.key == key)
                return int(row.state);
        }
        return -1;
    };
    QCOMPARE(state(u"SHARED_URL"_s), int(Models::EnvDiffRow::OnlyLeft));
    const EnvPlan plan = EnvPlan::build(r->variables(), {*l->model()->findKey(u"SHARED_URL"_s)},
                                        EnvPlan::Mode::Merge);
    QVERIFY(applyAndWait(r.get(), plan));
    QCOMPARE(r->outcomes().value(0).result, Outcome::Applied);
    diff = Models::diffEnvSets(l->variables(), r->variables());
    QCOMPARE(state(u"SHARED_URL"_s), int(Models::EnvDiffRow::Same));
}

QTEST_GUILESS_MAIN(TestEnvEditor)
#include "tst_enveditor.moc"
