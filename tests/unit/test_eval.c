/* test_eval.c: the evaluator through the library API: gold-file parsing and
** its errors, document-id normalisation, merging of repeats, the maximum
** one-to-one matching, date accuracy and the report items. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"

#define HEADER "doc\treq\tdate\tsrc\troot\tcode\ttgt\twhat\n"

static char tmpdir[64];

static const char *write_file(const char *name, const char *text) {
  static char path[160];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  return path;
}

static dyad_eval *load(const char *text) {
  dyad_eval *e = NULL;
  char *err = NULL;
  int rc = dyad_eval_load_gold(write_file("gold.tsv", text), &e, &err);
  if (rc) fprintf(stderr, "# %s\n", err ? err : "?");
  assert_int_equal(rc, 0);
  assert_null(err);
  assert_non_null(e);
  return e;
}

static void add(dyad_eval *e, const char *doc, uint32_t sent, const char *date, const char *src,
                const char *root, const char *tgt) {
  dyad_eval_event ev = {doc, sent, date, src, root, tgt, NULL};
  assert_int_equal(dyad_eval_add(e, &ev), 0);
}

/* Expects loading `text` to fail with DYAD_EFORMAT and a message holding
** `where` ("gold.tsv:3:"). */
static void expect_error(const char *text, const char *where) {
  dyad_eval *e = (dyad_eval *)1;
  char *err = NULL;
  assert_int_equal(dyad_eval_load_gold(write_file("gold.tsv", text), &e, &err), DYAD_EFORMAT);
  assert_null(e);
  assert_non_null(err);
  if (!strstr(err, where)) fprintf(stderr, "# got '%s', want '%s'\n", err, where);
  assert_non_null(strstr(err, where));
  free(err);
}

static void test_doc_id(void **state) {
  (void)state;
  char buf[64];
  assert_string_equal(dyad_eval_doc_id("corpus/seeds/000_ab.txt", buf, sizeof buf), "000_ab");
  assert_string_equal(dyad_eval_doc_id("a/b.HTML", buf, sizeof buf), "b");
  assert_string_equal(dyad_eval_doc_id("x.json.gz", buf, sizeof buf), "x");
  assert_string_equal(dyad_eval_doc_id("agw-0007", buf, sizeof buf), "agw-0007");
  assert_string_equal(dyad_eval_doc_id(".txt", buf, sizeof buf), ".txt");
  assert_string_equal(dyad_eval_doc_id("abcdef", buf, 4), "abc");
}

static void test_errors(void **state) {
  (void)state;
  expect_error("", "gold.tsv:1: empty");
  expect_error("# c\n" "doc\treq\n", "gold.tsv:2: expected the header");
  expect_error(HEADER "d\tR\t-\tKOR\t04\t040\tRUS\n", "gold.tsv:2: expected 8");
  expect_error(HEADER "\n# x\nd\tX\t-\tKOR\t04\t040\tRUS\tw\n", "gold.tsv:4: req");
  expect_error(HEADER "d\tR\t2016-02-30x\tKOR\t04\t040\tRUS\tw\n", "gold.tsv:2: date");
  expect_error(HEADER "d\tR\t-\tKOR|\t04\t040\tRUS\tw\n", "gold.tsv:2: src");
  expect_error(HEADER "d\tR\t-\tKOR\t21\t-\tRUS\tw\n", "gold.tsv:2: root");
  expect_error(HEADER "d\tR\t-\tKOR\t04|05\t036\tRUS\tw\n", "gold.tsv:2: code 036 is not under");
  expect_error(HEADER "d\tR\t-\tKOR\t04\t040\t\tw\n", "gold.tsv:2: tgt");
  dyad_eval *e = (dyad_eval *)1;
  char *err = NULL;
  assert_int_equal(dyad_eval_load_gold("/nonexistent/gold.tsv", &e, &err), DYAD_EIO);
  assert_non_null(strstr(err, "/nonexistent/gold.tsv"));
  free(err);
}

