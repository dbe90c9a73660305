/* cmd_store.c: the store's subcommands: ingest (read, code, store) and the
** queries events, timeline, index, top, network and export, each printing
** rows as a table, CSV, TSV or JSON lines. Database: --db FILE, else
** $DYAD_DB, else ./dyad.db. */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *cli_db_path(const char *opt) {
  if (opt && *opt) return opt;
  const char *e = getenv("DYAD_DB");
  return e && *e ? e : "dyad.db";
}

/* Opens the database for a query: read-only, never created. */
static dyad_store *open_query(const char *cmd, const char *db) {
  dyad_store *s = NULL;
  db = cli_db_path(db);
  struct stat stt;
  if (stat(db, &stt) != 0) {
    cli_error("%s: %s: no such database (run 'dyad ingest --db %s INPUT...' first)", cmd, db, db);
    return NULL;
  }
  if (dyad_store_open_v2(db, DYAD_STORE_READONLY, &s) != 0) {
    cli_error("%s: %s", cmd, dyad_store_errmsg(s));
    dyad_store_close(s);
    return NULL;
  }
  return s;
}

static char *xstrdup(const char *s) {
  char *p = strdup(s ? s : "");
  if (!p) {
    cli_error("out of memory");
    exit(1);
  }
  return p;
}

/* ---- output: table, csv, tsv, jsonl ------------------------------------ */

typedef enum { OUT_TABLE, OUT_CSV, OUT_TSV, OUT_JSONL } out_format;

/* A row writer. The table buffers its rows to size the columns; the other
** formats stream. types[i] is 'n' for a numeric column (unquoted in JSON,
** right-aligned in the table), else 's'; NULL: all strings. */
typedef struct {
  FILE *f;
  out_format fmt;
  size_t ncol;
  const char *const *names;
  const char *types;
  int no_header, streaming, header_done;
  size_t nrows;
  char **cells;   /* table: nrows * ncol copies */
  size_t cap;
} out_t;

static int out_parse_format(const char *s, out_format *f) {
  if (!strcmp(s, "table")) *f = OUT_TABLE;
  else if (!strcmp(s, "csv")) *f = OUT_CSV;
  else if (!strcmp(s, "tsv")) *f = OUT_TSV;
  else if (!strcmp(s, "jsonl")) *f = OUT_JSONL;
  else return -1;
  return 0;
}

static void out_begin(out_t *o, FILE *f, out_format fmt, size_t ncol, const char *const *names,
                      const char *types) {
  memset(o, 0, sizeof *o);
  o->f = f;
  o->fmt = fmt;
  o->ncol = ncol;
  o->names = names;
  o->types = types;
}

static int is_num(const out_t *o, size_t i) { return o->types && o->types[i] == 'n'; }

static void csv_field(FILE *f, const char *v) {
  if (!strpbrk(v, ",\"\r\n")) {
    fputs(v, f);
    return;
  }
  putc('"', f);
  for (; *v; v++) {
    if (*v == '"') putc('"', f);
    putc(*v, f);
  }
  putc('"', f);
}

/* TSV has no quoting: tabs and line breaks inside a value become spaces. */
static void tsv_field(FILE *f, const char *v) {
  for (; *v; v++) putc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, f);
}

static void out_header(out_t *o) {
  if (o->header_done || o->no_header) return;
  o->header_done = 1;
  if (o->fmt == OUT_CSV || o->fmt == OUT_TSV) {
    for (size_t i = 0; i < o->ncol; i++) {
      if (i) putc(o->fmt == OUT_CSV ? ',' : '\t', o->f);
      fputs(o->names[i], o->f);
    }
    putc('\n', o->f);
  }
}

static int out_row(out_t *o, const char *const *v) {
  FILE *f = o->f;
  if (o->fmt == OUT_TABLE) {
    if (o->nrows * o->ncol + o->ncol > o->cap) {
      o->cap = o->cap ? 2 * o->cap : 64 * o->ncol;
      o->cells = realloc(o->cells, o->cap * sizeof *o->cells);
      if (!o->cells) {
        cli_error("out of memory");
        exit(1);
      }
    }
    for (size_t i = 0; i < o->ncol; i++) o->cells[o->nrows * o->ncol + i] = xstrdup(v[i]);
    o->nrows++;
    return 0;
  }
  out_header(o);
  if (o->fmt == OUT_JSONL) {
    putc('{', f);
    for (size_t i = 0; i < o->ncol; i++) {
      if (i) putc(',', f);
      cli_json_str(f, o->names[i]);
      putc(':', f);
      if (!v[i] || (!*v[i] && is_num(o, i))) fputs("null", f);
      else if (is_num(o, i)) fputs(v[i], f);
      else cli_json_str(f, v[i]);
    }
    fputs("}\n", f);
  } else {
    for (size_t i = 0; i < o->ncol; i++) {
      if (i) putc(o->fmt == OUT_CSV ? ',' : '\t', f);
      if (o->fmt == OUT_CSV) csv_field(f, v[i] ? v[i] : "");
      else tsv_field(f, v[i] ? v[i] : "");
    }
    putc('\n', f);
  }
  o->nrows++;
  return ferror(f) ? 1 : 0;
}

/* Display width of UTF-8 text: code points (continuation bytes skipped). */
static size_t width(const char *s) {
  size_t w = 0;
  for (; *s; s++)
    if (((unsigned char)*s & 0xc0) != 0x80) w++;
  return w;
}

/* Writes s in at most max code points, line breaks as spaces; a longer s is
** cut to max - 3 and ends with "...". Returns the width written. */
static size_t out_plain(FILE *f, const char *s, size_t max) {
  size_t total = width(s), w = 0, keep = total > max ? (max > 3 ? max - 3 : 0) : total;
  for (; *s; s++) {
    if (((unsigned char)*s & 0xc0) != 0x80 && ++w > keep) break;
    putc(*s == '\n' || *s == '\t' || *s == '\r' ? ' ' : *s, f);
  }
  if (total > max) {
    fputs("...", f);
    return keep + 3;
  }
  return total;
}

