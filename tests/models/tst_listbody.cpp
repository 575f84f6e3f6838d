// decodeListBody (element by element) against decodeList (one document) for every family: the
// same value, the same QVariant type and the same error texts, on hand-written odd bodies and on
// the sandbox's own list bodies; damaged bodies are malformed, wrong shapes are not.
#include "api/responseinterpreter.h"
#include "models/application.h"
#include "models/database.h"
#include "models/deployment.h"
#include "models/project.h"
#include "models/server.h"
#include "models/service.h"
#include "sandbox/state.h"
#include "sandbox/views.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using namespace Coolify;
using namespace Coolify::Models;

namespace {

using ListDecoder = QVariant (*)(const QJsonDocument &, QString *);
using BodyDecoder = QVariant (*)(const QByteArray &, QString *, Api::BodyFault *);

struct Family
{
    ListDecoder decodeList = nullptr;
    BodyDecoder decodeListBody = nullptr;
    std::function<bool(const QVariant &, const QVariant &)> same;
    std::function<qsizetype(const QVariant &)> count;
};

template<typename T> Family family()
{
    return {&T::decodeList, &T::decodeListBody,
            [](const QVariant &a, const QVariant &b) {
                return a.value<QList<T>>() == b.value<QList<T>>();
            },
            [](const QVariant &v) {
                return v.value<QList<T>>().size();
            }};
}

const QMap<QString, Family> &families()
{
    static const QMap<QString, Family> all = {
        {u"applications"_s, family<Application>()}, {u"databases"_s, family<Database>()},
        {u"services"_s, family<Service>()},         {u"deployments"_s, family<Deployment>()},
        {u"servers"_s, family<Server>()},           {u"projects"_s, family<Project>()},
    };
    return all;
}

// What ResponseInterpreter does with a Decoder: an empty body is an empty document, a parse
// error is InvalidJson with describeParseError's text.
struct Whole
{
    QVariant value;
    QString error;
    bool malformed = false;
};
Whole decodeWhole(const Family &family, const QByteArray &body)
{
    Whole out;
    if (body.trimmed().isEmpty()) {
        out.value = family.decodeList(QJsonDocument(), &out.error);
        return out;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.malformed = true;
        out.error = Api::describeParseError(parseError.error, parseError.offset, body.size());
        return out;
    }
    out.value = family.decodeList(document, &out.error);
    return out;
}

// Laravel's sortBy() without values(): an index object whose keys come out of order.
QByteArray shuffledIndexObject(const QJsonArray &values)
{
    QByteArray body = "{";
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        body += '"' + QByteArray::number(i) + "\":"
            + QJsonDocument(QJsonArray{values.at(i)})
                  .toJson(QJsonDocument::Compact)
                  .chopped(1)
                  .mid(1);
        if (i > 0)
            body += ',';
    }
    return body + '}';
}

QJsonArray arrayOf(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return array;
}

// Rows every family keeps some of: uuid and deployment_uuid, odd types, children, environments.
// (The escaped quotes are in a plain literal: moc misreads \" inside a raw string.)
const QByteArray kMixed =
    R"([)"
    R"(  {"uuid":"a1","deployment_uuid":"d1","name":"shop","status":"running:healthy","fqdn":null,)"
    R"(   "database_type":"standalone-postgresql","applications":[{"uuid":"c1","name":"web"}],)"
    R"(   "environments":[{"uuid":"e1","name":"production"}],"id":"7","settings":{"is_static":1}},)"
    R"(  {"name":"no uuid"},)"
    R"(  1, "text", null, [{"uuid":"nested"}],)"
    R"(  {"uuid":"k1","deployment_uuid":"d2","image":"eqalpha/keydb:latest","keydb_password":"x",)"
    R"(   "databases":[{"uuid":"c2"}],"environments":{"0":{"uuid":"e2"}},"ip":"10.0.0.1",)"
    "   \"is_reachable\":\"1\",\"status\":\"exited\",\"name\":\"Grüße \\\"quoted\\\" ]}\"},"
    R"(  {"uuid":"","deployment_uuid":""})"
    R"(])";

} // namespace

class TestListBody : public QObject
{
    Q_OBJECT

private slots:
    void sameAsDecodeList_data();
    void sameAsDecodeList();
    void sandboxBodies_data();
    void sandboxBodies();
};

void TestListBody::sameAsDecodeList_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("malformed");

    const QList<std::tuple<const char *, QByteArray, bool, bool>> bodies = {
        {"mixed array", kMixed, true, false},
        {"mixed as index object", shuffledIndexObject(QJsonDocument::fromJson(kMixed).array()),
         true, false},
        {"index object with a repeated key",
         R"({"0":{"uuid":"a","deployment_uuid":"a"},"1":{"uuid":"b","deployment_uuid":"b"},)"
         R"("0":{"uuid":"c","deployment_uuid":"c"}})",
         true, false},
        {"empty array", "[]", true, false},
        {"empty object", "{}", true, false},
        {"non-index key", R"({"0":{"uuid":"a","deployment_uuid":"a"},"x":{"uuid":"b"}})", true,
         false},
        {"error object", R"({"message":"Unauthenticated."})", true, false},
        {"empty body", "", false, false},
        {"whitespace body", " \n ", false, false},
        {"number", "42", false, true},
        {"html", "<html><body>Login</body></html>", false, true},
        {"truncated", R"([{"uuid":"a","deployment_uuid":"a"},{"uuid":)", false, true},
        {"truncated index object", R"({"0":{"uuid":"a"},"1":{"uuid":"b"})", false, true},
        {"truncated error object", R"({"message":"Unauth)", false, true},
        {"garbage after the list", R"([{"uuid":"a"}] x)", false, true},
        {"missing comma", R"([{"uuid":"a"} {"uuid":"b"}])", false, true},
        {"invalid element", R"([{"uuid":"a"},{"uuid":}])", false, true},
    };
    for (const QString &name : families().keys()) {
        for (const auto &[row, body, valid, malformed] : bodies) {
            QTest::addRow("%s: %s", qPrintable(name), row) << name << body << valid << malformed;
        }
    }
}

