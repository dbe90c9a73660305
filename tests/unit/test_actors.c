/*
** test_actors.c: actor mentions (actors.c) driven by the .tsv files of
** tests/cases/actors.
** A case is a line "sentence<TAB>date" (date "-" for none) followed by its
** expected mentions, each on a line starting with a tab:
**   <TAB>text => CODE KIND ROLE [country=XXX] [sector=XXX] [flags=a,b]
** CODE "-" is an empty code; "<TAB>(none)" expects no mention. The mentions
** must match exactly, in order; country/sector/flags are checked when given.
** Dictionaries: data/ (the shipped ones). One TAP line per case.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "dict.h"
#include "dict_int.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static dyad_dict *dict;

typedef struct tcase {
  char name[160];
  char *sentence;
  char date[16];
  char *expect; /* expected lines, '\n'-separated */
} tcase;

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

static void flag_names(unsigned f, char *buf, size_t cap) {
  static const struct {
    unsigned bit;
    const char *name;
  } fl[] = {{DYAD_MF_PLURAL, "plural"},         {DYAD_MF_POSSESSIVE, "poss"},
            {DYAD_MF_TWO, "two"},               {DYAD_MF_COUNTERPART, "counterpart"},
            {DYAD_MF_STATE, "state"},           {DYAD_MF_MODIFIER, "modifier"}};
  buf[0] = 0;
  for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++)
    if (f & fl[i].bit) {
      if (buf[0]) strncat(buf, ",", cap - strlen(buf) - 1);
      strncat(buf, fl[i].name, cap - strlen(buf) - 1);
    }
  if (!buf[0]) snprintf(buf, cap, "none");
}

/* Compares one expected line with a mention; returns 1 when they agree. */
static int agree(const char *exp, const char *sent, const dyad_mention *m,
                 char *got, size_t gotcap) {
  char flags[96], want[512], *opt;
  int ok;
  flag_names(m->flags, flags, sizeof flags);
  snprintf(got, gotcap, "%.*s => %s %s %s country=%s sector=%s flags=%s",
           (int)(m->end - m->start), sent + m->start, m->code[0] ? m->code : "-",
           kind_name(m->kind), role_name(m->role), m->country, m->sector, flags);
  snprintf(want, sizeof want, "%s", exp);
  /* the required part: up to the first " country=" / " sector=" / " flags=" */
  opt = strstr(want, " country=");
  if (!opt) opt = strstr(want, " sector=");
  if (!opt) opt = strstr(want, " flags=");
  {
    char base[512];
    size_t n = opt ? (size_t)(opt - want) : strlen(want);
    int blen = snprintf(base, sizeof base, "%.*s => %s %s %s", (int)(m->end - m->start),
                        sent + m->start, m->code[0] ? m->code : "-", kind_name(m->kind),
                        role_name(m->role));
    ok = blen >= 0 && (size_t)blen == n && !memcmp(base, want, n);
  }
  while (ok && opt && *opt) {
    char key[16], val[96];
    opt++;
    {
      const char *eq = strchr(opt, '='), *sp;
      size_t kl, vl;
      if (!eq) break;
      sp = strchr(eq, ' ');
      kl = (size_t)(eq - opt);
      vl = sp ? (size_t)(sp - eq - 1) : strlen(eq + 1);
      if (kl >= sizeof key || vl >= sizeof val) break;
      memcpy(key, opt, kl);
      key[kl] = 0;
      memcpy(val, eq + 1, vl);
      val[vl] = 0;
    }
    if (!strcmp(key, "country"))
      ok = !strcmp(val, m->country);
    else if (!strcmp(key, "sector"))
      ok = !strcmp(val, m->sector);
    else if (!strcmp(key, "flags"))
      ok = !strcmp(val, flags);
    opt = strchr(opt, ' ');
  }
  return ok;
}

static void run_case(void **state) {
  tcase *c = *state;
  if (!c->sentence) {
    print_message("# %s: no $SHARED/corpus/seeds here\n", c->name);
    skip();
  }
  dyad_token toks[512];
  dyad_mention ms[64];
  size_t nt, nm, i = 0, bad = 0;
  char got[600];
  char *exp = c->expect, *line;
  nt = dyad_tokenize(c->sentence, 0, strlen(c->sentence), toks, 512);
  assert_true(nt <= 512);
  nm = dyad__find_actors(dict, c->sentence, toks, nt, c->date[0] ? c->date : NULL,
                         ms, 64);
  assert_true(nm <= 64);
  for (line = exp; line && *line;) {
    char *nl = strchr(line, '\n');
    char one[512];
    size_t n = nl ? (size_t)(nl - line) : strlen(line);
    snprintf(one, sizeof one, "%.*s", (int)n, line);
    line = nl ? nl + 1 : NULL;
    if (!strcmp(one, "(none)")) continue;
    if (i >= nm) {
      print_message("# missing: %s\n", one);
      bad++;
      continue;
    }
    if (!agree(one, c->sentence, &ms[i], got, sizeof got)) {
      print_message("# want: %s\n#  got: %s\n", one, got);
      bad++;
    }
    i++;
  }
  for (; i < nm; i++) {
    agree("", c->sentence, &ms[i], got, sizeof got);
    print_message("# extra: %s\n", got);
    bad++;
  }
  if (bad) print_message("# sentence: %s\n", c->sentence);
  assert_int_equal(bad, 0);
}

