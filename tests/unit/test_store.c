/* test_store.c: the event store through the public API, on synthetic
** documents and events: dedup counts, idempotent re-add, updates, filters,
** index arithmetic, top, edges, exports and errors. */
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

static char dir[256];

static void db_path(char *out, size_t cap, const char *name) {
  snprintf(out, cap, "%s/%s", dir, name);
}

static int setup(void **state) {
  (void)state;
  const char *t = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/test_store.XXXXXX", t && *t ? t : "/tmp");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : -1;
}

/* A document over a static text; the store never frees it. */
static dyad_doc mkdoc(const char *id, const char *text, const char *date, const char *source) {
  dyad_doc d;
  memset(&d, 0, sizeof d);
  d.id = (char *)id;
  d.text = (char *)text;
  d.text_len = strlen(text);
  d.date = (char *)date;
  d.source = (char *)source;
  d.url = NULL;
  return d;
}

static dyad_event mkev(uint32_t sent, const char *date, const char *src, const char *srcc, const char *tgt,
                       const char *tgtc, const char *code, int quad, double gold, const char *place) {
  dyad_event e;
  memset(&e, 0, sizeof e);
  e.sentence = sent;
  snprintf(e.date, sizeof e.date, "%s", date);
  snprintf(e.source, sizeof e.source, "%s", src);
  snprintf(e.source_country, sizeof e.source_country, "%s", srcc);
  snprintf(e.target, sizeof e.target, "%s", tgt);
  snprintf(e.target_country, sizeof e.target_country, "%s", tgtc);
  snprintf(e.code, sizeof e.code, "%s", code);
  snprintf(e.root, sizeof e.root, "%.2s", code);
  e.quad_class = (char)quad;
  e.goldstein = gold;
  if (place) {
    snprintf(e.place, sizeof e.place, "%s", place);
    snprintf(e.place_country, sizeof e.place_country, "RUS");
    e.lat = 55.75;
    e.lon = 37.62;
  }
  return e;
}

static const char text_a[] = "Yun met Lavrov in Moscow.\n\nThey agreed to talk again. Yun met Lavrov.";
static const dyad_sentence sent_a[3] = {{0, 25, 0, 0}, {27, 53, 1, 0}, {54, 69, 1, 0}};

static int64_t nevents(dyad_store *s) {
  dyad_store_totals t;
  assert_int_equal(dyad_store_count(s, &t), 0);
  return t.events;
}

/* Collects rows of an event query. */
typedef struct {
  int n;
  char first_code[8], first_date[11], source_text[64], sentence[128];
  int64_t mentions, articles, sources;
  int stop_after;
} ev_acc;

static int acc_event(void *c, const dyad_event_row *r) {
  ev_acc *a = c;
  if (a->n == 0) {
    snprintf(a->first_code, sizeof a->first_code, "%s", r->code);
    snprintf(a->first_date, sizeof a->first_date, "%s", r->date);
    snprintf(a->source_text, sizeof a->source_text, "%s", r->source_text ? r->source_text : "");
    snprintf(a->sentence, sizeof a->sentence, "%s", r->sentence ? r->sentence : "");
    a->mentions = r->num_mentions;
    a->articles = r->num_articles;
    a->sources = r->num_sources;
  }
  a->n++;
  return a->stop_after && a->n >= a->stop_after ? 7 : 0;
}

static int count_q(dyad_store *s, dyad_query q) {
  ev_acc a;
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_events(s, &q, acc_event, &a), 0);
  return a.n;
}

static void add_a(dyad_store *s, int *res) {
  dyad_doc d = mkdoc("a", text_a, "2016-06-13", "Yonhap");
  dyad_event ev[3] = {
      mkev(0, "", "KORGOV", "KOR", "RUSGOV", "RUS", "042", 1, 1.9, "Moscow"),
      mkev(1, "", "KORGOV", "KOR", "RUSGOV", "RUS", "036", 1, 4.0, NULL),
      mkev(2, "", "KORGOV", "KOR", "RUSGOV", "RUS", "042", 1, 1.9, NULL), /* same event again */
  };
  ev[0].source_start = 0;
  ev[0].source_end = 3;
  ev[0].verb_start = 4;
  ev[0].verb_end = 7;
  ev[2].source_start = 54;
  ev[2].source_end = 57;
  assert_int_equal(dyad_store_add(s, &d, sent_a, 3, ev, 3, res), 0);
}

