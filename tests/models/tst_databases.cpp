// Database values from odd JSON (all 8 types, KeyDB without database_type, numbers as strings,
// redacted keys) and the databases table under QAbstractItemModelTester while rows come and go.
#include "models/databasesmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

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
    void passwordMasked_data();
    void passwordMasked();
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
    QCOMPARE(Coolify::Api::databasePathSegment(DatabaseType::KeyDB), u"keydb"_s);
    QCOMPARE(Coolify::Api::databaseTypeString(DatabaseType::ClickHouse),
             u"standalone-clickhouse"_s);
    QCOMPARE(Database::typeName(DatabaseType::KeyDB), u"KeyDB"_s);
    QCOMPARE(Database::typeName(std::nullopt), u"Unknown"_s);
    QCOMPARE(Coolify::Api::databaseTypeFromString(u"standalone-"_s), std::nullopt);
}

void TestDatabases::tolerantFields()
{
    const Database d = Database::fromJson(object(R"({"uuid":"p1","name":"shop",
        "database_type":"standalone-postgresql","status":"Running:Healthy","server_status":1,
        "is_public":"1","public_port":"54321","environment_id":"7","destination_id":2,
        "started_at":"2026-08-22T15:22:50.000000Z","postgres_user":"app","postgres_db":"shop",
        "postgres_password":"pw","internal_db_url":"postgres://app:pw@p1:5432/shop",
        "external_db_url":null,"description":null})"));
    QCOMPARE(d.uuid, u"p1"_s);
    QCOMPARE(d.type, std::optional<DatabaseType>(DatabaseType::PostgreSQL));
    QCOMPARE(d.status.state, ResourceStatus::State::Running);
    QVERIFY(d.serverReachable);
    QVERIFY(d.isPublic);
    QCOMPARE(d.publicPort, std::optional<int>(54321));
    QCOMPARE(d.environmentId, qint64(7));
    QCOMPARE(d.destinationId, qint64(2));
    QCOMPARE(d.startedAt, QDateTime(QDate(2026, 8, 22), QTime(15, 22, 50), Qt::UTC));
    QCOMPARE(d.user, u"app"_s);
    QCOMPARE(d.databaseName, u"shop"_s);
    QCOMPARE(d.description, QString());
    QVERIFY(!d.password.hidden);
    QCOMPARE(d.password.displayText(), u"pw"_s);
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
    QCOMPARE(odd.typeName(), u"Unknown"_s);
}

