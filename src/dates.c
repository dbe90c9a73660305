/*
** dates.c: finding and resolving date expressions against a document date
** (see dates.h). Stub while the real scanner is written.
*/
#include "dates.h"

size_t dyad__find_dates(const char *text, size_t start, size_t end,
                        const char *doc_date, dyad_datex *out, size_t cap) {
  (void)text; (void)start; (void)end; (void)doc_date; (void)out; (void)cap;
  return 0;
}

size_t dyad__parse_date(const char *s, size_t len, char out[11]) {
  (void)s; (void)len;
  out[0] = 0;
  return 0;
}
