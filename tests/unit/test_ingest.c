/* test_ingest.c: the cleaner and the document API: entity residue, wire
** datelines and credits, document dates, boilerplate (data-driven from
** tests/cases/ingest/NAME.in -> NAME.out), JSON lines and the reader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "clean.h"
#include "dyad.h"

static dyad_doc *parse(const char *text, const dyad_read_options *opt) {
  dyad_doc *d = NULL;
  char *err = NULL;
  int rc = dyad_doc_parse("t", text, strlen(text), DYAD_KIND_TEXT, opt, &d, &err);
  if (rc != 0) fprintf(stderr, "# parse failed: %s\n", err ? err : "?");
  free(err);
  assert_int_equal(rc, 0);
  assert_non_null(d);
  return d;
}

static void check_text(const char *in, const char *want) {
  dyad_doc *d = parse(in, NULL);
  if (strcmp(d->text, want) != 0)
    fprintf(stderr, "# input:  [%s]\n# want:   [%s]\n# got:    [%s]\n", in, want, d->text);
  assert_string_equal(d->text, want);
  assert_int_equal(d->text_len, strlen(d->text));
  dyad_doc_free(d);
}

/* ---- entity residue and characters ------------------------------------ */

static const char *const residue[][2] = {
    {"the world #39;s second largest", "the world's second largest"},
    {"claims of up to  #36;50 million", "claims of up to $50 million"},
    {"he said  quot;help me quot; in Polish", "he said \"help me\" in Polish"},
    {"Israeli Labour  amp; Sharon in coalition talks", "Israeli Labour & Sharon in coalition talks"},
    {"India News  gt; Guwahati", "India News > Guwahati"},
    {"Sharon Pushes On With Gaza &lt;b&gt;...&lt;/b&gt;", "Sharon Pushes On With Gaza ..."},
    {"A &amp; B &#8212; C &eacute;t&eacute; &#x41;", "A & B \xE2\x80\x94 C \xC3\xA9t\xC3\xA9 A"},
    {"their convention  #151; California", "their convention \xE2\x80\x94 California"},
    {"#39;Miracle#39; in the mud", "'Miracle' in the mud"},
    {"Fierce Clashes Kill 36; 203 Hurt", "Fierce Clashes Kill 36; 203 Hurt"},
    {"salt; pepper; amp", "salt; pepper; amp"},
    {"an &unknown; entity stays", "an &unknown; entity stays"},
    {"one line \\\ncontinued here", "one line continued here"},
    {"non\xC2\xA0" "breaking\xE2\x80\x89thin", "non breaking thin"},
    {"zero\xE2\x80\x8Bwidth soft\xC2\xADhyphen", "zerowidth softhyphen"},
    {"tabs\tand   runs  of spaces", "tabs and runs of spaces"},
    {"crlf line one.\r\nline two.", "crlf line one. line two."},
    {"caf" "e\xCC\x81 NFC", "caf\xC3\xA9 NFC"},
    {"Talks ended. By Jane Roe.", "Talks ended."},
    {"He was met By Air Force One.", "He was met By Air Force One."},
    {"  \n\n  ", ""},
    {"", ""},
};

static void test_residue(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof residue / sizeof residue[0]; i++)
    check_text(residue[i][0], residue[i][1]);
}

static void test_invalid_utf8(void **state) {
  (void)state;
  const char in[] = "bad \xFF byte, overlong \xC0\xAF, truncated \xE2\x82 end";
  dyad_doc *d = parse(in, NULL);
  assert_string_equal(d->text, "bad \xEF\xBF\xBD byte, overlong \xEF\xBF\xBD\xEF\xBF\xBD, truncated "
                               "\xEF\xBF\xBD\xEF\xBF\xBD end");
  assert_int_equal(dyad__doc_invalid_bytes(d), 5);
  char *m = dyad_doc_meta_json(d);
  assert_non_null(m);
  assert_non_null(strstr(m, "\"invalid_utf8\":5"));
  free(m);
  dyad_doc_free(d);
}

/* ---- datelines and credits ------------------------------------------- */

