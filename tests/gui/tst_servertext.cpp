// Text that comes from a server is shown as text, never interpreted as markup: a crafted error
// message with nested tables froze the app for minutes (and crashed it at depth 3,000) when a
// label rendered it as rich text. Each place below shows server text; each must keep the
// markup as literal characters.
#include "gui/createtargetpickers.h"
#include "gui/instanceoverview.h"
#include "gui/resourcetableview.h"
#include "instances/instance.h"
#include "models/instancesession.h"

#include <QFrame>
#include <QLabel>
#include <QNetworkAccessManager>
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
    void staleLine();
    void createDialogBanner();
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

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
