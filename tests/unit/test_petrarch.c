/*
** test_petrarch.c: the TABARI / PETRARCH readers (dict_petrarch.c) on the
** fixtures of tests/cases/petrarch: TABARI dates, ordered dated codes turned
** into terms (first match wins, the bare code is the default), agents with
** plurals, macros and prefixed codes, verbs of both syntaxes translated into
** the matcher, discards, issues, malformed lines named by file:line,
** format detection, the saved form of the readers' state (save/restore on
** good and garbled blobs), and PETRARCH semantics in the coder's literal
** mode on the fixtures of tests/cases/petrarch/literal.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "dict.h"
#include "dict_petrarch.h"
#include "verbs.h"

static char good[4096], bad[4096];

static void path_of(char *out, size_t cap, const char *dir, const char *file) {
  snprintf(out, cap, "%s/%s", dir, file);
}

static int setup(void **state) {
  const char *root = getenv("ROOT");
  (void)state;
  if (!root || !*root) root = ".";
  snprintf(good, sizeof good, "%s/tests/cases/petrarch/good", root);
  snprintf(bad, sizeof bad, "%s/tests/cases/petrarch/bad", root);
  return 0;
}

static void test_dates(void **state) {
  int32_t v;
  (void)state;
  assert_true(dyad__petrarch_date("950601", 6, &v));
  assert_int_equal(v, 19950601);
  assert_true(dyad__petrarch_date("300101", 6, &v));
  assert_int_equal(v, 20300101);
  assert_true(dyad__petrarch_date("310101", 6, &v));
  assert_int_equal(v, 19310101);
  assert_true(dyad__petrarch_date("000229", 6, &v)); /* 2000 is a leap year */
  assert_int_equal(v, 20000229);
  assert_true(dyad__petrarch_date("20121109", 8, &v));
  assert_int_equal(v, 20121109);
  assert_false(dyad__petrarch_date("010229", 6, &v));
  assert_false(dyad__petrarch_date("951301", 6, &v));
  assert_false(dyad__petrarch_date("95060", 5, &v));
  assert_false(dyad__petrarch_date("2012110x", 8, &v));
  assert_false(dyad__petrarch_date("1920030320", 10, &v));
}

/* The code of the first mention of text on date ("" when none). */
static void code_of(const dyad_dict *d, const char *text, const char *date, char out[32]) {
  dyad_token toks[64];
  dyad_mention ms[16];
  size_t nt = dyad_tokenize(text, 0, strlen(text), toks, 64);
  size_t nm = dyad__find_actors(d, text, toks, nt, date, ms, 16);
  out[0] = 0;
  if (nm) memcpy(out, ms[0].code, 32);
}

static void test_actor_dates(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200], code[32];
  (void)state;
  path_of(path, sizeof path, good, "Test.actors.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_TABARI), 0);
  assert_int_equal(dyad__dict_nerrors(d), 0);
  code_of(d, "Valoria", "2016-01-01", code);
  assert_string_equal(code, "VLR");
  code_of(d, "the Republic of Valoria", "2016-01-01", code);
  assert_string_equal(code, "VLR");
  code_of(d, "The High Council", "2016-01-01", code);
  assert_string_equal(code, "IGOVLRNMR");
  /* ordered restrictions: the first that holds wins */
  code_of(d, "Jonas Weber", "2007-05-01", code);
  assert_string_equal(code, "VLRCVL");
  code_of(d, "Jonas Weber", "2010-01-10", code); /* REB listed before MIL */
  assert_string_equal(code, "VLRREB");
  code_of(d, "Jonas Weber", "2011-06-01", code);
  assert_string_equal(code, "VLRMIL");
  code_of(d, "Jonas Weber", "2012-11-09", code); /* in MIL and GOV: MIL first */
  assert_string_equal(code, "VLRMIL");
  code_of(d, "President Weber", "2013-01-19", code); /* GOV before ELI */
  assert_string_equal(code, "VLRGOV");
  code_of(d, "Jonas Weber", "2013-01-20", code);
  assert_string_equal(code, "VLRELI");
  /* six-digit dates, '>' with a space */
  code_of(d, "Marta Kovac", "1995-06-01", code);
  assert_string_equal(code, "NMRGOV");
  code_of(d, "Marta Kovac", "2005-12-31", code);
  assert_string_equal(code, "NMRGOV");
  code_of(d, "Marta Kovac", "2006-01-01", code);
  assert_string_equal(code, "NMRELI");
  code_of(d, "Old King", "1995-01-01", code);
  assert_string_equal(code, "NMRGOV");
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_ACTORS), 7);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_NAMES), 12);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_DATED), 8);
  dyad_dict_free(d);
}

