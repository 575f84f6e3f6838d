// The add/edit instance dialog driven like a user would, against the sandbox over HTTP and a
// real (throwaway) Secret Service.
#include "api/certificate.h"
#include "appgraph.h"
#include "gui/instancedialog.h"
#include "loopbackhttpserver.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;

class TestInstanceDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_graph.reset(); }
    void testConnectionReportsEachStep_data();
    void testConnectionReportsEachStep();
    void savesInstanceWithTokenInKeychain();
    void refusesToSaveIncompleteInput();
    void editKeepsStoredTokenWhenFieldEmpty();
    void selfSignedCertificateIsTrustedExplicitly();
    void editingForgetsAnOldTestResult();

private:
    void fill(Gui::InstanceDialog &dialog, const QString &name, const QString &url,
              const QString &token);
    // Clicks Save and waits until the dialog is accepted (at once, or after the keychain wrote).
    static bool save(Gui::InstanceDialog &dialog);
    std::unique_ptr<AppGraph> m_graph;
};

void TestInstanceDialog::init()
{
    m_graph = std::make_unique<AppGraph>();
    QVERIFY(m_graph->startSandbox());
}

void TestInstanceDialog::fill(Gui::InstanceDialog &dialog, const QString &name, const QString &url,
                              const QString &token)
{
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), name);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlEdit"_s), url);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), token);
}

bool TestInstanceDialog::save(Gui::InstanceDialog &dialog)
{
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    return QTest::qWaitFor([&accepted] { return accepted.count() == 1; }, 10000);
}

void TestInstanceDialog::testConnectionReportsEachStep_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("failedStep"); // -1: all passed
    QTest::addColumn<QString>("expected"); // text in the last meaningful step

    // "{root}" stands for the sandbox's address, known only once it listens.
    QTest::newRow("root token: everything") << u"{root}/api/v1/"_s << u"demo-root"_s << -1
                                            << u"Can: read, write, deploy, read:sensitive."_s;
    QTest::newRow("read-only token: limits named")
        << u"{root}"_s << u"demo-read"_s << -1 << u"Cannot: write, deploy, read:sensitive."_s;
    QTest::newRow("wrong token: 401 explained")
        << u"{root}"_s << u"not-a-token"_s << 1 << u"not accepted (401)"_s;
    QTest::newRow("nothing listening: refused")
        << u"http://127.0.0.1:1"_s << u"demo-root"_s << 0 << u"refused"_s;
}

void TestInstanceDialog::testConnectionReportsEachStep()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QFETCH(int, failedStep);
    QFETCH(QString, expected);
    url.replace(QLatin1String("{root}"), m_graph->sandbox->rootUrl().toString());

    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    fill(dialog, u"Sandbox"_s, url, token);
    auto *steps = dialog.findChild<QListWidget *>(u"testSteps"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testButton"_s);
    QVERIFY(!steps->isVisible());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(steps->isVisible());
    QCOMPARE(steps->count(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000); // the test has finished

    const int last = failedStep < 0 ? 3 : failedStep;
    const QString text = steps->item(last)->text();
    QVERIFY2(text.contains(expected), qPrintable(text));
    if (failedStep >= 0) {
        QVERIFY2(text.contains(QLatin1String("failed")), qPrintable(text));
        for (int i = failedStep + 1; i < 4; ++i)
            QVERIFY(steps->item(i)->text().contains(QLatin1String("skipped")));
    }
    for (int i = 0; i < last; ++i)
        QVERIFY2(steps->item(i)->text().contains(QLatin1String("OK")),
                 qPrintable(steps->item(i)->text()));
    // The user's input is untouched by the test.
    QCOMPARE(dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->text(), token);
    // Every step, the permissions last, is in view without scrolling: the dialog grew.
    QTRY_VERIFY(steps->viewport()->rect().contains(steps->visualItemRect(steps->item(3))));
    QCOMPARE(steps->verticalScrollBar()->isVisible(), false);
    // The help under the fields wraps at the dialog's width, not in a narrow column.
    const auto *hint = dialog.findChild<QLabel *>(u"tokenHint"_s);
    QVERIFY2(hint->width() * 2 > dialog.width(),
             qPrintable(u"%1 of %2"_s.arg(hint->width()).arg(dialog.width())));
}

void TestInstanceDialog::savesInstanceWithTokenInKeychain()
{
    const QString token = u"demo-root"_s;
    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    fill(dialog, u"  Production  "_s, m_graph->sandbox->rootUrl().toString() + u"/api/v1"_s, token);
    QVERIFY(dialog.findChild<QRadioButton *>(u"keychainRadio"_s)->isChecked());
    QVERIFY(save(dialog));

    const auto saved = m_graph->store.find(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Production"_s);
    QCOMPARE(saved->rootUrl, m_graph->sandbox->rootUrl());
    QVERIFY(!saved->sessionOnly);
    QVERIFY(!m_graph->vault.hasInMemory(saved->id));

    QString readBack;
    bool done = false;
    m_graph->vault.read(saved->id, this, [&](const Instances::VaultResult &r) {
        readBack = r.token;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(readBack, token);

    // The token is in the keyring only: no file in the scratch HOME or the settings holds it.
    m_graph->settings.sync();
    QCOMPARE(filesContaining(m_graph->dir.path(), token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(QDir::homePath() + u"/.config"_s, token.toUtf8()), QStringList());
}

void TestInstanceDialog::refusesToSaveIncompleteInput()
{
    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("name")));

    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"X"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"urlEdit"_s), u"ftp://x"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(error->text().contains(QLatin1String("ftp")), qPrintable(error->text()));
    QVERIFY(dialog.findChild<QLabel *>(u"urlHint"_s)->text().contains(QLatin1String("ftp")));

    auto *url = dialog.findChild<QLineEdit *>(u"urlEdit"_s);
    url->clear();
    QTest::keyClicks(url, u"coolify.example.com"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"urlHint"_s)->text(),
             u"API: https://coolify.example.com/api/v1/"_s);
    // Plain http to a public address: the dialog warns that the token travels unencrypted;
    // to a private address it does not.
    url->clear();
    QTest::keyClicks(url, u"http://coolify.example.com"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"urlHint"_s)->text().contains(u"unencrypted"_s));
    url->clear();
    QTest::keyClicks(url, u"http://192.168.1.20:8000"_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"urlHint"_s)->text().contains(u"unencrypted"_s));
    url->clear();
    QTest::keyClicks(url, u"coolify.example.com"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->text().contains(QLatin1String("token")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_graph->store.list().size(), 0);
}

