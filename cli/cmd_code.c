/*
** cmd_code.c: `dyad code` (news in, one JSON object or TSV line per coded
** event out), `dyad explain "sentence"` (how one sentence is coded) and
** `dyad unknown` (capitalised phrases in actor positions that no dictionary
** knows, ranked). `code -j N` codes documents on N threads, each with its
** own coder over the shared read-only dictionaries, in batches; output is
** written in input order, byte-identical to -j 1.
** Input errors are reported on stderr ("dyad: file:line: message"); reading
** goes on and the exit status is 1 at the end. Usage errors exit 2.
*/
#include "cli.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define BATCH 256   /* documents per parallel batch */
#define MAXDICT 32

typedef struct opts {
  const char *dicts[MAXDICT];
  size_t ndict;
  const char *data;      /* --data DIR */
  const char *date;
  int tsv;
  int explain;
  int literal;           /* --literal: patterns fire as written */
  int nocache;           /* --no-cache: dictionaries from their sources */
  int jobs;
  const char **inputs;
  size_t ninputs;
} opts;

static void usage_code(FILE *f) {
  fputs("usage: dyad code [--dict PATH]... [--data DIR] [--date YYYY-MM-DD]\n"
        "                 [--format jsonl|tsv] [--explain] [--literal] [-j N]\n"
        "                 [INPUT...]\n"
        "Codes news into CAMEO events: one JSON object per event (or a TSV line).\n"
        "INPUT: text, HTML, JSON-lines or gzip files, directories, - for stdin\n"
        "(the default).\n"
        "  --dict PATH    also load this dictionary file or directory, after\n"
        "                 dyad's own (entries loaded later win)\n"
        "  --data DIR     dyad's own dictionaries from DIR (default: $DYAD_DATA,\n"
        "                 the installed data, or ./data); --data none: only the\n"
        "                 --dict dictionaries (instead of dyad's own)\n"
        "  --date DATE    document date when neither metadata nor text gives one\n"
        "  --format F     jsonl (default) or tsv\n"
        "  --explain      print how each sentence was coded (on stderr; implies -j 1)\n"
        "  --literal      verb patterns fire with their own codes, as PETRARCH\n"
        "                 does: no rewriting for negation, modality (036) or\n"
        "                 the refinements of dyad's own coder (041, 044 ...)\n"
        "  --no-cache     load the dictionaries from their sources, without the\n"
        "                 compiled cache ($DYAD_CACHE_DIR, ~/.cache/dyad; also\n"
        "                 DYAD_NO_CACHE=1)\n"
        "  -j N           threads (default: the number of cores)\n",
        f);
}


static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Parses options shared by code/explain/unknown. Returns 0, or 2 on a usage
** error (message printed), or -1 for --help. */
static int parse_opts(const char *cmd, int argc, char **argv, opts *o, int allow_inputs) {
  memset(o, 0, sizeof *o);
  o->jobs = default_jobs();
  o->inputs = calloc((size_t)argc + 1, sizeof *o->inputs);
  if (!o->inputs) {
    cli_error("%s: out of memory", cmd);
    return 2;
  }
  int only = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only || a[0] != '-' || !strcmp(a, "-")) {
      o->inputs[o->ninputs++] = a;
      continue;
    }
    const char *val = NULL;
    if (a[1] == 'j' && a[2] >= '0' && a[2] <= '9') {
      val = a + 2;
      a = "-j";
    }
    int needs = !strcmp(a, "--dict") || !strcmp(a, "--date") || !strcmp(a, "--format") ||
                !strcmp(a, "-j") || !strcmp(a, "--data") || !strcmp(a, "--jobs");
    if (needs && !val) {
      if (i + 1 >= argc) {
        cli_error("%s: option %s needs a value", cmd, a);
        return 2;
      }
      val = argv[++i];
    }
    if (!strcmp(a, "--")) only = 1;
    else if (!strcmp(a, "--help") || !strcmp(a, "-h")) return -1;
    else if (!strcmp(a, "--dict")) {
      if (o->ndict == MAXDICT) {
        cli_error("%s: too many --dict options (at most %d)", cmd, MAXDICT);
        return 2;
      }
      o->dicts[o->ndict++] = val;
    } else if (!strcmp(a, "--data")) o->data = val;
    else if (!strcmp(a, "--date")) {
      if (!cli_date_ok(val)) {
        cli_error("%s: --date wants YYYY, YYYY-MM or YYYY-MM-DD, not '%s'", cmd, val);
        return 2;
      }
      o->date = val;
    } else if (!strcmp(a, "--format")) {
      if (!strcmp(val, "tsv")) o->tsv = 1;
      else if (!strcmp(val, "jsonl") || !strcmp(val, "json")) o->tsv = 0;
      else {
        cli_error("%s: --format wants jsonl or tsv, not '%s'", cmd, val);
        return 2;
      }
    } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
      char *end;
      long n = strtol(val, &end, 10);
      if (*end || n < 1 || n > 256) {
        cli_error("%s: -j wants a number from 1 to 256, not '%s'", cmd, val);
        return 2;
      }
      o->jobs = (int)n;
    } else if (!strcmp(a, "--explain")) o->explain = 1;
    else if (!strcmp(a, "--literal")) o->literal = 1;
    else if (!strcmp(a, "--no-cache")) o->nocache = 1;
    else {
      cli_error("%s: unknown option '%s' (see dyad %s --help)", cmd, a, cmd);
      return 2;
    }
  }
  if (!allow_inputs && o->ninputs > 1) {
    cli_error("%s: one sentence (quote it)", cmd);
    return 2;
  }
  return 0;
}

static dyad_dict *load_dicts(const char *cmd, const opts *o) {
  dyad_dict *d = dyad_dict_new();
  if (!d) {
    cli_error("%s: out of memory", cmd);
    return NULL;
  }
  int none = o->data && !strcmp(o->data, "none");
  if (none && !o->ndict) {
    cli_error("%s: --data none needs at least one --dict PATH", cmd);
    dyad_dict_free(d);
    return NULL;
  }
  if (dyad_dict_load_set(d, o->data, o->dicts, o->ndict, o->nocache ? DYAD_DICT_NOCACHE : 0) != 0) {
    cli_error("%s: %s", cmd, dyad_dict_errmsg(d));
    dyad_dict_free(d);
    return NULL;
  }
  return d;
}