static void test_agents(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200];
  dyad_token toks[64];
  dyad_mention ms[16];
  const char *texts[] = {"the foreign minister", "the attorneys general", "congressmen",
                         "the ministry of trade", "the army", "armies"};
  const char *sectors[] = {"GOV", "JUD", "LEG", "GOV", "MIL", "MIL"};
  (void)state;
  path_of(path, sizeof path, good, "Test.agents.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    size_t nt = dyad_tokenize(texts[i], 0, strlen(texts[i]), toks, 64);
    size_t nm = dyad__find_actors(d, texts[i], toks, nt, NULL, ms, 16);
    assert_int_equal(nm, 1);
    assert_string_equal(ms[0].sector, sectors[i]);
  }
  /* POLICE {} has no plural; SPOKESMAN has no code (ignored, as PETRARCH) */
  {
    const char *t = "polices";
    size_t nt = dyad_tokenize(t, 0, strlen(t), toks, 64);
    assert_int_equal(dyad__find_actors(d, t, toks, nt, NULL, ms, 16), 0);
  }
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_AGENTS), 7);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_MACROS), 2);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_PREFIX), 1);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_IGNORED), 1);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_AGENT_FORMS), 16);
  dyad_dict_free(d);
}


static void test_compose(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200], code[32];
  (void)state;
  path_of(path, sizeof path, good, "Test.actors.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  path_of(path, sizeof path, good, "Test.agents.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  /* one undated three-letter code: a country, so agents compose with it */
  code_of(d, "the Valoria army", "2016-01-01", code);
  assert_string_equal(code, "VLRMIL");
  code_of(d, "Northmarch police", "2016-01-01", code);
  assert_string_equal(code, "NMRCOP");
  /* an agent right before a TABARI country name composes with it */
  code_of(d, "Foreign Minister Elena Marsh", "2016-01-01", code);
  assert_string_equal(code, "NMRGOV");
  code_of(d, "Northmarch Foreign Minister Elena Marsh", "2016-01-01", code);
  assert_string_equal(code, "NMRGOV");
  code_of(d, "aid agency Northmarch", "2016-01-01", code);
  assert_string_equal(code, "NGONMR");
  /* [NGO~]: the agent's code goes first */
  code_of(d, "the Valoria aid agency", "2016-01-01", code);
  assert_string_equal(code, "NGOVLR");
  /* an IGO code stays whole */
  code_of(d, "The High Council", "2016-01-01", code);
  assert_string_equal(code, "IGOVLRNMR");
  dyad_dict_free(d);
}
/* 1 when the matcher holds a pattern with this text and code. */
/* Every truncation of a saved blob is refused; every garbled byte is read
** or refused, never a crash (restore copies the strings, restore_lent
** reads them where they lie: both take the same checks). */
static void restore_refuses_damage(int (*restore)(dyad__petrarch **, const void *, size_t),
                                   void *blob, size_t n) {
  unsigned char *b = blob;
  for (size_t k = 0; k < n; k++) {
    dyad__petrarch *r = (dyad__petrarch *)1;
    assert_int_equal(restore(&r, blob, k), DYAD_EFORMAT);
    assert_null(r);
  }
  for (size_t k = 0; k < n; k++) {
    dyad__petrarch *r = NULL;
    unsigned char save = b[k];
    int rc;
    b[k] ^= (unsigned char)(0x5a + k);
    rc = restore(&r, blob, n);
    assert_true(rc == 0 || rc == DYAD_EFORMAT);
    if (rc == 0) assert_non_null(r);
    dyad__petrarch_free(r);
    b[k] = save;
  }
}

