// Database values from odd JSON (all 8 types, KeyDB without database_type, numbers as strings,
// redacted keys) and the databases table under QAbstractItemModelTester while rows come and go.
#include "models/databasesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Coolify::Models;
using Coolify::Api::DatabaseType;

namespace {
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
Database db(const QString &uuid, const QString &name, const char *status = "running:healthy")
{
    Database d;
    d.uuid = uuid;
    d.name = name;
    d.type = DatabaseType::PostgreSQL;
    d.status = ResourceStatus::parse(QString::fromLatin1(status));
    d.serverReachable = true;
    return d;
}
QStringList names(const DatabasesModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, DatabasesModel::Name).data().toString();
    return out;
}
} // namespace

class TestDatabases : public QObject
{
    Q_OBJECT

private slots:
    void detectType_data();
    void detectType();
    void typeStrings();
    void tolerantFields();
    void redactedFields();
    void typeHintOnlyWhenRowIsSilent();
    void decodeList();
    void decodeRejectsWrongShape();
    void createdDecode();
    void modelRefresh();
    void modelDataAndRoles();
    void modelServerNames();
};

void TestDatabases::detectType_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("type"); // -1: unknown
    const auto row = [](const char *name, const char *json, int type) {
        QTest::newRow(name) << QString::fromLatin1(json) << type;
    };
    row("postgresql", R"({"database_type":"standalone-postgresql","image":"postgres:16"})",
        int(DatabaseType::PostgreSQL));
    row("mysql", R"({"database_type":"standalone-mysql"})", int(DatabaseType::MySQL));
    row("mariadb", R"({"database_type":"standalone-mariadb"})", int(DatabaseType::MariaDB));
    row("mongodb", R"({"database_type":"standalone-mongodb"})", int(DatabaseType::MongoDB));
    row("redis", R"({"database_type":"standalone-redis"})", int(DatabaseType::Redis));
    row("dragonfly", R"({"database_type":"standalone-dragonfly"})", int(DatabaseType::Dragonfly));
    row("clickhouse", R"({"database_type":"standalone-clickhouse"})",
        int(DatabaseType::ClickHouse));
    row("database_type wins over image",
        R"({"database_type":"standalone-mariadb","image":"mysql:8"})", int(DatabaseType::MariaDB));
    row("keydb by keydb_conf (redacted row)",
        R"({"uuid":"k","image":"registry.local/cache:1","keydb_conf":null})",
        int(DatabaseType::KeyDB));
    row("keydb by keydb_password", R"({"uuid":"k","keydb_password":"x"})",
        int(DatabaseType::KeyDB));
    row("keydb by image only", R"({"uuid":"k","image":"eqalpha/keydb:latest"})",
        int(DatabaseType::KeyDB));
    row("keydb image mentioning redis", R"({"image":"example/keydb-redis-compatible:6"})",
        int(DatabaseType::KeyDB));
    row("no type, postgres fields", R"({"postgres_user":"u"})", int(DatabaseType::PostgreSQL));
    row("no type, dragonfly image", R"({"image":"docker.dragonflydb.io/dragonflydb/dragonfly"})",
        int(DatabaseType::Dragonfly));
    row("registry port is not the type", R"({"image":"registry:5000/team/mongo:7"})",
        int(DatabaseType::MongoDB));
    row("unknown database_type falls back", R"({"database_type":"standalone-foo",
        "image":"clickhouse/clickhouse-server:25.1"})",
        int(DatabaseType::ClickHouse));
    row("nothing to go on", R"({"uuid":"x","image":"busybox"})", -1);
    row("empty", R"({})", -1);
}

void TestDatabases::detectType()
{
    QFETCH(QString, json);
    QFETCH(int, type);
    const auto detected = Database::detectType(object(json.toUtf8().constData()));
    QCOMPARE(detected ? int(*detected) : -1, type);
}

