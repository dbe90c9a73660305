/*
** dict_petrarch.h: readers for the event-data community's dictionary formats
** (dict_petrarch.c): the TABARI / PETRARCH-1 family (PETR.Validate.*) and
** PETRARCH2 / Phoenix (CAMEO.2.0.txt verbs, Phoenix.*.actors.txt, agents,
** discards, IssueCoding). Actors and agents go into the dictionary set
** through dict.h's adders; discards and verb patterns are kept here (and fed
** to the verb matcher where its model allows); issues are parsed and kept.
** Internal: dict.c dispatches non-dyad files to dyad__petrarch_load.
*/
#ifndef DYAD_DICT_PETRARCH_H
#define DYAD_DICT_PETRARCH_H

#include "dyad.h"

typedef struct dyad__petrarch dyad__petrarch;

/* What a file holds. */
enum {
  DYAD__PF_NONE = 0,
  DYAD__PF_ACTORS,
  DYAD__PF_AGENTS,
  DYAD__PF_VERBS,
  DYAD__PF_DISCARDS,
  DYAD__PF_ISSUES
};

/* Entry counts (dyad__petrarch_count). */
enum {
  DYAD__P_FILES,        /* files read */
  DYAD__P_ACTORS,       /* actor entries (a root line and its synonyms) */
  DYAD__P_NAMES,        /* actor names (roots + synonyms) */
  DYAD__P_CODES,        /* actor codes as written ([CODE], [CODE dates]) */
  DYAD__P_DATED,        /* ... of which date-restricted */
  DYAD__P_NOCODE,       /* actors with no code at all (PETRARCH keeps them) */
  DYAD__P_AGENTS,       /* agent lines */
  DYAD__P_AGENT_FORMS,  /* agent phrases added (plurals, macro expansions) */
  DYAD__P_PREFIX,       /* agents with a prefixed code ([NGO~]) */
  DYAD__P_MACROS,       /* !NAME! = ... macros */
  DYAD__P_VBLOCKS,      /* --- VERB [code] --- blocks */
  DYAD__P_VWORDS,       /* verb words and phrases in the blocks */
  DYAD__P_PATTERNS,     /* "- ... [code]" patterns */
  DYAD__P_SYNSETS,      /* &NAME synsets */
  DYAD__P_SYNWORDS,     /* their members */
  DYAD__P_TRANSFORMS,   /* "~ ..." transformations */
  DYAD__P_DISCARDS,     /* discard phrases (sentence and story) */
  DYAD__P_STORY,        /* ... of which story discards ('+') */
  DYAD__P_ISSUES,       /* <ISSUE CATEGORY=...> blocks */
  DYAD__P_ISSUE_PHRASES,/* their phrases */
  DYAD__P_IGNORED,      /* lines PETRARCH itself ignores (a stray </ISSUE>,
                           an agent line with no code): not errors */
  DYAD__P_XLATED,       /* verb patterns translated into dyad's matcher */
  DYAD__P_UNXLATED,     /* parsed patterns the matcher cannot express */
  DYAD__P_WARNINGS,     /* lines read with a repair (see dyad__petrarch_warnings) */
  DYAD__P_N
};

/* A discard phrase, as read: words upper-cased and space-separated. */
typedef struct dyad__pdiscard {
  const char *phrase;
  int story;            /* 1: '+' story discard, 0: sentence discard */
  unsigned line;        /* its line in the file */
} dyad__pdiscard;

/* A parsed verb pattern, kept as written (for translation and `explain`). */
typedef struct dyad__ppattern {
  const char *verb;     /* the block's first verb ("RUSH") */
  const char *text;     /* the pattern without '-' and code ("* (TO)") */
  char code[8];         /* "042" or "---" */
  char inverse[8];      /* "043" from [042:043], else "" */
  unsigned char code_ok; /* code is "---" or in the CAMEO codebook */
  unsigned char inv_ok;  /* inverse is in the codebook */
  unsigned char size;    /* words, synsets and actor slots besides the verb */
  const char *file;
  unsigned line;
} dyad__ppattern;

/* 1 when `path` names a PETRARCH-family file (by its name, then its
** content), 2 when it is a directory holding such files and no dyad set
** (countries.tsv), else 0. Never fails: unreadable paths give 0. */
int dyad__petrarch_detect(const char *path);

/* The kind of one file (DYAD__PF_*), from its base name and, when that says
** nothing, its first lines. */
int dyad__petrarch_kind(const char *path);

/* Loads one PETRARCH-family file, or every such file of a directory
** (actors, agents, discards, issues, then verbs), into d; fmt is
** DYAD_DICT_AUTO, DYAD_DICT_PETRARCH2 or DYAD_DICT_TABARI (both syntaxes
** are read either way). The parsed verbs, discards and issues are kept in
** *pp (created when NULL; free with dyad__petrarch_free). Every malformed
** line is recorded with dyad__dict_error as "file:line: message" and
** reading goes on. Returns 0, DYAD_EDICT (some lines malformed), DYAD_EIO,
** DYAD_EINVAL (not a PETRARCH file) or DYAD_ENOMEM. */
int dyad__petrarch_load_into(dyad_dict *d, dyad__petrarch **pp,
                             const char *path, dyad_dict_format fmt);

/* Same, keeping the parsed state in the dictionary set (d->pet). */
int dyad__petrarch_load(dyad_dict *d, const char *path, dyad_dict_format fmt);

/* The parsed state kept in a dictionary set (NULL when nothing PETRARCH
** was loaded into it). */
const dyad__petrarch *dyad__petrarch_of(const dyad_dict *d);

/* An entry count (DYAD__P_*); 0 for a NULL set. */
size_t dyad__petrarch_count(const dyad__petrarch *p, int what);

