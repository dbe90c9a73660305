/*
** test_text.c: sentence splitter and tokenizer. Most cases are data in
** tests/cases/split/ (*.txt: splitter, *.tok: tokenizer); the rest are
** invariants, bad input and buffer handling. A timing line is printed,
** never asserted.
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
#include <time.h>

#include "dyad.h"
#include "util.h"
#include <jansson.h>

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  if (fread(buf, 1, (size_t)n, f) != (size_t)n) n = 0;
  buf[n] = 0;
  fclose(f);
  *len = (size_t)n;
  return buf;
}

static const char *root(void) {
  const char *r = getenv("ROOT");
  return r && *r ? r : ".";
}

/* Lists the files of dir whose names end in suffix, sorted; returns the
** count. */
static size_t list_cases(const char *dir, const char *suffix, char names[][256],
                         size_t max) {
  DIR *d = opendir(dir);
  struct dirent *e;
  size_t n = 0, sl = strlen(suffix), i, j;
  if (!d) return 0;
  while ((e = readdir(d)) && n < max) {
    size_t l = strlen(e->d_name);
    if (l > sl && strlen(dir) + l + 2 <= 256 &&
        strcmp(e->d_name + l - sl, suffix) == 0) {
      memcpy(names[n], dir, strlen(dir));
      names[n][strlen(dir)] = '/';
      memcpy(names[n] + strlen(dir) + 1, e->d_name, l + 1);
      n++;
    }
  }
  closedir(d);
  for (i = 1; i < n; i++)
    for (j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
      char t[256];
      memcpy(t, names[j], 256);
      memcpy(names[j], names[j - 1], 256);
      memcpy(names[j - 1], t, 256);
    }
  return n;
}

/* Renders sentence i as an expected-file line: "[H] ", "[Q] ", "[HQ] "
** prefix, newlines as the two characters \n. */
static void render(const char *text, const dyad_sentence *s, char *out,
                   size_t cap) {
  size_t o = 0, k;
  if (s->flags)
    o += (size_t)snprintf(out, cap, "[%s%s] ",
                          (s->flags & DYAD_SENT_HEADLINE) ? "H" : "",
                          (s->flags & DYAD_SENT_QUOTE) ? "Q" : "");
  for (k = s->start; k < s->end && o + 3 < cap; k++) {
    if (text[k] == '\n') { out[o++] = '\\'; out[o++] = 'n'; }
    else out[o++] = text[k];
  }
  out[o] = 0;
}

/* Runs one splitter case; returns 1 when it passes. */
static int run_split_case(const char *file, const char *name, int title,
                          char *input, char *expected) {
  dyad_sentence *s = NULL;
  size_t n = 0, i = 0, len = strlen(input);
  int rc, ok = 1;
  char line[8192];
  char *p = expected, *nl;
  if (title) {
    dyad_doc doc;
    char *br = strstr(input, "\n\n");
    memset(&doc, 0, sizeof doc);
    doc.text = input;
    doc.text_len = len;
    doc.title_end = br ? (size_t)(br - input) : len;
    rc = dyad_split_sentences(&doc, &s, &n);
  } else {
    rc = dyad_split_text(input, len, &s, &n);
  }
  assert_int_equal(rc, 0);
  /* trailing blank lines of the expected block do not count */
  len = strlen(expected);
  while (len > 0 && (expected[len - 1] == '\n' || expected[len - 1] == ' '))
    expected[--len] = 0;
  while (*p || i < n) {
    char want[8192] = "";
    if (*p) {
      nl = strchr(p, '\n');
      size_t l = nl ? (size_t)(nl - p) : strlen(p);
      if (l >= sizeof want) l = sizeof want - 1;
      memcpy(want, p, l);
      want[l] = 0;
      p = nl ? nl + 1 : p + l;
    }
    line[0] = 0;
    if (i < n) render(input, &s[i], line, sizeof line);
    if (strcmp(want, line) != 0) {
      printf("# %s: case \"%s\", sentence %zu\n#   expected: %s\n#   actual:   %s\n",
             file, name, i, want, line);
      ok = 0;
      break;
    }
    if (i < n) i++;
    if (!*p && i >= n) break;
  }
  free(s);
  return ok;
}

