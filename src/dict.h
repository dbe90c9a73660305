/*
** dict.h: dyad's dictionaries in memory (dict.c: countries, IGOs, people by
** date, agents) and the actor recognizer over them (actors.c); the verb
** patterns are a separate module (verbs.h) that the dictionary set owns.
** Internal: the coder (coder.c) is its client.
*/
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include "dyad.h"

#include <string.h>

/* Offices, as in people.tsv's `role` column and agents.tsv's `role:XX`. */
enum {
  DYAD_ROLE_NONE = 0,
  DYAD_ROLE_HOS,   /* head of state */
  DYAD_ROLE_HOG,   /* head of government */
  DYAD_ROLE_FM,    /* foreign minister */
  DYAD_ROLE_DEF,   /* defence minister */
  DYAD_ROLE_ENV,   /* envoy, ambassador, special representative */
  DYAD_ROLE_LDR,   /* party or supreme leader */
  DYAD_ROLE_MIN,   /* other minister */
  DYAD_ROLE_OTH    /* other official */
};

/* What an actor mention is. */
enum {
  DYAD_MK_COUNTRY = 1, /* "Russia", "the Russian Federation": country alone */
  DYAD_MK_ADJ,         /* demonym as a noun phrase ("Russians", "the Russians") */
  DYAD_MK_SEAT,        /* "Seoul", "the Kremlin": that country's government */
  DYAD_MK_IGO,         /* "the UN Security Council" */
  DYAD_MK_PERSON,      /* a known person, title included ("Russian Foreign
                          Minister Sergei Lavrov", "Lavrov", "Yun's") */
  DYAD_MK_AGENT,       /* [country] agent, no known person ("a South Korean
                          Foreign Ministry official", "Russian forces",
                          "officials") */
  DYAD_MK_COUNTERPART, /* "his Russian counterpart": country set; the coder
                          resolves the role from the antecedent */
  DYAD_MK_PRONOUN,     /* he, she, they, it, his, its, their ... */
  DYAD_MK_DEFINITE     /* "the minister", "the communist state", "the two
                          ministers", "the two", "both sides" */
};

/* Mention flags. */
#define DYAD_MF_PLURAL 1u      /* plural head ("officials", "they") */
#define DYAD_MF_POSSESSIVE 2u  /* "Yun's", "Russia's", "his" */
#define DYAD_MF_TWO 4u         /* "the two (ministers)", "both sides" */
#define DYAD_MF_COUNTERPART 8u /* "his Russian counterpart Sergey Lavrov": a
                                  named person after "counterpart" */
#define DYAD_MF_STATE 16u      /* a country as a noun: "the communist state",
                                  "the two countries", "both sides" */
#define DYAD_MF_MODIFIER 32u   /* a singular adjective before a word no
                                  dictionary knows ("Russian gas") */
#define DYAD_MF_MANY 128u      /* "the three leaders", "the four ministers",
                                  "the six countries": a numeral of three to
                                  six, the word after "the" */
#define DYAD_MF_TITLED 64u     /* a person named with the title of an office
                                  they held ("President Moon Jae-in"): role
                                  is that office */

/* One actor mention in a sentence. Fixed size: arrays of them need no
** per-mention allocation. */
typedef struct dyad_mention {
  uint32_t tok_start, tok_end;  /* token range [tok_start, tok_end) */
  uint32_t start, end;          /* byte span in the text */
  uint16_t kind;                /* DYAD_MK_* */
  uint16_t role;                /* DYAD_ROLE_* of a person or agent */
  uint32_t flags;               /* DYAD_MF_* */
  int32_t person;               /* people-table index, or -1 */
  char code[32];                /* actor code resolved for the date
                                   ("KORGOV"), "" when unresolved */
  char country[8];              /* "KOR", "UNO" (IGO), "" when unknown */
  char sector[16];              /* CAMEO agent sector of an agent or
                                   definite ("GOV", "MIL", "GOVMED"), ""
                                   when none */
} dyad_mention;

/* Finds the actor mentions of one sentence. `toks` are the sentence's tokens
** (dyad_tokenize over text); `date` ("YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL
** for "now") picks who held an office then. Writes at most cap mentions,
** non-overlapping, in text order (out[k] past the count may be written
** over); returns how many there were (may exceed
** cap). No allocation. */
size_t dyad__find_actors(const dyad_dict *d, const char *text,
                         const dyad_token *toks, size_t ntok,
                         const char *date, dyad_mention *out, size_t cap);

