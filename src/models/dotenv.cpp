#include "models/dotenv.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Coolify::Models::DotEnv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coolify::Models::DotEnv", text);
}

enum Message { NoEquals, BadKey, NeverClosed, AfterQuote, DefinedAgain, MessageCount };

QString messageText(Message message)
{
    switch (message) {
    case NoEquals:
        return tr("Line %1: no “=”, so it is not KEY=value.");
    case BadKey:
        return tr("Line %1: “%2” is not a valid variable name (letters, digits, _ "
                  "and ., not starting with a digit).");
    case NeverClosed:
        return tr("Line %1: the quote opened here is never closed.");
    case AfterQuote:
        return tr("Line %1: text after the closing quote.");
    case DefinedAgain:
        return tr("Line %1: %2 is defined again (first on line %3); the last one "
                  "counts.");
    case MessageCount:
        break;
    }
    return {};
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// The text as lines without their terminators (CRLF, CR, LF), BOM removed.
QList<QStringView> splitLines(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.mid(start));
    return lines;
}

QStringView trimmed(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s.at(b)))
        ++b;
    while (e > b && isSpace(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

// What may follow a closing quote: spaces, then nothing or a '#' comment (returned).
bool tailComment(QStringView rest, QString *comment)
{
    rest = trimmed(rest);
    if (rest.isEmpty())
        return true;
    if (!rest.startsWith(u'#'))
        return false;
    *comment = trimmed(rest.mid(1)).toString();
    return true;
}

} // namespace

bool isValidKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    const auto letter = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
    };
    if (!letter(key.at(0)))
        return false;
    for (QChar c : key) {
        if (!letter(c) && !(c >= u'0' && c <= u'9') && c != u'.')
            return false;
    }
    return true;
}