void TestDatabases::typeStrings()
{
    QCOMPARE(Coolify::Api::allDatabaseTypes().size(), 8);
    for (const DatabaseType type : Coolify::Api::allDatabaseTypes()) {
        QCOMPARE(Coolify::Api::databaseTypeFromString(Coolify::Api::databaseTypeString(type)),
                 std::optional<DatabaseType>(type));
        QVERIFY(!Database::typeName(type).isEmpty());
    }
    QCOMPARE(Coolify::Api::databasePathSegment(DatabaseType::KeyDB), QStringLiteral("keydb"));
    QCOMPARE(Coolify::Api::databaseTypeString(DatabaseType::ClickHouse),
             QStringLiteral("standalone-clickhouse"));
    QCOMPARE(Database::typeName(DatabaseType::KeyDB), QStringLiteral("KeyDB"));
    QCOMPARE(Database::typeName(std::nullopt), QStringLiteral("Unknown"));
    QCOMPARE(Coolify::Api::databaseTypeFromString(QStringLiteral("standalone-")), std::nullopt);
}

void TestDatabases::tolerantFields()
{
    const Database d = Database::fromJson(object(R"({"uuid":"p1","name":"shop",
        "database_type":"standalone-postgresql","status":"Running:Healthy","server_status":1,
        "is_public":"1","public_port":"54321","environment_id":"7","destination_id":2,
        "started_at":"2026-08-22T15:22:50.000000Z","postgres_user":"app","postgres_db":"shop",
        "postgres_password":"pw","internal_db_url":"postgres://app:pw@p1:5432/shop",
        "external_db_url":null,"description":null})"));
    QCOMPARE(d.uuid, QStringLiteral("p1"));
    QCOMPARE(d.type, std::optional<DatabaseType>(DatabaseType::PostgreSQL));
    QCOMPARE(d.status.state, ResourceStatus::State::Running);
    QVERIFY(d.serverReachable);
    QVERIFY(d.isPublic);
    QCOMPARE(d.publicPort, std::optional<int>(54321));
    QCOMPARE(d.environmentId, qint64(7));
    QCOMPARE(d.destinationId, qint64(2));
    QCOMPARE(d.startedAt, QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50), Qt::UTC));
    QCOMPARE(d.user, QStringLiteral("app"));
    QCOMPARE(d.databaseName, QStringLiteral("shop"));
    QCOMPARE(d.description, QString());
    QVERIFY(!d.password.hidden);
    QCOMPARE(d.password.displayText(), QStringLiteral("pw"));
    QVERIFY(!d.sensitiveHidden());
    QVERIFY(!d.externalUrl.hidden); // present, null: not public
    QVERIFY(d.externalUrl.value.isEmpty());

    const Database odd = Database::fromJson(object(R"({"uuid":"x","public_port":"nope",
        "environment_id":null,"server_status":"maybe","started_at":"yesterday"})"));
    QCOMPARE(odd.publicPort, std::nullopt);
    QCOMPARE(odd.environmentId, qint64(-1));
    QVERIFY(!odd.serverReachable);
    QVERIFY(!odd.startedAt.isValid());
    QCOMPARE(odd.type, std::nullopt);
    QCOMPARE(odd.typeName(), QStringLiteral("Unknown"));
}

void TestDatabases::redactedFields()
{
    // A read-only token: passwords and URLs are absent, not null (FACTS §2).
    const Database keydb = Database::fromJson(object(R"({"uuid":"k1","name":"cache",
        "image":"eqalpha/keydb:latest","status":"running:healthy","keydb_conf":null})"));
    QCOMPARE(keydb.type, std::optional<DatabaseType>(DatabaseType::KeyDB));
    QVERIFY(keydb.password.hidden);
    QVERIFY(keydb.internalUrl.hidden);
    QVERIFY(keydb.externalUrl.hidden);
    QVERIFY(keydb.sensitiveHidden());
    QCOMPARE(keydb.user, QStringLiteral("default"));
    QCOMPARE(keydb.internalUrl.displayText(),
             QStringLiteral("hidden — token lacks read:sensitive"));

    const Database mongo = Database::fromJson(object(R"({"uuid":"m1",
        "database_type":"standalone-mongodb","mongo_initdb_root_username":"root",
        "mongo_initdb_database":"events"})"));
    QVERIFY(mongo.password.hidden);
    QCOMPARE(mongo.user, QStringLiteral("root"));
    QCOMPARE(mongo.databaseName, QStringLiteral("events"));

    // An empty password that was sent is not "hidden".
    const Database open = Database::fromJson(object(R"({"uuid":"r1",
        "database_type":"standalone-redis","redis_password":"","internal_db_url":"redis://x"})"));
    QVERIFY(!open.password.hidden);
    QCOMPARE(open.password.displayText(), QString());
}