static void test_split_cases(void **state) {
  static char names[64][256];
  char dir[512];
  size_t nf, f, cases = 0, failed = 0;
  (void)state;
  snprintf(dir, sizeof dir, "%s/tests/cases/split", root());
  nf = list_cases(dir, ".txt", names, 64);
  assert_true(nf > 0);
  for (f = 0; f < nf; f++) {
    size_t len;
    char *buf = slurp(names[f], &len), *p = buf;
    assert_non_null(buf);
    /* skip the header comment */
    p = strncmp(buf, "=== ", 4) == 0 ? buf : strstr(buf, "\n=== ");
    if (p && *p == '\n') p++;
    while (p) {
      char *name = p + 4, *eol = strchr(name, '\n'), *sep, *next, *input;
      int title = 0;
      if (!eol) break;
      *eol = 0;
      size_t nl = strlen(name);
      if (nl > 6 && strcmp(name + nl - 6, " title") == 0) {
        title = 1;
        name[nl - 6] = 0;
      }
      input = eol + 1;
      if (strncmp(input, "---\n", 4) == 0 || strcmp(input, "---") == 0) {
        sep = input - 1; /* empty input */
      } else {
        sep = strstr(input, "\n---\n");
        if (!sep) sep = strstr(input, "\n---");
      }
      assert_non_null(sep);
      next = strstr(sep == input - 1 ? input : sep, "\n=== ");
      if (next) *next = 0;
      char *exp = sep + (sep[1] == '-' ? 4 : 5);
      if (sep == input - 1) { input = ""; exp = eol + 4; }
      else *sep = 0;
      if (*exp == '\n') exp++;
      cases++;
      if (!run_split_case(names[f], name, title, input, exp)) failed++;
      p = next ? next + 1 : NULL;
    }
    free(buf);
  }
  printf("# split cases: %zu run, %zu failed\n", cases, failed);
  assert_true(cases >= 40);
  assert_int_equal(failed, 0);
}

static void render_tokens(const char *text, const dyad_token *t, size_t n,
                          char *out, size_t cap) {
  size_t o = 0, i;
  out[0] = 0;
  for (i = 0; i < n && o + 64 < cap; i++) {
    size_t l = t[i].end - t[i].start;
    if (o + l + 16 >= cap) break;
    if (i) out[o++] = ' ';
    memcpy(out + o, text + t[i].start, l);
    o += l;
    out[o++] = '/';
    if (t[i].flags & DYAD_TOK_WORD) out[o++] = 'W';
    if (t[i].flags & DYAD_TOK_PUNCT) out[o++] = 'P';
    if (t[i].flags & DYAD_TOK_NUMBER) out[o++] = 'N';
    if (t[i].flags & DYAD_TOK_CAP) out[o++] = 'C';
    if (t[i].flags & DYAD_TOK_QUOTE) out[o++] = 'Q';
    out[o] = 0;
  }
}

static void test_token_cases(void **state) {
  static char names[64][256];
  char dir[512];
  size_t nf, f, cases = 0, failed = 0;
  (void)state;
  snprintf(dir, sizeof dir, "%s/tests/cases/split", root());
  nf = list_cases(dir, ".tok", names, 64);
  assert_true(nf > 0);
  for (f = 0; f < nf; f++) {
    size_t len, lineno = 0;
    char *buf = slurp(names[f], &len), *p, *input = NULL;
    assert_non_null(buf);
    for (p = strtok(buf, "\n"); p; p = strtok(NULL, "\n")) {
      lineno++;
      if (p[0] == '#') continue;
      if (p[0] == '>' && p[1] == ' ') { input = p + 2; continue; }
      if (!input) continue;
      dyad_token t[256];
      char got[8192];
      size_t n = dyad_tokenize(input, 0, strlen(input), t, 256);
      assert_true(n <= 256);
      render_tokens(input, t, n, got, sizeof got);
      cases++;
      if (strcmp(got, p) != 0) {
        printf("# %s: input \"%s\"\n#   expected: %s\n#   actual:   %s\n",
               names[f], input, p, got);
        failed++;
      }
      input = NULL;
    }
    free(buf);
  }
  printf("# token cases: %zu run, %zu failed\n", cases, failed);
  assert_true(cases >= 20);
  assert_int_equal(failed, 0);
}

