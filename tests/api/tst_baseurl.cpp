#include "api/baseurl.h"

#include <QTest>

using namespace Coolify::Api;

class TestBaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data();
    void normalizes();
    void rejects_data();
    void rejects();
    void apiUrls_data();
    void apiUrls();
    void sameOrigin_data();
    void sameOrigin();
};

void TestBaseUrl::normalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("root");

    QTest::newRow("https host") << u"https://coolify.example.com"_qs
                                << u"https://coolify.example.com"_qs;
    QTest::newRow("trailing slash")
        << u"https://coolify.example.com/"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("several trailing slashes")
        << u"https://coolify.example.com///"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("api v1 suffix")
        << u"https://coolify.example.com/api/v1"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("api v1 suffix with slash")
        << u"https://coolify.example.com/api/v1/"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("api suffix") << u"https://coolify.example.com/api"_qs
                                << u"https://coolify.example.com"_qs;
    QTest::newRow("api suffix with slash")
        << u"https://coolify.example.com/api/"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("surrounding spaces")
        << u"  https://coolify.example.com/api/v1 \n"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("custom port") << u"https://coolify.example.com:8443"_qs
                                 << u"https://coolify.example.com:8443"_qs;
    QTest::newRow("custom port and api v1")
        << u"http://10.0.0.5:8000/api/v1/"_qs << u"http://10.0.0.5:8000"_qs;
    QTest::newRow("default https port dropped")
        << u"https://coolify.example.com:443/api/v1"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("default http port dropped")
        << u"http://coolify.example.com:80"_qs << u"http://coolify.example.com"_qs;
    QTest::newRow("https port on http kept")
        << u"http://coolify.example.com:443"_qs << u"http://coolify.example.com:443"_qs;
    QTest::newRow("plain http kept") << u"http://coolify.lan"_qs << u"http://coolify.lan"_qs;
    QTest::newRow("no scheme means https")
        << u"coolify.example.com"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("no scheme with port and api")
        << u"192.168.1.10:8000/api/v1"_qs << u"https://192.168.1.10:8000"_qs;
    QTest::newRow("sub-folder install")
        << u"https://example.com/coolify"_qs << u"https://example.com/coolify"_qs;
    QTest::newRow("sub-folder install with api v1")
        << u"https://example.com/tools/coolify/api/v1/"_qs
        << u"https://example.com/tools/coolify"_qs;
    QTest::newRow("path merely ending in api kept")
        << u"https://example.com/myapi"_qs << u"https://example.com/myapi"_qs;
    QTest::newRow("upper-case scheme host and suffix")
        << u"HTTPS://Coolify.Example.COM/API/V1"_qs << u"https://coolify.example.com"_qs;
    QTest::newRow("ipv6 with port") << u"http://[::1]:8000/api"_qs << u"http://[::1]:8000"_qs;
}

void TestBaseUrl::normalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, root);
    const NormalizedUrl result = normalizeBaseUrl(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.root.toString(), root);
    QVERIFY(result.root.isValid());
    QVERIFY(!result.root.path().endsWith(u'/'));
    // Normalising is idempotent: what we store reads back the same.
    QCOMPARE(normalizeBaseUrl(result.root.toString()).root, result.root);
}

void TestBaseUrl::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("empty") << QString() << u"https://"_qs;
    QTest::newRow("only spaces") << u"   "_qs << u"https://"_qs;
    QTest::newRow("ftp scheme") << u"ftp://coolify.example.com"_qs << u"ftp"_qs;
    QTest::newRow("user and password")
        << u"https://admin:secret@coolify.example.com"_qs << u"password"_qs;
    QTest::newRow("user only") << u"https://admin@coolify.example.com"_qs << u"password"_qs;
    QTest::newRow("query") << u"https://coolify.example.com/?token=abc"_qs << u"?"_qs;
    QTest::newRow("empty query") << u"https://coolify.example.com/api/v1?"_qs << u"?"_qs;
    QTest::newRow("fragment") << u"https://coolify.example.com/#/projects"_qs << u"#"_qs;
    QTest::newRow("scheme only") << u"https://"_qs << QString();
    QTest::newRow("space in host") << u"https://cool ify.example.com"_qs << QString();
    QTest::newRow("garbage port") << u"coolify.example.com:port"_qs << QString();
    QTest::newRow("garbage") << u"::::"_qs << QString();
}

