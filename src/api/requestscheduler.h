#pragma once

#include "api/apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace Coolify::Api {

// Paces the requests of one instance: at most `requestsPerWindow` starts in any sliding window
// (Coolify allows 200/min per user; we keep a margin for the user's other tools), at most
// `maxConcurrent` in flight, interactive work before background refreshes, and a pause after a
// 429 for as long as Retry-After asks.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int requestsPerWindow = 180;
        int windowMs = 60'000;
        int maxConcurrent = 4;
    };
    using JobId = quint64;

    explicit RequestScheduler(QObject *parent = nullptr);
    RequestScheduler(Limits limits, QObject *parent = nullptr);

    // `start` runs when the job may go; the job must call release() when it is done.
    JobId enqueue(Priority priority, std::function<void()> start, bool front = false);
    bool remove(JobId id); // false when it was not (or no longer) queued
    void release();
    void pauseFor(int ms);
    // The server's X-RateLimit-Remaining of an answer (its slot already released): when the
    // requests still in flight would use up the rest, we hold further starts for a while.
    void noteRemaining(int remaining);

    int queuedCount() const { return int(m_interactive.size() + m_background.size()); }
    int inFlight() const { return m_inFlight; }
    bool isPaused() const;
    Limits limits() const { return m_limits; }

signals:
    void pausedChanged(bool paused, int ms);

private:
    struct Job
    {
        JobId id;
        std::function<void()> start;
    };
    void schedulePump(int delayMs);
    void pump();
    qint64 msUntilWindowAllows() const;

    Limits m_limits;
    QElapsedTimer m_clock;
    std::deque<qint64> m_starts; // m_clock times of recent starts
    std::deque<Job> m_interactive;
    std::deque<Job> m_background;
    qint64 m_pausedUntil = 0;
    int m_inFlight = 0;
    JobId m_nextId = 1;
    QTimer m_timer;
};

} // namespace Coolify::Api
