/*
** dates.c: finding date expressions in news text and resolving them against
** the document date (see dates.h for the rules). A hand-written scanner over
** ASCII bytes: no allocation, no locale, never reads outside [start,end).
*/
#include <string.h>
#include "dates.h"
#include "dyad.h"
#include "util.h"

/* ---------------------------------------------------------------------------
** Civil dates
** ------------------------------------------------------------------------- */

typedef struct cdate {
  int y, m, d;   /* m, d are 0 when unknown */
  int prec;      /* 3 day, 2 month, 1 year, 0 none */
} cdate;

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m) {
  static const int n[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : n[m - 1];
}

/* Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d) {
  long era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 = Monday .. 6 = Sunday */
static int weekday(int y, int m, int d) {
  long z = days_from_civil(y, m, d);
  long w = (z + 3) % 7; /* 1970-01-01 was a Thursday */
  return (int)(w < 0 ? w + 7 : w);
}

static cdate add_days(cdate c, long n) {
  cdate r = c;
  civil_from_days(days_from_civil(c.y, c.m, c.d) + n, &r.y, &r.m, &r.d);
  r.prec = 3;
  return r;
}

static cdate mk(int y, int m, int d) {
  cdate c;
  c.y = y; c.m = m; c.d = d;
  c.prec = d ? 3 : m ? 2 : 1;
  return c;
}

static cdate add_months(cdate c, int n) {
  int t = c.y * 12 + (c.m - 1) + n;
  return mk(t / 12, t % 12 + 1, 0);
}

static void fmt(const cdate *c, int maxprec, char out[11]) {
  int p = c->prec < maxprec ? c->prec : maxprec;
  out[0] = 0;
  if (p <= 0 || c->y < 0 || c->y > 9999) return;
  out[0] = (char)('0' + c->y / 1000);
  out[1] = (char)('0' + c->y / 100 % 10);
  out[2] = (char)('0' + c->y / 10 % 10);
  out[3] = (char)('0' + c->y % 10);
  out[4] = 0;
  if (p < 2) return;
  out[4] = '-';
  out[5] = (char)('0' + c->m / 10);
  out[6] = (char)('0' + c->m % 10);
  out[7] = 0;
  if (p < 3) return;
  out[7] = '-';
  out[8] = (char)('0' + c->d / 10);
  out[9] = (char)('0' + c->d % 10);
  out[10] = 0;
}

/* ---------------------------------------------------------------------------
** Byte-level scanning helpers (all bounded by e)
** ------------------------------------------------------------------------- */

static int isal(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }


static int isdg(int c) { return c >= '0' && c <= '9'; }
static int isup(int c) { return c >= 'A' && c <= 'Z'; }
static int lower(int c) { return isup(c) ? c + 32 : c; }

static size_t skip_sp(const char *s, size_t e, size_t p) {
  while (p < e && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
    p++;
  /* U+00A0 no-break space */
  if (p + 1 < e && (unsigned char)s[p] == 0xC2 && (unsigned char)s[p + 1] == 0xA0)
    return skip_sp(s, e, p + 2);
  return p;
}

/* ASCII letters (2) and digits (1): isal || isdg as a table, for the scan
** loops (word_end: == 2). */
static const unsigned char alnum_byte[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
  ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
  ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2,
  ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2,
  ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2,
  ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
  ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2,
  ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
  ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2,
  ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

/* End of the ASCII word starting at p (p itself when none). */
static size_t word_end(const char *s, size_t e, size_t p) {
  while (p < e && alnum_byte[(unsigned char)s[p]] == 2) p++; /* isal */
  return p;
}

/* word_end for the scan of every word (dyad__find_dates_ex): eight bytes a
** step while they lie before e (a byte is a letter when it is below 0x80
** and, with bit 5 set, between 'a' and 'z'; no carry crosses a byte), so
** the word's end costs no branch a byte. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t word_end8(const char *s, size_t e, size_t p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  while (p + 8 <= e) {
    uint64_t w, y, letter;
    memcpy(&w, s + p, 8);
    y = (w | ones * 0x20) & ~high;
    letter = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~w & high;
    if (letter != high) return p + ((size_t)__builtin_ctzll(~letter & high) >> 3);
    p += 8;
  }
#endif
  return word_end(s, e, p);
}

static size_t num_end(const char *s, size_t e, size_t p) {
  while (p < e && isdg((unsigned char)s[p])) p++;
  return p;
}

/* Case-insensitive equality of s[p,q) with the lower-case word w (most
** calls fail on the first byte, tested before the loop). */
static inline int weqv(const char *s, size_t p, size_t q, const char *w) {
  if (!*w) return p == q;
  if (p >= q || lower((unsigned char)s[p]) != (unsigned char)*w) return 0;
  for (w++, p++; *w; w++, p++)
    if (p >= q || lower((unsigned char)s[p]) != *w) return 0;
  return p == q;
}

/* weqv for a literal w of n bytes: the lengths first (most calls stop there) */
static inline int weq_lit(const char *s, size_t p, size_t q, const char *w, size_t n) {
  if (q - p != n) return 0;
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)s[p + i]) != (unsigned char)w[i]) return 0;
  return 1;
}
#define weq(s, p, q, w) weq_lit((s), (p), (q), "" w "", sizeof(w) - 1) /* w: a string literal */

static int in_list(const char *s, size_t p, size_t q, const char *const *l) {
  for (; *l; l++)
    if (weqv(s, p, q, *l)) return 1;
  return 0;
}

static int numval(const char *s, size_t p, size_t q) {
  int v = 0;
  if (q - p > 6) return -1;
  for (; p < q; p++) v = v * 10 + (s[p] - '0');
  return v;
}

/* A word or number token may end here (the next byte is not alnum). */
static int bound_after(const char *s, size_t e, size_t q) {
  return q >= e || !(isal((unsigned char)s[q]) || isdg((unsigned char)s[q]));
}

/* ---------------------------------------------------------------------------
** Lexicon
** ------------------------------------------------------------------------- */

static const char *const month_full[12] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december"};
static const char *const month_abbr[12] = {
  "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov",
  "dec"};
static const char *const wday_name[7] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday"};

/* Month name at p (capitalised). Sets *abbr for an abbreviation (then a day
** number must follow). Returns the month 1..12 and *q past it (and past the
** abbreviation's '.'), or 0. */
static int month_at(const char *s, size_t e, size_t p, size_t *q, int *abbr) {
  size_t we;
  int i;
  if (p >= e || !isup((unsigned char)s[p])) return 0;
  we = word_end(s, e, p);
  for (i = 0; i < 12; i++) {
    if (weqv(s, p, we, month_full[i])) {
      *q = we; *abbr = 0;
      return i + 1;
    }
  }
  for (i = 0; i < 12; i++) {
    if ((month_abbr[i][0] && weqv(s, p, we, month_abbr[i])) ||
        (i == 8 && weq(s, p, we, "sept"))) {
      *q = (we < e && s[we] == '.') ? we + 1 : we;
      *abbr = 1;
      return i + 1;
    }
  }
  return 0;
}

static int wday_at(const char *s, size_t e, size_t p, size_t *q) {
  size_t we;
  int i;
  if (p >= e || !isup((unsigned char)s[p])) return -1;
  we = word_end(s, e, p);
  for (i = 0; i < 7; i++)
    if (weqv(s, p, we, wday_name[i])) {
      *q = we;
      return i;
    }
  return -1;
}

/* Season at p: first month (3, 6, 9, 12) or 0. */
static int season_at(const char *s, size_t e, size_t p, size_t *q) {
  size_t we = word_end(s, e, p);
  *q = we;
  if (weq(s, p, we, "spring")) return 3;
  if (weq(s, p, we, "summer")) return 6;
  if (weq(s, p, we, "autumn") || weq(s, p, we, "fall")) return 9;
  if (weq(s, p, we, "winter")) return 12;
  return 0;
}

/* Four-digit year at p in [lo,hi], ending at a token boundary. */
static int year_at(const char *s, size_t e, size_t p, size_t *q, int lo, int hi) {
  size_t ne;
  int y;
  if (p >= e || !isdg((unsigned char)s[p])) return 0;
  ne = num_end(s, e, p);
  if (ne - p != 4 || !bound_after(s, e, ne)) return 0;
  /* "2016.5", "2,016" are not years */
  if (ne + 1 < e && (s[ne] == '.' || s[ne] == ',') && isdg((unsigned char)s[ne + 1]))
    return 0;
  y = numval(s, p, ne);
  if (y < lo || y > hi) return 0;
  *q = ne;
  return y;
}

/* Day of month at p: 1-2 digits with an optional ordinal suffix. */
static int day_at(const char *s, size_t e, size_t p, size_t *q) {
  size_t ne, we;
  int d;
  if (p >= e || !isdg((unsigned char)s[p])) return 0;
  ne = num_end(s, e, p);
  if (ne - p > 2) return 0;
  d = numval(s, p, ne);
  if (d < 1 || d > 31) return 0;
  we = word_end(s, e, ne);
  if (we > ne) {
    if (!(weq(s, ne, we, "st") || weq(s, ne, we, "nd") || weq(s, ne, we, "rd") ||
          weq(s, ne, we, "th")))
      return 0;
    ne = we;
  }
  if (!bound_after(s, e, ne)) return 0;
  /* "6.5", "12:30", "7-year" */
  if (ne + 1 < e && (s[ne] == '.' || s[ne] == ':' || s[ne] == ',') &&
      isdg((unsigned char)s[ne + 1]) &&
      !(s[ne] == ',' && ne + 1 < e && s[ne + 1] == ' '))
    return 0;
  *q = ne;
  return d;
}

static int small_number(const char *s, size_t p, size_t q) {
  /* "a", "an", "one" ... "twelve": the word's bytes folded to lower case
  ** and packed in one integer, then one switch */
  if (q > p && q - p <= 6 && !isdg((unsigned char)s[p])) {
    uint64_t k = 0;
    size_t i;
    for (i = 0; i < q - p; i++) {
      unsigned b = (unsigned)lower((unsigned char)s[p + i]);
      if (!b) return 0; /* (a NUL is no letter of them) */
      k |= (uint64_t)b << (8 * i);
    }
    switch (k) {
    case 'a': case K2('a', 'n'): case K3('o', 'n', 'e'): return 1;
    case K3('t', 'w', 'o'): return 2;
    case K5('t', 'h', 'r', 'e', 'e'): return 3;
    case K4('f', 'o', 'u', 'r'): return 4;
    case K4('f', 'i', 'v', 'e'): return 5;
    case K3('s', 'i', 'x'): return 6;
    case K5('s', 'e', 'v', 'e', 'n'): return 7;
    case K5('e', 'i', 'g', 'h', 't'): return 8;
    case K4('n', 'i', 'n', 'e'): return 9;
    case K3('t', 'e', 'n'): return 10;
    case K6('e', 'l', 'e', 'v', 'e', 'n'): return 11;
    case K6('t', 'w', 'e', 'l', 'v', 'e'): return 12;
    default: return 0;
    }
  }
  if (q > p && isdg((unsigned char)s[p])) {
    size_t k;
    for (k = p; k < q; k++)
      if (!isdg((unsigned char)s[k])) return 0;
    return q - p <= 3 ? numval(s, p, q) : 0;
  }
  return 0;
}

/* ---------------------------------------------------------------------------
** Absolute dates (dyad__parse_date)
** ------------------------------------------------------------------------- */

