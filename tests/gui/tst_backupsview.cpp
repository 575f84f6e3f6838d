// The Backups tab of a database against the sandbox: the schedules and backups a user sees,
// Back Up Now followed to its end (button, message, new row, notification signal), deleting a
// backup only after confirming (Esc keeps it), and the reasons shown when nothing can be done.
#include "fleetfixture.h"
#include "screenshots.h"

#include "controllers/backuprunner.h"
#include "controllers/backupscheduleeditor.h"
#include "controllers/databasebackups.h"
#include "gui/backupscheduledialog.h"
#include "gui/backupsoverview.h"
#include "gui/databasebackupsview.h"
#include "models/backupsmodel.h"
#include "models/fleetbackupsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify;
using Gui::DatabaseBackupsView;

class TestBackupsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useScreenshotPalette();
        useEnglishPluralsForScreenshots();
    }
    void backUpNowAndDelete();
    void reasonsWhenNothingCanBeDone();
    void scheduleCreateEditDelete();
    void fleetOverview();
};

namespace {
QString text(QWidget *w, const char *name)
{
    return w->findChild<QLabel *>(QLatin1String(name))->text();
}

QPushButton *button(QWidget *w, const char *name)
{
    return w->findChild<QPushButton *>(QLatin1String(name));
}

// Presses `key` in the next message box once it is shown; `shown` gets its text.
void answerBox(int key, QString *shown, const QString &clickButton = {})
{
    QTimer::singleShot(0, [key, shown, clickButton] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()),
                                 5'000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *shown = box->text() + u'\n' + box->informativeText();
        if (!clickButton.isEmpty())
            box->findChild<QPushButton *>(clickButton)->click();
        else
            QTest::keyClick(box, Qt::Key(key));
    });
}
} // namespace

