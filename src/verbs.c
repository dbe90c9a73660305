/*
** verbs.c: dyad's verb patterns. A pattern file (data/verbs.txt; syntax in
** its header and in docs/dictionaries.md) is compiled into slots of token
** hashes; a hash table keyed on the first slot's hashes finds the patterns
** that can start at a token, filters (the next word, the words a pattern
** needs, anchor words of long lists) rule out most of them cheaply, and a
** small backtracking matcher checks the rest. A pattern that a later one
** with the same kind and slots shadows is left out of the index (it could
** never win). Matching allocates nothing.
*/
#include "verbs.h"
#include "cameo.h"
#include "dict.h"

#include <ctype.h>
#include <stdio.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>

#define GAP_SHORT 4   /* "*": up to 4 word tokens */
#define GAP_LONG 8    /* "**": up to 8 */
#define MAX_SLOTS 16
#define MAX_ALTS 64

typedef struct slot {
  uint8_t gap;        /* 0: word slot; else the most tokens it may skip */
  uint8_t optional;
  uint16_t nalt;
  uint32_t alt;       /* first alternative in v->alts */
} slot;

typedef struct pat {
  dyad_vpattern pub;
  uint32_t slot0, nslot;
} pat;

/* The index: a hash table keyed on the words of the patterns' first slots;
** a head word's entry lists the patterns that start with it (in descending
** pattern order, the order ties are broken in), and each pattern has a
** filter that rules out most of the patterns that cannot match before the
** backtracking matcher is tried. Lists are contiguous (one array for all
** heads); a list of BIG_GROUP or more is reached through its head sets and
** their anchors instead (below), and a head whose patterns' second words
** are all absent after the token is passed over without reading its list. */
typedef struct head {
  uint64_t hash;      /* the head word's token hash */
  uint64_t next;      /* the union of its patterns' next_bloom (filter): a
                         list none of whose second words follows is not
                         read at all */
  uint32_t first;     /* its patterns: hpats[first, first + n) */
  uint32_t n;         /* 0 = empty slot */
  uint32_t sets;      /* a big list (n >= BIG_GROUP): the first slots
                         ("head sets") holding the word, hsets[sets, sets +
                         nsets); 0 sets for a small list */
  uint32_t nsets;
} head;

/* A big list is not scanned: patterns sharing a first slot (a "head set",
** e.g. the say|says|said|saying|tell|... of PETRARCH's SAY block) are
** indexed again by an anchor, a word of their required later slot with
** fewest words, and a token's candidates are the head sets' anchorless
** patterns plus those whose anchor is one of the sentence's later tokens.
** A head's small sets (fewer than SMALL_SET patterns, e.g. the one-pattern
** sets of a second dictionary loaded beside PETRARCH's) are merged into one
** set of that head's own, so the head walks its later tokens once for them.
** A set is half a cache line: its anchor words' filter is read at every
** token it walks. Each head holds copies of its sets, one after another (a
** set that several heads list is copied to each): the matcher reads them
** in place, with no list of set numbers between. */
typedef struct hset {
  uint64_t amap[2];   /* its anchor words' filter, 128 bits (amap_has):
                         most tokens fail it before the anchor table is read */
  uint32_t first, n;  /* anchorless patterns: spats[first, first + n) */
  uint32_t reach;     /* an anchor lies at most this many tokens after the
                         head (the slots before it: a word 1, a gap its
                         length), so only those tokens are probed; 0: no
                         anchored pattern (no walk) */
  uint32_t id;        /* the set's number (its anchor keys, sub_key) */
} hset;

#define SMALL_SET 8   /* sets with fewer patterns are merged per head */

/* The bit of a token hash in a head set's anchor filter: the word from bit
** 31 of the hash, the bit from its top six bits. */
static inline int amap_has(const uint64_t *amap, uint64_t h) {
  return (int)((amap[(h >> 31) & 1] >> (h >> 58)) & 1);
}
static inline void amap_set(uint64_t *amap, uint64_t h) { amap[(h >> 31) & 1] |= 1ull << (h >> 58); }

/* The anchor table holds the low half of each key: a probe that meets
** another key's entry with the same half only adds candidates (the matcher
** checks them all), and the table is built so that no key's own entry lies
** behind another with its half (pack_subs). */
typedef struct sub {
  uint32_t fp;        /* low half of sub_key(head set, anchor word) */
  uint32_t fn;        /* first << 8 | n: spats[first, first + n); n = 0:
                         empty, SUB_MANY: that many or more (too many
                         candidates: the head's list is scanned); n = 1:
                         the one pattern itself in place of first (most
                         entries: no read of spats[], another miss) */
} sub;
#define SUB_MANY 255u
#define SUB_FIRST_MAX ((uint32_t)1 << 24)

/* An entry of the table as it is built: the whole key. */
typedef struct bsub {
  uint64_t key;
  uint32_t first, n;
} bsub;

static inline size_t sub_home(uint64_t key, size_t mask) {
  return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 38) & mask;
}

#define BIG_GROUP 4   /* lists this long use the anchors */
#define HBLOOM_BITS 16 /* 8 KB: stays in the cache, unlike heads[] */
#define ABLOOM_BITS 19 /* 64 KB */
#define HB_WORDS ((size_t)1 << (HBLOOM_BITS - 6))
#define AB_WORDS ((size_t)1 << (ABLOOM_BITS - 6))

static inline uint32_t hbit(uint64_t h) { return (uint32_t)((h * 0xC2B2AE3D27D4EB4Full) >> (64 - HBLOOM_BITS)); }
static inline uint32_t abit(uint64_t k) { return (uint32_t)((k * 0x165667B19E3779F9ull) >> (64 - ABLOOM_BITS)); }
static inline uint64_t sword_bit(uint64_t h) { return 1ull << (h >> 58); }
#define MAX_CAND 256  /* candidates gathered at most (else: the scan) */

static inline uint64_t sub_key(uint32_t set, uint64_t w) {
  return w ^ ((uint64_t)(set + 1) * 0xD6E8FEB86659FD93ull);
}

/* A pattern's filters (the same for all the words of its first slot), with
** what the matcher needs of it: the scan and the match stay in this array. */
typedef struct filter {
  uint32_t next_bloom; /* 32-bit filter of the second slot's words, bit
                          (hash & 31) (all ones when that slot is optional,
                          a gap or absent) */
  uint32_t req;        /* its required later slots' words in reqb[]: for
                          each of nreq slots a count, then that many bit
                          numbers in the sentence filter (sbits) */
  uint32_t slot0;      /* its slots (copies of pat's slot0 and nslot) */
  uint8_t kind;        /* DYAD_VK_* */
  uint8_t nreq;
  uint8_t nslot;
  uint8_t pad;
} filter;

#define SBITS 4096u   /* bits of the per-sentence word filter */
#define REQ_SLOTS 4   /* required slots a filter tests at most */
#define REQ_ALTS 16   /* ... each with at most this many words */

/* The bit of a token hash in the sentence filter. */
static inline uint32_t sbit(uint64_t h) {
  return (uint32_t)((h * 0x9E3779B97F4A7C15ull) >> 52);
}

struct dyad_verbs {
  pat *pats;
  size_t npat, cappat;
  slot *slots;
  size_t nslot, capslot;
  uint64_t *alts;
  size_t nalt, capalt;
  char **strs;        /* owned strings (pattern texts, file names) */
  size_t nstr, capstr;
  head *heads;        /* the index (see head) */
  size_t nhead;       /* power of two; 0 = no index */
  uint32_t *hpats;    /* the heads' pattern lists */
  size_t nhpat;
  filter *filts;      /* one a pattern, [npat] when the index was built */
  uint16_t *reqb;     /* the filters' bit numbers */
  size_t nreqb;
  hset *hsets;        /* big heads' head sets (copies, see hset) */
  size_t nhset;
  sub *subs;          /* anchor table, power of two; 0 = none */
  size_t nsub;
  uint32_t *spats;    /* head sets' and anchors' pattern lists */
  size_t nspat;
  const char *last_file;  /* file name kept by the last dyad__verbs_add */
  const char *lent_lo, *lent_hi; /* a compiled set's bytes the arrays may
                                    point into (not freed one by one) */
  uint64_t *hbloom;   /* HBLOOM bits: some head word has this bit (most
                         words have no pattern: no probe of heads[]) */
  uint64_t *abloom;   /* ABLOOM bits: the same for the anchor keys */
  uint64_t *sbloom;   /* [nslot]: a slot's words' bits (sword_bit) */
  uint8_t *hkinds;    /* [nhead]: the kinds of a head's patterns, bit 1 <<
                         DYAD_VK_*: a big head whose every pattern the
                         token's noun or verb context rules out is passed
                         over before its candidates are gathered (saved in
                         a compiled set: rebuilding it reads every head's
                         list and each pattern's filter, 3M instructions
                         for Phoenix) */
};

/* ASCII upper case to lower case; other bytes unchanged (verbs.h) */
const unsigned char dyad__fold_byte[256] = {
#define R8(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7
  R8(0x00), R8(0x08), R8(0x10), R8(0x18), R8(0x20), R8(0x28), R8(0x30), R8(0x38),
  0x40, R8(0x61), R8(0x69), R8(0x71), 0x79, 0x7A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
  R8(0x60), R8(0x68), R8(0x70), R8(0x78),
  R8(0x80), R8(0x88), R8(0x90), R8(0x98), R8(0xA0), R8(0xA8), R8(0xB0), R8(0xB8),
  R8(0xC0), R8(0xC8), R8(0xD0), R8(0xD8), R8(0xE0), R8(0xE8), R8(0xF0), R8(0xF8),
#undef R8
};

uint64_t dyad__token_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99) {
      c = '\'';
      i += 2;
    } else {
      c = dyad__fold_byte[c];
    }
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

/* Grows an array to hold at least `need` elements. */
static int grow(void **p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t n = *cap ? *cap * 2 : 64;
  while (n < need) n *= 2;
  void *q = realloc(*p, n * size);
  if (!q) return DYAD_ENOMEM;
  *p = q;
  *cap = n;
  return 0;
}

static char *keep(dyad_verbs *v, const char *s) {
  if (grow((void **)&v->strs, &v->capstr, v->nstr + 1, sizeof *v->strs)) return NULL;
  char *c = strdup(s);
  if (!c) return NULL;
  v->strs[v->nstr++] = c;
  return c;
}