static void test_dedup_and_idempotence(void **state) {
  (void)state;
  char path[300];
  db_path(path, sizeof path, "dedup.db");
  dyad_store *s;
  int res = -1;
  assert_int_equal(dyad_store_open(path, &s), 0);
  assert_int_equal(nevents(s), 0);
  add_a(s, &res);
  assert_int_equal(res, DYAD_STORE_NEW);
  dyad_store_totals t;
  assert_int_equal(dyad_store_count(s, &t), 0);
  assert_int_equal(t.documents, 1);
  assert_int_equal(t.sentences, 3);
  assert_int_equal(t.events, 2);   /* one per (date, source, target, code) */
  assert_int_equal(t.mentions, 3); /* every mention kept */

  /* The repeated 042 has two mentions in one article of one source. */
  ev_acc a;
  memset(&a, 0, sizeof a);
  dyad_query q = {.code = "042"};
  assert_int_equal(dyad_store_events(s, &q, acc_event, &a), 0);
  assert_int_equal(a.n, 1);
  assert_int_equal(a.mentions, 2);
  assert_int_equal(a.articles, 1);
  assert_int_equal(a.sources, 1);
  assert_string_equal(a.first_date, "2016-06-13"); /* from the document */
  assert_string_equal(a.source_text, "Yun");
  assert_string_equal(a.sentence, "Yun met Lavrov in Moscow.");

  /* Same document again: nothing added. */
  add_a(s, &res);
  assert_int_equal(res, DYAD_STORE_UNCHANGED);
  assert_int_equal(dyad_store_count(s, &t), 0);
  assert_int_equal(t.documents, 1);
  assert_int_equal(t.mentions, 3);

  /* The same content under another id is a copy: nothing added. */
  dyad_doc copy = mkdoc("a-copy", text_a, "2016-06-13", "Yonhap");
  dyad_event e1 = mkev(0, "", "KORGOV", "KOR", "RUSGOV", "RUS", "042", 1, 1.9, NULL);
  assert_int_equal(dyad_store_add(s, &copy, sent_a, 3, &e1, 1, &res), 0);
  assert_int_equal(res, DYAD_STORE_DUPLICATE);

  /* Another article from another source on the same event. */
  static const char text_b[] = "South Korea's Yun visited Moscow.";
  dyad_sentence sb = {0, (uint32_t)strlen(text_b), 0, DYAD_SENT_HEADLINE};
  dyad_doc b = mkdoc("b", text_b, "2016-06-13", "AP");
  assert_int_equal(dyad_store_add(s, &b, &sb, 1, &e1, 1, &res), 0);
  assert_int_equal(res, DYAD_STORE_NEW);
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_events(s, &q, acc_event, &a), 0);
  assert_int_equal(a.n, 1);
  assert_int_equal(a.mentions, 3);
  assert_int_equal(a.articles, 2);
  assert_int_equal(a.sources, 2);
  assert_int_equal(nevents(s), 2);
  assert_int_equal(dyad_store_close(s), 0);

  /* Persisted: reopen read-only and find the same. */
  assert_int_equal(dyad_store_open_v2(path, DYAD_STORE_READONLY, &s), 0);
  assert_int_equal(dyad_store_count(s, &t), 0);
  assert_int_equal(t.documents, 2);
  assert_int_equal(t.events, 2);
  assert_int_equal(t.mentions, 4);
  /* A read-only store refuses writes with a message. */
  assert_int_equal(dyad_store_add(s, &b, &sb, 1, &e1, 1, &res), DYAD_EINVAL);
  assert_non_null(strstr(dyad_store_errmsg(s), "not open for writing"));
  dyad_store_close(s);
}