static int has_pattern(const dyad_dict *d, const char *text, const char *code,
                       const char *inverse) {
  const struct dyad_verbs *v = dyad__dict_verbs(d);
  for (uint32_t i = 0; i < dyad__verbs_count(v); i++) {
    const dyad_vpattern *p = dyad__verbs_pattern(v, i);
    if (!strcmp(p->text, text) && !strcmp(p->code, code) && !strcmp(p->inverse, inverse))
      return 1;
  }
  return 0;
}

static void test_verbs(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200];
  size_t n;
  const dyad__ppattern *pp;
  (void)state;
  path_of(path, sizeof path, good, "Test.verbs.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_TABARI), 0);
  path_of(path, sizeof path, good, "CAMEO.test.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_PETRARCH2), 0);
  assert_int_equal(dyad__dict_nerrors(d), 0);
  /* TABARI: verb alone with the block code, '_' adjacency, space = gap */
  assert_true(has_pattern(d, "praise+", "051", ""));
  assert_true(has_pattern(d, "praise+|hail|hails|hailed|hailing * courage", "051", ""));
  assert_true(has_pattern(d, "warmly praise+|hail|hails|hailed|hailing", "051", ""));
  /* synsets become alternatives (with plurals unless written with '_') */
  assert_true(has_pattern(d, "send|sends|sent|sending * tanks|rifles|missiles", "072", ""));
  /* a multi-word synset member is a pattern of its own; TreeBank's N'T joins */
  assert_true(has_pattern(d, "didn't * praise+|hail|hails|hailed|hailing * courage", "110", ""));
  assert_true(has_pattern(d, "will not * praise+|hail|hails|hailed|hailing * courage", "110", ""));
  assert_true(has_pattern(d, "send|sends|sent|sending * envoy * to", "043", "042"));
  assert_true(has_pattern(d, "send|sends|sent|sending * condolences", "", ""));
  /* PETRARCH2: (PP) and {NP} groups, $ and + slots dropped, multi-word verbs */
  assert_true(has_pattern(d, "deploy+|station+ * soldiers|troops * to * border", "154", ""));
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_XLATED), 15);
  assert_true(has_pattern(d, "deploy+|station+ * war * ships", "154", ""));
  assert_true(has_pattern(d, "deploy+|station+ * in", "154", "154"));
  assert_true(has_pattern(d, "shut|shuts|shutting down * embassy", "1622", ""));
  assert_true(has_pattern(d, "ask+", "020", ""));
  /* "[:173]" (reverse only) is parsed but not expressible */
  pp = dyad__petrarch_patterns(dyad__petrarch_of(d), &n);
  assert_int_equal(n, 11);
  {
    int seen = 0;
    for (size_t i = 0; i < n; i++)
      if (!strcmp(pp[i].text, "* (BEFORE COURT)")) {
        assert_string_equal(pp[i].code, "");
        assert_string_equal(pp[i].inverse, "173");
        seen = 1;
      }
    assert_true(seen);
  }
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_TRANSFORMS), 2);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_SYNSETS), 3);
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_VBLOCKS), 6);
  dyad_dict_free(d);
}