static const char *const datelines[][4] = {
    /* input, dateline, source, text */
    {"KABUL, Afghanistan (Reuters) - Government troops moved in.", "KABUL, Afghanistan", "Reuters",
     "Government troops moved in."},
    {"AP - The man who claims it was pushing for a deal.", NULL, "AP",
     "The man who claims it was pushing for a deal."},
    {"SEOUL, Nov. 26 (Xinhua) -- South Korea said on Friday it would help.", "SEOUL", "Xinhua",
     "South Korea said on Friday it would help."},
    {"PARIS (AFP) - France said it would send aid.", "PARIS", "AFP", "France said it would send aid."},
    {"KYIV - Ukraine said the talks would resume.", "KYIV", NULL, "Ukraine said the talks would resume."},
    {"Canadian Press - VANCOUVER (CP) - The sister of a man spoke.", "VANCOUVER", "Canadian Press",
     "The sister of a man spoke."},
    {"NEW YORK - Stocks rose for a second day.", "NEW YORK", NULL, "Stocks rose for a second day."},
    {"PUNTA GORDA, Fla. - Rescue teams arrived.", "PUNTA GORDA, Fla.", NULL, "Rescue teams arrived."},
    {"Vienna, Austria -- The UN agency says it is ready.", "Vienna, Austria", NULL,
     "The UN agency says it is ready."},
    {"ISLAMABAD: Seven people were injured.", "ISLAMABAD", NULL, "Seven people were injured."},
    {"By Mark Doe BASEL (Reuters) - Britain won the race.", "BASEL", "Reuters", "Britain won the race."},
    {"DUBAI/PARIS (Reuters) - The government said.", "DUBAI/PARIS", "Reuters", "The government said."},
    {"GROZNY, (Reuters) - The leader said.", "GROZNY", "Reuters", "The leader said."},
    {"MOSCOW \xE2\x80\x94 Officials met on Monday.", "MOSCOW", NULL, "Officials met on Monday."},
    {"SYDNEY : The minister spoke.", "SYDNEY", NULL, "The minister spoke."},
    {"GAZA CITY: The army moved.", "GAZA CITY", NULL, "The army moved."},
    {"JERUSALEM Aug. 23, 2004 - Israel announced plans.", "JERUSALEM", NULL, "Israel announced plans."},
    {"ABUJA, Aug 25, 2004 (dpa) -- Rebels agreed.", "ABUJA", "dpa", "Rebels agreed."},
    {"NEW DELHI, 7 September 2004 - India said.", "NEW DELHI", NULL, "India said."},
    {"NEW DELHI, Aug. 25. - Kuwait promised.", "NEW DELHI", NULL, "Kuwait promised."},
    {"CRAWFORD, Texas As President Bush sees it.", "CRAWFORD, Texas", NULL, "As President Bush sees it."},
    {"U.S. News   World Report - Michael Doe works.", NULL, "U.S. News World Report", "Michael Doe works."},
    {"- The French parliament passed the law.", NULL, NULL, "The French parliament passed the law."},
    {"(AFP) - Rebels rejected the offer.", NULL, "AFP", "Rebels rejected the offer."},
    /* not datelines */
    {"TONY EASTLEY: Good morning to you.", NULL, NULL, "TONY EASTLEY: Good morning to you."},
    {"The Russian town of Beslan - it was quiet.", NULL, NULL, "The Russian town of Beslan - it was quiet."},
    {"Seoul-based analysts said the talks failed.", NULL, NULL, "Seoul-based analysts said the talks failed."},
    {"Italian Premier Silvio Berlusconi (left) goes for a walk.", NULL, NULL,
     "Italian Premier Silvio Berlusconi (left) goes for a walk."},
    {"NATO said on Monday it would expand.", NULL, NULL, "NATO said on Monday it would expand."},
    {"MAYOR Smith said it.", NULL, NULL, "MAYOR Smith said it."},
};

static void test_datelines(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof datelines / sizeof datelines[0]; i++) {
    dyad_doc *d = parse(datelines[i][0], NULL);
    fprintf(stderr, "# %s -> [%s] [%s] [%s]\n", datelines[i][0], d->dateline ? d->dateline : "(null)",
            d->source ? d->source : "(null)", d->text);
    if (datelines[i][1]) { assert_non_null(d->dateline); assert_string_equal(d->dateline, datelines[i][1]); }
    else assert_null(d->dateline);
    if (datelines[i][2]) { assert_non_null(d->source); assert_string_equal(d->source, datelines[i][2]); }
    else assert_null(d->source);
    assert_string_equal(d->text, datelines[i][3]);
    dyad_doc_free(d);
  }
}

/* ---- document dates --------------------------------------------------- */