/* Writes s with the XML special characters escaped. */
static void out_xml(FILE *f, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    case '\'': fputs("&apos;", f); break;
    default: putc(*s, f);
    }
  }
}

#define MAXW 48 /* widest table column */

/* Drops buffered rows without printing (after a failed query). */
static void out_abort(out_t *o) {
  for (size_t k = 0; k < o->nrows * o->ncol && o->fmt == OUT_TABLE && !o->streaming; k++) free(o->cells[k]);
  free(o->cells);
  o->cells = NULL;
}

static void out_end(out_t *o) {
  if (o->fmt != OUT_TABLE || o->streaming) {
    if (o->nrows == 0 && o->fmt != OUT_JSONL && !o->streaming) out_header(o);
    fflush(o->f);
    return;
  }
  size_t w[64];
  for (size_t i = 0; i < o->ncol && i < 64; i++) {
    w[i] = width(o->names[i]);
    for (size_t r = 0; r < o->nrows; r++) {
      size_t x = width(o->cells[r * o->ncol + i]);
      if (x > w[i]) w[i] = x;
    }
    if (w[i] > MAXW) w[i] = MAXW;
  }
  for (size_t r = 0; r <= o->nrows; r++) {
    for (size_t i = 0; i < o->ncol && i < 64; i++) {
      const char *v = r == 0 ? o->names[i] : o->cells[(r - 1) * o->ncol + i];
      size_t x = width(v) > w[i] ? w[i] : width(v);
      int right = r && is_num(o, i);
      if (i) fputs("  ", o->f);
      if (right) fprintf(o->f, "%*s", (int)(w[i] - x), "");
      out_plain(o->f, v, w[i]);
      if (!right && i + 1 < o->ncol) fprintf(o->f, "%*s", (int)(w[i] - x), "");
    }
    putc('\n', o->f);
  }
  for (size_t k = 0; k < o->nrows * o->ncol; k++) free(o->cells[k]);
  free(o->cells);
  fflush(o->f);
}

/* ---- common options ------------------------------------------------------ */

enum {
  O_DB = 256, O_FORMAT, O_SOURCE, O_TARGET, O_DYAD, O_FROM, O_TO, O_CODE, O_ROOT, O_PLACE,
  O_LIMIT, O_BY, O_DYADS, O_ACTORS, O_DIRECTED, O_COLUMNS, O_NO_HEADER, O_DATE, O_DICT,
  O_BATCH, O_HELP, O_NO_CODE
};

typedef struct {
  const char *db, *format, *by, *columns, *date, *dict;
  dyad_query q;
  int dyads, actors, directed, no_header, no_code;
  unsigned batch;
  char **args;
  int nargs;
} opts;

static const struct option long_opts[] = {
    {"db", required_argument, NULL, O_DB},
    {"format", required_argument, NULL, O_FORMAT},
    {"source", required_argument, NULL, O_SOURCE},
    {"target", required_argument, NULL, O_TARGET},
    {"dyad", required_argument, NULL, O_DYAD},
    {"from", required_argument, NULL, O_FROM},
    {"to", required_argument, NULL, O_TO},
    {"code", required_argument, NULL, O_CODE},
    {"root", required_argument, NULL, O_ROOT},
    {"place", required_argument, NULL, O_PLACE},
    {"limit", required_argument, NULL, O_LIMIT},
    {"by", required_argument, NULL, O_BY},
    {"dyads", no_argument, NULL, O_DYADS},
    {"actors", no_argument, NULL, O_ACTORS},
    {"directed", no_argument, NULL, O_DIRECTED},
    {"columns", required_argument, NULL, O_COLUMNS},
    {"no-header", no_argument, NULL, O_NO_HEADER},
    {"date", required_argument, NULL, O_DATE},
    {"dict", required_argument, NULL, O_DICT},
    {"batch", required_argument, NULL, O_BATCH},
    {"help", no_argument, NULL, O_HELP},
    {"no-code", no_argument, NULL, O_NO_CODE},
    {NULL, 0, NULL, 0}};

/* Which options a command takes: a string of O_* - O_DB + 'a' letters. */
#define L(o) (char)('a' + ((o) - O_DB))

static int parse_count(const char *cmd, const char *name, const char *v, size_t *out) {
  char *end;
  errno = 0;
  long long n = strtoll(v, &end, 10);
  if (errno || end == v || *end || n < 0) {
    cli_error("%s: --%s wants a non-negative number, not '%s'", cmd, name, v);
    return -1;
  }
  *out = (size_t)n;
  return 0;
}