/* A word "X-Y" of two names of states or capitals ("Korea-US" in "the
** South Korea-US exercise", "Russia-Ukraine", "Seoul-Washington"): the offset of its
** hyphen in s[0,len), else 0. Not a name of its own ("Guinea-Bissau",
** "Timor-Leste"), nor adjectives ("Korean-American") unless the next word is
** a noun of talks ("Israeli-Palestinian talks", "Indian-US summit"), nor a
** name before a word in lower case ("US-led"). The coder reads the word as
** "X and Y". */
/* prev, next: the words before and after it (NULL: none), for names of two
** words ("United States-China", "US-South Korea"). */
size_t dyad__hyphen_pair(const dyad_dict *d, const char *s, size_t len, const char *prev,
                         size_t plen, const char *next, size_t nlen);

/* The year of a document dated only by a yearless wire dateline
** (doc->dateline_day, "SEOUL, Sept. 20 (Yonhap) --"): the years in which the
** lead's first weekday names the dateline's day (with `east`, a dateline
** city far east of Greenwich, also the day after it), in which each person
** the text names with a title (not "former") held that office in the week
** up to the day, and not before a year the text gives as past ("since
** 2019", "the 2015 agreement"). When exactly one year fits, writes the
** date "YYYY-MM-DD" to out and returns 1; else returns 0. Either way why
** (whycap bytes) says what was found. hz: dyad__people_horizon(d). tok and
** men are the caller's scratch buffers (captok, capmen entries). No
** allocation. */
int dyad__infer_doc_year(const dyad_dict *d, const dyad_doc *doc, const dyad_sentence *ss,
                         size_t ns, int east, int32_t hz, dyad_token *tok, size_t captok,
                         dyad_mention *men, size_t capmen, char out[11], char *why, size_t whycap);

/* The latest date (yyyymmdd) the people table knows of: an open term runs
** to there. A walk over every term (tens of thousands with a PETRARCH set's
** dated actors): the caller computes it once per dictionary set. */
int32_t dyad__people_horizon(const dyad_dict *d);

/* The person who held `role` for `country` on `date` (NULL: now), or -1.
** For "his Russian counterpart" (the Russian FM when the antecedent is FM). */
int32_t dyad__office_holder(const dyad_dict *d, const char *country, int role,
                            const char *date);

/* Whether the person held office `role` on `date` (NULL: in any term), as
** well as the office they are known by then ("the defence minister" of a
** prime minister who held the ministry himself). */
int dyad__person_holds(const dyad_dict *d, int32_t person, int role, const char *date);

/* A person's actor code and role on `date` (NULL: the latest term). Returns
** 1 and fills code/role when they held an office then, else 0. */
int dyad__person_code(const dyad_dict *d, int32_t person, const char *date,
                      char code[32], int *role);

/* A person's first full name as listed (static to the dictionary). */
const char *dyad__person_name(const dyad_dict *d, int32_t person);

/* The verb patterns (verbs.c) and the city gazetteer (place.c) that the
** dictionary set owns; NULL when not loaded. */
struct dyad_verbs;
struct dyad_gazetteer;
const struct dyad_verbs *dyad__dict_verbs(const dyad_dict *d);
const struct dyad_gazetteer *dyad__dict_gazetteer(const dyad_dict *d);

/* ---- Added by dict.c for `dyad dict check` and for the readers of other
** dictionary formats (issue 4) that fill the same tables. ---- */

/* Entry counts: what = 0 countries, 1 IGOs, 2 people lines, 3 agent lines,
** 4 verb patterns, 5 phrases interned. */
size_t dyad__dict_count(const dyad_dict *d, int what);

/* Number of malformed lines seen by all loads so far (the messages are all
** in dyad_dict_errmsg, one a line). */
size_t dyad__dict_nerrors(const dyad_dict *d);

