#ifndef KB_ALLOCATION_COUNTER_H
#define KB_ALLOCATION_COUNTER_H

#include <stdint.h>

/// Heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made by
/// every thread of the process so far; 0 when counting is not available.
uint64_t kb_allocation_count(void);

/// Starts (1) or stops (0) counting; off at start, so loading is not slowed by the count.
void kb_allocation_counting(int on);

/// 1 when this platform's allocator is interposed and `kb_allocation_count` counts, else 0.
int kb_allocation_counting_available(void);

#endif