/* Parses argv into o. Returns 0, 1 after --help (usage printed), or 2 on a
** usage error (message printed). */
static int parse_opts(int argc, char **argv, const char *allowed, const char *usage, opts *o) {
  const char *cmd = argv[0];
  memset(o, 0, sizeof *o);
  optind = 1;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, ":h", long_opts, NULL)) != -1) {
    if (c == 'h' || c == O_HELP) {
      fputs(usage, stdout);
      return 1;
    }
    if (c == '?' || c == ':') {
      const char *bad = argv[optind - 1];
      if (c == ':') cli_error("%s: option '%s' needs a value (see dyad %s --help)", cmd, bad, cmd);
      else cli_error("%s: unknown option '%s' (see dyad %s --help)", cmd, bad, cmd);
      return 2;
    }
    if (!strchr(allowed, L(c))) {
      cli_error("%s: option '%s' does not apply here (see dyad %s --help)", cmd, argv[optind - 1], cmd);
      return 2;
    }
    size_t n;
    switch (c) {
    case O_DB: o->db = optarg; break;
    case O_FORMAT: o->format = optarg; break;
    case O_SOURCE: o->q.source = optarg; break;
    case O_TARGET: o->q.target = optarg; break;
    case O_DYAD: o->q.dyad = optarg; break;
    case O_FROM: o->q.from = optarg; break;
    case O_TO: o->q.to = optarg; break;
    case O_CODE: o->q.code = optarg; break;
    case O_ROOT: o->q.root = optarg; break;
    case O_PLACE: o->q.place = optarg; break;
    case O_LIMIT:
      if (parse_count(cmd, "limit", optarg, &n)) return 2;
      o->q.limit = n;
      break;
    case O_BY: o->by = optarg; break;
    case O_DYADS: o->dyads = 1; break;
    case O_ACTORS: o->actors = 1; break;
    case O_DIRECTED: o->directed = 1; break;
    case O_COLUMNS: o->columns = optarg; break;
    case O_NO_HEADER: o->no_header = 1; break;
    case O_DATE: o->date = optarg; break;
    case O_DICT: o->dict = optarg; break;
    case O_NO_CODE: o->no_code = 1; break;
    case O_BATCH:
      if (parse_count(cmd, "batch", optarg, &n) || n == 0 || n > 1000000) {
        cli_error("%s: --batch wants 1..1000000", cmd);
        return 2;
      }
      o->batch = (unsigned)n;
      break;
    }
  }
  o->args = argv + optind;
  o->nargs = argc - optind;
  return 0;
}

#define FILTER_OPTS "cdefghij" /* source target dyad from to code root place */
static const char filter_help[] =
    "  --source X      source actor or country (KOR, KORGOV)\n"
    "  --target X      target actor or country\n"
    "  --dyad A:B      both directions (A>B: one direction)\n"
    "  --from D        first date, YYYY[-MM[-DD]]\n"
    "  --to D          last date, inclusive (--to 2016 includes December)\n"
    "  --code C        CAMEO event code (042)\n"
    "  --root R        CAMEO root code (04)\n"
    "  --place P       place name substring or country code\n"
    "  --limit N       at most N rows\n";
static const char common_help[] =
    "  --db FILE       the database (default: $DYAD_DB, else ./dyad.db)\n"
    "  --format F      table (default), csv, tsv or jsonl\n";

/* Sets the dyad of o->q from positional "A B" or "A:B"; returns 0 or 2. */
static int positional_dyad(const char *cmd, opts *o, char *buf, size_t cap, int required) {
  if (o->nargs == 2) {
    snprintf(buf, cap, "%s%c%s", o->args[0], o->directed ? '>' : ':', o->args[1]);
    o->q.dyad = buf;
  } else if (o->nargs == 1) {
    o->q.dyad = o->args[0];
  } else if (o->nargs > 2 || (required && !o->q.dyad)) {
    cli_error("%s: expected two actors (KOR RUS) or a dyad (KOR:RUS)", cmd);
    return 2;
  }
  return 0;
}

static int query_failed(const char *cmd, dyad_store *s, int rc) {
  cli_error("%s: %s", cmd, dyad_store_errmsg(s));
  dyad_store_close(s);
  return rc == DYAD_EINVAL ? 2 : 1;
}

static int get_format(const char *cmd, const char *f, out_format *fmt) {
  if (out_parse_format(f, fmt)) {
    cli_error("%s: unknown format '%s' (table, csv, tsv or jsonl)", cmd, f);
    return 2;
  }
  return 0;
}

/* Parses the options of query command cmd, whose --help is usage followed by
** the common options (when common) and the filters. Returns -1 to go on, or
** the exit status: 0 after --help, 2 on a usage error (also for a positional
** argument when nargs is 0). */
static int query_args(const char *cmd, int argc, char **argv, const char *usage, int common,
                      const char *allowed, int nargs, opts *o) {
  char help[2048];
  snprintf(help, sizeof help, "%s%s%s", usage, common ? common_help : "", filter_help);
  int rc = parse_opts(argc, argv, allowed, help, o);
  if (rc) return rc == 1 ? 0 : rc;
  if (!nargs && o->nargs) {
    cli_error("%s: unexpected argument '%s' (filters are options, see --help)", cmd, o->args[0]);
    return 2;
  }
  return -1;
}

/* Ends a query whose rows went to out: closes the table (or drops it on an
** error, which is reported) and the store. Returns the exit status. */
static int query_done(const char *cmd, dyad_store *s, out_t *out, int rc) {
  if (rc) {
    out_abort(out);
    return query_failed(cmd, s, rc);
  }
  out_end(out);
  dyad_store_close(s);
  return 0;
}

/* ---- events ------------------------------------------------------------ */

static const char *const ev_cols[] = {
    "id", "date", "source", "source_country", "target", "target_country", "code", "event",
    "root", "quad_class", "goldstein", "place", "place_country", "lat", "lon", "num_mentions",
    "num_articles", "num_sources", "doc", "url", "sentence"};
static const char ev_types[] = "nssssssssnnssnnnnnsss";
#define NEV (sizeof ev_cols / sizeof ev_cols[0])
/* The table shows the columns a person reads first. */
static const char *const evt_cols[] = {"date", "source", "target", "code", "event", "goldstein", "mentions",
                                       "place", "doc"};
#define NEVT (sizeof evt_cols / sizeof evt_cols[0])