/* "June 12, 2016", "Nov. 26, 2004", "Jan.6", "June 2016", "June 12".
** *y is 0 when no year follows. Returns the end or 0. */
static size_t month_first(const char *s, size_t e, size_t p, int *y, int *m,
                          int *d) {
  size_t q, r, t;
  int abbr, dd, yy;
  *y = *m = *d = 0;
  if (!(*m = month_at(s, e, p, &q, &abbr))) return 0;
  r = skip_sp(s, e, q);
  if ((dd = day_at(s, e, r, &t)) != 0) {
    size_t u = t, v;
    if (u < e && s[u] == ',') u++;
    v = skip_sp(s, e, u);
    if (v > t && (yy = year_at(s, e, v, &u, 1000, 2999)) != 0) {
      *y = yy;
      t = u;
    }
    *d = dd;
    return t;
  }
  /* "June 2016", "June, 2016" */
  t = r;
  if (t < e && s[t] == ',') t = skip_sp(s, e, t + 1);
  if (!abbr && (yy = year_at(s, e, t, &r, 1000, 2999)) != 0) {
    *y = yy;
    return r;
  }
  if (abbr && q > p + 3 && s[q - 1] == '.' && (yy = year_at(s, e, t, &r, 1000, 2999)) != 0) {
    *y = yy;
    return r;
  }
  return abbr ? 0 : q; /* bare month: caller decides */
}

/* "12 June 2016", "12 June". */
static size_t day_first(const char *s, size_t e, size_t p, int *y, int *m,
                        int *d) {
  size_t q, r, t;
  int abbr;
  *y = *m = *d = 0;
  if (!(*d = day_at(s, e, p, &q))) return 0;
  r = skip_sp(s, e, q);
  if (r == q) return 0;
  if (r + 2 < e && weq(s, r, r + 2, "of")) r = skip_sp(s, e, r + 2);
  if (!(*m = month_at(s, e, r, &t, &abbr))) return 0;
  r = t;
  if (r < e && s[r] == ',') r++;
  {
    size_t v = skip_sp(s, e, r), u;
    int yy;
    if (v > t && (yy = year_at(s, e, v, &u, 1000, 2999)) != 0) {
      *y = yy;
      t = u;
    }
  }
  return t;
}

/* "2024-06-14", "2024/06/14", "2024.06.14" (Korean sites), "2024-06". */
static size_t iso_at(const char *s, size_t e, size_t p, int *y, int *m, int *d) {
  size_t q = num_end(s, e, p), r;
  char sep;
  *y = *m = *d = 0;
  if (q - p != 4 || q + 2 >= e || (s[q] != '-' && s[q] != '/' && s[q] != '.'))
    return 0;
  sep = s[q];
  r = num_end(s, e, q + 1);
  if (r - q - 1 != 2) return 0;
  *y = numval(s, p, q);
  *m = numval(s, q + 1, r);
  if (*m < 1 || *m > 12 || *y < 1000) return 0;
  if (r + 2 < e && s[r] == sep && isdg((unsigned char)s[r + 1])) {
    size_t t = num_end(s, e, r + 1);
    if (t - r - 1 != 2 || !bound_after(s, e, t)) return 0;
    *d = numval(s, r + 1, t);
    return t;
  }
  if (!bound_after(s, e, r) || sep != '-') return 0;
  if (r < e && s[r] == '-') return 0;
  return r;
}

static int valid(int y, int m, int d) {
  if (m < 1 || m > 12) return 0;
  if (d && (d < 1 || d > mdays(y ? y : 2000, m))) return 0;
  return 1;
}

/* "2019-03-05T15:45:00Z", "2019-03-05T15:45+01:00": an ISO 8601 timestamp
** (a page's machine date). Returns the end past the time and zone, or 0. */
static size_t iso_stamp_at(const char *s, size_t e, size_t p, int *y, int *m, int *d) {
  size_t q = p + 10, r;
  if (q + 3 > e || s[p + 4] != '-' || s[p + 7] != '-' || s[q] != 'T') return 0;
  for (r = p; r < q; r++)
    if (r != p + 4 && r != p + 7 && !isdg((unsigned char)s[r])) return 0;
  *y = numval(s, p, p + 4);
  *m = numval(s, p + 5, p + 7);
  *d = numval(s, p + 8, p + 10);
  if (!*d) return 0;
  r = q + 1;
  if (num_end(s, e, r) != r + 2 || r + 2 >= e || s[r + 2] != ':') return 0;
  while (r < e && (isdg((unsigned char)s[r]) || s[r] == ':' || s[r] == '.')) r++;
  if (r < e && s[r] == 'Z') r++;
  else if (r < e && (s[r] == '+' || s[r] == '-') && r + 1 < e && isdg((unsigned char)s[r + 1]))
    for (r++; r < e && (isdg((unsigned char)s[r]) || s[r] == ':'); r++) {}
  return bound_after(s, e, r) ? r : 0;
}

/* "05.03.2019", "5.3.2019": day, month, year with dots (European pages;
** never month first). Returns the end or 0. */
static size_t dmy_dots_at(const char *s, size_t e, size_t p, int *y, int *m, int *d) {
  size_t a = num_end(s, e, p), b, c;
  if (a - p < 1 || a - p > 2 || a >= e || s[a] != '.') return 0;
  b = num_end(s, e, a + 1);
  if (b - a - 1 < 1 || b - a - 1 > 2 || b >= e || s[b] != '.') return 0;
  c = num_end(s, e, b + 1);
  if (c - b - 1 != 4 || !bound_after(s, e, c)) return 0;
  /* "5.3.2019.4" is a version number */
  if (c + 1 < e && s[c] == '.' && isdg((unsigned char)s[c + 1])) return 0;
  *d = numval(s, p, a);
  *m = numval(s, a + 1, b);
  *y = numval(s, b + 1, c);
  if (*y < 1000 || *y > 2999 || !*d || !*m) return 0;
  return c;
}

size_t dyad__parse_date(const char *s, size_t len, char out[11]) {
  size_t p, q, w;
  int y, m, d, wd;
  cdate c;
  out[0] = 0;
  if (!s) return 0;
  p = skip_sp(s, len, 0);
  /* optional leading weekday: "Sunday, June 12, 2016" */
  if ((wd = wday_at(s, len, p, &w)) >= 0) {
    if (w < len && s[w] == ',') w++;
    p = skip_sp(s, len, w);
  } else if (p + 4 < len && isup((unsigned char)s[p])) {
    /* "Mon 5 Jun 2017", "Tue, June 6, 2017", "Thurs. June 8": an
       abbreviated weekday (a header's, never a word of the text) */
    static const char *const ab[] = {"Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri",
                                     "Sat", "Sun", NULL};
    for (int i = 0; ab[i]; i++) {
      size_t l = strlen(ab[i]);
      if (p + l < len && !strncmp(s + p, ab[i], l) && !isal((unsigned char)s[p + l])) {
        w = p + l;
        if (w < len && s[w] == '.') w++;
        if (w < len && s[w] == ',') w++;
        if (w < len && s[w] == ' ') p = skip_sp(s, len, w);
        break;
      }
    }
  }
  if (p < len && isdg((unsigned char)s[p])) {
    q = iso_stamp_at(s, len, p, &y, &m, &d);
    if (!q) q = iso_at(s, len, p, &y, &m, &d);
    if (!q) q = dmy_dots_at(s, len, p, &y, &m, &d);
    if (!q) q = day_first(s, len, p, &y, &m, &d);
  } else {
    q = month_first(s, len, p, &y, &m, &d);
  }
  if (!q || !y || !valid(y, m, d)) return 0;
  c = mk(y, m, d);
  fmt(&c, 3, out);
  return out[0] ? q : 0;
}

/* ---------------------------------------------------------------------------
** Tense cues
** ------------------------------------------------------------------------- */

static const char *const future_words[] = {
  "will", "would", "shall", "scheduled", "upcoming", "plans", "planned",
  "planning", "intends", "expected", "due", "set", "slated", "forthcoming",
  "ahead", "next", "tomorrow", NULL};

/* 1 when the word after "due to" (from byte p) opens a noun phrase ("due to
** a bomb threat", "due to the weather", "due to Israeli attacks"): a cause,
** no future cue. */
static int due_cause(const char *text, size_t end, size_t p) {
  static const char *const np[] = {"a", "an", "the", "his", "her", "its", "their", "this",
    "that", "these", "those", "our", "your", NULL};
  size_t a = skip_sp(text, end, p), ae = word_end(text, end, a);
  if (a >= end) return 0;
  if (isup((unsigned char)text[a]) || isdg((unsigned char)text[a])) return 1;
  return ae > a && in_list(text, a, ae, np);
}

