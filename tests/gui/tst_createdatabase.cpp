// The "New PostgreSQL Database" dialog against the sandbox: pickers from the API, a real create
// whose password never shows up in the dialog, a public database that needs its port, and the
// server's refusals under the fields they concern with the input left as typed.
#include "createdialogtest.h"

#include "gui/createdatabasedialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using Gui::CreateDatabaseDialog;

class TestCreateDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldRules_data();
    void fieldRules();
    void fillsPickersFromTheApi();
    void createsThePostgresDatabase();
    void publicWithoutPortIsPrevented();
    void publicPortInUseIsShownAtThePort();
    void serverValidationGoesUnderTheField();
    void deletedEnvironmentIsExplained();
    void readOnlyTokenIsExplained();

private:
    // Every text the dialog shows or holds in a widget.
    static QStringList visibleTexts(const QWidget *dialog);
    CreateDialogFixture m_fixture;
};

void TestCreateDatabase::initTestCase()
{
    useScreenshotPalette();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start());
}

void TestCreateDatabase::fieldRules_data()
{
    addRuleColumns();
    QTest::newRow("user empty (default)") << "identifier"
                                          << "" << true;
    QTest::newRow("user plain") << "identifier"
                                << "orders_app" << true;
    QTest::newRow("user leading underscore") << "identifier"
                                             << "_svc" << true;
    QTest::newRow("user leading digit") << "identifier"
                                        << "1st" << false;
    QTest::newRow("user dash") << "identifier"
                               << "orders-app" << false;
    QTest::newRow("user 63 chars") << "identifier" << QString(63, u'a') << true;
    QTest::newRow("user 64 chars") << "identifier" << QString(64, u'a') << false;
    QTest::newRow("password empty (generated)") << "password"
                                                << "" << true;
    QTest::newRow("password symbols") << "password"
                                      << "Ab1!@#%^*()_+-=[]{}:,.?/~" << true;
    QTest::newRow("password space") << "password"
                                    << "two words" << false;
    QTest::newRow("password dollar") << "password"
                                     << "pa$$word" << false;
    QTest::newRow("password quote") << "password"
                                    << "it's" << false;
    QTest::newRow("password umlaut") << "password" << u"pässword"_s << false;
    QTest::newRow("password 128") << "password" << QString(128, u'x') << true;
    QTest::newRow("password 129") << "password" << QString(129, u'x') << false;
    QTest::newRow("image default") << "image"
                                   << "postgres:16-alpine" << true;
    QTest::newRow("image registry") << "image"
                                    << "ghcr.io/acme/postgres:16@sha256:abc" << true;
    QTest::newRow("image space") << "image"
                                 << "postgres 16" << false;
    QTest::newRow("port private") << "private port"
                                  << "" << true;
    QTest::newRow("port missing") << "port"
                                  << "" << false;
    QTest::newRow("port low") << "port"
                              << "80" << false;
    QTest::newRow("port 1024") << "port"
                               << "1024" << true;
    QTest::newRow("port 65535") << "port"
                                << "65535" << true;
    QTest::newRow("port high") << "port"
                               << "65536" << false;
    QTest::newRow("port word") << "port"
                               << "pg" << false;
}

void TestCreateDatabase::fieldRules()
{
    verifyRuleRow([](const QString &field, const QString &value) {
        if (field == QLatin1String("identifier"))
            return CreateDatabaseDialog::identifierProblem(value);
        if (field == QLatin1String("password"))
            return CreateDatabaseDialog::passwordProblem(value);
        if (field == QLatin1String("image"))
            return CreateDatabaseDialog::imageProblem(value);
        return CreateDatabaseDialog::publicPortProblem(field == QLatin1String("port"), value);
    });
}

QStringList TestCreateDatabase::visibleTexts(const QWidget *dialog)
{
    QStringList texts{dialog->windowTitle()};
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QPushButton *button : dialog->findChildren<QPushButton *>())
        texts << button->toolTip();
    return texts;
}

