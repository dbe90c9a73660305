/*
** util.h: small helpers shared by the library modules (util.c). Internal.
*/
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stddef.h>

/* Reads the whole file at `path` into a NUL-terminated malloc'd buffer
** (caller frees with free()) and sets *len. Returns NULL with *err an errno
** value (ENOENT, EFBIG past 1 GiB, ENOMEM, ...) on failure. */
char *dyad__slurp(const char *path, size_t *len, int *err);

#endif
