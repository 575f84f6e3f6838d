// "Import from coolify-cli": the sample CLI configuration (tests/data/coolify-cli) pointing at
// three sandbox servers over HTTP, tokens written to a real (throwaway) Secret Service.
#include "appgraph.h"
#include "clisample.h"
#include "controllers/cliimport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Models::CliImportModel;
using State = CliImportModel::State;

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsWhatPassesAndLeavesTheFileAlone();
    void onlyTickedRowsAreImported();
    void cancelStopsTheTests();

private:
    int rowOf(const QString &name) const;
    QString tokenOf(const QString &instanceId);
    bool runImport(QStringList *importedIds = nullptr, int *failed = nullptr);

    std::unique_ptr<AppGraph> m_graph;
    std::unique_ptr<Sandbox::SandboxServer> m_second;
    std::unique_ptr<Sandbox::SandboxServer> m_third;
    std::unique_ptr<QTemporaryDir> m_cliHome;
    QString m_cliFile;
    QByteArray m_cliBytes;
    std::unique_ptr<Controllers::CliImport> m_import;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCliImport::init()
{
    m_graph = std::make_unique<AppGraph>();
    QVERIFY(m_graph->startSandbox());
    m_second = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxConfig::demo());
    m_third = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxConfig::demo());
    QVERIFY(m_second->listen());
    QVERIFY(m_third->listen());

    m_cliBytes = cliSample(m_graph->sandbox->rootUrl(), m_second->rootUrl(), m_third->rootUrl());
    m_cliHome = std::make_unique<QTemporaryDir>();
    m_cliFile = m_cliHome->filePath(u".config/coolify/config.json"_s);
    QVERIFY(writeCliFile(m_cliFile, m_cliBytes));

    m_import = std::make_unique<Controllers::CliImport>(&m_graph->manager, &m_graph->network);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_import->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_import->load(Instances::CliConfig::read(m_cliFile));
    QVERIFY2(m_import->config().ok(), qPrintable(m_import->config().error));
}

void TestCliImport::cleanup()
{
    // Leave no token in the test keyring for the next test.
    for (const Instances::Instance &instance : m_graph->store.list()) {
        bool done = false;
        m_graph->vault.remove(instance.id, this, [&done](const auto &) { done = true; });
        QTRY_VERIFY(done);
    }
    m_tester.reset();
    m_import.reset();
    m_third.reset();
    m_second.reset();
    m_graph.reset();
}

int TestCliImport::rowOf(const QString &name) const
{
    CliImportModel *model = m_import->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->instance(row).name == name)
            return row;
    }
    return -1;
}

