/*
** test_coder.c: the event coder through the public API with the real data/
** dictionaries: every case file in tests/cases/coder (format in the README
** there), plus the verb-pattern loader and matcher (malformed lines name
** file:line, inflections, longest match, null patterns) and bad input.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"
#include "verbs.h"

#define CASEDIR "tests/cases/coder"
#define MAXEXP 32

typedef struct expect {
  char src[8], code[8], tgt[8], date[11];
} expect;

typedef struct tcase {
  char name[4096];
  char date[16];
  char *text;
  char title[1024];        /* "title ...": the document's title (a JSON line's), or "" */
  expect exp[MAXEXP];
  int nexp;
  int none;
  char where[600];
} tcase;

static dyad_dict *g_dict;
static dyad_coder *g_coder;

static void add_text(tcase *c, const char *line) {
  size_t old = c->text ? strlen(c->text) : 0, n = strlen(line);
  char *t = realloc(c->text, old + n + 3);
  assert_non_null(t);
  if (old) memcpy(t + old, "\n\n", 2), old += 2;
  memcpy(t + old, line, n + 1);
  c->text = t;
}

/* Parses one file into cases; returns how many (appended to *cases). */
static size_t parse_file(const char *path, tcase **cases, size_t *n, size_t *cap) {
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  char line[4096];
  unsigned ln = 0;
  size_t before = *n;
  tcase *c = NULL;
  while (fgets(line, sizeof line, f)) {
    ln++;
    line[strcspn(line, "\r\n")] = 0;
    if (!c) {
      if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *cases = realloc(*cases, *cap * sizeof **cases);
        assert_non_null(*cases);
      }
      c = &(*cases)[(*n)++];
      memset(c, 0, sizeof *c);
      snprintf(c->where, sizeof c->where, "%s:%u", path, ln);
    }
    if (!strcmp(line, "---")) {
      c = NULL;
      continue;
    }
    if (line[0] == '#') {
      if (!c->name[0]) snprintf(c->name, sizeof c->name, "%s", line + 2);
    } else if (!strncmp(line, "date ", 5)) {
      snprintf(c->date, sizeof c->date, "%.15s", line + 5);
    } else if (!strncmp(line, "title ", 6)) {
      snprintf(c->title, sizeof c->title, "%.1000s", line + 6);
    } else if (!strncmp(line, "text ", 5)) {
      add_text(c, line + 5);
    } else if (!strcmp(line, "expect none")) {
      c->none = 1;
    } else if (!strncmp(line, "expect ", 7)) {
      assert_true(c->nexp < MAXEXP);
      expect *e = &c->exp[c->nexp];
      memset(e, 0, sizeof *e);
      int k = sscanf(line + 7, "%7s %7s %7s %10s", e->src, e->code, e->tgt, e->date);
      if (k < 3) fail_msg("%s:%u: bad expect line", path, ln);
      c->nexp++;
    } else if (line[0]) {
      fail_msg("%s:%u: unknown line '%s'", path, ln, line);
    }
  }
  fclose(f);
  /* drop empty trailing cases */
  while (*n > before && !(*cases)[*n - 1].text) (*n)--;
  return *n - before;
}

static int ev_matches(const dyad_event *e, const expect *x) {
  const char *tgt = e->target_country[0] ? e->target_country : "-";
  const char *src = e->source_country[0] ? e->source_country : "-"; /* a group of no country */
  if (strcmp(src, x->src) || strcmp(tgt, x->tgt)) return 0;
  if (strlen(x->code) == 2 ? strcmp(e->root, x->code) : strcmp(e->code, x->code)) return 0;
  return 1;
}