static void test_discards_issues(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200];
  size_t n;
  const dyad__pdiscard *dd;
  const char *s1 = "Tonight's crossword puzzle was hard.";
  const char *s2 = "The crosswordpuzzle league met.";
  (void)state;
  path_of(path, sizeof path, good, "Test.discards.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  path_of(path, sizeof path, good, "Test.IssueCoding.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  dd = dyad__petrarch_discards(dyad__petrarch_of(d), &n);
  assert_int_equal(n, 4);
  assert_string_equal(dd[0].phrase, "GOLF TOURNAMENT");
  assert_int_equal(dd[0].story, 0);
  assert_string_equal(dd[3].phrase, "TALENT SHOW");
  assert_int_equal(dd[3].story, 1);
  assert_true(dyad__petrarch_story_discard(dyad__petrarch_of(d), s1, strlen(s1)));
  assert_false(dyad__petrarch_story_discard(dyad__petrarch_of(d), s2, strlen(s2)));
  /* whole words, any case, anywhere (the filter probes word starts only) */
  assert_true(dyad__petrarch_story_discard(dyad__petrarch_of(d), "a TALENT show", 13));
  assert_true(dyad__petrarch_story_discard(dyad__petrarch_of(d), "talent show", 11));
  assert_false(dyad__petrarch_story_discard(dyad__petrarch_of(d), "talent shows", 12));
  assert_false(dyad__petrarch_story_discard(dyad__petrarch_of(d), "a talent sho", 12));
  assert_false(dyad__petrarch_story_discard(dyad__petrarch_of(d), "xtalent show", 12));
  assert_false(dyad__petrarch_story_discard(dyad__petrarch_of(d), "", 0));
  /* sentence discards reach the matcher as discard patterns */
  assert_true(has_pattern(d, "golf tournament", "", ""));
  assert_int_equal(dyad__petrarch_nissues(dyad__petrarch_of(d)), 2);
  assert_string_equal(dyad__petrarch_issue(dyad__petrarch_of(d), 0), "WATER");
  assert_string_equal(dyad__petrarch_issue(dyad__petrarch_of(d), 1), "SPACE");
  assert_null(dyad__petrarch_issue(dyad__petrarch_of(d), 2));
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_ISSUE_PHRASES), 5);
  dyad_dict_free(d);
}

/* The story scan against a plain one: a phrase starts after a non-letter
** and ends before one, ASCII case ignored. */
static int naive_story(const char *const *ph, size_t nph, const char *t, size_t n) {
  for (size_t j = 0; j < n; j++) {
    if (j > 0 && ((t[j - 1] | 32) >= 'a' && (t[j - 1] | 32) <= 'z')) continue;
    for (size_t k = 0; k < nph; k++) {
      size_t m = strlen(ph[k]), q = 0;
      if (j + m > n) continue;
      while (q < m && ((t[j + q] >= 'a' && t[j + q] <= 'z') ? t[j + q] - 32 : t[j + q]) == ph[k][q]) q++;
      if (q == m && (j + m == n || !((t[j + m] | 32) >= 'a' && (t[j + m] | 32) <= 'z'))) return 1;
    }
  }
  return 0;
}