void TestBaseUrl::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, errorMentions);
    const NormalizedUrl result = normalizeBaseUrl(input);
    QVERIFY2(!result.ok(), qPrintable(result.root.toString()));
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.root.isEmpty());
    if (!errorMentions.isEmpty())
        QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
}

void TestBaseUrl::apiUrls_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("v1");
    QTest::addColumn<QString>("api");

    QTest::newRow("plain host") << u"https://c.example.com"_qs << u"applications"_qs
                                << u"https://c.example.com/api/v1/applications"_qs
                                << u"https://c.example.com/api/applications"_qs;
    QTest::newRow("nested path") << u"https://c.example.com"_qs << u"applications/abc/start"_qs
                                 << u"https://c.example.com/api/v1/applications/abc/start"_qs
                                 << u"https://c.example.com/api/applications/abc/start"_qs;
    QTest::newRow("health") << u"http://10.0.0.5:8000"_qs << u"health"_qs
                            << u"http://10.0.0.5:8000/api/v1/health"_qs
                            << u"http://10.0.0.5:8000/api/health"_qs;
    QTest::newRow("sub-folder") << u"https://example.com/coolify"_qs << u"version"_qs
                                << u"https://example.com/coolify/api/v1/version"_qs
                                << u"https://example.com/coolify/api/version"_qs;
    QTest::newRow("leading slash in path")
        << u"https://c.example.com"_qs << u"/projects"_qs
        << u"https://c.example.com/api/v1/projects"_qs << u"https://c.example.com/api/projects"_qs;
}

void TestBaseUrl::apiUrls()
{
    QFETCH(QString, root);
    QFETCH(QString, path);
    QFETCH(QString, v1);
    QFETCH(QString, api);
    const QUrl rootUrl = normalizeBaseUrl(root).root;
    QVERIFY(rootUrl.isValid());
    QCOMPARE(apiV1Url(rootUrl, path).toString(), v1);
    QCOMPARE(apiRootUrl(rootUrl, path).toString(), api);
}

void TestBaseUrl::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("same path differs")
        << u"https://c.example.com/api/v1/a"_qs << u"https://c.example.com/login"_qs << true;
    QTest::newRow("host case differs")
        << u"https://c.example.com/"_qs << u"https://C.Example.com/x"_qs << true;
    QTest::newRow("explicit default https port")
        << u"https://c.example.com/"_qs << u"https://c.example.com:443/"_qs << true;
    QTest::newRow("explicit default http port")
        << u"http://c.example.com:80/"_qs << u"http://c.example.com/"_qs << true;
    QTest::newRow("https downgraded to http")
        << u"https://c.example.com/"_qs << u"http://c.example.com/"_qs << false;
    QTest::newRow("other host") << u"https://c.example.com/"_qs << u"https://evil.example.net/"_qs
                                << false;
    QTest::newRow("subdomain") << u"https://c.example.com/"_qs << u"https://x.c.example.com/"_qs
                               << false;
    QTest::newRow("other port") << u"http://127.0.0.1:8000/"_qs << u"http://127.0.0.1:8001/"_qs
                                << false;
    QTest::newRow("localhost vs 127.0.0.1")
        << u"http://127.0.0.1:8000/"_qs << u"http://localhost:8000/"_qs << false;
}

void TestBaseUrl::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(isSameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(isSameOrigin(QUrl(b), QUrl(a)), same);
}

QTEST_GUILESS_MAIN(TestBaseUrl)
#include "tst_baseurl.moc"