static void test_fp_and_scope(void **state) {
  (void)state;
  dyad_eval *e = load(HEADER "d1\tR\t-\tKOR\t04\t040\tRUS\tmeet\n");
  assert_int_equal(dyad_eval_add_docs(e, write_file("docs.txt", "# none\nq1\n\nq2.txt\n")), 0);
  add(e, "dir/d1.txt", 0, NULL, "KOR", "04", "RUS");
  add(e, "d1", 1, NULL, "RUS", "11", "KOR");
  add(e, "q2", 0, "", "GBR", "19", "");
  add(e, "other", 0, NULL, "USA", "01", NULL);
  dyad_eval_event bad = {NULL, 0, NULL, "KOR", "04", "RUS", NULL};
  assert_int_equal(dyad_eval_add(e, &bad), DYAD_EINVAL);
  dyad_eval_result r;
  const dyad_eval_item *it;
  size_t n;
  assert_int_equal(dyad_eval_finish(e, &r, &it, &n), 0);
  assert_int_equal(r.docs, 3);
  assert_int_equal(r.events, 3);
  assert_int_equal(r.correct, 1);
  assert_int_equal(r.ignored, 1);
  assert_int_equal(r.found, 1);
  assert_true(r.precision > 0.333 && r.precision < 0.334);
  assert_true(r.recall == 1.0);
  assert_int_equal(n, 2);
  assert_int_equal(it[0].kind, DYAD_EVAL_FALSE_POSITIVE);
  assert_string_equal(it[0].doc, "d1");
  assert_string_equal(it[0].root, "11");
  assert_int_equal(it[1].kind, DYAD_EVAL_FALSE_POSITIVE);
  assert_string_equal(it[1].doc, "q2");
  assert_string_equal(it[1].target, "");
  /* Finishing again gives the same figures. */
  dyad_eval_result r2;
  assert_int_equal(dyad_eval_finish(e, &r2, &it, &n), 0);
  assert_int_equal(r2.correct, r.correct);
  assert_int_equal(r2.events, r.events);
  assert_int_equal(n, 2);
  dyad_eval_free(e);
}

static void test_matching(void **state) {
  (void)state;
  /* A greedy pass in line order would give line 2 the KOR event and leave
  ** line 3 unmatched; the maximum matching finds both. */
  dyad_eval *e = load(HEADER "d\tR\t-\tKOR|PRK\t04\t-\tRUS\teither\n"
                             "d\tR\t-\tKOR\t04\t-\tRUS\tsouth\n"
                             "d\tR\t-\tCHN\t-\t-\t-\tany root, no target\n"
                             "d\tO\t-\tUSA\t01\t-\t-\toptional\n");
  add(e, "d", 0, NULL, "KOR", "04", "RUS");
  add(e, "d", 0, NULL, "KOR", "040", "RUS"); /* repeat in sentence 0: merged */
  add(e, "d", 1, NULL, "PRK", "04", "RUS");
  add(e, "d", 2, NULL, "CHN", "19", "");
  add(e, "d", 3, NULL, "USA", "01", "");
  add(e, "d", 4, NULL, "USA", "01", "");    /* another sentence: also correct */
  dyad_eval_result r;
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  assert_int_equal(r.required, 3);
  assert_int_equal(r.found, 3);
  assert_int_equal(r.events, 5);
  assert_int_equal(r.correct, 5);
  assert_true(r.f1 == 1.0);
  dyad_eval_free(e);
}

static void test_dates(void **state) {
  (void)state;
  dyad_eval *e = load(HEADER "d\tR\t2016-02\tKOR\t04\t044\tRUS\tfebruary\n"
                             "d\tR\t2016-06\tKOR\t04\t040\tRUS\tjune\n"
                             "d\tR\t2016-06-13\tKOR\t03\t036\tRUS\tmonday\n"
                             "d\tR\t2016\tPRK\t04\t-\tCHN\tyear only\n");
  add(e, "d", 0, "2016-06-12", "KOR", "04", "RUS");
  add(e, "d", 1, "2016-02", "KOR", "04", "RUS");
  add(e, "d", 2, "2016-06", "KOR", "03", "RUS"); /* less precise than the gold */
  add(e, "d", 3, NULL, "PRK", "04", "CHN");       /* no date */
  dyad_eval_result r;
  const dyad_eval_item *it;
  size_t n;
  assert_int_equal(dyad_eval_finish(e, &r, &it, &n), 0);
  assert_int_equal(r.found, 4);
  assert_int_equal(r.dated, 4);
  assert_int_equal(r.date_correct, 2);
  assert_true(r.date_accuracy == 0.5);
  assert_int_equal(n, 2);
  assert_int_equal(it[0].kind, DYAD_EVAL_WRONG_DATE);
  assert_int_equal(it[0].line, 4);
  assert_string_equal(it[0].date, "2016-06");
  assert_string_equal(it[0].gold_date, "2016-06-13");
  assert_int_equal(it[1].kind, DYAD_EVAL_WRONG_DATE);
  assert_int_equal(it[1].line, 5);
  dyad_eval_free(e);
}


