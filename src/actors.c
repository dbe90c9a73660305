/*
** actors.c: finds actor mentions in one tokenised sentence (dict.h) and
** resolves people by date. Two passes, no allocation: the tokens become
** hashed units and a longest match in the dictionary's hashed trie cuts the
** sentence into segments (each with the senses its phrase may have); then a
** small noun-phrase grammar merges adjacent segments into one mention:
**   [det|his] [two|both] [country adj | country('s) | seat | IGO]
**   [agent words...] [counterpart] [named org] [person] [of COUNTRY]
*/
#include "dict_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define CHUNK_TOKS 128  /* tokens per pass; longer sentences take several */
#define MAXUNITS 512    /* with MAXSEGS: about 29 KB of stack per call */
#define MAXSEGS 256

typedef struct unit {
  uint64_t h;      /* 0: a blocker (punctuation) */
  uint32_t tok;    /* token index */
  uint8_t caps;    /* DYAD__CAP_* */
  uint8_t first;   /* first piece of its token */
  uint8_t last;    /* last piece of its token */
  uint8_t poss;    /* followed by a possessive token ("'s" or "’"); the
                      hash of the piece + "'s" (+ "'" after a plural's
                      apostrophe) is then in the hposs array beside the
                      units */
} unit;

typedef struct seg {
  uint32_t u0, u1;       /* unit range */
  uint32_t tok0, tok1;   /* token range, possessive marker included */
  uint32_t sense;        /* sense list head (+1) */
  uint32_t tcap, tall;   /* the text's case masks over the units */
  uint32_t types;        /* bit per valid sense type */
  uint8_t poss;
} seg;

/* Small helpers of the per-sentence loops: inlined whatever the compiler's
** size heuristics think (each has several call sites). */
#if defined(__GNUC__)
#define HOT static inline __attribute__((always_inline))
#else
#define HOT static inline
#endif

#define T(x) (1u << DYAD__S_##x)
#define MODIFIER (T(ADJ) | T(COUNTRY) | T(SEAT) | T(IGO))

HOT int sense_ok(const dyad__sense *s, uint32_t tcap, uint32_t tall) {
  return !(s->capmask & ~tcap) && !(s->allmask & ~tall);
}

/* The first valid sense of seg of a type in mask, or NULL. */
HOT const dyad__sense *get(const dyad_dict *d, const seg *s, uint32_t mask) {
  if (!(s->types & mask)) return NULL;
  for (uint32_t k = s->sense; k; k = d->senses[k - 1].next) {
    const dyad__sense *x = &d->senses[k - 1];
    if ((mask & (1u << x->type)) && sense_ok(x, s->tcap, s->tall)) return x;
  }
  return NULL;
}

static int is_poss_token(const char *text, const dyad_token *t) {
  size_t n = t->end - t->start;
  const char *s = text + t->start;
  return (n == 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S')) ||
         (n == 4 && !memcmp(s, "\xE2\x80\x99", 3) && (s[3] == 's' || s[3] == 'S'));
}

static int is_apostrophe(const char *text, const dyad_token *t) {
  size_t n = t->end - t->start;
  const char *s = text + t->start;
  return (n == 1 && s[0] == '\'') || (n == 3 && !memcmp(s, "\xE2\x80\x99", 3));
}

/* The hash of the last piece of token t followed by "'s" (for phrases such as
** "People's Republic of China", whose "'s" the tokeniser splits off), or by
** "'" alone when s_too is 0 ("Kurdistan Workers' Party", "Lions' Den": a
** plural's apostrophe, also split off). */
static uint64_t poss_hash(const char *text, const dyad_token *t, int s_too) {
  char buf[128];
  size_t a = t->start, n;
  unsigned caps;
  for (size_t i = t->start; i < t->end; i++)
    if (text[i] == '-') a = i + 1;
  n = t->end - a;
  if (n + 2 > sizeof buf) return 0;
  memcpy(buf, text + a, n);
  buf[n] = '\'';
  buf[n + 1] = 's';
  return dyad__fold_unit(buf, n + 1 + (s_too != 0), &caps);
}

/* Folds the piece s[i, *end) (up to the next '-') exactly like
** dyad__fold_unit. Plain ASCII words (no '.', apostrophe or backtick) are
** folded eight bytes at a time on little-endian machines; anything else
** takes dyad__fold_unit's byte loop. */
static inline uint64_t fold_piece(const char *s, size_t len, size_t i,
                                  size_t *end, unsigned *caps) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t h = DYAD__USEED;
  unsigned nup = 0, nlow = 0;
  size_t j = i;
  for (;;) {
    size_t k = len - j < 8 ? len - j : 8;
    uint64_t w = 0, valid, x, up, lo;
    int last = k < 8;
    if (!k) break;
    if (k == 8) {
      memcpy(&w, s + j, 8);
    } else if (k >= 4) { /* two overlapping reads (same bytes where they overlap) */
      uint32_t lo4, hi4;
      memcpy(&lo4, s + j, 4);
      memcpy(&hi4, s + j + k - 4, 4);
      w = (uint64_t)lo4 | ((uint64_t)hi4 << (8 * (k - 4)));
    } else { /* 1..3 bytes: first, middle, last */
      w = (uint64_t)(unsigned char)s[j] |
          ((uint64_t)(unsigned char)s[j + k / 2] << (8 * (k / 2))) |
          ((uint64_t)(unsigned char)s[j + k - 1] << (8 * (k - 1)));
    }
    valid = k == 8 ? ~0ull : (1ull << (8 * k)) - 1;
    x = w ^ (ones * '-');
    x = (x - ones) & ~x & high & valid;
    if (x) { /* the piece ends at the first '-' */
      k = (size_t)__builtin_ctzll(x) >> 3;
      valid = k ? (1ull << (8 * k)) - 1 : 0;
      w &= valid;
      last = 1;
    }
    if (w & high) goto slow;
    x = w ^ (ones * '.');
    up = w ^ (ones * '\'');
    lo = w ^ (ones * '`');
    if ((((x - ones) & ~x) | ((up - ones) & ~up) | ((lo - ones) & ~lo)) & high & valid)
      goto slow;
    up = (w + ones * (0x80 - 'A')) & ~(w + ones * (0x80 - 'Z' - 1)) & high & valid;
    lo = (w + ones * (0x80 - 'a')) & ~(w + ones * (0x80 - 'z' - 1)) & high & valid;
    if (up) nup += (up & (up - 1)) ? 2 : 1; /* only "two or more" matters */
    nlow |= lo != 0;
    w |= up >> 2;
    j += k;
    if (k == 8) {
      h = dyad__hword(h, w);
    } else if (k) {
      h = dyad__htail(h, w);
    }
    if (last) break;
  }
  *end = j;
  if (j == i) {
    *caps = 0;
    return 0;
  }
  *caps = (unsigned)((unsigned char)s[i] - 'A') < 26u ? DYAD__CAP_INIT : 0;
  if (nup >= 2 && !nlow) *caps |= DYAD__CAP_ALL;
  return dyad__hfinal(h, j - i);
slow:
#endif
  {
    size_t e = i;
    while (e < len && s[e] != '-') e++;
    *end = e;
    return e > i ? dyad__fold_unit(s + i, e - i, caps) : 0;
  }
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The unit of a token s[0,len) of 1..8 bytes that are all ASCII letters or
** digits, given w, its bytes (zero above len): the hash fold_piece gives
** it, and *caps; 0 when some byte is anything else (fold_piece then). A
** byte is a letter when y = (w | 0x20..) & 0x7f.. lies in a..z and w's own
** byte is below 0x80, a digit when w & 0x7f.. lies in 0..9 (per-byte
** additions that never carry). */
static inline uint64_t fold_short(uint64_t w, size_t len, unsigned *caps) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80, lo7 = ones * 0x7F;
  uint64_t valid = len == 8 ? ~0ull : (1ull << (8 * len)) - 1, y, letter, digit, up;
  y = (w | (ones * 0x20)) & lo7;
  letter = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~w & high;
  y = w & lo7;
  digit = (y + ones * (0x80 - '0')) & ~(y + ones * (0x80 - '9' - 1)) & ~w & high;
  if ((letter | digit) != (high & valid)) return 0;
  up = letter & ~(w << 2); /* bit 5 (0x20) clear: a capital */
  *caps = (unsigned)(up >> 7 & 1) * DYAD__CAP_INIT; /* the first byte a capital (no branch) */
  if ((up & (up - 1)) && !(letter & ~up)) *caps |= DYAD__CAP_ALL;
  w |= letter >> 2;
  return dyad__hfinal(len == 8 ? dyad__hword(DYAD__USEED, w) : dyad__htail(DYAD__USEED, w), len);
}