/* Spans and order: mentions never overlap and come in text order. */
static void spans_ordered(void **state) {
  const char *s = "South Korean Foreign Minister Yun Byung-se met his Russian counterpart "
                  "Sergey Lavrov, Russian forces, the two ministers and NHK in Seoul.";
  dyad_token toks[128];
  dyad_mention ms[32];
  size_t nt = dyad_tokenize(s, 0, strlen(s), toks, 128), nm;
  (void)state;
  nm = dyad__find_actors(dict, s, toks, nt, "2016-06-13", ms, 32);
  assert_true(nm >= 6);
  for (size_t i = 0; i < nm; i++) {
    assert_true(ms[i].start < ms[i].end);
    assert_true(ms[i].tok_start < ms[i].tok_end);
    assert_true(ms[i].end <= strlen(s));
    if (i) assert_true(ms[i - 1].tok_end <= ms[i].tok_start);
  }
  /* cap smaller than the count: returns the count, writes only cap */
  {
    dyad_mention two[2];
    memset(two, 0, sizeof two);
    assert_int_equal(dyad__find_actors(dict, s, toks, nt, "2016-06-13", two, 2), nm);
    assert_memory_equal(&two[0], &ms[0], sizeof two[0]);
  }
  /* no tokens, NULL dictionary */
  assert_int_equal(dyad__find_actors(dict, s, toks, 0, NULL, ms, 32), 0);
  assert_int_equal(dyad__find_actors(NULL, s, toks, nt, NULL, ms, 32), 0);
}

/* A very long sentence is processed in chunks and loses nothing. */
static void long_sentence(void **state) {
  size_t reps = 400, len = 0, nt, nm;
  const char *unit = "Russia and China met, ";
  char *s = malloc(reps * strlen(unit) + 1);
  dyad_token *toks;
  dyad_mention *ms;
  (void)state;
  assert_non_null(s);
  for (size_t i = 0; i < reps; i++) {
    memcpy(s + len, unit, strlen(unit));
    len += strlen(unit);
  }
  s[len] = 0;
  toks = malloc(sizeof *toks * reps * 8);
  ms = malloc(sizeof *ms * reps * 3);
  assert_non_null(toks);
  assert_non_null(ms);
  nt = dyad_tokenize(s, 0, len, toks, reps * 8);
  nm = dyad__find_actors(dict, s, toks, nt, NULL, ms, reps * 3);
  assert_int_equal(nm, reps * 2);
  for (size_t i = 0; i < nm; i++)
    assert_string_equal(ms[i].code, i % 2 ? "CHN" : "RUS");
  free(s);
  free(toks);
  free(ms);
}

/* Pathological input: binary, invalid UTF-8, endless hyphen chains and
** possessives; mentions stay inside the text and in order. */
static void pathological(void **state) {
  static char buf[70000];
  dyad_token *toks = malloc(sizeof *toks * 70000);
  dyad_mention ms[64];
  unsigned seed = 12345;
  size_t n, nt, nm;
  (void)state;
  assert_non_null(toks);
  for (int round = 0; round < 6; round++) {
    switch (round) {
    case 0: /* random bytes */
      for (n = 0; n < 20000; n++) {
        seed = seed * 1103515245u + 12345u;
        buf[n] = (char)(seed >> 16);
        if (!buf[n]) buf[n] = ' ';
      }
      break;
    case 1: /* one word of 10,000 hyphenated pieces */
      for (n = 0; n < 20000; n += 2) {
        buf[n] = 'R';
        buf[n + 1] = '-';
      }
      break;
    case 2: /* possessives and apostrophes everywhere */
      for (n = 0; n + 10 < 30000; n += 10) memcpy(buf + n, "Yun's 's ’", 10);
      break;
    case 3: /* a phrase prefix repeated (the trie walk never completes) */
      for (n = 0; n + 24 < 30000; n += 24) memcpy(buf + n, "Democratic People of of ", 24);
      break;
    case 4: /* invalid UTF-8 inside capitalised words */
      for (n = 0; n + 8 < 30000; n += 8) memcpy(buf + n, "Ru\xC3\x28sia ", 8);
      break;
    default: /* many mentions, more than cap */
      for (n = 0; n + 8 < 30000; n += 8) memcpy(buf + n, "Russia, ", 8);
    }
    buf[n] = 0;
    nt = dyad_tokenize(buf, 0, n, toks, 70000);
    assert_true(nt <= 70000);
    nm = dyad__find_actors(dict, buf, toks, nt, "2016-06-13", ms, 64);
    for (size_t i = 0; i < nm && i < 64; i++) {
      assert_true(ms[i].start < ms[i].end);
      assert_true(ms[i].end <= n);
      assert_true(ms[i].tok_end <= nt);
      if (i) assert_true(ms[i - 1].tok_end <= ms[i].tok_start);
    }
    if (round == 5) assert_int_equal(nm, nt / 2);
  }
  free(toks);
}

