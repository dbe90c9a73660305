/* cmd_dict.c: `dyad dict check [PATH...]` loads dictionaries and reports
** every malformed line as "file:line: message" plus entry counts;
** `dyad dict compile [--data DIR|none] [--dict PATH]... -o FILE` writes a
** set's compiled form (dict_cache.c); `dyad dict cache` shows where the
** automatic cache of a set lives;
** `dyad dict actors [--date D] TEXT...` shows the actor mentions of a text
** (a debugging aid for dictionary upkeep). */
#include "cli.h"
#include "dict.h"
#include "dict_petrarch.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static void usage(FILE *f) {
  fputs("usage: dyad dict check [--time] [--no-cache] [PATH...]\n"
        "       dyad dict compile [--data DIR|none] [--dict PATH]... -o FILE\n"
        "       dyad dict cache [--data DIR|none] [--dict PATH]...\n"
        "       dyad dict actors [--date YYYY-MM-DD] [--data DIR] TEXT...\n\n"
        "check: loads each PATH (a dictionary directory or a file named\n"
        "  countries.tsv, igos.tsv, people.tsv, agents.tsv, verbs.txt or\n"
        "  discards.txt, or TABARI / PETRARCH dictionaries; default: the\n"
        "  installed data directory), prints every\n"
        "  malformed line as file:line: message and the entry counts; exits 1\n"
        "  on any error; --time also prints each load time and whether it\n"
        "  came from the compiled cache; --no-cache reads the sources only.\n"
        "compile: loads dyad's own set (from DIR, default the data directory;\n"
        "  none: skip it) and each --dict PATH as dyad code would, and writes\n"
        "  the compiled form to FILE; load it with dyad code --data none --dict\n"
        "  FILE (a few ms). A source changed since is an error naming it.\n"
        "cache: prints the automatic cache file of that set (dyad dict check\n"
        "  and dyad code keep one a set in $DYAD_CACHE_DIR, else\n"
        "  $XDG_CACHE_HOME/dyad, else ~/.cache/dyad; DYAD_NO_CACHE=1 turns it\n"
        "  off) and whether it is fresh.\n"
        "actors: prints the actor mentions dyad finds in TEXT, one a line.\n",
        f);
}

static void print_counts(const char *what, const dyad_dict *d) {
  printf("%s: countries %zu, igos %zu, people %zu, agents %zu, verb patterns %zu, "
         "phrases %zu\n",
         what, dyad__dict_count(d, 0), dyad__dict_count(d, 1), dyad__dict_count(d, 2),
         dyad__dict_count(d, 3), dyad__dict_count(d, 4), dyad__dict_count(d, 5));
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int check(int argc, char **argv) {
  int status = 0, npaths = 0, timing = 0;
  unsigned flags = 0;
  for (int i = 0; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      usage(stdout);
      return 0;
    }
    if (!strcmp(argv[i], "--time")) {
      timing = 1;
      continue;
    }
    if (!strcmp(argv[i], "--no-cache")) {
      flags |= DYAD_DICT_NOCACHE;
      continue;
    }
    if (argv[i][0] == '-' && argv[i][1]) {
      cli_error("dict check: unknown option '%s'", argv[i]);
      usage(stderr);
      return 2;
    }
  }
  for (int i = 0; i <= argc; i++) {
    const char *path = i < argc ? argv[i] : NULL;
    dyad_dict *d;
    int rc;
    double t0;
    struct stat st;
    if (path && (!strcmp(path, "--time") || !strcmp(path, "--no-cache"))) continue;
    if (i == argc && npaths) break;
    if (path) npaths++;
    d = dyad_dict_new();
    if (!d) {
      cli_error("out of memory");
      return 1;
    }
    t0 = now_ms();
    if (!path || (stat(path, &st) == 0 && S_ISDIR(st.st_mode) &&
                  !dyad__petrarch_detect(path)))
      rc = dyad_dict_load_set(d, path, NULL, 0, flags);
    else
      rc = dyad_dict_load_set(d, "none", (const char *const *)&path, 1, flags);
    if (timing)
      printf("%s: loaded in %.2f ms%s\n", path ? path : "default data", now_ms() - t0,
             dyad__dict_cached(d) ? " (compiled)" : "");
    if (rc || dyad__dict_nerrors(d)) {
      const char *msg = dyad_dict_errmsg(d);
      size_t shown = 1;
      for (const char *p = msg; *p; p++) shown += *p == '\n';
      if (*msg) fprintf(stderr, "%s\n", msg);
      if (dyad__dict_nerrors(d) > shown)
        fprintf(stderr, "dyad: ... and %zu more errors\n", dyad__dict_nerrors(d) - shown);
      if (!*msg) cli_error("%s: %s", path ? path : "data", dyad_strerror(rc));
      status = 1;
    }
    {
      /* repairs of lines PETRARCH itself reads: listed, not errors */
      const char *w = dyad__petrarch_warnings(d);
      if (*w) fprintf(stderr, "%s\n", w);
    }
    print_counts(path ? path : "default data", d);
    {
      char sum[1024];
      if (dyad__petrarch_summary(d, sum, sizeof sum))
        printf("%s: %s\n", path ? path : "default data", sum);
    }
    if (rc || dyad__dict_nerrors(d))
      printf("%s: %zu errors\n", path ? path : "default data",
             dyad__dict_nerrors(d) ? dyad__dict_nerrors(d) : 1);
    dyad_dict_free(d);
  }
  return status;
}