/* Records "file:line: message" (line 0: "file: message"). */
void dyad__dict_error(dyad_dict *d, const char *file, size_t line,
                      const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* A new actor (a person or any dated-code entry): returns its index or -1
** (out of memory). Names and terms are added with the two calls below. */
int32_t dyad__dict_new_actor(dyad_dict *d);

/* Adds a name phrase s[0,len) to an actor (is_short: a later-mention form,
** matched only while the actor holds a term). 0, DYAD_EDICT (empty or too
** long phrase) or DYAD_ENOMEM. */
int dyad__dict_add_actor_name(dyad_dict *d, int32_t actor, const char *s,
                              size_t len, int is_short);

/* Adds a dated code: from/to as yyyymmdd, 0 / 99999999 when open. */
int dyad__dict_add_term(dyad_dict *d, int32_t actor, const char *code,
                        int role, int32_t from, int32_t to);

/* Adds an agent phrase s[0,len) of `sector` (GOV, MIL ...) and role;
** plural: the phrase is a plural form. 0 or a negative status. */
int dyad__dict_add_agent(dyad_dict *d, const char *s, size_t len,
                         const char *sector, int role, int plural);

/* Same; prefix: the code goes before the country (TABARI `[NGO~]`:
** "Korean Amnesty" -> NGOKOR) instead of after it (`[~GOV]`). Codes of up
** to 15 letters. */
int dyad__dict_add_agent_ex(dyad_dict *d, const char *s, size_t len,
                            const char *code, int role, int plural, int prefix);

/* Is the country of code iso3 a kingdom (a name of it in countries.tsv
** holds the word "Kingdom")? 0 for codes d does not know. */
int dyad__country_is_kingdom(const dyad_dict *d, const char *iso3);

/* Adds a name phrase s[0,len) for a country actor with code `iso3` (three
** capitals; the country entry is created on first use, so several names
** share it). Such a mention composes with agents like a country of
** countries.tsv ("the Arnor government" -> ARNGOV). 0, DYAD_EINVAL,
** DYAD_EDICT (empty or too long phrase) or DYAD_ENOMEM. */
int dyad__dict_add_country_name(dyad_dict *d, const char *iso3, const char *s,
                                size_t len);

/* Adds a name phrase for an international organisation with a full code
** ("IGOUNO"; its country is the code's second group, "UNO"). The entry is
** created on first use of the code. Returns as above. */
int dyad__dict_add_igo_name(dyad_dict *d, const char *code, const char *s,
                            size_t len);

/* ---- Compiled dictionary sets (dict_cache.c, issue 4) ----------------- */

/* A growing output buffer and a bounds-checked reader over untrusted bytes,
** for the modules that save their parts of a set (verbs.c). Every put is
** padded to 8 bytes; a failed allocation sets err (later puts do nothing).
** A get past the end sets err and yields zeros / NULL. */
typedef struct dyad__wbuf {
  unsigned char *p;
  size_t n, cap;
  int err;               /* 0 or DYAD_ENOMEM */
} dyad__wbuf;

typedef struct dyad__rbuf {
  const unsigned char *p;
  size_t n, off;
  int err;               /* 0 or DYAD_EFORMAT */
  unsigned char *wp;     /* non-NULL: the same bytes, kept alive by the
                            set (a mapped file, read-only: never write
                            through them): dyad__r_copy then lends
                            pointers into them instead of copying; see
                            dyad__r_lent */
} dyad__rbuf;

void dyad__w_u64(dyad__wbuf *w, uint64_t x);
/* count, then count * size bytes of data */
void dyad__w_array(dyad__wbuf *w, const void *data, size_t count, size_t size);
uint64_t dyad__r_u64(dyad__rbuf *r);
/* An array written by dyad__w_array: returns a pointer into the buffer
** (8-byte aligned when the buffer is) and sets *count; NULL (err set) when
** it runs past the end or has more than max elements. An empty array gives
** a non-NULL pointer and *count 0. */
const void *dyad__r_array(dyad__rbuf *r, size_t *count, size_t size, size_t max);
/* A malloc'd copy of such an array (at least one byte, so never NULL for an
** empty array unless out of memory: err is then DYAD_ENOMEM), or, when
** r->wp is set, a pointer lent into r->wp (not to be freed or grown). */
void *dyad__r_copy(dyad__rbuf *r, size_t *count, size_t size, size_t max);
/* 1 when p was lent by r (it points into r->wp's bytes). */
int dyad__r_lent(const dyad__rbuf *r, const void *p);
/* 1 when s[0, n) holds a NUL byte: eight bytes a step. The compiled form's
** checks call it on tens of thousands of short strings and fixed-size name
** fields, where a memchr() call costs more than the test itself. */
static inline int dyad__has_nul(const void *s, size_t n) {
  const unsigned char *b = s;
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    memcpy(&x, b + k, 8);
    if ((x - ones) & ~x & high) return 1; /* (exact for "some byte is zero") */
  }
  for (; k < n; k++)
    if (!b[k]) return 1;
  return 0;
}