static const char *const dates[][4] = {
    /* input, default date, want date, want origin */
    {"Headline here\n\nPublished : June 12, 2016 - 17:50\n\nThe body says something.", NULL,
     "2016-06-12", "text"},
    {"Posted on : 2024-06-14 16:59 KST Modified on : 2024-06-15 10:00 KST\nThe body.", NULL,
     "2024-06-14", "text"},
    {" date 2021-10-28 South Korean minister completed his visit.", NULL, "2021-10-28", "text"},
    {"Published : June 12, 2016 - 17:50\n\nBody.", "2020-01-02", "2016-06-12", "text"},
    {"No date anywhere in this text.", "2020-01-02", "2020-01-02", "option"},
    {"No date anywhere in this text, and no option.", NULL, NULL, NULL},
    {"The talks on June 12, 2016 were useful.", NULL, NULL, NULL}, /* a date in the body is not the document's */
    /* a label with no colon, a header line that is only a date, a byline or
       a wire dateline ending in one */
    {"Headline here\nPublished March 18, 2026\n\nThe body says something.", NULL, "2026-03-18", "text"},
    {"Headline here\nPublished on 18 March 2026 - 09:14\n\nThe body.", NULL, "2026-03-18", "text"},
    {"Headline here\n\nWednesday, March 18, 2026\n\nThe body.", NULL, "2026-03-18", "text"},
    {"Headline here\nMarch 18, 2026 9:10 a.m. KST\n\nThe body.", NULL, "2026-03-18", "text"},
    {"Headline here\n2026-03-18\n\nThe body.", NULL, "2026-03-18", "text"},
    {"Headline here\nBy Jane Doe, March 18, 2026\n\nThe body.", NULL, "2026-03-18", "text"},
    {"Headline here\nBy Jane Doe | 18 March 2026\n\nThe body.", NULL, "2026-03-18", "text"},
    {"TOKYO, March 18, 2026 (Reuters) - The minister met his counterpart.", NULL, "2026-03-18", "text"},
    {"Headline here\nMarch 18, 2026\nPublished : June 12, 2016\n\nThe body.", NULL, "2016-06-12", "text"},
};

/* Lines that are no document date (and stay in the text). */
static const char *const not_dates[] = {
    "Headline here\nPublished by Reuters\n\nThe body says something.",
    "Headline here\nDates of the talks were set.\n\nThe body.",
    "Headline here\nBy Jane Doe, Seoul correspondent\n\nThe body.",
    "Headline here\nMarch 18, 2026 was a busy day in Seoul.\n\nThe body.",
    "TOKYO, March 18 (Reuters) - The minister met his counterpart.",
};

static void test_dates(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
    dyad_read_options opt = {0};
    opt.default_date = dates[i][1];
    dyad_doc *d = parse(dates[i][0], &opt);
    fprintf(stderr, "# %zu: date [%s] origin [%s]\n", i, d->date ? d->date : "(null)",
            d->date_origin ? d->date_origin : "(null)");
    if (dates[i][2]) {
      assert_non_null(d->date);
      assert_string_equal(d->date, dates[i][2]);
      assert_string_equal(d->date_origin, dates[i][3]);
    } else {
      assert_null(d->date);
      assert_null(d->date_origin);
    }
    assert_null(strstr(d->text, "Published"));
    assert_null(strstr(d->text, "Posted on"));
    assert_null(strstr(d->text, " date 20"));
    dyad_doc_free(d);
  }
  for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
    dyad_doc *nd = parse(not_dates[i], NULL);
    if (nd->date) fail_msg("not a date line: [%s] gave %s", not_dates[i], nd->date);
    assert_non_null(strstr(nd->text, "The"));
    dyad_doc_free(nd);
  }
  /* " date 2021-10-28 " is removed from the text */
  dyad_doc *d = parse(" date 2021-10-28 South Korean minister completed his visit.", NULL);
  assert_string_equal(d->text, "South Korean minister completed his visit.");
  dyad_doc_free(d);
}

/* Appends s as a JSON string body (quotes, backslashes and newlines escaped). */
static size_t json_put(char *o, size_t at, size_t cap, const char *s) {
  for (; *s && at + 3 < cap; s++) {
    if (*s == '"' || *s == '\\') o[at++] = '\\';
    if (*s == '\n') { o[at++] = '\\'; o[at++] = 'n'; continue; }
    o[at++] = *s;
  }
  o[at] = 0;
  return at;
}