/* The same for a token of 9..16 such bytes: w0 its first eight, w1 the
** rest (zero above len - 8). */
static inline uint64_t fold_long(uint64_t w0, uint64_t w1, size_t len, unsigned *caps) {
  const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80, lo7 = ones * 0x7F;
  uint64_t valid = len == 16 ? ~0ull : (1ull << (8 * (len - 8))) - 1, y, l0, l1, d0, d1, u0, u1, h;
  y = (w0 | (ones * 0x20)) & lo7;
  l0 = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~w0 & high;
  y = w0 & lo7;
  d0 = (y + ones * (0x80 - '0')) & ~(y + ones * (0x80 - '9' - 1)) & ~w0 & high;
  y = (w1 | (ones * 0x20)) & lo7;
  l1 = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~w1 & high;
  y = w1 & lo7;
  d1 = (y + ones * (0x80 - '0')) & ~(y + ones * (0x80 - '9' - 1)) & ~w1 & high;
  if ((l0 | d0) != high || (l1 | d1) != (high & valid)) return 0;
  u0 = l0 & ~(w0 << 2);
  u1 = l1 & ~(w1 << 2);
  *caps = (unsigned)(u0 >> 7 & 1) * DYAD__CAP_INIT; /* the first byte a capital (no branch) */
  if (((u0 & (u0 - 1)) || (u1 & (u1 - 1)) || (u0 && u1)) && !(l0 & ~u0) && !(l1 & ~u1))
    *caps |= DYAD__CAP_ALL;
  h = dyad__hword(DYAD__USEED, w0 | (l0 >> 2));
  w1 |= l1 >> 2;
  h = len == 16 ? dyad__hword(h, w1) : dyad__htail(h, w1);
  return dyad__hfinal(h, len);
}
#endif

/* Whether some phrase may start with a unit of hash h (a bitmap filter:
** most words start none, and this saves their hash probe); f is d->first,
** or d->first_lc for a word in lower case (it starts only phrases with a
** sense that does not need it capitalised: any other sense fails there, in
** longest() as in double_adj() and author_prefix()). */
HOT unsigned filter_bit(const uint64_t *f, uint64_t h) {
  return (unsigned)(f[(h & 0xFFFF) >> 6] >> (h & 63)) & 1u;
}

typedef struct counts {
  size_t n, nc; /* units, candidates */
} counts;

/* The units of token t (not a plain word of ASCII letters: make_units does
** those) appended at u[n]: returns the new counts. A word's first piece
** may go to the candidates (cand[nc]); a possessive token after a word
** marks that word (poss, hp[]) and may make it one. Out of line, so that
** make_units' own loop keeps its registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static counts token_units(const dyad_dict *d, const char *text, const dyad_token *toks, size_t t,
                          size_t t1, size_t safe, unit *u, uint64_t *hp, size_t n, size_t cap,
                          uint16_t *cand, size_t nc) {
  const dyad_token *k = &toks[t];
  const char *s = text + k->start;
  size_t len = k->end - k->start, i = 0, before = n;
  uint32_t fl = k->flags;
  uint64_t h;
  unsigned caps;
  (void)safe;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* a short word of ASCII letters and digits (so no possessive or
  ** apostrophe token, handled below) */
  if ((fl & (DYAD_TOK_WORD | DYAD_TOK_PUNCT | DYAD_TOK_QUOTE)) == DYAD_TOK_WORD &&
      len - 1 < 8 && k->start + 8 <= safe) {
    uint64_t w;
    memcpy(&w, s, 8);
    if (len < 8) w &= (1ull << (8 * len)) - 1;
    if ((h = fold_short(w, len, &caps)) != 0) goto word;
  } else if ((fl & (DYAD_TOK_WORD | DYAD_TOK_PUNCT | DYAD_TOK_QUOTE)) == DYAD_TOK_WORD &&
             len - 9 < 8 && k->start + 16 <= safe) { /* 9..16 of them */
    uint64_t w0, w1;
    memcpy(&w0, s, 8);
    memcpy(&w1, s + 8, 8);
    if (len < 16) w1 &= (1ull << (8 * (len - 8))) - 1;
    if ((h = fold_long(w0, w1, len, &caps)) != 0) goto word;
  }
#endif
  if (fl & DYAD_TOK_WORD && is_poss_token(text, k)) {
    if (n && u[n - 1].h && u[n - 1].last && u[n - 1].tok + 1 == t) {
      u[n - 1].poss = 1;
      hp[n - 1] = poss_hash(text, &toks[t - 1], 1);
      goto poss;
    }
  } else if ((fl & DYAD_TOK_QUOTE) && is_apostrophe(text, k) && n &&
             u[n - 1].h && u[n - 1].tok + 1 == t && toks[t - 1].end == k->start &&
             text[k->start - 1] == 's' &&
             (t + 1 >= t1 || toks[t + 1].start > k->end)) {
    u[n - 1].poss = 1; /* "countries’" */
    /* the word with its apostrophe, for the phrases that hold it
    ** ("Kurdistan Workers' Party", "Workers' Party of Korea") */
    hp[n - 1] = poss_hash(text, &toks[t - 1], 0);
    goto poss;
  }
  if (!(fl & DYAD_TOK_WORD) || (fl & (DYAD_TOK_PUNCT | DYAD_TOK_QUOTE))) {
    u[n++] = (unit){0, (uint32_t)t, 0, 1, 1, 0};
    return (counts){n, nc};
  }
  while (i < len && n + 1 < cap) {
    size_t j = i;
    h = fold_piece(s, len, i, &j, &caps);
    if (h) {
      if (n > before && (fl & DYAD_TOK_CAP)) caps |= DYAD__CAP_INIT;
      u[n] = (unit){h, (uint32_t)t, (uint8_t)caps, n == before, 0, 0};
      if (n == before) {
        cand[nc] = (uint16_t)n;
        nc += filter_bit(caps & DYAD__CAP_INIT ? d->first : d->first_lc, h);
      }
      n++;
    }
    i = j + 1;
  }
  if (n == before) { /* nothing left (e.g. "-"): a blocker */
    u[n++] = (unit){0, (uint32_t)t, 0, 1, 0, 0}; /* last set below */
  }
  u[n - 1].last = 1;
  return (counts){n, nc};
word: /* a token of one piece */
  u[n] = (unit){h, (uint32_t)t, (uint8_t)caps, 1, 1, 0};
  cand[nc] = (uint16_t)n;
  return (counts){n + 1, nc + filter_bit(caps & DYAD__CAP_INIT ? d->first : d->first_lc, h)};
poss: /* the word before the possessive may start a phrase with its "'s" */
  if (u[n - 1].first && hp[n - 1] && (!nc || cand[nc - 1] != n - 1) &&
      filter_bit(u[n - 1].caps & DYAD__CAP_INIT ? d->first : d->first_lc, hp[n - 1]))
    cand[nc++] = (uint16_t)(n - 1);
  return (counts){n, nc};
}

/* Turns tokens [t0, t1) into units (hp[k]: the hposs of unit k, set only
** where its poss is); returns how many (stops early when the unit buffer
** is full: *tend gets the first token not done). cand[0, *ncand) get the
** units a phrase may start at: first pieces that pass the filter, listed
** without a branch a unit (the filter's answer is a coin toss for the
** branch predictor). */
static size_t make_units(const dyad_dict *d, const char *text, const dyad_token *toks,
                         size_t t0, size_t t1, unit *u, uint64_t *hp, size_t cap,
                         size_t *tend, uint16_t *cand, size_t *ncand) {
  size_t n = 0, t, nc = 0;
  const uint64_t *first = d->first, *first_lc = d->first_lc;
  /* bytes up to the end of the last token are text: eight-byte reads from a
  ** token start that end before it need no care */
  size_t safe = t1 > t0 ? toks[t1 - 1].end : 0;
  for (t = t0; t < t1; t++) {
    const dyad_token *k = &toks[t];
    size_t len = k->end - k->start;
    if (n + 8 > cap) break;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if ((k->flags & DYAD_TOK_ALPHA) && len - 1 < 16 && k->end >= 8) {
      /* ASCII letters only (the tokeniser says so): folding sets bit 5 of
      ** every byte, and a capital has it clear. The eight bytes that end
      ** the word are read, never a byte after it. */
      const uint64_t lc = 0x2020202020202020ull;
      uint64_t w, v, h;
      unsigned caps;
      memcpy(&w, text + k->end - 8, 8);
      if (len <= 8) {
        w >>= 64 - 8 * len;
        v = lc >> (64 - 8 * len);
        caps = (unsigned)(~w >> 5 & 1) * DYAD__CAP_INIT;
        if (len >= 2 && !(w & lc)) caps |= DYAD__CAP_ALL;
        w |= v;
        h = len == 8 ? dyad__hword(DYAD__USEED, w) : dyad__htail(DYAD__USEED, w);
      } else {
        uint64_t w0;
        memcpy(&w0, text + k->start, 8);
        w >>= 128 - 8 * len;
        v = lc >> (128 - 8 * len);
        caps = (unsigned)(~w0 >> 5 & 1) * DYAD__CAP_INIT;
        if (!((w0 | w) & lc)) caps |= DYAD__CAP_ALL;
        w |= v;
        h = dyad__hword(DYAD__USEED, w0 | lc);
        h = len == 16 ? dyad__hword(h, w) : dyad__htail(h, w);
      }
      h = dyad__hfinal(h, len);
      u[n] = (unit){h, (uint32_t)t, (uint8_t)caps, 1, 1, 0};
      cand[nc] = (uint16_t)n;
      nc += filter_bit(caps & DYAD__CAP_INIT ? first : first_lc, h);
      n++;
      continue;
    }
#endif
    if (!(k->flags & (DYAD_TOK_WORD | DYAD_TOK_QUOTE))) { /* punctuation: a blocker */
      u[n++] = (unit){0, (uint32_t)t, 0, 1, 1, 0};
      continue;
    }
    {
      counts r = token_units(d, text, toks, t, t1, safe, u, hp, n, cap, cand, nc);
      n = r.n;
      nc = r.nc;
    }
  }
  *tend = t;
  *ncand = nc;
  return n;
}

