#pragma once

#include "api/apireply.h" // QPointer<ApiReply> needs the complete type

#include <QPointer>

namespace Coolify::Controllers {

// The one request a controller has in flight for something (a page, a cancel, a log fetch):
// setting a new one cancels the old one (the newest choice wins), and so does destroying the
// holder, so an answer never arrives at a controller that is gone. The reply deletes itself
// after `finished`; this only watches it.
//
//     m_page.set(client->send(request));
//     connect(m_page.get(), &Api::ApiReply::finished, this, [this, reply = m_page.get()] {
//         if (!m_page.release(reply)) return; // superseded or cancelled
//         …
//     });
class PendingReply
{
public:
    PendingReply() = default;
    PendingReply(const PendingReply &) = delete;
    PendingReply &operator=(const PendingReply &) = delete;
    ~PendingReply() { cancel(); }

    void set(Api::ApiReply *reply); // cancels the previous one
    Api::ApiReply *get() const { return m_reply.data(); }
    bool isActive() const { return !m_reply.isNull(); }
    void cancel();
    // Called from the reply's `finished`: forgets it, and says whether it is still the current
    // one and was not cancelled (its answer should be used).
    bool release(Api::ApiReply *reply);

private:
    QPointer<Api::ApiReply> m_reply;
};

} // namespace Coolify::Controllers
