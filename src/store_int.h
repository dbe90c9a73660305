/*
** store_int.h: internals shared by store.c and report.c.
*/
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <stddef.h>

/* FNV-1a 128 of the NUL-terminated parts (NULL parts hash differently from
** ""), as 32 lower-case hex digits and a NUL in out. */
void dyad__fnv128_hex(const char *const *parts, size_t nparts, char out[33]);

#endif
