/*
** dict_petrarch.c: readers for the community's event dictionaries, the
** TABARI / PETRARCH-1 family (PETR.Validate.*.txt) and PETRARCH2 / Phoenix
** (CAMEO.2.0.txt, Phoenix.*.actors.txt, Phoenix.agents.txt,
** Phoenix.discards.txt, Phoenix.IssueCoding.txt). Syntax in
** docs/dictionaries.md ("Community formats").
**
** Actors and agents are fed into the dictionary set through dict.h's adders:
** an actor's ordered code list ("first match wins, a bare [CODE] is the
** default") is turned into non-overlapping dated terms here, so the
** matcher's own rule (the latest-starting term holding the date) gives the
** same answer. Verb patterns, discards and issues are parsed in full and
** kept here; what maps onto dyad's verb-pattern model is translated into
** verbs.c's syntax and handed to it.
**
** Every malformed line is recorded as "file:line: message" and reading goes
** on; the load returns DYAD_EDICT at the end when there was any.
*/
#include "dict_petrarch.h"
#include "cameo.h"
#include "dict_int.h"
#include "util.h"
#include "verbs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAXLINE 8192
#define MAXCODES 64      /* codes of one actor */
#define MAXNAMES 4096    /* names of one actor */
#define MAXMACRO 64      /* values of one !MACRO! */

/* ------------------------------------------------------------------------
** Parsed state
** ---------------------------------------------------------------------- */

typedef struct synset {
  char *name;            /* without '&' and trailing '_' */
  size_t namelen;
  char **words;          /* members as written, '_' kept */
  size_t n, cap;
  const char *file;
  unsigned line;
  /* cache of synset_slot and synset_nmulti, valid while gen == p->syngen */
  unsigned gen;
  int slot_ok;
  size_t slot_nalt, nmulti;
  char slot[1024];
} synset;

typedef struct macro {
  char *name;            /* "!PERSON!" */
  char *vals[MAXMACRO];
  size_t n;
} macro;

typedef struct issue {
  char *name;
  size_t nphrase;
} issue;

struct dyad__petrarch {
  size_t count[DYAD__P_N];
  char **strs;           /* owned strings */
  size_t nstr, capstr;
  dyad__pdiscard *disc;
  size_t ndisc, capdisc;
  dyad__ppattern *pats;
  size_t npat, cappat;
  synset *syn;
  size_t nsyn, capsyn;
  macro *mac;
  size_t nmac, capmac;
  issue *iss;
  size_t niss, capiss;
  struct { const char *first, *all; } *multi; /* actors of several codes */
  size_t nmulti, capmulti;
  unsigned syngen;       /* bumped when a synset changes (caches) */
  unsigned char sd_map[8192]; /* story discards by their first two bytes (sd_mark) */
  unsigned char sd_map3[4096]; /* ... and by their first three (sd_key3) */
  uint64_t sd_map4[512]; /* ... and by their first four (sd_key4) */
  int sd_short;          /* some story phrase is shorter than three bytes */
  int sd_short4;         /* ... shorter than four bytes */
  int sd_other;          /* some story phrase starts with neither a letter nor a digit */
  struct sdent {
    uint32_t key, len;
    const char *ph;
    uint64_t f8;         /* a phrase of eight bytes or more: its first eight, each ORed with 0x20 */
  } *sd;                 /* story phrases by key */
  size_t nsd, capsd;
  char *warn;            /* warnings, one a line */
  size_t nwarn, capwarn;
};

static int grow(void **p, size_t *cap, size_t need, size_t size) {
  size_t ncap;
  void *q;
  if (need <= *cap) return 0;
  ncap = *cap ? *cap * 2 : 16;
  while (ncap < need) ncap *= 2;
  q = realloc(*p, ncap * size);
  if (!q) return DYAD_ENOMEM;
  *p = q;
  *cap = ncap;
  return 0;
}

/* A kept copy of s[0,n) (owned by p), or NULL when out of memory. */
static char *keep(dyad__petrarch *p, const char *s, size_t n) {
  char *c;
  if (grow((void **)&p->strs, &p->capstr, p->nstr + 1, sizeof *p->strs)) return NULL;
  c = malloc(n + 1);
  if (!c) return NULL;
  memcpy(c, s, n);
  c[n] = 0;
  p->strs[p->nstr++] = c;
  return c;
}

void dyad__petrarch_free(dyad__petrarch *p) {
  if (!p) return;
  for (size_t i = 0; i < p->nstr; i++) free(p->strs[i]);
  for (size_t i = 0; i < p->nsyn; i++) free(p->syn[i].words);
  free(p->strs);
  free(p->disc);
  free(p->pats);
  free(p->syn);
  free(p->mac);
  free(p->iss);
  free(p->multi);
  free(p->sd);
  free(p->warn);
  free(p);
}

size_t dyad__petrarch_count(const dyad__petrarch *p, int what) {
  if (!p || what < 0 || what >= DYAD__P_N) return 0;
  return p->count[what];
}

const dyad__pdiscard *dyad__petrarch_discards(const dyad__petrarch *p, size_t *n) {
  *n = p ? p->ndisc : 0;
  return p ? p->disc : NULL;
}

const dyad__ppattern *dyad__petrarch_patterns(const dyad__petrarch *p, size_t *n) {
  *n = p ? p->npat : 0;
  return p ? p->pats : NULL;
}

size_t dyad__petrarch_nissues(const dyad__petrarch *p) { return p ? p->niss : 0; }

const char *dyad__petrarch_issue(const dyad__petrarch *p, size_t i) {
  return p && i < p->niss ? p->iss[i].name : NULL;
}

/* ------------------------------------------------------------------------
** Small string helpers
** ---------------------------------------------------------------------- */

static int is_sp(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

static void trim(const char **s, size_t *n) {
  while (*n && is_sp(**s)) (*s)++, (*n)--;
  while (*n && is_sp((*s)[*n - 1])) (*n)--;
}

static char up(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
static char lo(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

static int ci_has(const char *s, const char *sub) {
  size_t n = strlen(sub);
  for (; *s; s++) {
    size_t i = 0;
    while (i < n && s[i] && lo(s[i]) == lo(sub[i])) i++;
    if (i == n) return 1;
  }
  return 0;
}

static const char *base_name(const char *path) {
  const char *b = strrchr(path, '/');
  return b ? b + 1 : path;
}

/* ------------------------------------------------------------------------
** Reading files line by line
** ---------------------------------------------------------------------- */

typedef struct reader {
  dyad_dict *d;
  dyad__petrarch *p;
  const char *path;      /* kept copy */
  char *buf;
  size_t len, pos;
  size_t line;           /* current line number */
  size_t bad;            /* malformed lines */
  int xml;               /* inside a <!-- ... --> comment */
  int indented;          /* the current line started with white space */
  int fed;               /* patterns were handed to verbs.c */
  int clean;             /* buf has no NUL and is valid UTF-8 (checked once) */
  char tmp[MAXLINE + 1];
} reader;

/* "[FRO/BIL/SAM]": an actor with several codes. The matcher codes the first;
** literal coding asks for all (dyad__petrarch_multicode), keyed by the first
** code. Returns 0 or DYAD_ENOMEM. */
static int add_multicode(dyad__petrarch *p, const char *first, const char *s, size_t n) {
  char buf[128];
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < sizeof buf; i++) buf[k++] = up(s[i]);
  buf[k] = 0;
  for (size_t i = 0; i < p->nmulti; i++)
    if (!strcmp(p->multi[i].first, first)) return 0; /* the first wins */
  if (grow((void **)&p->multi, &p->capmulti, p->nmulti + 1, sizeof *p->multi)) return DYAD_ENOMEM;
  if (!(p->multi[p->nmulti].first = keep(p, first, strlen(first)))) return DYAD_ENOMEM;
  if (!(p->multi[p->nmulti].all = keep(p, buf, k))) return DYAD_ENOMEM;
  p->nmulti++;
  return 0;
}

const char *dyad__petrarch_multicode(const dyad__petrarch *p, const char *code) {
  if (!p || !code || !code[0]) return NULL;
  for (size_t i = 0; i < p->nmulti; i++)
    if (!strcmp(p->multi[i].first, code)) return p->multi[i].all;
  return NULL;
}

/* Records a repaired line (a warning, not an error). */
static void warn_at(reader *r, size_t line, const char *msg) {
  char buf[600];
  dyad__petrarch *p = r->p;
  size_t n;
  p->count[DYAD__P_WARNINGS]++;
  n = (size_t)snprintf(buf, sizeof buf, "%s:%zu: warning: %s", r->path, line, msg);
  if (n >= sizeof buf) n = sizeof buf - 1;
  if (p->nwarn + n + 2 > (256u << 10)) return; /* counted, not kept */
  if (grow((void **)&p->warn, &p->capwarn, p->nwarn + n + 2, 1)) return;
  if (p->nwarn) p->warn[p->nwarn++] = '\n';
  memcpy(p->warn + p->nwarn, buf, n + 1);
  p->nwarn += n;
}

static void warn(reader *r, const char *msg) { warn_at(r, r->line, msg); }

/* Records a malformed line; msg may hold one "%s" for what. */
static void bad(reader *r, const char *msg, const char *what) {
  r->bad++;
  if (what) {
    const char *pc = strstr(msg, "%s");
    if (pc)
      dyad__dict_error(r->d, r->path, r->line, "%.*s%s%s", (int)(pc - msg), msg, what, pc + 2);
    else
      dyad__dict_error(r->d, r->path, r->line, "%s %s", msg, what);
  } else {
    dyad__dict_error(r->d, r->path, r->line, "%s", msg);
  }
}


static int valid_utf8(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return 0;
    i += (size_t)k;
  }
  return 1;
}

/* The next meaningful line: '#' comments, <!-- --> comments and blank
** lines skipped, white space trimmed. Returns 1 with the line in (*s, *n), 0 at the
** end. Malformed lines (too long, NUL, invalid UTF-8) are reported and
** skipped. */
static int next_line(reader *r, const char **s, size_t *n) {
  while (r->pos < r->len) {
    size_t b = r->pos, e = b, end;
    const char *t;
    size_t tn;
    {
      const char *nl = memchr(r->buf + b, '\n', r->len - b);
      e = nl ? (size_t)(nl - r->buf) : r->len;
    }
    r->pos = e + 1;
    r->line++;
    end = e;
    if (end - b > MAXLINE) {
      bad(r, "line too long (over 8192 bytes)", NULL);
      continue;
    }
    if (!r->clean && memchr(r->buf + b, 0, end - b)) {
      bad(r, "NUL byte in line", NULL);
      continue;
    }
    if (!r->clean && !valid_utf8(r->buf + b, end - b)) {
      bad(r, "invalid UTF-8", NULL);
      continue;
    }
    t = r->buf + b;
    tn = end - b;
    if (r->xml) {
      const char *c = NULL;
      for (size_t i = 0; i + 2 < tn + 1 && i + 3 <= tn; i++)
        if (!memcmp(t + i, "-->", 3)) {
          c = t + i;
          break;
        }
      if (!c) continue;
      r->xml = 0;
      tn -= (size_t)(c + 3 - t);
      t = c + 3;
    }
    r->indented = tn && is_sp(t[0]);
    trim(&t, &tn);
    if (tn >= 2 && t[0] == '<' && t[1] == '!') {
      int closed = 0;
      for (size_t i = 2; i + 3 <= tn; i++)
        if (!memcmp(t + i, "-->", 3)) closed = 1;
      if (!closed && !(tn && t[tn - 1] == '>')) r->xml = 1;
      continue;
    }
    {
      /* a comment starts at a '#' outside brackets ("[###]" is a code) */
      int depth = 0;
      const char *hash = memchr(t, '#', tn);
      for (size_t i = hash ? 0 : tn; i < tn; i++) {
        if (t[i] == '[') depth++;
        else if (t[i] == ']' && depth) depth--;
        else if (t[i] == '#' && !depth) {
          tn = i;
          break;
        }
      }
    }
    trim(&t, &tn);
    if (!tn) continue;
    *s = t;
    *n = tn;
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------------
** Dates and codes
** ---------------------------------------------------------------------- */

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m) {
  static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return md[m - 1] + (m == 2 && leap(y));
}

int dyad__petrarch_date(const char *s, size_t n, int32_t *out) {
  int y, m, dd;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  if (n == 6) {
    y = (s[0] - '0') * 10 + (s[1] - '0');
    y += y <= 30 ? 2000 : 1900;
    s += 2;
  } else if (n == 8) {
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    s += 4;
  } else if (n == 7) {
    /* yyyymmd (a day written with one digit, as in one Phoenix entry) */
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[4] - '0') * 10 + (s[5] - '0');
    dd = s[6] - '0';
    if (y < 1000 || m < 1 || m > 12 || dd < 1) return 0;
    *out = y * 10000 + m * 100 + dd;
    return 1;
  } else {
    return 0;
  }
  m = (s[0] - '0') * 10 + (s[1] - '0');
  dd = (s[2] - '0') * 10 + (s[3] - '0');
  if (m < 1 || m > 12 || dd < 1 || dd > mdays(y, m)) return 0;
  *out = y * 10000 + m * 100 + dd;
  return 1;
}

static int32_t next_day(int32_t d) {
  int y = d / 10000, m = d / 100 % 100, dd = d % 100;
  if (d >= 99999999) return 100000000;
  if (dd < mdays(y, m)) return d + 1;
  if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
  return (y + 1) * 10000 + 101;
}

static int32_t prev_day(int32_t d) {
  int y = d / 10000, m = d / 100 % 100, dd = d % 100;
  if (d <= 101) return 0;
  if (dd > 1) return d - 1;
  if (m > 1) return y * 10000 + (m - 1) * 100 + mdays(y, m - 1);
  return (y - 1) * 10000 + 1231;
}

/* One code of an actor: [from, to] inclusive yyyymmdd (0 / 99999999
** open); dflt: a bare [CODE]. code "" = the null code (---). */
typedef struct acode {
  char code[32];
  int32_t from, to;
  int dflt;
} acode;

/* An actor code: letters and digits (upper-cased), "---"-like null codes
** give "". Returns 0 when malformed. */
static int parse_actor_code(const char *s, size_t n, char out[32], const char **why) {
  size_t k = 0;
  int null = 1;
  for (size_t i = 0; i < n; i++)
    if (s[i] != '-' && s[i] != '+' && s[i] != '#' && s[i] != '*') null = 0;
  if (null && n) {
    out[0] = 0;
    return 1;
  }
  /* "ELR/GAL": several codes; the first is used */
  for (size_t i = 0; i < n && s[i] != '/'; i++) {
    char c = up(s[i]);
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      *why = "bad actor code (letters and digits, e.g. [KORGOV])";
      return 0;
    }
    if (k >= 30) {
      *why = "actor code too long (over 30 characters)";
      return 0;
    }
    out[k++] = c;
  }
  if (k < 3) {
    *why = "actor code too short (at least 3 characters)";
    return 0;
  }
  out[k] = 0;
  return 1;
}

/* Parses the date part of a code block: "", "<d", ">d", "d1-d2" (spaces
** allowed). Returns 1 (ok), 2 (a bad date that the production files do
** have: warned, the code is dropped) or 0 (malformed, *why set). */
static int date_or_warn(reader *r, const char *s, size_t n, int32_t *v, int *dropped) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return 0;
  if (!n) return 0;
  if (!dyad__petrarch_date(s, n, v)) {
    char msg[160];
    snprintf(msg, sizeof msg, "bad date '%.*s' (want yymmdd or yyyymmdd): code dropped",
             (int)(n < 20 ? n : 20), s);
    warn(r, msg);
    *dropped = 1;
  }
  return 1;
}

