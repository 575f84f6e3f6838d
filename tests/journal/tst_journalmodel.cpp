// The Journal window's model: rows of the current filter from the journal's thread, stale answers
// dropped, new entries shown by themselves; CSV and JSON exports.
#include "journal/journal.h"
#include "journal/journalmodel.h"
#include "journalentries.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Journal;

class TestJournalModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndFilters();
    void newEntriesShowUp();
    void exports();

private:
    static Entry entry(const QString &name, Entry::Action action, int minutesAgo);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

Entry TestJournalModel::entry(const QString &name, Entry::Action action, int minutesAgo)
{
    return journalEntry(name, action, QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo));
}

void TestJournalModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<Journal>(m_dir->filePath(u"j.sqlite"_s));
    QSignalSpy recorded(m_journal.get(), &Journal::recorded);
    m_journal->record(entry(u"web"_s, Entry::Action::Deploy, 30));
    Entry failed = entry(u"api"_s, Entry::Action::Restart, 20);
    failed.outcome = Entry::Outcome::Failed;
    failed.detail = u"=HYPERLINK(\"http://evil\")"_s;
    m_journal->record(failed);
    Entry edit = entry(u"web"_s, Entry::Action::Edit, 10);
    edit.fields = {u"name"_s, u"ports_exposes"_s};
    edit.deploymentUuid = u"dep1"_s;
    m_journal->record(edit);
    QTRY_COMPARE(recorded.count(), 3);
}

void TestJournalModel::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void TestJournalModel::listsAndFilters()
{
    JournalModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JournalModel::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, JournalModel::ActionColumn).data().toString(), u"Edit settings"_s);
    QCOMPARE(model.index(0, JournalModel::ResourceColumn).data().toString(),
             u"web (application)"_s);
    QVERIFY(
        model.index(0, JournalModel::DetailColumn).data().toString().contains(u"ports_exposes"_s));
    QCOMPARE(model.index(0, 0).data(JournalModel::DeploymentUuidRole).toString(), u"dep1"_s);
    QCOMPARE(model.index(1, JournalModel::OutcomeColumn).data().toString(), u"Failed"_s);
    QVERIFY(model.index(1, 0).data(JournalModel::FailedRole).toBool());

    // Two filters in a row: only the second one's rows are shown.
    Filter failedOnly;
    failedOnly.outcome = Entry::Outcome::Failed;
    Filter web;
    web.text = u"web"_s;
    loaded.clear();
    model.setFilter(failedOnly);
    model.setFilter(web);
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(5000));
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).name, u"web"_s);
}

void TestJournalModel::newEntriesShowUp()
{
    JournalModel model(m_journal.get());
    QSignalSpy loaded(&model, &JournalModel::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), 3);
    m_journal->record(entry(u"db"_s, Entry::Action::Stop, 0));
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(model.entry(0).name, u"db"_s);
}

void TestJournalModel::exports()
{
    JournalModel model(m_journal.get());
    QSignalSpy loaded(&model, &JournalModel::loaded);
    QVERIFY(loaded.wait(5000));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(writeCsv(&csv, model.entries()));
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
    QVERIFY(lines[0].startsWith("time,instance_id,instance,kind,uuid,name,action"));
    QVERIFY(lines[1].contains("\"name ports_exposes\""));
    // A server's text that a spreadsheet would run as a formula is written as text.
    const QByteArray asText = "\"'=HYPERLINK(\"\"http://evil\"\")\"";
    QVERIFY2(lines[2].contains(asText), lines[2].constData());

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QVERIFY(writeJson(&json, model.entries()));
    const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
    QCOMPARE(array.size(), 3);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value("action"_L1).toString(), u"edit"_s);
    QCOMPARE(first.value("fields"_L1).toArray().size(), 2);
    QCOMPARE(first.value("deploymentUuid"_L1).toString(), u"dep1"_s);
    QCOMPARE(array.at(1).toObject().value("outcome"_L1).toString(), u"failed"_s);
    QVERIFY(QDateTime::fromString(first.value("time"_L1).toString(), Qt::ISODateWithMs).isValid());
}

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
