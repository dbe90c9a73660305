/*
** util.h: small helpers shared by the library modules (util.c). Internal.
*/
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"

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

/* dyad_split_sentences into a caller's array (text.c): *buf (NULL or
** malloc'd, *cap entries) is reused and grown as needed, so a caller that
** splits many documents (the coder) allocates only when one is larger than
** all before. Sets *n (0 on error). Returns 0, DYAD_ENOMEM or DYAD_ETOOBIG;
** *buf stays the caller's to free in every case. */
int dyad__split_sentences_into(const dyad_doc *doc, dyad_sentence **buf, size_t *cap,
                               size_t *n);

/* A set of nonzero 64-bit hashes in cap slots (a power of two, 0 marks a
** free slot), open addressing with linear probing: the dates' start words
** and the places' cues. The caller keeps it well under full. */
static inline size_t dyad__hset_slot(uint64_t h, size_t cap) {
  return (size_t)(h ^ (h >> 29)) & (cap - 1);
}
static inline void dyad__hset_add(uint64_t *set, size_t cap, uint64_t h) {
  size_t x = dyad__hset_slot(h, cap);
  while (set[x] && set[x] != h) x = (x + 1) & (cap - 1);
  set[x] = h;
}
static inline int dyad__hset_has(const uint64_t *set, size_t cap, uint64_t h) {
  for (size_t x = dyad__hset_slot(h, cap); set[x]; x = (x + 1) & (cap - 1))
    if (set[x] == h) return 1;
  return 0;
}

#endif