/* Frees p unless it was lent by a compiled set. */
static void vfree(const dyad_verbs *v, void *p) {
  const char *c = p;
  if (v->lent_lo && c >= v->lent_lo && c <= v->lent_hi) return;
  free(p);
}

void dyad__verbs_free(dyad_verbs *v) {
  if (!v) return;
  for (size_t i = 0; i < v->nstr; i++) vfree(v, v->strs[i]);
  free(v->strs);
  free(v->pats);
  vfree(v, v->slots);
  vfree(v, v->alts);
  vfree(v, v->heads);
  vfree(v, v->hpats);
  vfree(v, v->filts);
  vfree(v, v->reqb);
  vfree(v, v->hsets);
  vfree(v, v->subs);
  vfree(v, v->spats);
  vfree(v, v->hbloom);
  vfree(v, v->abloom);
  vfree(v, v->sbloom);
  vfree(v, v->hkinds);
  free(v);
}

/* The kinds of each head's patterns (hkinds), from heads[], hpats[] and
** filts[]: 0 or DYAD_ENOMEM. */
static int build_hkinds(dyad_verbs *v) {
  uint8_t *hk = calloc(v->nhead ? v->nhead : 1, 1);
  if (!hk) return DYAD_ENOMEM;
  for (size_t k = 0; k < v->nhead; k++)
    for (uint32_t e = 0; e < v->heads[k].n; e++) hk[k] |= (uint8_t)(1u << (v->filts[v->hpats[v->heads[k].first + e]].kind & 7));
  vfree(v, v->hkinds);
  v->hkinds = hk;
  return 0;
}

/* The head and slot filters, from heads[] and slots[] (the anchor keys'
** filter is built with the anchor table, pack_subs). */
static int build_blooms(dyad_verbs *v) {
  uint64_t *hb = calloc(HB_WORDS, sizeof *hb);
  uint64_t *sw = calloc(v->nslot ? v->nslot : 1, sizeof *sw);
  if (!hb || !sw) {
    free(hb);
    free(sw);
    return DYAD_ENOMEM;
  }
  for (size_t k = 0; k < v->nhead; k++)
    if (v->heads[k].n) {
      uint32_t b = hbit(v->heads[k].hash);
      hb[b >> 6] |= 1ull << (b & 63);
    }
  for (size_t k = 0; k < v->nslot; k++)
    for (uint32_t a = 0; a < v->slots[k].nalt; a++) sw[k] |= sword_bit(v->alts[v->slots[k].alt + a]);
  vfree(v, v->hbloom);
  vfree(v, v->sbloom);
  v->hbloom = hb;
  v->sbloom = sw;
  return 0;
}

size_t dyad__verbs_count(const dyad_verbs *v) { return v ? v->npat : 0; }

const dyad_vpattern *dyad__verbs_pattern(const dyad_verbs *v, uint32_t i) {
  if (!v || i >= v->npat) return NULL;
  return &v->pats[i].pub;
}

/* ---- loading ----------------------------------------------------------- */

typedef struct loadctx {
  dyad_verbs *v;
  const char *path;
  const char *file;   /* kept copy of path */
  unsigned line;
  char *err;
  size_t errcap;
  int lenient;        /* any 2-4 letter/digit code (readers of other sets) */
} loadctx;

static int fail(loadctx *c, int status, const char *msg, const char *what) {
  if (c->err && c->errcap)
    snprintf(c->err, c->errcap, "%s:%u: %s%s%s%s", c->path, c->line, msg,
             what ? " '" : "", what ? what : "", what ? "'" : "");
  return status;
}

static int add_alt(loadctx *c, const char *w, size_t len) {
  dyad_verbs *v = c->v;
  if (len == 0) return fail(c, DYAD_EDICT, "empty alternative", NULL);
  if (grow((void **)&v->alts, &v->capalt, v->nalt + 1, sizeof *v->alts))
    return fail(c, DYAD_ENOMEM, "out of memory", NULL);
  v->alts[v->nalt++] = dyad__token_hash(w, len);
  return 0;
}

static int is_vowel(char ch) { return strchr("aeiou", ch) != NULL; }

/* Adds w and, for "w+", its regular inflections (-s/-es/-ies, -ed/-d/-ied,
** -ing with final e dropped). */
static int add_word(loadctx *c, const char *w, size_t len) {
  char buf[96];
  int rc;
  if (len < 2 || w[len - 1] != '+') return add_alt(c, w, len);
  len--;
  if (len + 5 > sizeof buf) return fail(c, DYAD_EDICT, "word too long", NULL);
  if ((rc = add_alt(c, w, len))) return rc;
  memcpy(buf, w, len);
  char last = (char)tolower((unsigned char)w[len - 1]);
  char prev = len > 1 ? (char)tolower((unsigned char)w[len - 2]) : 0;
  int cons_y = last == 'y' && prev && !is_vowel(prev);
  /* third person */
  size_t n = len;
  if (cons_y) { memcpy(buf + len - 1, "ies", 3); n = len + 2; }
  else if (strchr("sxz", last) || (last == 'h' && (prev == 'c' || prev == 's'))) { memcpy(buf + len, "es", 2); n = len + 2; }
  else { buf[len] = 's'; n = len + 1; }
  if ((rc = add_alt(c, buf, n))) return rc;
  /* past */
  memcpy(buf, w, len);
  if (cons_y) { memcpy(buf + len - 1, "ied", 3); n = len + 2; }
  else if (last == 'e') { buf[len] = 'd'; n = len + 1; }
  else { memcpy(buf + len, "ed", 2); n = len + 2; }
  if ((rc = add_alt(c, buf, n))) return rc;
  /* -ing */
  memcpy(buf, w, len);
  if (last == 'e' && prev == 'i') { memcpy(buf + len - 2, "ying", 4); n = len + 2; }
  else if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o' && len > 2) { memcpy(buf + len - 1, "ing", 3); n = len + 2; }
  else { memcpy(buf + len, "ing", 3); n = len + 3; }
  return add_alt(c, buf, n);
}

/* Parses one pattern element ("a|b+", "(a|b)", "*", "**") into a slot. */
static int add_element(loadctx *c, const char *e, size_t len, uint32_t *nslot) {
  dyad_verbs *v = c->v;
  slot s = {0, 0, 0, (uint32_t)v->nalt};
  if (*nslot >= MAX_SLOTS) return fail(c, DYAD_EDICT, "too many words in pattern", NULL);
  if (len == 1 && e[0] == '*') s.gap = GAP_SHORT;
  else if (len == 2 && e[0] == '*' && e[1] == '*') s.gap = GAP_LONG;
  else {
    if (e[0] == '(') {
      if (len < 3 || e[len - 1] != ')')
        return fail(c, DYAD_EDICT, "unbalanced '(' in", NULL);
      s.optional = 1;
      e++;
      len -= 2;
    }
    size_t i = 0;
    while (i <= len) {
      size_t j = i;
      int badch = 0;
      while (j < len && e[j] != '|') {
        badch |= e[j] == '(' || e[j] == ')' || e[j] == '*';
        j++;
      }
      if (badch) return fail(c, DYAD_EDICT, "bad character in word", NULL);
      int rc = add_word(c, e + i, j - i);
      if (rc) return rc;
      if (v->nalt - s.alt > MAX_ALTS) return fail(c, DYAD_EDICT, "too many alternatives", NULL);
      i = j + 1;
    }
    s.nalt = (uint16_t)(v->nalt - s.alt);
  }
  if (grow((void **)&v->slots, &v->capslot, v->nslot + 1, sizeof *v->slots))
    return fail(c, DYAD_ENOMEM, "out of memory", NULL);
  v->slots[v->nslot++] = s;
  (*nslot)++;
  return 0;
}

static int valid_code(const loadctx *c, const char *s, size_t len) {
  if (len < 2 || len > 4) return 0;
  for (size_t i = 0; i < len; i++)
    if (c->lenient ? !isalnum((unsigned char)s[i]) : !isdigit((unsigned char)s[i])) return 0;
  if (c->lenient) return 1;
  char buf[8];
  memcpy(buf, s, len);
  buf[len] = 0;
  return dyad__cameo_lookup(buf) != NULL;
}