/* The longest phrase with a valid sense starting at unit p; 0 if none. */
/* Whether some phrase may start with unit x (a bitmap filter: most words
** start none, and this saves their hash probe). */
HOT int may_start(const dyad_dict *d, const unit *x, uint64_t hposs) {
  uint64_t h = x->h;
  if (d->first[(h & 0xFFFF) >> 6] & (1ull << (h & 63))) return 1;
  h = hposs;
  return x->poss && h && (d->first[(h & 0xFFFF) >> 6] & (1ull << (h & 63)));
}

/* Records node as the match so far when it has a valid sense. */
HOT int take(const dyad_dict *d, const dyad__tnode *node, const unit *u,
                size_t p, size_t j, uint32_t tcap, uint32_t tall, int poss,
                seg *out) {
  uint32_t types = 0;
  if (!node || !node->sense || !u[j].last) return 0;
  if (!(node->bits & DYAD__TN_CASED)) {
    types = node->bits & DYAD__TN_TYPES; /* (every sense holds) */
  } else {
    for (uint32_t k = node->sense; k; k = d->senses[k - 1].next) {
      const dyad__sense *x = &d->senses[k - 1];
      if (sense_ok(x, tcap, tall)) types |= 1u << x->type;
    }
  }
  if (!types) return 0;
  out->u0 = (uint32_t)p;
  out->u1 = (uint32_t)j + 1;
  out->tok0 = u[p].tok;
  out->tok1 = u[j].tok + 1 + (u[j].poss ? 1 : 0);
  out->sense = node->sense;
  out->tcap = tcap;
  out->tall = tall;
  out->types = types;
  out->poss = (uint8_t)poss;
  return 1;
}

HOT int longest(const dyad_dict *d, const unit *u, const uint64_t *hp, size_t nu, size_t p,
                size_t maxu, seg *out) {
  uint64_t h = DYAD__HSEED;
  uint32_t tcap = 0, tall = 0;
  int found = 0;
  for (size_t j = p; j < nu && j - p < maxu; j++) {
    const dyad__tnode *node;
    if (!u[j].h) break;
    /* (no branch: DYAD__CAP_INIT is bit 0, DYAD__CAP_ALL bit 1) */
    tcap |= (uint32_t)(u[j].caps & DYAD__CAP_INIT) << (j - p);
    tall |= (uint32_t)(u[j].caps >> 1 & 1) << (j - p);
    node = dyad__tlookup(d, dyad__hmix(h, u[j].h));
    found |= take(d, node, u, p, j, tcap, tall, u[j].poss, out);
    if (u[j].poss && !hp[j]) break; /* (a word too long to hash with it) */
    if (u[j].poss) {
      /* "People's Republic": the "'s" may belong to the phrase */
      const dyad__tnode *pn = dyad__tlookup(d, dyad__hmix(h, hp[j]));
      found |= take(d, pn, u, p, j, tcap, tall, 0, out);
      if (!pn || !(pn->bits & DYAD__TN_CHILD)) break;
      h = dyad__hmix(h, hp[j]);
      continue;
    }
    if (!node || !(node->bits & DYAD__TN_CHILD)) break;
    h = dyad__hmix(h, u[j].h);
  }
  return found;
}

/* out: one segment over pieces p and p + 1 of one token (with its
** possessive), with the senses of the first; returns 1. */
static int two_piece_seg(const unit *u, size_t p, uint32_t sense, uint32_t tcap, uint32_t tall,
                         uint32_t types, seg *out) {
  out->u0 = (uint32_t)p;
  out->u1 = (uint32_t)p + 2;
  out->tok0 = u[p].tok;
  out->tok1 = u[p].tok + 1 + (u[p + 1].poss ? 1 : 0);
  out->sense = sense;
  out->tcap = tcap;
  out->tall = tall;
  out->types = types;
  out->poss = u[p + 1].poss;
  return 1;
}

/* A token of two nationality adjectives ("an Iraqi-Polish woman", "a
** Lebanese-American contractor", pieces p and p + 1): one segment with the
** first one's senses. Reached only when no phrase starts at p. */
static int double_adj(const dyad_dict *d, const unit *u, size_t p, seg *out) {
  const dyad__tnode *a = dyad__tlookup(d, dyad__hmix(DYAD__HSEED, u[p].h));
  const dyad__tnode *b = dyad__tlookup(d, dyad__hmix(DYAD__HSEED, u[p + 1].h));
  uint32_t tcap = u[p].caps & DYAD__CAP_INIT ? 1u : 0, tall = u[p].caps & DYAD__CAP_ALL ? 1u : 0;
  uint32_t types = 0;
  int badj = 0;
  if (!a || !a->sense || !b || !b->sense || u[p].tok != u[p + 1].tok) return 0;
  for (uint32_t k = b->sense; k; k = d->senses[k - 1].next)
    if (d->senses[k - 1].type == DYAD__S_ADJ && !(d->senses[k - 1].flags & DYAD__SF_PLURAL)) badj = 1;
  for (uint32_t k = a->sense; k; k = d->senses[k - 1].next)
    if (sense_ok(&d->senses[k - 1], tcap, tall)) types |= 1u << d->senses[k - 1].type;
  if (!badj || types != T(ADJ)) return 0;
  return two_piece_seg(u, p, a->sense, tcap, tall, types, out);
}

/* "a US-led coalition", "the Egyptian-brokered truce" (pieces p and p + 1):
** the name before "-led" or "-brokered" is the leader or broker, one segment
** over the token with the name's senses (not "-backed", "-based",
** "-sponsored": "a US-sponsored UN draft" is the UN's). Reached only when no
** phrase starts at p. */
static int author_prefix(const dyad_dict *d, const unit *u, size_t p, seg *out) {
  static const char *const tail[] = {"led", "brokered"};
  const dyad__tnode *a;
  uint32_t types = 0, tcap, tall;
  unsigned caps;
  size_t k = 0;
  if (u[p].tok != u[p + 1].tok) return 0;
  while (k < 2 && dyad__fold_unit(tail[k], strlen(tail[k]), &caps) != u[p + 1].h) k++;
  if (k == 2 || !(a = dyad__tlookup(d, dyad__hmix(DYAD__HSEED, u[p].h))) || !a->sense) return 0;
  tcap = u[p].caps & DYAD__CAP_INIT ? 1u : 0;
  tall = u[p].caps & DYAD__CAP_ALL ? 1u : 0;
  for (uint32_t q = a->sense; q; q = d->senses[q - 1].next)
    if (sense_ok(&d->senses[q - 1], tcap, tall)) types |= 1u << d->senses[q - 1].type;
  types &= T(COUNTRY) | T(ADJ) | T(IGO);
  if (!types) return 0;
  return two_piece_seg(u, p, a->sense, tcap, tall, types, out);
}

/* ------------------------------------------------------------------------
** People by date
** ---------------------------------------------------------------------- */

typedef struct when {
  int has;
  int32_t lo, hi;
} when;

static when parse_when(const char *date) {
  when w = {0, 0, 99999999};
  if (date && *date && dyad__date_range(date, strlen(date), &w.lo, &w.hi)) w.has = 1;
  return w;
}

/* Rank of an office, HOS highest (by DYAD_ROLE_*). */
static int role_rank(int role) {
  static const int rank[] = {0, 8, 7, 5, 4, 3, 6, 2, 1};
  return role >= 0 && role < 9 ? rank[role] : 0;
}

/* Whether t reads the person at w better than b. A term that goes on after
** w beats one that ends within it (a hand-over day: the new office); of two
** that ended, the one that ended later (undated: "Manmohan Singh" is the
** prime minister he was to 2014, not the foreign minister he also was in
** 2006); then the higher office, so that a prime minister who is his own
** foreign minister stays the prime minister and a secretary of state who is
** also national security adviser the secretary of state; then the later
** start. With role, a term of that office first. */
static int term_better(const dyad__term *t, const dyad__term *b, when w, int role) {
  int tm = role && t->role == role, bm = role && b->role == role;
  int ton = t->to > w.hi || t->to == 99999999, bon = b->to > w.hi || b->to == 99999999;
  if (tm != bm) return tm > bm;
  if (ton != bon) return ton > bon;
  if (!ton && t->to != b->to) return t->to > b->to;
  if (role_rank(t->role) != role_rank(b->role)) return role_rank(t->role) > role_rank(b->role);
  if (t->from != b->from) return t->from > b->from;
  return t->to > b->to;
}