/* ---- output ---------------------------------------------------------------- */

/* Events are formatted into a small buffer (no stdio call per field) that
** is written to the stream when full and at the end of each document. The
** bytes are exactly those the stdio version wrote (cli_json_strn's escapes,
** %u, %d, %.1f, %.4f). A document's events repeat its id and, for events of
** one sentence, the sentence text: the escaped copy already in the buffer is
** copied again instead of escaped again (text_at/text_len, id_at/id_len;
** a flush forgets them). */
#define OBUF 16384

typedef struct obuf {
  FILE *f;                  /* the stream, or NULL: append to *mem instead */
  char **mem;               /* -j N: the job's reused output buffer */
  size_t *memlen, *memcap;
  int oom;                  /* growing *mem failed */
  size_t n;
  size_t id_at, id_len;     /* escaped doc id in b (id_len 0: none) */
  size_t text_at, text_len; /* escaped text of sentence text_sent in b */
  uint32_t text_sent;
  unsigned long flushes;    /* ob_flush calls: a copy is cached only when none came */
  char b[OBUF];
} obuf;

/* Writes s[0, n) to the stream or appends it to the job's buffer. */
static void ob_write(obuf *o, const char *s, size_t n) {
  if (o->f) {
    fwrite(s, 1, n, o->f);
    return;
  }
  if (*o->memlen + n > *o->memcap) {
    size_t cap = *o->memcap ? *o->memcap : OBUF;
    while (cap < *o->memlen + n) cap *= 2;
    char *q = realloc(*o->mem, cap);
    if (!q) {
      o->oom = 1;
      return;
    }
    *o->mem = q;
    *o->memcap = cap;
  }
  memcpy(*o->mem + *o->memlen, s, n);
  *o->memlen += n;
}

static void ob_flush(obuf *o) {
  if (o->n) ob_write(o, o->b, o->n);
  o->n = 0;
  o->id_len = o->text_len = 0;
  o->flushes++;
}

static void ob_put_slow(obuf *o, const char *s, size_t n) {
  ob_flush(o);
  if (n > OBUF) {
    ob_write(o, s, n);
    return;
  }
  memcpy(o->b, s, n);
  o->n = n;
}

static inline void ob_put(obuf *o, const char *s, size_t n) {
  if (n <= OBUF - o->n) {
    memcpy(o->b + o->n, s, n);
    o->n += n;
  } else {
    ob_put_slow(o, s, n);
  }
}

#define OB_LIT(o, s) ob_put((o), (s), sizeof(s) - 1)

/* Copies b[at, at + len) to the end of the buffer when it fits; 0 when not. */
static inline int ob_again(obuf *o, size_t at, size_t len) {
  if (!len || len > OBUF - o->n) return 0;
  memcpy(o->b + o->n, o->b + at, len);
  o->n += len;
  return 1;
}

/* 1 for the bytes a JSON string escapes: control bytes, '"' and '\\' */
static const unsigned char json_esc_tab[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1,
};

static inline int json_esc(unsigned char c) { return json_esc_tab[c]; }

/* 1 when none of the 8 bytes at s needs an escape (no control byte, '"' or
** '\\'): the exact "has a byte less than n" and "has a zero byte" word tests. */
static inline int json_plain8(const char *s) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  uint64_t w, q, b;
  memcpy(&w, s, 8);
  q = w ^ (ones * '"');
  b = w ^ (ones * '\\');
  return !(((w - ones * 0x20) & ~w & high) | ((q - ones) & ~q & high) |
           ((b - ones) & ~b & high));
}

/* The end of the run of bytes from i that need no escape. */
static size_t json_run(const char *s, size_t i, size_t len) {
#if defined(__SSE2__)
  /* sixteen at a time: a byte below 0x20 (unsigned: max(b, 0x1f) == 0x1f),
  ** '"' or '\\' */
  const __m128i c1f = _mm_set1_epi8(0x1F), cq = _mm_set1_epi8('"'), cb = _mm_set1_epi8('\\');
  while (i + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(v, c1f), c1f),
                             _mm_or_si128(_mm_cmpeq_epi8(v, cq), _mm_cmpeq_epi8(v, cb)));
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if (bits) return i + (size_t)__builtin_ctz(bits);
    i += 16;
  }
#endif
  for (;;) {
    while (i + 8 <= len && json_plain8(s + i)) i += 8;
    size_t stop = i + 8 < len ? i + 8 : len;
    while (i < stop && !json_esc((unsigned char)s[i])) i++;
    if (i < stop || i >= len) return i;
  }
}