static void test_update(void **state) {
  (void)state;
  char path[300];
  db_path(path, sizeof path, "update.db");
  dyad_store *s;
  int res;
  assert_int_equal(dyad_store_open(path, &s), 0);
  add_a(s, &res);
  /* Same id, new content: the old mentions go, events left without any
  ** mention go, the new ones come. */
  static const char text2[] = "Yun criticized Lavrov.";
  dyad_sentence s2 = {0, (uint32_t)strlen(text2), 0, 0};
  dyad_doc d = mkdoc("a", text2, "2016-06-14", "Yonhap");
  dyad_event e = mkev(0, "", "KORGOV", "KOR", "RUSGOV", "RUS", "111", 3, -2.0, NULL);
  assert_int_equal(dyad_store_add(s, &d, &s2, 1, &e, 1, &res), 0);
  assert_int_equal(res, DYAD_STORE_UPDATED);
  dyad_store_totals t;
  assert_int_equal(dyad_store_count(s, &t), 0);
  assert_int_equal(t.documents, 1);
  assert_int_equal(t.sentences, 1);
  assert_int_equal(t.events, 1);
  assert_int_equal(t.mentions, 1);
  ev_acc a;
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_events(s, NULL, acc_event, &a), 0);
  assert_int_equal(a.n, 1);
  assert_string_equal(a.first_code, "111");
  assert_string_equal(a.first_date, "2016-06-14");
  dyad_store_close(s);
}

/* A small dataset over three years for filters and the index. */
static dyad_store *dataset(const char *name) {
  char path[300];
  db_path(path, sizeof path, name);
  dyad_store *s;
  assert_int_equal(dyad_store_open(path, &s), 0);
  dyad_store_set_batch(s, 2);
  static const char txt[] = "x";
  dyad_sentence se = {0, 1, 0, 0};
  struct {
    const char *id, *date, *src, *sc, *tgt, *tc, *code;
    int quad;
    double g;
    const char *place;
  } rows[] = {
      {"d1", "2016-01-10", "KORGOV", "KOR", "RUSGOV", "RUS", "042", 1, 1.9, "Moscow"},
      {"d2", "2016-02-03", "RUSGOV", "RUS", "KORGOV", "KOR", "036", 1, 4.0, NULL},
      {"d3", "2016-02-20", "KORGOV", "KOR", "RUS", "RUS", "111", 3, -2.0, NULL},
      {"d4", "2016-05-01", "PRKGOV", "PRK", "RUSGOV", "RUS", "057", 2, 8.0, "Vladivostok"},
      {"d5", "2021-10-28", "KORGOV", "KOR", "RUSGOV", "RUS", "190", 4, -10.0, NULL},
      {"d6", "2023-09-13", "PRKGOV", "PRK", "RUSGOV", "RUS", "042", 1, 1.9, NULL},
      {"d7", "2023", "USA", "USA", "PRK", "PRK", "112", 3, -2.0, NULL},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    dyad_doc d = mkdoc(rows[i].id, txt, NULL, NULL);
    /* Different content per document, so none is a copy of another. */
    d.title = (char *)rows[i].id;
    dyad_event e = mkev(0, rows[i].date, rows[i].src, rows[i].sc, rows[i].tgt, rows[i].tc, rows[i].code,
                        rows[i].quad, rows[i].g, rows[i].place);
    int res;
    assert_int_equal(dyad_store_add(s, &d, &se, 1, &e, 1, &res), 0);
    assert_int_equal(res, DYAD_STORE_NEW);
  }
  return s;
}