void TestListBody::sameAsDecodeList()
{
    QFETCH(QString, family);
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(bool, malformed);
    const Family &f = families().value(family);

    const Whole whole = decodeWhole(f, body);
    QString error;
    Api::BodyFault fault = Api::BodyFault::None;
    const QVariant value = f.decodeListBody(body, &error, &fault);
    const bool isMalformed = fault == Api::BodyFault::Malformed;

    QCOMPARE(isMalformed, whole.malformed);
    QCOMPARE(isMalformed, malformed);
    QCOMPARE(value.isValid(), whole.value.isValid());
    QCOMPARE(value.metaType(), whole.value.metaType());
    QVERIFY(f.same(value, whole.value));
    if (!malformed)
        QCOMPARE(error, whole.error); // "expected a list of …" from decodeList itself
    else if (whole.error.startsWith(u"it ends after"_s))
        QCOMPARE(error, whole.error); // a body cut short says so, like the interpreter does
    else
        QVERIFY2(error.contains(u"at byte"_s), qPrintable(error));
    if (family != u"applications"_s || !valid)
        return;
    // Rows the element-by-element path must really have decoded, not just agreed on.
    if (body == kMixed)
        QCOMPARE(f.count(value), 2);
}

void TestListBody::sandboxBodies_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QByteArray>("body");

    Sandbox::SandboxState state(1);
    state.seed(150);
    QList<QJsonObject> apps, databases, services, deployments, servers, projects;
    for (const QJsonObject &row : std::as_const(state.applications))
        apps.append(Sandbox::Views::application(state, row, true, false));
    for (const QJsonObject &row : std::as_const(state.databases)) {
        databases.append(Sandbox::Views::database(state, row, true));
        databases.append(Sandbox::Views::database(state, row, false));
    }
    for (const QJsonObject &row : std::as_const(state.services))
        services.append(Sandbox::Views::service(state, row, true));
    for (const QJsonObject &row : std::as_const(state.deployments))
        deployments.append(Sandbox::Views::deployment(row, true));
    for (const QJsonObject &row : std::as_const(state.servers))
        servers.append(Sandbox::Views::serverListItem(row, true));
    for (const QJsonObject &row : std::as_const(state.projects))
        projects.append(Sandbox::Views::publicFields(row, false));
    QVERIFY(apps.size() > 150 && !databases.isEmpty() && !services.isEmpty()
            && !deployments.isEmpty() && !servers.isEmpty() && !projects.isEmpty());

    const QList<std::pair<QString, QList<QJsonObject>>> lists = {
        {u"applications"_s, apps},       {u"databases"_s, databases}, {u"services"_s, services},
        {u"deployments"_s, deployments}, {u"servers"_s, servers},     {u"projects"_s, projects},
    };
    for (const auto &[name, objects] : lists) {
        const QJsonArray array = arrayOf(objects);
        QTest::addRow("%s: array", qPrintable(name))
            << name << QJsonDocument(array).toJson(QJsonDocument::Indented);
        QTest::addRow("%s: index object out of order", qPrintable(name))
            << name << shuffledIndexObject(array);
    }
}

void TestListBody::sandboxBodies()
{
    QFETCH(QString, family);
    QFETCH(QByteArray, body);
    const Family &f = families().value(family);

    const Whole whole = decodeWhole(f, body);
    QVERIFY(whole.value.isValid());
    QVERIFY(f.count(whole.value) > 0);
    QString error;
    Api::BodyFault fault = Api::BodyFault::None;
    const QVariant value = f.decodeListBody(body, &error, &fault);
    QVERIFY2(value.isValid(), qPrintable(error));
    QCOMPARE(fault, Api::BodyFault::None);
    QCOMPARE(value.metaType(), whole.value.metaType());
    QCOMPARE(f.count(value), f.count(whole.value));
    QVERIFY(f.same(value, whole.value));

    // Cut anywhere inside the list: malformed, and told as a body that ends too early.
    const qsizetype closed = body.trimmed().size(); // just after the closing bracket
    for (const qsizetype size : {qsizetype(1), closed / 3, closed - 1}) {
        QString cutError;
        Api::BodyFault cutFault = Api::BodyFault::None;
        QVERIFY(!f.decodeListBody(body.left(size), &cutError, &cutFault).isValid());
        QCOMPARE(cutFault, Api::BodyFault::Malformed);
        QCOMPARE(cutError, Api::describeParseError(QJsonParseError::UnterminatedArray, size, size));
    }
}

QTEST_GUILESS_MAIN(TestListBody)
#include "tst_listbody.moc"