/* A JSON string literal, escaped as cli_json_strn does. */
static void ob_json(obuf *o, const char *s, size_t len) {
  static const char hex[] = "0123456789abcdef";
  size_t i = 0;
  if (len <= 32 && OBUF - o->n >= 34) { /* a short span (a name, a verb phrase) with nothing to escape */
    char *p = o->b + o->n + 1;
    while (i < len && !json_esc((unsigned char)s[i])) {
      p[i] = s[i];
      i++;
    }
    if (i == len) {
      p[-1] = '"';
      p[len] = '"';
      o->n += len + 2;
      return;
    }
    i = 0;
  }
  if (len <= (OBUF - 2) / 6 && 6 * len + 2 <= OBUF - o->n) { /* room for the worst case */
    char *p = o->b + o->n;
    *p++ = '"';
    while (i < len) {
      size_t j = json_run(s, i, len);
      memcpy(p, s + i, j - i);
      p += j - i;
      if (j >= len) break;
      unsigned char c = (unsigned char)s[j];
      *p++ = '\\';
      switch (c) {
      case '"': *p++ = '"'; break;
      case '\\': *p++ = '\\'; break;
      case '\n': *p++ = 'n'; break;
      case '\r': *p++ = 'r'; break;
      case '\t': *p++ = 't'; break;
      default:
        memcpy(p, "u00", 3);
        p[3] = hex[c >> 4];
        p[4] = hex[c & 15];
        p += 5;
      }
      i = j + 1;
    }
    *p++ = '"';
    o->n = (size_t)(p - o->b);
    return;
  }
  OB_LIT(o, "\"");
  while (i < len) {
    size_t j = json_run(s, i, len);
    if (j > i) ob_put(o, s + i, j - i);
    if (j >= len) break;
    unsigned char c = (unsigned char)s[j];
    char e[6];
    switch (c) {
    case '"': ob_put(o, "\\\"", 2); break;
    case '\\': ob_put(o, "\\\\", 2); break;
    case '\n': ob_put(o, "\\n", 2); break;
    case '\r': ob_put(o, "\\r", 2); break;
    case '\t': ob_put(o, "\\t", 2); break;
    default:
      memcpy(e, "\\u00", 4);
      e[4] = hex[c >> 4];
      e[5] = hex[c & 15];
      ob_put(o, e, 6);
    }
    i = j + 1;
  }
  OB_LIT(o, "\"");
}

/* ob_json(o, s, strlen(s)), the codes, dates and names of an event (most
** under 32 bytes, none to escape) copied in one pass when there is room */
static void ob_cstr(obuf *o, const char *s) {
  if (OBUF - o->n >= 34) {
    char *p = o->b + o->n;
    size_t k = 0;
    *p++ = '"';
    while (k < 32 && s[k] && !json_esc((unsigned char)s[k])) {
      p[k] = s[k];
      k++;
    }
    if (!s[k]) {
      p[k] = '"';
      o->n += k + 2;
      return;
    }
  }
  ob_json(o, s, strlen(s));
}

static void ob_str(obuf *o, const char *s) {
  if (!s) OB_LIT(o, "null");
  else ob_cstr(o, s);
}

/* s or null when s is "" */
static void ob_str_or_null(obuf *o, const char *s) {
  if (s && s[0]) ob_cstr(o, s);
  else OB_LIT(o, "null");
}

