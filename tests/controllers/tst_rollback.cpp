// DeploymentHistory's rollback against the sandbox (coolify-api.md §10): the kept images joined
// with the history, the reasons a rollback is not offered, one request at a time, and every
// answer in words — queued (and followed to the end), queue full (a 400 here), gone, refused.
#include "fleetfixture.h"

#include "api/families/applications.h"
#include "api/families/deployments.h"
#include "controllers/deploymenthistory.h"
#include "models/deploymenthistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using History = Controllers::DeploymentHistory;
using Models::Deployment;

class TestRollback : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_fx = std::make_unique<FleetFixture>(); }
    void cleanup() { m_fx.reset(); }
    void rollsBackAndFollows();
    void reasonsNotToRollBack();
    void imagesTextPerKindOfApplication_data();
    void imagesTextPerKindOfApplication();
    void queueFullIsSaid();
    void goneApplicationIsSaid();

private:
    bool setUp(int stepMs, int queueLimit = 25, const QString &token = u"demo-root"_s);
    // A history of `name` with its images loaded.
    bool open(History &history, const QString &name);

    // The oldest kept image that can be rolled back to ("" when none).
    static QString oldestTarget(const History &history);

    std::unique_ptr<FleetFixture> m_fx;
    QString m_id;
};

QString TestRollback::oldestTarget(const History &history)
{
    QString target;
    for (const Models::RollbackImages::Image &image : history.model()->images().images) {
        if (history.model()->images().isTarget(image.tag))
            target = image.tag;
    }
    return target;
}

