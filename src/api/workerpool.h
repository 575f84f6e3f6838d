#pragma once

class QThreadPool;

namespace Coolify::Api {

// The threads that parse and decode large answers (and deployment logs) off the UI thread.
// One core fewer than the machine has, at least one: on a 2-core laptop ten instances'
// lists decoding at once would otherwise leave the UI thread waiting for a core.
QThreadPool *workerPool();

} // namespace Coolify::Api
