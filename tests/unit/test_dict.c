/*
** test_dict.c: the dictionary loader (dict.c) on the fixtures of
** tests/cases/dict: good files load with the right counts; every kind of
** malformed line is reported as "file:line: message" and loading goes on;
** phrase normalisation (case, hyphens, apostrophes, acronyms) as seen through
** dyad__find_actors; the data directory fallbacks; compiled sets
** (dict_cache.c): a round trip matches like the sources, and damaged files
** (truncated, bytes changed with a valid checksum) are errors, never a crash.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "dict.h"
#include "dict_int.h"
#include "dict_petrarch.h"
#include "verbs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char good[4096], bad[4096], data[4096], tmpdir[4096];

static void path_of(char *out, size_t cap, const char *dir, const char *file) {
  snprintf(out, cap, "%s/%s", dir, file);
}

static void write_file(const char *path, const char *text, size_t len) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, len, f), len);
  fclose(f);
}

/* Loads one file into a new dictionary; returns it (caller frees). */
static dyad_dict *load_one(const char *path, int *rc) {
  dyad_dict *d = dyad_dict_new();
  assert_non_null(d);
  *rc = dyad_dict_load(d, path, DYAD_DICT_AUTO);
  return d;
}

static void good_fixture(void **state) {
  dyad_dict *d = dyad_dict_new();
  (void)state;
  assert_non_null(d);
  assert_int_equal(dyad_dict_load_default(d, good), 0);
  assert_int_equal(dyad__dict_nerrors(d), 0);
  assert_string_equal(dyad_dict_errmsg(d), "");
  assert_int_equal(dyad__dict_count(d, 0), 21);
  assert_int_equal(dyad__dict_count(d, 1), 3);
  assert_int_equal(dyad__dict_count(d, 2), 9);
  assert_int_equal(dyad__dict_count(d, 3), 7);
  assert_int_equal(dyad__dict_count(d, 4), 3);
  assert_true(dyad__dict_count(d, 5) > 100);
  assert_int_equal(dyad__dict_count(d, 99), 0);
  assert_non_null(dyad__dict_verbs(d));
  dyad_dict_free(d);
}

static void shipped_data(void **state) {
  dyad_dict *d = dyad_dict_new();
  (void)state;
  assert_int_equal(dyad_dict_load_default(d, data), 0);
  if (*dyad_dict_errmsg(d)) print_message("# %s\n", dyad_dict_errmsg(d));
  assert_int_equal(dyad__dict_nerrors(d), 0);
  assert_true(dyad__dict_count(d, 0) >= 190);
  assert_true(dyad__dict_count(d, 3) >= 250);
  dyad_dict_free(d);
}

/* Every malformed line of a bad file: its line number and message. */
static void expect_errors(const char *file, const char *const *want) {
  char path[4200], needle[4400];
  int rc;
  size_t n = 0;
  dyad_dict *d;
  path_of(path, sizeof path, bad, file);
  d = load_one(path, &rc);
  assert_int_equal(rc, DYAD_EDICT);
  for (; want[n]; n++) {
    snprintf(needle, sizeof needle, "%s:%s", path, want[n]);
    if (!strstr(dyad_dict_errmsg(d), needle))
      print_message("# missing '%s' in:\n%s\n", needle, dyad_dict_errmsg(d));
    assert_non_null(strstr(dyad_dict_errmsg(d), needle));
  }
  assert_int_equal(dyad__dict_nerrors(d), n);
  dyad_dict_free(d);
}

static void bad_countries(void **state) {
  static const char *const want[] = {
      "3: bad ISO code", "4: wrong field count", "5: empty name",
      "6: empty name in a '|' list", "7: bad coordinates", "9: invalid UTF-8",
      "10: line too long", NULL};
  (void)state;
  expect_errors("countries.tsv", want);
}

static void bad_people(void **state) {
  /* loaded alone: no countries, so unknown-country codes are not errors */
  static const char *const want[] = {
      "3: unknown role", "4: bad date", "5: bad date",
      "6: bad date: term ends before it starts", "7: bad actor code",
      "9: empty name", "10: wrong field count", NULL};
  (void)state;
  expect_errors("people.tsv", want);
}

static void bad_agents(void **state) {
  static const char *const want[] = {"3: unknown sector code", "4: unknown role",
                                     "5: unknown kind", "6: empty name",
                                     "7: wrong field count", NULL};
  (void)state;
  expect_errors("agents.tsv", want);
}

/* Country codes are checked against the loaded countries. */
static void unknown_country_code(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200];
  (void)state;
  path_of(path, sizeof path, good, "countries.tsv");
  assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), 0);
  path_of(path, sizeof path, bad, "people.tsv");
  assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), DYAD_EDICT);
  assert_non_null(strstr(dyad_dict_errmsg(d), "people.tsv:8: bad ISO code"));
  /* the good lines around the bad ones loaded: Yun and Lavrov */
  assert_int_equal(dyad__dict_count(d, 2), 2);
  dyad_dict_free(d);
}

static void whole_bad_dir(void **state) {
  dyad_dict *d = dyad_dict_new();
  (void)state;
  assert_int_equal(dyad_dict_load_default(d, bad), DYAD_EDICT);
  assert_true(dyad__dict_nerrors(d) >= 20);
  /* one message a line, each starting with the file name */
  for (const char *p = dyad_dict_errmsg(d); p && *p;) {
    assert_memory_equal(p, bad, strlen(bad));
    p = strchr(p, '\n');
    if (p) p++;
  }
  dyad_dict_free(d);
}

static void file_quirks(void **state) {
  char path[4200];
  int rc;
  dyad_dict *d;
  const char *crlf = "\xEF\xBB\xBF# BOM and CRLF\r\nofficial|officials\tGOV\t\r\n\r\n  \t\n"
                     "forces\tMIL\tplural\r\n";
  (void)state;
  path_of(path, sizeof path, tmpdir, "agents.tsv");
  write_file(path, crlf, strlen(crlf));
  d = load_one(path, &rc);
  assert_int_equal(rc, 0);
  assert_int_equal(dyad__dict_count(d, 3), 2);
  dyad_dict_free(d);
  /* an empty file is fine */
  write_file(path, "", 0);
  d = load_one(path, &rc);
  assert_int_equal(rc, 0);
  assert_int_equal(dyad__dict_count(d, 3), 0);
  dyad_dict_free(d);
  /* a NUL byte inside a line */
  write_file(path, "off\0icial\tGOV\n", 14);
  d = load_one(path, &rc);
  assert_int_equal(rc, DYAD_EDICT);
  assert_non_null(strstr(dyad_dict_errmsg(d), "agents.tsv:1: invalid UTF-8"));
  dyad_dict_free(d);
  /* a last line without a newline, and a phrase of over 32 words */
  {
    char big[400];
    size_t n = 0;
    for (int i = 0; i < 40; i++) n += (size_t)snprintf(big + n, sizeof big - n, "w%d ", i);
    n += (size_t)snprintf(big + n, sizeof big - n, "\tGOV\nenvoy\tGOV\trole:ENV");
    write_file(path, big, n);
    d = load_one(path, &rc);
    assert_int_equal(rc, DYAD_EDICT);
    assert_non_null(strstr(dyad_dict_errmsg(d), "agents.tsv:1: phrase too long"));
    assert_int_equal(dyad__dict_count(d, 3), 1);
    dyad_dict_free(d);
  }
}

static void bad_arguments(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200];
  (void)state;
  assert_int_equal(dyad_dict_load(d, NULL, DYAD_DICT_AUTO), DYAD_EINVAL);
  assert_int_equal(dyad_dict_load(NULL, "x", DYAD_DICT_AUTO), DYAD_EINVAL);
  assert_int_equal(dyad_dict_load_default(NULL, NULL), DYAD_EINVAL);
  path_of(path, sizeof path, good, "agents.tsv");
  assert_int_equal(dyad_dict_load(d, path, (dyad_dict_format)99), DYAD_EINVAL);
  assert_non_null(strstr(dyad_dict_errmsg(d), "unknown dictionary format"));
  assert_int_equal(dyad_dict_load(d, "/nonexistent/agents.tsv", DYAD_DICT_AUTO), DYAD_EIO);
  assert_non_null(strstr(dyad_dict_errmsg(d), "/nonexistent/agents.tsv: cannot read"));
  assert_int_equal(dyad_dict_load(d, "/etc/hostname", DYAD_DICT_AUTO), DYAD_EINVAL);
  assert_non_null(strstr(dyad_dict_errmsg(d), "unknown dictionary file"));
  assert_null(dyad__dict_verbs(d));
  dyad_dict_free(d);
  dyad_dict_free(NULL);
  assert_string_equal(dyad_dict_errmsg(NULL), "");
}

