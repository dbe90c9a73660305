/*
** clean.c: raw news text -> cleaned dyad_doc. See clean.h for the two
** passes. Everything here is linear in the input and allocates per document
** (a few buffers), never per character or per line.
*/
#include "clean.h"
#include "dates.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The document as allocated by the cleaner: the public struct first, so a
** dyad_doc * and a docx * are the same pointer. */
typedef struct docx {
  dyad_doc pub;
  size_t invalid;
  uintptr_t lo, hi;   /* the block's own string bytes: not freed one by one */
  size_t used, cap;   /* of area */
  char area[];        /* the strings of a document the cleaner made */
} docx;

/* ------------------------------------------------------------------------
** Buffers
** ---------------------------------------------------------------------- */

int dyad__buf_reserve(dyad__buf *b, size_t extra) {
  if (b->oom) return -1;
  if (b->len + extra + 1 <= b->cap) return 0;
  size_t ncap = b->cap ? b->cap : 256;
  while (ncap < b->len + extra + 1) {
    if (ncap > SIZE_MAX / 2) { b->oom = 1; return -1; }
    ncap *= 2;
  }
  char *np = realloc(b->p, ncap);
  if (!np) { b->oom = 1; return -1; }
  b->p = np;
  b->cap = ncap;
  return 0;
}

void dyad__buf_put(dyad__buf *b, const char *s, size_t n) {
  if (dyad__buf_reserve(b, n)) return;
  if (n) memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

void dyad__buf_putc(dyad__buf *b, char c) {
  if (dyad__buf_reserve(b, 1)) return;
  b->p[b->len++] = c;
  b->p[b->len] = 0;
}

void dyad__buf_free(dyad__buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

/* ------------------------------------------------------------------------
** Small character helpers (ASCII only: the rules below are about English
** news furniture; non-ASCII bytes count as letters where noted).
** ---------------------------------------------------------------------- */

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(int c) { return is_upper(c) || is_lower(c); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int lower(int c) { return is_upper(c) ? c + 32 : c; }

/* One past the last ASCII digit of s[0,n), 0 when it has none: a date has a
** digit, so the date finders below start no parse after it. Eight bytes a
** step from the end: b is a digit when (b ^ '0') < 10, and "some byte of x
** is below 10" is exact in (x - 0x0A..) & ~x & 0x80.. (no borrow reaches a
** byte before the first one below 10). */
static size_t digit_end(const char *s, size_t n) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, s + n - 8, 8);
    w ^= ones * '0';
    if ((w - ones * 10) & ~w & high) break;
    n -= 8;
  }
  while (n && !is_digit((unsigned char)s[n - 1])) n--;
  return n;
}

/* Case-insensitive prefix test of s[0,n) against NUL-terminated p. */
static int has_prefix_ci(const char *s, size_t n, const char *p) {
  size_t i = 0;
  for (; p[i]; i++)
    if (i >= n || lower((unsigned char)s[i]) != lower((unsigned char)p[i])) return 0;
  return 1;
}

/* (a | 32) != (b | 32) implies lower(a) != lower(b): most calls stop there,
** before the strlen. */
static inline int eq_ci(const char *s, size_t n, const char *p) {
  if (!n) return !*p;
  if (((unsigned char)s[0] | 32) != ((unsigned char)p[0] | 32)) return 0;
  return strlen(p) == n && has_prefix_ci(s, n, p);
}

/* Finds NUL-terminated needle in s[0,n) (case-sensitive). */
static const char *find(const char *s, size_t n, const char *needle) {
  size_t m = strlen(needle);
  if (m == 0 || m > n) return NULL;
  const char *end = s + n - m + 1;
  for (const char *p = s; p < end; p++) {
    p = memchr(p, needle[0], (size_t)(end - p));
    if (!p) return NULL;
    if (!memcmp(p, needle, m)) return p;
  }
  return NULL;
}

/* Writes code point cp as UTF-8 into out (room for 4); returns length. */
static size_t put_utf8(char *out, uint32_t cp) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Decodes one UTF-8 sequence at s[0,n) (s[0] >= 0x80). Returns its length
** and sets *cp, or 0 when the bytes are not valid UTF-8. */
static size_t get_utf8(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned char c = s[0];
  if (c >= 0xC2 && c <= 0xDF) {
    if (n < 2 || (s[1] & 0xC0) != 0x80) return 0;
    *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;
    if (c == 0xED && s[1] > 0x9F) return 0;
    *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;
    if (c == 0xF4 && s[1] > 0x8F) return 0;
    *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
  }
  return 0;
}

/* Could NFC change text containing cp? Conservative: combining marks,
** characters with a canonical decomposition, and conjoining Hangul jamo. */
static int maybe_not_nfc(uint32_t cp) {
  if (cp < 0x300) return 0;
  if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
      (cp >= 0xD7B0 && cp <= 0xD7FF))
    return 1;
  const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
  if (p->combining_class != 0) return 1;
  if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC) return 1;
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) return 1;
  return 0;
}

/* ------------------------------------------------------------------------
** Entities
** ---------------------------------------------------------------------- */

static const struct { const char *name; uint32_t cp; } entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"laquo", 0xAB}, {"raquo", 0xBB},
    {"middot", 0xB7}, {"bull", 0x2022}, {"copy", 0xA9}, {"reg", 0xAE},
    {"trade", 0x2122}, {"deg", 0xB0}, {"euro", 0x20AC}, {"pound", 0xA3},
    {"yen", 0xA5}, {"cent", 0xA2}, {"sect", 0xA7}, {"times", 0xD7},
    {"divide", 0xF7}, {"shy", 0xAD}, {"thinsp", 0x2009}, {"ensp", 0x2002},
    {"emsp", 0x2003}, {"prime", 0x2032}, {"Prime", 0x2033},
    {"aacute", 0xE1}, {"Aacute", 0xC1}, {"agrave", 0xE0}, {"Agrave", 0xC0},
    {"acirc", 0xE2}, {"Acirc", 0xC2}, {"auml", 0xE4}, {"Auml", 0xC4},
    {"atilde", 0xE3}, {"Atilde", 0xC3}, {"aring", 0xE5}, {"Aring", 0xC5},
    {"aelig", 0xE6}, {"AElig", 0xC6}, {"ccedil", 0xE7}, {"Ccedil", 0xC7},
    {"eacute", 0xE9}, {"Eacute", 0xC9}, {"egrave", 0xE8}, {"Egrave", 0xC8},
    {"ecirc", 0xEA}, {"Ecirc", 0xCA}, {"euml", 0xEB}, {"Euml", 0xCB},
    {"iacute", 0xED}, {"Iacute", 0xCD}, {"igrave", 0xEC}, {"Igrave", 0xCC},
    {"icirc", 0xEE}, {"Icirc", 0xCE}, {"iuml", 0xEF}, {"Iuml", 0xCF},
    {"ntilde", 0xF1}, {"Ntilde", 0xD1}, {"oacute", 0xF3}, {"Oacute", 0xD3},
    {"ograve", 0xF2}, {"Ograve", 0xD2}, {"ocirc", 0xF4}, {"Ocirc", 0xD4},
    {"ouml", 0xF6}, {"Ouml", 0xD6}, {"otilde", 0xF5}, {"Otilde", 0xD5},
    {"oslash", 0xF8}, {"Oslash", 0xD8}, {"uacute", 0xFA}, {"Uacute", 0xDA},
    {"ugrave", 0xF9}, {"Ugrave", 0xD9}, {"ucirc", 0xFB}, {"Ucirc", 0xDB},
    {"uuml", 0xFC}, {"Uuml", 0xDC}, {"yacute", 0xFD}, {"Yacute", 0xDD},
    {"yuml", 0xFF}, {"szlig", 0xDF},
};

/* Windows-1252 code points for numeric references 128..159 ("#151;"). */
static const uint16_t cp1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

static uint32_t named_entity(const char *s, size_t n) {
  for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++)
    if (strlen(entities[i].name) == n && !memcmp(entities[i].name, s, n)) return entities[i].cp;
  return 0;
}

/* "#39" / "#x27" -> code point, 0 if not a number. */
static uint32_t numeric_entity(const char *s, size_t n) {
  uint32_t v = 0;
  size_t i = 1;
  int hex = 0;
  if (n < 2 || s[0] != '#') return 0;
  if (s[1] == 'x' || s[1] == 'X') { hex = 1; i = 2; }
  if (i >= n) return 0;
  for (; i < n; i++) {
    int c = (unsigned char)s[i], d;
    if (is_digit(c)) d = c - '0';
    else if (hex && lower(c) >= 'a' && lower(c) <= 'f') d = lower(c) - 'a' + 10;
    else return 0;
    v = v * (hex ? 16u : 10u) + (uint32_t)d;
    if (v > 0x10FFFF) return 0xFFFD;
  }
  if (v >= 128 && v < 160) v = cp1252[v - 128];
  if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
  return v;
}

/* Inline tags as they survive in feeds ("<b>", "</b>"): dropped. */
static int droppable_tag(const char *s, size_t n) {
  static const char *tags[] = {"b", "i", "u", "em", "strong", "br", "br/", "br /", "p", "/p",
                               "/b", "/i", "/u", "/em", "/strong", "font", "/font",
                               "span", "/span", "sup", "/sup", "sub", "/sub", "/a", NULL};
  for (int i = 0; tags[i]; i++)
    if (eq_ci(s, n, tags[i])) return 1;
  return 0;
}

/* ------------------------------------------------------------------------
** Pass 1: bytes -> valid UTF-8 with entities decoded and spaces mapped.
** Runs of spaces are kept here (the AG residue needs them); pass 2
** collapses them.
** ---------------------------------------------------------------------- */

typedef struct pass1 {
  size_t invalid;
  int need_nfc;
} pass1;

/* After writing '>' at out[o-1]: if out ends with a droppable "<tag>",
** returns the new length without it, else o. */
static size_t drop_tag_tail(const char *out, size_t o) {
  size_t k = o - 1, lim = o > 12 ? o - 12 : 0;
  while (k > lim && out[k - 1] != '<' && out[k - 1] != '>') k--;
  if (k == 0 || out[k - 1] != '<') return o;
  if (droppable_tag(out + k, o - 1 - k)) return k - 1;
  return o;
}