static void run_case(void **state) {
  tcase *c = *state;
  dyad_read_options opt = {0};
  opt.default_date = c->date[0] ? c->date : NULL;
  dyad_doc *doc = NULL;
  char *err = NULL;
  if (!c->text) fail_msg("%s: a case with no 'text' line (a block of comments only?)", c->where);
  if (c->title[0]) {
    /* a title and its lead, as a JSON line (the AG items' form) */
    size_t cap = 2 * (strlen(c->title) + strlen(c->text)) + 64, o = 0;
    char *j = malloc(cap);
    assert_non_null(j);
    const char *part[2] = {c->title, c->text}, *key[2] = {"{\"title\":\"", "\",\"text\":\""};
    for (int k = 0; k < 2; k++) {
      o += (size_t)snprintf(j + o, cap - o, "%s", key[k]);
      for (const char *q = part[k]; *q; q++) {
        if (*q == '\n') j[o++] = '\\', j[o++] = 'n';
        else {
          if (*q == '"' || *q == '\\') j[o++] = '\\';
          j[o++] = *q;
        }
      }
    }
    o += (size_t)snprintf(j + o, cap - o, "\"}");
    assert_int_equal(dyad_doc_parse_json("case", j, o, &opt, &doc, &err), 0);
    free(j);
  } else {
    assert_int_equal(dyad_doc_parse("case", c->text, strlen(c->text), DYAD_KIND_TEXT, &opt, &doc, &err), 0);
  }
  dyad_event *ev = NULL;
  size_t n = 0;
  assert_int_equal(dyad_code_doc(g_coder, doc, &ev, &n), 0);
  char got[4096] = "";
  size_t o = 0;
  for (size_t i = 0; i < n && o + 64 < sizeof got; i++)
    o += (size_t)snprintf(got + o, sizeof got - o, "  %s %s %s %s\n", ev[i].source_country, ev[i].code,
                          ev[i].target_country[0] ? ev[i].target_country : "-",
                          ev[i].date[0] ? ev[i].date : "-");
  int ok = 1;
  char why[512] = "";
  if (c->none && n) {
    ok = 0;
    snprintf(why, sizeof why, "expected no event");
  }
  for (int k = 0; k < c->nexp && ok; k++) {
    int found = 0;
    for (size_t i = 0; i < n && !found; i++)
      if (ev_matches(&ev[i], &c->exp[k]) &&
          (!c->exp[k].date[0] || !strncmp(ev[i].date, c->exp[k].date, strlen(c->exp[k].date))))
        found = 1;
    if (!found) {
      ok = 0;
      snprintf(why, sizeof why, "missing %s %s %s %s", c->exp[k].src, c->exp[k].code, c->exp[k].tgt,
               c->exp[k].date);
    }
  }
  for (size_t i = 0; i < n && ok; i++) {
    int found = 0;
    for (int k = 0; k < c->nexp && !found; k++) found = ev_matches(&ev[i], &c->exp[k]);
    if (!found) {
      ok = 0;
      snprintf(why, sizeof why, "unexpected %s %s %s", ev[i].source_country, ev[i].code,
               ev[i].target_country[0] ? ev[i].target_country : "-");
    }
  }
  free(ev);
  dyad_doc_free(doc);
  if (!ok) fail_msg("%s (%s): %s; got:\n%s", c->where, c->name, why, got[0] ? got : "  (nothing)\n");
}

/* ---- the verb-pattern loader ----------------------------------------------- */

static char *write_tmp(const char *name, const char *content) {
  static char path[256];
  snprintf(path, sizeof path, "/tmp/dyad_test_%d_%s", (int)getpid(), name);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(content, f);
  fclose(f);
  return path;
}

static void expect_load_error(const char *content, const char *needle) {
  char *p = write_tmp("verbs.txt", content);
  dyad_verbs *v = NULL;
  char err[512] = "";
  int rc = dyad__verbs_load(&v, p, err, sizeof err);
  unlink(p);
  dyad__verbs_free(v);
  assert_int_equal(rc, DYAD_EDICT);
  if (!strstr(err, needle)) fail_msg("error '%s' lacks '%s'", err, needle);
  /* the message names file and line */
  if (!strstr(err, "verbs.txt:")) fail_msg("error '%s' names no file:line", err);
}

static void test_verbs_errors(void **state) {
  (void)state;
  expect_load_error("042 v visit+\n999 v frobnicate\n", ":2: unknown CAMEO code");
  expect_load_error("042 x visit\n", ":1: kind must be v or n");
  expect_load_error("042 v\n", ":1: expected CODE KIND PATTERN");
  expect_load_error("# c\n042 v visit ; flying\n", ":2: unknown flag");
  expect_load_error("042 v * visit\n", "must start with a required word");
  expect_load_error("042 v visit **\n", "must not end with a gap");
  expect_load_error("042 v (visit\n", "unbalanced");
  expect_load_error("042 v visit||to\n", "empty alternative");
  expect_load_error("042 v visit ; inv=999\n", "unknown CAMEO code");
  dyad_verbs *v = NULL;
  char err[256];
  assert_int_equal(dyad__verbs_load(&v, "/nonexistent/verbs.txt", err, sizeof err), DYAD_EIO);
  assert_non_null(strstr(err, "/nonexistent/verbs.txt"));
  dyad__verbs_free(v);
}

