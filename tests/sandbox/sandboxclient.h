#pragma once

// Minimal HTTP helper for the sandbox tests: one QNetworkAccessManager, synchronous-looking calls
// that wait on the reply's finished signal (QSignalSpy::wait, no polling loops).
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStringList>
#include <QUrl>

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? QJsonValue(doc.object())
            : doc.isArray()   ? QJsonValue(doc.array())
                              : QJsonValue();
    }
};

class HttpClient
{
public:
    // headers: "Name: value" entries. Returns false when the reply did not finish in time.
    bool send(const QByteArray &method, const QUrl &url, const QStringList &headers,
              const QByteArray &body, HttpResult *out, int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const QString &h : headers) {
            const qsizetype colon = h.indexOf(u':');
            request.setRawHeader(h.left(colon).trimmed().toUtf8(),
                                 h.mid(colon + 1).trimmed().toUtf8());
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            reply->abort();
            reply->deleteLater();
            return false;
        }
        out->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out->error = reply->error();
        out->body = reply->readAll();
        out->headers.clear();
        for (const auto &pair : reply->rawHeaderPairs())
            out->headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return true;
    }
    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
};
