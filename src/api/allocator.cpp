#include "api/allocator.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace Coolify::Api {

void returnLargeBuffersToTheSystem()
{
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

} // namespace Coolify::Api