static int print_event(void *c, const dyad_event_row *r) {
  out_t *o = c;
  char id[24], q[8], g[16], lat[24], lon[24], nm[24], na[24], ns[24];
  const char *name = dyad_cameo_name(r->code);
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  snprintf(q, sizeof q, "%d", r->quad_class);
  snprintf(g, sizeof g, "%.1f", r->goldstein);
  snprintf(nm, sizeof nm, "%lld", (long long)r->num_mentions);
  snprintf(na, sizeof na, "%lld", (long long)r->num_articles);
  snprintf(ns, sizeof ns, "%lld", (long long)r->num_sources);
  lat[0] = lon[0] = 0;
  if (r->has_coords) {
    snprintf(lat, sizeof lat, "%.4f", r->lat);
    snprintf(lon, sizeof lon, "%.4f", r->lon);
  }
  if (o->fmt == OUT_TABLE) {
    const char *v[NEVT] = {r->date, r->source, r->target, r->code, name, g, nm, r->place, r->doc_id};
    return out_row(o, v);
  }
  const char *v[NEV] = {id, r->date, r->source, r->source_country, r->target, r->target_country, r->code,
                        name, r->root, q, g, r->place, r->place_country, lat, lon, nm, na, ns,
                        r->doc_id, r->url, r->sentence};
  return out_row(o, v);
}

int cmd_events(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad events [OPTIONS]\n"
      "Lists stored events (one per date, source, target and code) in date order,\n"
      "with the number of mentions, articles and sources and the first mention's\n"
      "document and sentence. The table shows the main columns; csv, tsv and\n"
      "jsonl show them all.\n\n";
  opts o;
  int rc = query_args("events", argc, argv, usage, 1, "ab" FILTER_OPTS "k", 0, &o);
  if (rc >= 0) return rc;
  out_format fmt = OUT_TABLE;
  if (o.format && get_format("events", o.format, &fmt)) return 2;
  dyad_store *s = open_query("events", o.db);
  if (!s) return 1;
  out_t out;
  if (fmt == OUT_TABLE) out_begin(&out, stdout, fmt, NEVT, evt_cols, "sssssnnss");
  else out_begin(&out, stdout, fmt, NEV, ev_cols, ev_types);
  return query_done("events", s, &out, dyad_store_events(s, &o.q, print_event, &out));
}

/* ---- timeline ------------------------------------------------------------ */

static const char *const tl_cols[] = {"date", "source", "who", "code", "what", "target", "whom",
                                      "place", "goldstein", "sentence", "doc", "url"};
#define NTL (sizeof tl_cols / sizeof tl_cols[0])

static int print_timeline(void *c, const dyad_event_row *r) {
  out_t *o = c;
  const char *name = dyad_cameo_name(r->code);
  char g[16];
  snprintf(g, sizeof g, "%.1f", r->goldstein);
  if (o->fmt != OUT_TABLE) {
    const char *v[NTL] = {r->date, r->source, r->source_text, r->code, name, r->target, r->target_text,
                          r->place, g, r->sentence, r->doc_id, r->url};
    return out_row(o, v);
  }
  /* A person's reading: who did what to whom, where, and the sentence. */
  FILE *f = o->f;
  fprintf(f, "%-10s  %s", r->date && *r->date ? r->date : "(no date)", r->source);
  if (r->source_text) fprintf(f, " (%s)", r->source_text);
  fprintf(f, " -> %s [%s] -> %s", name ? name : "?", r->code, r->target);
  if (r->target_text) fprintf(f, " (%s)", r->target_text);
  if (r->place) fprintf(f, ", in %s", r->place);
  fputc('\n', f);
  if (r->sentence) {
    fputs("            \"", f);
    out_plain(f, r->sentence, 400);
    fputs("\"\n", f);
  }
  fprintf(f, "            %s", r->doc_id ? r->doc_id : "");
  if (r->doc_source) fprintf(f, ", %s", r->doc_source);
  if (r->num_articles > 1) fprintf(f, " (+%lld more articles)", (long long)(r->num_articles - 1));
  if (r->url) fprintf(f, " <%s>", r->url);
  fputs("\n\n", f);
  o->nrows++;
  return 0;
}

int cmd_timeline(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad timeline [OPTIONS] A B      (or A:B)\n"
      "The events between A and B (countries or actors, both directions) in\n"
      "date order: date, who, what, to whom, where, and the sentence it came\n"
      "from.\n\n"
      "  --directed      only A's actions toward B\n";
  opts o;
  char dy[80];
  int rc = query_args("timeline", argc, argv, usage, 1, "ab" FILTER_OPTS "ko", 2, &o);
  if (rc >= 0) return rc;
  if ((rc = positional_dyad("timeline", &o, dy, sizeof dy, 1))) return rc;
  out_format fmt = OUT_TABLE;
  if (o.format && get_format("timeline", o.format, &fmt)) return 2;
  dyad_store *s = open_query("timeline", o.db);
  if (!s) return 1;
  out_t out;
  out_begin(&out, stdout, fmt, NTL, tl_cols, "ssssssssnsss");
  out.streaming = fmt == OUT_TABLE;
  rc = dyad_store_events(s, &o.q, print_timeline, &out);
  if (fmt == OUT_TABLE && out.nrows == 0 && !rc) fprintf(stdout, "(no events for %s)\n", o.q.dyad);
  return query_done("timeline", s, &out, rc);
}

/* ---- index ------------------------------------------------------------- */

static const char *const ix_cols[] = {"period", "events", "goldstein_sum", "goldstein_mean",
                                      "verbal_coop", "material_coop", "verbal_conflict",
                                      "material_conflict", "mentions"};
#define NIX (sizeof ix_cols / sizeof ix_cols[0])

static int print_index(void *c, const dyad_index_row *r) {
  char n[24], sum[24], mean[24], q[4][24], m[24];
  snprintf(n, sizeof n, "%lld", (long long)r->events);
  snprintf(sum, sizeof sum, "%.1f", r->goldstein_sum);
  snprintf(mean, sizeof mean, "%.2f", r->goldstein_mean);
  for (int i = 0; i < 4; i++) snprintf(q[i], sizeof q[i], "%lld", (long long)r->quad[i + 1]);
  snprintf(m, sizeof m, "%lld", (long long)r->mentions);
  const char *v[NIX] = {r->period, n, sum, mean, q[0], q[1], q[2], q[3], m};
  return out_row(c, v);
}