static const char *kind_name(int k) {
  static const char *names[] = {"?", "COUNTRY", "ADJ", "SEAT", "IGO", "PERSON",
                                "AGENT", "COUNTERPART", "PRONOUN", "DEFINITE"};
  return k >= 0 && k <= 9 ? names[k] : "?";
}

static const char *role_name(int r) {
  static const char *names[] = {"NONE", "HOS", "HOG", "FM", "DEF",
                                "ENV", "LDR", "MIN", "OTH"};
  return r >= 0 && r <= 8 ? names[r] : "?";
}

static int actors(int argc, char **argv) {
  const char *date = NULL, *data = NULL;
  int i, status = 0;
  dyad_dict *d;
  for (i = 0; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    if (!strcmp(argv[i], "--date") && i + 1 < argc) {
      date = argv[++i];
    } else if (!strcmp(argv[i], "--data") && i + 1 < argc) {
      data = argv[++i];
    } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      usage(stdout);
      return 0;
    } else {
      cli_error("dict actors: unknown option '%s'", argv[i]);
      return 2;
    }
  }
  if (i == argc) {
    cli_error("dict actors: no text given");
    return 2;
  }
  d = dyad_dict_new();
  if (!d) return 1;
  if (dyad_dict_load_default(d, data) && !dyad__dict_count(d, 0)) {
    fprintf(stderr, "%s\n", dyad_dict_errmsg(d));
    dyad_dict_free(d);
    return 1;
  }
  for (; i < argc; i++) {
    const char *text = argv[i];
    size_t len = strlen(text), cap = len + 16, nt, nm;
    dyad_token *toks = malloc(cap * sizeof *toks);
    dyad_mention *ms = malloc(cap * sizeof *ms);
    if (!toks || !ms) {
      free(toks);
      free(ms);
      status = 1;
      break;
    }
    nt = dyad_tokenize(text, 0, len, toks, cap);
    nm = dyad__find_actors(d, text, toks, nt < cap ? nt : cap, date, ms, cap);
    for (size_t k = 0; k < nm && k < cap; k++) {
      const dyad_mention *m = &ms[k];
      printf("%.*s => %s %s %s country=%s sector=%s flags=%u", (int)(m->end - m->start),
             text + m->start, m->code[0] ? m->code : "-", kind_name(m->kind),
             role_name(m->role), m->country, m->sector, m->flags);
      if (m->person >= 0) printf(" person=\"%s\"", dyad__person_name(d, m->person));
      putchar('\n');
    }
    free(toks);
    free(ms);
  }
  dyad_dict_free(d);
  return status;
}

#define MAXDICT 64

typedef struct setopts {
  const char *data;
  const char *dicts[MAXDICT];
  size_t ndict;
  const char *out;
} setopts;

