/*
** test_dates.c: date expressions (dates.c). Data-driven from
** tests/cases/dates/find.tsv and parse.tsv; the seed stories from
** $SHARED/corpus/seeds when present; pathological input; which date an
** event takes in a story (tests/cases/dates/attach.txt, through dyad_code_doc);
** anaphoric expressions (dyad__date_anaphor).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>
#include <dirent.h>
#include "dates.h"
#include "dyad.h"
#include "verbs.h"

static const char *root(void) {
  const char *r = getenv("ROOT");
  return r && *r ? r : ".";
}

/* Splits line at tabs into at most n columns; returns how many. */
static int split_tabs(char *line, char **col, int n) {
  int k = 0;
  char *p = line;
  col[k++] = p;
  while (k < n && (p = strchr(p, '\t')) != NULL) {
    *p++ = 0;
    col[k++] = p;
  }
  return k;
}

static void chomp(char *s) {
  size_t l = strlen(s);
  while (l && (s[l - 1] == '\n' || s[l - 1] == '\r')) s[--l] = 0;
}

/* Renders found expressions as "span => value | ..." ("(none)" if empty). */
static void render(const char *text, const dyad_datex *x, size_t n, char *out,
                   size_t cap) {
  size_t i, o = 0;
  out[0] = 0;
  if (!n) {
    snprintf(out, cap, "(none)");
    return;
  }
  for (i = 0; i < n && o < cap; i++)
    o += (size_t)snprintf(out + o, cap - o, "%s%.*s => %s", i ? " | " : "",
                          (int)(x[i].end - x[i].start), text + x[i].start,
                          x[i].value[0] ? x[i].value : "-");
}

static void test_find_cases(void **state) {
  char path[1024], line[4096];
  FILE *f;
  int ln = 0, bad = 0, total = 0;
  (void)state;
  snprintf(path, sizeof path, "%s/tests/cases/dates/find.tsv", root());
  f = fopen(path, "r");
  assert_non_null(f);
  while (fgets(line, sizeof line, f)) {
    char *col[4] = {NULL, NULL, NULL, NULL}, got[4096];
    dyad_datex x[32];
    size_t n;
    unsigned flags = DYAD_DATES_AUTO_TENSE;
    int nc;
    ln++;
    chomp(line);
    if (!line[0] || line[0] == '#') continue;
    nc = split_tabs(line, col, 4);
    assert_true(nc >= 3);
    if (nc == 4 && strcmp(col[3], "past") == 0) flags = DYAD_DATES_PAST;
    if (nc == 4 && strcmp(col[3], "future") == 0) flags = DYAD_DATES_FUTURE;
    n = dyad__find_dates_ex(col[1], 0, strlen(col[1]),
                            strcmp(col[0], "-") ? col[0] : NULL, flags, x, 32);
    assert_true(n <= 32);
    if (flags == DYAD_DATES_AUTO_TENSE) {
      /* the coder's form (the tokens that may start an expression): the same */
      static uint64_t set[DYAD_DATE_SET];
      dyad_token tok[512];
      uint64_t hash[512];
      dyad_datex y[32];
      size_t len = strlen(col[1]), nt = dyad_tokenize(col[1], 0, len, tok, 512);
      assert_true(nt <= 512);
      if (!set[0] && !set[1]) dyad__date_set_init(set, dyad__token_hash);
      for (size_t k = 0; k < nt; k++) hash[k] = dyad__token_hash(col[1] + tok[k].start, tok[k].end - tok[k].start);
      memset(y, 0, sizeof y);
      dyad_datex z[32];
      memset(z, 0, sizeof z);
      size_t nz = dyad__find_dates_ex(col[1], 0, len, strcmp(col[0], "-") ? col[0] : NULL, flags, z, 32);
      size_t ny = dyad__find_dates_tok(col[1], 0, len, tok, hash, nt, set, strcmp(col[0], "-") ? col[0] : NULL, y, 32);
      if (ny != nz || memcmp(y, z, sizeof y)) printf("# %s:%d: dyad__find_dates_tok differs\n", path, ln);
      assert_int_equal(ny, nz);
      assert_memory_equal(y, z, sizeof y);
    }
    render(col[1], x, n, got, sizeof got);
    total++;
    if (strcmp(got, col[2]) != 0) {
      printf("# %s:%d: %s\n#   expected: %s\n#   got:      %s\n", path, ln,
             col[1], col[2], got);
      bad++;
    }
  }
  fclose(f);
  printf("# find.tsv: %d cases, %d wrong\n", total, bad);
  assert_true(total > 50);
  assert_int_equal(bad, 0);
}

