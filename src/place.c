/*
** place.c: the city gazetteer (libgeonames' 24k cities plus our own
** data/places.tsv: missing places, aliases and names never to read as
** places) in an open-addressing hash of folded names, and place mentions
** after locative prepositions ("in Moscow", "at the Incheon airport").
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <pthread.h>
#include <geonames.h> /* its types only: the library is opened when first needed */
#include "dyad.h"
#include "util.h"
#include "dict.h"
#include "place.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define NAME_MAX_ 64  /* dyad_place.name */

typedef struct gent {
  char name[NAME_MAX_];   /* display name (the gazetteer's spelling) */
  char key[NAME_MAX_];    /* folded lookup key */
  char country[4];
  double lat, lon;
  uint32_t pop;
  uint8_t stop;           /* a name never read as a place */
} gent;

typedef struct gslot {
  uint32_t idx;           /* entry index + 1; 0 = empty */
  uint32_t h;             /* the key hash of a used slot */
} gslot;

struct dyad_gazetteer {
  gent *ents;
  size_t n, cap;
  gslot *slots;           /* one cache line read a probe */
  size_t nslots;          /* power of two */
  int lent;               /* ents and slots point into a compiled set's
                             mapping (read only, never freed here) */
};

/* ---------------------------------------------------------------------------
** Keys
** ------------------------------------------------------------------------- */

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Folds s[0,len) into out (NUL-terminated): ASCII lower case, whitespace
** runs to one space, "st."/"st " -> "saint ", "ft." -> "fort ", "mt." ->
** "mount ", the typographic apostrophe to '. Returns the key length, or 0
** when it does not fit. */
static size_t fold(const char *s, size_t len, char out[NAME_MAX_]) {
  size_t i = 0, o = 0;
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) i++;
  if (len - i >= 3) {
    static const char *const ab[][2] = {{"st", "saint "}, {"ft", "fort "},
                                        {"mt", "mount "}};
    size_t k;
    for (k = 0; k < 3; k++) {
      if (lower((unsigned char)s[i]) == ab[k][0][0] &&
          lower((unsigned char)s[i + 1]) == ab[k][0][1] &&
          (s[i + 2] == '.' || s[i + 2] == ' ')) {
        size_t j = i + 2;
        if (s[j] == '.') j++;
        while (j < len && s[j] == ' ') j++;
        if (j < len && j > i + 2) {
          memcpy(out, ab[k][1], strlen(ab[k][1]));
          o = strlen(ab[k][1]);
          i = j;
        }
        break;
      }
    }
  }
  for (; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      while (i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\t' ||
                             s[i + 1] == '\n' || s[i + 1] == '\r'))
        i++;
      if (i + 1 >= len) break;
      c = ' ';
    } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99) {
      c = '\'';
      i += 2;
    } else {
      c = (unsigned char)lower(c);
    }
    if (o + 1 >= NAME_MAX_) return 0;
    out[o++] = (char)c;
  }
  out[o] = 0;
  return o;
}

static uint32_t hash(const char *k) {
  uint32_t h = 2166136261u;
  for (; *k; k++) h = (h ^ (unsigned char)*k) * 16777619u;
  return h;
}

/* Slot holding key (or the empty slot where it would go). */
static size_t find_slot(const dyad_gazetteer *g, const char *key) {
  uint32_t h = hash(key);
  size_t m = g->nslots - 1, i = h & m;
  while (g->slots[i].idx) {
    if (g->slots[i].h == h && strcmp(g->ents[g->slots[i].idx - 1].key, key) == 0)
      return i;
    i = (i + 1) & m;
  }
  return i;
}

static int grow_slots(dyad_gazetteer *g) {
  size_t ns = g->nslots ? g->nslots * 2 : 1024, i;
  gslot *old = g->slots;
  size_t on = g->nslots;
  g->slots = calloc(ns, sizeof *g->slots);
  if (!g->slots) {
    g->slots = old;
    return DYAD_ENOMEM;
  }
  g->nslots = ns;
  for (i = 0; i < on; i++)
    if (old[i].idx) {
      size_t s = find_slot(g, g->ents[old[i].idx - 1].key);
      g->slots[s] = old[i];
    }
  free(old);
  return 0;
}

/* Returns the entry for key, creating an empty one when absent (*fresh=1),
** or NULL when out of memory. */
static gent *upsert(dyad_gazetteer *g, const char *key, int *fresh) {
  size_t s;
  *fresh = 0;
  if ((g->n + 1) * 2 > g->nslots && grow_slots(g)) return NULL;
  s = find_slot(g, key);
  if (g->slots[s].idx) return &g->ents[g->slots[s].idx - 1];
  if (g->n == g->cap) {
    size_t nc = g->cap ? g->cap * 2 : 1024;
    gent *ne = realloc(g->ents, nc * sizeof *ne);
    if (!ne) return NULL;
    g->ents = ne;
    g->cap = nc;
  }
  memset(&g->ents[g->n], 0, sizeof g->ents[0]);
  strcpy(g->ents[g->n].key, key);
  g->slots[s].idx = (uint32_t)(++g->n);
  g->slots[s].h = hash(key);
  *fresh = 1;
  return &g->ents[g->n - 1];
}

static const gent *get(const dyad_gazetteer *g, const char *key) {
  size_t s;
  if (!g || !g->nslots) return NULL;
  s = find_slot(g, key);
  return g->slots[s].idx ? &g->ents[g->slots[s].idx - 1] : NULL;
}

static void set_name(gent *e, const char *name) {
  size_t l = strlen(name);
  if (l >= NAME_MAX_) l = NAME_MAX_ - 1;
  memcpy(e->name, name, l);
  e->name[l] = 0;
}

/* Writes the ISO-3 code of ISO-2 cc to out[4] ("" when unknown). */
static void iso3_of(const char *cc, char out[4]) {
  const char *r = dyad__iso2_to_iso3(cc);
  if (!r && cc && strcmp(cc, "XK") == 0) r = "XKX"; /* Kosovo: user-assigned */
  out[0] = 0;
  if (r && strlen(r) == 3) memcpy(out, r, 4);
}

/* ---------------------------------------------------------------------------
** Loading
** ------------------------------------------------------------------------- */

/* malloc'd "path:line: what" (NULL when out of memory). */
static char *msg(const char *path, long ln, const char *what) {
  char buf[600];
  char *m;
  snprintf(buf, sizeof buf, "%s:%ld: %s", path, ln, what);
  m = malloc(strlen(buf) + 1);
  if (m) strcpy(m, buf);
  return m;
}