static void ob_u64(obuf *o, unsigned long long v) {
  char t[24];
  size_t k = sizeof t;
  do {
    t[--k] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  ob_put(o, t + k, sizeof t - k);
}

static void ob_uint(obuf *o, unsigned v) { ob_u64(o, v); }

static void ob_int(obuf *o, int v) {
  if (v < 0) {
    OB_LIT(o, "-");
    ob_u64(o, (unsigned long long)(-(long long)v));
  } else {
    ob_u64(o, (unsigned long long)v);
  }
}

/* x with prec (1..4) decimals, as printf's %.<prec>f. The digits are
** x * 10^prec rounded; when that product lies near a half (where rounding
** the exact binary value could differ) or x is large or not finite,
** snprintf does it. */
static void ob_fixed(obuf *o, double x, int prec) {
  static const double scale[] = {1, 10, 100, 1000, 10000};
  double a = x < 0 || (x == 0 && signbit(x)) ? -x : x;
  double y = a * scale[prec];
  if (!(y < 1e15)) goto slow; /* also NaN */
  {
    double fl = floor(y), fr = y - fl;
    if (fr > 0.5 - 1e-6 && fr < 0.5 + 1e-6) goto slow;
    unsigned long long r = (unsigned long long)fl + (fr > 0.5);
    unsigned long long ip = r, fp = 0;
    for (int k = 0; k < prec; k++) ip /= 10;
    fp = r - ip * (unsigned long long)scale[prec];
    if (signbit(x)) OB_LIT(o, "-");
    ob_u64(o, ip);
    char t[8];
    t[0] = '.';
    for (int k = prec; k >= 1; k--) {
      t[k] = (char)('0' + fp % 10);
      fp /= 10;
    }
    ob_put(o, t, (size_t)prec + 1);
    return;
  }
slow: {
    char t[64];
    int n = snprintf(t, sizeof t, "%.*f", prec, x);
    if (n > 0) ob_put(o, t, (size_t)n < sizeof t ? (size_t)n : sizeof t - 1);
  }
}

static void ob_span(obuf *o, const char *text, uint32_t s, uint32_t e) {
  if (e > s) ob_json(o, text + s, e - s);
  else OB_LIT(o, "null");
}

/* "00" .. "99" */
static const char DIGITS2[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Writes v in decimal at p; returns the end. Two digits a step. */
static inline char *put_u32(char *p, uint32_t v) {
  size_t d = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : 5;
  for (uint32_t x = v / 100000; x; x /= 10) d++;
  size_t k = d;
  for (; v >= 100; v /= 100) {
    k -= 2;
    memcpy(p + k, DIGITS2 + 2 * (v % 100), 2);
  }
  if (v >= 10) memcpy(p + k - 2, DIGITS2 + 2 * v, 2);
  else p[k - 1] = (char)('0' + v);
  return p + d;
}

static void ob_pair(obuf *o, uint32_t a, uint32_t b) {
  if (OBUF - o->n >= 23) { /* "[" 10 digits "," 10 digits "]" */
    char *p = o->b + o->n;
    *p++ = '[';
    p = put_u32(p, a);
    *p++ = ',';
    p = put_u32(p, b);
    *p++ = ']';
    o->n = (size_t)(p - o->b);
    return;
  }
  OB_LIT(o, "[");
  ob_uint(o, a);
  OB_LIT(o, ",");
  ob_uint(o, b);
  OB_LIT(o, "]");
}

/* Formats one event's TSV line into b (capacity cap, as snprintf). */
static int tsv_line(char *b, size_t cap, const dyad_doc *doc, const dyad_event *e) {
  const char *t = doc->text;
  return snprintf(b, cap, "%s\t%s\t%s\t%s\t%s\t%.1f\t%d\t%s\t%s\t%u\t%.*s\t%.*s\t%.*s\n",
                  e->date[0] ? e->date : "-", e->source, e->target[0] ? e->target : "-", e->code,
                  e->root, e->goldstein, e->quad_class,
                  e->plover && e->plover[0] ? e->plover : "-", doc->id ? doc->id : "-",
                  e->sentence, (int)(e->source_end - e->source_start), t + e->source_start,
                  (int)(e->target_end - e->target_start), t + e->target_start,
                  (int)(e->verb_end - e->verb_start), t + e->verb_start);
}

/* One event as a TSV line: formatted on the stack, or into the heap when
** long spans make it longer than the stack buffer. */
static void print_tsv(obuf *o, const dyad_doc *doc, const dyad_event *e) {
  char sb[1024], *b = sb;
  int n = tsv_line(sb, sizeof sb, doc, e);
  if (n >= 0 && (size_t)n >= sizeof sb && (b = malloc((size_t)n + 1)) != NULL)
    tsv_line(b, (size_t)n + 1, doc, e);
  if (n < 0 || !b) {
    o->oom = 1;
    return;
  }
  ob_put(o, b, (size_t)n);
  if (b != sb) free(b);
}

static void print_event(obuf *o, const dyad_doc *doc, const dyad_sentence *ss,
                        size_t ns, const dyad_event *e) {
  const char *t = doc->text;
  const dyad_sentence *s = e->sentence < ns ? &ss[e->sentence] : NULL;
  OB_LIT(o, "{\"doc\":");
  if (!ob_again(o, o->id_at, o->id_len)) {
    size_t at = o->n;
    unsigned long fl = o->flushes;
    ob_str(o, doc->id);
    if (fl == o->flushes) o->id_at = at, o->id_len = o->n - at; /* no flush in between */
  }
  OB_LIT(o, ",\"sentence\":");
  ob_uint(o, e->sentence);
  OB_LIT(o, ",\"date\":");
  ob_str_or_null(o, e->date);
  OB_LIT(o, ",\"date_text\":");
  ob_span(o, t, e->date_start, e->date_end);
  if (e->date_flags & DYAD_DATE_YEAR_INFERRED) OB_LIT(o, ",\"date_year\":\"inferred\"");
  OB_LIT(o, ",\"source\":");
  ob_str(o, e->source);
  OB_LIT(o, ",\"source_country\":");
  ob_str_or_null(o, e->source_country);
  OB_LIT(o, ",\"source_text\":");
  ob_span(o, t, e->source_start, e->source_end);
  OB_LIT(o, ",\"target\":");
  ob_str_or_null(o, e->target);
  OB_LIT(o, ",\"target_country\":");
  ob_str_or_null(o, e->target_country);
  OB_LIT(o, ",\"target_text\":");
  ob_span(o, t, e->target_start, e->target_end);
  OB_LIT(o, ",\"code\":");
  ob_str(o, e->code);
  OB_LIT(o, ",\"root\":");
  ob_str(o, e->root);
  OB_LIT(o, ",\"goldstein\":");
  ob_fixed(o, e->goldstein, 1);
  OB_LIT(o, ",\"quad_class\":");
  ob_int(o, e->quad_class);
  OB_LIT(o, ",\"plover\":");
  ob_str_or_null(o, e->plover);
  OB_LIT(o, ",\"verb_text\":");
  ob_span(o, t, e->verb_start, e->verb_end);
  OB_LIT(o, ",\"location\":");
  if (e->place[0]) {
    OB_LIT(o, "{\"name\":");
    ob_str(o, e->place);
    OB_LIT(o, ",\"country\":");
    ob_str(o, e->place_country);
    OB_LIT(o, ",\"lat\":");
    ob_fixed(o, e->lat, 4);
    OB_LIT(o, ",\"lon\":");
    ob_fixed(o, e->lon, 4);
    OB_LIT(o, "}");
  } else {
    OB_LIT(o, "null");
  }
  OB_LIT(o, ",\"text\":");
  if (s) {
    if (!(o->text_len && o->text_sent == e->sentence && ob_again(o, o->text_at, o->text_len))) {
      size_t at = o->n;
      unsigned long fl = o->flushes;
      ob_json(o, t + s->start, s->end - s->start);
      if (fl == o->flushes) o->text_at = at, o->text_len = o->n - at, o->text_sent = e->sentence;
    }
  } else {
    OB_LIT(o, "null");
  }
  OB_LIT(o, ",\"source_span\":");
  ob_pair(o, e->source_start, e->source_end);
  OB_LIT(o, ",\"target_span\":");
  ob_pair(o, e->target_start, e->target_end);
  OB_LIT(o, ",\"verb_span\":");
  ob_pair(o, e->verb_start, e->verb_end);
  OB_LIT(o, ",\"date_span\":");
  ob_pair(o, e->date_start, e->date_end);
  if (s) {
    OB_LIT(o, ",\"sentence_span\":");
    ob_pair(o, s->start, s->end);
  }
  OB_LIT(o, "}\n");
}

/* Codes one document and writes its events to f, or when f is NULL appends
** them to *mem (length *memlen, capacity *memcap; grown with realloc, the
** caller frees it). Returns 0 or -1. */
static int code_one(dyad_coder *c, const dyad_doc *doc, FILE *f, char **mem, size_t *memlen,
                    size_t *memcap, int tsv, char **err) {
  dyad_event *ev = NULL;
  size_t n = 0;
  int rc = dyad_code_doc(c, doc, &ev, &n);
  if (rc) {
    if (err) {
      const char *m = dyad_coder_errmsg(c);
      *err = strdup(m && *m ? m : dyad_strerror(rc));
    }
    return -1;
  }
  if (n) {
    size_t ns = 0;
    const dyad_sentence *ss = dyad_coder_sentences(c, &ns);
    obuf ob, *o = &ob;
    o->f = f;
    o->mem = mem;
    o->memlen = memlen;
    o->memcap = memcap;
    o->oom = 0;
    o->n = 0;
    o->id_len = o->text_len = 0;
    o->flushes = 0;
    for (size_t i = 0; i < n; i++) {
      if (tsv) print_tsv(o, doc, &ev[i]);
      else print_event(o, doc, ss, ns, &ev[i]);
    }
    ob_flush(o);
    if (o->oom) {
      free(ev);
      if (err) *err = strdup("out of memory");
      return -1;
    }
  }
  free(ev);
  return 0;
}

/* ---- parallel batches ------------------------------------------------------- */

/* -j N: the main thread reads batch k+1 while N-1 worker threads code batch
** k; then it codes what is left of batch k itself, waits for the workers,
** hands them batch k+1 and writes batch k's output (in input order) while
** they code. So reading, coding and writing overlap and N threads are busy.
** Each thread has its own coder; the dictionaries are shared read-only. */

typedef struct job {
  dyad_doc *doc;
  char *out;      /* the document's output; kept for the slot's next document */
  size_t outlen;
  size_t outcap;
  char *err;
} job;

typedef struct pool {
  pthread_mutex_t mu;
  pthread_cond_t go;     /* a new batch is out, or quit */
  pthread_cond_t done;   /* the last job of the batch is finished */
  job *jobs;
  size_t njobs;
  size_t next;           /* next job to take */
  size_t left;           /* jobs not finished yet */
  unsigned gen;          /* batch number */
  int quit;
  int tsv;
} pool;

typedef struct worker {
  pthread_t th;
  dyad_coder *c;
  pool *p;
} worker;

static void code_job(dyad_coder *c, job *j, int tsv) {
  code_one(c, j->doc, NULL, &j->out, &j->outlen, &j->outcap, tsv, &j->err);
}

/* Takes and codes jobs of the current batch until none is left to take.
** Called with p->mu held; returns with it held. */
static void take_jobs(pool *p, dyad_coder *c) {
  while (p->next < p->njobs) {
    job *j = &p->jobs[p->next++];
    pthread_mutex_unlock(&p->mu);
    code_job(c, j, p->tsv);
    pthread_mutex_lock(&p->mu);
    if (--p->left == 0) pthread_cond_signal(&p->done);
  }
}

static void *work(void *arg) {
  worker *w = arg;
  pool *p = w->p;
  unsigned seen = 0;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->gen == seen && !p->quit) pthread_cond_wait(&p->go, &p->mu);
    if (p->quit) break;
    seen = p->gen;
    take_jobs(p, w->c);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

static void pool_publish(pool *p, job *jobs, size_t n) {
  pthread_mutex_lock(&p->mu);
  p->jobs = jobs;
  p->njobs = n;
  p->next = 0;
  p->left = n;
  p->gen++;
  pthread_cond_broadcast(&p->go);
  pthread_mutex_unlock(&p->mu);
}

/* The main thread codes what is left of the batch, then waits for it. */
static void pool_finish(pool *p, dyad_coder *c) {
  pthread_mutex_lock(&p->mu);
  take_jobs(p, c);
  while (p->left) pthread_cond_wait(&p->done, &p->mu);
  pthread_mutex_unlock(&p->mu);
}

/* Reads up to BATCH documents into jobs; returns how many. Reading errors
** are reported as they come and set *status. */
static size_t read_batch(dyad_reader *r, job *jobs, int *eof, int *status) {
  size_t nb = 0;
  while (nb < BATCH && !*eof) {
    dyad_doc *doc;
    if (!cli_next_doc(r, &doc, status)) {
      *eof = 1;
      break;
    }
    jobs[nb].doc = doc;
    jobs[nb].outlen = 0;
    jobs[nb].err = NULL;
    nb++;
  }
  return nb;
}

/* Writes a finished batch in input order and frees its documents. A slot
** keeps its output buffer for its next document (no allocation per document)
** unless a large document grew it past OUTKEEP. */
#define OUTKEEP (1u << 20)
static void write_batch(job *jobs, size_t n, int *status) {
  for (size_t i = 0; i < n; i++) {
    if (jobs[i].outlen) fwrite(jobs[i].out, 1, jobs[i].outlen, stdout);
    if (jobs[i].err) {
      cli_error("code: %s", jobs[i].err);
      *status = 1;
    }
    jobs[i].outlen = 0;
    if (jobs[i].outcap > OUTKEEP) {
      free(jobs[i].out);
      jobs[i].out = NULL;
      jobs[i].outcap = 0;
    }
    free(jobs[i].err);
    jobs[i].err = NULL;
    dyad_doc_free(jobs[i].doc);
    jobs[i].doc = NULL;
  }
}

/* -j 1: one document at a time, straight to stdout. */
static void code_serial(dyad_reader *r, dyad_coder *c, int tsv, int *status) {
  dyad_doc *doc;
  while (cli_next_doc(r, &doc, status)) {
    char *err = NULL;
    if (code_one(c, doc, stdout, NULL, NULL, NULL, tsv, &err)) {
      cli_error("code: %s", err ? err : "error");
      *status = 1;
    }
    free(err);
    dyad_doc_free(doc);
  }
}

/* -j N, N > 1: ws[0] is the main thread's coder, ws[1..nj-1] the workers'.
** Returns 0, or -1 when no worker thread could be started (then the caller
** codes serially; nothing has been read yet). */
static int code_parallel(dyad_reader *r, worker *ws, int nj, int tsv, int *status) {
  job *cur = calloc(BATCH, sizeof *cur), *nxt = calloc(BATCH, sizeof *nxt);
  pool p;
  memset(&p, 0, sizeof p);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.go, NULL);
  pthread_cond_init(&p.done, NULL);
  p.tsv = tsv;
  int started = 0;
  if (cur && nxt)
    for (int i = 1; i < nj; i++) {
      ws[i].p = &p;
      if (pthread_create(&ws[i].th, NULL, work, &ws[i]) != 0) break;
      started++;
    }
  int rc = 0;
  if (!started) {
    rc = -1;
  } else {
    int eof = 0;
    size_t n = read_batch(r, cur, &eof, status);
    if (n) pool_publish(&p, cur, n);
    while (n) {
      size_t m = read_batch(r, nxt, &eof, status);
      pool_finish(&p, ws[0].c);
      if (m) pool_publish(&p, nxt, m);
      write_batch(cur, n, status);
      job *t = cur;
      cur = nxt;
      nxt = t;
      n = m;
    }
    pthread_mutex_lock(&p.mu);
    p.quit = 1;
    pthread_cond_broadcast(&p.go);
    pthread_mutex_unlock(&p.mu);
    for (int i = 1; i <= started; i++) pthread_join(ws[i].th, NULL);
  }
  pthread_cond_destroy(&p.done);
  pthread_cond_destroy(&p.go);
  pthread_mutex_destroy(&p.mu);
  for (size_t i = 0; i < BATCH; i++) {
    if (cur) free(cur[i].out);
    if (nxt) free(nxt[i].out);
  }
  free(cur);
  free(nxt);
  return rc;
}

static void trace_stderr(void *ud, const char *line) {
  (void)ud;
  fprintf(stderr, "# %s\n", line);
}

int cmd_code(int argc, char **argv) {
  opts o;
  int rc = parse_opts("code", argc, argv, &o, 1);
  if (rc) {
    free(o.inputs);
    if (rc < 0) {
      usage_code(stdout);
      return 0;
    }
    usage_code(stderr);
    return 2;
  }
  if (!o.ninputs) o.inputs[o.ninputs++] = "-";
  if (o.explain) o.jobs = 1;
  /* A file or pipe takes the output in 256 KB writes: glibc's stdout buffer
  ** is st_blksize (4 KB), one write(2) per 4 KB. A terminal stays line
  ** buffered, and --explain keeps stdio's default (its trace goes to stderr
  ** between the events). */
  static char outbuf[1 << 18];
  if (!o.explain && !isatty(STDOUT_FILENO)) setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  dyad_dict *d = load_dicts("code", &o);
  if (!d) {
    free(o.inputs);
    return 1;
  }
  dyad_read_options ro = {0};
  ro.default_date = o.date;
  dyad_reader *r = dyad_reader_new(o.inputs, o.ninputs, &ro);
  int nj = o.jobs;
  worker *ws = calloc((size_t)nj, sizeof *ws);
  int status = 0;
  if (!r || !ws) {
    cli_error("code: out of memory");
    status = 1;
    goto done;
  }
  for (int i = 0; i < nj; i++) {
    ws[i].c = dyad_coder_new(d);
    if (!ws[i].c) {
      cli_error("code: out of memory");
      status = 1;
      goto done;
    }
    dyad_coder_set_literal(ws[i].c, o.literal);
  }
  if (o.explain) dyad_coder_set_trace(ws[0].c, trace_stderr, NULL);
  if (nj == 1 || code_parallel(r, ws, nj, o.tsv, &status))
    code_serial(r, ws[0].c, o.tsv, &status);
  if (r && dyad_reader_nerrors(r)) status = 1;
  if (fflush(stdout) != 0) {
    cli_error("code: cannot write the output");
    status = 1;
  }
done:
  if (ws)
    for (int i = 0; i < nj; i++) dyad_coder_free(ws[i].c);
  free(ws);
  dyad_reader_free(r);
  dyad_dict_free(d);
  free(o.inputs);
  return status;
}

/* ---- explain ----------------------------------------------------------------- */

static void trace_stdout(void *ud, const char *line) {
  (void)ud;
  printf("%s\n", line);
}

int cmd_explain(int argc, char **argv) {
  opts o;
  int rc = parse_opts("explain", argc, argv, &o, 0);
  if (rc || !o.ninputs) {
    free(o.inputs);
    FILE *f = rc < 0 ? stdout : stderr;
    fputs("usage: dyad explain [--date YYYY-MM-DD] [--dict PATH]... \"SENTENCE...\"\n"
          "Shows how a text is coded: tokens, actor mentions, the verb pattern\n"
          "that fired, why this source and target, how the date resolved.\n",
          f);
    return rc < 0 ? 0 : 2;
  }
  dyad_dict *d = load_dicts("explain", &o);
  if (!d) {
    free(o.inputs);
    return 1;
  }
  dyad_read_options ro = {0};
  ro.default_date = o.date;
  dyad_doc *doc = NULL;
  char *err = NULL;
  const char *text = o.inputs[0];
  int status = 0;
  if (dyad_doc_parse("explain", text, strlen(text), DYAD_KIND_TEXT, &ro, &doc, &err) != 0) {
    cli_error("explain: %s", err ? err : "cannot read the text");
    free(err);
    dyad_dict_free(d);
    free(o.inputs);
    return 1;
  }
  if (o.date && !doc->date) {
    /* the text had no date of its own */
  }
  printf("document date: %s\n", doc->date ? doc->date : "(none)");
  dyad_coder *c = dyad_coder_new(d);
  if (!c) {
    cli_error("explain: out of memory");
    status = 1;
  } else {
    dyad_coder_set_trace(c, trace_stdout, NULL);
    dyad_coder_set_literal(c, o.literal);
    printf("events:\n");
    fflush(stdout);
    char *e2 = NULL;
    if (code_one(c, doc, stdout, NULL, NULL, NULL, o.tsv, &e2)) {
      cli_error("explain: %s", e2 ? e2 : "error");
      status = 1;
    }
    free(e2);
  }
  dyad_coder_free(c);
  dyad_doc_free(doc);
  dyad_dict_free(d);
  free(o.inputs);
  return status;
}

/* ---- unknown ------------------------------------------------------------------ */

typedef struct phrase {
  char *s;
  size_t count;
} phrase;

typedef struct ptable {
  phrase *p;
  size_t n, cap;
  int oom;
} ptable;

static void add_unknown(void *ud, const char *s, size_t len) {
  ptable *t = ud;
  if (len == 0 || len > 200) return;
  for (size_t i = 0; i < t->n; i++)
    if (strlen(t->p[i].s) == len && !memcmp(t->p[i].s, s, len)) {
      t->p[i].count++;
      return;
    }
  if (t->n == t->cap) {
    size_t nc = t->cap ? t->cap * 2 : 64;
    phrase *np = realloc(t->p, nc * sizeof *np);
    if (!np) {
      t->oom = 1;
      return;
    }
    t->p = np;
    t->cap = nc;
  }
  char *c = strndup(s, len);
  if (!c) {
    t->oom = 1;
    return;
  }
  t->p[t->n].s = c;
  t->p[t->n].count = 1;
  t->n++;
}

static int by_count(const void *a, const void *b) {
  const phrase *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->s, y->s);
}

