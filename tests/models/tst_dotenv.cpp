// The .env parser and writer (src/models/dotenv.h): the syntax docker compose and python-dotenv
// accept, problems reported by line, quoting chosen by the writer, and round trips — fixed cases
// and a few thousand random entries (values with newlines, quotes, '#', '$', backslashes,
// control characters and non-ASCII text).
#include "models/dotenv.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;
using DotEnv::Entry;

class TestDotEnv : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void problemsByLine_data();
    void problemsByLine();
    void duplicatesKeepTheLast();
    void commentsAboveAndInline();
    void writerQuotesOnlyWhereNeeded_data();
    void writerQuotesOnlyWhereNeeded();
    void roundTrip();
    void randomRoundTrip();
    void keys();
};

void TestDotEnv::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << u"A=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("spaces") << u"  A =  1 2  "_s << u"A"_s << u"1 2"_s;
    QTest::newRow("export") << u"export A=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("export tab") << u"export\tA=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("key named export") << u"export=1"_s << u"export"_s << u"1"_s;
    QTest::newRow("empty") << u"A="_s << u"A"_s << QString();
    QTest::newRow("empty quotes") << u"A=\"\""_s << u"A"_s << QString();
    QTest::newRow("double") << u"A=\"x y\""_s << u"A"_s << u"x y"_s;
    QTest::newRow("double keeps spaces") << u"A=\"  x  \""_s << u"A"_s << u"  x  "_s;
    QTest::newRow("escapes") << uR"(A="a\nb\tc\"d\\e\$f\x")"_s << u"A"_s << u"a\nb\tc\"d\\e$f\\x"_s;
    QTest::newRow("single is literal")
        << uR"(A='a\nb $HOME "q"')"_s << u"A"_s << uR"(a\nb $HOME "q")"_s;
    QTest::newRow("multiline double") << u"A=\"one\ntwo\"\n"_s << u"A"_s << u"one\ntwo"_s;
    QTest::newRow("multiline single") << u"A='one\n  two'\n"_s << u"A"_s << u"one\n  two"_s;
    QTest::newRow("crlf") << u"A=1\r\n"_s << u"A"_s << u"1"_s;
    QTest::newRow("crlf inside quotes") << u"A=\"x\r\ny\"\r\n"_s << u"A"_s << u"x\ny"_s;
    QTest::newRow("bom") << u"\uFEFFA=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("hash inside") << u"A=a#b"_s << u"A"_s << u"a#b"_s;
    QTest::newRow("hash after space") << u"A=a #b"_s << u"A"_s << u"a"_s;
    QTest::newRow("hash in quotes") << u"A=\"a #b\""_s << u"A"_s << u"a #b"_s;
    QTest::newRow("equals in value") << u"A=b=c"_s << u"A"_s << u"b=c"_s;
    QTest::newRow("dots") << u"app.key_1=v"_s << u"app.key_1"_s << u"v"_s;
}

void TestDotEnv::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const DotEnv::Document doc = DotEnv::parse(text);
    QVERIFY2(doc.problems.isEmpty(), qPrintable(doc.problems.value(0).message));
    QCOMPARE(doc.entries.size(), 1);
    QCOMPARE(doc.entries.at(0).key, key);
    QCOMPARE(doc.entries.at(0).value, value);
    QCOMPARE(doc.entries.at(0).line, 1);
}

void TestDotEnv::problemsByLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("invalid keys") << u"OK=1\n9BAD=2\n-x=3\n=4\nALSO_OK=5"_s << QList<int>{2, 3, 4}
                                  << QStringList{u"OK"_s, u"ALSO_OK"_s};
    QTest::newRow("no equals") << u"A=1\njust words\n"_s << QList<int>{2} << QStringList{u"A"_s};
    QTest::newRow("unterminated") << u"A=\"open\nB=2\nC=3"_s << QList<int>{1}
                                  << QStringList{u"B"_s, u"C"_s};
    QTest::newRow("closed by the next line")
        << u"A='x\nB='y\nC=1"_s << QList<int>{2} << QStringList{u"C"_s};
    QTest::newRow("text after quote")
        << u"A=\"x\" y\nB=1"_s << QList<int>{1} << QStringList{u"B"_s};
    QTest::newRow("html") << u"<html>\n<body>\n"_s << QList<int>{1, 2} << QStringList{};
}