static void test_parse_cases(void **state) {
  char path[1024], line[1024];
  FILE *f;
  int ln = 0, bad = 0, total = 0;
  (void)state;
  snprintf(path, sizeof path, "%s/tests/cases/dates/parse.tsv", root());
  f = fopen(path, "r");
  assert_non_null(f);
  while (fgets(line, sizeof line, f)) {
    char *col[3] = {NULL, NULL, NULL}, out[11];
    size_t q;
    ln++;
    chomp(line);
    if (!line[0] || line[0] == '#') continue;
    assert_int_equal(split_tabs(line, col, 3), 3);
    q = dyad__parse_date(col[0], strlen(col[0]), out);
    total++;
    if (strcmp(out[0] ? out : "-", col[1]) != 0 || q != strlen(col[2]) ||
        strncmp(col[0], col[2], q) != 0) {
      printf("# %s:%d: '%s' -> '%s' (%zu bytes), expected '%s' ('%s')\n", path,
             ln, col[0], out, q, col[1], col[2]);
      bad++;
    }
  }
  fclose(f);
  assert_true(total >= 10);
  assert_int_equal(bad, 0);
}

/* Reads the seed whose name starts with prefix; NULL when absent. */
static char *read_seed(const char *prefix, size_t *len) {
  const char *sh = getenv("SHARED");
  char dir[1024], path[2048];
  DIR *d;
  struct dirent *e;
  char *buf = NULL;
  if (!sh || !*sh) return NULL;
  snprintf(dir, sizeof dir, "%s/corpus/seeds", sh);
  if (!(d = opendir(dir))) return NULL;
  while ((e = readdir(d)) != NULL) {
    if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
      FILE *f;
      snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
      if ((f = fopen(path, "rb")) != NULL) {
        buf = malloc(1 << 20);
        if (buf) *len = fread(buf, 1, (1 << 20) - 1, f);
        fclose(f);
      }
      break;
    }
  }
  closedir(d);
  return buf;
}

typedef struct seed_case {
  const char *seed, *doc_date;
  const char *want[12]; /* "span => value" that must be among the results */
  const char *never[4]; /* spans that must not be found */
} seed_case;

static const seed_case seeds[] = {
  {"000", NULL,
   {"2013 => 2013", "Monday => -", "March 2 => -", "Feb. 7 => -", "Jan.6 => -",
    "February => -", "April => -", NULL},
   {"2270", NULL}},
  {"000", "2016-06-15",
   {"Monday => 2016-06-13", "March 2 => 2016-03-02", "Feb. 7 => 2016-02-07",
    "Jan.6 => 2016-01-06", "February => 2016-02", "April => 2016-04", NULL},
   {"2270", NULL}},
  {"001", "2016-06-12",
   {"June 12, 2016 => 2016-06-12", "Monday => 2016-06-13",
    "Sunday afternoon => 2016-06-12", "Jan. 6 => 2016-01-06",
    "Feb. 7 => 2016-02-07", "late last month => 2016-05", NULL},
   {NULL}},
  {"002", "2025-11-20",
   {"October 2024 => 2024-10", "September => 2025-09", NULL}, {NULL}},
  {"003", "2021-10-28",
   {"2021-10-28 => 2021-10-28", "Thursday => 2021-10-28", "March => 2022-03",
    "November 12 => 2021-11-12", "Four years ago => 2017",
    "Wednesday => 2021-10-27", "October => 2021-10",
    "March next year => 2022-03", NULL},
   {"24", NULL}},
  {"004", "2024-06-14",
   {"2024-06-14 => 2024-06-14", "June 12, 2024 => 2024-06-12",
    "next week => 2024-06", "Wednesday => 2024-06-12", "Thursday => 2024-06-13",
    "Monday => 2024-06-10", "September 1990 => 1990-09",
    "late February 2022 => 2022-02", "spring and summer of 2023 => 2023",
    "Last September => 2023-09", "2022 => 2022", NULL},
   {"24", "155", "51.9", NULL}},
};

