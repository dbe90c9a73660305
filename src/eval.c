/* eval.c: scores coded events against a hand-coded gold file: per document
** a maximum one-to-one matching of required gold lines to events reduced to
** (source country, root, target country); precision, recall, F1, dates.
** The format and the definitions are in dyad.h. */
#include "dyad.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct gold_line {
  size_t doc;       /* index into e->docs */
  size_t line;      /* line number in the gold file */
  int req;          /* 1: R, 0: O */
  char date[11];    /* "" for '-' */
  char *src, *root, *code, *tgt, *what; /* as written (alternatives) */
} gold_line;

typedef struct event {
  size_t doc;
  uint32_t sentence;
  size_t seq;       /* order of arrival, for stable merging */
  char date[11];
  char src[8], root[3], tgt[8];
  char *text;       /* owned, or NULL */
  char *dates;      /* other dates of merged repeats, space-separated; owned */
} event;

struct dyad_eval {
  char *path;
  char **docs;      /* normalised ids, in order of first appearance */
  unsigned char *docseen; /* per document: marked by dyad_eval_seen */
  size_t capseen;
  int seen_used;    /* dyad_eval_seen was called */
  size_t ndocs, capdocs;
  size_t *hash;     /* open addressing: doc index + 1, 0 = empty */
  size_t caphash;   /* power of two */
  gold_line *gold;
  size_t ngold, capgold;
  event *ev;
  size_t nev, capev;
  size_t ignored;
  dyad_eval_item *items;
  size_t nitems, capitems;
  char *err;
};

/* ---- small helpers ------------------------------------------------------ */

static void set_err(dyad_eval *e, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void set_err(dyad_eval *e, const char *fmt, ...) {
  va_list ap;
  char buf[1024];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  free(e->err);
  e->err = strdup(buf);
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

/* Grows *p (of *cap elements of size sz) to hold at least need elements. */
static int grow(void **p, size_t *cap, size_t need, size_t sz) {
  if (need <= *cap) return 0;
  size_t c = *cap ? *cap : 16;
  while (c < need) c *= 2;
  void *q = realloc(*p, c * sz);
  if (!q) return DYAD_ENOMEM;
  *p = q;
  *cap = c;
  return 0;
}

static int ends_with(const char *s, size_t n, const char *suf) {
  size_t k = strlen(suf);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[n - k + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != suf[i]) return 0;
  }
  return 1;
}

char *dyad_eval_doc_id(const char *id, char *buf, size_t cap) {
  static const char *const ends[] = {".txt", ".html", ".htm", ".jsonl", ".json"};
  if (!cap) return buf;
  if (!id) id = "";
  const char *slash = strrchr(id, '/');
  if (slash) id = slash + 1;
  size_t n = strlen(id);
  if (ends_with(id, n, ".gz")) n -= 3;
  for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
    if (n > strlen(ends[i]) && ends_with(id, n, ends[i])) {
      n -= strlen(ends[i]);
      break;
    }
  if (n >= cap) n = cap - 1;
  memcpy(buf, id, n);
  buf[n] = '\0';
  return buf;
}

static size_t hash_str(const char *s) {
  size_t h = 1469598103934665603u & (size_t)-1;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * (size_t)1099511628211u;
  return h;
}

/* Index of document `id` (normalised), or (size_t)-1 when not in scope. */
static size_t doc_find(const dyad_eval *e, const char *id) {
  if (!e->caphash) return (size_t)-1;
  for (size_t i = hash_str(id) & (e->caphash - 1);; i = (i + 1) & (e->caphash - 1)) {
    size_t v = e->hash[i];
    if (!v) return (size_t)-1;
    if (!strcmp(e->docs[v - 1], id)) return v - 1;
  }
}

static int rehash(dyad_eval *e, size_t cap) {
  size_t *h = calloc(cap, sizeof *h);
  if (!h) return DYAD_ENOMEM;
  for (size_t d = 0; d < e->ndocs; d++) {
    size_t i = hash_str(e->docs[d]) & (cap - 1);
    while (h[i]) i = (i + 1) & (cap - 1);
    h[i] = d + 1;
  }
  free(e->hash);
  e->hash = h;
  e->caphash = cap;
  return 0;
}

/* Adds a normalised id to the scope (if new); *idx gets its index. */
static int doc_add(dyad_eval *e, const char *id, size_t *idx) {
  size_t d = doc_find(e, id);
  if (d != (size_t)-1) {
    *idx = d;
    return 0;
  }
  if (grow((void **)&e->docs, &e->capdocs, e->ndocs + 1, sizeof *e->docs) ||
      grow((void **)&e->docseen, &e->capseen, e->ndocs + 1, 1))
    return DYAD_ENOMEM;
  char *s = xstrdup(id);
  if (!s) return DYAD_ENOMEM;
  e->docseen[e->ndocs] = 0;
  e->docs[e->ndocs++] = s;
  if (e->ndocs * 2 > e->caphash) {
    if (rehash(e, e->caphash ? e->caphash * 2 : 64)) {
      e->ndocs--;
      free(s);
      return DYAD_ENOMEM;
    }
  } else {
    size_t i = hash_str(s) & (e->caphash - 1);
    while (e->hash[i]) i = (i + 1) & (e->caphash - 1);
    e->hash[i] = e->ndocs;
  }
  *idx = e->ndocs - 1;
  return 0;
}

/* ---- the gold file ------------------------------------------------------ */

static int is_digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  return 1;
}

/* YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day. */
static int valid_date(const char *s) {
  size_t n = strlen(s);
  if (n != 4 && n != 7 && n != 10) return 0;
  if (!is_digits(s, 4)) return 0;
  if (n >= 7) {
    if (s[4] != '-' || !is_digits(s + 5, 2)) return 0;
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12) return 0;
  }
  if (n == 10) {
    if (s[7] != '-' || !is_digits(s + 8, 2)) return 0;
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (d < 1 || d > 31) return 0;
  }
  return 1;
}

static int valid_root(const char *s, size_t n) {
  if (n != 2 || !is_digits(s, 2)) return 0;
  int r = (s[0] - '0') * 10 + (s[1] - '0');
  return r >= 1 && r <= 20;
}

/* Checks an alternatives field: kind 'a' actor codes (or '-'), 'r' roots
** (or a lone '-'). Returns NULL when fine, else what is wrong. */
static const char *check_alts(const char *f, int kind) {
  if (!*f) return "empty field";
  if (kind == 'r' && !strcmp(f, "-")) return NULL;
  for (const char *p = f;;) {
    const char *q = strchr(p, '|');
    size_t n = q ? (size_t)(q - p) : strlen(p);
    if (kind == 'r') {
      if (!valid_root(p, n)) return "root must be a two-digit CAMEO root 01-20, alternatives by '|', or '-'";
    } else if (!(n == 1 && *p == '-')) {
      if (n < 2 || n > 7) return "actor code must be an ISO-3 or IGO code (2-7 capitals), alternatives by '|', or '-'";
      for (size_t i = 0; i < n; i++)
        if (!((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= '0' && p[i] <= '9')))
          return "actor code must be an ISO-3 or IGO code (2-7 capitals), alternatives by '|', or '-'";
    }
    if (!q) return NULL;
    p = q + 1;
  }
}

/* Does `value` ("" = none) match one of the alternatives in `alts`? For
** roots a lone '-' matches anything; for actors '-' matches "". */
static int alt_match(const char *alts, const char *value, int is_root) {
  if (is_root && !strcmp(alts, "-")) return 1;
  size_t vn = strlen(value);
  for (const char *p = alts;;) {
    const char *q = strchr(p, '|');
    size_t n = q ? (size_t)(q - p) : strlen(p);
    if (n == 1 && *p == '-') {
      if (vn == 0) return 1;
    } else if (n == vn && !memcmp(p, value, n)) {
      return 1;
    }
    if (!q) return 0;
    p = q + 1;
  }
}

