#include "instances/instancestore.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Coolify::Instances;

class TestInstanceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void updateAndRemove();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void sessionOnlyIsNeverWritten();
    void sessionToSavedAndBack();
    void migrateUnversioned();
    void newerVersionIsReadOnly();
    void noSecretInSettings();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    static Instance sample(const QString &name, const QString &url);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInstanceStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestInstanceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Instance TestInstanceStore::sample(const QString &name, const QString &url)
{
    Instance instance = Instance::create(name, QUrl(url), QColor(0x12, 0x34, 0x56));
    instance.notes = QStringLiteral("Notes for ") + name + QStringLiteral("\nsecond line, äöü");
    return instance;
}

void TestInstanceStore::roundTrip()
{
    const Instance prod =
        sample(QStringLiteral("Production"), QStringLiteral("https://coolify.example.com/api/v1/"));
    const Instance staging =
        sample(QStringLiteral("Staging"), QStringLiteral("http://10.0.0.5:8000"));
    QCOMPARE(prod.rootUrl, QUrl(QStringLiteral("https://coolify.example.com")));
    QVERIFY(!prod.id.contains(u'{'));
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.list().isEmpty());
        QSignalSpy added(&store, &InstanceStore::added);
        QVERIFY(store.add(prod));
        QVERIFY(store.add(staging));
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).toString(), prod.id);
        QVERIFY(!store.add(prod)); // duplicate id
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("instances/version")).toInt(),
             InstanceStore::CurrentVersion);
    InstanceStore reloaded(&settings);
    QCOMPARE(reloaded.list(), (QList<Instance>{prod, staging}));
    QCOMPARE(reloaded.find(staging.id), std::optional<Instance>(staging));
    QVERIFY(!reloaded.find(QStringLiteral("nope")).has_value());
}

void TestInstanceStore::updateAndRemove()
{
    Instance a = sample(QStringLiteral("A"), QStringLiteral("https://a.example"));
    const Instance b = sample(QStringLiteral("B"), QStringLiteral("https://b.example"));
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(a));
        QVERIFY(store.add(b));
        QSignalSpy changed(&store, &InstanceStore::changed);
        QSignalSpy removed(&store, &InstanceStore::removed);
        a.name = QStringLiteral("A renamed");
        a.color = QColor(Qt::red);
        QVERIFY(store.update(a));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), a.id);
        QVERIFY(store.update(a)); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        QVERIFY(store.remove(b.id));
        QVERIFY(!store.remove(b.id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!store.update(b)); // gone
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore reloaded(&settings);
    QCOMPARE(reloaded.list(), QList<Instance>{a});
}

void TestInstanceStore::rejectsInvalid_data()
{
    QTest::addColumn<Instance>("instance");
    const Instance good = sample(QStringLiteral("Good"), QStringLiteral("https://good.example"));
    Instance noId = good;
    noId.id.clear();
    Instance noName = good;
    noName.name = QStringLiteral("  ");
    Instance noUrl = good;
    noUrl.rootUrl = QUrl();
    Instance ftp = good;
    ftp.rootUrl = QUrl(QStringLiteral("ftp://good.example"));
    QTest::newRow("no id") << noId;
    QTest::newRow("blank name") << noName;
    QTest::newRow("no url") << noUrl;
    QTest::newRow("ftp url") << ftp;
}

void TestInstanceStore::rejectsInvalid()
{
    QFETCH(Instance, instance);
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore store(&settings);
    QSignalSpy added(&store, &InstanceStore::added);
    QVERIFY(!store.add(instance));
    QVERIFY(store.list().isEmpty());
    QCOMPARE(added.count(), 0);
}

void TestInstanceStore::sessionOnlyIsNeverWritten()
{
    Instance session = sample(QStringLiteral("From env"), QStringLiteral("https://env.example"));
    session.sessionOnly = true;
    const Instance saved = sample(QStringLiteral("Saved"), QStringLiteral("https://saved.example"));
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(session));
        QVERIFY(store.add(saved));
        // Saved ones first, session ones after, whatever the order of adding.
        QCOMPARE(store.list(), (QList<Instance>{saved, session}));
        session.notes = QStringLiteral("changed");
        QVERIFY(store.update(session));
        QCOMPARE(store.find(session.id)->notes, session.notes);
        settings.sync();
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(saved.id.toUtf8()));
        QVERIFY2(!content.contains(session.id.toUtf8()), content.constData());
        QVERIFY(!content.contains("env.example"));
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore reloaded(&settings);
    QCOMPARE(reloaded.list(), QList<Instance>{saved});
}