static int parse_restriction(reader *r, const char *s, size_t n, acode *c, const char **why) {
  int dropped = 0;
  trim(&s, &n);
  c->from = 0;
  c->to = 99999999;
  c->dflt = 0;
  if (!n) {
    c->dflt = 1;
    return 1;
  }
  if (s[0] == '<' || s[0] == '>') {
    char op = s[0];
    const char *t = s + 1;
    size_t tn = n - 1;
    int32_t v = 0;
    trim(&t, &tn);
    if (!date_or_warn(r, t, tn, &v, &dropped)) {
      *why = "bad date (want yymmdd or yyyymmdd after '<' or '>')";
      return 0;
    }
    if (dropped) return 2;
    if (op == '<')
      c->to = prev_day(v); /* before the date */
    else
      c->from = v;         /* on or after the date */
    return 1;
  }
  {
    const char *dash = memchr(s, '-', n);
    const char *a = s, *b;
    size_t an, bn;
    int32_t v1 = 0, v2 = 0;
    if (!dash) {
      /* "[CODE 20121204]": PETRARCH2 reads a bare date as ">date" */
      if (!date_or_warn(r, s, n, &v1, &dropped)) {
        *why = "bad date restriction (want <date, >date or date-date)";
        return 0;
      }
      if (dropped) return 2;
      warn(r, "a date without '<', '>' or '-': read as '>date'");
      c->from = v1;
      return 1;
    }
    an = (size_t)(dash - s);
    b = dash + 1;
    bn = n - an - 1;
    trim(&a, &an);
    trim(&b, &bn);
    if (!date_or_warn(r, a, an, &v1, &dropped) || !date_or_warn(r, b, bn, &v2, &dropped)) {
      *why = "bad date (want yymmdd or yyyymmdd)";
      return 0;
    }
    if (dropped) return 2;
    if (v2 < v1) {
      warn(r, "date range ends before it starts: code dropped");
      return 2;
    }
    c->from = v1;
    c->to = v2;
  }
  return 1;
}

/* Parses every "[...]" group of s[0,n) into codes. Text after the groups
** (the production International file has trade data there) is warned about
** and ignored; other stray text is an error. */
static int parse_code_groups(reader *r, const char *s, size_t n, acode *codes,
                             size_t *nc) {
  int rc_m;
  size_t i = 0, ngroups = 0;
  while (i < n) {
    const char *why = NULL;
    const char *g, *close;
    size_t gn, k;
    int rr;
    acode c;
    if (is_sp(s[i])) {
      i++;
      continue;
    }
    if (s[i] != '[') {
      if (ngroups) {
        warn(r, "text after the actor codes ignored");
        return 1;
      }
      bad(r, "unexpected text outside [CODE] brackets", NULL);
      return 0;
    }
    close = memchr(s + i, ']', n - i);
    if (!close) {
      bad(r, "unclosed '[' (want [CODE] or [CODE dates])", NULL);
      return 0;
    }
    g = s + i + 1;
    gn = (size_t)(close - g);
    trim(&g, &gn);
    if (!gn) {
      bad(r, "empty code []", NULL);
      return 0;
    }
    for (k = 0; k < gn && !is_sp(g[k]) && g[k] != '<' && g[k] != '>'; k++) {}
    memset(&c, 0, sizeof c);
    if (!parse_actor_code(g, k, c.code, &why) ||
        !(rr = parse_restriction(r, g + k, gn - k, &c, &why))) {
      bad(r, why, NULL);
      return 0;
    }
    ngroups++;
    i = (size_t)(close - s) + 1;
    r->p->count[DYAD__P_CODES]++;
    if (c.code[0] && memchr(g, '/', k) && (rc_m = add_multicode(r->p, c.code, g, k)) != 0) return rc_m;
    if (rr == 2) continue;
    if (*nc >= MAXCODES) {
      bad(r, "too many codes for one actor (over 64)", NULL);
      return 0;
    }
    codes[(*nc)++] = c;
    if (!c.dflt) r->p->count[DYAD__P_DATED]++;
  }
  return 1;
}

/* ------------------------------------------------------------------------
** Actors
** ---------------------------------------------------------------------- */

/* Normalises a TABARI phrase s[0,n) into out: '_' and runs of white space
** become one space, trailing '_' dropped. case_mode 1: title case (a
** capital first letter, except function words and the parts after a
** hyphen; dotted acronyms kept), 0: lower case. Returns the length, 0 when
** empty. */
static size_t norm_phrase(const char *s, size_t n, int case_mode, char *out, size_t cap) {
  static const char *fw[] = {"of", "the", "and", "for", "in", "on", "at", "to",
                             "de", "la", "le", "el", "al", "du", "des", "da",
                             "von", "van", "der", "y", "e", "bin", "ibn", NULL};
  size_t k = 0, i = 0;
  while (i < n) {
    size_t j, w0;
    int dotted = 0, func = 0;
    while (i < n && (s[i] == '_' || is_sp(s[i]))) i++;
    if (i >= n) break;
    for (j = i; j < n && s[j] != '_' && !is_sp(s[j]); j++)
      if (s[j] == '.') dotted = 1;
    if (k && k < cap) out[k++] = ' ';
    w0 = k;
    if (case_mode && j - i <= 3) {
      char w[3];
      for (size_t q = 0; q < j - i; q++) w[q] = lo(s[i + q]);
      for (int f = 0; fw[f] && !func; f++) {
        size_t q = 0;
        while (q < j - i && fw[f][q] == w[q]) q++;
        if (q == j - i && !fw[f][q]) func = 1;
      }
    }
    for (size_t q = i; q < j && k < cap; q++) {
      char c = s[q];
      if (case_mode && !dotted && !func)
        c = (k == w0) ? up(c) : lo(c);
      else if (!case_mode || func)
        c = lo(c);
      out[k++] = c;
    }
    i = j;
  }
  if (k >= cap) return 0;
  out[k] = 0;
  return k;
}

/* Turns an ordered code list into non-overlapping terms: at each day the
** first restricted code holding it wins, else the first default. */
static int add_terms(reader *r, int32_t actor, const acode *c, size_t nc) {
  int32_t bounds[2 * MAXCODES + 2];
  size_t nb = 0;
  const acode *dflt = NULL;
  int32_t run_from = -1;
  const char *run_code = NULL;
  int rc;
  for (size_t i = 0; i < nc; i++) {
    if (c[i].dflt) {
      if (!dflt) dflt = &c[i];
      continue;
    }
    bounds[nb++] = c[i].from;
    bounds[nb++] = next_day(c[i].to);
  }
  bounds[nb++] = 0;
  /* sort (small n) and unique */
  for (size_t i = 1; i < nb; i++)
    for (size_t j = i; j > 0 && bounds[j - 1] > bounds[j]; j--) {
      int32_t t = bounds[j];
      bounds[j] = bounds[j - 1];
      bounds[j - 1] = t;
    }
  {
    size_t u = 0;
    for (size_t i = 0; i < nb; i++)
      if (!u || bounds[u - 1] != bounds[i]) bounds[u++] = bounds[i];
    nb = u;
  }
  for (size_t b = 0; b < nb; b++) {
    int32_t at = bounds[b];
    const char *code = NULL;
    if (at >= 100000000) break;
    for (size_t i = 0; i < nc && !code; i++)
      if (!c[i].dflt && c[i].from <= at && at <= c[i].to) code = c[i].code;
    if (!code && dflt) code = dflt->code;
    if (code && !*code) code = NULL; /* the null code */
    if (run_code && (!code || strcmp(code, run_code))) {
      if ((rc = dyad__dict_add_term(r->d, actor, run_code, DYAD_ROLE_NONE, run_from,
                                    prev_day(at))) != 0)
        return rc;
      run_code = NULL;
    }
    if (code && !run_code) {
      run_code = code;
      run_from = at;
    }
  }
  if (run_code &&
      (rc = dyad__dict_add_term(r->d, actor, run_code, DYAD_ROLE_NONE, run_from, 99999999)))
    return rc;
  return 0;
}

typedef struct actor_acc {
  size_t names[MAXNAMES]; /* offsets into text, '\0'-separated */
  size_t nnames;
  size_t line0;           /* line of the root */
  char *text;
  size_t ntext, captext;
  acode codes[MAXCODES];
  size_t ncodes;
  int open;
} actor_acc;

/* An actor name written with a space between two of its words ("ITHILEN
** TELEVISION", not "ITHILEN_TELEVISION"): TABARI and PETRARCH let other
** words of the noun phrase come between those two. Kept for literal coding
** (dyad__petrarch_gapped) in the keyed list of add_multicode, under '~' and
** the name's words upper-cased, each followed by its connector (' ' or
** '_'); no code starts with '~'. */
static int add_gapped(dyad__petrarch *p, const char *s, size_t n) {
  char buf[1024];
  size_t k = 1;
  int space = 0, words = 0;
  buf[0] = '~';
  for (size_t i = 0, sep = 0; i < n;) {
    size_t j = i;
    while (j < n && s[j] != '_' && !is_sp(s[j])) j++;
    if (j > i) {
      /* sep: 1 when the run before this word held only blanks, 2 with '_' */
      if (words && k + 1 < sizeof buf) buf[k++] = sep == 1 ? ' ' : '_';
      if (words && sep == 1) space = 1;
      for (size_t q = i; q < j && k + 1 < sizeof buf; q++) buf[k++] = up(s[q]);
      words++;
    }
    for (i = j, sep = 1; i < n && (s[i] == '_' || is_sp(s[i])); i++)
      if (s[i] == '_') sep = 2;
  }
  if (!space || k + 1 >= sizeof buf) return 0;
  buf[k] = 0;
  for (size_t i = 0; i < p->nmulti; i++)
    if (!strcmp(p->multi[i].first, buf)) return 0;
  if (grow((void **)&p->multi, &p->capmulti, p->nmulti + 1, sizeof *p->multi)) return DYAD_ENOMEM;
  if (!(p->multi[p->nmulti].first = keep(p, buf, k))) return DYAD_ENOMEM;
  p->multi[p->nmulti].all = p->multi[p->nmulti].first;
  p->nmulti++;
  return 0;
}

int dyad__petrarch_gapped(const dyad__petrarch *p, const char *words, size_t gap) {
  if (!p || !words) return 0;
  for (size_t i = 0; i < p->nmulti; i++) {
    const char *g = p->multi[i].first, *w = words;
    size_t at = 0;
    if (g[0] != '~') continue;
    g++;
    for (;;) {
      if (!*g && !*w) return 1;
      if (*w == ' ' && (*g == ' ' || *g == '_')) {
        if (++at == gap && *g != ' ') break;
      } else if (up(*w) != *g) {
        break;
      }
      g++;
      w++;
    }
  }
  return 0;
}

static int acc_name(reader *r, actor_acc *a, const char *s, size_t n) {
  char buf[1024];
  size_t k = norm_phrase(s, n, 1, buf, sizeof buf);
  if (!k) {
    bad(r, n ? "actor name too long" : "empty actor name", NULL);
    return 0;
  }
  if (add_gapped(r->p, s, n)) return -1;
  if (a->nnames >= MAXNAMES) {
    bad(r, "too many synonyms for one actor", NULL);
    return 0;
  }
  if (grow((void **)&a->text, &a->captext, a->ntext + k + 1, 1)) return -1;
  memcpy(a->text + a->ntext, buf, k + 1);
  a->names[a->nnames++] = a->ntext;
  a->ntext += k + 1;
  r->p->count[DYAD__P_NAMES]++;
  return 1;
}

static int acc_flush(reader *r, actor_acc *a) {
  int32_t id;
  int rc;
  if (!a->open) return 0;
  a->open = 0;
  r->p->count[DYAD__P_ACTORS]++;
  if (!a->ncodes) {
    r->p->count[DYAD__P_NOCODE]++;
    a->nnames = a->ntext = 0;
    return 0;
  }
  {
    /* one undated code: a country (three letters) or an IGO composes with
    ** agents like dyad's own ("the Arnor government" -> ARNGOV) */
    const char *c0 = a->codes[0].code;
    size_t cl = strlen(c0);
    int letters = cl >= 3 && cl % 3 == 0;
    for (size_t i = 0; letters && i < cl; i++) letters = c0[i] >= 'A' && c0[i] <= 'Z';
    if (a->ncodes == 1 && a->codes[0].dflt && letters &&
        (cl == 3 || (cl >= 6 && !memcmp(c0, "IGO", 3)))) {
      for (size_t i = 0; i < a->nnames; i++) {
        const char *nm = a->text + a->names[i];
        rc = cl == 3 ? dyad__dict_add_country_name(r->d, c0, nm, strlen(nm))
                     : dyad__dict_add_igo_name(r->d, c0, nm, strlen(nm));
        if (rc == DYAD_ENOMEM) return rc;
        if (rc) {
          r->bad++;
          dyad__dict_error(r->d, r->path, a->line0, "actor name '%s' not accepted (%s)", nm,
                           dyad_strerror(rc));
        }
      }
      a->nnames = a->ntext = a->ncodes = 0;
      return 0;
    }
  }
  if ((id = dyad__dict_new_actor(r->d)) < 0) return DYAD_ENOMEM;
  for (size_t i = 0; i < a->nnames; i++) {
    const char *nm = a->text + a->names[i];
    rc = dyad__dict_add_actor_name(r->d, id, nm, strlen(nm), 0);
    if (rc == DYAD_ENOMEM) return rc;
    if (rc) {
      r->bad++;
      dyad__dict_error(r->d, r->path, a->line0, "actor name '%s' not accepted (%s)", nm,
                       dyad_strerror(rc));
    }
  }
  rc = add_terms(r, id, a->codes, a->ncodes);
  if (rc == DYAD_ENOMEM) return rc;
  if (rc) {
    r->bad++;
    dyad__dict_error(r->d, r->path, a->line0, "actor codes not accepted (%s)",
                     dyad_strerror(rc));
  }
  a->nnames = a->ntext = a->ncodes = 0;
  return 0;
}

static int read_actors(reader *r) {
  actor_acc *a = calloc(1, sizeof *a);
  const char *s;
  size_t n;
  int rc = 0;
  if (!a) return DYAD_ENOMEM;
  while (next_line(r, &s, &n)) {
    const char *br = memchr(s, '[', n);
    size_t nn = br ? (size_t)(br - s) : n;
    if (s[0] == '[') {
      if (!a->open) {
        bad(r, "a code line before any actor", NULL);
        continue;
      }
      parse_code_groups(r, s, n, a->codes, &a->ncodes);
      continue;
    }
    if (s[0] == '+') {
      const char *t = s + 1;
      size_t tn = nn - 1;
      if (!a->open) {
        bad(r, "a '+' synonym before any actor", NULL);
        continue;
      }
      trim(&t, &tn);
      if (acc_name(r, a, t, tn) < 0) {
        rc = DYAD_ENOMEM;
        break;
      }
      if (br) parse_code_groups(r, br, n - nn, a->codes, &a->ncodes);
      continue;
    }
    if (memchr(s, ']', nn)) {
      bad(r, "unexpected ']' in an actor name", NULL);
      continue;
    }
    if ((rc = acc_flush(r, a))) break;
    {
      const char *t = s;
      size_t tn = nn;
      int ok;
      trim(&t, &tn);
      a->open = 1;
      a->line0 = r->line;
      ok = acc_name(r, a, t, tn);
      if (ok < 0) {
        rc = DYAD_ENOMEM;
        break;
      }
      if (!ok) {
        a->open = 0;
        a->nnames = a->ntext = a->ncodes = 0;
        continue;
      }
      if (br) parse_code_groups(r, br, n - nn, a->codes, &a->ncodes);
    }
  }
  if (!rc) rc = acc_flush(r, a);
  free(a->text);
  free(a);
  return rc;
}

/* ------------------------------------------------------------------------
** Agents
** ---------------------------------------------------------------------- */

static const macro *find_macro(const dyad__petrarch *p, const char *s, size_t n) {
  for (size_t i = 0; i < p->nmac; i++)
    if (strlen(p->mac[i].name) == n && !memcmp(p->mac[i].name, s, n)) return &p->mac[i];
  return NULL;
}