/* Handles ';' at s[i] with output out[0,o): decodes an entity or AG residue
** ending here. Returns the new output length, or (size_t)-1 when the ';' is
** plain text. */
static size_t semicolon(char *out, size_t o) {
  size_t k = o, lim = o > 10 ? o - 10 : 0;
  while (k > lim && is_alnum((unsigned char)out[k - 1])) k--;
  if (k > 0 && out[k - 1] == '#') k--;
  size_t tl = o - k;
  if (tl == 0 || tl > 9) return (size_t)-1;
  const char *tok = out + k;
  uint32_t cp = 0;
  size_t start;
  if (k > 0 && out[k - 1] == '&') {
    cp = tok[0] == '#' ? numeric_entity(tok, tl) : named_entity(tok, tl);
    if (!cp) return (size_t)-1;
    start = k - 1;
  } else {
    /* AG-news residue: the '&' became a space (" #39;s", "  quot;"). */
    if (tok[0] == '#') cp = numeric_entity(tok, tl);
    else if (k == 0 || !is_alnum((unsigned char)out[k - 1])) {
      if (tl == 4 && !memcmp(tok, "quot", 4)) cp = '"';
      else if (tl == 3 && !memcmp(tok, "amp", 3)) cp = '&';
      else if (tl == 2 && !memcmp(tok, "lt", 2)) cp = '<';
      else if (tl == 2 && !memcmp(tok, "gt", 2)) cp = '>';
      else if (tl == 4 && !memcmp(tok, "apos", 4)) cp = '\'';
      else if (tl == 4 && !memcmp(tok, "nbsp", 4)) cp = ' ';
    }
    if (!cp) return (size_t)-1;
    start = (k > 0 && out[k - 1] == ' ') ? k - 1 : k;
  }
  if (cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009) cp = ' ';
  if (cp == 0xAD) return start;
  if (cp < 0x20 || cp == 0x7F) cp = ' ';
  o = start + put_utf8(out + start, cp);
  if (cp == '>') o = drop_tag_tail(out, o);
  return o;
}

/* Bytes pass 1 copies as they are: printable ASCII except ';', '>' and
** '\\' (which may end an entity or a tag, or escape a newline). */
static const unsigned char plain_byte[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
};

/* Pass 1 over s[0,n) into b (reset). Returns 0 or -1 when out of memory. */
static int run_pass1(const char *src, size_t n, dyad__buf *b, pass1 *st) {
  const unsigned char *s = (const unsigned char *)src;
  b->len = 0;
  if (dyad__buf_reserve(b, n + 16)) return -1;
  char *out = b->p;
  size_t o = 0, cap = b->cap - 1, i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (plain_byte[c]) { /* a run of bytes copied as they are */
      size_t j = i + 1;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      /* eight bytes at a time while they are all plain: a byte is not when
      ** it is below 0x20, 0x7F or above, or one of ';' '>' '\\' (the lowest
      ** flagged byte is exact; only bytes above it may be flagged wrongly) */
      out[o++] = (char)c;
#if defined(__SSE2__)
      /* sixteen at a time first: a signed byte compare below 0x20 also
      ** takes the bytes >= 0x80 (negative) */
      while (j + 16 <= n && o + 16 <= cap) {
        const __m128i c20 = _mm_set1_epi8(0x20), c7f = _mm_set1_epi8(0x7F),
                      csc = _mm_set1_epi8(';'), cgt = _mm_set1_epi8('>'),
                      cbs = _mm_set1_epi8('\\');
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi8(v, c20), _mm_cmpeq_epi8(v, c7f)),
            _mm_or_si128(_mm_cmpeq_epi8(v, csc),
                         _mm_or_si128(_mm_cmpeq_epi8(v, cgt), _mm_cmpeq_epi8(v, cbs))));
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        _mm_storeu_si128((__m128i *)(void *)(out + o), v);
        if (bits) {
          size_t k = (size_t)__builtin_ctz(bits);
          j += k;
          o += k;
          goto plain_tail;
        }
        j += 16;
        o += 16;
      }
#endif
      while (j + 8 <= n && o + 8 <= cap) {
        const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
        uint64_t w, m, x1, x2, x3;
        memcpy(&w, s + j, 8);
        memcpy(out + o, &w, 8);
        x1 = w ^ (ones * ';');
        x2 = w ^ (ones * '>');
        x3 = w ^ (ones * '\\');
        m = (w | ((w - ones * 0x20) & ~w) | (w + ones * (0x80 - 0x7F)) |
             ((x1 - ones) & ~x1) | ((x2 - ones) & ~x2) | ((x3 - ones) & ~x3)) & high;
        if (m) {
          size_t k = (size_t)__builtin_ctzll(m) >> 3;
          j += k;
          o += k;
          break;
        }
        j += 8;
        o += 8;
      }
#if defined(__SSE2__)
    plain_tail:
#endif
      i = j;
      while (i < n && plain_byte[s[i]]) out[o++] = (char)s[i++];
#else
      while (j < n && plain_byte[s[j]]) j++;
      memcpy(out + o, s + i, j - i);
      o += j - i;
      i = j;
#endif
      continue;
    }
    if (c >= 0x20 && c < 0x7F) {
      if (c == ';') {
        size_t r = semicolon(out, o);
        if (r != (size_t)-1) { o = r; i++; continue; }
      } else if (c == '>') {
        out[o++] = '>';
        o = drop_tag_tail(out, o);
        i++;
        continue;
      } else if (c == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
        i += (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') ? 3 : 2;
        if (o && out[o - 1] != ' ') out[o++] = ' ';
        continue;
      }
      out[o++] = (char)c;
      i++;
      continue;
    }
    if (c == '\n') { out[o++] = '\n'; i++; continue; }
    if (c < 0x80) {
      if (c == '\r') {
        i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        out[o++] = '\n';
        continue;
      }
      out[o++] = ' '; /* tab, other control characters, DEL */
      i++;
      continue;
    }
    uint32_t cp;
    size_t l = get_utf8(s + i, n - i, &cp);
    if (l == 0) {
      /* invalid byte: U+FFFD (3 bytes for 1: make room) */
      st->invalid++;
      if (o + 3 + (n - i) > cap) {
        b->len = o;
        if (dyad__buf_reserve(b, 3 + (n - i) + 16)) return -1;
        out = b->p;
        cap = b->cap - 1;
      }
      out[o++] = (char)0xEF; out[o++] = (char)0xBF; out[o++] = (char)0xBD;
      i++;
      continue;
    }
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
        cp == 0x3000 || cp == 0x1680 || (cp >= 0x80 && cp < 0xA0 && cp != 0x85)) {
      out[o++] = ' ';
    } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
      out[o++] = '\n';
    } else if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD) {
      /* zero-width and soft hyphen: dropped */
    } else {
      memcpy(out + o, s + i, l);
      o += l;
      if (!st->need_nfc && maybe_not_nfc(cp)) st->need_nfc = 1;
    }
    i += l;
  }
  b->len = o;
  out[o] = 0;
  return 0;
}

/* NFC in place of b when pass 1 saw a code point that may need it. */
static int nfc(dyad__buf *b) {
  utf8proc_uint8_t *res = NULL;
  utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)b->p, (utf8proc_ssize_t)b->len, &res,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (r < 0) {
    free(res);
    return r == UTF8PROC_ERROR_NOMEM ? -1 : 0; /* invalid input cannot happen */
  }
  free(b->p);
  b->p = (char *)res;
  b->len = (size_t)r;
  b->cap = (size_t)r + 1;
  return 0;
}

/* ------------------------------------------------------------------------
** Pass 2: lines.
** ---------------------------------------------------------------------- */

enum { L_BLANK = 0, L_KEEP, L_DROP, L_TITLE };

typedef struct line {
  uint32_t a, b;   /* trimmed span in the pass-1 text */
  uint8_t kind;
  uint8_t header;  /* before the first body line */
  uint32_t hash;
} line;

typedef struct span {
  size_t a, b;
} span;

typedef struct ctx {
  const char *t;       /* pass-1 text */
  size_t n;
  line *lines;
  size_t nlines;
  int keep;            /* keep boilerplate */
  int blocks;
  char date[11];       /* date read from the text, "" if none */
  char dateline_day[6]; /* "MM-DD" of a yearless dateline date, "" if none */
  int date_prio;        /* DP_*: how the date was found */
  span dateline, credit;
} ctx;

static size_t count_words(const char *s, size_t n) {
  size_t w = 0;
  int in = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == ' ') in = 0;
    else if (!in) { in = 1; w++; }
  }
  return w;
}

static int has_ascii_letter(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (is_alpha((unsigned char)s[i])) return 1;
  return 0;
}

static int has_non_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return 1;
  return 0;
}

/* Skips "Label :" at s: returns the offset after the colon and spaces. */
static size_t after_colon(const char *s, size_t n) {
  const char *c = memchr(s, ':', n);
  if (!c) return n;
  size_t i = (size_t)(c - s) + 1;
  while (i < n && s[i] == ' ') i++;
  return i;
}

/* Where the document date comes from, weakest first. A date of a higher
** rank wins whatever the order of the lines; of equal rank the first stays.
**   DP_PREFIX  " date 2021-10-28 ..." opening the text (the corpus's own field)
**   DP_LABEL   a labelled header date: "Published : June 12, 2016",
**              "Posted on : 2024-06-14", "Date: 2021-10-28", "First published ...",
**              or an HTML page's published date (<meta property=
**              "article:published_time">, html.c), which comes first
**   DP_LINE    a header line that is a date and nothing else ("Tuesday, March 5,
**              2019", "Sept. 17, 2018 | 10:21 AM", "2019-03-05T15:45:00Z"), a byline
**              ending in one, and "Updated"/"Modified" dates: labelled, but they
**              name a later day than the story's, so they only rank with a bare line
**   DP_DATELINE a wire dateline with a year ("GENEVA, March 5, 2019 (Reuters) -")
**   DP_TITLE   a date ending the headline, the title or a header line before the
**              first paragraph, after "on" or a separator ("... in Sochi on September
**              17, 2018", "Transcript of the press conference, 17 September 2018"):
**              the weakest, as a headline can name a past day ("... marks June 25,
**              1950"); not one inside it ("on Sept. 11, 2001 attacks"), and never a
**              date of the story's paragraphs, which tell of past events.
** A yearless dateline ("SEOUL, Sept. 20 (Yonhap) --") gives no date here:
** docyear.c infers its year. */
enum { DP_TITLE, DP_DATELINE, DP_LINE, DP_LABEL, DP_PREFIX };