void TestCreateDatabase::fillsPickersFromTheApi()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"New PostgreSQL Database on Sandbox"_s);
    auto *projects = widget<QComboBox>(dialog.get(), "projectCombo");
    auto *environments = widget<QComboBox>(dialog.get(), "environmentCombo");
    auto *servers = widget<QComboBox>(dialog.get(), "serverCombo");
    QCOMPARE(projects->count(), m_fixture.get(u"projects"_s).array().size());
    projects->setCurrentIndex(projects->findText(u"Data Platform"_s));
    QTRY_COMPARE(comboTexts(environments), QStringList({u"production"_s, u"staging"_s}));
    const int offline = servers->findText(u"legacy-ams-2"_s, Qt::MatchStartsWith);
    QVERIFY(servers->itemText(offline).contains(u"unreachable"));
    QVERIFY(!comboItemEnabled(servers, offline));

    // The defaults: Coolify's image, no password (generated), private.
    QCOMPARE(widget<QLineEdit>(dialog.get(), "imageEdit")->text(), u"postgres:16-alpine"_s);
    auto *password = widget<QLineEdit>(dialog.get(), "passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(password->text().isEmpty());
    QVERIFY(widget<QLabel>(dialog.get(), "passwordHint")->text().contains(u"connection details"));
    QVERIFY(!widget<QLineEdit>(dialog.get(), "publicPortEdit")->isEnabled());
    QVERIFY(widget<QPushButton>(dialog.get(), "createButton")->isEnabled());
    const QStringList unnamed = unnamedFocusableWidgets(dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    QVERIFY(saveScreenshot(dialog.get(), u"create-database-empty"_s));
}

void TestCreateDatabase::createsThePostgresDatabase()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "nameEdit"), u"orders-db"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "userEdit"), u"orders"_s);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "databaseEdit"), u"orders"_s);
    const QString password = u"Kept-Out_Of-View.42"_s;
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "passwordEdit"), password);
    auto *create = widget<QPushButton>(dialog.get(), "createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    QSignalSpy created(dialog.get(), &CreateDatabaseDialog::created);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(created.wait(10000));
    const QString uuid = created.first().first().toString();
    QCOMPARE(dialog->createdUuid(), uuid);
    QCOMPARE(created.first().at(1).toString(), u"orders-db"_s); // the status bar speaks in names
    QVERIFY(!dialog->isVisible());

    const QJsonObject row = m_fixture.itemWithUuid(u"databases"_s, uuid);
    QVERIFY2(!row.isEmpty(), "the new database is not in GET /databases");
    QCOMPARE(row[QLatin1String("database_type")].toString(), u"standalone-postgresql"_s);
    QCOMPARE(row[QLatin1String("name")].toString(), u"orders-db"_s);
    QCOMPARE(row[QLatin1String("postgres_user")].toString(), u"orders"_s);
    QCOMPARE(row[QLatin1String("postgres_password")].toString(), password);
    QCOMPARE(row[QLatin1String("is_public")].toBool(), false);

    // The 201 carried internal_db_url with the password: the dialog shows neither.
    const QString url = row[QLatin1String("internal_db_url")].toString();
    QVERIFY(url.contains(password));
    for (const QString &text : visibleTexts(dialog.get()))
        QVERIFY2(!text.contains(password) && !text.contains(url), qPrintable(text));
    QVERIFY(!dialog->createdSummary().contains(password));
    QVERIFY(dialog->createdSummary().contains(u"connection details"));
}

void TestCreateDatabase::publicWithoutPortIsPrevented()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    auto *create = widget<QPushButton>(dialog.get(), "createButton");
    auto *port = widget<QLineEdit>(dialog.get(), "publicPortEdit");
    auto *message = widget<QLabel>(dialog.get(), "publicPortMessage");
    QVERIFY(create->isEnabled());
    QTest::mouseClick(widget<QCheckBox>(dialog.get(), "publicCheck"), Qt::LeftButton);
    QVERIFY(port->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"silently keeps the database private"),
             qPrintable(message->text()));
    QVERIFY(!create->isEnabled());
    // Enter does not send it either.
    QTest::keyClick(port, Qt::Key_Return);
    QVERIFY(!dialog->isBusy());
    QTest::keyClicks(port, u"80"_s);
    QCOMPARE(message->text(), u"Use a port from 1024 to 65535."_s);
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(port, u"80"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(create->isEnabled());
    QVERIFY(saveScreenshot(dialog.get(), u"create-database-public"_s));
}

