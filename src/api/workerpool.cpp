#include "api/workerpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Coolify::Api {

QThreadPool *workerPool()
{
    // A child of the application, so that its end waits for the work still running.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        pool->setObjectName(QStringLiteral("coolify-workers"));
    }
    return pool;
}

} // namespace Coolify::Api