static void test_paragraph_indices(void **state) {
  const char *t = "Title here\n\nOne. Two.\n \n\n\nThree.\nStill three. Four.\n\n";
  dyad_sentence *s;
  size_t n;
  dyad_doc doc;
  (void)state;
  memset(&doc, 0, sizeof doc);
  doc.text = (char *)t;
  doc.text_len = strlen(t);
  doc.title_end = 10;
  assert_int_equal(dyad_split_sentences(&doc, &s, &n), 0);
  assert_int_equal(n, 6);
  assert_int_equal(s[0].paragraph, 0);
  assert_int_equal(s[0].flags, DYAD_SENT_HEADLINE);
  assert_int_equal(s[1].paragraph, 1);
  assert_int_equal(s[1].flags, 0);
  assert_int_equal(s[2].paragraph, 1);
  assert_int_equal(s[3].paragraph, 2);
  assert_int_equal(s[4].paragraph, 2);
  assert_int_equal(s[5].paragraph, 2);
  assert_int_equal(s[1].start, 12);
  assert_int_equal(s[1].end, 16);
  free(s);
  /* no title: the first paragraph is an ordinary one */
  doc.title_end = 0;
  assert_int_equal(dyad_split_sentences(&doc, &s, &n), 0);
  assert_int_equal(s[0].flags, 0);
  assert_int_equal(s[0].paragraph, 0);
  assert_int_equal(s[1].paragraph, 1);
  free(s);
  /* title_end beyond the text is ignored rather than trusted */
  doc.title_end = 1000;
  assert_int_equal(dyad_split_sentences(&doc, &s, &n), 0);
  assert_int_equal(s[0].flags, 0);
  free(s);
}

static void test_empty_and_null(void **state) {
  dyad_sentence *s = (dyad_sentence *)1;
  size_t n = 99;
  dyad_doc doc;
  dyad_token t[4];
  (void)state;
  assert_int_equal(dyad_split_text("", 0, &s, &n), 0);
  assert_int_equal(n, 0);
  free(s);
  memset(&doc, 0, sizeof doc);
  assert_int_equal(dyad_split_sentences(&doc, &s, &n), 0);
  assert_int_equal(n, 0);
  assert_null(s);
  assert_int_equal(dyad_tokenize("abc", 1, 1, t, 4), 0);
  assert_int_equal(dyad_tokenize("   \n\t", 0, 5, t, 4), 0);
}