/* "set", "due", "expected" count only before "to"/"for" ("is set to meet",
** "due to arrive"), "plans" only before "to" ("the missile defence plans"
** is a noun); "ahead" only in "ahead of"; "is"/"are" before "to" + a word
** is one ("Pompeo is to fly to Seoul on Wednesday"). */
/* 1 when the "to" at p opens a headline's infinitive, the headline's
** future ("Xi to meet Lee on Saturday", "...; Seoul to send envoy"): one
** or more capitalised words, and nothing else, between a line start or a
** semicolon and it, and a lower-case word after it. */
static int headline_infinitive(const char *text, size_t p, size_t end, size_t we) {
  size_t n = skip_sp(text, end, we), q = p, words = 0;
  if (n >= end || !(text[n] >= 'a' && text[n] <= 'z')) return 0;
  for (;;) {
    while (q > 0 && text[q - 1] == ' ') q--;
    if (q == 0 || text[q - 1] == ';' || text[q - 1] == '\n') break;
    size_t w = q;
    while (w > 0 && (isal((unsigned char)text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '-' ||
                     text[w - 1] == '\''))
      w--;
    if (w == q || !(text[w] >= 'A' && text[w] <= 'Z') || ++words > 5) return 0;
    q = w;
  }
  return words > 0;
}

int dyad__future_cue(const char *text, size_t start, size_t end) {
  size_t p = start;
  if (!text) return 0;
  while (p < end) {
    size_t we;
    if (!isal((unsigned char)text[p])) {
      /* "'ll" */
      if ((text[p] == '\'' || (unsigned char)text[p] == 0x99) && p + 2 < end &&
          text[p + 1] == 'l' && text[p + 2] == 'l' && bound_after(text, end, p + 3))
        return 1;
      p++;
      continue;
    }
    we = word_end(text, end, p);
    if ((p == start || !isal((unsigned char)text[p - 1])) && (we - p == 2 || we - p == 3) &&
        (weq(text, p, we, "is") || weq(text, p, we, "are"))) {
      size_t n = skip_sp(text, end, we), ne = word_end(text, end, n);
      size_t a = skip_sp(text, end, ne);
      if (weq(text, n, ne, "to") && a < end && isal((unsigned char)text[a])) return 1;
    }
    if (we - p == 2 && weq(text, p, we, "to") && headline_infinitive(text, p, end, we)) return 1;
    if ((p == start || !isal((unsigned char)text[p - 1])) &&
        in_list(text, p, we, future_words)) {
      size_t n = skip_sp(text, end, we), ne = word_end(text, end, n);
      if (weq(text, p, we, "plans")) {
        if (weq(text, n, ne, "to")) return 1;
      } else if (weq(text, p, we, "set") || weq(text, p, we, "due") ||
          weq(text, p, we, "expected") || weq(text, p, we, "slated")) {
        if (weq(text, p, we, "due") && weq(text, n, ne, "to") && due_cause(text, end, ne)) {
          /* "due to a bomb threat": a cause, not "due to arrive" */
        } else if (weq(text, n, ne, "to") || weq(text, n, ne, "for")) {
          return 1;
        }
      } else if (weq(text, p, we, "ahead")) {
        if (weq(text, n, ne, "of")) return 1;
      } else if (weq(text, p, we, "next")) {
        /* "next" as in "next week" already resolves itself; it still hints
        ** that the clause is about the future */
        return 1;
      } else {
        return 1;
      }
    }
    p = we;
  }
  return 0;
}

#define CLAUSE_MAX 400  /* bytes either side of an expression */

/* Clause around [a,b) within [start,end): cut at ';' and at the words that
** usually open a new clause with its own tense. */
static void clause_of(const char *s, size_t start, size_t end, size_t a,
                      size_t b, size_t *cs, size_t *ce) {
  static const char *const cut[] = {"that", "but", "while", "after", "before",
    "when", "which", "who", "since", "although", "though", "because", NULL};
  size_t p;
  /* a clause longer than this is not a clause: keeps the scan linear */
  if (a > start + CLAUSE_MAX) start = a - CLAUSE_MAX;
  if (end > b + CLAUSE_MAX) end = b + CLAUSE_MAX;
  *cs = start;
  *ce = end;
  for (p = a; p > start; p--) {
    char c = s[p - 1];
    if (c == ';' || c == '.' || c == '!' || c == '?') { *cs = p; break; }
    if (isal((unsigned char)c) && (p - 1 == start || !isal((unsigned char)s[p - 2]))) {
      size_t we = word_end(s, end, p - 1);
      if (we <= a && in_list(s, p - 1, we, cut)) { *cs = we; break; }
    }
  }
  for (p = b; p < end; p++) {
    char c = s[p];
    if (c == ';' || c == '!' || c == '?') { *ce = p; break; }
    if (c == '.' && (p + 1 >= end || s[p + 1] == ' ' || s[p + 1] == '\n')) {
      /* an abbreviation like "U.S." does not end the clause */
      if (!(p >= 2 && isup((unsigned char)s[p - 1]) && s[p - 2] == '.')) {
        *ce = p;
        break;
      }
    }
    if (isal((unsigned char)c) && (p == 0 || !isal((unsigned char)s[p - 1]))) {
      size_t we = word_end(s, end, p);
      if (in_list(s, p, we, cut)) { *ce = p; break; }
      p = we - 1;
    }
  }
}

/* Tense of one word: 1 a future cue ("will", "scheduled"), -1 a past-tense
** verb ("said", "completed"), 0 neither. */
static int word_tense(const char *s, size_t ws, size_t we) {
  static const char *const past_irregular[] = {"said", "told", "met", "held",
    "left", "began", "took", "gave", "made", "went", "came", "saw", "sent",
    "spoke", "wrote", "won", "lost", "fell", "rose", "struck", "flew", "led",
    "paid", "sold", "brought", "found", "ran", "was", "were", "had", "did",
    "got", "became", "broke", "drew", "shot", "stood", "threw", "fled",
    "fought", "sought", "won", "agreed", "used", "died", "sued", "tied", "hit", "cut", "put",
    "shut", NULL};
  static const char *const not_past[] = {"red", "bed", "need", "speed",
    "seed", "feed", "breed", "greed", "shed", "hundred", "united", "based",
    "armed", "alleged", "advanced", "detained", "limited", "related",
    "proposed", "planned", "expected", "scheduled", "supposed", NULL};
  static const char *const schedule[] = {"begins", "begin", "starts", "opens",
    "resumes", "resume", "convenes", "arrives", "departs", "leaves", "travels",
    "visits", "heads", "returns", "hosts", "kicks", NULL};
  if (in_list(s, ws, we, future_words) && !weq(s, ws, we, "next") &&
      !weq(s, ws, we, "ahead") && !weq(s, ws, we, "due") &&
      !weq(s, ws, we, "set") && !weq(s, ws, we, "expected") && !weq(s, ws, we, "plans"))
    return 1;
  if (in_list(s, ws, we, past_irregular)) return -1;
  /* a timetable in the present: "talks resume on Monday", "he visits Paris
     on Friday" */
  if (in_list(s, ws, we, schedule)) return 1;
  if (we - ws > 4 && lower((unsigned char)s[we - 1]) == 'd' &&
      lower((unsigned char)s[we - 2]) == 'e' && !in_list(s, ws, we, not_past))
    return -1;
  return 0;
}

/* A past form ending at ws may be a participle under a future auxiliary:
** "will be held", "is to be signed", "would have been". Walks back over
** be/been/being/have: 1 when a future cue or "to" heads the chain, else -1. */
static int aux_chain(const char *s, size_t cs, size_t ws) {
  static const char *const aux[] = {"be", "been", "being", "have", NULL};
  size_t r = ws;
  int k;
  for (k = 0; k < 3; k++) {
    size_t pe, ps;
    while (r > cs && (s[r - 1] == ' ' || s[r - 1] == '\n')) r--;
    pe = r;
    while (r > cs && isal((unsigned char)s[r - 1])) r--;
    ps = r;
    if (pe == ps) break;
    if (weq(s, ps, pe, "to") && k > 0) return 1;
    if (k > 0 && word_tense(s, ps, pe) > 0) return 1;
    if (!in_list(s, ps, pe, aux)) break;
  }
  return -1;
}

/* Tense of the nearest verb within maxw words (six; sixteen before a month
** or month and day with no year, which would take the reading nearer the
** document date) before p (back to cs), or,
** when there is none, within six words after q (up to ce): "said on
** Thursday it would respond" is past, "he would visit on Monday" future,
** "On Oct. 9, voters elected" past. A comma or quote before the
** expression stops the backward look; 0 when no verb is seen; 2 when the
** backward look meets "to" before a verb ("agreed to hold talks in April":
** an infinitive's date, told by no tense). */
/* 1 when the past form starting at ws follows a determiner or preposition
** (back to cs, across spaces only): an adjective, no verb ("visits by
** separated families around the Aug. 15 Liberation Day", "the disputed
** islands", "with armed guards"). */
static int adjective_ed(const char *s, size_t cs, size_t ws) {
  static const char *const before[] = {"the", "a", "an", "his", "her", "its", "their",
    "our", "these", "those", "by", "of", "for", "with", "from", "on", "in", "at", "into",
    "over", "under", "among", "around", NULL};
  size_t r = ws, pe;
  while (r > cs && s[r - 1] == ' ') r--;
  pe = r;
  while (r > cs && isal((unsigned char)s[r - 1])) r--;
  return pe > r && pe - r <= 5 && in_list(s, r, pe, before);
}

static int local_tense(const char *s, size_t cs, size_t ce, size_t p,
                       size_t q, int maxw) {
  static const char *const dets[] = {"the", "a", "an", "his", "her", "its",
    "their", "this", "that", NULL};
  int words = 0, t;
  size_t r = p, nws = 0, nwe = 0; /* the word after the current one */
  while (r > cs && words < maxw) {
    size_t we, ws;
    while (r > cs && !isal((unsigned char)s[r - 1])) {
      if (s[r - 1] == ',' || s[r - 1] == '"') { words = maxw; break; }
      r--;
    }
    if (words >= maxw) break;
    we = r;
    while (r > cs && isal((unsigned char)s[r - 1])) r--;
    ws = r;
    if (we == ws) break;
    words++;
    t = word_tense(s, ws, we);
    if (t < 0 && adjective_ed(s, cs, ws)) t = 0; /* "by separated families" */
    if (t != 0) return t < 0 ? aux_chain(s, cs, ws) : t;
    /* "agreed to hold a summit in late April": the date is the infinitive's,
       whose time the verb before does not tell */
    if (words > 1 && weq(s, ws, we, "to") && nws < nwe && !isup((unsigned char)s[nws]) &&
        !in_list(s, nws, nwe, dets))
      return 2;
    nws = ws;
    nwe = we;
  }
  words = 0;
  r = q;
  while (r < ce && words < maxw) {
    size_t ws, we;
    while (r < ce && !isal((unsigned char)s[r])) {
      if (s[r] == '"') return 0;
      r++;
    }
    ws = r;
    we = word_end(s, ce, r);
    if (we == ws) break;
    r = we;
    words++;
    if ((t = word_tense(s, ws, we)) != 0) return t;
  }
  return 0;
}

/* Tense of the nearest verb within eight words before cs (the start of the
** expression's clause), back to the sentence start, when the clause opens
** with a word that keeps the time on the same side: "was its third attempt
** this year after two failures in May" is past; "rose in the period before
** November's election" tells nothing (what comes before a past event or
** after a future one may be either). 0 when none. */
static int sentence_tense(const char *s, size_t start, size_t cs) {
  int words = 0, t, before, after;
  size_t r = cs, o = cs;
  while (o > start && isal((unsigned char)s[o - 1])) o--;
  before = weq(s, o, cs, "before");
  after = weq(s, o, cs, "after") || weq(s, o, cs, "since");
  if (!(before || after || weq(s, o, cs, "when") || weq(s, o, cs, "while") ||
        weq(s, o, cs, "but")))
    return 0;
  r = o;
  while (r > start && words < 8) {
    size_t we, ws;
    while (r > start && !isal((unsigned char)s[r - 1])) {
      if (s[r - 1] == '.' || s[r - 1] == '"' || s[r - 1] == '?' || s[r - 1] == '!') return 0;
      r--;
    }
    we = r;
    while (r > start && isal((unsigned char)s[r - 1])) r--;
    ws = r;
    if (we == ws) break;
    words++;
    if ((t = word_tense(s, ws, we)) != 0) {
      t = t < 0 ? aux_chain(s, start, ws) : t;
      return (before && t < 0) || (after && t > 0) ? 0 : t;
    }
  }
  return 0;
}

/* ---------------------------------------------------------------------------
** The expression scanner
** ------------------------------------------------------------------------- */

typedef struct match {
  size_t start, end;
  cdate past, future;  /* prec 0: unresolved */
  int relative;
  int tense;           /* past and future may differ */
  int nearest;         /* month and day without a year: with no tense cue
                          the reading nearer to the doc date wins */
  int anaphor, unit, shift; /* "the previous day": see dyad_datex */
  int vague;           /* "in the 1990s", "years ago": no date (dyad_datex) */
  int fut;             /* after the document date by its words ("next week", "tomorrow") */
} match;

typedef struct ctx {
  const char *s;
  size_t start, e;
  int has_doc;
  cdate doc;           /* the document date, prec 1..3 */
} ctx;

static const char *const year_preps[] = {
  "in", "since", "of", "by", "until", "till", "through", "before", "after",
  "during", "from", "around", "throughout", "between", "and", "to",
  "circa", "fiscal", NULL};
static const char *const month_preps[] = {
  "in", "since", "of", "by", "until", "till", "through", "before", "after",
  "during", "from", "to", "around", "throughout", "between", "for", "early",
  "late", "mid", "last", "next", "this", "end", NULL};
/* "May" is also a name and a verb: fewer cues. */
static const char *const may_preps[] = {
  "in", "since", "of", "until", "till", "through", "during", "early", "late",
  "mid", "last", "next", "this", "end", "from", NULL};
static const char *const year_units[] = {
  "mm", "cm", "km", "kg", "m", "tons", "tonnes", "people", "troops",
  "soldiers", "years", "year", "times", "units", "meters", "metres", "miles",
  "dollars", "won", "yuan", "rubles", "roubles", "euros", "members", "cases",
  "votes", "feet", "pounds", "barrels", "hours", "minutes", "km", "deaths",
  "dead", "votes", "seats", "workers", "students", "residents", "households",
  NULL};

/* Previous word (letters) before p, skipping spaces; [*ps, *pe). */
static int prev_word(const ctx *c, size_t p, size_t *ps, size_t *pe) {
  size_t q = p;
  while (q > c->start && (c->s[q - 1] == ' ' || c->s[q - 1] == '\n' ||
                          c->s[q - 1] == '\t'))
    q--;
  /* "mid-2023" */
  if (q > c->start && c->s[q - 1] == '-' && q == p) q--;
  *pe = q;
  while (q > c->start && isal((unsigned char)c->s[q - 1])) q--;
  *ps = q;
  return *pe > *ps;
}

static int doc_ok(const ctx *c, int need) { return c->has_doc && c->doc.prec >= need; }

/* Resolve an absolute y/m/d (y may be 0: take it from the doc date). */
static int resolve_ymd(const ctx *c, int y, int m, int d, match *mt) {
  if (!valid(y, m, d)) return 0;
  if (y) {
    mt->past = mt->future = mk(y, m, d);
    return 1;
  }
  mt->relative = 1;
  if (!c->has_doc) return 1;
  if (c->doc.prec == 1) {
    /* the year is known, not which side of it */
    mt->past = mt->future = mk(c->doc.y, m, d);
    if (d && !valid(c->doc.y, m, d)) mt->past.prec = mt->future.prec = 2;
    return 1;
  }
  mt->tense = 1;
  mt->nearest = 1;
  {
    int before = m < c->doc.m ||
                 (m == c->doc.m && (c->doc.prec < 3 || !d || d <= c->doc.d));
    int after = m > c->doc.m ||
                (m == c->doc.m && (c->doc.prec < 3 || !d || d >= c->doc.d));
    int py = before ? c->doc.y : c->doc.y - 1;
    int fy = after ? c->doc.y : c->doc.y + 1;
    /* Feb 29 outside leap years: fall back to the month */
    mt->past = mk(py, m, valid(py, m, d) ? d : 0);
    mt->future = mk(fy, m, valid(fy, m, d) ? d : 0);
  }
  return 1;
}

/* "the 12th": day d of the doc's month, or of the month before (past) or
** after (future) when the doc date is on the other side of it. */
static void resolve_dom(const ctx *c, int d, match *mt) {
  cdate pm, fm;
  mt->relative = 1;
  if (!doc_ok(c, 2)) return;
  pm = fm = mk(c->doc.y, c->doc.m, 0);
  if (c->doc.prec >= 3) {
    if (d > c->doc.d) pm = add_months(pm, -1);
    if (d < c->doc.d) fm = add_months(fm, 1);
    mt->tense = 1;
    mt->nearest = 1;
  }
  mt->past = mk(pm.y, pm.m, valid(pm.y, pm.m, d) ? d : 0);
  mt->future = mk(fm.y, fm.m, valid(fm.y, fm.m, d) ? d : 0);
}

/* Trailing "next year" / "last year" / "this year" / "of last year". */
static size_t year_suffix(const ctx *c, size_t p, int *dy) {
  size_t a = skip_sp(c->s, c->e, p), ae = word_end(c->s, c->e, a), b, be;
  if (weq(c->s, a, ae, "of")) {
    a = skip_sp(c->s, c->e, ae);
    ae = word_end(c->s, c->e, a);
  }
  b = skip_sp(c->s, c->e, ae);
  be = word_end(c->s, c->e, b);
  if (!weq(c->s, b, be, "year")) return 0;
  if (weq(c->s, a, ae, "next")) *dy = 1;
  else if (weq(c->s, a, ae, "last")) *dy = -1;
  else if (weq(c->s, a, ae, "this")) *dy = 0;
  else return 0;
  return be;
}

/* Month (full name) with no day or year: resolved as "in March". */
static void resolve_month(const ctx *c, int m, int strict_dir, match *mt) {
  mt->relative = 1;
  if (!doc_ok(c, 1)) return;
  if (c->doc.prec == 1) {
    mt->past = mt->future = mk(c->doc.y, m, 0);
    return;
  }
  if (strict_dir == 2) { /* this March */
    mt->past = mt->future = mk(c->doc.y, m, 0);
  } else if (strict_dir < 0) { /* last September */
    mt->past = mt->future = mk(m < c->doc.m ? c->doc.y : c->doc.y - 1, m, 0);
  } else if (strict_dir > 0) { /* next March */
    mt->past = mt->future = mk(m > c->doc.m ? c->doc.y : c->doc.y + 1, m, 0);
  } else {
    mt->tense = 1;
    mt->nearest = 1;
    mt->past = mk(m <= c->doc.m ? c->doc.y : c->doc.y - 1, m, 0);
    mt->future = mk(m >= c->doc.m ? c->doc.y : c->doc.y + 1, m, 0);
  }
}

static void resolve_wday(const ctx *c, int wd, int dir, match *mt) {
  int dw, back, fwd;
  mt->relative = 1;
  if (!doc_ok(c, 1)) return;
  if (c->doc.prec < 3) { /* only the month (or year) is known */
    mt->past = mt->future = c->doc;
    return;
  }
  dw = weekday(c->doc.y, c->doc.m, c->doc.d);
  back = (dw - wd + 7) % 7;
  fwd = (wd - dw + 7) % 7;
  if (dir < 0) {
    mt->past = mt->future = add_days(c->doc, -(back ? back : 7));
  } else if (dir > 0) {
    mt->past = mt->future = add_days(c->doc, fwd ? fwd : 7);
  } else {
    mt->tense = back != 0;
    mt->past = add_days(c->doc, -back);
    mt->future = add_days(c->doc, fwd);
  }
}

/* The Saturday of a weekend. dir -1 "last weekend": the latest one that
** has ended (before the document's own weekend); +1 "next weekend" (the
** coming one); 0
** "this weekend" and "the weekend" ("at/over the weekend"): past = the latest
** Saturday on or before the doc date, future = the coming one (the doc's
** own weekend when it is one). */
static void resolve_weekend(const ctx *c, int dir, match *mt) {
  int dw, back, fwd, in_we;
  mt->relative = 1;
  if (!doc_ok(c, 1)) return;
  if (c->doc.prec < 3) {
    mt->past = mt->future = c->doc;
    return;
  }
  dw = weekday(c->doc.y, c->doc.m, c->doc.d);
  back = (dw - 5 + 7) % 7; /* days since the latest Saturday */
  in_we = dw >= 5;
  fwd = in_we ? -back : 5 - dw;
  if (dir < 0) {
    mt->past = mt->future = add_days(c->doc, in_we ? -back - 7 : -back);
  } else if (dir > 0) {
    mt->past = mt->future = add_days(c->doc, in_we ? 7 - back : fwd);
  } else {
    mt->past = add_days(c->doc, -back);
    mt->future = add_days(c->doc, fwd);
    mt->tense = back != -fwd;
  }
}

/* Doc date shifted by n units (0 day, 1 week, 2 month, 3 year), with the
** given result precision. */
static cdate shift(const ctx *c, int unit, long n) {
  cdate r = c->doc, base = c->doc;
  if (unit <= 1) {
    if (base.prec < 3) { /* no day: shift from mid-month */
      if (!base.m) base.m = 6;
      base.d = 15;
    }
    r = add_days(base, unit == 1 ? 7 * n : n);
    if (unit == 1) r.prec = 2;
  } else if (unit == 2) {
    if (!base.m) base.m = 6;
    r = add_months(base, (int)n);
  } else {
    r = mk(base.y + (int)n, 0, 0);
  }
  if (r.prec > c->doc.prec) r.prec = c->doc.prec;
  return r;
}

static int unit_of(const char *s, size_t p, size_t q) {
  if (weq(s, p, q, "day") || weq(s, p, q, "days")) return 0;
  if (weq(s, p, q, "week") || weq(s, p, q, "weeks")) return 1;
  if (weq(s, p, q, "month") || weq(s, p, q, "months")) return 2;
  if (weq(s, p, q, "year") || weq(s, p, q, "years")) return 3;
  return -1;
}

/* last/this/next + week|month|year|weekend|weekday|month|season at p (the
** word after the modifier). dir -1/0/+1; 2 for "this" with months. */
static size_t rel_unit(const ctx *c, size_t p, int dir, match *mt) {
  size_t q, we = word_end(c->s, c->e, p);
  int u = unit_of(c->s, p, we), x;
  mt->fut = dir > 0;
  if (u >= 1 && !(we > p && (c->s[we - 1] == 's' || c->s[we - 1] == 'S'))) {
    mt->relative = 1;
    if (doc_ok(c, 1)) mt->past = mt->future = shift(c, u, dir);
    return we;
  }
  if (weq(c->s, p, we, "weekend")) {
    resolve_weekend(c, dir, mt);
    return we;
  }
  if (dir <= 0 && (weq(c->s, p, we, "morning") || weq(c->s, p, we, "afternoon") ||
                   weq(c->s, p, we, "evening") || weq(c->s, p, we, "night"))) {
    /* "this morning", "last night" (the evening or night before) */
    if (dir == 0 && weq(c->s, p, we, "night")) return 0; /* "this night" */
    mt->relative = 1;
    if (doc_ok(c, 1)) mt->past = mt->future = shift(c, 0, dir);
    return we;
  }
  if ((x = wday_at(c->s, c->e, p, &q)) >= 0) {
    resolve_wday(c, x, dir, mt);
    return q;
  }
  if ((x = month_at(c->s, c->e, p, &q, &u)) != 0 && !u) {
    resolve_month(c, x, dir == 0 ? 2 : dir, mt);
    return q;
  }
  if ((x = season_at(c->s, c->e, p, &q)) != 0) {
    mt->relative = 1;
    if (doc_ok(c, 1)) {
      int m = c->doc.prec >= 2 ? c->doc.m : 6, y = c->doc.y;
      int cur = m >= x || (x == 12 && m <= 2) ? (x == 12 && m <= 2 ? y - 1 : y) : y - 1;
      /* cur: year of the latest season x that has begun */
      if (dir < 0) {
        int inside = (x == 12) ? (m == 12 || m <= 2) : (m >= x && m < x + 3);
        y = inside ? cur - 1 : cur;
      } else if (dir > 0) {
        y = (m < x && !(x == 12 && m <= 2)) ? y : cur + 1;
      } else {
        y = cur;
      }
      mt->past = mt->future = mk(y, 0, 0);
    }
    return q;
  }
  return 0;
}

/* Part of the day after a weekday / yesterday: " afternoon". */
static size_t part_of_day(const ctx *c, size_t p) {
  static const char *const parts[] = {"morning", "afternoon", "evening",
                                      "night", NULL};
  size_t a = skip_sp(c->s, c->e, p), ae;
  if (a == p) return p;
  ae = word_end(c->s, c->e, a);
  return in_list(c->s, a, ae, parts) ? ae : p;
}

/* Seasons: "spring and summer of 2023", "spring 2023", "the autumn". */
static size_t season_expr(const ctx *c, size_t p, int had_the, match *mt) {
  size_t q, r, re;
  int x, y;
  if (!(x = season_at(c->s, c->e, p, &q))) return 0;
  r = skip_sp(c->s, c->e, q);
  re = word_end(c->s, c->e, r);
  if (weq(c->s, r, re, "and") || weq(c->s, r, re, "or")) {
    size_t t = skip_sp(c->s, c->e, re), tq;
    if (season_at(c->s, c->e, t, &tq)) {
      q = tq;
      r = skip_sp(c->s, c->e, q);
      re = word_end(c->s, c->e, r);
    }
  }
  if (weq(c->s, r, re, "of")) {
    r = skip_sp(c->s, c->e, re);
    if (x == 9 && weq(c->s, p, q, "fall") && !year_at(c->s, c->e, r, &re, 1800, 2100))
      return 0; /* "the fall of Kabul" */
  }
  if (r > q && (y = year_at(c->s, c->e, r, &re, 1800, 2100)) != 0) {
    mt->past = mt->future = mk(y, 0, 0);
    return re;
  }
  {
    size_t ps, pe;
    int ok = had_the;
    /* "last summer" is handled by rel_unit; here: "in the autumn" */
    if (!ok) return 0;
    if (!prev_word(c, p, &ps, &pe)) return 0;
    if (weq(c->s, ps, pe, "the") && prev_word(c, ps, &ps, &pe) &&
        (weq(c->s, ps, pe, "in") || weq(c->s, ps, pe, "during") ||
         weq(c->s, ps, pe, "since") || weq(c->s, ps, pe, "until") ||
         weq(c->s, ps, pe, "by") || weq(c->s, ps, pe, "over"))) {
      mt->relative = 1;
      if (doc_ok(c, 1)) {
        int m = c->doc.prec >= 2 ? c->doc.m : 6, yy = c->doc.y, past, fut;
        if (x == 12) {
          past = (m == 12) ? yy : yy - 1;
          fut = (m <= 2) ? yy - 1 : yy;
        } else {
          past = (m >= x) ? yy : yy - 1;
          fut = (m < x + 3) ? yy : yy + 1;
        }
        mt->past = mk(past, 0, 0);
        mt->future = mk(fut, 0, 0);
        mt->tense = past != fut;
      }
      return q;
    }
  }
  return 0;
}

/* A number word ("a", "an", "one" ... "twelve") starts a date only before a
** unit ("a day after", "two weeks ago", "three hours later": day(s),
** week(s), month(s), year(s), hour(s), minutes; all start with d, w, m, y
** or h), and no other matcher of match_at takes these words: when the next
** word starts with another letter (or there is none), match_at finds
** nothing here, and the scan need not call it. */
static int number_word_alone(const ctx *c, size_t p, size_t we) {
  size_t r;
  int f;
  if (small_number(c->s, p, we) <= 0) return 0;
  r = skip_sp(c->s, c->e, we);
  f = r < c->e && alnum_byte[(unsigned char)c->s[r]] == 2 ? (c->s[r] | 32) : 0;
  if (f == 'f' || f == 'c') { /* "a few days", "a couple of weeks" */
    size_t re = word_end(c->s, c->e, r);
    return !(weq(c->s, r, re, "few") || weq(c->s, r, re, "couple"));
  }
  return !(f == 'd' || f == 'w' || f == 'm' || f == 'y' || f == 'h');
}

/* 1 when the words at p are a short noun phrase that ends its clause:
** a determiner or a possessive ("the summit", "his visit to Moscow",
** "Tuesday's vote", "the North's launch of a satellite"), then at most six
** words with no verb form among them, then ',', ';', '.', ')' or the end
** ("two days after the summit, ..."). 0 for a clause ("Seoul suspended
** the pact", "the two leaders met"). */
static int np_ends_clause(const ctx *c, size_t p) {
  static const char *const dets[] = {"the", "his", "her", "its", "their",
    "our", "a", "an", "this", "that", NULL};
  static const char *const stops[] = {"that", "which", "who", "when", "where",
    "while", "as", "and", "but", "is", "are", "has", "have", "will", "can",
    NULL};
  const char *s = c->s;
  size_t q = p, we = word_end(s, c->e, p);
  int words = 0;
  if (!(in_list(s, p, we, dets) ||
        (we + 1 < c->e && (s[we] == '\'' || (unsigned char)s[we] == 0xE2) &&
         isup((unsigned char)s[p]))))
    return 0;
  while (q < c->e && words <= 7) {
    size_t ws;
    while (q < c->e && (s[q] == ' ' || s[q] == '-' || s[q] == '\'')) q++;
    /* U+2019 in "Tuesday's" */
    if (q + 2 < c->e && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80 &&
        (unsigned char)s[q + 2] == 0x99)
      q += 3;
    if (q >= c->e || s[q] == ',' || s[q] == ';' || s[q] == ')' ||
        (s[q] == '.' && (q + 1 >= c->e || s[q + 1] == ' ' || s[q + 1] == '\n')))
      return words > 1 || (words == 1 && (weq(s, p, we, "that") || weq(s, p, we, "this")));
    ws = q;
    if (isdg((unsigned char)s[q])) q = num_end(s, c->e, q);
    else q = word_end(s, c->e, q);
    if (q == ws) return 0;
    if (words > 0 && (word_tense(s, ws, q) != 0 || in_list(s, ws, q, stops))) return 0;
    words++;
  }
  return 0;
}

/* A relative date that is the day the story gave last, or that of the act
** a phrase names (anaphor: 1, 3 as in match): "by then", "within hours". */
static void story_day(const ctx *c, match *mt, size_t start, int anaphor) {
  mt->start = start;
  mt->relative = 1;
  mt->anaphor = anaphor;
  mt->unit = 0;
  mt->shift = 0;
  if (doc_ok(c, 1)) mt->past = mt->future = shift(c, 0, 0);
}

/* One expression starting exactly at p (a word/number start). */
static size_t match_at(const ctx *c, size_t p, match *mt) {
  const char *s = c->s;
  size_t e = c->e, q, we, ps = 0, pe = 0;
  int y, m, d, x, abbr;
  memset(mt, 0, sizeof *mt);
  mt->start = p;
  we = isdg((unsigned char)s[p]) ? num_end(s, e, p) : word_end(s, e, p);

  if (isdg((unsigned char)s[p])) {
    if (p > c->start && (s[p - 1] == '$' || s[p - 1] == '#' || s[p - 1] == '.' ||
                         s[p - 1] == ',' || s[p - 1] == '/' || s[p - 1] == ':' ||
                         (s[p - 1] == '-' && p - 1 > c->start && isdg((unsigned char)s[p - 2]))))
      return 0;
    if ((q = iso_at(s, e, p, &y, &m, &d)) != 0)
      return resolve_ymd(c, y, m, d, mt) ? q : 0;
    if ((q = day_first(s, e, p, &y, &m, &d)) != 0)
      return resolve_ymd(c, y, m, d, mt) ? q : 0;
    /* "on the 12th": a day of the document's month (or the one before or
    ** after it, by tense) */
    if ((d = day_at(s, e, p, &q)) != 0 && q > num_end(s, e, p) &&
        prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "the")) {
      static const char *const dom_preps[] = {"on", "by", "until", "till",
        "since", "from", "through", "before", "after", NULL};
      static const char *const dom_next[] = {"and", "or", "to", "through",
        "until", NULL};
      size_t ps2, pe2, n = skip_sp(s, e, q), ne = word_end(s, e, n);
      if (prev_word(c, ps, &ps2, &pe2) && in_list(s, ps2, pe2, dom_preps) && weq(s, n, ne, "of")) {
        /* "on the 17th of this month", "the 3rd of last month" */
        size_t a = skip_sp(s, e, ne), ae = word_end(s, e, a), b = skip_sp(s, e, ae),
               be = word_end(s, e, b);
        int dir = weq(s, a, ae, "last") ? -1 : weq(s, a, ae, "next") ? 1 : weq(s, a, ae, "this") ? 0 : 9;
        if (dir != 9 && b > ae && weq(s, b, be, "month")) {
          mt->relative = 1;
          mt->start = ps;
          if (doc_ok(c, 2)) {
            cdate mo = add_months(mk(c->doc.y, c->doc.m, 0), dir);
            mt->past = mt->future = mk(mo.y, mo.m, valid(mo.y, mo.m, d) ? d : 0);
          }
          return be;
        }
      }
      if (prev_word(c, ps, &ps2, &pe2) && in_list(s, ps2, pe2, dom_preps) &&
          (ne == n || in_list(s, n, ne, dom_next))) {
        resolve_dom(c, d, mt);
        mt->start = ps;
        return q;
      }
      return 0;
    }
    /* "the 1990s", "the mid-1990s", "in the 1970s and 1980s": a decade
    ** places the event but dates it with no value */
    if (we - p == 4 && s[we - 1] == '0' && we < e && s[we] == 's' && bound_after(s, e, we + 1) &&
        (y = numval(s, p, we)) >= 1800 && y <= 2090) {
      mt->vague = 1;
      return we + 1;
    }
    /* bare year after a preposition or modifier */
    if ((y = year_at(s, e, p, &q, 1800, 2100)) != 0 && prev_word(c, p, &ps, &pe)) {
      size_t n = skip_sp(s, e, q), ne = word_end(s, e, n);
      int pre = in_list(s, ps, pe, year_preps) || weq(s, ps, pe, "early") ||
                weq(s, ps, pe, "late") || weq(s, ps, pe, "mid") ||
                weq(s, ps, pe, "year") || weq(s, ps, pe, "summer") ||
                weq(s, ps, pe, "spring") || weq(s, ps, pe, "autumn") ||
                weq(s, ps, pe, "winter");
      if (!pre && weq(s, ps, pe, "the")) {
        /* "the 2022 election", "the 2008 financial crisis" */
        static const char *const events[] = {"election", "elections", "war",
          "invasion", "summit", "olympics", "games", "vote", "referendum",
          "crisis", "attack", "attacks", "agreement", "accord", "deal",
          "talks", "budget", "census", "campaign", "race", "poll", "polls",
          "coup", "uprising", "revolution", "earthquake", "tsunami",
          "financial", "presidential", "parliamentary", "general", "world",
          "nuclear", "winter", "summer", "midterm", "midterms", "protests",
          "treaty", "declaration", "ceasefire", "armistice", "offensive",
          NULL};
        pre = in_list(s, n, ne, events);
      }
      if (!pre) return 0;
      if ((weq(s, ps, pe, "to") || weq(s, ps, pe, "from") || weq(s, ps, pe, "and") ||
           weq(s, ps, pe, "between")) && ne > n && !isup((unsigned char)s[n]) &&
          !weq(s, n, ne, "and") && !weq(s, n, ne, "to") && !weq(s, n, ne, "through") &&
          !weq(s, n, ne, "until"))
        return 0; /* "rose to 2000 troops" */
      if (in_list(s, n, ne, year_units) || (n < e && s[n] == '%')) return 0;
      mt->past = mt->future = mk(y, 0, 0);
      return q;
    }
    /* else: maybe "3 days ago" below */
  }

  /* "the Fourth of July", "on the first of May 1990": a day of the month
  ** written as an ordinal word, after "the" */
  if (we - p >= 5 && we - p <= 11 && prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "the")) {
    static const char *const ord[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", NULL};
    size_t r = skip_sp(s, e, we), re = word_end(s, e, r);
    for (d = 0; ord[d] && !weqv(s, p, we, ord[d]); d++)
      ;
    if (ord[d] && r > we && weq(s, r, re, "of")) {
      size_t t, v, u;
      r = skip_sp(s, e, re);
      if ((m = month_at(s, e, r, &t, &abbr)) != 0 && !abbr) {
        y = 0;
        u = t < e && s[t] == ',' ? t + 1 : t;
        v = skip_sp(s, e, u);
        if (v > t && (x = year_at(s, e, v, &u, 1000, 2999)) != 0) {
          y = x;
          t = u;
        }
        if (resolve_ymd(c, y, m, d + 1, mt)) {
          mt->start = ps;
          return t;
        }
        return 0;
      }
    }
  }

  /* "on the evening of the shootdown", "on the day of the attack", "on the
  ** eve of the summit": the day (the day before) of the act the noun phrase
  ** names, which the story told before (anaphor 4; no stand-in value) */
  if (weq(s, p, we, "day") || weq(s, p, we, "eve") || weq(s, p, we, "evening") ||
      weq(s, p, we, "morning") || weq(s, p, we, "night")) {
    size_t r = skip_sp(s, e, we), re = word_end(s, e, r), n2 = skip_sp(s, e, re),
           n2e = word_end(s, e, n2), ps2, pe2;
    if (r > we && weq(s, r, re, "of") && n2 > re &&
        (weq(s, n2, n2e, "the") || weq(s, n2, n2e, "that")) &&
        prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "the") &&
        prev_word(c, ps, &ps2, &pe2) && weq(s, ps2, pe2, "on")) {
      mt->relative = 1;
      mt->anaphor = 4;
      mt->unit = 0;
      mt->shift = weq(s, p, we, "eve") ? -1 : 0;
      mt->start = ps;
      return re;
    }
  }

  /* "the day before" (the day before the story's last date), "the week
  ** after", "the year before"; "the day after the vote" (a noun phrase: the
  ** day after the vote's date), "the day after Seoul suspended the pact" (a
  ** clause: what follows was the day before the sentence's date); "the end
  ** of the month" */
  if ((x = unit_of(s, p, we)) >= 0 && s[we - 1] != 's' && s[we - 1] != 'S') {
    size_t r = skip_sp(s, e, we), re = word_end(s, e, r), n2, n2e;
    int bef;
    if (!prev_word(c, p, &ps, &pe) || !weq(s, ps, pe, "the")) return 0;
    if (x >= 1) {
      /* "the end of the month", "at the start of the year" */
      static const char *const parts[] = {"end", "beginning", "start", "middle",
        "rest", "remainder", "turn", NULL};
      size_t ps2, pe2, ps3, pe3, ps4, pe4;
      if (x != 1 && prev_word(c, ps, &ps2, &pe2) && weq(s, ps2, pe2, "of") &&
          prev_word(c, ps2, &ps3, &pe3) && in_list(s, ps3, pe3, parts)) {
        mt->relative = 1;
        if (doc_ok(c, 1)) mt->past = mt->future = mk(c->doc.y, x == 2 ? c->doc.m : 0, 0);
        if (mt->past.prec > c->doc.prec) mt->past.prec = mt->future.prec = c->doc.prec;
        mt->start = prev_word(c, ps3, &ps4, &pe4) && weq(s, ps4, pe4, "the") ? ps4 : ps3;
        return we;
      }
    }
    if (r == we || (we < e && s[we] == '-')) return 0;
    bef = weq(s, r, re, "before");
    if (!bef && !weq(s, r, re, "after")) return 0;
    n2 = skip_sp(s, e, re);
    n2e = word_end(s, e, n2);
    mt->relative = 1;
    mt->unit = x;
    if (n2 > re && n2e > n2 && np_ends_clause(c, n2)) {
      mt->anaphor = 3;
      mt->shift = bef ? -1 : 1;
      if (doc_ok(c, 1)) mt->past = mt->future = shift(c, x, 0);
    } else {
      /* "summoned the ambassador the day before to demand ...", "had met
         the day before in Paris": a word that opens no clause leaves it bare */
      static const char *const bare_next[] = {"to", "in", "at", "on", "with",
        "for", "from", "and", "but", "or", "during", NULL};
      if (n2 > re && n2e > n2 && !in_list(s, n2, n2e, bare_next)) {
        mt->anaphor = 2;
        mt->shift = bef ? 1 : -1;
      } else {
        mt->anaphor = 1;
        mt->shift = bef ? -1 : 1;
      }
      if (doc_ok(c, 1)) mt->past = mt->future = shift(c, x, mt->shift);
    }
    mt->start = ps;
    return re;
  }

  /* "Putin was already in Hanoi by then": the day the story gave last (not
  ** "then" alone, nor "since then", "until then") */
  if (weq(s, p, we, "then")) {
    if (!(prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "by"))) return 0;
    if (we < e && s[we] == '-') return 0;
    story_day(c, mt, ps, 1);
    return we;
  }

  /* "the previous day", "the following week", "the next day", "that day",
  ** "the same day", "the weekend" */
  if (weq(s, p, we, "previous") || weq(s, p, we, "following") ||
      weq(s, p, we, "same") || weq(s, p, we, "that") || weq(s, p, we, "next") ||
      weq(s, p, we, "weekend")) {
    size_t r = skip_sp(s, e, we), re = word_end(s, e, r);
    int the = prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "the");
    if (weq(s, p, we, "next") && !the) goto not_anaphor; /* "next week": below */
    if (weq(s, p, we, "weekend")) {
      /* "at the weekend", "over the weekend" */
      if (!the || (we < e && s[we] == '-')) return 0;
      resolve_weekend(c, 0, mt);
      mt->start = ps;
      return we;
    }
    if (weq(s, p, we, "same") && !the) return 0;
    x = unit_of(s, r, re);
    if (x < 0 || r == we || s[re - 1] == 's' || (re < e && s[re] == '-')) {
      /* "the previous evening", "that night", "the next morning" */
      if (r > we &&
          (weq(s, r, re, "night") || weq(s, r, re, "evening") ||
           weq(s, r, re, "morning") || weq(s, r, re, "afternoon")) &&
          (the || weq(s, p, we, "that"))) {
        x = 0;
      } else {
        return 0;
      }
    }
    mt->relative = 1;
    mt->anaphor = 1;
    mt->unit = x;
    mt->shift = weq(s, p, we, "previous") ? -1
              : (weq(s, p, we, "following") || weq(s, p, we, "next")) ? 1 : 0;
    if (doc_ok(c, 1)) mt->past = mt->future = shift(c, x, mt->shift);
    if (the) mt->start = ps;
    return re;
  }