int cmd_index(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad index [OPTIONS] [A B | A:B]\n"
      "The cooperation-conflict index per period: number of events, Goldstein\n"
      "sum and mean (each deduplicated event once), events by QuadClass (verbal\n"
      "and material cooperation and conflict) and mentions. Without actors: the\n"
      "whole store.\n\n"
      "  --by P          month (default), quarter or year\n"
      "  --directed      only A's actions toward B\n";
  opts o;
  char dy[80];
  int rc = query_args("index", argc, argv, usage, 1, "ab" FILTER_OPTS "klo", 2, &o);
  if (rc >= 0) return rc;
  if ((rc = positional_dyad("index", &o, dy, sizeof dy, 0))) return rc;
  dyad_period by = DYAD_BY_MONTH;
  if (o.by) {
    if (!strcmp(o.by, "month")) by = DYAD_BY_MONTH;
    else if (!strcmp(o.by, "quarter")) by = DYAD_BY_QUARTER;
    else if (!strcmp(o.by, "year")) by = DYAD_BY_YEAR;
    else {
      cli_error("index: --by wants month, quarter or year, not '%s'", o.by);
      return 2;
    }
  }
  out_format fmt = OUT_TABLE;
  if (o.format && get_format("index", o.format, &fmt)) return 2;
  dyad_store *s = open_query("index", o.db);
  if (!s) return 1;
  out_t out;
  out_begin(&out, stdout, fmt, NIX, ix_cols, "snnnnnnnn");
  return query_done("index", s, &out, dyad_store_index(s, &o.q, by, print_index, &out));
}

/* ---- top --------------------------------------------------------------- */

static int print_tally(void *c, const dyad_tally_row *r) {
  out_t *o = c;
  char n[24], m[24], g[24];
  snprintf(n, sizeof n, "%lld", (long long)r->events);
  snprintf(m, sizeof m, "%lld", (long long)r->mentions);
  snprintf(g, sizeof g, "%.1f", r->goldstein_sum);
  if (o->ncol == 5) {
    const char *v[5] = {r->key, r->other, n, m, g};
    return out_row(o, v);
  }
  const char *v[4] = {r->key, n, m, g};
  return out_row(o, v);
}

int cmd_top(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad top [--dyads | --actors] [OPTIONS]\n"
      "The most active dyads (pairs of different countries or actors, both\n"
      "directions, written A:B with A < B) or actors (as source or target),\n"
      "most events first.\n\n"
      "  --dyads         rank dyads (default)\n"
      "  --actors        rank actors\n"
      "  --limit N       rows (default 10; 0 = all)\n";
  opts o;
  int rc = query_args("top", argc, argv, usage, 1, "ab" FILTER_OPTS "kmn", 0, &o);
  if (rc >= 0) return rc;
  if (o.dyads && o.actors) {
    cli_error("top: choose --dyads or --actors");
    return 2;
  }
  int limit_given = 0;
  for (int i = 1; i < argc; i++)
    if (!strncmp(argv[i], "--limit", 7)) limit_given = 1;
  if (!limit_given) o.q.limit = 10;
  out_format fmt = OUT_TABLE;
  if (o.format && get_format("top", o.format, &fmt)) return 2;
  dyad_store *s = open_query("top", o.db);
  if (!s) return 1;
  static const char *const dy_cols[] = {"dyad", "events", "mentions", "goldstein_sum"};
  static const char *const ac_cols[] = {"actor", "events", "mentions", "goldstein_sum"};
  out_t out;
  out_begin(&out, stdout, fmt, 4, o.actors ? ac_cols : dy_cols, "snnn");
  rc = dyad_store_top(s, &o.q, o.actors ? DYAD_TOP_ACTORS : DYAD_TOP_DYADS, print_tally, &out);
  return query_done("top", s, &out, rc);
}

/* ---- network ----------------------------------------------------------- */

typedef struct {
  char **nodes;
  size_t n, cap;
  dyad_tally_row *edges;
  char *strs;       /* the edges' keys, copied */
  size_t ne, cape;
} graph;


static size_t node_id(graph *g, const char *name) {
  for (size_t i = 0; i < g->n; i++)
    if (!strcmp(g->nodes[i], name)) return i;
  if (g->n == g->cap) {
    g->cap = g->cap ? 2 * g->cap : 64;
    g->nodes = realloc(g->nodes, g->cap * sizeof *g->nodes);
    if (!g->nodes) {
      cli_error("out of memory");
      exit(1);
    }
  }
  g->nodes[g->n] = xstrdup(name);
  return g->n++;
}

static int collect_edge(void *c, const dyad_tally_row *r) {
  graph *g = c;
  if (g->ne == g->cape) {
    g->cape = g->cape ? 2 * g->cape : 64;
    g->edges = realloc(g->edges, g->cape * sizeof *g->edges);
    if (!g->edges) {
      cli_error("out of memory");
      exit(1);
    }
  }
  dyad_tally_row e = *r;
  /* Keys point into the node table, which outlives the query. */
  size_t a = node_id(g, r->key), b = node_id(g, r->other); /* may grow g->nodes */
  e.key = g->nodes[a];
  e.other = g->nodes[b];
  g->edges[g->ne++] = e;
  return 0;
}

static size_t node_of(const graph *g, const char *p) {
  for (size_t i = 0; i < g->n; i++)
    if (g->nodes[i] == p) return i;
  return 0;
}

