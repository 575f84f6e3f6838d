#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The .env format as docker compose and python-dotenv read it, for the developer view, import
// and export of environment variables.
//
// Reading (parse):
//  - a UTF-8 BOM at the start is ignored; CRLF and lone CR count as LF;
//  - blank lines are skipped; a line starting with '#' (after spaces) is a comment, and the
//    comment lines directly above a variable (no blank line between) become its comment;
//    comments separated by a blank line belong to nothing and are dropped;
//  - `export ` before a variable is allowed; spaces around the key and '=' are allowed;
//  - an unquoted value is trimmed and ends at " #" (the rest is the inline comment);
//  - "double quotes" may span lines and understand \n \r \t \" \\ \$ (other backslashes stay);
//  - 'single quotes' may span lines and are taken literally;
//  - after a closing quote only spaces or a # comment may follow;
//  - a bad key, a line without '=', an unterminated quote or text after a closing quote is a
//    Problem naming its line, and that line is skipped (parsing goes on with the next one);
//  - a key defined twice is a Problem naming both lines; the last definition counts.
// Parsing is linear in the size of the text, whatever it holds; it never fails as a whole.
//
// Writing (write): one `KEY=value` line per entry, in order; its comment above it as one
// "# line" per '\n'-separated line, with a blank line before a commented entry. A value is
// written bare when it is non-empty, has no whitespace, '#', quote, backslash, '$', control or
// invisible format character; otherwise in double quotes with \\ \" \$ \r \t escaped and
// real newlines kept (other control characters as they are). An empty value is `KEY=`.
//
// Round trip: parse(write(entries)).entries == entries (Entry::operator==, `line` not compared)
// with no problems, for every list of entries whose
//  - keys are valid (isValidKey) and distinct, and
//  - comments have no '\r' and no space or tab at the start or end of any '\n'-separated line
//    (write() turns a CR into a line break and parse() trims each comment line).
// Values may be anything a QString holds (newlines, CR, quotes, '#', '$', backslashes, control
// characters). An empty comment means "no comment". So parse() output always survives
// write() then parse(); what does not survive is layout: blank lines, detached comments,
// `export`, the quoting style, and an inline comment, which comes back as the last line of the
// comment above. No ${VAR} interpolation is done in either direction.
namespace Coolify::Models::DotEnv {

struct Entry
{
    QString key;
    QString value; // unquoted, unescaped; may contain '\n'
    // '#' lines directly above (joined with '\n', each trimmed, without the '#'), then the
    // inline comment after the value as a last line; "" when none
    QString comment;
    int line = 0; // 1-based line where the entry starts (0 when not from parse())
    bool operator==(const Entry &o) const
    {
        return key == o.key && value == o.value && comment == o.comment;
    }
};

struct Problem
{
    int line = 0; // 1-based
    QString message; // translated, names the line
};

struct Document
{
    QList<Entry> entries; // file order; a key defined twice is kept once, at its last place
    QList<Problem> problems;
};

// Coolify's rule for keys: ^[A-Za-z_][A-Za-z0-9_.]*$, at most 255 characters.
bool isValidKey(QStringView key);
Document parse(QStringView text);
QString write(const QList<Entry> &entries);

} // namespace Coolify::Models::DotEnv