/* n R lines of one triple dated 2000-01-01 + k days, n events of the same
** triple dated in the opposite order: every line has exactly one event of
** its date. The weighted assignment pairs them all by date; a document too
** big for it (the augmenting-path fallback) still finds every line. */
static void many_lines(size_t n, size_t *found, size_t *date_correct) {
  size_t cap = 64 + n * 48;
  char *gold = malloc(cap), *p = gold;
  assert_non_null(gold);
  p += snprintf(p, cap, "%s", HEADER);
  for (size_t i = 0; i < n; i++)
    p += snprintf(p, cap - (size_t)(p - gold), "d\tR\t%04zu-%02zu-%02zu\tKOR\t04\t-\tRUS\tx\n",
                  2000 + i / 336, 1 + i / 28 % 12, 1 + i % 28);
  dyad_eval *e = load(gold);
  free(gold);
  for (size_t i = n; i-- > 0;) {
    char date[16];
    snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2000 + i / 336, 1 + i / 28 % 12, 1 + i % 28);
    add(e, "d", (uint32_t)(n - 1 - i), date, "KOR", "04", "RUS");
  }
  dyad_eval_result r;
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  *found = r.found;
  *date_correct = r.date_correct;
  dyad_eval_free(e);
}

static void test_date_pairs(void **state) {
  (void)state;
  /* Line 2 (Monday) and line 3 (Tuesday) share a triple; the Monday event
  ** comes first. Augmenting from line 3 would re-route the Monday event
  ** away from line 2 and leave both dates wrong; the assignment keeps it. */
  dyad_eval *e = load(HEADER "d\tR\t2004-09-20\tKOR\t04\t042\tRUS\tmonday\n"
                             "d\tR\t2004-09-21\tKOR\t04\t040\tRUS\ttuesday\n");
  add(e, "d", 0, "2004-09-20", "KOR", "04", "RUS");
  add(e, "d", 1, "2004-09-25", "KOR", "04", "RUS");
  dyad_eval_result r;
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  assert_int_equal(r.found, 2);
  assert_int_equal(r.date_correct, 1);
  size_t found, ok;
  many_lines(300, &found, &ok);
  assert_int_equal(found, 300);
  assert_int_equal(ok, 300);
  many_lines(700, &found, &ok); /* 490,000 cells: the fallback */
  assert_int_equal(found, 700);
  dyad_eval_free(e);
}

static void test_empty(void **state) {
  (void)state;
  dyad_eval *e = load("# nothing but the header\n" HEADER);
  dyad_eval_result r;
  size_t n = 9;
  assert_int_equal(dyad_eval_finish(e, &r, NULL, &n), 0);
  assert_int_equal(n, 0);
  assert_true(r.precision == 1.0 && r.recall == 1.0 && r.f1 == 1.0);
  dyad_eval_free(e);
  e = load(HEADER "d\tR\t-\tKOR\t04\t-\tRUS\tw\n");
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  assert_true(r.precision == 1.0 && r.recall == 0.0 && r.f1 == 0.0);
  dyad_eval_free(e);
  dyad_eval_free(NULL);
}

static void test_bom_and_crlf(void **state) {
  (void)state;
  dyad_eval *e = load("\xEF\xBB\xBF" "doc\treq\tdate\tsrc\troot\tcode\ttgt\twhat\r\n"
                      "d\tR\t-\tKOR\t04\t040\tRUS\tw\r\n");
  add(e, "d", 0, NULL, "KOR", "04", "RUS");
  dyad_eval_result r;
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  assert_int_equal(r.found, 1);
  dyad_eval_free(e);
}

static void test_seen(void **state) {
  (void)state;
  dyad_eval *e = load(HEADER "d1\tR\t-\tKOR\t04\t040\tRUS\tw\n"
                             "d2\tO\t-\tKOR\t04\t040\tRUS\tw\n"
                             "d3\tO\t-\tKOR\t04\t040\tRUS\tw\n");
  dyad_eval_result r;
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  assert_int_equal(r.unread, 0); /* never called: nothing to say */
  assert_int_equal(dyad_eval_seen(e, "dir/d1.txt"), 1);
  assert_int_equal(dyad_eval_seen(e, "d3"), 1);
  assert_int_equal(dyad_eval_seen(e, "elsewhere"), 0);
  assert_int_equal(dyad_eval_finish(e, &r, NULL, NULL), 0);
  assert_int_equal(r.unread, 1);
  assert_string_equal(r.first_unread, "d2");
  dyad_eval_free(e);
}

int main(void) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/test_eval.XXXXXX");
  if (!mkdtemp(tmpdir)) return 1;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_doc_id),  cmocka_unit_test(test_errors),
      cmocka_unit_test(test_fp_and_scope), cmocka_unit_test(test_matching),
      cmocka_unit_test(test_dates),   cmocka_unit_test(test_date_pairs),
      cmocka_unit_test(test_empty),
      cmocka_unit_test(test_bom_and_crlf), cmocka_unit_test(test_seen),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
  if (system(cmd) != 0) rc = rc ? rc : 1;
  return rc;
}