/* ---- unknown --verbs: words of uncoded sentences, by inflection group ------- */

typedef struct vform {
  char *s;                 /* the surface form, lower case ("accused") */
  size_t count;
} vform;

typedef struct vgroup {
  char key[52];            /* "v " or "n " + the inflection key */
  size_t count;
  char *example;           /* "ID: sentence" of the first sentence seen */
  vform *forms;
  size_t nforms, capforms;
} vgroup;

typedef struct vtable {
  vgroup *g;
  size_t n, cap;
  size_t *slot;            /* open addressing: group index + 1, 0 empty */
  size_t nslot;
  int actors;              /* the dyad_uncoded kind counted: 2 or 1 */
  const dyad_doc *doc;     /* the document being coded (examples) */
  int oom;
} vtable;

static size_t vhash(const char *s) {
  size_t h = 1469598103934665603u;
  while (*s) h = (h ^ (unsigned char)*s++) * 1099511628211u;
  return h;
}

/* The group of key (created empty), or NULL when out of memory. */
static vgroup *vgroup_get(vtable *t, const char *key) {
  if (t->n * 2 >= t->nslot) {
    size_t ns = t->nslot ? t->nslot * 2 : 1024;
    size_t *sl = calloc(ns, sizeof *sl);
    if (!sl) return NULL;
    for (size_t i = 0; i < t->n; i++) {
      size_t h = vhash(t->g[i].key) & (ns - 1);
      while (sl[h]) h = (h + 1) & (ns - 1);
      sl[h] = i + 1;
    }
    free(t->slot);
    t->slot = sl;
    t->nslot = ns;
  }
  size_t h = vhash(key) & (t->nslot - 1);
  while (t->slot[h]) {
    vgroup *g = &t->g[t->slot[h] - 1];
    if (!strcmp(g->key, key)) return g;
    h = (h + 1) & (t->nslot - 1);
  }
  if (t->n == t->cap) {
    size_t nc = t->cap ? t->cap * 2 : 256;
    vgroup *ng = realloc(t->g, nc * sizeof *ng);
    if (!ng) return NULL;
    t->g = ng;
    t->cap = nc;
  }
  vgroup *g = &t->g[t->n];
  memset(g, 0, sizeof *g);
  snprintf(g->key, sizeof g->key, "%s", key);
  t->slot[h] = ++t->n;
  return g;
}