static char *field_dup(const char *s) { return xstrdup(s); }

/* Splits line (modified) at tabs into at most max fields; returns count. */
static size_t split_tabs(char *line, char **f, size_t max) {
  size_t n = 0;
  char *p = line;
  for (;;) {
    if (n < max) f[n] = p;
    n++;
    char *t = strchr(p, '\t');
    if (!t) break;
    *t = '\0';
    p = t + 1;
  }
  return n;
}

static const char *const header[] = {"doc", "req", "date", "src", "root", "code", "tgt", "what"};
#define NCOLS 8

/* Parses one gold data line. Returns 0, DYAD_EFORMAT (message set) or
** DYAD_ENOMEM. */
static int parse_gold_line(dyad_eval *e, char *line, size_t lineno) {
  char *f[NCOLS];
  const char *why;
  size_t n = split_tabs(line, f, NCOLS);
  if (n != NCOLS) {
    set_err(e, "%s:%zu: expected %d tab-separated columns (%s), found %zu", e->path, lineno,
            NCOLS, "doc req date src root code tgt what", n);
    return DYAD_EFORMAT;
  }
  if (!*f[0]) {
    set_err(e, "%s:%zu: empty document id", e->path, lineno);
    return DYAD_EFORMAT;
  }
  if (strcmp(f[1], "R") && strcmp(f[1], "O")) {
    set_err(e, "%s:%zu: req must be R or O, not '%s'", e->path, lineno, f[1]);
    return DYAD_EFORMAT;
  }
  if (strcmp(f[2], "-") && !valid_date(f[2])) {
    set_err(e, "%s:%zu: date must be YYYY-MM-DD, YYYY-MM, YYYY or '-', not '%s'", e->path,
            lineno, f[2]);
    return DYAD_EFORMAT;
  }
  if ((why = check_alts(f[3], 'a'))) {
    set_err(e, "%s:%zu: src '%s': %s", e->path, lineno, f[3], why);
    return DYAD_EFORMAT;
  }
  if ((why = check_alts(f[4], 'r'))) {
    set_err(e, "%s:%zu: root '%s': %s", e->path, lineno, f[4], why);
    return DYAD_EFORMAT;
  }
  if (strcmp(f[5], "-")) {
    size_t cn = strlen(f[5]);
    if (cn < 2 || cn > 4 || !is_digits(f[5], cn) || !valid_root(f[5], 2)) {
      set_err(e, "%s:%zu: code must be a CAMEO code (2-4 digits) or '-', not '%s'", e->path,
              lineno, f[5]);
      return DYAD_EFORMAT;
    }
    char r[3] = {f[5][0], f[5][1], '\0'};
    if (!alt_match(f[4], r, 1)) {
      set_err(e, "%s:%zu: code %s is not under root %s", e->path, lineno, f[5], f[4]);
      return DYAD_EFORMAT;
    }
  }
  if ((why = check_alts(f[6], 'a'))) {
    set_err(e, "%s:%zu: tgt '%s': %s", e->path, lineno, f[6], why);
    return DYAD_EFORMAT;
  }
  char id[1024];
  size_t d;
  dyad_eval_doc_id(f[0], id, sizeof id);
  if (doc_add(e, id, &d)) return DYAD_ENOMEM;
  if (grow((void **)&e->gold, &e->capgold, e->ngold + 1, sizeof *e->gold)) return DYAD_ENOMEM;
  gold_line *g = &e->gold[e->ngold];
  memset(g, 0, sizeof *g);
  g->doc = d;
  g->line = lineno;
  g->req = f[1][0] == 'R';
  if (strcmp(f[2], "-")) snprintf(g->date, sizeof g->date, "%s", f[2]);
  g->src = field_dup(f[3]);
  g->root = field_dup(f[4]);
  g->code = field_dup(f[5]);
  g->tgt = field_dup(f[6]);
  g->what = field_dup(f[7]);
  e->ngold++; /* counted before the check so dyad_eval_free frees them */
  if (!g->src || !g->root || !g->code || !g->tgt || !g->what) return DYAD_ENOMEM;
  return 0;
}

