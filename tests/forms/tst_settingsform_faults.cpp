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

using namespace Coolify;
using namespace Coolify::Forms;

class TestSettingsFormFaults : public QObject
{
    Q_OBJECT

    // Edits two fields, saves, and checks the banner and that nothing the user typed was lost.
    static void editSaveAndExpectBanner(SettingsForm *form, const QString &fragment)
    {
        auto *name = form->findChild<QLineEdit *>(u"field_name"_qs);
        auto *build = form->findChild<QPlainTextEdit *>(u"field_build_command"_qs);
        name->selectAll();
        QTest::keyClicks(name, u"renamed app"_qs);
        build->selectAll();
        QTest::keyClicks(build, u"make all"_qs);
        QVERIFY(form->hasUnsavedChanges());
        QSignalSpy failed(form->controller(), &FormController::saveFailed);
        QTest::mouseClick(form->findChild<QPushButton *>(u"saveButton"_qs), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        Banner *banner = form->messageBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), Banner::Kind::Error);
        QVERIFY2(banner->text().contains(fragment), qPrintable(banner->text()));
        QVERIFY(banner->findChild<QPushButton *>(u"retryButton"_qs)->isVisible());
        QCOMPARE(name->text(), u"renamed app"_qs);
        QCOMPARE(build->toPlainText(), u"make all"_qs);
        QVERIFY(form->hasUnsavedChanges());
        QVERIFY(form->findChild<QPushButton *>(u"saveButton"_qs)->isEnabled()); // ready to retry
    }

private slots:
    void sandboxFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("500") << u"500"_qs << u"(500)"_qs;
        QTest::newRow("dropped connection") << u"drop"_qs << u"closed the connection"_qs;
        QTest::newRow("timeout") << u"hang"_qs << u"did not answer in time"_qs;
        QTest::newRow("403 API disabled") << u"disabled"_qs << u"API is disabled"_qs;
        QTest::newRow("404 app gone") << u"other-seed"_qs << u"(404)"_qs;
    }
    void sandboxFaults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, fragment);
        Sandbox::SandboxServer healthy(Sandbox::SandboxConfig::demo());
        QVERIFY(healthy.listen());
        auto config = Sandbox::SandboxConfig::demo();
        if (fault == u"500"_qs)
            config.failureRate = 1.0;
        else if (fault == u"drop"_qs)
            config.dropPath = u"/api/v1/applications"_qs;
        else if (fault == u"hang"_qs)
            config.hangPath = u"/api/v1/applications"_qs;
        else if (fault == u"disabled"_qs)
            config.apiDisabled = true;
        else
            config.seed = 7; // other uuids: the loaded application does not exist there
        Sandbox::SandboxServer faulty(config);
        QVERIFY(faulty.listen());

        RecordingNetwork network;
        Api::ApiClient client(&network, healthy.rootUrl());
        client.setToken(u"demo-root"_qs);
        const QString uuid = appUuid(&client, u"storefront-web"_qs);
        QVERIFY(!uuid.isEmpty());
        std::unique_ptr<SettingsForm> form(SettingsForm::forApplication(
            &client, uuid, Api::TokenAbilities::fromNames({u"root"_qs})));
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
            << u"Empty JSON."_qs;
        QTest::newRow("429") << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
                             << u"wait 42 second"_qs;
        QTest::newRow("502") << 502 << QByteArray("<html>Bad Gateway</html>") << u"(502)"_qs;
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
        Api::ApiClient client(&network, QUrl(u"https://coolify.test"_qs));
        client.setToken(u"t"_qs);
        std::unique_ptr<SettingsForm> form(SettingsForm::forApplication(
            &client, u"app1"_qs, Api::TokenAbilities::fromNames({u"read"_qs, u"write"_qs})));
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
        QCOMPARE(
            QJsonDocument::fromJson(sent).object(),
            (QJsonObject{{u"name"_qs, u"renamed app"_qs}, {u"build_command"_qs, u"make all"_qs}}));
    }
};

QTEST_MAIN(TestSettingsFormFaults)
#include "tst_settingsform_faults.moc"
