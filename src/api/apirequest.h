#pragma once

#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>
#include <QVariant>

#include <functional>
#include <optional>

namespace Coolify::Api {

enum class Method { Get, Post, Patch, Put, Delete };
enum class ResponseFormat { Json, Text };
// Where the path is rooted: "<root>/api/v1/<path>" or "<root>/api/<path>" (health only).
enum class Scope { V1, Api };
// Interactive requests (a user's click) overtake background refreshes in the queue.
enum class Priority { Background, Interactive };

// Turns a parsed JSON body into a typed value (stored in ApiResult::value). Runs on a worker
// thread for large bodies, so it must be a pure function. Returns an invalid QVariant and sets
// *error to say what did not fit.
using Decoder = std::function<QVariant(const QJsonDocument &, QString *error)>;
// Why a BodyDecoder gave no value, when it is not simply an unexpected shape.
enum class BodyFault {
    None, // a failure is an unexpected shape (ErrorKind::UnexpectedShape)
    Malformed, // not valid JSON (ErrorKind::InvalidJson)
    TooManyItems, // a list longer than the app reads (ErrorKind::ResponseTooLarge)
};
// Like Decoder, but reads the raw body of a 2xx answer itself instead of a QJsonDocument of the
// whole body: large lists are parsed element by element (a document of a 20 MB list costs
// ~4× the body). On failure it sets *error and, where it applies, *fault. ApiResult::json stays
// empty.
using BodyDecoder =
    std::function<QVariant(const QByteArray &body, QString *error, BodyFault *fault)>;

// A request is a value: build it, hand it to ApiClient::send().
struct ApiRequest
{
    static constexpr int kDefaultDeadlineMs = 120'000;
    static constexpr int kLongDeadlineMs = 300'000;

    Method method = Method::Get;
    QString path; // relative, e.g. "applications" or "applications/abc/start"
    QUrlQuery query;
    std::optional<QJsonDocument> body;
    ResponseFormat format = ResponseFormat::Json;
    Scope scope = Scope::V1;
    Priority priority = Priority::Interactive;
    bool authenticated = true; // false: no Authorization header at all (health check)
    int timeoutMs = 30000; // no bytes for this long = timeout
    // The whole exchange (connecting, redirects, every byte of the body) must end within this,
    // however steadily a slow server keeps sending. Logs get longer (kLongDeadlineMs).
    int deadlineMs = kDefaultDeadlineMs;
    Decoder decode;
    BodyDecoder decodeBody; // takes precedence over `decode` for 2xx answers
    // Never sent: what the change is about in words the path lacks (a variable's key where the
    // path names only its uuid), for the journal.
    QString subject;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const std::optional<QJsonDocument> &body = {});
    static ApiRequest patch(const QString &path, const QJsonDocument &body);
    static ApiRequest remove(const QString &path);

    ApiRequest &withDecoder(Decoder d)
    {
        decode = std::move(d);
        return *this;
    }
    ApiRequest &withBodyDecoder(BodyDecoder d)
    {
        decodeBody = std::move(d);
        return *this;
    }
    ApiRequest &inBackground()
    {
        priority = Priority::Background;
        return *this;
    }
};

QByteArray methodName(Method method);

} // namespace Coolify::Api