/* The two XML graph formats, as the pieces around the same values: a node
** is node[0] n<index> node[1] <escaped label> node[2]; an edge is edge[0]
** e<index>" source="n<i>" target="n<j>" edge[1] <events> edge[2]
** <mentions> edge[3] <Goldstein sum> edge[4]. */
typedef struct {
  const char *head, *node[3], *middle, *edge[5], *tail;
} graph_xml;

static const graph_xml graph_formats[] = {
    {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
     "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
     "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
     "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
     "  <key id=\"mentions\" for=\"edge\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
     "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein_sum\" attr.type=\"double\"/>\n"
     "  <graph id=\"dyad\" edgedefault=\"directed\">\n",
     {"    <node id=\"", "\"><data key=\"label\">", "</data></node>\n"},
     "",
     {"    <edge id=\"", "><data key=\"events\">", "</data><data key=\"mentions\">",
      "</data><data key=\"goldstein\">", "</data></edge>\n"},
     "  </graph>\n</graphml>\n"},
    {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
     "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
     "  <meta><creator>dyad " DYAD_VERSION "</creator></meta>\n"
     "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
     "    <attributes class=\"edge\">\n"
     "      <attribute id=\"0\" title=\"mentions\" type=\"integer\"/>\n"
     "      <attribute id=\"1\" title=\"goldstein_sum\" type=\"double\"/>\n"
     "    </attributes>\n    <nodes>\n",
     {"      <node id=\"", "\" label=\"", "\"/>\n"},
     "    </nodes>\n    <edges>\n",
     {"      <edge id=\"", " weight=\"", "\"><attvalues><attvalue for=\"0\" value=\"",
      "\"/><attvalue for=\"1\" value=\"", "\"/></attvalues></edge>\n"},
     "    </edges>\n  </graph>\n</gexf>\n"},
};

int cmd_network(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad network [OPTIONS]\n"
      "The actor network: one directed edge per source -> target with the\n"
      "number of events and mentions and the Goldstein sum.\n\n"
      "  --format F      graphml (default), gexf, csv (edge list), tsv, jsonl, table\n"
      "  --by B          country (default: parties) or actor (full actor codes)\n"
      "  --db FILE       the database (default: $DYAD_DB, else ./dyad.db)\n";
  opts o;
  int rc = query_args("network", argc, argv, usage, 0, "ab" FILTER_OPTS "kl", 0, &o);
  if (rc >= 0) return rc;
  int by_actor = 0;
  if (o.by && !strcmp(o.by, "actor")) by_actor = 1;
  else if (o.by && strcmp(o.by, "country")) {
    cli_error("network: --by wants country or actor, not '%s'", o.by);
    return 2;
  }
  const char *f = o.format ? o.format : "graphml";
  int xml = !strcmp(f, "graphml") ? 1 : !strcmp(f, "gexf") ? 2 : 0;
  out_format fmt = OUT_CSV;
  if (!xml && out_parse_format(f, &fmt)) {
    cli_error("network: unknown format '%s' (graphml, gexf, csv, tsv, jsonl or table)", f);
    return 2;
  }
  dyad_store *s = open_query("network", o.db);
  if (!s) return 1;
  if (!xml) {
    static const char *const cols[] = {"source", "target", "events", "mentions", "goldstein_sum"};
    out_t out;
    out_begin(&out, stdout, fmt, 5, cols, "ssnnn");
    return query_done("network", s, &out, dyad_store_edges(s, &o.q, by_actor, print_tally, &out));
  }
  graph g;
  memset(&g, 0, sizeof g);
  rc = dyad_store_edges(s, &o.q, by_actor, collect_edge, &g);
  if (rc) return query_failed("network", s, rc);
  dyad_store_close(s);
  FILE *w = stdout;
  const graph_xml *x = &graph_formats[xml - 1];
  fputs(x->head, w);
  for (size_t i = 0; i < g.n; i++) {
    fprintf(w, "%sn%zu%s", x->node[0], i, x->node[1]);
    out_xml(w, g.nodes[i]);
    fputs(x->node[2], w);
  }
  fputs(x->middle, w);
  for (size_t i = 0; i < g.ne; i++)
    fprintf(w, "%se%zu\" source=\"n%zu\" target=\"n%zu\"%s%lld%s%lld%s%.1f%s", x->edge[0], i,
            node_of(&g, g.edges[i].key), node_of(&g, g.edges[i].other), x->edge[1],
            (long long)g.edges[i].events, x->edge[2], (long long)g.edges[i].mentions, x->edge[3],
            g.edges[i].goldstein_sum, x->edge[4]);
  fputs(x->tail, w);
  for (size_t i = 0; i < g.n; i++) free(g.nodes[i]);
  free(g.nodes);
  free(g.edges);
  return ferror(w) ? 1 : 0;
}

/* ---- export ------------------------------------------------------------ */

typedef struct {
  out_t out;
  int started, no_header;
  out_format fmt;
} export_out;

static int print_export(void *c, size_t ncol, const char *const *names, const char *const *values) {
  export_out *x = c;
  if (!x->started) {
    /* Numeric columns, for bare JSON numbers and right-aligned tables. */
    static const char gdelt_types[] = "nnnnnssssssssnsssnnnnnnnssnnns";
    static const char phoenix_types[] = "nnnnnssssssssssnnsnnssssss";
    const char *types = !strcmp(names[0], "GlobalEventID") && ncol == sizeof gdelt_types - 1 ? gdelt_types
                        : !strcmp(names[0], "EventID") && ncol == sizeof phoenix_types - 1 ? phoenix_types
                                                                                             : NULL;
    out_begin(&x->out, stdout, x->fmt, ncol, names, types);
    x->out.no_header = x->no_header;
    x->started = 1;
  }
  return out_row(&x->out, values);
}