/* Random texts of words around the phrases, every length to 150 bytes,
** scanned by dyad__petrarch_story_discard and by naive_story: the filters
** (word starts, short words, 16-byte blocks, the last bytes) never lose a
** phrase nor find one that is not there. Two sets: phrases that start with
** three letters (short words are no start), and phrases starting with a
** two-letter word, a digit and a quote, and three that share their first
** two letters (two of them their first seven). */
static void test_story_scan(void **state) {
  static const char *const words[] = {"talent", "show", "shows", "TALENT", "Show", "crossword", "puzzle",
                                      "puzzles", "a", "to", "of", "un", "UN", "peace", "16", "km", "run",
                                      "'s", "game", "x", "1", "-", ".", ",", "\n", "'",
                                      "contest", "talks", "Talent"};
  static const char *const ph1[] = {"CROSSWORD PUZZLE", "TALENT SHOW"};
  static const char *const ph2[] = {"UN PEACE", "16 KM RUN", "'S GAME", "TALENT SHOW", "TALENT CONTEST", "TALKS"};
  char dir[] = "/tmp/dyad-story-XXXXXX", path[4200];
  unsigned seed = 12345;
  (void)state;
  assert_non_null(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/Story.discards.txt", dir);
  {
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("+UN_PEACE\n+16 KM RUN\n+'S GAME\n+TALENT SHOW\n+TALENT CONTEST\n+TALKS\n", f);
    fclose(f);
  }
  for (int set = 0; set < 2; set++) {
    dyad_dict *d = dyad_dict_new();
    const char *const *ph = set ? ph2 : ph1;
    size_t nph = set ? 6 : 2;
    char p1[4200];
    if (set) {
      assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
    } else {
      path_of(p1, sizeof p1, good, "Test.discards.txt");
      assert_int_equal(dyad__petrarch_load(d, p1, DYAD_DICT_AUTO), 0);
    }
    for (int it = 0; it < 20000; it++) {
      char t[200];
      size_t n = 0, lim = (size_t)(it % 151);
      while (n < lim) {
        const char *w;
        size_t m;
        seed = seed * 1103515245u + 12345u;
        w = words[(seed >> 16) % (sizeof words / sizeof words[0])];
        m = strlen(w);
        if (n + m + 1 > lim) break;
        memcpy(t + n, w, m);
        n += m;
        seed = seed * 1103515245u + 12345u;
        if ((seed >> 16) % 4) t[n++] = ' ';
      }
      assert_int_equal(dyad__petrarch_story_discard(dyad__petrarch_of(d), t, n), naive_story(ph, nph, t, n));
    }
    dyad_dict_free(d);
  }
  remove(path);
  rmdir(dir);
}

static void test_malformed(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200], want[4300];
  (void)state;
  path_of(path, sizeof path, bad, "Bad.actors.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), DYAD_EDICT);
  assert_int_equal(dyad__dict_nerrors(d), 9);
  snprintf(want, sizeof want, "%s:5: bad actor code", path);
  assert_non_null(strstr(dyad_dict_errmsg(d), want));
  snprintf(want, sizeof want, "%s:15: invalid UTF-8", path);
  assert_non_null(strstr(dyad_dict_errmsg(d), want));
  /* month 13: a warning, not an error; the actor still loads */
  snprintf(want, sizeof want, "%s:13: warning: bad date '951301'", path);
  assert_non_null(strstr(dyad__petrarch_warnings(d), want));
  assert_int_equal(dyad__petrarch_count(dyad__petrarch_of(d), DYAD__P_ACTORS), 9);
  path_of(path, sizeof path, bad, "Bad.verbs.txt");
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), DYAD_EDICT);
  snprintf(want, sizeof want, "%s:6: pattern without a [code]", path);
  assert_non_null(strstr(dyad_dict_errmsg(d), want));
  dyad_dict_free(d);
  d = dyad_dict_new();
  assert_int_equal(dyad__petrarch_load(d, "/nonexistent/x.actors.txt", DYAD_DICT_AUTO), DYAD_EIO);
  assert_non_null(strstr(dyad_dict_errmsg(d), "/nonexistent/x.actors.txt: cannot read"));
  assert_int_equal(dyad__petrarch_load(NULL, "x", DYAD_DICT_AUTO), DYAD_EINVAL);
  assert_int_equal(dyad__petrarch_load(d, NULL, DYAD_DICT_AUTO), DYAD_EINVAL);
  dyad_dict_free(d);
}

static void test_detect(void **state) {
  char path[4200];
  const char *root = getenv("ROOT");
  (void)state;
  path_of(path, sizeof path, good, "Test.actors.txt");
  assert_int_equal(dyad__petrarch_kind(path), DYAD__PF_ACTORS);
  path_of(path, sizeof path, good, "CAMEO.test.txt");
  assert_int_equal(dyad__petrarch_kind(path), DYAD__PF_VERBS);
  path_of(path, sizeof path, good, "Test.IssueCoding.txt");
  assert_int_equal(dyad__petrarch_kind(path), DYAD__PF_ISSUES);
  assert_int_equal(dyad__petrarch_detect(good), 2);
  if (!root || !*root) root = ".";
  /* dyad's own files are not PETRARCH ones */
  snprintf(path, sizeof path, "%s/data/verbs.txt", root);
  assert_int_equal(dyad__petrarch_detect(path), 0);
  snprintf(path, sizeof path, "%s/data/discards.txt", root);
  assert_int_equal(dyad__petrarch_detect(path), 0);
  snprintf(path, sizeof path, "%s/data/agents.tsv", root);
  assert_int_equal(dyad__petrarch_detect(path), 0);
  snprintf(path, sizeof path, "%s/data", root);
  assert_int_equal(dyad__petrarch_detect(path), 0);
  assert_int_equal(dyad__petrarch_detect(NULL), 0);
}