/* The person's term at w (any term without a date), or NULL. */
static const dyad__term *term_role(const dyad_dict *d, uint32_t person, when w,
                                   int role) {
  const dyad__term *best = NULL;
  for (uint32_t k = d->persons[person].term; k; k = d->terms[k - 1].next) {
    const dyad__term *t = &d->terms[k - 1];
    if (w.has && !(t->from <= w.hi && t->to >= w.lo)) continue;
    if (!best || term_better(t, best, w, role)) best = t;
  }
  return best;
}

static const dyad__term *term_at(const dyad_dict *d, uint32_t person, when w) {
  return term_role(d, person, w, 0);
}

static const dyad__term *latest_term(const dyad_dict *d, uint32_t person) {
  when none = {0, 0, 99999999};
  return term_at(d, person, none);
}

/* Picks the person a name segment means at w. Full names always match
** (with or without a term then); short names only while in office. */
/* The highest office a person ever held, as a rank (HOS highest). */
static int top_rank(const dyad_dict *d, uint32_t person) {
  int best = 0;
  for (uint32_t k = d->persons[person].term; k; k = d->terms[k - 1].next) {
    int r = role_rank(d->terms[k - 1].role);
    if (r > best) best = r;
  }
  return best;
}

/* role: the office the words before the name give ("Prime Minister
** Koizumi"), 0 if none: among namesakes a holder of that office wins. */
static int pick_person(const dyad_dict *d, const seg *s, when w, int allow_short,
                       int role, int32_t *person, const dyad__term **term) {
  int best = 0; /* 3 full+term, 2 short+term, 1 full; +4 the office matches */
  const dyad__term *bt = NULL;
  int32_t bp = -1;
  for (uint32_t k = s->sense; k; k = d->senses[k - 1].next) {
    const dyad__sense *x = &d->senses[k - 1];
    const dyad__term *t;
    int score;
    if ((x->type != DYAD__S_PFULL && x->type != DYAD__S_PSHORT) ||
        !sense_ok(x, s->tcap, s->tall))
      continue;
    t = term_role(d, x->idx, w, role);
    if (x->type == DYAD__S_PFULL)
      score = t ? 3 : 1;
    else
      score = t && allow_short ? 2 : 0;
    if (!score) continue;
    if (t && role && t->role == role) score += 4;
    /* namesakes: with a date the latest term wins; without one the most
    ** prominent person ("Blair" in undated news: the prime minister, not
    ** a later minister of that name) */
    score = score * 16 + (w.has ? 0 : top_rank(d, x->idx));
    if (score > best || (score == best && t && bt && t->from > bt->from)) {
      best = score;
      bt = t;
      bp = (int32_t)x->idx;
    }
  }
  if (bp < 0) return 0;
  *person = bp;
  *term = bt;
  return 1;
}

int32_t dyad__office_holder(const dyad_dict *d, const char *country, int role,
                            const char *date) {
  when w = parse_when(date);
  const dyad__term *best = NULL;
  uint32_t key;
  if (!d || !country) return -1;
  /* the 4-byte keys first: one cache line holds sixteen of them (a term is
  ** 64 bytes: with a big set, Phoenix's, the plain scan missed the cache at
  ** every term) */
  key = dyad__term_key(country, role);
  size_t i = 0;
#if defined(__SSE2__)
  {
    /* sixteen keys a step, compared at once: a mask, one bit a key, whose
       terms are then tried in order (a big set's terms are tens of
       thousands, and few have the key) */
    const __m128i kv = _mm_set1_epi32((int)key);
    for (; i + 16 <= d->nterm; i += 16) {
      const __m128i *q = (const __m128i *)(const void *)(d->termkey + i);
      __m128i e0 = _mm_cmpeq_epi32(_mm_loadu_si128(q), kv), e1 = _mm_cmpeq_epi32(_mm_loadu_si128(q + 1), kv);
      __m128i e2 = _mm_cmpeq_epi32(_mm_loadu_si128(q + 2), kv), e3 = _mm_cmpeq_epi32(_mm_loadu_si128(q + 3), kv);
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_packs_epi32(e0, e1), _mm_packs_epi32(e2, e3)));
      for (; m; m &= m - 1) {
        const dyad__term *t = &d->terms[i + (size_t)__builtin_ctz(m)];
        if (t->role != role || strcmp(t->country, country)) continue;
        if (w.has ? !(t->from <= w.hi && t->to >= w.lo) : t->to != 99999999) continue;
        if (!best || t->from > best->from) best = t;
      }
    }
  }
#endif
  for (; i < d->nterm; i++) {
    const dyad__term *t = &d->terms[i];
    if (d->termkey[i] != key) continue;
    if (t->role != role || strcmp(t->country, country)) continue;
    if (w.has ? !(t->from <= w.hi && t->to >= w.lo) : t->to != 99999999) continue;
    if (!best || t->from > best->from) best = t;
  }
  return best ? (int32_t)best->person : -1;
}

int dyad__person_code(const dyad_dict *d, int32_t person, const char *date,
                      char code[32], int *role) {
  const dyad__term *t;
  if (!d || person < 0 || (size_t)person >= d->nperson) return 0;
  t = term_at(d, (uint32_t)person, parse_when(date));
  if (!t) return 0;
  memcpy(code, t->code, 32);
  if (role) *role = t->role;
  return 1;
}

int dyad__person_holds(const dyad_dict *d, int32_t person, int role, const char *date) {
  const dyad__term *t;
  if (!d || person < 0 || (size_t)person >= d->nperson || !role) return 0;
  t = term_role(d, (uint32_t)person, parse_when(date), role);
  return t && t->role == role;
}

const char *dyad__person_name(const dyad_dict *d, int32_t person) {
  if (!d || person < 0 || (size_t)person >= d->nperson) return "";
  return d->str + d->persons[person].name;
}

/* ------------------------------------------------------------------------
** The noun-phrase grammar
** ---------------------------------------------------------------------- */

static int sector_rank(const char *s) {
  if (!*s) return 0;
  if (s[0] == 'G' && s[1] == 'O' && s[2] == 'V' && !s[3]) return 1; /* "GOV" */
  if (s[0] == 'M' && s[1] == 'I' && s[2] == 'L' && !s[3]) return 2; /* "MIL" */
  return 3;
}

/* code = a then b, at most 31 bytes (codes are short: a byte loop beats
** two strlen and two memcpy calls). */
static void set_code(char code[32], const char *a, const char *b) {
  size_t n = 0;
  while (*a && n < 31) code[n++] = *a++;
  while (*b && n < 31) code[n++] = *b++;
  code[n] = 0;
}

typedef struct ctx {
  const dyad_dict *d;
  const char *text;
  const dyad_token *toks;
  size_t ntok;
  const seg *s;
  size_t ns;
  when w;
} ctx;

HOT int touching(const ctx *c, size_t j) {
  return j + 1 < c->ns && c->s[j].u1 == c->s[j + 1].u0;
}

/* Whether seg j + 1 follows seg j with nothing between and seg j does not
** end in a possessive ("Yun's visit"). */
HOT int adjacent(const ctx *c, size_t j) {
  return touching(c, j) && !c->s[j].poss;
}

static int headline_verb(const ctx *c, const dyad_token *t);

/* A short name ("Kim") followed by a capitalised word no dictionary knows
** ("Kim Il Sung Square", "Kim Yo Jong") is someone else. */
static int short_ok(const ctx *c, size_t j) {
  const seg *s = &c->s[j];
  const dyad_token *t;
  if (s->tok0 > 1 && !(j && c->s[j - 1].tok1 == s->tok0)) {
    /* "Bill Gates", "Susan Rice": an unknown capitalised word before it */
    const dyad_token *p = &c->toks[s->tok0 - 1], *pp = &c->toks[s->tok0 - 2];
    static const char *const calendar =
        " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January"
        " February March April May June July August September October"
        " November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov."
        " Dec. Mr. Mrs. Ms. Dr. ";
    if ((p->flags & DYAD_TOK_WORD) && (p->flags & DYAD_TOK_CAP) &&
        !(p->flags & DYAD_TOK_NUMBER) && (pp->flags & DYAD_TOK_WORD) &&
        !(pp->flags & (DYAD_TOK_PUNCT | DYAD_TOK_QUOTE))) {
      char w[16];
      size_t n = p->end - p->start;
      if (n + 3 > sizeof w) return 0;
      w[0] = ' ';
      memcpy(w + 1, c->text + p->start, n);
      w[n + 1] = ' ';
      w[n + 2] = 0;
      if (!strstr(calendar, w) && !headline_verb(c, p)) return 0;
    }
  }
  if (s->poss || s->tok1 >= c->ntok) return 1;
  t = &c->toks[s->tok1];
  if (!(t->flags & DYAD_TOK_WORD) || !(t->flags & DYAD_TOK_CAP)) return 1;
  if (j + 1 < c->ns && c->s[j + 1].tok0 == s->tok1) return 1;
  return headline_verb(c, t); /* "Bush Says Iran Should ...": no second name */
}