/* dir NULL: $DYAD_DATA wins over the compiled-in directory. */
static void data_dir_fallbacks(void **state) {
  dyad_dict *d = dyad_dict_new();
  (void)state;
  setenv("DYAD_DATA", good, 1);
  assert_int_equal(dyad_dict_load_default(d, NULL), 0);
  assert_int_equal(dyad__dict_count(d, 0), 21);
  dyad_dict_free(d);
  d = dyad_dict_new();
  setenv("DYAD_DATA", "/nonexistent-dyad-data", 1);
  assert_int_equal(dyad_dict_load_default(d, NULL), DYAD_EIO);
  assert_non_null(strstr(dyad_dict_errmsg(d), "/nonexistent-dyad-data/countries.tsv"));
  dyad_dict_free(d);
  unsetenv("DYAD_DATA");
  d = dyad_dict_new();
  assert_int_equal(dyad_dict_load_default(d, NULL), 0); /* DYAD_DATADIR */
  assert_true(dyad__dict_count(d, 0) >= 190);
  dyad_dict_free(d);
}

/* The codes the mentions of `text` get, space-separated ("-" for none). */
static void codes_of(const dyad_dict *d, const char *text, const char *date,
                     char *out, size_t cap) {
  dyad_token toks[256];
  dyad_mention ms[32];
  size_t nt = dyad_tokenize(text, 0, strlen(text), toks, 256), nm;
  nm = dyad__find_actors(d, text, toks, nt, date, ms, 32);
  out[0] = 0;
  for (size_t i = 0; i < nm && i < 32; i++) {
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "%s%s", n ? " " : "", ms[i].code[0] ? ms[i].code : "-");
  }
}

static void normalisation(void **state) {
  dyad_dict *d = dyad_dict_new();
  char got[512];
  (void)state;
  assert_int_equal(dyad_dict_load_default(d, good), 0);
  /* hyphen and space are the same; case folds for capitalised words */
  codes_of(d, "Yun Byung Se and YUN BYUNG-SE met", "2016-06-01", got, sizeof got);
  assert_string_equal(got, "KORGOV KORGOV");
  codes_of(d, "Kim Jong-un and Kim Jong Un", "2016-06-01", got, sizeof got);
  assert_string_equal(got, "PRKGOV PRKGOV");
  /* proper names need capitals: "russia" in lower case is not Russia */
  codes_of(d, "russia and Russia", NULL, got, sizeof got);
  assert_string_equal(got, "RUS");
  /* acronyms only in capitals: "us" and "Us" are not the US */
  codes_of(d, "Us and us and US and U.S. officials", NULL, got, sizeof got);
  assert_string_equal(got, "USA USAGOV");
  /* curly and straight apostrophes, multi-byte case folding */
  codes_of(d, "Democratic People’s Republic of Korea and Türkiye and TÜRKIYE", NULL, got,
           sizeof got);
  assert_string_equal(got, "PRK TUR TUR");
  /* agent words match in any case */
  codes_of(d, "RUSSIAN FORCES and Russian Forces", NULL, got, sizeof got);
  assert_string_equal(got, "RUSMIL RUSMIL");
  /* a word only partly matching a phrase is not matched */
  codes_of(d, "Russian-backed Moscowville Seoul-Moscow", NULL, got, sizeof got);
  assert_string_equal(got, "");
  dyad_dict_free(d);
}

/* People by date on the fixture: short forms only while in office, full
** names always (the country alone when out of office), the later term on
** a hand-over day, the latest term without a date. */
static void people_dates(void **state) {
  dyad_dict *d = dyad_dict_new();
  char got[512], code[32];
  int role = -1;
  int32_t putin;
  (void)state;
  assert_int_equal(dyad_dict_load_default(d, good), 0);
  codes_of(d, "Yun said", "2016-06-13", got, sizeof got);
  assert_string_equal(got, "KORGOV");
  codes_of(d, "Yun said", "2020-01-01", got, sizeof got);
  assert_string_equal(got, "");
  codes_of(d, "Yoon Suk-yeol said", "2016-06-13", got, sizeof got);
  assert_string_equal(got, "KOR");
  codes_of(d, "Yoon said", "2016-06-13", got, sizeof got);
  assert_string_equal(got, "");
  codes_of(d, "Lavrov said", NULL, got, sizeof got);
  assert_string_equal(got, "RUSGOV");
  codes_of(d, "Yun said", "2016", got, sizeof got); /* a year overlaps the term */
  assert_string_equal(got, "KORGOV");
  codes_of(d, "Yun said", "2017-07", got, sizeof got); /* ended 2017-06-18 */
  assert_string_equal(got, "");
  putin = dyad__office_holder(d, "RUS", DYAD_ROLE_HOS, "2012-05-07");
  assert_true(putin >= 0);
  assert_int_equal(dyad__person_code(d, putin, "2012-05-07", code, &role), 1);
  assert_int_equal(role, DYAD_ROLE_HOS); /* the hand-over day: the new term */
  assert_int_equal(dyad__person_code(d, putin, "2010-01-01", code, &role), 1);
  assert_int_equal(role, DYAD_ROLE_HOG);
  assert_int_equal(dyad__office_holder(d, "RUS", DYAD_ROLE_HOG, "2010-01-01"), putin);
  assert_int_equal(dyad__office_holder(d, "RUS", DYAD_ROLE_HOG, NULL), -1);
  assert_int_equal(dyad__person_code(d, putin, "1990-01-01", code, &role), 0);
  dyad_dict_free(d);
}

/* The dictionary side folds units byte by byte, the matcher eight bytes at
** a time: random words (mixed case, hyphens, apostrophes, accents, lengths
** across the 8-byte boundaries) added as agents must all be found again in
** another case. */
static void fold_agreement(void **state) {
  static const char *const pieces[] = {"a", "B", "c", "D", "e", "Z", "q", "9", "é", "Ü",
                                       "ß", "'", "-", "x", "Y", "m", "N", "o"};
  dyad_dict *d = dyad_dict_new();
  char text[20000], word[64];
  size_t tl = 0, nwords = 0, nm, nt;
  unsigned seed = 7;
  static dyad_token toks[8000];
  static dyad_mention ms[600];
  (void)state;
  for (int w = 0; w < 300; w++) {
    size_t wl = 0, want = 1 + (size_t)(w % 19);
    seed = seed * 1103515245u + 12345u;
    word[wl++] = (char)('a' + (seed >> 16) % 26); /* starts and ends with a letter */
    while (wl < want) {
      const char *p;
      seed = seed * 1103515245u + 12345u;
      p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
      if ((p[0] == '-' || p[0] == '\'') && (word[wl - 1] == '-' || word[wl - 1] == '\''))
        continue;
      memcpy(word + wl, p, strlen(p));
      wl += strlen(p);
    }
    word[wl++] = 'k';
    word[wl] = 0;
    if (dyad__dict_add_agent(d, word, wl, "GOV", 0, 0)) continue;
    nwords++;
    /* the same word in the text, ASCII letters case-swapped */
    for (size_t i = 0; i < wl; i++) {
      char c = word[i];
      if (c >= 'a' && c <= 'z') c = (char)(c - 32);
      else if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
      text[tl++] = c;
    }
    memcpy(text + tl, " ; ", 3);
    tl += 3;
  }
  text[tl] = 0;
  nt = dyad_tokenize(text, 0, tl, toks, 8000);
  nm = dyad__find_actors(d, text, toks, nt, NULL, ms, 600);
  if (nm != nwords) print_message("# %zu words, %zu found\n", nwords, nm);
  assert_int_equal(nm, nwords);
  for (size_t i = 0; i < nm; i++) assert_string_equal(ms[i].sector, "GOV");
  dyad_dict_free(d);
}