static void test_filters(void **state) {
  (void)state;
  dyad_store *s = dataset("filters.db");
  assert_int_equal(count_q(s, (dyad_query){0}), 7);
  assert_int_equal(count_q(s, (dyad_query){.source = "KOR"}), 3);
  assert_int_equal(count_q(s, (dyad_query){.source = "korgov"}), 3);
  assert_int_equal(count_q(s, (dyad_query){.target = "RUS"}), 5);
  assert_int_equal(count_q(s, (dyad_query){.target = "RUSGOV"}), 4);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "KOR:RUS"}), 4);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "RUS:KOR"}), 4);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "KOR>RUS"}), 3);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "RUS>KOR"}), 1);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "PRK:RUS"}), 2);
  assert_int_equal(count_q(s, (dyad_query){.from = "2016-02"}), 6);
  assert_int_equal(count_q(s, (dyad_query){.to = "2016"}), 4);
  assert_int_equal(count_q(s, (dyad_query){.from = "2016-02-04", .to = "2016-05-01"}), 2);
  assert_int_equal(count_q(s, (dyad_query){.code = "042"}), 2);
  assert_int_equal(count_q(s, (dyad_query){.root = "19"}), 1);
  assert_int_equal(count_q(s, (dyad_query){.place = "moscow"}), 1);
  assert_int_equal(count_q(s, (dyad_query){.place = "RUS"}), 2);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "KOR:RUS", .limit = 2}), 2);
  assert_int_equal(count_q(s, (dyad_query){.dyad = "KOR:RUS", .root = "04"}), 1);

  /* Callback stop value comes back. */
  ev_acc a;
  memset(&a, 0, sizeof a);
  a.stop_after = 2;
  assert_int_equal(dyad_store_events(s, NULL, acc_event, &a), 7);
  assert_int_equal(a.n, 2);

  /* Malformed filters: EINVAL with a message. */
  memset(&a, 0, sizeof a);
  dyad_query bad = {.dyad = "KOR-RUS"};
  assert_int_equal(dyad_store_events(s, &bad, acc_event, &a), DYAD_EINVAL);
  assert_non_null(strstr(dyad_store_errmsg(s), "bad dyad 'KOR-RUS'"));
  bad = (dyad_query){.from = "June 2016"};
  assert_int_equal(dyad_store_events(s, &bad, acc_event, &a), DYAD_EINVAL);
  bad = (dyad_query){.source = "KOR' OR 1=1 --"};
  assert_int_equal(dyad_store_events(s, &bad, acc_event, &a), DYAD_EINVAL);
  assert_int_equal(a.n, 0);
  dyad_store_close(s);
}

typedef struct {
  int n;
  char period[8][12];
  int64_t events[8], quad[8][5];
  double sum[8], mean[8];
} ix_acc;

static int acc_index(void *c, const dyad_index_row *r) {
  ix_acc *a = c;
  if (a->n < 8) {
    snprintf(a->period[a->n], sizeof a->period[0], "%s", r->period);
    a->events[a->n] = r->events;
    a->sum[a->n] = r->goldstein_sum;
    a->mean[a->n] = r->goldstein_mean;
    memcpy(a->quad[a->n], r->quad, sizeof r->quad);
  }
  a->n++;
  return 0;
}

