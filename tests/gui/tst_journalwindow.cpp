// The Journal window driven like a user would: search, filters, Enter opens the deployment or the
// resource of a row, export, Esc closes; and View → Journal in the main window.
#include "fleetfixture.h"
#include "gui/appcontext.h"
#include "gui/journalwindow.h"
#include "gui/mainwindow.h"
#include "journal/journal.h"
#include "journal/journalmodel.h"
#include "journalentries.h"
#include "screenshots.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Journal::Entry;

class TestJournalWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useScreenshotPalette();
        useEnglishPluralsForScreenshots();
    }
    void searchFilterOpenExport();
    void mainWindowOpensIt();
};

void TestJournalWindow::searchFilterOpenExport()
{
    FleetFixture f;
    QCOMPARE(f.startSandbox(), 0);
    const QString id = f.addInstance(u"Production"_s, u"demo-root"_s);
    QTemporaryDir dir;
    Journal::Journal journal(dir.filePath(u"journal.sqlite"_s));
    QSignalSpy recorded(&journal, &Journal::Journal::recorded);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto add = [&](const QString &name, Entry::Action action, int minutesAgo) {
        return journalEntry(name, action, now.addSecs(-60 * minutesAgo), id, u"Production"_s);
    };
    Entry deploy = add(u"storefront-web"_s, Entry::Action::Deploy, 50);
    deploy.deploymentUuid = u"dep-1"_s;
    Entry failed = add(u"storefront-api"_s, Entry::Action::Restart, 40);
    failed.outcome = Entry::Outcome::Failed;
    failed.detail = u"Coolify answered 500: the server had an internal error."_s;
    Entry edit = add(u"storefront-web"_s, Entry::Action::Edit, 30);
    edit.fields = {u"health_check_path"_s, u"ports_exposes"_s};
    Entry env = add(u"storefront-web"_s, Entry::Action::EnvCreate, 3 * 24 * 60);
    env.fields = {u"STRIPE_KEY"_s};
    for (const Entry &e : {env, deploy, failed, edit})
        journal.record(e);
    QTRY_COMPARE(recorded.count(), 4);

    Gui::JournalWindow window(&journal, f.fleet.get());
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(1000, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *view = window.view();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    auto *instances = window.findChild<QComboBox *>(u"journalInstance"_s);
    QTRY_VERIFY(instances->findData(id) > 0); // the fleet's instances by name
    QCOMPARE(instances->itemText(instances->findData(id)), u"Production"_s);
    auto *status = window.findChild<QLabel *>(u"journalStatus"_s);
    QVERIFY(status->text().contains(u"4"_s));
    QVERIFY(saveScreenshot(&window, u"journal-window"_s));

    // Search as you type.
    auto *search = window.findChild<QLineEdit *>(u"journalSearch"_s);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"ports_exp"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, Journal::JournalModel::ActionColumn).data().toString(),
             u"Edit settings"_s);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), 4);

    // Failed only; then the last 24 hours.
    auto *outcome = window.findChild<QComboBox *>(u"journalOutcome"_s);
    outcome->setCurrentIndex(outcome->findData(int(Entry::Outcome::Failed)));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->index(0, 0).data(Journal::JournalModel::FailedRole).toBool());
    outcome->setCurrentIndex(0);
    auto *period = window.findChild<QComboBox *>(u"journalPeriod"_s);
    period->setCurrentIndex(1);
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // Enter on a deploy opens its deployment; on an edit, the resource.
    QSignalSpy deployment(&window, &Gui::JournalWindow::openDeploymentRequested);
    QSignalSpy resource(&window, &Gui::JournalWindow::openResourceRequested);
    view->setFocus();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
    }
    QCOMPARE(deployment.count(), 1);
    QCOMPARE(deployment.first(), (QVariantList{id, u"dep-1"_s}));
    QCOMPARE(resource.count(), 2);
    QCOMPARE(resource.first().at(0).toString(), id);

    // Export what is listed.
    const QString csv = dir.filePath(u"export.csv"_s);
    QCOMPARE(window.exportTo(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 4); // header and three rows
    QVERIFY(!window.exportTo(dir.filePath(u"no/such/folder/x.json"_s)).isEmpty());

    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
}

void TestJournalWindow::mainWindowOpensIt()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"app.ini"_s), QSettings::IniFormat);
    Gui::AppContext context(&settings, dir.filePath(u"journal.sqlite"_s));
    Gui::MainWindow *window = context.window();
    window->show();
    auto *action = window->findChild<QAction *>(u"actionJournal"_s);
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    action->trigger();
    Gui::JournalWindow *journal = nullptr;
    QTRY_VERIFY((journal = window->findChild<Gui::JournalWindow *>()));
    QVERIFY(journal->isVisible());
    action->trigger(); // a second time: the same window
    QCOMPARE(window->findChildren<Gui::JournalWindow *>().size(), 1);
    QPointer<Gui::JournalWindow> guard(journal);
    journal->close();
    QTRY_VERIFY(!guard); // deleted on close
    QVERIFY(QFile::exists(dir.filePath(u"journal.sqlite"_s)));
    window->close();
}

QTEST_MAIN(TestJournalWindow)
#include "tst_journalwindow.moc"
