// The add/edit instance dialog driven like a user would, against the sandbox over HTTP and a
// real (throwaway) Secret Service.
#include "appgraph.h"
#include "gui/instancedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

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

private:
    void fill(Gui::InstanceDialog &dialog, const QString &name, const QString &url,
              const QString &token);
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
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), url);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit")), token);
}

void TestInstanceDialog::testConnectionReportsEachStep_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("failedStep"); // -1: all passed
    QTest::addColumn<QString>("expected"); // text in the last meaningful step

    // "{root}" stands for the sandbox's address, known only once it listens.
    QTest::newRow("root token: everything")
        << QStringLiteral("{root}/api/v1/") << QStringLiteral("demo-root") << -1
        << QStringLiteral("Can: read, write, deploy, read:sensitive.");
    QTest::newRow("read-only token: limits named")
        << QStringLiteral("{root}") << QStringLiteral("demo-read") << -1
        << QStringLiteral("Cannot: write, deploy, read:sensitive.");
    QTest::newRow("wrong token: 401 explained")
        << QStringLiteral("{root}") << QStringLiteral("not-a-token") << 1
        << QStringLiteral("not accepted (401)");
    QTest::newRow("nothing listening: refused")
        << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("demo-root") << 0
        << QStringLiteral("refused");
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
    fill(dialog, QStringLiteral("Sandbox"), url, token);
    auto *steps = dialog.findChild<QListWidget *>(QStringLiteral("testSteps"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
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
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text(), token);
}

void TestInstanceDialog::savesInstanceWithTokenInKeychain()
{
    const QString token = QStringLiteral("demo-root");
    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    fill(dialog, QStringLiteral("  Production  "),
         m_graph->sandbox->rootUrl().toString() + QStringLiteral("/api/v1"), token);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("keychainRadio"))->isChecked());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);

    const auto saved = m_graph->store.find(dialog.savedId());
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Production"));
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
    QCOMPARE(filesContaining(QDir::homePath() + QStringLiteral("/.config"), token.toUtf8()),
             QStringList());
}

void TestInstanceDialog::refusesToSaveIncompleteInput()
{
    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network);
    dialog.show();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("name")));

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("X"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
                     QStringLiteral("ftp://x"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(error->text().contains(QLatin1String("ftp")), qPrintable(error->text()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("urlHint"))
                ->text()
                .contains(QLatin1String("ftp")));

    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("coolify.example.com"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("urlHint"))->text(),
             QStringLiteral("API: https://coolify.example.com/api/v1/"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->text().contains(QLatin1String("token")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_graph->store.list().size(), 0);
}

void TestInstanceDialog::editKeepsStoredTokenWhenFieldEmpty()
{
    bool added = false;
    const QString id = m_graph->manager.add(
        Instances::Instance::create(QStringLiteral("Old"), m_graph->sandbox->rootUrl()),
        QStringLiteral("demo-deploy"), Instances::TokenStorage::Keychain, this,
        [&](const Instances::VaultResult &r) { added = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(added, 10000);

    Gui::InstanceDialog dialog(&m_graph->manager, &m_graph->network, *m_graph->store.find(id));
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Old"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    // Test connection with the stored token (the field is empty).
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    auto *steps = dialog.findChild<QListWidget *>(QStringLiteral("testSteps"));
    QTRY_VERIFY_WITH_TIMEOUT(steps->count() == 4 && test->isEnabled(), 10000);
    QVERIFY2(steps->item(3)->text().contains(QLatin1String("Can: read, deploy.")),
             qPrintable(steps->item(3)->text()));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    // Saving may finish inside the click (nothing to ask the keychain) or later.
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QCOMPARE(m_graph->store.find(id)->name, QStringLiteral("Renamed"));
    QString token;
    m_graph->vault.read(id, this, [&](const Instances::VaultResult &r) { token = r.token; });
    QTRY_COMPARE_WITH_TIMEOUT(token, QStringLiteral("demo-deploy"), 10000);
}

QTEST_MAIN(TestInstanceDialog)
#include "tst_instancedialog.moc"