void TestDatabases::typeHintOnlyWhenRowIsSilent()
{
    const QJsonObject silent = object(R"({"uuid":"a","image":"custom"})");
    QCOMPARE(Database::fromJson(silent, DatabaseType::MySQL).type,
             std::optional<DatabaseType>(DatabaseType::MySQL));
    const QJsonObject typed = object(R"({"uuid":"a","database_type":"standalone-redis"})");
    QCOMPARE(Database::fromJson(typed, DatabaseType::MySQL).type,
             std::optional<DatabaseType>(DatabaseType::Redis));
}

void TestDatabases::decodeList()
{
    const QJsonDocument document = QJsonDocument::fromJson(R"([
        {"uuid":"a","database_type":"standalone-postgresql","backup_configs":[]},
        {"uuid":"b","keydb_conf":null,"laravel_through_key":3},
        {"name":"no uuid, skipped"},
        "not an object",
        {"uuid":"c","database_type":"standalone-clickhouse"}])");
    QString error;
    const QVariant value = Database::decodeList(document, &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto list = value.value<QList<Database>>();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).type, std::optional<DatabaseType>(DatabaseType::KeyDB));
    QCOMPARE(list.at(2).type, std::optional<DatabaseType>(DatabaseType::ClickHouse));

    // A collection serialised as an object keyed "0","1",…
    const QJsonDocument keyed = QJsonDocument::fromJson(
        R"({"1":{"uuid":"y","database_type":"standalone-redis"},"0":{"uuid":"x"}})");
    const auto fromObject = Database::decodeList(keyed, &error).value<QList<Database>>();
    QCOMPARE(fromObject.size(), 2);
    QCOMPARE(fromObject.at(0).uuid, QStringLiteral("x"));
}

void TestDatabases::decodeRejectsWrongShape()
{
    QString error;
    QVERIFY(!Database::decodeList(QJsonDocument(), &error).isValid());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!Database::decode(QJsonDocument(QJsonArray{1, 2}), &error).isValid());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!Database::decode(QJsonDocument(QJsonObject{{QStringLiteral("name"), 1}}), &error)
                 .isValid());
    const QVariant one = Database::decode(
        QJsonDocument(object(R"({"uuid":"z","database_type":"standalone-mysql"})")), &error);
    QCOMPARE(one.value<Database>().type, std::optional<DatabaseType>(DatabaseType::MySQL));
}