/* people.tsv alone: the first full name is the person's name. */
static void people_alone(void **state) {
  char path[4200];
  int rc;
  dyad_dict *d;
  int32_t p;
  (void)state;
  path_of(path, sizeof path, good, "people.tsv");
  d = load_one(path, &rc);
  assert_int_equal(rc, 0);
  p = dyad__office_holder(d, "RUS", DYAD_ROLE_FM, "2016-01-01");
  assert_true(p >= 0);
  assert_string_equal(dyad__person_name(d, p), "Sergey Lavrov");
  p = dyad__office_holder(d, "KOR", DYAD_ROLE_FM, "2016-01-01");
  assert_string_equal(dyad__person_name(d, p), "Yun Byung-se");
  dyad_dict_free(d);
}

/* Later loads win for the same phrase. */
static void later_wins(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200], got[256];
  const char *a = "broadcaster\tMED\t\n", *b = "broadcaster\tBUS\t\n";
  (void)state;
  path_of(path, sizeof path, good, "countries.tsv");
  assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), 0);
  path_of(path, sizeof path, tmpdir, "agents.tsv");
  write_file(path, a, strlen(a));
  assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), 0);
  write_file(path, b, strlen(b));
  assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), 0);
  codes_of(d, "a Japanese broadcaster", NULL, got, sizeof got);
  assert_string_equal(got, "JPNBUS");
  dyad_dict_free(d);
}

/* The adders for other dictionary readers (issue 4). */
static void adders(void **state) {
  dyad_dict *d = dyad_dict_new();
  char path[4200], got[256], code[32];
  int32_t a;
  int role;
  (void)state;
  path_of(path, sizeof path, good, "countries.tsv");
  assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), 0);
  a = dyad__dict_new_actor(d);
  assert_true(a >= 0);
  assert_int_equal(dyad__dict_add_actor_name(d, a, "Ban Ki-moon", 11, 0), 0);
  assert_int_equal(dyad__dict_add_actor_name(d, a, "", 0, 0), DYAD_EDICT);
  assert_int_equal(dyad__dict_add_actor_name(d, 99999, "X", 1, 0), DYAD_EINVAL);
  assert_int_equal(dyad__dict_add_term(d, a, "IGOUNO", DYAD_ROLE_OTH, 20070101, 20161231), 0);
  assert_int_equal(dyad__dict_add_term(d, a, "X", 0, 0, 0), DYAD_EINVAL);
  assert_int_equal(dyad__dict_add_agent(d, "warlord", 7, "REB", 0, 0), 0);
  codes_of(d, "Ban Ki-moon met a Russian warlord", "2010-05-05", got, sizeof got);
  assert_string_equal(got, "IGOUNO RUSREB");
  assert_int_equal(dyad__person_code(d, a, "2010-05-05", code, &role), 1);
  assert_string_equal(code, "IGOUNO");
  assert_string_equal(dyad__person_name(d, a), "Ban Ki-moon");
  /* TABARI placement: [NGO~] before the country, [~GOVFRM] after it */
  assert_int_equal(dyad__dict_add_agent_ex(d, "humanitarian group", 18, "NGO", 0, 0, 1), 0);
  assert_int_equal(dyad__dict_add_agent_ex(d, "former official", 15, "GOVFRMXYZ", 0, 0, 0), 0);
  assert_int_equal(dyad__dict_add_agent_ex(d, "x", 1, "", 0, 0, 0), DYAD_EINVAL);
  assert_int_equal(dyad__dict_add_agent_ex(d, "x", 1, "ABCDEFGHIJKLMNOPQ", 0, 0, 0),
                   DYAD_EINVAL);
  codes_of(d, "a Cuban humanitarian group and a Russian former official", NULL, got,
           sizeof got);
  assert_string_equal(got, "NGOCUB RUSGOVFRMXYZ");
  dyad__dict_error(d, "x.tsv", 7, "custom %d", 42);
  assert_non_null(strstr(dyad_dict_errmsg(d), "x.tsv:7: custom 42"));
  assert_int_equal(dyad__dict_nerrors(d), 1);
  dyad_dict_free(d);
}

/* ---- compiled sets ------------------------------------------------------ */

static const char *probe_texts[] = {
    "South Korean Foreign Minister Yun Byung-se met his Russian counterpart Sergey Lavrov in Moscow.",
    "Russian forces attacked rebels near the border, officials said on Monday.",
    "The UN Security Council condemned the missile launch and threatened sanctions against North Korea.",
    "Kim Jong-un visited China and held talks with Xi Jinping on economic aid.",
    "Israeli troops arrested dozens of Palestinians; the government denied the accusations.",
    "The minister said that word7 was more important, and said to the press word29 more.",
};

/* A line per probe text: actor codes, then the verb matches (pattern and
** span), so two sets can be compared. */
static void probe(const dyad_dict *d, char *out, size_t cap) {
  size_t n = 0;
  out[0] = 0;
  for (size_t k = 0; k < sizeof probe_texts / sizeof probe_texts[0]; k++) {
    const char *text = probe_texts[k];
    dyad_token toks[256];
    uint64_t hash[256];
    unsigned char word[256];
    dyad_vmatch vm[32];
    char got[1024];
    size_t nt = dyad_tokenize(text, 0, strlen(text), toks, 256), nv;
    codes_of(d, text, "2016-06-13", got, sizeof got);
    n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "%s |", got);
    for (size_t i = 0; i < nt && i < 256; i++) {
      hash[i] = dyad__token_hash(text + toks[i].start, toks[i].end - toks[i].start);
      word[i] = (toks[i].flags & DYAD_TOK_WORD) ? DYAD_VW_WORD : 0;
    }
    nv = dyad__verbs_match(dyad__dict_verbs(d), hash, word, nt < 256 ? nt : 256, vm, 32);
    for (size_t i = 0; i < nv && i < 32; i++)
      n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, " %u:%u-%u", vm[i].pattern,
                            vm[i].tok_start, vm[i].tok_end);
    n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "\n");
  }
}

static void compiled_roundtrip(void **state) {
  char file[4200], a[8192], b[8192];
  dyad_dict *d = dyad_dict_new(), *d2 = dyad_dict_new(), *d3 = dyad_dict_new();
  (void)state;
  path_of(file, sizeof file, tmpdir, "set.dyc");
  assert_int_equal(dyad_dict_compile(d, data, NULL, 0, file), 0);
  assert_int_equal(dyad_dict_load(d2, file, DYAD_DICT_AUTO), 0);
  assert_int_equal(dyad__dict_cached(d2), 1);
  assert_int_equal(dyad__dict_cached(d), 0);
  for (int k = 0; k < 6; k++) assert_int_equal(dyad__dict_count(d, k), dyad__dict_count(d2, k));
  probe(d, a, sizeof a);
  probe(d2, b, sizeof b);
  assert_true(strstr(a, "KORGOV") != NULL && strstr(a, ":") != NULL);
  assert_string_equal(a, b);
  assert_non_null(dyad__dict_gazetteer(d2));
  /* a compiled set is complete: not into a set that has data */
  assert_int_equal(dyad_dict_load(d2, file, DYAD_DICT_AUTO), DYAD_EINVAL);
  assert_non_null(strstr(dyad_dict_errmsg(d2), "load it alone"));
  /* nothing to compile; a set with errors; a non-new set */
  assert_int_equal(dyad_dict_compile(d3, "none", NULL, 0, file), DYAD_EINVAL);
  dyad_dict_free(d3);
  d3 = dyad_dict_new();
  assert_int_not_equal(dyad_dict_compile(d3, bad, NULL, 0, file), 0);
  assert_int_equal(dyad_dict_compile(d2, data, NULL, 0, file), DYAD_EINVAL);
  /* the file written first is still whole */
  dyad_dict_free(d3);
  d3 = dyad_dict_new();
  assert_int_equal(dyad_dict_load(d3, file, DYAD_DICT_AUTO), 0);
  probe(d3, b, sizeof b);
  assert_string_equal(a, b);
  unlink(file);
  dyad_dict_free(d);
  dyad_dict_free(d2);
  dyad_dict_free(d3);
}