/* Is token t a capitalised verb of a headline ("Bush Says Iran Should ...",
** "Putin Tells Bush", "Sharon Admits Mistakes")? Then it is no part of a
** longer name around a short one. (Also the common verbs that head no
** pattern of their own: "Putin Begins Visit to India", "Bush Makes Fourth
** Trip", "Anwar Starts Comeback"; rec27b.) */
static int headline_verb(const ctx *c, const dyad_token *t) {
  static const char *const verbs =
      " Says Tells Admits Urges Warns Blames Accuses Vows Denies Rejects Backs Wants Seeks Asks"
      " Meets Visits Calls Plans Faces Slams Hails Praises Criticizes Criticises Defends Pledges"
      " Promises Insists Agrees Offers Threatens Condemns Demands Expects Fears Welcomes Arrives"
      " Signs Orders Sacks Names Appoints Wins Returns Presses Dismisses Confirms Announces Refuses"
      " Predicts Vetoes Invites Greets Thanks Congratulates Phones Discusses Unveils Reaffirms"
      " Stresses Questions Challenges Cautions Resigns Quits Flies Travels Tours Assails Blasts"
      " Lashes Vetoes Opposes Supports Endorses Doubts Hopes Believes Admonishes Apologizes"
      " Apologises Regrets Mourns Rules Softens Hardens Attacks Arrives Leaves Departs Heads"
      " Begins Starts Ends Opens Makes Takes Gives Sends Gets Sees Tries Survives Keeps Puts ";
  char w[24];
  size_t n = t->end - t->start;
  if (n + 3 > sizeof w) return 0;
  if (n < 4 || c->text[t->end - 1] != 's' || c->text[t->start] < 'A' || c->text[t->start] > 'Z')
    return 0; /* (every verb of the list is capitalised, has four letters or more and ends in -s) */
  w[0] = ' ';
  memcpy(w + 1, c->text + t->start, n);
  w[n + 1] = ' ';
  w[n + 2] = 0;
  return strstr(verbs, w) != NULL;
}

/* Whether the word at token t makes the agent word before it an adjective
** ("military aid", "a military parade"), not a head ("the military said",
** "military in Syria"). */
static int attributive(const ctx *c, size_t t) {
  static const char *const notnoun[] = {
      "said", "says", "say", "will", "would", "has", "have", "had", "is",
      "was", "were", "are", "did", "does", "do", "may", "might", "could",
      "should", "can", "must", "also", "then", "and", "or", "but", "on", "in",
      "at", "to", "of", "from", "for", "with", "that", "which", "who", "as",
      "by", "into", "over", "against", "after", "before", "since", "not",
      "reportedly", "later", "now", "still", "again", "plans", "wants", NULL};
  const dyad_token *k;
  size_t n;
  const char *s;
  if (t >= c->ntok) return 0;
  k = &c->toks[t];
  if (!(k->flags & DYAD_TOK_WORD) || (k->flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)))
    return 0;
  s = c->text + k->start;
  n = k->end - k->start;
  if (n > 2 && s[n - 2] == 'e' && s[n - 1] == 'd') return 0;
  for (size_t i = 0; notnoun[i]; i++)
    if (notnoun[i][0] == s[0] && strlen(notnoun[i]) == n && !memcmp(notnoun[i], s, n))
      return 0;
  return 1;
}

/* Whether seg j can head or continue a nominal (agent, person...). */
static int nominal(const ctx *c, size_t j) {
  const seg *s = &c->s[j];
  if (s->types & (T(AGENT) | T(ORG) | T(CPART) | T(PFULL) | T(STATE))) return 1;
  if (s->types & T(PSHORT)) {
    int32_t p;
    const dyad__term *t;
    return pick_person(c->d, s, c->w, short_ok(c, j), 0, &p, &t);
  }
  return 0;
}

/* Whether tokens [a, b) are one or two plain lower-case words no
** dictionary knows: not function words, verbs (-ed, -s), -ing or -ly
** forms, names or numbers. */
static int plain_gap(const ctx *c, size_t a, size_t b) {
  static const char *const skip =
      " the a an and or but nor of to in on at by for from with into over than"
      " as that this these those which who whom whose when where while if its"
      " his her their our some many most all both other such more less very"
      " not no also then now still again just only even said say will would"
      " could should can may might must shall be been being had have has do"
      " did does get got against after before since about under between ";
  if (b <= a || b - a > 2) return 0;
  for (size_t t = a; t < b; t++) {
    const dyad_token *k = &c->toks[t];
    const char *s = c->text + k->start;
    size_t n = k->end - k->start;
    char w[24];
    if ((k->flags & (DYAD_TOK_WORD | DYAD_TOK_PUNCT | DYAD_TOK_QUOTE | DYAD_TOK_CAP | DYAD_TOK_NUMBER)) !=
            DYAD_TOK_WORD ||
        n < 3 || n + 3 > sizeof w || memchr(s, '-', n) || memchr(s, '\'', n) || memchr(s, '.', n))
      return 0;
    if (s[n - 1] == 's' || (s[n - 2] == 'e' && s[n - 1] == 'd') || (s[n - 2] == 'l' && s[n - 1] == 'y') ||
        (n > 4 && s[n - 3] == 'i' && s[n - 2] == 'n' && s[n - 1] == 'g'))
      return 0;
    w[0] = ' ';
    memcpy(w + 1, s, n);
    w[n + 1] = ' ';
    w[n + 2] = 0;
    if (strstr(skip, w)) return 0;
  }
  return 1;
}

/* Whether plain words stand between seg j, a singular nationality
** adjective (or one word after a country or organisation name), and seg
** j + 1: "a Turkish construction company", "an Iraqi oil ministry" (the caller wants an agent word after them: not "South
** Korean automaker Hyundai Motor", a name with its own code). */
static int gap_ok(const ctx *c, size_t j) {
  const dyad__sense *x;
  if (j + 1 >= c->ns || c->s[j].poss) return 0;
  if (!(x = get(c->d, &c->s[j], T(ADJ))) || (x->flags & DYAD__SF_PLURAL)) {
    /* "a US security official", "the UN nuclear watchdog", "EU farm
    ** commissioner": after a name, one of a few nouns of an office's
    ** field (a name may be followed by its verb: "Sudan sought military aid") */
    static const char *const field =
        " security nuclear trade farm energy oil health justice interior transport finance"
        " intelligence aid election border immigration education environment agriculture"
        " arms weapons drug economic industry competition fisheries space treasury embassy ";
    const dyad_token *k = &c->toks[c->s[j].tok1];
    size_t n = k->end - k->start;
    char w[24];
    if (!get(c->d, &c->s[j], T(COUNTRY) | T(IGO)) || c->s[j + 1].tok0 != c->s[j].tok1 + 1 || n + 3 > sizeof w)
      return 0;
    w[0] = ' ';
    memcpy(w + 1, c->text + k->start, n);
    w[n + 1] = ' ';
    w[n + 2] = 0;
    if (!strstr(field, w)) return 0;
  }
  return plain_gap(c, c->s[j].tok1, c->s[j + 1].tok0);
}

/* Whether seg j + 1 is the word "group" after seg j, touching or past one
** or two plain words ("Zarqawi group", "a Taliban splinter group"): the
** group of the person or organisation named. */
static int group_after(const ctx *c, size_t j) {
  const seg *g;
  const dyad_token *k;
  if (j + 1 >= c->ns || c->s[j].poss) return 0;
  g = &c->s[j + 1];
  k = &c->toks[g->tok0];
  if (g->tok1 != g->tok0 + 1 || k->end - k->start != 5 || strncasecmp(c->text + k->start, "group", 5)) return 0;
  return touching(c, j) || plain_gap(c, c->s[j].tok1, g->tok0);
}

/* Whether seg j is a modifier that a nominal follows. */
static int modifier(const ctx *c, size_t j) {
  /* "Seoul's top diplomat": a possessive modifies too */
  if (!(c->s[j].types & MODIFIER)) return 0;
  if (touching(c, j)) return nominal(c, j + 1);
  return j + 1 < c->ns && (c->s[j + 1].types & T(AGENT)) && gap_ok(c, j) && nominal(c, j + 1);
}

static void country_of(const ctx *c, const dyad__sense *x, char country[8],
                       char code[32], int *is_igo) {
  *is_igo = 0;
  switch (x->type) {
  case DYAD__S_IGO:
    memcpy(country, c->d->igos[x->idx].country, 8);
    memcpy(code, c->d->igos[x->idx].code, 32);
    *is_igo = 1;
    break;
  default:
    memcpy(country, c->d->countries[x->idx].iso3, 4);
    set_code(code, country, x->type == DYAD__S_SEAT ? "GOV" : "");
  }
}