/* People by date: office_holder, person_code, person_name. */
static void people_by_date(void **state) {
  char code[32];
  int role = -1;
  int32_t lav, yun;
  (void)state;
  lav = dyad__office_holder(dict, "RUS", DYAD_ROLE_FM, "2016-06-13");
  assert_true(lav >= 0);
  assert_string_equal(dyad__person_name(dict, lav), "Sergey Lavrov");
  yun = dyad__office_holder(dict, "KOR", DYAD_ROLE_FM, "2016-06");
  assert_true(yun >= 0);
  assert_true(strstr(dyad__person_name(dict, yun), "Yun Byung") != NULL);
  assert_int_equal(dyad__person_code(dict, yun, "2016-06-13", code, &role), 1);
  assert_string_equal(code, "KORGOV");
  assert_int_equal(role, DYAD_ROLE_FM);
  assert_int_equal(dyad__person_code(dict, yun, "2001-01-01", code, &role), 0);
  assert_int_equal(dyad__person_code(dict, yun, NULL, code, &role), 1);
  assert_int_equal(dyad__office_holder(dict, "KOR", DYAD_ROLE_FM, "1850-01-01"), -1);
  assert_int_equal(dyad__office_holder(dict, "XXX", DYAD_ROLE_FM, NULL), -1);
  assert_int_equal(dyad__person_code(dict, -1, NULL, code, &role), 0);
  assert_string_equal(dyad__person_name(dict, 1 << 30), "");
}

/* dyad__office_holder against a plain scan of every term, for each term's
** country and role on its first day, in its first year and undated (the
** scan it replaced: tests the key filter's sixteen-at-a-time steps and the
** terms after the last full step alike). */
static void office_holder_scan(void **state) {
  size_t tried = 0;
  (void)state;
  assert_true(dict->nterm > 32);
  for (size_t k = 0; k < dict->nterm; k++) {
    const dyad__term *tk = &dict->terms[k];
    char dates[3][16];
    snprintf(dates[0], sizeof dates[0], "%04d-%02d-%02d", (int)(tk->from / 10000), (int)(tk->from / 100 % 100),
             (int)(tk->from % 100));
    snprintf(dates[1], sizeof dates[1], "%04d", (int)(tk->from / 10000));
    dates[2][0] = 0;
    if (tk->from < 10000101) continue; /* (an open start: no date to ask for) */
    for (int q = 0; q < 3; q++) {
      int32_t lo = 0, hi = 99999999;
      int has = q < 2 && dyad__date_range(dates[q], strlen(dates[q]), &lo, &hi);
      const dyad__term *best = NULL;
      for (size_t i = 0; i < dict->nterm; i++) {
        const dyad__term *t = &dict->terms[i];
        if (t->role != tk->role || strcmp(t->country, tk->country)) continue;
        if (has ? !(t->from <= hi && t->to >= lo) : t->to != 99999999) continue;
        if (!best || t->from > best->from) best = t;
      }
      assert_int_equal(dyad__office_holder(dict, tk->country, tk->role, q < 2 ? dates[q] : NULL),
                       best ? (int32_t)best->person : -1);
      tried++;
    }
  }
  assert_true(tried > 32);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  if (buf) buf[n] = 0;
  fclose(f);
  return buf;
}