not_anaphor:

  /* Modifiers that are part of the span. */
  if (weq(s, p, we, "early") || weq(s, p, we, "late") || weq(s, p, we, "mid") ||
      weq(s, p, we, "earlier") || weq(s, p, we, "later")) {
    size_t n = we;
    int cmp = weq(s, p, we, "earlier") || weq(s, p, we, "later");
    if (weq(s, p, we, "mid") && n < e && s[n] == '-') n++;
    else n = skip_sp(s, e, n);
    if (n == we && !weq(s, p, we, "mid")) return 0;
    if (weq(s, n, word_end(s, e, n), "in")) {
      /* "earlier in the day", "later in the week", "late in the year": the
         day (week, year) the story gave last */
      size_t a = skip_sp(s, e, word_end(s, e, n)), ae = word_end(s, e, a);
      size_t b = skip_sp(s, e, ae), be = word_end(s, e, b);
      int u = unit_of(s, b, be);
      if (weq(s, a, ae, "the") && b > ae && u >= 0 && s[be - 1] != 's' && !(be < e && s[be] == '-')) {
        mt->relative = 1;
        mt->anaphor = 1;
        mt->unit = u;
        mt->shift = 0;
        if (doc_ok(c, 1)) mt->past = mt->future = shift(c, u, 0);
        return be;
      }
      return 0;
    }
    if (!cmp && (y = year_at(s, e, n, &q, 1800, 2100)) != 0) {
      mt->past = mt->future = mk(y, 0, 0);
      return q;
    }
    if (!cmp && (x = month_at(s, e, n, &q, &abbr)) != 0 && !abbr) {
      size_t r = skip_sp(s, e, q), rq;
      int dy;
      if (r < e && s[r] == ',') r = skip_sp(s, e, r + 1);
      if ((y = year_at(s, e, r, &rq, 1000, 2999)) != 0) {
        mt->past = mt->future = mk(y, x, 0);
        return rq;
      }
      if ((rq = year_suffix(c, q, &dy)) != 0) {
        mt->relative = 1;
        mt->fut = dy > 0;
        if (doc_ok(c, 1)) mt->past = mt->future = mk(c->doc.y + dy, x, 0);
        return rq;
      }
      resolve_month(c, x, 0, mt);
      return q;
    }
    {
      size_t ne = word_end(s, e, n), r;
      int dir = weq(s, n, ne, "last") ? -1 : weq(s, n, ne, "next") ? 1
              : weq(s, n, ne, "this") ? 0 : 9;
      if (dir != 9) {
        r = skip_sp(s, e, ne);
        if ((q = rel_unit(c, r, dir, mt)) != 0) return q;
        memset(mt, 0, sizeof *mt);
        mt->start = p;
      }
    }
    return 0;
  }

  if (weq(s, p, we, "last") || weq(s, p, we, "next") || weq(s, p, we, "this") ||
      weq(s, p, we, "past") || weq(s, p, we, "coming")) {
    int dir = (weq(s, p, we, "last") || weq(s, p, we, "past")) ? -1
            : weq(s, p, we, "this") ? 0 : 1;
    size_t r = skip_sp(s, e, we);
    if (r == we) return 0;
    /* "over the past year": the twelve months up to now, this year's */
    if (weq(s, p, we, "past") && unit_of(s, r, word_end(s, e, r)) == 3) dir = 0;
    if ((q = rel_unit(c, r, dir, mt)) != 0) return q;
    if (weq(s, p, we, "coming") && prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "the")) {
      /* "in the coming days / weeks" (the month a few days or a week
         on), "in the coming months / years" (no date) */
      size_t re = word_end(s, e, r);
      int u = unit_of(s, r, re);
      if (u < 0 || !(s[re - 1] == 's' || s[re - 1] == 'S')) return 0;
      if (u >= 2) {
        mt->vague = 1;
        return re;
      }
      mt->fut = 1;
      mt->relative = 1;
      if (doc_ok(c, 1)) {
        mt->past = mt->future = shift(c, 0, u == 1 ? 7 : 3);
        if (mt->past.prec > 2) mt->past.prec = mt->future.prec = 2;
      }
      return re;
    }
    return 0;
  }

  if (weq(s, p, we, "today") || weq(s, p, we, "tonight") ||
      weq(s, p, we, "yesterday") || weq(s, p, we, "tomorrow")) {
    long n = weq(s, p, we, "yesterday") ? -1 : weq(s, p, we, "tomorrow") ? 1 : 0;
    if (we < e && (s[we] == '-' )) return 0; /* "today-style" */
    if (prev_word(c, p, &ps, &pe) && weq(s, ps, pe, "usa")) return 0;
    mt->relative = 1;
    mt->fut = n > 0;
    if (doc_ok(c, 1)) mt->past = mt->future = shift(c, 0, n);
    return n ? part_of_day(c, we) : we;
  }

  /* "four years ago", "a week ago", "a decade ago", "two days later", "a
  ** day after the vote"; vague counts: "a few days ago", "several years
  ** ago", "years ago", "days later", "in recent years" */
  {
    int n = small_number(s, p, we), few = 0;
    size_t r = skip_sp(s, e, we), re = word_end(s, e, r), t, te;
    if (n == 1 && r > we && !isdg((unsigned char)s[p]) &&
        (weq(s, r, re, "few") || weq(s, r, re, "couple"))) {
      /* "a few days", "a couple of weeks" */
      few = 1;
      r = skip_sp(s, e, re);
      re = word_end(s, e, r);
      if (weq(s, r, re, "of")) {
        r = skip_sp(s, e, re);
        re = word_end(s, e, r);
      }
    } else if (n <= 0 && (weq(s, p, we, "several") || weq(s, p, we, "many") ||
                          weq(s, p, we, "recent"))) {
      few = 1;
      n = 1;
      if (weq(s, p, we, "recent") &&
          !(prev_word(c, p, &ps, &pe) && (weq(s, ps, pe, "in") || weq(s, ps, pe, "over"))))
        return 0;
    } else if (n <= 0 && we - p > 3 && (s[we - 1] == 's' || s[we - 1] == 'S') &&
               (unit_of(s, p, we) >= 0 || weq(s, p, we, "decades") || weq(s, p, we, "hours") ||
                weq(s, p, we, "minutes"))) {
      /* "years ago", "days later", "minutes later" */
      few = 2;
      n = 1;
      r = p;
      re = we;
    }
    if (n > 0) {
      int u = unit_of(s, r, re), rec = few == 1 && weq(s, p, we, "recent");
      if (u < 0 && (weq(s, r, re, "decade") || weq(s, r, re, "decades"))) {
        u = 3; /* "a decade ago": ten years */
        n *= 10;
      }
      t = skip_sp(s, e, re);
      te = word_end(s, e, t);
      if (u < 0 && (weq(s, r, re, "hours") || weq(s, r, re, "hour") ||
                             weq(s, r, re, "minutes")))
        u = 4; /* "two hours later": the same day */
      if (u < 0 || (r == we && few != 2) || (re < e && s[re] == '-')) goto not_count;
      if (rec) {
        /* "in recent days / weeks" (this month), "in recent years" (none) */
        if (re == r || !(s[re - 1] == 's' || s[re - 1] == 'S')) return 0;
        if (u >= 2 && u <= 3) {
          mt->vague = 1;
        } else {
          mt->relative = 1;
          if (doc_ok(c, 1)) {
            mt->past = mt->future = shift(c, 0, u == 1 ? -14 : u == 0 ? -3 : 0);
            if (u <= 1 && mt->past.prec > 2) mt->past.prec = mt->future.prec = 2;
          }
        }
        return re;
      }
      if (t > re && (!few || (few == 2 && u == 4)) && (weq(s, t, te, "after") || weq(s, t, te, "before"))) {
        /* "a day after Seoul suspended the pact", "three days before the
           vote": what follows happened N units before (after) the date the
           sentence or story gives; "two days after the summit, ...": the
           clause's date is N units after that of the summit; "hours after
           the truce took effect" (no number): the same day */
        size_t n2 = skip_sp(s, e, te);
        if (n2 > te && n2 < e && isal((unsigned char)s[n2])) {
          int aft = weq(s, t, te, "after");
          mt->relative = 1;
          mt->unit = u == 4 ? 0 : u;
          size_t q0 = p;
          while (q0 > c->start && (s[q0 - 1] == ' ' || s[q0 - 1] == '\n' || s[q0 - 1] == '"')) q0--;
          if (np_ends_clause(c, n2) || (few == 2 && u == 4 && q0 == c->start)) {
            /* a clause after "Hours after" that opens the sentence: what
               follows it is that day too */
            mt->anaphor = 3;
            mt->shift = u == 4 ? 0 : aft ? n : -n;
            if (doc_ok(c, 1)) mt->past = mt->future = shift(c, mt->unit, 0);
          } else {
            mt->anaphor = 2;
            mt->shift = u == 4 ? 0 : aft ? -n : n;
            if (doc_ok(c, 1)) mt->past = mt->future = shift(c, mt->unit, mt->shift);
          }
          return te;
        }
      }
      if (t > re && (weq(s, t, te, "earlier") || weq(s, t, te, "later"))) {
        /* "a day earlier", "two days later", "a year earlier"; "a few days
           later" (the month), "years later" (no date) */
        int dir = weq(s, t, te, "earlier") ? -1 : 1;
        if (few && (u == 2 || u == 3)) {
          mt->vague = 1;
          return te;
        }
        mt->relative = 1;
        mt->anaphor = 1;
        mt->unit = u == 4 ? 0 : few ? 1 : u;
        mt->shift = u == 4 ? 0 : few ? (u == 1 ? 2 * dir : 0) : dir * n;
        if (doc_ok(c, 1)) mt->past = mt->future = shift(c, mt->unit, mt->shift);
        return te;
      }
      if (t > re && weq(s, t, te, "ago")) {
        if (few && (u == 2 || u == 3)) {
          mt->vague = 1; /* "several years ago", "decades ago" */
          return te;
        }
        mt->relative = 1;
        if (doc_ok(c, 1)) {
          if (u == 4) mt->past = mt->future = shift(c, 0, 0);
          else if (few) mt->past = mt->future = shift(c, 0, u == 1 ? -14 : -3);
          else mt->past = mt->future = shift(c, u, -(long)n);
          if (u == 1 || (few && u == 0))
            mt->past.prec = mt->future.prec = c->doc.prec < 2 ? c->doc.prec : 2;
        }
        return te;
      }
      if (u == 4 && few == 2 && prev_word(c, r, &ps, &pe) && weq(s, ps, pe, "within") &&
          t > re && weq(s, t, te, "of")) {
        /* "Within hours of the signing, Trump welcomed the outcome": the
           day of the act the noun phrase names, as "hours after the
           signing" (not "within hours of the attack" inside a clause of its
           own: "the talks resumed within hours of the attack" is the talks') */
        size_t n2 = skip_sp(s, e, te), qs, qe;
        if (n2 > te && n2 < e && isal((unsigned char)s[n2]) && np_ends_clause(c, n2) &&
            !prev_word(c, ps, &qs, &qe)) {
          story_day(c, mt, ps, 3);
          return te;
        }
      }
      if (u == 4 && few == 2 && prev_word(c, r, &ps, &pe) && weq(s, ps, pe, "within") &&
          !(t > re && weq(s, t, te, "of"))) {
        /* "Within hours, leaders across the EU posted messages of support":
           the day the story gave last */
        story_day(c, mt, ps, 1);
        return re;
      }
    }
  }
