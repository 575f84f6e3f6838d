// Tolerant JSON readers, status strings, and the servers value type: wrong types and absent keys
// never crash and never invent values.
#include "models/application.h"
#include "models/json.h"
#include "models/resourcestatus.h"
#include "models/server.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify::Models;

class TestValues : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void tolerantReaders();
    void listAsObject();
    void serversDecode();
    void serversDecodeRejectsWrongShape();
    void bidiOverridesAreShown();
};

void TestValues::status_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("health");
    QTest::addColumn<bool>("excluded");
    QTest::addColumn<QString>("text");
    using S = ResourceStatus::State;
    using H = ResourceStatus::Health;
    QTest::newRow("running:healthy")
        << "running:healthy" << int(S::Running) << int(H::Healthy) << false << "Running (healthy)";
    QTest::newRow("never deployed app")
        << "exited:unhealthy" << int(S::Exited) << int(H::Unhealthy) << false << "Exited";
    QTest::newRow("service bare exited")
        << "exited" << int(S::Exited) << int(H::Unknown) << false << "Exited";
    QTest::newRow("service excluded")
        << "running:healthy:excluded" << int(S::Running) << int(H::Healthy) << true
        << "Running (healthy), some containers excluded";
    QTest::newRow("unknown excluded")
        << "unknown:unknown:excluded" << int(S::Unknown) << int(H::Unknown) << true
        << "unknown:unknown:excluded, some containers excluded";
    QTest::newRow("starting:unhealthy") << "starting:unhealthy" << int(S::Starting)
                                        << int(H::Unhealthy) << false << "Starting (unhealthy)";
    QTest::newRow("degraded") << "degraded:unhealthy" << int(S::Degraded) << int(H::Unhealthy)
                              << false << "Degraded (unhealthy)";
    QTest::newRow("upper case, spaces") << " Running:Healthy " << int(S::Running) << int(H::Healthy)
                                        << false << "Running (healthy)";
    QTest::newRow("empty") << "" << int(S::Unknown) << int(H::Unknown) << false << "Unknown";
}

void TestValues::status()
{
    QFETCH(QString, raw);
    QFETCH(int, state);
    QFETCH(int, health);
    QFETCH(bool, excluded);
    QFETCH(QString, text);
    const ResourceStatus s = ResourceStatus::parse(raw);
    QCOMPARE(int(s.state), state);
    QCOMPARE(int(s.health), health);
    QCOMPARE(s.excluded, excluded);
    QCOMPARE(s.text(), text);
}

void TestValues::tolerantReaders()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"port":"3000","n":42,"f":1.5,"b1":1,"b0":"0",
        "bt":"true","s":"x","null":null,"obj":{},"ts":"2026-08-22T15:22:50.000000Z"})")
                              .object();
    QCOMPARE(Json::integer(o, QLatin1String("port")), std::optional<qint64>(3000));
    QCOMPARE(Json::integer(o, QLatin1String("n")), std::optional<qint64>(42));
    QCOMPARE(Json::integer(o, QLatin1String("s")), std::nullopt);
    QCOMPARE(Json::integer(o, QLatin1String("absent")), std::nullopt);
    QCOMPARE(Json::string(o, QLatin1String("n")), u"42"_s);
    QCOMPARE(Json::string(o, QLatin1String("f")), u"1.5"_s);
    QCOMPARE(Json::string(o, QLatin1String("null")), QString());
    QCOMPARE(Json::string(o, QLatin1String("obj")), QString());
    QCOMPARE(Json::boolean(o, QLatin1String("b1")), std::optional<bool>(true));
    QCOMPARE(Json::boolean(o, QLatin1String("b0")), std::optional<bool>(false));
    QCOMPARE(Json::boolean(o, QLatin1String("bt")), std::optional<bool>(true));
    QCOMPARE(Json::boolean(o, QLatin1String("s")), std::nullopt);
    QVERIFY(Json::has(o, QLatin1String("null")));
    QVERIFY(!Json::has(o, QLatin1String("absent")));
    const QDateTime ts = Json::timestamp(o, QLatin1String("ts"));
    QVERIFY(ts.isValid());
    QCOMPARE(ts, QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50), Qt::UTC));
    QVERIFY(!Json::timestamp(o, QLatin1String("s")).isValid());

    // Numbers no qint64 can hold are absent, never INT64_MIN (nor undefined behaviour).
    const QJsonObject huge = QJsonDocument::fromJson(
                                 R"({"big":1e50,"neg":-1e50,"edge":9223372036854775808,
        "max":9007199254740992,"frac":2.9,"minus":-2.9,"sbig":"1e50"})")
                                 .object();
    QCOMPARE(Json::integer(huge, QLatin1String("big")), std::nullopt);
    QCOMPARE(Json::integer(huge, QLatin1String("neg")), std::nullopt);
    QCOMPARE(Json::integer(huge, QLatin1String("edge")), std::nullopt);
    QCOMPARE(Json::integer(huge, QLatin1String("max")), std::optional<qint64>(9007199254740992));
    QCOMPARE(Json::integer(huge, QLatin1String("frac")), std::optional<qint64>(2));
    QCOMPARE(Json::integer(huge, QLatin1String("minus")), std::optional<qint64>(-2));
    QCOMPARE(Json::integer(huge, QLatin1String("sbig")), std::nullopt);
    QCOMPARE(Json::string(huge, QLatin1String("big")), u"1e+50"_s);
    QCOMPARE(Json::string(huge, QLatin1String("max")), u"9007199254740992"_s);
}

