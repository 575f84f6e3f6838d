// The delete confirmation: Delete is enabled only by the exact name; Enter deletes once the name
// matches and before that only explains (it used to trigger Cancel, which closed the dialog as
// if the deletion had happened); Esc keeps the resource.
#include "gui/confirmdeletedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestConfirmDelete : public QObject
{
    Q_OBJECT

private slots:
    void enterBeforeTheNameMatchesExplains();
    void enterDeletesOnceTheNameMatches();
    void escapeKeeps();
    void nothingBeyondTheResourceByDefault();
};

void TestConfirmDelete::enterBeforeTheNameMatchesExplains()
{
    Coolify::Gui::ConfirmDeleteDialog dialog(u"shop-db"_s, u"Production"_s, u"database"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *name = dialog.findChild<QLineEdit *>(u"confirmName"_s);
    auto *remove = dialog.findChild<QPushButton *>(u"confirmDelete"_s);
    auto *hint = dialog.findChild<QLabel *>(u"confirmHint"_s);
    QVERIFY(name && remove && hint);
    name->setFocus();
    QTest::keyClicks(name, u"shop-d"_s);
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(rejected.size(), 0);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"shop-db"_s));
    QTest::keyClick(name, Qt::Key_Enter); // the keypad's Enter too
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.size(), 0);
}

void TestConfirmDelete::enterDeletesOnceTheNameMatches()
{
    Coolify::Gui::ConfirmDeleteDialog dialog(u"shop-db"_s, u"Production"_s, u"database"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *name = dialog.findChild<QLineEdit *>(u"confirmName"_s);
    name->setFocus();
    QTest::keyClicks(name, u"shop-db"_s);
    QVERIFY(dialog.findChild<QPushButton *>(u"confirmDelete"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"confirmHint"_s)->isVisible());
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestConfirmDelete::escapeKeeps()
{
    Coolify::Gui::ConfirmDeleteDialog dialog(u"shop-db"_s, u"Production"_s, u"database"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    auto *name = dialog.findChild<QLineEdit *>(u"confirmName"_s);
    name->setFocus();
    QTest::keyClicks(name, u"shop-db"_s);
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(accepted.size(), 0);
}

void TestConfirmDelete::nothingBeyondTheResourceByDefault()
{
    Coolify::Gui::ConfirmDeleteDialog dialog(u"shop-db"_s, u"Production"_s, u"database"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Typing starts in the name field, never in a checkbox.
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QLineEdit *>(u"confirmName"_s));
    const auto none = dialog.options();
    QVERIFY(!none.deleteVolumes && !none.deleteConfigurations && !none.deleteConnectedNetworks
            && !none.dockerCleanup);
    dialog.findChild<QCheckBox *>(u"deleteNetworks"_s)->click();
    dialog.findChild<QCheckBox *>(u"dockerCleanup"_s)->click();
    const auto some = dialog.options();
    QVERIFY(!some.deleteVolumes && !some.deleteConfigurations);
    QVERIFY(some.deleteConnectedNetworks && some.dockerCleanup);
    // What a volume holds is said where it is ticked.
    QVERIFY(dialog.findChild<QCheckBox *>(u"deleteVolumes"_s)->text().contains(u"data"_s));
}

QTEST_MAIN(TestConfirmDelete)
#include "tst_confirmdelete.moc"