static void test_seeds(void **state) {
  size_t i, checked = 0;
  (void)state;
  for (i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
    size_t len = 0, n, k, j;
    char *text = read_seed(seeds[i].seed, &len);
    static dyad_datex x[256];
    char item[256];
    if (!text) continue;
    checked++;
    n = dyad__find_dates(text, 0, len, seeds[i].doc_date, x, 256);
    assert_true(n <= 256);
    for (k = 0; seeds[i].want[k]; k++) {
      int found = 0;
      for (j = 0; j < n && !found; j++) {
        snprintf(item, sizeof item, "%.*s => %s", (int)(x[j].end - x[j].start),
                 text + x[j].start, x[j].value[0] ? x[j].value : "-");
        found = strcmp(item, seeds[i].want[k]) == 0;
      }
      if (!found) printf("# seed %s (%s): missing '%s'\n", seeds[i].seed,
                         seeds[i].doc_date ? seeds[i].doc_date : "no date",
                         seeds[i].want[k]);
      assert_true(found);
    }
    for (k = 0; seeds[i].never[k]; k++)
      for (j = 0; j < n; j++) {
        size_t l = strlen(seeds[i].never[k]);
        assert_false(x[j].end - x[j].start == l &&
                     memcmp(text + x[j].start, seeds[i].never[k], l) == 0);
      }
    free(text);
  }
  /* no $SHARED: cmocka prints a skip as "not ok", so just say so */
  if (!checked) printf("# seeds skipped: $SHARED/corpus/seeds absent\n");
}

/* Counts beyond cap, NULL and empty input, out[] untouched past cap. */
static void test_cap_and_empty(void **state) {
  const char *t = "on Monday, on Tuesday and on Wednesday";
  dyad_datex x[2];
  char out[11] = "x";
  (void)state;
  memset(x, 0x5a, sizeof x);
  assert_int_equal(dyad__find_dates(t, 0, strlen(t), "2016-06-12", x, 1), 3);
  assert_string_equal(x[0].value, "2016-06-06");
  assert_int_equal(((unsigned char *)&x[1])[0], 0x5a);
  assert_int_equal(dyad__find_dates(t, 0, strlen(t), NULL, NULL, 0), 3);
  assert_int_equal(dyad__find_dates(NULL, 0, 10, NULL, x, 2), 0);
  assert_int_equal(dyad__find_dates(t, 5, 5, NULL, x, 2), 0);
  assert_int_equal(dyad__find_dates(t, 9, 3, NULL, x, 2), 0);
  assert_int_equal(dyad__parse_date(NULL, 0, out), 0);
  assert_string_equal(out, "");
  assert_int_equal(dyad__parse_date("", 0, out), 0);
  /* a sub-range: only Tuesday, with offsets into the whole text */
  assert_int_equal(dyad__find_dates(t, 11, 24, "2016-06-12", x, 2), 1);
  assert_int_equal(x[0].start, 14);
  assert_int_equal(x[0].end, 21);
}