static int parse_flags(loadctx *c, pat *p, char *f) {
  char *save = NULL;
  for (char *w = strtok_r(f, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
    if (!strcmp(w, "recip")) p->pub.flags |= DYAD_VF_RECIP;
    else if (!strcmp(w, "notarget")) p->pub.flags |= DYAD_VF_NOTARGET;
    else if (!strcmp(w, "near")) p->pub.flags |= DYAD_VF_NEAR;
    else if (!strcmp(w, "passive")) p->pub.flags |= DYAD_VF_PASSIVE;
    else if (!strcmp(w, "move")) p->pub.flags |= DYAD_VF_MOVE;
    else if (!strcmp(w, "noobj")) p->pub.flags |= DYAD_VF_NOOBJ;
    else if (!strncmp(w, "inv=", 4)) {
      if (!valid_code(c, w + 4, strlen(w + 4)))
        return fail(c, DYAD_EDICT, "unknown CAMEO code in", w);
      strcpy(p->pub.inverse, w + 4);
    } else {
      return fail(c, DYAD_EDICT, "unknown flag", w);
    }
  }
  return 0;
}

/* Parses one non-comment line. */
static int parse_line(loadctx *c, char *s, int discards) {
  dyad_verbs *v = c->v;
  if (grow((void **)&v->pats, &v->cappat, v->npat + 1, sizeof *v->pats))
    return fail(c, DYAD_ENOMEM, "out of memory", NULL);
  pat *p = &v->pats[v->npat];
  memset(p, 0, sizeof *p);
  p->slot0 = (uint32_t)v->nslot;
  p->pub.line = c->line;
  p->pub.file = c->file;
  char *flags = strchr(s, ';');
  if (flags) *flags++ = 0;
  char *body = s;
  if (discards) {
    p->pub.kind = DYAD_VK_DISCARD;
  } else {
    char *code = body;
    size_t n = strcspn(code, " \t");
    if (!code[n]) return fail(c, DYAD_EDICT, "expected CODE KIND PATTERN", NULL);
    code[n] = 0;
    body = code + n + 1;
    body += strspn(body, " \t");
    size_t k = strcspn(body, " \t");
    if (!body[k]) return fail(c, DYAD_EDICT, "expected CODE KIND PATTERN", NULL);
    body[k] = 0;
    char *kind = body;
    body += k + 1;
    if (!strcmp(kind, "v")) p->pub.kind = DYAD_VK_VERB;
    else if (!strcmp(kind, "n")) p->pub.kind = DYAD_VK_NOUN;
    else return fail(c, DYAD_EDICT, "kind must be v or n, not", kind);
    if (!strcmp(code, "-")) p->pub.kind = DYAD_VK_NULL;
    else if (!valid_code(c, code, strlen(code)))
      return fail(c, DYAD_EDICT, "unknown CAMEO code", code);
    else strcpy(p->pub.code, code);
  }
  /* trim the body */
  body += strspn(body, " \t");
  size_t bl = strlen(body);
  while (bl && (body[bl - 1] == ' ' || body[bl - 1] == '\t')) body[--bl] = 0;
  if (!bl) return fail(c, DYAD_EDICT, "empty pattern", NULL);
  if (flags) {
    if (discards) return fail(c, DYAD_EDICT, "flags are not allowed in a discard pattern", NULL);
    int rc = parse_flags(c, p, flags);
    if (rc) return rc;
  }
  uint32_t nslot = 0;
  for (size_t i = 0; i < bl;) {
    size_t j = i;
    while (j < bl && body[j] != ' ' && body[j] != '\t') j++;
    int rc = add_element(c, body + i, j - i, &nslot);
    if (rc) return rc;
    while (j < bl && (body[j] == ' ' || body[j] == '\t')) j++;
    i = j;
  }
  slot *first = &v->slots[p->slot0];
  if (first->gap || first->optional)
    return fail(c, DYAD_EDICT, "a pattern must start with a required word", NULL);
  if (v->slots[p->slot0 + nslot - 1].gap)
    return fail(c, DYAD_EDICT, "a pattern must not end with a gap", NULL);
  p->nslot = nslot;
  p->pub.text = keep(v, body);
  if (!p->pub.text) return fail(c, DYAD_ENOMEM, "out of memory", NULL);
  /* keep() may move strs; the file name pointer stays valid (strings are
     separately allocated). */
  v->npat++;
  return 0;
}

/* The home slot of head word h (the high bits of a product: FNV's low bits
** are poorly mixed). */
static inline size_t head_home(uint64_t h, size_t mask) {
  return (size_t)((h * 0x9E3779B97F4A7C15ull) >> 38) & mask;
}

static size_t head_slot(const head *t, size_t nhead, uint64_t h) {
  size_t mask = nhead - 1, i;
  for (i = head_home(h, mask); t[i].n && t[i].hash != h;
       i = (i + 1) & mask) {
  }
  return i;
}

/* The 64-bit filter of pattern p's second slot's words, bit (hash & 63):
** all ones when that slot is optional, a gap or absent (a head's filter is
** the union of its patterns'). */
static uint64_t next64(const dyad_verbs *v, const pat *p) {
  const slot *s = &v->slots[p->slot0];
  uint64_t b = 0;
  if (p->nslot < 2 || s[1].gap || s[1].optional) return ~0ull;
  for (uint32_t q = 0; q < s[1].nalt; q++) b |= 1ull << (v->alts[s[1].alt + q] & 63);
  return b;
}

/* Fills f (and the bit numbers it needs, appended to *rb) for pattern p. */
static int build_filter(const dyad_verbs *v, const pat *p, filter *f, uint16_t **rb,
                        size_t *nrb, size_t *caprb) {
  const slot *s = &v->slots[p->slot0];
  uint32_t pick[REQ_SLOTS], npick = 0;
  f->next_bloom = ~0u;
  f->kind = (uint8_t)p->pub.kind;
  f->slot0 = p->slot0;
  f->nslot = (uint8_t)p->nslot;
  f->pad = 0;
  if (p->nslot > 1 && !s[1].gap && !s[1].optional) {
    f->next_bloom = 0;
    for (uint32_t q = 0; q < s[1].nalt; q++) f->next_bloom |= 1u << (v->alts[s[1].alt + q] & 31);
  }
  /* the required later slots with fewest words, fewest first */
  for (uint32_t q = 1; q < p->nslot; q++) {
    uint32_t k;
    if (s[q].gap || s[q].optional || s[q].nalt > REQ_ALTS) continue;
    if (npick == REQ_SLOTS && s[q].nalt >= s[pick[npick - 1]].nalt) continue;
    if (npick < REQ_SLOTS) npick++;
    for (k = npick - 1; k > 0 && s[pick[k - 1]].nalt > s[q].nalt; k--) pick[k] = pick[k - 1];
    pick[k] = q;
  }
  f->req = (uint32_t)*nrb;
  f->nreq = (uint8_t)npick;
  for (uint32_t r = 0; r < npick; r++) {
    const slot *sq = &s[pick[r]];
    if (grow((void **)rb, caprb, *nrb + 1 + sq->nalt, sizeof **rb)) return DYAD_ENOMEM;
    (*rb)[(*nrb)++] = sq->nalt;
    for (uint32_t q = 0; q < sq->nalt; q++) (*rb)[(*nrb)++] = (uint16_t)sbit(v->alts[sq->alt + q]);
  }
  return 0;
}

/* Doubles the head table (counts kept). */
static int heads_grow(head **t, size_t *nh) {
  size_t n = *nh * 2;
  head *q = calloc(n, sizeof *q);
  if (!q) return DYAD_ENOMEM;
  for (size_t k = 0; k < *nh; k++)
    if ((*t)[k].n) q[head_slot(q, n, (*t)[k].hash)] = (*t)[k];
  free(*t);
  *t = q;
  *nh = n;
  return 0;
}

static size_t sub_slot(const bsub *t, size_t n, uint64_t k) {
  size_t mask = n - 1, i;
  for (i = sub_home(k, mask); t[i].n && t[i].key != k; i = (i + 1) & mask) {
  }
  return i;
}

static int subs_grow(bsub **t, size_t *n) {
  size_t m = *n * 2;
  bsub *q = calloc(m, sizeof *q);
  if (!q) return DYAD_ENOMEM;
  for (size_t k = 0; k < *n; k++)
    if ((*t)[k].n) q[sub_slot(q, m, (*t)[k].key)] = (*t)[k];
  free(*t);
  *t = q;
  *n = m;
  return 0;
}

/* 1 when patterns a and b match alike: the same kind and the same slots. */
static int pat_same(const dyad_verbs *v, const pat *a, const pat *b) {
  const slot *x = &v->slots[a->slot0], *y = &v->slots[b->slot0];
  if (a->pub.kind != b->pub.kind || a->nslot != b->nslot) return 0;
  for (uint32_t q = 0; q < a->nslot; q++)
    if (x[q].gap != y[q].gap || x[q].optional != y[q].optional || x[q].nalt != y[q].nalt ||
        memcmp(v->alts + x[q].alt, v->alts + y[q].alt, x[q].nalt * sizeof *v->alts))
      return 0;
  return 1;
}

/* The patterns a later one matching alike shadows: wherever such a pattern
** matches, the later one matches the same tokens and wins the tie (or what
** beats the later one beats it too), so the index leaves it out. Returns a
** new array of npat flags (caller frees), NULL when out of memory. */
static uint8_t *shadowed(const dyad_verbs *v) {
  size_t cap = 64, mask;
  uint8_t *sh = calloc(v->npat ? v->npat : 1, 1);
  uint32_t *tab;
  while (cap < v->npat * 2) cap *= 2;
  mask = cap - 1;
  if (!sh || !(tab = calloc(cap, sizeof *tab))) {
    free(sh);
    return NULL;
  }
  for (size_t i = v->npat; i-- > 0;) {
    const pat *p = &v->pats[i];
    const slot *s = &v->slots[p->slot0];
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)p->pub.kind ^ ((uint64_t)p->nslot << 8);
    size_t k;
    for (uint32_t q = 0; q < p->nslot; q++) {
      h = (h ^ ((uint64_t)s[q].gap | (uint64_t)s[q].optional << 8 | (uint64_t)s[q].nalt << 16)) * 0xff51afd7ed558ccdull;
      for (uint32_t a = 0; a < s[q].nalt; a++) h = (h ^ v->alts[s[q].alt + a]) * 0xc4ceb9fe1a85ec53ull;
    }
    for (k = (size_t)(h >> 40) & mask; tab[k]; k = (k + 1) & mask)
      if (pat_same(v, p, &v->pats[tab[k] - 1])) {
        sh[i] = 1;
        break;
      }
    if (!tab[k]) tab[k] = (uint32_t)i + 1;
  }
  free(tab);
  return sh;
}

/* Words that follow most heads in news text ("in", "of", "to", "said"):
** an anchor slot holding one finds its anchor in most sentences, and the
** patterns it indexes then mostly fail the required-word filter. */
static const char *const common_words[] = {
  "a", "about", "after", "against", "also", "an", "and", "are", "as", "at", "be", "been",
  "but", "by", "for", "from", "had", "has", "have", "he", "his", "in", "into", "is", "it",
  "its", "more", "not", "of", "on", "one", "or", "out", "over", "said", "says", "than",
  "that", "the", "their", "they", "this", "to", "two", "up", "was", "were", "which", "who",
  "will", "with", "would"};
#define NCOMMON (sizeof common_words / sizeof common_words[0])

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* The anchor of pattern p: of its required later slots, the one whose
** words are least likely to be in a sentence (each word counts 1, a common
** word, cw[] sorted, 64; on a tie the first), or NULL when it has none. Any
** required slot would do: a pattern can only match where every one of them
** has a word in the sentence. */
static const slot *anchor_of(const dyad_verbs *v, const pat *p, const uint64_t *cw) {
  const slot *s = &v->slots[p->slot0], *best = NULL;
  uint32_t bcost = 0;
  for (uint32_t q = 1; q < p->nslot; q++) {
    uint32_t cost = 0;
    if (s[q].gap || s[q].optional) continue;
    for (uint32_t a = 0; a < s[q].nalt; a++)
      cost += bsearch(&v->alts[s[q].alt + a], cw, NCOMMON, sizeof *cw, cmp_u64) ? 64 : 1;
    if (!best || cost < bcost) {
      best = &s[q];
      bcost = cost;
    }
  }
  return best;
}