/* Sentences must be ordered, trimmed, non-empty, inside the text, and never
** start or end inside a word. */
static void check_invariants(const char *text, size_t len,
                             const dyad_sentence *s, size_t n) {
  size_t i;
  uint32_t prev_end = 0, prev_para = 0;
  for (i = 0; i < n; i++) {
    const unsigned char *u = (const unsigned char *)text;
    assert_true(s[i].start < s[i].end);
    assert_true(s[i].end <= len);
    assert_true(s[i].start >= prev_end);
    assert_true(s[i].paragraph >= prev_para);
    assert_true(u[s[i].start] != ' ' && u[s[i].start] != '\n');
    assert_true(u[s[i].end - 1] != ' ' && u[s[i].end - 1] != '\n');
    /* the end is at a code point boundary */
    assert_true(s[i].end == len || (u[s[i].end] & 0xC0) != 0x80);
    if (s[i].end < len) {
      unsigned a = u[s[i].end - 1], b = u[s[i].end];
      int word_a = (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') ||
                   (a >= '0' && a <= '9');
      int word_b = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
                   (b >= '0' && b <= '9');
      assert_false(word_a && word_b);
    }
    prev_end = s[i].end;
    prev_para = s[i].paragraph;
  }
}

static void test_invalid_utf8_and_binary(void **state) {
  char buf[4096];
  size_t i, n;
  dyad_sentence *s;
  dyad_token t[4096];
  unsigned seed = 12345;
  (void)state;
  for (i = 0; i < sizeof buf; i++) {
    seed = seed * 1103515245u + 12345u;
    buf[i] = (char)(seed >> 16);
  }
  assert_int_equal(dyad_split_text(buf, sizeof buf, &s, &n), 0);
  for (i = 0; i < n; i++) {
    assert_true(s[i].start < s[i].end && s[i].end <= sizeof buf);
    size_t nt = dyad_tokenize(buf, s[i].start, s[i].end, t, 4096);
    size_t k;
    for (k = 0; k < nt && k < 4096; k++) {
      assert_true(t[k].start < t[k].end);
      assert_true(t[k].start >= s[i].start && t[k].end <= s[i].end);
      if (k) assert_true(t[k].start >= t[k - 1].end);
    }
  }
  free(s);
  /* truncated sequences at the very end */
  const char *bad[] = {"Yun\xE2\x80", "Yun. \xE2", "A. \xC3", "\xF0\x9F\x98",
                       "\xED\xA0\x80 x.", "\xC0\xAF. Y"};
  for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_int_equal(dyad_split_text(bad[i], strlen(bad[i]), &s, &n), 0);
    check_invariants(bad[i], strlen(bad[i]), s, n);
    free(s);
    n = dyad_tokenize(bad[i], 0, strlen(bad[i]), t, 64);
    assert_true(n > 0);
  }
  /* NUL bytes inside the text are white space, not an end */
  const char nul[] = "One.\0Two. Three.";
  assert_int_equal(dyad_split_text(nul, sizeof nul - 1, &s, &n), 0);
  assert_int_equal(n, 3);
  assert_int_equal(s[2].end, sizeof nul - 1);
  free(s);
}

static void test_long_line(void **state) {
  size_t len = 4u << 20, i, n;
  char *buf = malloc(len);
  dyad_sentence *s;
  (void)state;
  assert_non_null(buf);
  for (i = 0; i < len; i++) buf[i] = (i % 7 == 6) ? ' ' : 'a';
  assert_int_equal(dyad_split_text(buf, len, &s, &n), 0);
  assert_int_equal(n, 1);
  assert_int_equal(s[0].start, 0);
  free(s);
  /* many short sentences: the array grows */
  for (i = 0; i + 3 < len; i += 3) memcpy(buf + i, "X. ", 3);
  memset(buf + i, ' ', len - i);
  assert_int_equal(dyad_split_text(buf, len, &s, &n), 0);
  assert_int_equal(n, 1); /* "X." is an initial: one long sentence */
  free(s);
  for (i = 0; i + 4 < len; i += 4) memcpy(buf + i, "Ab. ", 4);
  memset(buf + i, ' ', len - i);
  assert_int_equal(dyad_split_text(buf, len, &s, &n), 0);
  assert_int_equal(n, len / 4 - 1);
  check_invariants(buf, len, s, n);
  free(s);
  free(buf);
}

/* Inputs that could make a careless scanner quadratic: every one of these
** must finish at once (the suite would time out otherwise). */
static void test_pathological(void **state) {
  static const char *const units[] = {". ", "a.", "\"", "“", "...", "? ",
                                      "U.S. ", "(", ") ", "\xE2\x80\x99s ",
                                      "Jan.", "a-", "1,000", "--", "\xC2\xA0x"};
  size_t len = 1u << 20, u, i, n;
  char *buf = malloc(len);
  dyad_sentence *s;
  static dyad_token t[1024];
  (void)state;
  assert_non_null(buf);
  for (u = 0; u < sizeof units / sizeof units[0]; u++) {
    size_t ul = strlen(units[u]);
    for (i = 0; i + ul <= len; i += ul) memcpy(buf + i, units[u], ul);
    memset(buf + i, ' ', len - i);
    assert_int_equal(dyad_split_text(buf, len, &s, &n), 0);
    check_invariants(buf, len, s, n);
    free(s);
    n = dyad_tokenize(buf, 0, len, t, 1024);
    assert_true(n > 0);
  }
  /* one huge word, then a period and a sentence */
  memset(buf, 'x', len);
  memcpy(buf + len - 8, ". Next.", 7);
  buf[len - 1] = ' ';
  assert_int_equal(dyad_split_text(buf, len, &s, &n), 0);
  assert_int_equal(n, 2);
  free(s);
  free(buf);
}