/* Reads a date at s of rank prio (DP_*): kept when it outranks the one
** found so far. */
static void read_date(ctx *x, const char *s, size_t n, int prio) {
  char d[11];
  if (x->date[0] && prio <= x->date_prio) return;
  if (dyad__parse_date(s, n, d) > 0) {
    memcpy(x->date, d, sizeof d);
    x->date_prio = prio;
  }
}

/* A time before a date ("3:45 PM EST, ", "10:21 a.m. ET | ", "15:45 GMT -
** "): the offset past it and its separators, 0 when s opens with no time. */
static size_t time_first(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && is_digit((unsigned char)s[i])) i++;
  if (i < 1 || i > 2 || i + 3 > n || s[i] != ':' || !is_digit((unsigned char)s[i + 1]) ||
      !is_digit((unsigned char)s[i + 2]))
    return 0;
  i += 3;
  if (i + 2 < n && s[i] == ':' && is_digit((unsigned char)s[i + 1])) i += 3; /* seconds */
  for (int w = 0; w < 2 && i < n && s[i] == ' '; w++) {
    /* "PM", "p.m.", then a zone "EST", "ET", "GMT" */
    size_t j = i + 1, k = j;
    while (k < n && (is_alpha((unsigned char)s[k]) || s[k] == '.')) k++;
    size_t len = k - j;
    int ampm = len >= 2 && ((s[j] | 32) == 'a' || (s[j] | 32) == 'p') &&
               ((len == 2 && (s[j + 1] | 32) == 'm') ||
                (len == 4 && s[j + 1] == '.' && (s[j + 2] | 32) == 'm' && s[j + 3] == '.'));
    int zone = len >= 2 && len <= 4;
    for (size_t q = j; q < k && zone; q++) zone = is_upper((unsigned char)s[q]);
    if (!(ampm && w == 0) && !zone) break;
    if (!ampm && k < n && s[k] != ' ' && s[k] != ',') break;
    i = k;
  }
  size_t j = i;
  while (j < n && (s[j] == ' ' || s[j] == ',' || s[j] == '|' || s[j] == '-')) j++;
  return j > i ? j : 0;
}

/* "Published : June 12, 2016 - 17:50", "Posted on : 2024-06-14 16:59 KST
** Modified on : ...", "Updated 3:45 PM EST, Tue March 5, 2019": reads the
** date; returns 1 when s is such a line. */
static int date_line(ctx *x, const char *s, size_t n) {
  static const char *labels[] = {"Published", "Posted", "Updated", "Modified", "Last updated",
                                 "Last modified", "First published", "Date", "Released",
                                 "Issued", NULL};
  if (!n) return 0;
  { /* the labels' first letters (either case): d f i l m p r u */
    unsigned c0 = ((unsigned char)s[0] | 32u) - 'a';
    if (c0 >= 26 || !((0x129928u >> c0) & 1)) return 0;
  }
  for (int i = 0; labels[i]; i++) {
    size_t m;
    if (((unsigned char)s[0] | 32) != ((unsigned char)labels[i][0] | 32)) continue;
    m = strlen(labels[i]);
    if (!has_prefix_ci(s, n, labels[i])) continue;
    size_t j = m;
    if (j + 3 <= n && !memcmp(s + j, " on", 3)) j += 3;
    while (j < n && s[j] == ' ') j++;
    /* Published, Posted, First published, Date: the story's own day */
    int prio = i < 2 || i >= 6 ? DP_LABEL : DP_LINE;
    if (j < n && s[j] != ':' && j > m && n <= 160) {
      /* "Published March 18, 2026", "Published on 18 March 2026",
         "Updated 3:45 PM EST, Tue March 5, 2019" */
      char d[11];
      j += time_first(s + j, n - j);
      if (!dyad__parse_date(s + j, n - j, d)) continue;
      read_date(x, s + j, n - j, prio);
      return 1;
    }
    if (j >= n || s[j] != ':') continue;
    if (n > 160) return 0;
    size_t k = after_colon(s, n);
    k += time_first(s + k, n - k);
    read_date(x, s + k, n - k, prio);
    return 1;
  }
  return 0;
}

/* After a date: nothing, or a time and zone ("- 17:50", "09:14 UTC",
** "9:10 a.m. KST", "(GMT)"). */
static int time_rest(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == ',' || c == '-' || c == '|' || c == '(' || c == ')' || c == '+') {
      i++;
      continue;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
      i += 3; /* en or em dash */
      continue;
    }
    size_t j = i;
    if (is_digit(c)) {
      while (j < n && (is_digit((unsigned char)s[j]) || s[j] == ':' || s[j] == '.')) j++;
    } else {
      int caps = 1;
      while (j < n && (is_upper((unsigned char)s[j]) || is_lower((unsigned char)s[j]) || s[j] == '.')) {
        if (!is_upper((unsigned char)s[j]) && s[j] != '.') caps = 0;
        j++;
      }
      size_t w = j - i;
      int ampm = (w == 4 && (s[i] | 32) == 'a' && s[i + 1] == '.' && (s[i + 2] | 32) == 'm') ||
                 (w == 4 && (s[i] | 32) == 'p' && s[i + 1] == '.' && (s[i + 2] | 32) == 'm') ||
                 (w == 2 && ((s[i] | 32) == 'a' || (s[i] | 32) == 'p') && (s[i + 1] | 32) == 'm');
      int at = w == 2 && s[i] == 'a' && s[i + 1] == 't'; /* "June 5, 2017 at 10:23 JST" */
      if (!w || !(ampm || at || (caps && w >= 2 && w <= 5))) return 0;
    }
    i = j;
  }
  return 1;
}

/* Does the word of a transcript's or a statement's title ("conference",
** "briefing", "remarks" ...) occur anywhere in s[0, n), in any case? One
** pass: only a byte that one of them starts with is compared further. */
static int kind_word(const char *s, size_t n) {
  static const char *const kinds[] = {"conference", "briefing", "transcript", "remarks",
                                      "statement", "interview", "speech", NULL};
  uint32_t first = 0; /* their first letters */
  for (int i = 0; kinds[i]; i++) first |= 1u << (kinds[i][0] - 'a');
  for (size_t q = 0; q < n; q++) {
    unsigned c = (unsigned char)s[q] | 32;
    if (c < 'a' || c > 'z' || !((first >> (c - 'a')) & 1)) continue;
    for (int i = 0; kinds[i]; i++)
      if ((unsigned char)kinds[i][0] == c && has_prefix_ci(s + q, n - q, kinds[i])) return 1;
  }
  return 0;
}

/* A header line that is a date and nothing else ("Wednesday, March 18,
** 2026", "March 18, 2026 09:14 UTC", "2026-03-18"), or a byline ending in
** one ("By Jane Doe, March 18, 2026", "By Jane Doe | 18 March 2026"):
** reads it (DP_LINE). Returns 1 for a date line, 0 otherwise (a byline
** stays what it was). */
static int header_date(ctx *x, const char *s, size_t n, int header) {
  char d[11];
  size_t k, t;
  if (n > 160) return 0;
  size_t de = digit_end(s, n); /* (no date starts at or after de) */
  if (de && n <= 120 && (k = dyad__parse_date(s, n, d)) > 0 && time_rest(s + k, n - k)) {
    read_date(x, s, n, DP_LINE);
    return 1;
  }
  /* "10:21 AM | Sept. 17, 2018" */
  if (de && n <= 120 && (t = time_first(s, n)) > 0 && (k = dyad__parse_date(s + t, n - t, d)) > 0 &&
      time_rest(s + t + k, n - t - k)) {
    read_date(x, s + t, n - t, DP_LINE);
    return 1;
  }
  {
    /* a line of fields between " | " or " / " ("Korea Herald | Published :
       June 5, 2017 - 10:23", "EDITORIAL | June 5, 2017", "June 5, 2017 /
       10:23 AM / Updated 2 hours ago"): a field that is a labelled date or a
       date and nothing else */
    int found = 0;
    /* (no field separator without a '|' or a '/': the scan is skipped) */
    if (!memchr(s, '|', n) && !memchr(s, '/', n)) found = -1;
    for (size_t a = 0, i = 0; i <= n && !found; i++) {
      int sep = i + 2 < n && s[i] == ' ' && (s[i + 1] == '|' || s[i + 1] == '/') && s[i + 2] == ' ';
      if (i < n && !sep) continue;
      if (i == n && a == 0) break; /* no field separator */
      size_t b = i;
      while (a < b && s[a] == ' ') a++;
      if (b > a) {
        if (date_line(x, s + a, b - a)) found = 1;
        else if ((k = dyad__parse_date(s + a, b - a, d)) > 0 && time_rest(s + a + k, b - a - k)) {
          read_date(x, s + a, b - a, DP_LINE);
          found = 1;
        }
      }
      a = i + 3;
      i += 2;
    }
    if (found == 1) return 1;
  }
  {
    /* the title of a transcript or a statement, ending in its day
       ("Regular Press Conference on June 5, 2017", "Remarks by the
       President at the Memorial, May 27, 2016", "Press Briefing, Monday,
       June 5, 2017"): the date (the line stays, a headline) */
    /* (the title's word is looked for once a date is found: the cheaper
       test first) */
    int kind = header ? -1 : 0;
    for (size_t q = 1; kind && q + 6 < n && q + 1 < de; q++) {
      if (!((s[q - 1] == ',' && s[q] == ' ') || (q >= 3 && !memcmp(s + q - 3, " on ", 4)))) continue;
      size_t j = q + 1;
      if ((k = dyad__parse_date(s + j, n - j, d)) > 0 && strlen(d) == 10 && time_rest(s + j + k, n - j - k) &&
          (kind < 0 ? (kind = kind_word(s, n)) : kind)) {
        read_date(x, s + j, n - j, DP_LINE);
        return 0;
      }
    }
  }
  if (n > 120) return 0;
  if (n > 3 && de && has_prefix_ci(s, n, "by ")) {
    for (size_t i = 3; i + 1 < de; i++) {
      if (s[i] != ',' && s[i] != '|' && !(s[i] == '-' && i > 0 && s[i - 1] == ' ')) continue;
      size_t j = i + 1;
      while (j < n && s[j] == ' ') j++;
      if ((k = dyad__parse_date(s + j, n - j, d)) > 0 && time_rest(s + j + k, n - j - k)) {
        read_date(x, s + j, n - j, DP_LINE);
        break;
      }
    }
  }
  return 0;
}