not_count:
  if (isdg((unsigned char)s[p])) return 0;

  /* Weekdays, possibly "Monday, June 13, 2016" */
  if ((x = wday_at(s, e, p, &q)) >= 0) {
    static const char *const named_before[] = {"good", "black", "bloody",
      "ash", "palm", "holy", "maundy", "cyber", "super", "easter", NULL};
    static const char *const papers[] = {"times", "telegraph", "express",
      "mirror", "post", "herald", "independent", "star", "mail", "people",
      "sport", "prayers", "prayer", "school", NULL};
    size_t r = q, n2 = skip_sp(s, e, q), n2e = word_end(s, e, n2);
    /* "Good Friday", "the Sunday Times", "Friday prayers": names */
    if (prev_word(c, p, &ps, &pe) && isup((unsigned char)s[ps]) &&
        in_list(s, ps, pe, named_before))
      return 0;
    if (n2 > q && in_list(s, n2, n2e, papers)) return 0;
    if (r < e && s[r] == ',') r++;
    r = skip_sp(s, e, r);
    if (r > q) {
      size_t t = month_first(s, e, r, &y, &m, &d);
      if (t && d) return resolve_ymd(c, y, m, d, mt) ? t : 0;
    }
    {
      /* "Tuesday last week", "Monday of next week": that day of that week
         (weeks from Monday) */
      size_t a = n2, ae = n2e, b, be;
      int dir;
      if (weq(s, a, ae, "of")) {
        a = skip_sp(s, e, ae);
        ae = word_end(s, e, a);
      }
      b = skip_sp(s, e, ae);
      be = word_end(s, e, b);
      dir = !(n2 > q && b > ae && weq(s, b, be, "week")) ? 9
          : weq(s, a, ae, "last") ? -1 : weq(s, a, ae, "next") ? 1 : weq(s, a, ae, "this") ? 0 : 9;
      if (dir != 9) {
        mt->relative = 1;
        if (doc_ok(c, 3))
          mt->past = mt->future = add_days(c->doc, 7 * dir + x - weekday(c->doc.y, c->doc.m, c->doc.d));
        else if (doc_ok(c, 1))
          mt->past = mt->future = c->doc;
        return be;
      }
    }
    resolve_wday(c, x, 0, mt);
    /* "Monday's" */
    return part_of_day(c, q);
  }

  /* Month-first absolutes and months in context */
  if ((m = month_at(s, e, p, &q, &abbr)) != 0) {
    size_t t = month_first(s, e, p, &y, &m, &d);
    int dy;
    if (!t) return 0;
    if (d || y) {
      if (!y && d && (q = year_suffix(c, t, &dy)) != 0) {
        mt->relative = 1;
        mt->fut = dy > 0;
        if (doc_ok(c, 1) && valid(c->doc.y + dy, m, d))
          mt->past = mt->future = mk(c->doc.y + dy, m, d);
        return q;
      }
      return resolve_ymd(c, y, m, d, mt) ? t : 0;
    }
    /* bare month name: needs context */
    if ((q = year_suffix(c, t, &dy)) != 0) {
      mt->relative = 1;
      mt->fut = dy > 0;
      if (doc_ok(c, 1)) mt->past = mt->future = mk(c->doc.y + dy, m, 0);
      return q;
    }
    if (!prev_word(c, p, &ps, &pe)) return 0;
    if (weq(s, ps, pe, "the") && m != 5) {
      /* "the November election", not "the March in Iraq" */
      static const char *const fn[] = {"in", "on", "at", "of", "to", "for",
        "and", "or", "by", "with", "from", "as", "is", "was", "has", "had",
        "that", "the", "a", NULL};
      size_t n2 = skip_sp(s, e, t), n2e = word_end(s, e, n2);
      if (n2 == t || n2e == n2 || isup((unsigned char)s[n2]) ||
          in_list(s, n2, n2e, fn))
        return 0;
    } else if (!in_list(s, ps, pe, m == 5 ? may_preps : month_preps)) {
      return 0;
    }
    resolve_month(c, m, 0, mt);
    return t;
  }

  /* Seasons */
  {
    size_t ps2, pe2;
    int had_the = prev_word(c, p, &ps2, &pe2) && weq(s, ps2, pe2, "the");
    if ((q = season_expr(c, p, had_the, mt)) != 0) return q;
  }
  return 0;
}