static void test_index(void **state) {
  (void)state;
  dyad_store *s = dataset("index.db");
  dyad_query q = {.dyad = "KOR:RUS"};
  ix_acc a;
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_index(s, &q, DYAD_BY_MONTH, acc_index, &a), 0);
  assert_int_equal(a.n, 3);
  assert_string_equal(a.period[0], "2016-01");
  assert_int_equal(a.events[0], 1);
  assert_true(a.sum[0] > 1.89 && a.sum[0] < 1.91);
  assert_string_equal(a.period[1], "2016-02");
  assert_int_equal(a.events[1], 2);
  assert_true(a.sum[1] > 1.99 && a.sum[1] < 2.01);   /* 4.0 - 2.0 */
  assert_true(a.mean[1] > 0.99 && a.mean[1] < 1.01);
  assert_int_equal(a.quad[1][1], 1);
  assert_int_equal(a.quad[1][3], 1);
  assert_string_equal(a.period[2], "2021-10");
  assert_int_equal(a.quad[2][4], 1);

  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_index(s, &q, DYAD_BY_QUARTER, acc_index, &a), 0);
  assert_int_equal(a.n, 2);
  assert_string_equal(a.period[0], "2016-Q1");
  assert_int_equal(a.events[0], 3);
  assert_true(a.sum[0] > 3.89 && a.sum[0] < 3.91);
  assert_true(a.mean[0] > 1.29 && a.mean[0] < 1.31);
  assert_string_equal(a.period[1], "2021-Q4");

  /* By year, with everything: the bare-year event counts in 2023. */
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_index(s, NULL, DYAD_BY_YEAR, acc_index, &a), 0);
  assert_int_equal(a.n, 3);
  assert_string_equal(a.period[0], "2016");
  assert_int_equal(a.events[0], 4);
  assert_true(a.sum[0] > 11.89 && a.sum[0] < 11.91); /* 1.9 + 4 - 2 + 8 */
  assert_int_equal(a.quad[0][2], 1);
  assert_string_equal(a.period[2], "2023");
  assert_int_equal(a.events[2], 2);
  /* ...but not in a monthly index. */
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_index(s, NULL, DYAD_BY_MONTH, acc_index, &a), 0);
  assert_int_equal(a.n, 5);
  dyad_store_close(s);
}

typedef struct {
  int n;
  char key[4][24], other[4][24];
  int64_t events[4];
} ta_acc;

static int acc_tally(void *c, const dyad_tally_row *r) {
  ta_acc *a = c;
  if (a->n < 4) {
    snprintf(a->key[a->n], 24, "%s", r->key);
    snprintf(a->other[a->n], 24, "%s", r->other ? r->other : "");
    a->events[a->n] = r->events;
  }
  a->n++;
  return 0;
}

static int acc_export(void *c, size_t ncol, const char *const *names, const char *const *values) {
  int *n = c;
  if (*n == 0) {
    assert_true(ncol >= 20);
    if (!strcmp(names[0], "GlobalEventID")) {
      assert_string_equal(names[1], "Day");
      assert_string_equal(values[1], "20160110");
      assert_string_equal(values[2], "201601");
      assert_string_equal(values[5], "KORGOV");
      assert_string_equal(values[7], "KOR");
      assert_string_equal(values[8], "GOV");
      assert_string_equal(names[ncol - 1], "SOURCEURL");
    } else {
      assert_string_equal(names[0], "EventID");
      assert_string_equal(values[1], "20160110");
      assert_string_equal(values[6], "KOR");
      assert_string_equal(values[7], "GOV");
    }
  }
  (*n)++;
  return 0;
}

static void test_top_edges_export(void **state) {
  (void)state;
  dyad_store *s = dataset("top.db");
  ta_acc a;
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_top(s, NULL, DYAD_TOP_DYADS, acc_tally, &a), 0);
  assert_int_equal(a.n, 3);
  assert_string_equal(a.key[0], "KOR:RUS");
  assert_int_equal(a.events[0], 4);
  assert_string_equal(a.key[1], "PRK:RUS");
  assert_string_equal(a.key[2], "PRK:USA");

  memset(&a, 0, sizeof a);
  dyad_query lim = {.limit = 1};
  assert_int_equal(dyad_store_top(s, &lim, DYAD_TOP_ACTORS, acc_tally, &a), 0);
  assert_int_equal(a.n, 1);
  assert_string_equal(a.key[0], "RUS");
  assert_int_equal(a.events[0], 6);

  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_edges(s, NULL, 0, acc_tally, &a), 0);
  assert_int_equal(a.n, 4);
  assert_string_equal(a.key[0], "KOR");
  assert_string_equal(a.other[0], "RUS");
  assert_int_equal(a.events[0], 3);
  memset(&a, 0, sizeof a);
  dyad_query one = {.dyad = "KOR>RUS"};
  assert_int_equal(dyad_store_edges(s, &one, 1, acc_tally, &a), 0);
  assert_int_equal(a.n, 2);
  assert_string_equal(a.key[0], "KORGOV");
  assert_string_equal(a.other[0], "RUSGOV");

  int n = 0;
  assert_int_equal(dyad_store_export(s, NULL, DYAD_EXPORT_GDELT, acc_export, &n), 0);
  assert_int_equal(n, 7);
  n = 0;
  assert_int_equal(dyad_store_export(s, NULL, DYAD_EXPORT_PHOENIX, acc_export, &n), 0);
  assert_int_equal(n, 7);
  dyad_store_close(s);
}

