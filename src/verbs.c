/*
** verbs.c: dyad's verb patterns. A pattern file (data/verbs.txt; syntax in
** its header and in docs/dictionaries.md) is compiled into slots of token
** hashes; a hash table keyed on the first slot's hashes finds the patterns
** that can start at a token, and a small backtracking matcher checks the
** rest. Matching allocates nothing.
*/
#include "verbs.h"
#include "cameo.h"

#include <ctype.h>
#include <stdio.h>
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

typedef struct entry {
  uint64_t hash;
  uint32_t pat;
  uint32_t next;      /* index+1 of the next entry in the bucket, 0 = end */
} entry;

/* A pattern's filters, the same for all the words of its first slot (kept
** once a pattern: an entry a word of 16 bytes instead of 40 makes the index
** of a large set, 230k words for Phoenix, less than half the memory). */
typedef struct filter {
  uint64_t next_bloom; /* 64-bit filter of the second slot's words (all
                          ones when that slot is optional, a gap or absent) */
  uint64_t req[2];     /* filters of two more required slots: one of their
                          words must occur in the sentence (all ones: none) */
} filter;

struct dyad_verbs {
  pat *pats;
  size_t npat, cappat;
  slot *slots;
  size_t nslot, capslot;
  uint64_t *alts;
  size_t nalt, capalt;
  char **strs;        /* owned strings (pattern texts, file names) */
  size_t nstr, capstr;
  uint32_t *bucket;   /* entry index+1, 0 = empty */
  size_t nbucket;     /* power of two */
  entry *ents;
  size_t nent, capent;
  filter *filts;      /* one a pattern, [npat] when the index was built */
  const char *last_file;  /* file name kept by the last dyad__verbs_add */
};