Document parse(QStringView text)
{
    Document doc;
    const QList<QStringView> lines = splitLines(text);
    QHash<QString, qsizetype> index; // key → position in doc.entries
    QHash<QString, int> firstLine;
    QList<bool> replaced; // per entry: a later line defines the same key
    // A quote that stayed open to the end of the text: no later line can close one of the same
    // kind (its quote character would have closed this one), so they are not scanned again.
    bool openToEnd[2] = {false, false};
    QStringList pendingComment;
    // Each text is translated once per parse: a hostile file may have a problem on every line.
    std::array<QString, MessageCount> texts;
    // One multi-argument arg() per problem: a '%' in a detail is never substituted again.
    const auto problem = [&doc, &texts](int line, Message message, const auto &...details) {
        QString &templ = texts[message];
        if (templ.isNull())
            templ = messageText(message);
        doc.problems.append({line, templ.arg(QString::number(line), details...)});
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QStringView line = trimmed(lines.at(i));
        if (line.isEmpty()) {
            pendingComment.clear();
            continue;
        }
        if (line.startsWith(u'#')) {
            pendingComment.append(trimmed(line.mid(1)).toString());
            continue;
        }
        const QStringList comment = std::exchange(pendingComment, {});
        if (line.startsWith(QLatin1String("export")) && line.size() > 6 && isSpace(line.at(6)))
            line = trimmed(line.mid(7));
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0) {
            problem(lineNo, NoEquals);
            continue;
        }
        const QString key = trimmed(line.left(eq)).toString();
        if (!isValidKey(key)) {
            problem(lineNo, BadKey, key.left(80));
            continue;
        }
        QStringView rest = trimmed(line.mid(eq + 1));
        Entry entry;
        entry.key = key;
        entry.line = lineNo;
        entry.comment = comment.join(u'\n');
        QString inlineComment;
        if (!rest.isEmpty() && (rest.at(0) == u'"' || rest.at(0) == u'\'')) {
            const QChar quote = rest.at(0);
            const bool dbl = quote == u'"';
            if (openToEnd[dbl]) {
                problem(lineNo, NeverClosed);
                continue;
            }
            QString value;
            // The value may go on over the following lines until its closing quote. The
            // physical line (untrimmed after the opening) is what counts inside quotes.
            const QStringView raw = lines.at(i);
            qsizetype pos = raw.indexOf(quote, raw.indexOf(u'=') + 1) + 1;
            qsizetype lineIndex = i;
            bool closed = false;
            QStringView after;
            while (!closed) {
                const QStringView cur = lines.at(lineIndex);
                while (pos < cur.size()) {
                    const QChar c = cur.at(pos);
                    if (dbl && c == u'\\' && pos + 1 < cur.size()) {
                        const QChar n = cur.at(pos + 1);
                        switch (n.unicode()) {
                        case 'n':
                            value += u'\n';
                            break;
                        case 'r':
                            value += u'\r';
                            break;
                        case 't':
                            value += u'\t';
                            break;
                        case '"':
                        case '\\':
                        case '$':
                            value += n;
                            break;
                        default:
                            value += c;
                            value += n;
                        }
                        pos += 2;
                        continue;
                    }
                    if (c == quote) {
                        closed = true;
                        after = cur.mid(pos + 1);
                        break;
                    }
                    value += c;
                    ++pos;
                }
                if (closed)
                    break;
                if (lineIndex + 1 >= lines.size())
                    break;
                value += u'\n';
                ++lineIndex;
                pos = 0;
            }
            if (!closed) {
                openToEnd[dbl] = true;
                problem(lineNo, NeverClosed);
                continue; // go on with the next line
            }
            if (!tailComment(after, &inlineComment)) {
                problem(int(lineIndex) + 1, AfterQuote);
                i = lineIndex;
                continue;
            }
            i = lineIndex;
            entry.value = value;
        } else {
            qsizetype hash = -1;
            for (qsizetype p = 0; p < rest.size(); ++p) {
                if (rest.at(p) == u'#' && (p == 0 || isSpace(rest.at(p - 1)))) {
                    hash = p;
                    break;
                }
            }
            if (hash >= 0) {
                inlineComment = trimmed(rest.mid(hash + 1)).toString();
                rest = trimmed(rest.left(hash));
            }
            entry.value = rest.toString();
        }
        if (entry.comment.isEmpty())
            entry.comment = inlineComment;
        else if (!inlineComment.isEmpty())
            entry.comment += u'\n' + inlineComment;
        if (const auto it = index.constFind(key); it != index.cend()) {
            problem(lineNo, DefinedAgain, key, QString::number(firstLine.value(key)));
            replaced[*it] = true; // dropped at the end: no quadratic shuffling per duplicate
        } else {
            firstLine.insert(key, lineNo);
        }
        index.insert(key, doc.entries.size());
        doc.entries.append(entry);
        replaced.append(false);
    }
    if (replaced.contains(true)) {
        QList<Entry> kept;
        kept.reserve(doc.entries.size());
        for (qsizetype k = 0; k < doc.entries.size(); ++k) {
            if (!replaced.at(k))
                kept.append(std::move(doc.entries[k]));
        }
        doc.entries = std::move(kept);
    }
    return doc;
}

namespace {

bool safeUnquoted(const QString &value)
{
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace())
        return false;
    for (QChar c : value) {
        // Control (C0, DEL, C1) and invisible format characters (BOM, bidi controls, zero
        // width) get quotes so the value's boundaries stay visible.
        if (c.isSpace() || c == u'#' || c == u'"' || c == u'\'' || c == u'\\' || c == u'$'
            || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

QString quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\"_s;
            break;
        case '"':
            out += u"\\\""_s;
            break;
        case '$':
            out += u"\\$"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            out += c; // real newlines stay: a multiline value stays readable
        }
    }
    out += u'"';
    return out;
}

} // namespace

QString write(const QList<Entry> &entries)
{
    QString out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        if (!e.comment.isEmpty()) {
            if (i > 0 && !out.endsWith(u"\n\n"_s))
                out += u'\n'; // a blank line sets a commented variable apart
            // Each comment line on its own "# " line; CR inside a comment becomes a line break.
            QString comment = e.comment;
            comment.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            for (const QString &line : comment.split(u'\n'))
                out += (line.isEmpty() ? u"#"_s : u"# "_s + line) + u'\n';
        }
        out += e.key + u'='
            + (e.value.isEmpty()           ? QString()
                   : safeUnquoted(e.value) ? e.value
                                           : quoted(e.value));
        out += u'\n';
    }
    return out;
}

} // namespace Coolify::Models::DotEnv
