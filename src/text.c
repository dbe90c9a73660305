/*
** text.c: sentence splitting and tokenisation of cleaned news text (UTF-8).
** One forward pass per paragraph with a byte-class table for ASCII; the only
** allocation is the growing sentence array. Tokenising never allocates.
**
** Sentence boundaries.  Paragraphs ("\n" + optional blanks + "\n") and the
** headline (doc->title_end) are hard boundaries; a single "\n" is a space.
** Inside a paragraph a boundary is a run of . ? ! or U+2026, then any closing
** quotes/brackets, then white space.  Whether a period ends the sentence
** depends on the word before it and on what follows:
**   - titles (Mr. Dr. Gov. Lt. Gen. Sen. ...), "No." before a number,
**     "vs." "e.g." never end a sentence;
**   - months (Feb. Jan.) do not before a number, "(" or a lower-case word;
**   - US/Canadian state abbreviations (Mo. Calif. Ont.), corporate and
**     similar (Inc. Corp. Co. Ltd. Jr. Govt. St. Mt.), dotted acronyms (U.S. U.N.
**     N.K. B.C.) and initials (E.) end one only when the next word is a
**     capitalised common sentence opener ("The", "He", "But", ...) and never
**     inside a headline;
**   - any other word ends one unless what follows is punctuation (",", "-",
**     "..."); a lower-case continuation after a plain word is taken as a
**     sentence the wire truncated ("... region. sanctions on Sudan"), and a
**     parenthesis only when it holds a sentence ("(See below.)"), not for a
**     credit ("Sep 24. (Xinhua Photo).");
**   - ? and ! end one unless a lower-case word or "(" follows ("Why?” he
**     asked"); an ellipsis only before a capital or an opening quote.
** DYAD_SENT_QUOTE marks a sentence whose letters all lie inside quotation
** marks (curly quotes by their direction; straight ones by context).
**
** Tokens.  Words are letters/digits (Unicode categories L, M, Nd via
** utf8proc) with internal "-" (Kim Jong-un, ambassador-at-large, also
** Seoul-Moscow: split on "-" yourself if you need the parts), internal
** apostrophes (won't, O'Brien, I’m) and dotted acronyms kept whole with their
** final period ("U.S.", "U.N.", "N.K.", "a.m.").  Known abbreviations and
** initials keep their period ("Gov.", "Feb.", "E.", "Inc.", "No." before a
** number); other periods are PUNCT tokens.
** Possessives: a final "'s" / "’s" is split off as its own WORD token whose
** text is "'s" or "’s" ("Yun’s" -> "Yun" "’s"; "U.N.’s" -> "U.N." "’s"),
** so the coder sees possession by testing the token text.  A trailing
** apostrophe after a plural ("countries’") is a separate PUNCT|QUOTE token.
** Numbers ("2,270", "51.9", "155") are WORD|NUMBER; "1990s" and "155mm" are
** WORD.  Quotation marks (" “ ” ‘ ’ ' « » „) are PUNCT|QUOTE.  "..." and
** "--" are single PUNCT tokens; other punctuation is one token per code
** point.  CAP: the first code point is upper/title case.
*/
#include "dyad.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---------------------------------------------------------------------------
** Byte classes (ASCII) and UTF-8 helpers
** ------------------------------------------------------------------------- */

enum {
  C_OTHER = 0, /* other punctuation/symbols */
  C_SPACE,     /* space, tab, CR, VT, FF */
  C_NL,        /* \n */
  C_LOWER,
  C_UPPER,
  C_DIGIT,
  C_TERM,      /* . ? ! */
  C_DQ,        /* " */
  C_SQ,        /* ' */
  C_OPEN,      /* ( [ { */
  C_CLOSE,     /* ) ] } */
  C_HIGH,      /* >= 0x80: lead or continuation byte */
  C_NUL        /* control bytes, treated as space */
};

/* ASCII letter or digit (C_LOWER, C_UPPER, C_DIGIT are consecutive) */
#define IS_ALNUM_CLS(k) ((unsigned)((k) - C_LOWER) <= (unsigned)(C_DIGIT - C_LOWER))

static const unsigned char cls[256] = {
  /* 0x00 */ C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL,
  /* 0x08 */ C_NUL, C_SPACE, C_NL, C_SPACE, C_SPACE, C_SPACE, C_NUL, C_NUL,
  /* 0x10 */ C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL,
  /* 0x18 */ C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL, C_NUL,
  /* ' '  */ C_SPACE, C_TERM, C_DQ, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_SQ,
  /* '('  */ C_OPEN, C_CLOSE, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_TERM, C_OTHER,
  /* '0'  */ C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT,
  /* '8'  */ C_DIGIT, C_DIGIT, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_TERM,
  /* '@'  */ C_OTHER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
  /* 'H'  */ C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
  /* 'P'  */ C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
  /* 'X'  */ C_UPPER, C_UPPER, C_UPPER, C_OPEN, C_OTHER, C_CLOSE, C_OTHER, C_OTHER,
  /* '`'  */ C_OTHER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
  /* 'h'  */ C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
  /* 'p'  */ C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
  /* 'x'  */ C_LOWER, C_LOWER, C_LOWER, C_OPEN, C_OTHER, C_CLOSE, C_OTHER, C_NUL,
  /* 0x80 .. 0xFF */
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
  C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH, C_HIGH,
};