static unsigned char *slurp_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  unsigned char *buf;
  long n;
  assert_non_null(f);
  assert_int_equal(fseek(f, 0, SEEK_END), 0);
  n = ftell(f);
  assert_true(n > 0);
  rewind(f);
  buf = malloc((size_t)n);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/* The compiled file's checksum is one value whatever the path computing it
** (AVX2, SSE2 with aligned or unaligned loads, plain C): known answers of
** the original SSE2 sum at each alignment and at lengths around its steps. */
static void compiled_checksum(void **state) {
  static _Alignas(64) unsigned char buf[100096];
  static const struct {
    size_t off, len;
    uint64_t sum;
  } want[] = {
      {0, 0, 0x2226036764c3ea08ull},
      {0, 31, 0xd518edf3919496acull},
      {0, 64, 0x4d88dfdecf89f1f5ull},
      {0, 127, 0x5d95971a096be78aull},
      {0, 128, 0x8dee904d70c46cf1ull},
      {0, 1000, 0x611f56bb6d6c23a8ull},
      {0, 4133, 0x253fc965cfdd4471ull},
      {0, 100000, 0xc046fb8f88dfe425ull},
      {1, 0, 0x2226036764c3ea08ull},
      {1, 31, 0x78b1d5960997c8adull},
      {1, 64, 0xe28078533d492447ull},
      {1, 127, 0x2f5191e01eef8102ull},
      {1, 128, 0x102b64add485187full},
      {1, 1000, 0x77feda4253f26a0aull},
      {1, 4133, 0xccf730addcd167c1ull},
      {1, 100000, 0x720b6a41a855d4bbull},
      {8, 0, 0x2226036764c3ea08ull},
      {8, 31, 0x926f5f2f701bd7b1ull},
      {8, 64, 0x4db42e5ab4f209dbull},
      {8, 127, 0x5fbc34b119768183ull},
      {8, 128, 0x68ce4baa412d6a20ull},
      {8, 1000, 0xe0308ef3e647bfe8ull},
      {8, 4133, 0xcec58259e01e0534ull},
      {8, 100000, 0xee0d7e5d30c28f55ull},
      {16, 0, 0x2226036764c3ea08ull},
      {16, 31, 0xa4c78ca36dda3f81ull},
      {16, 64, 0x06ba5457cf4fe224ull},
      {16, 127, 0x405fe92a0fee9ed9ull},
      {16, 128, 0x8b37eadd2f8ce8c4ull},
      {16, 1000, 0x3165d418ca305295ull},
      {16, 4133, 0x4fdc2ed774a758faull},
      {16, 100000, 0x6a45aa0afee6c3beull},
  };
  (void)state;
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)((i * 2654435761u) >> 13);
  for (size_t k = 0; k < sizeof want / sizeof want[0]; k++)
    assert_true(dyad__dict_checksum(buf + want[k].off, want[k].len) == want[k].sum);
}

/* Damaged compiled sets: cut anywhere, or bytes changed and the checksum
** made valid again so the section checks are reached. Each load fails
** cleanly or gives a set that matches without crashing. */
static void compiled_damage(void **state) {
  char file[4200], out[8192];
  size_t len;
  unsigned char *orig, *buf;
  unsigned seed = 12345;
  int loaded = 0, refused = 0;
  dyad_dict *d = dyad_dict_new();
  (void)state;
  char extra[4200];
  const char *paths[1];
  FILE *f;
  path_of(file, sizeof file, tmpdir, "dmg.dyc");
  /* a head word with 30 patterns (found through anchors, verbs.c) */
  path_of(extra, sizeof extra, tmpdir, "extra-verbs.txt");
  f = fopen(extra, "w");
  assert_non_null(f);
  for (int k = 0; k < 30; k++) fprintf(f, "010 v say+ * word%d ** (more)\n", k);
  fprintf(f, "020 v say+ to|with\n");
  fclose(f);
  paths[0] = extra;
  assert_int_equal(dyad_dict_compile(d, good, paths, 1, file), 0);
  dyad_dict_free(d);
  orig = slurp_file(file, &len);
  buf = malloc(len);
  assert_non_null(buf);
  d = dyad_dict_new();
  assert_int_equal(dyad__dict_load_compiled_buf(d, orig, len, "x"), 0);
  dyad_dict_free(d);
  /* cut: the header's length says more than there is */
  for (size_t cut = 0; cut < len; cut += 1 + len / 97) {
    d = dyad_dict_new();
    assert_true(dyad__dict_load_compiled_buf(d, orig, cut, "cut.dyc") < 0);
    assert_non_null(strstr(dyad_dict_errmsg(d), "cut.dyc: "));
    dyad_dict_free(d);
  }
  /* cut, with the header made to agree: the sections run short */
  for (size_t cut = 64; cut < len; cut += 1 + len / 89) {
    memcpy(buf, orig, cut);
    dyad__dict_compiled_reseal(buf, cut);
    d = dyad_dict_new();
    assert_true(dyad__dict_load_compiled_buf(d, buf, cut, "cut.dyc") < 0);
    dyad_dict_free(d);
  }
  /* bytes changed: 1-4 random bytes past the header */
  for (int it = 0; it < 1500; it++) {
    int nb = 1 + it % 4, rc;
    memcpy(buf, orig, len);
    for (int k = 0; k < nb; k++) {
      seed = seed * 1103515245u + 12345u;
      /* half the changes in the first 256 KB (the dictionary and verb
         sections; the gazetteer's tables come last and are large) */
      size_t span = (it & 1) && len - 64 > 262144 ? 262144 : len - 64;
      size_t at = 64 + (seed >> 8) % span;
      seed = seed * 1103515245u + 12345u;
      buf[at] ^= (unsigned char)(1u << ((seed >> 16) & 7));
    }
    dyad__dict_compiled_reseal(buf, len);
    d = dyad_dict_new();
    rc = dyad__dict_load_compiled_buf(d, buf, len, "flip.dyc");
    if (rc == 0) {
      loaded++;
      probe(d, out, sizeof out); /* must not crash */
    } else {
      refused++;
      assert_non_null(strstr(dyad_dict_errmsg(d), "flip.dyc: "));
    }
    dyad_dict_free(d);
  }
  /* without resealing, the checksum catches every change */
  memcpy(buf, orig, len);
  buf[len / 2] ^= 0x10;
  d = dyad_dict_new();
  assert_int_equal(dyad__dict_load_compiled_buf(d, buf, len, "sum.dyc"), DYAD_EFORMAT);
  assert_non_null(strstr(dyad_dict_errmsg(d), "checksum"));
  dyad_dict_free(d);
  assert_true(refused > 0);
  (void)loaded;
  free(buf);
  free(orig);
  unlink(file);
  unlink(extra);
}


/* ---- PETRARCH story discards (dict_petrarch.c) ------------------------- */

static int sd_letter(unsigned char c) { return (unsigned)((c | 32) - 'a') < 26u; }

/* The definition, written plainly: a story phrase starts where no ASCII
** letter is before it, matches in any ASCII case and ends where no letter
** follows. */
static int story_ref(const dyad__pdiscard *dd, size_t n, const char *t, size_t len) {
  for (size_t j = 0; j < len; j++) {
    if (j > 0 && sd_letter((unsigned char)t[j - 1])) continue;
    for (size_t k = 0; k < n; k++) {
      const char *ph = dd[k].phrase;
      size_t pn = strlen(ph), q = 0;
      if (!dd[k].story || j + pn > len) continue;
      while (q < pn && (char)((t[j + q] >= 'a' && t[j + q] <= 'z') ? t[j + q] - 32 : t[j + q]) == ph[q]) q++;
      if (q == pn && (j + pn == len || !sd_letter((unsigned char)t[j + pn]))) return 1;
    }
  }
  return 0;
}