/* s[0,len) with runs of white space as one space, at most cap - 1 bytes
** (cut at a UTF-8 character boundary, "..." after a cut); malloc'd. */
static char *squash(const char *s, size_t len, size_t cap) {
  char *o = malloc(cap + 4);
  if (!o) return NULL;
  size_t k = 0;
  for (size_t i = 0; i < len && k < cap; i++) {
    char ch = s[i];
    if (ch == '\n' || ch == '\t' || ch == '\r' || ch == ' ') {
      if (k && o[k - 1] != ' ') o[k++] = ' ';
    } else {
      o[k++] = ch;
    }
    if (k == cap && i + 1 < len) {
      while (k && ((unsigned char)o[k - 1] & 0xC0) == 0x80) k--;
      if (k && (unsigned char)o[k - 1] >= 0xC0) k--;
      memcpy(o + k, "...", 3);
      k += 3;
      break;
    }
  }
  while (k && o[k - 1] == ' ') k--;
  o[k] = 0;
  return o;
}

static void add_uncoded(void *ud, const dyad_uncoded *u) {
  vtable *t = ud;
  if (u->actors != t->actors || t->oom) return;
  const char *text = t->doc->text;
  for (size_t i = 0; i < u->nwords; i++) {
    const dyad_vocab_word *w = &u->words[i];
    if (!w->key[0]) continue;
    char key[52];
    snprintf(key, sizeof key, "%c %s", w->noun ? 'n' : 'v', w->key);
    vgroup *g = vgroup_get(t, key);
    char *form = g ? squash(text + w->start, w->end - w->start, 64) : NULL;
    if (!form) {
      t->oom = 1;
      return;
    }
    for (char *q = form; *q; q++)
      if (*q >= 'A' && *q <= 'Z') *q = (char)(*q | 32);
    g->count++;
    size_t f = 0;
    while (f < g->nforms && strcmp(g->forms[f].s, form)) f++;
    if (f < g->nforms) {
      free(form);
    } else {
      if (g->nforms == g->capforms) {
        size_t nc = g->capforms ? g->capforms * 2 : 4;
        vform *nf = realloc(g->forms, nc * sizeof *nf);
        if (!nf) {
          free(form);
          t->oom = 1;
          return;
        }
        g->forms = nf;
        g->capforms = nc;
      }
      g->forms[f].s = form;
      g->forms[f].count = 0;
      g->nforms++;
    }
    g->forms[f].count++;
    if (!g->example) {
      char *sent = squash(text + u->start, u->end - u->start, 300);
      size_t need = (sent ? strlen(sent) : 0) + strlen(t->doc->id ? t->doc->id : "-") + 3;
      g->example = sent ? malloc(need) : NULL;
      if (!g->example) {
        free(sent);
        t->oom = 1;
        return;
      }
      snprintf(g->example, need, "%s: %s", t->doc->id ? t->doc->id : "-", sent);
      free(sent);
    }
  }
}

