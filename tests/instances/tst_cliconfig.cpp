// Reading coolify-cli's configuration: the shapes the CLI writes (fresh and rewritten by viper),
// its example entries, damaged files, and where the file is looked for.
#include "instances/cliconfig.h"

#include "clisample.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Coolify::Instances::CliConfig;
using Coolify::Instances::CliInstance;
using Skip = CliInstance::Skip;

class TestCliConfig : public QObject
{
    Q_OBJECT

private slots:
    void freshFileHasOnlyExamples();
    void entries_data();
    void entries();
    void damagedFiles_data();
    void damagedFiles();
    void readsFilesWithoutChangingThem();
    void refusesHugeFiles();
    void candidatePaths();
    void readFirstNamesTheUsualPlace();
};

// What `coolify` writes on its first run (config.CreateDefault).
void TestCliConfig::freshFileHasOnlyExamples()
{
    const CliConfig config = CliConfig::parse(R"({
  "instances": [
    {"name": "cloud", "fqdn": "https://app.coolify.io", "token": "", "default": true},
    {"name": "localhost", "fqdn": "http://localhost:8000", "token": "root"}
  ],
  "lastUpdateCheckTime": "2026-08-22T17:22:50+02:00"
})"_ba);
    QVERIFY2(config.ok(), qPrintable(config.error));
    QCOMPARE(config.instances.size(), 2);
    QCOMPARE(config.importableCount(), 0);
    QCOMPARE(config.instances[0].skip, Skip::NoToken);
    QVERIFY(config.instances[0].isDefault);
    QCOMPARE(config.instances[1].skip, Skip::Placeholder);
    QVERIFY(config.instances[1].skipReason.contains(u"root"_s));
    for (const CliInstance &instance : config.instances)
        QVERIFY(instance.token.isEmpty()); // a skipped entry keeps no token
}

void TestCliConfig::entries_data()
{
    QTest::addColumn<QByteArray>("entry"); // one element of "instances"
    QTest::addColumn<int>("skip");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("isDefault");

    QTest::newRow("usual") << R"({"name":"prod","fqdn":"https://c.example.com","token":"3|abc"})"_ba
                           << int(Skip::None) << u"prod"_s << u"https://c.example.com"_s << false;
    QTest::newRow("trailing slash and api path")
        << R"({"name":"p","fqdn":"https://c.example.com/api/v1/","token":"3|abc","default":true})"_ba
        << int(Skip::None) << u"p"_s << u"https://c.example.com"_s << true;
    QTest::newRow("keys in any case")
        << R"({"Name":"p","FQDN":"http://10.0.0.5:8000","Token":"3|abc","Default":"true"})"_ba
        << int(Skip::None) << u"p"_s << u"http://10.0.0.5:8000"_s << true;
    QTest::newRow("token padded")
        << R"({"name":"p","fqdn":"https://c.example.com","token":" 3|abc\n"})"_ba << int(Skip::None)
        << u"p"_s << u"https://c.example.com"_s << false;
    QTest::newRow("no name: host")
        << R"({"fqdn":"https://c.example.com","token":"3|abc"})"_ba << int(Skip::None)
        << u"c.example.com"_s << u"https://c.example.com"_s << false;
    QTest::newRow("no token key") << R"({"name":"p","fqdn":"https://c.example.com"})"_ba
                                  << int(Skip::NoToken) << u"p"_s << u"https://c.example.com"_s
                                  << false;
    QTest::newRow("placeholder anywhere")
        << R"({"name":"lab","fqdn":"http://192.168.1.9:8000","token":"root"})"_ba
        << int(Skip::Placeholder) << u"lab"_s << u"http://192.168.1.9:8000"_s << false;
    QTest::newRow("token a number")
        << R"({"name":"p","fqdn":"https://c.example.com","token":3})"_ba << int(Skip::BadToken)
        << u"p"_s << u"https://c.example.com"_s << false;
    QTest::newRow("line break in token")
        << R"({"name":"p","fqdn":"https://c.example.com","token":"3|a\r\nX-Evil: 1"})"_ba
        << int(Skip::BadToken) << u"p"_s << u"https://c.example.com"_s << false;
    QTest::newRow("ftp address")
        << R"({"name":"f","fqdn":"ftp://c.example.com","token":"3|abc"})"_ba
        << int(Skip::BadAddress) << u"f"_s << QString() << false;
    QTest::newRow("no address") << R"({"name":"f","token":"3|abc"})"_ba << int(Skip::BadAddress)
                                << u"f"_s << QString() << false;
    QTest::newRow("address not text") << R"({"name":"f","fqdn":[1],"token":"3|abc"})"_ba
                                      << int(Skip::BadAddress) << u"f"_s << QString() << false;
}

