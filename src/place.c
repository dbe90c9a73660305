/*
** place.c: the city gazetteer over libgeonames and place mentions (see
** place.h). Stub while the real one is written.
*/
#include <stdlib.h>
#include "place.h"
#include "dyad.h"

struct dyad_gazetteer { int unused; };

int dyad__gazetteer_load(dyad_gazetteer **out, char **errmsg) {
  *errmsg = NULL;
  *out = calloc(1, sizeof **out);
  return *out ? 0 : DYAD_ENOMEM;
}

void dyad__gazetteer_free(dyad_gazetteer *g) { free(g); }

int dyad__gazetteer_lookup(const dyad_gazetteer *g, const char *s, size_t len,
                           dyad_place *out) {
  (void)g; (void)s; (void)len; (void)out;
  return 0;
}

size_t dyad__find_places(const dyad_gazetteer *g, const char *text,
                         size_t start, size_t end, dyad_place *out,
                         size_t cap) {
  (void)g; (void)text; (void)start; (void)end; (void)out; (void)cap;
  return 0;
}

int dyad__gazetteer_add_file(dyad_gazetteer *g, const char *path,
                             char **errmsg) {
  (void)g; (void)path;
  *errmsg = NULL;
  return 0;
}

size_t dyad__gazetteer_size(const dyad_gazetteer *g) { (void)g; return 0; }
