// Service values (aggregate statuses of 1–3 parts, components, missing arrays) and the services
// tree under QAbstractItemModelTester while services and their components come and go.
#include "models/roles.h"
#include "models/servicesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

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
    c.name = uuid + u"-name"_s;
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
        out << model.index(r, 0, parent).data(Roles::Uuid).toString();
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
    o.insert(u"status"_s, status);
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
    QCOMPARE(s.serviceType, u"n8n"_s);
    QCOMPARE(s.environmentId, qint64(3));
    QCOMPARE(s.serverId, qint64(0));
    QCOMPARE(s.destinationId, qint64(1));
    QVERIFY(s.serverReachable);
    QVERIFY(!s.composeHidden);
    QVERIFY(s.components.has_value());
    QCOMPARE(s.components->size(), 2);
    const ServiceComponent app = s.applications().value(0);
    QCOMPARE(app.kind, App);
    QCOMPARE(app.displayName(), u"N8N"_s);
    QCOMPARE(app.fqdn, u"https://n.example"_s);
    const ServiceComponent db = s.databases().value(0);
    QCOMPARE(db.kind, Db);
    QCOMPARE(db.displayName(), u"postgresql"_s); // human_name null → name
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
    Service s =
        service(u"s"_s, QList{component(u"a"_s, App), component(u"d"_s, Db, "exited:unhealthy")},
                "running:healthy:excluded");
    s.serviceType = u"plausible"_s;
    s.environmentId = 4;
    s.components->last().excludedFromStatus = true;
    s.components->first().fqdn = u"https://a.example"_s;
    s.components->first().image = u"img:1"_s;
    model.apply({s});

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex top = model.index(0, 0);
    QCOMPARE(model.rowCount(top), 2);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // children hang off column 0 only
    QCOMPARE(top.data().toString(), u"S"_s);
    QCOMPARE(model.index(0, ServicesModel::Type).data().toString(), u"plausible"_s);
    QCOMPARE(model.index(0, ServicesModel::Status).data().toString(),
             u"Running (healthy), some containers excluded"_s);
    QCOMPARE(top.data(ServicesModel::ComponentKindRole).toInt(), int(ServicesModel::Kind::Service));

    const QModelIndex app = model.index(0, 0, top);
    const QModelIndex db = model.index(1, 0, top);
    QCOMPARE(app.parent(), top);
    QCOMPARE(model.rowCount(app), 0);
    QCOMPARE(app.data(ServicesModel::ComponentKindRole).toInt(),
             int(ServicesModel::Kind::Application));
    QCOMPARE(db.data(ServicesModel::ComponentKindRole).toInt(), int(ServicesModel::Kind::Database));
    QCOMPARE(app.siblingAtColumn(ServicesModel::Url).data().toString(), u"https://a.example"_s);
    QCOMPARE(app.siblingAtColumn(ServicesModel::Image).data().toString(), u"img:1"_s);
    QCOMPARE(app.siblingAtColumn(ServicesModel::Type).data().toString(), u"Application"_s);
    QCOMPARE(db.siblingAtColumn(ServicesModel::Status).data().toString(),
             u"Exited (excluded from status)"_s);
    QCOMPARE(db.data(ServicesModel::ServiceUuidRole).toString(), u"s"_s);
    QCOMPARE(db.data(Roles::EnvironmentId).toLongLong(), 4);
    QCOMPARE(db.data(ServicesModel::ExcludedRole).toBool(), true);
    QCOMPARE(db.data(ServicesModel::RawStatusRole).toString(), u"exited:unhealthy"_s);
    QCOMPARE(model.indexOfChild(u"s"_s, u"d"_s), db);
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
        {service(u"s1"_s,
                 QList{component(u"a1"_s, App), component(u"a2"_s, App), component(u"d1"_s, Db)}),
         service(u"s2"_s, QList{component(u"b1"_s, App)})});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(childUuids(model, 0), (QStringList{u"a1"_s, u"a2"_s, u"d1"_s}));
    inserted.clear();

    // a2 goes away, d1 stops, d2 appears; s2 unchanged; s3 is new.
    model.apply({service(u"s1"_s,
                         QList{component(u"a1"_s, App), component(u"d1"_s, Db, "exited:unhealthy"),
                               component(u"d2"_s, Db)}),
                 service(u"s2"_s, QList{component(u"b1"_s, App)}),
                 service(u"s3"_s, std::nullopt, "exited")});
    QCOMPARE(childUuids(model, 0), (QStringList{u"a1"_s, u"d1"_s, u"d2"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.count(), 1);
    const QModelIndex changedChild = changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(changedChild.parent(), model.index(0, 0));
    QCOMPARE(changedChild.data(Roles::Uuid).toString(), u"d1"_s);
    QCOMPARE(inserted.count(), 2); // d2 under s1, then s3 at the top
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QVERIFY(!inserted.at(1).at(0).value<QModelIndex>().isValid());
    QCOMPARE(model.rowCount(model.index(2, 0)), 0);

    // A top-level change only: one ranged dataChanged on the top row.
    changed.clear();
    model.apply({service(u"s1"_s,
                         QList{component(u"a1"_s, App), component(u"d1"_s, Db, "exited:unhealthy"),
                               component(u"d2"_s, Db)},
                         "degraded:unhealthy"),
                 service(u"s2"_s, QList{component(u"b1"_s, App)}),
                 service(u"s3"_s, std::nullopt, "exited")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!changed.at(0).at(0).value<QModelIndex>().parent().isValid());
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), ServicesModel::ColumnCount - 1);

    // s1 and s2 vanish together: one removal run at the top.
    removed.clear();
    model.apply({service(u"s3"_s, std::nullopt, "exited")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestServices::listRefreshKeepsComponents()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({service(u"s"_s, QList{component(u"a"_s, App)})});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // GET /services items without `applications`/`databases`: keep what the detail brought.
    model.apply({service(u"s"_s, std::nullopt, "exited")});
    QCOMPARE(childUuids(model, 0), QStringList{u"a"_s});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.index(0, ServicesModel::Status).data().toString(), u"Exited"_s);
    // An explicit empty list does clear them.
    model.apply({service(u"s"_s, QList<ServiceComponent>(), "exited")});
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(removed.count(), 1);
}

void TestServices::persistentChildIndexes()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.apply({service(u"s1"_s, QList{component(u"x"_s, App)}),
                 service(u"s2"_s, QList{component(u"y"_s, App), component(u"z"_s, Db)})});
    QPersistentModelIndex selected = model.index(1, 0, model.index(1, 0)); // z under s2
    QPersistentModelIndex doomed = model.index(0, 0, model.index(0, 0)); // x under s1
    model.apply({service(u"s2"_s, QList{component(u"y"_s, App), component(u"z"_s, Db)})});
    QVERIFY(!doomed.isValid());
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(Roles::Uuid).toString(), u"z"_s);
    QCOMPARE(selected.parent(), model.index(0, 0));
    // y removed: z moves up inside s2.
    model.apply({service(u"s2"_s, QList{component(u"z"_s, Db)})});
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data(Roles::Uuid).toString(), u"z"_s);
}

void TestServices::upsertAndRemove()
{
    ServicesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.upsert(service(u"s"_s, std::nullopt));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(service(u"s"_s, QList{component(u"a"_s, App)}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(childUuids(model, 0), QStringList{u"a"_s});
    model.upsert(service(u"t"_s, QList{component(u"b"_s, Db)}));
    model.removeUuid(u"s"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(u"t"_s), 0);
    QCOMPARE(childUuids(model, 0), QStringList{u"b"_s});
    QVERIFY(model.find(u"s"_s) == nullptr);
    model.removeUuid(u"nope"_s);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