/* Decodes one code point at s[i] (i < n, s[i] >= 0x80). Invalid or truncated
** sequences decode as one byte of U+FFFD so scanning always advances. */
static int32_t u8dec_multi(const unsigned char *s, size_t i, size_t n, size_t *len) {
  unsigned c = s[i];
  if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
    *len = 2;
    return (int32_t)(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
  }
  if (c >= 0xE0 && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
      (s[i + 2] & 0xC0) == 0x80) {
    int32_t cp = (int32_t)(((c & 0x0F) << 12) | ((s[i + 1] & 0x3Fu) << 6) |
                           (s[i + 2] & 0x3Fu));
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) { *len = 3; return cp; }
  }
  if (c >= 0xF0 && c <= 0xF4 && i + 3 < n && (s[i + 1] & 0xC0) == 0x80 &&
      (s[i + 2] & 0xC0) == 0x80 && (s[i + 3] & 0xC0) == 0x80) {
    int32_t cp = (int32_t)(((c & 0x07) << 18) | ((s[i + 1] & 0x3Fu) << 12) |
                           ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu));
    if (cp >= 0x10000 && cp <= 0x10FFFF) { *len = 4; return cp; }
  }
  *len = 1;
  return 0xFFFD;
}

/* One code point at s[i] (i < n): ASCII inline, the rest by u8dec_multi */
static inline int32_t u8dec(const unsigned char *s, size_t i, size_t n, size_t *len) {
  if (s[i] < 0x80) {
    *len = 1;
    return (int32_t)s[i];
  }
  return u8dec_multi(s, i, n, len);
}

/* Decodes the code point that ends just before s[i] (i > lo). */
static int32_t u8prev(const unsigned char *s, size_t lo, size_t i, size_t *len) {
  size_t j = i - 1, l;
  while (j > lo && i - j < 4 && (s[j] & 0xC0) == 0x80) j--;
  int32_t cp = u8dec(s, j, i, &l);
  if (j + l != i) { *len = 1; return 0xFFFD; }
  *len = l;
  return cp;
}

static int u_space(int32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 9 && cp <= 13) || cp < 32;
  switch (cp) {
  case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
  case 0x205F: case 0x3000: case 0xFEFF: case 0x200B:
    return 1;
  default:
    return cp >= 0x2000 && cp <= 0x200A;
  }
}

static int u_letter(int32_t cp) { /* letter, mark or decimal digit */
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND);
}