/* A date that ends a headline, title or header line (DP_TITLE): "... in
** Sochi on September 17, 2018", "Transcript of the press conference, 17
** September 2018", "Talks end - March 5, 2019". It must follow "on" or a
** separator (, - | : ( and dashes), reach the end of the line (a time may
** follow) and give a day: "... of September 11, 2001" and "on Sept. 11, 2001
** attacks" are no document date. */
static void title_date(ctx *x, const char *s, size_t n) {
  if (n < 8 || n > 240 || (x->date[0] && x->date_prio >= DP_TITLE)) return;
  /* a date has a digit: none starts after the line's last one */
  size_t de = digit_end(s, n);
  for (size_t j = 2; j + 6 <= n && j < de; j++) {
    unsigned char c = (unsigned char)s[j];
    if (!(is_upper(c) || is_digit(c))) continue;
    if (s[j - 1] != ' ' && s[j - 1] != '(') continue;
    int intro = s[j - 1] == '(';
    if (!intro) {
      size_t b = j - 1;
      unsigned char p = (unsigned char)s[b - 1];
      if (p == ',' || p == '|' || p == ':' || p == '-' || p == '(') intro = 1;
      else if (p == 0x93 || p == 0x94) intro = b >= 3 && (unsigned char)s[b - 3] == 0xE2; /* dashes */
      else if (b >= 2 && (s[b - 2] | 32) == 'o' && (s[b - 1] | 32) == 'n' &&
               (b == 2 || s[b - 3] == ' '))
        intro = 1; /* "on" */
    }
    if (!intro) continue;
    char d[11];
    size_t k = dyad__parse_date(s + j, n - j, d);
    if (!k || strlen(d) != 10 || !time_rest(s + j + k, n - j - k)) continue;
    read_date(x, s + j, n - j, DP_TITLE);
    return;
  }
}

/* A line of the story's paragraphs rather than of its header: one that ends
** a sentence, or a long one. The header ends at the first. */
static int paragraph_line(const char *s, size_t n) {
  if (n > 240) return 1;
  while (n && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')')) n--;
  if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
      ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
    n -= 3; /* closing quotes */
  return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* "By Shin Hyon-hee", "By Shin Hyon-hee (heeshin@heraldcorp.com)". */
static int byline(const char *s, size_t n) {
  if (n < 4 || n > 120 || !(has_prefix_ci(s, n, "by ")) || !is_upper((unsigned char)s[3]))
    return 0;
  const char *paren = memchr(s, '(', n);
  size_t m = paren ? (size_t)(paren - s) : n;
  if (count_words(s, m) > 7) return 0;
  if (find(s, n, " - ") || find(s, n, " -- ") || find(s, n, "\xE2\x80\x94")) return 0;
  if (s[n - 1] == '.' && count_words(s, n) > 5) return 0;
  for (size_t i = 0; i + 1 < m; i++)
    if ((s[i] == '.' && s[i + 1] == ' ' && i > 1 && is_lower((unsigned char)s[i - 1]) &&
         is_lower((unsigned char)s[i - 2])) || s[i] == '"')
      return 0;
  return 1;
}

/* A line that is only an e-mail address (maybe in parentheses or after a
** name): "(heeshin@heraldcorp.com)", "Reporter: x@y.com". */
static int email_line(const char *s, size_t n) {
  const char *at = memchr(s, '@', n);
  if (!at || n > 100 || count_words(s, n) > 6) return 0;
  if (!memchr(at, '.', (size_t)(s + n - at))) return 0;
  return s[0] == '(' || count_words(s, n) <= 3 || has_prefix_ci(s, n, "e-mail") ||
         has_prefix_ci(s, n, "email") || has_prefix_ci(s, n, "contact") ||
         has_prefix_ci(s, n, "reporter");
}

static int share_line(const char *s, size_t n) {
  static const char *exact[] = {"Share", "Share this", "Share this article", "Tweet", "Email",
                                "E-mail", "Print", "Facebook", "Twitter", "Copy link",
                                "Advertisement", "Font size", "Text size", "Listen", "Subscribe",
                                "Sign in", "Log in", "Menu", "Search", "Home", "Close",
                                "Previous", "Next", "Top", "Back to top", "Read more", "Continue reading",
                                "Kakao", "Linkedin",
                                "LinkedIn", "WhatsApp", "Telegram", NULL};
  if (n < 60 && find(s, n, "Link copied")) return 1;
  if (n < 60 && find(s, n, "link copied")) return 1;
  if (n > 18) return 0; /* longer than every exact[] entry */
  for (int i = 0; exact[i]; i++)
    if (eq_ci(s, n, exact[i])) return 1;
  return 0;
}

static int junk_line(const char *s, size_t n) {
  static const char *prefixes[] = {"Please direct questions or comments to",
                                   "button that move to original korean article",
                                   "Copyright ", "(c) ", "All rights reserved",
                                   "Click here to", "Sign up for", "Subscribe to",
                                   "Follow us on", "Write to ", NULL};
  unsigned c0 = ((unsigned char)(n ? s[0] : 0) | 32u) - 'a';
  /* the prefixes' first bytes (either case): a b c f p s w and '(' */
  int may = n && (c0 < 26 ? (0x448027u >> c0) & 1 : s[0] == '(');
  for (int i = 0; may && prefixes[i]; i++)
    if (((unsigned char)s[0] | 32) == ((unsigned char)prefixes[i][0] | 32) &&
        has_prefix_ci(s, n, prefixes[i]) && n < 300)
      return 1;
  if (has_prefix_ci(s, n, "\xC2\xA9") || has_prefix_ci(s, n, "\xE2\x93\x92")) return 1;
  return 0;
}

/* "Related stories", "Most viewed articles": the article is over. */
static int end_marker(const char *s, size_t n) {
  static const char *ends[] = {"Related stories", "Related articles", "Related news",
                               "Most viewed articles", "Most viewed", "Most popular",
                               "Most read", "More from this section", "Recommended",
                               "Recommended stories", "You may also like",
                               "Related", "Trending", "Latest news", NULL};
  if (n > 22) return 0; /* longer than every ends[] entry */
  for (int i = 0; ends[i]; i++)
    if (eq_ci(s, n, ends[i])) return 1;
  return 0;
}

/* "5 Comments", "1 comment", "Comments (5)", "Comments", "Leave a comment". */
static int comments_line(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && is_digit((unsigned char)s[i])) i++;
  if (i > 0 && i < n && s[i] == ' ') {
    if (eq_ci(s + i + 1, n - i - 1, "comments") || eq_ci(s + i + 1, n - i - 1, "comment") ||
        eq_ci(s + i + 1, n - i - 1, "responses") || eq_ci(s + i + 1, n - i - 1, "replies"))
      return 1;
    return 0;
  }
  if (i > 0) return 0;
  if (n <= 15 && (eq_ci(s, n, "comments") || eq_ci(s, n, "leave a comment") ||
      eq_ci(s, n, "add a comment") || eq_ci(s, n, "reader comments") ||
      eq_ci(s, n, "leave a reply") || eq_ci(s, n, "post a comment")))
    return 1;
  if (has_prefix_ci(s, n, "comments (") && s[n - 1] == ')') return 1;
  return 0;
}

/* Photo captions that end with a credit: "... June 12, 2024. (EPA/Yonhap)",
** "(AP Photo/Ahn Young-joon)", "(Yonhap)", "[Photo: Reuters]". */
static int photo_credit(const char *s, size_t n) {
  static const char *words[] = {"Photo", "photo", "Yonhap", "Getty", "EPA", "Newsis", "News1",
                                "Courtesy", "courtesy", "Shutterstock", "AFP/", "/AFP",
                                "Reuters/", "/Reuters", "AP/", "Xinhua/", "/Xinhua", NULL};
  if (n < 4) return 0;
  char close = s[n - 1];
  char open = close == ')' ? '(' : close == ']' ? '[' : 0;
  if (!open) return 0;
  size_t k = n - 1;
  while (k > 0 && s[k - 1] != open) k--;
  if (k == 0 || n - k > 80) return 0;
  const char *c = s + k;
  size_t cl = n - 1 - k;
  if (cl < 2 || !is_upper((unsigned char)c[0])) return 0;
  if (memchr(c, '/', cl)) return 1;
  for (int i = 0; words[i]; i++)
    if (find(c, cl, words[i])) return 1;
  return 0;
}

/* The publication's name above the headline ("The Korea Herald"). */
static int masthead(const char *s, size_t n) {
  static const char *names[] = {"The Korea Herald", "The Korea Times", "Korea JoongAng Daily",
                                "JoongAng Daily", "The Hankyoreh", "Hankyoreh",
                                "Yonhap News Agency", "Yonhap", "NK News", "The Diplomat",
                                "Korea Pro", "Arirang", "KBS World", "TASS", "RIA Novosti",
                                "Interfax", "Reuters", "Associated Press", "AP News",
                                "Xinhua", "Kyodo News", "The Japan Times", NULL};
  static const char *tails[] = {"Herald", "Times", "Post", "Daily", "Journal", "Tribune",
                                "Gazette", "Telegraph", "Guardian", "Independent", "Observer",
                                "News", "Review", NULL};
  for (int i = 0; names[i] && n <= 20; i++) /* 20: the longest of names[] */
    if (eq_ci(s, n, names[i])) return 1;
  if (n < 40 && has_prefix_ci(s, n, "The ") && count_words(s, n) <= 4) {
    const char *sp = s + n;
    while (sp > s && sp[-1] != ' ') sp--;
    for (int i = 0; tails[i]; i++)
      if (eq_ci(sp, (size_t)(s + n - sp), tails[i])) return 1;
  }
  return 0;
}