void TestCreateDatabase::publicPortInUseIsShownAtThePort()
{
    int used = 0;
    for (const QJsonValue &d : m_fixture.get(u"databases"_s).array()) {
        if (d[QLatin1String("public_port")].isDouble())
            used = d[QLatin1String("public_port")].toInt();
    }
    QVERIFY(used >= 1024);
    const int before = m_fixture.get(u"databases"_s).array().size();
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    QTest::mouseClick(widget<QCheckBox>(dialog.get(), "publicCheck"), Qt::LeftButton);
    auto *port = widget<QLineEdit>(dialog.get(), "publicPortEdit");
    QTest::keyClicks(port, QString::number(used));
    clickCreate(dialog.get());
    auto *message = widget<QLabel>(dialog.get(), "publicPortMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QCOMPARE(message->text(), u"Public port already used by another database."_s);
    auto *banner = widget<QLabel>(dialog.get(), "bannerLabel");
    QCOMPARE(banner->text(),
             u"Coolify refused the request: Public port already "
             "used by another database."_s);
    QCOMPARE(port->text(), QString::number(used));
    QVERIFY(widget<QCheckBox>(dialog.get(), "publicCheck")->isChecked());
    QCOMPARE(m_fixture.get(u"databases"_s).array().size(), before);
    QVERIFY(saveScreenshot(dialog.get(), u"create-database-error"_s));
    // Changing the port clears the server's message.
    QTest::keyClick(port, Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
}

void TestCreateDatabase::serverValidationGoesUnderTheField()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    auto *password = widget<QLineEdit>(dialog.get(), "passwordEdit");
    QTest::keyClicks(password, u"two words"_s);
    auto *message = widget<QLabel>(dialog.get(), "passwordMessage");
    QVERIFY(message->text().startsWith(u"Spaces are not allowed"));
    dialog->submit(CreateDatabaseDialog::Checks::SkipClient);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY2(message->text().contains(u"format is invalid"), qPrintable(message->text()));
    QCOMPARE(password->text(), u"two words"_s);
    QVERIFY(widget<QLabel>(dialog.get(), "bannerLabel")->isVisible());
}

void TestCreateDatabase::deletedEnvironmentIsExplained()
{
    auto client = m_fixture.client(u"demo-root"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    auto *projects = widget<QComboBox>(dialog.get(), "projectCombo");
    auto *environments = widget<QComboBox>(dialog.get(), "environmentCombo");
    projects->setCurrentIndex(projects->findText(u"Acme Storefront"_s));
    QTRY_COMPARE(environments->findText(u"staging"_s), 1);
    environments->setCurrentIndex(1);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "nameEdit"), u"staging-db"_s);

    QVERIFY(m_fixture.createAfterDeleting(client.get(), dialog.get(), u"Acme Storefront"_s,
                                          u"staging"_s));
    auto *message = widget<QLabel>(dialog.get(), "environmentMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    // Databases answer 422 here where applications answer 404 (coolify-api.md §8).
    QCOMPARE(message->text(),
             u"You need to provide a valid environment_name or environment_uuid."_s);
    QTRY_COMPARE(environments->findText(u"staging"_s), -1);
    QCOMPARE(widget<QLineEdit>(dialog.get(), "nameEdit")->text(), u"staging-db"_s);
}

void TestCreateDatabase::readOnlyTokenIsExplained()
{
    auto client = m_fixture.client(u"demo-read"_s);
    auto dialog = m_fixture.open<CreateDatabaseDialog>(client.get());
    QVERIFY(dialog);
    QTest::keyClicks(widget<QLineEdit>(dialog.get(), "nameEdit"), u"nope"_s);
    clickCreate(dialog.get());
    auto *banner = widget<QLabel>(dialog.get(), "bannerLabel");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(u"lacks the “write” permission"_s),
             qPrintable(banner->text()));
    QCOMPARE(widget<QLineEdit>(dialog.get(), "nameEdit")->text(), u"nope"_s);
}

QTEST_MAIN(TestCreateDatabase)
#include "tst_createdatabase.moc"