static size_t match_words(dyad_verbs *v, const char *const *w, size_t n, dyad_vmatch *out) {
  uint64_t h[32];
  unsigned char fl[32];
  for (size_t i = 0; i < n; i++) {
    h[i] = dyad__token_hash(w[i], strlen(w[i]));
    fl[i] = DYAD_VW_WORD;
  }
  return dyad__verbs_match(v, h, fl, n, out, 8);
}

static void test_verbs_match(void **state) {
  (void)state;
  char *p = write_tmp("verbs.txt",
                      "# test\n"
                      "042 v visit+ ; inv=043 move\n"
                      "040 v meet|meets|met (with) ; recip\n"
                      "057 v sign+ ** agreement|deal ; recip\n"
                      "129 v veto|vetoed ; notarget\n"
                      "-   v veto power\n"
                      "042 n visit|visits to ; inv=043\n");
  dyad_verbs *v = NULL;
  char err[256] = "";
  assert_int_equal(dyad__verbs_load(&v, p, err, sizeof err), 0);
  unlink(p);
  assert_int_equal(dyad__verbs_count(v), 6);
  dyad_vmatch m[8];
  const char *a[] = {"Putin", "VISITED", "Seoul"};
  assert_int_equal(match_words(v, a, 3, m), 1);
  assert_int_equal(m[0].tok_start, 1);
  const dyad_vpattern *pt = dyad__verbs_pattern(v, m[0].pattern);
  assert_string_equal(pt->code, "042");
  assert_string_equal(pt->inverse, "043");
  assert_true(pt->flags & DYAD_VF_MOVE);
  assert_int_equal(pt->line, 2);
  const char *b[] = {"they", "met", "with", "Kim"};
  assert_int_equal(match_words(v, b, 4, m), 1);
  assert_int_equal(m[0].tok_end, 3); /* the optional "with" is taken */
  const char *c2[] = {"they", "signed", "a", "new", "trade", "deal"};
  assert_int_equal(match_words(v, c2, 6, m), 1);
  assert_int_equal(m[0].tok_end, 6);
  assert_int_equal(m[0].gap_start, 2);
  assert_int_equal(m[0].gap_end, 5);
  const char *d[] = {"wielding", "veto", "power"};
  assert_int_equal(match_words(v, d, 3, m), 1);
  assert_int_equal(dyad__verbs_pattern(v, m[0].pattern)->kind, DYAD_VK_NULL);
  /* the noun pattern is longer than the verb "visit" */
  const char *e[] = {"his", "visit", "to", "Moscow"};
  assert_int_equal(match_words(v, e, 4, m), 1);
  assert_int_equal(dyad__verbs_pattern(v, m[0].pattern)->kind, DYAD_VK_NOUN);
  /* noun context forbids the verb reading */
  uint64_t h[2] = {dyad__token_hash("the", 3), dyad__token_hash("visit", 5)};
  unsigned char fl[2] = {DYAD_VW_WORD, DYAD_VW_WORD | DYAD_VW_NOUNCTX};
  assert_int_equal(dyad__verbs_match(v, h, fl, 2, m, 8), 0);
  /* patterns added one by one (as a PETRARCH reader would) */
  char e2[256] = "";
  assert_int_equal(dyad__verbs_add(&v, "111 v frobnicate+ ; near", "petr.txt", 7, e2, sizeof e2), 0);
  assert_int_equal(dyad__verbs_add(&v, "111 v", "petr.txt", 8, e2, sizeof e2), DYAD_EDICT);
  assert_non_null(strstr(e2, "petr.txt:8:"));
  assert_int_equal(dyad__verbs_add(&v, "discard gold medal", "petr.txt", 9, e2, sizeof e2), 0);
  /* readers of other sets may use codes outside the codebook */
  assert_int_equal(dyad__verbs_add(&v, "345 v zorbify+", "petr.txt", 10, e2, sizeof e2), 0);
  assert_int_equal(dyad__verbs_add(&v, "075A v zorbulate+", "petr.txt", 11, e2, sizeof e2), 0);
  assert_int_equal(dyad__verbs_add(&v, "07-5 v zorb", "petr.txt", 12, e2, sizeof e2), DYAD_EDICT);
  assert_int_equal(dyad__verbs_finish(v), 0);
  const char *f[] = {"they", "frobnicated", "Russia"};
  assert_int_equal(match_words(v, f, 3, m), 1);
  assert_int_equal(dyad__verbs_pattern(v, m[0].pattern)->line, 7);
  assert_string_equal(dyad__verbs_pattern(v, m[0].pattern)->file, "petr.txt");
  /* hashing folds case and the typographic apostrophe */
  assert_true(dyad__token_hash("Yun\xE2\x80\x99s", 7) == dyad__token_hash("yun's", 5));
  dyad__verbs_free(v);
}