/* Reads `path` line by line, calling fn on each line that is not blank and
** not a '#' comment (CR and trailing newline removed). */
static int each_line(dyad_eval *e, const char *path,
                     int (*fn)(dyad_eval *, char *, size_t, void *), void *arg) {
  FILE *fp = fopen(path, "rb");
  if (!fp) {
    set_err(e, "%s: %s", path, strerror(errno));
    return DYAD_EIO;
  }
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t len;
  int rc = 0;
  while (rc == 0 && (len = getline(&line, &cap, fp)) >= 0) {
    lineno++;
    if (memchr(line, '\0', (size_t)len)) {
      set_err(e, "%s:%zu: NUL byte (binary file?)", path, lineno);
      rc = DYAD_EFORMAT;
      break;
    }
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    char *s = line;
    if (lineno == 1 && !strncmp(s, "\xEF\xBB\xBF", 3)) s += 3; /* a UTF-8 BOM */
    const char *p = s;
    while (*p == ' ' || *p == '\t') p++;
    if (!*p || *p == '#') continue;
    rc = fn(e, s, lineno, arg);
  }
  if (rc == 0 && ferror(fp)) {
    set_err(e, "%s:%zu: read error: %s", path, lineno + 1, strerror(errno));
    rc = DYAD_EIO;
  }
  free(line);
  fclose(fp);
  return rc;
}

static int gold_line_cb(dyad_eval *e, char *line, size_t lineno, void *arg) {
  int *seen_header = arg;
  if (!*seen_header) {
    char *f[NCOLS];
    size_t n = split_tabs(line, f, NCOLS);
    int ok = n == NCOLS;
    for (size_t i = 0; ok && i < NCOLS; i++) ok = !strcmp(f[i], header[i]);
    if (!ok) {
      set_err(e, "%s:%zu: expected the header line 'doc<TAB>req<TAB>date<TAB>src<TAB>root<TAB>code<TAB>tgt<TAB>what'",
              e->path, lineno);
      return DYAD_EFORMAT;
    }
    *seen_header = 1;
    return 0;
  }
  return parse_gold_line(e, line, lineno);
}

int dyad_eval_load_gold(const char *path, dyad_eval **out, char **errmsg) {
  *out = NULL;
  if (errmsg) *errmsg = NULL;
  dyad_eval *e = calloc(1, sizeof *e);
  if (!e || !(e->path = xstrdup(path))) {
    free(e);
    if (errmsg) *errmsg = xstrdup("out of memory");
    return DYAD_ENOMEM;
  }
  int seen_header = 0;
  int rc = each_line(e, path, gold_line_cb, &seen_header);
  if (rc == 0 && !seen_header) {
    set_err(e, "%s:1: empty gold file (no header line)", path);
    rc = DYAD_EFORMAT;
  }
  if (rc == DYAD_ENOMEM) set_err(e, "%s: out of memory", path);
  if (rc) {
    if (errmsg) *errmsg = e->err ? xstrdup(e->err) : NULL;
    dyad_eval_free(e);
    return rc;
  }
  *out = e;
  return 0;
}

static int docs_line_cb(dyad_eval *e, char *line, size_t lineno, void *arg) {
  const char *path = arg;
  char *p = line;
  while (*p == ' ' || *p == '\t') p++;
  char *q = p;
  while (*q && *q != ' ' && *q != '\t') q++;
  char *rest = q;
  while (*rest == ' ' || *rest == '\t') rest++;
  if (*rest && *rest != '#') {
    set_err(e, "%s:%zu: expected one document id a line", path, lineno);
    return DYAD_EFORMAT;
  }
  *q = '\0';
  char id[1024];
  size_t d;
  dyad_eval_doc_id(p, id, sizeof id);
  if (!*id) {
    set_err(e, "%s:%zu: empty document id", path, lineno);
    return DYAD_EFORMAT;
  }
  if (doc_add(e, id, &d)) {
    set_err(e, "%s:%zu: out of memory", path, lineno);
    return DYAD_ENOMEM;
  }
  return 0;
}