/* tests/cases/dates/docdate.txt: the document date of whole documents. */
static void test_docdate_cases(void **state) {
  (void)state;
  const char *path = "tests/cases/dates/docdate.txt";
  FILE *f = fopen(path, "r");
  if (!f) skip();
  char line[1024], want[16] = "", title[1024] = "", text[8192] = "";
  size_t tl = 0;
  int ln = 0, cases = 0, bad = 0, has_title = 0;
  while (fgets(line, sizeof line, f)) {
    size_t l = strlen(line);
    ln++;
    while (l && (line[l - 1] == '\n' || line[l - 1] == '\r')) line[--l] = 0;
    if (!l || line[0] == '#') continue;
    if (!strncmp(line, "want ", 5)) {
      snprintf(want, sizeof want, "%.15s", line + 5);
    } else if (!strncmp(line, "title ", 6)) {
      snprintf(title, sizeof title, "%.1000s", line + 6);
      has_title = 1;
    } else if (!strcmp(line, "line") || !strncmp(line, "line ", 5)) {
      const char *t = line[4] ? line + 5 : "";
      tl += (size_t)snprintf(text + tl, sizeof text - tl, "%s\n", t);
      assert_true(tl < sizeof text);
    } else if (!strcmp(line, "---")) {
      dyad_doc *d = NULL;
      char *err = NULL;
      if (!want[0]) fail_msg("%s:%d: case without 'want'", path, ln);
      if (has_title) {
        char js[20000];
        size_t at = (size_t)snprintf(js, sizeof js, "{\"title\": \"");
        at = json_put(js, at, sizeof js, title);
        at += (size_t)snprintf(js + at, sizeof js - at, "\", \"text\": \"");
        at = json_put(js, at, sizeof js, text);
        snprintf(js + at, sizeof js - at, "\"}");
        assert_int_equal(dyad_doc_parse_json("t", js, strlen(js), NULL, &d, &err), 0);
      } else {
        assert_int_equal(dyad_doc_parse("t", text, tl, DYAD_KIND_TEXT, NULL, &d, &err), 0);
      }
      const char *got = d->date ? d->date : "-";
      if (strcmp(got, want) != 0) {
        printf("# %s:%d: date %s, expected %s\n", path, ln, got, want);
        bad++;
      }
      cases++;
      dyad_doc_free(d);
      free(err);
      want[0] = title[0] = text[0] = 0;
      tl = 0;
      has_title = 0;
    } else {
      fail_msg("%s:%d: unknown line '%s'", path, ln, line);
    }
  }
  fclose(f);
  printf("# docdate.txt: %d cases, %d wrong\n", cases, bad);
  assert_true(cases >= 10);
  assert_int_equal(bad, 0);
}

/* ---- JSON lines -------------------------------------------------------- */

