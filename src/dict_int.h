/*
** dict_int.h: the in-memory layout of a dictionary set, shared by dict.c
** (loading) and actors.c (matching). Not for other modules: they use dict.h.
**
** Every phrase is normalised into "units" (words split at spaces and
** hyphens, case-folded, dots dropped, curly apostrophes straightened), each
** hashed to 64 bits. A phrase is then a path in a hashed trie: the key of a
** node is the running hash of its units, so a longest match is one hash
** probe per word. A node carries the phrase's senses (what the phrase may
** mean: a country name, a person, an agent word...).
*/
#ifndef DYAD_DICT_INT_H
#define DYAD_DICT_INT_H

#include "dict.h"

#define DYAD__MAXUNITS 32   /* units per phrase (case masks are 32-bit) */
#define DYAD__MAXLINE 8192  /* bytes per dictionary line */

/* Sense types. */
enum {
  DYAD__S_COUNTRY = 1, /* idx: country */
  DYAD__S_ADJ,         /* idx: country */
  DYAD__S_SEAT,        /* idx: country */
  DYAD__S_IGO,         /* idx: igo */
  DYAD__S_PFULL,       /* idx: person, full name */
  DYAD__S_PSHORT,      /* idx: person, short name */
  DYAD__S_AGENT,       /* idx: agent */
  DYAD__S_ORG,         /* idx: agent (a named organisation with a full code) */
  DYAD__S_DET,         /* the, a, this ... (flags DEFINITE) */
  DYAD__S_PRON,        /* he, she, they, his ... */
  DYAD__S_CPART,       /* counterpart(s) */
  DYAD__S_TWO,         /* two, both; three to six (role: the number) */
  DYAD__S_STATE,       /* state, country, communist state, sides ... */
  DYAD__S_OF,          /* of */
  DYAD__S_BLOCK        /* a phrase that is no actor ("Korean Peninsula") */
};

/* Sense flags. */
#define DYAD__SF_PLURAL 1u
#define DYAD__SF_DEFINITE 2u /* determiner: the, this, his ... */
#define DYAD__SF_POSS 4u     /* possessive pronoun (his, its, their) */
#define DYAD__SF_BOTH 8u     /* "both": two without a determiner */
#define DYAD__SF_HER 16u     /* "her": possessive only before a word */
#define DYAD__SF_PREFIX 64u  /* agent code goes before the country
                                (TABARI [NGO~]) */
#define DYAD__SF_ADJ 32u     /* agent word also used as an adjective
                                ("military aid"): kind "adj" */
#define DYAD__SF_PAIR 128u   /* plural state noun that after a singular
                                "the" means the two sides ("the sides") */

typedef struct dyad__sense {
  uint32_t next;     /* next sense of the same phrase + 1, 0 = end */
  uint32_t idx;      /* index into the table of its type */
  uint32_t capmask;  /* unit k must be capitalised in the text */
  uint32_t allmask;  /* unit k must be all capitals (acronym) */
  uint8_t type;      /* DYAD__S_* */
  uint8_t flags;     /* DYAD__SF_* */
  uint8_t role;      /* DYAD_ROLE_* (agents) */
  uint8_t pad;
} dyad__sense;

typedef struct dyad__tnode {
  uint64_t key;      /* running hash of the units; 0 = empty slot */
  uint32_t sense;    /* first sense + 1, 0 = a prefix only */
  uint32_t bits;     /* DYAD__TN_*: whether longer phrases continue this one,
                        and a summary of its senses (kept by add_phrase) */
} dyad__tnode;

/* Node bits. Bits 1..15 are 1 << type for each type among the node's senses
** (sense types are 1..15); DYAD__TN_CASED is set when some sense has a case
** condition (capmask or allmask), so without it every sense holds and the
** valid types are the type bits. */
#define DYAD__TN_CHILD 1u
#define DYAD__TN_TYPES 0xFFFEu
#define DYAD__TN_CASED 0x80000000u
_Static_assert(DYAD__S_BLOCK <= 15, "a node's type bits hold sense types 1..15");

typedef struct dyad__country {
  char iso3[4];
  uint32_t name;     /* string offset of the first name */
  uint32_t capital;  /* string offset */
  double lat, lon;
  uint32_t flags;    /* DYAD__CF_* */
} dyad__country;

/* Country flags. */
#define DYAD__CF_TABARI 1u /* entered by a TABARI/PETRARCH actor line: an agent
                              right before its name composes with it
                              ("Prime Minister Telemar", "MSF Arnor") */
#define DYAD__CF_KINGDOM 2u /* a name of it holds the word "Kingdom" ("Kingdom of
                              Morocco", "United Kingdom"): the coder's "the
                              kingdom" may be it */


typedef struct dyad__igo {
  char code[32];
  char country[8];
  uint32_t name;
} dyad__igo;

typedef struct dyad__person {
  uint32_t name;     /* string offset of the first full name */
  uint32_t term;     /* first term + 1 (a list through dyad__term.next) */
} dyad__person;

typedef struct dyad__term {
  char code[32];
  char country[8];
  int32_t from, to;  /* yyyymmdd; 0 / 99999999 when open */
  uint32_t person;
  uint32_t next;     /* next term of the same person + 1 */
  uint8_t role;
} dyad__term;

typedef struct dyad__agent {
  char sector[16];   /* GOV, MIL, GOVMED ...; "" for a named org */
  char code[32];     /* a named organisation's full code (JPNMED), else "" */
  char country[8];   /* a named organisation's country, else "" */
  uint8_t role;
  uint8_t flags;     /* DYAD__SF_PLURAL, DYAD__SF_PREFIX */
} dyad__agent;

