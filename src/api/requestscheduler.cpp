#include "api/requestscheduler.h"

#include <algorithm>

namespace Coolify::Api {

RequestScheduler::RequestScheduler(QObject *parent)
    : RequestScheduler(Limits{}, parent)
{ }

RequestScheduler::RequestScheduler(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::JobId RequestScheduler::enqueue(Priority priority, std::function<void()> start,
                                                  bool front)
{
    const JobId id = m_nextId++;
    auto &queue = priority == Priority::Interactive ? m_interactive : m_background;
    if (front)
        queue.push_front({id, std::move(start)});
    else
        queue.push_back({id, std::move(start)});
    schedulePump(0);
    return id;
}

bool RequestScheduler::remove(JobId id)
{
    for (auto *queue : {&m_interactive, &m_background}) {
        const auto it = std::find_if(queue->begin(), queue->end(),
                                     [id](const Job &job) { return job.id == id; });
        if (it != queue->end()) {
            queue->erase(it);
            return true;
        }
    }
    return false;
}

void RequestScheduler::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
    schedulePump(0);
}

void RequestScheduler::pauseFor(int ms)
{
    const qint64 until = m_clock.elapsed() + qMax(0, ms);
    if (until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    emit pausedChanged(true, ms);
    schedulePump(ms);
}

void RequestScheduler::noteRemaining(int remaining)
{
    // The window is the server's, not ours: wait a sixth of a window and let a 429 correct us.
    // The requests still in flight will use up what is left, so starting more now would only
    // collect 429s.
    if (remaining >= 0 && remaining <= m_inFlight)
        pauseFor(m_limits.windowMs / 6);
}

bool RequestScheduler::isPaused() const
{
    return m_clock.elapsed() < m_pausedUntil;
}

qint64 RequestScheduler::msUntilWindowAllows() const
{
    if (int(m_starts.size()) < m_limits.requestsPerWindow)
        return 0;
    return qMax<qint64>(0, m_starts.front() + m_limits.windowMs - m_clock.elapsed());
}

void RequestScheduler::schedulePump(int delayMs)
{
    // Never pump synchronously from enqueue(): callers connect to the reply after send().
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(qMax(0, delayMs));
}

void RequestScheduler::pump()
{
    const qint64 now = m_clock.elapsed();
    while (!m_starts.empty() && m_starts.front() + m_limits.windowMs <= now)
        m_starts.pop_front();

    if (now < m_pausedUntil) {
        schedulePump(int(m_pausedUntil - now));
        return;
    }
    if (m_pausedUntil != 0) {
        m_pausedUntil = 0;
        emit pausedChanged(false, 0);
    }
    while (m_inFlight < m_limits.maxConcurrent
           && (!m_interactive.empty() || !m_background.empty())) {
        if (const qint64 wait = msUntilWindowAllows(); wait > 0) {
            schedulePump(int(wait));
            return;
        }
        auto &queue = !m_interactive.empty() ? m_interactive : m_background;
        Job job = std::move(queue.front());
        queue.pop_front();
        ++m_inFlight;
        m_starts.push_back(m_clock.elapsed());
        job.start();
        if (isPaused()) // the job may have paused us synchronously
            return;
    }
}

} // namespace Coolify::Api