/* Is token t "group" or "groups" and the next one "of"? */
static int group_of(const ctx *c, size_t t) {
  const dyad_token *k = &c->toks[t], *n = &c->toks[t + 1];
  size_t len = k->end - k->start;
  return (len == 5 || len == 6) && !strncasecmp(c->text + k->start, "groups", len) &&
         n->end - n->start == 2 && !strncmp(c->text + n->start, "of", 2);
}

/* "the North", "the South" (capitalised, no name after them): a
** definite state mention with sector NORTH or SOUTH, which the coder
** reads as North or South Korea in a story about them. Fills *m. */
static int half_of_two(const ctx *c, size_t k, dyad_mention *m) {
  const seg *s = &c->s[k];
  const dyad_token *t, *n;
  const dyad__sense *x;
  size_t len;
  /* (the cheap tests first: this runs for every phrase) */
  if (!(s->types & T(DET)) || s->u1 - s->u0 != 1 || s->poss || s->tok1 >= c->ntok) return 0;
  t = &c->toks[s->tok1];
  len = t->end - t->start;
  if (len != 5 || (strncmp(c->text + t->start, "North", 5) && strncmp(c->text + t->start, "South", 5))) return 0;
  x = get(c->d, s, T(DET));
  if (!x || !(x->flags & DYAD__SF_DEFINITE)) return 0;
  t = &c->toks[s->tok0];
  if (t->end - t->start != 3 || strncasecmp(c->text + t->start, "the", 3)) return 0;
  t = &c->toks[s->tok1];
  if (k + 1 < c->ns && c->s[k + 1].tok0 == s->tok1) return 0; /* "the North Korean side" */
  n = s->tok1 + 1 < c->ntok ? &c->toks[s->tok1 + 1] : NULL;
  if (n && (n->flags & DYAD_TOK_WORD) && (n->flags & DYAD_TOK_CAP) && !is_poss_token(c->text, n)) return 0;
  memset(m, 0, sizeof *m);
  m->person = -1;
  m->kind = DYAD_MK_DEFINITE;
  m->flags = DYAD_MF_STATE;
  memcpy(m->sector, c->text[t->start] == 'N' ? "NORTH" : "SOUTH", 6);
  m->tok_start = s->tok0;
  m->tok_end = s->tok1 + 1;
  if (n && is_poss_token(c->text, n)) {
    m->flags |= DYAD_MF_POSSESSIVE;
    m->tok_end++;
  }
  m->start = c->toks[m->tok_start].start;
  m->end = c->toks[m->tok_end - 1].end;
  return 1;
}

/* Parses one mention starting at segment k; returns the number of segments
** used (0: no mention here) and fills *m. */
/* Is the determiner before segment j (after k) a singular demonstrative,
** "that" or "this"? Before "two" it is a conjunction ("said that two more
** were shot down"), not "the two" (accB). */
static int demonstrative1(const ctx *c, const seg *S, size_t j, size_t k) {
  if (j <= k) return 0;
  const dyad_token *t = &c->toks[S[j - 1].tok0];
  return t->end - t->start == 4 &&
         (!strncasecmp(c->text + t->start, "that", 4) || !strncasecmp(c->text + t->start, "this", 4));
}