static int u_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int u_lower(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int u_alnum(int32_t cp) {
  if (cp < 0x80) {
    int k = cls[cp];
    return k == C_LOWER || k == C_UPPER || k == C_DIGIT;
  }
  return u_letter(cp);
}

/* Opening and closing marks for the boundary rules. */
static int u_opener(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '{' ||
         cp == 0x201C || cp == 0x2018 || cp == 0x00AB || cp == 0x201E ||
         cp == 0x2039;
}

static int u_closer(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' ||
         cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A;
}

static int u_quote(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D ||
         cp == 0x2018 || cp == 0x2019 || cp == 0x00AB || cp == 0x00BB ||
         cp == 0x201E || cp == 0x201A || cp == 0x2039 || cp == 0x203A;
}

/* ---------------------------------------------------------------------------
** Abbreviations
** ------------------------------------------------------------------------- */

enum {
  AB_NONE = 0, /* a plain word */
  AB_TITLE,    /* never ends a sentence */
  AB_NUMBER,   /* "No.", "Nos.": abbreviation only before a digit */
  AB_MONTH,    /* Feb.: not before a digit, "(" or lower case */
  AB_WEAK,     /* state, corporate, dotted, initial: ends only before a
                  common sentence opener, never inside a headline */
  AB_DOTTED,   /* dotted acronym (U.S.): as AB_WEAK */
  AB_INITIAL   /* single capital letter: as AB_WEAK */
};

typedef struct { const char *s; unsigned char kind; } abbrev;

/* Sorted by strcmp (byte order: upper case before lower case). */
static const abbrev abbrevs[] = {
  {"Adm", AB_TITLE}, {"Ala", AB_WEAK}, {"Alta", AB_WEAK},
  {"Amb", AB_TITLE}, {"Apr", AB_MONTH}, {"Ariz", AB_WEAK},
  {"Ark", AB_WEAK}, {"Art", AB_TITLE}, {"Assn", AB_WEAK},
  {"Aug", AB_MONTH}, {"Ave", AB_WEAK}, {"Bhd", AB_WEAK},
  {"Blvd", AB_WEAK}, {"Brig", AB_TITLE}, {"Bros", AB_WEAK},
  {"Calif", AB_WEAK}, {"Capt", AB_TITLE}, {"Cdr", AB_TITLE},
  {"Cmdr", AB_TITLE}, {"Co", AB_WEAK}, {"Col", AB_TITLE},
  {"Colo", AB_WEAK}, {"Conn", AB_WEAK}, {"Corp", AB_WEAK},
  {"Cos", AB_WEAK}, {"Cpl", AB_TITLE}, {"Dec", AB_MONTH},
  {"Del", AB_WEAK}, {"Dept", AB_WEAK}, {"Det", AB_TITLE},
  {"Dr", AB_TITLE}, {"Esq", AB_WEAK}, {"Feb", AB_MONTH},
  {"Fig", AB_TITLE}, {"Fla", AB_WEAK}, {"Fr", AB_TITLE},
  {"Ft", AB_TITLE}, {"Ga", AB_WEAK}, {"Gen", AB_TITLE},
  {"Gens", AB_TITLE}, {"Gov", AB_TITLE}, {"Govs", AB_TITLE},
  {"Govt", AB_WEAK}, {"Hon", AB_TITLE}, {"Ill", AB_WEAK},
  {"Inc", AB_WEAK}, {"Ind", AB_WEAK}, {"Insp", AB_TITLE},
  {"Jan", AB_MONTH}, {"Jr", AB_WEAK}, {"Jul", AB_MONTH},
  {"Jun", AB_MONTH}, {"Kan", AB_WEAK}, {"Kans", AB_WEAK},
  {"Ky", AB_WEAK}, {"La", AB_WEAK}, {"Lt", AB_TITLE},
  {"Ltd", AB_WEAK}, {"Maj", AB_TITLE}, {"Man", AB_WEAK},
  {"Mar", AB_MONTH}, {"Mass", AB_WEAK}, {"Md", AB_WEAK},
  {"Messrs", AB_TITLE}, {"Mich", AB_WEAK}, {"Minn", AB_WEAK},
  {"Miss", AB_WEAK}, {"Mlle", AB_TITLE}, {"Mme", AB_TITLE},
  {"Mo", AB_WEAK}, {"Mont", AB_WEAK}, {"Mr", AB_TITLE},
  {"Mrs", AB_TITLE}, {"Ms", AB_TITLE}, {"Msgr", AB_TITLE},
  {"Mt", AB_WEAK}, {"Neb", AB_WEAK}, {"Nev", AB_WEAK},
  {"Nfld", AB_WEAK}, {"No", AB_NUMBER}, {"Nos", AB_NUMBER},
  {"Nov", AB_MONTH}, {"Oct", AB_MONTH}, {"Okla", AB_WEAK},
  {"Ont", AB_WEAK}, {"Op", AB_TITLE}, {"Ore", AB_WEAK},
  {"Pa", AB_WEAK}, {"Pfc", AB_TITLE}, {"Plc", AB_WEAK},
  {"Pres", AB_TITLE}, {"Prof", AB_TITLE}, {"Pte", AB_TITLE},
  {"Pty", AB_WEAK}, {"Pvt", AB_TITLE}, {"Que", AB_WEAK},
  {"Rd", AB_WEAK}, {"Rep", AB_TITLE}, {"Reps", AB_TITLE},
  {"Rev", AB_TITLE}, {"Sask", AB_WEAK}, {"Sec", AB_TITLE}, {"Sen", AB_TITLE},
  {"Sens", AB_TITLE}, {"Sep", AB_MONTH}, {"Sept", AB_MONTH},
  {"Sgt", AB_TITLE}, {"Sr", AB_WEAK}, {"St", AB_WEAK},
  {"Ste", AB_TITLE}, {"Supt", AB_TITLE}, {"Tenn", AB_WEAK},
  {"Tex", AB_WEAK}, {"Va", AB_WEAK}, {"Vol", AB_TITLE},
  {"Vs", AB_TITLE}, {"Vt", AB_WEAK}, {"Wash", AB_WEAK},
  {"Wis", AB_WEAK}, {"Wyo", AB_WEAK}, {"al", AB_WEAK},
  {"approx", AB_TITLE}, {"ca", AB_TITLE}, {"cf", AB_TITLE},
  {"dept", AB_WEAK}, {"esp", AB_TITLE}, {"est", AB_TITLE},
  {"etc", AB_WEAK}, {"ft", AB_WEAK}, {"govt", AB_WEAK},
  {"hrs", AB_WEAK}, {"incl", AB_TITLE}, {"kg", AB_WEAK}, {"km", AB_WEAK},
  {"lb", AB_WEAK}, {"lbs", AB_WEAK}, {"mi", AB_WEAK}, {"mph", AB_WEAK},
  {"no", AB_NUMBER}, {"nos", AB_NUMBER}, {"oz", AB_WEAK}, {"pp", AB_TITLE},
  {"vol", AB_TITLE}, {"vs", AB_TITLE}, {"yrs", AB_WEAK},
};

/* Capitalised words that commonly open a sentence: after a weak
** abbreviation ("U.S.", "Inc.") they signal a new sentence. */
static const char *const openers[] = {
  "A", "According", "After", "Against", "Also", "Although", "An",
  "Analysts", "And", "Another", "As", "At", "Because", "Before", "Both",
  "But", "By", "Critics", "Despite", "During", "Each", "Earlier", "Even",
  "For", "From", "He", "Her", "His", "However", "I", "If", "In", "Instead",
  "It", "Its", "Last", "Later", "Many", "Meanwhile", "Most", "Mr", "Mrs",
  "Ms", "My", "Neither", "No", "Nor", "Now", "Officials", "On", "One",
  "Only", "Or", "Our", "Police", "Since", "So", "Some", "Sources", "Still",
  "Such", "That", "The", "Their", "Then", "There", "These", "They", "This",
  "Those", "Though", "Thus", "To", "Under", "Until", "We", "What", "When",
  "Where", "While", "Who", "Why", "With", "Without", "Yet", "You",
};

/* strncmp(a, s, n) (its sign), then 1 when a is longer than n: the
** table words are a few bytes, so a loop beats the call. */
static int cmp_sn(const char *a, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)s[i];
    if (x != y) return x < y ? -1 : 1;
    if (!x) return 0;
  }
  return a[n] ? 1 : 0;
}

static int abbrev_kind(const char *s, size_t n) {
  size_t lo = 0, hi = sizeof abbrevs / sizeof abbrevs[0];
  if (n > 6) return AB_NONE; /* "Messrs", "approx": the longest entries */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_sn(abbrevs[mid].s, s, n);
    if (c == 0) return abbrevs[mid].kind;
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return AB_NONE;
}