static void test_real_verbs(void **state) {
  (void)state;
  dyad_verbs *v = NULL;
  char err[512] = "";
  assert_int_equal(dyad__verbs_load(&v, DYAD_DATADIR "/verbs.txt", err, sizeof err), 0);
  size_t nv = dyad__verbs_count(v);
  assert_true(nv >= 300);
  /* every CAMEO root has a pattern */
  int roots[21] = {0};
  for (size_t i = 0; i < nv; i++) {
    const dyad_vpattern *p = dyad__verbs_pattern(v, (uint32_t)i);
    if (p->code[0]) roots[(p->code[0] - '0') * 10 + (p->code[1] - '0')]++;
  }
  for (int r = 1; r <= 20; r++)
    if (!roots[r]) fail_msg("no pattern for CAMEO root %02d", r);
  assert_int_equal(dyad__verbs_load(&v, DYAD_DATADIR "/discards.txt", err, sizeof err), 0);
  assert_true(dyad__verbs_count(v) > nv);
  dyad__verbs_free(v);
}

static void test_bad_docs(void **state) {
  (void)state;
  dyad_event *ev = (dyad_event *)1;
  size_t n = 99;
  assert_int_equal(dyad_code_doc(g_coder, NULL, &ev, &n), DYAD_EINVAL);
  /* empty, binary and huge-token text */
  const char *texts[] = {"", "\x01\x02\xff\xfe garbage \xc3", "a a a a a a a a a a a a"};
  for (size_t i = 0; i < 3; i++) {
    dyad_doc *doc = NULL;
    char *err = NULL;
    if (dyad_doc_parse("bad", texts[i], strlen(texts[i]), DYAD_KIND_TEXT, NULL, &doc, &err)) {
      free(err);
      continue;
    }
    assert_int_equal(dyad_code_doc(g_coder, doc, &ev, &n), 0);
    free(ev);
    dyad_doc_free(doc);
  }
  /* a very long sentence grows the buffers */
  size_t len = 200000;
  char *big = malloc(len + 1);
  assert_non_null(big);
  for (size_t i = 0; i < len; i += 10) memcpy(big + i, "Russia and", 10);
  memcpy(big + len - 20, " attacked Ukraine.  ", 20);
  big[len] = 0;
  dyad_doc *doc = NULL;
  char *err = NULL;
  assert_int_equal(dyad_doc_parse("big", big, len, DYAD_KIND_TEXT, NULL, &doc, &err), 0);
  assert_int_equal(dyad_code_doc(g_coder, doc, &ev, &n), 0);
  free(ev);
  dyad_doc_free(doc);
  free(big);
}

static void test_literal(void **state) {
  (void)state;
  dyad_coder *lc = dyad_coder_new(g_dict);
  assert_non_null(lc);
  dyad_coder_set_literal(lc, 1);
  const char *t = "Russian President Vladimir Putin will visit North Korea.";
  dyad_read_options opt = {0};
  opt.default_date = "2024-06-14";
  dyad_doc *doc = NULL;
  char *err = NULL;
  assert_int_equal(dyad_doc_parse("lit", t, strlen(t), DYAD_KIND_TEXT, &opt, &doc, &err), 0);
  dyad_event *ev = NULL;
  size_t n = 0;
  assert_int_equal(dyad_code_doc(lc, doc, &ev, &n), 0);
  assert_true(n >= 1);
  assert_string_equal(ev[0].code, "042"); /* not 036: the pattern as written */
  free(ev);
  dyad_coder_set_literal(lc, 0);
  assert_int_equal(dyad_code_doc(lc, doc, &ev, &n), 0);
  assert_true(n >= 1);
  assert_string_equal(ev[0].code, "036");
  free(ev);
  dyad_doc_free(doc);
  dyad_coder_free(lc);
}

