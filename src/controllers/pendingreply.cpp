#include "controllers/pendingreply.h"

#include "api/apireply.h"

namespace Coolify::Controllers {

void PendingReply::set(Api::ApiReply *reply)
{
    cancel();
    m_reply = reply;
}

void PendingReply::cancel()
{
    if (Api::ApiReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->cancel();
    }
}

bool PendingReply::release(Api::ApiReply *reply)
{
    const bool current = m_reply.data() == reply;
    if (current)
        m_reply.clear();
    return current && reply->result().error.kind != Api::ErrorKind::Cancelled;
}

} // namespace Coolify::Controllers