static uint32_t hash_span(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
  return h;
}

/* Marks lines that occur twice or more verbatim (captions printed twice). */
static int mark_repeats(ctx *x) {
  size_t cand = 0;
  for (size_t i = 0; i < x->nlines; i++)
    if (x->lines[i].kind == L_KEEP && x->lines[i].b - x->lines[i].a >= 30) cand++;
  if (cand < 2) return 0;
  size_t cap = 16;
  while (cap < cand * 2) cap *= 2;
  uint32_t *tab = malloc(cap * sizeof *tab); /* line index + 1, 0 empty */
  if (!tab) return -1;
  memset(tab, 0, cap * sizeof *tab);
  for (size_t i = 0; i < x->nlines; i++) {
    line *l = &x->lines[i];
    if (l->kind != L_KEEP || l->b - l->a < 30) continue;
    size_t len = l->b - l->a;
    l->hash = hash_span(x->t + l->a, len);
    size_t h = l->hash & (cap - 1);
    for (;;) {
      if (!tab[h]) { tab[h] = (uint32_t)i + 1; break; }
      line *o = &x->lines[tab[h] - 1];
      if (o->hash == l->hash && o->b - o->a == len && !memcmp(x->t + o->a, x->t + l->a, len)) {
        o->kind = L_DROP;
        l->kind = L_DROP;
        /* keep o in the table: its kind is DROP now but its text is there */
        o->kind = L_DROP;
        break;
      }
      h = (h + 1) & (cap - 1);
    }
  }
  free(tab);
  return 0;
}

/* ------------------------------------------------------------------------
** Wire datelines and credits
** ---------------------------------------------------------------------- */

static const char *credits[] = {"AP", "AFP", "Reuters", "Canadian Press", "CP", "Xinhua",
                                "Xinhuanet", "Yonhap", "UPI", "dpa", "DPA", "Kyodo", "TASS",
                                "ITAR-TASS", "Interfax", "RIA Novosti", "IRNA", "PTI", "IANS",
                                "Bloomberg", "KCNA", "Sapa", "Sapa-AFP", "ANSA", "EFE", "AAP",
                                "Prensa Latina", "BBC", "CNN", "Al Jazeera", "AP Photo", "USATODAY.com",
                                "IslamOnline.net", "Xinhua News Agency", "Kyodo News", "Los Angeles Times",
                                "New York Times", "Washington Post", "Boston Globe",
                                "U.S. News World Report", "U.S. News & World Report", NULL};
/* credits[i][0] for each i, so that the loops below find the names that
** may match s by memchr(credit_first, s[0]) instead of reading each name */
static const char credit_first[] = "AARCCXXYUdDKTIIRIPIBKSSAEAPBCAAUIXKLNWBUU";
_Static_assert(sizeof credit_first == sizeof credits / sizeof credits[0],
               "credit_first: the first byte of each credit");
#define NCREDITS (sizeof credit_first - 1)

/* The next credit at or after index i whose first byte is c; NCREDITS when
** none. */
static size_t next_credit(size_t i, char c) {
  const char *p = i < NCREDITS ? memchr(credit_first + i, c, NCREDITS - i) : NULL;
  return p ? (size_t)(p - credit_first) : NCREDITS;
}

/* Length of s matching credit name c, where a run of spaces in s matches
** one space in c; 0 if no match. */
static size_t credit_match(const char *s, size_t n, const char *c) {
  size_t i = 0;
  for (; *c; c++) {
    if (i >= n || s[i] != *c) return 0;
    i++;
    if (*c == ' ')
      while (i < n && s[i] == ' ') i++;
  }
  return i;
}

static int known_credit(const char *s, size_t n) {
  if (!n) return 1; /* as credit_match's 0 for the first name would say */
  for (size_t i = next_credit(0, s[0]); i < NCREDITS; i = next_credit(i + 1, s[0]))
    if (credit_match(s, n, credits[i]) == n) return 1;
  return 0;
}

/* A dash separator at s[i]: " - ", " -- ", " \u2014 ", " \u2013 " (the
** leading space already consumed or not). Returns bytes after it (incl. the
** following space) or 0. */
static size_t dash_sep(const char *s, size_t n, size_t i) {
  size_t j = i;
  while (j < n && s[j] == ' ') j++;
  size_t k = j;
  if (k + 1 < n && s[k] == '-' && s[k + 1] == '-') k += 2;
  else if (k < n && s[k] == '-') k += 1;
  else if (k + 2 < n && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
           ((unsigned char)s[k + 2] == 0x94 || (unsigned char)s[k + 2] == 0x93))
    k += 3;
  else
    return 0;
  if (k >= n || s[k] != ' ') return 0;
  if (j == i && i > 0 && s[i - 1] != ' ') return 0; /* "Seoul-based" */
  while (k < n && s[k] == ' ') k++;
  return k - i;
}

/* A month name or abbreviation at s[0,n) ("Aug", "Aug.", "AUGUST",
** "Sept."): returns its length (with the period) or 0. */
static size_t month_word(const char *s, size_t n) {
  static const char *m[] = {"january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december",
                            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                            "oct", "nov", "dec", NULL};
  size_t l = 0;
  while (l < n && is_alpha((unsigned char)s[l])) l++;
  if (l < 3) return 0;
  for (int i = 0; m[i]; i++) {
    if (lower((unsigned char)s[0]) != m[i][0] || strlen(m[i]) != l) continue;
    size_t k = 0;
    while (k < l && lower((unsigned char)s[k]) == m[i][k]) k++;
    if (k == l) return l + (l < n && s[l] == '.' ? 1 : 0);
  }
  return 0;
}

static size_t digits(const char *s, size_t n, size_t i, size_t max) {
  size_t j = i;
  while (j < n && j - i < max && is_digit((unsigned char)s[j])) j++;
  return j - i;
}

/* A date in a dateline at s[i]: "Nov. 26", "Aug 25, 2004", "Aug. 25.",
** "7 September 2004", "AUGUST 17", "Sep 04". Returns its length or 0. */
static size_t date_seg(const char *s, size_t n, size_t i) {
  size_t j = i, m, d;
  if ((m = month_word(s + j, n - j))) {
    j += m;
    if (j < n && s[j] == ' ') j++;
    if (!(d = digits(s, n, j, 2))) return 0;
    j += d;
  } else if ((d = digits(s, n, j, 2))) {
    j += d;
    if (j >= n || s[j] != ' ') return 0;
    j++;
    if (!(m = month_word(s + j, n - j))) return 0;
    j += m;
  } else {
    return 0;
  }
  /* optional year: ", 2004" or " 2004" */
  size_t k = j;
  if (k < n && s[k] == ',') k++;
  if (k < n && s[k] == ' ') k++;
  if (digits(s, n, k, 4) == 4 && (k + 4 >= n || !is_digit((unsigned char)s[k + 4]))) j = k + 4;
  if (j < n && s[j] == '.' && (j + 1 >= n || s[j + 1] == ' ')) j++; /* "Aug. 25." */
  return j - i;
}

/* A yearless dateline date at s[0,n) ("Sept. 20", "20 Sept"): writes
** "MM-DD" to out and returns 1, else 0. */
static int month_day(const char *s, size_t n, char out[6]) {
  static const char *m[] = {"jan", "feb", "mar", "apr", "may", "jun",
                            "jul", "aug", "sep", "oct", "nov", "dec"};
  size_t l = date_seg(s, n, 0), j = 0, ml;
  int day = 0, mon = 0;
  if (!l) return 0;
  if (is_digit((unsigned char)s[0])) {
    while (j < l && is_digit((unsigned char)s[j])) day = day * 10 + (s[j++] - '0');
    while (j < l && s[j] == ' ') j++;
  }
  if (!(ml = month_word(s + j, l - j))) return 0;
  for (int i = 0; i < 12; i++)
    if (lower((unsigned char)s[j]) == m[i][0] && lower((unsigned char)s[j + 1]) == m[i][1] &&
        lower((unsigned char)s[j + 2]) == m[i][2])
      mon = i + 1;
  j += ml;
  while (j < l && s[j] == ' ') j++;
  if (!day)
    while (j < l && is_digit((unsigned char)s[j])) day = day * 10 + (s[j++] - '0');
  if (!mon || day < 1 || day > 31) return 0;
  out[0] = (char)('0' + mon / 10), out[1] = (char)('0' + mon % 10), out[2] = '-';
  out[3] = (char)('0' + day / 10), out[4] = (char)('0' + day % 10), out[5] = 0;
  return 1;
}

/* "NEW DELHI", "GAZA CITY": multi-word capitals that open datelines. */
static int multi_word_city(const char *s, size_t n) {
  static const char *first[] = {"NEW ", "SAN ", "LOS ", "LAS ", "KUALA ", "HONG ", "TEL ", "ABU ",
                                "ADDIS ", "BUENOS ", "MEXICO ", "PANAMA ", "KUWAIT ", "RIO ",
                                "SAO ", "ST. ", "ST ", "SANTA ", "EL ", "LA ", "PORT ", "CAPE ",
                                "GUATEMALA ", "BANDAR ", "DAR ", "PHNOM ", "SRI ", "THE ",
                                "UNITED ", "WEST ", "EAST ", "NORTH ", "SOUTH ", NULL};
  for (int i = 0; first[i]; i++)
    if (has_prefix_ci(s, n, first[i]) && s[0] != first[i][0] + 32) return 1;
  return n > 5 && !memcmp(s + n - 5, " CITY", 5);
}

