// The .env parser (a file the user imports or text typed in the developer view) on any bytes:
// never a crash or a hang; every entry it keeps has a valid and unique key and comes in file
// order; every problem names a line of the text. Two second opinions:
//  - writing the entries out and parsing that again gives the same entries without a problem
//    (the writer's quoting checks the parser's reading, and the reverse);
//  - the same text with LF, CRLF or lone CR line ends parses to the same entries and problems.
#include "models/dotenv.h"

#include "fuzzcheck.h"

#include <QSet>

#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Coolify::Models;

namespace {

bool sameProblems(const QList<DotEnv::Problem> &a, const QList<DotEnv::Problem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).line != b.at(i).line || a.at(i).message != b.at(i).message)
            return false;
    }
    return true;
}

bool sameEntries(const QList<DotEnv::Entry> &a, const QList<DotEnv::Entry> &b)
{
    if (a != b)
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).line != b.at(i).line)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DotEnv::Document doc = DotEnv::parse(text);

    // Line ends normalised to LF: the number of lines bounds every line number.
    QString lf = text;
    lf.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const int lineCount = int(lf.count(u'\n')) + 1;

    QSet<QString> keys;
    int previousLine = 0;
    for (const DotEnv::Entry &e : doc.entries) {
        FUZZ_CHECK(DotEnv::isValidKey(e.key));
        FUZZ_CHECK(!keys.contains(e.key));
        keys.insert(e.key);
        FUZZ_CHECK(e.line > previousLine && e.line <= lineCount);
        previousLine = e.line;
        FUZZ_CHECK(!e.comment.contains(u'\r'));
    }
    for (const DotEnv::Problem &p : doc.problems) {
        FUZZ_CHECK(p.line >= 1 && p.line <= lineCount);
        FUZZ_CHECK(p.message.contains(QString::number(p.line)));
    }

    const QString written = DotEnv::write(doc.entries);
    const DotEnv::Document again = DotEnv::parse(written);
    FUZZ_CHECK(again.problems.isEmpty());
    FUZZ_CHECK(again.entries == doc.entries);
    // Writing is canonical: what was written once is written the same way again.
    FUZZ_CHECK(DotEnv::write(again.entries) == written);

    const DotEnv::Document withLf = DotEnv::parse(lf);
    FUZZ_CHECK(sameEntries(withLf.entries, doc.entries));
    FUZZ_CHECK(sameProblems(withLf.problems, doc.problems));
    QString crlf = lf;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    const DotEnv::Document withCrlf = DotEnv::parse(crlf);
    FUZZ_CHECK(sameEntries(withCrlf.entries, doc.entries));
    FUZZ_CHECK(sameProblems(withCrlf.problems, doc.problems));
    QString cr = lf;
    cr.replace(u'\n', u'\r');
    const DotEnv::Document withCr = DotEnv::parse(cr);
    FUZZ_CHECK(sameEntries(withCr.entries, doc.entries));
    FUZZ_CHECK(sameProblems(withCr.problems, doc.problems));
    return 0;
}