/* "!NAME! = A, B, C" */
static int read_macro(reader *r, const char *s, size_t n) {
  const char *eq = memchr(s, '=', n), *e2;
  size_t nl, i;
  macro m;
  memset(&m, 0, sizeof m);
  if (!eq) {
    bad(r, "macro line without '=' (want !NAME! = A, B, ...)", NULL);
    return 0;
  }
  nl = (size_t)(eq - s);
  while (nl && is_sp(s[nl - 1])) nl--;
  e2 = nl > 1 ? memchr(s + 1, '!', nl - 1) : NULL;
  if (nl < 3 || s[nl - 1] != '!' || !e2 || e2 != s + nl - 1) {
    bad(r, "bad macro name (want !NAME!)", NULL);
    return 0;
  }
  if (!(m.name = keep(r->p, s, nl))) return DYAD_ENOMEM;
  i = (size_t)(eq - s) + 1;
  while (i <= n) {
    size_t j = i;
    const char *v;
    size_t vn;
    while (j < n && s[j] != ',') j++;
    v = s + i;
    vn = j - i;
    trim(&v, &vn);
    if (!vn) {
      bad(r, "empty value in a macro list", NULL);
      return 0;
    }
    if (m.n >= MAXMACRO) {
      bad(r, "too many macro values (over 64)", NULL);
      return 0;
    }
    if (!(m.vals[m.n++] = keep(r->p, v, vn))) return DYAD_ENOMEM;
    i = j + 1;
  }
  if (find_macro(r->p, m.name, nl)) {
    bad(r, "macro %s defined twice", m.name);
    return 0;
  }
  if (grow((void **)&r->p->mac, &r->p->capmac, r->p->nmac + 1, sizeof *r->p->mac))
    return DYAD_ENOMEM;
  r->p->mac[r->p->nmac++] = m;
  r->p->count[DYAD__P_MACROS]++;
  return 0;
}

/* The regular plural of a lower-case phrase's last word (TABARI's rules). */
static size_t plural_of(const char *s, size_t n, char *out, size_t cap) {
  size_t k = n;
  if (n < 2 || n + 3 >= cap) return 0;
  memcpy(out, s, n);
  if (n >= 3 && !memcmp(s + n - 3, "man", 3)) {
    out[n - 2] = 'e';
  } else if (s[n - 1] == 'y' && !strchr("aeiou", s[n - 2])) {
    memcpy(out + n - 1, "ies", 3);
    k = n + 2;
  } else if (strchr("sxz", s[n - 1]) || (s[n - 1] == 'h' && (s[n - 2] == 'c' || s[n - 2] == 's'))) {
    memcpy(out + n, "es", 2);
    k = n + 2;
  } else {
    out[n] = 's';
    k = n + 1;
  }
  out[k] = 0;
  return k;
}

static int add_agent_form(reader *r, const char *s, size_t n, const char *code,
                          int plural, int prefix) {
  char buf[1024];
  size_t k = norm_phrase(s, n, 0, buf, sizeof buf);
  int rc;
  if (!k) {
    bad(r, "empty or too long agent phrase", NULL);
    return 0;
  }
  rc = dyad__dict_add_agent_ex(r->d, buf, k, code, DYAD_ROLE_NONE, plural, prefix);
  if (rc == DYAD_ENOMEM) return rc;
  if (rc) {
    bad(r, "agent phrase not accepted: %s", buf);
    return 0;
  }
  r->p->count[DYAD__P_AGENT_FORMS]++;
  return 0;
}

/* Expands the first !MACRO! of s[0,n) (recursively) and adds each form. */
static int add_agent_expanded(reader *r, const char *s, size_t n, const char *code,
                              int prefix, int plurals, const char *plist, size_t pn,
                              int depth) {
  const char *a = memchr(s, '!', n);
  int rc;
  if (a && depth < 4) {
    const char *b = memchr(a + 1, '!', n - (size_t)(a + 1 - s));
    const macro *m;
    if (!b) {
      bad(r, "unclosed '!' macro in agent phrase", NULL);
      return 0;
    }
    m = find_macro(r->p, a, (size_t)(b + 1 - a));
    if (!m) {
      char nm[128];
      snprintf(nm, sizeof nm, "%.*s", (int)(b + 1 - a), a);
      bad(r, "unknown macro %s", nm);
      return 0;
    }
    for (size_t i = 0; i < m->n; i++) {
      char buf[1024];
      size_t pre = (size_t)(a - s), vn = strlen(m->vals[i]), post = n - (size_t)(b + 1 - s);
      if (pre + vn + post >= sizeof buf) {
        bad(r, "agent phrase too long", NULL);
        return 0;
      }
      memcpy(buf, s, pre);
      memcpy(buf + pre, m->vals[i], vn);
      memcpy(buf + pre + vn, b + 1, post);
      /* the macro's values carry their own plurals */
      if ((rc = add_agent_expanded(r, buf, pre + vn + post, code, prefix, 0, NULL, 0, depth + 1)))
        return rc;
    }
    return 0;
  }
  if ((rc = add_agent_form(r, s, n, code, 0, prefix))) return rc;
  if (plist) { /* {PLURAL PLURAL2}: explicit forms, space-separated */
    size_t i = 0;
    while (i < pn) {
      size_t j;
      while (i < pn && is_sp(plist[i])) i++;
      if (i >= pn) break;
      for (j = i; j < pn && !is_sp(plist[j]); j++) {}
      if ((rc = add_agent_form(r, plist + i, j - i, code, 1, prefix))) return rc;
      i = j;
    }
  } else if (plurals) {
    char low[1024], pl[1100];
    size_t k = norm_phrase(s, n, 0, low, sizeof low), pk;
    if (k && (pk = plural_of(low, k, pl, sizeof pl)))
      if ((rc = add_agent_form(r, pl, pk, code, 1, prefix))) return rc;
  }
  return 0;
}

static int read_agent_line(reader *r, const char *s, size_t n) {
  const char *br = memchr(s, '[', n), *cb = memchr(s, '{', n), *ce, *close;
  const char *ph = s, *plist = NULL, *g;
  size_t phn, pn = 0, gn;
  char code[16];
  int prefix, rc;
  if (!br) {
    /* PETRARCH skips an agent without a code */
    r->p->count[DYAD__P_IGNORED]++;
    return 0;
  }
  if (cb && cb > br) cb = NULL;
  phn = (size_t)((cb ? cb : br) - s);
  trim(&ph, &phn);
  if (!phn) {
    bad(r, "agent line without a phrase", NULL);
    return 0;
  }
  if (cb) {
    ce = memchr(cb, '}', (size_t)(br - cb));
    if (!ce) {
      bad(r, "unclosed '{' in agent line (want {PLURALS} before [CODE])", NULL);
      return 0;
    }
    plist = cb + 1;
    pn = (size_t)(ce - plist);
    {
      const char *t = ce + 1;
      size_t tn = (size_t)(br - t);
      trim(&t, &tn);
      if (tn) {
        bad(r, "unexpected text between {...} and [CODE]", NULL);
        return 0;
      }
    }
  }
  close = memchr(br, ']', n - (size_t)(br - s));
  if (!close && s[n - 1] == '}') {
    warn(r, "agent code closed with '}': read as ']'");
    close = s + n - 1;
  }
  if (!close) {
    bad(r, "unclosed '[' in agent line", NULL);
    return 0;
  }
  {
    const char *t = close + 1;
    size_t tn = n - (size_t)(t - s);
    trim(&t, &tn);
    if (tn) {
      bad(r, "unexpected text after the agent code", NULL);
      return 0;
    }
  }
  g = br + 1;
  gn = (size_t)(close - g);
  trim(&g, &gn);
  if (gn < 2 || (g[0] != '~') == (g[gn - 1] != '~')) {
    bad(r, "bad agent code (want [~CODE] appended or [CODE~] prefixed)", NULL);
    return 0;
  }
  prefix = g[gn - 1] == '~';
  if (prefix) gn--;
  else g++, gn--;
  trim(&g, &gn);
  if (!gn || gn > 15) {
    bad(r, "bad agent code (1 to 15 letters beside the '~')", NULL);
    return 0;
  }
  for (size_t i = 0; i < gn; i++) {
    char c = up(g[i]);
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      bad(r, "bad agent code (letters and digits only)", NULL);
      return 0;
    }
    code[i] = c;
  }
  code[gn] = 0;
  if (prefix) r->p->count[DYAD__P_PREFIX]++;
  r->p->count[DYAD__P_AGENTS]++;
  rc = add_agent_expanded(r, ph, phn, code, prefix, 1, plist, pn, 0);
  return rc;
}

static int read_agents(reader *r) {
  const char *s;
  size_t n;
  int rc;
  while (next_line(r, &s, &n)) {
    if (s[0] == '!' && memchr(s, '=', n)) {
      if ((rc = read_macro(r, s, n))) return rc;
      continue;
    }
    if ((rc = read_agent_line(r, s, n))) return rc;
  }
  return 0;
}

/* ------------------------------------------------------------------------
** Discards and issues
** ---------------------------------------------------------------------- */

/* The story-discard filter: a bit for the first two bytes of each story
** phrase (a one-byte phrase: its byte and every second byte). */
static unsigned sd_key(char a, char b) { return ((unsigned)(unsigned char)a << 8) | (unsigned char)b; }
static int sd_letter(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26u; }

/* The second filter: a phrase's first three bytes, five bits each (ASCII
** case does not change them, so the text needs no upper-casing here);
** words like TO/IN/UN that pass the two-byte filter mostly fail it. */
static unsigned sd_key3(unsigned char a, unsigned char b, unsigned char c) {
  return ((unsigned)(a & 31) << 10) | ((unsigned)(b & 31) << 5) | (c & 31);
}

/* The filter of the common case: a phrase's first four bytes, each ORed
** with 0x20 (so a text byte matches in either ASCII case; other bytes may
** share a bit, which only costs a probe), hashed to 15 bits. */
static unsigned sd_key4(uint32_t w) {
  return (unsigned)(((w | 0x20202020u) * 0x9E3779B1u) >> 17);
}

