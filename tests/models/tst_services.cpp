// Service values (aggregate statuses of 1–3 parts, components, missing arrays) and the services
// tree under QAbstractItemModelTester while services and their components come and go.
#include "models/servicesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Coolify::Models;

namespace {
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}
ServiceComponent component(const QString &uuid, ServiceComponent::Kind kind,
                           const char *status = "running:healthy")
{
    ServiceComponent c;
    c.kind = kind;
    c.uuid = uuid;
    c.name = uuid + QStringLiteral("-name");
    c.status = ResourceStatus::parse(QString::fromLatin1(status));
    return c;
}
Service service(const QString &uuid, std::optional<QList<ServiceComponent>> components,
                const char *status = "running:healthy")
{
    Service s;
    s.uuid = uuid;
    s.name = uuid.toUpper();
    s.status = ResourceStatus::parse(QString::fromLatin1(status));
    s.components = std::move(components);
    return s;
}
constexpr auto App = ServiceComponent::Kind::Application;
constexpr auto Db = ServiceComponent::Kind::Database;
QStringList childUuids(const ServicesModel &model, int row)
{
    QStringList out;
    const QModelIndex parent = model.index(row, 0);
    for (int r = 0; r < model.rowCount(parent); ++r)
        out << model.index(r, 0, parent).data(ServicesModel::UuidRole).toString();
    return out;
}
} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void aggregateStatus_data();
    void aggregateStatus();
    void decodeDetail();
    void decodeMissingChildren();
    void decodeList();
    void treeShape();
    void treeRefresh();
    void listRefreshKeepsComponents();
    void persistentChildIndexes();
    void upsertAndRemove();
};

void TestServices::aggregateStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("health");
    QTest::addColumn<bool>("excluded");
    using S = ResourceStatus::State;
    using H = ResourceStatus::Health;
    QTest::newRow("bare exited") << "exited" << int(S::Exited) << int(H::Unknown) << false;
    QTest::newRow("two parts") << "starting:unhealthy" << int(S::Starting) << int(H::Unhealthy)
                               << false;
    QTest::newRow("excluded") << "running:healthy:excluded" << int(S::Running) << int(H::Healthy)
                              << true;
    QTest::newRow("unknown excluded")
        << "unknown:unknown:excluded" << int(S::Unknown) << int(H::Unknown) << true;
    QTest::newRow("degraded") << "degraded:unhealthy" << int(S::Degraded) << int(H::Unhealthy)
                              << false;
}

void TestServices::aggregateStatus()
{
    QFETCH(QString, status);
    QFETCH(int, state);
    QFETCH(int, health);
    QFETCH(bool, excluded);
    QJsonObject o = object(R"({"uuid":"s"})");
    o.insert(QStringLiteral("status"), status);
    const Service s = Service::fromJson(o);
    QCOMPARE(int(s.status.state), state);
    QCOMPARE(int(s.status.health), health);
    QCOMPARE(s.status.excluded, excluded);
    QCOMPARE(s.status.raw, status);
}