/* Appends pieces drawn by the LCG *r to out until it holds `want` bytes or
** the next piece would pass `cap`; returns the length (no NUL written). */
static size_t random_pieces(unsigned long *r, const char *const *piece, size_t np, size_t want, char *out,
                            size_t cap) {
  size_t len = 0;
  while (len < want) {
    const char *p;
    size_t k;
    *r = *r * 6364136223846793005ul + 1442695040888963407ul;
    p = piece[(*r >> 33) % np];
    k = strlen(p);
    if (len + k > cap) break;
    memcpy(out + len, p, k);
    len += k;
  }
  return len;
}

/* Random texts of pieces that start, end and nearly make the phrases, in
** every case and at every offset of the 8- and 16-byte steps the scans
** take (and in their last, partial steps): the scan agrees with story_ref
** on each. */
static void story_set(const char *file, const char *lines, size_t min_hits) {
  static const char *piece[] = {
      "world", "World", "WORLD", "cup", "Cup", "CUP", "cups", "xworld", "16", "116", "kilometre",
      "KILOMETRE", "run", "Run", "runs", "tiger", "Tiger", "woods", "Woods", "uefa", "UEFA", "un",
      "UN", "x", "X", "nam", "'nam", "'", " ", " ", " ", "  ", ",", ".", "-", "\n", "(", ")",
      "\xc3\xa9", "a", "the", "said", "9", "_", "round", "of", "ROUND OF 16"};
  const size_t np = sizeof piece / sizeof *piece;
  char path[4200], text[512];
  dyad_dict *d = dyad_dict_new();
  const dyad__pdiscard *dd;
  size_t n, hits = 0;
  unsigned long r = 12345;
  path_of(path, sizeof path, tmpdir, file);
  write_file(path, lines, strlen(lines));
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  dd = dyad__petrarch_discards(dyad__petrarch_of(d), &n);
  assert_true(n > 0);
  for (int it = 0; it < 20000; it++) {
    size_t len = random_pieces(&r, piece, np, (size_t)(it % 72), text, sizeof text - 1);
    text[len] = 0;
    int got = dyad__petrarch_story_discard(dyad__petrarch_of(d), text, len);
    int exp = story_ref(dd, n, text, len);
    if (got != exp) fail_msg("%s: '%s': got %d, expected %d", file, text, got, exp);
    hits += (size_t)got;
  }
  if (hits < min_hits) fail_msg("%s: only %zu hits", file, hits);
  dyad_dict_free(d);
  unlink(path);
}

/* A phrase or a near-miss ending at or just before the text's end, at every
** offset of the scan's 16- and 32-byte steps and of its last, copied steps
** (the four-byte case reads its filters from the step's own bytes there):
** the bytes after the text's end are letters that would change the answer
** if they were read. */
static void story_ends(void) {
  static const char *tail[] = {"UEFA", "uefa", "UEF", "world cup", "WORLD CU", "16 kilometre run",
                               "16 KILOMETRE RU", "round of 16", "xuefa", "tiger woods"};
  char path[4200], buf[256];
  dyad_dict *d = dyad_dict_new();
  const dyad__pdiscard *dd;
  size_t n, hits = 0;
  path_of(path, sizeof path, tmpdir, "Story7.discards.txt");
  const char *lines = "+WORLD CUP\n+16 KILOMETRE RUN\n+TIGER WOODS\n+UEFA\n+ROUND OF 16\n";
  write_file(path, lines, strlen(lines));
  assert_int_equal(dyad__petrarch_load(d, path, DYAD_DICT_AUTO), 0);
  dd = dyad__petrarch_discards(dyad__petrarch_of(d), &n);
  for (size_t k = 0; k < sizeof tail / sizeof *tail; k++) {
    size_t tn = strlen(tail[k]);
    for (size_t lead = 0; lead < 100; lead++) {
      size_t len = lead + tn;
      for (size_t i = 0; i < lead; i++) buf[i] = i + 1 == lead ? ' ' : (char)('a' + (char)(i % 7));
      memcpy(buf + lead, tail[k], tn);
      memset(buf + len, 'S', sizeof buf - len); /* ("UEFAS", "WORLD CUPS": no phrase) */
      int got = dyad__petrarch_story_discard(dyad__petrarch_of(d), buf, len);
      int exp = story_ref(dd, n, buf, len);
      if (got != exp) fail_msg("'%.*s': got %d, expected %d", (int)len, buf, got, exp);
      hits += (size_t)got;
    }
  }
  assert_int_equal(hits, 600); /* the six tails that end in a whole phrase, at every offset */
  dyad_dict_free(d);
  unlink(path);
}

static void story_discards(void **state) {
  (void)state;
  story_ends();
  /* all phrases of four bytes or more, starting with letters or digits
     (the Phoenix case: 16-byte steps, the four-byte filter, word starts
     only) */
  story_set("Story1.discards.txt", "+WORLD CUP\n+16 KILOMETRE RUN\n+TIGER WOODS\n+UEFA\n+ROUND OF 16\nRUN\n", 100);
  /* a phrase starting with neither: every byte after a non-letter */
  story_set("Story2.discards.txt", "+WORLD CUP\n+'NAM\n", 100);
  /* a three-byte phrase: 8-byte steps and the three-byte filter */
  story_set("Story5.discards.txt", "+WORLD CUP\n+CUP\n+16 KILOMETRE RUN\n", 100);
  story_set("Story6.discards.txt", "+TIGER WOODS\n+'UN\n", 20);
  /* short phrases (two bytes, one byte): the byte-by-byte probes */
  story_set("Story3.discards.txt", "+UN\n+X\n+TIGER WOODS\n", 100);
  /* no story phrase: never */
  story_set("Story4.discards.txt", "WORLD CUP\n", 0);
}


/* ---- the lower-case first-unit filter (dict.c first_lc, actors.c) ------- */

/* The mentions of random sentences (names, agents and function words in
** every case, possessives, hyphens) with the set's filters as loaded, and
** with the lower-case filter replaced by the plain one (every phrase start
** tried at a word in lower case, as before the filter): the same mentions,
** and the filter leaves some words out. Ours, then ours + Phoenix when
** $SHARED has it. */
static void lc_filter_set(dyad_dict *d) {
  static const char *const piece[] = {
      "turkey", "Turkey", "TURKEY", "china", "China", "the", "The", "united", "United", "states",
      "States", "president", "President", "minister", "Minister", "foreign", "Foreign", "south",
      "South", "korea", "Korea", "korean", "Korean", "people's", "People's", "republic",
      "Republic", "iraqi-polish", "Iraqi-Polish", "us-led", "US-led", "un", "UN", "security",
      "Security", "council", "Council", "new", "New", "york", "York", "police", "army", "Army",
      "hamas", "Hamas", "bush", "Bush", "george", "George", "obama", "Obama", "moon", "Moon",
      "jae-in", "Jae-in", "kim", "Kim", "jong", "said", "met", "in", ",", ".", "'s", "and", "of",
      "a", "an", "his", "their", "counterpart", "forces", "Forces", "rebels", "government",
      "Government", "ministry", "Ministry", "ambassador", "Israel", "israel", "Israeli",
      "palestinian", "Palestinian", "authority", "Authority", "european", "European", "union",
      "Union", "iraq", "Iraq", "Baghdad", "baghdad", "white", "White", "house", "House"};
  const size_t np = sizeof piece / sizeof *piece;
  static uint64_t keep[1024];
  unsigned long r = 99;
  size_t dropped = 0, total = 0;
  static dyad_token toks[512];
  static dyad_mention a[128], b[128];
  char text[2048];
  for (size_t k = 0; k < 1024; k++) {
    assert_true((d->first_lc[k] & ~d->first[k]) == 0); /* a subset */
    dropped += (size_t)__builtin_popcountll(d->first[k] & ~d->first_lc[k]);
  }
  assert_true(dropped > 0);
  memcpy(keep, d->first_lc, sizeof keep);
  for (int it = 0; it < 3000; it++) {
    size_t len = 0, nt, na, nb;
    int words = 3 + it % 25;
    for (int w = 0; w < words; w++) {
      const char *p;
      r = r * 6364136223846793005ul + 1442695040888963407ul;
      p = piece[(r >> 33) % np];
      if (len && p[0] != ',' && p[0] != '.' && p[0] != '\'') text[len++] = ' ';
      memcpy(text + len, p, strlen(p));
      len += strlen(p);
    }
    text[len] = 0;
    nt = dyad_tokenize(text, 0, len, toks, 512);
    memcpy(d->first_lc, keep, sizeof keep);
    na = dyad__find_actors(d, text, toks, nt, "2016-06-13", a, 128);
    memcpy(d->first_lc, d->first, sizeof keep);
    nb = dyad__find_actors(d, text, toks, nt, "2016-06-13", b, 128);
    if (na != nb) fail_msg("'%s': %zu mentions with the filter, %zu without", text, na, nb);
    for (size_t i = 0; i < na && i < 128; i++)
      if (a[i].tok_start != b[i].tok_start || a[i].tok_end != b[i].tok_end ||
          a[i].kind != b[i].kind || strcmp(a[i].code, b[i].code) || strcmp(a[i].sector, b[i].sector))
        fail_msg("'%s': mention %zu differs", text, i);
    total += na;
  }
  memcpy(d->first_lc, keep, sizeof keep);
  assert_true(total > 3000);
}

