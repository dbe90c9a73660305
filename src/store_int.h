/*
** store_int.h: internals shared by store.c and report.c.
*/
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <stddef.h>

/* FNV-1a 128 of the NUL-terminated parts (NULL parts hash differently from
** ""), as 32 lower-case hex digits and a NUL in out. */
void dyad__fnv128_hex(const char *const *parts, size_t nparts, char out[33]);

typedef struct dyad_store dyad_store;

/* Sets the store's message ("path: " + the formatted text) and returns
** status; for modules that report through the store (report.c). */
int dyad__store_error(dyad_store *s, int status, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