static int by_form_count(const void *a, const void *b) {
  const vform *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->s, y->s);
}

static int by_group_count(const void *a, const void *b) {
  const vgroup *x = a, *y = b;
  if (x->count != y->count) return x->count < y->count ? 1 : -1;
  return strcmp(x->key, y->key);
}

/* Prints the groups counted min times or more: COUNT, KIND (v or n), the
** group's word (its shortest form, the most frequent of those), its forms
** with their counts, an example. */
static void print_groups(vtable *t, size_t min) {
  if (t->n) qsort(t->g, t->n, sizeof *t->g, by_group_count);
  for (size_t i = 0; i < t->n && t->g[i].count >= min; i++) {
    vgroup *g = &t->g[i];
    qsort(g->forms, g->nforms, sizeof *g->forms, by_form_count);
    size_t best = 0;
    for (size_t f = 1; f < g->nforms; f++)
      if (strlen(g->forms[f].s) < strlen(g->forms[best].s)) best = f;
    printf("%zu\t%c\t%s\t", g->count, g->key[0], g->forms[best].s);
    for (size_t f = 0; f < g->nforms; f++)
      printf("%s%s %zu", f ? ", " : "", g->forms[f].s, g->forms[f].count);
    printf("\t%s\n", g->example);
  }
}