static uint32_t sd_load4(const unsigned char *t) {
  return (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
}

/* Enters story phrase ph (kept by p) in the filter and in the key-sorted
** list (a one-byte phrase has key 0x10000 | byte). 0 or DYAD_ENOMEM. */
static int sd_mark(dyad__petrarch *p, const char *ph) {
  uint32_t key;
  size_t at;
  if (!ph[0]) return 0;
  if (!sd_letter((unsigned char)ph[0]) && (unsigned)(ph[0] - '0') > 9u) p->sd_other = 1;
  if (ph[1] && ph[2]) {
    unsigned k3 = sd_key3((unsigned char)ph[0], (unsigned char)ph[1], (unsigned char)ph[2]);
    p->sd_map3[k3 >> 3] |= (unsigned char)(1u << (k3 & 7));
  } else {
    p->sd_short = 1;
  }
  if (ph[1] && ph[2] && ph[3]) {
    unsigned k4 = sd_key4(sd_load4((const unsigned char *)ph));
    p->sd_map4[k4 >> 6] |= 1ull << (k4 & 63);
  } else {
    p->sd_short4 = 1;
  }
  if (ph[1]) {
    unsigned k = sd_key(ph[0], ph[1]);
    p->sd_map[k >> 3] |= (unsigned char)(1u << (k & 7));
    key = k;
  } else {
    for (unsigned b = 0; b < 256; b++) {
      unsigned k = sd_key(ph[0], (char)b);
      p->sd_map[k >> 3] |= (unsigned char)(1u << (k & 7));
    }
    key = 0x10000u | (unsigned char)ph[0];
  }
  if (grow((void **)&p->sd, &p->capsd, p->nsd + 1, sizeof *p->sd)) return DYAD_ENOMEM;
  at = p->nsd;
  while (at > 0 && p->sd[at - 1].key > key) at--;
  memmove(p->sd + at + 1, p->sd + at, (p->nsd - at) * sizeof *p->sd);
  p->sd[at].key = key;
  p->sd[at].len = (uint32_t)strlen(ph);
  p->sd[at].ph = ph;
  p->sd[at].f8 = 0;
  if (p->sd[at].len >= 8) {
    memcpy(&p->sd[at].f8, ph, 8);
    p->sd[at].f8 |= 0x2020202020202020ull;
  }
  p->nsd++;
  return 0;
}

static int read_discards(reader *r) {
  const char *s;
  size_t n;
  while (next_line(r, &s, &n)) {
    int story = 0;
    char buf[1024];
    size_t k;
    dyad__pdiscard *dd;
    if (s[0] == '+') {
      story = 1;
      s++, n--;
      trim(&s, &n);
    }
    if (memchr(s, '[', n) || memchr(s, ']', n)) {
      bad(r, "unexpected '[' or ']' in a discard phrase", NULL);
      continue;
    }
    k = norm_phrase(s, n, 0, buf, sizeof buf);
    if (!k) {
      bad(r, "empty discard phrase", NULL);
      continue;
    }
    for (size_t i = 0; i < k; i++) buf[i] = up(buf[i]);
    if (grow((void **)&r->p->disc, &r->p->capdisc, r->p->ndisc + 1, sizeof *r->p->disc))
      return DYAD_ENOMEM;
    dd = &r->p->disc[r->p->ndisc];
    if (!(dd->phrase = keep(r->p, buf, k))) return DYAD_ENOMEM;
    dd->story = story;
    dd->line = (unsigned)r->line;
    if (story && sd_mark(r->p, dd->phrase)) return DYAD_ENOMEM;
    r->p->ndisc++;
    r->p->count[DYAD__P_DISCARDS]++;
    if (story) r->p->count[DYAD__P_STORY]++;
  }
  return 0;
}

static int read_issues(reader *r) {
  const char *s;
  size_t n;
  issue *cur = NULL;
  size_t open_line = 0;
  while (next_line(r, &s, &n)) {
    if (n >= 6 && !memcmp(s, "<ISSUE", 6)) {
      const char *c = NULL, *q;
      size_t cn;
      if (cur) {
        bad(r, "<ISSUE> inside another <ISSUE> block (missing </ISSUE>)", NULL);
        cur = NULL;
      }
      for (size_t i = 0; i + 9 <= n; i++)
        if (!memcmp(s + i, "CATEGORY=", 9)) {
          c = s + i + 9;
          break;
        }
      if (!c || *c != '"' || !(q = memchr(c + 1, '"', n - (size_t)(c + 1 - s))) ||
          s[n - 1] != '>') {
        bad(r, "bad <ISSUE> line (want <ISSUE CATEGORY=\"NAME\" ...>)", NULL);
        continue;
      }
      cn = (size_t)(q - c - 1);
      if (!cn) {
        bad(r, "empty issue CATEGORY", NULL);
        continue;
      }
      if (grow((void **)&r->p->iss, &r->p->capiss, r->p->niss + 1, sizeof *r->p->iss))
        return DYAD_ENOMEM;
      cur = &r->p->iss[r->p->niss++];
      if (!(cur->name = keep(r->p, c + 1, cn))) return DYAD_ENOMEM;
      cur->nphrase = 0;
      open_line = r->line;
      r->p->count[DYAD__P_ISSUES]++;
      continue;
    }
    if (n >= 8 && !memcmp(s, "</ISSUE>", 8)) {
      if (!cur) r->p->count[DYAD__P_IGNORED]++; /* stray: PETRARCH ignores it */
      cur = NULL;
      continue;
    }
    if (!cur) {
      bad(r, "issue phrase outside an <ISSUE> block", NULL);
      continue;
    }
    if (s[0] == '~') { /* a phrase that must not be coded */
      if (n < 2) bad(r, "empty '~' phrase", NULL);
      else cur->nphrase++, r->p->count[DYAD__P_ISSUE_PHRASES]++;
      continue;
    }
    {
      const char *br = memchr(s, '[', n);
      const char *cl = br ? memchr(br, ']', n - (size_t)(br - s)) : NULL;
      const char *t = s;
      size_t tn = br ? (size_t)(br - s) : n;
      trim(&t, &tn);
      /* a phrase without a code is one more form of the code above it */
      if ((br && (!cl || cl == br + 1)) || !tn || memchr(t, ']', tn)) {
        bad(r, "bad issue phrase (want: words [CODE])", NULL);
        continue;
      }
      if (cl && cl != s + n - 1) warn(r, "text after the issue code ignored");
      cur->nphrase++;
      r->p->count[DYAD__P_ISSUE_PHRASES]++;
    }
  }
  if (cur) {
    r->bad++;
    dyad__dict_error(r->d, r->path, open_line, "<ISSUE> block not closed");
  }
  return 0;
}

/* ------------------------------------------------------------------------
** Verbs
** ---------------------------------------------------------------------- */

/* A verb of a block: its words (lower case, space-separated), the head
** word's index and its forms ("" = regular, "-" = none, else a|b|c). */
typedef struct vword {
  char words[1024];
  int head;
  char forms[512];
  char code[8];
} vword;

typedef struct vblock {
  char code[8], inverse[8];
  vword *w;
  size_t nw, capw;
  size_t pat0;           /* first pattern index in p->pats */
} vblock;

static synset *find_synset(const dyad__petrarch *p, const char *s, size_t n) {
  while (n && s[n - 1] == '_') n--;
  for (size_t i = 0; i < p->nsyn; i++)
    if (p->syn[i].namelen == n && !memcmp(p->syn[i].name, s, n)) return &p->syn[i];
  return NULL;
}

/* "[042]", "[042:043]", "[---]", "[075A]". */
static int parse_vcode(const char *s, size_t n, char code[8], char inv[8]) {
  const char *colon;
  size_t a;
  code[0] = inv[0] = 0;
  trim(&s, &n);
  if (n < 2 || s[0] != '[' || s[n - 1] != ']') return 0;
  s++;
  n -= 2;
  trim(&s, &n);
  colon = memchr(s, ':', n);
  a = colon ? (size_t)(colon - s) : n;
  for (int part = 0; part < 2; part++) {
    const char *t = part ? colon + 1 : s;
    size_t tn = part ? n - a - 1 : a;
    char *out = part ? inv : code;
    trim(&t, &tn);
    if (!tn && !part && colon) { /* "[:173]": only the reverse direction */
      out[0] = 0;
      continue;
    }
    if (tn > 1 && t[tn - 1] == '?') tn--; /* TABARI's "[025?]" */
    if (!tn || tn > 6) return 0;
    if (!(tn == 3 && (!memcmp(t, "---", 3) || !memcmp(t, "+++", 3) || !memcmp(t, "###", 3))))
      for (size_t i = 0; i < tn; i++) {
        char c = up(t[i]);
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return 0;
      }
    for (size_t i = 0; i < tn; i++) out[i] = up(t[i]);
    out[tn] = 0;
    if (!colon) break;
  }
  return 1;
}

static int balanced(const char *s, size_t n) {
  int par = 0, brace = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(') par++;
    else if (s[i] == ')' && --par < 0) return 0;
    else if (s[i] == '{') brace++;
    else if (s[i] == '}' && --brace < 0) return 0;
  }
  return !par && !brace;
}

/* Characters with a meaning in either pattern syntax. */
static int is_syn(char c) {
  switch (c) {
  case '|': case '(': case ')': case '*': case ';': case '#': case '{': case '}':
  case '[': case ']': case '&': case '$': case '%': case '^': case '+': case '=':
  case '~': case '<': case '>': case '!':
    return 1;
  default:
    return 0;
  }
}

/* A token break inside a pattern body. */
static int is_pbreak(char c) {
  switch (c) {
  case '_': case '(': case ')': case '{': case '}': case '*': case '$': case '+':
  case '%': case '^': case '=':
    return 1;
  default:
    return 0;
  }
}

/* A word usable in verbs.txt: no syntax characters. */
static int plain_word(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (is_syn(s[i]) || is_sp(s[i])) return 0;
  return n > 0;
}

/* An event code verbs.c takes from a reader: a CAMEO code, or any 2-4
** letters and digits starting with a digit (the validation set's 345, 075A:
** coded with Goldstein 0 and the root's QuadClass). */
static int valid_cameo(const char *c) {
  size_t n = strlen(c);
  if (dyad__cameo_lookup(c)) return 1;
  if (n < 2 || n > 4 || c[0] < '0' || c[0] > '9') return 0;
  for (size_t i = 0; i < n; i++)
    if (!((c[i] >= '0' && c[i] <= '9') || (c[i] >= 'A' && c[i] <= 'Z'))) return 0;
  return 1;
}

typedef struct sbuf {
  char s[2048];
  size_t n;
  int over;
  int slots;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n) {
  if (b->n + n + 2 >= sizeof b->s) {
    b->over = 1;
    return;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}

static void sb_word(sbuf *b, const char *s, size_t n, int gap) {
  if (b->n) sb_add(b, gap ? " * " : " ", gap ? 3 : 1);
  if (gap) b->slots++;
  sb_add(b, s, n);
  b->slots++;
}

/* The alternatives of a synset as one verbs.txt slot ("a|b|c"): its
** one-word members (nested synsets expanded), each with its plural unless
** written with a final '_'. Returns 0 when the synset cannot be one slot. */
static int synset_slot(const dyad__petrarch *p, const synset *sy, char *out, size_t cap,
                       size_t *nalt, int depth) {
  size_t k = strlen(out);
  for (size_t i = 0; i < sy->n; i++) {
    const char *w = sy->words[i];
    size_t wn = strlen(w);
    char low[128], pl[160];
    size_t ln, pln;
    if (w[0] == '&') {
      const synset *in = find_synset(p, w + 1, wn - 1);
      if (!in || depth > 3 || !synset_slot(p, in, out, cap, nalt, depth + 1)) return 0;
      k = strlen(out);
      continue;
    }
    while (wn && w[wn - 1] == '_') wn--;
    if (memchr(w, '_', wn) || memchr(w, ' ', wn)) continue; /* a multi-word member */
    if (wn >= sizeof low || !plain_word(w, wn)) return 0;
    for (size_t q = 0; q < wn; q++) low[q] = lo(w[q]);
    low[wn] = 0;
    ln = wn;
    /* no plural for a word written with a final '_' or already in -s */
    pln = strlen(sy->words[i]) > wn || low[ln - 1] == 's' ? 0 : plural_of(low, ln, pl, sizeof pl);
    if (k + ln + pln + 3 >= cap) return 0;
    if (k) out[k++] = '|';
    memcpy(out + k, low, ln);
    k += ln;
    (*nalt)++;
    if (pln) {
      out[k++] = '|';
      memcpy(out + k, pl, pln);
      k += pln;
      (*nalt)++;
    }
    out[k] = 0;
  }
  return *nalt > 0 && *nalt <= 64;
}

/* Hands one translated pattern to verbs.c (verbs.h: dyad__verbs_add), in
** its syntax, named by the PETRARCH file and line it came from; a line
** verbs.c refuses is an error of that line. dyad__verbs_finish runs once at
** the end of the file. */
static int add_x(reader *r, const char *code, const char *inv, const char *text,
                 const char *file, unsigned line, int discard) {
  char buf[2300], err[512];
  size_t k = 0;
  int rc;
  /* as snprintf would write it (cut at sizeof buf - 1), without its cost */
#define ADDX_PUT(str)                                                          \
  do {                                                                         \
    size_t pn_ = strlen(str);                                                  \
    if (pn_ > sizeof buf - 1 - k) pn_ = sizeof buf - 1 - k;                    \
    memcpy(buf + k, (str), pn_);                                               \
    k += pn_;                                                                  \
  } while (0)
  if (discard) {
    ADDX_PUT("discard ");
    ADDX_PUT(text);
  } else if (code[0]) {
    ADDX_PUT(code);
    ADDX_PUT(" v ");
    ADDX_PUT(text);
    if (inv[0]) {
      ADDX_PUT(" ; inv=");
      ADDX_PUT(inv);
    }
  } else {
    ADDX_PUT("- v ");
    ADDX_PUT(text);
  }
#undef ADDX_PUT
  buf[k] = 0;
  err[0] = 0;
  rc = dyad__verbs_add(&r->d->verbs, buf, file, line, err, sizeof err);
  if (rc == DYAD_ENOMEM) return rc;
  if (rc) {
    r->bad++;
    dyad__dict_error(r->d, file, line, "verb matcher refused the translation '%s': %s", buf, err);
    r->p->count[DYAD__P_UNXLATED]++;
    return 0;
  }
  r->fed = 1;
  r->p->count[DYAD__P_XLATED]++;
  return 0;
}

/* The verbs.txt form of a verb: its words, the head with its forms. */
static int verb_text(const vword *v, sbuf *b) {
  const char *s = v->words;
  int idx = 0;
  while (*s) {
    size_t n = strcspn(s, " ");
    if (idx == v->head) {
      if (!strcmp(v->forms, "-")) {
        sb_word(b, s, n, 0);
      } else if (v->forms[0]) {
        char tmp[600];
        snprintf(tmp, sizeof tmp, "%.*s|%s", (int)n, s, v->forms);
        sb_word(b, tmp, strlen(tmp), 0);
      } else {
        char tmp[300];
        snprintf(tmp, sizeof tmp, "%.*s+", (int)n, s);
        sb_word(b, tmp, strlen(tmp), 0);
      }
    } else {
      sb_word(b, s, n, 0);
    }
    s += n;
    while (*s == ' ') s++;
    idx++;
  }
  return !b->over;
}

/* A synset member of several words ("SWISS FRANCS", "DID N'T")? */
static int multi_member(const char *w) {
  size_t n = strlen(w);
  while (n && w[n - 1] == '_') n--;
  return w[0] != '&' && (memchr(w, '_', n) || memchr(w, ' ', n));
}

/* Number of multi-word members of sy, and the m-th (0-based) of them. */
static size_t synset_nmulti(const synset *sy) {
  size_t k = 0;
  for (size_t i = 0; i < sy->n; i++) k += multi_member(sy->words[i]);
  return k;
}

static const char *synset_multi(const synset *sy, size_t m) {
  for (size_t i = 0; i < sy->n; i++)
    if (multi_member(sy->words[i]) && m-- == 0) return sy->words[i];
  return NULL;
}

/* Appends a multi-word synset member as adjacent words; TreeBank's "N'T"
** joins the word before it ("DID N'T" -> "didn't", as dyad tokenizes). */
static int member_words(sbuf *b, const char *w, int gap) {
  char buf[256];
  size_t k = 0, n = strlen(w);
  while (n && w[n - 1] == '_') n--;
  for (size_t i = 0; i < n; i++) {
    char c = w[i] == '_' ? ' ' : w[i];
    if (c == ' ' && (!k || buf[k - 1] == ' ')) continue;
    if (k + 2 >= sizeof buf) return 0;
    buf[k++] = lo(c);
  }
  while (k && buf[k - 1] == ' ') k--;
  buf[k] = 0;
  for (char *t = strstr(buf, " n't"); t; t = strstr(t, " n't"))
    memmove(t, t + 1, strlen(t + 1) + 1);
  {
    char *save = NULL, *tok;
    int first = 1;
    for (tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
      if (!plain_word(tok, strlen(tok))) return 0;
      sb_word(b, tok, strlen(tok), first && gap);
      first = 0;
    }
    if (first) return 0;
  }
  return 1;
}

/* Translates pattern body s (without '-' and code) for verb v into b;
** choice[k] picks, for the k-th synset named in s, its one-word members as
** one slot (0) or its (choice[k])-th multi-word member. Returns 1 when it
** maps onto verbs.txt, else 0. */
static int translate(const dyad__petrarch *p, const char *s, const vword *v, sbuf *b,
                     const unsigned char *choice, size_t nchoice) {
  size_t i = 0, n = strlen(s), ksyn = 0;
  int gap = 0, have_verb = 0;
  if (!balanced(s, n)) return 0;
  b->n = 0;
  b->s[0] = 0;
  b->over = 0;
  b->slots = 0;
  while (i < n) {
    char c = s[i];
    if (is_sp(c) || c == '(' || c == ')' || c == '{' || c == '}') {
      if (b->n) gap = 1;
      i++;
      continue;
    }
    if (c == '_') {
      i++;
      continue;
    }
    if (c == '$' || c == '+' || c == '%' || c == '^' || c == '=') { /* actor slots */
      if (b->n) gap = 1;
      i++;
      continue;
    }
    if (c == '*') {
      if (have_verb) return 0;
      have_verb = 1;
      if (b->n) sb_add(b, gap ? " * " : " ", gap ? 3 : 1), b->slots += gap;
      {
        sbuf vb;
        vb.n = 0;
        vb.s[0] = 0;
        vb.over = 0;
        vb.slots = 0;
        if (!verb_text(v, &vb)) return 0;
        sb_add(b, vb.s, vb.n);
        b->slots += vb.slots;
      }
      gap = 0;
      i++;
      continue;
    }
    {
      size_t j = i;
      char w[128];
      while (j < n && !is_sp(s[j]) && !is_pbreak(s[j])) j++;
      if (s[i] == '&') {
        synset *sy = find_synset(p, s + i + 1, j - i - 1);
        unsigned ch = ksyn < nchoice ? choice[ksyn] : 0;
        ksyn++;
        if (!sy) return 0;
        if (ch) {
          const char *mw = synset_multi(sy, ch - 1);
          if (!mw || !member_words(b, mw, gap)) return 0;
        } else {
          if (sy->gen != p->syngen + 1) { /* the one-word slot, cached */
            size_t na = 0;
            sy->slot[0] = 0;
            sy->slot_ok = synset_slot(p, sy, sy->slot, sizeof sy->slot, &na, 0);
            sy->slot_nalt = na;
            sy->nmulti = synset_nmulti(sy);
            sy->gen = p->syngen + 1;
          }
          if (!sy->slot_ok) return 0;
          sb_word(b, sy->slot, strlen(sy->slot), gap);
        }
      } else {
        if (j - i >= sizeof w || !plain_word(s + i, j - i)) return 0;
        for (size_t q = i; q < j; q++) w[q - i] = lo(s[q]);
        sb_word(b, w, j - i, gap);
      }
      gap = 0;
      i = j;
    }
  }
  if (!have_verb || b->over || b->slots > 16) return 0;
  return 1;
}

/* Parses a verb line ("HURRY {HURRIES HURRYING HURRIED} [code]",
** "+ANGERED_BY {}", "KLM_NOP_+RST [002]") into v. */
static int parse_verb_word(reader *r, const char *s, size_t n, vword *v) {
  const char *cb = memchr(s, '{', n), *br = memchr(s, '[', n);
  size_t wn, k = 0;
  int idx = 0, plus = -1;
  memset(v, 0, sizeof *v);
  if (cb && br && br < cb) cb = NULL;
  wn = (size_t)((cb ? cb : br ? br : s + n) - s);
  while (wn && is_sp(s[wn - 1])) wn--;
  if (!wn) {
    bad(r, "verb line without a verb", NULL);
    return 0;
  }
  for (size_t i = 0; i < wn; i++) {
    char c = s[i];
    if (c == '+') {
      plus = idx;
      continue;
    }
    if (c == '_' || is_sp(c)) {
      if (k && v->words[k - 1] != ' ') {
        v->words[k++] = ' ';
        idx++;
      }
      continue;
    }
    if (strchr("|()*;#{}[]&$%^=~<>!", c)) {
      bad(r, "bad character in a verb", NULL);
      return 0;
    }
    if (k + 2 >= sizeof v->words) {
      bad(r, "verb phrase too long", NULL);
      return 0;
    }
    v->words[k++] = lo(c);
  }
  while (k && v->words[k - 1] == ' ') k--;
  v->words[k] = 0;
  if (!k) {
    bad(r, "verb line without a verb", NULL);
    return 0;
  }
  v->head = plus >= 0 ? plus : 0;
  if (cb) {
    const char *ce = memchr(cb, '}', n - (size_t)(cb - s));
    size_t f = 0;
    if (!ce) {
      bad(r, "unclosed '{' in a verb line", NULL);
      return 0;
    }
    if (ce == cb + 1 || (size_t)(ce - cb) <= 1) {
      strcpy(v->forms, "-");
    } else {
      /* each form is a phrase like the verb ("+ASKED_FOR"): its head word
      ** (after '+', else at the verb's head position) is the form */
      const char *t = cb + 1;
      while (t < ce) {
        const char *fe, *w, *hw = NULL;
        size_t hn = 0;
        int widx = 0, hmark = 0;
        while (t < ce && is_sp(*t)) t++;
        if (t >= ce) break;
        for (fe = t; fe < ce && !is_sp(*fe); fe++) {}
        for (w = t; w < fe;) {
          const char *we;
          int marked = 0;
          if (*w == '+') marked = 1, w++;
          for (we = w; we < fe && *we != '_' && *we != '+'; we++) {}
          if ((marked && !hmark) || (!hw && widx == v->head)) {
            hw = w;
            hn = (size_t)(we - w);
            hmark |= marked;
          }
          widx++;
          w = we;
          if (w < fe && *w == '_') w++;
        }
        if (!hw || !hn) hw = t, hn = (size_t)(fe - t);
        for (size_t q = 0; q < hn; q++)
          if (strchr("|()*;#{}[]&$%^=~<>!+_", hw[q])) {
            bad(r, "bad character in irregular forms {...}", NULL);
            return 0;
          }
        if (f + hn + 2 >= sizeof v->forms) {
          bad(r, "too many irregular forms", NULL);
          return 0;
        }
        if (f) v->forms[f++] = '|';
        for (size_t q = 0; q < hn; q++) v->forms[f++] = lo(hw[q]);
        t = fe;
      }
      while (f && v->forms[f - 1] == '|') f--;
      v->forms[f] = 0;
      if (!f) strcpy(v->forms, "-");
    }
    if (br && br < ce) br = memchr(ce, '[', n - (size_t)(ce - s));
  }
  if (br) {
    char inv[8];
    if (!parse_vcode(br, n - (size_t)(br - s), v->code, inv)) {
      bad(r, "bad verb code (want [042], [042:043] or [---])", NULL);
      return 0;
    }
  }
  return 1;
}

/* The alternatives a one-word verb puts in a slot ("hail|hails|hailed",
** "praise+") and how many tokens they stand for. */
static size_t verb_alts(const vword *v, char *out, size_t cap, int *nalt) {
  int k;
  if (!strcmp(v->forms, "-")) {
    *nalt = 1;
    k = snprintf(out, cap, "%s", v->words);
  } else if (v->forms[0]) {
    *nalt = 2;
    for (const char *f = v->forms; *f; f++) *nalt += *f == '|';
    k = snprintf(out, cap, "%s|%s", v->words, v->forms);
  } else {
    *nalt = 4;
    k = snprintf(out, cap, "%s+", v->words);
  }
  return k < 0 || (size_t)k >= cap ? 0 : (size_t)k;
}

/* Emits the translated patterns of a finished block: each verb alone with
** its code, then every pattern once per group of one-word verbs (one slot
** of up to 64 alternatives) and once per multi-word verb. */
/* The number of elements of a pattern besides its verb (words, synsets,
** actor slots): PETRARCH tries the more specific pattern first, so when two
** match the same words the one with more elements must win (verbs.c lets
** the later of equal matches win: patterns are handed over in ascending
** order of this count). */
static size_t pattern_size(const char *s) {
  size_t k = 0;
  while (*s) {
    if (*s == '$' || *s == '+' || *s == '%' || *s == '^') {
      k++;
      s++;
    } else if (is_sp(*s) || is_pbreak(*s)) {
      s++;
    } else {
      k++;
      while (*s && !is_sp(*s) && !is_pbreak(*s)) s++;
    }
  }
  return k;
}

static int finish_block(reader *r, vblock *b) {
  dyad__petrarch *p = r->p;
  int rc, first = 1;
  size_t w = 0;
  sbuf sb;
  if (!b->nw) return 0;
  for (w = 0; w < b->nw; w++) {
    const vword *v = &b->w[w];
    const char *code = v->code[0] ? v->code : b->code;
    const char *inv = v->code[0] ? "" : b->inverse;
    if (strcmp(code, "---") && valid_cameo(code)) {
      sb.n = 0;
      sb.s[0] = 0;
      sb.over = 0;
      sb.slots = 0;
      if (verb_text(v, &sb) &&
          (rc = add_x(r, code, valid_cameo(inv) ? inv : "", sb.s, r->path, (unsigned)r->line, 0)))
        return rc;
    }
  }
  w = 0;
  while (w < b->nw) {
    vword g;
    if (strchr(b->w[w].words, ' ')) {
      g = b->w[w++];
    } else {
      size_t k = 0;
      int nalt = 0;
      memset(&g, 0, sizeof g);
      strcpy(g.forms, "-");
      while (w < b->nw && !strchr(b->w[w].words, ' ')) {
        char alt[1024];
        int na;
        size_t an = verb_alts(&b->w[w], alt, sizeof alt, &na);
        if (k && (nalt + na > 64 || k + an + 2 >= sizeof g.words)) break;
        if (!an || an + 2 >= sizeof g.words) { /* cannot be a slot */
          w++;
          break;
        }
        if (k) g.words[k++] = '|';
        memcpy(g.words + k, alt, an + 1);
        k += an;
        nalt += na;
        w++;
      }
      if (!k) continue;
    }
    size_t maxsz = 0;
    for (size_t pi = b->pat0; pi < p->npat; pi++) {
      if (p->pats[pi].size > maxsz) maxsz = p->pats[pi].size;
    }
    for (size_t sz = 0, pi = b->pat0; sz <= maxsz; pi++) {
      const dyad__ppattern *pt;
      if (pi >= p->npat) {
        pi = b->pat0 - 1;
        sz++;
        continue;
      }
      pt = &p->pats[pi];
      if (pt->size != sz) continue;
      int null = pt->code[0] == '-', any = 0;
      unsigned char radix[4], choice[4];
      size_t nsyn = 0, combos = 1;
      /* each synset named: its one-word slot, or one of its multi-word
      ** members (one pattern each, for synsets of at most 8 of them; at most
      ** 16 variants a pattern) */
      for (const char *a = strchr(pt->text, '&'); a && nsyn < 4; a = strchr(a + 1, '&')) {
        size_t m = 1;
        const synset *sy;
        while (a[m] && !is_sp(a[m]) && !is_pbreak(a[m])) m++;
        sy = find_synset(p, a + 1, m - 1);
        radix[nsyn] = (unsigned char)(1 + (sy ? (synset_nmulti(sy) > 8 ? 0 : synset_nmulti(sy)) : 0));
        combos *= radix[nsyn];
        choice[nsyn++] = 0;
      }
      if (combos > 16) combos = 16;
      for (size_t cno = 0; pt->code_ok && cno < combos; cno++) {
        size_t x = cno;
        for (size_t q = 0; q < nsyn; q++) {
          choice[q] = (unsigned char)(x % radix[q]);
          x /= radix[q];
        }
        if (!translate(p, pt->text, &g, &sb, choice, nsyn)) continue;
        any = 1;
        if ((rc = add_x(r, null ? "" : pt->code, pt->inv_ok ? pt->inverse : "", sb.s, pt->file,
                        pt->line, 0)))
          return rc;
      }
      if (!any && first) p->count[DYAD__P_UNXLATED]++;
    }
    first = 0;
  }
  b->nw = 0;
  return 0;
}

static int read_verbs(reader *r) {
  dyad__petrarch *p = r->p;
  const char *s;
  size_t n;
  vblock b;
  synset *cur_syn = NULL;
  int in_block = 0, rc = 0;
  size_t pat_start = p->npat;
  memset(&b, 0, sizeof b);
  while (next_line(r, &s, &n)) {
    if (n >= 3 && !memcmp(s, "---", 3)) { /* --- VERB [code] --- */
      const char *br = memchr(s, '[', n), *cl;
      cur_syn = NULL;
      if ((rc = finish_block(r, &b))) break;
      in_block = 0;
      cl = br ? memchr(br, ']', n - (size_t)(br - s)) : NULL;
      if (!br || !cl) {
        bad(r, "bad verb block header (want --- VERB [code] ---)", NULL);
        continue;
      }
      {
        const char *t = cl + 1;
        size_t tn = n - (size_t)(t - s);
        const char *nm = s + 3;
        size_t nn = (size_t)(br - nm);
        size_t dashes = 0, other = 0;
        trim(&t, &tn);
        trim(&nm, &nn);
        for (size_t q = 0; q < tn; q++) {
          if (t[q] == '-') dashes++;
          else if (!is_sp(t[q])) other++;
        }
        if (tn && t[0] == '[' && memchr(t, ']', tn)) {
          warn(r, "a second code in a verb block header ignored");
          dashes = 3;
          other = 0;
        } else if (tn != 3 && dashes >= 3 && !other) {
          warn(r, "extra dashes in a verb block header");
        }
        if (!tn) dashes = 3; /* "--- VERB [---] # comment" */
        if (dashes < 3 || other || !nn) {
          bad(r, "bad verb block header (want --- VERB [code] ---)", NULL);
          continue;
        }
      }
      if (!parse_vcode(br, (size_t)(cl - br) + 1, b.code, b.inverse)) {
        bad(r, "bad verb code (want [042], [042:043] or [---])", NULL);
        continue;
      }
      in_block = 1;
      b.pat0 = p->npat;
      p->count[DYAD__P_VBLOCKS]++;
      continue;
    }
    if (s[0] == '&') { /* a synset */
      const char *nm = s + 1;
      size_t nn = n - 1;
      synset *sy;
      while (nn && nm[nn - 1] == '_') nn--;
      if (!nn || !plain_word(nm, nn)) {
        bad(r, "bad synset name (want &NAME)", NULL);
        cur_syn = NULL;
        continue;
      }
      if ((sy = find_synset(p, nm, nn)) != NULL) {
        cur_syn = sy; /* adds to it */
        continue;
      }
      if (grow((void **)&p->syn, &p->capsyn, p->nsyn + 1, sizeof *p->syn)) {
        rc = DYAD_ENOMEM;
        break;
      }
      sy = &p->syn[p->nsyn];
      memset(sy, 0, sizeof *sy);
      if (!(sy->name = keep(p, nm, nn))) {
        rc = DYAD_ENOMEM;
        break;
      }
      sy->namelen = nn;
      sy->file = r->path;
      sy->line = (unsigned)r->line;
      p->nsyn++;
      cur_syn = sy;
      p->count[DYAD__P_SYNSETS]++;
      continue;
    }
    if (s[0] == '+' && cur_syn) {
      const char *t = s + 1;
      size_t tn = n - 1;
      char *w;
      trim(&t, &tn);
      if (!tn) {
        bad(r, "empty synset member", NULL);
        continue;
      }
      if (grow((void **)&cur_syn->words, &cur_syn->cap, cur_syn->n + 1, sizeof *cur_syn->words) ||
          !(w = keep(p, t, tn))) {
        rc = DYAD_ENOMEM;
        break;
      }
      cur_syn->words[cur_syn->n++] = w;
      p->syngen++;
      p->count[DYAD__P_SYNWORDS]++;
      continue;
    }
    cur_syn = NULL;
    if (s[0] == '~') { /* transformation: ~ a (a b ATTACK) SAY = a b 015 */
      const char *eq = memchr(s, '=', n);
      if (!eq || !balanced(s, n) || eq == s + n - 1) {
        bad(r, "bad transformation (want ~ PATTERN = RESULT)", NULL);
        continue;
      }
      p->count[DYAD__P_TRANSFORMS]++;
      continue;
    }
    if (s[0] == '-') { /* a pattern */
      const char *br = NULL, *body = s + 1;
      size_t bn;
      dyad__ppattern *pt;
      for (size_t i = n; i > 0; i--)
        if (s[i - 1] == '[') {
          br = s + i - 1;
          break;
        }
      if (!in_block && !b.nw) {
        bad(r, "a pattern outside a verb block", NULL);
        continue;
      }
      if (!br) {
        bad(r, "pattern without a [code]", NULL);
        continue;
      }
      bn = (size_t)(br - body);
      trim(&body, &bn);
      if (!bn || !memchr(body, '*', bn)) {
        bad(r, "pattern without the verb's place '*'", NULL);
        continue;
      }
      if (!balanced(body, bn)) {
        /* kept and counted, never translated */
        warn(r, "unbalanced ( ) or { } in pattern: not translated");
      }
      if (grow((void **)&p->pats, &p->cappat, p->npat + 1, sizeof *p->pats)) {
        rc = DYAD_ENOMEM;
        break;
      }
      pt = &p->pats[p->npat];
      memset(pt, 0, sizeof *pt);
      if (!parse_vcode(br, n - (size_t)(br - s), pt->code, pt->inverse)) {
        /* "[080!]": a stray mark after the digits */
        char cl[16];
        size_t k = 0, bl = n - (size_t)(br - s);
        for (size_t q = 0; q < bl && k + 1 < sizeof cl; q++)
          if (!strchr("!?.,;'\"", br[q])) cl[k++] = br[q];
        if (bl >= sizeof cl || k == bl || !parse_vcode(cl, k, pt->code, pt->inverse)) {
          bad(r, "bad pattern code (want [042], [042:043] or [---])", NULL);
          continue;
        }
        warn(r, "stray character in a pattern code ignored");
      }
      pt->code_ok = !strcmp(pt->code, "---") || valid_cameo(pt->code);
      pt->inv_ok = (unsigned char)valid_cameo(pt->inverse);
      if (!(pt->text = keep(p, body, bn))) {
        rc = DYAD_ENOMEM;
        break;
      }
      pt->verb = b.nw ? keep(p, b.w[0].words, strlen(b.w[0].words)) : "";
      pt->file = r->path;
      pt->line = (unsigned)r->line;
      {
        size_t sz = pattern_size(pt->text);
        pt->size = (unsigned char)(sz > 255 ? 255 : sz);
      }
      p->npat++;
      p->count[DYAD__P_PATTERNS]++;
      continue;
    }
    /* a verb word (in a block, or a stand-alone "ASK [020]") */
    {
      vword v;
      if (s[0] == '+') s++, n--;
      if (!parse_verb_word(r, s, n, &v)) continue;
      if (!in_block) {
        /* a stand-alone verb is a block of its own */
        if ((rc = finish_block(r, &b))) break;
        b.code[0] = b.inverse[0] = 0;
        strcpy(b.code, "---");
        b.pat0 = p->npat;
      } else if (b.pat0 < p->npat && b.nw) {
        /* a verb after patterns starts a new group of the same block */
        char code[8], inv[8];
        memcpy(code, b.code, 8);
        memcpy(inv, b.inverse, 8);
        if ((rc = finish_block(r, &b))) break;
        memcpy(b.code, code, 8);
        memcpy(b.inverse, inv, 8);
        b.pat0 = p->npat;
      }
      if (grow((void **)&b.w, &b.capw, b.nw + 1, sizeof *b.w)) {
        rc = DYAD_ENOMEM;
        break;
      }
      b.w[b.nw++] = v;
      p->count[DYAD__P_VWORDS]++;
    }
  }
  if (!rc) rc = finish_block(r, &b);
  free(b.w);
  /* every synset a pattern of this file names must exist */
  for (size_t k = pat_start; !rc && k < p->npat; k++) {
    const char *t = p->pats[k].text;
    for (const char *a = strchr(t, '&'); a; a = strchr(a + 1, '&')) {
      size_t m = 1;
      while (a[m] && !is_sp(a[m]) && !strchr("(){}*$+%^=", a[m])) m++;
      while (m > 1 && a[m - 1] == '_') m--;
      if (!find_synset(p, a + 1, m - 1)) {
        char nm[96];
        snprintf(nm, sizeof nm, "%.*s", (int)(m < 90 ? m : 90), a);
        char msg[160];
        snprintf(msg, sizeof msg, "unknown synset %s: pattern not translated", nm);
        warn_at(r, p->pats[k].line, msg);
        break;
      }
    }
  }
  return rc;
}

/* ------------------------------------------------------------------------
** Detection and loading
** ---------------------------------------------------------------------- */

static int kind_by_name(const char *path) {
  const char *b = base_name(path);
  if (ci_has(b, "actors")) return DYAD__PF_ACTORS;
  if (ci_has(b, "agents")) return DYAD__PF_AGENTS;
  if (ci_has(b, "discards")) return DYAD__PF_DISCARDS;
  if (ci_has(b, "issue")) return DYAD__PF_ISSUES;
  if (ci_has(b, "verbs") || !strncmp(b, "CAMEO.", 6)) return DYAD__PF_VERBS;
  return DYAD__PF_NONE;
}

/* Looks at the first meaningful lines of a file. */
/* 1 when a line is in dyad's verbs.txt / discards.txt syntax: "CODE v|n
** PATTERN" (CODE digits or '-') or a pattern with '|' alternatives. */
static int dyad_syntax_line(const char *s) {
  size_t i = 0;
  if (strchr(s, '|')) return 1;
  if (s[0] == '-' && is_sp(s[1])) {
    i = 1;
  } else {
    while (s[i] >= '0' && s[i] <= '9') i++;
    if (i < 2 || i > 4) return 0;
  }
  while (is_sp(s[i])) i++;
  return (s[i] == 'v' || s[i] == 'n') && is_sp(s[i + 1]);
}

/* Looks at the first meaningful lines of a file; *dyad_like counts lines in
** dyad's own pattern syntax. */
static int kind_by_content(const char *path, int *dyad_like) {
  FILE *f = fopen(path, "rb");
  char line[1024];
  int kind = DYAD__PF_NONE, nlines = 0, codes = 0, dyadv = 0;
  if (dyad_like) *dyad_like = 0;
  if (!f) return DYAD__PF_NONE;
  while (nlines < 400 && fgets(line, sizeof line, f)) {
    char *s = line;
    while (is_sp(*s)) s++;
    if (!*s || *s == '\n' || *s == '#' || (s[0] == '<' && s[1] == '!')) continue;
    nlines++;
    if (dyad_syntax_line(s)) {
      dyadv++;
      continue;
    }
    if (kind) continue;
    if (!strncmp(s, "<ISSUE", 6)) kind = DYAD__PF_ISSUES;
    else if (!strncmp(s, "---", 3) && strchr(s, '[')) kind = DYAD__PF_VERBS;
    else if (s[0] == '!' && strchr(s, '=')) kind = DYAD__PF_AGENTS;
    else if (strstr(s, "[~") || strstr(s, "~]")) kind = DYAD__PF_AGENTS;
    else if (strchr(s, '[') && strchr(s, ']')) codes++;
  }
  fclose(f);
  if (dyad_like) *dyad_like = dyadv;
  if (dyadv) return DYAD__PF_NONE;
  if (kind == DYAD__PF_NONE && codes) kind = DYAD__PF_ACTORS;
  return kind;
}

int dyad__petrarch_kind(const char *path) {
  int k = kind_by_name(path), dy = 0, c;
  const char *b = base_name(path);
  size_t bl = strlen(b);
  if ((bl > 4 && ci_has(b + bl - 4, ".tsv")) || ci_has(b, "license") || ci_has(b, "readme"))
    return DYAD__PF_NONE;
  if (k == DYAD__PF_ACTORS || k == DYAD__PF_AGENTS || k == DYAD__PF_ISSUES) return k;
  c = kind_by_content(path, &dy);
  if (dy) return DYAD__PF_NONE; /* dyad's own pattern syntax: verbs.c's */
  /* dyad's verbs.txt / discards*.txt unless their content says otherwise */
  if ((k == DYAD__PF_VERBS || k == DYAD__PF_DISCARDS) &&
      (!strcmp(b, "verbs.txt") || !strncmp(b, "discards", 8)))
    return c == DYAD__PF_VERBS ? c : DYAD__PF_NONE;
  return k ? k : c;
}

static int is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The sorted PETRARCH files of a directory (malloc'd array of malloc'd
** paths; caller frees). */
static int list_dir(const char *dir, char ***out, size_t *n, int *has_dyad) {
  DIR *dp = opendir(dir);
  struct dirent *e;
  char **v = NULL;
  size_t nv = 0, cap = 0;
  *has_dyad = 0;
  *out = NULL;
  *n = 0;
  if (!dp) return DYAD_EIO;
  while ((e = readdir(dp)) != NULL) {
    char *pth;
    size_t need;
    if (e->d_name[0] == '.') continue;
    if (!strcmp(e->d_name, "countries.tsv")) *has_dyad = 1;
    need = strlen(dir) + strlen(e->d_name) + 2;
    if (!(pth = malloc(need))) break;
    snprintf(pth, need, "%s/%s", dir, e->d_name);
    if (is_dir(pth) || !dyad__petrarch_kind(pth)) {
      free(pth);
      continue;
    }
    if (grow((void **)&v, &cap, nv + 1, sizeof *v)) {
      free(pth);
      break;
    }
    v[nv++] = pth;
  }
  closedir(dp);
  /* order: actors, agents, discards, issues, verbs; by name within */
  for (size_t i = 1; i < nv; i++)
    for (size_t j = i; j > 0; j--) {
      int ka = dyad__petrarch_kind(v[j - 1]), kb = dyad__petrarch_kind(v[j]);
      if (ka < kb || (ka == kb && strcmp(v[j - 1], v[j]) <= 0)) break;
      char *t = v[j];
      v[j] = v[j - 1];
      v[j - 1] = t;
    }
  *out = v;
  *n = nv;
  return 0;
}

int dyad__petrarch_detect(const char *path) {
  if (!path) return 0;
  if (is_dir(path)) {
    char **v;
    size_t n;
    int has_dyad, r = 0;
    if (list_dir(path, &v, &n, &has_dyad)) return 0;
    if (n && !has_dyad) r = 2;
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
    return r;
  }
  return dyad__petrarch_kind(path) ? 1 : 0;
}

/* Reads one file. finish NULL: the verb index is rebuilt at the end of the
** file when it fed patterns; else *finish is set to 1 instead and the
** caller rebuilds it once after its last file (building it is the costly
** part, and nothing matches before the set is loaded). */
static int load_file(dyad_dict *d, dyad__petrarch *p, const char *path, int kind,
                     int *finish) {
  reader *r;
  int err, rc = 0;
  size_t ndisc0 = p->ndisc;
  if (!kind) {
    dyad__dict_error(d, path, 0, "not a PETRARCH / TABARI dictionary file");
    return DYAD_EINVAL;
  }
  if (!(r = calloc(1, sizeof *r))) return DYAD_ENOMEM;
  r->d = d;
  r->p = p;
  if (!(r->path = keep(p, path, strlen(path)))) {
    free(r);
    return DYAD_ENOMEM;
  }
  r->buf = dyad__slurp(path, &r->len, &err);
  if (!r->buf) {
    dyad__dict_error(d, path, 0, "cannot read: %s", strerror(err));
    free(r);
    return err == ENOMEM ? DYAD_ENOMEM : DYAD_EIO;
  }
  if (r->len >= 3 && !memcmp(r->buf, "\xEF\xBB\xBF", 3)) r->pos = 3;
  /* one pass over the whole file instead of one a line: a file without NUL
     bytes that is valid UTF-8 has only such lines ('\n' never occurs inside
     a UTF-8 sequence) */
  r->clean = !memchr(r->buf + r->pos, 0, r->len - r->pos) &&
             valid_utf8(r->buf + r->pos, r->len - r->pos);
  p->count[DYAD__P_FILES]++;
  switch (kind) {
  case DYAD__PF_ACTORS: rc = read_actors(r); break;
  case DYAD__PF_AGENTS: rc = read_agents(r); break;
  case DYAD__PF_DISCARDS: rc = read_discards(r); break;
  case DYAD__PF_ISSUES: rc = read_issues(r); break;
  default: rc = read_verbs(r); break;
  }
  if (!rc && kind == DYAD__PF_DISCARDS) {
    /* sentence discards become verbs.c discard patterns */
    for (size_t i = ndisc0; i < p->ndisc; i++) {
      char t[1100];
      size_t k = 0;
      int okw = 1;
      const char *ph = p->disc[i].phrase;
      if (p->disc[i].story) continue;
      for (; *ph && k + 2 < sizeof t; ph++) {
        if (strchr("|()*;#{}[]&$%^+=~<>!", *ph)) okw = 0;
        t[k++] = lo(*ph);
      }
      t[k] = 0;
      if (!okw || !k) continue;
      if ((rc = add_x(r, "", "", t, r->path, p->disc[i].line, 1))) break;
    }
  }
  if (!rc && r->fed) {
    if (finish) *finish = 1;
    else rc = dyad__verbs_finish(d->verbs);
  }
  free(r->buf);
  if (!rc && r->bad) rc = DYAD_EDICT;
  free(r);
  return rc;
}

int dyad__petrarch_load_into(dyad_dict *d, dyad__petrarch **pp, const char *path,
                             dyad_dict_format fmt) {
  dyad__petrarch *p;
  if (!d || !pp || !path) return DYAD_EINVAL;
  (void)fmt; /* both families are read by the same readers */
  if (!*pp && !(*pp = calloc(1, sizeof **pp))) return DYAD_ENOMEM;
  p = *pp;
  if (is_dir(path)) {
    char **v;
    size_t n;
    int has_dyad, rc = 0, finish = 0, *kinds;
    if (list_dir(path, &v, &n, &has_dyad)) {
      dyad__dict_error(d, path, 0, "cannot read directory: %s", strerror(errno));
      return DYAD_EIO;
    }
    kinds = malloc((n ? n : 1) * sizeof *kinds); /* NULL: found again a file */
    if (!n) {
      dyad__dict_error(d, path, 0, "no PETRARCH / TABARI dictionary files here");
      rc = DYAD_EINVAL;
    }
    {
      /* size the phrase table once for the set's names (about one node in
         32 bytes of actor and agent files) */
      size_t bytes = 0;
      for (size_t i = 0; i < n; i++) {
        int k = kinds ? kinds[i] = dyad__petrarch_kind(v[i]) : 0;
        struct stat st;
        if ((k == DYAD__PF_ACTORS || k == DYAD__PF_AGENTS) && stat(v[i], &st) == 0)
          bytes += (size_t)st.st_size;
      }
      if (kinds && bytes) dyad__dict_reserve(d, bytes / 32); /* a hint only */
    }
    for (size_t i = 0; i < n; i++) {
      int r = rc == DYAD_ENOMEM
                  ? rc
                  : load_file(d, p, v[i], kinds ? kinds[i] : dyad__petrarch_kind(v[i]),
                              &finish);
      if (r && (!rc || r == DYAD_ENOMEM)) rc = r;
      free(v[i]);
    }
    free(v);
    free(kinds);
    if (finish && rc != DYAD_ENOMEM) {
      int r = dyad__verbs_finish(d->verbs);
      if (r) rc = r;
    }
    return rc;
  }
  {
    int kind = dyad__petrarch_kind(path);
    if (!kind && fmt != DYAD_DICT_AUTO && !(kind = kind_by_name(path)))
      kind = kind_by_content(path, NULL);
    return load_file(d, p, path, kind, NULL);
  }
}

int dyad__petrarch_load(dyad_dict *d, const char *path, dyad_dict_format fmt) {
  if (!d) return DYAD_EINVAL;
  d->pet_free = dyad__petrarch_free;
  return dyad__petrarch_load_into(d, &d->pet, path, fmt);
}

int dyad__petrarch_summary_of(const dyad__petrarch *p, char *buf, size_t cap) {
  const size_t *c;
  if (!p || !p->count[DYAD__P_FILES]) {
    if (cap) buf[0] = 0;
    return 0;
  }
  c = p->count;
  snprintf(buf, cap,
           "actors %zu (names %zu, codes %zu, dated %zu, uncoded %zu), agents %zu "
           "(phrases %zu, prefixed %zu, macros %zu), verbs %zu in %zu blocks, "
           "patterns %zu (synsets %zu, transformations %zu; %zu translated to dyad "
           "patterns, %zu not expressible), discards %zu (story %zu), issues %zu "
           "(phrases %zu), ignored lines %zu, warnings %zu",
           c[DYAD__P_ACTORS], c[DYAD__P_NAMES], c[DYAD__P_CODES], c[DYAD__P_DATED],
           c[DYAD__P_NOCODE], c[DYAD__P_AGENTS], c[DYAD__P_AGENT_FORMS], c[DYAD__P_PREFIX],
           c[DYAD__P_MACROS], c[DYAD__P_VWORDS], c[DYAD__P_VBLOCKS], c[DYAD__P_PATTERNS],
           c[DYAD__P_SYNSETS], c[DYAD__P_TRANSFORMS], c[DYAD__P_XLATED], c[DYAD__P_UNXLATED],
           c[DYAD__P_DISCARDS], c[DYAD__P_STORY], c[DYAD__P_ISSUES], c[DYAD__P_ISSUE_PHRASES],
           c[DYAD__P_IGNORED], c[DYAD__P_WARNINGS]);
  return 1;
}

int dyad__petrarch_summary(const dyad_dict *d, char *buf, size_t cap) {
  return d ? dyad__petrarch_summary_of(d->pet, buf, cap) : 0;
}

/* Does a story phrase of key `key` start at text[j]? */
static int sd_probe(const dyad__petrarch *p, uint32_t key, const char *text, size_t len, size_t j) {
  size_t lo = 0, hi = p->nsd;
  while (lo < hi) { /* the first entry of the key */
    size_t mid = lo + (hi - lo) / 2;
    if (p->sd[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  /* the text's next eight bytes, each ORed with 0x20: a phrase of eight
     bytes or more whose f8 differs cannot match (a byte equal to the
     phrase's after up() is equal after the OR), so most phrases that share
     a key ("WORLD CUP", "WORLD BOXING COUNCIL", ... at "World Bank") are
     passed over without the byte loop */
  uint64_t x8 = 0;
  if (j + 8 <= len) {
    memcpy(&x8, text + j, 8);
    x8 |= 0x2020202020202020ull;
  }
  for (; lo < p->nsd && p->sd[lo].key == key; lo++) {
    const char *ph = p->sd[lo].ph;
    size_t pn = p->sd[lo].len, q = 0;
    if (j + pn > len) continue;
    if (pn >= 8 && x8 != p->sd[lo].f8) continue; /* (pn >= 8: j + 8 <= len, x8 was read) */
    while (q < pn && up(text[j + q]) == ph[q]) q++;
    if (q == pn && (j + pn == len || !((text[j + pn] | 32) >= 'a' && (text[j + pn] | 32) <= 'z')))
      return 1;
  }
  return 0;
}


/* The letters of 8 bytes x (little-endian): the high bit of each byte that
** is an ASCII letter. */
static uint64_t sd_letters8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  uint64_t l = (x | ones * 0x20) & ~high; /* lower-cased, high bits off */
  /* a letter when l >= 'a', l <= 'z' and its high bit was off */
  return ((l + ones * (0x80 - 'a')) & ~(l + ones * (0x80 - 'z' - 1)) & ~x) & high;
}

/* The same for the ASCII digits. */
static uint64_t sd_digits8(uint64_t x) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  uint64_t l = x & ~high;
  return ((l + ones * (0x80 - '0')) & ~(l + ones * (0x80 - '9' - 1)) & ~x) & high;
}

/* How many ASCII letters t[0..] starts with, 8 bytes at a time (n: bytes
** left). */
static size_t sd_run(const unsigned char *t, size_t n) {
  const uint64_t high = 0x8080808080808080ull;
  size_t k = 0;
  while (k + 8 <= n) {
    uint64_t x, isl;
    memcpy(&x, t + k, 8);
    isl = sd_letters8(x);
    if (isl != high) return k + ((size_t)__builtin_ctzll(~isl & high) >> 3);
    k += 8;
  }
  while (k < n && sd_letter(t[k])) k++;
  return k;
}

/* The starts in bytes t[j, j + 16) (bit b: a phrase may start at byte j +
** b: byte j + b - 1 is no letter, and t[j + b] is a letter or a digit
** unless some phrase starts with neither); *after carries "the byte before
** is no letter" into the next call. SSE2 when the target has it. */
#if defined(__SSE2__)
static unsigned sd_starts16(const unsigned char *t, int other, unsigned *after) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t);
  __m128i l = _mm_or_si128(x, _mm_set1_epi8(0x20));
  __m128i isl = _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
                              _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), l));
  unsigned ml = (unsigned)_mm_movemask_epi8(isl), nl = ~ml & 0xFFFFu, st;
  st = ((nl << 1) | *after) & 0xFFFFu;
  *after = nl >> 15;
  if (!other) {
    __m128i isd = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), x));
    st &= ml | (unsigned)_mm_movemask_epi8(isd);
  }
  return st;
}
#else
static unsigned sd_starts16(const unsigned char *t, int other, unsigned *after) {
  unsigned st = 0;
  for (unsigned b = 0; b < 16; b++) {
    int l = sd_letter(t[b]);
    if (*after && (other || l || (unsigned)(t[b] - '0') <= 9u)) st |= 1u << b;
    *after = !l;
  }
  return st;
}
#endif