/* No head sets and anchors: every list is scanned (and the anchor keys'
** filter is empty). 0 or DYAD_ENOMEM. */
static int no_anchors(dyad_verbs *v, head *t, size_t nh) {
  uint64_t *ab = calloc(AB_WORDS, sizeof *ab);
  if (!ab) return DYAD_ENOMEM;
  for (size_t k = 0; k < nh; k++) t[k].sets = t[k].nsets = 0;
  vfree(v, v->hsets);
  vfree(v, v->subs);
  vfree(v, v->spats);
  vfree(v, v->abloom);
  v->hsets = NULL;
  v->nhset = 0;
  v->subs = NULL;
  v->nsub = 0;
  v->spats = NULL;
  v->nspat = 0;
  v->abloom = ab;
  return 0;
}

/* Packs the anchor table sb (ns slots, whole keys) into v->subs, at least
** as many slots, and builds the anchor keys' filter v->abloom. A key whose
** probe would meet another key's entry with the same low half first would
** lose its patterns: the table then doubles, at most six times. Returns 0,
** 1 when no table would do, or DYAD_ENOMEM. */
static int pack_subs(dyad_verbs *v, const bsub *sb, size_t ns, const uint32_t *sp) {
  for (size_t n = ns; n <= ns << 6; n *= 2) {
    sub *t = calloc(n, sizeof *t);
    uint64_t *ab = calloc(AB_WORDS, sizeof *ab);
    size_t mask = n - 1, k;
    if (!t || !ab) {
      free(t);
      free(ab);
      return DYAD_ENOMEM;
    }
    for (k = 0; k < ns; k++) {
      uint32_t fp = (uint32_t)sb[k].key, b;
      size_t j;
      if (!sb[k].n) continue;
      for (j = sub_home(sb[k].key, mask); t[j].fn; j = (j + 1) & mask)
        if (t[j].fp == fp) break;
      if (t[j].fn) break; /* behind another key's entry */
      t[j].fp = fp;
      t[j].fn = (sb[k].n == 1 ? sp[sb[k].first] : sb[k].first) << 8 | (sb[k].n < SUB_MANY ? sb[k].n : SUB_MANY);
      b = abit(sb[k].key);
      ab[b >> 6] |= 1ull << (b & 63);
    }
    if (k == ns) {
      vfree(v, v->subs);
      vfree(v, v->abloom);
      v->subs = t;
      v->nsub = n;
      v->abloom = ab;
      return 0;
    }
    free(t);
    free(ab);
  }
  return 1;
}

/* The sets the patterns of head set id are indexed in (build_anchors): id
** itself when a big list names it, and the own sets of the heads that merge
** it with their other small sets. */
static uint32_t sets_of(uint32_t id, const uint32_t *vfirst, const uint32_t *vlist,
                        const uint32_t **out) {
  *out = vlist + vfirst[id];
  return vfirst[id + 1] - vfirst[id];
}

/* Builds the head sets and the anchor table for the big lists of the head
** table t (nh slots) over hp; sets t[].sets/nsets. */
static int build_anchors(dyad_verbs *v, head *t, size_t nh, const uint32_t *hp, const uint8_t *sh) {
  size_t nset = 0, nall, nvirt = 0, ns = 256, nsused = 0, nsp = 0, nhl = 0, caphl = 0, nst = 1024;
  size_t nvp = 0, capvp = 0;
  uint32_t *pset = malloc((v->npat ? v->npat : 1) * sizeof *pset);
  uint32_t *rep = NULL, *mark = NULL, *hl = NULL, *sp = NULL, *fill = NULL, off = 0;
  uint32_t *cnt = NULL, *vfirst = NULL, *vlist = NULL, *vpair = NULL;
  int32_t *anc = NULL;    /* a pattern's anchor slot (index from slot0), -1: none */
  uint8_t *used = NULL;
  struct { uint64_t key; uint32_t id; } *st = NULL; /* head sets by content */
  hset *hs = NULL;
  bsub *sb = calloc(ns, sizeof *sb);
  int big = 0, rc;
  uint64_t cw[NCOMMON];
  for (size_t k = 0; k < NCOMMON; k++) cw[k] = dyad__token_hash(common_words[k], strlen(common_words[k]));
  qsort(cw, NCOMMON, sizeof *cw, cmp_u64);
  if (!pset || !sb) goto nomem;
  for (size_t k = 0; k < nh; k++) big |= t[k].n >= BIG_GROUP;
  if (!big) {
    free(pset);
    free(sb);
    return no_anchors(v, t, nh);
  }
  /* 1. the head set of each pattern, and each set's size */
  while (nst < v->npat * 2) nst *= 2;
  st = calloc(nst, sizeof *st);
  rep = malloc((v->npat ? v->npat : 1) * sizeof *rep);
  anc = malloc((v->npat ? v->npat : 1) * sizeof *anc);
  if (!st || !rep || !anc) goto nomem;
  for (size_t i = 0; i < v->npat; i++) {
    const slot *s = &v->slots[v->pats[i].slot0];
    const uint64_t *a = v->alts + s->alt;
    uint64_t key = 0x84222325CBF29CE4ull ^ s->nalt;
    size_t k;
    const slot *an = anchor_of(v, &v->pats[i], cw);
    anc[i] = an ? (int32_t)(an - s) : -1;
    if (i > 0) {
      const slot *ps = &v->slots[v->pats[i - 1].slot0];
      if (ps->nalt == s->nalt && !memcmp(v->alts + ps->alt, a, s->nalt * sizeof *a)) {
        pset[i] = pset[i - 1];
        continue;
      }
    }
    for (uint32_t q = 0; q < s->nalt; q++) key = (key ^ a[q]) * 0x9E3779B97F4A7C15ull;
    key |= 1;
    for (k = (size_t)(key >> 40) & (nst - 1); st[k].key; k = (k + 1) & (nst - 1)) {
      const slot *rs;
      if (st[k].key != key) continue;
      rs = &v->slots[v->pats[rep[st[k].id]].slot0];
      if (rs->nalt == s->nalt && !memcmp(v->alts + rs->alt, a, s->nalt * sizeof *a)) break;
    }
    if (!st[k].key) {
      st[k].key = key;
      st[k].id = (uint32_t)nset;
      rep[nset++] = (uint32_t)i;
    }
    pset[i] = st[k].id;
  }
  free(st);
  st = NULL;
  free(rep);
  rep = NULL;
  cnt = calloc(nset ? nset : 1, sizeof *cnt);
  if (!cnt) goto nomem;
  for (size_t i = 0; i < v->npat; i++)
    if (!sh[i]) cnt[pset[i]]++;
  /* 2. the head sets of each big list: its sets, or, when it has two small
     ones or more, its big sets and a set of its own holding the small ones
     (id nset + its number); vpair[] gets (set, set its patterns go to) */
  mark = calloc(nset ? nset : 1, sizeof *mark);
  used = calloc(nset ? nset : 1, 1);
  if (!mark || !used) goto nomem;
  for (size_t k = 0; k < nh; k++) {
    size_t nsmall = 0, h0 = nhl;
    if (t[k].n < BIG_GROUP) {
      t[k].sets = t[k].nsets = 0;
      continue;
    }
    t[k].sets = (uint32_t)nhl;
    for (uint32_t e = 0; e < t[k].n; e++) {
      uint32_t id = pset[hp[t[k].first + e]];
      if (mark[id] == k + 1) continue;
      mark[id] = (uint32_t)(k + 1);
      nsmall += cnt[id] < SMALL_SET;
      if (grow((void **)&hl, &caphl, nhl + 1, sizeof *hl)) goto nomem;
      hl[nhl++] = id;
    }
    if (nsmall < 2) nsmall = 0;
    {
      size_t w = h0;
      for (size_t e = h0; e < nhl; e++) {
        uint32_t id = hl[e], to = id;
        if (nsmall && cnt[id] < SMALL_SET) {
          to = (uint32_t)(nset + nvirt);
        } else {
          hl[w++] = id;
          if (used[id]) continue;
          used[id] = 1;
        }
        if (grow((void **)&vpair, &capvp, 2 * (nvp + 1), sizeof *vpair)) goto nomem;
        vpair[2 * nvp] = id;
        vpair[2 * nvp + 1] = to;
        nvp++;
      }
      nhl = w;
    }
    if (nsmall) {
      if (grow((void **)&hl, &caphl, nhl + 1, sizeof *hl)) goto nomem;
      hl[nhl++] = (uint32_t)(nset + nvirt++);
    }
    t[k].nsets = (uint32_t)(nhl - t[k].sets);
  }
  free(mark);
  mark = NULL;
  nall = nset + nvirt;
  if (nall > UINT32_MAX / 2) goto nomem;
  /* the sets each set's patterns go to: vlist[vfirst[id], vfirst[id + 1]) */
  vfirst = calloc(nset + 1, sizeof *vfirst);
  vlist = malloc((nvp ? nvp : 1) * sizeof *vlist);
  hs = calloc(nall ? nall : 1, sizeof *hs);
  if (!vfirst || !vlist || !hs) goto nomem;
  for (size_t q = 0; q < nvp; q++) vfirst[vpair[2 * q] + 1]++;
  for (size_t k = 0; k < nset; k++) vfirst[k + 1] += vfirst[k];
  {
    uint32_t *at = calloc(nset ? nset : 1, sizeof *at);
    if (!at) goto nomem;
    for (size_t q = 0; q < nvp; q++) {
      uint32_t id = vpair[2 * q];
      vlist[vfirst[id] + at[id]++] = vpair[2 * q + 1];
    }
    free(at);
  }
  free(vpair);
  vpair = NULL;
  /* 3. count (a pattern is in its own big set, or in the own set of each
     head its small set is listed by): anchorless patterns a set, patterns an
     anchor word */
  for (size_t i = 0; i < v->npat; i++) {
    const uint32_t *ts;
    uint32_t nt = sets_of(pset[i], vfirst, vlist, &ts);
    if (sh[i]) continue;
    for (uint32_t e = 0; e < nt; e++) {
      uint32_t T = ts[e];
      const slot *s0 = &v->slots[v->pats[i].slot0], *an;
      uint32_t reach = 1;
      if (anc[i] < 0) {
        hs[T].n++;
        nsp++;
        continue;
      }
      an = s0 + anc[i];
      for (const slot *q = s0 + 1; q < an; q++) reach += q->gap ? q->gap : 1;
      if (reach > hs[T].reach) hs[T].reach = reach;
      for (uint32_t q = 0; q < an->nalt; q++) {
        uint64_t key = sub_key(T, v->alts[an->alt + q]);
        amap_set(hs[T].amap, v->alts[an->alt + q]);
        size_t k = sub_slot(sb, ns, key);
        if (!sb[k].n) {
          if ((nsused + 1) * 2 > ns) {
            if (subs_grow(&sb, &ns)) goto nomem;
            k = sub_slot(sb, ns, key);
          }
          sb[k].key = key;
          nsused++;
        }
        sb[k].n++;
        nsp++;
      }
    }
  }
  if (nsp > UINT32_MAX) goto nomem;
  sp = calloc(nsp ? nsp : 1, sizeof *sp);
  fill = calloc(ns, sizeof *fill);
  if (!sp || !fill) goto nomem;
  for (size_t k = 0; k < nall; k++) {
    hs[k].first = off;
    off += hs[k].n;
    hs[k].n = 0;
  }
  for (size_t k = 0; k < ns; k++)
    if (sb[k].n) {
      sb[k].first = off;
      off += sb[k].n;
    }
  /* 4. fill, last pattern first */
  for (size_t i = v->npat; i-- > 0;) {
    const uint32_t *ts;
    uint32_t nt = sets_of(pset[i], vfirst, vlist, &ts);
    if (sh[i]) continue;
    for (uint32_t e = 0; e < nt; e++) {
      uint32_t T = ts[e];
      const slot *an;
      if (anc[i] < 0) {
        hset *h = &hs[T];
        sp[h->first + h->n++] = (uint32_t)i;
        continue;
      }
      an = &v->slots[v->pats[i].slot0] + anc[i];
      for (uint32_t q = 0; q < an->nalt; q++) {
        size_t k = sub_slot(sb, ns, sub_key(T, v->alts[an->alt + q]));
        if (fill[k] && sp[sb[k].first + fill[k] - 1] == (uint32_t)i) continue;
        sp[sb[k].first + fill[k]++] = (uint32_t)i;
      }
    }
  }
  for (size_t k = 0; k < ns; k++) sb[k].n = fill[k];
  free(fill);
  fill = NULL;
  rc = nsp < SUB_FIRST_MAX && v->npat < SUB_FIRST_MAX ? pack_subs(v, sb, ns, sp) : 1;
  if (rc < 0) goto nomem;
  free(used);
  free(pset);
  free(cnt);
  free(anc);
  free(vfirst);
  free(vlist);
  free(sb);
  if (rc) {
    /* no table without a key behind another's half: no anchors (the big
       lists are scanned) */
    free(hl);
    free(hs);
    free(sp);
    return no_anchors(v, t, nh);
  }
  /* each head's sets copied in its run (hset) */
  {
    hset *hc = malloc((nhl ? nhl : 1) * sizeof *hc);
    if (!hc) {
      free(hl);
      free(hs);
      free(sp);
      return DYAD_ENOMEM;
    }
    for (size_t e = 0; e < nhl; e++) {
      hc[e] = hs[hl[e]];
      hc[e].id = hl[e];
    }
    free(hl);
    free(hs);
    hs = hc;
  }
  free(v->hsets);
  free(v->spats);
  v->hsets = hs;
  v->nhset = nhl;
  v->spats = sp;
  v->nspat = nsp;
  return 0;
nomem:
  free(pset);
  free(rep);
  free(mark);
  free(used);
  free(st);
  free(hs);
  free(sb);
  free(hl);
  free(sp);
  free(fill);
  free(cnt);
  free(anc);
  free(vfirst);
  free(vlist);
  free(vpair);
  return DYAD_ENOMEM;
}

