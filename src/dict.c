/*
** dict.c: loads dyad's own dictionaries (data/ TSV files, see
** docs/dictionaries.md) into one dictionary set: countries, IGOs, people by
** date and agent words, every phrase interned once in a hashed token trie
** (dict_int.h), plus the verb patterns (verbs.c) and the gazetteer (place.c)
** that the set owns. A malformed line is recorded as "file:line: message"
** and loading goes on, so `dyad dict check` can report them all.
*/
#include "dict_int.h"
#include "dict_petrarch.h"
#include "place.h"
#include "util.h"
#include "verbs.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <utf8proc.h>

#define MAXFIELDS 16
#define MAXERRBYTES (256u * 1024u)

/* ------------------------------------------------------------------------
** Growing arrays and strings
** ---------------------------------------------------------------------- */

static int grow(void **p, size_t *cap, size_t need, size_t size) {
  size_t ncap;
  void *q;
  if (need <= *cap) return 0;
  ncap = *cap ? *cap : 16;
  while (ncap < need) ncap *= 2;
  q = realloc(*p, ncap * size);
  if (!q) return DYAD_ENOMEM;
  *p = q;
  *cap = ncap;
  return 0;
}
#define GROW(d, arr, n, cap) grow((void **)&(d)->arr, &(d)->cap, (d)->n + 1, sizeof *(d)->arr)

/* Interns s[0,len) (NUL-terminated copy); returns its offset or -1. */
static int64_t intern(dyad_dict *d, const char *s, size_t len) {
  size_t off = d->nstr;
  if (grow((void **)&d->str, &d->capstr, d->nstr + len + 1, 1)) return -1;
  memcpy(d->str + off, s, len);
  d->str[off + len] = 0;
  d->nstr += len + 1;
  return (int64_t)off;
}

void dyad__dict_error(dyad_dict *d, const char *file, size_t line,
                      const char *fmt, ...) {
  char buf[512];
  int n;
  size_t len;
  va_list ap;
  d->nerrors++;
  if (line)
    n = snprintf(buf, sizeof buf, "%s:%zu: ", file, line);
  else
    n = snprintf(buf, sizeof buf, "%s: ", file);
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof buf) n = (int)sizeof buf - 1;
  va_start(ap, fmt);
  vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
  va_end(ap);
  len = strlen(buf);
  if (d->errlen + len + 2 > MAXERRBYTES) return; /* counted, not kept */
  if (grow((void **)&d->err, &d->errcap, d->errlen + len + 2, 1)) return;
  if (d->errlen) d->err[d->errlen++] = '\n';
  memcpy(d->err + d->errlen, buf, len + 1);
  d->errlen += len;
}

/* ------------------------------------------------------------------------
** Normalisation and the hashed trie
** ---------------------------------------------------------------------- */

/* The unit hash: the normalised bytes taken eight at a time as
** little-endian words (see dict_int.h, which actors.c shares). */
typedef struct hstream {
  uint64_t h, w;
  unsigned k;
  size_t n;
} hstream;

static void hs_put(hstream *s, unsigned char c) {
  s->w |= (uint64_t)c << (8 * s->k);
  s->n++;
  if (++s->k == 8) {
    s->h = dyad__hword(s->h, s->w);
    s->w = 0;
    s->k = 0;
  }
}

uint64_t dyad__fold_unit(const char *s, size_t len, unsigned *caps) {
  hstream hs = {DYAD__USEED, 0, 0, 0};
  size_t i = 0;
  unsigned nup = 0, nlow = 0, first = 1;
  *caps = 0;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      i++;
      if (c == '.') continue;
      if (c >= 'A' && c <= 'Z') {
        if (first) *caps |= DYAD__CAP_INIT;
        nup++;
        c = (unsigned char)(c + 32);
      } else if (c >= 'a' && c <= 'z') {
        nlow++;
      } else if (c == '`') {
        c = '\'';
      }
      if (c != '\'') first = 0;
      hs_put(&hs, c);
    } else {
      utf8proc_int32_t cp, lo;
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                            (utf8proc_ssize_t)(len - i), &cp);
      if (k <= 0) { /* invalid byte: hash it as is */
        hs_put(&hs, c);
        i++;
        first = 0;
        continue;
      }
      i += (size_t)k;
      if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x2032) {
        hs_put(&hs, '\'');
        continue;
      }
      if ((cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) && utf8proc_category(cp) != UTF8PROC_CATEGORY_MN) {
        /* a Latin letter with diacritics folds to its base letter, so that
        ** a name matches with and without them ("González" and "Gonzalez",
        ** "Erdoğan" and "Erdogan", "Nicușor Dan" and "Nicusor Dan"), as
        ** news in English prints them either way; letters with no
        ** decomposition ("ı", "ł", "ø", "ß") stay as they are */
        utf8proc_int32_t base[4];
        int bc = 0;
        if (utf8proc_decompose_char(cp, base, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &bc) == 1) cp = base[0];
      }
      lo = utf8proc_tolower(cp);
      if (lo != cp) {
        if (first) *caps |= DYAD__CAP_INIT;
        nup++;
      } else if (utf8proc_toupper(cp) != cp) {
        nlow++;
      }
      first = 0;
      k = utf8proc_encode_char(lo, enc);
      for (utf8proc_ssize_t j = 0; j < k; j++) hs_put(&hs, enc[j]);
    }
  }
  if (!hs.n) return 0;
  if (nup >= 2 && !nlow) *caps |= DYAD__CAP_ALL;
  return dyad__hfinal(hs.k ? dyad__htail(hs.h, hs.w) : hs.h, hs.n);
}

static int tab_rehash(dyad_dict *d, size_t ncap) {
  dyad__tnode *nt = calloc(ncap, sizeof *nt), *old = d->tab;
  size_t oldcap = d->tabcap;
  if (!nt) return DYAD_ENOMEM;
  for (size_t i = 0; i < oldcap; i++) {
    uint64_t h = old[i].key;
    size_t j;
    if (!h) continue;
    for (j = (size_t)(h ^ (h >> 32)) & (ncap - 1); nt[j].key; j = (j + 1) & (ncap - 1)) {}
    nt[j] = old[i];
  }
  free(old);
  d->tab = nt;
  d->tabcap = ncap;
  return 0;
}

int dyad__dict_reserve(dyad_dict *d, size_t more) {
  size_t cap = d->tabcap ? d->tabcap : 4096;
  if (more > ((size_t)1 << 40)) return DYAD_ENOMEM;
  /* tab_get keeps the table at most half full */
  while ((d->tabn + more + 1) * 2 > cap) cap *= 2;
  return cap > d->tabcap ? tab_rehash(d, cap) : 0;
}