int dyad_eval_add_docs(dyad_eval *e, const char *path) {
  return each_line(e, path, docs_line_cb, (void *)path);
}

/* ---- events ------------------------------------------------------------- */

int dyad_eval_add(dyad_eval *e, const dyad_eval_event *ev) {
  if (!ev->doc || !ev->root || !ev->root[0]) {
    set_err(e, "event without %s", ev->doc ? "root" : "doc");
    return DYAD_EINVAL;
  }
  char id[1024];
  dyad_eval_doc_id(ev->doc, id, sizeof id);
  size_t d = doc_find(e, id);
  if (d == (size_t)-1) {
    e->ignored++;
    return 0;
  }
  if (grow((void **)&e->ev, &e->capev, e->nev + 1, sizeof *e->ev)) return DYAD_ENOMEM;
  event *x = &e->ev[e->nev];
  memset(x, 0, sizeof *x);
  x->doc = d;
  x->sentence = ev->sentence;
  x->seq = e->nev;
  snprintf(x->date, sizeof x->date, "%s", ev->date ? ev->date : "");
  snprintf(x->src, sizeof x->src, "%s", ev->source_country ? ev->source_country : "");
  snprintf(x->root, sizeof x->root, "%s", ev->root);
  snprintf(x->tgt, sizeof x->tgt, "%s", ev->target_country ? ev->target_country : "");
  if (ev->text && !(x->text = xstrdup(ev->text))) return DYAD_ENOMEM;
  e->nev++;
  return 0;
}

int dyad_eval_seen(dyad_eval *e, const char *doc) {
  char id[1024];
  e->seen_used = 1;
  size_t d = doc_find(e, dyad_eval_doc_id(doc, id, sizeof id));
  if (d == (size_t)-1) return 0;
  e->docseen[d] = 1;
  return 1;
}

/* ---- scoring ------------------------------------------------------------ */