/* Line N of the seed report whose file name starts with PREFIX ("000:1"),
** read from $SHARED/corpus/seeds; NULL when absent. */
static char *seed_line(const char *ref) {
  const char *shared = getenv("SHARED");
  char dir[4096], path[4400], prefix[16];
  long want;
  DIR *dp;
  struct dirent *e;
  char *found = NULL;
  if (!shared || sscanf(ref, "%15[^:]:%ld", prefix, &want) != 2) return NULL;
  snprintf(dir, sizeof dir, "%s/corpus/seeds", shared);
  if (!(dp = opendir(dir))) return NULL;
  while ((e = readdir(dp)) && !found) {
    char *buf, *p;
    long n = 1;
    if (strncmp(e->d_name, prefix, strlen(prefix)) || e->d_name[strlen(prefix)] != '_') continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (!(buf = slurp(path))) continue;
    for (p = buf; *p && n < want; p++)
      if (*p == '\n') n++;
    if (n == want) {
      char *nl = strchr(p, '\n');
      if (nl) *nl = 0;
      found = strdup(p);
    }
    free(buf);
  }
  closedir(dp);
  return found;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
  const char *root = getenv("ROOT");
  char dir[4096], path[4200], datadir[4096];
  struct CMUnitTest *tests = NULL;
  size_t ntests = 0, cap = 0, nfiles = 0;
  char *files[256];
  DIR *dp;
  struct dirent *e;
  int rc;
  if (!root) root = ".";
  snprintf(datadir, sizeof datadir, "%s/data", root);
  snprintf(dir, sizeof dir, "%s/tests/cases/actors", root);
  dict = dyad_dict_new();
  if (!dict || dyad_dict_load_default(dict, datadir)) {
    /* the gazetteer or verbs may not be ready; the tables must be */
    if (!dict || dyad__dict_count(dict, 0) == 0) {
      fprintf(stderr, "cannot load %s: %s\n", datadir, dict ? dyad_dict_errmsg(dict) : "");
      return 1;
    }
  }
  dp = opendir(dir);
  if (!dp) {
    fprintf(stderr, "cannot open %s\n", dir);
    return 1;
  }
  while ((e = readdir(dp)) && nfiles < 256) {
    size_t n = strlen(e->d_name);
    if (n > 4 && (!strcmp(e->d_name + n - 4, ".tsv") || !strcmp(e->d_name + n - 4, ".ref"))) files[nfiles++] = strdup(e->d_name);
  }
  closedir(dp);
  qsort(files, nfiles, sizeof files[0], cmp_str);
  for (size_t fi = 0; fi < nfiles; fi++) {
    char *buf, *p;
    size_t lineno = 0;
    tcase *cur = NULL;
    snprintf(path, sizeof path, "%s/%s", dir, files[fi]);
    buf = slurp(path);
    if (!buf) continue;
    for (p = buf; *p;) {
      char *nl = strchr(p, '\n'), *line = p;
      if (nl) *nl = 0;
      p = nl ? nl + 1 : p + strlen(p);
      lineno++;
      if (line[0] == '#' || line[0] == 0) {
        if (line[0] == 0) cur = NULL;
        continue;
      }
      if (line[0] == '\t') {
        size_t old, add;
        if (!cur) continue;
        old = cur->expect ? strlen(cur->expect) : 0;
        add = strlen(line + 1);
        cur->expect = realloc(cur->expect, old + add + 2);
        if (old) cur->expect[old++] = '\n';
        memcpy(cur->expect + old, line + 1, add + 1);
        continue;
      }
      {
        char *tab = strrchr(line, '\t');
        cur = calloc(1, sizeof *cur);
        if (!cur) return 1;
        if (tab) {
          *tab = 0;
          if (strcmp(tab + 1, "-")) snprintf(cur->date, sizeof cur->date, "%s", tab + 1);
        }
        cur->sentence = strncmp(line, "seed:", 5) ? strdup(line) : seed_line(line + 5);
        snprintf(cur->name, sizeof cur->name, "%s:%zu: %.100s", files[fi], lineno, line);
        if (ntests == cap) {
          cap = cap ? cap * 2 : 64;
          tests = realloc(tests, cap * sizeof *tests);
          if (!tests) return 1;
        }
        memset(&tests[ntests], 0, sizeof tests[ntests]);
        tests[ntests].name = cur->name;
        tests[ntests].test_func = run_case;
        tests[ntests].initial_state = cur;
        ntests++;
      }
    }
    free(buf);
    free(files[fi]);
  }
  tests = realloc(tests, (ntests + 5) * sizeof *tests);
  if (!tests) return 1;
  memset(&tests[ntests], 0, 5 * sizeof *tests);
  tests[ntests].name = "pathological input";
  tests[ntests++].test_func = pathological;
  tests[ntests].name = "spans are ordered and within the text";
  tests[ntests++].test_func = spans_ordered;
  tests[ntests].name = "a long sentence is chunked without loss";
  tests[ntests++].test_func = long_sentence;
  tests[ntests].name = "people by date";
  tests[ntests++].test_func = people_by_date;
  tests[ntests].name = "office holders: the key filter finds what a plain scan finds";
  tests[ntests++].test_func = office_holder_scan;
  rc = _cmocka_run_group_tests("actors", tests, ntests, NULL, NULL);
  for (size_t i = 0; i < ntests; i++) {
    tcase *c = tests[i].initial_state;
    if (!c) continue;
    free(c->sentence);
    free(c->expect);
    free(c);
  }
  free(tests);
  dyad_dict_free(dict);
  return rc;
}