/* Never places, whatever the gazetteer says: months and weekdays (the
** rest, person names and common words, are data in places.tsv). */
static const char *const builtin_stops[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", NULL};

static int add_stop(dyad_gazetteer *g, const char *key) {
  int fresh;
  gent *e = upsert(g, key, &fresh);
  if (!e) return DYAD_ENOMEM;
  e->stop = 1;
  return 0;
}

static int parse_double(const char *s, double lo, double hi, double *out) {
  char *end;
  double v;
  errno = 0;
  v = strtod(s, &end);
  if (end == s || *end || errno || v < lo || v > hi) return 0;
  *out = v;
  return 1;
}

int dyad__gazetteer_add_file(dyad_gazetteer *g, const char *path,
                             char **errmsg) {
  FILE *f;
  char line[1024];
  long ln = 0;
  int rc = 0;
  *errmsg = NULL;
  if (!g || !path) return DYAD_EINVAL;
  f = fopen(path, "r");
  if (!f) {
    char w[160];
    snprintf(w, sizeof w, "cannot open: %s", strerror(errno));
    *errmsg = msg(path, 0, w);
    return DYAD_EIO;
  }
  while (fgets(line, sizeof line, f)) {
    char *col[6];
    size_t nc = 0, l = strlen(line);
    char key[NAME_MAX_];
    ln++;
    if (l == sizeof line - 1 && line[l - 1] != '\n') {
      *errmsg = msg(path, ln, "line too long");
      rc = DYAD_EDICT;
      break;
    }
    while (l && (line[l - 1] == '\n' || line[l - 1] == '\r')) line[--l] = 0;
    if (!l || line[0] == '#') continue;
    {
      char *p = line;
      col[nc++] = p;
      while ((p = strchr(p, '\t')) != NULL && nc < 6) {
        *p++ = 0;
        col[nc++] = p;
      }
    }
    if (!col[0][0] || !fold(col[0], strlen(col[0]), key)) {
      *errmsg = msg(path, ln, "empty or too long name");
      rc = DYAD_EDICT;
      break;
    }
    if (nc == 2 && strcmp(col[1], "-") == 0) {
      if ((rc = add_stop(g, key)) != 0) break;
    } else if (nc == 2 && col[1][0] == '=') {
      char tkey[NAME_MAX_];
      const gent *t;
      gent *e, copy;
      int fresh;
      if (!fold(col[1] + 1, strlen(col[1] + 1), tkey) || !(t = get(g, tkey)) ||
          t->stop) {
        char w[160];
        snprintf(w, sizeof w, "alias target '%.64s' is not a known place", col[1] + 1);
        *errmsg = msg(path, ln, w);
        rc = DYAD_EDICT;
        break;
      }
      copy = *t;
      if (!(e = upsert(g, key, &fresh))) { rc = DYAD_ENOMEM; break; }
      memcpy(copy.key, e->key, sizeof copy.key);
      *e = copy;
    } else if (nc == 4 || nc == 5) {
      double lat, lon;
      gent *e;
      int fresh;
      if (strlen(col[1]) != 3 || col[1][0] < 'A' || col[1][0] > 'Z') {
        char w[160];
        snprintf(w, sizeof w, "bad ISO-3 country '%.16s'", col[1]);
        *errmsg = msg(path, ln, w);
        rc = DYAD_EDICT;
        break;
      }
      if (!parse_double(col[2], -90, 90, &lat) ||
          !parse_double(col[3], -180, 180, &lon)) {
        *errmsg = msg(path, ln, "bad latitude/longitude");
        rc = DYAD_EDICT;
        break;
      }
      if (!(e = upsert(g, key, &fresh))) { rc = DYAD_ENOMEM; break; }
      set_name(e, nc == 5 && col[4][0] ? col[4] : col[0]);
      memcpy(e->country, col[1], 4);
      e->lat = lat;
      e->lon = lon;
      e->pop = 0;
      e->stop = 0;
    } else {
      *errmsg = msg(path, ln,
                    "expected name<TAB>ISO3<TAB>lat<TAB>lon[<TAB>display], "
                    "name<TAB>=target or name<TAB>-");
      rc = DYAD_EDICT;
      break;
    }
  }
  if (!rc && ferror(f)) {
    *errmsg = msg(path, ln, "read error");
    rc = DYAD_EIO;
  }
  fclose(f);
  if (rc == DYAD_ENOMEM && !*errmsg) *errmsg = msg(path, ln, "out of memory");
  return rc;
}

/* Stops a city that bears the name of another country ("Lebanon", US;
** "Mexico", PH): in news the name means the country. */
static int stop_country_names(dyad_gazetteer *g) {
  size_t i, n = dyad__iso_count();
  for (i = 0; i < n; i++) {
    const char *a2 = NULL, *nm = dyad__iso_name_at(i, &a2);
    char a3[4];
    char key[NAME_MAX_];
    size_t s;
    size_t l;
    if (!nm) continue;
    /* "Venezuela, Bolivarian Republic of" -> "Venezuela" */
    for (l = 0; nm[l] && nm[l] != ',' && nm[l] != '('; l++) {}
    while (l && nm[l - 1] == ' ') l--;
    if (!fold(nm, l, key)) continue;
    s = find_slot(g, key);
    if (!g->slots[s].idx) continue;
    iso3_of(a2, a3);
    if (strcmp(g->ents[g->slots[s].idx - 1].country, a3) != 0)
      g->ents[g->slots[s].idx - 1].stop = 1;
  }
  return 0;
}

/* One geonames city. libgeonames' getters go through gettext and one
** GVariant child per field (~33 ms for the 24k cities); the city is a
** serialised GVariant tuple (id, name, admin1, state, cc, country, tz,
** population, lat, lon), so city_raw reads the five fields we need straight
** from its bytes (GVariant serialisation format: strings NUL-terminated,
** framing offsets of the seven strings at the end, then u32 and two doubles
** aligned). Every read is checked; on any mismatch city_api (the slow,
** documented way, child values) is used instead. Names are the untranslated
** (English) ones, whatever the locale. */
/* libgeonames (and the GLib, GIO and GObject it pulls in) is opened with
** dlopen the first time a gazetteer is built from it, not linked: a run
** whose dictionaries come from a compiled set never needs it, and linking
** it made every start-up bind and relocate those libraries (about half the
** instructions of `dyad code` on an empty input). The functions used here,
** looked up once; geo_open returns 0 when the library or one of them is
** missing. The handle is never closed (GLib cannot be unloaded). */
static struct geo_api {
  gint (*n_cities)(void);
  GeonamesCity *(*get_city)(gint);
  void (*city_free)(GeonamesCity *);
  const gchar *(*city_name)(GeonamesCity *);
  const gchar *(*city_cc)(GeonamesCity *);
  guint (*city_pop)(GeonamesCity *);
  gdouble (*city_lat)(GeonamesCity *);
  gdouble (*city_lon)(GeonamesCity *);
  gconstpointer (*v_data)(GVariant *);
  gsize (*v_size)(GVariant *);
  gboolean (*v_is_of_type)(GVariant *, const GVariantType *);
  int ok;
} geo;
static pthread_once_t geo_once = PTHREAD_ONCE_INIT;

static void geo_init(void) {
  static const char *const libs[] = {"libgeonames.so.0", "libgeonames.so"};
  void *h = NULL;
  for (size_t k = 0; k < sizeof libs / sizeof libs[0] && !h; k++) h = dlopen(libs[k], RTLD_NOW | RTLD_LOCAL);
  if (!h) return;
  /* (a data pointer to a function pointer: POSIX guarantees it for dlsym) */
#define GEO_SYM(field, name) *(void **)(&geo.field) = dlsym(h, name)
  GEO_SYM(n_cities, "geonames_get_n_cities");
  GEO_SYM(get_city, "geonames_get_city");
  GEO_SYM(city_free, "geonames_city_free");
  GEO_SYM(city_name, "geonames_city_get_name");
  GEO_SYM(city_cc, "geonames_city_get_country_code");
  GEO_SYM(city_pop, "geonames_city_get_population");
  GEO_SYM(city_lat, "geonames_city_get_latitude");
  GEO_SYM(city_lon, "geonames_city_get_longitude");
  GEO_SYM(v_data, "g_variant_get_data");
  GEO_SYM(v_size, "g_variant_get_size");
  GEO_SYM(v_is_of_type, "g_variant_is_of_type");
#undef GEO_SYM
  geo.ok = geo.n_cities && geo.get_city && geo.city_free && geo.city_name && geo.city_cc && geo.city_pop &&
           geo.city_lat && geo.city_lon && geo.v_data && geo.v_size && geo.v_is_of_type;
}

static int geo_open(void) {
  pthread_once(&geo_once, geo_init);
  return geo.ok;
}

typedef struct city {
  const char *name, *cc;
  uint32_t pop;
  double lat, lon;
} city;

/* typed: the caller checked the type of the first city (all are children
** of one array); the reads below are bounds-checked whatever the bytes. */
static int city_bytes(const unsigned char *d, size_t sz, city *ct) {
  size_t osz, off[7], k, p, fend;
  if (!d || sz < 24) return 0;
  osz = sz <= 0xff ? 1 : sz <= 0xffff ? 2 : 4;
  if (sz < 7 * osz + 16) return 0;
  fend = sz - 7 * osz;
  for (k = 0; k < 7; k++) {
    const unsigned char *o = d + sz - (k + 1) * osz;
    size_t v = 0, b;
    for (b = 0; b < osz; b++) v |= (size_t)o[b] << (8 * b);
    if (v == 0 || v > fend || (k && v <= off[k - 1]) || d[v - 1] != 0) return 0;
    off[k] = v;
  }
  p = (off[6] + 3) & ~(size_t)3;
  if (p + 4 > fend) return 0;
  memcpy(&ct->pop, d + p, 4);
  p = (p + 4 + 7) & ~(size_t)7;
  if (p + 16 != fend) return 0;
  memcpy(&ct->lat, d + p, 8);
  memcpy(&ct->lon, d + p + 8, 8);
  ct->name = (const char *)d + off[0];
  ct->cc = (const char *)d + off[3];
  return ct->lat >= -90 && ct->lat <= 90 && ct->lon >= -180 && ct->lon <= 180;
}

static int city_raw(GVariant *c, int typed, city *ct) {
  if (!typed) return 0;
  return city_bytes(geo.v_data(c), geo.v_size(c), ct);
}

/* All cities at once: libgeonames keeps them as one serialised GVariant
** array of (sssssssudd) tuples, and geonames_get_city(i) is its child i,
** whose data points into the array's bytes (one child value, a ref and a
** free per city cost ~45 M instructions, 5 ms). The array layout (GVariant
** serialisation): element k starts at the end of element k - 1 rounded up
** to 8 (the tuple's alignment), and after the last element come n framing
** offsets of osz bytes (1, 2, 4 or 8 by the array's total size), offset k
** = the end of element k. cities_array finds the array start from child 0
** and its end from child n - 1, then checks the layout against children
** 1, n / 2 and n - 1; on any mismatch it returns 0 (the per-city API is
** used then). The bytes stay valid while *keep (child 0) is referenced. */
typedef struct carray {
  const unsigned char *base;
  const unsigned char *offs; /* n offsets of osz bytes */
  size_t osz, end;           /* end: where the offsets begin */
} carray;

static size_t carray_off(const carray *a, size_t k) {
  size_t v = 0, b;
  for (b = 0; b < a->osz; b++) v |= (size_t)a->offs[k * a->osz + b] << (8 * b);
  return v;
}

/* Element k's bytes, 0 when they make no sense. */
static int carray_at(const carray *a, size_t k, const unsigned char **d, size_t *sz) {
  size_t s = k ? (carray_off(a, k - 1) + 7) & ~(size_t)7 : 0, e = carray_off(a, k);
  if (s > e || e > a->end) return 0;
  *d = a->base + s;
  *sz = e - s;
  return 1;
}

static int cities_array(int n, GVariant **keep, carray *a) {
  GVariant *first, *last;
  size_t total, want, probe[3], k;
  int ok = 1;
  *keep = NULL;
  if (n < 2 || !(first = geo.get_city(0))) return 0;
  if (!(last = geo.get_city(n - 1))) {
    geo.city_free(first);
    return 0;
  }
  a->base = geo.v_data(first);
  {
    const unsigned char *l = geo.v_data(last);
    if (!a->base || !l || l < a->base) ok = 0;
    else a->end = (size_t)(l - a->base) + geo.v_size(last);
  }
  geo.city_free(last);
  if (ok) {
    ok = 0;
    for (a->osz = 1; a->osz <= 8; a->osz *= 2) {
      total = a->end + (size_t)n * a->osz;
      want = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffffffu ? 4 : 8;
      if (want == a->osz) { ok = 1; break; }
    }
  }
  if (ok) {
    a->offs = a->base + a->end;
    ok = carray_off(a, 0) == geo.v_size(first) &&
         carray_off(a, (size_t)n - 1) == a->end;
  }
  probe[0] = 1;
  probe[1] = (size_t)n / 2;
  probe[2] = (size_t)n - 1;
  for (k = 0; k < 3 && ok; k++) {
    GVariant *c = geo.get_city((int)probe[k]);
    const unsigned char *d;
    size_t sz;
    ok = c && carray_at(a, probe[k], &d, &sz) && d == geo.v_data(c) &&
         sz == geo.v_size(c);
    if (c) geo.city_free(c);
  }
  if (!ok) {
    geo.city_free(first);
    return 0;
  }
  *keep = first;
  return 1;
}

static int city_api(GVariant *c, city *ct) {
  ct->name = geo.city_name(c);
  ct->cc = geo.city_cc(c);
  ct->pop = geo.city_pop(c);
  ct->lat = geo.city_lat(c);
  ct->lon = geo.city_lon(c);
  return ct->name && ct->cc;
}

int dyad__gazetteer_load(dyad_gazetteer **out, char **errmsg) {
  return dyad__gazetteer_load_dir(out, NULL, errmsg);
}

int dyad__gazetteer_load_dir(dyad_gazetteer **out, const char *dir,
                             char **errmsg) {
  dyad_gazetteer *g;
  int n, i, rc = 0;
  char last_cc[4] = "", last_a3[4] = "";
  int typed = 0, have_arr = 0;
  GVariant *keep = NULL; /* child 0, keeping the array bytes alive */
  carray arr;
  *out = NULL;
  *errmsg = NULL;
  if (!geo_open()) {
    *errmsg = msg("gazetteer", 0, "cannot open libgeonames.so.0 (dlopen)");
    return DYAD_EIO;
  }
  g = calloc(1, sizeof *g);
  if (!g) return DYAD_ENOMEM;
  n = geo.n_cities();
  if (n < 0) n = 0;
  {
    size_t want = 1024;
    while (want < (size_t)n * 2 + 1024) want *= 2;
    g->slots = calloc(want, sizeof *g->slots);
    g->ents = malloc(((size_t)n + 256) * sizeof *g->ents);
    if (!g->slots || !g->ents) { rc = DYAD_ENOMEM; goto fail; }
    g->nslots = want;
    g->cap = (size_t)n + 256;
  }
  if (n > 0) {
    GeonamesCity *c0 = geo.get_city(0);
    if (c0) {
      typed = geo.v_is_of_type(c0, (const GVariantType *)"(sssssssudd)");
      geo.city_free(c0);
    }
    if (typed) have_arr = cities_array(n, &keep, &arr);
  }
  for (i = 0; i < n; i++) {
    GeonamesCity *c = NULL;
    city ct;
    char key[NAME_MAX_];
    gent *e;
    int fresh;
    const unsigned char *cd;
    size_t csz;
    if (!have_arr || !carray_at(&arr, (size_t)i, &cd, &csz) || !city_bytes(cd, csz, &ct)) {
      /* the documented way, one child value per city */
      if (!(c = geo.get_city(i))) continue;
      if (!city_raw(c, typed, &ct) && !city_api(c, &ct)) {
        if (c) geo.city_free(c);
        continue;
      }
    }
    if (!fold(ct.name, strlen(ct.name), key)) { if (c) geo.city_free(c); continue; }
    if (!(e = upsert(g, key, &fresh))) {
      if (c) geo.city_free(c);
      rc = DYAD_ENOMEM;
      goto fail;
    }
    if (fresh || ct.pop > e->pop) {
      set_name(e, ct.name);
      if (strcmp(ct.cc, last_cc) != 0) {
        size_t l = strlen(ct.cc);
        if (l > 3) l = 3;
        memcpy(last_cc, ct.cc, l);
        last_cc[l] = 0;
        iso3_of(ct.cc, last_a3);
      }
      memcpy(e->country, last_a3, 4);
      e->lat = ct.lat;
      e->lon = ct.lon;
      e->pop = ct.pop;
    }
    if (c) geo.city_free(c);
  }
  if (keep) geo.city_free(keep);
  keep = NULL;
  stop_country_names(g);
  for (i = 0; builtin_stops[i]; i++)
    if ((rc = add_stop(g, builtin_stops[i])) != 0) goto fail;
  if (!dir || !*dir) dir = getenv("DYAD_DATA");
  if (!dir || !*dir) dir = DYAD_DATADIR;
  {
    char path[4096];
    FILE *f;
    snprintf(path, sizeof path, "%s/places.tsv", dir);
    if ((f = fopen(path, "r")) != NULL) {
      fclose(f);
      if ((rc = dyad__gazetteer_add_file(g, path, errmsg)) != 0) goto fail;
    }
  }
  *out = g;
  return 0;
fail:
  if (keep) geo.city_free(keep);
  if (rc == DYAD_ENOMEM && !*errmsg)
    *errmsg = msg("gazetteer", 0, "out of memory");
  dyad__gazetteer_free(g);
  return rc;
}

void dyad__gazetteer_free(dyad_gazetteer *g) {
  if (!g) return;
  if (!g->lent) {
    free(g->ents);
    free(g->slots);
  }
  free(g);
}

/* ---------------------------------------------------------------------------
** Compiled form (dict_cache.c)
** ------------------------------------------------------------------------- */

#define GAZ_MAGIC 0x315A4147u /* "GAZ1" */

int dyad__gazetteer_save(const dyad_gazetteer *g, dyad__wbuf *w) {
  if (!g) {
    dyad__w_u64(w, 0);
    return w->err;
  }
  dyad__w_u64(w, GAZ_MAGIC);
  dyad__w_u64(w, sizeof *g->ents);
  dyad__w_array(w, g->ents, g->n, sizeof *g->ents);
  dyad__w_array(w, g->slots, g->nslots, sizeof *g->slots); /* (as kept: a mapped set reads them in place) */
  return w->err;
}

/* A malloc'd copy of count elements of size at p (at least one byte). */
static void *copy_out(const void *p, size_t count, size_t size) {
  void *q = malloc(count ? count * size : 1);
  if (q && count) memcpy(q, p, count * size);
  return q;
}

int dyad__gazetteer_restore(dyad_gazetteer **out, dyad__rbuf *r) {
  const gent *ents;
  const gslot *slots;
  size_t n, ns, i, empty = 0;
  uint64_t magic;
  dyad_gazetteer *g;
  *out = NULL;
  magic = dyad__r_u64(r);
  if (r->err) return r->err;
  if (magic == 0) return 0; /* saved without a gazetteer */
  if (magic != GAZ_MAGIC || dyad__r_u64(r) != sizeof *ents) return DYAD_EFORMAT;
  ents = dyad__r_array(r, &n, sizeof *ents, (size_t)1 << 24);
  slots = dyad__r_array(r, &ns, sizeof *slots, (size_t)1 << 26);
  if (r->err) return r->err;
  /* a power-of-two table with an empty slot (so that every probe ends),
  ** entry indexes in range, strings terminated inside their fields */
  if (ns < 2 || (ns & (ns - 1)) || n >= ns) return DYAD_EFORMAT;
  for (i = 0; i < ns; i++) {
    uint32_t v;
    memcpy(&v, (const char *)slots + i * sizeof *slots + offsetof(gslot, idx), sizeof v);
    if (v > n) return DYAD_EFORMAT;
    empty += v == 0;
  }
  if (!empty) return DYAD_EFORMAT;
  for (i = 0; i < n; i++) {
    const char *e = (const char *)ents + i * sizeof *ents;
    if (!dyad__has_nul(e + offsetof(gent, name), NAME_MAX_) ||
        !dyad__has_nul(e + offsetof(gent, key), NAME_MAX_) ||
        !dyad__has_nul(e + offsetof(gent, country), sizeof ents->country))
      return DYAD_EFORMAT;
  }
  if (!(g = calloc(1, sizeof *g))) return DYAD_ENOMEM;
  if (r->wp) {
    /* a mapped compiled set: the arrays are used where they lie (8-byte
       aligned sections; a restored gazetteer is only read) */
    g->ents = (gent *)(void *)(r->wp + ((const unsigned char *)ents - r->p));
    g->slots = (gslot *)(void *)(r->wp + ((const unsigned char *)slots - r->p));
    g->lent = 1;
  } else {
    g->ents = copy_out(ents, n, sizeof *ents);
    g->slots = copy_out(slots, ns, sizeof *slots);
    if (!g->ents || !g->slots) {
      dyad__gazetteer_free(g);
      return DYAD_ENOMEM;
    }
  }
  g->n = n;
  g->cap = n ? n : 1;
  g->nslots = ns;
  *out = g;
  return 0;
}

size_t dyad__gazetteer_size(const dyad_gazetteer *g) {
  size_t i, k = 0;
  if (!g) return 0;
  for (i = 0; i < g->n; i++) k += !g->ents[i].stop;
  return k;
}

static void fill(const gent *e, dyad_place *out) {
  memset(out, 0, sizeof *out);
  memcpy(out->name, e->name, sizeof out->name);
  memcpy(out->country, e->country, sizeof out->country);
  out->lat = e->lat;
  out->lon = e->lon;
}

static const gent *lookup_ent(const dyad_gazetteer *g, const char *s,
                              size_t len) {
  char key[NAME_MAX_];
  const gent *e;
  if (!g || !s || !len || !fold(s, len, key)) return NULL;
  e = get(g, key);
  return e && !e->stop ? e : NULL;
}

int dyad__gazetteer_lookup(const dyad_gazetteer *g, const char *s, size_t len,
                           dyad_place *out) {
  const gent *e = lookup_ent(g, s, len);
  if (!e) return 0;
  if (out) fill(e, out);
  return 1;
}

/* ---------------------------------------------------------------------------
** Mentions
** ------------------------------------------------------------------------- */

typedef struct tok { uint32_t s, e; } tok;

static int isal(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int isup(int c) { return c >= 'A' && c <= 'Z'; }

/* Length of a UTF-8 punctuation/space sequence at p that ends a word (’ “ ”
** — – NBSP « »), else 0. */
#if defined(__GNUC__)
#define HOT static inline __attribute__((always_inline))
#else
#define HOT static inline
#endif

HOT size_t upunct(const char *s, size_t e, size_t p) {
  unsigned char a = (unsigned char)s[p];
  if (a == 0xE2 && p + 2 < e && (unsigned char)s[p + 1] == 0x80) return 3;
  if (a == 0xC2 && p + 1 < e) {
    unsigned char b = (unsigned char)s[p + 1];
    if (b == 0xA0 || b == 0xAB || b == 0xBB) return 2;
  }
  return 0;
}

/* ASCII letters and digits (the common case of wordbyte) */
static const unsigned char alnum_ascii[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

HOT int wordbyte(const char *s, size_t e, size_t p) {
  unsigned char c = (unsigned char)s[p];
  if (isal(c) || (c >= '0' && c <= '9')) return 1;
  return c >= 0x80 && !upunct(s, e, p);
}

/* Next token at or after p: a word (letters, digits, non-ASCII letters, with
** inner '-' or '.' as in "Nur-Sultan", "D.C.", and a trailing '.' on short
** abbreviations like "St."), or one punctuation byte. Returns 0 at the end. */
HOT int next_tok_in(const char *s, size_t e, size_t *p, tok *t) {
  size_t q = *p;
  while (q < e) {
    unsigned char c = (unsigned char)s[q];
    size_t u;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { q++; continue; }
    if (c == 0xC2 && q + 1 < e && (unsigned char)s[q + 1] == 0xA0) { q += 2; continue; }
    if (wordbyte(s, e, q)) {
      size_t r = q + 1;
      while (r < e) {
        unsigned char b = (unsigned char)s[r];
        if (alnum_ascii[b]) { r++; continue; }
        /* wordbyte(s, e, r) of a byte that is no ASCII letter or digit */
        if (b >= 0x80) {
          if (!upunct(s, e, r)) { r++; continue; }
          break;
        }
        /* an ASCII letter after it is a word byte too */
        if ((b == '-' || b == '.') && r + 1 < e && isal((unsigned char)s[r + 1])) { r++; continue; }
        break;
      }
      if (r < e && s[r] == '.' && r - q <= 3 && isup((unsigned char)s[q])) r++;
      t->s = (uint32_t)q;
      t->e = (uint32_t)r;
      *p = r;
      return 1;
    }
    u = upunct(s, e, q);
    t->s = (uint32_t)q;
    t->e = (uint32_t)(q + (u ? u : 1));
    *p = t->e;
    return 1;
  }
  return 0;
}

/* next_tok_in out of line, for the calls off the per-token loop */
static int next_tok(const char *s, size_t e, size_t *p, tok *t) {
  return next_tok_in(s, e, p, t);
}

static int teq(const char *s, const tok *t, const char *w) {
  size_t n = strlen(w), i;
  if (t->e - t->s != n) return 0;
  for (i = 0; i < n; i++)
    if (s[t->s + i] != w[i]) return 0;
  return 1;
}

static int all_caps(const char *s, const tok *t) {
  size_t i;
  for (i = t->s; i < t->e; i++)
    if (!isup((unsigned char)s[i])) return 0;
  return 1;
}

static int is_cap(const char *s, const tok *t) {
  unsigned char c = (unsigned char)s[t->s];
  return isup(c) || (c >= 0xC3 && c < 0xE2);
}

/* Case-insensitive teq for a lower-case literal. */
static int tieq(const char *s, const tok *t, const char *w) {
  size_t i = t->s;
  for (; *w; w++, i++)
    if (i >= t->e || lower((unsigned char)s[i]) != *w) return 0;
  return i == t->e;
}

/* "left for Moscow", "departed for Seoul" */
static int is_leave(const char *s, const tok *t) {
  static const char *const w[] = {"left", "leave", "leaves", "leaving",
    "departed", "depart", "departs", "departing", "headed", "heads",
    "heading", "bound", "flew", "fly", "flies", "flying", "set", NULL};
  size_t i;
  for (i = 0; w[i]; i++)
    if (tieq(s, t, w[i])) return 1;
  return 0;
}

/* Capitalised words that may follow a city inside a longer name and still
** leave the city the place: "Incheon International Airport". */
static int facility(const char *s, const tok *t) {
  static const char *const w[] = {"Airport", "International", "Station",
    "Port", "Harbor", "Harbour", "Province", "Region", "Oblast", "Prefecture",
    "Municipality", NULL};
  size_t i;
  for (i = 0; w[i]; i++)
    if (teq(s, t, w[i])) return 1;
  return 0;
}

#define RUN_MAX 6

/* The cue test of the per-token loop on the token's bytes folded to lower
** case and packed in one integer (2..8 bytes), instead of tieq chains:
** exactly is_prep || is_visit, and "for" (which cues after a leave verb). */
enum { CUE_NONE, CUE_YES, CUE_FOR };

/* The cue words (is_prep || is_visit, and "for"), packed as cue_word packs
** a token, in ascending order: cue_word's binary search and the coder's
** set of cue hashes (dyad__place_cue_set_init) are built from this table. */
static const uint64_t cue_keys[] = {
  K2('i', 'n'), K2('t', 'o'), K2('a', 't'), K3('v', 'i', 'a'), K3('f', 'o', 'r'), K4('f', 'r', 'o', 'm'),
  K4('i', 'n', 't', 'o'), K4('n', 'e', 'a', 'r'), K5('v', 'i', 's', 'i', 't'),
  K6('a', 'r', 'o', 'u', 'n', 'd'), K6('t', 'o', 'w', 'a', 'r', 'd'), K6('i', 'n', 's', 'i', 'd', 'e'),
  K6('a', 'c', 'r', 'o', 's', 's'), K6('v', 'i', 's', 'i', 't', 's'), K7('v', 'i', 's', 'i', 't', 'e', 'd'),
  K7('o', 'u', 't', 's', 'i', 'd', 'e'), K7('t', 'o', 'w', 'a', 'r', 'd', 's'),
  K8('v', 'i', 's', 'i', 't', 'i', 'n', 'g')
};
#define NCUE (sizeof cue_keys / sizeof cue_keys[0])

HOT int cue_word(const char *s, const tok *t) {
  size_t n = t->e - t->s, i, lo = 0, hi = NCUE;
  uint64_t k = 0;
  if (n < 2 || n > 8) return CUE_NONE;
  for (i = 0; i < n; i++) k |= (uint64_t)(unsigned char)lower((unsigned char)s[t->s + i]) << (8 * i);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cue_keys[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  if (lo == NCUE || cue_keys[lo] != k) return CUE_NONE;
  return k == K3('f', 'o', 'r') ? CUE_FOR : CUE_YES;
}

/* strchr("aiftnov", c) != NULL without the call (strchr finds the NUL too) */
static int first_cue(int c) {
  return c == 0 || ((unsigned)(c - 'a') < 26u && ((1u << (c - 'a')) & 0x286121u));
}

/* Can a cue word start with the letters a, b? (in, at, to, via, for, into,
** near, from, visit..., inside, across, around, toward(s), outside) */
static int cue_pair(unsigned char a, unsigned char b) {
#define L1(c) (1u << ((c) - 'a'))
  static const uint32_t second[26] = {
    /* a */ L1('c') | L1('r') | L1('t'), 0, 0, 0, 0, /* f */ L1('o') | L1('r'), 0, 0,
    /* i */ L1('n'), 0, 0, 0, 0, /* n */ L1('e'), /* o */ L1('u'), 0, 0, 0, 0,
    /* t */ L1('o'), 0, /* v */ L1('i'), 0, 0, 0, 0};
#undef L1
  unsigned x = (unsigned)(a | 0x20) - 'a', y = (unsigned)(b | 0x20) - 'a';
  return x < 26 && y < 26 && (second[x] >> y & 1);
}

/* A letter that starts a cue word (a i f t n o v, either case) */
static int cue_first(unsigned char c) {
  unsigned x = (unsigned)(c | 0x20) - 'a';
  return x < 26 && ((1u << x) & 0x286121u);
}

/* The first x' >= x where a cue word of the scan from x0 may start: a cue
** letter at x0, or after a byte that is no ASCII letter or digit, or two
** bytes after a 0x80 (a token starts with a letter otherwise only after
** "\xE2\x80" + that letter, a three-byte punctuation token); else end. */
HOT size_t next_cand(const unsigned char *s, size_t x, size_t x0, size_t end) {
  for (; x < end && x < x0 + 2; x++)
    if (cue_first(s[x]) && (x == x0 || !alnum_ascii[s[x - 1]])) return x;
#if defined(__SSE2__)
  /* sixteen at a time (signed compares: bytes >= 0x80 are no letter or digit) */
  {
    const __m128i k20 = _mm_set1_epi8(0x20), ka = _mm_set1_epi8('a'), ki = _mm_set1_epi8('i'),
                  kf = _mm_set1_epi8('f'), kt = _mm_set1_epi8('t'), kn = _mm_set1_epi8('n'),
                  ko = _mm_set1_epi8('o'), kv = _mm_set1_epi8('v'), kal = _mm_set1_epi8('a' - 1),
                  kzh = _mm_set1_epi8('z' + 1), k0l = _mm_set1_epi8('0' - 1),
                  k9h = _mm_set1_epi8('9' + 1), k80 = _mm_set1_epi8((char)0x80);
    while (x + 16 <= end) {
      __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + x)), k20);
      __m128i f = _mm_or_si128(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ka), _mm_cmpeq_epi8(v, ki)),
                       _mm_or_si128(_mm_cmpeq_epi8(v, kf), _mm_cmpeq_epi8(v, kt))),
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, kn), _mm_cmpeq_epi8(v, ko)), _mm_cmpeq_epi8(v, kv)));
      __m128i p1 = _mm_loadu_si128((const __m128i *)(const void *)(s + x - 1));
      __m128i l1 = _mm_or_si128(p1, k20);
      __m128i al = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(l1, kal), _mm_cmplt_epi8(l1, kzh)),
                                _mm_and_si128(_mm_cmpgt_epi8(p1, k0l), _mm_cmplt_epi8(p1, k9h)));
      __m128i e8 = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + x - 2)), k80);
      __m128i m = _mm_and_si128(f, _mm_or_si128(_mm_andnot_si128(al, f), e8));
      unsigned bits = (unsigned)_mm_movemask_epi8(m);
      if (bits) return x + (size_t)__builtin_ctz(bits);
      x += 16;
    }
  }