static int cmp_event(const void *a, const void *b) {
  const event *x = a, *y = b;
  int c;
  if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
  if (x->sentence != y->sentence) return x->sentence < y->sentence ? -1 : 1;
  if ((c = strcmp(x->src, y->src))) return c;
  if ((c = strcmp(x->root, y->root))) return c;
  if ((c = strcmp(x->tgt, y->tgt))) return c;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int cmp_gold(const void *a, const void *b) {
  const gold_line *x = a, *y = b;
  if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
  return x->line < y->line ? -1 : x->line > y->line;
}

/* Adds date d to the space-separated extra dates of p unless p has it. */
static int add_date(event *p, const char *d) {
  if (!strcmp(p->date, d)) return 0;
  size_t n = strlen(d), have = p->dates ? strlen(p->dates) : 0;
  for (const char *s = p->dates; s && *s;) {
    const char *sp = strchr(s, ' ');
    size_t k = sp ? (size_t)(sp - s) : strlen(s);
    if (k == n && !memcmp(s, d, n)) return 0;
    s = sp ? sp + 1 : s + k;
  }
  char *q = realloc(p->dates, have + n + 2);
  if (!q) return DYAD_ENOMEM;
  if (have) q[have++] = ' ';
  memcpy(q + have, d, n + 1);
  p->dates = q;
  return 0;
}

/* Merges repeats within one sentence: keeps the first, with the first known
** date and text; the other dates of the repeats are kept too, and a gold
** date may match any of them. Events are sorted. */
static int merge_repeats(dyad_eval *e) {
  size_t w = 0;
  int rc = 0;
  for (size_t i = 0; i < e->nev; i++) {
    event *x = &e->ev[i];
    if (w > 0) {
      event *p = &e->ev[w - 1];
      if (p->doc == x->doc && p->sentence == x->sentence && !strcmp(p->src, x->src) &&
          !strcmp(p->root, x->root) && !strcmp(p->tgt, x->tgt)) {
        if (!p->date[0]) memcpy(p->date, x->date, sizeof p->date);
        else if (x->date[0] && !rc) rc = add_date(p, x->date);
        if (!p->text && x->text) {
          p->text = x->text;
          x->text = NULL;
        }
        free(x->text);
        continue;
      }
    }
    e->ev[w++] = *x;
  }
  e->nev = w;
  return rc;
}

static int gold_matches(const gold_line *g, const event *x) {
  return alt_match(g->src, x->src, 0) && alt_match(g->root, x->root, 1) &&
         alt_match(g->tgt, x->tgt, 0);
}

static int date_ok(const gold_line *g, const event *x) {
  size_t n = strlen(g->date);
  if (!n || !strncmp(x->date, g->date, n)) return 1;
  for (const char *s = x->dates; s && *s;) {
    const char *sp = strchr(s, ' ');
    size_t k = sp ? (size_t)(sp - s) : strlen(s);
    if (k >= n && !memcmp(s, g->date, n)) return 1;
    s = sp ? sp + 1 : s + k;
  }
  return 0;
}

/* Matching state for one document: gold lines g[0..ng), events x[0..nx). */
typedef struct matcher {
  const gold_line *g;
  const event *x;
  size_t ng, nx;
  size_t *gold_of;   /* event -> gold index or SIZE_MAX */
  size_t *ev_of;     /* gold -> event index or SIZE_MAX */
  unsigned char *seen;
  int dated_only;
} matcher;

static int edge(const matcher *m, size_t gi, size_t xi) {
  return m->g[gi].req && gold_matches(&m->g[gi], &m->x[xi]) &&
         (!m->dated_only || date_ok(&m->g[gi], &m->x[xi]));
}

/* Kuhn's augmenting path from gold line gi. Recursion depth is bounded by
** the number of gold lines of one document. */
static int augment(matcher *m, size_t gi) {
  for (size_t xi = 0; xi < m->nx; xi++) {
    if (m->seen[xi] || !edge(m, gi, xi)) continue;
    m->seen[xi] = 1;
    if (m->gold_of[xi] == (size_t)-1 || augment(m, m->gold_of[xi])) {
      m->gold_of[xi] = gi;
      m->ev_of[gi] = xi;
      return 1;
    }
  }
  return 0;
}


/* Among the maximum matchings, one with the most date-agreeing pairs: a
** maximum-weight assignment (Hungarian method with potentials, rows = gold
** lines, columns = events padded to at least as many as rows), weight
** W + 1 for a pair that agrees on the date, W for one that does not, 0 for
** no edge, W > ng, so no date ever costs a match. O(ng^2 * n) time; the
** caller keeps the augmenting-path matching for documents too big for it.
** Returns DYAD_ENOMEM or 0; the result is in m->gold_of / m->ev_of. */
#define ASSIGN_MAX_CELLS 250000u

static int assign_weighted(matcher *m) {
  size_t n = m->ng, cols = m->nx > n ? m->nx : n;
  long W = (long)n + 1;
  long *cost = malloc(n * cols * sizeof *cost);
  long *u = calloc(n + 1, sizeof *u), *v = calloc(cols + 1, sizeof *v);
  long *minv = malloc((cols + 1) * sizeof *minv);
  size_t *p = calloc(cols + 1, sizeof *p), *way = calloc(cols + 1, sizeof *way);
  unsigned char *used = malloc(cols + 1);
  int rc = 0;
  if (!cost || !u || !v || !minv || !p || !way || !used) {
    rc = DYAD_ENOMEM;
    goto done;
  }
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < cols; j++) {
      long w = 0;
      if (j < m->nx && m->g[i].req && gold_matches(&m->g[i], &m->x[j]))
        w = W + (date_ok(&m->g[i], &m->x[j]) ? 1 : 0);
      cost[i * cols + j] = -w;
    }
  /* 1-based: p[j] is the row (1..n) given column j, 0 when none; column 0
  ** is the virtual start of each augmentation. */
  for (size_t i = 1; i <= n; i++) {
    size_t j0 = 0;
    p[0] = i;
    for (size_t j = 0; j <= cols; j++) minv[j] = LONG_MAX;
    memset(used, 0, cols + 1);
    do {
      used[j0] = 1;
      size_t i0 = p[j0], j1 = 0;
      long delta = LONG_MAX;
      for (size_t j = 1; j <= cols; j++) {
        if (used[j]) continue;
        long cur = cost[(i0 - 1) * cols + (j - 1)] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (size_t j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  for (size_t j = 1; j <= cols; j++) {
    size_t i = p[j];
    if (!i || j > m->nx || cost[(i - 1) * cols + (j - 1)] == 0) continue;
    m->ev_of[i - 1] = j - 1;
    m->gold_of[j - 1] = i - 1;
  }
done:
  free(cost);
  free(u);
  free(v);
  free(minv);
  free(p);
  free(way);
  free(used);
  return rc;
}

static int add_item(dyad_eval *e, const dyad_eval_item *it) {
  if (grow((void **)&e->items, &e->capitems, e->nitems + 1, sizeof *e->items)) return DYAD_ENOMEM;
  e->items[e->nitems++] = *it;
  return 0;
}

int dyad_eval_finish(dyad_eval *e, dyad_eval_result *res, const dyad_eval_item **items,
                     size_t *nitems) {
  memset(res, 0, sizeof *res);
  e->nitems = 0;
  if (e->nev) qsort(e->ev, e->nev, sizeof *e->ev, cmp_event);
  int mrc = merge_repeats(e);
  if (e->ngold) qsort(e->gold, e->ngold, sizeof *e->gold, cmp_gold);
  res->docs = e->ndocs;
  res->gold_lines = e->ngold;
  res->ignored = e->ignored;
  for (size_t d = 0; e->seen_used && d < e->ndocs; d++)
    if (!e->docseen[d] && !res->unread++) res->first_unread = e->docs[d];
  res->events = e->nev;
  size_t maxg = 1, maxx = 1;
  for (size_t i = 0, j; i < e->ngold; i = j) {
    for (j = i; j < e->ngold && e->gold[j].doc == e->gold[i].doc; j++) {}
    if (j - i > maxg) maxg = j - i;
  }
  for (size_t i = 0, j; i < e->nev; i = j) {
    for (j = i; j < e->nev && e->ev[j].doc == e->ev[i].doc; j++) {}
    if (j - i > maxx) maxx = j - i;
  }
  matcher m;
  memset(&m, 0, sizeof m);
  m.gold_of = malloc(maxx * sizeof *m.gold_of);
  m.ev_of = malloc(maxg * sizeof *m.ev_of);
  m.seen = malloc(maxx);
  int rc = mrc;
  if (!m.gold_of || !m.ev_of || !m.seen) rc = DYAD_ENOMEM;
  size_t gi0 = 0, xi0 = 0;
  for (size_t d = 0; rc == 0 && d < e->ndocs; d++) {
    size_t gi1 = gi0, xi1 = xi0;
    while (gi1 < e->ngold && e->gold[gi1].doc == d) gi1++;
    while (xi1 < e->nev && e->ev[xi1].doc == d) xi1++;
    m.g = e->gold + gi0;
    m.ng = gi1 - gi0;
    m.x = e->ev + xi0;
    m.nx = xi1 - xi0;
    for (size_t i = 0; i < m.nx; i++) m.gold_of[i] = (size_t)-1;
    for (size_t i = 0; i < m.ng; i++) m.ev_of[i] = (size_t)-1;
    /* The maximum matching with the most date-agreeing pairs; for a
    ** document too big for that, augmenting paths, date-agreeing pairs
    ** first (still a maximum matching, but a later path may re-route a
    ** date-agreeing pair). */
    size_t cols = m.nx > m.ng ? m.nx : m.ng;
    if (m.ng && m.nx && m.ng * cols <= ASSIGN_MAX_CELLS) {
      rc = assign_weighted(&m);
    } else {
      for (m.dated_only = 1; m.dated_only >= 0; m.dated_only--)
        for (size_t gi = 0; gi < m.ng; gi++) {
          if (!m.g[gi].req || m.ev_of[gi] != (size_t)-1) continue;
          memset(m.seen, 0, m.nx);
          augment(&m, gi);
        }
    }
    for (size_t gi = 0; rc == 0 && gi < m.ng; gi++) {
      const gold_line *g = &m.g[gi];
      if (!g->req) continue;
      res->required++;
      dyad_eval_item it;
      memset(&it, 0, sizeof it);
      it.doc = e->docs[d];
      it.line = g->line;
      it.source = g->src;
      it.root = g->root;
      it.target = g->tgt;
      it.gold_date = g->date;
      it.what = g->what;
      it.date = "";
      it.text = "";
      if (m.ev_of[gi] == (size_t)-1) {
        it.kind = DYAD_EVAL_MISS;
        rc = add_item(e, &it);
        continue;
      }
      res->found++;
      if (!g->date[0]) continue;
      res->dated++;
      const event *x = &m.x[m.ev_of[gi]];
      if (date_ok(g, x)) {
        res->date_correct++;
        continue;
      }
      it.kind = DYAD_EVAL_WRONG_DATE;
      it.sentence = x->sentence;
      it.date = x->date;
      it.text = x->text ? x->text : "";
      rc = add_item(e, &it);
    }
    for (size_t xi = 0; rc == 0 && xi < m.nx; xi++) {
      const event *x = &m.x[xi];
      int ok = m.gold_of[xi] != (size_t)-1;
      for (size_t gi = 0; !ok && gi < m.ng; gi++) ok = gold_matches(&m.g[gi], x);
      if (ok) {
        res->correct++;
        continue;
      }
      dyad_eval_item it;
      memset(&it, 0, sizeof it);
      it.kind = DYAD_EVAL_FALSE_POSITIVE;
      it.doc = e->docs[d];
      it.sentence = x->sentence;
      it.source = x->src;
      it.root = x->root;
      it.target = x->tgt;
      it.date = x->date;
      it.gold_date = "";
      it.text = x->text ? x->text : "";
      it.what = "";
      rc = add_item(e, &it);
    }
    gi0 = gi1;
    xi0 = xi1;
  }
  free(m.gold_of);
  free(m.ev_of);
  free(m.seen);
  if (rc) {
    set_err(e, "%s: out of memory", e->path);
    return rc;
  }
  res->precision = res->events ? (double)res->correct / (double)res->events : 1.0;
  res->recall = res->required ? (double)res->found / (double)res->required : 1.0;
  res->date_accuracy = res->dated ? (double)res->date_correct / (double)res->dated : 1.0;
  res->f1 = res->precision + res->recall > 0
                ? 2 * res->precision * res->recall / (res->precision + res->recall)
                : 0.0;
  if (items) *items = e->items;
  if (nitems) *nitems = e->nitems;
  return 0;
}

const char *dyad_eval_errmsg(const dyad_eval *e) { return e->err ? e->err : ""; }

void dyad_eval_free(dyad_eval *e) {
  if (!e) return;
  for (size_t i = 0; i < e->ndocs; i++) free(e->docs[i]);
  for (size_t i = 0; i < e->ngold; i++) {
    free(e->gold[i].src);
    free(e->gold[i].root);
    free(e->gold[i].code);
    free(e->gold[i].tgt);
    free(e->gold[i].what);
  }
  for (size_t i = 0; i < e->nev; i++) {
    free(e->ev[i].text);
    free(e->ev[i].dates);
  }
  free(e->docs);
  free(e->docseen);
  free(e->hash);
  free(e->gold);
  free(e->ev);
  free(e->items);
  free(e->path);
  free(e->err);
  free(e);
}
