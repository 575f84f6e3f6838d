// Every failure while saving leaves the user's edits exactly as typed and shows a banner: the
// sandbox's fault flags (500, dropped connection, no answer, API disabled, unknown app) and a
// faked network for the answers the sandbox cannot be made to give (400, 429, 502).
#include "fakenetwork.h"
#include "formfixture.h"
#include "forms/banner.h"
#include "forms/settingsform.h"
#include "sampledetail.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Coolify;
using namespace Coolify::Forms;

class TestSettingsFormFaults : public QObject
{
    Q_OBJECT

    // Edits two fields, saves, and checks the banner and that nothing the user typed was lost.
    static void editSaveAndExpectBanner(SettingsForm *form, const QString &fragment)
    {
        auto *name = form->findChild<QLineEdit *>(u"field_name"_s);
        auto *build = form->findChild<QPlainTextEdit *>(u"field_build_command"_s);
        name->selectAll();
        QTest::keyClicks(name, u"renamed app"_s);
        build->selectAll();
        QTest::keyClicks(build, u"make all"_s);
        QVERIFY(form->hasUnsavedChanges());
        QSignalSpy failed(form->controller(), &FormController::saveFailed);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        Banner *banner = form->messageBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), Banner::Kind::Error);
        QVERIFY2(banner->text().contains(fragment), qPrintable(banner->text()));
        QVERIFY(banner->findChild<QPushButton *>(u"retryButton"_s)->isVisible());
        QCOMPARE(name->text(), u"renamed app"_s);
        QCOMPARE(build->toPlainText(), u"make all"_s);
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(form->findChild<QPushButton *>(u"saveButton"_s)->isEnabled()); // ready to retry
    }

private slots:
    void sandboxFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("500") << u"500"_s << u"(500)"_s;
        QTest::newRow("dropped connection") << u"drop"_s << u"closed the connection"_s;
        QTest::newRow("timeout") << u"hang"_s << u"did not answer within 1 second"_s;
        QTest::newRow("403 API disabled") << u"disabled"_s << u"API is disabled"_s;
        QTest::newRow("404 app gone") << u"other-seed"_s << u"(404)"_s;
    }
    void sandboxFaults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, fragment);
        auto config = Sandbox::SandboxConfig::demo();
        if (fault == u"500"_s)
            config.failureRate = 1.0;
        else if (fault == u"drop"_s)
            config.dropPath = u"/api/v1/applications"_s;
        else if (fault == u"hang"_s)
            config.hangPath = u"/api/v1/applications"_s;
        else if (fault == u"disabled"_s)
            config.apiDisabled = true;
        else
            config.seed = 7; // other uuids: the loaded application does not exist there
        Sandbox::SandboxServer faulty(config);
        QVERIFY(faulty.listen());
        E2eSandbox healthy; // its client goes before `faulty` does
        QVERIFY(healthy.start());

        Api::ApiClient &client = *healthy.client; // demo-root
        const QString uuid = appUuid(&client, u"storefront-web"_s);
        QVERIFY(!uuid.isEmpty());
        std::unique_ptr<SettingsForm> form(SettingsForm::forApplication(
            &client, uuid, Api::TokenAbilities::fromNames({u"root"_s})));
        form->setRequestTimeout(800);
        form->show();
        QSignalSpy loaded(form.get(), &SettingsForm::loaded);
        form->load();
        QVERIFY(loaded.wait(10000));
        client.setRoot(faulty.rootUrl()); // the instance starts failing after the form loaded
        editSaveAndExpectBanner(form.get(), fragment);
    }

    void fakedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("400 empty JSON")
            << 400 << QByteArray(R"({"message":"Invalid request.","error":"Empty JSON."})")
            << u"Empty JSON."_s;
        QTest::newRow("429") << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
                             << u"wait 42 second"_s;
        QTest::newRow("502") << 502 << QByteArray("<html>Bad Gateway</html>") << u"(502)"_s;
    }
    void fakedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, fragment);
        FakeNetworkAccessManager network;
        const QByteArray detail = QJsonDocument(sampleDetail()).toJson();
        network.respond([&](const FakeRequest &request) {
            if (request.verb != "PATCH")
                return FakeResponse::json(200, detail);
            FakeResponse r =
                status == 502 ? FakeResponse::html(status, body) : FakeResponse::json(status, body);
            if (status == 429)
                r.header("Retry-After", "42");
            return r;
        });
        Api::ApiClient client(&network, QUrl(u"https://coolify.test"_s));
        client.setToken(u"t"_s);
        std::unique_ptr<SettingsForm> form(SettingsForm::forApplication(
            &client, u"app1"_s, Api::TokenAbilities::fromNames({u"read"_s, u"write"_s})));
        form->show();
        QSignalSpy loaded(form.get(), &SettingsForm::loaded);
        form->load();
        QVERIFY(loaded.wait(5000));
        editSaveAndExpectBanner(form.get(), fragment);
        // What was sent: only the two edited fields.
        QByteArray sent;
        for (const FakeRequest &r : network.requests()) {
            if (r.verb == "PATCH")
                sent = r.body;
        }
        QCOMPARE(QJsonDocument::fromJson(sent).object(),
                 (QJsonObject{{u"name"_s, u"renamed app"_s}, {u"build_command"_s, u"make all"_s}}));
    }
};

QTEST_MAIN(TestSettingsFormFaults)
#include "tst_settingsform_faults.moc"