static int is_opener(const char *s, size_t n) {
  size_t lo = 0, hi = sizeof openers / sizeof openers[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_sn(openers[mid], s, n);
    if (c == 0) return 1;
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return 0;
}

/* A word of two or more ASCII letters, not all capitals: after such a word
** a period ends the sentence even before a lower-case word. */
static int plain_word(const char *w, size_t n) {
  size_t i, lower = 0;
  /* closing marks and a period before this one: them.". -> them */
  for (;;) {
    if (n > 0 && (w[n - 1] == '.' || w[n - 1] == '"' || w[n - 1] == '\'' ||
                  w[n - 1] == ')' || w[n - 1] == ']'))
      n--;
    else if (n >= 3 && (unsigned char)w[n - 3] == 0xE2 &&
             (unsigned char)w[n - 2] == 0x80 &&
             ((unsigned char)w[n - 1] == 0x9D || (unsigned char)w[n - 1] == 0x99))
      n -= 3;
    else
      break;
  }
  if (n < 2) return 0;
  for (i = 0; i < n; i++) {
    int k = cls[(unsigned char)w[i]];
    if (k == C_LOWER) lower++;
    else if (k != C_UPPER) return 0;
  }
  return lower > 0;
}

/* Classifies the word w[0,n) that a period follows. */
static int word_kind(const char *w, size_t n) {
  char buf[16];
  size_t i, letters = 0, seg = 0, dots = 0, upper = 0;
  if (n == 0 || n >= sizeof buf) return AB_NONE;
  for (i = 0; i < n; i++) {
    int k = cls[(unsigned char)w[i]];
    if (k == C_LOWER || k == C_UPPER) {
      letters++;
      upper += k == C_UPPER;
      if (++seg > 3) seg = 9;
    } else if (w[i] == '.' && seg > 0 && seg <= 3) {
      dots++;
      seg = 0;
    } else {
      return AB_NONE;
    }
  }
  if (dots) return seg >= 1 && seg <= 3 ? AB_DOTTED : AB_NONE;
  if (n == 1) return upper ? AB_INITIAL : AB_NONE;
  int k = abbrev_kind(w, n);
  if (k == AB_NONE && upper == letters) { /* "GOV." in an all-caps line */
    buf[0] = w[0];
    for (i = 1; i < n; i++) buf[i] = (char)(w[i] | 0x20);
    k = abbrev_kind(buf, n);
  }
  return k;
}

/* ---------------------------------------------------------------------------
** Quotation state
** ------------------------------------------------------------------------- */

typedef struct {
  int dq, sq;       /* open double / single quotations */
} qstate;

/* Updates the quotation state for the quote mark cp at [i, i+l). */
static void quote_mark(qstate *q, const unsigned char *s, size_t lo, size_t i,
                       size_t l, size_t hi, int32_t cp) {
  int32_t prev = ' ', next = ' ';
  size_t pl, nl;
  if (i > lo) prev = u8prev(s, lo, i, &pl);
  if (i + l < hi) next = u8dec(s, i + l, hi, &nl);
  int prev_open = u_space(prev) || prev == '(' || prev == '[' ||
                  prev == '-' || prev == 0x2014 || prev == 0x2013 ||
                  prev == 0x201C || prev == 0x2018;
  switch (cp) {
  case 0x201C: case 0x201E: case 0x00AB: q->dq++; break;
  case 0x201D: case 0x00BB: if (q->dq > 0) q->dq--; break;
  case '"':
    if (prev_open && !u_space(next)) q->dq++;
    else if (q->dq > 0) q->dq--;
    break;
  case 0x2018: case 0x2039: q->sq++; break;
  case 0x203A: if (q->sq > 0) q->sq--; break;
  case '\'': case 0x2019:
    if (q->sq > 0 && !u_alnum(next)) q->sq--;
    else if (cp == '\'' && prev_open && u_alnum(next)) q->sq++;
    break;
  default: break;
  }
}

/* ---------------------------------------------------------------------------
** Sentence splitting
** ------------------------------------------------------------------------- */

typedef struct {
  dyad_sentence *v;
  size_t n, cap;
  int err;
} sbuf;

static int push(sbuf *b, const unsigned char *s, size_t a, size_t e,
                uint32_t para, uint32_t flags) {
  size_t l;
  while (a < e && u_space(u8dec(s, a, e, &l))) a += l;
  while (e > a && u_space(u8prev(s, a, e, &l))) e -= l;
  if (a >= e) return 0;
  if (b->n == b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 16;
    dyad_sentence *nv = realloc(b->v, nc * sizeof *nv);
    if (!nv) { b->err = 1; return -1; }
    b->v = nv;
    b->cap = nc;
  }
  b->v[b->n].start = (uint32_t)a;
  b->v[b->n].end = (uint32_t)e;
  b->v[b->n].paragraph = para;
  b->v[b->n].flags = flags;
  b->n++;
  return 1;
}

/* What follows a candidate boundary. */
enum { N_END, N_LOWER, N_UPPER, N_DIGIT, N_QUOTE_UPPER, N_QUOTE_LOWER,
       N_PAREN, N_OTHER };

/* Looks at the text after position k (which is white space or hi). Sets
** *wa and *wn to the ASCII letters of the next word (for the opener test). */
static int next_kind(const unsigned char *s, size_t k, size_t hi,
                     size_t *wa, size_t *wn) {
  size_t l;
  int32_t cp;
  int quoted = 0;
  *wn = 0;
  while (k < hi && u_space(cp = u8dec(s, k, hi, &l))) k += l;
  if (k >= hi) return N_END;
  cp = u8dec(s, k, hi, &l);
  if (cp == '(' || cp == '[') return N_PAREN;
  while (u_opener(cp) && cp != '(' && cp != '[') {
    quoted = 1;
    k += l;
    if (k >= hi) return N_OTHER;
    cp = u8dec(s, k, hi, &l);
  }
  *wa = k;
  while (*wn < 16 && k + *wn < hi && (cls[s[k + *wn]] == C_UPPER ||
                                      cls[s[k + *wn]] == C_LOWER))
    (*wn)++;
  if (*wn >= 16 || (k + *wn < hi && u_alnum(u8dec(s, k + *wn, hi, &l))))
    *wn = 0; /* not a plain ASCII word */
  if (u_upper(cp)) return quoted ? N_QUOTE_UPPER : N_UPPER;
  if (u_lower(cp)) return quoted ? N_QUOTE_LOWER : N_LOWER;
  if (cp >= '0' && cp <= '9') return quoted ? N_QUOTE_UPPER : N_DIGIT;
  if (u_alnum(cp)) return quoted ? N_QUOTE_UPPER : N_UPPER; /* e.g. Hangul */
  return N_OTHER;
}

/* After a sentence-final period, a parenthesis opens a new sentence only
** when it holds one ("(See below.)"), not for a credit ("(Xinhua Photo).").
*/
static int paren_sentence(const unsigned char *s, size_t k, size_t hi) {
  size_t lim, l;
  while (k < hi && u_space(u8dec(s, k, hi, &l))) k += l;
  lim = k + 400 < hi ? k + 400 : hi;
  for (k++; k < lim; k++) {
    if (s[k] == '(' || s[k] == '\n') return 0;
    if (s[k] == ')') {
      size_t j = k;
      while (j > 0 && (s[j - 1] == '"' || s[j - 1] == '\'')) j--;
      return j > 0 && (s[j - 1] == '.' || s[j - 1] == '?' || s[j - 1] == '!');
    }
  }
  return 0;
}

/* Decides whether the terminator run at [i, j) followed by closers up to k
** ends a sentence. `lo` is the sentence start. */
static int is_boundary(const unsigned char *s, size_t lo, size_t i, size_t j,
                       size_t k, size_t hi, int headline) {
  size_t wa = 0, wn = 0;
  int nk = next_kind(s, k, hi, &wa, &wn);
  if (nk == N_END) return 1;
  int q = 0, dots = 0;
  size_t x;
  for (x = i; x < j; x++) {
    if (s[x] == '?' || s[x] == '!') q = 1;
    else if (s[x] == '.') dots++;
    else dots += 2; /* U+2026 bytes */
  }
  if (q) return nk == N_UPPER || nk == N_DIGIT || nk == N_QUOTE_UPPER;
  if (dots > 1) return nk == N_UPPER || nk == N_QUOTE_UPPER;
  /* a single period: classify the word before it */
  size_t a = i, l;
  while (a > lo) {
    int32_t cp = u8prev(s, lo, a, &l);
    if (u_space(cp)) break;
    a -= l;
  }
  while (a < i) { /* strip opening marks */
    int32_t cp = u8dec(s, a, i, &l);
    if (!u_opener(cp)) break;
    a += l;
  }
  for (x = i; x > a; x--) /* "D-N.J." is classified as "N.J." */
    if (s[x - 1] == '-') { a = x; break; }
  int kind = word_kind((const char *)s + a, i - a);
  int opener_next = wn > 0 && is_opener((const char *)s + wa, wn);
  switch (kind) {
  case AB_NONE:
    if (nk == N_LOWER) return plain_word((const char *)s + a, i - a);
    if (nk == N_PAREN) return paren_sentence(s, k, hi);
    return nk != N_OTHER && nk != N_QUOTE_LOWER;
  case AB_TITLE:
    return 0;
  case AB_NUMBER:
    if (nk == N_DIGIT) return 0;
    return nk != N_OTHER && nk != N_QUOTE_LOWER && nk != N_LOWER;
  case AB_MONTH:
    if (nk == N_UPPER) return !headline && opener_next;
    return nk == N_QUOTE_UPPER && !headline;
  default: /* weak, dotted, initial */
    if (headline) return 0;
    if (nk == N_UPPER || nk == N_QUOTE_UPPER) return opener_next;
    return 0;
  }
}

/* The end of the run of ASCII letters at s[j, hi). Eight bytes at a time
** where it can: with y = (w | 0x20..) & 0x7f.., a byte is a letter when
** y + (0x80 - 'a') has its high bit, y + (0x80 - 'z' - 1) has not, and
** the byte itself is below 0x80 (no carry crosses a byte). */
#if defined(__GNUC__)
#define ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE static inline
#endif

ALWAYS_INLINE size_t letter_run(const unsigned char *s, size_t j, size_t hi) {
#if defined(__SSE2__)
  /* sixteen at a time first: (b | 0x20) in 'a'..'z' by signed compares,
  ** which bytes >= 0x80 (negative) fail */
  {
    const __m128i k20 = _mm_set1_epi8(0x20), ka = _mm_set1_epi8('a' - 1), kz = _mm_set1_epi8('z' + 1);
    while (j + 16 <= hi) {
      __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + j)), k20);
      unsigned no = ~(unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, ka), _mm_cmplt_epi8(v, kz))) & 0xFFFFu;
      if (no) return j + (size_t)__builtin_ctz(no);
      j += 16;
    }
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
  while (j + 8 <= hi) {
    uint64_t w, y, no;
    memcpy(&w, s + j, 8);
    y = (w | (ones * 0x20)) & ~high;
    no = ~((y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~w) & high;
    if (no) return j + ((size_t)__builtin_ctzll(no) >> 3);
    j += 8;
  }
#endif
  while (j < hi && (unsigned)(cls[s[j]] - C_LOWER) <= (unsigned)(C_UPPER - C_LOWER)) j++;
  return j;
}