/* The scan of the four-byte case, 32 bytes a step where the CPU has AVX2:
** the same starts as sd_starts16's (a byte after a non-letter; only letters
** and digits unless some phrase starts with neither), each tried against the
** four-byte filter, a hit then against the two-byte filter and the phrases
** of its key. The filters read the step's own bytes: the last steps (those
** within 36 bytes of the end) are copied into a zero-filled block, so a
** start near the end needs no length check (a phrase has four bytes or
** more; sd_probe takes none that runs past the end). */
#if defined(__SSE2__) && defined(__GNUC__) && defined(__x86_64__)
#define DYAD__SD_AVX2 1
#include <immintrin.h>
__attribute__((target("avx2"))) static int sd_scan4_avx2(const dyad__petrarch *p, const char *text, size_t len) {
  const unsigned char *t = (const unsigned char *)text;
  const __m256i b20 = _mm256_set1_epi8(0x20), la = _mm256_set1_epi8('a' - 1), lz = _mm256_set1_epi8('z' + 1);
  const __m256i d0 = _mm256_set1_epi8('0' - 1), d9 = _mm256_set1_epi8('9' + 1);
  uint32_t after = 1;
  for (size_t j = 0; j < len; j += 32) {
    unsigned char tail[32 + 4];
    const unsigned char *b = t + j;
    if (j + 36 > len) {
      size_t m = len - j < sizeof tail ? len - j : sizeof tail;
      memset(tail, 0, sizeof tail);
      memcpy(tail, t + j, m);
      b = tail;
    }
    __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)b);
    __m256i l = _mm256_or_si256(x, b20);
    uint32_t ml = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpgt_epi8(l, la), _mm256_cmpgt_epi8(lz, l)));
    uint32_t nl = ~ml, st = (nl << 1) | after;
    after = nl >> 31;
    if (!p->sd_other)
      st &= ml | (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpgt_epi8(x, d0), _mm256_cmpgt_epi8(d9, x)));
    for (; st; st &= st - 1) {
      size_t o = (size_t)__builtin_ctz(st);
      unsigned k4 = sd_key4(sd_load4(b + o)), k;
      if (!((p->sd_map4[k4 >> 6] >> (k4 & 63)) & 1)) continue;
      k = sd_key(up((char)b[o]), up((char)b[o + 1]));
      if (((p->sd_map[k >> 3] >> (k & 7)) & 1) && sd_probe(p, k, text, len, j + o)) return 1;
    }
  }
  return 0;
}
#endif