/* What each file kind contributed (for `dyad dict check`). */
enum {
  DYAD__C_COUNTRIES, DYAD__C_IGOS, DYAD__C_PEOPLE, DYAD__C_AGENTS,
  DYAD__C_VERBS, DYAD__C_PHRASES, DYAD__C_N
};

struct dyad_dict {
  dyad__tnode *tab;
  size_t tabcap, tabn;          /* tabcap is a power of two */
  dyad__sense *senses;
  size_t nsense, capsense;
  char *str;                    /* interned strings, NUL-separated */
  size_t nstr, capstr;
  dyad__country *countries;
  size_t ncountry, capcountry;
  dyad__igo *igos;
  size_t nigo, capigo;
  dyad__person *persons;
  size_t nperson, capperson;
  dyad__term *terms;
  size_t nterm, capterm;
  uint32_t *termkey;            /* dyad__term_key of each term (malloc'd, also
                                   for a compiled set): dyad__office_holder
                                   scans these, not the 64-byte terms */
  size_t captermkey;
  uint64_t *known3;             /* while sources load (malloc'd, or NULL): bit
                                   k of the 26^3 three-capital codes that are
                                   a country's ISO code or an IGO's country,
                                   for the first known3_nc countries and
                                   known3_ni IGOs (check_code's test) */
  size_t known3_nc, known3_ni;
  dyad__agent *agents;
  size_t nagent, capagent;
  size_t count[DYAD__C_N];
  struct dyad_verbs *verbs;
  struct dyad_gazetteer *gaz;
  struct dyad__petrarch *pet;   /* issue-4 readers' parsed state, or NULL */
  void (*pet_free)(struct dyad__petrarch *); /* set with pet; frees it */
  char *gaz_dir;                /* directory the gazetteer's places.tsv
                                   came from (a compiled set reloads it) */
  int cached;                   /* loaded from a compiled set */
  void *map;                    /* that set's file, mapped read-only:
                                   the arrays above may point into it
                                   (never written, grown or freed one by
                                   one) */
  size_t maplen;
  char *err;                    /* all error messages, '\n'-separated */
  size_t errlen, errcap;
  size_t nerrors;
  uint64_t first[1024];          /* bit (hash & 0xFFFF): some phrase starts
                                   with a unit of that hash (a filter) */
  uint64_t first_lc[1024];       /* the same for the phrases with a sense
                                   that does not need its first unit
                                   capitalised: only those can start at a
                                   word in lower case */
};

/* Folds one unit s[0,len) (a word piece without spaces or hyphens) and
** returns its hash (0 when nothing is left, e.g. "."); *caps gets
** DYAD__CAP_INIT when it starts with a capital and DYAD__CAP_ALL when it has
** two or more letters, all capitals. Allocation-free. */
#define DYAD__CAP_INIT 1u
#define DYAD__CAP_ALL 2u
uint64_t dyad__fold_unit(const char *s, size_t len, unsigned *caps);

/* Makes room in the phrase table for `more` further nodes at once (a
** reader that knows its input is large calls it before adding, instead of
** the table doubling and rehashing step by step). Lookups do not depend on
** the capacity. Returns 0 or DYAD_ENOMEM (the table is then unchanged). */
int dyad__dict_reserve(dyad_dict *d, size_t more);

/* The unit hash, over the normalised bytes of a unit taken as 8-byte
** little-endian words: h = hword(h, w) per full word, htail for the last
** partial one (zero-padded), then hfinal with the byte count. actors.c
** computes the same value eight bytes at a time for plain ASCII words. */
#define DYAD__USEED 0x2545F4914F6CDD1Dull
static inline uint64_t dyad__hword(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}
static inline uint64_t dyad__htail(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 29);
}
static inline uint64_t dyad__hfinal(uint64_t h, size_t n) {
  h = (h ^ (uint64_t)n) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 32;
  return h ? h : 1;
}

/* A term's role and the first three bytes of its country in one word: equal
** for every term of that role and country (and maybe a few others, which
** the caller's own test rules out). */
static inline uint32_t dyad__term_key(const char *country, int role) {
  /* (the three bytes unrolled: no byte after the first NUL is read, and a
     compiled set's load keys every term) */
  uint32_t k = (uint32_t)(uint8_t)role << 24, b;
  if (!(b = (unsigned char)country[0])) return k;
  k |= b;
  if (!(b = (unsigned char)country[1])) return k;
  k |= b << 8;
  return k | (uint32_t)(unsigned char)country[2] << 16;
}

/* Extends the running phrase hash h by one unit hash. */
static inline uint64_t dyad__hmix(uint64_t h, uint64_t u) {
  h = (h ^ u) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 31;
  return h ? h : 1;
}
#define DYAD__HSEED 0x84222325CBF29CE4ull

/* The node with key h, or NULL. */
static inline const dyad__tnode *dyad__tlookup(const dyad_dict *d,
                                               uint64_t h) {
  size_t mask, i;
  if (!d->tabcap) return NULL;
  mask = d->tabcap - 1;
  for (i = (size_t)(h ^ (h >> 32)) & mask;; i = (i + 1) & mask) {
    if (d->tab[i].key == h) return &d->tab[i];
    if (!d->tab[i].key) return NULL;
  }
}

/* Parses "YYYY-MM-DD" / "YYYY-MM" / "YYYY" into the range [*lo, *hi] of
** yyyymmdd; returns 0 when malformed. */
int dyad__date_range(const char *s, size_t len, int32_t *lo, int32_t *hi);

#endif