/* Parties fall back on the code's country prefix; actorless events stay out
** of dyads; undated events come last. */
static void test_parties_and_order(void **state) {
  (void)state;
  char path[300];
  db_path(path, sizeof path, "parties.db");
  dyad_store *s;
  assert_int_equal(dyad_store_open(path, &s), 0);
  dyad_doc d = mkdoc("p", "x", NULL, NULL);
  dyad_sentence se = {0, 1, 0, 0};
  dyad_event ev[4] = {
      mkev(0, "", "KORGOV", "KOR", "RUSGOV", "", "036", 1, 4.0, NULL),
      mkev(0, "2022", "RUS", "RUS", "", "", "129", 3, -5.0, NULL),
      mkev(0, "2016-06-13", "KORGOV", "KOR", "RUSGOV", "RUS", "042", 1, 1.9, NULL),
      mkev(0, "2016-06-14", "IMGMUSALQ", "", "IRQ", "IRQ", "190", 4, -10.0, NULL),
  };
  assert_int_equal(dyad_store_add(s, &d, &se, 1, ev, 4, NULL), 0);
  ta_acc a;
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_top(s, NULL, DYAD_TOP_DYADS, acc_tally, &a), 0);
  assert_int_equal(a.n, 2);
  assert_string_equal(a.key[0], "KOR:RUS");
  assert_int_equal(a.events[0], 2);
  assert_string_equal(a.key[1], "IMGMUSALQ:IRQ");
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_edges(s, NULL, 0, acc_tally, &a), 0);
  assert_int_equal(a.n, 2);
  memset(&a, 0, sizeof a);
  assert_int_equal(dyad_store_top(s, NULL, DYAD_TOP_ACTORS, acc_tally, &a), 0);
  assert_int_equal(a.n, 4); /* KOR, RUS, IMGMUSALQ, IRQ: no "" actor */
  assert_int_equal(count_q(s, (dyad_query){.dyad = "KOR>RUS"}), 2);
  ev_acc e;
  memset(&e, 0, sizeof e);
  assert_int_equal(dyad_store_events(s, NULL, acc_event, &e), 0);
  assert_int_equal(e.n, 4);
  assert_string_equal(e.first_date, "2016-06-13"); /* "" sorts last */
  dyad_store_close(s);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  static char buf[1 << 20];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  return buf;
}

static size_t occurrences(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++) n++;
  return n;
}