bool TestRollback::setUp(int stepMs, int queueLimit, const QString &token)
{
    if (m_fx->startSandbox(stepMs, queueLimit) < 0)
        return false;
    m_id = m_fx->addInstance(u"Production"_s, token);
    return QTest::qWaitFor([this] { return m_fx->ready(m_id); }, 15'000);
}

bool TestRollback::open(History &history, const QString &name)
{
    QSignalSpy loaded(&history, &History::loaded);
    history.setApplication(m_id, m_fx->uuidOf(m_id, u"applications"_s, name), name);
    return loaded.wait(10'000)
        && QTest::qWaitFor([&] { return history.imagesState() != History::ImagesState::Loading; },
                           10'000);
}

void TestRollback::rollsBackAndFollows()
{
    QVERIFY(setUp(60)); // deployments move fast
    History history(m_fx->fleet.get());
    QAbstractItemModelTester tester(history.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(open(history, u"storefront-web"_s));
    QCOMPARE(history.imagesState(), History::ImagesState::Loaded);
    const Models::RollbackImages images = history.model()->images();
    const QString running = images.current;
    QCOMPARE(running.size(), 40); // the seed's builds are tagged with their resolved SHA
    // The seed keeps the running image and two older ones (docker_images_to_keep = 2), plus a
    // build image and a preview that are no targets.
    QCOMPARE(images.images.size(), 5);
    QCOMPARE(images.targetCount(), 2);
    QVERIFY2(history.imagesText().contains(u"Running "_s + running.left(12)),
             qPrintable(history.imagesText()));
    QVERIFY2(history.imagesText().contains(u"2 older image"_s), qPrintable(history.imagesText()));

    // The newest successful deployment built the running image; two older rows are targets.
    const auto *model = history.model();
    QString target;
    int targets = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString tag =
            model->index(row, 0).data(Models::DeploymentHistoryModel::RollbackTagRole).toString();
        if (!tag.isEmpty()) {
            ++targets;
            if (target.isEmpty())
                target = tag;
        }
        if (model->index(row, 0).data(Models::DeploymentHistoryModel::RunningImageRole).toBool())
            QCOMPARE(model->at(row).commit, running);
    }
    QCOMPARE(targets, 2);
    QVERIFY(history.rollbackUnavailableReason(target).isEmpty());

    // One request at a time: a second click while the first is on its way sends nothing.
    QSignalSpy finished(&history, &History::rollbackFinished);
    QVERIFY(history.rollBack(target));
    QVERIFY(history.isRollingBack());
    QVERIFY(!history.rollBack(target));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<History::RollbackOutcome>();
    QCOMPARE(outcome.result, History::RollbackResult::Queued);
    QCOMPARE(outcome.text, u"Rollback of storefront-web to %1 queued."_s.arg(target.left(12)));

    // What reached the server: one rollback deployment of exactly that commit.
    const auto stored =
        m_fx->call(
                m_id,
                Api::Deployments::get(outcome.deploymentUuid).withDecoder(&Deployment::decodeOne))
            .value.value<Deployment>();
    QVERIFY(stored.rollback);
    QCOMPARE(stored.commit, target);
    QCOMPARE(stored.trigger(), Deployment::Trigger::Rollback);

    // While it runs, no second rollback is offered; once it ended, its row runs the image.
    QTRY_VERIFY_WITH_TIMEOUT(history.model()->rowOf(outcome.deploymentUuid) >= 0, 10'000);
    if (history.model()->find(outcome.deploymentUuid)->isActive())
        QVERIFY(history.rollbackUnavailableReason(running).contains(u"queued or running"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (!history.isLoading())
                history.refresh();
            const Deployment *d = history.model()->find(outcome.deploymentUuid);
            return d && d->status == Deployment::Status::Finished
                && history.model()->images().current == target;
        }(),
        30'000);
    QTRY_VERIFY_WITH_TIMEOUT(history.imagesState() == History::ImagesState::Loaded, 10'000);
    const int row = history.model()->rowOf(outcome.deploymentUuid);
    QVERIFY(history.model()
                ->index(row, 0)
                .data(Models::DeploymentHistoryModel::RunningImageRole)
                .toBool());
    QVERIFY(
        history.model()->index(row, 0).data(Models::DeploymentHistoryModel::LastGoodRole).toBool());
    // The image that ran before is a target now.
    QVERIFY(history.model()->images().isTarget(running));
    QVERIFY(history.rollbackUnavailableReason(running).isEmpty());
}

void TestRollback::reasonsNotToRollBack()
{
    QVERIFY(setUp(60'000));
    History history(m_fx->fleet.get());
    QVERIFY(open(history, u"storefront-web"_s));
    const Models::RollbackImages &images = history.model()->images();
    QCOMPARE(history.rollbackUnavailableReason(images.current), u"This image is running now."_s);
    QCOMPARE(history.rollbackUnavailableReason(images.current + u"-build"_s),
             u"Build images, previews and \"latest\" are no rollback targets."_s);
    QCOMPARE(history.rollbackUnavailableReason(u"0123456789abcdef"_s),
             u"The server keeps no image of 0123456789ab."_s);
    QCOMPARE(history.rollbackUnavailableReason(QString()),
             u"Select a deployment whose image is kept."_s);
    QVERIFY(!history.rollBack(images.current)); // nothing is sent for a non-target
    QVERIFY(!history.isRollingBack());

    // A read-only token: the ability is known missing after the connection check.
    const QString readOnly = m_fx->addInstance(u"Read-only"_s, u"demo-read"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->ready(readOnly), 15'000);
    m_id = readOnly;
    History readHistory(m_fx->fleet.get());
    QVERIFY(open(readHistory, u"storefront-web"_s));
    const QString target = oldestTarget(readHistory);
    QVERIFY(!target.isEmpty());
    const QString reason = readHistory.rollbackUnavailableReason(target);
    QVERIFY2(reason.startsWith(u"Cannot roll back: "_s) && reason.contains(u"deploy"_s),
             qPrintable(reason));
    QVERIFY(!readHistory.rollBack(target));
}

void TestRollback::imagesTextPerKindOfApplication_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // why no rollback is offered, whatever the tag
    QTest::newRow("compose") << u"grafana-stack"_s << u"Docker Compose applications cannot"_s
                             << u"Coolify cannot roll back Docker Compose applications."_s;
    QTest::newRow("registry image")
        << u"uptime-probe"_s << u"runs the registry image louislam/uptime-kuma:1"_s
        << u"A Docker-image application always runs its configured tag: set an older tag in its "
           "settings instead."_s;
    QTest::newRow("server unreachable") << u"legacy-worker"_s << u"The server is not reachable"_s
                                        << u"The server keeps no image of abc."_s;
}

void TestRollback::imagesTextPerKindOfApplication()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QVERIFY(setUp(60'000));
    History history(m_fx->fleet.get());
    QVERIFY(open(history, name));
    QCOMPARE(history.imagesState(), History::ImagesState::Loaded);
    QVERIFY2(history.imagesText().contains(text), qPrintable(history.imagesText()));
    QCOMPARE(history.rollbackUnavailableReason(u"abc"_s), reason);
}

void TestRollback::queueFullIsSaid()
{
    QVERIFY(setUp(60'000, 1)); // one queued deployment per server fills it
    History history(m_fx->fleet.get());
    QVERIFY(open(history, u"storefront-web"_s));
    const QString target = oldestTarget(history);
    // Another application on the same server fills the queue.
    const QString etl = m_fx->uuidOf(m_id, u"applications"_s, u"etl-runner"_s);
    QVERIFY(m_fx->call(m_id, Api::Deployments::deploy({etl})).ok());
    QSignalSpy finished(&history, &History::rollbackFinished);
    QVERIFY(history.rollBack(target));
    QVERIFY(finished.wait(10'000));
    const auto outcome = finished.first().first().value<History::RollbackOutcome>();
    QCOMPARE(outcome.result, History::RollbackResult::QueueFull);
    QVERIFY2(outcome.text.startsWith(u"The deployment queue of the server is full"_s),
             qPrintable(outcome.text));
    QVERIFY(outcome.deploymentUuid.isEmpty());
    QVERIFY(!history.isRollingBack()); // free to try again
}

void TestRollback::goneApplicationIsSaid()
{
    QVERIFY(setUp(60'000));
    History history(m_fx->fleet.get());
    QVERIFY(open(history, u"storefront-web"_s));
    const QString target = oldestTarget(history);
    // Deleted meanwhile by someone else.
    QVERIFY(m_fx->call(m_id, Api::Applications::remove(history.applicationUuid())).ok());
    QSignalSpy finished(&history, &History::rollbackFinished);
    QVERIFY(history.rollBack(target));
    QVERIFY(finished.wait(10'000));
    const auto outcome = finished.first().first().value<History::RollbackOutcome>();
    QCOMPARE(outcome.result, History::RollbackResult::NotFound);
    QCOMPARE(outcome.text, u"storefront-web no longer exists on this instance."_s);
}

QTEST_MAIN(TestRollback)
#include "tst_rollback.moc"
