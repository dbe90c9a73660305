/*
** cameo.h: the CAMEO event codebook as a static table: each code's name,
** Goldstein score, QuadClass and PLOVER category (cameo.c). Internal.
*/
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include <stddef.h>

typedef struct dyad_cameo {
  const char *code;     /* "042" (2-4 digits; roots are "01".."20") */
  const char *name;     /* "Make a visit" */
  double goldstein;     /* -10 .. +10 */
  int quad_class;       /* 1 verbal coop, 2 material coop, 3 verbal conflict,
                           4 material conflict */
  const char *plover;   /* PLOVER event category, e.g. "CONSULT" */
} dyad_cameo;

/* Returns the entry for `code` (e.g. "042", "0211", "19"), or NULL when the
** codebook has no such code. Static storage: never free. */
const dyad_cameo *dyad__cameo_lookup(const char *code);

/* The whole table, in code order, for listing and checks. */
size_t dyad__cameo_count(void);
const dyad_cameo *dyad__cameo_at(size_t i);

#endif