void TestValues::listAsObject()
{
    bool ok = false;
    const QJsonArray list =
        Json::list(QJsonDocument::fromJson(R"({"10":"c","2":"b","0":"a"})").object(), &ok);
    QVERIFY(ok);
    QCOMPARE(list, (QJsonArray{u"a"_s, u"b"_s, u"c"_s}));
    // Mixed keys: the numeric ones in order, then the others by text.
    QCOMPARE(Json::list(QJsonDocument::fromJson(R"({"b":4,"10":2,"a":3,"9":1,"x1":5})").object()),
             (QJsonArray{1, 2, 3, 4, 5}));
    Json::list(QJsonValue(u"text"_s), &ok);
    QVERIFY(!ok);
}

void TestValues::serversDecode()
{
    const auto doc = QJsonDocument::fromJson(R"([
        {"uuid":"s1","name":"main","ip":"10.0.0.1","user":"root","port":"2222","is_reachable":true,
         "is_usable":true,"settings":{"sentinel_token":"x","is_build_server":false}},
        {"uuid":"s2","name":"edge","ip":"10.0.0.2","is_reachable":false,"is_usable":false,
         "settings":{"is_build_server":false}},
        {"name":"no uuid is skipped"}, 42])");
    QString error;
    const QVariant value = Server::decodeList(doc, &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto servers = value.value<QList<Server>>();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0].port, 2222);
    QCOMPARE(servers[0].stateText(), u"Reachable"_s);
    QVERIFY(!servers[0].sensitiveHidden);
    QCOMPARE(servers[1].port, 22);
    QCOMPARE(servers[1].stateText(), u"Unreachable"_s);
    QVERIFY(servers[1].sensitiveHidden);
}

void TestValues::serversDecodeRejectsWrongShape()
{
    QString error;
    QVERIFY(!Server::decodeList(QJsonDocument::fromJson(R"("servers")"), &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestValues::bidiOverridesAreShown()
{
    // "invoice<RLO>fdp.exe" reads "invoiceexe.pdf" on screen: the override must be visible.
    const QString spoofed = u"invoice\u202Efdp.exe"_s;
    const QJsonObject object{{u"name"_s, spoofed}, {u"uuid"_s, u"a"_s}};
    QCOMPARE(Json::string(object, QLatin1String("name")), u"invoice⟦U+202E⟧fdp.exe"_s);
    const Application app = Application::fromJson(object);
    QVERIFY(!app.name.contains(QChar(0x202E)));
    QVERIFY(app.name.contains(u"⟦U+202E⟧"_s));
    // Isolates too; marks that do not reorder (RLM) and real right-to-left text stay as they are.
    QCOMPARE(Json::revealBidiOverrides(u"a\u2067b\u2069"_s), u"a⟦U+2067⟧b⟦U+2069⟧"_s);
    const QString hebrew = u"שלום\u200F app"_s;
    QCOMPARE(Json::revealBidiOverrides(hebrew), hebrew);
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