/* One word of a place name at s[i]: letters (any non-ASCII byte counts),
** '.', '\'', '-'. Returns its length; sets *caps when all letters are
** upper-case ASCII. */
static size_t place_word(const char *s, size_t n, size_t i, int *caps, int *cap1) {
  size_t j = i;
  int up = 0, low = 0;
  while (j < n) {
    unsigned char c = (unsigned char)s[j];
    if (is_upper(c)) up++;
    else if (is_lower(c)) low++;
    else if (c >= 0x80) low++;
    else if (!(c == '.' || c == '\'' || c == '-' || (c == '/' && up > 0))) break;
    j++;
  }
  *caps = up >= 1 && low == 0 && (j - i >= 2);
  *cap1 = j > i && (is_upper((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80);
  return j - i;
}

/* Wire dateline at the start of s[0,n): "KABUL, Afghanistan (Reuters) - ",
** "SEOUL, Nov. 26 (Xinhua) -- ", "NEW YORK - ", "Vienna, Austria -- ",
** "ISLAMABAD: ". Sets place/credit (offsets into s) and returns the prefix
** length, or 0. */
static size_t place_dateline(const char *s, size_t n, span *place, span *credit) {
  size_t i = 0, pend = 0;
  int caps, cap1, mode_caps, words = 0;
  int region = 0;
  size_t seg1 = 0; /* end of the first word of the last region segment, 0 after a date */
  size_t l = place_word(s, n, 0, &caps, &cap1);
  if (l == 0 || !cap1) return 0;
  mode_caps = caps;
  /* first segment (l, caps, cap1: the word at i) */
  for (;;) {
    if (l == 0 || !cap1 || (mode_caps && !caps)) break;
    if (!mode_caps && (caps && l > 3)) break;
    i += l;
    pend = i;
    words++;
    if (words > 4) return 0;
    if (i < n && s[i] == ' ' && i + 1 < n && (is_upper((unsigned char)s[i + 1]))) {
      int c2, c21;
      size_t l2 = place_word(s, n, i + 1, &c2, &c21);
      if (l2 && (mode_caps ? c2 : (c21 && !c2))) {
        i++;
        l = l2, caps = c2, cap1 = c21;
        continue;
      }
    }
    break;
  }
  if (words == 0) return 0;
  if (i + 1 < n && s[i] == ' ' && mode_caps) {
    size_t dl = date_seg(s, n, i + 1); /* "JERUSALEM Aug. 23, 2004 - " */
    if (dl) { i += 1 + dl; region = 1; }
  }
  /* ", Region", ", Nov. 26" segments */
  for (int seg = 0; seg < 2 && i + 2 < n && s[i] == ',' && s[i + 1] == ' '; seg++) {
    size_t j = i + 2;
    size_t dl = date_seg(s, n, j);
    if (dl) {
      i = j + dl; /* the date is not part of the place */
      region = 1;
      seg1 = 0;
      continue;
    }
    int c2, c21, w2 = 0;
    size_t k = j, l2 = place_word(s, n, k, &c2, &c21); /* the word at k */
    for (;;) {
      if (!l2 || !c21) break;
      k += l2;
      w2++;
      if (w2 == 1) seg1 = k;
      if (k + 1 < n && s[k] == ' ' && is_upper((unsigned char)s[k + 1]) && w2 < 3) {
        int c3, c31;
        size_t l3 = place_word(s, n, k + 1, &c3, &c31);
        if (l3 && c31 && !(s[k + 1] == 'A' && s[k + 2] == 'P' && (k + 3 >= n || s[k + 3] == ' '))) {
          k++;
          l2 = l3, c2 = c3, c21 = c31;
          continue;
        }
      }
      break;
    }
    if (w2 == 0) break;
    i = k;
    pend = k;
    region = 1;
  }
  size_t cr_a = 0, cr_b = 0;
  size_t j = i;
  if (j + 2 < n && s[j] == ',' && s[j + 1] == ' ' && s[j + 2] == '(') j++; /* "GROZNY, (Reuters)" */
  if (j + 1 < n && s[j] == ' ' && s[j + 1] == '(') {
    const char *close = memchr(s + j + 2, ')', n - j - 2 < 60 ? n - j - 2 : 60);
    if (!close) return 0;
    cr_a = j + 2;
    cr_b = (size_t)(close - s);
    if (cr_b == cr_a) return 0;
    j = cr_b + 1;
  }
  size_t sep = dash_sep(s, n, j);
  if (!sep && mode_caps && j + 2 < n && s[j] == ' ' && s[j + 1] == ':' && s[j + 2] == ' ')
    j++; /* "SYDNEY : " */
  if (!sep && mode_caps && j < n && s[j] == ':' && j + 1 < n && s[j + 1] == ' ') {
    sep = 1;
    while (j + sep < n && s[j + sep] == ' ') sep++;
  }
  if (!sep && cr_b && j < n && s[j] == ' ' && known_credit(s + cr_a, cr_b - cr_a))
    sep = 1; /* "PARIS (AFP) The ..." */
  if (!sep && !cr_b && mode_caps && region && j + 1 < n && s[j] == ' ') {
    /* "CRAWFORD, Texas As President ...": the dash lost */
    if (seg1) { j = seg1; pend = seg1; }
    size_t k = j;
    while (k < n && s[k] == ' ') k++;
    if (k < n && is_upper((unsigned char)s[k])) sep = k - j;
  }
  if (!sep) return 0;
  if (s[j] == ':' && words > 1 && pend == i && !multi_word_city(s, pend))
    return 0; /* "TONY EASTLEY: " is a speaker, "GAZA CITY: " a place */
  if (!mode_caps && (words > 3 || (cr_b && !known_credit(s + cr_a, cr_b - cr_a)))) return 0;
  size_t end = j + sep;
  if (end >= n) return 0;
  place->a = 0;
  place->b = pend;
  if (cr_b) { credit->a = cr_a; credit->b = cr_b; }
  return end;
}

/* Credit before the dateline: "AP - ", "Canadian Press - ", "(AFP) - ". */
static size_t credit_prefix(const char *s, size_t n, span *credit) {
  if (n > 2 && s[0] == '(') {
    const char *close = memchr(s, ')', n < 40 ? n : 40);
    if (close && known_credit(s + 1, (size_t)(close - s - 1))) {
      size_t i = (size_t)(close - s) + 1, sep = dash_sep(s, n, i);
      if (!sep && i < n && s[i] == ' ') sep = 1;
      if (sep) { credit->a = 1; credit->b = (size_t)(close - s); return i + sep; }
    }
    return 0;
  }
  if (!n) return 0;
  for (size_t i = next_credit(0, s[0]); i < NCREDITS; i = next_credit(i + 1, s[0])) {
    size_t m = credit_match(s, n, credits[i]);
    if (m && m < n && s[m] == ' ') {
      size_t sep = dash_sep(s, n, m);
      if (sep) { credit->a = 0; credit->b = m; return m + sep; }
    }
  }
  return 0;
}

/* Reads the wire prefix of the first body line s[0,n); fills x->dateline
** and x->credit (as offsets relative to `base`) and returns the bytes to
** drop. */
static size_t wire_prefix(ctx *x, size_t base, const char *s, size_t n) {
  span cr = {0, 0}, pl = {0, 0}, cr2 = {0, 0};
  size_t off = credit_prefix(s, n, &cr);
  if (!off && n > 3 && !memcmp(s, "By ", 3)) {
    /* "By Mark Ledsom BASEL (Reuters) - ": a byline run into the dateline */
    size_t k = 3;
    int w = 0, caps, cap1;
    for (;;) {
      size_t l = place_word(s, n, k, &caps, &cap1);
      if (!l || !cap1 || caps || w >= 4) break;
      k += l;
      w++;
      if (k < n && s[k] == ' ') k++;
      else break;
    }
    int caps2, cap2;
    if (w >= 1 && k < n && place_word(s, n, k, &caps2, &cap2) && caps2) off = k;
  }
  size_t m = place_dateline(s + off, n - off, &pl, &cr2);
  if (m) {
    x->dateline.a = base + off + pl.a;
    x->dateline.b = base + off + pl.b;
    if (!cr.b && cr2.b) { cr.a = off + cr2.a; cr.b = off + cr2.b; }
    /* a full date in the dateline: "TOKYO, March 18, 2026 (Reuters) - " */
    for (size_t k = off + pl.b; k < off + m; k++) {
      char d[11];
      if (s[k - 1] != ' ' || !(is_upper((unsigned char)s[k]) || is_digit((unsigned char)s[k])))
        continue;
      if (dyad__parse_date(s + k, off + m - k, d)) {
        read_date(x, s + k, off + m - k, DP_DATELINE);
        break;
      }
      if (month_day(s + k, off + m - k, x->dateline_day)) break; /* "Sept. 20" */
    }
    /* the AP form, a date between two dashes after the dateline:
       "WASHINGTON (AP) — March 5, 2019 — President ..." (syn2) */
    size_t w = n - (off + m) < 24 ? n - (off + m) : 24; /* (a dash must follow the date: test for one first) */
    size_t dl = off + m < n && is_upper((unsigned char)s[off + m]) &&
                        (memchr(s + off + m, '-', w) || memchr(s + off + m, 0xE2, w))
                    ? date_seg(s, n, off + m)
                    : 0;
    size_t sep = dl ? dash_sep(s, n, off + m + dl) : 0;
    if (sep && is_digit((unsigned char)s[off + m + dl - 1])) {
      char d[11];
      if (dyad__parse_date(s + off + m, dl, d)) read_date(x, s + off + m, dl, DP_DATELINE);
      else month_day(s + off + m, dl, x->dateline_day); /* "— March 5 —": yearless */
      m += dl + sep;
    }
  }
  if (cr.b) { x->credit.a = base + cr.a; x->credit.b = base + cr.b; }
  if (off + m == 0) return dash_sep(s, n, 0); /* "- The French parliament ..." */
  return off + m;
}

/* ------------------------------------------------------------------------
** Headline
** ---------------------------------------------------------------------- */

/* Does line s[0,n) look like a headline? `alone`: followed by a blank or
** dropped line (a paragraph of its own). */
static int headline_like(const char *s, size_t n, int alone) {
  if (n < 3 || n > 200 || count_words(s, n) > 25) return 0;
  unsigned char c0 = (unsigned char)s[0];
  if (!(is_upper(c0) || is_digit(c0) || c0 == '[' || c0 == '"' || c0 == '\'' || c0 >= 0x80))
    return 0;
  unsigned char e = (unsigned char)s[n - 1];
  if (e == ',' || e == ';' || e == ':' || e == '-') return 0;
  if (e == '.') {
    /* only an abbreviation ("... pressing N.K.") on a line of its own */
    return alone && n >= 4 && is_upper((unsigned char)s[n - 2]) &&
           (s[n - 3] == '.' || s[n - 3] == ' ');
  }
  if (e == '?' || e == '!') return alone && count_words(s, n) <= 15;
  if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
      ((unsigned char)e == 0x9D || (unsigned char)e == 0x99))
    return alone; /* ends with a closing quote */
  if (e == '"') return alone;
  return 1;
}

/* ------------------------------------------------------------------------
** Assembling the document
** ---------------------------------------------------------------------- */

static int ends_sentence(const char *s, size_t n) {
  while (n > 0) {
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':') return 1;
    if (c == '"' || c == '\'' || c == ')') { n--; continue; }
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
        (c == 0x9D || c == 0x99)) { n -= 3; continue; }
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 && c == 0xA6)
      return 1; /* ellipsis */
    return 0;
  }
  return 0;
}

