// Without any Secret Service the dialog says so up front, offers session-only storage, and
// never writes the token anywhere.
#include "appgraph.h"
#include "gui/instancedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;

class TestInstanceDialogNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void offersSessionOnlyAndKeepsTokenInMemory();
};

void TestInstanceDialogNoKeychain::offersSessionOnlyAndKeepsTokenInMemory()
{
    AppGraph graph;
    QVERIFY(graph.startSandbox());
    Gui::InstanceDialog dialog(&graph.manager, &graph.network);
    dialog.show();
    auto *keychain = dialog.findChild<QRadioButton *>(u"keychainRadio"_s);
    auto *session = dialog.findChild<QRadioButton *>(u"sessionRadio"_s);
    auto *status = dialog.findChild<QLabel *>(u"keychainStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!keychain->isEnabled(), 15000);
    QVERIFY(session->isChecked());
    QVERIFY2(status->text().contains(QLatin1String("Secret Service"))
                 || status->text().contains(QLatin1String("D-Bus")),
             qPrintable(status->text()));

    const QString token = u"demo-root"_s;
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Box"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlEdit"_s),
                     graph.sandbox->rootUrl().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), token);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
    QVERIFY(graph.vault.hasInMemory(dialog.savedId()));
    graph.settings.sync();
    QCOMPARE(filesContaining(graph.dir.path(), token.toUtf8()), QStringList());
}

QTEST_MAIN(TestInstanceDialogNoKeychain)
#include "tst_instancedialog_nokeychain.moc"