static size_t parse_np(const ctx *c, size_t k, dyad_mention *m) {
  const dyad_dict *d = c->d;
  const seg *S = c->s;
  size_t j = k, last;
  const dyad__sense *det = NULL, *two = NULL, *mod = NULL, *cp = NULL,
                    *org = NULL, *x;
  int nagents = 0, have_person = 0, state = 0, is_igo = 0, stop = 0;
  int adjword = 0, prefix = 0;
  unsigned plural = 0;
  char sector[16] = "", mcountry[8] = "", mcode[32] = "";
  int role = 0;
  int32_t person = -1;
  const dyad__term *term = NULL;

  /* a phrase that is no actor ("Korean Peninsula"): no mention starts
     there */
  if (!(S[k].types & ~T(BLOCK))) return 0;
  if (half_of_two(c, k, m)) return 1;
  /* a determiner with no phrase right after it ("the", "a"; every test
     below wants one) */
  if (!(S[k].types & ~(T(DET) | T(BLOCK))) && !adjacent(c, k)) return 0;
  memset(m, 0, sizeof *m);
  m->person = -1;
  /* [det | his] */
  if ((x = get(d, &S[j], T(DET) | T(PRON))) && adjacent(c, j)) {
    int take = 0;
    size_t n = j + 1;
    int def = (x->flags & DYAD__SF_DEFINITE) != 0;
    int the = x->type == DYAD__S_DET && def && !(x->flags & DYAD__SF_PLURAL) &&
              S[j].u1 - S[j].u0 == 1 &&
              c->toks[S[j].tok0].end - c->toks[S[j].tok0].start == 3;
    if (x->type == DYAD__S_PRON && !def) {
      take = 0;
    } else if (S[n].types & (T(AGENT) | T(CPART) | T(STATE) | T(ORG))) {
      take = 1;
    } else if ((S[n].types & T(TWO)) && def) {
      take = 1;
    } else if (modifier(c, n)) {
      take = 1;
    } else if (the && (S[n].types & (MODIFIER | T(PFULL)))) {
      take = 1; /* "the Russian Federation", "the UN", "the Russians" */
    }
    if (take) {
      det = x;
      j++;
    }
  }
  /* [two | both]; not after a singular demonstrative ("said ... that two
     more were shot down", "hopeful that two French hostages ...": "that" is
     a conjunction there, no determiner of "two") (accB) */
  if (j < c->ns && (x = get(d, &S[j], T(TWO))) &&
      ((det && (det->flags & DYAD__SF_DEFINITE) && !demonstrative1(c, S, j, k)) || (x->flags & DYAD__SF_BOTH))) {
    if (adjacent(c, j) && (S[j + 1].types & (T(AGENT) | T(STATE)))) {
      two = x;
      j++;
    } else if (x->role) {
      return 0; /* "the three hostages": a numeral of three or more only before its noun */
    } else if (det && j > k && adjacent(c, j - 1) && S[j].tok1 < c->ntok &&
               (c->toks[S[j].tok1].flags & DYAD_TOK_CAP) && !(c->toks[S[j].tok0].flags & DYAD_TOK_CAP) &&
               (c->toks[S[j].tok1].flags & DYAD_TOK_WORD) &&
               (c->toks[S[j].tok1].end - c->toks[S[j].tok1].start != 6 ||
                strncasecmp(c->text + c->toks[S[j].tok1].start, "Koreas", 6))) {
      /* "warned the two Gulf states that ...", "the two Baltic republics": a
         name after "the two" says which two, and they are no pair of the
         story's events (fpx) */
      return 0;
    } else if (det && j > k && adjacent(c, j - 1)) {
      /* "the two" */
      m->kind = DYAD_MK_DEFINITE;
      m->flags = DYAD_MF_TWO | DYAD_MF_PLURAL;
      last = j + 1;
      goto done;
    } else if (!det) {
      return 0;
    }
  } else if (j < c->ns && (x = get(d, &S[j], T(TWO))) && !x->role && adjacent(c, j) &&
             (S[j + 1].types & (T(AGENT) | MODIFIER))) {
    j++; /* "two officials": a numeral */
  }
  if (j >= c->ns) return 0;
  /* [modifier] */
  if (modifier(c, j)) {
    mod = get(d, &S[j], MODIFIER);
    country_of(c, mod, mcountry, mcode, &is_igo);
    j++;
  }
  last = j;
  /* [agents...] */
  while (!stop && j < c->ns && (j == last || adjacent(c, j - 1)) &&
         (x = get(d, &S[j], T(AGENT)))) {
    const dyad__agent *a = &d->agents[x->idx];
    if (sector_rank(a->sector) > sector_rank(sector)) {
      memcpy(sector, a->sector, sizeof sector);
      prefix = (a->flags & DYAD__SF_PREFIX) != 0;
    }
    if (x->role) role = x->role;
    plural = x->flags & DYAD__SF_PLURAL;
    adjword = (x->flags & DYAD__SF_ADJ) != 0;
    nagents++;
    if (S[j].poss) stop = 1;
    j++;
  }
  /* [counterpart] */
  if (!stop && j < c->ns && (j == last || adjacent(c, j - 1)) &&
      (x = get(d, &S[j], T(CPART)))) {
    cp = x;
    plural = x->flags & DYAD__SF_PLURAL;
    if (S[j].poss) stop = 1;
    j++;
  }
  /* [named organisation] */
  if (!stop && j < c->ns && (j == last || adjacent(c, j - 1)) &&
      (x = get(d, &S[j], T(ORG)))) {
    org = x;
    plural = 0; /* "state media KCNA" is one body */
    if (S[j].poss) stop = 1;
    j++;
    /* "Yonhap news agency", "Hamas militants": the name keeps its code
    ** (also "a Taliban splinter group") */
    while (!stop && j < c->ns && (adjacent(c, j - 1) || group_after(c, j - 1)) &&
           (x = get(d, &S[j], T(AGENT)))) {
      if (x->role) role = x->role;
      plural = x->flags & DYAD__SF_PLURAL;
      if (S[j].poss) stop = 1;
      j++;
    }
  }
  /* [person] */
  if (!stop && j < c->ns && (j == last || adjacent(c, j - 1)) &&
      (S[j].types & (T(PFULL) | T(PSHORT))) &&
      pick_person(d, &S[j], c->w, short_ok(c, j), role, &person, &term)) {
    have_person = 1;
    if (S[j].poss) stop = 1;
    j++;
    if (!stop && group_after(c, j - 1)) {
      if (S[j].poss) stop = 1; /* "the Zarqawi group": his */
      j++;
    }
  }
  /* [TABARI country after its agents]: "Prime Minister Telemar" (a
  ** synonym of a country code), "MSF Arnor" (a prefixed agent) */
  if (!stop && nagents && !cp && !org && !have_person && j < c->ns &&
      adjacent(c, j - 1) && (x = get(d, &S[j], T(COUNTRY))) &&
      (d->countries[x->idx].flags & DYAD__CF_TABARI) &&
      (!mod || (!is_igo && !memcmp(mcountry, d->countries[x->idx].iso3, 4)))) {
    /* "Bree Prime Minister Romendacil": the same country again is absorbed */
    if (!mod) {
      mod = x;
      country_of(c, mod, mcountry, mcode, &is_igo);
    }
    if (S[j].poss) stop = 1;
    j++;
  }
  /* [state noun] */
  if (!stop && !nagents && !cp && !org && !have_person && j < c->ns &&
      (j == last || adjacent(c, j - 1)) && (x = get(d, &S[j], T(STATE))) &&
      (det || two || mod)) {
    state = 1;
    plural = x->flags & DYAD__SF_PLURAL;
    if ((x->flags & DYAD__SF_PAIR) && det && !two && !mod && det->type == DYAD__S_DET &&
        !(det->flags & DYAD__SF_PLURAL) && (det->flags & DYAD__SF_DEFINITE) && j == k + 1)
      two = x; /* "the sides agreed": the two sides, as "the two sides" (syn2) */
    j++;
  }
  /* [of COUNTRY] */
  if (!stop && j > last && (nagents || have_person || cp || state) && !mod &&
      j + 1 < c->ns && adjacent(c, j - 1) && get(d, &S[j], T(OF)) && adjacent(c, j) &&
      (x = get(d, &S[j + 1], T(COUNTRY) | T(IGO)))) {
    mod = x;
    country_of(c, mod, mcountry, mcode, &is_igo);
    if (S[j + 1].poss) m->flags |= DYAD_MF_POSSESSIVE;
    j += 2;
  }

  if (j == last) {
    /* no nominal: a bare country, seat, IGO, adjective, person or pronoun */
    const seg *h = &S[j];
    const dyad__sense *p;
    if ((p = get(d, h, T(PFULL))) && pick_person(d, h, c->w, short_ok(c, j), 0, &person, &term)) {
      have_person = 1;
    } else if ((p = get(d, h, T(COUNTRY) | T(SEAT) | T(IGO)))) {
      country_of(c, p, m->country, m->code, &is_igo);
      m->kind = p->type == DYAD__S_COUNTRY ? DYAD_MK_COUNTRY
                : p->type == DYAD__S_SEAT  ? DYAD_MK_SEAT
                                           : DYAD_MK_IGO;
      if (p->type == DYAD__S_IGO && memcmp(m->code, "IGO", 3) && m->code[3]) {
        /* a non-governmental body listed with a country code (KORBUS) */
        m->kind = DYAD_MK_AGENT;
        snprintf(m->sector, sizeof m->sector, "%s", m->code + 3);
      }
    } else if ((p = get(d, h, T(ADJ)))) {
      country_of(c, p, m->country, m->code, &is_igo);
      m->kind = DYAD_MK_ADJ;
      if (p->flags & DYAD__SF_PLURAL) {
        m->flags |= DYAD_MF_PLURAL;
      } else if (h->tok1 < c->ntok && (c->toks[h->tok1].flags & DYAD_TOK_WORD) &&
                 !(c->toks[h->tok1].flags & DYAD_TOK_NUMBER)) {
        m->flags |= DYAD_MF_MODIFIER;
      }
    } else if ((h->types & (T(PFULL) | T(PSHORT))) && /* else no person: skip the tests */
               pick_person(d, h, c->w, short_ok(c, j), 0, &person, &term)) {
      have_person = 1;
    } else if (!det && (p = get(d, h, T(PRON)))) {
      m->kind = DYAD_MK_PRONOUN;
      if (p->flags & DYAD__SF_PLURAL) m->flags |= DYAD_MF_PLURAL;
      if ((p->flags & DYAD__SF_POSS) ||
          ((p->flags & DYAD__SF_HER) && h->tok1 < c->ntok &&
           (c->toks[h->tok1].flags & DYAD_TOK_WORD) &&
           !(c->toks[h->tok1].flags & DYAD_TOK_CAP)))
        m->flags |= DYAD_MF_POSSESSIVE;
    } else {
      return 0;
    }
    if (have_person) {
      m->kind = DYAD_MK_PERSON;
    }
    j++;
    last = j;
    if (h->poss && m->kind == DYAD_MK_PRONOUN) {
      /* "It's", "he's": a verb, not a possessive; leave the "'s" out */
      m->tok_start = S[k].tok0;
      m->tok_end = S[last - 1].tok1 - 1;
      goto span;
    }
    if (h->poss) m->flags |= DYAD_MF_POSSESSIVE;
    goto done;
  }
  last = j;
  if (S[j - 1].poss) m->flags |= DYAD_MF_POSSESSIVE;
  if (plural) m->flags |= DYAD_MF_PLURAL;
  if (two) m->flags |= (two->role ? DYAD_MF_MANY : DYAD_MF_TWO) | DYAD_MF_PLURAL;
  m->role = (uint16_t)role;
  if (have_person) {
    m->kind = DYAD_MK_PERSON;
    if (cp) m->flags |= DYAD_MF_COUNTERPART;
  } else if (cp) {
    m->kind = DYAD_MK_COUNTERPART;
    memcpy(m->country, mcountry, 8);
    memcpy(m->sector, sector, sizeof m->sector);
  } else if (org) {
    const dyad__agent *a = &d->agents[org->idx];
    m->kind = DYAD_MK_AGENT;
    memcpy(m->code, a->code, 32);
    memcpy(m->country, a->country, 8);
    memcpy(m->sector, a->sector[0] ? a->sector : sector, sizeof m->sector);
    if (!m->role) m->role = a->role;
  } else if (state) {
    if (mod && !two) {
      m->kind = DYAD_MK_COUNTRY;
      memcpy(m->country, mcountry, 8);
      memcpy(m->code, mcode, 32);
    } else {
      m->kind = DYAD_MK_DEFINITE;
    }
    m->flags |= DYAD_MF_STATE;
  } else if (det && (det->flags & DYAD__SF_DEFINITE) && !mod) {
    m->kind = DYAD_MK_DEFINITE;
    memcpy(m->sector, sector, sizeof m->sector);
  } else {
    m->kind = DYAD_MK_AGENT;
    memcpy(m->sector, sector, sizeof m->sector);
    if (adjword && !mod && attributive(c, S[j - 1].tok1)) m->flags |= DYAD_MF_MODIFIER;
    if (mod) {
      memcpy(m->country, mcountry, 8);
      if (is_igo)
        memcpy(m->code, mcode, 32);
      else
        set_code(m->code, prefix ? sector : mcountry, prefix ? mcountry : sector);
    }
  }
done:
  if (have_person) {
    m->person = person;
    if (term) {
      memcpy(m->code, term->code, 32);
      memcpy(m->country, term->country, 8);
      if (role && term->role == role) m->flags |= DYAD_MF_TITLED;
      m->role = term->role;
      if (m->code[0] == 'I' && !memcmp(m->code, "IGO", 3))
        /* "NATO Secretary General Jens Stoltenberg" (IGOWSTNAT): NATO's
           own country code, NAT, as "NATO" has, not WST */
        for (size_t i = 0; i < d->nigo; i++)
          if (!strcmp(d->igos[i].code, m->code)) {
            memcpy(m->country, d->igos[i].country, 8);
            break;
          }
    } else {
      const dyad__term *lt = latest_term(d, (uint32_t)person);
      m->role = DYAD_ROLE_NONE;
      if (lt) {
        memcpy(m->country, lt->country, 8);
        memcpy(m->code, lt->country, 8);
      }
    }
  }
  m->tok_start = S[k].tok0;
  m->tok_end = S[last - 1].tok1;
  if ((m->flags & DYAD_MF_TWO) && m->kind == DYAD_MK_DEFINITE && !m->sector[0] && m->tok_end < c->ntok &&
      c->toks[m->tok_end].end - c->toks[m->tok_end].start == 6 &&
      !strncasecmp(c->text + c->toks[m->tok_end].start, "Koreas", 6)) {
    /* "the two Koreas", "both Koreas": the coder reads sector KOREAS as
       South and North Korea */
    memcpy(m->sector, "KOREAS", 7);
    m->flags |= DYAD_MF_STATE;
    m->tok_end++;
  }
  if (m->sector[0] == 'U' && m->sector[1] == 'A' && m->sector[2] == 'F' && !m->sector[3] && !m->code[0] &&
      (m->kind == DYAD_MK_AGENT || m->kind == DYAD_MK_DEFINITE) && m->tok_end < c->ntok && group_of(c, m->tok_end - 1))
    return 0; /* "a group of protesters": the protesters act, not a group */
span:
  m->start = c->toks[m->tok_start].start;
  m->end = c->toks[m->tok_end - 1].end;
  return last - k;
}

