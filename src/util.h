/*
** util.h: small helpers shared by the library modules (util.c). Internal.
*/
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Reads the whole file at `path` into a NUL-terminated malloc'd buffer
** (caller frees with free()) and sets *len. Returns NULL with *err an errno
** value (ENOENT, EFBIG past 1 GiB, ENOMEM, ...) on failure. */
char *dyad__slurp(const char *path, size_t *len, int *err);

/* K2..K8: two to eight bytes packed in one integer, first byte lowest, so a
** short word folded to lower case compares as one number ("in" is
** K2('i', 'n')). */
#define K2(a, b) ((uint64_t)(a) | (uint64_t)(b) << 8)
#define K3(a, b, c) (K2(a, b) | (uint64_t)(c) << 16)
#define K4(a, b, c, d) (K3(a, b, c) | (uint64_t)(d) << 24)
#define K5(a, b, c, d, e) (K4(a, b, c, d) | (uint64_t)(e) << 32)
#define K6(a, b, c, d, e, f) (K5(a, b, c, d, e) | (uint64_t)(f) << 40)
#define K7(a, b, c, d, e, f, g) (K6(a, b, c, d, e, f) | (uint64_t)(g) << 48)
#define K8(a, b, c, d, e, f, g, h) (K7(a, b, c, d, e, f, g) | (uint64_t)(h) << 56)

#endif