/* The node with key h, created if absent; NULL when out of memory. */
static dyad__tnode *tab_get(dyad_dict *d, uint64_t h) {
  size_t mask, i;
  if ((d->tabn + 1) * 2 > d->tabcap &&
      tab_rehash(d, d->tabcap ? d->tabcap * 2 : 4096))
    return NULL;
  mask = d->tabcap - 1;
  for (i = (size_t)(h ^ (h >> 32)) & mask;; i = (i + 1) & mask) {
    if (d->tab[i].key == h) return &d->tab[i];
    if (!d->tab[i].key) break;
  }
  d->tab[i].key = h;
  d->tab[i].sense = 0;
  d->tab[i].bits = 0;
  d->tabn++;
  return &d->tab[i];
}

/* Adds a phrase s[0,len) with one sense. proper: the phrase is a name, so
** its capitalised units must be capitalised in the text and its acronyms
** written in capitals. Returns 0, DYAD_EDICT (empty or too long; *why set)
** or DYAD_ENOMEM. */
static int add_phrase(dyad_dict *d, const char *s, size_t len, int type,
                      uint32_t idx, int role, unsigned flags, int proper,
                      const char **why) {
  uint64_t h = DYAD__HSEED, keys[DYAD__MAXUNITS], u0 = 0;
  uint32_t capmask = 0, allmask = 0;
  size_t n = 0, i = 0;
  dyad__tnode *node;
  dyad__sense *sn;
  while (i < len) {
    size_t j;
    unsigned caps;
    uint64_t u;
    while (i < len && (s[i] == ' ' || s[i] == '-' || s[i] == '\t')) i++;
    if (i >= len) break;
    for (j = i; j < len && s[j] != ' ' && s[j] != '-' && s[j] != '\t'; j++) {}
    u = dyad__fold_unit(s + i, j - i, &caps);
    i = j;
    if (!u) continue;
    if (n == DYAD__MAXUNITS) {
      *why = "phrase too long (over 32 words)";
      return DYAD_EDICT;
    }
    if (!n) {
      d->first[(u & 0xFFFF) >> 6] |= 1ull << (u & 63);
      u0 = u;
    }
    if (proper && (caps & DYAD__CAP_INIT)) capmask |= 1u << n;
    if (proper && (caps & DYAD__CAP_ALL)) allmask |= 1u << n;
    h = dyad__hmix(h, u);
    keys[n++] = h;
  }
  if (!n) {
    *why = "empty name";
    return DYAD_EDICT;
  }
  if (!(capmask & 1u)) d->first_lc[(u0 & 0xFFFF) >> 6] |= 1ull << (u0 & 63);
  for (i = 0; i + 1 < n; i++) {
    node = tab_get(d, keys[i]);
    if (!node) return DYAD_ENOMEM;
    node->bits |= DYAD__TN_CHILD;
  }
  if (GROW(d, senses, nsense, capsense)) return DYAD_ENOMEM;
  node = tab_get(d, keys[n - 1]);
  if (!node) return DYAD_ENOMEM;
  /* "Kim Jong-un" and "Kim Jong Un" normalise alike, and every term line
  ** of a person repeats the names: keep one sense of each */
  for (uint32_t k = node->sense; k; k = d->senses[k - 1].next) {
    const dyad__sense *x = &d->senses[k - 1];
    if (x->type == type && x->idx == idx && x->role == role && x->flags == flags &&
        x->capmask == capmask && x->allmask == allmask)
      return 0;
  }
  sn = &d->senses[d->nsense];
  memset(sn, 0, sizeof *sn);
  sn->type = (uint8_t)type;
  sn->idx = idx;
  sn->role = (uint8_t)role;
  sn->flags = (uint8_t)flags;
  sn->capmask = capmask;
  sn->allmask = allmask;
  sn->next = node->sense; /* later entries come first: they win */
  node->sense = (uint32_t)++d->nsense;
  node->bits |= (1u << type) & DYAD__TN_TYPES;
  if (capmask | allmask) node->bits |= DYAD__TN_CASED;
  d->count[DYAD__C_PHRASES]++;
  return 0;
}

/* The function words the actor grammar needs, with their senses. */
static const struct {
  const char *w;
  uint8_t type, flags, role;
} builtin[] = {
    {"the", DYAD__S_DET, DYAD__SF_DEFINITE, 0},
    {"this", DYAD__S_DET, DYAD__SF_DEFINITE, 0},
    {"that", DYAD__S_DET, DYAD__SF_DEFINITE, 0},
    {"these", DYAD__S_DET, DYAD__SF_DEFINITE | DYAD__SF_PLURAL, 0},
    {"those", DYAD__S_DET, DYAD__SF_DEFINITE | DYAD__SF_PLURAL, 0},
    {"a", DYAD__S_DET, 0, 0},
    {"an", DYAD__S_DET, 0, 0},
    {"another", DYAD__S_DET, 0, 0},
    {"some", DYAD__S_DET, DYAD__SF_PLURAL, 0},
    {"several", DYAD__S_DET, DYAD__SF_PLURAL, 0},
    {"many", DYAD__S_DET, DYAD__SF_PLURAL, 0},
    {"he", DYAD__S_PRON, 0, 0},
    {"she", DYAD__S_PRON, 0, 0},
    {"him", DYAD__S_PRON, 0, 0},
    {"it", DYAD__S_PRON, 0, 0},
    {"they", DYAD__S_PRON, DYAD__SF_PLURAL, 0},
    {"them", DYAD__S_PRON, DYAD__SF_PLURAL, 0},
    {"his", DYAD__S_PRON, DYAD__SF_POSS | DYAD__SF_DEFINITE, 0},
    {"its", DYAD__S_PRON, DYAD__SF_POSS | DYAD__SF_DEFINITE, 0},
    {"their", DYAD__S_PRON, DYAD__SF_POSS | DYAD__SF_DEFINITE | DYAD__SF_PLURAL, 0},
    {"her", DYAD__S_PRON, DYAD__SF_HER | DYAD__SF_DEFINITE, 0},
    {"counterpart", DYAD__S_CPART, 0, 0},
    {"counterparts", DYAD__S_CPART, DYAD__SF_PLURAL, 0},
    {"two", DYAD__S_TWO, 0, 0},
    {"both", DYAD__S_TWO, DYAD__SF_BOTH, 0},
    /* numerals of three or more (their number in the role field): "the
       three leaders", "the four ministers", "the six countries" */
    {"three", DYAD__S_TWO, 0, 3},
    {"four", DYAD__S_TWO, 0, 4},
    {"five", DYAD__S_TWO, 0, 5},
    {"six", DYAD__S_TWO, 0, 6},
    {"of", DYAD__S_OF, 0, 0},
    {"state", DYAD__S_STATE, 0, 0},
    {"states", DYAD__S_STATE, DYAD__SF_PLURAL, 0},
    {"country", DYAD__S_STATE, 0, 0},
    {"countries", DYAD__S_STATE, DYAD__SF_PLURAL, 0},
    {"nation", DYAD__S_STATE, 0, 0},
    {"nations", DYAD__S_STATE, DYAD__SF_PLURAL, 0},
    {"regime", DYAD__S_STATE, 0, 0},
    {"side", DYAD__S_STATE, 0, 0},
    {"sides", DYAD__S_STATE, DYAD__SF_PLURAL | DYAD__SF_PAIR, 0}, /* "the sides agreed" (syn2) */
    {"capitals", DYAD__S_STATE, DYAD__SF_PLURAL, 0}, /* "sent envoys to both capitals" (art1) */
    {"communist state", DYAD__S_STATE, 0, 0},
    {"communist country", DYAD__S_STATE, 0, 0},
    {"communist nation", DYAD__S_STATE, 0, 0},
    {"communist regime", DYAD__S_STATE, 0, 0},
    {"reclusive state", DYAD__S_STATE, 0, 0},
    {"reclusive country", DYAD__S_STATE, 0, 0},
    {"reclusive regime", DYAD__S_STATE, 0, 0},
    {"isolated state", DYAD__S_STATE, 0, 0},
    {"isolated country", DYAD__S_STATE, 0, 0},
    {"secretive state", DYAD__S_STATE, 0, 0},
    {"hermit kingdom", DYAD__S_STATE, 0, 0},
    {"neighboring country", DYAD__S_STATE, 0, 0},
    {"neighbouring country", DYAD__S_STATE, 0, 0},
    {"neighbor", DYAD__S_STATE, 0, 0},
    {"neighbour", DYAD__S_STATE, 0, 0},
    {"neighbors", DYAD__S_STATE, DYAD__SF_PLURAL, 0},
    {"neighbours", DYAD__S_STATE, DYAD__SF_PLURAL, 0},
    {"kingdom", DYAD__S_STATE, 0, 0},
    {"republic", DYAD__S_STATE, 0, 0},
};