static void lowercase_filter(void **state) {
  const char *shared = getenv("SHARED");
  char path[4200];
  dyad_dict *d = dyad_dict_new();
  (void)state;
  assert_int_equal(dyad_dict_load_default(d, NULL), 0);
  lc_filter_set(d);
  if (shared && (snprintf(path, sizeof path, "%s/dictionaries/phoenix", shared), access(path, R_OK) == 0)) {
    assert_int_equal(dyad_dict_load(d, path, DYAD_DICT_AUTO), 0);
    lc_filter_set(d);
  } else {
    print_message("# no $SHARED/dictionaries/phoenix: ours only\n");
  }
  dyad_dict_free(d);
}

/* ---- the verb index (verbs.c) against a plain scan ---------------------- */

/* A generated pattern, as the reference matcher sees it: slot k has nalt[k]
** words (indexes into vw[]), or is a gap of gap[k] tokens; opt[k]: optional. */
typedef struct rpat {
  int kind; /* DYAD_VK_VERB, DYAD_VK_NOUN, DYAD_VK_NULL */
  int ns;
  int nalt[16], alt[16][3], gap[16], opt[16];
} rpat;

static const char *vw[] = {"said", "says", "told", "met", "visit", "talks", "with",
                           "on", "to", "aid", "troops", "deal", "plan", "and", "the"};
#define NVW (sizeof vw / sizeof *vw)

typedef struct rstate {
  const rpat *p;
  const uint64_t *h;
  const unsigned char *w;
  size_t nt;
  long best;
  uint32_t gs, ge, cgs, cge;
} rstate;

/* The pattern semantics of verbs.h, written out: depth first, the first
** complete path wins, gaps as short as possible, optional words taken. */
static void rmatch(rstate *m, int si, size_t t) {
  const rpat *p = m->p;
  if (m->best >= 0) return;
  if (si == p->ns) {
    m->best = (long)t;
    m->gs = m->cgs;
    m->ge = m->cge;
    return;
  }
  if (p->gap[si]) {
    uint32_t sgs = m->cgs, sge = m->cge;
    for (size_t k = 0; k <= (size_t)p->gap[si] && t + k <= m->nt; k++) {
      if (k > 0 && (!(m->w[t + k - 1] & (DYAD_VW_WORD | DYAD_VW_GAPOK)) || (m->w[t + k - 1] & DYAD_VW_NOGAP)))
        break;
      if (k > 0) {
        if (m->cge == 0) m->cgs = (uint32_t)t;
        m->cge = (uint32_t)(t + k);
      }
      rmatch(m, si + 1, t + k);
    }
    m->cgs = sgs;
    m->cge = sge;
    return;
  }
  if (t < m->nt)
    for (int a = 0; a < p->nalt[si]; a++)
      if (m->h[t] == dyad__token_hash(vw[p->alt[si][a]], strlen(vw[p->alt[si][a]]))) {
        rmatch(m, si + 1, t + 1);
        break;
      }
  if (p->opt[si]) rmatch(m, si + 1, t);
}

static size_t rscan(const rpat *ps, size_t np, const uint64_t *h, const unsigned char *w, size_t nt,
                    dyad_vmatch *out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < nt;) {
    long best = -1;
    uint32_t bp = 0, bgs = 0, bge = 0;
    unsigned ctx = w[i] & (DYAD_VW_NOUNCTX | DYAD_VW_VERBCTX);
    if (!(w[i] & DYAD_VW_WORD)) {
      i++;
      continue;
    }
    for (size_t k = np; k-- > 0;) {
      const rpat *p = &ps[k];
      rstate m = {p, h, w, nt, -1, 0, 0, 0, 0};
      int head = 0;
      for (int a = 0; a < p->nalt[0]; a++)
        head |= h[i] == dyad__token_hash(vw[p->alt[0][a]], strlen(vw[p->alt[0][a]]));
      if (!head || (p->kind == DYAD_VK_VERB && (ctx & DYAD_VW_NOUNCTX)) ||
          (p->kind == DYAD_VK_NOUN && (ctx & DYAD_VW_VERBCTX)))
        continue;
      rmatch(&m, 1, i + 1);
      if (m.best < 0) continue;
      int better = m.best > best;
      if (!better && m.best == best) {
        int bk = ps[bp].kind;
        if (p->kind == DYAD_VK_VERB && bk == DYAD_VK_NOUN) better = 1;
        else if (!(p->kind == DYAD_VK_NOUN && bk == DYAD_VK_VERB) && k > bp) better = 1;
      }
      if (better) {
        best = m.best;
        bp = (uint32_t)k;
        bgs = m.gs;
        bge = m.ge;
      }
    }
    if (best < 0) {
      i++;
      continue;
    }
    if (n < cap) {
      out[n].tok_start = (uint32_t)i;
      out[n].tok_end = (uint32_t)best;
      out[n].gap_start = bgs;
      out[n].gap_end = bge;
      out[n].pattern = bp;
    }
    n++;
    i = (size_t)best;
  }
  return n;
}

static unsigned long vrand(unsigned long *r) {
  *r = *r * 6364136223846793005ul + 1442695040888963407ul;
  return *r >> 33;
}