static int build_index(dyad_verbs *v) {
  size_t need = 0, nh = 256, nrb = 0, caprb = 0, used = 0;
  head *t = calloc(nh, sizeof *t);
  uint8_t *sh = shadowed(v);
  uint32_t *hp = NULL, *fill = NULL, off = 0, ks[MAX_ALTS + 4];
  const slot *prev = NULL;
  filter *fl = NULL;
  uint16_t *rb = NULL;
  if (!t || !sh) goto nomem;
  /* count the patterns of each head word (an upper bound: a word twice in
     one pattern's first slot is listed once) */
  for (size_t i = 0; i < v->npat; i++) {
    const slot *s = &v->slots[v->pats[i].slot0];
    if (sh[i]) continue; /* left out (shadowed) */
    if (prev && prev->nalt == s->nalt &&
        !memcmp(v->alts + prev->alt, v->alts + s->alt, s->nalt * sizeof *v->alts)) {
      for (uint32_t a = 0; a < s->nalt; a++) t[ks[a]].n++;
      need += s->nalt;
      continue;
    }
    prev = s;
    for (uint32_t a = 0; a < s->nalt; a++) {
      uint64_t h = v->alts[s->alt + a];
      size_t k = head_slot(t, nh, h);
      if (!t[k].n) {
        if ((used + 1) * 2 > nh) {
          if (heads_grow(&t, &nh)) goto nomem;
          k = head_slot(t, nh, h);
          prev = NULL; /* ks[] of this slot moved */
        }
        t[k].hash = h;
        used++;
      }
      t[k].n++;
      ks[a] = (uint32_t)k;
      need++;
    }
  }
  prev = NULL;
  fill = calloc(nh, sizeof *fill);
  hp = calloc(need ? need : 1, sizeof *hp); /* gaps (duplicates) stay 0 */
  fl = malloc((v->npat ? v->npat : 1) * sizeof *fl);
  if (!fill || !hp || !fl) goto nomem;
  for (size_t k = 0; k < nh; k++)
    if (t[k].n) {
      t[k].first = off;
      off += t[k].n;
    }
  /* fill the lists, last pattern first */
  for (size_t i = v->npat; i-- > 0;) {
    const slot *s = &v->slots[v->pats[i].slot0];
    /* the patterns of a PETRARCH verb block share their first slot: its
       words' table slots are looked up once for the run */
    if (!prev || prev->nalt != s->nalt ||
        memcmp(v->alts + prev->alt, v->alts + s->alt, s->nalt * sizeof *v->alts)) {
      for (uint32_t a = 0; a < s->nalt; a++) ks[a] = (uint32_t)head_slot(t, nh, v->alts[s->alt + a]);
      prev = s;
    }
    for (uint32_t a = 0; a < s->nalt && !sh[i]; a++) {
      uint32_t k = ks[a];
      if (fill[k] && hp[t[k].first + fill[k] - 1] == (uint32_t)i) continue;
      hp[t[k].first + fill[k]++] = (uint32_t)i;
    }
    if (build_filter(v, &v->pats[i], &fl[i], &rb, &nrb, &caprb)) goto nomem;
  }
  for (size_t k = 0; k < nh; k++) {
    t[k].n = fill[k];
    t[k].next = 0;
    for (uint32_t e = 0; e < t[k].n; e++) t[k].next |= next64(v, &v->pats[hp[t[k].first + e]]);
  }
  free(fill);
  fill = NULL;
  if (build_anchors(v, t, nh, hp, sh)) goto nomem;
  free(sh);
  free(v->heads);
  free(v->hpats);
  free(v->filts);
  free(v->reqb);
  v->heads = t;
  v->nhead = nh;
  v->hpats = hp;
  v->nhpat = need;
  v->filts = fl;
  v->reqb = rb;
  v->nreqb = nrb;
  return build_hkinds(v) ? DYAD_ENOMEM : build_blooms(v);
nomem:
  free(t);
  free(fill);
  free(hp);
  free(fl);
  free(rb);
  free(sh);
  return DYAD_ENOMEM;
}

int dyad__verbs_load(dyad_verbs **vp, const char *path, char *err, size_t errcap) {
  loadctx c = {NULL, path, NULL, 0, err, errcap, 0};
  if (!vp || !path) return DYAD_EINVAL;
  if (!*vp) {
    *vp = calloc(1, sizeof **vp);
    if (!*vp) return fail(&c, DYAD_ENOMEM, "out of memory", NULL);
  }
  c.v = *vp;
  FILE *f = fopen(path, "rb");
  if (!f) return fail(&c, DYAD_EIO, "cannot open", NULL);
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  int discards = !strncmp(base, "discards", 8);
  if (!(c.file = keep(c.v, path))) {
    fclose(f);
    return fail(&c, DYAD_ENOMEM, "out of memory", NULL);
  }
  char line[2048];
  int rc = 0;
  size_t before = c.v->npat;
  while (fgets(line, sizeof line, f)) {
    c.line++;
    size_t n = strlen(line);
    if (n == sizeof line - 1 && line[n - 1] != '\n') {
      rc = fail(&c, DYAD_EDICT, "line too long", NULL);
      break;
    }
    if (memchr(line, 0, n) || n != strlen(line)) {
      rc = fail(&c, DYAD_EDICT, "NUL byte in line", NULL);
      break;
    }
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    char *s = line + strspn(line, " \t");
    if (!*s || *s == '#') continue;
    if ((rc = parse_line(&c, s, discards))) break;
  }
  if (!rc && ferror(f)) rc = fail(&c, DYAD_EIO, "read error", NULL);
  fclose(f);
  if (rc) {
    /* drop the partial pattern set of this file so the set stays sane */
    c.v->npat = before;
  }
  int brc = build_index(c.v);
  if (!rc && brc) rc = fail(&c, brc, "out of memory", NULL);
  return rc;
}

int dyad__verbs_add(dyad_verbs **vp, const char *line, const char *file, unsigned lineno,
                    char *err, size_t errcap) {
  loadctx c = {NULL, file ? file : "(pattern)", NULL, lineno, err, errcap, 1};
  if (!vp || !line) return DYAD_EINVAL;
  if (!*vp) {
    *vp = calloc(1, sizeof **vp);
    if (!*vp) return fail(&c, DYAD_ENOMEM, "out of memory", NULL);
  }
  c.v = *vp;
  /* the file name is kept once for a run of lines from one file */
  if (c.v->last_file && !strcmp(c.v->last_file, c.path)) c.file = c.v->last_file;
  else if (!(c.file = c.v->last_file = keep(c.v, c.path))) return fail(&c, DYAD_ENOMEM, "out of memory", NULL);
  char buf[2048];
  size_t n = strlen(line);
  if (n >= sizeof buf) return fail(&c, DYAD_EDICT, "line too long", NULL);
  memcpy(buf, line, n + 1);
  while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) buf[--n] = 0;
  char *s = buf + strspn(buf, " \t");
  if (!*s || *s == '#') return 0;
  size_t before = c.v->npat;
  int discard = !strncmp(s, "discard", 7) && (s[7] == ' ' || s[7] == '\t');
  int rc = parse_line(&c, discard ? s + 8 : s, discard);
  if (rc) c.v->npat = before;
  return rc;
}