dyad_dict *dyad_dict_new(void) {
  dyad_dict *d = calloc(1, sizeof *d);
  const char *why;
  if (!d) return NULL;
  if (intern(d, "", 0) < 0) { /* offset 0 is "": no name yet */
    free(d);
    return NULL;
  }
  for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++) {
    if (add_phrase(d, builtin[i].w, strlen(builtin[i].w), builtin[i].type, 0,
                   builtin[i].role, builtin[i].flags, 0, &why)) {
      dyad_dict_free(d);
      return NULL;
    }
  }
  d->count[DYAD__C_PHRASES] = 0;
  return d;
}

/* Frees an array of d unless it lives in d's mapped compiled set. */
static void dfree(const dyad_dict *d, void *p) {
  const char *c = p, *m = d->map;
  if (m && c >= m && c <= m + d->maplen) return;
  free(p);
}

void dyad_dict_free(dyad_dict *d) {
  if (!d) return;
  if (d->verbs) dyad__verbs_free(d->verbs);
  if (d->gaz) dyad__gazetteer_free(d->gaz);
  if (d->pet && d->pet_free) d->pet_free(d->pet);
  free(d->gaz_dir);
  dfree(d, d->tab);
  dfree(d, d->senses);
  dfree(d, d->str);
  dfree(d, d->countries);
  dfree(d, d->igos);
  dfree(d, d->persons);
  dfree(d, d->terms);
  free(d->termkey);
  free(d->known3);
  dfree(d, d->agents);
  if (d->map) munmap(d->map, d->maplen);
  free(d->err);
  free(d);
}

const char *dyad_dict_errmsg(const dyad_dict *d) {
  return d && d->err ? d->err : "";
}

size_t dyad__dict_count(const dyad_dict *d, int what) {
  if (what < 0 || what >= DYAD__C_N) return 0;
  if (what == DYAD__C_VERBS) return d->verbs ? dyad__verbs_count(d->verbs) : 0;
  return d->count[what];
}

size_t dyad__dict_nerrors(const dyad_dict *d) { return d->nerrors; }

const struct dyad_verbs *dyad__dict_verbs(const dyad_dict *d) {
  return d->verbs;
}

const struct dyad_gazetteer *dyad__dict_gazetteer(const dyad_dict *d) {
  return d->gaz;
}

/* ------------------------------------------------------------------------
** Field checks
** ---------------------------------------------------------------------- */

typedef struct {
  const char *s;
  size_t len;
} field;

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

int dyad__date_range(const char *s, size_t len, int32_t *lo, int32_t *hi) {
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y, m, dd;
  if (len < 4 || !digits(s, 4)) return 0;
  y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  if (len == 4) {
    *lo = y * 10000 + 101;
    *hi = y * 10000 + 1231;
    return 1;
  }
  if (len < 7 || s[4] != '-' || !digits(s + 5, 2)) return 0;
  m = (s[5] - '0') * 10 + (s[6] - '0');
  if (m < 1 || m > 12) return 0;
  if (len == 7) {
    *lo = y * 10000 + m * 100 + 1;
    *hi = y * 10000 + m * 100 + 31;
    return 1;
  }
  if (len != 10 || s[7] != '-' || !digits(s + 8, 2)) return 0;
  dd = (s[8] - '0') * 10 + (s[9] - '0');
  if (dd < 1 || dd > mdays[m - 1] + (m == 2 && leap(y))) return 0;
  *lo = *hi = y * 10000 + m * 100 + dd;
  return 1;
}

/* A full YYYY-MM-DD date; empty -> dflt. Returns 0 when malformed. */
static int parse_day(field f, int32_t dflt, int32_t *out) {
  int32_t lo, hi;
  if (!f.len) {
    *out = dflt;
    return 1;
  }
  if (f.len != 10 || !dyad__date_range(f.s, f.len, &lo, &hi)) return 0;
  *out = lo;
  return 1;
}

static int upper3(const char *s, size_t n) {
  if (n != 3) return 0;
  for (size_t i = 0; i < 3; i++)
    if (s[i] < 'A' || s[i] > 'Z') return 0;
  return 1;
}

static int parse_role(const char *s, size_t n) {
  static const char *names[] = {"NONE", "HOS", "HOG", "FM", "DEF",
                                "ENV", "LDR", "MIN", "OTH"};
  for (int i = 1; i < (int)(sizeof names / sizeof names[0]); i++)
    if (strlen(names[i]) == n && !memcmp(names[i], s, n)) return i;
  return -1;
}

/* CAMEO agent sector codes (three letters each; codes may stack them). */
static int known_sector(const char *s) {
  static const char *codes =
      " GOV MIL COP JUD LEG OPP REB INS SEP PTY BUS MED CVL REF LAB EDU HLH"
      " NGO NGM REL CRM SPY UAF AGR DEV ENV HRI ELI MOD RAD PPL CHR CTH PRO"
      " JEW MUS SHI SUN BUD HIN IGO MNC IMG ";
  char k[6];
  k[0] = ' ';
  memcpy(k + 1, s, 3);
  k[4] = ' ';
  k[5] = 0;
  return strstr(codes, k) != NULL;
}