/* Can an expression start with the word s[p,we)? A filter on its first two
** letters (those of every month, weekday, season, number word and
** modifier the matchers know), so that most words cost two lookups; the
** words it lets through are then compared whole (case-insensitively) with
** the start words of match_at, eight letters packed in one integer. */

/* The start words of match_at of up to eight letters, packed as start_word
** packs them, in ascending order (a binary search finds one; the coder's
** set of start words, dyad__date_set_init, is built from the same table). */
static const uint64_t start_keys[] = {
  'a', K2('a', 'n'), K3('f', 'e', 'b'), K3('d', 'e', 'c'), K3('m', 'i', 'd'), K3('o', 'n', 'e'),
  K3('e', 'v', 'e'), K3('a', 'u', 'g'), K3('j', 'u', 'l'), K3('j', 'a', 'n'), K3('t', 'e', 'n'),
  K3('j', 'u', 'n'), K3('t', 'w', 'o'), K3('s', 'e', 'p'), K3('m', 'a', 'r'), K3('a', 'p', 'r'),
  K3('o', 'c', 't'), K3('n', 'o', 'v'), K3('s', 'i', 'x'), K3('d', 'a', 'y'), K3('m', 'a', 'y'),
  K4('s', 'a', 'm', 'e'), K4('n', 'i', 'n', 'e'), K4('j', 'u', 'n', 'e'), K4('l', 'a', 't', 'e'),
  K4('f', 'i', 'v', 'e'), K4('w', 'e', 'e', 'k'), K4('f', 'a', 'l', 'l'), K4('t', 'h', 'e', 'n'),
  K4('y', 'e', 'a', 'r'), K4('f', 'o', 'u', 'r'), K4('t', 'h', 'i', 's'), K4('d', 'a', 'y', 's'),
  K4('t', 'h', 'a', 't'), K4('s', 'e', 'p', 't'), K4('l', 'a', 's', 't'), K4('p', 'a', 's', 't'),
  K4('n', 'e', 'x', 't'), K4('j', 'u', 'l', 'y'), K4('m', 'a', 'n', 'y'), K5('t', 'h', 'i', 'r', 'd'),
  K5('t', 'h', 'r', 'e', 'e'), K5('m', 'a', 'r', 'c', 'h'), K5('f', 'i', 'f', 't', 'h'),
  K5('t', 'e', 'n', 't', 'h'), K5('n', 'i', 'n', 't', 'h'), K5('m', 'o', 'n', 't', 'h'),
  K5('s', 'i', 'x', 't', 'h'), K5('a', 'p', 'r', 'i', 'l'), K5('s', 'e', 'v', 'e', 'n'),
  K5('l', 'a', 't', 'e', 'r'), K5('w', 'e', 'e', 'k', 's'), K5('y', 'e', 'a', 'r', 's'),
  K5('h', 'o', 'u', 'r', 's'), K5('e', 'i', 'g', 'h', 't'), K5('n', 'i', 'g', 'h', 't'),
  K5('f', 'i', 'r', 's', 't'), K5('t', 'o', 'd', 'a', 'y'), K5('e', 'a', 'r', 'l', 'y'),
  K6('s', 'e', 'c', 'o', 'n', 'd'), K6('t', 'w', 'e', 'l', 'v', 'e'), K6('c', 'o', 'm', 'i', 'n', 'g'),
  K6('s', 'p', 'r', 'i', 'n', 'g'), K6('e', 'i', 'g', 'h', 't', 'h'), K6('f', 'o', 'u', 'r', 't', 'h'),
  K6('e', 'l', 'e', 'v', 'e', 'n'), K6('a', 'u', 't', 'u', 'm', 'n'), K6('s', 'u', 'm', 'm', 'e', 'r'),
  K6('w', 'i', 'n', 't', 'e', 'r'), K6('m', 'o', 'n', 't', 'h', 's'), K6('r', 'e', 'c', 'e', 'n', 't'),
  K6('a', 'u', 'g', 'u', 's', 't'), K6('f', 'r', 'i', 'd', 'a', 'y'), K6('m', 'o', 'n', 'd', 'a', 'y'),
  K6('s', 'u', 'n', 'd', 'a', 'y'), K7('w', 'e', 'e', 'k', 'e', 'n', 'd'),
  K7('e', 'v', 'e', 'n', 'i', 'n', 'g'), K7('m', 'o', 'r', 'n', 'i', 'n', 'g'),
  K7('t', 'w', 'e', 'l', 'f', 't', 'h'), K7('s', 'e', 'v', 'e', 'n', 't', 'h'),
  K7('s', 'e', 'v', 'e', 'r', 'a', 'l'), K7('o', 'c', 't', 'o', 'b', 'e', 'r'),
  K7('e', 'a', 'r', 'l', 'i', 'e', 'r'), K7('d', 'e', 'c', 'a', 'd', 'e', 's'),
  K7('m', 'i', 'n', 'u', 't', 'e', 's'), K7('t', 'o', 'n', 'i', 'g', 'h', 't'),
  K7('t', 'u', 'e', 's', 'd', 'a', 'y'), K7('j', 'a', 'n', 'u', 'a', 'r', 'y'),
  K8('e', 'l', 'e', 'v', 'e', 'n', 't', 'h'), K8('d', 'e', 'c', 'e', 'm', 'b', 'e', 'r'),
  K8('n', 'o', 'v', 'e', 'm', 'b', 'e', 'r'), K8('p', 'r', 'e', 'v', 'i', 'o', 'u', 's'),
  K8('t', 'o', 'm', 'o', 'r', 'r', 'o', 'w'), K8('s', 'a', 't', 'u', 'r', 'd', 'a', 'y'),
  K8('t', 'h', 'u', 'r', 's', 'd', 'a', 'y'), K8('f', 'e', 'b', 'r', 'u', 'a', 'r', 'y')
};
static const char *const start9[] = {"september", "wednesday", "yesterday", "following"};