void TestServices::decodeDetail()
{
    QString error;
    const QVariant value = Service::decode(QJsonDocument(object(R"({"uuid":"s1","name":"n8n",
        "status":"running:healthy:excluded","server_status":true,"service_type":"n8n",
        "environment_id":"3","server_id":0,"destination_id":"1","docker_compose_raw":"x",
        "applications":[{"uuid":"a1","name":"n8n","human_name":"N8N","fqdn":"https://n.example",
            "status":"running:healthy","image":"n8n:1","exclude_from_status":false}],
        "databases":[{"uuid":"d1","name":"postgresql","human_name":null,
            "status":"exited:unhealthy","image":"postgres:16","exclude_from_status":1},
            {"name":"no uuid"}]})")),
                                           &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const Service s = value.value<Service>();
    QCOMPARE(s.serviceType, QStringLiteral("n8n"));
    QCOMPARE(s.environmentId, qint64(3));
    QCOMPARE(s.serverId, qint64(0));
    QCOMPARE(s.destinationId, qint64(1));
    QVERIFY(s.serverReachable);
    QVERIFY(!s.composeHidden);
    QVERIFY(s.components.has_value());
    QCOMPARE(s.components->size(), 2);
    const ServiceComponent app = s.applications().value(0);
    QCOMPARE(app.kind, App);
    QCOMPARE(app.displayName(), QStringLiteral("N8N"));
    QCOMPARE(app.fqdn, QStringLiteral("https://n.example"));
    const ServiceComponent db = s.databases().value(0);
    QCOMPARE(db.kind, Db);
    QCOMPARE(db.displayName(), QStringLiteral("postgresql")); // human_name null → name
    QVERIFY(db.excludedFromStatus);
    QCOMPARE(db.status.state, ResourceStatus::State::Exited);
}

void TestServices::decodeMissingChildren()
{
    const Service none = Service::fromJson(object(R"({"uuid":"s","status":"exited"})"));
    QVERIFY(!none.components.has_value()); // unknown, not empty
    QVERIFY(none.applications().isEmpty());
    QVERIFY(none.composeHidden); // docker_compose_raw absent: redacted

    const Service appsOnly = Service::fromJson(object(R"({"uuid":"s",
        "applications":[{"uuid":"a"}]})"));
    QVERIFY(appsOnly.components.has_value());
    QCOMPARE(appsOnly.components->size(), 1);
    QVERIFY(appsOnly.databases().isEmpty());

    const Service wrongTypes = Service::fromJson(object(R"({"uuid":"s","applications":null,
        "databases":"nope"})"));
    QVERIFY(wrongTypes.components.has_value());
    QVERIFY(wrongTypes.components->isEmpty());
}

void TestServices::decodeList()
{
    QString error;
    const QVariant value = Service::decodeList(
        QJsonDocument::fromJson(R"([{"uuid":"a","laravel_through_key":1},{"x":1},
            {"uuid":"b","status":"exited","databases":[]}])"),
        &error);
    QVERIFY2(value.isValid(), qPrintable(error));
    const auto list = value.value<QList<Service>>();
    QCOMPARE(list.size(), 2);
    QVERIFY(!list.at(0).components);
    QVERIFY(list.at(1).components);
    QVERIFY(!Service::decodeList(QJsonDocument::fromJson("\"x\""), &error).isValid());
    QVERIFY(!Service::decode(QJsonDocument::fromJson("[]"), &error).isValid());
}

void TestServices::treeShape()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Service s = service(QStringLiteral("s"),
                        QList{component(QStringLiteral("a"), App),
                              component(QStringLiteral("d"), Db, "exited:unhealthy")},
                        "running:healthy:excluded");
    s.serviceType = QStringLiteral("plausible");
    s.environmentId = 4;
    s.components->last().excludedFromStatus = true;
    s.components->first().fqdn = QStringLiteral("https://a.example");
    s.components->first().image = QStringLiteral("img:1");
    model.apply({s});

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex top = model.index(0, 0);
    QCOMPARE(model.rowCount(top), 2);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // children hang off column 0 only
    QCOMPARE(top.data().toString(), QStringLiteral("S"));
    QCOMPARE(model.index(0, ServicesModel::Type).data().toString(), QStringLiteral("plausible"));
    QCOMPARE(model.index(0, ServicesModel::Status).data().toString(),
             QStringLiteral("Running (healthy), some containers excluded"));
    QCOMPARE(top.data(ServicesModel::KindRole).toInt(), int(ServicesModel::Kind::Service));

    const QModelIndex app = model.index(0, 0, top);
    const QModelIndex db = model.index(1, 0, top);
    QCOMPARE(app.parent(), top);
    QCOMPARE(model.rowCount(app), 0);
    QCOMPARE(app.data(ServicesModel::KindRole).toInt(), int(ServicesModel::Kind::Application));
    QCOMPARE(db.data(ServicesModel::KindRole).toInt(), int(ServicesModel::Kind::Database));
    QCOMPARE(app.siblingAtColumn(ServicesModel::Url).data().toString(),
             QStringLiteral("https://a.example"));
    QCOMPARE(app.siblingAtColumn(ServicesModel::Image).data().toString(), QStringLiteral("img:1"));
    QCOMPARE(app.siblingAtColumn(ServicesModel::Type).data().toString(),
             QStringLiteral("Application"));
    QCOMPARE(db.siblingAtColumn(ServicesModel::Status).data().toString(),
             QStringLiteral("Exited (excluded from status)"));
    QCOMPARE(db.data(ServicesModel::ServiceUuidRole).toString(), QStringLiteral("s"));
    QCOMPARE(db.data(ServicesModel::EnvironmentIdRole).toLongLong(), 4);
    QCOMPARE(db.data(ServicesModel::ExcludedRole).toBool(), true);
    QCOMPARE(db.data(ServicesModel::StatusRole).toString(), QStringLiteral("exited:unhealthy"));
    QCOMPARE(model.indexOfChild(QStringLiteral("s"), QStringLiteral("d")), db);
    QCOMPARE(model.service(0).components->size(), 2);
    QVERIFY(!model.index(5, 0, top).isValid());
    QVERIFY(!model.index(0, 0, app).isValid());
}

