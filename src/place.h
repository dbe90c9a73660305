/*
** place.h: the city gazetteer (place.c) over Debian's libgeonames (24k
** cities with coordinates and ISO country codes), and place mentions in a
** sentence ("in Moscow", "at the Incheon airport", "in Munich"). Internal.
*/
#ifndef DYAD_PLACE_H
#define DYAD_PLACE_H

#include <stddef.h>
#include <stdint.h>

typedef struct dyad_place {
  uint32_t start, end;  /* byte span of the name in the text (find_places) */
  char name[64];        /* the city's name as the gazetteer spells it */
  char country[4];      /* ISO-3 code of its country ("RUS") */
  double lat, lon;
} dyad_place;

typedef struct dyad_gazetteer dyad_gazetteer;

/* Builds the gazetteer. Returns 0 and sets *out (free with
** dyad__gazetteer_free), or a negative DYAD_E* status with *errmsg set to a
** malloc'd message (caller frees). */
int dyad__gazetteer_load(dyad_gazetteer **out, char **errmsg);
void dyad__gazetteer_free(dyad_gazetteer *g);

/* Exact, case-insensitive lookup of a city name s[0,len); when several
** cities share it, the most populous wins. Returns 1 and fills *out (span
** left 0), or 0. */
int dyad__gazetteer_lookup(const dyad_gazetteer *g, const char *s, size_t len,
                           dyad_place *out);

/* Finds city mentions in text[start,end) after a locative preposition
** ("in", "at", "near", "from", "to", "outside", "at the X airport"):
** capitalised word sequences that the gazetteer knows. Writes at most cap in
** text order; returns how many were found. No allocation. */
size_t dyad__find_places(const dyad_gazetteer *g, const char *text,
                         size_t start, size_t end, dyad_place *out,
                         size_t cap);

/* ISO 3166 alpha-2 -> alpha-3 ("KR" -> "KOR"); NULL if unknown. */
const char *dyad__iso2_to_iso3(const char *iso2);

#endif
