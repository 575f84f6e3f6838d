// LogViewer: search with next/previous (buttons, F3/Shift+F3, Ctrl+F), the internal-commands
// and timestamps toggles, follow mode pausing on scroll-up and resuming at the bottom, stderr
// marked in words, and saving through an injected file-name provider.
#include "gui/logviewer.h"
#include "models/deploymentlogmodel.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

using Coolify::Gui::LogViewer;
using Coolify::Models::DeploymentLogModel;

namespace {
// n entries: every 10th hidden (an internal command), every 7th on stderr, "needle" on every
// 25th visible one.
QJsonArray makeEntries(int from, int to)
{
    QJsonArray a;
    for (int i = from; i <= to; ++i) {
        const bool hidden = i % 10 == 0;
        QJsonObject o{
            {u"command"_s,
             hidden ? QJsonValue(u"docker inspect %1"_s.arg(i)) : QJsonValue(QJsonValue::Null)},
            {u"output"_s,
             hidden            ? u"internal %1"_s.arg(i)
                 : i % 25 == 0 ? u"found Needle %1"_s.arg(i)
                               : u"line %1"_s.arg(i)},
            {u"type"_s, i % 7 == 0 ? u"stderr"_s : u"stdout"_s},
            {u"timestamp"_s, u"2026-08-22T15:22:50.000000Z"_s},
            {u"hidden"_s, hidden}};
        if (i > 1)
            o.insert(u"order"_s, i);
        a.append(o);
    }
    return a;
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

template<typename T> T *child(QWidget *w, const QString &accessibleName)
{
    const auto all = w->findChildren<T *>();
    for (T *c : all) {
        if (c->accessibleName() == accessibleName)
            return c;
    }
    return nullptr;
}
} // namespace

class TestLogViewer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyControlHasAName();
    void hiddenToggle();
    void searchNextPrevious();
    void searchKeys();
    void searchFollowsNewLines();
    void followPausesAndResumes();
    void timestampsAndStderrInText();
    void saveToFile();
    void saveCancelledOrFailing();
    void wideLinesScrollSideways();
    void droppedLinesAreAnnounced();

private:
    DeploymentLogModel *m_model = nullptr;
    LogViewer *m_viewer = nullptr;
    QJsonArray m_entries;
};

void TestLogViewer::init()
{
    m_model = new DeploymentLogModel;
    m_entries = makeEntries(1, 400);
    m_model->feed(json(m_entries));
    m_viewer = new LogViewer;
    m_viewer->setModel(m_model);
    m_viewer->resize(700, 400);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer));
}

void TestLogViewer::cleanup()
{
    delete m_viewer;
    delete m_model;
}

void TestLogViewer::everyControlHasAName()
{
    const auto widgets = m_viewer->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : widgets) {
        if (qobject_cast<QToolButton *>(w) || qobject_cast<QCheckBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QListView *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

void TestLogViewer::hiddenToggle()
{
    QCOMPARE(m_viewer->visibleRowCount(), 360); // 40 internal lines hidden
    auto *box = child<QCheckBox>(m_viewer, u"Show internal commands"_s);
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    QVERIFY(m_viewer->showHidden());
    QCOMPARE(m_viewer->visibleRowCount(), 400);
    QVERIFY(m_viewer->text().contains(u"internal 10"_s));
    box->click();
    QCOMPARE(m_viewer->visibleRowCount(), 360);
    QVERIFY(!m_viewer->text().contains(u"internal 10"_s));
}

void TestLogViewer::searchNextPrevious()
{
    m_viewer->setSearchText(u"needle"_s);
    // 25, 50, …, 400 but 50, 100, … are hidden: 25, 75, 125, … = 8 matches.
    QCOMPARE(m_viewer->matchCount(), 8);
    QCOMPARE(m_viewer->currentMatch(), -1);
    auto *next = child<QToolButton>(m_viewer, u"Next"_s);
    auto *prev = child<QToolButton>(m_viewer, u"Previous"_s);
    QVERIFY(next && prev && next->isEnabled());
    next->click();
    QCOMPARE(m_viewer->currentMatch(), 0);
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), u"found Needle 25"_s);
    next->click();
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), u"found Needle 75"_s);
    prev->click();
    prev->click(); // wraps to the last one
    QCOMPARE(m_viewer->currentMatch(), 7);
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), u"found Needle 375"_s);
    QVERIFY(child<QWidget>(m_viewer, u"Search matches"_s));
    // Jumping to an early match pauses following.
    next->click();
    QVERIFY(!m_viewer->isFollowing());
    m_viewer->setSearchText(u"no such text"_s);
    QCOMPARE(m_viewer->matchCount(), 0);
    QVERIFY(!next->isEnabled());
}

void TestLogViewer::searchKeys()
{
    m_viewer->view()->setFocus();
    QTest::keyClick(m_viewer->view(), Qt::Key_F, Qt::ControlModifier);
    auto *field = child<QLineEdit>(m_viewer, u"Find in log"_s);
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, u"NEEDLE"_s);
    QCOMPARE(m_viewer->matchCount(), 8);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_viewer->currentMatch(), 0);
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(m_viewer->currentMatch(), 1);
    QTest::keyClick(m_viewer->view(), Qt::Key_F3);
    QCOMPARE(m_viewer->currentMatch(), 2);
    QTest::keyClick(m_viewer->view(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(m_viewer->view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_viewer->currentMatch(), 0);
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), u"found Needle 25"_s);
}