/* Both readings are always filled; precision matches the value. */
static void test_readings(void **state) {
  const char *t = "He met him on Monday and will see him in March.";
  dyad_datex x[4];
  (void)state;
  assert_int_equal(dyad__find_dates_ex(t, 0, strlen(t), "2016-06-12",
                                       DYAD_DATES_PAST, x, 4), 2);
  assert_string_equal(x[0].value_past, "2016-06-06");
  assert_string_equal(x[0].value_future, "2016-06-13");
  assert_int_equal(x[0].tense_dependent, 1);
  assert_int_equal(x[0].relative, 1);
  assert_int_equal(x[0].precision, 3);
  assert_int_equal(x[0].future, 0);
  assert_string_equal(x[1].value, "2016-03");
  assert_int_equal(x[1].precision, 2);
  assert_int_equal(dyad__find_dates_ex(t, 0, strlen(t), "2016-06-12",
                                       DYAD_DATES_FUTURE, x, 4), 2);
  assert_string_equal(x[0].value, "2016-06-13");
  assert_int_equal(x[0].future, 1);
  assert_string_equal(x[1].value, "2017-03");
  assert_int_equal(dyad__find_dates(t, 0, strlen(t), "2016-06-12", x, 4), 2);
  assert_string_equal(x[1].value, "2017-03"); /* "will see": future */
  assert_true(dyad__future_cue(t, 0, strlen(t)));
  assert_false(dyad__future_cue(t, 0, 20));
  t = "The talks ended on June 12, 2016.";
  assert_int_equal(dyad__find_dates(t, 0, strlen(t), NULL, x, 4), 1);
  assert_int_equal(x[0].relative, 0);
  assert_int_equal(x[0].tense_dependent, 0);
  assert_string_equal(x[0].value_past, x[0].value_future);
}

/* Huge, binary and invalid UTF-8 input: no crash, bounded reads (the
** buffers are not NUL-terminated; ASan checks the bounds). */
static void test_bad_input(void **state) {
  size_t big = 4u << 20, i, n;
  char *buf = malloc(big);
  static dyad_datex x[64];
  unsigned seed = 12345;
  (void)state;
  assert_non_null(buf);
  for (i = 0; i < big; i++) {
    seed = seed * 1103515245u + 12345u;
    buf[i] = (char)(seed >> 16);
  }
  n = dyad__find_dates(buf, 0, big, "2016-06-12", x, 64);
  (void)n;
  /* repeated expressions: the count goes on past cap */
  for (i = 0; i + 10 <= big; i += 10) memcpy(buf + i, "on Monday ", 10);
  n = dyad__find_dates(buf, 0, big - big % 10, "2016-06-12", x, 64);
  assert_int_equal(n, big / 10);
  assert_string_equal(x[63].value, "2016-06-06");
  /* no quadratic blow-up when every expression is resolved (cap large):
  ** four times the text must not take (much) more than four times as long */
  {
    static dyad_datex many[20000];
    double sec[2];
    size_t len[2] = {50000, 200000};
    int k;
    for (k = 0; k < 2; k++) {
      struct timespec a, b;
      clock_gettime(CLOCK_MONOTONIC, &a);
      n = dyad__find_dates(buf, 0, len[k], "2016-06-12", many, 20000);
      clock_gettime(CLOCK_MONOTONIC, &b);
      sec[k] = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
      assert_int_equal(n, len[k] / 10);
    }
    assert_string_equal(many[19999].value, "2016-06-06");
    printf("# one long clause: 5000 expressions %.3f s, 20000 %.3f s\n", sec[0],
           sec[1]);
    assert_true(sec[1] < 10 * sec[0] + 0.05); /* quadratic: ~16x */
  }
  /* invalid UTF-8 around a date */
  memcpy(buf, "\xff\xfe\xc3(June 12, 2016\xed\xa0\x80", 21);
  n = dyad__find_dates(buf, 0, 21, NULL, x, 64);
  assert_int_equal(n, 1);
  assert_string_equal(x[0].value, "2016-06-12");
  /* an expression cut by the end of the range */
  memcpy(buf, "on June 12, 20", 14);
  n = dyad__find_dates(buf, 0, 14, "2016-06-30", x, 64);
  assert_int_equal(n, 1);
  assert_string_equal(x[0].value, "2016-06-12");
  for (i = 1; i <= 14; i++) {
    char out[11];
    (void)dyad__parse_date(buf + 3, i > 11 ? 11 : i, out);
    (void)dyad__find_dates(buf, 0, i, "2016-06-30", x, 64);
  }
  /* all-digit and all-letter runs */
  memset(buf, '9', 100000);
  assert_int_equal(dyad__find_dates(buf, 0, 100000, "2016", x, 64), 0);
  memset(buf, 'M', 100000);
  assert_int_equal(dyad__find_dates(buf, 0, 100000, "2016", x, 64), 0);
  /* odd document dates */
  memcpy(buf, "yesterday", 9);
  assert_int_equal(dyad__find_dates(buf, 0, 9, "99999-01-01", x, 64), 1);
  assert_string_equal(x[0].value, "");
  assert_int_equal(dyad__find_dates(buf, 0, 9, "", x, 64), 1);
  assert_string_equal(x[0].value, "");
  assert_int_equal(dyad__find_dates(buf, 0, 9, "0001-01-01", x, 64), 1);
  assert_int_equal(dyad__find_dates(buf, 0, 9, "9999-12-31", x, 64), 1);
  free(buf);
}