int dyad__verbs_finish(dyad_verbs *v) { return v ? build_index(v) : 0; }

/* ---- matching ---------------------------------------------------------- */

typedef struct mstate {
  const dyad_verbs *v;
  const uint64_t *hash;
  const unsigned char *word;
  size_t ntok;
  const slot *slots;
  uint32_t nslot;
  long best;            /* best end so far, -1 none */
  uint32_t gs, ge;      /* gap of the best */
  uint32_t cgs, cge;    /* gap of the current path */
} mstate;

static int slot_has(const dyad_verbs *v, const slot *s, uint64_t h) {
  if (s->nalt > 2 && !(v->sbloom[s - v->slots] & sword_bit(h))) return 0;
  for (uint32_t a = 0; a < s->nalt; a++)
    if (v->alts[s->alt + a] == h) return 1;
  return 0;
}

/* Depth-first over the slots; the first complete path wins: gaps as short
** as possible ("fired ... into" stops at the first "into"), optional words
** taken when present. */
static void match_from(mstate *m, uint32_t si, size_t t) {
  if (m->best >= 0) return;
  if (si == m->nslot) {
    if ((long)t > m->best) {
      m->best = (long)t;
      m->gs = m->cgs;
      m->ge = m->cge;
    }
    return;
  }
  const slot *s = &m->slots[si];
  if (s->gap) {
    uint32_t sgs = m->cgs, sge = m->cge;
    const slot *nw = si + 1 < m->nslot && !s[1].gap && !s[1].optional ? &s[1] : NULL;
    for (size_t k = 0; k <= s->gap && t + k <= m->ntok; k++) {
      if (k > 0 && (!(m->word[t + k - 1] & (DYAD_VW_WORD | DYAD_VW_GAPOK)) ||
                    (m->word[t + k - 1] & DYAD_VW_NOGAP)))
        break;
      if (k > 0) {
        /* the gap span reported is the union of the path's gaps */
        if (m->cge == 0) m->cgs = (uint32_t)t;
        m->cge = (uint32_t)(t + k);
      }
      /* a required word next: only where it is */
      if (!nw || (t + k < m->ntok && slot_has(m->v, nw, m->hash[t + k]))) match_from(m, si + 1, t + k);
    }
    m->cgs = sgs;
    m->cge = sge;
    return;
  }
  if (t < m->ntok && slot_has(m->v, s, m->hash[t])) match_from(m, si + 1, t + 1);
  if (s->optional) match_from(m, si + 1, t);
}

/* 1 when every filtered slot of f has a word in the sentence filter sb. */
static int req_ok(const dyad_verbs *v, const filter *f, const uint64_t *sb) {
  const uint16_t *r = v->reqb + f->req;
  for (uint32_t k = 0; k < f->nreq; k++) {
    uint32_t n = *r++, q;
    for (q = 0; q < n; q++)
      if ((sb[r[q] >> 6] >> (r[q] & 63)) & 1) break;
    if (q == n) return 0;
    r += n;
  }
  return 1;
}

/* The index of the lowest set bit of x (x != 0). */
static inline size_t ctz64(uint64_t x) {
#if defined(__GNUC__)
  return (size_t)__builtin_ctzll(x);
#else
  size_t k = 0;
  while (!(x & 1)) {
    x >>= 1;
    k++;
  }
  return k;
#endif
}

/* The tokens hb[0, nb) (nb <= 64) whose word passes a head set's anchor
** filter (a0, a1: its two words, amap_has), as a mask: a select and a shift a
** token, the mask built from the last token down. */
static inline uint64_t amap_mask(const uint64_t *hb, size_t nb, uint64_t a0, uint64_t a1) {
  uint64_t am = 0;
  for (size_t t = nb; t-- > 0;) {
    uint64_t h = hb[t], x = (h >> 31) & 1 ? a1 : a0;
    am = am << 1 | ((x >> (h >> 58)) & 1);
  }
  return am;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define DYAD__GATHER_AVX2 1
#include <immintrin.h>
/* amap_mask four tokens a step: the word by bit 31 (a blend on the top bit
** of the hash shifted up 32), the bit moved to the top by a shift of 63 -
** (h >> 58), the four top bits the step's mask. A step reads four hashes
** where hb has them (avail: the hashes from hb[0] on), else a masked load
** reads those there are; the bits past nb are cleared. */
__attribute__((target("avx2"))) static inline uint64_t amap_mask_avx2(const uint64_t *hb, size_t nb, size_t avail,
                                                                      uint64_t a0, uint64_t a1) {
  const __m256d w0 = _mm256_castsi256_pd(_mm256_set1_epi64x((long long)a0));
  const __m256d w1 = _mm256_castsi256_pd(_mm256_set1_epi64x((long long)a1));
  const __m256i c63 = _mm256_set1_epi64x(63);
  uint64_t am = 0;
  for (size_t t = 0; t < nb; t += 4) {
    __m256i h;
    if (t + 4 <= avail) {
      h = _mm256_loadu_si256((const __m256i *)(const void *)(hb + t));
    } else {
      const __m256i lane = _mm256_set_epi64x(3, 2, 1, 0);
      __m256i m = _mm256_cmpgt_epi64(_mm256_set1_epi64x((long long)(avail - t)), lane);
      h = _mm256_maskload_epi64((const long long *)(const void *)(hb + t), m);
    }
    __m256d x = _mm256_blendv_pd(w0, w1, _mm256_castsi256_pd(_mm256_slli_epi64(h, 32)));
    __m256i y = _mm256_sllv_epi64(_mm256_castpd_si256(x), _mm256_xor_si256(_mm256_srli_epi64(h, 58), c63));
    am |= (uint64_t)(unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(y)) << t;
  }
  return nb < 64 ? am & ((1ull << nb) - 1) : am;
}
#endif

/* The candidates of a big list at token i: its head sets' anchorless
** patterns and those anchored on a later token, in descending pattern order,
** each once. Returns their number, MAX_CAND + 1 when there are too many.
** avx: the anchor filter's masks by amap_mask_avx2 (a constant: gather_in is
** inlined into gather and gather_avx2). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t gather_in(const dyad_verbs *v, const head *hd, const uint64_t *hash, size_t i,
                               size_t ntok, uint32_t *cand, const int avx) {
  size_t nc = 0, mask = v->nsub - 1, after = ntok - i - 1; /* the tokens after the head */
  const uint64_t *ht = hash + i + 1; /* ht[0]: the token after the head */
  const hset *hs = &v->hsets[hd->sets], *he = hs + hd->nsets;
  for (; hs < he; hs++) {
    uint32_t set = hs->id, n = hs->n;
    const uint32_t *sp = v->spats + hs->first;
    if (nc + n > MAX_CAND) return MAX_CAND + 1;
    for (uint32_t q = 0; q < n; q++) cand[nc + q] = sp[q];
    nc += n;
    /* the tokens an anchor may be on (none: no anchored pattern) */
    size_t w = hs->reach < after ? hs->reach : after;
    if (!w) continue;
    const uint64_t a0 = hs->amap[0], a1 = hs->amap[1];
    for (size_t t0 = 0; t0 < w; t0 += 64) {
      /* the tokens whose word passes the set's anchor filter, then those of
      ** them that pass the anchor bloom, as masks without a branch a token
      ** (the answers are coin tosses, and the bloom's loads overlap), then
      ** their table slots fetched together, then probed in token order */
      const uint64_t *hb = ht + t0;
      size_t nb = w - t0 < 64 ? w - t0 : 64;
      uint64_t am, ok = 0;
#if defined(DYAD__GATHER_AVX2)
      if (avx) am = amap_mask_avx2(hb, nb, after - t0, a0, a1);
      else
#endif
        am = amap_mask(hb, nb, a0, a1);
      for (; am; am &= am - 1) {
        size_t t = ctz64(am);
        uint32_t ab = abit(sub_key(set, hb[t]));
        ok |= ((v->abloom[ab >> 6] >> (ab & 63)) & 1) << t;
      }
      if (!ok) continue;
#if defined(__GNUC__)
      for (uint64_t c = ok; c; c &= c - 1)
        __builtin_prefetch(&v->subs[sub_home(sub_key(set, hb[ctz64(c)]), mask)]);
#endif
      for (; ok; ok &= ok - 1) {
        uint64_t key = sub_key(set, hb[ctz64(ok)]);
        uint32_t fp = (uint32_t)key, fn, sn;
        size_t j;
        for (j = sub_home(key, mask); (fn = v->subs[j].fn) && v->subs[j].fp != fp; j = (j + 1) & mask) {
        }
        if (!fn) continue;
        sn = fn & 255;
        if (sn == SUB_MANY || nc + sn > MAX_CAND) return MAX_CAND + 1;
        if (sn == 1) {
          cand[nc++] = fn >> 8; /* the pattern itself */
          continue;
        }
        for (uint32_t q = 0; q < sn; q++) cand[nc + q] = v->spats[(fn >> 8) + q];
        nc += sn;
      }
    }
  }
  if (nc < 2) return nc;
  /* descending, each once */
  for (size_t a = 1; a < nc; a++) {
    uint32_t x = cand[a];
    size_t b = a;
    while (b > 0 && cand[b - 1] < x) {
      cand[b] = cand[b - 1];
      b--;
    }
    cand[b] = x;
  }
  size_t w = 1;
  for (size_t a = 1; a < nc; a++)
    if (cand[a] != cand[w - 1]) cand[w++] = cand[a];
  return w;
}

#if defined(__GNUC__)
__attribute__((noinline, noipa)) /* (its registers apart from the matcher's) */
#endif
static size_t gather(const dyad_verbs *v, const head *hd, const uint64_t *hash, size_t i,
                     size_t ntok, uint32_t *cand) {
  return gather_in(v, hd, hash, i, ntok, cand, 0);
}