int dyad__petrarch_story_discard(const dyad__petrarch *p, const char *text, size_t len) {
  const unsigned char *t = (const unsigned char *)text;
  size_t j = 0;
  if (!p || !p->nsd) return 0;
  if (!p->sd_short4) {
#if defined(DYAD__SD_AVX2)
    if (__builtin_cpu_supports("avx2")) return sd_scan4_avx2(p, text, len);
#endif
    /* every phrase has four bytes or more: the starts are found 16 bytes at
       a time, each tried against the four-byte filter, a hit then against
       the two-byte filter and the phrases of its key; the last bytes are
       copied into a zero-filled block (a zero is no letter) */
    unsigned after = 1;
    for (; j < len; j += 16) {
      unsigned char tail[16];
      const unsigned char *b = t + j;
      unsigned st;
      if (j + 16 > len) {
        memset(tail, 0, sizeof tail);
        memcpy(tail, t + j, len - j);
        b = tail;
      }
      st = sd_starts16(b, p->sd_other, &after);
      for (; st; st &= st - 1) {
        size_t q = j + (size_t)__builtin_ctz(st);
        unsigned k4, k;
        if (q + 4 > len) break; /* too short for a phrase */
        k4 = sd_key4(sd_load4(t + q));
        if (!((p->sd_map4[k4 >> 6] >> (k4 & 63)) & 1)) continue;
        k = sd_key(up((char)t[q]), up((char)t[q + 1]));
        if (((p->sd_map[k >> 3] >> (k & 7)) & 1) && sd_probe(p, k, text, len, q)) return 1;
      }
    }
    return 0;
  }
  /* a phrase starts where no letter is before it */
  if (!p->sd_short) {
    /* every phrase has three bytes or more: the starts are found 8 bytes at
       a time (a byte after a non-letter; only letters and digits when every
       phrase starts with one), each tried against the three-byte filter;
       no one-byte probe */
    const uint64_t high = 0x8080808080808080ull;
    uint64_t after = 0x80; /* byte 0 of the next 8 is a start */
    for (; j < len; j += 8) {
      uint64_t x = 0, isl, nl, cm;
      if (j + 8 <= len) memcpy(&x, t + j, 8);
      else memcpy(&x, t + j, len - j); /* the last: zeros after */
      isl = sd_letters8(x);
      nl = ~isl & high;
      cm = (nl << 8) | after; /* bit 7 of byte b: byte b - 1 is no letter */
      after = nl >> 56;
      if (!p->sd_other) cm &= isl | sd_digits8(x);
      for (; cm; cm &= cm - 1) {
        size_t q = j + ((size_t)__builtin_ctzll(cm) >> 3);
        unsigned k3, k;
        if (q + 2 >= len) break; /* too short for a phrase */
        k3 = sd_key3(t[q], t[q + 1], t[q + 2]);
        if (!((p->sd_map3[k3 >> 3] >> (k3 & 7)) & 1)) continue;
        k = sd_key(up((char)t[q]), up((char)t[q + 1]));
        if (((p->sd_map[k >> 3] >> (k & 7)) & 1) && sd_probe(p, k, text, len, q)) return 1;
      }
    }
    return 0;
  }
  /* the probes at each start, the rest of a letter run and the byte after
     it stepped over (no phrase starts in them) */
  while (j < len) {
    char a = up((char)t[j]);
    unsigned k = sd_key(a, j + 1 < len ? up((char)t[j + 1]) : 0);
    if ((p->sd_map[k >> 3] >> (k & 7)) & 1) {
      if (j + 1 < len && sd_probe(p, k, text, len, j)) return 1;
      if (sd_probe(p, 0x10000u | (unsigned char)a, text, len, j)) return 1;
    }
    j += sd_run(t + j, len - j) + 1;
  }
  return 0;
}

