// Text that comes from a server is shown as text, never interpreted as markup: a crafted error
// message with nested tables froze the app for minutes (and crashed it at depth 3,000) when a
// label rendered it as rich text. Each place below shows server text; each must keep the
// markup as literal characters.
#include "forms/plaintext.h"
#include "gui/createtargetpickers.h"
#include "gui/instanceoverview.h"
#include "gui/resourcetableview.h"
#include "instances/instance.h"
#include "models/instancesession.h"

#include <QFrame>
#include <QHelpEvent>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

using namespace Qt::StringLiterals;

using namespace Coolify;

namespace {
QString hostileMarkup()
{
    QString nested;
    for (int i = 0; i < 200; ++i)
        nested += u"<table><tr><td>"_s;
    return u"<b>500</b> <a href=\"file:///etc/passwd\">open</a> "_s + nested + u"x"_s;
}

// The label shows exactly `text`, as plain characters.
void verifyPlain(const QLabel *label, const QString &text)
{
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->text().contains(text));
}
} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void instanceProblem();
    void plainHttpMarker();
    void staleLine();
    void createDialogBanner();
    void tableToolTip();
    void notificationBody();
};

void TestServerText::instanceProblem()
{
    QNetworkAccessManager network;
    Instances::Instance instance =
        Instances::Instance::create(u"Production"_s, QUrl(u"https://coolify.example.com"_s),
                                    Instances::Instance::defaultColor());
    Models::InstanceSession session(instance, &network);
    session.setTokenProblem(Models::InstanceSession::State::Rejected, hostileMarkup());
    Gui::InstanceOverview overview;
    overview.setSession(&session);
    overview.show();
    verifyPlain(overview.findChild<QLabel *>(u"overviewProblem"_s), hostileMarkup());
}

void TestServerText::plainHttpMarker()
{
    // An instance reached over plain http on a public address carries a lasting marker.
    QNetworkAccessManager network;
    for (const auto &[address, marked] : {std::pair{u"http://coolify.example.com"_s, true},
                                          std::pair{u"http://10.0.0.5:8000"_s, false},
                                          std::pair{u"https://coolify.example.com"_s, false}}) {
        const Instances::Instance instance =
            Instances::Instance::create(u"I"_s, QUrl(address), Instances::Instance::defaultColor());
        Models::InstanceSession session(instance, &network);
        Gui::InstanceOverview overview;
        overview.setSession(&session);
        const auto *url = overview.findChild<QLabel *>(u"overviewUrl"_s);
        QVERIFY(url);
        QCOMPARE(url->text().contains(u"unencrypted"_s), marked);
    }
}

void TestServerText::staleLine()
{
    Gui::ResourceTableView table;
    table.setStaleText(hostileMarkup());
    table.show();
    verifyPlain(table.findChild<QLabel *>(u"staleLabel"_s), hostileMarkup());
}

void TestServerText::createDialogBanner()
{
    QFrame frame;
    auto *label = new QLabel(&frame);
    Gui::showBanner(&frame, label, {hostileMarkup()});
    verifyPlain(label, hostileMarkup());
    Gui::setFieldMessage(label, hostileMarkup());
    verifyPlain(label, hostileMarkup());
}

void TestServerText::tableToolTip()
{
    // A resource table (the real view, with its filter and proxies) over a model whose tooltip
    // is hostile: hovering shows the characters, escaped, never a table or a link.
    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem(u"app"_s);
    item->setData(hostileMarkup(), Qt::ToolTipRole);
    model.setItem(0, 0, item);
    Gui::ResourceTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>();
    QVERIFY(table);
    const QModelIndex index = table->model()->index(0, 0);
    QVERIFY(index.isValid());
    const QPoint pos = table->visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, pos, table->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(table->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString shown = QToolTip::text();
    QCOMPARE(shown, Forms::plainToolTip(hostileMarkup()));
    QVERIFY(!shown.contains(u"<table>"_s));
    QVERIFY(shown.contains(u"&lt;table&gt;"_s));
    QVERIFY(!shown.contains(u"<a href"_s));
    QToolTip::hideText();

    // Text without markup stays as it is.
    QCOMPARE(Forms::plainToolTip(u"running (healthy)"_s), u"running (healthy)"_s);
}

void TestServerText::notificationBody()
{
    // Notification servers read <b>, <a>, <img> in a body: a name must not become any of them.
    const QString body = Forms::notificationBody(u"<img src=x> & <b>app</b>"_s);
    QVERIFY(!body.contains(u'<'));
    QCOMPARE(body, u"&lt;img src=x&gt; &amp; &lt;b&gt;app&lt;/b&gt;"_s);
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