void TestServices::treeRefresh()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.apply(
        {service(QStringLiteral("s1"),
                 QList{component(QStringLiteral("a1"), App), component(QStringLiteral("a2"), App),
                       component(QStringLiteral("d1"), Db)}),
         service(QStringLiteral("s2"), QList{component(QStringLiteral("b1"), App)})});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(childUuids(model, 0),
             (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("d1")}));
    inserted.clear();

    // a2 goes away, d1 stops, d2 appears; s2 unchanged; s3 is new.
    model.apply({service(QStringLiteral("s1"),
                         QList{component(QStringLiteral("a1"), App),
                               component(QStringLiteral("d1"), Db, "exited:unhealthy"),
                               component(QStringLiteral("d2"), Db)}),
                 service(QStringLiteral("s2"), QList{component(QStringLiteral("b1"), App)}),
                 service(QStringLiteral("s3"), std::nullopt, "exited")});
    QCOMPARE(childUuids(model, 0),
             (QStringList{QStringLiteral("a1"), QStringLiteral("d1"), QStringLiteral("d2")}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.count(), 1);
    const QModelIndex changedChild = changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(changedChild.parent(), model.index(0, 0));
    QCOMPARE(changedChild.data(ServicesModel::UuidRole).toString(), QStringLiteral("d1"));
    QCOMPARE(inserted.count(), 2); // d2 under s1, then s3 at the top
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QVERIFY(!inserted.at(1).at(0).value<QModelIndex>().isValid());
    QCOMPARE(model.rowCount(model.index(2, 0)), 0);

    // A top-level change only: one ranged dataChanged on the top row.
    changed.clear();
    model.apply({service(QStringLiteral("s1"),
                         QList{component(QStringLiteral("a1"), App),
                               component(QStringLiteral("d1"), Db, "exited:unhealthy"),
                               component(QStringLiteral("d2"), Db)},
                         "degraded:unhealthy"),
                 service(QStringLiteral("s2"), QList{component(QStringLiteral("b1"), App)}),
                 service(QStringLiteral("s3"), std::nullopt, "exited")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!changed.at(0).at(0).value<QModelIndex>().parent().isValid());
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), ServicesModel::ColumnCount - 1);

    // s1 and s2 vanish together: one removal run at the top.
    removed.clear();
    model.apply({service(QStringLiteral("s3"), std::nullopt, "exited")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestServices::listRefreshKeepsComponents()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({service(QStringLiteral("s"), QList{component(QStringLiteral("a"), App)})});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // GET /services items without `applications`/`databases`: keep what the detail brought.
    model.apply({service(QStringLiteral("s"), std::nullopt, "exited")});
    QCOMPARE(childUuids(model, 0), QStringList{QStringLiteral("a")});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.index(0, ServicesModel::Status).data().toString(), QStringLiteral("Exited"));
    // An explicit empty list does clear them.
    model.apply({service(QStringLiteral("s"), QList<ServiceComponent>(), "exited")});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(removed.count(), 1);
}

void TestServices::persistentChildIndexes()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply(
        {service(QStringLiteral("s1"), QList{component(QStringLiteral("x"), App)}),
         service(QStringLiteral("s2"),
                 QList{component(QStringLiteral("y"), App), component(QStringLiteral("z"), Db)})});
    QPersistentModelIndex selected = model.index(1, 0, model.index(1, 0)); // z under s2
    QPersistentModelIndex doomed = model.index(0, 0, model.index(0, 0)); // x under s1
    model.apply(
        {service(QStringLiteral("s2"),
                 QList{component(QStringLiteral("y"), App), component(QStringLiteral("z"), Db)})});
    QVERIFY(!doomed.isValid());
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(ServicesModel::UuidRole).toString(), QStringLiteral("z"));
    QCOMPARE(selected.parent(), model.index(0, 0));
    // y removed: z moves up inside s2.
    model.apply({service(QStringLiteral("s2"), QList{component(QStringLiteral("z"), Db)})});
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data(ServicesModel::UuidRole).toString(), QStringLiteral("z"));
}

void TestServices::upsertAndRemove()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.upsert(service(QStringLiteral("s"), std::nullopt));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(service(QStringLiteral("s"), QList{component(QStringLiteral("a"), App)}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(childUuids(model, 0), QStringList{QStringLiteral("a")});
    model.upsert(service(QStringLiteral("t"), QList{component(QStringLiteral("b"), Db)}));
    model.removeUuid(QStringLiteral("s"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("t")), 0);
    QCOMPARE(childUuids(model, 0), QStringList{QStringLiteral("b")});
    QVERIFY(model.find(QStringLiteral("s")) == nullptr);
    model.removeUuid(QStringLiteral("nope"));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