/* 600 random patterns, most sharing a few first slots (so that head lists are
** long and indexed by anchors; the others' first slots are random, so a head
** also has small sets, merged into a set of its own), and 20,000 random
** sentences with random context flags: dyad__verbs_match finds what a scan
** of every pattern finds, and so does the index saved and restored. */
static void verb_index(void **state) {
  static rpat ps[600];
  /* the first slots the patterns share (a verb block's) */
  static const int heads[4][3] = {{0, 1, 2}, {3, 4, -1}, {5, -1, -1}, {1, 3, -1}};
  dyad_verbs *v = NULL, *v2 = NULL;
  unsigned long r = 777;
  char line[512], err[256];
  size_t np = sizeof ps / sizeof *ps, tried = 0, found = 0;
  (void)state;
  for (size_t k = 0; k < np; k++) {
    rpat *p = &ps[k];
    size_t len = 0;
    int hs = (int)(vrand(&r) % 6);
    memset(p, 0, sizeof *p);
    p->kind = (int)(vrand(&r) % 5 == 0 ? DYAD_VK_NOUN : vrand(&r) % 7 == 0 ? DYAD_VK_NULL : DYAD_VK_VERB);
    len += (size_t)snprintf(line + len, sizeof line - len, "%s %s ", p->kind == DYAD_VK_NULL ? "-" : "010",
                            p->kind == DYAD_VK_NOUN ? "n" : "v");
    p->ns = 1 + (int)(vrand(&r) % 5);
    for (int s = 0; s < p->ns; s++) {
      if (s > 0 && s < p->ns - 1 && vrand(&r) % 3 == 0) {
        p->gap[s] = vrand(&r) % 2 ? 4 : 8;
        len += (size_t)snprintf(line + len, sizeof line - len, "%s ", p->gap[s] == 4 ? "*" : "**");
        continue;
      }
      if (s == 0 && hs < 4) {
        for (int a = 0; a < 3 && heads[hs][a] >= 0; a++) p->alt[0][p->nalt[0]++] = heads[hs][a];
      } else {
        p->nalt[s] = 1 + (int)(vrand(&r) % 3);
        for (int a = 0; a < p->nalt[s]; a++) p->alt[s][a] = (int)(vrand(&r) % NVW);
      }
      p->opt[s] = s > 0 && vrand(&r) % 4 == 0;
      len += (size_t)snprintf(line + len, sizeof line - len, "%s", p->opt[s] ? "(" : "");
      for (int a = 0; a < p->nalt[s]; a++)
        len += (size_t)snprintf(line + len, sizeof line - len, "%s%s", a ? "|" : "", vw[p->alt[s][a]]);
      len += (size_t)snprintf(line + len, sizeof line - len, "%s ", p->opt[s] ? ")" : "");
    }
    if (dyad__verbs_add(&v, line, "gen.txt", (unsigned)k + 1, err, sizeof err)) fail_msg("%s", err);
  }
  assert_int_equal(dyad__verbs_finish(v), 0);
  assert_int_equal(dyad__verbs_count(v), np);
  /* the compiled form of the index matches alike */
  {
    dyad__wbuf wb = {NULL, 0, 0, 0};
    dyad__rbuf rb;
    assert_int_equal(dyad__verbs_save(v, &wb), 0);
    rb.p = wb.p;
    rb.n = wb.n;
    rb.off = 0;
    rb.err = 0;
    rb.wp = NULL;
    assert_int_equal(dyad__verbs_restore(&v2, &rb), 0);
    assert_int_equal(rb.off, wb.n);
    free(wb.p);
  }
  for (int it = 0; it < 20000; it++) {
    uint64_t h[40];
    unsigned char w[40];
    dyad_vmatch got[40], exp[40], got2[40];
    size_t nt = 1 + vrand(&r) % 40, ng, ne;
    for (size_t i = 0; i < nt; i++) {
      const char *s = vw[vrand(&r) % NVW];
      unsigned f = (unsigned)vrand(&r) % 100;
      h[i] = dyad__token_hash(s, strlen(s));
      w[i] = f < 6 ? 0 : f < 8 ? DYAD_VW_GAPOK : DYAD_VW_WORD;
      if (f >= 8 && f < 16) w[i] |= DYAD_VW_NOUNCTX;
      if (f >= 16 && f < 24) w[i] |= DYAD_VW_VERBCTX;
      if (f >= 24 && f < 30) w[i] |= DYAD_VW_NOGAP;
    }
    ng = dyad__verbs_match(v, h, w, nt, got, 40);
    ne = rscan(ps, np, h, w, nt, exp, 40);
    assert_int_equal(ng, ne);
    assert_int_equal(dyad__verbs_match(v2, h, w, nt, got2, 40), ng);
    assert_memory_equal(got2, got, (ng < 40 ? ng : 40) * sizeof *got);
    {
      /* the head masks computed by the caller (dyad__verbs_match_heads) */
      uint64_t hm = dyad__verbs_heads(v, h, w, nt);
      assert_int_equal(dyad__verbs_match_heads(v, h, w, nt, &hm, got2, 40), ng);
      assert_memory_equal(got2, got, (ng < 40 ? ng : 40) * sizeof *got);
    }
    for (size_t k = 0; k < ng && k < 40; k++) {
      if (memcmp(&got[k], &exp[k], sizeof got[k]))
        fail_msg("sentence %d, match %zu: pattern %u [%u,%u) gap [%u,%u), expected %u [%u,%u) gap [%u,%u)", it, k,
                 got[k].pattern, got[k].tok_start, got[k].tok_end, got[k].gap_start, got[k].gap_end,
                 exp[k].pattern, exp[k].tok_start, exp[k].tok_end, exp[k].gap_start, exp[k].gap_end);
    }
    tried++;
    found += ng;
  }
  assert_true(found > tried); /* the sentences do match, often */
  for (int it = 0; it < 200; it++) {
    /* sentences of several 64-token blocks, the head masks a block */
    uint64_t h[200], hm[4];
    unsigned char w[200];
    dyad_vmatch got[200], got2[200];
    size_t nt = 65 + vrand(&r) % 135, ng;
    for (size_t i = 0; i < nt; i++) {
      const char *s = vw[vrand(&r) % NVW];
      h[i] = dyad__token_hash(s, strlen(s));
      w[i] = vrand(&r) % 10 ? DYAD_VW_WORD : 0;
    }
    for (size_t b = 0; b < nt; b += 64) hm[b >> 6] = dyad__verbs_heads(v, h + b, w + b, nt - b);
    ng = dyad__verbs_match(v, h, w, nt, got, 200);
    assert_true(ng <= 200);
    assert_int_equal(dyad__verbs_match_heads(v, h, w, nt, hm, got2, 200), ng);
    assert_memory_equal(got2, got, ng * sizeof *got);
  }
  dyad__verbs_free(v);
  dyad__verbs_free(v2);
}


/* Anchors far after the head: 64 patterns of one first slot ("said", a big
** list reached through its head set's anchors), each "said" then up to six
** "**" gaps each before a word of two (troops|deal ...), then a gap and a
** last word of one (the anchor: the slot with fewest words), so an anchor
** lies up to 63 tokens after the head, and heads sit near the end of the
** sentence (the anchor walk clipped there); sentences of 70-199 words:
** dyad__verbs_match finds what the plain scan finds, and some match ends
** more than 40 tokens after its head. */
static void verb_anchor_reach(void **state) {
  static rpat ps[64];
  dyad_verbs *v = NULL;
  unsigned long r = 4242;
  char line[512], err[256];
  size_t np = sizeof ps / sizeof *ps, far = 0;
  (void)state;
  for (size_t k = 0; k < np; k++) {
    rpat *p = &ps[k];
    size_t len = 0;
    int pairs = (int)(vrand(&r) % 7), q = 1;
    memset(p, 0, sizeof *p);
    p->kind = DYAD_VK_VERB;
    len += (size_t)snprintf(line + len, sizeof line - len, "010 v said ");
    p->nalt[0] = 1;
    p->alt[0][0] = 0; /* "said" */
    for (int g = 0; g <= pairs; g++, q++) {
      p->gap[q++] = 8;
      if (g < pairs) {
        p->nalt[q] = 2;
        p->alt[q][0] = 9 + (int)(vrand(&r) % 2);  /* aid | troops */
        p->alt[q][1] = 11 + (int)(vrand(&r) % 2); /* deal | plan */
      } else {
        p->nalt[q] = 1;
        p->alt[q][0] = 9 + (int)(vrand(&r) % 4);
      }
      len += (size_t)snprintf(line + len, sizeof line - len, "** %s%s%s ", vw[p->alt[q][0]],
                              p->nalt[q] > 1 ? "|" : "", p->nalt[q] > 1 ? vw[p->alt[q][1]] : "");
    }
    p->ns = q;
    if (dyad__verbs_add(&v, line, "far.txt", (unsigned)k + 1, err, sizeof err)) fail_msg("%s", err);
  }
  assert_int_equal(dyad__verbs_finish(v), 0);
  for (int it = 0; it < 400; it++) {
    uint64_t h[200];
    unsigned char w[200];
    dyad_vmatch got[200], exp[200];
    size_t nt = 70 + vrand(&r) % 130, ng, ne;
    for (size_t i = 0; i < nt; i++) {
      /* words no pattern holds after "said", now and then a head or a slot's word */
      unsigned f = (unsigned)vrand(&r) % 100;
      const char *s = f < 4 ? "said" : f < 16 ? vw[9 + vrand(&r) % 4] : vw[1 + vrand(&r) % 8];
      h[i] = dyad__token_hash(s, strlen(s));
      w[i] = DYAD_VW_WORD;
    }
    ng = dyad__verbs_match(v, h, w, nt, got, 200);
    ne = rscan(ps, np, h, w, nt, exp, 200);
    assert_int_equal(ng, ne);
    assert_memory_equal(got, exp, ng * sizeof *got);
    for (size_t k = 0; k < ng; k++) far += got[k].tok_end > got[k].tok_start + 40;
  }
  assert_true(far > 0);
  dyad__verbs_free(v);
}