/* The first i' >= i with s[i'] below '0' and not a space, '?', or >= 0x80
** (every byte split_region acts on once the letter flag of its quotation
** state is set: '\n', quotes, terminators, other punctuation), else hi.
** Eight bytes at a time with exact per-byte tests (no carry crosses a
** byte): b < 0x30 when ((b | 0x80) - 0x30) has no high bit. */
static size_t skip_plain(const unsigned char *s, size_t i, size_t hi) {
#if defined(__SSE2__)
  /* sixteen at a time: a signed byte compare below '0' also takes the
  ** bytes >= 0x80 (negative) */
  const __m128i c30 = _mm_set1_epi8(0x30), csp = _mm_set1_epi8(' '), cqm = _mm_set1_epi8('?');
  while (i + 16 <= hi) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i m = _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(v, csp), _mm_cmplt_epi8(v, c30)),
                             _mm_cmpeq_epi8(v, cqm));
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if (bits) return i + (size_t)__builtin_ctz(bits);
    i += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80, lo7 = ones * 0x7F;
  while (i + 8 <= hi) {
    uint64_t w, lt, x, sp, qm, m;
    memcpy(&w, s + i, 8);
    lt = (~((w | high) - ones * 0x30) | w) & high;
    x = w ^ (ones * ' ');
    sp = ~(((x & lo7) + lo7) | x | lo7);
    x = w ^ (ones * '?');
    qm = ~(((x & lo7) + lo7) | x | lo7);
    m = ((lt & ~sp) | qm) & high;
    if (m) return i + ((size_t)__builtin_ctzll(m) >> 3);
    i += 8;
  }