QString TestCliImport::tokenOf(const QString &instanceId)
{
    QString token;
    bool done = false;
    m_graph->vault.read(instanceId, this, [&](const Instances::VaultResult &r) {
        token = r.ok() ? r.token : QString();
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 10000) ? token : QString();
}

bool TestCliImport::runImport(QStringList *importedIds, int *failed)
{
    QSignalSpy finished(m_import.get(), &Controllers::CliImport::finished);
    if (!m_import->start())
        return false;
    if (!QTest::qWaitFor([&finished] { return finished.count() == 1; }, 20000))
        return false;
    if (importedIds)
        *importedIds = finished.first().at(0).toStringList();
    if (failed)
        *failed = finished.first().at(1).toInt();
    return !m_import->isRunning();
}

void TestCliImport::importsWhatPassesAndLeavesTheFileAlone()
{
    CliImportModel *model = m_import->model();
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->state(rowOf(u"cloud"_s)), State::Skipped);
    QCOMPARE(model->state(rowOf(u"localhost"_s)), State::Skipped);
    QCOMPARE(model->state(rowOf(u"files"_s)), State::Skipped);
    QCOMPARE(model->state(rowOf(u"prod-again"_s)), State::Skipped);
    QVERIFY(model->message(rowOf(u"prod-again"_s)).contains(u"prod"_s));
    // Skipped rows cannot be ticked; the importable ones start ticked.
    const QModelIndex cloud = model->index(rowOf(u"cloud"_s), 0);
    QVERIFY(!(model->flags(cloud) & Qt::ItemIsUserCheckable));
    QVERIFY(!model->setData(cloud, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->checkedRows(),
             (QList<int>{rowOf(u"prod"_s), rowOf(u"staging"_s), rowOf(u"old-lab"_s)}));
    QVERIFY(model->index(rowOf(u"prod"_s), 0).data().toString().contains(u"CLI default"_s));
    // The token is for the import only, never shown.
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                QVERIFY(!model->index(row, column).data(role).toString().contains(u"demo-"_s));
        }
    }

    QSignalSpy running(m_import.get(), &Controllers::CliImport::runningChanged);
    QStringList ids;
    int failed = -1;
    QVERIFY(runImport(&ids, &failed));
    QCOMPARE(ids.size(), 2);
    QCOMPARE(failed, 1);
    QCOMPARE(running.count(), 2);
    QCOMPARE(model->state(rowOf(u"prod"_s)), State::Imported);
    QCOMPARE(model->state(rowOf(u"staging"_s)), State::Imported);
    QCOMPARE(model->state(rowOf(u"old-lab"_s)), State::Failed);
    QVERIFY2(model->message(rowOf(u"old-lab"_s)).contains(u"token"_s, Qt::CaseInsensitive),
             qPrintable(model->message(rowOf(u"old-lab"_s))));
    QVERIFY(m_import->summary().contains(u"2 instance(s) imported, 1 not"_s));

    // Added with the CLI's names and normalised addresses; tokens only in the keychain.
    const auto prod = m_graph->store.find(ids.at(0));
    const auto staging = m_graph->store.find(ids.at(1));
    QVERIFY(prod && staging);
    QCOMPARE(prod->name, u"prod"_s);
    QCOMPARE(prod->rootUrl, m_graph->sandbox->rootUrl());
    QCOMPARE(staging->name, u"staging"_s);
    QCOMPARE(staging->rootUrl, m_second->rootUrl());
    QVERIFY(!prod->sessionOnly && !staging->sessionOnly);
    QCOMPARE(m_graph->store.list().size(), 2);
    QCOMPARE(tokenOf(prod->id), u"demo-root"_s);
    QCOMPARE(tokenOf(staging->id), u"demo-read"_s);
    m_graph->settings.sync();
    QVERIFY(filesContaining(m_graph->dir.path(), "demo-root").isEmpty());
    QVERIFY(filesContaining(m_graph->dir.path(), "demo-read").isEmpty());

    // The CLI's file is read, never written.
    QFile cli(m_cliFile);
    QVERIFY(cli.open(QIODevice::ReadOnly));
    QCOMPARE(cli.readAll(), m_cliBytes);
    QCOMPARE(cli.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // The failed row stays ticked: importing again tries only it, and it fails again.
    QCOMPARE(model->checkedRows(), QList<int>{rowOf(u"old-lab"_s)});
    QVERIFY(runImport(&ids, &failed));
    QVERIFY(ids.isEmpty());
    QCOMPARE(failed, 1);
    QCOMPARE(m_graph->store.list().size(), 2);

    // Opening the import again shows what is already there.
    m_import->load(Instances::CliConfig::read(m_cliFile));
    QCOMPARE(model->state(rowOf(u"prod"_s)), State::AlreadyAdded);
    QCOMPARE(model->state(rowOf(u"staging"_s)), State::AlreadyAdded);
    QVERIFY(model->message(rowOf(u"staging"_s)).contains(u"staging"_s));
    QCOMPARE(model->checkedRows(), QList<int>{rowOf(u"old-lab"_s)});
}

void TestCliImport::onlyTickedRowsAreImported()
{
    CliImportModel *model = m_import->model();
    QVERIFY(
        model->setData(model->index(rowOf(u"staging"_s), 0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(
        model->setData(model->index(rowOf(u"old-lab"_s), 0), Qt::Unchecked, Qt::CheckStateRole));
    QStringList ids;
    int failed = -1;
    QVERIFY(runImport(&ids, &failed));
    QCOMPARE(ids.size(), 1);
    QCOMPARE(failed, 0);
    QCOMPARE(m_graph->store.find(ids.first())->name, u"prod"_s);
    QCOMPARE(model->state(rowOf(u"staging"_s)), State::Ready);
    QCOMPARE(m_import->summary(), u"1 instance(s) imported."_s); // C locale: no plural forms
    // Nothing ticked: nothing to start.
    QVERIFY(model->checkedRows().isEmpty());
    QVERIFY(!m_import->start());
}

void TestCliImport::cancelStopsTheTests()
{
    QSignalSpy finished(m_import.get(), &Controllers::CliImport::finished);
    QVERIFY(m_import->start());
    QVERIFY(m_import->isRunning());
    // While running, no row can be ticked or unticked.
    const QModelIndex staging = m_import->model()->index(rowOf(u"staging"_s), 0);
    QVERIFY(!(m_import->model()->flags(staging) & Qt::ItemIsUserCheckable));
    m_import->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_import->isRunning());
    QCOMPARE(m_import->model()->state(staging.row()), State::Failed);
    QVERIFY(m_import->model()->message(staging.row()).contains(u"Cancelled"_s));
    QTest::qWait(300); // late answers change nothing
    QVERIFY(m_graph->store.list().isEmpty());
    QCOMPARE(m_import->summary(), u"No instance was imported."_s);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