static void test_report(void **state) {
  (void)state;
  dyad_store *s = dataset("report.db");
  /* Text with markup in a document: it must come out escaped. */
  static const char txt[] = "Seoul <b>warned</b> Moscow & \"others\".";
  dyad_doc d = mkdoc("esc", txt, "2016-03-01", "Wire <X>");
  dyad_sentence se = {0, (uint32_t)strlen(txt), 0, 0};
  dyad_event e = mkev(0, "", "KORGOV", "KOR", "RUSGOV", "RUS", "130", 3, -4.4, NULL);
  assert_int_equal(dyad_store_add(s, &d, &se, 1, &e, 1, NULL), 0);
  char path[300];
  db_path(path, sizeof path, "report.html");
  assert_int_equal(dyad_report_write(s, "KOR:RUS", path), 0);
  const char *html = slurp(path);
  assert_non_null(html);
  assert_non_null(strstr(html, "<!DOCTYPE html>"));
  assert_int_equal(occurrences(html, "<svg "), 2);
  assert_int_equal(occurrences(html, "<li class=\"q"), 5);
  assert_null(strstr(html, "<b>warned</b>"));
  assert_non_null(strstr(html, "Seoul &lt;b&gt;warned&lt;/b&gt; Moscow &amp; &quot;others&quot;."));
  assert_non_null(strstr(html, "Wire &lt;X&gt;"));
  assert_null(strstr(html, "<script"));
  /* Months 2016-01 .. 2021-10 are one axis: a bar per month with events. */
  assert_non_null(strstr(html, "<title>2016-02: sum 2.0, mean 1.00, 2 events</title>"));
  assert_non_null(strstr(html, "<title>2021-10: sum -10.0, mean -10.00, 1 events</title>"));

  /* More events than the timeline holds: the most mentioned are kept. */
  static char ids[70][8], dates[70][11];
  for (int i = 0; i < 70; i++) {
    snprintf(ids[i], 8, "fd%d", i);
    snprintf(dates[i], 11, "2020-%02d-%02d", i / 28 + 1, i % 28 + 1);
    dyad_doc fd = mkdoc(ids[i], "x", dates[i], NULL);
    fd.title = ids[i];
    dyad_event fe[2] = {mkev(0, "", "FRA", "FRA", "DEU", "DEU", "042", 1, 1.9, NULL),
                        mkev(0, "", "FRA", "FRA", "DEU", "DEU", "042", 1, 1.9, NULL)};
    fe[1].verb_start = 1; /* a second mention of the same event */
    dyad_sentence one = {0, 1, 0, 0};
    assert_int_equal(dyad_store_add(s, &fd, &one, 1, fe, i == 42 ? 2 : 1, NULL), 0);
  }
  assert_int_equal(dyad_report_write(s, "FRA:DEU", path), 0);
  html = slurp(path);
  assert_non_null(strstr(html, "The 60 most mentioned of 70 events, in date order."));
  assert_int_equal(occurrences(html, "<li class=\"q"), 60);
  assert_non_null(strstr(html, "2020-02-15")); /* event 42, two mentions */
  assert_non_null(strstr(html, "2 mentions in 1 article"));

  assert_int_equal(dyad_report_write(s, "KOR", path), DYAD_EINVAL);
  assert_non_null(strstr(dyad_store_errmsg(s), "bad dyad 'KOR'"));
  db_path(path, sizeof path, "no/such/dir/r.html");
  assert_int_equal(dyad_report_write(s, "KOR:RUS", path), DYAD_EIO);
  assert_non_null(strstr(dyad_store_errmsg(s), "r.html: cannot write the report"));
  dyad_store_close(s);
}

static void test_batches_survive(void **state) {
  (void)state;
  char path[300];
  db_path(path, sizeof path, "batch.db");
  /* Batch of 3: after 7 documents, 6 are committed; a second connection
  ** sees them while the 7th is still open. */
  dyad_store *s, *r;
  assert_int_equal(dyad_store_open(path, &s), 0);
  dyad_store_set_batch(s, 3);
  char ids[7][8], titles[7][8];
  dyad_sentence se = {0, 1, 0, 0};
  for (int i = 0; i < 7; i++) {
    snprintf(ids[i], 8, "doc%d", i);
    snprintf(titles[i], 8, "t%d", i);
    dyad_doc d = mkdoc(ids[i], "x", "2020-01-01", NULL);
    d.title = titles[i];
    dyad_event e = mkev(0, "", "FRA", "FRA", "DEU", "DEU", "042", 1, 1.9, NULL);
    assert_int_equal(dyad_store_add(s, &d, &se, 1, &e, 1, NULL), 0);
  }
  assert_int_equal(dyad_store_open_v2(path, DYAD_STORE_READONLY, &r), 0);
  dyad_store_totals t;
  assert_int_equal(dyad_store_count(r, &t), 0);
  assert_int_equal(t.documents, 6);
  assert_int_equal(t.events, 1);
  assert_int_equal(dyad_store_commit(s), 0);
  assert_int_equal(dyad_store_count(r, &t), 0);
  assert_int_equal(t.documents, 7);
  assert_int_equal(t.mentions, 7);
  dyad_store_close(r);
  dyad_store_close(s);
}