void TestLogViewer::searchFollowsNewLines()
{
    m_viewer->setSearchText(u"needle"_s);
    QCOMPARE(m_viewer->matchCount(), 8);
    m_entries = makeEntries(1, 500);
    m_model->feed(json(m_entries));
    QCOMPARE(m_viewer->matchCount(), 10); // 425, 475 added
    m_viewer->setShowHidden(true);
    QCOMPARE(m_viewer->matchCount(), 10); // hidden lines say "internal", not needle
}

void TestLogViewer::followPausesAndResumes()
{
    QScrollBar *bar = m_viewer->view()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QVERIFY(m_viewer->isFollowing());
    QTRY_COMPARE(bar->value(), bar->maximum());
    auto *follow = child<QToolButton>(m_viewer, u"Following"_s);
    QVERIFY(follow);
    QSignalSpy following(m_viewer, &LogViewer::followingChanged);

    // The user scrolls up: paused, and new lines do not move the view.
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QTRY_VERIFY(!m_viewer->isFollowing());
    QCOMPARE(follow->text(), u"Paused — jump to end"_s);
    QCOMPARE(follow->accessibleName(), follow->text());
    const int where = bar->value();
    m_model->feed(json(makeEntries(1, 450)));
    QTRY_VERIFY(bar->maximum() > where + 10);
    QCOMPARE(bar->value(), where);

    // Back at the bottom: following again, and new lines scroll into view.
    bar->setValue(bar->maximum());
    QVERIFY(m_viewer->isFollowing());
    QCOMPARE(follow->text(), u"Following"_s);
    m_model->feed(json(makeEntries(1, 500)));
    const int oldMax = bar->maximum();
    QTRY_VERIFY(bar->maximum() > oldMax);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // The control: pause by clicking, then "jump to end" resumes.
    follow->click();
    QVERIFY(!m_viewer->isFollowing());
    bar->setValue(0);
    follow->click();
    QVERIFY(m_viewer->isFollowing());
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(following.size() >= 4);
}

void TestLogViewer::timestampsAndStderrInText()
{
    QString text = m_viewer->text();
    QVERIFY(text.startsWith(u"line 1\nline 2\n"_s));
    QVERIFY(text.contains(u"\nstderr: line 7\n"_s));
    auto *box = child<QCheckBox>(m_viewer, u"Show timestamps"_s);
    QVERIFY(box);
    box->click();
    QVERIFY(m_viewer->showTimestamps());
    text = m_viewer->text();
    QVERIFY2(text.startsWith(u"2026-08-22T15:22:50.000Z line 1\n"_s), qPrintable(text.left(80)));
    // Selected lines only.
    m_viewer->view()->selectionModel()->select(m_viewer->view()->model()->index(6, 0),
                                               QItemSelectionModel::Select);
    QCOMPARE(m_viewer->text(true), u"2026-08-22T15:22:50.000Z stderr: line 7"_s);
}

void TestLogViewer::saveToFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString suggestedSeen;
    m_viewer->setSuggestedFileName(u"deployment-abc.log"_s);
    m_viewer->setFileNameProvider([&](QWidget *, const QString &suggested) {
        suggestedSeen = suggested;
        return dir.filePath(suggested);
    });
    QSignalSpy saved(m_viewer, &LogViewer::saved);
    auto *save = child<QToolButton>(m_viewer, u"Save…"_s);
    QVERIFY(save);
    save->click();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(suggestedSeen, u"deployment-abc.log"_s);
    QFile file(dir.filePath(u"deployment-abc.log"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 360);
    QCOMPARE(lines.at(6), u"stderr: line 7"_s);
    QVERIFY(m_viewer->message().contains(u"(360 lines)"_s));
}

void TestLogViewer::saveCancelledOrFailing()
{
    m_viewer->setFileNameProvider([](QWidget *, const QString &) { return QString(); });
    QVERIFY(!m_viewer->saveToFile());
    QTemporaryDir dir;
    m_viewer->setFileNameProvider(
        [&dir](QWidget *, const QString &) { return dir.filePath(u"missing-folder/x.log"_s); });
    QVERIFY(!m_viewer->saveToFile());
    QVERIFY(m_viewer->message().startsWith(u"Could not save the log"_s));
}

void TestLogViewer::wideLinesScrollSideways()
{
    QScrollBar *hbar = m_viewer->view()->horizontalScrollBar();
    QTRY_COMPARE(hbar->maximum(), 0); // short lines fit
    QJsonArray a = makeEntries(1, 401);
    QJsonObject wide = a.last().toObject();
    wide.insert(u"output"_s, QString(400, u'x'));
    a[400] = wide;
    m_model->feed(json(a));
    QTRY_VERIFY(hbar->maximum() > 0);
}

void TestLogViewer::droppedLinesAreAnnounced()
{
    QCOMPARE(m_viewer->droppedNotice(), QString());
    auto *notice = m_viewer->findChild<QLabel *>(u"logDropped"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    // A build that printed 60,000 lines after the 400 shown: the oldest beyond 50,000 go, and
    // the viewer says so above the lines, while following stays at the newest line.
    QJsonArray a = makeEntries(1, 400);
    QStringList many;
    for (int i = 0; i < 60000; ++i)
        many << u"step %1"_s.arg(i);
    QJsonObject big = makeEntries(401, 401).first().toObject();
    big.insert(u"output"_s, many.join(u'\n'));
    big.insert(u"hidden"_s, false);
    big.remove(u"command"_s);
    a.append(big);
    m_model->feed(json(a));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(m_viewer->droppedNotice().contains(u"50,000"_s));
    QVERIFY(m_viewer->droppedNotice().contains(u"10,400"_s));
    QCOMPARE(m_model->rowCount(), 50000);
    QVERIFY(m_viewer->isFollowing());
    m_model->clear();
    QTRY_VERIFY(!notice->isVisible());
}

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
