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
// Writing (write) quotes only where needed and keeps multiline values readable.
// Guarantee: for entries with valid, distinct keys and comments without leading or trailing
// whitespace on any line, parse(write(entries)).entries == entries, without problems.
namespace Coolify::Models::DotEnv {

struct Entry
{
    QString key;
    QString value; // unquoted, unescaped; may contain '\n'
    QString comment; // '#' lines directly above (joined with '\n') or an inline comment
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