static void test_json(void **state) {
  (void)state;
  const char *line = "{\"id\": \"agw-1\", \"title\": \"Man Sought  #36;50M From Aides (AP)\", "
                     "\"text\": \"AP - The man who claims it was pushing for a deal.\", "
                     "\"date\": \"2004-08-15T10:00:00Z\", \"url\": \"http://x/1\", \"lang\": \"en\", "
                     "\"tags\": [1, 2]}";
  dyad_doc *d = NULL;
  char *err = NULL;
  assert_int_equal(dyad_doc_parse_json("f:1", line, strlen(line), NULL, &d, &err), 0);
  assert_null(err);
  assert_string_equal(d->id, "agw-1");
  assert_string_equal(d->title, "Man Sought $50M From Aides");
  assert_string_equal(d->source, "AP");
  assert_string_equal(d->date, "2004-08-15");
  assert_string_equal(d->date_origin, "meta");
  assert_string_equal(d->url, "http://x/1");
  assert_string_equal(d->text, "Man Sought $50M From Aides\n\nThe man who claims it was pushing for a deal.");
  assert_int_equal(d->title_end, strlen("Man Sought $50M From Aides"));
  assert_string_equal(d->extra_json, "{\"lang\":\"en\",\"tags\":[1,2]}");
  char *m = dyad_doc_meta_json(d);
  assert_non_null(m);
  assert_string_equal(m, "{\"doc\":\"agw-1\",\"path\":null,\"title\":\"Man Sought $50M From Aides\","
                         "\"date\":\"2004-08-15\",\"date_origin\":\"meta\",\"dateline\":null,"
                         "\"url\":\"http://x/1\",\"source\":\"AP\",\"bytes\":73,\"lang\":\"en\","
                         "\"tags\":[1,2]}");
  free(m);
  dyad_doc_free(d);

  /* metadata without extra fields (written directly): escaping */
  line = "{\"id\": \"q\\\"1\", \"title\": \"He said \\\"no\\\" \\\\ ok\", \"text\": \"x\"}";
  assert_int_equal(dyad_doc_parse_json("f:1", line, strlen(line), NULL, &d, &err), 0);
  m = dyad_doc_meta_json(d);
  assert_non_null(m);
  assert_string_equal(m, "{\"doc\":\"q\\\"1\",\"path\":null,\"title\":\"He said \\\"no\\\" \\\\ ok\","
                         "\"date\":null,\"date_origin\":null,\"dateline\":null,\"url\":null,"
                         "\"source\":null,\"bytes\":20}");
  free(m);
  dyad_doc_free(d);

  /* a JSON source wins over the wire credit; numeric id; no title */
  line = "{\"id\": 17, \"text\": \"PARIS (AFP) - France said.\", \"source\": \"Le Monde\"}";
  assert_int_equal(dyad_doc_parse_json("f:2", line, strlen(line), NULL, &d, &err), 0);
  assert_string_equal(d->id, "17");
  assert_string_equal(d->source, "Le Monde");
  assert_string_equal(d->dateline, "PARIS");
  assert_null(d->title);
  assert_int_equal(d->title_end, 0);
  assert_null(d->extra_json);
  dyad_doc_free(d);

  /* the fallback id; the option date when there is no metadata date */
  dyad_read_options opt = {0};
  opt.default_date = "2004-01-01";
  line = "{\"text\": \"Plain.\"}";
  assert_int_equal(dyad_doc_parse_json("f:3", line, strlen(line), &opt, &d, &err), 0);
  assert_string_equal(d->id, "f:3");
  assert_string_equal(d->date, "2004-01-01");
  assert_string_equal(d->date_origin, "option");
  dyad_doc_free(d);

  /* an HTML text: the metadata title wins; a different page headline stays */
  line = "{\"title\": \"Meta\", \"text\": \"<h1>Other</h1><p>Body <b>bold</b>.</p>\"}";
  assert_int_equal(dyad_doc_parse_json("f:4", line, strlen(line), NULL, &d, &err), 0);
  assert_string_equal(d->title, "Meta");
  assert_string_equal(d->text, "Meta\n\nOther\n\nBody bold.");
  dyad_doc_free(d);
  line = "{\"title\": \"Same\", \"text\": \"<h1>Same</h1><p>Body.</p>\"}";
  assert_int_equal(dyad_doc_parse_json("f:5", line, strlen(line), NULL, &d, &err), 0);
  assert_string_equal(d->text, "Same\n\nBody.");
  dyad_doc_free(d);

  /* errors name the line */
  static const char *const bad[][2] = {
      {"{\"text\": \"unterminated", "f:9: invalid JSON"},
      {"[1, 2]", "f:9: a JSON line must be an object"},
      {"{\"text\": 5}", "f:9: field \"text\" is not a string"},
      {"{\"id\": \"x\"}", "f:9: no \"text\" or \"title\" field"},
      {"{\"text\": \"a\", \"text\": \"b\"}", "f:9: invalid JSON"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    d = NULL;
    int rc = dyad_doc_parse_json("f:9", bad[i][0], strlen(bad[i][0]), NULL, &d, &err);
    assert_int_equal(rc, DYAD_EFORMAT);
    assert_null(d);
    assert_non_null(err);
    fprintf(stderr, "# %s\n", err);
    assert_memory_equal(err, bad[i][1], strlen(bad[i][1]));
    free(err);
  }
}

/* ---- limits, kinds ---------------------------------------------------- */

static void test_limits(void **state) {
  (void)state;
  dyad_read_options opt = {0};
  opt.max_doc_bytes = 10;
  dyad_doc *d = NULL;
  char *err = NULL;
  const char *t = "this text is longer than ten bytes";
  assert_int_equal(dyad_doc_parse("big", t, strlen(t), DYAD_KIND_AUTO, &opt, &d, &err), DYAD_ETOOBIG);
  assert_null(d);
  assert_non_null(strstr(err, "big: "));
  free(err);
  /* AUTO sniffs HTML */
  t = "<p>One.</p><p>Two.</p>";
  assert_int_equal(dyad_doc_parse("h", t, strlen(t), DYAD_KIND_AUTO, NULL, &d, &err), 0);
  assert_string_equal(d->text, "One.\n\nTwo.");
  dyad_doc_free(d);
  /* deep nesting does not crash (and is linear) */
  size_t n = 10000;
  char *deep = malloc(n * 5 + 16);
  assert_non_null(deep);
  for (size_t i = 0; i < n; i++) memcpy(deep + i * 5, "<div>", 5);
  strcpy(deep + n * 5, "deep text.");
  assert_int_equal(dyad_doc_parse("deep", deep, strlen(deep), DYAD_KIND_HTML, NULL, &d, &err), 0);
  assert_string_equal(d->text, "deep text.");
  dyad_doc_free(d);
  /* moderately deep goes through gumbo */
  for (size_t i = 0; i < 300; i++) memcpy(deep + i * 5, "<div>", 5);
  strcpy(deep + 300 * 5, "<p>moderate.</p>");
  assert_int_equal(dyad_doc_parse("deep", deep, strlen(deep), DYAD_KIND_HTML, NULL, &d, &err), 0);
  assert_string_equal(d->text, "moderate.");
  dyad_doc_free(d);
  free(deep);
  dyad_doc_free(NULL);
}

/* ---- AUTO: gzip bytes, "{" that is or is not JSON ------------------- */

static size_t gzip_mem(const char *s, unsigned char *out, size_t cap) {
  z_stream z;
  memset(&z, 0, sizeof z);
  assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  z.next_in = (unsigned char *)(uintptr_t)s;
  z.avail_in = (unsigned)strlen(s);
  z.next_out = out;
  z.avail_out = (unsigned)cap;
  assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
  size_t n = cap - z.avail_out;
  deflateEnd(&z);
  return n;
}

static void test_auto(void **state) {
  (void)state;
  unsigned char gz[512];
  size_t n = gzip_mem("<p>Compressed page.</p><p>Second.</p>", gz, sizeof gz);
  dyad_doc *d = NULL;
  char *err = NULL;
  assert_int_equal(dyad_doc_parse("z", (const char *)gz, n, DYAD_KIND_AUTO, NULL, &d, &err), 0);
  assert_string_equal(d->text, "Compressed page.\n\nSecond.");
  dyad_doc_free(d);
  d = NULL;
  assert_int_equal(dyad_doc_parse("z", (const char *)gz, n / 2, DYAD_KIND_AUTO, NULL, &d, &err),
                   DYAD_EFORMAT);
  assert_null(d);
  assert_string_equal(err, "z: truncated gzip data");
  free(err);
  dyad_read_options opt = {0};
  opt.max_doc_bytes = 10;
  assert_int_equal(dyad_doc_parse("z", (const char *)gz, n, DYAD_KIND_AUTO, &opt, &d, &err),
                   DYAD_ETOOBIG);
  assert_non_null(strstr(err, "z: decompressed document exceeds the limit of 10 bytes"));
  free(err);
  const char *t = "{\"id\": \"j\", \"text\": \"From JSON.\"}";
  assert_int_equal(dyad_doc_parse("a", t, strlen(t), DYAD_KIND_AUTO, NULL, &d, &err), 0);
  assert_string_equal(d->id, "j");
  assert_string_equal(d->text, "From JSON.");
  dyad_doc_free(d);
  t = "{Editor's note} This is plain text.";
  assert_int_equal(dyad_doc_parse("a", t, strlen(t), DYAD_KIND_AUTO, NULL, &d, &err), 0);
  assert_string_equal(d->id, "a");
  assert_string_equal(d->text, t);
  dyad_doc_free(d);
}

/* ---- boilerplate cases from files ------------------------------------ */

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0, got;
  char *b = malloc(cap);
  while (b && (got = fread(b + n, 1, cap - n - 1, f)) > 0) {
    n += got;
    if (cap - n < 2) b = realloc(b, cap *= 2);
  }
  fclose(f);
  if (b) b[n] = 0;
  *len = n;
  return b;
}