/* "... major attacks. By Howard LaFranchi.": a byline closing the last
** sentence of a line. Returns the length of s without it. */
static size_t trailing_byline(const char *s, size_t n) {
  size_t e = n;
  if (e && s[e - 1] == '.') e--;
  size_t k = e;
  int words = 0;
  while (k > 0 && words < 5) {
    size_t w = k;
    while (w > 0 && s[w - 1] != ' ') w--;
    if (w == k) return n;
    if (k - w == 2 && s[w] == 'B' && s[w + 1] == 'y') {
      if (words == 0) return n;
      size_t b = w;
      while (b > 0 && s[b - 1] == ' ') b--;
      if (b < 2 || s[b - 1] != '.') return n;
      return b;
    }
    if (!is_upper((unsigned char)s[w])) return n;
    for (size_t i = w; i < k; i++)
      if (!(is_alpha((unsigned char)s[i]) || s[i] == '-' || s[i] == '\'' || s[i] == '.' ||
            (unsigned char)s[i] >= 0x80))
        return n;
    words++;
    k = w;
    while (k > 0 && s[k - 1] == ' ') k--;
  }
  return n;
}

/* The first i >= from with s[i] == s[i + 1] == ' ' (i + 1 < n), else n.
** Eight bytes at a time: a byte is a space when its high bit survives in
** ~(((x & 0x7f..) + 0x7f..) | x | 0x7f..) with x = word ^ 0x20.. */
static size_t double_space(const char *s, size_t n, size_t from) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i csp = _mm_set1_epi8(' ');
  while (i + 17 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, csp)), pair = m & (m >> 1);
    if (pair) return i + (size_t)__builtin_ctz(pair);
    if ((m & 0x8000u) && s[i + 16] == ' ') return i + 15;
    i += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t lo7 = 0x7F7F7F7F7F7F7F7Full, sp = 0x2020202020202020ull;
  while (i + 9 <= n) {
    uint64_t w, x, m;
    memcpy(&w, s + i, 8);
    x = w ^ sp;
    m = ~(((x & lo7) + lo7) | x | lo7); /* 0x80 in each space byte */
    if (m) {
      uint64_t pair = m & (m >> 8); /* bytes k and k + 1 both spaces */
      if (pair) return i + ((size_t)__builtin_ctzll(pair) >> 3);
      if ((m >> 63) && s[i + 8] == ' ') return i + 7;
    }
    i += 8;
  }
#endif
  for (; i + 1 < n; i++)
    if (s[i] == ' ' && s[i + 1] == ' ') return i;
  return n;
}

/* Writes s[0,n) to o collapsing runs of spaces (at most n bytes); returns
** the end of what it wrote. */
static char *collapse_into(char *o, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    /* copy up to the next run of two or more spaces; a single space at the
    ** very end is dropped, one at the start kept */
    size_t j = double_space(s, n, i), e = j;
    if (j == n && e > i && s[e - 1] == ' ') e--;
    memcpy(o, s + i, e - i);
    o += e - i;
    if (j == n) break;
    i = j;
    while (i < n && s[i] == ' ') i++;
    if (i < n) *o++ = ' '; /* one space for a run before more text */
  }
  return o;
}

/* Appends s[0,n) collapsing runs of spaces. */
static void put_collapsed(dyad__buf *b, const char *s, size_t n) {
  if (dyad__buf_reserve(b, n)) return;
  b->len = (size_t)(collapse_into(b->p + b->len, s, n) - b->p);
  b->p[b->len] = 0;
}

/* Splits t into trimmed lines (the array kept in scr). */
static int split_lines(ctx *x, dyad__clean_scratch *scr) {
  size_t nl = 1;
  for (const char *p = x->t; (p = memchr(p, '\n', (size_t)(x->t + x->n - p))); p++) nl++;
  if (nl > scr->lines_cap) {
    size_t nc = scr->lines_cap ? scr->lines_cap : 64;
    while (nc < nl) nc *= 2;
    line *nv = realloc(scr->lines, nc * sizeof *nv);
    if (!nv) return -1;
    scr->lines = nv;
    scr->lines_cap = nc;
  }
  x->lines = scr->lines;
  size_t a = 0, k = 0;
  while (a <= x->n && k < nl) {
    const char *e = memchr(x->t + a, '\n', x->n - a);
    size_t b = e ? (size_t)(e - x->t) : x->n, s = a, f = b;
    while (s < f && x->t[s] == ' ') s++;
    while (f > s && x->t[f - 1] == ' ') f--;
    line *l = &x->lines[k++];
    l->a = (uint32_t)s;
    l->b = (uint32_t)f;
    l->kind = s == f ? L_BLANK : L_KEEP;
    l->header = 0;
    l->hash = 0;
    if (!e) break;
    a = b + 1;
  }
  x->nlines = k;
  return 0;
}

/* Classifies every line: boilerplate, date lines, end of article. */
static void classify(ctx *x) {
  int body = 0, para = 0; /* para: the header's lines are over */
  size_t nonblank = 0, seen = 0;
  for (size_t i = 0; i < x->nlines; i++)
    if (x->lines[i].kind != L_BLANK) nonblank++;
  for (size_t i = 0; i < x->nlines; i++) {
    line *l = &x->lines[i];
    if (l->kind == L_BLANK) continue;
    const char *s = x->t + l->a;
    size_t n = l->b - l->a;
    l->header = !body;
    if (date_line(x, s, n)) { if (!x->keep) l->kind = L_DROP; continue; }
    if (++seen <= 8 && header_date(x, s, n, l->header)) { if (!x->keep) l->kind = L_DROP; continue; }
    if (!para && seen <= 8) {
      if (paragraph_line(s, n)) para = 1;
      else title_date(x, s, n);
    }
    if (x->keep) { body = 1; continue; }
    if (nonblank > 1 && body && (comments_line(s, n) || end_marker(s, n))) {
      for (size_t j = i; j < x->nlines; j++) x->lines[j].kind = L_DROP;
      break;
    }
    if (share_line(s, n) || byline(s, n) || email_line(s, n) || junk_line(s, n) ||
        end_marker(s, n) || comments_line(s, n) || (nonblank > 1 && photo_credit(s, n))) {
      l->kind = L_DROP;
      continue;
    }
    if (!body && (masthead(s, n) || (!has_ascii_letter(s, n) && has_non_ascii(s, n) && n < 120))) {
      l->kind = L_DROP;
      continue;
    }
    body = 1;
  }
}

/* Appends s[0,n) collapsing runs of spaces to a reset buffer. */
static void set_collapsed(dyad__buf *b, const char *s, size_t n) {
  b->len = 0;
  put_collapsed(b, s, n);
}

/* Copies s[0,n) to the block's area (room was counted); NUL-terminates. */
static char *area_put(docx *d, const char *s, size_t n) {
  char *p = d->area + d->used;
  if (n) memcpy(p, s, n);
  p[n] = 0;
  d->used += n + 1;
  return p;
}

/* As area_put, collapsing runs of spaces (at most n bytes written). */
static char *area_collapsed(docx *d, const char *s, size_t n) {
  char *p = d->area + d->used, *e = collapse_into(p, s, n);
  *e = 0;
  d->used += (size_t)(e - p) + 1;
  return p;
}

int dyad__clean_doc(const dyad__raw *raw, const dyad_read_options *opt, dyad_doc **out) {
  return dyad__clean_doc_ex(raw, opt, NULL, out);
}

