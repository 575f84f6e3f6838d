#include "api/connectiontester.h"

#include "api/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coolify::Api {

ConnectionTester::ConnectionTester(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ConnectionTester::~ConnectionTester()
{
    cancel();
}

QString ConnectionTester::stepTitle(Step step)
{
    switch (step) {
    case Step::Coolify:
        return tr("Coolify answers at this address");
    case Step::Token:
        return tr("API enabled and token accepted");
    case Step::Read:
        return tr("Data can be read");
    case Step::Abilities:
        return tr("Token permissions");
    }
    return {};
}

ApiReply *ConnectionTester::track(ApiReply *reply)
{
    m_pending << reply;
    return reply;
}

void ConnectionTester::start()
{
    cancel();
    m_report = {};
    for (const Step step : {Step::Coolify, Step::Token, Step::Read, Step::Abilities})
        m_report.steps << StepState{step, Status::Pending, {}};
    m_running = true;
    checkHealth();
}

void ConnectionTester::cancel()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
    m_running = false;
}

void ConnectionTester::setStep(Step step, Status status, const QString &message)
{
    for (StepState &state : m_report.steps) {
        if (state.step == step) {
            state.status = status;
            state.message = message;
            emit stepChanged(state);
        }
    }
}

void ConnectionTester::skipRemaining()
{
    for (StepState &state : m_report.steps) {
        if (state.status == Status::Pending) {
            state.status = Status::Skipped;
            emit stepChanged(state);
        }
    }
}

void ConnectionTester::fail(Step step, const ApiError &error, const QString &message)
{
    m_report.failure = error.kind;
    m_report.forbiddenCause = error.forbiddenCause;
    m_report.certificate = error.certificate;
    setStep(step, Status::Failed, message);
    skipRemaining();
    m_report.summary = message;
    finish();
}

void ConnectionTester::checkHealth()
{
    setStep(Step::Coolify, Status::Running);
    ApiRequest request = ApiRequest::get(u"health"_s);
    request.scope = Scope::Api;
    request.format = ResponseFormat::Text;
    request.authenticated = false;
    request.timeoutMs = 15000;
    request.deadlineMs = 30000;
    ApiReply *reply = track(m_client->send(request));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const ApiResult &result = reply->result();
        const QString url = m_client->urlFor(reply->request()).toDisplayString();
        if (!result.ok()) {
            const ApiError &e = result.error;
            const bool transport = e.httpStatus == 0;
            const bool brokenHandshake = e.kind == ErrorKind::ConnectionClosed
                || e.kind == ErrorKind::Network
                || (e.kind == ErrorKind::Tls && !e.certificateRejected);
            if (transport && brokenHandshake
                && m_client->root().scheme() == QLatin1String("https")) {
                probePlainHttp(e);
                return;
            }
            fail(Step::Coolify, e,
                 transport ? e.userMessage()
                           : tr("No Coolify API at this address: %1 answered “%2” (HTTP %3). "
                                "Check the address.")
                                 .arg(url, ApiError::kindName(e.kind))
                                 .arg(e.httpStatus));
            return;
        }
        if (result.text != QLatin1String("OK")) {
            ApiError notCoolify;
            notCoolify.kind = ErrorKind::NotJson;
            fail(Step::Coolify, notCoolify,
                 tr("Something answers at this address, but it is not Coolify: %1 did not "
                    "answer “OK”.")
                     .arg(url));
            return;
        }
        setStep(Step::Coolify, Status::Passed, tr("%1 answered OK.").arg(url));
        checkVersion();
    });
}

void ConnectionTester::probePlainHttp(const ApiError &httpsError)
{
    QUrl plain = m_client->root();
    plain.setScheme(u"http"_s);
    if (plain.port() < 0)
        plain.setPort(443); // the port the https attempt used
    // A client of its own without a token: nothing secret goes over plain http.
    auto *client = new ApiClient(m_client->network(), plain, this);
    ApiRequest request = ApiRequest::get(u"health"_s);
    request.scope = Scope::Api;
    request.format = ResponseFormat::Text;
    request.authenticated = false;
    request.timeoutMs = 5000;
    request.deadlineMs = 10000;
    ApiReply *reply = track(client->send(request));
    connect(reply, &ApiReply::finished, this, [this, reply, client, httpsError, plain] {
        client->deleteLater();
        if (reply->result().error.httpStatus == 0 && !reply->result().ok()) {
            fail(Step::Coolify, httpsError, httpsError.userMessage());
            return;
        }
        QUrl suggestion = plain;
        if (suggestion.port() == 80)
            suggestion.setPort(-1);
        fail(Step::Coolify, httpsError,
             tr("This address does not speak https: the server at %1 answers plain http. Use "
                "%2 instead (the token then travels unencrypted), or put TLS in front of "
                "Coolify.")
                 .arg(m_client->root().toDisplayString(), suggestion.toDisplayString()));
    });
}