static int start_word(const char *s, size_t p, size_t n, size_t end) {
  uint64_t k = 0;
  size_t i;
  if (n == 9) {
    for (i = 0; i < sizeof start9 / sizeof start9[0]; i++)
      if (weqv(s, p, p + n, start9[i])) return 1;
    return 0;
  }
  if (n < 1 || n > 8) return 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (p + 8 <= end) { /* [p, p + n) are ASCII letters: lower case is | 0x20 */
    memcpy(&k, s + p, 8);
    k = (k | 0x2020202020202020ull) & (~0ull >> (8 * (8 - n)));
  } else
#else
  (void)end;
#endif
  {
    for (i = 0; i < n; i++) k |= (uint64_t)(unsigned char)lower((unsigned char)s[p + i]) << (8 * i);
  }
  {
    size_t lo = 0, hi = sizeof start_keys / sizeof start_keys[0];
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (start_keys[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < sizeof start_keys / sizeof start_keys[0] && start_keys[lo] == k;
  }
}

static int trigger(const char *s, size_t p, size_t we, size_t end) {
#define L1(c) (1u << ((c) - 'a'))
  static const uint32_t second[26] = {
    /* a */ L1('n') | L1('p') | L1('u'), /* b */ 0, /* c */ L1('o'), /* d */ L1('a') | L1('e'),
    /* e */ L1('a') | L1('i') | L1('l') | L1('v'),
    /* f */ L1('a') | L1('e') | L1('i') | L1('o') | L1('r'), /* g */ 0, /* h */ L1('o'),
    /* i */ 0, /* j */ L1('a') | L1('u'), /* k */ 0, /* l */ L1('a'),
    /* m */ L1('a') | L1('i') | L1('o'), /* n */ L1('e') | L1('i') | L1('o'),
    /* o */ L1('c') | L1('n'), /* p */ L1('a') | L1('r'), /* q */ 0, /* r */ L1('e'),
    /* s */ L1('a') | L1('e') | L1('i') | L1('p') | L1('u'),
    /* t */ L1('e') | L1('h') | L1('o') | L1('u') | L1('w'), /* u */ 0, /* v */ 0,
    /* w */ L1('e') | L1('i'), /* x */ 0, /* y */ L1('e'), /* z */ 0};
#undef L1
  int a = lower((unsigned char)s[p]), b;
  if (a < 'a' || a > 'z') return 0;
  if (we - p == 1) return a == 'a';
  if (we - p > 9) return 0;
  b = lower((unsigned char)s[p + 1]);
  return b >= 'a' && b <= 'z' && (second[a - 'a'] >> (b - 'a') & 1) &&
         start_word(s, p, we - p, end);
}

/* The context of a scan of text[start, end): the document date parsed. */
static void scan_init(ctx *cx, const char *text, size_t start, size_t end, const char *doc_date) {
  cx->s = text;
  cx->start = start;
  cx->e = end;
  cx->has_doc = 0;
  memset(&cx->doc, 0, sizeof cx->doc);
  if (doc_date) {
    size_t dl = strnlen(doc_date, 16), t0;
    /* an ISO time part does not count: "2016-06-12T17:50:00Z" */
    for (t0 = 0; t0 < dl && doc_date[t0] != 'T' && doc_date[t0] != ' '; t0++) {}
    if (t0 == 10) dl = 10;
    int y = 0, m = 0, d = 0;
    size_t q = iso_at(doc_date, dl, 0, &y, &m, &d);
    if (q && q == dl && valid(y, m, d)) {
      cx->doc = mk(y, m, d);
      cx->has_doc = 1;
    } else if (dl == 4 && (y = year_at(doc_date, dl, 0, &q, 1000, 2999)) != 0) {
      cx->doc = mk(y, 0, 0);
      cx->has_doc = 1;
    }
  }
}

/* The scan of dyad__find_dates_ex from *pp up to lim (a word or an
** expression that starts before lim may end after it): every word start
** that is a digit or passes trigger is tried with match_at; *pp and *pn
** (the count found) go on from where they were. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void scan_dates(const ctx *c, size_t lim, unsigned flags, size_t *pp, size_t *pn,
                              dyad_datex *out, size_t cap) {
  const char *text = c->s;
  size_t start = c->start, end = c->e, p = *pp, n = *pn;
  while (p < lim) {
    unsigned char ch = (unsigned char)text[p];
    if (!alnum_byte[ch]) { /* spaces and punctuation */
      p++;
      continue;
    }
    if (p == start || !alnum_byte[(unsigned char)text[p - 1]]) {
      match mt;
      size_t q = 0, we = p;
      if (isdg(ch)) {
        q = match_at(c, p, &mt); /* fills mt */
      } else {
        we = word_end8(text, end, p);
        if (trigger(text, p, we, end) && !number_word_alone(c, p, we))
          q = match_at(c, p, &mt);
        else
          mt.relative = 0;        /* unused; keeps checkers calm */
      }
      if (q > p) {
        if (n < cap) {
          dyad_datex *x = &out[n];
          int fut = 0;
          memset(x, 0, sizeof *x);
          x->start = (uint32_t)(mt.start < p ? mt.start : p); /* "the previous day" */
          x->end = (uint32_t)q;
          x->anaphor = (uint8_t)mt.anaphor;
          x->unit = (uint8_t)mt.unit;
          x->shift = (int16_t)mt.shift;
          x->vague = (uint8_t)mt.vague;
          x->relative = mt.relative;
          x->tense_dependent = (uint8_t)mt.tense;
          fmt(&mt.past, 3, x->value_past);
          fmt(&mt.future, 3, x->value_future);
          if (mt.tense) {
            if (flags & DYAD_DATES_FUTURE) fut = 1;
            else if (flags & DYAD_DATES_AUTO_TENSE) {
              size_t cs, ce;
              int lt, lt2, st;
              clause_of(text, start, end, p, q, &cs, &ce);
              lt = local_tense(text, cs, ce, p, q, 6);
              if (lt == 1 || lt == -1) fut = lt > 0;
              else if (lt == 0 && ((lt2 = local_tense(text, cs, ce, p, q, 16)) == 1 || lt2 == -1))
                fut = lt2 > 0; /* "met China in the first week of June", "declared a state of
                                 emergency for 60 days on Sunday ... ahead of January
                                 elections": the clause's verb further back */
              else if (dyad__future_cue(text, cs, ce)) fut = 1;
              else if (lt == 0 && (st = sentence_tense(text, start, cs)) != 0) fut = st > 0;
              else if (mt.nearest) {
                /* month-only ends count from the 15th; a tie is past */
                long dd = days_from_civil(c->doc.y, c->doc.m, c->doc.d ? c->doc.d : 15);
                long fd = days_from_civil(mt.future.y, mt.future.m,
                                          mt.future.d ? mt.future.d : 15) - dd;
                long pd = dd - days_from_civil(mt.past.y, mt.past.m,
                                               mt.past.d ? mt.past.d : 15);
                fut = fd < pd;
              }
            }
          }
          if (!mt.tense) fut = mt.fut;
          x->future = (uint8_t)fut;
          memcpy(x->value, fut ? x->value_future : x->value_past, 11);
          x->precision = (uint8_t)(x->value[0] ? (strlen(x->value) == 10 ? 3
                                   : strlen(x->value) == 7 ? 2 : 1) : 0);
        }
        n++;
        p = q;
        continue;
      }
      /* the rest of the word or number ([p, we) are letters) */
      p = we;
      while (p < end && alnum_byte[(unsigned char)text[p]]) p++;
      continue;
    }
    p++;
  }
  *pp = p;
  *pn = n;
}