int dyad__clean_doc_ex(const dyad__raw *raw, const dyad_read_options *opt,
                       dyad__clean_scratch *scr, dyad_doc **out) {
  dyad_read_options defaults = {0};
  dyad__clean_scratch own;
  if (!opt) opt = &defaults;
  *out = NULL;
  if (!scr) {
    memset(&own, 0, sizeof own);
    scr = &own;
  }
  dyad__buf *t = &scr->t, *ob = &scr->ob, *tb = &scr->title, *tsrc = &scr->src;
  t->len = ob->len = tb->len = tsrc->len = 0;
  t->oom = ob->oom = tb->oom = tsrc->oom = 0;
  ctx x;
  memset(&x, 0, sizeof x);
  pass1 st = {0, 0};
  int rc = DYAD_ENOMEM;
  int have_title = 0, have_tsrc = 0;
  size_t title_end = 0;

  /* the metadata title */
  if (raw->title && raw->title_len) {
    if (run_pass1(raw->title, raw->title_len, t, &st)) goto fail;
    if (st.need_nfc && nfc(t)) goto fail;
    for (char *nl = t->len ? memchr(t->p, '\n', t->len) : NULL; nl;
         nl = memchr(nl + 1, '\n', t->len - (size_t)(nl + 1 - t->p)))
      *nl = ' ';
    size_t a = 0, b = t->len;
    while (a < b && t->p[a] == ' ') a++;
    while (b > a && t->p[b - 1] == ' ') b--;
    /* a trailing wire credit: "... Aides Say (AP)" */
    if (b > a + 3 && t->p[b - 1] == ')') {
      size_t k = b - 1;
      while (k > a && t->p[k - 1] != '(') k--;
      if (k > a + 1 && t->p[k - 2] == ' ' && known_credit(t->p + k, b - 1 - k)) {
        set_collapsed(tsrc, t->p + k, b - 1 - k);
        if (tsrc->oom) goto fail;
        have_tsrc = 1;
        b = k - 2;
        while (b > a && t->p[b - 1] == ' ') b--;
      }
    }
    if (b > a) {
      set_collapsed(tb, t->p + a, b - a);
      if (tb->oom) goto fail;
      have_title = 1;
    }
    st.need_nfc = 0;
  }

  /* pass 1 on the body */
  if (run_pass1(raw->body ? raw->body : "", raw->body ? raw->body_len : 0, t, &st)) goto fail;
  if (st.need_nfc && nfc(t)) goto fail;

  x.t = t->p ? t->p : "";
  x.n = t->len;
  x.keep = opt->keep_boilerplate;
  x.blocks = raw->blocks;
  if (split_lines(&x, scr)) goto fail;

  /* " date 2021-10-28 South Korean ..." */
  size_t first = 0;
  while (first < x.nlines && x.lines[first].kind == L_BLANK) first++;
  if (first < x.nlines) {
    line *l = &x.lines[first];
    const char *s = x.t + l->a;
    size_t n = l->b - l->a;
    if (n > 5 && has_prefix_ci(s, n, "date ") && (is_digit((unsigned char)s[5]) || is_upper((unsigned char)s[5]))) {
      char dd[11];
      size_t used = dyad__parse_date(s + 5, n - 5, dd);
      if (used) {
        memcpy(x.date, dd, sizeof dd);
        x.date_prio = DP_PREFIX;
        size_t cut = 5 + used;
        while (cut < n && x.t[l->a + cut] == ' ') cut++;
        l->a += (uint32_t)cut;
        if (l->a >= l->b) l->kind = L_BLANK;
      }
    }
  }

  /* the page's own machine-readable date (html.c) */
  if (raw->page_date && dyad__parse_date(raw->page_date, strlen(raw->page_date), x.date))
    x.date_prio = DP_LABEL;
  if (have_title) title_date(&x, tb->p, tb->len);
  classify(&x);
  if (!x.keep && mark_repeats(&x)) goto fail;

  /* hard-wrapped text? (most lines 40..100 bytes) */
  size_t nk = 0, wrapped = 0, longest = 0;
  for (size_t i = 0; i < x.nlines; i++) {
    size_t len = x.lines[i].b - x.lines[i].a;
    if (x.lines[i].kind != L_KEEP) continue;
    nk++;
    if (len >= 40 && len <= 100) wrapped++;
    if (len > longest) longest = len;
  }
  int hard = nk >= 4 && longest <= 110 && wrapped * 4 >= nk * 3;

  /* the headline: first kept line, when there is no metadata title */
  size_t h = x.nlines;
  if (!have_title && !x.blocks) {
    for (size_t i = 0; i < x.nlines; i++) {
      if (x.lines[i].kind == L_KEEP) { h = i; break; }
    }
    if (h < x.nlines) {
      line *l = &x.lines[h];
      size_t next = h + 1;
      int alone = 0, more = 0;
      if (next >= x.nlines) alone = 0;
      else alone = x.lines[next].kind == L_BLANK || x.lines[next].kind == L_DROP;
      for (size_t j = next; j < x.nlines; j++)
        if (x.lines[j].kind == L_KEEP) { more = 1; break; }
      const line *nx = next < x.nlines ? &x.lines[next] : NULL;
      if (!alone && nx && (hard || is_lower((unsigned char)x.t[nx->a]))) more = 0;
      if (more && headline_like(x.t + l->a, l->b - l->a, alone)) {
        set_collapsed(tb, x.t + l->a, l->b - l->a);
        if (tb->oom) goto fail;
        have_title = 1;
        l->kind = L_TITLE;
      } else {
        h = x.nlines;
      }
    }
  }

  /* the wire dateline of the first body line */
  for (size_t i = 0; i < x.nlines; i++) {
    line *l = &x.lines[i];
    if (l->kind != L_KEEP) continue;
    size_t cut = wire_prefix(&x, l->a, x.t + l->a, l->b - l->a);
    if (cut && !x.keep) l->a += (uint32_t)cut;
    break;
  }
  /* a yearless dateline ("SOCHI, Sept. 18 (Yonhap) --") names the story's
     day; a headline's date gives only its year, when the two are at most a
     month apart; else the story is docyear.c's to date */
  if (x.date[0] && x.date_prio == DP_TITLE && x.dateline_day[0] &&
      memcmp(x.date + 5, x.dateline_day, 5) != 0) {
    int tm = atoi(x.date + 5), td = atoi(x.date + 8);
    int dm = atoi(x.dateline_day), dd = atoi(x.dateline_day + 3);
    int gap = (dm - tm) * 31 + dd - td;
    char d[11];
    if (gap >= -31 && gap <= 31) memcpy(x.date + 5, x.dateline_day, 5);
    if (gap < -31 || gap > 31 || !dyad__parse_date(x.date, 10, d)) x.date[0] = 0; /* "02-29" */
  }

  /* assemble: title, then paragraphs */
  if (dyad__buf_reserve(ob, x.n + (have_title ? tb->len : 0) + 4)) goto fail;
  if (have_title) {
    dyad__buf_put(ob, tb->p, tb->len);
    title_end = ob->len;
  }
  int open = 0;       /* a paragraph is open */
  int brk = 1;        /* next kept line starts a paragraph */
  const line *prev = NULL;
  for (size_t i = 0; i < x.nlines; i++) {
    const line *l = &x.lines[i];
    if (l->kind != L_KEEP) {
      if (l->kind != L_DROP || !x.blocks) brk = 1;
      if (l->kind == L_DROP) brk = 1;
      continue;
    }
    const char *s = x.t + l->a;
    size_t n = l->b - l->a;
    if (!x.keep) n = trailing_byline(s, n);
    if (n == 0) continue;
    if (open && !brk && prev) {
      int join;
      if (x.blocks) join = 0;
      else if (is_lower((unsigned char)s[0])) join = 1;
      else join = hard && !ends_sentence(x.t + prev->a, prev->b - prev->a);
      if (!join) brk = 1;
    }
    if (ob->len > 0) {
      if (brk) dyad__buf_put(ob, "\n\n", 2);
      else dyad__buf_putc(ob, ' ');
    }
    put_collapsed(ob, s, n);
    open = 1;
    brk = 0;
    prev = l;
  }
  if (ob->oom) goto fail;

  /* the document: one block for the struct and its strings */
  {
    const char *id = raw->id ? raw->id : "";
    size_t idl = raw->id ? strlen(raw->id) : 0, pl = raw->path ? strlen(raw->path) : 0;
    const char *date = NULL, *origin = NULL;
    if (x.date[0]) {
      date = x.date;
      origin = "text";
    } else if (opt->default_date && opt->default_date[0]) {
      date = opt->default_date;
      origin = "option";
    }
    int credit = x.credit.b > x.credit.a, dline = x.dateline.b > x.dateline.a;
    size_t need = idl + 1 + (raw->path ? pl + 1 : 0) + (have_title ? tb->len + 1 : 0) + ob->len + 1 +
                  (dline ? x.dateline.b - x.dateline.a + 1 : 0) +
                  (credit ? x.credit.b - x.credit.a + 1 : have_tsrc ? tsrc->len + 1 : 0) +
                  (date ? strlen(date) + 1 + strlen(origin) + 1 : 0) + raw->reserve;
    if (need > SIZE_MAX - sizeof(docx)) goto fail;
    docx *d = malloc(sizeof *d + need);
    if (!d) goto fail;
    memset(d, 0, sizeof *d);
    d->cap = need;
    d->lo = (uintptr_t)d->area;
    d->hi = (uintptr_t)(d->area + need);
    d->invalid = st.invalid;
    dyad_doc *doc = &d->pub;
    doc->id = area_put(d, id, idl);
    if (raw->path) doc->path = area_put(d, raw->path, pl);
    if (have_title) doc->title = area_put(d, tb->p, tb->len);
    doc->text = area_put(d, ob->p ? ob->p : "", ob->len);
    doc->text_len = ob->len;
    doc->title_end = have_title ? title_end : 0;
    if (dline) doc->dateline = area_collapsed(d, x.t + x.dateline.a, x.dateline.b - x.dateline.a);
    if (credit) doc->source = area_collapsed(d, x.t + x.credit.a, x.credit.b - x.credit.a);
    else if (have_tsrc) doc->source = area_put(d, tsrc->p, tsrc->len);
    if (date) {
      doc->date = area_put(d, date, strlen(date));
      doc->date_origin = area_put(d, origin, strlen(origin));
    }
    memcpy(doc->dateline_day, x.dateline_day, sizeof doc->dateline_day);
    *out = doc;
  }
  rc = 0;
fail:
  if (scr == &own) dyad__clean_scratch_free(&own);
  return rc;
}

void dyad__clean_scratch_free(dyad__clean_scratch *s) {
  if (!s) return;
  dyad__buf_free(&s->t);
  dyad__buf_free(&s->ob);
  dyad__buf_free(&s->title);
  dyad__buf_free(&s->src);
  free(s->lines);
  memset(s, 0, sizeof *s);
}

dyad_doc *dyad__doc_alloc(void) {
  docx *d = calloc(1, sizeof *d);
  return d ? &d->pub : NULL;
}

size_t dyad__doc_invalid_bytes(const dyad_doc *doc) {
  return doc ? ((const docx *)(const void *)doc)->invalid : 0;
}

/* Is p one of the block's own strings (not to be freed by itself)? */
static int in_block(const docx *d, const char *p) {
  uintptr_t u = (uintptr_t)p;
  return u >= d->lo && u < d->hi;
}

int dyad__doc_set(dyad_doc *doc, char **field, const char *s, size_t n) {
  docx *d = (docx *)(void *)doc;
  char *p = NULL;
  if (s) {
    if (d->cap - d->used > n) {
      p = area_put(d, s, n);
    } else {
      if (!(p = malloc(n + 1))) return DYAD_ENOMEM;
      memcpy(p, s, n);
      p[n] = 0;
    }
  }
  if (*field && !in_block(d, *field)) free(*field);
  *field = p;
  return 0;
}

void dyad_doc_free(dyad_doc *doc) {
  if (!doc) return;
  docx *d = (docx *)(void *)doc;
  char *f[] = {doc->id, doc->path, doc->title, doc->text, doc->date, doc->date_origin,
               doc->dateline, doc->url, doc->source, doc->extra_json};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    if (f[i] && !in_block(d, f[i])) free(f[i]);
  free(d);
}
