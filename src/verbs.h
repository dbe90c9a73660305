/*
** verbs.h: verb patterns (verbs.c): data/verbs.txt loaded into a matcher
** that, given a sentence's tokens, finds the event verbs/nominals with their
** CAMEO codes. Internal: dict.c loads and owns it, coder.c uses it.
*/
#ifndef DYAD_VERBS_H
#define DYAD_VERBS_H

#include "dyad.h"

typedef struct dyad_verbs dyad_verbs;

/* Loads (adds) one verb-pattern file. Returns 0, or a negative DYAD_E*
** status with "file:line: message" written to err (errcap bytes). *v may be
** NULL on entry (a new set is created). */
int dyad__verbs_load(dyad_verbs **v, const char *path, char *err,
                     size_t errcap);

void dyad__verbs_free(dyad_verbs *v);

/* Number of patterns loaded (for `dyad dict check`). */
size_t dyad__verbs_count(const dyad_verbs *v);

#endif