void TestDotEnv::problemsByLine()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, kept);
    const DotEnv::Document doc = DotEnv::parse(text);
    QList<int> got;
    for (const DotEnv::Problem &p : doc.problems) {
        got << p.line;
        QVERIFY2(p.message.contains(u"Line %1"_s.arg(p.line)), qPrintable(p.message));
    }
    QCOMPARE(got, lines);
    QStringList keys;
    for (const Entry &e : doc.entries)
        keys << e.key;
    QCOMPARE(keys, kept);
}

void TestDotEnv::duplicatesKeepTheLast()
{
    const DotEnv::Document doc = DotEnv::parse(u"A=1\nB=2\nA=3\nC=4\nA=5\n"_s);
    QCOMPARE(doc.entries.size(), 3);
    QCOMPARE(doc.entries.at(0).key, u"B"_s);
    QCOMPARE(doc.entries.at(1).key, u"C"_s);
    QCOMPARE(doc.entries.at(2).key, u"A"_s);
    QCOMPARE(doc.entries.at(2).value, u"5"_s);
    QCOMPARE(doc.entries.at(2).line, 5);
    QCOMPARE(doc.problems.size(), 2);
    QVERIFY(doc.problems.at(0).message.contains(u"first on line 1"_s));
    QCOMPARE(doc.problems.at(1).line, 5);
}

void TestDotEnv::commentsAboveAndInline()
{
    const DotEnv::Document doc = DotEnv::parse(
        u"# detached\n\n# the database\n#  primary \nDB=x # inline\nNEXT=1\nQ=\"v\" # after\n"_s);
    QVERIFY(doc.problems.isEmpty());
    QCOMPARE(doc.entries.size(), 3);
    QCOMPARE(doc.entries.at(0).comment, u"the database\nprimary\ninline"_s);
    QCOMPARE(doc.entries.at(0).value, u"x"_s);
    QCOMPARE(doc.entries.at(1).comment, QString());
    QCOMPARE(doc.entries.at(2).comment, u"after"_s);
}

void TestDotEnv::writerQuotesOnlyWhereNeeded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << u"abc"_s << u"K=abc"_s;
    QTest::newRow("url") << u"postgres://u:p@h:5432/db?x=1"_s
                         << u"K=postgres://u:p@h:5432/db?x=1"_s;
    QTest::newRow("empty") << QString() << u"K="_s;
    QTest::newRow("space") << u"a b"_s << u"K=\"a b\""_s;
    QTest::newRow("hash") << u"a#b"_s << u"K=\"a#b\""_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"K=\"\\$HOME\""_s;
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << u"K=\"a\\\"b\\\\c\""_s;
    QTest::newRow("multiline stays readable") << u"one\ntwo"_s << u"K=\"one\ntwo\""_s;
    QTest::newRow("tab and cr") << u"a\tb\rc"_s << u"K=\"a\\tb\\rc\""_s;
    QTest::newRow("outer spaces") << u" x "_s << u"K=\" x \""_s;
}

void TestDotEnv::writerQuotesOnlyWhereNeeded()
{
    QFETCH(QString, value);
    QFETCH(QString, line);
    QCOMPARE(DotEnv::write({{u"K"_s, value, {}, 0}}), line + u'\n');
}