size_t dyad__find_dates_ex(const char *text, size_t start, size_t end,
                           const char *doc_date, unsigned flags,
                           dyad_datex *out, size_t cap) {
  ctx c;
  size_t p = start, n = 0;
  if (!text || start >= end) return 0;
  scan_init(&c, text, start, end, doc_date);
  scan_dates(&c, end, flags, &p, &n, out, cap);
  return n;
}

void dyad__date_set_init(uint64_t set[DYAD_DATE_SET], uint64_t (*hash)(const char *, size_t)) {
  memset(set, 0, DYAD_DATE_SET * sizeof *set);
  for (size_t i = 0; i < sizeof start_keys / sizeof start_keys[0] + sizeof start9 / sizeof start9[0]; i++) {
    char w[16];
    size_t n = 0;
    if (i < sizeof start_keys / sizeof start_keys[0])
      for (uint64_t k = start_keys[i]; k; k >>= 8) w[n++] = (char)(k & 0xff);
    else
      for (const char *q = start9[i - sizeof start_keys / sizeof start_keys[0]]; *q; q++) w[n++] = *q;
    dyad__hset_add(set, DYAD_DATE_SET, hash(w, n));
  }
}

size_t dyad__find_dates_tok(const char *text, size_t start, size_t end, const dyad_token *tok,
                            const uint64_t *hash, size_t ntok, const uint64_t *set,
                            const char *doc_date, dyad_datex *out, size_t cap) {
  ctx c;
  size_t p = start, n = 0;
  if (!text || start >= end) return 0;
  scan_init(&c, text, start, end, doc_date);
  /* Only tokens that may hold a word start the scan would try are scanned:
  ** every ASCII letter or digit lies in a token; a punctuation token holds
  ** none; a token of ASCII letters only (and no letter right after it) holds
  ** one word start at most, its first byte, and that word is the token: it
  ** can pass trigger only if it is a start word (its hash in set). Any other
  ** token (digits, '-', '.', an apostrophe, non-ASCII bytes) is scanned
  ** byte by byte as before. */
  for (size_t j = 0; j < ntok; j++) {
    size_t a = tok[j].start, b = tok[j].end;
    if (b <= p || (tok[j].flags & DYAD_TOK_PUNCT)) continue;
    if (!dyad__hset_has(set, DYAD_DATE_SET, hash[j]) &&
        ((tok[j].flags & DYAD_TOK_ALPHA) ? b >= end || alnum_byte[(unsigned char)text[b]] != 2 /* (the tokeniser's word of letters) */
                                         : word_end8(text, end, a) == b))
      continue;
    if (p < a) p = a;
    scan_dates(&c, b, DYAD_DATES_AUTO_TENSE, &p, &n, out, cap);
  }
  return n;
}

size_t dyad__find_dates(const char *text, size_t start, size_t end,
                        const char *doc_date, dyad_datex *out, size_t cap) {
  return dyad__find_dates_ex(text, start, end, doc_date, DYAD_DATES_AUTO_TENSE,
                             out, cap);
}

int dyad__date_anaphor(const dyad_datex *x, const char *ref, char out[11]) {
  ctx c;
  cdate r;
  size_t rl, q;
  int y = 0, m = 0, d = 0;
  out[0] = 0;
  if (!x || !x->anaphor || !ref) return 0;
  rl = strnlen(ref, 11);
  q = iso_at(ref, rl, 0, &y, &m, &d);
  memset(&c, 0, sizeof c);
  if (q && q == rl && valid(y, m, d)) {
    c.doc = mk(y, m, d);
  } else if (rl == 4 && (y = year_at(ref, rl, 0, &q, 1000, 2999)) != 0) {
    c.doc = mk(y, 0, 0);
  } else {
    return 0;
  }
  c.has_doc = 1;
  r = shift(&c, x->unit <= 3 ? x->unit : 0, x->shift);
  fmt(&r, 3, out);
  return out[0] != 0;
}