static void test_bad_input(void **state) {
  (void)state;
  char path[300];
  dyad_store *s;
  /* Not a database. */
  db_path(path, sizeof path, "text.db");
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("this is not an SQLite file, just some text long enough to matter........\n", f);
  fclose(f);
  assert_int_equal(dyad_store_open(path, &s), DYAD_EDB);
  assert_non_null(strstr(dyad_store_errmsg(s), "text.db: "));
  dyad_store_close(s);
  /* Unwritable place. */
  db_path(path, sizeof path, "no/such/dir/x.db");
  assert_int_equal(dyad_store_open(path, &s), DYAD_EIO);
  assert_non_null(strstr(dyad_store_errmsg(s), "cannot open database"));
  dyad_store_close(s);
  /* Read-only open never creates. */
  db_path(path, sizeof path, "absent.db");
  assert_true(dyad_store_open_v2(path, DYAD_STORE_READONLY, &s) < 0);
  dyad_store_close(s);
  assert_int_equal(access(path, F_OK), -1);
  /* An SQLite database of something else. */
  db_path(path, sizeof path, "other.db");
  assert_int_equal(system("true"), 0);
  char cmd[400];
  snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'CREATE TABLE t (x)' 2>/dev/null", path);
  if (system(cmd) == 0) {
    assert_int_equal(dyad_store_open(path, &s), DYAD_EDB);
    assert_non_null(strstr(dyad_store_errmsg(s), "not a dyad database"));
    dyad_store_close(s);
  }
  /* Bad documents and events roll back alone. */
  db_path(path, sizeof path, "bad.db");
  assert_int_equal(dyad_store_open(path, &s), 0);
  /* A good document first, in the same batch: it must survive. */
  dyad_doc g = mkdoc("good", "fine", NULL, NULL);
  dyad_sentence gs = {0, 4, 0, 0};
  assert_int_equal(dyad_store_add(s, &g, &gs, 1, NULL, 0, NULL), 0);
  dyad_doc d = mkdoc("bad", "short", NULL, NULL);
  dyad_sentence far = {0, 99, 0, 0};
  assert_int_equal(dyad_store_add(s, &d, &far, 1, NULL, 0, NULL), DYAD_EINVAL);
  assert_non_null(strstr(dyad_store_errmsg(s), "bad: sentence 0"));
  dyad_event e = mkev(0, "", "FRA", "FRA", "DEU", "DEU", "", 1, 0, NULL);
  dyad_sentence ok = {0, 5, 0, 0};
  assert_int_equal(dyad_store_add(s, &d, &ok, 1, &e, 1, NULL), DYAD_EINVAL);
  dyad_doc noid = mkdoc("x", "y", NULL, NULL);
  noid.id = NULL;
  assert_int_equal(dyad_store_add(s, &noid, NULL, 0, NULL, 0, NULL), DYAD_EINVAL);
  dyad_store_totals t;
  assert_int_equal(dyad_store_count(s, &t), 0);
  assert_int_equal(t.documents, 1);
  assert_int_equal(t.sentences, 1);
  /* ...and a good one after them still goes in. */
  int res;
  assert_int_equal(dyad_store_add(s, &d, &ok, 1, NULL, 0, &res), 0);
  assert_int_equal(res, DYAD_STORE_NEW);
  dyad_store_close(s);
  assert_int_equal(dyad_store_open_v2(path, DYAD_STORE_READONLY, &s), 0);
  assert_int_equal(dyad_store_count(s, &t), 0);
  assert_int_equal(t.documents, 2);
  dyad_store_close(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dedup_and_idempotence),
      cmocka_unit_test(test_update),
      cmocka_unit_test(test_filters),
      cmocka_unit_test(test_index),
      cmocka_unit_test(test_top_edges_export),
      cmocka_unit_test(test_parties_and_order),
      cmocka_unit_test(test_report),
      cmocka_unit_test(test_batches_survive),
      cmocka_unit_test(test_bad_input),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
