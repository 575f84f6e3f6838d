#include "instances/instancestore.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

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
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
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
    instance.notes = u"Notes for "_s + name + u"\nsecond line, äöü"_s;
    return instance;
}

void TestInstanceStore::roundTrip()
{
    const Instance prod = sample(u"Production"_s, u"https://coolify.example.com/api/v1/"_s);
    const Instance staging = sample(u"Staging"_s, u"http://10.0.0.5:8000"_s);
    QCOMPARE(prod.rootUrl, QUrl(u"https://coolify.example.com"_s));
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
    QCOMPARE(settings.value(u"instances/version"_s).toInt(), InstanceStore::CurrentVersion);
    InstanceStore reloaded(&settings);
    QCOMPARE(reloaded.list(), (QList<Instance>{prod, staging}));
    QCOMPARE(reloaded.find(staging.id), std::optional<Instance>(staging));
    QVERIFY(!reloaded.find(u"nope"_s).has_value());
}

void TestInstanceStore::updateAndRemove()
{
    Instance a = sample(u"A"_s, u"https://a.example"_s);
    const Instance b = sample(u"B"_s, u"https://b.example"_s);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(a));
        QVERIFY(store.add(b));
        QSignalSpy changed(&store, &InstanceStore::changed);
        QSignalSpy removed(&store, &InstanceStore::removed);
        a.name = u"A renamed"_s;
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
    const Instance good = sample(u"Good"_s, u"https://good.example"_s);
    Instance noId = good;
    noId.id.clear();
    Instance noName = good;
    noName.name = u"  "_s;
    Instance noUrl = good;
    noUrl.rootUrl = QUrl();
    Instance ftp = good;
    ftp.rootUrl = QUrl(u"ftp://good.example"_s);
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
    Instance session = sample(u"From env"_s, u"https://env.example"_s);
    session.sessionOnly = true;
    const Instance saved = sample(u"Saved"_s, u"https://saved.example"_s);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(session));
        QVERIFY(store.add(saved));
        // Saved ones first, session ones after, whatever the order of adding.
        QCOMPARE(store.list(), (QList<Instance>{saved, session}));
        session.notes = u"changed"_s;
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
    Instance instance = sample(u"Env"_s, u"https://env.example"_s);
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
        settings.beginGroup(u"instances"_s);
        settings.beginWriteArray(u"entries"_s);
        settings.setArrayIndex(0);
        settings.setValue(u"id"_s, knownId);
        settings.setValue(u"name"_s, u"Old one"_s);
        settings.setValue(u"url"_s, u"https://old.example"_s);
        settings.setValue(u"apiToken"_s, u"1|oldsecretvalue"_s);
        settings.setArrayIndex(1);
        settings.setValue(u"name"_s, u"No id"_s);
        settings.setValue(u"url"_s, u"https://noid.example"_s);
        settings.setValue(u"color"_s, u"#ff00ff00"_s);
        settings.setValue(u"password"_s, u"hunter2"_s);
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
        QCOMPARE(list.at(0).name, u"Old one"_s);
        QCOMPARE(list.at(0).color, Instance::defaultColor());
        QVERIFY(!QUuid::fromString(list.at(1).id).isNull());
        QCOMPARE(list.at(1).color, QColor(0, 255, 0));
        generatedId = list.at(1).id;
        QCOMPARE(settings.value(u"instances/version"_s).toInt(), InstanceStore::CurrentVersion);
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
    const Instance existing = sample(u"Future"_s, u"https://f.example"_s);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        InstanceStore store(&settings);
        QVERIFY(store.add(existing));
        settings.setValue(u"instances/version"_s, InstanceStore::CurrentVersion + 1);
        settings.setValue(u"instances/futureKey"_s, 42);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    InstanceStore store(&settings);
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.list(), QList<Instance>{existing});
    QVERIFY(!store.add(sample(u"New"_s, u"https://n.example"_s)));
    QVERIFY(!store.remove(existing.id));
    Instance session = sample(u"Env"_s, u"https://env.example"_s);
    session.sessionOnly = true;
    QVERIFY(store.add(session)); // memory only, so still allowed
    QCOMPARE(settings.value(u"instances/version"_s).toInt(), InstanceStore::CurrentVersion + 1);
    QCOMPARE(settings.value(u"instances/futureKey"_s).toInt(), 42);
}

void TestInstanceStore::noSecretInSettings()
{
    // Everything an instance has goes through the store; nothing token-like may come out.
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        InstanceStore store(&settings);
        for (int i = 0; i < 3; ++i) {
            Instance instance = sample(u"I%1"_s.arg(i), u"https://i%1.example:8443"_s.arg(i));
            QVERIFY(store.add(instance));
        }
    }
    settings.sync();
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    // Coolify tokens look like "<n>|<40 alphanumerics>"; no value may look like one either.
    const QRegularExpression tokenShape(u"^\\d+\\|[A-Za-z0-9]{20,}$"_s);
    for (const QString &key : keys) {
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(key));
        const QString value = settings.value(key).toString();
        QVERIFY2(!tokenShape.match(value).hasMatch(), qPrintable(key));
    }
    // Only the known fields exist.
    const QStringList expectedLeaf{u"id"_s,    u"name"_s, u"url"_s,    u"color"_s,
                                   u"notes"_s, u"size"_s, u"version"_s};
    for (const QString &key : keys)
        QVERIFY2(expectedLeaf.contains(key.section(u'/', -1)), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestInstanceStore)
#include "tst_instancestore.moc"