int cmd_export(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad export --format gdelt|phoenix [OPTIONS]\n"
      "Exports events with the column names of the GDELT 2.0 event table (the\n"
      "columns dyad fills) or of the Phoenix daily files, tab-separated with a\n"
      "header line, for existing R or pandas code.\n\n"
      "  --format F      gdelt or phoenix (TSV); or table, csv, tsv, jsonl with --columns\n"
      "  --columns C     gdelt (default) or phoenix\n"
      "  --no-header     no header line (as the original files)\n"
      "  --db FILE       the database (default: $DYAD_DB, else ./dyad.db)\n";
  opts o;
  int rc = query_args("export", argc, argv, usage, 0, "ab" FILTER_OPTS "kpq", 0, &o);
  if (rc >= 0) return rc;
  dyad_export_format cols = DYAD_EXPORT_GDELT;
  out_format fmt = OUT_TSV;
  const char *c = o.columns;
  if (o.format && (!strcmp(o.format, "gdelt") || !strcmp(o.format, "phoenix"))) {
    if (c && strcmp(c, o.format)) {
      cli_error("export: --format %s contradicts --columns %s", o.format, c);
      return 2;
    }
    c = o.format;
  } else if (o.format && get_format("export", o.format, &fmt)) {
    return 2;
  }
  if (c && !strcmp(c, "phoenix")) cols = DYAD_EXPORT_PHOENIX;
  else if (c && strcmp(c, "gdelt")) {
    cli_error("export: --columns wants gdelt or phoenix, not '%s'", c);
    return 2;
  }
  dyad_store *s = open_query("export", o.db);
  if (!s) return 1;
  export_out x;
  memset(&x, 0, sizeof x);
  x.fmt = fmt;
  x.no_header = o.no_header;
  rc = dyad_store_export(s, &o.q, cols, print_export, &x);
  if (x.started) out_end(&x.out);
  if (rc) return query_failed("export", s, rc);
  dyad_store_close(s);
  return 0;
}

/* ---- ingest ------------------------------------------------------------ */

/* Ctrl-C (or SIGTERM) stops an ingest between documents: the open batch is
** committed and the summary printed, so a re-run only does the rest. A
** second Ctrl-C ends the process at once. */
static volatile sig_atomic_t stop_ingest;

static void on_stop(int sig) {
  if (stop_ingest) { /* a second one: stop now (the database stays consistent) */
    signal(sig, SIG_DFL);
    raise(sig);
  }
  stop_ingest = 1;
}

/* YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a day 01-31. */

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Documents in a path, when cheap to know: JSON lines counted by line, other
** files as one, directories walked; -1 when unknown (stdin, gzip). Only used
** for the ETA. */
static long long count_docs(const char *path, int depth) {
  struct stat st;
  if (!strcmp(path, "-") || stat(path, &st) != 0) return -1;
  if (S_ISDIR(st.st_mode)) {
    DIR *d = depth < 16 ? opendir(path) : NULL;
    if (!d) return -1;
    long long total = 0;
    struct dirent *e;
    char sub[4096];
    while (total >= 0 && (e = readdir(d)) != NULL) {
      if (e->d_name[0] == '.') continue;
      snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
      long long n = count_docs(sub, depth + 1);
      total = n < 0 ? -1 : total + n;
    }
    closedir(d);
    return total;
  }
  size_t n = strlen(path);
  if (n > 3 && !strcmp(path + n - 3, ".gz")) return -1;
  int jsonl = (n > 6 && !strcmp(path + n - 6, ".jsonl")) || (n > 7 && !strcmp(path + n - 7, ".ndjson"));
  if (!jsonl) return 1;
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  long long lines = 0;
  int c, last = '\n';
  while ((c = getc(f)) != EOF) {
    if (c == '\n') lines++;
    last = c;
  }
  if (last != '\n') lines++;
  fclose(f);
  return lines;
}

static void progress(size_t ndocs, size_t nev, long long total, double t0) {
  double dt = now_s() - t0;
  if (dt <= 0) dt = 1e-9;
  fprintf(stderr, "\r\033[Kingest: %zu", ndocs);
  if (total > 0) fprintf(stderr, "/%lld", total);
  fprintf(stderr, " docs, %zu events, %.0f docs/s, %.0f events/s", nev, (double)ndocs / dt, (double)nev / dt);
  if (total > 0 && ndocs > 0 && (long long)ndocs <= total) {
    double eta = ((double)total - (double)ndocs) / ((double)ndocs / dt);
    fprintf(stderr, ", ETA %d:%02d", (int)eta / 60, (int)eta % 60);
  }
  fflush(stderr);
}