static int valid_sector(const char *s, size_t n) {
  if (!n || n % 3 || n > 15) return 0;
  for (size_t i = 0; i < n; i += 3)
    if (!upper3(s + i, 3) || !known_sector(s + i)) return 0;
  return 1;
}

/* The bit of three capitals s in known3, or -1 when s is not three capitals. */
static long known3_bit(const char *s) {
  if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' || s[2] > 'Z') return -1;
  return ((long)(s[0] - 'A') * 26 + (s[1] - 'A')) * 26 + (s[2] - 'A');
}

/* Whether s (three capitals) is a country's ISO code or an IGO's country.
** people.tsv asks for each of its 2500 terms: the codes are kept in a bitmap
** of the three-capital codes, brought up to date with the countries and
** IGOs added since it was last built (entries are only ever appended), in
** place of a scan of 250 countries a call (3.3M instructions a load). */
static int country_known(dyad_dict *d, const char *s) {
  long b = known3_bit(s);
  if (b >= 0 && (d->known3 || (d->known3 = calloc((26 * 26 * 26 + 63) / 64, sizeof *d->known3)))) {
    for (; d->known3_nc < d->ncountry; d->known3_nc++) {
      long k = known3_bit(d->countries[d->known3_nc].iso3);
      if (k >= 0) d->known3[k >> 6] |= 1ull << (k & 63);
    }
    for (; d->known3_ni < d->nigo; d->known3_ni++) {
      long k = known3_bit(d->igos[d->known3_ni].country);
      if (k >= 0) d->known3[k >> 6] |= 1ull << (k & 63);
    }
    return (int)((d->known3[b >> 6] >> (b & 63)) & 1);
  }
  for (size_t i = 0; i < d->ncountry; i++) /* (out of memory, or not three capitals) */
    if (!memcmp(d->countries[i].iso3, s, 3)) return 1;
  for (size_t i = 0; i < d->nigo; i++)
    if (!strncmp(d->igos[i].country, s, 3)) return 1;
  return 0;
}

/* An actor code: 3-letter groups of capitals, 3..30 bytes; its country is
** the first group (or the second after "IGO"). Returns 0 when malformed,
** with *why set; fills country. */
static int check_code(dyad_dict *d, const char *s, size_t n,
                      char country[8], const char **why) {
  size_t i;
  if (n < 3 || n > 30 || n % 3) {
    *why = "bad actor code (groups of three capitals, e.g. KORGOV)";
    return 0;
  }
  for (i = 0; i < n; i += 3)
    if (!upper3(s + i, 3)) {
      *why = "bad actor code (groups of three capitals, e.g. KORGOV)";
      return 0;
    }
  if (n >= 6 && !memcmp(s, "IGO", 3)) {
    memcpy(country, s + 3, 3);
  } else {
    memcpy(country, s, 3);
  }
  country[3] = 0;
  if ((d->ncountry || d->nigo) && !country_known(d, country) &&
      memcmp(s, "IGO", 3)) {
    *why = "bad ISO code: actor code's country is not in countries.tsv or igos.tsv";
    return 0;
  }
  return 1;
}

/* Splits a '|' list and calls add for each element; an empty element is an
** error. Returns 0 or the first error. */
typedef int (*item_fn)(dyad_dict *d, const char *s, size_t len, void *ctx,
                       const char **why);
static int each_item(dyad_dict *d, field f, item_fn fn, void *ctx,
                     const char **why) {
  size_t i = 0;
  if (!f.len) {
    *why = "empty name";
    return DYAD_EDICT;
  }
  while (i <= f.len) {
    size_t j = i;
    int rc;
    while (j < f.len && f.s[j] != '|') j++;
    {
      size_t a = i, b = j;
      while (a < b && f.s[a] == ' ') a++;
      while (b > a && f.s[b - 1] == ' ') b--;
      if (a == b) {
        *why = "empty name in a '|' list";
        return DYAD_EDICT;
      }
      rc = fn(d, f.s + a, b - a, ctx, why);
      if (rc) return rc;
    }
    i = j + 1;
  }
  return 0;
}

/* ------------------------------------------------------------------------
** Line handlers, one per file kind
** ---------------------------------------------------------------------- */

typedef struct {
  int type;
  uint32_t idx;
  int role;
  unsigned flags;
  int proper;
  int plural_auto; /* agents: guess plural from the word */
  field all;       /* the whole list, for plural pairing */
} phrase_ctx;

/* A phrase is plural when the same list has it without a final s/es, or
** (alone) when it ends in "s" but not "ss"/"us"/"is". */
static int looks_plural(const char *s, size_t n, field all) {
  size_t i = 0;
  if (n < 3) return 0;
  while (i <= all.len) {
    size_t j = i;
    while (j < all.len && all.s[j] != '|') j++;
    {
      size_t m = j - i;
      const char *t = all.s + i;
      if (m + 1 == n && !memcmp(t, s, m) && s[n - 1] == 's') return 1;
      if (m + 2 == n && !memcmp(t, s, m) && !memcmp(s + m, "es", 2)) return 1;
      if (m + 2 == n && m >= 1 && t[m - 1] == 'y' && !memcmp(t, s, m - 1) &&
          !memcmp(s + m - 1, "ies", 3))
        return 1;
      if (m > n && !memcmp(t, s, n) && t[n] == 's' && m == n + 1) return 0;
    }
    i = j + 1;
  }
  if (s[n - 1] != 's') return 0;
  if (s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i' || s[n - 2] == '\'') return 0;
  return 1;
}

static int add_item(dyad_dict *d, const char *s, size_t len, void *vctx,
                    const char **why) {
  phrase_ctx *c = vctx;
  unsigned flags = c->flags;
  if (c->plural_auto && looks_plural(s, len, c->all)) flags |= DYAD__SF_PLURAL;
  if (c->type == DYAD__S_ADJ && looks_plural(s, len, c->all)) flags |= DYAD__SF_PLURAL;
  return add_phrase(d, s, len, c->type, c->idx, c->role, flags, c->proper, why);
}

static int add_list(dyad_dict *d, field f, int type, uint32_t idx, int role,
                    unsigned flags, int proper, const char **why) {
  phrase_ctx c;
  memset(&c, 0, sizeof c);
  c.type = type;
  c.idx = idx;
  c.role = role;
  c.flags = flags;
  c.proper = proper;
  c.all = f;
  return each_item(d, f, add_item, &c, why);
}

