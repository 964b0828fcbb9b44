// Counts heap allocations for kb-bench by interposing the allocator's entry points: a program
// that links this file gets these definitions instead of the C library's for every caller in the
// process (Swift's runtime included), and each one counts, then calls glibc's own allocator.
// Linked into kb-bench only, never into `kb`. Elsewhere than glibc it counts nothing and says so.

#include "AllocationCounter.h"

#if defined(__linux__) && defined(__GLIBC__)

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void __libc_free(void *pointer);
extern void *__libc_memalign(size_t alignment, size_t size);

static _Atomic uint64_t allocations;
static _Atomic int counting;

static inline void counted(void) {
    if (atomic_load_explicit(&counting, memory_order_relaxed))
        atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
}

void kb_allocation_counting(int on) { atomic_store_explicit(&counting, on != 0, memory_order_relaxed); }

void *malloc(size_t size) {
    counted();
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size) {
    counted();
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
    counted();
    return __libc_realloc(pointer, size);
}

void free(void *pointer) { __libc_free(pointer); }

void *memalign(size_t alignment, size_t size) {
    counted();
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    counted();
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0) return EINVAL;
    counted();
    void *pointer = __libc_memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *out = pointer;
    return 0;
}

uint64_t kb_allocation_count(void) { return atomic_load_explicit(&allocations, memory_order_relaxed); }

int kb_allocation_counting_available(void) { return 1; }

#else

void kb_allocation_counting(int on) { (void)on; }

uint64_t kb_allocation_count(void) { return 0; }

int kb_allocation_counting_available(void) { return 0; }

#endif