static void vtable_free(vtable *t) {
  for (size_t i = 0; i < t->n; i++) {
    for (size_t f = 0; f < t->g[i].nforms; f++) free(t->g[i].forms[f].s);
    free(t->g[i].forms);
    free(t->g[i].example);
  }
  free(t->g);
  free(t->slot);
}

static void usage_unknown(FILE *f) {
  fputs("usage: dyad unknown [--verbs [--subject] [--min N]] [--dict PATH]... [--date D]\n"
        "                    [INPUT...]\n"
        "Lists capitalised phrases found in actor positions (subject or object of\n"
        "an event verb) that no dictionary knows, most frequent first:\n"
        "COUNT<TAB>PHRASE.\n"
        "  --verbs      instead, the words the verb dictionary may lack: in sentences\n"
        "               where two actors of different countries are found but no event\n"
        "               is coded, the main verb after the first actor and the nouns\n"
        "               before the second, grouped by inflection, most frequent first:\n"
        "               COUNT<TAB>v|n<TAB>WORD<TAB>FORMS (form count, ...)<TAB>ID: EXAMPLE\n"
        "               (v: a verb, n: a noun; words a pattern already covers are left out)\n"
        "  --subject    with --verbs: sentences with one actor only, in subject position\n"
        "               (its verb)\n"
        "  --min N      with --verbs: only words counted N times or more\n",
        f);
}

int cmd_unknown(int argc, char **argv) {
  int verbs = 0, subject = 0;
  size_t min = 1;
  /* --verbs, --subject and --min are this command's own; the rest are
     code's (parse_opts) */
  char **av = calloc((size_t)argc + 1, sizeof *av);
  if (!av) {
    cli_error("unknown: out of memory");
    return 1;
  }
  int ac = 0, only = 0, bad = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (i == 0 || only) av[ac++] = argv[i];
    else if (!strcmp(a, "--")) only = 1, av[ac++] = argv[i];
    else if (!strcmp(a, "--verbs")) verbs = 1;
    else if (!strcmp(a, "--subject")) subject = 1;
    else if (!strcmp(a, "--min") || !strncmp(a, "--min=", 6)) {
      const char *v = a[5] == '=' ? a + 6 : i + 1 < argc ? argv[++i] : NULL;
      char *end = NULL;
      long k = v ? strtol(v, &end, 10) : 0;
      if (!v || !*v || *end || k < 1) {
        cli_error("unknown: --min wants a number of 1 or more, not '%s'", v ? v : "");
        bad = 1;
      }
      min = (size_t)(k < 1 ? 1 : k);
    } else av[ac++] = argv[i];
  }
  if (!bad && (subject || min > 1) && !verbs) {
    cli_error("unknown: --subject and --min go with --verbs");
    bad = 1;
  }
  if (bad) {
    free(av);
    usage_unknown(stderr);
    return 2;
  }
  opts o;
  int rc = parse_opts("unknown", ac, av, &o, 1);
  if (rc) {
    free(o.inputs);
    free(av);
    usage_unknown(rc < 0 ? stdout : stderr);
    return rc < 0 ? 0 : 2;
  }
  if (!o.ninputs) o.inputs[o.ninputs++] = "-";
  dyad_dict *d = load_dicts("unknown", &o);
  if (!d) {
    free(o.inputs);
    free(av);
    return 1;
  }
  dyad_read_options ro = {0};
  ro.default_date = o.date;
  dyad_reader *r = dyad_reader_new(o.inputs, o.ninputs, &ro);
  dyad_coder *c = dyad_coder_new(d);
  ptable t = {0};
  vtable vt = {0};
  vt.actors = subject ? 1 : 2;
  int status = 0;
  if (!r || !c) {
    cli_error("unknown: out of memory");
    status = 1;
  } else {
    if (verbs) dyad_coder_set_uncoded(c, add_uncoded, &vt);
    else dyad_coder_set_unknown(c, add_unknown, &t);
    dyad_doc *doc;
    while (cli_next_doc(r, &doc, &status)) {
      dyad_event *ev = NULL;
      size_t n = 0;
      vt.doc = doc;
      if (dyad_code_doc(c, doc, &ev, &n) != 0) {
        cli_error("unknown: %s", dyad_coder_errmsg(c));
        status = 1;
      }
      free(ev);
      dyad_doc_free(doc);
    }
    if (t.oom || vt.oom) {
      cli_error("unknown: out of memory");
      status = 1;
    }
    if (verbs) {
      print_groups(&vt, min);
    } else {
      if (t.n) qsort(t.p, t.n, sizeof *t.p, by_count);
      for (size_t i = 0; i < t.n; i++) printf("%zu\t%s\n", t.p[i].count, t.p[i].s);
    }
  }
  for (size_t i = 0; i < t.n; i++) free(t.p[i].s);
  free(t.p);
  vtable_free(&vt);
  dyad_coder_free(c);
  dyad_reader_free(r);
  dyad_dict_free(d);
  free(o.inputs);
  free(av);
  return status;
}