static int parse_double(field f, double lo, double hi, double *out) {
  char buf[64], *end;
  if (!f.len || f.len >= sizeof buf) return 0;
  memcpy(buf, f.s, f.len);
  buf[f.len] = 0;
  errno = 0;
  *out = strtod(buf, &end);
  if (*end || errno || *out < lo || *out > hi) return 0;
  return 1;
}

static uint32_t first_item(dyad_dict *d, field f) {
  size_t j = 0;
  int64_t off;
  while (j < f.len && f.s[j] != '|') j++;
  off = intern(d, f.s, j);
  return off < 0 ? 0 : (uint32_t)off;
}

/* countries.tsv: iso3 names adjectives seats capital lat lon */
static int line_country(dyad_dict *d, field *f, size_t nf, const char **why) {
  dyad__country *c;
  uint32_t idx = (uint32_t)d->ncountry;
  int rc;
  if (nf != 7) {
    *why = "wrong field count (want 7: iso3, names, adjectives, seats, capital, lat, lon)";
    return DYAD_EDICT;
  }
  if (!upper3(f[0].s, f[0].len)) {
    *why = "bad ISO code (want three capital letters, e.g. KOR)";
    return DYAD_EDICT;
  }
  if (GROW(d, countries, ncountry, capcountry)) return DYAD_ENOMEM;
  c = &d->countries[idx];
  memset(c, 0, sizeof *c);
  memcpy(c->iso3, f[0].s, 3);
  if (f[5].len || f[6].len) {
    if (!parse_double(f[5], -90, 90, &c->lat) || !parse_double(f[6], -180, 180, &c->lon)) {
      *why = "bad coordinates (want decimal degrees)";
      return DYAD_EDICT;
    }
  }
  if (!f[1].len) {
    *why = "empty name";
    return DYAD_EDICT;
  }
  c->name = first_item(d, f[1]);
  for (size_t i = 0; i + 7 <= f[1].len; i++)
    if (!memcmp(f[1].s + i, "Kingdom", 7) && (i == 0 || f[1].s[i - 1] == ' ' || f[1].s[i - 1] == '|') &&
        (i + 7 == f[1].len || f[1].s[i + 7] == ' ' || f[1].s[i + 7] == '|'))
      c->flags |= DYAD__CF_KINGDOM;
  c->capital = (uint32_t)intern(d, f[4].s, f[4].len);
  if ((rc = add_list(d, f[1], DYAD__S_COUNTRY, idx, 0, 0, 1, why))) return rc;
  if (f[2].len && (rc = add_list(d, f[2], DYAD__S_ADJ, idx, 0, 0, 1, why))) return rc;
  if (f[3].len && (rc = add_list(d, f[3], DYAD__S_SEAT, idx, 0, 0, 1, why))) return rc;
  d->ncountry++;
  d->count[DYAD__C_COUNTRIES]++;
  return 0;
}

/* igos.tsv: code country names */
static int line_igo(dyad_dict *d, field *f, size_t nf, const char **why) {
  dyad__igo *g;
  uint32_t idx = (uint32_t)d->nigo;
  size_t i;
  int rc;
  if (nf != 3) {
    *why = "wrong field count (want 3: code, country, names)";
    return DYAD_EDICT;
  }
  if (f[0].len < 3 || f[0].len > 30 || f[0].len % 3) {
    *why = "bad actor code (groups of three capitals, e.g. IGOUNO)";
    return DYAD_EDICT;
  }
  for (i = 0; i < f[0].len; i += 3)
    if (!upper3(f[0].s + i, 3)) {
      *why = "bad actor code (groups of three capitals, e.g. IGOUNO)";
      return DYAD_EDICT;
    }
  if (!upper3(f[1].s, f[1].len)) {
    *why = "bad ISO code (want the organisation's three capitals, e.g. UNO)";
    return DYAD_EDICT;
  }
  if (GROW(d, igos, nigo, capigo)) return DYAD_ENOMEM;
  g = &d->igos[idx];
  memset(g, 0, sizeof *g);
  memcpy(g->code, f[0].s, f[0].len);
  memcpy(g->country, f[1].s, 3);
  if (!f[2].len) {
    *why = "empty name";
    return DYAD_EDICT;
  }
  g->name = first_item(d, f[2]);
  if (memcmp(g->code, "IGO", 3) && f[0].len > 3) {
    /* a one-country body (KCNA PRKMED, Hamas PSEREB; not a region such as
    ** ASA or WST, which stays an IGO-like actor): a named
    ** organisation, so "Japanese broadcaster NHK" composes */
    dyad__agent *a;
    uint32_t ai = (uint32_t)d->nagent;
    if (GROW(d, agents, nagent, capagent)) return DYAD_ENOMEM;
    a = &d->agents[ai];
    memset(a, 0, sizeof *a);
    memcpy(a->code, g->code, sizeof a->code);
    memcpy(a->country, g->country, sizeof a->country);
    snprintf(a->sector, sizeof a->sector, "%.15s", g->code + 3);
    d->nagent++;
    if ((rc = add_list(d, f[2], DYAD__S_ORG, ai, 0, 0, 1, why))) return rc;
  } else if ((rc = add_list(d, f[2], DYAD__S_IGO, idx, 0, 0, 1, why))) {
    return rc;
  }
  d->nigo++;
  d->count[DYAD__C_IGOS]++;
  return 0;
}

int32_t dyad__dict_new_actor(dyad_dict *d) {
  if (GROW(d, persons, nperson, capperson)) return -1;
  d->persons[d->nperson].name = 0;
  d->persons[d->nperson].term = 0;
  return (int32_t)d->nperson++;
}

static int add_actor_name(dyad_dict *d, int32_t actor, const char *s, size_t len,
                          int is_short, const char **why) {
  if (actor < 0 || (size_t)actor >= d->nperson) return DYAD_EINVAL;
  if (!d->persons[actor].name && !is_short) {
    int64_t off = intern(d, s, len);
    if (off < 0) return DYAD_ENOMEM;
    d->persons[actor].name = (uint32_t)off;
  }
  return add_phrase(d, s, len, is_short ? DYAD__S_PSHORT : DYAD__S_PFULL,
                    (uint32_t)actor, 0, 0, 1, why);
}

int dyad__dict_add_actor_name(dyad_dict *d, int32_t actor, const char *s,
                              size_t len, int is_short) {
  const char *why = NULL;
  return add_actor_name(d, actor, s, len, is_short, &why);
}

