/*
** dict.h: dyad's dictionaries in memory (dict.c: countries, IGOs, people by
** date, agents) and the actor recognizer over them (actors.c); the verb
** patterns are a separate module (verbs.h) that the dictionary set owns.
** Internal: the coder (coder.c) is its client.
*/
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include "dyad.h"

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
** non-overlapping, in text order; returns how many there were (may exceed
** cap). No allocation. */
size_t dyad__find_actors(const dyad_dict *d, const char *text,
                         const dyad_token *toks, size_t ntok,
                         const char *date, dyad_mention *out, size_t cap);

/* The person who held `role` for `country` on `date` (NULL: now), or -1.
** For "his Russian counterpart" (the Russian FM when the antecedent is FM). */
int32_t dyad__office_holder(const dyad_dict *d, const char *country, int role,
                            const char *date);

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

#endif