#endif
  for (; x < end; x++)
    if (cue_first(s[x]) && (!alnum_ascii[s[x - 1]] || s[x - 2] == 0x80)) return x;
  return end;
}

/* ASCII white space: the bytes next_tok_in skips, never inside a token */
static int ws_byte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The token of the scan at q, and the (up to) three tokens before it, as
** the token-by-token scan from p0 (whose state is prev0/nprev0) sees them:
** the scan needs no state but its position, and a white-space byte is never
** inside a token (but as the third byte of "\xE2\x80" + byte), so it may
** restart at such a byte shortly before q. Returns 0 when no token starts
** at q. */
static int scan_at(const char *s, size_t e, size_t p0, const tok prev0[3], int nprev0,
                   size_t q, tok *t, tok prev[3], int *nprev) {
  size_t want = 3;
  for (;;) {
    /* back over `want` runs of non-white bytes (or to p0) */
    size_t w = q, runs = 0;
    int in_run = 0;
    while (w > p0) {
      unsigned char b = (unsigned char)s[w - 1];
      if (ws_byte(b) && !(w - 1 >= p0 + 2 && (unsigned char)s[w - 3] == 0xE2 &&
                          (unsigned char)s[w - 2] == 0x80)) {
        if (in_run && ++runs >= want) break;
        in_run = 0;
      } else {
        in_run = 1;
      }
      w--;
    }
    if (w > p0) w--; /* at the white byte: the scan from there skips it */
    tok ring[3] = {{0, 0}, {0, 0}, {0, 0}}, u;
    int cnt = 0, found = 0;
    size_t p = w;
    while (next_tok_in(s, e, &p, &u)) {
      if (u.s >= q) {
        found = u.s == q;
        *t = u;
        break;
      }
      if (u.e > q) break; /* q is inside a token */
      ring[2] = ring[1];
      ring[1] = ring[0];
      ring[0] = u;
      cnt++;
    }
    if (!found) return 0;
    if (cnt >= 3) {
      prev[0] = ring[0];
      prev[1] = ring[1];
      prev[2] = ring[2];
      *nprev = 3;
      return 1;
    }
    if (w == p0) {
      int k = 0;
      for (int i = 0; i < cnt; i++) prev[k++] = ring[i];
      for (int i = 0; k < 3 && i < nprev0; i++) prev[k++] = prev0[i];
      *nprev = cnt + nprev0 < 3 ? cnt + nprev0 : 3;
      return 1;
    }
    want *= 2; /* runs without tokens (NBSP): further back */
  }
}