/* Writes a one-line summary of what was read ("actors 123 (names 456, ...),
** agents ..., verbs ..., discards ..., issues ...") into buf (cap bytes).
** Returns 0 when nothing PETRARCH was loaded into d, else 1. */
int dyad__petrarch_summary(const dyad_dict *d, char *buf, size_t cap);
int dyad__petrarch_summary_of(const dyad__petrarch *p, char *buf, size_t cap);

/* The parsed discards / patterns (owned by p; n gets the count). */
const dyad__pdiscard *dyad__petrarch_discards(const dyad__petrarch *p,
                                              size_t *n);
const dyad__ppattern *dyad__petrarch_patterns(const dyad__petrarch *p,
                                              size_t *n);

/* 1 when the text (a whole story) contains a story discard phrase, as
** whole words, case-insensitively. */
int dyad__petrarch_story_discard(const dyad__petrarch *p, const char *text,
                                 size_t len);

/* Issue categories: number and the name of category i. */
size_t dyad__petrarch_nissues(const dyad__petrarch *p);
const char *dyad__petrarch_issue(const dyad__petrarch *p, size_t i);

/* Lines of the production dictionaries that are not well-formed but that
** PETRARCH itself reads, and that dyad reads with a stated repair (a
** misdated code dropped, text after the codes ignored, a bare date read as
** ">date"): "file:line: warning: ..." one a line ("" when none; owned by
** the set). They are not errors: `dyad dict check` lists them and still
** exits 0. */
const char *dyad__petrarch_warnings(const dyad_dict *d);

/* Literal (PETRARCH) coding: where the actor slots of a TABARI pattern fall
** in a sentence. The sentence: its text and tokens, and for each token the
** mention covering it (index + 1 into ment, 0 none). */
struct dyad_mention;
typedef struct dyad__pslots_in {
  const char *text;
  const dyad_token *tok;
  size_t ntok;
  const struct dyad_mention *ment;
  const int32_t *actor_of;   /* [ntok] */
  /* 1 when mention m codes (NULL: all do) */
  int (*coded)(const void *ud, size_t m);
  const void *ud;
} dyad__pslots_in;

typedef struct dyad__pslots {
  int source, target;        /* mention of the pattern's $ / + slot, -1 none */
  int verb;                  /* token of the verb (the pattern's *), -1 */
  int target_tok;            /* when target is -1: the token inside a mention
                                where the + actor starts ("Gondor" of "the
                                parliament of Gondor" after a ^), else -1 */
  int has_source, has_target; /* the pattern has a $ / + slot */
} dyad__pslots;

/* Finds the pattern read from file:line (the dyad_vpattern the matcher
** fired, whose words cover tokens [lo, hi)) and matches it again, TABARI
** style: words in order (a space allows words between, '_' joins; a word
** not ending in '_' is a stem), synsets by member, $ + ^ % each the next
** actor (leading ones the nearest to the left; ^ may skip none). Returns 1
** and fills *out when the pattern was found and matched, else 0. */
int dyad__petrarch_slots(const dyad__petrarch *p, const char *file, unsigned line,
                         const dyad__pslots_in *in, size_t lo, size_t hi,
                         dyad__pslots *out);

/* All the codes of an actor written with several ("[FRO/BIL/SAM]": the
** matcher codes only the first), as "FRO/BIL/SAM", given its first code;
** NULL when it has one (or p is NULL). Owned by p. */
const char *dyad__petrarch_multicode(const dyad__petrarch *p, const char *code);

/* 1 when `words` (upper- or lower-case words, one space apart: "Ithilen
** television") is an actor name written with a space, not '_', after its
** gap-th word (1-based): TABARI and PETRARCH let other words of the noun
** phrase come between those two ("Ithilen state-run television"). */
int dyad__petrarch_gapped(const dyad__petrarch *p, const char *words, size_t gap);

/* PETRARCH's new_actor_length option for the coder's literal mode
** (implemented in coder.c): a subject or object noun phrase with no actor
** in it, of 1..words words (a possessive "'s" not counted), codes as its
** own words in capitals, quoted ("\"THE MINISTRY OF MAGIC\""). 0 (the
** default) turns it off; it has no effect outside literal mode. */
void dyad__coder_set_new_actor_length(dyad_coder *c, int words);

/* The readers' state in a saved form, for the compiled dictionary cache
** (dict_cache.c wraps it with its header, checksum and source list).
** dyad__petrarch_save writes all of it that any reader needs after loading
** (counts, discards, patterns, synsets, macros, issues, multi-code actors,
** warnings) into a malloc'd blob (*out, *len: the caller frees *out);
** returns 0, DYAD_EINVAL or DYAD_ENOMEM. dyad__petrarch_restore rebuilds a
** state from a blob it does not trust: a truncated or garbled one gives
** DYAD_EFORMAT (never a crash or a huge allocation); on success *pp gets a
** new state (free with dyad__petrarch_free), else NULL. */
#define DYAD__PETRARCH_HAS_SAVE 1
int dyad__petrarch_save(const dyad__petrarch *p, void **out, size_t *len);
int dyad__petrarch_restore(dyad__petrarch **pp, const void *blob, size_t len);
/* The same for a blob that outlives the state (a mapped compiled set): the
** strings are used where they lie in it, not copied. */
int dyad__petrarch_restore_lent(dyad__petrarch **pp, const void *blob, size_t len);

/* Frees everything; NULL is a no-op. */
void dyad__petrarch_free(dyad__petrarch *p);

/* Parses a TABARI date (yymmdd, yy 00-30 = 20yy, else 19yy; or yyyymmdd)
** into yyyymmdd; returns 0 when malformed. Exposed for the unit tests. */
int dyad__petrarch_date(const char *s, size_t n, int32_t *out);

#endif