#if defined(DYAD__GATHER_AVX2)
__attribute__((noinline, noipa, target("avx2")))
static size_t gather_avx2(const dyad_verbs *v, const head *hd, const uint64_t *hash, size_t i,
                          size_t ntok, uint32_t *cand) {
  return gather_in(v, hd, hash, i, ntok, cand, 1);
}
#endif

/* The head filter over n tokens (n <= 64) as a mask, bit k for token k: a
** word whose bit is set in the filter hb (hbit). Its own function: in
** dyad__verbs_match the loop shares the registers with the whole matcher. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t head_cands(const uint64_t *hb, const uint64_t *hash, const unsigned char *word, size_t n) {
  uint64_t c = 0;
  for (size_t k = n; k-- > 0;) {
    uint32_t b = hbit(hash[k]);
    c = c << 1 | ((hb[b >> 6] >> (b & 63)) & (uint64_t)(word[k] & DYAD_VW_WORD));
  }
  return c;
}

uint64_t dyad__verbs_heads(const dyad_verbs *v, const uint64_t *hash, const unsigned char *word, size_t n) {
  return v && v->nhead && n ? head_cands(v->hbloom, hash, word, n > 64 ? 64 : n) : 0;
}

size_t dyad__verbs_match(const dyad_verbs *v, const uint64_t *hash,
                         const unsigned char *word, size_t ntok,
                         dyad_vmatch *out, size_t cap) {
  return dyad__verbs_match_heads(v, hash, word, ntok, NULL, out, cap);
}

size_t dyad__verbs_match_heads(const dyad_verbs *v, const uint64_t *hash,
                               const unsigned char *word, size_t ntok, const uint64_t *heads,
                               dyad_vmatch *out, size_t cap) {
  size_t n = 0;
  uint64_t sb[SBITS / 64]; /* the words of the sentence after the first head that
                              needs them (a filter) */
  uint32_t cand[MAX_CAND];
  if (!v || !v->nhead) return 0;
  mstate m = {v, hash, word, ntok, NULL, 0, -1, 0, 0, 0, 0};
  int sb_done = 0; /* sb is filled when a pattern first needs it (most sentences: never) */
  size_t blk = (size_t)-1; /* the 64 tokens from blk: cands, the words that may head a pattern */
  uint64_t cands = 0;
  for (size_t i = 0; i < ntok;) {
    if ((i & ~(size_t)63) != blk) {
      /* the head filter over the block's words as a mask, without a branch
      ** a token (the filter's answer is a coin toss for the branch
      ** predictor, and the loads overlap) */
      size_t bend;
      blk = i & ~(size_t)63;
      bend = ntok - blk < 64 ? ntok : blk + 64;
      cands = heads ? heads[blk >> 6] : head_cands(v->hbloom, hash + blk, word + blk, bend - blk);
#if defined(__GNUC__)
      /* the head slots of those words, fetched together: with a large set
      ** (Phoenix) heads[] is far bigger than the caches, and each probe
      ** below would wait for its own miss */
      for (uint64_t c = cands; c; c &= c - 1)
        __builtin_prefetch(&v->heads[head_home(hash[blk + ctz64(c)], v->nhead - 1)]);
#endif
    }
    uint64_t rest = cands & (~0ull << (i - blk));
    if (!rest) {
      i = blk + 64; /* no pattern starts with a word of the rest of the block */
      continue;
    }
    i = blk + ctz64(rest);
    uint64_t h = hash[i];
    size_t hk = head_slot(v->heads, v->nhead, h);
    const head *hd = &v->heads[hk];
    long best = -1;
    uint32_t bp = 0, bgs = 0, bge = 0;
    uint64_t nextw = i + 1 < ntok ? 1ull << (hash[i + 1] & 63) : 0;
    uint32_t nextw32 = i + 1 < ntok ? 1u << (hash[i + 1] & 31) : 0;
    /* an adverbial right after the head ("agreed on Tuesday to"): a verb
       pattern may take its second word after it too (j: the word after) */
    size_t j = i + 1;
    while (j < ntok && (word[j] & DYAD_VW_ADVB)) j++;
    if (j > i + 1 && j < ntok && (word[j] & DYAD_VW_TO)) {
      nextw |= 1ull << (hash[j] & 63);
      nextw32 |= 1u << (hash[j] & 31);
    } else {
      j = i + 1;
    }
    if (hd->next != ~0ull && !(hd->next & nextw)) {
      i++; /* no pattern's second word follows */
      continue;
    }
    unsigned ctx = word[i] & (DYAD_VW_NOUNCTX | DYAD_VW_VERBCTX);
    const uint32_t *list = v->hpats + hd->first;
    uint32_t nlist = hd->n;
    if (hd->nsets && ctx) {
      /* a noun context rules out the verb patterns, a verb context the
         nominal ones (below): when that is all of a big head's, no
         candidate would pass, so none is gathered */
      unsigned allowed = 0xFFu;
      if (ctx & DYAD_VW_NOUNCTX) allowed &= ~(1u << DYAD_VK_VERB);
      if (ctx & DYAD_VW_VERBCTX) allowed &= ~(1u << DYAD_VK_NOUN);
      if (!(v->hkinds[hk] & allowed)) {
        i++;
        continue;
      }
    }
    if (hd->nsets) {
#if defined(DYAD__GATHER_AVX2)
      size_t nc = __builtin_cpu_supports("avx2") ? gather_avx2(v, hd, hash, i, ntok, cand)
                                                 : gather(v, hd, hash, i, ntok, cand);
#else
      size_t nc = gather(v, hd, hash, i, ntok, cand);
#endif
      if (nc <= MAX_CAND) {
        list = cand;
        nlist = (uint32_t)nc;
      }
    }
#if defined(__GNUC__)
    /* the candidates' filters (an array as large as the set), together */
    for (uint32_t e = 0; e < nlist && e < 16; e++) __builtin_prefetch(&v->filts[list[e]]);
#endif
    for (uint32_t e = 0; e < nlist; e++) {
      uint32_t pi = list[e];
      const filter *fl = &v->filts[pi];
      if (fl->next_bloom != ~0u && !(fl->next_bloom & nextw32))
        continue; /* the second word cannot match */
      int kind = fl->kind;
      if (ctx && ((kind == DYAD_VK_VERB && (ctx & DYAD_VW_NOUNCTX)) ||
                  (kind == DYAD_VK_NOUN && (ctx & DYAD_VW_VERBCTX))))
        continue;
      if (fl->nreq && !sb_done) {
        /* the words after this head: a filter tests later slots only, and a
        ** later head needs fewer of them */
        memset(sb, 0, sizeof sb);
        for (size_t t = i + 1; t < ntok; t++) {
          uint32_t b = sbit(hash[t]);
          sb[b >> 6] |= 1ull << (b & 63);
        }
        sb_done = 1;
      }
      if (fl->nreq && !req_ok(v, fl, sb)) continue; /* a needed word is absent */
      m.slots = &v->slots[fl->slot0];
      m.nslot = fl->nslot;
      m.best = -1;
      m.cgs = m.cge = 0;
      match_from(&m, 1, i + 1);
      if (m.best < 0 && j > i + 1 && kind == DYAD_VK_VERB) {
        m.cgs = m.cge = 0;
        match_from(&m, 1, j);
      }
      if (m.best < 0) continue;
      int better = m.best > best;
      if (!better && m.best == best) {
        int bk = v->filts[bp].kind;
        if (kind == DYAD_VK_VERB && bk == DYAD_VK_NOUN) better = 1;
        else if (!(kind == DYAD_VK_NOUN && bk == DYAD_VK_VERB) && pi > bp) better = 1;
      }
      if (better) {
        best = m.best;
        bp = pi;
        bgs = m.gs;
        bge = m.ge;
      }
    }
    if (best < 0) {
      i++;
      continue;
    }
    if (n < cap) {
      out[n].tok_start = (uint32_t)i;
      out[n].tok_end = (uint32_t)best;
      out[n].gap_start = bgs;
      out[n].gap_end = bge;
      out[n].pattern = bp;
    }
    n++;
    i = (size_t)best;
  }
  return n;
}

/* ---- the compiled form (dict_cache.c) ----------------------------------- */

/* A pattern as stored: strings as offsets into the saved string pool. */
typedef struct spat {
  char code[8], inverse[8];
  uint32_t kind, flags, text, file, line, slot0, nslot, pad;
} spat;

int dyad__verbs_save(const dyad_verbs *v, dyad__wbuf *w) {
  spat *sp = NULL;
  char *pool = NULL;
  size_t npool = 0, cappool = 0;
  const char *lastf = NULL;
  uint32_t lastoff = 0;
  if (!v) {
    dyad__w_u64(w, 0);
    return w->err;
  }
  if (!(sp = calloc(v->npat ? v->npat : 1, sizeof *sp))) return w->err = DYAD_ENOMEM;
  for (size_t i = 0; i < v->npat; i++) {
    const pat *p = &v->pats[i];
    const char *strs[2] = {p->pub.text ? p->pub.text : "", p->pub.file ? p->pub.file : ""};
    uint32_t off[2];
    for (int k = 0; k < 2; k++) {
      size_t n;
      if (k == 1 && lastf && strs[1] == lastf) {
        off[1] = lastoff;
        continue;
      }
      n = strlen(strs[k]) + 1;
      if (npool + n > UINT32_MAX || grow((void **)&pool, &cappool, npool + n, 1)) {
        free(sp);
        free(pool);
        return w->err = DYAD_ENOMEM;
      }
      memcpy(pool + npool, strs[k], n);
      off[k] = (uint32_t)npool;
      npool += n;
    }
    lastf = strs[1];
    lastoff = off[1];
    memcpy(sp[i].code, p->pub.code, 8);
    memcpy(sp[i].inverse, p->pub.inverse, 8);
    sp[i].kind = (uint32_t)p->pub.kind;
    sp[i].flags = p->pub.flags;
    sp[i].text = off[0];
    sp[i].file = off[1];
    sp[i].line = p->pub.line;
    sp[i].slot0 = p->slot0;
    sp[i].nslot = p->nslot;
  }
  dyad__w_u64(w, 1);
  dyad__w_array(w, sp, v->npat, sizeof *sp);
  dyad__w_array(w, pool, npool, 1);
  dyad__w_array(w, v->slots, v->nslot, sizeof *v->slots);
  dyad__w_array(w, v->alts, v->nalt, sizeof *v->alts);
  dyad__w_array(w, v->heads, v->nhead, sizeof *v->heads);
  dyad__w_array(w, v->hpats, v->nhpat, sizeof *v->hpats);
  dyad__w_array(w, v->filts, v->nhead ? v->npat : 0, sizeof *v->filts);
  dyad__w_array(w, v->reqb, v->nreqb, sizeof *v->reqb);
  /* the head sets start on a cache line of the file (mapped page-aligned):
     a set is half a line */
  {
    size_t pad = (64 - ((w->n + 16) & 63)) & 63;
    dyad__w_u64(w, pad / 8);
    for (size_t k = 0; k < pad / 8; k++) dyad__w_u64(w, 0);
  }
  dyad__w_array(w, v->hsets, v->nhset, sizeof *v->hsets);
  dyad__w_array(w, v->subs, v->nsub, sizeof *v->subs);
  dyad__w_array(w, v->spats, v->nspat, sizeof *v->spats);
  /* the three filters (build_blooms) and the heads' kinds (build_hkinds),
     saved so that loading does not rebuild them */
  dyad__w_array(w, v->hbloom, v->nhead ? HB_WORDS : 0, sizeof *v->hbloom);
  dyad__w_array(w, v->abloom, v->nhead ? AB_WORDS : 0, sizeof *v->abloom);
  dyad__w_array(w, v->sbloom, v->nhead ? v->nslot : 0, sizeof *v->sbloom);
  dyad__w_array(w, v->hkinds, v->nhead ? v->nhead : 0, 1);
  free(sp);
  free(pool);
  return w->err;
}