/* A PETRARCH story discard ("+PHRASE") drops the whole document; a
** sentence discard only its sentence. */
static void test_story_discard(void **state) {
  (void)state;
  dyad_dict *d = dyad_dict_new();
  assert_non_null(d);
  assert_int_equal(dyad_dict_load_default(d, DYAD_DATADIR), 0);
  char *p = write_tmp("Story.discards.txt", "+CROSSWORD PUZZLE\nTALENT SHOW\n");
  int rc = dyad_dict_load(d, p, DYAD_DICT_AUTO);
  unlink(p);
  assert_int_equal(rc, 0);
  dyad_coder *sc = dyad_coder_new(d);
  assert_non_null(sc);
  const char *texts[] = {"Russia attacked Ukraine. Tonight's crossword puzzle was hard.",
                         "Russia attacked Ukraine. The crosswordpuzzle league met.",
                         "Russia attacked Ukraine. Poland hosted a talent show."};
  const size_t want[] = {0, 1, 1};
  for (size_t i = 0; i < 3; i++) {
    dyad_doc *doc = NULL;
    char *err = NULL;
    assert_int_equal(dyad_doc_parse("sd", texts[i], strlen(texts[i]), DYAD_KIND_TEXT, NULL, &doc, &err), 0);
    dyad_event *ev = NULL;
    size_t n = 99;
    assert_int_equal(dyad_code_doc(sc, doc, &ev, &n), 0);
    if (n != want[i]) fail_msg("'%s': %zu events, want %zu", texts[i], n, want[i]);
    free(ev);
    dyad_doc_free(doc);
  }
  dyad_coder_free(sc);
  dyad_dict_free(d);
}

/* The public hooks of dyad.h: trace lines, unknown phrases, literal mode,
** the last document's sentences; NULL coders are ignored. */
static void count_line(void *ud, const char *line) {
  (void)line;
  (*(size_t *)ud)++;
}

static void count_phrase(void *ud, const char *s, size_t len) {
  (void)s;
  if (len) (*(size_t *)ud)++;
}

static void test_public_hooks(void **state) {
  (void)state;
  dyad_coder *pc = dyad_coder_new(g_dict);
  assert_non_null(pc);
  size_t lines = 0, phrases = 0;
  dyad_coder_set_trace(pc, count_line, &lines);
  dyad_coder_set_unknown(pc, count_phrase, &phrases);
  const char *t = "Zorblatt Frobnitz attacked Ukraine. Russia attacked Ukraine.";
  dyad_doc *doc = NULL;
  char *err = NULL;
  assert_int_equal(dyad_doc_parse("pub", t, strlen(t), DYAD_KIND_TEXT, NULL, &doc, &err), 0);
  dyad_event *ev = NULL;
  size_t n = 0;
  assert_int_equal(dyad_code_doc(pc, doc, &ev, &n), 0);
  free(ev);
  assert_true(lines > 0);
  assert_int_equal(phrases, 1);
  size_t ns = 0;
  const dyad_sentence *ss = dyad_coder_sentences(pc, &ns);
  assert_int_equal(ns, 2);
  assert_non_null(ss);
  dyad_coder_set_trace(pc, NULL, NULL);
  dyad_coder_set_unknown(pc, NULL, NULL);
  lines = 0;
  assert_int_equal(dyad_code_doc(pc, doc, &ev, &n), 0);
  free(ev);
  assert_int_equal(lines, 0);
  dyad_coder_set_literal(pc, 1);
  assert_int_equal(dyad_code_doc(pc, doc, &ev, &n), 0);
  free(ev);
  dyad_doc_free(doc);
  dyad_coder_free(pc);
  /* NULL coders */
  dyad_coder_set_trace(NULL, count_line, &lines);
  dyad_coder_set_literal(NULL, 1);
  ns = 7;
  assert_null(dyad_coder_sentences(NULL, &ns));
  assert_int_equal(ns, 0);
}