/* Throughput on the seed texts (reported, not asserted beyond sanity). */
static void test_speed(void **state) {
  size_t len = 0, exprs = 0, bytes = 0;
  char *text = read_seed("004", &len);
  static dyad_datex x[256];
  struct timespec a, b;
  double s;
  int r;
  (void)state;
  if (!text) {
    printf("# speed skipped: $SHARED/corpus/seeds absent\n");
    return;
  }
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (r = 0; r < 200; r++) {
    exprs += dyad__find_dates(text, 0, len, "2024-06-14", x, 256);
    bytes += len;
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
  printf("# find_dates: %.1f MB/s, %.0f expressions/s (seed 004 x200)\n",
         (double)bytes / s / 1e6, (double)exprs / s);
  assert_true(exprs > 0);
  free(text);
}

/* dyad__date_anaphor: a reference date moved by the expression's count. */
static void test_anaphor(void **state) {
  static const struct { const char *text, *ref, *want; } k[] = {
    {"the previous day", "2016-03-01", "2016-02-29"},
    {"two days later", "2024-12-30", "2025-01-01"},
    {"a week earlier", "2024-06-03", "2024-05"},
    {"the following month", "2024-12-20", "2025-01"},
    {"a year earlier", "2024-06-14", "2023"},
    {"that day", "2021-10", "2021-10"},
    {"the previous day", "2021-10", "2021-10"},
    {"the next day", "2021", "2021"},
  };
  char out[11];
  (void)state;
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
    dyad_datex x[4];
    size_t n = dyad__find_dates(k[i].text, 0, strlen(k[i].text), "2020-01-01", x, 4);
    assert_int_equal(n, 1);
    assert_int_equal(x[0].anaphor, 1);
    assert_int_equal(dyad__date_anaphor(&x[0], k[i].ref, out), 1);
    if (strcmp(out, k[i].want))
      fail_msg("%s from %s: %s, want %s", k[i].text, k[i].ref, out, k[i].want);
  }
  {
    dyad_datex x[4];
    size_t n = dyad__find_dates("on Monday", 0, 9, "2020-01-01", x, 4);
    assert_int_equal(n, 1);
    assert_int_equal(x[0].anaphor, 0);
    assert_int_equal(dyad__date_anaphor(&x[0], "2020-01-01", out), 0);
    assert_string_equal(out, "");
    n = dyad__find_dates("the previous day", 0, 16, NULL, x, 4);
    assert_int_equal(n, 1);
    assert_int_equal(dyad__date_anaphor(&x[0], "bogus", out), 0);
    assert_int_equal(dyad__date_anaphor(&x[0], NULL, out), 0);
    assert_int_equal(dyad__date_anaphor(NULL, "2020-01-01", out), 0);
  }
}