/* The bytes next_tok_in skips between tokens */
HOT size_t skip_ws(const unsigned char *s, size_t y, size_t end) {
  for (;;) {
    if (y < end && ws_byte(s[y])) y++;
    else if (y + 1 < end && s[y] == 0xC2 && s[y + 1] == 0xA0) y += 2;
    else return y;
  }
}

/* is_cap of the token starting with byte c */
static int cap_byte(unsigned char c) { return isup(c) || (c >= 0xC3 && c < 0xE2); }

/* Can a cue word that finds a place end where the caller's token j ends?
** When so, *a is where the scan must look for it. A cue finds a place only
** when the next token is capitalised, or is "the" and the one after it is;
** a token that ends where no white byte follows is followed by punctuation
** or goes on, so the cue ends at a white byte, which no token of the
** caller holds: at the end of one of them. A token of ASCII letters only
** with no letter before it is the cue itself when it is one (its hash in
** set); with any other the scan looks at it, and at the tokens right
** before it with no byte between, as before. */
HOT int cue_gate(const unsigned char *s, size_t start, size_t end, const dyad_token *tv,
                 const uint64_t *hv, const uint64_t *set, size_t j, size_t *a) {
  size_t b = tv[j].end, y;
  if (b + 1 >= end) return 0; /* (a white byte and a token after it) */
  unsigned char c = s[b];
  if (c == ' ' && s[b + 1] != ' ' && s[b + 1] != 0xC2 && !ws_byte(s[b + 1])) y = b + 1; /* (the usual case) */
  else if (ws_byte(c) || c == 0xC2) {
    if ((y = skip_ws(s, b, end)) == b || y >= end) return 0;
  } else {
    return 0;
  }
  c = s[y];
  if ((unsigned)(c - 'a') < 26u && c != 't') return 0; /* (most: a lower-case word) */
  if (tv[j].flags & DYAD_TOK_PUNCT) return 0;
  if (!cap_byte(c)) {
    size_t y2;
    if (!(c == 't' && y + 3 < end && s[y + 1] == 'h' && s[y + 2] == 'e')) return 0;
    y2 = skip_ws(s, y + 3, end);
    if (y2 == y + 3 || y2 >= end || !cap_byte(s[y2])) return 0;
  }
  size_t x = tv[j].start, q = x;
  if (x == start || !isal(s[x - 1])) {
    if (tv[j].flags & DYAD_TOK_ALPHA) q = b; /* (the tokeniser's word of letters) */
    while (q < b && isal(s[q])) q++;
    if (q == b) {
      *a = x;
      return dyad__hset_has(set, DYAD_CUE_SET, hv[j]);
    }
  }
  while (j > 0 && tv[j - 1].end == tv[j].start) j--;
  *a = tv[j].start;
  return 1;
}