/* restore(save(p)) reads as p did; every truncation and garbling of the
** blob is refused (or read) without a crash. */
static void test_save_restore(void **state) {
  dyad_dict *d = dyad_dict_new();
  dyad__petrarch *q = NULL;
  const dyad__petrarch *p;
  void *blob = NULL, *blob2 = NULL;
  size_t n = 0, n2 = 0, np, nq;
  char s1[512], s2[512];
  const dyad__ppattern *pa, *qa;
  (void)state;
  assert_int_equal(dyad_dict_load(d, good, DYAD_DICT_AUTO) == DYAD_ENOMEM, 0);
  p = dyad__petrarch_of(d);
  assert_non_null(p);
  assert_int_equal(dyad__petrarch_save(p, &blob, &n), 0);
  assert_int_equal(dyad__petrarch_restore(&q, blob, n), 0);
  assert_non_null(q);
  assert_int_equal(dyad__petrarch_summary_of(p, s1, sizeof s1), 1);
  assert_int_equal(dyad__petrarch_summary_of(q, s2, sizeof s2), 1);
  assert_string_equal(s1, s2);
  for (int k = 0; k < DYAD__P_N; k++) assert_int_equal(dyad__petrarch_count(p, k), dyad__petrarch_count(q, k));
  pa = dyad__petrarch_patterns(p, &np);
  qa = dyad__petrarch_patterns(q, &nq);
  assert_int_equal(np, nq);
  for (size_t i = 0; i < np; i++) {
    assert_string_equal(pa[i].text, qa[i].text);
    assert_string_equal(pa[i].code, qa[i].code);
    assert_string_equal(pa[i].file, qa[i].file);
    assert_int_equal(pa[i].line, qa[i].line);
    assert_int_equal(pa[i].size, qa[i].size);
  }
  assert_true(dyad__petrarch_story_discard(q, "Tonight's crossword puzzle", 26));
  assert_false(dyad__petrarch_story_discard(q, "crosswords puzzle", 17));
  assert_int_equal(dyad__petrarch_nissues(q), dyad__petrarch_nissues(p));
  /* saved again: the same bytes */
  assert_int_equal(dyad__petrarch_save(q, &blob2, &n2), 0);
  assert_int_equal(n, n2);
  assert_memory_equal(blob, blob2, n);
  dyad__petrarch_free(q);
  restore_refuses_damage(dyad__petrarch_restore, blob, n);
  assert_int_equal(dyad__petrarch_restore(&q, "DPS2", 4), DYAD_EFORMAT);
  assert_int_equal(dyad__petrarch_restore(&q, NULL, 0), DYAD_EFORMAT);
  /* a lent blob (a mapped compiled set's): the same state, its strings
     where they lie in the blob (speed23); truncated or garbled, refused or
     read without a crash (restore_refuses_damage) */
  assert_int_equal(dyad__petrarch_restore_lent(&q, blob, n), 0);
  qa = dyad__petrarch_patterns(q, &nq);
  assert_int_equal(np, nq);
  for (size_t i = 0; i < np; i++) {
    assert_string_equal(pa[i].text, qa[i].text);
    assert_string_equal(pa[i].file, qa[i].file);
    assert_true(qa[i].text > (const char *)blob && qa[i].text < (const char *)blob + n);
  }
  assert_true(dyad__petrarch_story_discard(q, "Tonight's crossword puzzle", 26));
  {
    void *blob3 = NULL;
    size_t n3 = 0;
    assert_int_equal(dyad__petrarch_save(q, &blob3, &n3), 0);
    assert_int_equal(n3, n);
    assert_memory_equal(blob, blob3, n);
    free(blob3);
  }
  dyad__petrarch_free(q);
  restore_refuses_damage(dyad__petrarch_restore_lent, blob, n);
  free(blob);
  free(blob2);
  dyad_dict_free(d);
}