void TestInstanceDialog::editKeepsStoredTokenWhenFieldEmpty()
{
    bool added = false;
    const QString id =
        m_graph->manager.add(Instances::Instance::create(u"Old"_s, m_graph->sandbox->rootUrl()),
                             u"demo-deploy"_s, Instances::TokenStorage::Keychain, this,
                             [&](const Instances::VaultResult &r) { added = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(added, 10000);

    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network, *m_graph->store.find(id));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
    QCOMPARE(name->text(), u"Old"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Renamed"_s);
    // Test connection with the stored token (the field is empty).
    auto *test = dialog.findChild<QPushButton *>(u"testButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    auto *steps = dialog.findChild<QListWidget *>(u"testSteps"_s);
    QTRY_VERIFY_WITH_TIMEOUT(steps->count() == 4 && test->isEnabled(), 10000);
    QVERIFY2(steps->item(3)->text().contains(QLatin1String("Can: read, deploy.")),
             qPrintable(steps->item(3)->text()));

    QVERIFY(save(dialog));
    QCOMPARE(m_graph->store.find(id)->name, u"Renamed"_s);
    QString token;
    m_graph->vault.read(id, this, [&](const Instances::VaultResult &r) { token = r.token; });
    QTRY_COMPARE_WITH_TIMEOUT(token, u"demo-deploy"_s, 10000);
}

void TestInstanceDialog::selfSignedCertificateIsTrustedExplicitly()
{
    // An instance behind a self-signed certificate (a real TLS server on 127.0.0.1).
    LoopbackHttpServer server;
    const QString tls = QLatin1String(COOLIFY_TEST_DATA_DIR "/tls/");
    QVERIFY(server.listenTls(tls + u"selfsigned.crt"_s, tls + u"selfsigned.key"_s));
    server.respond([](const ReceivedRequest &request) {
        if (request.target == "/api/health")
            return LoopbackHttpServer::reply(200, "OK", "text/html");
        if (request.target == "/api/v1/version")
            return LoopbackHttpServer::reply(200, "4.3.11", "text/html");
        return LoopbackHttpServer::reply(200, "[]");
    });
    QFile certificateFile(tls + u"selfsigned.crt"_s);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    const Api::CertificateInfo expected =
        Api::describeCertificate(QSslCertificate(certificateFile.readAll()));
    const QByteArray sha256 = expected.sha256;

    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    fill(dialog, u"Internal"_s, server.url().toString(), u"demo-root"_s);
    auto *steps = dialog.findChild<QListWidget *>(u"testSteps"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testButton"_s);
    auto *trust = dialog.findChild<QPushButton *>(u"trustCertificateButton"_s);
    QVERIFY(trust && !trust->isVisible());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
    QVERIFY2(steps->item(0)->text().contains(u"failed"_s), qPrintable(steps->item(0)->text()));
    QVERIFY(trust->isVisible());
    QCOMPARE(server.requests().size(), 0);

    // The prompt shows the certificate; Enter (the default) cancels and trusts nothing.
    QTest::mouseClick(trust, Qt::LeftButton);
    QMessageBox *prompt = nullptr;
    QTRY_VERIFY((prompt = dialog.findChild<QMessageBox *>(u"trustCertificatePrompt"_s)));
    QVERIFY(prompt->informativeText().contains(expected.fingerprint()));
    QCOMPARE(prompt->textFormat(), Qt::PlainText);
    QTest::keyClick(prompt, Qt::Key_Return);
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"trustCertificatePrompt"_s));
    QVERIFY(trust->isVisible());

    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY((prompt = dialog.findChild<QMessageBox *>(u"trustCertificatePrompt"_s)));
    QTest::mouseClick(prompt->findChild<QPushButton *>(u"trustButton"_s), Qt::LeftButton);
    // Tested again with the pin: the instance answers, and the token reached it over TLS.
    QTRY_VERIFY_WITH_TIMEOUT(steps->item(1)->text().contains(u"OK"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
    QVERIFY(!trust->isVisible());

    QVERIFY(save(dialog));
    const auto saved = m_graph->store.find(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->pinnedCertificate, sha256);

    // The pin belongs to that address: edited to another host or port, the instance loses it
    // (and the new address is refused until trusted there); back at the old one, it is kept.
    Gui::InstanceDialog edit(&m_graph->manager, &m_graph->network, *saved);
    edit.show();
    auto *url = edit.findChild<QLineEdit *>(u"urlEdit"_s);
    QCOMPARE(edit.edited().pinnedCertificate, sha256);
    url->setText(u"https://localhost:%1"_s.arg(server.url().port()));
    QVERIFY(edit.edited().pinnedCertificate.isEmpty());
    url->setText(u"https://127.0.0.1:%1"_s.arg(server.url().port() + 1));
    QVERIFY(edit.edited().pinnedCertificate.isEmpty());
    url->setText(server.url().toString() + u"/"_s); // the same origin, written differently
    QCOMPARE(edit.edited().pinnedCertificate, sha256);
    // Tested at another host, the same certificate is refused again, not trusted silently.
    url->setText(u"https://localhost:%1"_s.arg(server.url().port()));
    auto *editTest = edit.findChild<QPushButton *>(u"testButton"_s);
    auto *editSteps = edit.findChild<QListWidget *>(u"testSteps"_s);
    QTest::mouseClick(editTest, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editTest->isEnabled() && editSteps->count() == 4, 10000);
    QVERIFY2(editSteps->item(0)->text().contains(u"failed"_s),
             qPrintable(editSteps->item(0)->text()));
}

void TestInstanceDialog::editingForgetsAnOldTestResult()
{
    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    fill(dialog, u"Sandbox"_s, m_graph->sandbox->rootUrl().toString(), u"not-a-token"_s);
    auto *steps = dialog.findChild<QListWidget *>(u"testSteps"_s);
    auto *test = dialog.findChild<QPushButton *>(u"testButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 10000);
    QVERIFY(steps->isVisible());
    QVERIFY(steps->item(1)->text().contains(u"401"_s));

    // The failure was about the old token: typing a new one takes it away.
    auto *token = dialog.findChild<QLineEdit *>(u"tokenEdit"_s);
    token->clear();
    QTest::keyClicks(token, u"demo-root"_s);
    QVERIFY(!steps->isVisible());
    QCOMPARE(steps->count(), 0);

    // So does editing the address while a test is still running; the next test starts afresh.
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(steps->isVisible());
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"urlEdit"_s), Qt::Key_End);
    QTest::keyClick(dialog.findChild<QLineEdit *>(u"urlEdit"_s), Qt::Key_Slash);
    QVERIFY(!steps->isVisible());
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(steps->count() == 4 && test->isEnabled(), 10000);
    QVERIFY2(steps->item(3)->text().contains(u"Can:"_s), qPrintable(steps->item(3)->text()));
}

QTEST_MAIN(TestInstanceDialog)
#include "tst_instancedialog.moc"