/* Is the phrase of units h0 (0: none) and h1 a name of a state or a seat
** (1), or, failing that, a nationality adjective (2: "Israeli")? 0: neither. */
static int state_name(const dyad_dict *d, uint64_t h0, unsigned c0, uint64_t h1, unsigned c1) {
  const dyad__tnode *a;
  uint32_t tcap, tall;
  if (h0) {
    a = dyad__tlookup(d, dyad__hmix(dyad__hmix(DYAD__HSEED, h0), h1));
    tcap = (c0 & DYAD__CAP_INIT ? 1u : 0) | (c1 & DYAD__CAP_INIT ? 2u : 0);
    tall = (c0 & DYAD__CAP_ALL ? 1u : 0) | (c1 & DYAD__CAP_ALL ? 2u : 0);
  } else {
    a = dyad__tlookup(d, dyad__hmix(DYAD__HSEED, h1));
    tcap = c1 & DYAD__CAP_INIT ? 1u : 0;
    tall = c1 & DYAD__CAP_ALL ? 1u : 0;
  }
  if (!a || !a->sense) return 0;
  int adj = 0;
  for (uint32_t k = a->sense; k; k = d->senses[k - 1].next) {
    const dyad__sense *x = &d->senses[k - 1];
    if ((x->type == DYAD__S_COUNTRY || x->type == DYAD__S_SEAT) && /* (no IGO: "the Asia-Europe Meeting") */
        sense_ok(x, tcap, tall))
      return 1;
    if (x->type == DYAD__S_ADJ && sense_ok(x, tcap, tall)) adj = 1;
  }
  return adj ? 2 : 0;
}

/* Is w[0,n) a noun of talks between two sides ("talks", "summit", "peace"
** as in "peace talks")? A pair of nationalities is two states only before
** one: "Israeli-Palestinian talks", not "a Korean-American journalist". */
static int meeting_noun(const char *w, size_t n) {
  static const char *const MEET[] = {"talks", "summit", "summits", "negotiations", "meeting", "meetings",
                                     "dialogue", "consultations", "peace"};
  for (size_t k = 0; k < sizeof MEET / sizeof MEET[0]; k++)
    if (strlen(MEET[k]) == n && !strncasecmp(w, MEET[k], n)) return 1;
  return 0;
}

size_t dyad__hyphen_pair(const dyad_dict *d, const char *s, size_t len, const char *prev,
                         size_t plen, const char *next, size_t nlen) {
  const char *h;
  uint64_t ha, hb, hx;
  unsigned ca, cb, cx;
  size_t cut;
  if (!d || !d->tabcap || len < 4 || !(h = memchr(s, '-', len))) return 0;
  cut = (size_t)(h - s);
  if (cut < 2 || len - cut < 3 || memchr(h + 1, '-', len - cut - 1)) return 0; /* two pieces only */
  if ((unsigned)((unsigned char)h[1] - 'A') >= 26u) return 0;
  /* (the first name first: most words here are names of people, "Jong-Il")
     The first name may end a two-word one ("United States-China"), the
     second start one ("US-South Korea"). */
  int na, nb;
  if (!(ha = dyad__fold_unit(s, cut, &ca))) return 0;
  na = state_name(d, 0, 0, ha, ca);
  if (na != 1 && prev && plen && !memchr(prev, '-', plen) &&
      (hx = dyad__fold_unit(prev, plen, &cx)) && state_name(d, hx, cx, ha, ca) == 1)
    na = 1;
  if (!na) return 0;
  if (!(hb = dyad__fold_unit(h + 1, len - cut - 1, &cb))) return 0;
  nb = state_name(d, 0, 0, hb, cb);
  if (nb != 1 && next && nlen && !memchr(next, '-', nlen) &&
      (hx = dyad__fold_unit(next, nlen, &cx)) && state_name(d, hb, cb, hx, cx) == 1)
    nb = 1;
  if (!nb) return 0;
  /* a nationality ("Israeli-Palestinian", "Indian-US") only before a noun of
     talks: "Korean-American", "Iraqi-Polish" are people of two origins */
  if ((na == 2 || nb == 2) && !(next && meeting_noun(next, nlen))) return 0;
  /* "Guinea-Bissau", "Bosnia-Herzegovina": the two pieces start a phrase */
  return dyad__tlookup(d, dyad__hmix(dyad__hmix(DYAD__HSEED, ha), hb)) ? 0 : cut;
}

size_t dyad__find_actors(const dyad_dict *d, const char *text,
                         const dyad_token *toks, size_t ntok,
                         const char *date, dyad_mention *out, size_t cap) {
  unit u[MAXUNITS];
  uint64_t hp[MAXUNITS];
  seg s[MAXSEGS];
  uint16_t cand[MAXUNITS];
  size_t nout = 0, base = 0;
  ctx c;
  if (!d || !text || !toks) return 0;
  c.d = d;
  c.text = text;
  c.toks = toks;
  c.ntok = ntok;
  c.s = s;
  c.w = parse_when(date);
  while (base < ntok) {
    size_t stop = base + CHUNK_TOKS < ntok ? base + CHUNK_TOKS : ntok;
    size_t ext = stop + 40 < ntok ? stop + 40 : ntok, tend, nu, ns = 0, p, k, nc, ci;
    uint32_t next = (uint32_t)stop;
    nu = make_units(d, text, toks, base, ext, u, hp, MAXUNITS, &tend, cand, &nc);
    if (tend < stop) stop = tend > base ? tend : base + 1;
#if defined(__GNUC__)
    /* the slots longest() will probe first for them (one unit, and two when
    ** the next unit is a word), fetched together: with a large phrase
    ** table (Phoenix) these loads miss the caches and would wait one by
    ** one. Node keys are running unit hashes, so no table read is needed. */
    if (d->tabcap)
      for (ci = 0; ci < nc; ci++) {
        size_t q = cand[ci], mask = d->tabcap - 1;
        uint64_t h1 = dyad__hmix(DYAD__HSEED, u[q].h);
        __builtin_prefetch(&d->tab[(size_t)(h1 ^ (h1 >> 32)) & mask]);
        if (q + 1 < nu && u[q + 1].h) {
          uint64_t h2 = dyad__hmix(h1, u[q + 1].h);
          __builtin_prefetch(&d->tab[(size_t)(h2 ^ (h2 >> 32)) & mask]);
        }
      }
#endif
    for (ci = 0, p = 0; ci < nc && ns < MAXSEGS; ci++) {
      size_t q = cand[ci];
      seg alt;
      if (q < p) continue; /* inside the phrase found before */
      p = q;
      if (!longest(d, u, hp, nu, p, DYAD__MAXUNITS, &s[ns])) {
        if (!u[p].last && p + 1 < nu && u[p + 1].last &&
            (double_adj(d, u, p, &s[ns]) || author_prefix(d, u, p, &s[ns]))) {
          p += 2;
          ns++;
        }
        continue;
      }
      /* "the UN Security Council": when "the UN" is a phrase but the
      ** next word starts a longer one, take "the" alone */
      q = p + 1;
      while (q < nu && !u[q].first) q++;
      alt.u1 = 0; /* (longest() sets it when it returns 1; inlined, the compiler cannot tell) */
      if (q < s[ns].u1 && u[q].h && may_start(d, &u[q], u[q].poss ? hp[q] : 0) && longest(d, u, hp, nu, q, DYAD__MAXUNITS, &alt) &&
          alt.u1 > s[ns].u1)
        longest(d, u, hp, nu, p, q - p, &s[ns]);
      p = s[ns].u1;
      ns++;
    }
    c.ns = ns;
    for (k = 0; k < ns;) {
      dyad_mention spare, *m = nout < cap ? &out[nout] : &spare; /* (no copy) */
      size_t used;
      if (s[k].tok0 >= stop) break;
      used = parse_np(&c, k, m);
      if (!used) {
        k++;
        continue;
      }
      nout++;
      k += used;
      if (m->tok_end > next) next = m->tok_end;
    }
    base = next > base ? next : base + 1;
  }
  return nout;
}