/* The anchor walk's last tokens: 48 patterns of one first slot ("said"), each
** "said", then a gap of one to three "*" (so the anchor lies 2 to 13 tokens
** after the head: walks of every length, four tokens a step or not) and an
** anchor of one word, some with a word of two before it; sentences of 1 to 24
** words, their hashes and flags in arrays of exactly that size (a walk reads
** no hash past the last, even four at a time), "said" often among the last
** few: dyad__verbs_match finds what the plain scan finds. */
static void verb_anchor_tail(void **state) {
  static rpat ps[48];
  dyad_verbs *v = NULL;
  unsigned long r = 2424;
  char line[512], err[256];
  size_t np = sizeof ps / sizeof *ps, found = 0;
  (void)state;
  for (size_t k = 0; k < np; k++) {
    rpat *p = &ps[k];
    size_t len = 0;
    int q = 1, gaps = 1 + (int)(vrand(&r) % 3);
    memset(p, 0, sizeof *p);
    p->kind = DYAD_VK_VERB;
    len += (size_t)snprintf(line + len, sizeof line - len, "010 v said ");
    p->nalt[0] = 1;
    p->alt[0][0] = 0; /* "said" */
    for (int g = 0; g < gaps; g++) {
      p->gap[q++] = 4;
      len += (size_t)snprintf(line + len, sizeof line - len, "* ");
      if (g + 1 < gaps && vrand(&r) % 2) {
        p->nalt[q] = 2;
        p->alt[q][0] = 9 + (int)(vrand(&r) % 2);  /* aid | troops */
        p->alt[q][1] = 11 + (int)(vrand(&r) % 2); /* deal | plan */
        len += (size_t)snprintf(line + len, sizeof line - len, "%s|%s ", vw[p->alt[q][0]], vw[p->alt[q][1]]);
        q++;
      }
    }
    p->nalt[q] = 1;
    p->alt[q][0] = 3 + (int)(vrand(&r) % 10); /* met ... plan */
    len += (size_t)snprintf(line + len, sizeof line - len, "%s", vw[p->alt[q][0]]);
    p->ns = q + 1;
    if (dyad__verbs_add(&v, line, "tail.txt", (unsigned)k + 1, err, sizeof err)) fail_msg("%s", err);
  }
  assert_int_equal(dyad__verbs_finish(v), 0);
  for (int it = 0; it < 4000; it++) {
    size_t nt = 1 + vrand(&r) % 24, ng, ne;
    uint64_t *h = malloc(nt * sizeof *h);
    unsigned char *w = malloc(nt);
    dyad_vmatch got[24], exp[24];
    assert_non_null(h);
    assert_non_null(w);
    for (size_t i = 0; i < nt; i++) {
      unsigned f = (unsigned)vrand(&r) % 100;
      const char *s = f < 12 || (i + 5 > nt && f < 40) ? "said" : vw[1 + vrand(&r) % 12];
      h[i] = dyad__token_hash(s, strlen(s));
      w[i] = DYAD_VW_WORD;
    }
    ng = dyad__verbs_match(v, h, w, nt, got, 24);
    ne = rscan(ps, np, h, w, nt, exp, 24);
    assert_int_equal(ng, ne);
    assert_memory_equal(got, exp, ng * sizeof *got);
    found += ng;
    free(h);
    free(w);
  }
  assert_true(found > 400);
  dyad__verbs_free(v);
}

/* dyad__term_key (dict_int.h, unrolled) against its definition, written
** plainly: the role in the top byte, then the country's bytes before its
** first NUL, three at most; bytes after the NUL (a term's country field
** holds eight) never count, nor do those of a longer code. */
static void term_key_bytes(void **state) {
  static const unsigned char bytes[] = {0, 'A', 'z', '_', 0x80, 0xC3, 0xFF};
  const size_t nb = sizeof bytes;
  (void)state;
  for (size_t a = 0; a < nb; a++)
    for (size_t b = 0; b < nb; b++)
      for (size_t c = 0; c < nb; c++)
        for (size_t d = 0; d < nb; d++)
          for (int role = 0; role < 256; role += 85) {
            char s[8] = {(char)bytes[a], (char)bytes[b], (char)bytes[c], (char)bytes[d], 'X', 0, 0, 0};
            uint32_t k = (uint32_t)role << 24;
            for (int i = 0; i < 3 && s[i]; i++) k |= (uint32_t)(unsigned char)s[i] << (8 * i);
            if (dyad__term_key(s, role) != k)
              fail_msg("term key of %02x %02x %02x %02x role %d", bytes[a], bytes[b], bytes[c], bytes[d], role);
          }
  assert_true(dyad__term_key("", 1) == 1u << 24);
  assert_true(dyad__term_key("US", 2) == (2u << 24 | 'S' << 8 | 'U'));
}

/* dyad__token_hash (verbs.c) against its definition, written plainly:
** FNV-1a over the bytes with ASCII upper case folded and U+2019 read as '. */
static uint64_t hash_ref(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
      c = '\'';
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      c = (unsigned char)(c + 32);
    }
    h = (h ^ c) * 1099511628211ull;
  }
  return h;
}

static void token_hash(void **state) {
  static const char *piece[] = {"a", "Z", "q", "M", "'", "-", "0", "\xe2\x80\x99", "\xe2\x80", "\xe2",
                                "\xc3\xa9", "\xff", "@", "[", "`", "{", "abcdefgh", "ABCDEFGH"};
  const size_t np = sizeof piece / sizeof *piece;
  unsigned long r = 99;
  char s[64];
  (void)state;
  assert_true(dyad__token_hash("Said", 4) == dyad__token_hash("said", 4));
  assert_true(dyad__token_hash("don\xe2\x80\x99t", 7) == dyad__token_hash("don't", 5));
  for (int it = 0; it < 100000; it++) {
    size_t len = random_pieces(&r, piece, np, (size_t)(it % 40), s, sizeof s);
    for (size_t cut = 0; cut <= len; cut += 1 + len / 4)
      if (dyad__token_hash(s + cut, len - cut) != hash_ref(s + cut, len - cut))
        fail_msg("token_hash differs on %zu bytes", len - cut);
  }
}

int main(void) {
  const char *root = getenv("ROOT");
  const char *t = getenv("TMPDIR");
  int rc;
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(good_fixture),       cmocka_unit_test(shipped_data),
      cmocka_unit_test(bad_countries),      cmocka_unit_test(bad_people),
      cmocka_unit_test(bad_agents),         cmocka_unit_test(unknown_country_code),
      cmocka_unit_test(whole_bad_dir),      cmocka_unit_test(file_quirks),
      cmocka_unit_test(bad_arguments),      cmocka_unit_test(data_dir_fallbacks),
      cmocka_unit_test(normalisation),      cmocka_unit_test(later_wins),
      cmocka_unit_test(adders),            cmocka_unit_test(people_dates),
      cmocka_unit_test(fold_agreement),     cmocka_unit_test(people_alone),
      cmocka_unit_test(compiled_roundtrip), cmocka_unit_test(compiled_damage),
      cmocka_unit_test(compiled_checksum),
      cmocka_unit_test(story_discards),
      cmocka_unit_test(verb_index),
      cmocka_unit_test(verb_anchor_reach),
      cmocka_unit_test(verb_anchor_tail),
      cmocka_unit_test(term_key_bytes),
      cmocka_unit_test(token_hash),
      cmocka_unit_test(lowercase_filter),
  };
  if (!root) root = ".";
  snprintf(good, sizeof good, "%s/tests/cases/dict/good", root);
  snprintf(bad, sizeof bad, "%s/tests/cases/dict/bad", root);
  snprintf(data, sizeof data, "%s/data", root);
  snprintf(tmpdir, sizeof tmpdir, "%s/dyad-test-dict-XXXXXX", t ? t : "/tmp");
  if (!mkdtemp(tmpdir)) return 1;
  rc = cmocka_run_group_tests(tests, NULL, NULL);
  {
    char p[4200];
    path_of(p, sizeof p, tmpdir, "agents.tsv");
    unlink(p);
    rmdir(tmpdir);
  }
  return rc;
}