static void test_cases(void **state) {
  (void)state;
  const char *dir = "tests/cases/ingest";
  DIR *dp = opendir(dir);
  if (!dp) skip();
  struct dirent *e;
  int count = 0, failed = 0;
  while ((e = readdir(dp))) {
    size_t l = strlen(e->d_name);
    if (l < 4 || strcmp(e->d_name + l - 3, ".in")) continue;
    char in[512], out[512];
    snprintf(in, sizeof in, "%s/%s", dir, e->d_name);
    snprintf(out, sizeof out, "%s/%.*s.out", dir, (int)(l - 3), e->d_name);
    size_t n, m;
    char *src = slurp(in, &n), *want = slurp(out, &m);
    assert_non_null(src);
    assert_non_null(want);
    dyad_doc *d = NULL;
    char *err = NULL;
    assert_int_equal(dyad_doc_parse(e->d_name, src, n, DYAD_KIND_AUTO, NULL, &d, &err), 0);
    size_t glen = strlen(d->text) + 512 + (d->title ? strlen(d->title) : 0);
    char *got = malloc(glen);
    assert_non_null(got);
    snprintf(got, glen, "title: %s\ndate: %s%s%s\ndateline: %s\nsource: %s\n---\n%s\n",
             d->title ? d->title : "(null)", d->date ? d->date : "(null)", d->date ? " " : "",
             d->date_origin ? d->date_origin : "", d->dateline ? d->dateline : "(null)",
             d->source ? d->source : "(null)", d->text);
    if (strcmp(got, want) != 0) {
      failed++;
      fprintf(stderr, "# case %s differs\n# --- want\n%s# --- got\n%s", e->d_name, want, got);
    }
    if (d->title) {
      assert_true(d->title_end == strlen(d->title));
      assert_memory_equal(d->text, d->title, d->title_end);
    }
    count++;
    free(got);
    free(src);
    free(want);
    dyad_doc_free(d);
  }
  closedir(dp);
  assert_true(count >= 5);
  assert_int_equal(failed, 0);
}