static void test_tokenize_capacity(void **state) {
  const char *t = "Kim met Putin in Vladivostok on Monday.";
  dyad_token buf[4], all[32];
  size_t n;
  (void)state;
  memset(buf, 0xAB, sizeof buf);
  n = dyad_tokenize(t, 0, strlen(t), buf, 3);
  assert_int_equal(n, 8);
  /* the fourth slot is untouched */
  assert_int_equal(buf[3].start, 0xABABABABu);
  assert_int_equal(dyad_tokenize(t, 0, strlen(t), all, 32), 8);
  assert_memory_equal(buf, all, 3 * sizeof all[0]);
  assert_int_equal(dyad_tokenize(t, 0, strlen(t), NULL, 0), 8);
  /* offsets are absolute, and a sub-range stays inside it */
  n = dyad_tokenize(t, 8, 13, all, 32);
  assert_int_equal(n, 1);
  assert_int_equal(all[0].start, 8);
  assert_int_equal(all[0].end, 13);
  assert_int_equal(all[0].flags, DYAD_TOK_WORD | DYAD_TOK_CAP | DYAD_TOK_ALPHA);
  /* a range that cuts a word makes a shorter token, not a longer one */
  n = dyad_tokenize(t, 9, 11, all, 32);
  assert_int_equal(n, 1);
  assert_int_equal(all[0].end, 11);
}

static void test_nbsp_token(void **state) {
  const char *t = "Yun\xC2\xA0" "Byung-se\xE2\x80\xAF" "met\xE2\x80\x89Lavrov";
  dyad_token buf[8];
  size_t n;
  (void)state;
  n = dyad_tokenize(t, 0, strlen(t), buf, 8);
  assert_int_equal(n, 4);
  assert_int_equal(buf[1].end - buf[1].start, 8);
  assert_int_equal(buf[3].flags, DYAD_TOK_WORD | DYAD_TOK_CAP | DYAD_TOK_ALPHA);
}

/* DYAD_TOK_ALPHA marks exactly the words of ASCII letters alone, however
** the word ended (before a space, a period, a possessive, a comma). */
static void test_alpha_flag(void **state) {
  const char *t = "Seoul said. China's U.S. 2004 Korea-US caf\xC3\xA9 G8 Jong-un, \"North\" Mr. won't";
  /* Seoul said . China 's U.S. 2004 Korea-US café G8 Jong-un , " North " Mr. won't */
  static const int alpha[] = {1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
  dyad_token buf[32];
  size_t n, i;
  (void)state;
  n = dyad_tokenize(t, 0, strlen(t), buf, 32);
  assert_int_equal(n, sizeof alpha / sizeof alpha[0]);
  for (i = 0; i < n; i++) {
    if (((buf[i].flags & DYAD_TOK_ALPHA) != 0) != alpha[i])
      printf("# token %zu \"%.*s\": alpha %d\n", i, (int)(buf[i].end - buf[i].start), t + buf[i].start,
             (buf[i].flags & DYAD_TOK_ALPHA) != 0);
    assert_int_equal((buf[i].flags & DYAD_TOK_ALPHA) != 0, alpha[i]);
  }
}

/* Joins the title and text of every JSON line as paragraphs. */
static char *join_items(const char *raw, size_t len, size_t *outlen) {
  char *out = malloc(len + 1), *o = out;
  const char *p = raw, *end = raw + len;
  assert_non_null(out);
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
    json_t *j = json_loadb(p, l, 0, NULL);
    const char *keys[] = {"title", "text"};
    size_t k;
    for (k = 0; j && k < 2; k++) {
      const char *v = json_string_value(json_object_get(j, keys[k]));
      size_t vl = v ? strlen(v) : 0;
      if (v && (size_t)(o - out) + vl + 2 <= len) {
        memcpy(o, v, vl);
        o += vl;
        *o++ = '\n';
        *o++ = '\n';
      }
    }
    json_decref(j);
    p += l + 1;
  }
  *o = 0;
  *outlen = (size_t)(o - out);
  return out;
}