/* ASCII upper case to lower case; other bytes unchanged */
static const unsigned char fold_byte[256] = {
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
      c = fold_byte[c];
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

void dyad__verbs_free(dyad_verbs *v) {
  if (!v) return;
  for (size_t i = 0; i < v->nstr; i++) free(v->strs[i]);
  free(v->strs);
  free(v->pats);
  free(v->slots);
  free(v->alts);
  free(v->bucket);
  free(v->ents);
  free(v->filts);
  free(v);
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

static int build_index(dyad_verbs *v) {
  size_t need = 0;
  for (size_t i = 0; i < v->npat; i++) need += v->slots[v->pats[i].slot0].nalt;
  size_t nb = 64;
  while (nb < need * 2) nb *= 2;
  uint32_t *b = calloc(nb, sizeof *b);
  entry *e = malloc((need ? need : 1) * sizeof *e);
  filter *fl = malloc((v->npat ? v->npat : 1) * sizeof *fl);
  if (!b || !e || !fl) {
    free(b);
    free(e);
    free(fl);
    return DYAD_ENOMEM;
  }
  size_t ne = 0;
  for (size_t i = 0; i < v->npat; i++) {
    const slot *s = &v->slots[v->pats[i].slot0];
    /* the filters depend on the pattern only: computed once for all of
       the first slot's words */
    uint64_t next_bloom = ~0ull, req[2] = {~0ull, ~0ull};
    if (v->pats[i].nslot > 1) {
      const slot *s2 = s + 1;
      if (!s2->gap && !s2->optional) {
        next_bloom = 0;
        for (uint32_t q = 0; q < s2->nalt; q++) next_bloom |= 1ull << (v->alts[s2->alt + q] & 63);
      }
    }
    {
      /* the two required word slots after the first with fewest words */
      uint32_t best[2] = {0, 0}, nreq = 0;
      for (uint32_t q = 1; q < v->pats[i].nslot; q++) {
        const slot *sq = s + q;
        if (sq->gap || sq->optional) continue;
        if (nreq < 2) best[nreq++] = q;
        else if (sq->nalt < s[best[0]].nalt) best[0] = q;
        else if (sq->nalt < s[best[1]].nalt) best[1] = q;
      }
      for (uint32_t r = 0; r < nreq; r++) {
        uint64_t m = 0;
        for (uint32_t q = 0; q < s[best[r]].nalt; q++) m |= 1ull << (v->alts[s[best[r]].alt + q] & 63);
        req[r] = m;
      }
    }
    fl[i].next_bloom = next_bloom;
    fl[i].req[0] = req[0];
    fl[i].req[1] = req[1];
    for (uint32_t a = 0; a < s->nalt; a++) {
      uint64_t h = v->alts[s->alt + a];
      size_t k = (size_t)(h ^ (h >> 29)) & (nb - 1);
      e[ne].hash = h;
      e[ne].pat = (uint32_t)i;
      e[ne].next = b[k];
      b[k] = (uint32_t)(ne + 1);
      ne++;
    }
  }
  free(v->bucket);
  free(v->ents);
  free(v->filts);
  v->filts = fl;
  v->bucket = b;
  v->nbucket = nb;
  v->ents = e;
  v->nent = v->capent = ne;
  return 0;
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
    for (size_t k = 0; k <= s->gap && t + k <= m->ntok; k++) {
      if (k > 0 && (!(m->word[t + k - 1] & (DYAD_VW_WORD | DYAD_VW_GAPOK)) ||
                    (m->word[t + k - 1] & DYAD_VW_NOGAP)))
        break;
      if (k > 0) {
        /* the gap span reported is the union of the path's gaps */
        if (m->cge == 0) m->cgs = (uint32_t)t;
        m->cge = (uint32_t)(t + k);
      }
      match_from(m, si + 1, t + k);
    }
    m->cgs = sgs;
    m->cge = sge;
    return;
  }
  if (t < m->ntok && slot_has(m->v, s, m->hash[t])) match_from(m, si + 1, t + 1);
  if (s->optional) match_from(m, si + 1, t);
}

size_t dyad__verbs_match(const dyad_verbs *v, const uint64_t *hash,
                         const unsigned char *word, size_t ntok,
                         dyad_vmatch *out, size_t cap) {
  size_t n = 0;
  if (!v || !v->nbucket) return 0;
  mstate m = {v, hash, word, ntok, NULL, 0, -1, 0, 0, 0, 0};
  uint64_t sbloom = 0; /* which hash buckets occur in the sentence */
  for (size_t i = 0; i < ntok; i++) sbloom |= 1ull << (hash[i] & 63);
  for (size_t i = 0; i < ntok;) {
    if (!(word[i] & DYAD_VW_WORD)) {
      i++;
      continue;
    }
    uint64_t h = hash[i];
    size_t k = (size_t)(h ^ (h >> 29)) & (v->nbucket - 1);
    long best = -1;
    uint32_t bp = 0, bgs = 0, bge = 0;
    for (uint32_t e = v->bucket[k]; e; e = v->ents[e - 1].next) {
      const entry *en = &v->ents[e - 1];
      if (en->hash != h) continue;
      const filter *fl = &v->filts[en->pat];
      if (fl->next_bloom != ~0ull &&
          (i + 1 >= ntok || !((fl->next_bloom >> (hash[i + 1] & 63)) & 1)))
        continue; /* the second word cannot match */
      if (!(fl->req[0] & sbloom) || !(fl->req[1] & sbloom)) continue; /* a needed word is absent */
      const pat *p = &v->pats[en->pat];
      int kind = p->pub.kind;
      if (kind == DYAD_VK_VERB && (word[i] & DYAD_VW_NOUNCTX)) continue;
      if (kind == DYAD_VK_NOUN && (word[i] & DYAD_VW_VERBCTX)) continue;
      m.slots = &v->slots[p->slot0];
      m.nslot = p->nslot;
      m.best = -1;
      m.cgs = m.cge = 0;
      match_from(&m, 1, i + 1);
      if (m.best < 0) continue;
      int better = m.best > best;
      if (!better && m.best == best) {
        int bk = v->pats[bp].pub.kind;
        if (kind == DYAD_VK_VERB && bk == DYAD_VK_NOUN) better = 1;
        else if (!(kind == DYAD_VK_NOUN && bk == DYAD_VK_VERB) && en->pat > bp) better = 1;
      }
      if (better) {
        best = m.best;
        bp = en->pat;
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