/* tests/cases/dates/attach.txt: the date each event of a story takes. */
static void test_attach(void **state) {
  char path[1024], line[4096], date[32] = "", text[4096] = "", exp[16][4][64], where[64] = "";
  int nexp = 0, ln = 0, cases = 0, bad = 0;
  FILE *f;
  dyad_dict *d;
  dyad_coder *coder;
  (void)state;
  snprintf(path, sizeof path, "%s/tests/cases/dates/attach.txt", root());
  f = fopen(path, "r");
  assert_non_null(f);
  d = dyad_dict_new();
  assert_non_null(d);
  if (dyad_dict_load_default(d, DYAD_DATADIR) != 0) fail_msg("dictionaries: %s", dyad_dict_errmsg(d));
  coder = dyad_coder_new(d);
  assert_non_null(coder);
  while (fgets(line, sizeof line, f)) {
    ln++;
    chomp(line);
    if (!line[0] || line[0] == '#') continue;
    if (!strncmp(line, "date ", 5)) {
      snprintf(date, sizeof date, "%.31s", line + 5);
      snprintf(where, sizeof where, "attach.txt:%d", ln);
    } else if (!strncmp(line, "text ", 5)) {
      snprintf(text, sizeof text, "%.4000s", line + 5);
    } else if (!strncmp(line, "expect ", 7)) {
      if (nexp >= 16 || sscanf(line + 7, "%63s %63s %63s %63s", exp[nexp][0], exp[nexp][1],
                               exp[nexp][2], exp[nexp][3]) != 4)
        fail_msg("attach.txt:%d: bad expect line", ln);
      nexp++;
    } else if (!strcmp(line, "---")) {
      dyad_read_options opt = {0};
      dyad_doc *doc = NULL;
      dyad_event *ev = NULL;
      size_t n = 0;
      char *err = NULL, got[4096] = "";
      size_t o = 0;
      if (!text[0] || !nexp) fail_msg("%s: a case needs text and expect lines", where);
      opt.default_date = strcmp(date, "-") ? date : NULL;
      for (char *nl; (nl = strstr(text, "\\n")) != NULL;) { /* "\n": a line break */
        nl[0] = '\n';
        memmove(nl + 1, nl + 2, strlen(nl + 2) + 1);
      }
      assert_int_equal(dyad_doc_parse("case", text, strlen(text), DYAD_KIND_TEXT, &opt, &doc, &err), 0);
      assert_int_equal(dyad_code_doc(coder, doc, &ev, &n), 0);
      for (size_t i = 0; i < n && o + 64 < sizeof got; i++)
        o += (size_t)snprintf(got + o, sizeof got - o, "#     %s %s %s %s\n", ev[i].source_country,
                              ev[i].code, ev[i].target_country[0] ? ev[i].target_country : "-",
                              ev[i].date[0] ? ev[i].date : "-");
      for (int k = 0; k < nexp; k++) {
        int found = 0;
        for (size_t i = 0; i < n && !found; i++) {
          const char *tgt = ev[i].target_country[0] ? ev[i].target_country : "-";
          const char *dt = ev[i].date[0] ? ev[i].date : "-";
          int code_ok = strlen(exp[k][1]) == 2 ? !strcmp(ev[i].root, exp[k][1]) : !strcmp(ev[i].code, exp[k][1]);
          found = code_ok && !strcmp(ev[i].source_country, exp[k][0]) && !strcmp(tgt, exp[k][2]) &&
                  !strcmp(dt, exp[k][3]);
        }
        if (!found) {
          printf("# %s: %s\n#   missing %s %s %s %s; got:\n%s", where, text, exp[k][0], exp[k][1],
                 exp[k][2], exp[k][3], got[0] ? got : "#     (nothing)\n");
          bad++;
        }
      }
      cases++;
      free(ev);
      dyad_doc_free(doc);
      text[0] = 0;
      nexp = 0;
    } else {
      fail_msg("attach.txt:%d: unknown line '%s'", ln, line);
    }
  }
  fclose(f);
  dyad_coder_free(coder);
  dyad_dict_free(d);
  printf("# attach.txt: %d cases, %d wrong\n", cases, bad);
  assert_true(cases >= 15);
  assert_int_equal(bad, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_find_cases),
    cmocka_unit_test(test_parse_cases),
    cmocka_unit_test(test_seeds),
    cmocka_unit_test(test_cap_and_empty),
    cmocka_unit_test(test_readings),
    cmocka_unit_test(test_bad_input),
    cmocka_unit_test(test_speed),
    cmocka_unit_test(test_anaphor),
    cmocka_unit_test(test_attach),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