int dyad__dict_add_term(dyad_dict *d, int32_t actor, const char *code,
                        int role, int32_t from, int32_t to) {
  dyad__term *t;
  size_t n = strlen(code);
  if (actor < 0 || (size_t)actor >= d->nperson || n < 3 || n > 30)
    return DYAD_EINVAL;
  if (grow((void **)&d->termkey, &d->captermkey, d->nterm + 1, sizeof *d->termkey) ||
      GROW(d, terms, nterm, capterm))
    return DYAD_ENOMEM;
  t = &d->terms[d->nterm];
  memset(t, 0, sizeof *t);
  memcpy(t->code, code, n);
  memcpy(t->country, n >= 6 && !memcmp(code, "IGO", 3) ? code + 3 : code, 3);
  t->from = from;
  t->to = to;
  t->role = (uint8_t)role;
  t->person = (uint32_t)actor;
  t->next = d->persons[actor].term;
  d->termkey[d->nterm] = dyad__term_key(t->country, t->role);
  d->persons[actor].term = (uint32_t)++d->nterm;
  return 0;
}

/* Finds the person already listed under one of the full names in f. */
typedef struct {
  int32_t found;
} find_ctx;

static int find_item(dyad_dict *d, const char *s, size_t len, void *vctx,
                     const char **why) {
  find_ctx *c = vctx;
  uint64_t h = DYAD__HSEED;
  size_t i = 0;
  const dyad__tnode *node;
  (void)why;
  if (c->found >= 0) return 0;
  while (i < len) {
    size_t j;
    unsigned caps;
    uint64_t u;
    while (i < len && (s[i] == ' ' || s[i] == '-')) i++;
    if (i >= len) break;
    for (j = i; j < len && s[j] != ' ' && s[j] != '-'; j++) {}
    u = dyad__fold_unit(s + i, j - i, &caps);
    i = j;
    if (u) h = dyad__hmix(h, u);
  }
  node = dyad__tlookup(d, h);
  if (!node) return 0;
  for (uint32_t k = node->sense; k; k = d->senses[k - 1].next)
    if (d->senses[k - 1].type == DYAD__S_PFULL) {
      c->found = (int32_t)d->senses[k - 1].idx;
      return 0;
    }
  return 0;
}

static int name_item(dyad_dict *d, const char *s, size_t len, void *vctx,
                     const char **why) {
  phrase_ctx *c = vctx;
  return add_actor_name(d, (int32_t)c->idx, s, len, c->type == DYAD__S_PSHORT, why);
}

/* people.tsv: code role from to names short */
static int line_person(dyad_dict *d, field *f, size_t nf, const char **why) {
  char country[8];
  int role, rc;
  int32_t from, to, p;
  find_ctx fc;
  phrase_ctx pc;
  char code[32];
  if (nf != 6 && nf != 5) {
    *why = "wrong field count (want 6: code, role, from, to, names, short)";
    return DYAD_EDICT;
  }
  if (!check_code(d, f[0].s, f[0].len, country, why)) return DYAD_EDICT;
  role = parse_role(f[1].s, f[1].len);
  if (role < 0) {
    *why = "unknown role (want HOS, HOG, FM, DEF, ENV, LDR, MIN or OTH)";
    return DYAD_EDICT;
  }
  if (!parse_day(f[2], 0, &from) || !parse_day(f[3], 99999999, &to)) {
    *why = "bad date (want YYYY-MM-DD or empty)";
    return DYAD_EDICT;
  }
  if (from > to) {
    *why = "bad date: term ends before it starts";
    return DYAD_EDICT;
  }
  if (!f[4].len) {
    *why = "empty name";
    return DYAD_EDICT;
  }
  fc.found = -1;
  if ((rc = each_item(d, f[4], find_item, &fc, why))) return rc;
  if (nf == 6 && f[5].len) { /* validate before adding anything */
    size_t i;
    if (f[5].s[0] == '|' || f[5].s[f[5].len - 1] == '|') {
      *why = "empty name in a '|' list";
      return DYAD_EDICT;
    }
    for (i = 0; i + 1 < f[5].len; i++)
      if (f[5].s[i] == '|' && f[5].s[i + 1] == '|') {
        *why = "empty name in a '|' list";
        return DYAD_EDICT;
      }
  }
  p = fc.found;
  if (p < 0 && (p = dyad__dict_new_actor(d)) < 0) return DYAD_ENOMEM;
  memset(&pc, 0, sizeof pc);
  pc.idx = (uint32_t)p;
  pc.type = DYAD__S_PFULL;
  if ((rc = each_item(d, f[4], name_item, &pc, why))) return rc;
  if (nf == 6 && f[5].len) {
    pc.type = DYAD__S_PSHORT;
    if ((rc = each_item(d, f[5], name_item, &pc, why))) return rc;
  }
  memcpy(code, f[0].s, f[0].len);
  code[f[0].len] = 0;
  if ((rc = dyad__dict_add_term(d, p, code, role, from, to))) return rc;
  d->count[DYAD__C_PEOPLE]++;
  return 0;
}

int dyad__dict_add_agent_ex(dyad_dict *d, const char *s, size_t len,
                            const char *code, int role, int plural, int prefix) {
  dyad__agent *a;
  const char *why;
  size_t n = code ? strlen(code) : 0;
  unsigned flags = (plural ? DYAD__SF_PLURAL : 0) | (prefix ? DYAD__SF_PREFIX : 0);
  if (!d || !s || !n || n >= sizeof a->sector) return DYAD_EINVAL;
  if (GROW(d, agents, nagent, capagent)) return DYAD_ENOMEM;
  a = &d->agents[d->nagent];
  memset(a, 0, sizeof *a);
  memcpy(a->sector, code, n);
  a->role = (uint8_t)role;
  a->flags = (uint8_t)flags;
  d->nagent++;
  return add_phrase(d, s, len, DYAD__S_AGENT, (uint32_t)(d->nagent - 1), role,
                    flags, 0, &why);
}

int dyad__dict_add_agent(dyad_dict *d, const char *s, size_t len,
                         const char *sector, int role, int plural) {
  return dyad__dict_add_agent_ex(d, s, len, sector, role, plural, 0);
}

int dyad__country_is_kingdom(const dyad_dict *d, const char *iso3) {
  if (!d || !iso3 || strlen(iso3) != 3) return 0;
  for (size_t i = 0; i < d->ncountry; i++)
    if (!memcmp(d->countries[i].iso3, iso3, 4)) return (d->countries[i].flags & DYAD__CF_KINGDOM) != 0;
  return 0;
}

