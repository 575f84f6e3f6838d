// Recording against the sandbox over HTTP: every change sent through an instance's client
// becomes journal rows with the instance and resource names, the deployment it started, and
// never a value; reads are not recorded.
#include "api/families/applications.h"
#include "api/families/deployments.h"
#include "api/families/envs.h"
#include "api/families/resources.h"
#include "fleetfixture.h"
#include "journal/journal.h"
#include "journal/recorder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Journal::Entry;

class TestRecorder : public QObject
{
    Q_OBJECT

private slots:
    void recordsChangesWithNames();

private:
    QList<Entry> rows(Journal::Journal &journal, const Journal::Filter &filter = {});
};

QList<Entry> TestRecorder::rows(Journal::Journal &journal, const Journal::Filter &filter)
{
    QList<Entry> result;
    bool done = false;
    journal.query(filter, this, [&](const QList<Entry> &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        qWarning("the journal did not answer");
    return result;
}

void TestRecorder::recordsChangesWithNames()
{
    FleetFixture f;
    QCOMPARE(f.startSandbox(), 0);
    const QString id = f.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(f.ready(id), 15000);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"journal.sqlite"_s);
    Journal::Journal journal(path);
    Journal::Recorder recorder(f.fleet.get(), &journal);
    QSignalSpy recorded(&journal, &Journal::Journal::recorded);

    const QString web = f.uuidOf(id, u"applications"_s, u"storefront-web"_s);
    const QString staging = f.uuidOf(id, u"applications"_s, u"storefront-web-staging"_s);
    QVERIFY(!web.isEmpty() && !staging.isEmpty());
    QCOMPARE(recorded.count(), 0); // reads are not changes

    QVERIFY(f.call(id, Api::Resources::restart(Api::ResourceKind::Application, web)).ok());
    QTRY_COMPARE(recorded.count(), 1);
    Entry restart = recorded.takeFirst().first().value<Entry>();
    QCOMPARE(restart.action, Entry::Action::Restart);
    QCOMPARE(restart.instanceId, id);
    QCOMPARE(restart.instanceName, u"Production"_s);
    QCOMPARE(restart.kind, u"application"_s);
    QCOMPARE(restart.uuid, web);
    QCOMPARE(restart.name, u"storefront-web"_s);
    QCOMPARE(restart.outcome, Entry::Outcome::Succeeded);
    QVERIFY(!restart.deploymentUuid.isEmpty());

    const QString secret = u"very-secret-value-42"_s;
    QVERIFY(f.call(id,
                   Api::Envs::create(Api::ResourceKind::Application, web,
                                     {{u"key"_s, u"JOURNAL_TEST"_s}, {u"value"_s, secret}}))
                .ok());
    QVERIFY(f.call(id, Api::Applications::update(web, {{u"description"_s, secret}})).ok());
    QVERIFY(f.call(id, Api::Deployments::deploy({web, staging})).ok());
    const Api::ApiResult missing =
        f.call(id, Api::Resources::stop(Api::ResourceKind::Application, u"no-such-uuid"_s));
    QVERIFY(!missing.ok());
    QTRY_COMPARE(recorded.count(), 5);

    const QList<Entry> all = rows(journal);
    QCOMPARE(all.size(), 6);
    Journal::Filter failed;
    failed.outcome = Entry::Outcome::Failed;
    const QList<Entry> failures = rows(journal, failed);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().action, Entry::Action::Stop);
    QCOMPARE(failures.first().detail, missing.error.userMessage());

    Journal::Filter deploys;
    deploys.actions = {Entry::Action::Deploy};
    const QList<Entry> deployed = rows(journal, deploys);
    QCOMPARE(deployed.size(), 2);
    QStringList names{deployed[0].name, deployed[1].name};
    names.sort();
    QCOMPARE(names, (QStringList{u"storefront-web"_s, u"storefront-web-staging"_s}));
    for (const Entry &e : deployed) {
        QCOMPARE(e.kind, u"application"_s);
        QVERIFY(!e.deploymentUuid.isEmpty());
    }
    Journal::Filter env;
    env.actions = {Entry::Action::EnvCreate, Entry::Action::Edit};
    const QList<Entry> edits = rows(journal, env);
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits[0].fields, QStringList{u"description"_s});
    QCOMPARE(edits[1].fields, QStringList{u"JOURNAL_TEST"_s});

    // The value is nowhere on disk, write-ahead log included.
    for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
        QFile journalFile(dir.filePath(file));
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        QVERIFY2(!journalFile.readAll().contains(secret.toUtf8()), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