#endif
  while (i < hi && !(s[i] < 0x30 && s[i] != ' ') && s[i] != '?' && s[i] < 0x80) i++;
  return i;
}

/* Splits s[lo, hi) into sentences of paragraphs starting at index *para. */
static void split_region(sbuf *b, const unsigned char *s, size_t lo, size_t hi,
                         uint32_t *para, uint32_t flags, int *emitted) {
  size_t i = lo, start = lo;
  qstate q = {0, 0};
  int outside = 0, inside = 0; /* letters seen outside / inside quotes */
  int newpara = 0;             /* a blank line since the last sentence */

#define EMIT(endpos)                                                       \
  do {                                                                     \
    uint32_t f_ = flags | ((inside && !outside) ? DYAD_SENT_QUOTE : 0);    \
    uint32_t p_ = *para + (uint32_t)(newpara && *emitted);                 \
    int r_ = push(b, s, start, (endpos), p_, f_);                          \
    if (r_ < 0) return;                                                    \
    if (r_ > 0) { *para = p_; *emitted = 1; newpara = 0; }                 \
    outside = inside = 0;                                                  \
  } while (0)

  while (i < hi) {
    unsigned c;
    int k;
    /* letters, digits and the bytes the switch only steps over change
    ** nothing once the flag of the quotation state is set */
    if ((q.dq + q.sq) ? inside : outside) {
      i = skip_plain(s, i, hi);
      if (i >= hi) break;
    }
    c = s[i];
    k = cls[c];
    switch (k) {
    case C_LOWER: case C_UPPER: case C_DIGIT:
      if (q.dq + q.sq) inside = 1; else outside = 1;
      i++;
      /* fast path: rest of an ASCII word */
      while (i < hi && IS_ALNUM_CLS(cls[s[i]])) i++;
      while (i < hi && s[i] == ' ') i++; /* spaces change nothing */
      break;
    case C_SPACE: case C_OTHER: case C_OPEN: case C_CLOSE: case C_NUL:
      i++;
      break;
    case C_NL: {
      size_t j = i + 1;
      while (j < hi && (cls[s[j]] == C_SPACE || cls[s[j]] == C_NUL ||
                        (s[j] == 0xC2 && j + 1 < hi && s[j + 1] == 0xA0)))
        j += s[j] == 0xC2 ? 2 : 1;
      if (j < hi && s[j] == '\n') { /* paragraph break */
        EMIT(i);
        while (j < hi && (cls[s[j]] == C_SPACE || cls[s[j]] == C_NL ||
                          cls[s[j]] == C_NUL))
          j++;
        start = i = j;
        newpara = 1;
        q.dq = q.sq = 0;
      } else {
        i = j;
      }
      break;
    }
    case C_DQ: case C_SQ:
      quote_mark(&q, s, lo, i, 1, hi, (int32_t)c);
      i++;
      break;
    case C_TERM: case C_HIGH: {
      size_t l;
      int32_t cp = k == C_TERM ? (int32_t)c : u8dec(s, i, hi, &l);
      if (k == C_TERM) l = 1;
      if (cp != '.' && cp != '?' && cp != '!' && cp != 0x2026) {
        if (u_quote(cp)) quote_mark(&q, s, lo, i, l, hi, cp);
        else if (u_letter(cp)) {
          if (q.dq + q.sq) inside = 1; else outside = 1;
        }
        i += l;
        break;
      }
      /* terminator run, then closers */
      size_t j = i + l, e;
      while (j < hi) {
        if (s[j] == '.' || s[j] == '?' || s[j] == '!') { j++; continue; }
        if (s[j] == 0xE2 && j + 2 < hi && s[j + 1] == 0x80 && s[j + 2] == 0xA6) {
          j += 3;
          continue;
        }
        break;
      }
      e = j;
      while (e < hi) {
        int32_t c2 = u8dec(s, e, hi, &l);
        if (!u_closer(c2)) break;
        e += l;
      }
      int ws = e >= hi || u_space(u8dec(s, e, hi, &l));
      if (ws && is_boundary(s, start, i, j, e, hi, flags & DYAD_SENT_HEADLINE)) {
        size_t x = j;
        while (x < e) { /* closing quotes belong to this sentence */
          int32_t c2 = u8dec(s, x, e, &l);
          if (u_quote(c2)) quote_mark(&q, s, lo, x, l, hi, c2);
          x += l;
        }
        EMIT(e);
        start = i = e;
      } else {
        i = j;
      }
      break;
    }
    default:
      i++;
      break;
    }
  }
  EMIT(hi);
#undef EMIT
}

