/*
** cameo.c: the CAMEO event codebook (CAMEO 1.1b3 codes, 2-4 digits, plus the
** later 155, 176, 1213, 1951, 1952) with each code's name, Goldstein score
** (the standard CAMEO/GDELT Goldstein scale; the five later codes take the
** score of their nearest sibling), QuadClass (roots 01-05 verbal
** cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
** material conflict) and PLOVER category (our reading of the CAMEO->PLOVER
** crosswalk).  PLOVER has no category for plain statements: 01, 010, 014
** and 017 carry "" (never NULL).  Notable choices: 09 INVESTIGATE and 11
** DISAPPROVE -> ACCUSE, 10 DEMAND -> REQUEST, 03 intents -> AGREE, 087x
** (de-escalation, ceasefire, retreat) -> RETREAT, 055 apologize -> CONCEDE,
** 057 sign agreement -> AGREE, 19 and 20 -> ASSAULT.
*/
#include "cameo.h"

#include <stdint.h>
#include <string.h>

#define V(code, name, g, p) {code, name, g, 1, p}  /* verbal cooperation */
#define M(code, name, g, p) {code, name, g, 2, p}  /* material cooperation */
#define X(code, name, g, p) {code, name, g, 3, p}  /* verbal conflict */
#define F(code, name, g, p) {code, name, g, 4, p}  /* material conflict */

/* Sorted by strcmp of the code ("01" < "010" < "0211" < "022"). */
static const dyad_cameo table[] = {
#include "cameo_codes.h"
};

#undef V
#undef M
#undef X
#undef F

#define NCODES (sizeof table / sizeof table[0])

/* The codes again, zero-padded in four bytes (1.2 KB that stay in the cache;
** the search below reads these, not table[].code's strings): their memcmp
** order (and code_key's) is strcmp's, as a NUL sorts before every byte. */
#define V(code, name, g, p) code
#define M V
#define X V
#define F V
static const char codes[][4] = {
#include "cameo_codes.h"
};
#undef V
#undef M
#undef X
#undef F
_Static_assert(sizeof codes / sizeof codes[0] == NCODES, "codes[]: one a table entry");

/* Four code bytes as one number in memcmp's order. */
static uint32_t code_key(const char *c) {
  return (uint32_t)(unsigned char)c[0] << 24 | (uint32_t)(unsigned char)c[1] << 16 |
         (uint32_t)(unsigned char)c[2] << 8 | (uint32_t)(unsigned char)c[3];
}

const dyad_cameo *dyad__cameo_lookup(const char *code) {
  size_t lo = 0, hi = NCODES;
  char kb[4] = {0, 0, 0, 0};
  if (!code) return NULL;
  for (size_t i = 0; code[i]; i++) { /* no code has more than four bytes */
    if (i == 4) return NULL;
    kb[i] = code[i];
  }
  uint32_t key = code_key(kb);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t k = code_key(codes[mid]);
    if (k == key) return &table[mid];
    if (k < key) lo = mid + 1; else hi = mid;
  }
  return NULL;
}

size_t dyad__cameo_count(void) { return NCODES; }

const dyad_cameo *dyad__cameo_at(size_t i) {
  return i < NCODES ? &table[i] : NULL;
}