int cmd_ingest(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad ingest [OPTIONS] INPUT...\n"
      "Reads news (files, directories, JSON lines, gzip, - for stdin), codes\n"
      "its events and stores documents, sentences, events and mentions.\n"
      "Re-ingesting a document with the same content adds nothing; a document\n"
      "with the same id and new content replaces the old version. An\n"
      "interrupted run leaves a consistent database: run it again to finish\n"
      "(Ctrl-C stops after the current document and keeps what was read).\n\n"
      "  --db FILE       the database, created if absent (default: $DYAD_DB,\n"
      "                  else ./dyad.db)\n"
      "  --date D        date for documents that give none (YYYY-MM-DD)\n"
      "  --dict PATH     dictionary directory (else the default), or one more\n"
      "                  dictionary file loaded over the default ones\n"
      "  --batch N       documents per transaction (default 100)\n"
      "  --no-code       store documents and sentences only, code no events\n"
      "Progress goes to stderr when it is a terminal; a summary line at the end.\n";
  opts o;
  int rc = parse_opts(argc, argv, "arstv", usage, &o);
  if (rc) return rc == 1 ? 0 : rc;
  if (o.nargs == 0) {
    cli_error("ingest: no input (see dyad ingest --help)");
    return 2;
  }
  if (o.date && !cli_date_ok(o.date)) {
    cli_error("ingest: --date wants YYYY-MM-DD (or YYYY-MM, YYYY), not '%s'", o.date);
    return 2;
  }
  const char *db = cli_db_path(o.db);
  /* From here on a signal only sets the flag; before the first document it
  ** just makes the loop end at once. Restored before returning. */
  struct sigaction sa, old_int, old_term;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_stop;
  sigemptyset(&sa.sa_mask);
  stop_ingest = 0;
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  if (old_int.sa_handler == SIG_IGN) sigaction(SIGINT, &old_int, NULL); /* nohup, & in scripts */
  /* The database first: a bad --db fails before the dictionaries load. */
  dyad_store *s = NULL;
  if (dyad_store_open(db, &s) != 0) {
    cli_error("ingest: %s", dyad_store_errmsg(s));
    dyad_store_close(s);
    return 1;
  }
  dyad_dict *dict = NULL;
  dyad_coder *coder = NULL;
  if (!o.no_code) {
    struct stat st;
    int dict_is_file = o.dict && stat(o.dict, &st) == 0 && !S_ISDIR(st.st_mode);
    if (!(dict = dyad_dict_new())) {
      cli_error("out of memory");
    } else if (dyad_dict_load_set(dict, dict_is_file ? NULL : o.dict, dict_is_file ? &o.dict : NULL,
                                  dict_is_file ? 1 : 0, 0) != 0) {
      cli_error("ingest: %s", dyad_dict_errmsg(dict));
    } else if (!(coder = dyad_coder_new(dict))) {
      cli_error("out of memory");
    }
    if (!coder) {
      if (dict) dyad_dict_free(dict);
      dyad_store_close(s);
      return 1;
    }
  }
  if (o.batch) dyad_store_set_batch(s, o.batch);
  dyad_read_options ropt;
  memset(&ropt, 0, sizeof ropt);
  ropt.default_date = o.date;
  dyad_reader *r = dyad_reader_new((const char *const *)o.args, (size_t)o.nargs, &ropt);
  if (!r) {
    cli_error("out of memory");
    dyad_store_close(s);
    if (coder) dyad_coder_free(coder);
    if (dict) dyad_dict_free(dict);
    return 1;
  }

  int tty = isatty(2);
  long long total = 0;
  if (tty)
    for (int i = 0; i < o.nargs && total >= 0; i++) {
      long long n = count_docs(o.args[i], 0);
      total = n < 0 ? -1 : total + n;
    }
  size_t ndocs = 0, nev = 0, nbad = 0, counts[4] = {0, 0, 0, 0};
  double t0 = now_s(), last = t0 - 1; /* the first document shows progress */
  int fatal = 0;
  for (;;) {
    if (stop_ingest) break;
    dyad_doc *doc = NULL;
    int k = dyad_reader_next(r, &doc);
    if (k == 0) break;
    if (k < 0) {
      if (tty) fputs("\r\033[K", stderr);
      cli_error("ingest: %s", dyad_reader_errmsg(r));
      continue;
    }
    dyad_sentence *sent = NULL;
    dyad_event *ev = NULL;
    size_t nsent = 0, n = 0;
    int res = 0;
    if (dyad_split_sentences(doc, &sent, &nsent) != 0) {
      cli_error("ingest: %s: out of memory splitting sentences", doc->id);
      nbad++;
    } else if (coder && (k = dyad_code_doc(coder, doc, &ev, &n)) != 0) {
      cli_error("ingest: %s: %s", doc->id, dyad_coder_errmsg(coder));
      nbad++;
    } else if ((k = dyad_store_add(s, doc, sent, nsent, ev, n, &res)) != 0) {
      cli_error("ingest: %s", dyad_store_errmsg(s));
      nbad++;
      if (k == DYAD_EDB) fatal = 1;
    } else {
      counts[res]++;
      nev += n;
    }
    ndocs++;
    free(sent);
    free(ev);
    dyad_doc_free(doc);
    if (fatal) break;
    if (tty) {
      double t = now_s();
      if (t - last >= 0.25) {
        progress(ndocs, nev, total, t0);
        last = t;
      }
    }
  }
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
  if (tty) fputs("\r\033[K", stderr);
  if (stop_ingest) cli_error("ingest: interrupted; what was read is stored, run it again to finish");
  if (dyad_store_commit(s) != 0) {
    cli_error("ingest: %s", dyad_store_errmsg(s));
    fatal = 1;
  }
  double dt = now_s() - t0;
  if (dt <= 0) dt = 1e-9;
  dyad_store_totals tot;
  memset(&tot, 0, sizeof tot);
  dyad_store_count(s, &tot);
  size_t nerr = dyad_reader_nerrors(r) + nbad;
  fprintf(stderr,
          "ingest: %zu documents (%zu new, %zu updated, %zu unchanged, %zu copies), %zu events coded in "
          "%.2f s (%.0f docs/s, %.0f events/s), %zu errors; %s now holds %lld documents, %lld events, "
          "%lld mentions\n",
          ndocs, counts[DYAD_STORE_NEW], counts[DYAD_STORE_UPDATED], counts[DYAD_STORE_UNCHANGED],
          counts[DYAD_STORE_DUPLICATE], nev, dt, (double)ndocs / dt, (double)nev / dt, nerr, db,
          (long long)tot.documents, (long long)tot.events, (long long)tot.mentions);
  dyad_reader_free(r);
  if (dyad_store_close(s) != 0) fatal = 1;
  if (coder) dyad_coder_free(coder);
  if (dict) dyad_dict_free(dict);
  if (stop_ingest) return 130;
  return fatal || nerr ? 1 : 0;
}