const char *dyad__petrarch_warnings(const dyad_dict *d) {
  return d && d->pet && d->pet->warn ? d->pet->warn : "";
}

const dyad__petrarch *dyad__petrarch_of(const dyad_dict *d) { return d ? d->pet : NULL; }

/* ------------------------------------------------------------------------
** Actor slots of a TABARI / PETRARCH-1 pattern, located in a sentence
** (literal coding: dyad__petrarch_slots)
** ---------------------------------------------------------------------- */

enum { SE_WORD, SE_SYN, SE_VERB, SE_SRC, SE_TGT, SE_SKIP, SE_COMP };

typedef struct selem {
  int kind;
  int gap;               /* words may stand between this and the previous */
  int whole;             /* a word: whole word only (trailing '_') */
  const char *s;         /* word or synset name */
  size_t n;
} selem;

#define SE_MAX 24

typedef struct sctx {
  const dyad__petrarch *p;
  const dyad__pslots_in *in;
  size_t lo, hi;         /* the matcher's span: words and verb inside it */
  int src, tgt, verb;    /* results of the match being tried */
  int tgt_tok;           /* + inside a mention a ^ split (-1: none) */
  size_t inner;          /* token after a ^ split "AGENT of" (0: none) */
  int depth;
} sctx;

/* Parses pattern text into elements; 0 when it has none we can use. */
static size_t slot_elems(const char *s, selem *e, size_t cap) {
  size_t k = 0;
  int gap = 0;
  while (*s && k < cap) {
    char c = *s;
    if (is_sp(c) || c == '(' || c == ')' || c == '{' || c == '}') {
      gap = 1;
      s++;
      continue;
    }
    if (c == '_') {
      if (k && e[k - 1].kind == SE_WORD && (!s[1] || is_sp(s[1]))) e[k - 1].whole = 1;
      s++;
      continue;
    }
    memset(&e[k], 0, sizeof e[k]);
    e[k].gap = gap;
    gap = 0;
    if (c == '$' || c == '+' || c == '^' || c == '%' || c == '*') {
      e[k].kind = c == '$' ? SE_SRC : c == '+' ? SE_TGT : c == '^' ? SE_SKIP : c == '%' ? SE_COMP : SE_VERB;
      k++;
      s++;
      continue;
    }
    if (c == '=') {
      s++;
      continue;
    }
    {
      const char *b = s;
      while (*s && !is_sp(*s) && !is_pbreak(*s)) s++;
      e[k].kind = *b == '&' ? SE_SYN : SE_WORD;
      e[k].s = *b == '&' ? b + 1 : b;
      e[k].n = (size_t)(s - e[k].s);
      /* TreeBank's "DID N'T": one token here ("didn't") */
      if (e[k].kind == SE_WORD && e[k].n == 3 && !strncmp(e[k].s, "N'T", 3) && k && e[k - 1].kind == SE_WORD &&
          e[k - 1].s + e[k - 1].n + 1 == e[k].s) {
        e[k - 1].n += 4; /* "DID N'T": matched skipping the space */
        continue;
      }
      k++;
    }
  }
  return k;
}

/* Does word w (upper case as written; a space inside is skipped: "DID N'T")
** match the text at token i? Tokens written together ("anti", "-") are
** crossed. A word not marked whole matches a token it starts (TABARI's stems:
** "EFFORT" matches "efforts"). *next gets the token after the match. */
static int slot_word(const dyad__pslots_in *in, size_t i, const char *w, size_t n, int whole,
                     size_t *next) {
  size_t q = 0;
  uint32_t pos;
  if (i >= in->ntok || !n) return 0;
  pos = in->tok[i].start;
  while (q < n) {
    if (w[q] == ' ') {
      q++;
      continue;
    }
    while (i < in->ntok && pos >= in->tok[i].end) {
      if (i + 1 >= in->ntok || in->tok[i + 1].start != in->tok[i].end) return 0;
      i++;
      pos = in->tok[i].start;
    }
    if (i >= in->ntok || lo(in->text[pos]) != lo(w[q])) return 0;
    pos++;
    q++;
  }
  if (pos < in->tok[i].end) {
    if (whole) return 0;
    if (in->tok[i].end - pos > 6) return 0; /* a stem, not a word inside another */
  }
  *next = i + 1;
  return 1;
}

static int slot_match(sctx *x, const selem *e, size_t ne, size_t ei, size_t pos);

/* A synset member (words separated by '_' or spaces, perhaps another
** synset) at token i, then the rest of the pattern. */
static int slot_member(sctx *x, const char *m, const selem *e, size_t ne, size_t ei, size_t i, int gap) {
  selem sub[SE_MAX + 8];
  size_t k = slot_elems(m, sub, SE_MAX);
  if (!k || k + (ne - ei - 1) > SE_MAX + 8) return 0;
  sub[0].gap = gap;
  for (size_t q = 0; q < k; q++)
    if (sub[q].kind != SE_WORD && sub[q].kind != SE_SYN) return 0;
  for (size_t q = ei + 1; q < ne; q++) sub[k++] = e[q];
  return slot_match(x, sub, k, 0, i);
}

static int coded_at(const dyad__pslots_in *in, size_t t) {
  int32_t m = t < in->ntok ? in->actor_of[t] : 0;
  if (!m || in->ment[m - 1].tok_start != t) return -1;
  return !in->coded || in->coded(in->ud, (size_t)m - 1) ? (int)m - 1 : -1;
}

/* Matches e[ei..] from token pos on (elements with a gap may start later;
** words stay inside [lo, hi), actor slots anywhere after). */
static int slot_match(sctx *x, const selem *e, size_t ne, size_t ei, size_t pos) {
  const dyad__pslots_in *in = x->in;
  if (ei == ne) return 1;
  if (++x->depth > 20000) return 0;
  const selem *el = &e[ei];
  size_t last = el->gap ? in->ntok : pos + 1;
  int final = 1; /* no word, synset or verb after this one: it ends at hi */
  for (size_t q = ei + 1; q < ne; q++)
    if (e[q].kind == SE_WORD || e[q].kind == SE_SYN || e[q].kind == SE_VERB) final = 0;
  if (el->kind == SE_WORD || el->kind == SE_VERB || el->kind == SE_SYN) {
    if (last > x->hi) last = x->hi;
    for (size_t i = pos; i < last; i++) {
      size_t nx;
      if (el->kind == SE_WORD) {
        if (slot_word(in, i, el->s, el->n, el->whole, &nx) && nx <= x->hi && (!final || nx == x->hi) && slot_match(x, e, ne, ei + 1, nx))
          return 1;
      } else if (el->kind == SE_VERB) {
        int save = x->verb;
        /* a final verb ends at hi: its shortest form first */
        size_t vi = final && el->gap ? x->hi - 1 - (i - pos) : i;
        if (final && vi + 3 < x->hi) break;
        for (nx = vi + 1; nx <= x->hi && nx <= vi + 3; nx++) {
          if (final && nx != x->hi) continue;
          x->verb = (int)vi;
          if (slot_match(x, e, ne, ei + 1, nx)) return 1;
        }
        x->verb = save;
      } else {
        synset *sy = find_synset(x->p, el->s, el->n);
        if (!sy) return 0;
        for (size_t m = 0; m < sy->n; m++) {
          const char *w = sy->words[m];
          if (slot_member(x, w[0] == '&' ? w : w, e, ne, ei, i, 0)) return 1;
        }
      }
    }
    return 0;
  }
  if (el->kind == SE_TGT && x->inner && pos == x->inner) {
    /* "the parliament of Gondor" after a ^ that took "the parliament": the
       + actor is "Gondor", inside the mention */
    int32_t a = in->actor_of[pos];
    int st = x->tgt_tok;
    size_t save = x->inner;
    x->tgt_tok = (int)pos;
    x->inner = 0;
    if (a && slot_match(x, e, ne, ei + 1, in->ment[a - 1].tok_end)) return 1;
    x->tgt_tok = st;
    x->inner = save;
  }
  /* an actor slot: the next coded actor (after "the", "a" when adjacent) */
  for (size_t i = pos; i < in->ntok && (el->gap || i <= pos + 2); i++) {
    int m = coded_at(in, i);
    if (m < 0) {
      if (!el->gap && !(in->tok[i].flags & DYAD_TOK_WORD)) break;
      continue;
    }
    if (el->kind == SE_SKIP && ei + 1 < ne && e[ei + 1].kind == SE_TGT) {
      /* PETRARCH's noun phrases: a ^ before a + may take only the agent of
         "the parliament of Gondor" (an agent with no country, then "of"),
         leaving "Gondor" to the + */
      size_t q = in->ment[m].tok_start;
      while (q < in->ment[m].tok_end && !(in->tok[q].end - in->tok[q].start == 2 &&
                                          lo(in->text[in->tok[q].start]) == 'o' &&
                                          lo(in->text[in->tok[q].start + 1]) == 'f'))
        q++;
      if (q > in->ment[m].tok_start && q + 1 < in->ment[m].tok_end && in->ment[m].kind == DYAD_MK_AGENT) {
        size_t save = x->inner;
        x->inner = q + 1;
        if (slot_match(x, e, ne, ei + 1, q + 1)) return 1;
        x->inner = save;
      }
    }
    {
      int ss = x->src, st = x->tgt;
      if (el->kind == SE_SRC) x->src = m;
      if (el->kind == SE_TGT) x->tgt = m;
      if (slot_match(x, e, ne, ei + 1, in->ment[m].tok_end)) return 1;
      x->src = ss;
      x->tgt = st;
    }
    if (el->kind != SE_SKIP) break; /* the nearest actor only */
  }
  /* '^' may skip nothing: the words after it come first */
  if (el->kind == SE_SKIP || el->kind == SE_COMP) return slot_match(x, e, ne, ei + 1, pos);
  return 0;
}