/* Set-level entry points (dict_cache.c). The two dyad_dict_* ones are
** proposed for dyad.h (public); until then they are declared here. */
#ifndef DYAD_DICT_NOCACHE
#define DYAD_DICT_NOCACHE 1u /* dyad_dict_load_set: sources only, no cache */
#endif

/* Loads a dictionary set as `dyad code` builds it: dyad's own from
** data_dir (NULL or "": the default data directory; "none": not loaded),
** then each of paths[0, npaths) as dyad_dict_load(.., DYAD_DICT_AUTO) --
** through the automatic cache: when a compiled form of exactly this source
** set is fresh (no source file changed size or mtime or appeared or
** vanished, same dyad build), it is loaded instead; otherwise the sources
** are loaded and, when they load without error, the compiled form is
** written for the next time. The cache is $DYAD_CACHE_DIR, else
** $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad; DYAD_NO_CACHE=1 in the
** environment or DYAD_DICT_NOCACHE in flags turns it off. An unreadable,
** damaged or stale cache file is rebuilt silently; one that cannot be
** written is skipped. d must be new (dyad_dict_new), else the sources are
** loaded. Returns as dyad_dict_load (the first failing load's status);
** messages in dyad_dict_errmsg. */
int dyad_dict_load_set(dyad_dict *d, const char *data_dir, const char *const *paths,
                       size_t npaths, unsigned flags);

/* Loads the same source set into d (new) and writes its compiled form to
** `file` (replaced atomically), for dyad_dict_load(d, file, ..) or --dict
** FILE later. Returns 0; the load's status; DYAD_EINVAL when the set has
** errors or cannot be compiled (message says why); DYAD_EIO when file
** cannot be written. Messages in dyad_dict_errmsg. */
int dyad_dict_compile(dyad_dict *d, const char *data_dir, const char *const *paths,
                      size_t npaths, const char *file);

/* 1 when path starts like a compiled set. */
int dyad__dict_is_compiled(const char *path);

/* Loads a compiled set into d (new). A stale set (a source changed), one
** of another format version, machine type or dyad build, a truncated,
** corrupt or empty file are errors naming the file (DYAD_EDICT for stale,
** DYAD_EFORMAT for the others, DYAD_EIO when unreadable, DYAD_EINVAL when
** d is not new); d stays a new set. */
int dyad__dict_load_compiled(dyad_dict *d, const char *file);

/* The same over a compiled set in memory (name for messages); and, for
** the robustness tests, rewrites the header's length and checksum of a
** (deliberately damaged) compiled set so that its sections get parsed. */
int dyad__dict_load_compiled_buf(dyad_dict *d, const void *buf, size_t len, const char *name);
void dyad__dict_compiled_reseal(void *buf, size_t len);
/* The checksum a compiled set's header holds of the bytes after it (the
** same value on every code path: AVX2, SSE2, aligned or not, plain C). */
uint64_t dyad__dict_checksum(const void *p, size_t len);

/* The automatic cache file of a source set (its directory created); 0
** when there is no cache directory. */
int dyad__dict_cache_file(const char *data_dir, const char *const *paths, size_t npaths,
                          char *out, size_t cap);

/* 1 when d was loaded from a compiled set. */
int dyad__dict_cached(const dyad_dict *d);

/* Writes / reads d's verb patterns (verbs.c). Restore validates every
** index it will follow, so a garbled section gives DYAD_EFORMAT, never a
** crash. */
struct dyad_verbs;
int dyad__verbs_save(const struct dyad_verbs *v, dyad__wbuf *w);
int dyad__verbs_restore(struct dyad_verbs **out, dyad__rbuf *r);

#endif