/* next_cand over the bytes of the tokens cue_gate lets through (*jp: the
** token to go on from): next_cand's test is one of each position and p0,
** so it finds the same first candidate as over all bytes but those where
** no cue can find a place. */
HOT size_t next_tok_cand(const unsigned char *s, size_t x, size_t p0, size_t start, size_t end,
                         const dyad_token *tv, const uint64_t *hv, size_t ntok,
                         const uint64_t *set, size_t *jp) {
  for (size_t j = *jp; j < ntok; j++) {
    size_t b = tv[j].end, a, y;
    if (b <= x || !cue_gate(s, start, end, tv, hv, set, j, &a)) continue;
    if ((y = next_cand(s, a > x ? a : x, p0, b)) < b) {
      *jp = j;
      return y;
    }
  }
  *jp = ntok;
  return end;
}

void dyad__place_cue_set_init(uint64_t set[DYAD_CUE_SET], uint64_t (*hf)(const char *, size_t)) {
  memset(set, 0, DYAD_CUE_SET * sizeof *set);
  for (size_t i = 0; i < NCUE; i++) {
    char w[8];
    size_t n = 0;
    for (uint64_t k = cue_keys[i]; k; k >>= 8) w[n++] = (char)(k & 0xff);
    dyad__hset_add(set, DYAD_CUE_SET, hf(w, n));
  }
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t find_places(const dyad_gazetteer *g, const char *text, size_t start, size_t end,
                                 dyad_place *out, size_t cap, const dyad_token *tk,
                                 const uint64_t *hv, size_t ntok, const uint64_t *set) {
  size_t p = start, n = 0, tj = 0;
  tok t;
  if (!g || !text || start >= end) return 0;
  /* The scan is token by token from start, keeping the three tokens before
  ** each; only a cue word ("in", "at", "visited" ...) starts work. So the
  ** bytes are scanned for where a cue could start (next_cand), and only
  ** there are the scan's token and its three predecessors rebuilt
  ** (scan_at). p0 and prev0 are the scan's state after the last cue. */
  const unsigned char *s = (const unsigned char *)text;
  tok prev0[3];
  int nprev0 = 0;
  size_t p0 = start, x = start;
  while ((x = tk ? next_tok_cand(s, x, p0, start, end, tk, hv, ntok, set, &tj)
                 : next_cand(s, x, p0, end)) < end) {
    /* a cue word has 2..8 letters and starts with a cue pair (a pair
    ** test that fails also for a second byte that is no letter): the run
    ** is measured only then, and no further than nine bytes */
    if (x + 1 >= end || !cue_pair(s[x], s[x + 1])) {
      x++;
      continue;
    }
    size_t j = x + 2;
    while (j < end && j - x <= 8 && alnum_ascii[s[j]]) j++;
    if (j - x > 8) {
      x++;
      continue;
    }
    {
      tok w0;
      w0.s = (uint32_t)x;
      w0.e = (uint32_t)j;
      if (!cue_word(text, &w0)) {
        x++;
        continue;
      }
    }
    /* The token at x: at p0 or after a white byte (not one ending
    ** "\xE2\x80" + byte) it starts there (the scan skips white bytes); else
    ** scan_at decides. The tokens before it (prev) are rebuilt only when
    ** needed: for "for", and for the Title Case test once a capitalised
    ** word follows the cue. */
    tok prev[3] = {{0, 0}, {0, 0}, {0, 0}}; /* the three tokens before, prev[0] the nearest */
    int nprev = 0, have_prev = 0, i;
    if (x == p0) {
      size_t pp = x;
      next_tok_in(text, end, &pp, &t);
      for (i = 0; i < 3; i++) prev[i] = prev0[i];
      nprev = nprev0;
      have_prev = 1;
    } else if (ws_byte(s[x - 1]) && !(x - 1 >= p0 + 2 && s[x - 3] == 0xE2 && s[x - 2] == 0x80)) {
      size_t pp = x;
      next_tok_in(text, end, &pp, &t);
    } else {
      if (!scan_at(text, end, p0, prev0, nprev0, x, &t, prev, &nprev)) {
        x++;
        continue;
      }
      have_prev = 1;
    }
    int chained = 0, title = -1;
    size_t n0 = n;
    int c0 = lower((unsigned char)text[t.s]);
    size_t tl = t.e - t.s;
    int cue = tl >= 2 && tl <= 8 && first_cue(c0) ? cue_word(text, &t) : CUE_NONE;
    if (cue == CUE_FOR) {
      if (!have_prev) {
        scan_at(text, end, p0, prev0, nprev0, x, &t, prev, &nprev); /* t starts at x */
        have_prev = 1;
      }
      cue = nprev && is_leave(text, &prev[0]);
    }
    if (!cue) {
      x++;
      continue;
    }
    p = t.e;
    for (;;) {
      tok run[RUN_MAX + 1];
      size_t k = 0, q = p, save, best = 0;
      dyad_place pl;
      /* optional "the" */
      save = q;
      if (!chained && next_tok(text, end, &q, &run[0]) && teq(text, &run[0], "the"))
        save = q;
      q = save;
      while (k <= RUN_MAX) {
        size_t r = q;
        tok u;
        if (!next_tok(text, end, &r, &u) || !is_cap(text, &u)) break;
        run[k++] = u;
        q = r;
      }
      if (!k) break;
      if (title < 0) {
        /* Title Case ("Leaders Meet In Man", "Pope Celebrates Mass at X"): a
        ** capitalised preposition not at a sentence start, or three
        ** capitalised words before it; then only sizeable cities (or our own
        ** entries) count, and a city may start a longer capitalised run. */
        if (!have_prev) {
          scan_at(text, end, p0, prev0, nprev0, x, &t, prev, &nprev); /* t starts at x */
          have_prev = 1;
        }
        int initial = !nprev || (prev[0].e - prev[0].s == 1 &&
                                 strchr(".!?:;\"(-|", text[prev[0].s]) != NULL);
        int caps = nprev == 3;
        for (i = 0; i < nprev && caps; i++)
          caps = is_cap(text, &prev[i]) && wordbyte(text, end, prev[i].s);
        title = caps || (!initial && isup((unsigned char)text[t.s]));
      }
      /* "the Russian capital": places.tsv maps "<adjective> capital" */
      if (k <= 2) {
        size_t r = q;
        tok u;
        const gent *e;
        if (next_tok(text, end, &r, &u) && teq(text, &u, "capital") &&
            (e = lookup_ent(g, text + run[0].s, u.e - run[0].s)) != NULL) {
          fill(e, &pl);
          run[k] = u;
          best = k + 1;
        }
      }
      if (!best) {
        size_t m = k > RUN_MAX ? RUN_MAX : k;
        for (; m >= 1; m--) {
          size_t len = run[m - 1].e - run[0].s;
          /* the run must not continue into an unrelated name: "Seoul
          ** National University", "Kim Il Sung Square" */
          const gent *e;
          if (m < k && !title && !facility(text, &run[m])) continue;
          /* "UN", "US", "EU": acronyms, not the towns Un or Us */
          if (m == 1 && run[0].e - run[0].s <= 3 && all_caps(text, &run[0]))
            continue;
          if ((e = lookup_ent(g, text + run[0].s, len)) != NULL &&
              (!title || e->pop == 0 || e->pop >= 100000)) {
            fill(e, &pl);
            best = m;
            break;
          }
        }
      }
      if (!best) break;
      if (n < cap) {
        pl.start = run[0].s;
        pl.end = run[best - 1].e;
        out[n] = pl;
      }
      n++;
      p = run[best - 1].e;
      /* lists: "in Moscow, Beijing and Tokyo" */
      {
        size_t r = p;
        tok u;
        if (!next_tok(text, end, &r, &u)) break;
        if (!(teq(text, &u, ",") || teq(text, &u, "and") || teq(text, &u, "or")))
          break;
        if (teq(text, &u, ",")) {
          size_t r2 = r;
          tok v;
          if (next_tok(text, end, &r2, &v) && (teq(text, &v, "and") || teq(text, &v, "or")))
            r = r2;
        }
        p = r;
        chained = 1;
      }
    }
    if (n == n0) {
      /* nothing found: p is t.e and the scan from p0 goes through t as
      ** before, so its state stays */
      x++;
      continue;
    }
    /* the scan goes on from p (past the places) with t and the two tokens
    ** before it as its last three */
    p0 = x = p;
    prev0[2] = prev[1];
    prev0[1] = prev[0];
    prev0[0] = t;
    nprev0 = nprev < 3 ? nprev + 1 : 3;
  }
  return n;
}

size_t dyad__find_places(const dyad_gazetteer *g, const char *text,
                         size_t start, size_t end, dyad_place *out,
                         size_t cap) {
  return find_places(g, text, start, end, out, cap, NULL, NULL, 0, NULL);
}

size_t dyad__find_places_tok(const dyad_gazetteer *g, const char *text, size_t start, size_t end,
                             const dyad_token *tv, const uint64_t *hv, size_t ntok,
                             const uint64_t *set, dyad_place *out, size_t cap) {
  return find_places(g, text, start, end, out, cap, tv, hv, ntok, set);
}