/* --data DIR, --dict PATH..., and -o FILE when out_ok. 0, or 2 (usage). */
static int set_options(const char *cmd, int argc, char **argv, setopts *o, int out_ok) {
  memset(o, 0, sizeof *o);
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage(stdout);
      return 1;
    }
    if ((!strcmp(a, "--data") || !strcmp(a, "--dict") || (out_ok && !strcmp(a, "-o"))) &&
        i + 1 >= argc) {
      cli_error("dict %s: %s needs a value", cmd, a);
      return 2;
    }
    if (!strcmp(a, "--data")) {
      o->data = argv[++i];
    } else if (!strcmp(a, "--dict")) {
      if (o->ndict == MAXDICT) {
        cli_error("dict %s: too many --dict options (at most %d)", cmd, MAXDICT);
        return 2;
      }
      o->dicts[o->ndict++] = argv[++i];
    } else if (out_ok && !strcmp(a, "-o")) {
      o->out = argv[++i];
    } else {
      cli_error("dict %s: unknown argument '%s'", cmd, a);
      usage(stderr);
      return 2;
    }
  }
  if (o->data && !strcmp(o->data, "none") && !o->ndict) {
    cli_error("dict %s: --data none needs at least one --dict PATH", cmd);
    return 2;
  }
  return 0;
}

static void print_errors(const dyad_dict *d, int rc) {
  const char *msg = dyad_dict_errmsg(d);
  if (*msg) fprintf(stderr, "%s\n", msg);
  else cli_error("%s", dyad_strerror(rc));
}

static int compile(int argc, char **argv) {
  setopts o;
  dyad_dict *d;
  double t0;
  int rc = set_options("compile", argc, argv, &o, 1);
  struct stat st;
  if (rc) return rc == 1 ? 0 : rc;
  if (!o.out) {
    cli_error("dict compile: no output file (-o FILE)");
    return 2;
  }
  if (!(d = dyad_dict_new())) {
    cli_error("out of memory");
    return 1;
  }
  t0 = now_ms();
  rc = dyad_dict_compile(d, o.data, o.dicts, o.ndict, o.out);
  if (rc) {
    print_errors(d, rc);
    dyad_dict_free(d);
    return 1;
  }
  print_counts(o.out, d);
  printf("%s: %lld bytes, compiled in %.1f ms\n", o.out,
         stat(o.out, &st) == 0 ? (long long)st.st_size : -1LL, now_ms() - t0);
  dyad_dict_free(d);
  return 0;
}

static int cache(int argc, char **argv) {
  setopts o;
  char file[8192];
  int rc = set_options("cache", argc, argv, &o, 0);
  if (rc) return rc == 1 ? 0 : rc;
  if (getenv("DYAD_NO_CACHE") && *getenv("DYAD_NO_CACHE") && strcmp(getenv("DYAD_NO_CACHE"), "0"))
    printf("cache: off (DYAD_NO_CACHE is set)\n");
  if (!dyad__dict_cache_file(o.data, o.dicts, o.ndict, file, sizeof file)) {
    cli_error("dict cache: no cache directory ($DYAD_CACHE_DIR, $XDG_CACHE_HOME, $HOME unset "
              "or not writable)");
    return 1;
  }
  {
    dyad_dict *d = dyad_dict_new();
    struct stat st;
    if (!d) return 1;
    if (stat(file, &st) != 0) {
      printf("%s: none yet (made by the next dyad code or dyad dict check of this set)\n", file);
    } else if ((rc = dyad__dict_load_compiled(d, file)) != 0) {
      printf("%s: will be rebuilt: %s\n", file, dyad_dict_errmsg(d));
    } else {
      printf("%s: fresh, %lld bytes\n", file, (long long)st.st_size);
    }
    dyad_dict_free(d);
  }
  return 0;
}

int cmd_dict(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  if (!strcmp(argv[1], "check")) return check(argc - 2, argv + 2);
  if (!strcmp(argv[1], "actors")) return actors(argc - 2, argv + 2);
  if (!strcmp(argv[1], "compile")) return compile(argc - 2, argv + 2);
  if (!strcmp(argv[1], "cache")) return cache(argc - 2, argv + 2);
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    usage(stdout);
    return 0;
  }
  cli_error("dict: unknown subcommand '%s' (check, compile, cache, actors)", argv[1]);
  return 2;
}