int dyad__dict_add_country_name(dyad_dict *d, const char *iso3, const char *s,
                                size_t len) {
  const char *why = NULL;
  size_t idx = d ? d->ncountry : 0;
  if (!d || !iso3 || !s || !upper3(iso3, strlen(iso3))) return DYAD_EINVAL;
  /* names of one actor come together: try the last country first */
  if (d->ncountry && !memcmp(d->countries[d->ncountry - 1].iso3, iso3, 3)) {
    idx = d->ncountry - 1;
  } else {
    for (size_t i = 0; i < d->ncountry; i++)
      if (!memcmp(d->countries[i].iso3, iso3, 3)) {
        idx = i;
        break;
      }
  }
  if (idx == d->ncountry) {
    dyad__country *c;
    int64_t off;
    if (GROW(d, countries, ncountry, capcountry)) return DYAD_ENOMEM;
    if ((off = intern(d, s, len)) < 0) return DYAD_ENOMEM;
    c = &d->countries[idx];
    memset(c, 0, sizeof *c);
    memcpy(c->iso3, iso3, 3);
    c->name = (uint32_t)off;
    c->capital = (uint32_t)off; /* no capital known: points at the name */
    c->flags = DYAD__CF_TABARI;
    d->ncountry++;
    d->count[DYAD__C_COUNTRIES]++;
  }
  return add_phrase(d, s, len, DYAD__S_COUNTRY, (uint32_t)idx, 0, 0, 1, &why);
}

int dyad__dict_add_igo_name(dyad_dict *d, const char *code, const char *s,
                            size_t len) {
  const char *why = NULL;
  size_t n = code ? strlen(code) : 0, idx = d ? d->nigo : 0;
  if (!d || !s || n < 6 || n > 30 || n % 3 || memcmp(code, "IGO", 3)) return DYAD_EINVAL;
  for (size_t i = 0; i < n; i += 3)
    if (!upper3(code + i, 3)) return DYAD_EINVAL;
  if (d->nigo && !strcmp(d->igos[d->nigo - 1].code, code)) {
    idx = d->nigo - 1;
  } else {
    for (size_t i = 0; i < d->nigo; i++)
      if (!strcmp(d->igos[i].code, code)) {
        idx = i;
        break;
      }
  }
  if (idx == d->nigo) {
    dyad__igo *g;
    int64_t off;
    if (GROW(d, igos, nigo, capigo)) return DYAD_ENOMEM;
    if ((off = intern(d, s, len)) < 0) return DYAD_ENOMEM;
    g = &d->igos[idx];
    memset(g, 0, sizeof *g);
    memcpy(g->code, code, n);
    memcpy(g->country, code + 3, 3);
    g->name = (uint32_t)off;
    d->nigo++;
    d->count[DYAD__C_IGOS]++;
  }
  return add_phrase(d, s, len, DYAD__S_IGO, (uint32_t)idx, 0, 0, 1, &why);
}

/* agents.tsv: words code kind, kind a comma list of role:XX, org, cap,
** plural, singular. */
static int line_agent(dyad_dict *d, field *f, size_t nf, const char **why) {
  dyad__agent *a;
  int role = 0, org = 0, cap = 0, adj = 0, plural = -1, rc;
  uint32_t idx = (uint32_t)d->nagent;
  phrase_ctx pc;
  if (nf != 3 && nf != 2) {
    *why = "wrong field count (want 3: words, code, kind)";
    return DYAD_EDICT;
  }
  if (nf == 3) {
    size_t i = 0;
    while (i < f[2].len) {
      size_t j = i, n;
      while (j < f[2].len && f[2].s[j] != ',') j++;
      n = j - i;
      if (n > 5 && !memcmp(f[2].s + i, "role:", 5)) {
        role = parse_role(f[2].s + i + 5, n - 5);
        if (role < 0) {
          *why = "unknown role (want role:HOS, HOG, FM, DEF, ENV, LDR, MIN or OTH)";
          return DYAD_EDICT;
        }
      } else if (n == 3 && !memcmp(f[2].s + i, "org", 3)) {
        org = 1;
      } else if (n == 3 && !memcmp(f[2].s + i, "cap", 3)) {
        cap = 1;
      } else if (n == 3 && !memcmp(f[2].s + i, "adj", 3)) {
        adj = 1;
      } else if (n == 6 && !memcmp(f[2].s + i, "plural", 6)) {
        plural = 1;
      } else if (n == 8 && !memcmp(f[2].s + i, "singular", 8)) {
        plural = 0;
      } else {
        *why = "unknown kind (want role:XX, org, cap, adj, plural or singular)";
        return DYAD_EDICT;
      }
      i = j + 1;
    }
  }
  if (GROW(d, agents, nagent, capagent)) return DYAD_ENOMEM;
  a = &d->agents[idx];
  memset(a, 0, sizeof *a);
  a->role = (uint8_t)role;
  if (f[1].len == 1 && f[1].s[0] == '-') {
    /* not an actor: a phrase that stops shorter matches */
    if ((rc = add_list(d, f[0], DYAD__S_BLOCK, idx, 0, 0, 0, why))) return rc;
    d->count[DYAD__C_AGENTS]++;
    return 0;
  }
  if (org) {
    if (!check_code(d, f[1].s, f[1].len, a->country, why)) return DYAD_EDICT;
    memcpy(a->code, f[1].s, f[1].len);
    if (f[1].len > 3 && memcmp(f[1].s, "IGO", 3))
      memcpy(a->sector, f[1].s + 3, f[1].len - 3 < 16 ? f[1].len - 3 : 15);
  } else {
    if (!valid_sector(f[1].s, f[1].len)) {
      *why = "unknown sector code (want CAMEO sectors such as GOV, MIL, GOVMED)";
      return DYAD_EDICT;
    }
    memcpy(a->sector, f[1].s, f[1].len);
  }
  memset(&pc, 0, sizeof pc);
  pc.type = org ? DYAD__S_ORG : DYAD__S_AGENT;
  pc.idx = idx;
  pc.role = role;
  pc.proper = org || cap;
  pc.all = f[0];
  pc.plural_auto = plural < 0 && !org;
  pc.flags = (plural == 1 ? DYAD__SF_PLURAL : 0) | (adj ? DYAD__SF_ADJ : 0);
  if ((rc = each_item(d, f[0], add_item, &pc, why))) return rc;
  d->nagent++;
  d->count[DYAD__C_AGENTS]++;
  return 0;
}

/* ------------------------------------------------------------------------
** Files
** ---------------------------------------------------------------------- */

typedef int (*line_fn)(dyad_dict *d, field *f, size_t nf, const char **why);

static int valid_utf8(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    utf8proc_int32_t cp;
    utf8proc_ssize_t k;
    if (c < 0x80) {
      i++;
      continue;
    }
    k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return 0;
    i += (size_t)k;
  }
  return 1;
}