void TestDatabases::createdDecode()
{
    QString error;
    const QVariant value = CreatedDatabase::decode(
        QJsonDocument(object(R"({"uuid":"n1","internal_db_url":"postgres://p:s@n1:5432/p"})")),
        &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto created = value.value<CreatedDatabase>();
    QCOMPARE(created.uuid, QStringLiteral("n1"));
    QCOMPARE(created.internalUrl, QStringLiteral("postgres://p:s@n1:5432/p"));
    QVERIFY(created.externalUrl.isEmpty());
    QVERIFY(!CreatedDatabase::decode(QJsonDocument(QJsonObject()), &error).isValid());
}

void TestDatabases::modelRefresh()
{
    DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply({db(QStringLiteral("a"), QStringLiteral("A")),
                 db(QStringLiteral("b"), QStringLiteral("B")),
                 db(QStringLiteral("c"), QStringLiteral("C"))});
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QPersistentModelIndex selected = model.index(2, DatabasesModel::Name);

    // a stops, b is deleted, d is created.
    model.apply({db(QStringLiteral("a"), QStringLiteral("A"), "exited:unhealthy"),
                 db(QStringLiteral("c"), QStringLiteral("C")),
                 db(QStringLiteral("d"), QStringLiteral("D"))});
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(selected.row(), 1);
    QCOMPARE(model.index(0, DatabasesModel::Status).data().toString(), QStringLiteral("Exited"));

    model.upsert(db(QStringLiteral("e"), QStringLiteral("E")));
    model.removeUuid(QStringLiteral("a"));
    QCOMPARE(names(model),
             (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")}));
    model.apply({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!selected.isValid());
    QCOMPARE(resets.count(), 0);
}

void TestDatabases::modelDataAndRoles()
{
    DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Database keydb = Database::fromJson(object(R"({"uuid":"k","name":"cache",
        "image":"eqalpha/keydb:latest","status":"running:unhealthy","keydb_conf":null,
        "environment_id":4,"server_status":false})"));
    Database pg = db(QStringLiteral("p"), QStringLiteral("shop"));
    pg.isPublic = true;
    pg.publicPort = 54321;
    pg.image = QStringLiteral("postgres:16-alpine");
    model.apply({keydb, pg});

    QCOMPARE(model.columnCount(), int(DatabasesModel::ColumnCount));
    QCOMPARE(model.headerData(DatabasesModel::PublicPort, Qt::Horizontal).toString(),
             QStringLiteral("Public port"));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, DatabasesModel::Type).toString(), QStringLiteral("KeyDB"));
    QCOMPARE(cell(0, DatabasesModel::Status).toString(), QStringLiteral("Running (unhealthy)"));
    QCOMPARE(cell(0, DatabasesModel::PublicPort).toString(), QStringLiteral("—"));
    QCOMPARE(cell(0, DatabasesModel::PublicPort, DatabasesModel::SortRole).toInt(), -1);
    QCOMPARE(cell(0, DatabasesModel::Server).toString(), QStringLiteral("Unreachable"));
    QCOMPARE(cell(0, 0, DatabasesModel::TypeRole).toInt(), int(DatabaseType::KeyDB));
    QCOMPARE(cell(0, 0, DatabasesModel::EnvironmentIdRole).toLongLong(), 4);
    QCOMPARE(cell(0, 0, DatabasesModel::StatusRole).toString(),
             QStringLiteral("running:unhealthy"));
    QCOMPARE(cell(0, 0, DatabasesModel::SensitiveHiddenRole).toBool(), true);
    QCOMPARE(cell(1, 0, DatabasesModel::UuidRole).toString(), QStringLiteral("p"));
    QCOMPARE(cell(1, DatabasesModel::PublicPort).toString(), QStringLiteral("54321"));
    QCOMPARE(cell(1, DatabasesModel::PublicPort, DatabasesModel::SortRole).toInt(), 54321);
    QCOMPARE(cell(1, DatabasesModel::Image).toString(), QStringLiteral("postgres:16-alpine"));
    QCOMPARE(cell(1, DatabasesModel::Server).toString(), QStringLiteral("Reachable"));
    // Problems sort before healthy rows.
    QVERIFY(cell(0, DatabasesModel::Status, DatabasesModel::SortRole).toInt()
            < cell(1, DatabasesModel::Status, DatabasesModel::SortRole).toInt());
    QVERIFY(!cell(0, DatabasesModel::Name, Qt::DecorationRole).isValid());
}

void TestDatabases::modelServerNames()
{
    DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Database down = db(QStringLiteral("b"), QStringLiteral("B"));
    down.serverReachable = false;
    model.apply({db(QStringLiteral("a"), QStringLiteral("A")), down});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServerNames({{QStringLiteral("a"), QStringLiteral("edge-1")},
                          {QStringLiteral("b"), QStringLiteral("edge-2")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(DatabasesModel::Server));
    QCOMPARE(model.index(0, DatabasesModel::Server).data().toString(), QStringLiteral("edge-1"));
    QCOMPARE(model.index(1, DatabasesModel::Server).data().toString(),
             QStringLiteral("edge-2 (unreachable)"));
    model.setServerNames({{QStringLiteral("a"), QStringLiteral("edge-1")},
                          {QStringLiteral("b"), QStringLiteral("edge-2")}});
    QCOMPARE(changed.count(), 1); // same names: no signal
}

QTEST_GUILESS_MAIN(TestDatabases)
#include "tst_databases.moc"