/* The real corpus, when present: invariants over every seed and AG item. */
static void test_corpus_invariants(void **state) {
  const char *shared = getenv("SHARED");
  char path[1024];
  size_t len, n, total = 0, i;
  char *buf, *raw;
  dyad_sentence *s;
  static dyad_token t[8192];
  (void)state;
  if (!shared) { skip(); return; }
  snprintf(path, sizeof path, "%s/corpus/agnews_world.jsonl", shared);
  raw = slurp(path, &len);
  if (!raw) { skip(); return; }
  buf = join_items(raw, len, &len);
  free(raw);
  assert_int_equal(dyad_split_text(buf, len, &s, &n), 0);
  check_invariants(buf, len, s, n);
  total = n;
  /* timing: printed, never asserted */
  clock_t c0 = clock();
  int reps = 5, r;
  size_t toks = 0;
  for (r = 0; r < reps; r++) {
    dyad_sentence *s2;
    size_t n2;
    assert_int_equal(dyad_split_text(buf, len, &s2, &n2), 0);
    free(s2);
  }
  clock_t c1 = clock();
  for (r = 0; r < reps; r++)
    for (i = 0; i < n; i++)
      toks += dyad_tokenize(buf, s[i].start, s[i].end, t, 8192);
  clock_t c2 = clock();
  double ts = (double)(c1 - c0) / CLOCKS_PER_SEC + 1e-9;
  double tt = (double)(c2 - c1) / CLOCKS_PER_SEC + 1e-9;
  printf("# timing (AG-news jsonl, %zu bytes, %zu sentences): split %.0f MB/s "
         "(%.0f sentences/s), tokenize %.0f MB/s (%.0f sentences/s)\n",
         len, n, len * reps / ts / 1e6, n * reps / ts, len * reps / tt / 1e6,
         n * reps / tt);
  free(s);
  free(buf);
  assert_true(total > 3000);
}

/* dyad__split_sentences_into (the coder's reused array) gives what
** dyad_split_sentences gives, for a long document, then short ones, an
** empty one and one with a title, all into the same array. */
static void test_split_into(void **state) {
  (void)state;
  static char big[40000];
  size_t o = 0;
  while (o + 64 < sizeof big) o += (size_t)snprintf(big + o, sizeof big - o, "Talks were held in Seoul on day %zu. ", o);
  const char *texts[] = {big, "One. Two? Three!", "", "A Title\n\nBody one. Body two.", "Just one"};
  size_t title_ends[] = {0, 0, 0, 7, 0};
  dyad_sentence *buf = NULL;
  size_t cap = 0;
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    dyad_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.text = (char *)texts[k];
    doc.text_len = strlen(texts[k]);
    doc.title_end = title_ends[k];
    dyad_sentence *want = NULL;
    size_t nw = 0, ng = 99;
    assert_int_equal(dyad_split_sentences(&doc, &want, &nw), 0);
    assert_int_equal(dyad__split_sentences_into(&doc, &buf, &cap, &ng), 0);
    assert_int_equal(ng, nw);
    if (nw) assert_memory_equal(buf, want, nw * sizeof *want);
    assert_true(cap >= ng);
    free(want);
  }
  assert_true(cap > 100); /* kept from the long document */
  size_t ng = 99;
  assert_int_equal(dyad__split_sentences_into(NULL, &buf, &cap, &ng), 0);
  assert_int_equal(ng, 0);
  free(buf);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_split_cases),
    cmocka_unit_test(test_token_cases),
    cmocka_unit_test(test_paragraph_indices),
    cmocka_unit_test(test_empty_and_null),
    cmocka_unit_test(test_invalid_utf8_and_binary),
    cmocka_unit_test(test_long_line),
    cmocka_unit_test(test_pathological),
    cmocka_unit_test(test_tokenize_capacity),
    cmocka_unit_test(test_nbsp_token),
    cmocka_unit_test(test_alpha_flag),
    cmocka_unit_test(test_corpus_invariants),
    cmocka_unit_test(test_split_into),
  };
  return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