void TestInstanceStore::sessionToSavedAndBack()
{
    Instance instance = sample(QStringLiteral("Env"), QStringLiteral("https://env.example"));
    instance.sessionOnly = true;
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(instance));
        instance.sessionOnly = false;
        QVERIFY(store.update(instance));
    }
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QCOMPARE(store.list(), QList<Instance>{instance});
        instance.sessionOnly = true;
        QVERIFY(store.update(instance));
        QCOMPARE(store.list(), QList<Instance>{instance});
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore store(&settings);
    QVERIFY(store.list().isEmpty());
}

void TestInstanceStore::migrateUnversioned()
{
    const QString knownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        // A version-0 file: no version key, one entry without id, secrets that must not stay.
        QSettings settings(iniPath(), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("instances"));
        settings.beginWriteArray(QStringLiteral("entries"));
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("id"), knownId);
        settings.setValue(QStringLiteral("name"), QStringLiteral("Old one"));
        settings.setValue(QStringLiteral("url"), QStringLiteral("https://old.example"));
        settings.setValue(QStringLiteral("apiToken"), QStringLiteral("1|oldsecretvalue"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("No id"));
        settings.setValue(QStringLiteral("url"), QStringLiteral("https://noid.example"));
        settings.setValue(QStringLiteral("color"), QStringLiteral("#ff00ff00"));
        settings.setValue(QStringLiteral("password"), QStringLiteral("hunter2"));
        settings.endArray();
        settings.endGroup();
    }
    QString generatedId;
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        const QList<Instance> list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, knownId);
        QCOMPARE(list.at(0).name, QStringLiteral("Old one"));
        QCOMPARE(list.at(0).color, Instance::defaultColor());
        QVERIFY(!QUuid::fromString(list.at(1).id).isNull());
        QCOMPARE(list.at(1).color, QColor(0, 255, 0));
        generatedId = list.at(1).id;
        QCOMPARE(settings.value(QStringLiteral("instances/version")).toInt(),
                 InstanceStore::CurrentVersion);
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains("oldsecretvalue"), content.constData());
    QVERIFY2(!content.contains("hunter2"), content.constData());
    // The generated id was written, so it stays stable across restarts.
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore again(&settings);
    QCOMPARE(again.list().at(1).id, generatedId);
}

void TestInstanceStore::newerVersionIsReadOnly()
{
    const Instance existing = sample(QStringLiteral("Future"), QStringLiteral("https://f.example"));
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(existing));
        settings.setValue(QStringLiteral("instances/version"), InstanceStore::CurrentVersion + 1);
        settings.setValue(QStringLiteral("instances/futureKey"), 42);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore store(&settings);
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.list(), QList<Instance>{existing});
    QVERIFY(!store.add(sample(QStringLiteral("New"), QStringLiteral("https://n.example"))));
    QVERIFY(!store.remove(existing.id));
    Instance session = sample(QStringLiteral("Env"), QStringLiteral("https://env.example"));
    session.sessionOnly = true;
    QVERIFY(store.add(session)); // memory only, so still allowed
    QCOMPARE(settings.value(QStringLiteral("instances/version")).toInt(),
             InstanceStore::CurrentVersion + 1);
    QCOMPARE(settings.value(QStringLiteral("instances/futureKey")).toInt(), 42);
}

void TestInstanceStore::noSecretInSettings()
{
    // Everything an instance has goes through the store; nothing token-like may come out.
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        InstanceStore store(&settings);
        for (int i = 0; i < 3; ++i) {
            Instance instance = sample(QStringLiteral("I%1").arg(i),
                                       QStringLiteral("https://i%1.example:8443").arg(i));
            QVERIFY(store.add(instance));
        }
    }
    settings.sync();
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    // Coolify tokens look like "<n>|<40 alphanumerics>"; no value may look like one either.
    const QRegularExpression tokenShape(QStringLiteral("^\\d+\\|[A-Za-z0-9]{20,}$"));
    for (const QString &key : keys) {
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
        const QString value = settings.value(key).toString();
        QVERIFY2(!tokenShape.match(value).hasMatch(), qPrintable(key));
    }
    // Only the known fields exist.
    const QStringList expectedLeaf{QStringLiteral("id"),     QStringLiteral("name"),
                                   QStringLiteral("url"),    QStringLiteral("color"),
                                   QStringLiteral("notes"),  QStringLiteral("size"),
                                   QStringLiteral("version")};
    for (const QString &key : keys)
        QVERIFY2(expectedLeaf.contains(key.section(u'/', -1)), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestInstanceStore)
#include "tst_instancestore.moc"
