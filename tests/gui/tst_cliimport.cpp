// "Import from coolify-cli…" driven like a user would: the sample CLI configuration pointing at
// sandbox servers over HTTP, tokens written to a real (throwaway) Secret Service.
#include "appgraph.h"
#include "clisample.h"
#include "controllers/cliimport.h"
#include "forms/banner.h"
#include "gui/cliimportdialog.h"
#include "screenshots.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using State = Models::CliImportModel::State;

class TestCliImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useScreenshotPalette();
        useEnglishPluralsForScreenshots();
    }
    void init();
    void cleanup();
    void enterImportsTheTickedInstances();
    void escapeStopsThenCloses();
    void missingAndDamagedFilesSayWhy();

private:
    std::unique_ptr<AppGraph> m_graph;
    std::unique_ptr<Sandbox::SandboxServer> m_second;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_cliFile;
    QByteArray m_cliBytes;
};

void TestCliImportDialog::init()
{
    m_graph = std::make_unique<AppGraph>();
    QVERIFY(m_graph->startSandbox());
    m_second = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxConfig::demo());
    QVERIFY(m_second->listen());
    // The third server is one that is not running: its port was free a moment ago.
    QUrl goneUrl;
    {
        Sandbox::SandboxServer gone(Sandbox::SandboxConfig::demo());
        QVERIFY(gone.listen());
        goneUrl = gone.rootUrl();
    }
    m_cliBytes = cliSample(m_graph->sandbox->rootUrl(), m_second->rootUrl(), goneUrl);
    m_home = std::make_unique<QTemporaryDir>();
    m_cliFile = m_home->filePath(u".config/coolify/config.json"_s);
    QVERIFY(writeCliFile(m_cliFile, m_cliBytes));
}

void TestCliImportDialog::cleanup()
{
    for (const Instances::Instance &instance : m_graph->store.list()) {
        bool done = false;
        m_graph->vault.remove(instance.id, this, [&done](const auto &) { done = true; });
        QTRY_VERIFY(done);
    }
    m_second.reset();
    m_graph.reset();
}

void TestCliImportDialog::enterImportsTheTickedInstances()
{
    Gui::CliImportDialog dialog(&m_graph->manager, &m_graph->network,
                                {m_home->filePath(u"nowhere/config.json"_s), m_cliFile});
    dialog.resize(760, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTreeView *>(u"cliImportView"_s);
    auto *importButton = dialog.findChild<QPushButton *>(u"cliImportButton"_s);
    auto *source = dialog.findChild<QLabel *>(u"cliImportSource"_s);
    auto *note = dialog.findChild<QLabel *>(u"cliImportNote"_s);
    QVERIFY(source->text().contains(QDir::toNativeSeparators(m_cliFile)));
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 7);
    // The user is told the CLI keeps its tokens in plain text, and that the file stays as it is.
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"unencrypted"_s));
    QVERIFY(note->text().contains(u"never changes"_s));
    QVERIFY(importButton->isDefault());
    QVERIFY(importButton->text().contains(u"3"_s));

    // Untick the server that is not running by keyboard: Space on its row.
    view->setFocus();
    int oldLab = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == u"old-lab"_s)
            oldLab = row;
    }
    QVERIFY(oldLab >= 0);
    view->setCurrentIndex(view->model()->index(oldLab, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(view->model()->index(oldLab, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(importButton->text().contains(u"2"_s));
    QVERIFY(saveScreenshot(&dialog, u"cliimport-ready"_s));
    QTest::keyClick(view, Qt::Key_Space); // and tick it again: its failure is part of the test
    QVERIFY(importButton->text().contains(u"3"_s));

    QSignalSpy imported(&dialog, &Gui::CliImportDialog::imported);
    QTest::keyClick(view, Qt::Key_Return); // Enter: the default button, Import
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
    QTRY_VERIFY(!dialog.controller()->isRunning());
    QVERIFY(dialog.isVisible()); // stays open to show how it went
    QCOMPARE(m_graph->store.list().size(), 2);
    QCOMPARE(imported.first().first().toString(), m_graph->store.list().first().id);
    auto *summary = dialog.findChild<QLabel *>(u"cliImportSummary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(u"2 instance"_s), qPrintable(summary->text()));
    // The server that is not running: not imported, and the row says why.
    const QString status = view->model()->index(oldLab, 2).data().toString();
    QVERIFY2(status.startsWith(u"Not imported: "_s), qPrintable(status));
    QVERIFY2(status.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(status));
    // It stays ticked for another try by click, but Enter now closes rather than retries.
    QVERIFY(importButton->isEnabled());
    QVERIFY(!importButton->isDefault());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->isDefault());
    // Rows now in the app show ticked for good.
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(Models::CliImportModel::StateRole).toInt()
            == int(State::Imported)) {
            const QModelIndex name = view->model()->index(row, 0);
            QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QVERIFY(!(view->model()->flags(name) & Qt::ItemIsUserCheckable));
        }
    }
    QVERIFY(saveScreenshot(&dialog, u"cliimport-done"_s));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QFile cli(m_cliFile);
    QVERIFY(cli.open(QIODevice::ReadOnly));
    QCOMPARE(cli.readAll(), m_cliBytes);
}

void TestCliImportDialog::escapeStopsThenCloses()
{
    Gui::CliImportDialog dialog(&m_graph->manager, &m_graph->network, {m_cliFile});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTreeView *>(u"cliImportView"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(dialog.controller()->isRunning());
    auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QCOMPARE(close->text(), u"Stop"_s);
    QTest::keyClick(view, Qt::Key_Escape); // first Esc: stop the tests, keep the dialog
    QVERIFY(!dialog.controller()->isRunning());
    QVERIFY(dialog.isVisible());
    QCOMPARE(close->text(), u"Close"_s);
    QCOMPARE(dialog.controller()->model()->countIn(State::Failed), 3);
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QTest::qWait(300);
    QVERIFY(m_graph->store.list().isEmpty());
}

void TestCliImportDialog::missingAndDamagedFilesSayWhy()
{
    const QString missing = m_home->filePath(u"elsewhere/coolify/config.json"_s);
    Gui::CliImportDialog dialog(&m_graph->manager, &m_graph->network, {missing});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *banner = dialog.findChild<Forms::Banner *>(u"cliImportBanner"_s);
    auto *importButton = dialog.findChild<QPushButton *>(u"cliImportButton"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(banner->text().contains(u"choose the file"_s));
    QVERIFY(!dialog.findChild<QTreeView *>(u"cliImportView"_s)->isVisible());
    QVERIFY(!importButton->isEnabled());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->isDefault());

    // A damaged file is named with what is wrong; markup in it stays text.
    QFile damaged(m_home->filePath(u"damaged.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"instances\": [<b>");
    damaged.close();
    dialog.loadFile(damaged.fileName());
    QVERIFY(banner->text().contains(u"not valid JSON"_s));
    QCOMPARE(banner->kind(), Forms::MessageKind::Error);
    QVERIFY(!importButton->isEnabled());

    // Choosing the right file afterwards lists its instances.
    dialog.loadFile(m_cliFile);
    QVERIFY(!banner->isVisible());
    QVERIFY(importButton->isEnabled());
    QVERIFY(importButton->isDefault());
}

QTEST_MAIN(TestCliImportDialog)
#include "tst_cliimport.moc"