/* The inflection key (dyad_inflection_key): a verb's forms share one key,
** different verbs keep theirs; overlong and empty words give 0. */
static void test_inflection_key(void **state) {
  (void)state;
  static const char *const SAME[][5] = {
      {"accuse", "accuses", "accused", "accusing", "Accused"},
      {"agree", "agrees", "agreed", "agreeing", "AGREED"},
      {"stop", "stops", "stopped", "stopping", "stop"},
      {"deny", "denies", "denied", "denying", "deny"},
      {"meet", "meets", "met", "meeting", "Met"},
      {"press", "presses", "pressed", "pressing", "press"},
      {"criticize", "criticise", "criticized", "criticises", "criticizing"},
      {"seize", "seizes", "seized", "seizing", "seize"},
      {"hold", "holds", "held", "holding", "Holds"},
  };
  char a[48], b[48];
  for (size_t i = 0; i < sizeof SAME / sizeof SAME[0]; i++) {
    assert_true(dyad_inflection_key(SAME[i][0], strlen(SAME[i][0]), a, sizeof a) > 0);
    for (size_t j = 1; j < 5; j++) {
      assert_true(dyad_inflection_key(SAME[i][j], strlen(SAME[i][j]), b, sizeof b) > 0);
      if (strcmp(a, b)) fail_msg("'%s' keys as '%s', '%s' as '%s'", SAME[i][0], a, SAME[i][j], b);
    }
  }
  static const char *const APART[][2] = {{"press", "pres"}, {"visit", "vision"}, {"warn", "war"}};
  for (size_t i = 0; i < sizeof APART / sizeof APART[0]; i++) {
    dyad_inflection_key(APART[i][0], strlen(APART[i][0]), a, sizeof a);
    dyad_inflection_key(APART[i][1], strlen(APART[i][1]), b, sizeof b);
    if (!strcmp(a, b)) fail_msg("'%s' and '%s' share the key '%s'", APART[i][0], APART[i][1], a);
  }
  char longw[100];
  memset(longw, 'a', sizeof longw);
  assert_int_equal(dyad_inflection_key(longw, sizeof longw, a, sizeof a), 0);
  assert_string_equal(a, "");
  assert_int_equal(dyad_inflection_key("accused", 7, a, 4), 0);
  assert_int_equal(dyad_inflection_key("", 0, a, sizeof a), 0);
  assert_int_equal(dyad_inflection_key(NULL, 3, a, sizeof a), 0);
}

/* The uncoded hook: a sentence with two actors and a verb no pattern knows
** gives the verb (actors 2); with only a subject, its verb (actors 1); a
** possessor's noun before the second actor is a noun; coded sentences and
** known verbs give nothing. */
typedef struct uncoded_log {
  char words[8][64];
  int actors[8];
  int noun[8];
  size_t n;
  const char *text;
} uncoded_log;

static void log_uncoded(void *ud, const dyad_uncoded *u) {
  uncoded_log *l = ud;
  assert_true(u->start < u->end);
  for (size_t i = 0; i < u->nwords && l->n < 8; i++, l->n++) {
    snprintf(l->words[l->n], sizeof l->words[l->n], "%s=%.*s", u->words[i].key,
             (int)(u->words[i].end - u->words[i].start), l->text + u->words[i].start);
    l->actors[l->n] = u->actors;
    l->noun[l->n] = u->words[i].noun;
  }
}