int dyad__petrarch_slots(const dyad__petrarch *p, const char *file, unsigned line,
                         const dyad__pslots_in *in, size_t lo, size_t hi, dyad__pslots *out) {
  const dyad__ppattern *pt = NULL;
  selem e[SE_MAX];
  size_t ne, first = 0;
  sctx x;
  out->source = out->target = out->verb = out->target_tok = -1;
  out->has_source = out->has_target = 0;
  if (!p || !file || !in || lo >= hi || hi > in->ntok) return 0;
  for (size_t i = 0; i < p->npat && !pt; i++)
    if (p->pats[i].line == line && p->pats[i].file && !strcmp(p->pats[i].file, file)) pt = &p->pats[i];
  if (!pt) return 0;
  ne = slot_elems(pt->text, e, SE_MAX);
  if (!ne) return 0;
  while (first < ne && e[first].kind != SE_WORD && e[first].kind != SE_SYN && e[first].kind != SE_VERB) first++;
  if (first == ne) return 0;
  memset(&x, 0, sizeof x);
  x.p = p;
  x.in = in;
  x.lo = lo;
  x.hi = hi;
  x.src = x.tgt = x.verb = x.tgt_tok = -1;
  /* the first word where the matcher's match starts */
  e[first].gap = 0;
  if (!slot_match(&x, e, ne, first, lo)) return 0;
  /* leading slots, nearest first, leftwards from the start */
  {
    size_t t = lo;
    for (size_t k = first; k-- > 0;) {
      int m = -1;
      while (t > 0 && m < 0) {
        int32_t a = in->actor_of[--t];
        if (a) {
          t = in->ment[a - 1].tok_start;
          if (!in->coded || in->coded(in->ud, (size_t)a - 1)) m = (int)a - 1;
        }
      }
      if (m < 0) {
        if (e[k].kind == SE_SKIP || e[k].kind == SE_COMP) continue;
        return 0;
      }
      if (e[k].kind == SE_SRC) x.src = m;
      if (e[k].kind == SE_TGT) x.tgt = m;
    }
  }
  for (size_t k = 0; k < ne; k++) {
    if (e[k].kind == SE_SRC) out->has_source = 1;
    if (e[k].kind == SE_TGT) out->has_target = 1;
  }
  out->source = x.src;
  out->target = x.tgt;
  out->target_tok = x.tgt_tok;
  out->verb = x.verb;
  return 1;
}

/* ------------------------------------------------------------------------
** Saved form of the readers' state (for the compiled dictionary cache)
** ---------------------------------------------------------------------- */

/* Layout, little-endian: "DPS2", then u64 fields and strings (u32 length,
** 0xffffffff for NULL, then the bytes and a NUL, so that a reader of a
** mapped blob can use them where they lie): counts[DYAD__P_N]; discards (phrase,
** story, line); patterns (verb, text, code, inverse, code_ok, inv_ok, size,
** file, line); synsets (name, file, line, members); macros (name, values);
** issues (name, nphrase); multi-code actors (first, all); warnings. The
** caches (synset slots, the story filter) are rebuilt. */

typedef struct pbuf {
  unsigned char *b;
  size_t n, cap;
  int err;
} pbuf;

static void pb_put(pbuf *w, const void *s, size_t n) {
  if (w->err) return;
  if (grow((void **)&w->b, &w->cap, w->n + n + 1, 1)) {
    w->err = DYAD_ENOMEM;
    return;
  }
  memcpy(w->b + w->n, s, n);
  w->n += n;
}

static void pb_u64(pbuf *w, uint64_t v) {
  unsigned char b[8];
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
  pb_put(w, b, 8);
}

static void pb_str(pbuf *w, const char *s) {
  unsigned char b[4];
  uint32_t n = s ? (uint32_t)strlen(s) : 0xffffffffu;
  for (int i = 0; i < 4; i++) b[i] = (unsigned char)(n >> (8 * i));
  pb_put(w, b, 4);
  if (s) pb_put(w, s, strlen(s) + 1);
}

int dyad__petrarch_save(const dyad__petrarch *p, void **out, size_t *len) {
  pbuf w = {NULL, 0, 0, 0};
  if (!p || !out || !len) return DYAD_EINVAL;
  pb_put(&w, "DPS2", 4);
  for (size_t i = 0; i < DYAD__P_N; i++) pb_u64(&w, p->count[i]);
  pb_u64(&w, p->ndisc);
  for (size_t i = 0; i < p->ndisc; i++) {
    pb_str(&w, p->disc[i].phrase);
    pb_u64(&w, (uint64_t)p->disc[i].story);
    pb_u64(&w, p->disc[i].line);
  }
  pb_u64(&w, p->npat);
  for (size_t i = 0; i < p->npat; i++) {
    const dyad__ppattern *t = &p->pats[i];
    pb_str(&w, t->verb);
    pb_str(&w, t->text);
    pb_str(&w, t->code);
    pb_str(&w, t->inverse);
    pb_u64(&w, t->code_ok);
    pb_u64(&w, t->inv_ok);
    pb_u64(&w, t->size);
    pb_str(&w, t->file);
    pb_u64(&w, t->line);
  }
  pb_u64(&w, p->nsyn);
  for (size_t i = 0; i < p->nsyn; i++) {
    const synset *sy = &p->syn[i];
    pb_str(&w, sy->name);
    pb_str(&w, sy->file);
    pb_u64(&w, sy->line);
    pb_u64(&w, sy->n);
    for (size_t k = 0; k < sy->n; k++) pb_str(&w, sy->words[k]);
  }
  pb_u64(&w, p->nmac);
  for (size_t i = 0; i < p->nmac; i++) {
    pb_str(&w, p->mac[i].name);
    pb_u64(&w, p->mac[i].n);
    for (size_t k = 0; k < p->mac[i].n; k++) pb_str(&w, p->mac[i].vals[k]);
  }
  pb_u64(&w, p->niss);
  for (size_t i = 0; i < p->niss; i++) {
    pb_str(&w, p->iss[i].name);
    pb_u64(&w, p->iss[i].nphrase);
  }
  pb_u64(&w, p->nmulti);
  for (size_t i = 0; i < p->nmulti; i++) {
    pb_str(&w, p->multi[i].first);
    pb_str(&w, p->multi[i].all);
  }
  pb_str(&w, p->nwarn ? p->warn : "");
  if (w.err) {
    free(w.b);
    return w.err;
  }
  *out = w.b;
  *len = w.n;
  return 0;
}

typedef struct prd {
  const unsigned char *b;
  size_t n, off;
  int err;
  char *arena;       /* the strings read, one block (owned by p: its strs[]) */
  size_t aoff, acap;
  int lent;          /* the blob outlives the state: strings are used in place */
} prd;

/* The blob's numbers are little-endian (pb_u64): on such a machine one
** load. */
static uint64_t pr_u64(prd *r) {
  uint64_t v = 0;
  if (r->err || r->n - r->off < 8) {
    r->err = DYAD_EFORMAT;
    return 0;
  }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(&v, r->b + r->off, 8);
#else
  for (int i = 0; i < 8; i++) v |= (uint64_t)r->b[r->off + (size_t)i] << (8 * i);
#endif
  r->off += 8;
  return v;
}


/* A count of records that each take at least `min` bytes: bounded by what
** is left, so a garbled blob cannot ask for a huge allocation. */
static size_t pr_count(prd *r, size_t min) {
  uint64_t v = pr_u64(r);
  if (!r->err && v > (r->n - r->off) / (min ? min : 1)) r->err = DYAD_EFORMAT;
  return r->err ? 0 : (size_t)v;
}

/* A string copied to the arena (NULL stays NULL), or where it lies in a
** lent blob: its NUL is checked there, and a NUL inside only makes the
** string shorter (the copy refuses one). */
static const char *pr_str(prd *r, dyad__petrarch *p) {
  uint32_t n = 0;
  const char *s;
  if (r->err || r->n - r->off < 4) {
    r->err = DYAD_EFORMAT;
    return NULL;
  }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(&n, r->b + r->off, 4);
#else
  for (int i = 0; i < 4; i++) n |= (uint32_t)r->b[r->off + (size_t)i] << (8 * i);
#endif
  r->off += 4;
  if (n == 0xffffffffu) return NULL;
  if (r->n - r->off <= n || r->b[r->off + n]) {
    r->err = DYAD_EFORMAT;
    return NULL;
  }
  (void)p;
  if (r->lent) {
    s = (const char *)r->b + r->off;
    r->off += (size_t)n + 1;
    return s;
  }
  if (dyad__has_nul(r->b + r->off, n)) {
    r->err = DYAD_EFORMAT;
    return NULL;
  }
  if (r->acap - r->aoff < (size_t)n + 1) { /* cannot happen: each string took 4 + n bytes */
    r->err = DYAD_EFORMAT;
    return NULL;
  }
  s = r->arena + r->aoff;
  memcpy(r->arena + r->aoff, r->b + r->off, n);
  r->arena[r->aoff + n] = 0;
  r->aoff += (size_t)n + 1;
  r->off += (size_t)n + 1;
  return s;
}

static int restore_into(dyad__petrarch *p, prd *r) {
  size_t n;
  for (size_t i = 0; i < DYAD__P_N; i++) p->count[i] = (size_t)pr_u64(r);
  n = pr_count(r, 20);
  if (n && (p->disc = calloc(n, sizeof *p->disc)) == NULL) return DYAD_ENOMEM;
  p->capdisc = n;
  for (size_t i = 0; i < n && !r->err; i++) {
    dyad__pdiscard *dd = &p->disc[i];
    dd->phrase = pr_str(r, p);
    dd->story = pr_u64(r) != 0;
    dd->line = (unsigned)pr_u64(r);
    if (!r->err && !dd->phrase) r->err = DYAD_EFORMAT;
    if (r->err) break;
    p->ndisc++;
    if (dd->story && sd_mark(p, dd->phrase)) return DYAD_ENOMEM;
  }
  n = pr_count(r, 52);
  if (!r->err && n && (p->pats = calloc(n, sizeof *p->pats)) == NULL) return DYAD_ENOMEM;
  p->cappat = n;
  for (size_t i = 0; i < n && !r->err; i++) {
    dyad__ppattern *t = &p->pats[i];
    const char *code, *inv;
    t->verb = pr_str(r, p);
    t->text = pr_str(r, p);
    code = pr_str(r, p);
    inv = pr_str(r, p);
    t->code_ok = (unsigned char)pr_u64(r);
    t->inv_ok = (unsigned char)pr_u64(r);
    t->size = (unsigned char)pr_u64(r);
    t->file = pr_str(r, p);
    t->line = (unsigned)pr_u64(r);
    if (r->err) break;
    if (!t->verb || !t->text || !code || !inv || strlen(code) >= sizeof t->code ||
        strlen(inv) >= sizeof t->inverse) {
      r->err = DYAD_EFORMAT;
      break;
    }
    strcpy(t->code, code);
    strcpy(t->inverse, inv);
    p->npat++;
  }
  n = pr_count(r, 24);
  if (!r->err && n && (p->syn = calloc(n, sizeof *p->syn)) == NULL) return DYAD_ENOMEM;
  p->capsyn = n;
  for (size_t i = 0; i < n && !r->err; i++) {
    synset *sy = &p->syn[i];
    size_t m;
    const char *nm = pr_str(r, p);
    sy->name = (char *)nm;
    sy->namelen = nm ? strlen(nm) : 0;
    sy->file = pr_str(r, p);
    sy->line = (unsigned)pr_u64(r);
    m = pr_count(r, 4);
    if (r->err) break;
    p->nsyn++; /* counted now: dyad__petrarch_free frees its words */
    if (!nm) {
      r->err = DYAD_EFORMAT;
      break;
    }
    if (m && (sy->words = calloc(m, sizeof *sy->words)) == NULL) return DYAD_ENOMEM;
    sy->cap = m;
    for (size_t k = 0; k < m && !r->err; k++) {
      const char *wd = pr_str(r, p);
      if (!wd) r->err = r->err ? r->err : DYAD_EFORMAT;
      else sy->words[sy->n++] = (char *)wd;
    }
  }
  n = pr_count(r, 12);
  if (!r->err && n && (p->mac = calloc(n, sizeof *p->mac)) == NULL) return DYAD_ENOMEM;
  p->capmac = n;
  for (size_t i = 0; i < n && !r->err; i++) {
    macro *mc = &p->mac[i];
    size_t m;
    mc->name = (char *)pr_str(r, p);
    m = pr_count(r, 4);
    if (r->err) break;
    if (!mc->name || m > MAXMACRO) {
      r->err = DYAD_EFORMAT;
      break;
    }
    for (size_t k = 0; k < m && !r->err; k++) {
      const char *v = pr_str(r, p);
      if (!v) r->err = r->err ? r->err : DYAD_EFORMAT;
      else mc->vals[mc->n++] = (char *)v;
    }
    p->nmac++;
  }
  n = pr_count(r, 12);
  if (!r->err && n && (p->iss = calloc(n, sizeof *p->iss)) == NULL) return DYAD_ENOMEM;
  p->capiss = n;
  for (size_t i = 0; i < n && !r->err; i++) {
    p->iss[i].name = (char *)pr_str(r, p);
    p->iss[i].nphrase = (size_t)pr_u64(r);
    if (!r->err && !p->iss[i].name) r->err = DYAD_EFORMAT;
    if (!r->err) p->niss++;
  }
  n = pr_count(r, 8);
  if (!r->err && n && (p->multi = calloc(n, sizeof *p->multi)) == NULL) return DYAD_ENOMEM;
  p->capmulti = n;
  for (size_t i = 0; i < n && !r->err; i++) {
    p->multi[i].first = pr_str(r, p);
    p->multi[i].all = pr_str(r, p);
    if (!r->err && (!p->multi[i].first || !p->multi[i].all)) r->err = DYAD_EFORMAT;
    if (!r->err) p->nmulti++;
  }
  {
    const char *wv = pr_str(r, p);
    if (!r->err && !wv) r->err = DYAD_EFORMAT;
    if (!r->err && wv[0]) {
      size_t wn = strlen(wv);
      if (grow((void **)&p->warn, &p->capwarn, wn + 1, 1)) return DYAD_ENOMEM;
      memcpy(p->warn, wv, wn + 1);
      p->nwarn = wn;
    }
  }
  if (!r->err && r->off != r->n) r->err = DYAD_EFORMAT;
  return r->err;
}

static int restore_blob(dyad__petrarch **pp, const void *blob, size_t len, int lent) {
  dyad__petrarch *p;
  prd r;
  int rc;
  if (!pp) return DYAD_EINVAL;
  *pp = NULL;
  if (!blob || len < 4 || memcmp(blob, "DPS2", 4)) return DYAD_EFORMAT;
  if (!(p = calloc(1, sizeof *p))) return DYAD_ENOMEM;
  r.b = blob;
  r.n = len;
  r.off = 4;
  r.err = 0;
  r.lent = lent;
  /* one block for every string (they take fewer bytes than the blob) */
  r.arena = NULL;
  r.aoff = 0;
  r.acap = lent ? 0 : len;
  if (!lent) {
    if (!(r.arena = malloc(len)) ||
        grow((void **)&p->strs, &p->capstr, p->nstr + 1, sizeof *p->strs)) {
      free(r.arena);
      dyad__petrarch_free(p);
      return DYAD_ENOMEM;
    }
    p->strs[p->nstr++] = r.arena;
  }
  rc = restore_into(p, &r);
  if (rc) {
    dyad__petrarch_free(p);
    return rc;
  }
  *pp = p;
  return 0;
}

int dyad__petrarch_restore(dyad__petrarch **pp, const void *blob, size_t len) {
  return restore_blob(pp, blob, len, 0);
}

int dyad__petrarch_restore_lent(dyad__petrarch **pp, const void *blob, size_t len) {
  return restore_blob(pp, blob, len, 1);
}