void TestDotEnv::roundTrip()
{
    const QList<Entry> entries{
        {u"A"_s, u"1"_s, {}, 0},
        {u"PEM"_s, u"-----BEGIN-----\nabc\n-----END-----"_s, u"the key\nrotated yearly"_s, 0},
        {u"B"_s, u"  spaced \\ \"quoted\" $X #h 'q' "_s, {}, 0},
        {u"EMPTY"_s, {}, u"nothing"_s, 0},
        {u"UNI"_s, u"héllo → 世界 🚀"_s, {}, 0}};
    const QString text = DotEnv::write(entries);
    const DotEnv::Document doc = DotEnv::parse(text);
    QVERIFY2(doc.problems.isEmpty(), qPrintable(text));
    QCOMPARE(doc.entries, entries);
    // CRLF line ends (a file edited on Windows) read the same.
    QString crlf = text;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(DotEnv::parse(crlf).entries.size(), entries.size());
}

void TestDotEnv::randomRoundTrip()
{
    QRandomGenerator rng(20261204);
    const QString alphabet =
        u"abcXYZ019 _.-=#$\"'\\\t\n\r/:@!?{}[]é世🚀\u0001\u007f\u00a0"_s; // incl. surrogates
    const auto randomText = [&](int maxLen) {
        QString s;
        const int len = int(rng.bounded(maxLen + 1));
        for (int i = 0; i < len; ++i) {
            const int k = int(rng.bounded(alphabet.size()));
            const QChar c = alphabet.at(k);
            if (c.isHighSurrogate() && k + 1 < alphabet.size()) {
                s += c;
                s += alphabet.at(k + 1);
            } else if (!c.isLowSurrogate()) {
                s += c;
            }
        }
        return s;
    };
    const QString keyChars = u"ABCxyz_019."_s;
    for (int round = 0; round < 200; ++round) {
        QList<Entry> entries;
        QSet<QString> used;
        const int count = 1 + int(rng.bounded(20));
        for (int i = 0; i < count; ++i) {
            QString key = u"K"_s;
            const int extra = int(rng.bounded(8));
            for (int j = 0; j < extra; ++j)
                key += keyChars.at(int(rng.bounded(keyChars.size())));
            if (used.contains(key))
                continue;
            used.insert(key);
            // Comment lines are written trimmed: give them no outer whitespace (the guarantee).
            QStringList commentLines;
            const int lines = int(rng.bounded(3));
            for (int j = 0; j < lines; ++j) {
                QString line = randomText(12);
                line.replace(u'\n', u' ').replace(u'\r', u' ');
                commentLines << line.trimmed();
            }
            entries.append({key, randomText(40), commentLines.join(u'\n'), 0});
        }
        const QString text = DotEnv::write(entries);
        const DotEnv::Document doc = DotEnv::parse(text);
        if (!doc.problems.isEmpty() || doc.entries != entries) {
            QString detail = text;
            if (!doc.problems.isEmpty())
                detail += u"\nproblem: "_s + doc.problems.first().message;
            for (qsizetype i = 0; i < std::min(doc.entries.size(), entries.size()); ++i) {
                if (!(doc.entries.at(i) == entries.at(i))) {
                    detail += u"\nfirst difference at "_s + entries.at(i).key;
                    break;
                }
            }
            QFAIL(qPrintable(detail));
        }
    }
}

void TestDotEnv::keys()
{
    QVERIFY(DotEnv::isValidKey(u"_"_s));
    QVERIFY(DotEnv::isValidKey(u"a.b_C9"_s));
    QVERIFY(!DotEnv::isValidKey(u"9a"_s));
    QVERIFY(!DotEnv::isValidKey(u".a"_s));
    QVERIFY(!DotEnv::isValidKey(u"a-b"_s));
    QVERIFY(!DotEnv::isValidKey(u"é"_s));
    QVERIFY(!DotEnv::isValidKey(QString()));
    QVERIFY(DotEnv::isValidKey(QString(255, u'A')));
    QVERIFY(!DotEnv::isValidKey(QString(256, u'A')));
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