void ConnectionTester::checkVersion()
{
    setStep(Step::Token, Status::Running);
    if (!m_client->hasToken()) {
        ApiError none;
        none.kind = ErrorKind::Unauthenticated;
        fail(Step::Token, none, tr("Enter an API token to test it."));
        return;
    }
    ApiRequest request = ApiRequest::get(u"version"_s);
    request.format = ResponseFormat::Text;
    ApiReply *reply = track(m_client->send(request));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const ApiResult &result = reply->result();
        if (!result.ok()) {
            fail(Step::Token, result.error, result.error.userMessage());
            return;
        }
        static const QRegularExpression versionPattern(u"^v?(\\d+)\\.\\d+"_s);
        const auto match = versionPattern.match(result.text);
        if (!match.hasMatch()) {
            ApiError odd;
            odd.kind = ErrorKind::UnexpectedShape;
            fail(Step::Token, odd,
                 tr("The token was accepted, but /api/v1/version answered “%1” instead of a "
                    "version number.")
                     .arg(result.text.left(40)));
            return;
        }
        m_report.version = result.text;
        m_report.abilities.set(Ability::Read, TokenAbilities::State::Granted);
        if (match.captured(1).toInt() < 4)
            setStep(
                Step::Token, Status::Warning,
                tr("Coolify %1 is older than version 4, which this app needs.").arg(result.text));
        else
            setStep(Step::Token, Status::Passed, tr("Coolify %1.").arg(result.text));
        checkRead();
    });
}

void ConnectionTester::checkRead()
{
    setStep(Step::Read, Status::Running);
    ApiReply *reply = track(m_client->send(ApiRequest::get(u"projects"_s)));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const ApiResult &result = reply->result();
        if (!result.ok()) {
            fail(Step::Read, result.error, result.error.userMessage());
            return;
        }
        if (!result.json.isArray()) {
            ApiError odd;
            odd.kind = ErrorKind::UnexpectedShape;
            fail(Step::Read, odd, tr("The list of projects is not a list. Is this Coolify 4?"));
            return;
        }
        m_report.projectCount = int(result.json.array().size());
        setStep(Step::Read, Status::Passed,
                tr("%n project(s) visible to this token's team.", nullptr, m_report.projectCount));
        probeAbilities();
    });
}

void ConnectionTester::probeAbilities()
{
    setStep(Step::Abilities, Status::Running);
    m_openProbes = 3;
    const auto probeRoute = [this](const QString &path, Ability ability) {
        ApiReply *reply = track(m_client->send(ApiRequest::get(path)));
        connect(reply, &ApiReply::finished, this, [this, reply, ability] {
            const ApiError &e = reply->result().error;
            if (e.kind == ErrorKind::MethodNotAllowed)
                m_report.abilities.set(ability, TokenAbilities::State::Granted);
            else if (e.forbiddenCause == ForbiddenCause::MissingAbility)
                m_report.abilities.set(ability, TokenAbilities::State::Missing);
            probeFinished();
        });
    };
    probeRoute(u"deploy"_s, Ability::Deploy);
    probeRoute(u"enable"_s, Ability::Write);

    ApiReply *servers = track(m_client->send(ApiRequest::get(u"servers"_s)));
    connect(servers, &ApiReply::finished, this, [this, servers] {
        const QJsonArray list = servers->result().json.array();
        for (const QJsonValue &server : list) {
            const QJsonObject settings =
                server.toObject().value(QLatin1String("settings")).toObject();
            if (!settings.isEmpty()) {
                m_report.abilities.set(Ability::ReadSensitive,
                                       settings.contains(QLatin1String("sentinel_token"))
                                           ? TokenAbilities::State::Granted
                                           : TokenAbilities::State::Missing);
                break;
            }
        }
        probeFinished();
    });
}

void ConnectionTester::probeFinished()
{
    if (--m_openProbes > 0)
        return;
    const TokenAbilities &a = m_report.abilities;
    QStringList parts;
    parts << tr("Can: %1.").arg(a.describe(TokenAbilities::State::Granted));
    if (const QString missing = a.describe(TokenAbilities::State::Missing); !missing.isEmpty())
        parts << tr("Cannot: %1.").arg(missing);
    if (const QString unknown = a.describe(TokenAbilities::State::Unknown); !unknown.isEmpty())
        parts << tr("Not determined: %1.").arg(unknown);
    const bool limited = !a.describe(TokenAbilities::State::Missing).isEmpty();
    setStep(Step::Abilities, limited ? Status::Warning : Status::Passed, parts.join(u' '));
    m_report.ok = true;
    m_report.summary = tr("Connected to Coolify %1. %2").arg(m_report.version, parts.join(u' '));
    finish();
}

void ConnectionTester::finish()
{
    m_pending.clear();
    m_running = false;
    emit finished(m_report);
}

} // namespace Coolify::Api