/* Codes text in literal mode with the fixture set of
** tests/cases/petrarch/literal; writes "SRC>TGT:CODE" for each event,
** space-separated, in order ("-" for a missing actor). */
static void literal_code_n(const char *text, int newlen, char *out, size_t cap) {
  char dir[4200];
  const char *root = getenv("ROOT");
  dyad_dict *d = dyad_dict_new();
  dyad_coder *c;
  dyad_doc *doc = NULL;
  dyad_event *ev = NULL;
  dyad_read_options opt;
  char *err = NULL;
  size_t nev = 0, k = 0;
  snprintf(dir, sizeof dir, "%s/tests/cases/petrarch/literal", root && *root ? root : ".");
  assert_int_equal(dyad_dict_load(d, dir, DYAD_DICT_TABARI), 0);
  c = dyad_coder_new(d);
  assert_non_null(c);
  dyad_coder_set_literal(c, 1);
  dyad__coder_set_new_actor_length(c, newlen);
  memset(&opt, 0, sizeof opt);
  opt.default_date = "2001-01-01";
  assert_int_equal(dyad_doc_parse("t", text, strlen(text), DYAD_KIND_TEXT, &opt, &doc, &err), 0);
  assert_int_equal(dyad_code_doc(c, doc, &ev, &nev), 0);
  out[0] = 0;
  for (size_t i = 0; i < nev; i++)
    k += (size_t)snprintf(out + k, k < cap ? cap - k : 0, "%s%s>%s:%s", i ? " " : "",
                          ev[i].source[0] ? ev[i].source : "-", ev[i].target[0] ? ev[i].target : "-",
                          ev[i].code);
  free(ev);
  free(err);
  dyad_doc_free(doc);
  dyad_coder_free(c);
  dyad_dict_free(d);
}

/* The cases of tests/cases/petrarch/literal.txt (format in its header):
** each text coded in literal mode must give exactly the expected events. */
static void test_literal_cases(void **state) {
  char path[4200], line[1024], text[1024] = "", want[1024] = "", got[1024];
  const char *root = getenv("ROOT");
  unsigned ln = 0, ncase = 0, from = 0;
  int newlen = 0, have_expect = 0;
  FILE *f;
  (void)state;
  snprintf(path, sizeof path, "%s/tests/cases/petrarch/literal.txt", root && *root ? root : ".");
  f = fopen(path, "r");
  if (!f) fail_msg("%s: cannot open", path);
  while (fgets(line, sizeof line, f)) {
    size_t n = strlen(line);
    ln++;
    if (n && line[n - 1] == '\n') line[--n] = 0;
    else if (!feof(f)) fail_msg("%s:%u: line too long", path, ln);
    if (!n || line[0] == '#') continue;
    if (!strncmp(line, "text ", 5)) {
      snprintf(text, sizeof text, "%s", line + 5);
      newlen = 0, have_expect = 0, from = ln;
    } else if (!strncmp(line, "newlen ", 7)) {
      newlen = atoi(line + 7);
    } else if (!strncmp(line, "expect ", 7)) {
      snprintf(want, sizeof want, "%s", strcmp(line + 7, "none") ? line + 7 : "");
      have_expect = 1;
    } else if (!strcmp(line, "---")) {
      if (!text[0] || !have_expect) fail_msg("%s:%u: case without text or expect", path, ln);
      literal_code_n(text, newlen, got, sizeof got);
      if (strcmp(got, want))
        fail_msg("%s:%u: \"%s\": got \"%s\", want \"%s\"", path, from, text, got, want);
      ncase++, text[0] = 0;
    } else {
      fail_msg("%s:%u: unknown line", path, ln);
    }
  }
  fclose(f);
  if (text[0]) fail_msg("%s: last case has no ---", path);
  assert_true(ncase >= 30);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_actor_dates),
      cmocka_unit_test(test_agents),
      cmocka_unit_test(test_compose),
      cmocka_unit_test(test_verbs),
      cmocka_unit_test(test_discards_issues),
      cmocka_unit_test(test_story_scan),
      cmocka_unit_test(test_malformed),
      cmocka_unit_test(test_detect),
      cmocka_unit_test(test_save_restore),
      cmocka_unit_test(test_literal_cases),
  };
  return cmocka_run_group_tests(tests, setup, NULL);
}