static void test_uncoded_hook(void **state) {
  (void)state;
  dyad_coder *pc = dyad_coder_new(g_dict);
  assert_non_null(pc);
  uncoded_log l = {0};
  dyad_coder_set_uncoded(pc, log_uncoded, &l);
  const char *t = "Talks resume.\n\nRussia frobnicated Georgia on Monday. Japan has quietly frobnicated its fleet. "
                  "Russia attacked Georgia. Russia's frobnication of Georgia worries Japan. "
                  "Iran carved up. Moscow, in a statement, accused Tbilisi.";
  dyad_doc *doc = NULL;
  char *err = NULL;
  assert_int_equal(dyad_doc_parse("unc", t, strlen(t), DYAD_KIND_TEXT, NULL, &doc, &err), 0);
  l.text = doc->text;
  dyad_event *ev = NULL;
  size_t n = 0;
  assert_int_equal(dyad_code_doc(pc, doc, &ev, &n), 0);
  free(ev);
  assert_int_equal(l.n, 4);
  assert_string_equal(l.words[0], "frobnicat=frobnicated");
  assert_int_equal(l.actors[0], 2);
  assert_int_equal(l.noun[0], 0);
  assert_string_equal(l.words[1], "frobnicat=frobnicated");
  assert_int_equal(l.actors[1], 1);
  assert_string_equal(l.words[2], "frobnication=frobnication");
  assert_int_equal(l.actors[2], 2);
  assert_int_equal(l.noun[2], 1);
  assert_string_equal(l.words[3], "carv up=carved up");
  assert_int_equal(l.actors[3], 1);
  dyad_coder_set_uncoded(pc, NULL, NULL);
  l.n = 0;
  assert_int_equal(dyad_code_doc(pc, doc, &ev, &n), 0);
  free(ev);
  assert_int_equal(l.n, 0);
  dyad_coder_set_uncoded(NULL, log_uncoded, &l);
  dyad_doc_free(doc);
  dyad_coder_free(pc);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
  g_dict = dyad_dict_new();
  if (!g_dict || dyad_dict_load_default(g_dict, DYAD_DATADIR) != 0) {
    printf("not ok - load the dictionaries: %s\n", g_dict ? dyad_dict_errmsg(g_dict) : "oom");
    return 1;
  }
  g_coder = dyad_coder_new(g_dict);
  tcase *cases = NULL;
  size_t n = 0, cap = 0;
  DIR *dir = opendir(CASEDIR);
  char *names[256];
  size_t nn = 0;
  if (dir) {
    struct dirent *de;
    while ((de = readdir(dir)) && nn < 256) {
      size_t l = strlen(de->d_name);
      if (l > 4 && !strcmp(de->d_name + l - 4, ".txt")) names[nn++] = strdup(de->d_name);
    }
    closedir(dir);
  }
  qsort(names, nn, sizeof *names, cmp_names);
  for (size_t i = 0; i < nn; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", CASEDIR, names[i]);
    parse_file(path, &cases, &n, &cap);
    free(names[i]);
  }
  size_t nt = n + 9;
  struct CMUnitTest *tests = calloc(nt, sizeof *tests);
  for (size_t i = 0; i < n; i++) {
    char *nm = malloc(800);
    snprintf(nm, 800, "%.300s: %.300s", cases[i].where, cases[i].name);
    tests[i].name = nm;
    tests[i].test_func = run_case;
    tests[i].initial_state = &cases[i];
  }
  tests[n].name = "verbs: malformed lines name file:line";
  tests[n].test_func = test_verbs_errors;
  tests[n + 1].name = "verbs: inflections, longest match, gaps, null patterns";
  tests[n + 1].test_func = test_verbs_match;
  tests[n + 2].name = "verbs: data/verbs.txt covers all 20 roots, discards load";
  tests[n + 2].test_func = test_real_verbs;
  tests[n + 3].name = "coder: bad and huge documents";
  tests[n + 3].test_func = test_bad_docs;
  tests[n + 4].name = "coder: literal mode fires patterns as written";
  tests[n + 4].test_func = test_literal;
  tests[n + 5].name = "coder: a PETRARCH story discard drops the document";
  tests[n + 5].test_func = test_story_discard;
  tests[n + 6].name = "coder: the public hooks (trace, unknown, literal, sentences)";
  tests[n + 6].test_func = test_public_hooks;
  tests[n + 7].name = "coder: inflection keys group a verb's forms";
  tests[n + 7].test_func = test_inflection_key;
  tests[n + 8].name = "coder: the uncoded hook lists the verbs no pattern knows";
  tests[n + 8].test_func = test_uncoded_hook;
  int rc = _cmocka_run_group_tests("coder", tests, nt, NULL, NULL);
  for (size_t i = 0; i < n; i++) {
    free((void *)tests[i].name);
    free(cases[i].text);
  }
  free(tests);
  free(cases);
  dyad_coder_free(g_coder);
  dyad_dict_free(g_dict);
  return rc;
}