void TestDatabases::redactedFields()
{
    // A read-only token: passwords and URLs are absent, not null (coolify-api.md §2).
    const Database keydb = Database::fromJson(object(R"({"uuid":"k1","name":"cache",
        "image":"eqalpha/keydb:latest","status":"running:healthy","keydb_conf":null})"));
    QCOMPARE(keydb.type, std::optional<DatabaseType>(DatabaseType::KeyDB));
    QVERIFY(keydb.password.hidden);
    QVERIFY(keydb.internalUrl.hidden);
    QVERIFY(keydb.externalUrl.hidden);
    QVERIFY(keydb.sensitiveHidden());
    QCOMPARE(keydb.user, u"default"_s);
    QCOMPARE(keydb.internalUrl.displayText(), u"hidden — token lacks read:sensitive"_s);

    const Database mongo = Database::fromJson(object(R"({"uuid":"m1",
        "database_type":"standalone-mongodb","mongo_initdb_root_username":"root",
        "mongo_initdb_database":"events"})"));
    QVERIFY(mongo.password.hidden);
    QCOMPARE(mongo.user, u"root"_s);
    QCOMPARE(mongo.databaseName, u"events"_s);

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
    QCOMPARE(fromObject.at(0).uuid, u"x"_s);
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
    QVERIFY(!Database::decode(QJsonDocument(QJsonObject{{u"name"_s, 1}}), &error).isValid());
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
    QCOMPARE(created.uuid, u"n1"_s);
    QCOMPARE(created.internalUrl, u"postgres://p:s@n1:5432/p"_s);
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

    model.apply({db(u"a"_s, u"A"_s), db(u"b"_s, u"B"_s), db(u"c"_s, u"C"_s)});
    QCOMPARE(names(model), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    QPersistentModelIndex selected = model.index(2, DatabasesModel::Name);

    // a stops, b is deleted, d is created.
    model.apply({db(u"a"_s, u"A"_s, "exited:unhealthy"), db(u"c"_s, u"C"_s), db(u"d"_s, u"D"_s)});
    QCOMPARE(names(model), (QStringList{u"A"_s, u"C"_s, u"D"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(selected.row(), 1);
    QCOMPARE(model.index(0, DatabasesModel::Status).data().toString(), u"Exited"_s);

    model.upsert(db(u"e"_s, u"E"_s));
    model.removeUuid(u"a"_s);
    QCOMPARE(names(model), (QStringList{u"C"_s, u"D"_s, u"E"_s}));
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
    Database pg = db(u"p"_s, u"shop"_s);
    pg.isPublic = true;
    pg.publicPort = 54321;
    pg.image = u"postgres:16-alpine"_s;
    model.apply({keydb, pg});

    QCOMPARE(model.columnCount(), int(DatabasesModel::ColumnCount));
    QCOMPARE(model.headerData(DatabasesModel::PublicPort, Qt::Horizontal).toString(),
             u"Public port"_s);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, DatabasesModel::Type).toString(), u"KeyDB"_s);
    QCOMPARE(cell(0, DatabasesModel::Status).toString(), u"Running (unhealthy)"_s);
    QCOMPARE(cell(0, DatabasesModel::PublicPort).toString(), u"—"_s);
    QCOMPARE(cell(0, DatabasesModel::PublicPort, Roles::Sort).toInt(), -1);
    QCOMPARE(cell(0, DatabasesModel::Server).toString(), u"Unreachable"_s);
    QCOMPARE(cell(0, 0, DatabasesModel::TypeRole).toInt(), int(DatabaseType::KeyDB));
    QCOMPARE(cell(0, 0, Roles::EnvironmentId).toLongLong(), 4);
    QCOMPARE(cell(0, 0, DatabasesModel::RawStatusRole).toString(), u"running:unhealthy"_s);
    QCOMPARE(cell(0, 0, DatabasesModel::SensitiveHiddenRole).toBool(), true);
    QCOMPARE(cell(1, 0, Roles::Uuid).toString(), u"p"_s);
    QCOMPARE(cell(1, DatabasesModel::PublicPort).toString(), u"54321"_s);
    QCOMPARE(cell(1, DatabasesModel::PublicPort, Roles::Sort).toInt(), 54321);
    QCOMPARE(cell(1, DatabasesModel::Image).toString(), u"postgres:16-alpine"_s);
    QCOMPARE(cell(1, DatabasesModel::Server).toString(), u"Reachable"_s);
    // Problems sort before healthy rows.
    QVERIFY(cell(0, DatabasesModel::Status, Roles::Sort).toInt()
            < cell(1, DatabasesModel::Status, Roles::Sort).toInt());
    QVERIFY(!cell(0, DatabasesModel::Name, Qt::DecorationRole).isValid());
}

void TestDatabases::modelServerNames()
{
    DatabasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Database down = db(u"b"_s, u"B"_s);
    down.serverReachable = false;
    model.apply({db(u"a"_s, u"A"_s), down});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServerNames({{u"a"_s, u"edge-1"_s}, {u"b"_s, u"edge-2"_s}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(DatabasesModel::Server));
    QCOMPARE(model.index(0, DatabasesModel::Server).data().toString(), u"edge-1"_s);
    QCOMPARE(model.index(1, DatabasesModel::Server).data().toString(), u"edge-2 (unreachable)"_s);
    model.setServerNames({{u"a"_s, u"edge-1"_s}, {u"b"_s, u"edge-2"_s}});
    QCOMPARE(changed.count(), 1); // same names: no signal
}

void TestDatabases::passwordMasked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    const auto row = [](const char *name, const char *url, const char *shown) {
        QTest::newRow(name) << QString::fromUtf8(url) << QString::fromUtf8(shown);
    };
    row("postgres", "postgres://postgres:s3cr3t@ab12cd:5432/postgres",
        "postgres://postgres:***@ab12cd:5432/postgres");
    row("redis, default user", "redis://default:pw@r1:6379/0", "redis://default:***@r1:6379/0");
    row("mongodb with query", "mongodb://root:pw@m1:27017/?directConnection=true",
        "mongodb://root:***@m1:27017/?directConnection=true");
    row("no path", "postgres://u:pw@host", "postgres://u:***@host");
    row("colon and @ in the password", "postgres://u:p:a@ss@host:5432/db",
        "postgres://u:***@host:5432/db");
    row("slash in the password", "postgres://u:pa/ss@host:5432/db", "postgres://***@host:5432/db");
    row("user without password", "postgres://postgres@host/db", "postgres://postgres@host/db");
    row("no user", "postgres://host:5432/db", "postgres://host:5432/db");
    row("@ in the path only", "https://host/users/@me", "https://host/users/@me");
    row("not a URL", "hello", "hello");
    row("empty", "", "");
}

void TestDatabases::passwordMasked()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(withPasswordMasked(url, u"***"), shown);
    QCOMPARE(withPasswordMasked(shown, u"***"), shown); // masking twice changes nothing
}

QTEST_GUILESS_MAIN(TestDatabases)
#include "tst_databases.moc"