/* Splits text into b (its array reused, grown as needed; b->n set). */
static int split_in(const char *text, size_t len, size_t title_end, sbuf *b) {
  uint32_t para = 0;
  int emitted = 0;
  const unsigned char *s = (const unsigned char *)text;
  b->n = 0;
  b->err = 0;
  if (len > UINT32_MAX) return DYAD_ETOOBIG;
  if (len > 0 && b->cap < len / 128 + 8) {
    size_t nc = len / 128 + 8;
    dyad_sentence *nv = realloc(b->v, nc * sizeof *nv);
    if (!nv) return DYAD_ENOMEM;
    b->v = nv;
    b->cap = nc;
  }
  if (title_end > len) title_end = 0;
  if (title_end > 0) {
    split_region(b, s, 0, title_end, &para, DYAD_SENT_HEADLINE, &emitted);
    if (emitted) para++;
    emitted = 0;
  }
  if (!b->err) split_region(b, s, title_end, len, &para, 0, &emitted);
  return b->err ? DYAD_ENOMEM : 0;
}

static int split(const char *text, size_t len, size_t title_end,
                 dyad_sentence **out, size_t *n) {
  sbuf b = {NULL, 0, 0, 0};
  *out = NULL;
  *n = 0;
  int rc = split_in(text, len, title_end, &b);
  if (rc) {
    free(b.v);
    return rc;
  }
  *out = b.v;
  *n = b.n;
  return 0;
}

int dyad__split_sentences_into(const dyad_doc *doc, dyad_sentence **buf, size_t *cap,
                               size_t *n) {
  sbuf b = {*buf, 0, *cap, 0};
  int rc = doc && doc->text ? split_in(doc->text, doc->text_len, doc->title_end, &b) : 0;
  *buf = b.v;
  *cap = b.cap;
  *n = rc ? 0 : b.n;
  return rc;
}

int dyad_split_text(const char *text, size_t len, dyad_sentence **out,
                    size_t *n) {
  return split(text, len, 0, out, n);
}

int dyad_split_sentences(const dyad_doc *doc, dyad_sentence **out, size_t *n) {
  if (!doc || !doc->text) { *out = NULL; *n = 0; return 0; }
  return split(doc->text, doc->text_len, doc->title_end, out, n);
}

/* ---------------------------------------------------------------------------
** Tokenising
** ------------------------------------------------------------------------- */

/* ASCII bytes after letters that scan_word's loop does not stop at at once:
** letters, digits, '.', '-' and the apostrophe. */
static const unsigned char word_cont[128] = {
  ['.'] = 1, ['-'] = 1, ['\''] = 1,
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
  ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
  ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
  ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
  ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
  ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
  ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
  ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
  ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
  ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }

/* Scans a word or number starting at i; returns its end and sets *flags. */
static size_t scan_word(const unsigned char *s, size_t i, size_t hi,
                        uint32_t *flags) {
  size_t a = i, l, l2;
  int32_t cp = u8dec(s, i, hi, &l);
  int alldigits = 1, seg = 0, dotted = 0, seglet = 1, other = 0; /* other: a byte no ASCII letter */
  *flags = DYAD_TOK_WORD | (u_upper(cp) ? DYAD_TOK_CAP : 0);
  while (i < hi) {
    int k = cls[s[i]];
    if (k == C_LOWER || k == C_UPPER) { /* ASCII fast path: a run of letters */
      size_t j = letter_run(s, i + 1, hi);
      alldigits = 0;
      seg += (int)(j - i);
      i = j;
      continue;
    }
    if (k == C_DIGIT) {
      other = 1;
      seglet = 0;
      seg++;
      i++;
      continue;
    }
    if (s[i] == ' ') break; /* what the tests below conclude for a space */
    cp = u8dec(s, i, hi, &l);
    if (cp >= 0x80 && u_alnum(cp)) {
      if (!(cp >= '0' && cp <= '9')) {
        alldigits = 0;
      } else {
        seglet = 0;
      }
      seg++;
      i += l;
      other = 1;
      continue;
    }
    if (i + l >= hi) break;
    int32_t nx = u8dec(s, i + l, hi, &l2);
    int prevdigit = s[i - 1] >= '0' && s[i - 1] <= '9';
    if (cp == ',' && alldigits && prevdigit && i + l + 3 <= hi &&
        cls[s[i + 1]] == C_DIGIT && cls[s[i + 2]] == C_DIGIT &&
        cls[s[i + 3]] == C_DIGIT &&
        (i + 4 >= hi || cls[s[i + 4]] != C_DIGIT)) {
      i += 4; /* 2,270 */
      seg += 3;
      other = 1;
      continue;
    }
    if (cp == '.') {
      if (prevdigit && nx >= '0' && nx <= '9' && alldigits) { /* 51.9 */
        i++;
        other = 1;
        continue;
      }
      if (seglet && seg >= 1 && seg <= 2 && u_alnum(nx) &&
          !(nx >= '0' && nx <= '9') && !alldigits) { /* U.S */
        dotted = 1;
        seg = 0;
        i++;
        other = 1;
        continue;
      }
      break;
    }
    if (is_hyphen(cp) && u_alnum(nx)) {
      if (u_upper(nx)) *flags |= DYAD_TOK_HYPHCAP; /* "Korea-US": maybe two names (the coder asks) */
      i += l; seg = 0; seglet = 1; alldigits = 0;
      other = 1;
      continue;
    }
    if (is_apos(cp) && u_alnum(nx) && !alldigits) {
      /* possessive 's is split off */
      if ((nx == 's' || nx == 'S') &&
          (i + l + 1 >= hi || !u_alnum(u8dec(s, i + l + 1, hi, &l2))))
        break;
      i += l;
      seg = 0;
      other = 1;
      continue;
    }
    break;
  }
  if (alldigits) {
    *flags |= DYAD_TOK_NUMBER;
    return i;
  }
  /* a period that belongs to the word */
  if (i < hi && s[i] == '.') {
    if (dotted && seg >= 1 && seg <= 3 && seglet) return i + 1;
    if (!dotted) {
      int k = word_kind((const char *)s + a, i - a);
      if (k == AB_TITLE || k == AB_MONTH || k == AB_WEAK || k == AB_INITIAL)
        return i + 1;
      if (k == AB_NUMBER) {
        size_t j = i + 1;
        while (j < hi && (s[j] == ' ' || s[j] == '\t')) j++;
        if (j < hi && cls[s[j]] == C_DIGIT) return i + 1;
      }
    }
  }
  if (!other) *flags |= DYAD_TOK_ALPHA;
  return i;
}

size_t dyad_tokenize(const char *text, size_t start, size_t end,
                     dyad_token *buf, size_t cap) {
  const unsigned char *s = (const unsigned char *)text;
  size_t i = start, n = 0, l, l2;
  while (i < end) {
    unsigned c = s[i];
    int k = cls[c];
    uint32_t flags, sw_flags; /* sw_flags: scan_word's (flags stays a register) */
    size_t e;
    if (k == C_LOWER || k == C_UPPER) { /* tested first: the usual byte here */
      /* the common word: ASCII letters, then an ASCII byte that scan_word
      ** would stop at at once (not a digit, '.', '-' or apostrophe) */
      e = letter_run(s, i + 1, end);
      if (e >= end || (s[e] < 0x80 && !word_cont[s[e]]))
        flags = DYAD_TOK_WORD | DYAD_TOK_ALPHA | (k == C_UPPER ? DYAD_TOK_CAP : 0);
      else
        e = scan_word(s, i, end, &sw_flags), flags = sw_flags;
    } else if (k == C_SPACE || k == C_NL || k == C_NUL) {
      i++;
      continue;
    } else if (k == C_DIGIT) {
      e = scan_word(s, i, end, &sw_flags), flags = sw_flags;
    } else {
      int32_t cp = k == C_HIGH ? u8dec(s, i, end, &l) : (int32_t)c;
      if (k != C_HIGH) l = 1;
      if (k == C_HIGH && u_space(cp)) { i += l; continue; }
      if (k == C_HIGH && u_alnum(cp)) {
        e = scan_word(s, i, end, &sw_flags), flags = sw_flags;
      } else if (is_apos(cp) && i > start && i + l < end &&
                 (s[i + l] == 's' || s[i + l] == 'S') &&
                 !u_space(u8prev(s, start, i, &l2)) &&
                 (i + l + 1 >= end || !u_alnum(u8dec(s, i + l + 1, end, &l2)))) {
        /* possessive 's after a word (the word stopped before it) */
        e = i + l + 1;
        flags = DYAD_TOK_WORD;
      } else if (u_quote(cp)) {
        e = i + l;
        flags = DYAD_TOK_PUNCT | DYAD_TOK_QUOTE;
      } else if (cp == '.') { /* "..." is one token, "." and ".." are not */
        e = (i + 2 < end && s[i + 1] == '.' && s[i + 2] == '.') ? i + 3 : i + 1;
        flags = DYAD_TOK_PUNCT;
      } else if (cp == '-') { /* "--" and longer runs are one token */
        e = i + 1;
        while (e < end && s[e] == c) e++;
        flags = DYAD_TOK_PUNCT;
      } else {
        e = i + l;
        flags = DYAD_TOK_PUNCT;
      }
    }
    if (n < cap) {
      buf[n].start = (uint32_t)i;
      buf[n].end = (uint32_t)e;
      buf[n].flags = flags;
    }
    n++;
    i = e;
    while (i < end && s[i] == ' ') i++; /* as the space case above */
  }
  return n;
}