static int pow2_or_0(size_t n) { return (n & (n - 1)) == 0; }

/* 1 when some a[k] (k < n) is lim or more: the pattern lists of a large set
** hold some 300,000 indexes, checked at every load (four at a time with
** SSE2: an unsigned compare as a signed one of the values with their top
** bit flipped). */
static int any_ge_u32(const uint32_t *a, size_t n, uint32_t lim) {
  size_t k = 0;
  if (!lim) return n > 0;
#if defined(__SSE2__)
  {
    const __m128i top = _mm_set1_epi32(INT32_MIN);
    const __m128i last = _mm_set1_epi32((int32_t)((lim - 1) ^ 0x80000000u)); /* the last value allowed, flipped */
    __m128i bad = _mm_setzero_si128();
    for (; k + 4 <= n; k += 4)
      bad = _mm_or_si128(bad, _mm_cmpgt_epi32(_mm_xor_si128(_mm_loadu_si128((const __m128i *)(const void *)(a + k)), top), last));
    if (_mm_movemask_epi8(bad)) return 1;
  }
#endif
  for (; k < n; k++)
    if (a[k] >= lim) return 1;
  return 0;
}

/* The bits of n 16-bit values ORed together, four at a time. */
static unsigned or_u16(const uint16_t *a, size_t n) {
  uint64_t acc = 0, x;
  size_t k = 0;
  for (; k + 4 <= n; k += 4) {
    memcpy(&x, a + k, sizeof x);
    acc |= x;
  }
  acc |= acc >> 32;
  acc |= acc >> 16;
  for (; k < n; k++) acc |= a[k];
  return (unsigned)(acc & 0xFFFFu);
}

/* Checks every index the matcher follows; 1 when sane. */
static int verbs_sane(const dyad_verbs *v, size_t npool) {
  size_t used = 0;
  (void)npool;
  for (size_t i = 0; i < v->nslot; i++) {
    const slot *s = &v->slots[i];
    if (s->gap > GAP_LONG || s->nalt > MAX_ALTS || (size_t)s->alt + s->nalt > v->nalt) return 0;
    if (!s->gap && !s->nalt) return 0;
  }
  for (size_t i = 0; i < v->npat; i++) {
    const pat *p = &v->pats[i];
    if (!p->nslot || p->nslot > MAX_SLOTS || (size_t)p->slot0 + p->nslot > v->nslot) return 0;
    if (v->slots[p->slot0].gap || p->pub.kind < DYAD_VK_VERB || p->pub.kind > DYAD_VK_DISCARD)
      return 0;
  }
  if (!pow2_or_0(v->nhead) || !pow2_or_0(v->nsub)) return 0;
  if (v->nhead && !v->filts) return 0;
  for (size_t k = 0; k < v->nhead; k++) {
    const head *h = &v->heads[k];
    if (!h->n) {
      if (h->nsets) return 0;
      continue;
    }
    used++;
    if ((size_t)h->first + h->n > v->nhpat || (size_t)h->sets + h->nsets > v->nhset) return 0;
    if (h->nsets && !v->nsub) return 0;
  }
  if (v->nhead && used >= v->nhead) return 0; /* a probe must meet an empty slot */
  if (any_ge_u32(v->hpats, v->nhpat, (uint32_t)v->npat)) return 0;
  for (size_t i = 0; v->nhead && i < v->npat; i++) {
    const filter *f = &v->filts[i];
    size_t r = f->req;
    if (f->nreq > REQ_SLOTS) return 0;
    if (f->slot0 != v->pats[i].slot0 || f->nslot != v->pats[i].nslot || (int)f->kind != v->pats[i].pub.kind)
      return 0;
    for (uint32_t q = 0; q < f->nreq; q++) {
      if (r >= v->nreqb) return 0;
      r += 1 + (size_t)v->reqb[r];
      if (r > v->nreqb) return 0;
    }
  }
  if (or_u16(v->reqb, v->nreqb) >= SBITS) return 0; /* (SBITS is a power of two) */
  for (size_t k = 0; k < v->nhset; k++)
    if ((size_t)v->hsets[k].first + v->hsets[k].n > v->nspat) return 0;
  used = 0;
  for (size_t k = 0; k < v->nsub; k++) {
    uint32_t fn = v->subs[k].fn;
    if (!fn) continue;
    used++;
    if ((fn & 255) == 1 ? (fn >> 8) >= v->npat : (size_t)(fn >> 8) + (fn & 255) > v->nspat) return 0;
  }
  if (v->nsub && used >= v->nsub) return 0;
  return !any_ge_u32(v->spats, v->nspat, (uint32_t)v->npat);
}

int dyad__verbs_restore(dyad_verbs **out, dyad__rbuf *r) {
  dyad_verbs *v;
  const spat *sp;
  char *pool;
  size_t npat, npool, n, nhb = 0, nab = 0, nsb = 0, nhk = 0;
  uint64_t npad;
  *out = NULL;
  if (!dyad__r_u64(r)) return r->err; /* no verbs */
  if (!(v = calloc(1, sizeof *v))) return DYAD_ENOMEM;
  if (r->wp) {
    v->lent_lo = (const char *)r->wp;
    v->lent_hi = (const char *)r->wp + r->n;
  }
  sp = dyad__r_array(r, &npat, sizeof *sp, (size_t)1 << 28);
  pool = dyad__r_copy(r, &npool, 1, (size_t)1 << 31);
  v->slots = dyad__r_copy(r, &v->nslot, sizeof *v->slots, (size_t)1 << 28);
  v->alts = dyad__r_copy(r, &v->nalt, sizeof *v->alts, (size_t)1 << 28);
  v->heads = dyad__r_copy(r, &v->nhead, sizeof *v->heads, (size_t)1 << 28);
  v->hpats = dyad__r_copy(r, &v->nhpat, sizeof *v->hpats, (size_t)1 << 30);
  v->filts = dyad__r_copy(r, &n, sizeof *v->filts, (size_t)1 << 28);
  v->reqb = dyad__r_copy(r, &v->nreqb, sizeof *v->reqb, (size_t)1 << 30);
  npad = dyad__r_u64(r); /* the padding before the head sets */
  if (npad > 7) r->err = DYAD_EFORMAT;
  while (!r->err && npad--) dyad__r_u64(r);
  v->hsets = dyad__r_copy(r, &v->nhset, sizeof *v->hsets, (size_t)1 << 28);
  v->subs = dyad__r_copy(r, &v->nsub, sizeof *v->subs, (size_t)1 << 28);
  v->spats = dyad__r_copy(r, &v->nspat, sizeof *v->spats, (size_t)1 << 30);
  v->hbloom = dyad__r_copy(r, &nhb, sizeof *v->hbloom, HB_WORDS);
  v->abloom = dyad__r_copy(r, &nab, sizeof *v->abloom, AB_WORDS);
  v->sbloom = dyad__r_copy(r, &nsb, sizeof *v->sbloom, (size_t)1 << 28);
  v->hkinds = dyad__r_copy(r, &nhk, 1, (size_t)1 << 28);
  v->capslot = v->nslot;
  v->capalt = v->nalt;
  if (pool && (v->strs = malloc(sizeof *v->strs))) {
    v->strs[0] = pool;
    v->nstr = v->capstr = 1;
    pool = NULL;
  }
  if (!r->err && (!v->strs || !(v->pats = calloc(npat ? npat : 1, sizeof *v->pats))))
    r->err = DYAD_ENOMEM;
  if (r->err) goto bad;
  if (!npool || v->strs[0][npool - 1] || (v->nhead && n != npat)) goto format;
  v->npat = v->cappat = npat;
  for (size_t i = 0; i < npat; i++) {
    pat *p = &v->pats[i];
    if (sp[i].text >= npool || sp[i].file >= npool) goto format;
    memcpy(p->pub.code, sp[i].code, 8);
    memcpy(p->pub.inverse, sp[i].inverse, 8);
    p->pub.code[7] = p->pub.inverse[7] = 0;
    p->pub.kind = (int)sp[i].kind;
    p->pub.flags = sp[i].flags;
    p->pub.text = v->strs[0] + sp[i].text;
    p->pub.file = v->strs[0] + sp[i].file;
    p->pub.line = sp[i].line;
    p->slot0 = sp[i].slot0;
    p->nslot = sp[i].nslot;
  }
  if (!verbs_sane(v, npool)) goto format;
  if (v->nhead ? nhb != HB_WORDS || nab != AB_WORDS || nsb != v->nslot || nhk != v->nhead
              : nhb || nab || nsb || nhk)
    goto format;
  *out = v;
  return 0;
format:
  r->err = DYAD_EFORMAT;
bad:
  vfree(v, pool);
  dyad__verbs_free(v);
  return r->err;
}