/* ---- the reader -------------------------------------------------------- */

static void write_file(const char *path, const char *s) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(s, f);
  fclose(f);
}

static void test_reader(void **state) {
  (void)state;
  char dir[] = "/tmp/dyad-ingest-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char p[600], sub[600];
  snprintf(sub, sizeof sub, "%s/sub", dir);
  assert_int_equal(mkdir(sub, 0700), 0);
  snprintf(p, sizeof p, "%s/b.txt", dir);
  write_file(p, "Second file.");
  snprintf(p, sizeof p, "%s/a.jsonl", dir);
  write_file(p, "{\"id\":\"j1\",\"text\":\"One.\"}\n\n{\"text\": bad}\n{\"text\":\"Three.\"}\n");
  snprintf(p, sizeof p, "%s/sub/c.html", dir);
  write_file(p, "<p>Third file.</p>");
  snprintf(p, sizeof p, "%s/.hidden", dir);
  write_file(p, "hidden");
  char missing[600];
  snprintf(missing, sizeof missing, "%s/missing.txt", dir);
  const char *paths[] = {dir, missing};
  dyad_reader *r = dyad_reader_new(paths, 2, NULL);
  assert_non_null(r);
  dyad_doc *d;
  const char *want[] = {"j1", "ERR", "a.jsonl:4", "b.txt", "c.html", "ERR"};
  for (size_t i = 0; i < 6; i++) {
    int rc = dyad_reader_next(r, &d);
    if (!strcmp(want[i], "ERR")) {
      assert_true(rc < 0);
      fprintf(stderr, "# %s\n", dyad_reader_errmsg(r));
      if (i == 1) {
        assert_non_null(strstr(dyad_reader_errmsg(r), "a.jsonl:3: invalid JSON"));
        assert_int_equal(rc, DYAD_EFORMAT);
      } else {
        assert_non_null(strstr(dyad_reader_errmsg(r), "missing.txt: "));
        assert_int_equal(rc, DYAD_EIO);
      }
      continue;
    }
    assert_int_equal(rc, 1);
    assert_string_equal(d->id, want[i]);
    dyad_doc_free(d);
  }
  assert_int_equal(dyad_reader_next(r, &d), 0);
  assert_int_equal(dyad_reader_nerrors(r), 2);
  dyad_reader_free(r);
  char cmd[700];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

/* The reader keeps the cleaner's buffers from one document to the next and
** each document is one block: a large document, then small ones whose
** metadata (date, url, source) replaces what the text gave, then one with
** nothing; every field is its own document's. dyad__doc_set past the room
** the block kept allocates (and frees) on its own. */
static void test_reader_reuse(void **state) {
  (void)state;
  char dir[] = "/tmp/dyad-ingest-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char p[600];
  snprintf(p, sizeof p, "%s/r.jsonl", dir);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  fputs("{\"id\":\"big\",\"title\":\"A Long Story (AP)\",\"text\":\"", f);
  for (int i = 0; i < 2000; i++) fputs("KABUL, Afghanistan (Reuters) - Officials met in Kabul on Monday. ", f);
  fputs("\"}\n", f);
  fputs("{\"id\":\"small\",\"title\":\"Short\",\"text\":\"Published : 2004-09-01\\nSEOUL (AP) - Two met.\","
        "\"date\":\"2016-06-12\",\"url\":\"http://x.example/1\",\"source\":\"Yonhap\"}\n", f);
  fputs("{\"text\":\"Bare text only.\"}\n", f);
  fputs("{\"id\":\"again\",\"text\":\"SEOUL (AP) - Two met again.\"}\n", f);
  fclose(f);
  const char *paths[] = {p};
  dyad_reader *r = dyad_reader_new(paths, 1, NULL);
  assert_non_null(r);
  dyad_doc *d, *keep;
  assert_int_equal(dyad_reader_next(r, &keep), 1);
  assert_string_equal(keep->id, "big");
  assert_string_equal(keep->title, "A Long Story");
  assert_string_equal(keep->source, "Reuters");
  assert_string_equal(keep->dateline, "KABUL, Afghanistan");
  assert_true(keep->text_len > 100000);
  assert_int_equal(keep->text_len, strlen(keep->text));
  assert_int_equal(dyad_reader_next(r, &d), 1);
  assert_string_equal(d->id, "small");
  assert_string_equal(d->title, "Short");
  assert_string_equal(d->text, "Short\n\nTwo met.");
  assert_int_equal(d->title_end, 5);
  assert_string_equal(d->date, "2016-06-12");
  assert_string_equal(d->date_origin, "meta");
  assert_string_equal(d->url, "http://x.example/1");
  assert_string_equal(d->source, "Yonhap");
  assert_string_equal(d->dateline, "SEOUL");
  assert_null(d->extra_json);
  /* past the block's room: an allocation of its own, replaced and freed */
  char longurl[700];
  memset(longurl, 'u', sizeof longurl - 1);
  longurl[sizeof longurl - 1] = 0;
  assert_int_equal(dyad__doc_set(d, &d->url, longurl, strlen(longurl)), 0);
  assert_string_equal(d->url, longurl);
  assert_int_equal(dyad__doc_set(d, &d->url, "http://y", 8), 0);
  assert_string_equal(d->url, "http://y");
  assert_int_equal(dyad__doc_set(d, &d->source, NULL, 0), 0);
  assert_null(d->source);
  dyad_doc_free(d);
  assert_int_equal(dyad_reader_next(r, &d), 1);
  assert_string_equal(d->id, "r.jsonl:3");
  assert_null(d->title);
  assert_string_equal(d->text, "Bare text only.");
  assert_null(d->date);
  assert_null(d->date_origin);
  assert_null(d->url);
  assert_null(d->source);
  assert_null(d->dateline);
  dyad_doc_free(d);
  assert_int_equal(dyad_reader_next(r, &d), 1);
  assert_string_equal(d->text, "Two met again.");
  assert_string_equal(d->source, "AP");
  dyad_doc_free(d);
  assert_int_equal(dyad_reader_next(r, &d), 0);
  /* the first document outlives the reader and the others */
  dyad_reader_free(r);
  assert_string_equal(keep->id, "big");
  assert_string_equal(keep->title, "A Long Story");
  assert_int_equal(strncmp(keep->text, "A Long Story\n\nOfficials met in Kabul on Monday.", 47), 0);
  dyad_doc_free(keep);
  char cmd[700];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

/* Plain files are read with read(), gzip ones through zlib (by the magic,
** not the name): the same document either way; a one-byte file, an empty
** one and a file starting with 0x1f but no gzip magic are read too. */
static void test_reader_plain_gzip(void **state) {
  (void)state;
  char dir[] = "/tmp/dyad-ingest-XXXXXX";
  assert_non_null(mkdtemp(dir));
  const char *text = "{\"id\":\"g1\",\"text\":\"SEOUL (AP) - Officials met in Seoul on Monday.\"}\n";
  char p1[600], p2[600], p3[600], p4[600], p5[600];
  snprintf(p1, sizeof p1, "%s/1.jsonl", dir);
  snprintf(p2, sizeof p2, "%s/2.txt", dir); /* gzip data, whatever the name */
  snprintf(p3, sizeof p3, "%s/3.txt", dir);
  snprintf(p4, sizeof p4, "%s/4.txt", dir);
  snprintf(p5, sizeof p5, "%s/5.txt", dir);
  write_file(p1, text);
  gzFile gz = gzopen(p2, "wb");
  assert_non_null(gz);
  assert_true(gzputs(gz, text) > 0);
  assert_int_equal(gzclose(gz), Z_OK);
  write_file(p3, "x");
  write_file(p4, "");
  write_file(p5, "\x1f" "A plain line.");
  const char *paths[] = {p1, p2, p3, p4, p5};
  dyad_reader *r = dyad_reader_new(paths, 5, NULL);
  assert_non_null(r);
  dyad_doc *d;
  for (int k = 0; k < 2; k++) {
    assert_int_equal(dyad_reader_next(r, &d), 1);
    assert_string_equal(d->id, "g1");
    assert_string_equal(d->text, "Officials met in Seoul on Monday.");
    assert_string_equal(d->dateline, "SEOUL");
    dyad_doc_free(d);
  }
  assert_int_equal(dyad_reader_next(r, &d), 1);
  assert_string_equal(d->id, "3.txt");
  assert_string_equal(d->text, "x");
  dyad_doc_free(d);
  int rc;
  while ((rc = dyad_reader_next(r, &d)) == 1) {
    assert_non_null(d->text);
    dyad_doc_free(d);
  }
  assert_int_equal(rc, 0);
  assert_int_equal(dyad_reader_nerrors(r), 0);
  dyad_reader_free(r);
  char cmd[700];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_residue),  cmocka_unit_test(test_invalid_utf8),
      cmocka_unit_test(test_datelines), cmocka_unit_test(test_dates),
      cmocka_unit_test(test_docdate_cases),
      cmocka_unit_test(test_json),     cmocka_unit_test(test_limits),
      cmocka_unit_test(test_cases),    cmocka_unit_test(test_reader),
      cmocka_unit_test(test_auto),     cmocka_unit_test(test_reader_reuse),
      cmocka_unit_test(test_reader_plain_gzip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