void TestBackupsView::backUpNowAndDelete()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox(150) >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    DatabaseBackupsView view(fx.fleet.get());
    view.resize(1000, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(view.backups(), &Controllers::DatabaseBackups::loaded);
    view.setDatabase(id, fx.uuidOf(id, u"databases"_s, u"shop-postgres"_s), u"shop-postgres"_s);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(text(&view, "backupsTitle"), u"Backups of shop-postgres"_s);
    auto *title = view.findChild<QLabel *>(u"backupsTitle"_s);
    QTRY_VERIFY(title->width() >= title->sizeHint().width()); // room to be read, not 0 px
    QTableView *schedules = view.schedulesTable();
    QTableView *executions = view.executionsTable();
    QCOMPARE(schedules->model()->rowCount(), 1);
    QCOMPARE(schedules->model()->index(0, Models::BackupSchedulesModel::Schedule).data().toString(),
             u"Daily at 03:00"_s);
    QCOMPARE(schedules->model()->index(0, Models::BackupSchedulesModel::State).data().toString(),
             u"OK"_s);
    QVERIFY(schedules->selectionModel()->isRowSelected(0, {})); // the schedule is selected
    QCOMPARE(executions->model()->rowCount(), 3);
    QVERIFY(view.findChild<QLabel *>(u"backupsApiLimits"_s)->text().contains(u"download"_s));

    // Back Up Now: the button says it is working, the end is reported and listed.
    QSignalSpy finished(&view, &DatabaseBackupsView::backupFinished);
    QPushButton *now = button(&view, "backupNow");
    QVERIFY(now->isEnabled());
    QTest::mouseClick(now, Qt::LeftButton);
    QVERIFY(!now->isEnabled());
    QCOMPARE(now->text(), u"Backing Up…"_s);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().at(0).toString(), id);
    QVERIFY(finished.first().at(2).toBool());
    QVERIFY2(text(&view, "backupsMessage").startsWith(u"Backup of shop-postgres finished: "_s),
             qPrintable(text(&view, "backupsMessage")));
    QVERIFY(now->isEnabled());
    QCOMPARE(executions->model()->rowCount(), 4);
    QCOMPARE(executions->model()->index(0, Models::BackupExecutionsModel::Status).data().toString(),
             u"Succeeded"_s); // newest first
    saveScreenshot(&view, u"database-backups"_s);

    // Delete Backup…: only for a selected backup, and only after confirming.
    QPushButton *remove = button(&view, "backupDelete");
    QVERIFY(!remove->isEnabled());
    executions->setCurrentIndex(executions->model()->index(3, 0)); // the oldest
    QVERIFY(remove->isEnabled());
    const QString file =
        executions->model()->index(3, Models::BackupExecutionsModel::File).data().toString();
    QString shown;
    answerBox(Qt::Key_Escape, &shown);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(shown.contains(u"Delete the backup %1 of shop-postgres?"_s.arg(file)),
             qPrintable(shown));
    QCOMPARE(executions->model()->rowCount(), 4);
    answerBox(Qt::Key_Return, &shown); // Enter is Cancel: a deletion is never the default
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(executions->model()->rowCount(), 4);
    QVERIFY(!view.backups()->isBackingUp());
    answerBox(0, &shown, u"deleteBackupConfirm"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(executions->model()->rowCount(), 3, 10'000);
    QCOMPARE(text(&view, "backupsMessage"), u"Backup %1 deleted."_s.arg(file));
}

void TestBackupsView::scheduleCreateEditDelete()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox(150) >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    DatabaseBackupsView view(fx.fleet.get());
    view.resize(1000, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(view.backups(), &Controllers::DatabaseBackups::loaded);
    view.setDatabase(id, fx.uuidOf(id, u"databases"_s, u"shop-postgres"_s), u"shop-postgres"_s);
    QVERIFY(loaded.wait(10'000));
    QPushButton *create = button(&view, "backupScheduleNew");
    QPushButton *edit = button(&view, "backupScheduleEdit");
    QPushButton *drop = button(&view, "backupScheduleDelete");
    QVERIFY(create->isEnabled() && edit->isEnabled() && drop->isEnabled());

    // New Schedule…: a date that never comes is refused beside the field, nothing is lost.
    QTest::mouseClick(create, Qt::LeftButton);
    QPointer<Gui::BackupScheduleDialog> dialog = view.findChild<Gui::BackupScheduleDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), u"New Backup Schedule for shop-postgres"_s);
    auto *frequency = dialog->findChild<QComboBox *>(u"backupFrequency"_s);
    QTRY_VERIFY(frequency->hasFocus());
    frequency->lineEdit()->selectAll();
    QTest::keyClicks(frequency, u"0 0 30 2 *"_s);
    dialog->findChild<QLineEdit *>(u"backupDatabases"_s)->setText(u"shop,analytics"_s);
    QTest::keyClick(dialog, Qt::Key_Return); // Enter saves
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->fieldError(u"frequency"_s).contains(u"never comes"_s),
             qPrintable(dialog->fieldError(u"frequency"_s)));
    QVERIFY(frequency->hasFocus());
    QCOMPARE(dialog->draft().databases, u"shop,analytics"_s); // the other edits are kept
    QTRY_VERIFY(!dialog->findChild<QComboBox *>(u"backupStorage"_s)->isEnabled()
                || dialog->findChild<QComboBox *>(u"backupStorage"_s)->count() > 0);
    QTest::qWait(50); // let the layout take in the error lines before the picture
    saveScreenshot(dialog, u"backup-schedule-dialog"_s);

    frequency->lineEdit()->selectAll();
    QTest::keyClicks(frequency, u"0 4 * * *"_s);
    QVERIFY(dialog->fieldError(u"frequency"_s).isEmpty()); // editing clears the complaint
    QCOMPARE(dialog->findChild<QLabel *>(u"backupFrequencyMeaning"_s)->text(), u"Daily at 04:00"_s);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10'000); // closed once Coolify had it
    QTRY_COMPARE_WITH_TIMEOUT(view.schedulesTable()->model()->rowCount(), 2, 10'000);
    QCOMPARE(text(&view, "backupsMessage"), u"Backup schedule for shop-postgres created."_s);
    // The new schedule is the selected one.
    const Models::BackupConfig *made =
        view.backups()->schedules()->find(view.backups()->selectedSchedule());
    QTRY_VERIFY_WITH_TIMEOUT(
        (made = view.backups()->schedules()->find(view.backups()->selectedSchedule()))
            && made->frequency == u"0 4 * * *"_s,
        5'000);
    QCOMPARE(made->databasesToBackup, u"shop,analytics"_s);

    // Edit Schedule…: unchanged, Save is off; Esc closes without sending.
    QTest::mouseClick(edit, Qt::LeftButton);
    dialog = view.findChild<Gui::BackupScheduleDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(u"backupFrequency"_s)->currentText(), u"0 4 * * *"_s);
    QVERIFY(!dialog->findChild<QPushButton *>(u"backupScheduleSave"_s)->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());

    // Delete Schedule…: Esc keeps it, confirming deletes it.
    QString shown;
    answerBox(Qt::Key_Escape, &shown);
    QTest::mouseClick(drop, Qt::LeftButton);
    QVERIFY2(shown.contains(u"Delete the Daily at 04:00 backup schedule of shop-postgres"_s),
             qPrintable(shown));
    QCOMPARE(view.schedulesTable()->model()->rowCount(), 2);
    answerBox(0, &shown, u"deleteScheduleConfirm"_s);
    QTest::mouseClick(drop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.schedulesTable()->model()->rowCount(), 1, 10'000);
}

void TestBackupsView::reasonsWhenNothingCanBeDone()
{
    FleetFixture fx;
    QVERIFY(fx.startSandbox() >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    DatabaseBackupsView view(fx.fleet.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(view.backups(), &Controllers::DatabaseBackups::loaded);
    // A stopped database: its schedule is listed, Back Up Now says why it is off.
    view.setDatabase(id, fx.uuidOf(id, u"databases"_s, u"tools-mysql"_s), u"tools-mysql"_s);
    QVERIFY(loaded.wait(10'000));
    QVERIFY(!button(&view, "backupNow")->isEnabled());
    QCOMPARE(button(&view, "backupNow")->toolTip(),
             u"tools-mysql is not running: Coolify records no backup of a stopped database."_s);
    QCOMPARE(view.schedulesTable()->model()->index(0, 1).data().toString(), u"Never backed up"_s);
    // A KeyDB database: no schedules, and the note says why.
    view.setDatabase(id, fx.uuidOf(id, u"databases"_s, u"cache-keydb"_s), u"cache-keydb"_s);
    QVERIFY(loaded.wait(10'000));
    auto *note = view.findChild<QLabel *>(u"backupsNote"_s);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Coolify does not make scheduled backups of KeyDB databases."_s);
    QCOMPARE(view.schedulesTable()->model()->rowCount(), 0);
}

void TestBackupsView::fleetOverview()
{
    using Models::FleetBackupsModel;
    FleetFixture fx;
    QVERIFY(fx.startSandbox(150) >= 0);
    const QString id = fx.addInstance(u"Production"_s, u"demo-root"_s);
    QTRY_VERIFY_WITH_TIMEOUT(fx.ready(id), 15'000);
    Gui::BackupsOverview view(fx.fleet.get());
    view.resize(1100, 460);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = view.table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 8, 10'000); // every database
    // Worst first: the failed backup on top, the types Coolify does not back up at the bottom.
    const auto cell = [table](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, FleetBackupsModel::Name), u"tools-mariadb"_s);
    QCOMPARE(cell(0, FleetBackupsModel::State), u"Last backup failed"_s);
    QCOMPARE(cell(1, FleetBackupsModel::State), u"Overdue"_s);
    QCOMPARE(cell(7, FleetBackupsModel::State), u"Not backed up by Coolify"_s);
    QVERIFY2(text(&view, "backupsSummary").startsWith(u"8 database"_s),
             qPrintable(text(&view, "backupsSummary")));

    // "Needs attention": failed, overdue, never backed up.
    auto *state = view.findChild<QComboBox *>(u"backupsStateFilter"_s);
    state->setCurrentIndex(state->findText(u"Needs attention"_s));
    QCOMPARE(table->model()->rowCount(), 4);
    saveScreenshot(&view, u"backups-overview"_s);
    state->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 8);

    // Back Up Now on a selection; a database without a schedule says why.
    auto *backUp = view.findChild<QPushButton *>(u"backupsOverviewBackUp"_s);
    QVERIFY(!backUp->isEnabled());
    const auto rowOf = [table, &cell](const QString &name) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (cell(row, FleetBackupsModel::Name) == name)
                return row;
        }
        return -1;
    };
    table->selectRow(rowOf(u"events-mongo"_s));
    QVERIFY(!backUp->isEnabled());
    QCOMPARE(backUp->toolTip(), u"events-mongo has no enabled backup schedule."_s);
    table->selectRow(rowOf(u"shop-postgres"_s));
    QVERIFY(backUp->isEnabled());
    QSignalSpy finished(view.runner(), &Controllers::BackupRunner::backupFinished);
    QTest::mouseClick(backUp, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(text(&view, "backupsOverviewMessage"),
                              u"Backup of shop-postgres started."_s, 10'000);
    // Followed to its end, for the desktop notification.
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.first().at(0).toString(), id);
    QCOMPARE(finished.first().at(1).toString(), u"shop-postgres"_s);
    QVERIFY(finished.first().at(2).toBool());
    QVERIFY(
        text(&view, "backupsOverviewMessage").contains(u"\nBackup of shop-postgres finished: "_s));
    // The lists are reloaded: the new backup shows as the newest.
    QTRY_COMPARE_WITH_TIMEOUT(cell(rowOf(u"shop-postgres"_s), FleetBackupsModel::NewestBackup),
                              u"Succeeded · just now"_s, 15'000);

    // Enter opens the database (its Backups tab is there).
    QSignalSpy navigate(&view, &Gui::BackupsOverview::navigateRequested);
    table->setCurrentIndex(table->model()->index(rowOf(u"shop-postgres"_s), 1));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(navigate.size(), 1);
    const auto spec = navigate.first().first().value<Gui::ViewSpec>();
    QCOMPARE(spec.node, Models::NavigationModel::Node::Resource);
    QCOMPARE(spec.instanceId, id);
    QCOMPARE(spec.key, fx.uuidOf(id, u"databases"_s, u"shop-postgres"_s));
}

QTEST_MAIN(TestBackupsView)
#include "tst_backupsview.moc"
