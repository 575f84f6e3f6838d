#include "api/jsonlist.h"

#include "api/responseinterpreter.h"

#include <QJsonDocument>
#include <QList>

#include <algorithm>
#include <array>
#include <cstring>

namespace Coolify::Api {

namespace {

// QJsonDocument refuses a 1025th level; the list itself is the first one.
constexpr int kMaxElementDepth = 1023;
// Index keys have at most 9 digits (they fit a uint); a longer one is NotAList.
constexpr qsizetype kMaxKeyDigits = 9;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

// Bytes that matter outside strings while skipping a container.
constexpr std::array<bool, 256> kStructural = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : {'"', '{', '}', '[', ']'})
        table[c] = true;
    return table;
}();

// `p` is just after an opening quote: past the closing quote, or nullptr when the body ends first.
// A quote closes the string when an even number of backslashes precedes it.
const char *skipString(const char *p, const char *end)
{
    const char *const from = p;
    while (p < end) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return nullptr;
        const char *run = quote;
        while (run > from && run[-1] == '\\')
            --run;
        if ((quote - run) % 2 == 0)
            return quote + 1;
        p = quote + 1;
    }
    return nullptr;
}

enum class Span { Complete, Truncated, TooDeep };

// `p` is at '{' or '['. Finds the matching close by depth alone (which brackets match is left to
// QJsonDocument); *after is past it, or for TooDeep just past the bracket one level too deep.
Span skipContainer(const char *p, const char *end, const char **after)
{
    int depth = 0;
    while (p < end) {
        while (p < end && !kStructural[static_cast<unsigned char>(*p)])
            ++p;
        if (p == end)
            break;
        switch (*p) {
        case '"':
            p = skipString(p + 1, end);
            if (!p)
                return Span::Truncated;
            continue;
        case '{':
        case '[':
            if (++depth > kMaxElementDepth) {
                *after = p + 1;
                return Span::TooDeep;
            }
            break;
        default: // '}' or ']'
            if (--depth == 0) {
                *after = p + 1;
                return Span::Complete;
            }
            break;
        }
        ++p;
    }
    return Span::Truncated;
}

// The span of the value at `p` (p < end): a container, a string, or a scalar that runs to the
// next separator. A scalar that reaches the end of the body is truncated ("[12" may go on).
Span skipValue(const char *p, const char *end, const char **after)
{
    if (*p == '{' || *p == '[')
        return skipContainer(p, end, after);
    if (*p == '"') {
        *after = skipString(p + 1, end);
        return *after ? Span::Complete : Span::Truncated;
    }
    while (p < end && *p != ',' && *p != ']' && *p != '}' && !isSpace(*p))
        ++p;
    *after = p;
    return p < end ? Span::Complete : Span::Truncated;
}

// A key of Laravel's index object: "0" or digits without a leading zero.
bool indexKey(const char *from, const char *to, quint64 *key)
{
    const qsizetype length = to - from;
    if (length < 1 || length > kMaxKeyDigits || (length > 1 && *from == '0'))
        return false;
    quint64 value = 0;
    for (const char *p = from; p < to; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        value = value * 10 + quint64(*p - '0');
    }
    *key = value;
    return true;
}

class Walker
{
public:
    Walker(const QByteArray &body, const std::function<void(const QJsonObject &)> &visit)
        : m_begin(body.constData())
        , m_end(body.constData() + body.size())
        , m_visit(visit)
    { }

