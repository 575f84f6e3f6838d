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
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

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
        QJsonObject o{{QStringLiteral("command"),
                       hidden ? QJsonValue(QStringLiteral("docker inspect %1").arg(i))
                              : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("output"),
                       hidden            ? QStringLiteral("internal %1").arg(i)
                           : i % 25 == 0 ? QStringLiteral("found Needle %1").arg(i)
                                         : QStringLiteral("line %1").arg(i)},
                      {QStringLiteral("type"),
                       i % 7 == 0 ? QStringLiteral("stderr") : QStringLiteral("stdout")},
                      {QStringLiteral("timestamp"), QStringLiteral("2026-08-22T15:22:50.000000Z")},
                      {QStringLiteral("hidden"), hidden}};
        if (i > 1)
            o.insert(QStringLiteral("order"), i);
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
    auto *box = child<QCheckBox>(m_viewer, QStringLiteral("Show internal commands"));
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    QVERIFY(m_viewer->showHidden());
    QCOMPARE(m_viewer->visibleRowCount(), 400);
    QVERIFY(m_viewer->text().contains(QStringLiteral("internal 10")));
    box->click();
    QCOMPARE(m_viewer->visibleRowCount(), 360);
    QVERIFY(!m_viewer->text().contains(QStringLiteral("internal 10")));
}

void TestLogViewer::searchNextPrevious()
{
    m_viewer->setSearchText(QStringLiteral("needle"));
    // 25, 50, …, 400 but 50, 100, … are hidden: 25, 75, 125, … = 8 matches.
    QCOMPARE(m_viewer->matchCount(), 8);
    QCOMPARE(m_viewer->currentMatch(), -1);
    auto *next = child<QToolButton>(m_viewer, QStringLiteral("Next"));
    auto *prev = child<QToolButton>(m_viewer, QStringLiteral("Previous"));
    QVERIFY(next && prev && next->isEnabled());
    next->click();
    QCOMPARE(m_viewer->currentMatch(), 0);
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), QStringLiteral("found Needle 25"));
    next->click();
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), QStringLiteral("found Needle 75"));
    prev->click();
    prev->click(); // wraps to the last one
    QCOMPARE(m_viewer->currentMatch(), 7);
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(),
             QStringLiteral("found Needle 375"));
    QVERIFY(child<QWidget>(m_viewer, QStringLiteral("Search matches")));
    // Jumping to an early match pauses following.
    next->click();
    QVERIFY(!m_viewer->isFollowing());
    m_viewer->setSearchText(QStringLiteral("no such text"));
    QCOMPARE(m_viewer->matchCount(), 0);
    QVERIFY(!next->isEnabled());
}

void TestLogViewer::searchKeys()
{
    m_viewer->view()->setFocus();
    QTest::keyClick(m_viewer->view(), Qt::Key_F, Qt::ControlModifier);
    auto *field = child<QLineEdit>(m_viewer, QStringLiteral("Find in log"));
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("NEEDLE"));
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
    QCOMPARE(m_viewer->view()->currentIndex().data().toString(), QStringLiteral("found Needle 25"));
}

void TestLogViewer::searchFollowsNewLines()
{
    m_viewer->setSearchText(QStringLiteral("needle"));
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
    auto *follow = child<QToolButton>(m_viewer, QStringLiteral("Following"));
    QVERIFY(follow);
    QSignalSpy following(m_viewer, &LogViewer::followingChanged);

    // The user scrolls up: paused, and new lines do not move the view.
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QTRY_VERIFY(!m_viewer->isFollowing());
    QCOMPARE(follow->text(), QStringLiteral("Paused — jump to end"));
    QCOMPARE(follow->accessibleName(), follow->text());
    const int where = bar->value();
    m_model->feed(json(makeEntries(1, 450)));
    QTRY_VERIFY(bar->maximum() > where + 10);
    QCOMPARE(bar->value(), where);

    // Back at the bottom: following again, and new lines scroll into view.
    bar->setValue(bar->maximum());
    QVERIFY(m_viewer->isFollowing());
    QCOMPARE(follow->text(), QStringLiteral("Following"));
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
    QVERIFY(text.startsWith(QStringLiteral("line 1\nline 2\n")));
    QVERIFY(text.contains(QStringLiteral("\nstderr: line 7\n")));
    auto *box = child<QCheckBox>(m_viewer, QStringLiteral("Show timestamps"));
    QVERIFY(box);
    box->click();
    QVERIFY(m_viewer->showTimestamps());
    text = m_viewer->text();
    QVERIFY2(text.startsWith(QStringLiteral("2026-08-22T15:22:50.000Z line 1\n")),
             qPrintable(text.left(80)));
    // Selected lines only.
    m_viewer->view()->selectionModel()->select(m_viewer->view()->model()->index(6, 0),
                                               QItemSelectionModel::Select);
    QCOMPARE(m_viewer->text(true), QStringLiteral("2026-08-22T15:22:50.000Z stderr: line 7"));
}

void TestLogViewer::saveToFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString suggestedSeen;
    m_viewer->setSuggestedFileName(QStringLiteral("deployment-abc.log"));
    m_viewer->setFileNameProvider([&](QWidget *, const QString &suggested) {
        suggestedSeen = suggested;
        return dir.filePath(suggested);
    });
    QSignalSpy saved(m_viewer, &LogViewer::saved);
    auto *save = child<QToolButton>(m_viewer, QStringLiteral("Save…"));
    QVERIFY(save);
    save->click();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(suggestedSeen, QStringLiteral("deployment-abc.log"));
    QFile file(dir.filePath(QStringLiteral("deployment-abc.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 360);
    QCOMPARE(lines.at(6), QStringLiteral("stderr: line 7"));
    QVERIFY(m_viewer->message().contains(QStringLiteral("(360 lines)")));
}

void TestLogViewer::saveCancelledOrFailing()
{
    m_viewer->setFileNameProvider([](QWidget *, const QString &) { return QString(); });
    QVERIFY(!m_viewer->saveToFile());
    QTemporaryDir dir;
    m_viewer->setFileNameProvider([&dir](QWidget *, const QString &) {
        return dir.filePath(QStringLiteral("missing-folder/x.log"));
    });
    QVERIFY(!m_viewer->saveToFile());
    QVERIFY(m_viewer->message().startsWith(QStringLiteral("Could not save the log")));
}

void TestLogViewer::wideLinesScrollSideways()
{
    QScrollBar *hbar = m_viewer->view()->horizontalScrollBar();
    QTRY_COMPARE(hbar->maximum(), 0); // short lines fit
    QJsonArray a = makeEntries(1, 401);
    QJsonObject wide = a.last().toObject();
    wide.insert(QStringLiteral("output"), QString(400, u'x'));
    a[400] = wide;
    m_model->feed(json(a));
    QTRY_VERIFY(hbar->maximum() > 0);
}

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