static int load_lines(dyad_dict *d, const char *path, line_fn fn) {
  size_t len, i = 0, line = 0, bad = 0;
  int err, rc = 0;
  char *buf = dyad__slurp(path, &len, &err);
  if (!buf) {
    dyad__dict_error(d, path, 0, "cannot read: %s", strerror(err));
    return err == ENOMEM ? DYAD_ENOMEM : DYAD_EIO;
  }
  if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) i = 3; /* BOM */
  while (i < len) {
    size_t e = i, end, nf = 0;
    field f[MAXFIELDS];
    const char *why = NULL;
    int r;
    line++;
    while (e < len && buf[e] != '\n') e++;
    end = e;
    if (end > i && buf[end - 1] == '\r') end--;
    if (end - i > DYAD__MAXLINE) {
      dyad__dict_error(d, path, line, "line too long (over %u bytes)", DYAD__MAXLINE);
      bad++;
      i = e + 1;
      continue;
    }
    if (memchr(buf + i, 0, end - i) || !valid_utf8(buf + i, end - i)) {
      dyad__dict_error(d, path, line, "invalid UTF-8");
      bad++;
      i = e + 1;
      continue;
    }
    {
      size_t a = i;
      while (a < end && (buf[a] == ' ' || buf[a] == '\t')) a++;
      if (a == end || buf[a] == '#') {
        i = e + 1;
        continue;
      }
    }
    {
      size_t a = i;
      for (;;) {
        size_t b = a;
        while (b < end && buf[b] != '\t') b++;
        if (nf < MAXFIELDS) {
          f[nf].s = buf + a;
          f[nf].len = b - a;
        }
        nf++;
        if (b >= end) break;
        a = b + 1;
      }
    }
    if (nf > MAXFIELDS) {
      dyad__dict_error(d, path, line, "wrong field count (%zu fields)", nf);
      bad++;
      i = e + 1;
      continue;
    }
    r = fn(d, f, nf, &why);
    if (r == DYAD_ENOMEM) {
      rc = r;
      dyad__dict_error(d, path, line, "out of memory");
      break;
    }
    if (r) {
      dyad__dict_error(d, path, line, "%s", why ? why : "malformed line");
      bad++;
    }
    i = e + 1;
  }
  free(buf);
  if (rc) return rc;
  return bad ? DYAD_EDICT : 0;
}

/* Records a message that already names its file and line. */
static void add_raw_error(dyad_dict *d, const char *msg) {
  size_t n = strlen(msg);
  d->nerrors++;
  if (d->errlen + n + 2 > MAXERRBYTES) return;
  if (grow((void **)&d->err, &d->errcap, d->errlen + n + 2, 1)) return;
  if (d->errlen) d->err[d->errlen++] = '\n';
  memcpy(d->err + d->errlen, msg, n + 1);
  d->errlen += n;
}

static int load_verbs(dyad_dict *d, const char *path) {
  char err[512];
  int rc;
  err[0] = 0;
  rc = dyad__verbs_load(&d->verbs, path, err, sizeof err);
  if (rc) {
    /* verbs.c names the file and line itself */
    if (err[0])
      add_raw_error(d, err);
    else
      dyad__dict_error(d, path, 0, "%s", dyad_strerror(rc));
  }
  return rc;
}

static int ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && !strcmp(s + n - m, suf);
}

/* A compiled set is complete (and its arrays may not grow). */
static int refuse_cached(dyad_dict *d, const char *path) {
  if (!d->cached) return 0;
  dyad__dict_error(d, path, 0, "cannot load into a compiled dictionary set (it is complete)");
  return DYAD_EINVAL;
}

int dyad_dict_load(dyad_dict *d, const char *path, dyad_dict_format fmt) {
  if (!d || !path) return DYAD_EINVAL;
  if (d->cached && !(ends_with(path, ".dyc") || dyad__dict_is_compiled(path)))
    return refuse_cached(d, path);
  /* a compiled set (dict_cache.c) */
  if (fmt == DYAD_DICT_AUTO && (ends_with(path, ".dyc") || dyad__dict_is_compiled(path)))
    return dyad__dict_load_compiled(d, path);
  /* the community's formats (dict_petrarch.c): TABARI, PETRARCH-1/2 */
  if (fmt == DYAD_DICT_PETRARCH2 || fmt == DYAD_DICT_TABARI)
    return dyad__petrarch_load(d, path, fmt);
  if (fmt != DYAD_DICT_AUTO && fmt != DYAD_DICT_DYAD) {
    dyad__dict_error(d, path, 0, "unknown dictionary format");
    return DYAD_EINVAL;
  }
  /* our .tsv files are ours whatever their content */
  if (ends_with(path, "countries.tsv")) return load_lines(d, path, line_country);
  if (ends_with(path, "igos.tsv")) return load_lines(d, path, line_igo);
  if (ends_with(path, "people.tsv")) return load_lines(d, path, line_person);
  if (ends_with(path, "agents.tsv")) return load_lines(d, path, line_agent);
  if (fmt == DYAD_DICT_AUTO && dyad__petrarch_detect(path))
    return dyad__petrarch_load(d, path, fmt);
  if (ends_with(path, "verbs.txt") || strstr(path, "discards"))
    return load_verbs(d, path);
  {
    /* a directory: our whole set */
    FILE *f = fopen(path, "r");
    if (f) {
      int isdir;
      char c;
      isdir = fread(&c, 1, 1, f) == 0 && ferror(f);
      fclose(f);
      if (isdir) return dyad_dict_load_default(d, path);
    }
  }
  dyad__dict_error(d, path, 0,
                   "unknown dictionary file (want countries.tsv, igos.tsv, "
                   "people.tsv, agents.tsv, verbs.txt or a directory)");
  return DYAD_EINVAL;
}

int dyad_dict_load_default(dyad_dict *d, const char *dir) {
  static const char *files[] = {"countries.tsv", "igos.tsv", "people.tsv",
                                "agents.tsv", "verbs.txt", "discards.txt"};
  static const line_fn fns[] = {line_country, line_igo, line_person, line_agent, NULL, NULL};
  char path[4096];
  int rc = 0;
  if (!d) return DYAD_EINVAL;
  if (d->cached) return refuse_cached(d, dir ? dir : "data");
  if (!dir || !*dir) dir = getenv("DYAD_DATA");
#ifdef DYAD_DATADIR
  if (!dir || !*dir) dir = DYAD_DATADIR;
#endif
  if (!dir || !*dir) dir = "data";
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    int r;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, files[i]) >= sizeof path) {
      dyad__dict_error(d, dir, 0, "directory name too long");
      return DYAD_EINVAL;
    }
    r = fns[i] ? load_lines(d, path, fns[i]) : load_verbs(d, path);
    if (r == DYAD_ENOMEM) return r;
    if (r && !rc) rc = r;
  }
  if (!d->gaz) {
    char *msg = NULL;
    int r = dyad__gazetteer_load_dir(&d->gaz, dir, &msg);
    if (!r && d->gaz && !(d->gaz_dir = strdup(dir))) r = DYAD_ENOMEM;
    if (r) {
      /* place.c names its file and line itself */
      if (msg && *msg)
        add_raw_error(d, msg);
      else
        dyad__dict_error(d, dir, 0, "gazetteer: %s", dyad_strerror(r));
      if (!rc) rc = r;
    }
    free(msg);
  }
  return rc;
}