void TestCliConfig::entries()
{
    QFETCH(QByteArray, entry);
    QFETCH(int, skip);
    QFETCH(QString, name);
    QFETCH(QString, root);
    QFETCH(bool, isDefault);

    const CliConfig config = CliConfig::parse(R"({"instances":[)"_ba + entry + "]}");
    QVERIFY2(config.ok(), qPrintable(config.error));
    QCOMPARE(config.instances.size(), 1);
    const CliInstance &instance = config.instances.first();
    QCOMPARE(int(instance.skip), skip);
    QCOMPARE(instance.name, name);
    QCOMPARE(instance.rootUrl.toString(), root);
    QCOMPARE(instance.isDefault, isDefault);
    QCOMPARE(instance.skipReason.isEmpty(), skip == int(Skip::None));
    if (skip == int(Skip::None))
        QCOMPARE(instance.token, u"3|abc"_s);
    else
        QVERIFY(instance.token.isEmpty());
}

void TestCliConfig::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // part of the message; empty: ok without instances

    QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("truncated") << R"({"instances":[{"name":"p","fq)"_ba << u"not valid JSON"_s;
    QTest::newRow("a list") << R"([{"name":"p"}])"_ba << u"no JSON object"_s;
    QTest::newRow("instances not a list")
        << R"({"instances":{"name":"p"}})"_ba << u"is not a list"_s;
    QTest::newRow("no instances") << R"({"lastupdatechecktime":"x"})"_ba << QString();
    QTest::newRow("instances null") << R"({"instances":null})"_ba << QString();
    QTest::newRow("entries not objects") << R"({"instances":[1,"x",null,[]]})"_ba << QString();
}

void TestCliConfig::damagedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const CliConfig config = CliConfig::parse(json);
    QVERIFY(config.instances.isEmpty());
    if (error.isEmpty())
        QVERIFY2(config.ok(), qPrintable(config.error));
    else
        QVERIFY2(config.error.contains(error), qPrintable(config.error));
}

void TestCliConfig::readsFilesWithoutChangingThem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    QVERIFY(
        writeCliFile(path,
                     cliSample(QUrl(u"http://127.0.0.1:8001"_s), QUrl(u"http://127.0.0.1:8002"_s),
                               QUrl(u"http://127.0.0.1:8003"_s))));
    QFile::setPermissions(path, QFile::ReadOwner); // the CLI's 0600, made read-only here
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QDateTime modified = QFileInfo(path).lastModified();

    const CliConfig config = CliConfig::read(path);
    QVERIFY2(config.ok(), qPrintable(config.error));
    QVERIFY(config.found);
    QCOMPARE(config.path, path);
    QCOMPARE(config.instances.size(), 7);
    QCOMPARE(config.importableCount(), 4); // prod, staging, old-lab, prod-again
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);

    const CliConfig missing = CliConfig::read(dir.filePath(u"nothing.json"_s));
    QVERIFY(!missing.found);
    QVERIFY(missing.error.contains(u"nothing.json"_s));
    const CliConfig directory = CliConfig::read(dir.path());
    QVERIFY(directory.found);
    QVERIFY(directory.error.contains(u"not a file"_s));
}

void TestCliConfig::refusesHugeFiles()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"config.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"instances":[)");
    const QByteArray entry = R"({"name":"p","fqdn":"https://c.example.com","token":"3|abc"},)";
    while (file.size() <= CliConfig::MaxFileSize)
        file.write(entry);
    file.close();
    const CliConfig config = CliConfig::read(file.fileName());
    QVERIFY(config.found);
    QVERIFY2(config.error.contains(u"too large"_s), qPrintable(config.error));
    QVERIFY(config.instances.isEmpty());
}

void TestCliConfig::candidatePaths()
{
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/home/ana"_s);
    QCOMPARE(CliConfig::candidatePaths(environment),
             QStringList{u"/home/ana/.config/coolify/config.json"_s});
    // Older CLIs used the XDG config directory; the current place comes first.
    environment.insert(u"XDG_CONFIG_HOME"_s, u"/home/ana/.local/config/"_s);
    QCOMPARE(CliConfig::candidatePaths(environment),
             (QStringList{u"/home/ana/.config/coolify/config.json"_s,
                          u"/home/ana/.local/config/coolify/config.json"_s}));
    environment.insert(u"XDG_CONFIG_HOME"_s, u"/home/ana/.config"_s);
    QCOMPARE(CliConfig::candidatePaths(environment).size(), 1);
    environment.insert(u"XDG_CONFIG_HOME"_s, u"relative/dir"_s); // ignored, as the XDG spec says
    QCOMPARE(CliConfig::candidatePaths(environment).size(), 1);
    QVERIFY(CliConfig::candidatePaths(QProcessEnvironment()).isEmpty());
}

void TestCliConfig::readFirstNamesTheUsualPlace()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"a/coolify/config.json"_s);
    const QString second = dir.filePath(u"b/coolify/config.json"_s);
    CliConfig none = CliConfig::readFirst({first, second});
    QVERIFY(!none.found);
    QVERIFY2(none.error.contains(first), qPrintable(none.error));

    QVERIFY(QDir().mkpath(QFileInfo(second).absolutePath()));
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"instances":[{"name":"p","fqdn":"https://c.example.com","token":"3|abc"}]})");
    file.close();
    const CliConfig found = CliConfig::readFirst({first, second});
    QVERIFY(found.found);
    QCOMPARE(found.path, second);
    QCOMPARE(found.importableCount(), 1);
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cliconfig.moc"