    JsonListWalk run()
    {
        const char *p = m_begin;
        if (m_end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3; // QJsonDocument skips a UTF-8 byte order mark too
        p = skipSpace(p, m_end);
        if (p < m_end && *p == '[')
            walkArray(p + 1);
        else if (p < m_end && *p == '{')
            walkIndexObject(p + 1);
        else
            m_result.status = JsonListWalk::NotAList;
        return m_result;
    }

private:
    struct Element
    {
        quint64 key;
        const char *from;
        const char *to;
    };

    void fail(QJsonParseError::ParseError error, const char *at)
    {
        m_result.status = JsonListWalk::Malformed;
        m_result.offset = at - m_begin;
        m_result.detail = describeParseError(error, m_result.offset, m_end - m_begin);
    }
    // Truncation is reported at the end of the body: "it ends after N bytes".
    void truncated(QJsonParseError::ParseError error) { fail(error, m_end); }

    // Finds the value at `p` and stores its span; false (with the error set) when it is broken.
    bool value(const char *p, QJsonParseError::ParseError unterminated, const char **after)
    {
        if (p == m_end) {
            truncated(unterminated);
            return false;
        }
        if (*p == ',' || *p == ']' || *p == '}') {
            fail(QJsonParseError::IllegalValue, p);
            return false;
        }
        switch (skipValue(p, m_end, after)) {
        case Span::Complete:
            return true;
        case Span::Truncated:
            truncated(*p == '"' ? QJsonParseError::UnterminatedString : unterminated);
            return false;
        case Span::TooDeep:
            fail(QJsonParseError::DeepNesting, *after);
            return false;
        }
        return false;
    }

    // Parses one element's span alone; visits it when it is an object and `visit` is set.
    bool parse(const char *from, const char *to, bool visit)
    {
        QJsonParseError error{};
        qsizetype shift = 0; // where the parsed text starts relative to `from`
        QJsonDocument document;
        if (*from == '{' || *from == '[') {
            document = QJsonDocument::fromJson(QByteArray::fromRawData(from, to - from), &error);
        } else {
            // A scalar (rare in lists): QJsonDocument only parses containers, so wrap a copy.
            QByteArray wrapped;
            wrapped.reserve(to - from + 2);
            wrapped.append('[').append(from, to - from).append(']');
            QJsonDocument::fromJson(wrapped, &error);
            shift = -1;
        }
        if (error.error != QJsonParseError::NoError) {
            // The span is complete, so the error lies inside it, not at the end of the body.
            const qsizetype at = std::clamp<qsizetype>(error.offset + shift, 0, to - from - 1);
            fail(error.error, from + at);
            return false;
        }
        if (visit && m_visit && document.isObject())
            m_visit(document.object());
        return true;
    }

    // Whitespace only after the list's closing bracket.
    void tail(const char *p)
    {
        p = skipSpace(p, m_end);
        if (p != m_end)
            fail(QJsonParseError::GarbageAtEnd, p);
    }

    // After a value: `,` (another value must follow) or the closing bracket. Returns the position
    // of the next value, or nullptr when the list closed (tail checked) or broke (error set).
    const char *separator(const char *p, char close, QJsonParseError::ParseError unterminated)
    {
        p = skipSpace(p, m_end);
        if (p == m_end) {
            truncated(unterminated);
            return nullptr;
        }
        if (*p == close) {
            tail(p + 1);
            return nullptr;
        }
        if (*p != ',') {
            fail(QJsonParseError::MissingValueSeparator, p);
            return nullptr;
        }
        p = skipSpace(p + 1, m_end);
        if (p < m_end && *p == close) {
            fail(QJsonParseError::MissingObject, p);
            return nullptr;
        }
        return p;
    }

    // `p` is just after '[': parse and visit each element as soon as its span is known.
    void walkArray(const char *p)
    {
        constexpr auto unterminated = QJsonParseError::UnterminatedArray;
        p = skipSpace(p, m_end);
        if (p < m_end && *p == ']') {
            tail(p + 1);
            return;
        }
        while (p) {
            const char *after = nullptr;
            if (!value(p, unterminated, &after) || !parse(p, after, true))
                return;
            p = separator(after, ']', unterminated);
        }
    }

    // `p` is just after '{': collect every element's span first (cheap), then parse in key order.
    void walkIndexObject(const char *p)
    {
        constexpr auto unterminated = QJsonParseError::UnterminatedObject;
        QList<Element> elements;
        p = skipSpace(p, m_end);
        if (p < m_end && *p == '}') {
            tail(p + 1);
            return;
        }
        while (p) {
            if (p == m_end) {
                truncated(unterminated);
                return;
            }
            if (*p != '"') {
                fail(QJsonParseError::UnterminatedObject, p);
                return;
            }
            const char *keyEnd = skipString(p + 1, m_end);
            if (!keyEnd) {
                truncated(QJsonParseError::UnterminatedString);
                return;
            }
            Element element{};
            if (!indexKey(p + 1, keyEnd - 1, &element.key)) {
                m_result.status = JsonListWalk::NotAList;
                return;
            }
            p = skipSpace(keyEnd, m_end);
            if (p == m_end) {
                truncated(unterminated);
                return;
            }
            if (*p != ':') {
                fail(QJsonParseError::MissingNameSeparator, p);
                return;
            }
            element.from = skipSpace(p + 1, m_end);
            if (!value(element.from, unterminated, &element.to))
                return;
            elements.append(element);
            p = separator(element.to, '}', unterminated);
        }
        if (m_result.status != JsonListWalk::Ok)
            return;

        // Like QJsonObject + Json::list(): ascending keys, the last of a repeated key wins.
        const auto byKey = [](const Element &a, const Element &b) {
            return a.key < b.key;
        };
        if (!std::is_sorted(elements.cbegin(), elements.cend(), byKey))
            std::stable_sort(elements.begin(), elements.end(), byKey);
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const Element &element = elements.at(i);
            const bool last = i + 1 == elements.size() || elements.at(i + 1).key != element.key;
            if (!parse(element.from, element.to, last))
                return;
        }
    }

    const char *const m_begin;
    const char *const m_end;
    const std::function<void(const QJsonObject &)> &m_visit;
    JsonListWalk m_result;
};

} // namespace

JsonListWalk walkJsonList(const QByteArray &body,
                          const std::function<void(const QJsonObject &)> &visit)
{
    return Walker(body, visit).run();
}

} // namespace Coolify::Api
