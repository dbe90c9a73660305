/*
** coder.c: the event coder. For each sentence of a document: tokens
** (text.c), actor mentions (actors.c), verb-pattern matches (verbs.c), then
** a shallow clause analysis, no parser:
**   - source = the nearest actor noun phrase left of the verb in its clause
**     (prepositional objects, appositions ", X ,", relative clauses skipped;
**     a coordinated verb shares the previous verb's subject; "who/which"
**     point back to their antecedent; "A and B" is a compound);
**   - target = the first actor right of the verb (locatives "in X" skipped
**     except for travel; "countries ... including A, B and C" is a list);
**   - passive ("was attacked by X"), negation ("did not meet": nothing),
**     modality and intent ("is set to meet", "will hold talks": 036, and the
**     like for other cooperative roots), reported speech (clauses split at
**     "that"), nominal events ("X's visit to Y", "talks between A and B",
**     "negotiations with ..."), visits both ways (042 and 043 via inv=),
**     040 + "by phone" -> 041, 040 in a third country -> 044;
**   - coreference across the document: pronouns, "the minister", "the
**     communist state", "his Russian counterpart" (dyad__office_holder),
**     "the two (ministers)" / "both sides" (the last two distinct actors);
**   - actors the dictionaries leave without a country ("insurgents", "the
**     government", "his army") take it from the sentence ("in Iraq"), the
**     last country named, the possessor, or the wire dateline; attacks
**     with no actor as object target the country of the place attacked;
**   - dates (dates.c): the expression that belongs to the verb (pick_date:
**     its clause's, a fronted or temporal clause's, "a day after X"), else
**     the story's day (the lead's, else the document date; story_date);
**     places (place.c) in the clause, else the host's seat for a visit, else
**     the wire dateline when one side is at home there;
**   - sentences with a discard phrase (data/discards.txt), quotations and
**     everything after "N Comments" / "Related stories" are not coded.
** All per-sentence work uses buffers preallocated in the coder; only the
** output event array (and, for very long sentences, the token buffers)
** grows.
*/
#include "dyad.h"
#include "cameo.h"
#include "dates.h"
#include "dict.h"
#include "dict_petrarch.h"
#include "place.h"
#include "util.h"
#include "verbs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


/* Word classes (bits). */
enum {
  W_DET = 1u << 0,      /* a the this his their ... (a noun follows) */
  W_BE = 1u << 1,       /* is was been ... */
  W_AUX = 1u << 2,      /* has have had do does did */
  W_MODAL = 1u << 3,    /* will would could may might shall should must can */
  W_NEG = 1u << 4,      /* not never no */
  W_TO = 1u << 5,       /* to */
  W_PRON = 1u << 6,     /* he she they we it (subjects) */
  W_LOC = 1u << 7,      /* in at near outside ... (locative) */
  W_PREP = 1u << 8,     /* any preposition */
  W_SUB = 1u << 9,      /* when while because although ... */
  W_REL = 1u << 10,     /* who which whom whose */
  W_THAT = 1u << 11,    /* that */
  W_AND = 1u << 12,     /* and or */
  W_REPORT = 1u << 13,  /* said told reported ... */
  W_FUTN = 1u << 14,    /* future cues near a nominal: upcoming planned ... */
  W_INTENT = 1u << 15,  /* set plans expected ... (before "to") */
  W_ADV = 1u << 16,     /* also still reportedly ... */
  W_INGOK = 1u << 17,   /* after before while by ... (an -ing verb follows) */
  W_PHONE = 1u << 18,   /* phone telephone */
  W_GENERIC = 1u << 19, /* countries nations ... */
  W_INCL = 1u << 20,    /* including */
  W_BUT = 1u << 21,     /* but yet */
  W_HYPO = 1u << 22,    /* could may might would should: hypothetical */
  W_EVID = 1u << 23,    /* appears seems believed (before "to") */
  W_ACTN = 1u << 24,    /* group gunmen jets ...: an adjective before one is an actor */
  W_TIME = 1u << 25,    /* Monday, yesterday, week: may stand between subject and verb */
  W_HARD = 1u << 26,    /* ; : -- ( ): a hard clause boundary (set per token) */
  W_HOPE = 1u << 27     /* hope hopes hoped hoping: what follows is hoped for (accB) */
};

/* Suffix bits, set per token in cls[] while coding a sentence. */
#define S_ING (1u << 28)
#define S_ED (1u << 29)
#define S_LY (1u << 30)
#define S_NT (1u << 31)
#define AF_CTX (1u << 30)  /* actor flag: country from the context */
#define AF_PLACE (1u << 29) /* actor flag: a country or seat named as a place ("in Singapore") */
#define SUF(c, i, bit) (((c)->cls[i] & (bit)) != 0)

static const struct { const char *w; unsigned cls; } WORDS[] = {
    {"a", W_DET}, {"an", W_DET}, {"the", W_DET}, {"this", W_DET},
    {"these", W_DET}, {"those", W_DET}, {"its", W_DET}, {"his", W_DET},
    {"her", W_DET}, {"their", W_DET}, {"our", W_DET}, {"my", W_DET},
    {"your", W_DET}, {"any", W_DET}, {"each", W_DET}, {"every", W_DET},
    {"some", W_DET}, {"another", W_DET}, {"first", W_DET}, {"'s", W_DET},
    /* number words count like determiners: "freed three Israeli hostages" */
    {"two", W_DET}, {"three", W_DET}, {"four", W_DET}, {"five", W_DET}, {"six", W_DET},
    {"seven", W_DET}, {"eight", W_DET}, {"nine", W_DET}, {"ten", W_DET}, {"dozens", W_DET},
    {"hundreds", W_DET}, {"thousands", W_DET}, {"several", W_DET},
    {"last", W_DET}, {"latest", W_DET}, {"new", W_DET}, {"further", W_DET},
    {"is", W_BE}, {"are", W_BE}, {"was", W_BE}, {"were", W_BE}, {"be", W_BE},
    {"been", W_BE}, {"being", W_BE}, {"am", W_BE}, {"get", W_BE}, {"got", W_BE},
    {"has", W_AUX}, {"have", W_AUX}, {"had", W_AUX}, {"having", W_AUX},
    {"do", W_AUX}, {"does", W_AUX}, {"did", W_AUX},
    {"will", W_MODAL}, {"shall", W_MODAL}, {"'ll", W_MODAL}, {"must", W_MODAL},
    {"can", W_MODAL}, {"would", W_MODAL | W_HYPO}, {"could", W_MODAL | W_HYPO},
    {"may", W_MODAL | W_HYPO}, {"might", W_MODAL | W_HYPO},
    {"should", W_MODAL | W_HYPO},
    {"not", W_NEG}, {"never", W_NEG}, {"no", W_NEG | W_DET}, {"nor", W_NEG},
    {"cannot", W_NEG | W_MODAL}, {"didn't", W_NEG}, {"won't", W_NEG | W_MODAL},
    {"wouldn't", W_NEG | W_MODAL | W_HYPO},
    {"to", W_TO | W_PREP},
    {"he", W_PRON}, {"she", W_PRON}, {"they", W_PRON}, {"we", W_PRON},
    {"it", W_PRON}, {"i", W_PRON}, {"you", W_PRON},
    {"in", W_LOC | W_PREP}, {"at", W_LOC | W_PREP}, {"near", W_LOC | W_PREP},
    {"outside", W_LOC | W_PREP}, {"inside", W_LOC | W_PREP},
    {"across", W_LOC | W_PREP}, {"throughout", W_LOC | W_PREP},
    {"during", W_LOC | W_PREP}, {"within", W_LOC | W_PREP},
    {"around", W_LOC | W_PREP}, {"amid", W_LOC | W_PREP}, {"aboard", W_LOC | W_PREP},
    {"of", W_PREP}, {"with", W_PREP}, {"from", W_PREP}, {"for", W_PREP},
    {"by", W_PREP | W_INGOK}, {"on", W_PREP | W_INGOK}, {"into", W_PREP},
    {"against", W_PREP}, {"between", W_PREP}, {"over", W_PREP},
    {"about", W_PREP}, {"like", W_PREP}, {"than", W_PREP},
    {"under", W_PREP}, {"via", W_PREP}, {"among", W_PREP}, {"toward", W_PREP},
    {"towards", W_PREP}, {"upon", W_PREP}, {"despite", W_PREP},
    {"including", W_PREP | W_INCL}, {"regarding", W_PREP},
    {"concerning", W_PREP}, {"alongside", W_PREP}, {"behind", W_PREP},
    {"without", W_PREP | W_INGOK}, {"per", W_PREP},
    {"when", W_SUB | W_INGOK}, {"while", W_SUB | W_INGOK},
    {"whereas", W_SUB}, {"although", W_SUB}, {"though", W_SUB},
    {"because", W_SUB}, {"if", W_SUB}, {"unless", W_SUB}, {"until", W_SUB},
    {"since", W_SUB | W_INGOK}, {"after", W_SUB | W_INGOK},
    {"before", W_SUB | W_INGOK}, {"once", W_SUB}, {"where", W_SUB},
    {"whether", W_SUB}, {"as", W_INGOK},
    /* aspect verbs: "began handing weapons over", "kept shelling" */
    {"begin", W_INGOK}, {"begins", W_INGOK}, {"began", W_INGOK}, {"begun", W_INGOK},
    {"start", W_INGOK}, {"starts", W_INGOK}, {"started", W_INGOK},
    {"continue", W_INGOK}, {"continues", W_INGOK}, {"continued", W_INGOK},
    {"keep", W_INGOK}, {"keeps", W_INGOK}, {"kept", W_INGOK},
    {"who", W_REL}, {"which", W_REL}, {"whom", W_REL}, {"whose", W_REL},
    {"that", W_THAT}, {"and", W_AND}, {"or", W_AND}, {"&", W_AND},
    {"but", W_BUT}, {"yet", W_BUT},
    {"hope", W_HOPE}, {"hopes", W_HOPE}, {"hoped", W_HOPE}, {"hoping", W_HOPE},
    {"said", W_REPORT}, {"says", W_REPORT}, {"say", W_REPORT},
    {"told", W_REPORT}, {"tells", W_REPORT}, {"reported", W_REPORT},
    {"reports", W_REPORT}, {"added", W_REPORT}, {"announced", W_REPORT},
    {"stated", W_REPORT}, {"noted", W_REPORT}, {"according", W_REPORT},
    {"claimed", W_REPORT}, {"explained", W_REPORT}, {"confirmed", W_REPORT},
    {"indicated", W_REPORT}, {"revealed", W_REPORT}, {"quoted", W_REPORT},
    {"upcoming", W_FUTN}, {"future", W_FUTN}, {"planned", W_FUTN | W_INTENT},
    {"proposed", W_FUTN}, {"possible", W_FUTN}, {"potential", W_FUTN},
    {"forthcoming", W_FUTN}, {"away", W_FUTN}, {"next", W_FUTN},
    {"prospective", W_FUTN}, {"likely", W_FUTN | W_INTENT},
    {"expected", W_FUTN | W_INTENT}, {"scheduled", W_FUTN | W_INTENT},
    {"set", W_INTENT}, {"plans", W_INTENT}, {"plan", W_INTENT},
    {"planning", W_INTENT}, {"intends", W_INTENT}, {"intend", W_INTENT},
    {"intended", W_INTENT}, {"due", W_INTENT}, {"going", W_INTENT},
    {"wants", W_INTENT}, {"want", W_INTENT}, {"wanted", W_INTENT},
    {"hopes", W_INTENT}, {"hope", W_INTENT}, {"hoped", W_INTENT},
    {"seeks", W_INTENT}, {"seek", W_INTENT}, {"seeking", W_INTENT},
    {"sought", W_INTENT}, {"aims", W_INTENT}, {"aim", W_INTENT},
    {"aimed", W_INTENT}, {"ready", W_INTENT}, {"willing", W_INTENT},
    {"agreed", W_INTENT}, {"agrees", W_INTENT}, {"agree", W_INTENT},
    {"prepared", W_INTENT}, {"preparing", W_INTENT}, {"offered", W_INTENT},
    {"promised", W_INTENT}, {"vowed", W_INTENT}, {"pledged", W_INTENT},
    {"promise", W_INTENT}, {"promises", W_INTENT}, {"vow", W_INTENT}, {"vows", W_INTENT},
    {"pledge", W_INTENT}, {"pledges", W_INTENT}, {"offers", W_INTENT}, {"offer", W_INTENT},
    {"expects", W_INTENT}, {"expect", W_INTENT}, {"decided", W_INTENT}, {"decides", W_INTENT},
    {"flies", W_INTENT}, {"flew", W_INTENT}, {"travels", W_INTENT}, {"traveled", W_INTENT}, /* "flies to stand by" */
    {"travelled", W_INTENT}, {"heads", W_INTENT}, {"headed", W_INTENT},
    {"would", W_MODAL | W_HYPO}, {"invited", W_INTENT}, {"urged", W_INTENT},
    {"asked", W_INTENT}, {"called", W_INTENT}, {"try", W_INTENT},
    {"tried", W_INTENT}, {"trying", W_INTENT}, {"attempt", W_INTENT},
    {"attempted", W_INTENT}, {"threatened", W_INTENT},
    {"threatens", W_INTENT}, {"threaten", W_INTENT}, {"dare", W_INTENT},
    {"appears", W_EVID}, {"appear", W_EVID}, {"appeared", W_EVID},
    {"seems", W_EVID}, {"seem", W_EVID}, {"seemed", W_EVID},
    {"believed", W_EVID}, {"thought", W_EVID}, {"known", W_EVID},
    {"alleged", W_EVID}, {"understood", W_EVID}, {"used", W_EVID},
    {"claims", W_EVID}, {"claim", W_EVID}, {"claiming", W_EVID}, {"purportedly", W_ADV},
    {"group", W_ACTN}, {"groups", W_ACTN}, {"gunmen", W_ACTN},
    {"militants", W_ACTN}, {"guerrillas", W_ACTN}, {"fighters", W_ACTN},
    {"forces", W_ACTN}, {"troops", W_ACTN}, {"soldiers", W_ACTN},
    {"jets", W_ACTN}, {"warplanes", W_ACTN}, {"planes", W_ACTN},
    {"aircraft", W_ACTN}, {"helicopters", W_ACTN}, {"gunships", W_ACTN},
    /* weapons and fire after a nationality adjective: "Israeli airstrikes
       killed", "a Palestinian mortar bomb" */
    {"airstrike", W_ACTN}, {"airstrikes", W_ACTN}, {"missile", W_ACTN}, {"missiles", W_ACTN},
    {"rocket", W_ACTN}, {"rockets", W_ACTN}, {"mortar", W_ACTN}, {"mortars", W_ACTN},
    {"shells", W_ACTN}, {"shelling", W_ACTN}, {"gunfire", W_ACTN}, {"fire", W_ACTN},
    {"shell", W_ACTN}, {"strike", W_ACTN}, {"strikes", W_ACTN}, {"bomb", W_ACTN}, {"bombs", W_ACTN},
    {"barrage", W_ACTN}, {"bombardment", W_ACTN}, {"shellfire", W_ACTN}, {"salvo", W_ACTN},
    {"tanks", W_ACTN}, {"artillery", W_ACTN}, {"navy", W_ACTN},
    {"army", W_ACTN}, {"police", W_ACTN}, {"rebels", W_ACTN},
    {"insurgents", W_ACTN}, {"authorities", W_ACTN}, {"officials", W_ACTN},
    {"kidnappers", W_ACTN}, {"captors", W_ACTN}, {"militia", W_ACTN},
    {"militiamen", W_ACTN}, {"commandos", W_ACTN}, {"bombers", W_ACTN},
    {"government", W_ACTN}, {"leaders", W_ACTN}, {"protesters", W_ACTN},
    {"demonstrators", W_ACTN}, {"students", W_ACTN}, {"separatists", W_ACTN},
    {"crew", W_ACTN}, {"crews", W_ACTN}, {"team", W_ACTN}, {"squad", W_ACTN},
    {"patrol", W_ACTN}, {"patrols", W_ACTN}, {"convoy", W_ACTN},
    {"battalion", W_ACTN}, {"brigade", W_ACTN}, {"division", W_ACTN},
    {"regiment", W_ACTN}, {"vessel", W_ACTN}, {"vessels", W_ACTN},
    {"ship", W_ACTN}, {"ships", W_ACTN}, {"boat", W_ACTN}, {"boats", W_ACTN},
    {"officers", W_ACTN}, {"agents", W_ACTN}, {"negotiators", W_ACTN},
    {"diplomats", W_ACTN}, {"delegates", W_ACTN}, {"lawmakers", W_ACTN},
    {"cabinet", W_ACTN}, {"ministry", W_ACTN}, {"embassy", W_ACTN},
    {"spokeswoman", W_ACTN}, {"authority", W_ACTN}, {"council", W_ACTN},
    {"jet", W_ACTN}, {"warplane", W_ACTN}, {"plane", W_ACTN},
    {"helicopter", W_ACTN}, {"gunship", W_ACTN}, {"tank", W_ACTN},
    {"soldier", W_ACTN}, {"gunman", W_ACTN}, {"militant", W_ACTN},
    {"fighter", W_ACTN}, {"bomber", W_ACTN}, {"drone", W_ACTN},
    {"drones", W_ACTN}, {"warship", W_ACTN}, {"warships", W_ACTN},
    {"security", W_ACTN}, {"guards", W_ACTN}, {"commander", W_ACTN},
    {"commanders", W_ACTN}, {"unit", W_ACTN}, {"units", W_ACTN},
    {"snipers", W_ACTN}, {"sniper", W_ACTN}, {"delegation", W_ACTN},
    {"envoy", W_ACTN}, {"minister", W_ACTN}, {"leader", W_ACTN},
    {"spokesman", W_ACTN}, {"official", W_ACTN}, {"agency", W_ACTN},
    /* a leader's people and offices: "Netanyahu's office accused", "Putin's aides said" */
    {"office", W_ACTN}, {"aides", W_ACTN}, {"aide", W_ACTN},
    {"administration", W_ACTN}, {"spokesmen", W_ACTN}, {"spokesperson", W_ACTN},
    {"monday", W_TIME}, {"tuesday", W_TIME}, {"wednesday", W_TIME},
    {"thursday", W_TIME}, {"friday", W_TIME}, {"saturday", W_TIME},
    {"sunday", W_TIME}, {"today", W_TIME}, {"yesterday", W_TIME},
    {"tonight", W_TIME}, {"week", W_TIME}, {"month", W_TIME},
    {"year", W_TIME}, {"weeks", W_TIME}, {"months", W_TIME}, {"years", W_TIME}, {"days", W_TIME},
    {"hours", W_TIME}, {"minutes", W_TIME}, /* "Within hours Moscow banned ...": no noun before a subject (rec26a) */
    {"morning", W_TIME}, {"afternoon", W_TIME},
    {"evening", W_TIME}, {"night", W_TIME}, {"weekend", W_TIME},
    {"also", W_ADV}, {"longer", W_ADV}, {"still", W_ADV}, {"reportedly", W_ADV}, {"again", W_ADV}, {"soon", W_ADV},
    {"then", W_ADV}, {"already", W_ADV}, {"recently", W_ADV}, {"later", W_ADV},
    {"now", W_ADV}, {"just", W_ADV}, {"even", W_ADV}, {"once", W_ADV},
    {"formally", W_ADV}, {"finally", W_ADV}, {"jointly", W_ADV},
    {"phone", W_PHONE}, {"telephone", W_PHONE}, {"phoned", W_PHONE},
    {"telephoned", W_PHONE}, {"videoconference", W_PHONE},
    {"countries", W_GENERIC}, {"nations", W_GENERIC}, {"states", W_GENERIC},
    {"capitals", W_GENERIC}, {"cities", W_GENERIC}, {"neighbors", W_GENERIC},
    {"neighbours", W_GENERIC}, {"allies", W_GENERIC},
    {"partners", W_GENERIC}, {"governments", W_GENERIC},
    {"places", W_GENERIC}, {"destinations", W_GENERIC},
};

/* Document terminators: a sentence that is exactly one of these (or "N
** Comments") ends the coding of a document (reader comments, related
** stories). */
static const char *const TERMINATORS[] = {
    "comments", "comment", "related stories", "related articles",
    "most viewed articles", "most viewed", "reader comments",
    "leave a comment", "most read", "you may also like"};

#define WTAB 2048   /* word-class table slots (power of two; WORDS[] fills < 0.25) */
_Static_assert(sizeof WORDS / sizeof WORDS[0] < WTAB / 4, "WTAB too small for WORDS[]");
#define HIST 96     /* coreference history entries */
#define GMAX 8      /* actors in one group */
#define MAXDATES 32
#define DMEMO 16 /* slots of the per-document memo of other sentences' dates */
#define MAXPLACES 32

typedef struct actor {
  char code[64];         /* 64: literal mode's new actors are quoted phrases */
  char country[8];
  uint32_t start, end;   /* text span */
  int32_t person;
  uint16_t role;
  uint16_t kind;         /* DYAD_MK_* of the mention it came from */
  uint32_t flags;        /* DYAD_MF_* */
} actor;

typedef struct group {
  actor a[GMAX];
  int n;
} group;

/* *d = *s for what a group holds: its n actors (the slots past n are never
** read; the hot copies need not move all GMAX of them) */
static inline void gcopy(group *d, const group *s) {
  d->n = s->n;
  memcpy(d->a, s->a, (size_t)s->n * sizeof s->a[0]);
#ifdef DYAD_GCOPY_POISON
  memset(d->a + s->n, 0xA5, (size_t)(GMAX - s->n) * sizeof s->a[0]);
#endif
}

typedef struct hist_entry {
  actor a;
  uint32_t sentence;
  int subject;
} hist_entry;

typedef struct verbinfo {   /* per verb match, while coding a sentence */
  group subj;
  int has_subj;
  int target_mention;       /* first target mention index, or -1 */
  group tgt;                /* its target group (n = 0: none) */
  int passive;              /* coded as a passive ("was struck ...") */
  const char *open_code;    /* its code when it found no target (NULL: it found one, or none tried) */
} verbinfo;

/* A verb match's info before it is coded (as code_match starts it): no
** subject, no target. code_sentence clears a match it skips too: later
** matches of the sentence read the earlier ones'. */
static void vi_clear(verbinfo *vi) {
  vi->has_subj = 0;
  vi->passive = 0;
  vi->target_mention = -1;
  vi->tgt.n = 0;
  vi->open_code = NULL;
}

/* the judgment words (h_judge): 19 nouns, then adjectives that judge after "is/was" */
#define NJUDGE 30

struct dyad_coder {
  const dyad_dict *d;
  const dyad_verbs *v;
  const dyad_gazetteer *g;
  char err[256];
  struct { uint64_t h; unsigned cls; } wt[WTAB]; /* word classes: hash and class in one line */
  uint64_t wbloom[64];      /* filter over wt[] */
  uint64_t h_followed, h_did; /* follow_suit's verbs */
  uint64_t h_by, h_with, h_between, h_and, h_of, h_to, h_poss, h_comma,
      h_including, h_such, h_as, h_for, h_in, h_at, h_he, h_him, h_his, h_she,
      h_delegation, h_delegations, /* the delegation a member names */
      h_her, h_it, h_its, h_they, h_them, h_their, h_we, h_our, h_us,
      h_itself, h_himself, h_herself, h_themselves, h_semi, h_colon, h_dash,
      h_dash2, h_mdash, h_lparen, h_rparen, h_not, h_himself2, h_both, h_since, h_will, h_if, h_unless, h_the, h_about, h_across, h_throughout, h_inside, h_than, h_more, h_less, h_fewer, h_each, h_other, h_one, h_another,
      h_visiting, h_without, h_struck, h_targets, h_hit, h_a, h_an, h_over, h_on, h_dead, h_near;
  uint64_t h_refused, h_declined, h_declines, h_provocation, h_first, h_lastw, h_only, h_invitation, h_offer, h_proposal,
      h_commitment, h_pledge, h_promise;
  uint64_t h_unlikely, h_likely, h_reported, h_reports;
  uint64_t h_say2[18];     /* other verbs of saying: insisted, declared, proclaimed ... */
  uint64_t h_judge[NJUDGE]; /* words that make a statement a disapproval: "tyrant", "illegal" */
  uint64_t h_talk[9];      /* meeting nouns after "their": "summit", "talks" ... */
  uint64_t h_vehicle[5];   /* a person's own "train", "plane" ... */
  uint64_t h_shell; /* "shell", a weapon (not "Royal Dutch Shell") */
  uint64_t h_right, h_calls, h_plans, h_after, h_wouldnt, h_refuses, h_refuse, h_fails, h_fail, h_until, h_said, h_says, h_say, h_told, h_tells, h_added, h_stated, h_should, h_must, h_would; /* statements */
  uint64_t h_advopen[9];   /* words that open an adverbial: "on", "late", "in" ... (adverbial_end) */
  uint64_t h_month[20];    /* month names and their abbreviations */
  uint64_t advopen_bits;   /* filter over h_advopen[]: bit (hash >> 58) */
  uint64_t h_occasion[10]; /* OCCASION_NOUN[]'s hashes (adverbial_end) */
  uint64_t occasion_bits;  /* filter over h_occasion[]: bit (hash >> 58) */
  uint64_t h_later, h_earlier, h_ago, h_day;
  /* more words the coder tests, hashed once here rather than per test */
  uint64_t h_from, h_saying, h_according, h_quoted, h_all, h_up, h_out, h_off, h_down, h_back, h_nor, h_or;
  uint64_t h_summit, h_summits, h_conference, h_forum, h_claimed, h_has, h_have, h_had, h_which, h_blamed;
  uint64_t h_threatened, h_threatens, h_threaten, h_threatening, h_fire, h_resolution, h_statement, h_letter,
      h_declaration;
  uint64_t h_tie[8];       /* "led", "loyal", "linked" ...: a group tied "to"|"by"|"with" someone */
  uint64_t h_weapon[9];    /* singular weapon nouns that start compounds: "rocket attack" */
  uint64_t weapon_bits;    /* filter over h_weapon[]: bit (hash >> 58) */
  uint64_t weapon_bits2;   /* and a second one: bit (hash >> 52) & 63 */
  uint64_t h_author[20];   /* AUTHOR_NOUN[]'s hashes (object_author) */
  uint64_t h_attackn[16];  /* ATTACK_NOUN[]'s hashes (passive_attack_agent) */
  uint64_t h_propn[7], h_invite[4]; /* PROPOSAL_NOUN[]'s, INVITE_NOUN[]'s */
  uint64_t h_docn[10];    /* DOC_NOUN[]'s hashes (igo_text) */
  uint64_t h_treaty[13];  /* TREATY_NOUN[]'s hashes (treaty_seat) */
  uint64_t h_placen[16];   /* PLACE_NOUN[]'s hashes (the place an attack's object names) */
  uint64_t author_bits;    /* filter over h_author[]: bit (hash >> 58) */
  uint64_t h_asked[8];     /* ASKED_NOUN[]'s hashes (rejected_content) */
  uint64_t h_many[6];      /* MANY_NOUN[]'s hashes (prepositional) */
  uint64_t h_blamedatt[13], h_claimedatt[21]; /* BLAMED_ATTACK[]'s, CLAIMED_ATTACK[]'s (code_match) */
  uint64_t author_bits2;   /* and over h_author[] only, bit (hash >> 52) & 63: an author noun passes both */
  /* per-sentence buffers */
  dyad_token *tok;
  uint64_t *hash;
  unsigned *cls;
  unsigned char *wflag;
  int32_t *ment_of;        /* token -> mention index+1, 0 none */
  int32_t *clause;         /* token -> clause number (boundaries before it) */
  size_t captok;
  dyad_mention *ment;
  group *mres;             /* resolved mentions */
  size_t capment;
  dyad_vmatch *vm;
  verbinfo *vi;
  size_t capvm;
  char inferred[11];       /* the document date docyear.c inferred, "" none */
  int32_t people_hz;       /* dyad__people_horizon(d), for docyear.c */
  dyad_datex dates[MAXDATES];
  uint64_t date_set[DYAD_DATE_SET]; /* the start words of date expressions (dyad__find_dates_tok) */
  uint64_t cue_set[DYAD_CUE_SET];   /* the cue words of places (dyad__find_places_tok) */
  dyad_place places[MAXPLACES];
  /* per-document state */
  /* other sentences' dates (story_date's lead, the date of an earlier
     sentence), found once per document: slot j % DMEMO holds sentence
     dm_sent[slot]'s first 8 (dm_n: how many dyad__find_dates found);
     dm_sent UINT32_MAX: empty (reset by dyad_code_doc) */
  uint32_t dm_sent[DMEMO];
  size_t dm_n[DMEMO];
  dyad_datex dm[DMEMO][8];
  char doc_country[8];     /* the dateline's country ("KABUL, Afghanistan"), or "" */
  int korea_north;         /* the story names the North and never the South: 1, 0, -1 unknown */
  dyad_place doc_place;    /* the dateline's city (valid when doc_place.name[0]) */
  hist_entry hist[HIST];
  /* names no dictionary lists that the story gave with a title ("Unification
     Minister Jeong Se-hyun", "Pakistani Prime Minister Nawaz Sharif" in 1999):
     the name's last word and the actor the title resolved to (tname_note) */
  struct {
    char word[24];
    actor a;
  } tname[16];
  size_t ntname;
  /* a numeral's group resolved in this sentence ("the four ministers",
     many_before): its mention's start and the date of the first event
     between two of its countries in the sentence that named them last */
  uint32_t many_sentence, many_start;
  char many_date[11];
  /* the act the story's last judgment judged ("Iran also condemned the
     strike"): its index in ev plus one (0: none), its sentence and code,
     and the sentence of the judgment */
  size_t jdg_ev;
  uint32_t jdg_ev_sentence, jdg_sentence;
  char jdg_code[8];
  /* the last sentence that coded no event and whose main clause is dated by
     the act it names ("NATO held an emergency meeting ... on the evening of
     the shootdown": note_act_day): its index, the expression's start and
     the day it resolved to */
  uint32_t act_sentence, act_start;
  char act_date[11];
  size_t nhist;            /* entries used (ring when full) */
  size_t hpos;             /* next slot */
  /* the last document's sentences (kept for dyad_coder_sentences) */
  dyad_sentence *sents;
  size_t nsents, capsents; /* capsents: the array's size (reused) */
  /* output */
  dyad_event *ev;
  size_t nev, capev;
  /* hooks */
  dyad_trace_fn trace;
  void *trace_ud;
  dyad_unknown_fn unknown;
  void *unknown_ud;
  dyad_uncoded_fn uncoded;
  void *uncoded_ud;
  int literal;             /* patterns fire as written (dyad_coder_set_literal) */
  int doc_un;              /* the document named the UN (1) or its Security Council (2) so far */
  int judged_only;         /* code_statement: only words judging an act told before (judged_in_words) */
  int lit_newlen;          /* literal: PETRARCH's new_actor_length (0: off) */
};

/* ---- small helpers -------------------------------------------------------- */

static uint64_t H(const char *s) { return dyad__token_hash(s, strlen(s)); }

/* The occasions of reported words ("in a televised address"), which
** adverbial_end() steps over (their hashes are kept in the coder). */
static const char *const OCCASION_NOUN[10] = {"statement", "interview", "speech", "address", "letter",
                                              "conference", "broadcast", "message", "communique", "declaration"};

/* The nouns of a plan, proposal or truce whose author object_author()
** looks for (their hashes are kept in the coder). */
/* The nouns of a place an attack or an arrest is aimed at ("stormed the
** rebel-held city of Falluja"): the name after their "of" is the place
** (their hashes are kept in the coder). */
static const char *const PLACE_NOUN[16] = {"heart", "outskirts", "centre", "center", "edge", "city",
                                           "town", "village", "port", "stronghold", "region", "province",
                                           "district", "enclave", "suburb", "suburbs"};

/* Nouns of what another asks for, whose content a rejection turns down
** ("rejected the UN demand that it pull out"), besides AUTHOR_NOUN[]. */
static const char *const ASKED_NOUN[8] = {"demand", "demands", "call", "calls",
                                          "request", "requests", "ultimatum", "suggestion"};

static const char *const AUTHOR_NOUN[20] = {
    "plan", "plans", "proposal", "proposals", "truce", "ceasefire", "cease-fire", "deal", "offer", "resolution",
    "initiative", "roadmap", "draft", "framework", "formula", "blueprint", "package", "terms", "accord", "agreement"};

/* The heads of an attack a state's adjective can own ("killed in an Israeli
** air strike", "wounded in a U.S. raid"): passive_attack_agent. */
static const char *const ATTACK_NOUN[16] = {"raid", "raids", "strike", "strikes", "airstrike", "airstrikes",
                                            "attack", "attacks", "bombing", "bombardment", "shelling", "ambush",
                                            "incursion", "offensive", "fire", "gunfire"};

/* Numbers of people before "of" ("thousands of protesters": prepositional). */
static const char *const MANY_NOUN[6] = {"thousands", "hundreds", "dozens", "scores", "millions", "tens"};

/* Attacks "blamed on" a group, and those one claims responsibility for
** (code_match). */
static const char *const BLAMED_ATTACK[13] = {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion",
                                              "explosions", "killing", "killings", "ambush", "raid", "raids"};
static const char *const CLAIMED_ATTACK[21] = {"attack", "attacks", "bombing", "bombings", "siege", "killing",
                                               "killings", "kidnapping", "kidnappings", "assassination", "blast",
                                               "blasts", "explosion", "explosions", "slaughtering", "killing",
                                               "beheading", "abduction", "massacre", "ambush", "hijacking"};

/* The nouns that put a meeting forward (proposed_meeting): of AUTHOR_NOUN[],
** these; then ASKED_NOUN[]'s; then these. */
static const char *const PROPOSAL_NOUN[7] = {"plan", "plans", "proposal", "proposals", "offer", "initiative", "draft"};
static const char *const INVITE_NOUN[4] = {"invitation", "invitations", "idea", "push"};

/* dyad__token_hash inline for the per-token loop: the same FNV-1a over the
** bytes with ASCII case folded; a token with a byte >= 0x80 (U+2019 hashes
** as an apostrophe there) is handed to dyad__token_hash itself. The bytes
** are or-ed together and tested once, after the loop; four a round. */
static inline uint64_t tok_hash(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  const uint64_t prime = 1099511628211ull;
  uint64_t h = 1469598103934665603ull;
  unsigned any = 0;
  size_t i = 0;
  for (; i + 4 <= len; i += 4) {
    unsigned a = p[i], b = p[i + 1], d = p[i + 2], e = p[i + 3];
    any |= a | b | d | e;
    h = (h ^ dyad__fold_byte[a]) * prime;
    h = (h ^ dyad__fold_byte[b]) * prime;
    h = (h ^ dyad__fold_byte[d]) * prime;
    h = (h ^ dyad__fold_byte[e]) * prime;
  }
  if (len - i >= 2) { /* the last zero to three: two, then one */
    unsigned a = p[i], b = p[i + 1];
    any |= a | b;
    h = (h ^ dyad__fold_byte[a]) * prime;
    h = (h ^ dyad__fold_byte[b]) * prime;
    i += 2;
  }
  if (i < len) {
    any |= p[i];
    h = (h ^ dyad__fold_byte[p[i]]) * prime;
  }
  return any & 0x80 ? dyad__token_hash(s, len) : h;
}

/* tok_hash of a word of ASCII letters alone (the tokeniser's
** DYAD_TOK_ALPHA): the same FNV-1a, with no test for bytes >= 0x80. */
static inline uint64_t tok_hash_alpha(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  const uint64_t prime = 1099511628211ull;
  uint64_t h = 1469598103934665603ull;
  size_t i = 0;
  for (; i + 2 <= len; i += 2) {
    h = (h ^ dyad__fold_byte[p[i]]) * prime;
    h = (h ^ dyad__fold_byte[p[i + 1]]) * prime;
  }
  if (i < len) h = (h ^ dyad__fold_byte[p[i]]) * prime;
  return h;
}

static unsigned lookup_cls(const dyad_coder *c, uint64_t h) {
  /* most content words are not in the table: a 4096-bit filter says so */
  if (!(c->wbloom[(h >> 40) & 63] & (1ull << ((h >> 46) & 63)))) return 0;
  size_t k = (size_t)(h ^ (h >> 31)) & (WTAB - 1);
  while (c->wt[k].h) {
    if (c->wt[k].h == h) return c->wt[k].cls;
    k = (k + 1) & (WTAB - 1);
  }
  return 0;
}

static void add_cls(dyad_coder *c, uint64_t h, unsigned cls) {
  c->wbloom[(h >> 40) & 63] |= 1ull << ((h >> 46) & 63);
  size_t k = (size_t)(h ^ (h >> 31)) & (WTAB - 1);
  while (c->wt[k].h && c->wt[k].h != h) k = (k + 1) & (WTAB - 1);
  c->wt[k].h = h;
  c->wt[k].cls |= cls;
}

static void tracef_(dyad_coder *c, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3), cold))
#endif
    ;

/* A trace line when a trace hook is set. With none, the arguments are not
** even evaluated: none of them may have a side effect. */
#define tracef(c, ...)                          \
  do {                                          \
    if ((c)->trace) tracef_((c), __VA_ARGS__);  \
  } while (0)

#include <stdarg.h>
static void tracef_(dyad_coder *c, const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  c->trace(c->trace_ud, buf);
}

/* The public hooks (dyad.h); each is NULL-safe. */
void dyad_coder_set_trace(dyad_coder *c, dyad_trace_fn fn, void *ud) {
  if (!c) return;
  c->trace = fn;
  c->trace_ud = ud;
}

void dyad_coder_set_unknown(dyad_coder *c, dyad_unknown_fn fn, void *ud) {
  if (!c) return;
  c->unknown = fn;
  c->unknown_ud = ud;
}

void dyad_coder_set_uncoded(dyad_coder *c, dyad_uncoded_fn fn, void *ud) {
  if (!c) return;
  c->uncoded = fn;
  c->uncoded_ud = ud;
}

void dyad_coder_set_literal(dyad_coder *c, int on) {
  if (c) c->literal = on != 0;
}

void dyad__coder_set_new_actor_length(dyad_coder *c, int words) { c->lit_newlen = words > 0 ? words : 0; }

const dyad_sentence *dyad_coder_sentences(const dyad_coder *c, size_t *n) {
  if (!c) {
    if (n) *n = 0;
    return NULL;
  }
  if (n) *n = c->nsents;
  return c->sents;
}

static int grow_tokens(dyad_coder *c, size_t need) {
  if (need <= c->captok) return 0;
  size_t n = c->captok ? c->captok : 256;
  while (n < need) n *= 2;
  dyad_token *t = realloc(c->tok, n * sizeof *t);
  if (!t) return DYAD_ENOMEM;
  c->tok = t;
  uint64_t *h = realloc(c->hash, n * sizeof *h);
  if (!h) return DYAD_ENOMEM;
  c->hash = h;
  unsigned *cl = realloc(c->cls, n * sizeof *cl);
  if (!cl) return DYAD_ENOMEM;
  c->cls = cl;
  unsigned char *w = realloc(c->wflag, n);
  if (!w) return DYAD_ENOMEM;
  c->wflag = w;
  int32_t *mo = realloc(c->ment_of, n * sizeof *mo);
  if (!mo) return DYAD_ENOMEM;
  c->ment_of = mo;
  int32_t *cl2 = realloc(c->clause, (n + 1) * sizeof *cl2);
  if (!cl2) return DYAD_ENOMEM;
  c->clause = cl2;
  c->captok = n;
  return 0;
}

static int grow_ment(dyad_coder *c, size_t need) {
  if (need <= c->capment) return 0;
  size_t n = c->capment ? c->capment : 64;
  while (n < need) n *= 2;
  dyad_mention *m = realloc(c->ment, n * sizeof *m);
  if (!m) return DYAD_ENOMEM;
  c->ment = m;
  group *g = realloc(c->mres, n * sizeof *g);
  if (!g) return DYAD_ENOMEM;
  c->mres = g;
  c->capment = n;
  return 0;
}

static int grow_vm(dyad_coder *c, size_t need) {
  if (need <= c->capvm) return 0;
  size_t n = c->capvm ? c->capvm : 64;
  while (n < need) n *= 2;
  dyad_vmatch *m = realloc(c->vm, n * sizeof *m);
  if (!m) return DYAD_ENOMEM;
  c->vm = m;
  verbinfo *vi = realloc(c->vi, n * sizeof *vi);
  if (!vi) return DYAD_ENOMEM;
  c->vi = vi;
  c->capvm = n;
  return 0;
}

dyad_coder *dyad_coder_new(const dyad_dict *d) {
  dyad_coder *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->d = d;
  c->v = d ? dyad__dict_verbs(d) : NULL;
  c->g = d ? dyad__dict_gazetteer(d) : NULL;
  c->people_hz = d ? dyad__people_horizon(d) : 0;
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
    add_cls(c, H(WORDS[i].w), WORDS[i].cls);
  dyad__date_set_init(c->date_set, dyad__token_hash);
  dyad__place_cue_set_init(c->cue_set, dyad__token_hash);
  c->h_by = H("by"); c->h_with = H("with"); c->h_between = H("between");
  c->h_and = H("and"); c->h_of = H("of"); c->h_to = H("to");
  c->h_followed = H("followed"); c->h_did = H("did");
  c->h_poss = H("'s"); c->h_comma = H(","); c->h_including = H("including");
  c->h_such = H("such"); c->h_as = H("as"); c->h_for = H("for");
  c->h_in = H("in"); c->h_at = H("at");
  c->h_he = H("he"); c->h_him = H("him"); c->h_his = H("his");
  c->h_she = H("she"); c->h_her = H("her"); c->h_it = H("it");
  c->h_delegation = H("delegation"); c->h_delegations = H("delegations");
  c->h_its = H("its"); c->h_they = H("they"); c->h_them = H("them");
  c->h_their = H("their"); c->h_we = H("we"); c->h_our = H("our");
  c->h_us = H("us"); c->h_itself = H("itself"); c->h_himself = H("himself");
  c->h_herself = H("herself"); c->h_themselves = H("themselves");
  {
    static const char *const OPEN[] = {"on", "late", "early", "last", "this", "next", "in", "at", "during"};
    static const char *const MONTHS[] = {"january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december",
                                         "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"};
    for (size_t k = 0; k < 9; k++) {
      c->h_advopen[k] = H(OPEN[k]);
      c->advopen_bits |= 1ull << (c->h_advopen[k] >> 58);
    }
    for (size_t k = 0; k < 20; k++) c->h_month[k] = H(MONTHS[k]);
    for (size_t k = 0; k < sizeof PLACE_NOUN / sizeof PLACE_NOUN[0]; k++) c->h_placen[k] = H(PLACE_NOUN[k]);
    for (size_t k = 0; k < sizeof OCCASION_NOUN / sizeof OCCASION_NOUN[0]; k++) {
      c->h_occasion[k] = H(OCCASION_NOUN[k]);
      c->occasion_bits |= 1ull << (c->h_occasion[k] >> 58);
    }
    c->h_later = H("later");
    c->h_earlier = H("earlier");
    c->h_day = H("day");
    c->h_ago = H("ago");
  }
  c->h_semi = H(";"); c->h_colon = H(":"); c->h_dash = H("-");
  c->h_dash2 = H("--"); c->h_mdash = H("\xE2\x80\x94"); c->h_lparen = H("(");
  c->h_rparen = H(")"); c->h_not = H("not"); c->h_both = H("both");
  c->h_since = H("since");
  c->h_will = H("will");
  c->h_if = H("if");
  c->h_the = H("the");
  c->h_about = H("about");
  c->h_unless = H("unless");
  c->h_across = H("across");
  c->h_throughout = H("throughout");
  c->h_inside = H("inside");
  c->h_than = H("than");
  c->h_more = H("more");
  c->h_less = H("less");
  c->h_fewer = H("fewer");
  c->h_each = H("each");
  c->h_other = H("other");
  c->h_one = H("one");
  c->h_another = H("another");
  c->h_visiting = H("visiting");
  c->h_struck = H("struck");
  c->h_targets = H("targets");
  c->h_a = H("a");
  c->h_an = H("an");
  c->h_over = H("over");
  c->h_on = H("on");
  c->h_dead = H("dead");
  c->h_near = H("near");
  c->h_until = H("until");
  c->h_refused = H("refused");
  c->h_first = H("first");
  c->h_lastw = H("last");
  c->h_only = H("only");
  c->h_invitation = H("invitation");
  c->h_offer = H("offer");
  c->h_proposal = H("proposal");
  c->h_commitment = H("commitment");
  c->h_pledge = H("pledge");
  c->h_promise = H("promise");
  c->h_provocation = H("provocation");
  c->h_declined = H("declined");
  c->h_declines = H("declines");
  c->h_unlikely = H("unlikely");
  c->h_likely = H("likely");
  c->h_reported = H("reported");
  c->h_reports = H("reports");
  c->h_right = H("right");
  c->h_calls = H("calls");
  c->h_plans = H("plans");
  {
    static const char *const JUDGE[NJUDGE] = {"tyrant", "tyrants", "dictator", "dictators", "liar", "liars",
                                              "puppet", "puppets", "warmonger", "murderer", "murderers", "fascist",
                                              "fascists", "thug", "thugs", "traitor", "traitors", "aggressor",
                                              "genocide", /* nouns above; adjectives after "is/was" below */
                                              "unacceptable", "irresponsible", "illegal", "unlawful", "illegitimate",
                                              /* "the North's decision ... was abhorrent", "remarks ... were
                                                 rude", "he had been disrespectful" */
                                              "abhorrent", "deplorable", "reprehensible", "despicable", "rude",
                                              "disrespectful"};
    for (size_t k = 0; k < NJUDGE; k++) c->h_judge[k] = H(JUDGE[k]);
    static const char *const TALK[9] = {"summit", "summits", "talks", "meeting", "meetings", "discussions",
                                        "conversation", "call", "negotiations"};
    for (size_t k = 0; k < 9; k++) c->h_talk[k] = H(TALK[k]);
    static const char *const VEHICLE[5] = {"train", "plane", "jet", "motorcade", "aircraft"};
    for (size_t k = 0; k < 5; k++) c->h_vehicle[k] = H(VEHICLE[k]);
    static const char *const SAY2[18] = {"insisted", "insists", "declared", "declares", "proclaimed", "proclaims",
                                         "asserted", "asserts", "argued", "argues", "maintained", "maintains",
                                         "repeated", "reiterated", "predicted", "predicts", "stressed", "stresses"};
    for (size_t k = 0; k < 18; k++) c->h_say2[k] = H(SAY2[k]);
  }
  c->h_after = H("after");
  c->h_without = H("without");
  {
    static const char *const DOC_NOUN[10] = {"charter", "resolution", "resolutions", "convention", "conventions",
                                             "law", "laws", "rules", "norms", "mandate"};
    for (size_t k = 0; k < 10; k++) c->h_docn[k] = H(DOC_NOUN[k]);
    /* "the Vienna Convention", "the Oslo Accords" (treaty_seat) */
    static const char *const TREATY_NOUN[13] = {"convention", "conventions", "agreement", "agreements", "accord",
                                                "accords", "protocol", "protocols", "treaty", "charter",
                                                "statute", "consensus", "format"};
    for (size_t k = 0; k < 13; k++) c->h_treaty[k] = H(TREATY_NOUN[k]);
  }
  c->h_wouldnt = H("wouldn't");
  c->h_refuses = H("refuses");
  c->h_refuse = H("refuse");
  c->h_fails = H("fails");
  c->h_fail = H("fail");
  c->h_said = H("said");
  c->h_says = H("says");
  c->h_say = H("say");
  c->h_told = H("told");
  c->h_tells = H("tells");
  c->h_added = H("added");
  c->h_stated = H("stated");
  c->h_should = H("should");
  c->h_must = H("must");
  c->h_shell = H("shell");
  c->h_would = H("would");
  c->h_hit = H("hit");
  c->h_from = H("from");
  c->h_saying = H("saying");
  c->h_according = H("according");
  c->h_quoted = H("quoted");
  c->h_all = H("all");
  c->h_up = H("up");
  c->h_out = H("out");
  c->h_off = H("off");
  c->h_down = H("down");
  c->h_back = H("back");
  c->h_summit = H("summit");
  c->h_conference = H("conference");
  c->h_forum = H("forum");
  c->h_summits = H("summits");
  c->h_claimed = H("claimed");
  c->h_has = H("has");
  c->h_have = H("have");
  c->h_had = H("had");
  c->h_which = H("which");
  c->h_blamed = H("blamed");
  c->h_threatened = H("threatened");
  c->h_threatens = H("threatens");
  c->h_threaten = H("threaten");
  c->h_threatening = H("threatening");
  c->h_fire = H("fire");
  c->h_resolution = H("resolution");
  c->h_statement = H("statement");
  c->h_letter = H("letter");
  c->h_declaration = H("declaration");
  c->h_nor = H("nor");
  c->h_or = H("or");
  {
    static const char *const TIE[8] = {"led", "headed", "loyal", "linked", "allied", "affiliated", "tied", "close"};
    for (size_t k = 0; k < 8; k++) c->h_tie[k] = H(TIE[k]);
  }
  {
    static const char *const weapons[9] = {"rocket", "mortar", "car", "roadside", "suicide",
                                           "missile", "grenade", "bomb", "truck"};
    for (size_t i = 0; i < 9; i++) {
      c->h_weapon[i] = H(weapons[i]);
      c->weapon_bits |= 1ull << (c->h_weapon[i] >> 58);
      c->weapon_bits2 |= 1ull << ((c->h_weapon[i] >> 52) & 63);
    }
  }
  for (size_t i = 0; i < sizeof ATTACK_NOUN / sizeof ATTACK_NOUN[0]; i++) c->h_attackn[i] = H(ATTACK_NOUN[i]);
  for (size_t i = 0; i < sizeof AUTHOR_NOUN / sizeof AUTHOR_NOUN[0]; i++) {
    c->h_author[i] = H(AUTHOR_NOUN[i]);
    c->author_bits |= 1ull << (c->h_author[i] >> 58);
    c->author_bits2 |= 1ull << ((c->h_author[i] >> 52) & 63);
  }
  for (size_t i = 0; i < sizeof PROPOSAL_NOUN / sizeof PROPOSAL_NOUN[0]; i++) c->h_propn[i] = H(PROPOSAL_NOUN[i]);
  for (size_t i = 0; i < sizeof INVITE_NOUN / sizeof INVITE_NOUN[0]; i++) c->h_invite[i] = H(INVITE_NOUN[i]);
  for (size_t i = 0; i < sizeof ASKED_NOUN / sizeof ASKED_NOUN[0]; i++) {
    c->h_asked[i] = H(ASKED_NOUN[i]);
    c->author_bits |= 1ull << (c->h_asked[i] >> 58);
  }
  for (size_t i = 0; i < sizeof MANY_NOUN / sizeof MANY_NOUN[0]; i++) c->h_many[i] = H(MANY_NOUN[i]);
  for (size_t i = 0; i < sizeof BLAMED_ATTACK / sizeof BLAMED_ATTACK[0]; i++) c->h_blamedatt[i] = H(BLAMED_ATTACK[i]);
  for (size_t i = 0; i < sizeof CLAIMED_ATTACK / sizeof CLAIMED_ATTACK[0]; i++) c->h_claimedatt[i] = H(CLAIMED_ATTACK[i]);
  if (grow_tokens(c, 512) || grow_ment(c, 128) || grow_vm(c, 128)) {
    dyad_coder_free(c);
    return NULL;
  }
  return c;
}

void dyad_coder_free(dyad_coder *c) {
  if (!c) return;
  free(c->tok);
  free(c->hash);
  free(c->cls);
  free(c->wflag);
  free(c->ment_of);
  free(c->clause);
  free(c->ment);
  free(c->mres);
  free(c->vm);
  free(c->vi);
  free(c->ev);
  free(c->sents);
  free(c);
}

const char *dyad_coder_errmsg(const dyad_coder *c) { return c ? c->err : ""; }

/* ---- the sentence being coded --------------------------------------------- */

typedef struct sent {
  const dyad_doc *doc;
  const char *text;
  uint32_t index, start, end;
  size_t ntok, nment, nvm;
  const char *date;        /* document date or NULL */
  size_t ndates, nplaces;
  int dates_done;
  int main_subj;           /* mention index of the sentence's first subject, or -1 */
  int coding;              /* the sentence has event patterns and is coded */
  int loc_done;            /* loc_country computed */
  int loc_dateline;        /* loc_country is the dateline's, the sentence naming no place */
  char loc_country[8];     /* where the sentence happens ("in Iraq"), or "" */
  int headline;            /* written in Title Case */
  int title;               /* the title paragraph (DYAD_SENT_HEADLINE), in any case */
  int32_t first_report;    /* first token of class W_REPORT, or -1 (statements; recallA) */
  int32_t first_hope;      /* first token of class W_HOPE, or -1 (accB) */
} sent;

static unsigned ctx_flags(const dyad_coder *c, const sent *s, size_t i); /* ctx_bits (beside code_sentence) */
static unsigned tok_ctx(const dyad_coder *c, const sent *s, size_t i);
/* a word flag of the coder's own beside verbs.h's DYAD_VW_*, set once the
** matcher is done: the token's context bits are kept (tok_ctx) */
#define VW_CTXSET 128u

static int is_hard(const dyad_coder *c, size_t i) { return (c->cls[i] & W_HARD) != 0; }

/* A plural head: the mention's flag, or an "-men" word ("gunmen",
** "policemen", "tribesmen"), which the dictionary's plural test (an "-s")
** does not see: for the participle after armed men ("four gunmen coming
** from Somalia"), which stays no verb of its own (prb). */
static int plural_head(const dyad_coder *c, const char *text, const dyad_mention *m) {
  if (m->flags & DYAD_MF_PLURAL) return 1;
  size_t e = m->tok_end - 1, n = c->tok[e].end - c->tok[e].start;
  return n > 4 && !strncasecmp(text + c->tok[e].end - 3, "men", 3);
}

/* The first bytes of the hard-boundary tokens below (; : - -- ( ) and the
** em dash): only a token starting with one of them is compared. */
static int hard_first(unsigned char b) {
  return b == ';' || b == ':' || b == '-' || b == '(' || b == ')' || b == 0xE2;
}

/* Computes the hard-boundary bit of a token of hash h and word flags wf
** (once, while hashing). */
static int hard_token(const dyad_coder *c, uint64_t h, unsigned wf) {
  return h == c->h_semi || h == c->h_colon || h == c->h_dash2 ||
         h == c->h_mdash || h == c->h_lparen || h == c->h_rparen ||
         (h == c->h_dash && !(wf & DYAD_VW_WORD));
}

static int is_neg_tok(const sent *s, const dyad_coder *c, size_t i) {
  (void)s;
  return (c->cls[i] & (W_NEG | S_NT)) != 0;
}

static int mention_at_end(const dyad_coder *c, size_t tokend) {
  /* the mention whose last token is tokend-1, or -1 */
  if (tokend == 0) return -1;
  int32_t m = c->ment_of[tokend - 1];
  if (!m) return -1;
  if (c->ment[m - 1].tok_end != tokend) return -1;
  return m - 1;
}

/* ---- coreference ---------------------------------------------------------- */

static void hist_push(dyad_coder *c, const actor *a, uint32_t sentence, int subject) {
  if (!a->country[0] && !a->code[0]) return;
  hist_entry *e = &c->hist[c->hpos];
  e->a = *a;
  e->sentence = sentence;
  e->subject = subject;
  c->hpos = (c->hpos + 1) % HIST;
  if (c->nhist < HIST) c->nhist++;
}

/* k-th most recent history entry (0 = latest), or NULL. */
static const hist_entry *hist_get(const dyad_coder *c, size_t k) {
  if (k >= c->nhist) return NULL;
  return &c->hist[(c->hpos + HIST - 1 - k) % HIST];
}

static int is_person_like(const actor *a) {
  return a->kind == DYAD_MK_PERSON || a->kind == DYAD_MK_COUNTERPART ||
         (a->kind == DYAD_MK_AGENT && !(a->flags & DYAD_MF_PLURAL));
}

/* Is actor a a body of a state or organisation named by a word for one
** ("the Chinese Defense Ministry", "the Foreign Ministry", "the army"), which
** can be "it" as a state is? Not a person ("a spokesman"), nor many. */
static int institution(const dyad_coder *c, const sent *s, const actor *a) {
  static const char *const BODY[] = {"ministry", "department", "office", "government", "council", "agency",
                                     "committee", "parliament", "army", "navy", "command", "cabinet",
                                     "administration", "commission", "embassy", "assembly", NULL};
  (void)c;
  if (a->kind != DYAD_MK_AGENT || a->role || a->person >= 0 || (a->flags & DYAD_MF_PLURAL) || a->end <= a->start ||
      strlen(a->country) != 3)
    return 0;
  size_t b = a->end;
  while (b > a->start && ((s->text[b - 1] | 32) >= 'a' && (s->text[b - 1] | 32) <= 'z')) b--;
  for (int i = 0; BODY[i]; i++)
    if (a->end - b == strlen(BODY[i]) && !strncasecmp(s->text + b, BODY[i], a->end - b)) return 1;
  return 0;
}

/* Is an actor a news medium ("KCNA", "state media"), which is never "he"? */
static int medium(const actor *a) {
  size_t l = strlen(a->code);
  return a->kind == DYAD_MK_AGENT && !a->role && l >= 3 && !strcmp(a->code + l - 3, "MED");
}

/* Is actor a a firm named by no person ("Gazprom", "the company"), which
** is never "he" or "she"? */
static int firm(const actor *a) {
  size_t l = strlen(a->code);
  return a->kind == DYAD_MK_AGENT && !a->role && l >= 3 && !strcmp(a->code + l - 3, "BUS");
}

static int is_state_like(const actor *a) {
  return a->kind == DYAD_MK_COUNTRY || a->kind == DYAD_MK_SEAT ||
         a->kind == DYAD_MK_IGO || (a->flags & DYAD_MF_STATE);
}

/* The sector part of an actor's code ("IRQMIL" -> "MIL", "USA" -> ""). */
static const char *sector_of(const actor *a) {
  size_t cl = strlen(a->country);
  return cl && !strncmp(a->code, a->country, cl) ? a->code + cl : a->code;
}

/* Does a sector name a group that fights or opposes a state from inside
** (rebels, insurgents, separatists, militia, opposition)? */
static int challenger_sector(const char *sec) {
  return !strncmp(sec, "REB", 3) || !strncmp(sec, "INS", 3) || !strncmp(sec, "SEP", 3) ||
         !strncmp(sec, "UAF", 3) || !strncmp(sec, "OPP", 3);
}

/* Is mention m a country named only as a border or neighbour ("near the
** Cameroon border", "bordering Cameroon")? It is then not in play. */
static int border_ref(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  size_t e = m->tok_end, b = m->tok_start;
  if (e < s->ntok && c->tok[e].end - c->tok[e].start >= 6 &&
      (!strncasecmp(s->text + c->tok[e].start, "border", 6) || !strncasecmp(s->text + c->tok[e].start, "frontier", 8)))
    return 1;
  if (b > 0 && c->tok[b - 1].end - c->tok[b - 1].start == 9 && !strncasecmp(s->text + c->tok[b - 1].start, "bordering", 9))
    return 1;
  if (b > 2 && c->hash[b - 1] == c->h_of && c->tok[b - 2].end - c->tok[b - 2].start >= 6 &&
      (!strncasecmp(s->text + c->tok[b - 2].start, "border", 6) || !strncasecmp(s->text + c->tok[b - 2].start, "frontier", 8)))
    return 1; /* "a plateau near the border of Bhutan": beside it, not in it */
  return 0;
}

static int tok_is(const dyad_coder *c, const sent *s, size_t t, const char *w);

/* Is the sentence's first subject a plain opening subject ("U.S. Army units
** thrust into ..."): at the start, outside parentheses, not a news medium? */
static int opening_subject(const dyad_coder *c, const sent *s) {
  if (s->main_subj < 0) return 0;
  const dyad_mention *m = &c->ment[s->main_subj];
  const group *g = &c->mres[s->main_subj];
  if (!g->n || (m->flags & DYAD_MF_POSSESSIVE) || m->tok_start > 12) return 0;
  size_t q0 = 0;
  if (!c->literal && m->tok_start > 1) {
    /* "On Wednesday, Russian troops took it ... and detained", "Before dawn
       last Wednesday, Spanish special forces ...": a fronted phrase of time
       or place closed by a comma (no party, verb of saying or clause word in
       it) stands before the subject as a determiner would (art5) */
    size_t cm = m->tok_start;
    while (cm > 0 && (c->cls[cm - 1] & W_DET)) cm--;
    if (cm > 1 && c->hash[cm - 1] == c->h_comma && cm <= 9 &&
        ((c->cls[0] & (W_PREP | W_TIME | W_ADV)) || tok_is(c, s, 0, "before") || tok_is(c, s, 0, "after") ||
         (c->tok[0].flags & DYAD_TOK_NUMBER))) {
      size_t q = 0;
      for (; q + 1 < cm; q++)
        if (c->ment_of[q] || is_hard(c, q) || c->hash[q] == c->h_comma ||
            (c->cls[q] & (W_REPORT | W_REL | W_THAT | W_BE | W_AUX | W_MODAL | W_PRON)) ||
            (q > 0 && (c->cls[q] & W_SUB)))
          break;
      if (q + 1 == cm) q0 = cm;
    }
  }
  if (!q0 && m->tok_start > 4) return 0;
  for (size_t q = q0; q < m->tok_start; q++)
    if (!(c->cls[q] & W_DET) && !(c->tok[q].flags & DYAD_TOK_NUMBER) &&
        !(!c->literal && q > 0 && c->hash[q] == c->h_of && ((c->cls[q - 1] & W_DET) || (c->tok[q - 1].flags & DYAD_TOK_NUMBER))))
      return 0; /* ("Thousands of protesters marched ..., expressing anger at") */
  size_t cl = strlen(g->a[0].country);
  const char *sec = g->a[0].code + (cl && !strncmp(g->a[0].code, g->a[0].country, cl) ? cl : 0);
  return strncmp(sec, "MED", 3) != 0;
}

/* Copies the resolved form of a history actor, keeping the mention's span. */
static void adopt(actor *dst, const actor *src, const dyad_mention *m) {
  uint32_t s = m->start, e = m->end;
  uint16_t kind = dst->kind;
  *dst = *src;
  dst->start = s;
  dst->end = e;
  (void)kind;
}

/* strcmp(s, w) == 0 for a three-letter literal w, and len3(s) /
** >= 3, without a call (codes and sectors are short: the first byte that
** differs or ends s ends the test). */
static inline int eq3(const char *s, const char *w) {
  return s[0] == w[0] && s[1] == w[1] && s[2] == w[2] && !s[3];
}
static inline int len3(const char *s) { return s[0] && s[1] && s[2] && !s[3]; }
static inline int len_ge3(const char *s) { return s[0] && s[1] && s[2]; }

/* Bounded copy (no printf in the hot path). */
static void copy_str(char *dst, size_t cap, const char *src) {
  size_t n = 0;
  if (src)
    while (n + 1 < cap && src[n]) {
      dst[n] = src[n];
      n++;
    }
  dst[n] = 0;
}

/* snprintf(dst, cap, "%s%s", a, b) without printf: as much of a then b as
** fits in cap - 1 bytes. */
static void cat2(char *dst, size_t cap, const char *a, const char *b) {
  size_t n = 0;
  while (*a && n + 1 < cap) dst[n++] = *a++;
  while (*b && n + 1 < cap) dst[n++] = *b++;
  dst[n] = 0;
}

/* Is sector sec (its first three bytes) one of list's, a list of
** three-letter codes each with a space before and after (" REB INS ")?
** The same answer as strstr(list, " " sec[0..2] " "), whose needle ends at
** a NUL in sec: "" is in every list, "R" and "RE" in one with a code that
** starts so. */
static inline int sec_in(const char *list, const char *sec) {
  char a = sec[0], b = sec[1], d = sec[2];
  if (!a) return 1;
  for (const char *p = list + 1; *p; p += 4)
    if (p[0] == a && (!b || (p[1] == b && (!d || p[2] == d)))) return 1;
  return 0;
}

/* Is actor a one of a state's executive organs (government, forces,
** police, courts, intelligence), or an organisation or one of its bodies?
** With 'acting', the one that acts: a government or its intelligence (not
** the forces or courts: "Venezuela's armed forces stood behind President
** Maduro" is an event). (Not a legislature: "Duma backs Putin's plan" is an
** event of the AG gold; not the state or its people named as a country:
** "urges Thais to help".) */
static int state_organ(const actor *a, int acting) {
  if (a->kind == DYAD_MK_IGO || !strncmp(a->code, "IGO", 3)) return 1;
  const char *sec = sector_of(a);
  return *sec && sec_in(acting ? " GOV SPY " : " GOV MIL COP JUD SPY ", sec);
}

static void set_code(actor *a, const char *code, const char *country) {
  copy_str(a->code, sizeof a->code, code);
  copy_str(a->country, sizeof a->country, country);
  if ((a->country[0] == 'I' || a->country[0] == 'N' || a->country[0] == 'M') &&
      (eq3(a->country, "IMG") || eq3(a->country, "NGO") || eq3(a->country, "MNC")))
    a->country[0] = 0; /* actor types, not countries */
  if (!a->code[0] && a->country[0]) copy_str(a->code, sizeof a->code, a->country);
  if (!a->country[0] && a->code[0] && a->code[1] && a->code[2] && strncmp(a->code, "IMG", 3) &&
      strncmp(a->code, "NGO", 3) && strncmp(a->code, "MNC", 3) && strncmp(a->code, "UIS", 3) &&
      strncmp(a->code, "IGO", 3)) {
    /* the country of a bare code: "RUSGOV" -> RUS, "IGOUNO" -> UNO */
    const char *p = !strncmp(a->code, "IGO", 3) && strlen(a->code) >= 6 ? a->code + 3 : a->code;
    memcpy(a->country, p, 3);
    a->country[3] = 0;
  }
}

/* Does a definite description's office fit an antecedent's? "the minister"
** (MIN) fits any minister; "the official" (OTH) anyone. */
/* Makes agent mention m, which names no country, the one target of the
** event, in the source's own country (S's first actor): "the police" a
** state acts on at home. */
static void home_target(group *T, const group *S, const dyad_mention *m) {
  memset(&T->a[0], 0, sizeof T->a[0]);
  cat2(T->a[0].code, sizeof T->a[0].code, S->a[0].country, m->sector);
  copy_str(T->a[0].country, sizeof T->a[0].country, S->a[0].country);
  T->a[0].start = m->start;
  T->a[0].end = m->end;
  T->a[0].person = -1;
  T->a[0].kind = DYAD_MK_AGENT;
  T->n = 1;
}

/* T becomes the one target: the country (code CODE, ISO-3 CTRY) whose text
** span is start..end (0..0 when none). */
static void country_target(group *T, const char *code, const char *ctry, uint32_t start, uint32_t end) {
  memset(&T->a[0], 0, sizeof T->a[0]);
  copy_str(T->a[0].code, sizeof T->a[0].code, code);
  copy_str(T->a[0].country, sizeof T->a[0].country, ctry);
  T->a[0].start = start;
  T->a[0].end = end;
  T->a[0].person = -1;
  T->a[0].kind = DYAD_MK_COUNTRY;
  T->n = 1;
}

static int role_fits(int want, int have) {
  if (!want || !have || want == have || want == DYAD_ROLE_OTH) return 1;
  if (want == DYAD_ROLE_MIN) return have == DYAD_ROLE_FM || have == DYAD_ROLE_DEF;
  return 0;
}

static void ensure_places(dyad_coder *c, sent *s);

/* Is token t a compass or position adjective ("Central", "northern",
** "South-East")? */
static int compass_word(const dyad_coder *c, const sent *s, size_t t) {
  static const char *const W[] = {"central", "northern", "southern", "eastern", "western", "northeastern",
                                  "northwestern", "southeastern", "southwestern", "north", "south", "east",
                                  "west", "upper", "lower", "far", NULL};
  size_t l = c->tok[t].end - c->tok[t].start;
  if (l < 3 || l > 12) return 0;
  for (int i = 0; W[i]; i++)
    if (strlen(W[i]) == l && !strncasecmp(s->text + c->tok[t].start, W[i], l)) return 1;
  return 0;
}

/* The country a sentence happens in: a country named after a locative
** preposition ("in Iraq", "across northeastern India"), else a known city
** in it, else the dateline's country; "" when none. */
static const char *sentence_country(dyad_coder *c, sent *s) {
  if (s->loc_done) return s->loc_country;
  s->loc_done = 1;
  s->loc_country[0] = 0;
  for (size_t k = 0; k < s->nment; k++) {
    const dyad_mention *m = &c->ment[k];
    if ((m->kind != DYAD_MK_COUNTRY && m->kind != DYAD_MK_SEAT && m->kind != DYAD_MK_ADJ) || !m->country[0] ||
        border_ref(c, s, m))
      continue;
    size_t j = m->tok_start, q = 0;
    while (j > 0 && q < 3 && !(c->cls[j - 1] & (W_PREP | W_SUB)) && !c->ment_of[j - 1] &&
           (!(c->tok[j - 1].flags & DYAD_TOK_CAP) || (!c->literal && compass_word(c, s, j - 1))) &&
           (c->wflag[j - 1] & DYAD_VW_WORD)) {
      j--; /* (also a headline's "in Central Iraq", "in Northern Iraq") */
      q++;
    }
    if (j > 1 && c->hash[j - 1] == c->h_of && !c->literal) {
      /* "in a remote area of northeastern Nigeria", "in the south of Iraq" */
      size_t r = j - 1, n = 0;
      while (r > 0 && n < 4 && !(c->cls[r - 1] & W_PREP) && !c->ment_of[r - 1] &&
             !(c->tok[r - 1].flags & DYAD_TOK_CAP) && (c->wflag[r - 1] & DYAD_VW_WORD)) {
        r--;
        n++;
      }
      static const char *const AREA[] = {"area", "areas", "region", "part", "parts", "north", "south", "east",
                                         "west", "province", "district", "outskirts", "heart", "centre", "center",
                                         "southwest", "northwest", "southeast", "northeast"};
      size_t al = c->tok[j - 2].end - c->tok[j - 2].start, a = 0;
      while (a < sizeof AREA / sizeof AREA[0] &&
             (strlen(AREA[a]) != al || strncasecmp(s->text + c->tok[j - 2].start, AREA[a], al)))
        a++;
      if (n && r > 0 && c->hash[r - 1] == c->h_in && a < sizeof AREA / sizeof AREA[0]) j = r;
    }
    if (j > 0 && (c->hash[j - 1] == c->h_in || c->hash[j - 1] == c->h_across ||
                  c->hash[j - 1] == c->h_throughout || c->hash[j - 1] == c->h_inside)) {
      copy_str(s->loc_country, sizeof s->loc_country, m->country);
      return s->loc_country;
    }
  }
  ensure_places(c, s);
  for (size_t i = 0; i < s->nplaces; i++)
    if (c->places[i].country[0]) {
      copy_str(s->loc_country, sizeof s->loc_country, c->places[i].country);
      return s->loc_country;
    }
  copy_str(s->loc_country, sizeof s->loc_country, c->doc_country);
  s->loc_dateline = 1;
  return s->loc_country;
}

/* Resolves mention m to one or two actors (g->n = 0: unresolved). */
/* Literal mode (PETRARCH): a mention codes as its dictionaries say, with no
** coreference: an agent with no country takes the country named right
** after it ("soldiers from Gondor", "the government of Gondor"), else
** "---" ("a senior official" -> ---GOV); pronouns code nothing. */
static void lit_resolve(dyad_coder *c, sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  actor a;
  g->n = 0;
  memset(&a, 0, sizeof a);
  a.start = m->start;
  a.end = m->end;
  a.person = m->person;
  a.role = m->role;
  a.kind = m->kind;
  a.flags = m->flags;
  if (m->kind == DYAD_MK_PRONOUN) return;
  if (m->code[0]) {
    set_code(&a, m->code, m->country);
  } else if (m->kind == DYAD_MK_AGENT && m->sector[0]) {
    char code[64];
    size_t r = m->tok_end;
    if (mi > 0 && c->ment[mi - 1].tok_end == m->tok_start && c->ment[mi - 1].code[0] &&
        c->ment[mi - 1].kind != DYAD_MK_PRONOUN) {
      /* "White House security officials": the actor before the agent */
      const dyad_mention *x = &c->ment[mi - 1];
      size_t xl = strlen(x->code), sl = strlen(m->sector);
      if (xl >= sl && !strcmp(x->code + xl - sl, m->sector))
        copy_str(code, sizeof code, x->code);
      else
        cat2(code, sizeof code, x->code, m->sector);
      set_code(&a, code, x->country);
    }
    if (!a.code[0] && r + 1 < s->ntok &&
        (c->hash[r] == c->h_of || c->hash[r] == c->h_in || c->hash[r] == c->h_from)) {
      r++;
      while (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
      if (r < s->ntok && c->ment_of[r] && c->ment[c->ment_of[r] - 1].tok_start == r &&
          c->ment[c->ment_of[r] - 1].code[0] && c->ment[c->ment_of[r] - 1].kind != DYAD_MK_AGENT) {
        const dyad_mention *x = &c->ment[c->ment_of[r] - 1];
        cat2(code, sizeof code, x->code, m->sector);
        set_code(&a, code, x->country);
      }
    }
    if (!a.code[0]) {
      cat2(code, sizeof code, "---", m->sector);
      copy_str(a.code, sizeof a.code, code);
    }
  }
  if (!a.code[0]) return;
  g->a[0] = a;
  g->n = 1;
  {
    /* "the Shire" [FRO/BIL/SAM]: each of its codes */
    const char *all = m->code[0] ? dyad__petrarch_multicode(dyad__petrarch_of(c->d), m->code) : NULL;
    if (all) {
      g->n = 0;
      while (*all && g->n < GMAX) {
        size_t n = strcspn(all, "/");
        char code[32];
        if (n && n < sizeof code) {
          memcpy(code, all, n);
          code[n] = 0;
          g->a[g->n] = a;
          set_code(&g->a[g->n], code, "");
          g->n++;
        }
        all += n;
        if (*all == '/') all++;
      }
    }
  }
}

/* Does an actor's sector name an armed group outside the state (rebels,
** insurgents, militia, gunmen, separatists, kidnappers; al-Qaeda)? */
static int armed_group(const actor *a) {
  const char *sec = sector_of(a);
  return !strncmp(a->code, "IMG", 3) || !strncmp(sec, "REB", 3) || !strncmp(sec, "UAF", 3) ||
         !strncmp(sec, "INS", 3) || !strncmp(sec, "SEP", 3) || !strncmp(sec, "CRM", 3);
}

static size_t skip_left_verbgroup(const dyad_coder *c, size_t j, size_t lo);
static int prepositional(const dyad_coder *c, const dyad_mention *m, size_t lo);
static int place_noun(const dyad_coder *c, const sent *s, size_t t);

/* For a definite description of an armed group or force ("the group", "the
** militants", "the kidnappers", "the military", "the police", "the
** court", "the parliament"): the actor of that kind named last before it,
** in this sentence or the two before (any armed group for an armed group;
** the same sector for the military, police, courts and legislatures), or
** NULL. */
static const actor *same_kind_before(const dyad_coder *c, const sent *s, size_t mi, const char *sector) {
  char sec[4] = {sector[0], sector[1], sector[2], 0};
  int armed = sec_in(" REB UAF INS SEP CRM ", sec);
  if (!armed && !eq3(sec, "MIL") && !eq3(sec, "COP") && !eq3(sec, "JUD") && !eq3(sec, "LEG") &&
      !eq3(sec, "BUS"))
    return NULL;
  for (size_t k = mi; k-- > 0;) {
    if (c->mres[k].n != 1 || c->ment[k].kind == DYAD_MK_PRONOUN || c->ment[k].kind == DYAD_MK_DEFINITE) continue;
    const actor *x = &c->mres[k].a[0];
    if (armed ? armed_group(x) && (x->country[0] || !strncmp(x->code, "IMG", 3))
              : len3(x->country) && (!strncmp(sector_of(x), sec, 3) || (!strncmp(x->code, "IGO", 3) && strstr(x->code + 3, sec))))
      return x;
  }
  for (size_t k = 0; k < c->nhist; k++) {
    const hist_entry *e = hist_get(c, k);
    if (e->sentence + 2 < s->index) break;
    if (e->sentence == s->index || e->a.kind == DYAD_MK_PRONOUN) continue;
    const actor *x = &e->a;
    if (armed ? armed_group(x) && (x->country[0] || !strncmp(x->code, "IMG", 3))
              : len3(x->country) && (!strncmp(sector_of(x), sec, 3) || (!strncmp(x->code, "IGO", 3) && strstr(x->code + 3, sec))))
      return x;
  }
  return NULL;
}

/* a, b become the source and target countries of event e (as states, no
** person). Returns 1. */
static int pair_of_event(const dyad_event *e, actor *a, actor *b) {
  memset(a, 0, sizeof *a);
  memset(b, 0, sizeof *b);
  set_code(a, e->source, e->source_country);
  set_code(b, e->target, e->target_country);
  a->person = b->person = -1;
  a->kind = b->kind = DYAD_MK_COUNTRY;
  return 1;
}

/* The two sides a plural anaphor ("the two sides", "the two leaders",
** "they") most likely means: the pair of distinct countries that the
** document's events of earlier sentences join most, the nearer sentences
** weighing more (the sentence before 8, then 4, 2, 1), a pair that acts
** both ways counting double. A pair named in the
** text but acting in no event ("a phrase Beijing uses to refer to Taiwan",
** "met at the G7 summit in Kananaskis") is no side. Fills a, b (their
** country, code of one of the events) and returns 1, or 0 when no event of
** the document joins two countries. Runs only for plural anaphors. */
static int in_ex(const char (*ex)[4], int nex, const char *country) {
  for (int k = 0; k < nex; k++)
    if (!strcmp(ex[k], country)) return 1;
  return 0;
}

static int event_pair(const dyad_coder *c, const sent *s, actor *a, actor *b, const char (*ex)[4], int nex) {
  long best = 0;
  size_t bi = 0;
  for (size_t i = c->nev; i-- > 0;) {
    const dyad_event *e = &c->ev[i];
    if (e->sentence >= s->index || !len3(e->source_country) || !len3(e->target_country) ||
        !strcmp(e->source_country, e->target_country) || (e->root[0] == '0' && e->root[1] == '1'))
      continue; /* (statements, 01, say little of who the sides are) */
    if (in_ex(ex, nex, e->source_country) || in_ex(ex, nex, e->target_country))
      continue; /* (the one acting on the two is not one of them) */
    long score = 0;
    int dirs = 0; /* 1: e's way, 2: the other way */
    for (size_t k = 0; k <= i; k++) {
      const dyad_event *f = &c->ev[k];
      if (f->sentence >= s->index || (f->root[0] == '0' && f->root[1] == '1')) continue;
      int fw = !strcmp(f->source_country, e->source_country) && !strcmp(f->target_country, e->target_country);
      if (fw || (!strcmp(f->source_country, e->target_country) && !strcmp(f->target_country, e->source_country))) {
        uint32_t d = s->index - 1 - f->sentence;
        score += d >= 3 ? 1 : 8 >> d;
        dirs |= fw ? 1 : 2;
      }
    }
    if (dirs == 3) score *= 2; /* acts both ways (met, talked, signed): two sides */
    if (score > best) { /* (ties: the later pair, met first) */
      best = score;
      bi = i;
    }
  }
  if (!best) return 0;
  return pair_of_event(&c->ev[bi], a, b);
}

/* "Kim met Putin on Wednesday at the Vostochny Cosmodrome. It was their
** first summit since 2019", "... The two leaders agreed": a plural anaphor
** right after a sentence whose meetings (root 04 events) all join one pair of
** countries means that pair, the last one named together, whatever pair the
** story's events join most. Fills a, b as event_pair does; 1, else 0. */
static int meeting_pair(const dyad_coder *c, const sent *s, actor *a, actor *b, const char (*ex)[4], int nex) {
  if (c->literal || !s->index) return 0;
  size_t bi = c->nev;
  for (size_t i = c->nev; i-- > 0;) {
    const dyad_event *e = &c->ev[i];
    if (e->sentence >= s->index) continue;
    if (e->sentence + 1 < s->index) break;
    if (e->root[0] != '0' || e->root[1] != '4' || !len3(e->source_country) || !len3(e->target_country) ||
        !strcmp(e->source_country, e->target_country) || in_ex(ex, nex, e->source_country) ||
        in_ex(ex, nex, e->target_country))
      continue;
    if (bi < c->nev) {
      const dyad_event *f = &c->ev[bi];
      if (!((!strcmp(f->source_country, e->source_country) && !strcmp(f->target_country, e->target_country)) ||
            (!strcmp(f->source_country, e->target_country) && !strcmp(f->target_country, e->source_country))))
        return 0; /* (meetings of two pairs: no one pair) */
      continue;
    }
    bi = i;
  }
  if (bi == c->nev) return 0;
  return pair_of_event(&c->ev[bi], a, b);
}

/* g becomes two[0..1], spanning plural anaphor m; WHY names the rule for
** the trace. Returns 1. */
static int take_pair(dyad_coder *c, const sent *s, const dyad_mention *m, actor two[2], group *g,
                     const char *why) {
  for (int x = 0; x < 2; x++) {
    two[x].start = m->start;
    two[x].end = m->end;
    g->a[x] = two[x];
  }
  g->n = 2;
  tracef(c, "  \"%.*s\": %s, %s and %s", (int)(m->end - m->start), s->text + m->start, why,
         g->a[0].code, g->a[1].code);
  return 1;
}

/* Each of the two sides becomes the latest actor of the history from its
** country that is a person (PERSON) or a state; a state as its bare
** country. */
static void sides_as(dyad_coder *c, actor two[2], int person) {
  for (int x = 0; x < 2; x++) {
    for (size_t k = 0; k < c->nhist; k++) {
      const actor *h = &hist_get(c, k)->a;
      if (strcmp(h->country, two[x].country) || !(person ? is_person_like(h) : is_state_like(h))) continue;
      two[x] = *h;
      break;
    }
    if (!person) copy_str(two[x].code, sizeof two[x].code, two[x].country);
  }
}

/* "Saudi Arabia called on the two countries to resolve their differences,
** and the Arab League urged both sides to show restraint": a plural
** anaphor after another one of its sentence that found a pair (the two
** countries, their, both sides) is that pair again, not the sentence's
** named actors (the caller and the urger) nor the last two states. Each
** side becomes the latest actor of its country that is a person (PERSON 1)
** or a state (0, as its bare country); a pronoun (-1) keeps the sides as
** the earlier anaphor found them. Fills g and returns 1, else 0. */
static int sentence_pair(dyad_coder *c, const sent *s, const dyad_mention *m, int person, group *g) {
  if (c->literal || m < c->ment || m >= c->ment + s->nment) return 0;
  for (size_t k = (size_t)(m - c->ment); k-- > 0;) {
    const dyad_mention *x = &c->ment[k];
    if (!((x->kind == DYAD_MK_DEFINITE && (x->flags & DYAD_MF_TWO)) || x->kind == DYAD_MK_PRONOUN) ||
        c->mres[k].n != 2)
      continue;
    actor two[2] = {c->mres[k].a[0], c->mres[k].a[1]};
    if (!len3(two[0].country) || !len3(two[1].country) || !strcmp(two[0].country, two[1].country)) continue;
    if (person >= 0) /* ("At their summit ..., the two presidents agreed": the presidents) */
      sides_as(c, two, person);
    return take_pair(c, s, m, two, g, "the pair an earlier anaphor of its sentence found");
  }
  return 0;
}

/* g becomes the two sides of event_pair for plural anaphor m: each the
** latest actor of the history from that country (a person when PERSON),
** else the events' own code; states as their bare country. 0: no pair. */
/* The countries of the subject of the verb whose object plural anaphor mi
** is ("The African Union and the United States pressed both sides", "the
** Arab League's secretary-general, Ahmed Aboul Gheit, urged both sides"):
** the one acting on the two sides is not one of them. Fills ex (up to 4)
** and returns their number; 0 when mi follows no verb or the verb no
** named subject. */
static int anaphor_agents(const dyad_coder *c, const sent *s, size_t mi, char (*ex)[4]) {
  if (c->literal || c->ment[mi].kind == DYAD_MK_PRONOUN) return 0; /* ("denounced them": things as often as states) */
  size_t b = c->ment[mi].tok_start, e = c->ment[mi].tok_end;
  if (e < s->ntok && (c->cls[e] & (W_MODAL | W_AUX | W_BE))) return 0; /* "said the two countries should": a subject */
  for (size_t v = 0; v < s->nvm; v++) {
    /* (the verb's word, its particle and determiners before mi: "pressed
       both sides", "called on the two", "urged both sides to show
       restraint", a pattern that runs on past mi) */
    if (c->vm[v].tok_start >= b || c->vm[v].tok_start + 4 < b || c->vm[v].tok_start == 0) continue;
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
    if (!pv || pv->kind != DYAD_VK_VERB || c->ment_of[c->vm[v].tok_start] ||
        ((c->cls[c->vm[v].tok_start] & W_REPORT) && c->hash[c->vm[v].tok_start] != c->h_told))
      continue; /* ("said both sides": the subject of the words reported) */
    int clear = 1;
    for (size_t q = c->vm[v].tok_start + 1; q < b && clear; q++)
      clear = !c->ment_of[q] && ((c->cls[q] & W_DET) || c->hash[q] == c->h_on || tok_is(c, s, q, "upon"));
    if (!clear) continue;
    size_t q = c->vm[v].tok_start; /* back over auxiliaries and adverbs ("has also urged") */
    for (int k = 0; k < 3 && q > 0 && !c->ment_of[q - 1] && (c->cls[q - 1] & (W_AUX | W_MODAL | W_ADV | W_NEG)); k++) q--;
    if (q > 1 && c->hash[q - 1] == c->h_comma && c->ment_of[q - 2]) q--; /* (", Ahmed Aboul Gheit, urged") */
    int n = 0, commas = q < c->vm[v].tok_start;
    for (int steps = 0; q > 0 && c->ment_of[q - 1] && n < 4 && steps < 6; steps++) {
      size_t k = (size_t)c->ment_of[q - 1] - 1;
      if (k >= mi || c->ment[k].tok_end != q) break;
      for (int x = 0; x < c->mres[k].n && n < 4; x++)
        if (len3(c->mres[k].a[x].country) && !in_ex((const char (*)[4])ex, n, c->mres[k].a[x].country))
          copy_str(ex[n++], 4, c->mres[k].a[x].country);
      q = c->ment[k].tok_start; /* "A and B pressed": both; "A's envoy, B, urged": the head before the apposition */
      if (q > 1 && (c->cls[q - 1] & W_AND) && c->ment_of[q - 2]) q--;
      else if (commas == 1 && q > 1 && c->hash[q - 1] == c->h_comma && c->ment_of[q - 2]) q--, commas++;
      else break;
    }
    return n;
  }
  return 0;
}

static int pair_sides(dyad_coder *c, const sent *s, const dyad_mention *m, int person, group *g) {
  actor two[2];
  if (c->literal) return 0;
  if (sentence_pair(c, s, m, person, g)) return 1;
  char ex[4][4];
  int nex = anaphor_agents(c, s, (size_t)(m - c->ment), ex);
  if (m->kind != DYAD_MK_PRONOUN) {
    /* "Trump said he had held a call with the Chinese leader and that the
       two would meet": the people (or states) of exactly two countries
       named earlier in this sentence, none of them a place ("Trump and Kim
       signed ... in Singapore, the first summit between the two countries") */
    int n = 0;
    for (size_t k = 0; k < c->nhist && n < 3; k++) {
      const hist_entry *e = hist_get(c, k);
      if (e->sentence != s->index) break;
      const actor *x = &e->a;
      if (!len3(x->country) || (x->flags & AF_PLACE) || x->kind == DYAD_MK_IGO ||
          !(is_person_like(x) || (!person && is_state_like(x))) || medium(x) ||
          in_ex((const char (*)[4])ex, nex, x->country))
        continue;
      if (n && !strcmp(two[0].country, x->country)) continue;
      if (n == 2 && !strcmp(two[1].country, x->country)) continue;
      if (n < 2) two[n] = *x;
      n++;
    }
    if (n == 2 && m->tok_start > 0 &&
        (tok_is(c, s, m->tok_start - 1, "to") || tok_is(c, s, m->tok_start - 1, "with") ||
         tok_is(c, s, m->tok_start - 1, "against"))) {
      /* "Saudi Arabia and Iran had also sent envoys to both capitals": the
         two sides a verb's "to", "with" or "against" names are not the two
         joined as its subject (but "the first summit between the two"; art1) */
      size_t a0 = two[0].start < two[1].start ? two[0].end : two[1].end;
      size_t b0 = two[0].start < two[1].start ? two[1].start : two[0].start;
      if (b0 > a0 && b0 - a0 <= 6 && m->start > b0 &&
          (!strncmp(s->text + a0, " and ", b0 - a0) || !strncmp(s->text + a0, ", ", b0 - a0)))
        n = 0;
    }
    if (n == 2) {
      for (int x = 0; x < 2 && !person; x++) copy_str(two[x].code, sizeof two[x].code, two[x].country);
      return take_pair(c, s, m, two, g, "the two countries named before it in this sentence");
    }
  }
  if (person && s->index > 0) {
    /* "He first spoke with U.S. President Donald Trump. The two leaders
       agreed ...": the named people of exactly two countries in the
       sentence before are the two */
    int n = 0;
    for (size_t k = 0; k < c->nhist; k++) {
      const hist_entry *e = hist_get(c, k);
      if (e->sentence == s->index) continue;
      if (e->sentence + 1 != s->index) break;
      if (e->a.kind != DYAD_MK_PERSON || !len3(e->a.country) || (n == 1 && !strcmp(two[0].country, e->a.country)))
        continue;
      if (n == 2 && strcmp(two[1].country, e->a.country)) {
        n = 3; /* three countries: no pair */
        break;
      }
      if (n < 2) two[n++] = e->a;
    }
    if (n == 2) return take_pair(c, s, m, two, g, "the two people of the sentence before");
  }
  int met = meeting_pair(c, s, &two[0], &two[1], (const char (*)[4])ex, nex);
  if (!met && !event_pair(c, s, &two[0], &two[1], (const char (*)[4])ex, nex)) return 0;
  sides_as(c, two, person);
  return take_pair(c, s, m, two, g, met ? "the two sides of the meeting of the sentence before" : "the two sides of the document's events");
}

static inline __attribute__((always_inline)) void resolve(dyad_coder *c, sent *s, size_t mi, group *g);
static int clause_of(const dyad_coder *c, size_t t);

/* Is mention m a country or seat named as a place, after a locative
** preposition ("in Singapore", "at the Kremlin", "near northern Iraq")?
** Such a country is where things happen, not a side of a pair. */
static inline int locative(const dyad_coder *c, const dyad_mention *m) {
  size_t j = m->tok_start;
  if ((m->kind != DYAD_MK_COUNTRY && m->kind != DYAD_MK_SEAT) || !j) return 0;
  for (int q = 0; q < 2 && j > 1 && !(c->cls[j - 1] & W_PREP); q++) {
    /* "in the south of", "in northern" */
    if (c->ment_of[j - 1] || (!(c->cls[j - 1] & W_DET) && (c->tok[j - 1].flags & DYAD_TOK_CAP))) return 0;
    j--;
  }
  uint64_t h = c->hash[j - 1];
  return h == c->h_in || h == c->h_at || h == c->h_near || h == c->h_inside || h == c->h_across ||
         h == c->h_throughout;
}

/* Does actor a end right before the verb at token head, with only
** auxiliaries, adverbs and times between ("The soldiers withdrew", "China's
** military had withdrawn")? Not a subject found across a clause or a comma
** ("Four Israeli soldiers killed, Barghuti pulls out of the race"). */
static int subject_adjacent(const dyad_coder *c, const sent *s, const actor *a, size_t head) {
  size_t q = 0;
  while (q < s->ntok && c->tok[q].start < a->end) q++;
  if (q > head) return 0;
  for (; q < head; q++)
    if (c->ment_of[q] || !(c->cls[q] & (W_AUX | W_BE | W_ADV | W_TIME | W_MODAL)) || (c->cls[q] & (W_AND | W_BUT)))
      return 0;
  return 1;
}

/* A bare meeting noun at token t ("talks", "summit") right after a pair of
** states that modifies it: "the India-Pakistan talks", "the U.S. and China
** talks", a title's "N.Korea, Japan talks" (up to two lower-case modifiers
** between: "the Japan-North Korea nuclear talks"). The two are its sides,
** as "their" of two is: the mentions' indexes into *IA and *IB, returns 1.
** Not a list of three ("China, Japan and South Korea talks"), a possessive
** first piece, or one country twice. */
static int pair_before_noun(const dyad_coder *c, const sent *s, size_t t, int *ia, int *ib) {
  size_t q = t;
  for (int k = 0; k < 2 && q > 0 && !c->ment_of[q - 1] && (c->wflag[q - 1] & DYAD_VW_WORD) &&
                  !(c->tok[q - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) &&
                  !(c->cls[q - 1] & ~(unsigned)(S_ING | S_ED | S_LY | S_NT));
       k++)
    q--;
  if (q < 3 || !c->ment_of[q - 1]) return 0;
  const dyad_mention *b = &c->ment[c->ment_of[q - 1] - 1];
  if (b->tok_end != q || b->tok_start < 2) return 0;
  size_t jn = b->tok_start - 1; /* the joiner: "and", a pair's hyphen (read as "and"), a title's comma */
  if (!(c->cls[jn] & W_AND) && !(s->index == 0 && c->hash[jn] == c->h_comma)) return 0;
  if (!c->ment_of[jn - 1]) return 0;
  const dyad_mention *a = &c->ment[c->ment_of[jn - 1] - 1];
  if (a->tok_end != jn || (a->flags & DYAD_MF_POSSESSIVE)) return 0;
  if ((a->kind != DYAD_MK_COUNTRY && a->kind != DYAD_MK_SEAT && a->kind != DYAD_MK_ADJ) ||
      (b->kind != DYAD_MK_COUNTRY && b->kind != DYAD_MK_SEAT && b->kind != DYAD_MK_ADJ) ||
      ((a->kind == DYAD_MK_ADJ || b->kind == DYAD_MK_ADJ) && c->hash[jn] == c->h_comma) ||
      ((a->flags | b->flags) & DYAD_MF_PLURAL))
    return 0; /* (nationalities joined by "and" or a pair's hyphen: "Israeli-Palestinian talks") */
  if (!len3(a->country) || !len3(b->country) || !strcmp(a->country, b->country)) return 0;
  if (a->tok_start > 0 && ((c->cls[a->tok_start - 1] & W_AND) || c->hash[a->tok_start - 1] == c->h_comma) &&
      a->tok_start > 1 && c->ment_of[a->tok_start - 2])
    return 0; /* (a list of three or more) */
  for (size_t r = a->tok_start, k = 0; r > 0 && k < 4 && !is_hard(c, r - 1) && c->hash[r - 1] != c->h_comma; r--, k++)
    if (c->cls[r - 1] & W_HOPE) return 0; /* "in hopes of restarting Israeli-Palestinian talks": none held */
  *ia = c->ment_of[jn - 1] - 1;
  *ib = c->ment_of[q - 1] - 1;
  return 1;
}

/* Is a one of a country's people, not its state: an agent mention of its
** civilians or refugees ("Armenian villagers", "Syrian refugees"), whose
** nationality names the country as an adjective does? (gen2) */
static int people_of(const actor *a) {
  size_t n = strlen(a->code);
  return a->kind == DYAD_MK_AGENT && n >= 6 && (!strcmp(a->code + n - 3, "CVL") || !strcmp(a->code + n - 3, "REF"));
}

/* Is mention m a people named by its plural ("Palestinians", "Israelis"),
** which a headline joins to a state by a comma ("Israel, Palestinians agree
** to ...")? Not in literal mode. (syn2) */
static int people_plural(const dyad_coder *c, const dyad_mention *m) {
  if (c->literal) return 0;
  if (m->kind == DYAD_MK_AGENT && m->country[0] && m->tok_end == m->tok_start + 1 &&
      (c->tok[m->tok_start].flags & DYAD_TOK_CAP) && sec_in(" REB INS SEP UAF ", m->sector))
    return 1; /* "Israel, Hamas agree to a truce": a named armed group */
  return m->kind == DYAD_MK_ADJ && (m->flags & DYAD_MF_PLURAL) && !(m->flags & DYAD_MF_MODIFIER) &&
         m->tok_end == m->tok_start + 1;
}

/* g becomes the one state COUNTRY over the words of mention m: "the
** country" read as the state of a nationality or a leader named before. */
static void country_group(group *g, const dyad_mention *m, const char *country) {
  actor a;
  memset(&a, 0, sizeof a);
  copy_str(a.code, sizeof a.code, country);
  copy_str(a.country, sizeof a.country, country);
  a.start = m->start;
  a.end = m->end;
  a.person = -1;
  a.kind = DYAD_MK_COUNTRY;
  a.flags = m->flags;
  g->a[0] = a;
  g->n = 1;
}

/* The people of distinct countries named by the sentence's mentions before
** index END (not pronouns, places or media; not of country EXCL when given),
** one per country, into ALL (room for GMAX). Returns how many were found,
** counting stops at GMAX + 1 (more than fit). */
static int people_before(const dyad_coder *c, size_t end, const char *excl, actor *all) {
  int n = 0;
  for (size_t k = 0; k < end && n <= GMAX; k++) {
    const actor *x = c->mres[k].n == 1 ? &c->mres[k].a[0] : NULL;
    if (!x || c->ment[k].kind == DYAD_MK_PRONOUN || !len3(x->country) || (x->flags & AF_PLACE) ||
        !is_person_like(x) || medium(x) || (excl && !strcmp(x->country, excl)))
      continue;
    int dup = 0;
    for (int q = 0; q < n && q < GMAX && !dup; q++) dup = !strcmp(all[q].country, x->country);
    if (dup) continue;
    if (n < GMAX) all[n] = *x;
    n++;
  }
  return n;
}

/* "The three leaders agreed to hold a summit every year", "Trump accused the
** three leaders of conspiring", "the four ministers criticized China": the
** numeral's people (or states, STATE: the caller passes no state noun yet)
** named before this sentence, one actor a country, into g. Leaders (heads
** of state or government, party leaders) and states: that many countries,
** from the latest earlier sentence that names them all, in its order ("Putin,
** Poroshenko, Merkel and Hollande began their talks ..., where their host,
** Belarusian President Alexander Lukashenko, greeted them"), else the latest
** of several sentences; a state's leader names it too. Other people ("the four ministers" after
** "talks with their Japanese counterparts" of "the two Americans"): that
** many people, a person counting one, a plural counterpart or nationality
** ("their Japanese counterparts", "the two Americans", a "they" that means
** them) two, once a country; of two countries at least. Not the countries
** the sentence's actors before it name (Trump's: the accuser's). Unresolved
** when the story names too few. (accB; act4) */
static int many_fits(const dyad_coder *c, size_t mi, const actor *x, int heads, int state) {
  int plural = (x->flags & DYAD_MF_PLURAL) && (x->kind == DYAD_MK_COUNTERPART || (!heads && x->kind == DYAD_MK_ADJ));
  if (!len3(x->country) || (x->flags & AF_PLACE) || !strncmp(x->code, "IGO", 3) || medium(x) ||
      !(x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_COUNTERPART || plural || (state && is_state_like(x))))
    return 0;
  for (size_t j = 0; j < mi; j++) /* (not the sentence's own: "Trump accused the three leaders") */
    if (c->mres[j].n && !(c->mres[j].a[0].flags & AF_PLACE) && !strcmp(c->mres[j].a[0].country, x->country)) return 0;
  return 1;
}

static void many_before(dyad_coder *c, const sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  static const char *const W[] = {"three", "four", "five", "six"};
  int want = 0, state = (m->flags & DYAD_MF_STATE) != 0, people = 0, n = 0;
  uint32_t from = 0; /* (the sentence of the latest of them) */
  int heads = state || m->role == DYAD_ROLE_LDR || m->role == DYAD_ROLE_HOS || m->role == DYAD_ROLE_HOG;
  char pl[GMAX][4]; /* countries whose plural mention was counted */
  int npl = 0;
  for (int i = 0; i < 4 && !want; i++)
    if (tok_is(c, s, m->tok_start + 1, W[i])) want = i + 3;
  if (!want || want > GMAX) return;
  size_t k0 = 0, k1 = 0; /* heads: one earlier sentence's entries that name that many countries */
  if (heads) {
    for (size_t k = 0; k < c->nhist && !k1;) {
      uint32_t sn = hist_get(c, k)->sentence;
      size_t e0 = k;
      char seen[GMAX][4];
      int ns = 0;
      for (; k < c->nhist && hist_get(c, k)->sentence == sn; k++) {
        const actor *x = &hist_get(c, k)->a;
        int q;
        if (sn >= s->index || !many_fits(c, mi, x, 1, 0)) continue;
        for (q = 0; q < ns && strcmp(seen[q], x->country); q++) {}
        if (q == ns && ns < GMAX) copy_str(seen[ns++], sizeof seen[0], x->country);
      }
      if (ns >= want) {
        k0 = e0;
        k1 = k;
      }
    }
  }
  for (size_t r = 0; r < (k1 ? k1 - k0 : c->nhist) && (heads ? n : people) < want; r++) {
    size_t k = k1 ? k1 - 1 - r : r;
    const hist_entry *e = hist_get(c, k);
    const actor *x = &e->a;
    int plural = (x->flags & DYAD_MF_PLURAL) && (x->kind == DYAD_MK_COUNTERPART || (!heads && x->kind == DYAD_MK_ADJ));
    int q;
    if (e->sentence >= s->index || !many_fits(c, mi, x, heads, state)) continue;
    for (q = 0; q < n && strcmp(g->a[q].country, x->country); q++) {}
    if (!heads) {
      int same = 0; /* (a person named twice, a plural mention again: once) */
      if (plural) {
        for (int i = 0; i < npl && !same; i++) same = !strcmp(pl[i], x->country);
        if (!same && npl < GMAX) copy_str(pl[npl++], sizeof pl[0], x->country);
      } else if (x->person >= 0) {
        for (size_t j = 0; j < k && !same; j++)
          same = hist_get(c, j)->a.person == x->person && hist_get(c, j)->sentence < s->index;
      }
      if (same) continue;
      people += plural ? 2 : 1;
    }
    if (q < n) continue;
    if (!n) from = e->sentence;
    g->a[n] = *x;
    if (state) copy_str(g->a[n].code, sizeof g->a[n].code, x->country);
    else if (x->kind == DYAD_MK_ADJ) /* ("the two Americans": the four ministers' GOV) */
      cat2(g->a[n].code, sizeof g->a[n].code, x->country, m->sector);
    g->a[n].start = m->start;
    g->a[n].end = m->end;
    n++;
  }
  if (heads ? n != want : people != want || n < 2) {
    tracef(c, "  \"%.*s\": not %d %s named before", (int)(m->end - m->start), s->text + m->start, want,
           heads ? "countries" : "people");
    return;
  }
  g->n = n;
  c->many_date[0] = 0;
  for (size_t i = 0; i < c->nev && !c->many_date[0]; i++) {
    const dyad_event *ev = &c->ev[i];
    int in = 0;
    if (ev->sentence != from || !ev->date[0]) continue;
    for (int q = 0; q < n; q++)
      in += !strcmp(g->a[q].country, ev->source_country) + !strcmp(g->a[q].country, ev->target_country);
    if (in == 2 && strcmp(ev->source_country, ev->target_country)) {
      copy_str(c->many_date, sizeof c->many_date, ev->date);
      c->many_sentence = s->index;
      c->many_start = m->start;
    }
  }
  tracef(c, "  \"%.*s\": the %d %s named last: %s, %s%s%s", (int)(m->end - m->start), s->text + m->start, want,
         heads ? "countries" : "people", g->a[0].code, g->a[1].code, n > 2 ? ", " : "", n > 2 ? g->a[2].code : "");
}

/* "European leaders said in a joint statement on Saturday that they were
** ready ...", "Washington, Seoul and Tokyo have said they will look for
** ...": a "they" opening the words of "said", "say" or "says" is its
** subject when that is plural (a plural noun, a pair, or a list of
** mentions joined by commas and "and" that opens the sentence or follows an
** opening phrase). Fills g and returns 1, else 0. (art2) */
static int speaker_they(dyad_coder *c, const sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  size_t r = m->tok_start;
  if (r > 0 && (c->cls[r - 1] & W_THAT)) r--;
  int found = 0;
  for (size_t k = 0; r > 0 && k < 10 && !found; k++) {
    r--;
    if (is_hard(c, r) || c->hash[r] == c->h_comma || (c->cls[r] & (W_SUB | W_REL | W_THAT))) return 0;
    found = c->hash[r] == c->h_said || c->hash[r] == c->h_say || c->hash[r] == c->h_says;
  }
  if (!found) return 0;
  int sm = mention_at_end(c, skip_left_verbgroup(c, r, 0));
  if (sm < 0 || (size_t)sm >= mi || !c->mres[sm].n || (c->ment[sm].flags & DYAD_MF_POSSESSIVE)) return 0;
  group G;
  G.n = 0;
  int k = sm, lists = 0;
  for (;;) {
    for (int i = 0; i < c->mres[k].n && G.n < GMAX; i++) G.a[G.n++] = c->mres[k].a[i];
    size_t b = c->ment[k].tok_start;
    int pk = -1;
    if (b >= 2 && (c->hash[b - 1] == c->h_comma || (c->cls[b - 1] & W_AND))) {
      pk = mention_at_end(c, b - 1);
      if (pk < 0 && b >= 3 && (c->cls[b - 1] & W_AND) && c->hash[b - 2] == c->h_comma) pk = mention_at_end(c, b - 2);
    }
    if (pk < 0 || G.n >= GMAX) break;
    k = pk;
    lists++;
  }
  size_t b0 = c->ment[k].tok_start;
  while (b0 > 0 && (c->cls[b0 - 1] & W_DET) && !c->ment_of[b0 - 1]) b0--;
  if (b0 > 0 && c->hash[b0 - 1] != c->h_comma) return 0; /* (the sentence's subject, or after "In a statement,") */
  if (!lists && G.n < 2 && !(c->ment[sm].flags & DYAD_MF_PLURAL)) {
    /* ("European leaders", "The Europeans": a plural noun, not a state's
       name such as "the United States" or "the Philippines") */
    const dyad_token *lt = &c->tok[c->ment[sm].tok_end - 1];
    int kd = c->ment[sm].kind;
    if (kd == DYAD_MK_COUNTRY || kd == DYAD_MK_SEAT || kd == DYAD_MK_PERSON || kd == DYAD_MK_PRONOUN ||
        lt->end - lt->start < 4 || (s->text[lt->end - 1] | 32) != 's' || (s->text[lt->end - 2] | 32) == 's')
      return 0;
  }
  for (int i = 0; i < G.n; i++) {
    if (!G.a[i].country[0] && !G.a[i].code[0]) return 0;
    G.a[i].start = m->start;
    G.a[i].end = m->end;
  }
  *g = G;
  tracef(c, "  \"they\": the plural subject of \"%.*s\" (%d)", (int)(c->tok[r].end - c->tok[r].start),
         s->text + c->tok[r].start, G.n);
  return 1;
}

static int verbish(const dyad_coder *c, const sent *s, size_t t);

/* Is mention m "parties" after "all", "both", "other" or "the" alone: the
** sides of a dispute, no political party ("called on all parties to keep
** up the momentum of dialogue")? (fp5) */
static int dispute_parties(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  return m->kind == DYAD_MK_AGENT && !m->country[0] && !strcmp(m->sector, "PTY") && m->tok_end == m->tok_start + 1 &&
         m->tok_start > 0 && tok_is(c, s, m->tok_start, "parties") &&
         (tok_is(c, s, m->tok_start - 1, "all") || tok_is(c, s, m->tok_start - 1, "both") ||
          tok_is(c, s, m->tok_start - 1, "other") || tok_is(c, s, m->tok_start - 1, "the"));
}

/* Is mention m "both parties" (or "the two parties") right after "of" or
** "from" and a legislature ("congressional leaders of both parties",
** "lawmakers from both parties"): the political parties of that house, no
** two sides of the story? (prec21) */
static int house_parties(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  if (m->kind != DYAD_MK_AGENT || strcmp(m->sector, "PTY") || m->tok_end < 2 || m->tok_start < 2 ||
      !tok_is(c, s, m->tok_end - 1, "parties") ||
      !(tok_is(c, s, m->tok_start - 1, "of") || tok_is(c, s, m->tok_start - 1, "from")) || !c->ment_of[m->tok_start - 2])
    return 0;
  const dyad_mention *h = &c->ment[c->ment_of[m->tok_start - 2] - 1];
  return h->tok_end == m->tok_start - 1 && h->kind == DYAD_MK_AGENT && !strcmp(h->sector, "LEG");
}

/* Is "them" (mention m) the whole of a partitive, "<count> of them": after
** a comma ("killed 26 people, most of them tourists", "seven members of
** the Revolutionary Guards, two of them generals") or opening the sentence
** with a number ("About 75 of them hit training camps", "Most of them")?
** Then it is a part of the people or things just counted, no pair of
** countries. "Both of them", "all of them", "two of them" opening a
** sentence can be two states told before, so only after a comma. */
static int partitive_them(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  static const char *const quant[] = {"most", "many", "some", "all", "several", "two", "three", "both", "none"};
  static const char *const approx[] = {"about", "nearly", "almost", "around", "some", "roughly"};
  size_t t = m->tok_start;
  if (t < 2 || c->hash[t - 1] != c->h_of || c->ment_of[t - 2]) return 0;
  int number = (c->tok[t - 2].flags & DYAD_TOK_NUMBER) != 0, q = number;
  for (size_t k = 0; k < sizeof quant / sizeof *quant && !q; k++) q = tok_is(c, s, t - 2, quant[k]);
  if (!q) return 0;
  if (t >= 3 && c->hash[t - 3] == c->h_comma) return 1;
  if (!number && !tok_is(c, s, t - 2, "most") && !tok_is(c, s, t - 2, "many") && !tok_is(c, s, t - 2, "several"))
    return 0;
  if (t == 2) return 1;
  for (size_t k = 0; k < sizeof approx / sizeof *approx && t == 3; k++)
    if (tok_is(c, s, 0, approx[k])) return 1; /* (prec21) */
  return 0;
}

/* Is mention m a seat of government that names a treaty or a process
** ("the Vienna Convention", "the Paris Agreement", "the Minsk agreements",
** "the Oslo Accords", "the Kyoto Protocol"): a document, no government.
** Not a declaration: "signing the Pyongyang declaration" names a signer.
** (prec21) */
static int treaty_seat(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  if (m->kind != DYAD_MK_SEAT || m->tok_end >= s->ntok) return 0;
  for (size_t k = 0; k < 13; k++)
    if (c->hash[m->tok_end] == c->h_treaty[k]) return 1;
  return 0;
}

/* "the council", "the assembly": the IGO of the last 3 sentences whose
   name (as written) ends in the mention's word; 1 with it in *a. */
static int named_org(dyad_coder *c, sent *s, const dyad_mention *m, actor *a) {
  const dyad_token *hw = &c->tok[m->tok_start + 1];
  size_t hl = hw->end - hw->start;
  for (size_t k = 0; k < c->nhist; k++) {
    const hist_entry *e = hist_get(c, k);
    if (s->index > e->sentence + 3) break;
    if (e->a.kind != DYAD_MK_IGO) continue;
    /* "NATO ... the alliance": the one alliance CAMEO codes (IGOWSTNAT) goes
       by no name ending in the word */
    int nato = hl == 8 && !strncasecmp(s->text + hw->start, "alliance", 8) && strstr(e->a.code, "NAT") != NULL;
    if (!nato && e->a.end - e->a.start <= hl) continue;
    const char *ee = s->text + e->a.end;
    if (!nato && (strncasecmp(ee - hl, s->text + hw->start, hl) || ee[-(long)hl - 1] != ' ')) continue;
    adopt(a, &e->a, m);
    tracef(c, "  \"%.*s\": the organisation named before (%s)", (int)(m->end - m->start), s->text + m->start, e->a.code);
    return 1;
  }
  return 0;
}

/* Is m a possessive pronoun naming a guest's host: "Kim told his host that
** Pyongyang was ready to return", "Obama pressed his host on human rights"
** (not "their host country", not "his hosts the talks")? */
static int host_pronoun(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  return m->kind == DYAD_MK_PRONOUN && (m->flags & DYAD_MF_POSSESSIVE) && m->tok_end + 1 < s->ntok &&
         (tok_is(c, s, m->tok_end, "host") || tok_is(c, s, m->tok_end, "hosts")) &&
         !(c->cls[m->tok_end + 1] & (W_DET | W_TO)) && !c->ment_of[m->tok_end + 1];
}

/* Does the phrase starting at token t (after its determiner, if any) open
** its clause, where a subject stands: the sentence's start, after
** punctuation, a conjunction, "that" or a time word ("The same day the
** council condemned")? Not after a verb or preposition ("asked the Security
** Council to", "at the Security Council on Friday"). */
static int council_subject(const dyad_coder *c, size_t t) {
  if (t > 0 && (c->cls[t - 1] & W_DET)) t--;
  return t == 0 || !(c->wflag[t - 1] & DYAD_VW_WORD) || (c->cls[t - 1] & (W_AND | W_BUT | W_THAT | W_SUB | W_TIME));
}

static void resolve_mention(dyad_coder *c, sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  if (eq3(m->sector, "IGO") && !m->sector[3]) {
    /* "the council", "the alliance", "the bloc" (agents.tsv's IGO words):
       only the organisation named before, by its name's last word; no city
       council or council of ministers of anyone's country */
    g->n = 0;
    actor a; /* (the mention's span, kind and flags; a code when one is found) */
    memset(&a, 0, sizeof a);
    a.start = m->start;
    a.end = m->end;
    a.kind = m->kind;
    a.flags = m->flags;
    if (!c->literal && m->kind == DYAD_MK_DEFINITE && !m->role && !(m->flags & (DYAD_MF_PLURAL | DYAD_MF_TWO)) &&
        c->hash[m->tok_start] == c->h_the &&
        (m->tok_end == m->tok_start + 2 ||
         ((m->flags & DYAD_MF_POSSESSIVE) && m->tok_end == m->tok_start + 3))) { /* (also "the alliance's") */
      if (named_org(c, s, m, &a)) {
        g->a[0] = a;
        g->n = 1;
        return;
      }
    }
    if (!c->literal && m->kind == DYAD_MK_AGENT && !len3(m->country)) {
      /* "The African Union's Peace and Security Council", "the EU's
         council": the organisation named with "'s" before the words of its
         body's name (rec24d) */
      size_t q = m->tok_start, w = 0;
      while (q > 0 && w < 4 && !c->ment_of[q - 1] && (c->wflag[q - 1] & DYAD_VW_WORD) &&
             ((c->tok[q - 1].flags & DYAD_TOK_CAP) || (c->cls[q - 1] & W_AND)))
        q--, w++;
      int om = q > 0 ? (int)c->ment_of[q - 1] - 1 : -1;
      if (om >= 0 && (size_t)om < mi && c->ment[om].tok_end == q && c->ment[om].kind == DYAD_MK_IGO &&
          (c->ment[om].flags & DYAD_MF_POSSESSIVE) && c->mres[om].n == 1 && !strncmp(c->mres[om].a[0].code, "IGO", 3)) {
        adopt(&a, &c->mres[om].a[0], m);
        g->a[0] = a;
        g->n = 1;
        tracef(c, "  \"%.*s\": a body of the organisation named before it (%s)", (int)(m->end - m->start),
               s->text + m->start, a.code);
        return;
      }
    }
    size_t hd = m->tok_end - 1; /* (the head word, before a possessive's "'s") */
    if ((m->flags & DYAD_MF_POSSESSIVE) && hd > m->tok_start && !tok_is(c, s, hd, "council")) hd--;
    if (c->doc_un && !c->literal && !len3(m->country) && !(m->flags & (DYAD_MF_PLURAL | DYAD_MF_TWO)) &&
        tok_is(c, s, hd, "council") &&
        ((hd == m->tok_start && hd > 0 && tok_is(c, s, hd - 1, "security") && !c->ment_of[hd - 1] &&
          (hd == 1 || (c->cls[hd - 2] & W_DET) || !(c->wflag[hd - 2] & DYAD_VW_WORD)) &&
          (hd < 2 || !c->ment_of[hd - 2]) && council_subject(c, hd - 1)) ||
         (c->doc_un == 2 && m->kind == DYAD_MK_DEFINITE && c->hash[m->tok_start] == c->h_the && hd == m->tok_start + 1))) {
      /* "UNITED NATIONS (AP) -- The Security Council on Monday ordered",
         "... the council condemned the invasion": in a story that named the
         UN, a bare Security Council opening its clause is the UN's; "the
         council" is, far from its name, in one that named that council
         (rec24d; a bare one anywhere lowered val2, as in stop 23) */
      set_code(&a, "IGOUNO", "UNO");
      g->a[0] = a;
      g->n = 1;
      tracef(c, "  \"%.*s\": the UN's, named in the story", (int)(m->end - m->start), s->text + m->start);
      if (c->doc_un < 2) c->doc_un = 2;
      return;
    }
    if (len3(m->country) && !c->literal && !(m->flags & DYAD_MF_TWO)) {
      /* "the Russian Security Council", "Russia's council": the country,
         as its adjective alone was */
      set_code(&a, m->country, m->country);
      g->a[0] = a;
      g->n = 1;
      return;
    }
    tracef(c, "  \"%.*s\": no organisation named before, no actor", (int)(m->end - m->start), s->text + m->start);
    return;
  }
  if (!c->literal && m->kind == DYAD_MK_AGENT && !m->country[0] && !m->code[0] && mi > 0 &&
      c->ment[mi - 1].kind == DYAD_MK_DEFINITE && eq3(c->ment[mi - 1].sector, "IGO") &&
      (c->ment[mi - 1].flags & DYAD_MF_POSSESSIVE) && c->ment[mi - 1].tok_end == m->tok_start &&
      c->mres[mi - 1].n == 1 && !strncmp(c->mres[mi - 1].a[0].code, "IGO", 3)) {
    /* "the alliance's leaders", "the council's members": the organisation's
       own people, as "NATO's leaders" is NATO */
    g->a[0] = c->mres[mi - 1].a[0];
    g->a[0].start = m->start;
    g->a[0].end = m->end;
    g->a[0].kind = m->kind;
    g->a[0].flags = m->flags;
    g->n = 1;
    return;
  }
  if (c->literal) {
    lit_resolve(c, s, mi, g);
    return;
  }
  g->n = 0;
  if (m->kind == DYAD_MK_PERSON && m->tok_start >= 2) {
    /* "The body of late Palestinian President Yasser Arafat has arrived in
       Cairo": the dead man's body, coffin or remains acts in nothing */
    size_t t = m->tok_start; /* ("of the late", "of late", "of"): hashes first */
    if (c->hash[t - 1] != c->h_of && t >= 3 && c->hash[t - 2] == c->h_of) t--;
    else if (c->hash[t - 1] != c->h_of && t >= 4 && c->hash[t - 3] == c->h_of && c->hash[t - 2] == c->h_the) t -= 2;
    if (t >= 2 && c->hash[t - 1] == c->h_of && !(c->tok[t - 2].flags & DYAD_TOK_CAP) &&
        (tok_is(c, s, t - 2, "body") || tok_is(c, s, t - 2, "remains") || tok_is(c, s, t - 2, "coffin") ||
         tok_is(c, s, t - 2, "casket") || tok_is(c, s, t - 2, "corpse"))) {
      tracef(c, "  \"%.*s\": the body of a dead person, no actor", (int)(m->end - m->start), s->text + m->start);
      return;
    }
  }
  if ((m->flags & DYAD_MF_TWO) && house_parties(c, s, m)) {
    tracef(c, "  \"%.*s\": the parties of a legislature, no two sides", (int)(m->end - m->start), s->text + m->start);
    return;
  }
  if (m->kind == DYAD_MK_DEFINITE && !c->literal && !m->country[0] && !strcmp(m->sector, "PTY") &&
      m->tok_end == m->tok_start + 2 && c->hash[m->tok_start] == c->h_the && tok_is(c, s, m->tok_start + 1, "parties")) {
    /* "Guterres welcomed the agreement, and urged the parties to honor it":
       the two sides of the story, as "both sides" (rec21b) */
    if (pair_sides(c, s, m, 0, g)) tracef(c, "  \"the parties\": the two sides of the story");
    return;
  }
  if (dispute_parties(c, s, m)) {
    /* "called on all parties to keep up the momentum of dialogue": the
       sides of a dispute, no political party of anyone's country (fp5) */
    tracef(c, "  \"%.*s parties\": the sides of a dispute, no actor", (int)(c->tok[m->tok_start - 1].end - c->tok[m->tok_start - 1].start),
           s->text + c->tok[m->tok_start - 1].start);
    return;
  }
  actor a;
  memset(&a, 0, sizeof a);
  a.start = m->start;
  a.end = m->end;
  a.person = m->person;
  a.role = m->role;
  a.kind = m->kind;
  a.flags = m->flags;
  set_code(&a, m->code, m->country);
  if (m->kind == DYAD_MK_ADJ && len3(m->country) && !(m->flags & DYAD_MF_POSSESSIVE)) {
    /* "Iraqi and US forces", "Saudi, Emirati and Bahraini troops": a
       nationality conjoined before an agent shares its head noun, the
       Iraqi forces (prb) */
    size_t r = m->tok_end;
    while (r + 1 < s->ntok && ((c->cls[r] & W_AND) || c->hash[r] == c->h_comma)) {
      size_t q = r + 1;
      if (q < s->ntok && (c->cls[q] & W_AND)) q++;
      if (q >= s->ntok || !c->ment_of[q] || c->ment[c->ment_of[q] - 1].tok_start != q) break;
      const dyad_mention *x = &c->ment[c->ment_of[q] - 1];
      if (x->kind == DYAD_MK_ADJ && !(x->flags & DYAD_MF_POSSESSIVE)) {
        r = x->tok_end;
        continue;
      }
      if (x->kind == DYAD_MK_AGENT && len3(x->sector) && len3(x->country) && (x->flags & DYAD_MF_PLURAL) &&
          sec_in(" MIL COP GOV ", x->sector) && !(x->flags & DYAD_MF_POSSESSIVE) && x->tok_end > x->tok_start + 1) {
        char code[32];
        cat2(code, sizeof code, m->country, x->sector);
        set_code(&a, code, m->country);
        a.kind = DYAD_MK_AGENT;
      }
      break;
    }
  }
  if ((m->flags & DYAD_MF_MANY) && !m->country[0]) {
    /* (officials only: "the four soldiers" are no four people named; "the three
       countries": not yet) */
    if (!(m->flags & DYAD_MF_STATE) && eq3(m->sector, "GOV")) many_before(c, s, mi, g);
    return;
  }
  if (m->kind == DYAD_MK_PERSON && m->person >= 0 &&
      (m->tok_end == m->tok_start + 1 || (m->tok_end == m->tok_start + 2 && c->hash[m->tok_start + 1] == c->h_poss))) {
    /* a bare surname ("Kim", "Lee", "Park") is the leader of that name the
       document named last ("President Kim Dae-jung returned ... Kim and
       North Korean leader Kim Jong-il signed": Kim Dae-jung, not the
       short form's Kim Jong-il), a head of state or government or a
       party leader in office then; else the short form's holder */
    const char *w = s->text + c->tok[m->tok_start].start;
    size_t wl = c->tok[m->tok_start].end - c->tok[m->tok_start].start;
    for (size_t k = 0; k < c->nhist; k++) {
      const actor *x = &hist_get(c, k)->a;
      if (x->kind != DYAD_MK_PERSON || x->person < 0) continue;
      if (x->person == m->person) break;
      if (x->role != DYAD_ROLE_HOS && x->role != DYAD_ROLE_HOG && x->role != DYAD_ROLE_LDR)
        continue; /* (a minister named in full does not take the leader's short form) */
      const char *nm = dyad__person_name(c->d, x->person), *q = nm;
      while (q && (q = strstr(q, "")) != NULL && *q) {
        if (!strncmp(q, w, wl) && (q == nm || q[-1] == ' ' || q[-1] == '-') &&
            (!q[wl] || q[wl] == ' ' || q[wl] == '-'))
          break;
        q = strpbrk(q, " -");
        if (q) q++;
      }
      if (q && *q) {
        tracef(c, "  \"%.*s\": the %s named last in the document", (int)wl, w, nm);
        adopt(&a, x, m);
        a.kind = m->kind;
        a.flags = m->flags;
        break;
      }
    }
  }
  if (!strncmp(a.code, "IGO", 3) && m->sector[0] && len3(m->sector) && m->tok_end > m->tok_start + 1 &&
      (c->hash[m->tok_start] == c->h_its || c->hash[m->tok_start] == c->h_their || c->hash[m->tok_start] == c->h_his)) {
    /* "North Korea said its U.N. diplomats met ...": a state's envoys to an organisation */
    for (size_t k = 0; k < c->nhist; k++) {
      const hist_entry *e = hist_get(c, k);
      if (e->sentence + 1 < s->index) break;
      if (e->subject && is_state_like(&e->a) && e->a.kind != DYAD_MK_IGO && len3(e->a.country)) {
        char code[32];
        cat2(code, sizeof code, e->a.country, m->sector);
        set_code(&a, code, e->a.country);
        break;
      }
    }
  }
  if ((m->kind == DYAD_MK_AGENT || m->kind == DYAD_MK_DEFINITE) && !m->country[0] && !a.country[0] &&
      !c->literal && m->tok_end + 2 < s->ntok &&
      ((c->tok[m->tok_end - 1].end - c->tok[m->tok_end - 1].start == 5 &&
        !strncasecmp(s->text + c->tok[m->tok_end - 1].start, "group", 5)) ||
       (len3(m->sector) && sec_in(" REB INS UAF CRM SEP MIL ", m->sector)))) {
    /* "The group led by Abu Musab al-Zarqawi", "a group linked to
       al-Qaeda", "the group loyal to ...": the leader's or patron's;
       also an armed agent ("terrorists linked to al-Qaeda", "troops loyal
       to Gbagbo": his country's, in the agent's own sector) */
    int grp = c->tok[m->tok_end - 1].end - c->tok[m->tok_end - 1].start == 5 &&
              !strncasecmp(s->text + c->tok[m->tok_end - 1].start, "group", 5);
    size_t t = m->tok_end, k = 0;
    while (k < sizeof c->h_tie / sizeof c->h_tie[0] && c->hash[t] != c->h_tie[k]) k++;
    size_t r = t + 1;
    if (k < sizeof c->h_tie / sizeof c->h_tie[0] && (c->hash[r] == c->h_by || c->hash[r] == c->h_to || c->hash[r] == c->h_with)) {
      r++;
      while (r < s->ntok && r < t + 6 && !c->ment_of[r] && (c->wflag[r] & DYAD_VW_WORD) && !is_hard(c, r) &&
             c->hash[r] != c->h_comma)
        r++; /* "led by wanted terrorist ..." */
      const dyad_mention *x = r < s->ntok && c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
      if (x && x->tok_start == r && x->code[0] &&
          (x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_AGENT || x->kind == DYAD_MK_IGO ||
           x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT)) {
        tracef(c, "  \"group %.*s %.*s\": %s's", (int)(c->tok[t].end - c->tok[t].start), s->text + c->tok[t].start,
               (int)(x->end - x->start), s->text + x->start, x->code);
        if (grp || !strncmp(x->code, "IMG", 3) || !len3(x->country)) {
          set_code(&a, x->code, x->country);
        } else {
          char code[32];
          cat2(code, sizeof code, x->country, m->sector);
          set_code(&a, code, x->country);
        }
        g->a[0] = a;
        g->n = 1;
        return;
      }
    }
  }
  if ((m->kind == DYAD_MK_DEFINITE || m->kind == DYAD_MK_AGENT) && !m->country[0] && !a.country[0] && !c->literal &&
      m->tok_end + 2 < s->ntok && (c->hash[m->tok_end - 1] == c->h_delegation || c->hash[m->tok_end - 1] == c->h_delegations)) {
    /* "The delegation, which included National Intelligence Service chief
       Suh Hoon, flew to Pyongyang", "the delegation, led by Chung
       Eui-yong", "a delegation including Foreign Minister Wang Yi": the
       country of the member it names, not the place it goes to nor the
       state named last */
    size_t r = m->tok_end;
    if (c->hash[r] == c->h_comma) r++;
    if (r + 1 < s->ntok && (c->cls[r] & (W_REL | W_THAT))) r++; /* "which included", "that includes" */
    int tie = 0;
    if (r + 1 < s->ntok && (tok_is(c, s, r, "led") || tok_is(c, s, r, "headed")) && c->hash[r + 1] == c->h_by)
      tie = 2;
    else if (r < s->ntok && (tok_is(c, s, r, "included") || tok_is(c, s, r, "includes") || tok_is(c, s, r, "including")))
      tie = 1;
    r += (size_t)tie;
    const dyad_mention *x = tie && r < s->ntok && c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
    /* (the member is resolved after the delegation: its dictionary code) */
    if (x && x->tok_start == r && x->kind == DYAD_MK_PERSON && len3(x->country) && strncmp(x->code, "IGO", 3)) {
      char code[32];
      cat2(code, sizeof code, x->country, "GOV");
      set_code(&a, code, x->country);
      tracef(c, "  \"%.*s\": the delegation of %s, whom it names", (int)(m->end - m->start), s->text + m->start,
             x->code);
      g->a[0] = a;
      g->n = 1;
      return;
    }
  }
  if (m->kind == DYAD_MK_DEFINITE && !m->country[0] && !a.country[0] && !c->literal && eq3(m->sector, "GOV") &&
      m->role != DYAD_ROLE_ENV && !(m->flags & (DYAD_MF_STATE | DYAD_MF_TWO | DYAD_MF_PLURAL)) &&
      m->tok_end + 1 < s->ntok && c->hash[m->tok_end] == c->h_in && c->ment_of[m->tok_end + 1] &&
      c->ment[c->ment_of[m->tok_end + 1] - 1].kind == DYAD_MK_SEAT &&
      len3(c->ment[c->ment_of[m->tok_end + 1] - 1].country)) {
    /* "The Foreign Ministry in Seoul welcomed the visit": the government
       of the seat it is placed in, as "officials in Seoul" (not "the
       ambassador in Seoul": an envoy is another country's) */
    char code[32];
    cat2(code, sizeof code, c->ment[c->ment_of[m->tok_end + 1] - 1].country, "GOV");
    set_code(&a, code, c->ment[c->ment_of[m->tok_end + 1] - 1].country);
    g->a[0] = a;
    g->n = 1;
    return;
  }
  if ((m->kind == DYAD_MK_AGENT || m->kind == DYAD_MK_DEFINITE) && !m->country[0] && !a.country[0] &&
      eq3(m->sector, "GOV") && !m->role && (c->hash[m->tok_start] == c->h_the || (m->tok_start > 0 && c->hash[m->tok_start - 1] == c->h_the) ||
       /* a bare "government" ("rebels accuse government of attacks") */
       (m->tok_end == m->tok_start + 1 && (m->tok_start == 0 || !(c->cls[m->tok_start - 1] & W_DET)) &&
        (((c->tok[m->tok_start].end - c->tok[m->tok_start].start) == 10 &&
          !strncasecmp(s->text + c->tok[m->tok_start].start, "government", 10)) ||
         ((c->tok[m->tok_start].end - c->tok[m->tok_start].start) == 4 && /* headlines' "Govt", "Gov't" */
          !strncasecmp(s->text + c->tok[m->tok_start].start, "govt", 4)) ||
         ((c->tok[m->tok_start].end - c->tok[m->tok_start].start) == 5 &&
          !strncasecmp(s->text + c->tok[m->tok_start].start, "gov't", 5))))) &&
      !(m->flags & DYAD_MF_PLURAL)) {
    /* "the government": of the last country named; a bare "government"
       also of the last national agent ("Sudanese rebels accuse government") */
    int bare = c->hash[m->tok_start] != c->h_the && (m->tok_start == 0 || c->hash[m->tok_start - 1] != c->h_the);
    for (size_t k = mi; k-- > 0;) {
      const dyad_mention *x = &c->ment[k];
      if ((x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT || x->kind == DYAD_MK_ADJ ||
           ((bare || !c->literal) && x->kind == DYAD_MK_AGENT && len3(x->country) &&
            !(c->mres[k].n && !strncmp(c->mres[k].a[0].code, "IGO", 3)))) && x->country[0]) {
        /* ("Dutch lawmakers accused the government": the Dutch one) */
        char code[32];
        cat2(code, sizeof code, x->country, "GOV");
        set_code(&a, code, x->country);
        break;
      }
    }
    for (size_t k = 0; k < c->nhist && !a.country[0]; k++) {
      const actor *x = &hist_get(c, k)->a;
      if (is_state_like(x) && x->kind != DYAD_MK_IGO && x->country[0]) {
        char code[32];
        cat2(code, sizeof code, x->country, "GOV");
        set_code(&a, code, x->country);
      }
    }
    for (size_t k = mi + 1; k < s->nment && !a.country[0]; k++) {
      const dyad_mention *x = &c->ment[k];
      if ((x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT || x->kind == DYAD_MK_ADJ) && x->country[0]) {
        char code[32];
        cat2(code, sizeof code, x->country, "GOV");
        set_code(&a, code, x->country);
      }
    }
    if (a.country[0]) {
      g->a[0] = a;
      g->n = 1;
      return;
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && m->role && eq3(m->sector, "GOV") &&
      m->tok_end < s->ntok && (c->tok[m->tok_end].flags & DYAD_TOK_CAP) && !c->ment_of[m->tok_end] &&
      (c->wflag[m->tok_end] & DYAD_VW_WORD) && !(c->cls[m->tok_end] & ~(S_ING | S_ED | S_LY | S_NT))) {
    /* "Vice Foreign Minister Park Yoon-joo": an office and a name nobody
       lists; the story's country (the dateline's, else the last state
       that acted) */
    const char *cty = c->doc_country;
    for (size_t k = 0; k < c->nhist && !cty[0]; k++) {
      const hist_entry *e = hist_get(c, k);
      if (e->subject && e->a.kind != DYAD_MK_IGO && len3(e->a.country)) cty = e->a.country;
    }
    if (cty[0]) {
      char code[32];
      cat2(code, sizeof code, cty, "GOV");
      set_code(&a, code, cty);
      a.flags |= AF_CTX;
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && m->sector[0] && mi > 0 &&
      c->ment[mi - 1].kind == DYAD_MK_ADJ && len3(c->ment[mi - 1].country) &&
      !(c->ment[mi - 1].flags & DYAD_MF_PLURAL) && len_ge3(m->sector) &&
      sec_in(" REB INS SEP MIL COP OPP UAF ", m->sector) &&
      m->tok_start == c->ment[mi - 1].tok_end + 1) {
    /* "Philippine communist rebels", "Afghan opposition protesters": an
       armed or political group takes the adjective's country across one
       lower-case modifier */
    int ok = 1;
    for (size_t q = c->ment[mi - 1].tok_end; q < m->tok_start; q++)
      if (!(c->wflag[q] & DYAD_VW_WORD) || (c->tok[q].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) ||
          (c->cls[q] & ~(S_ING | S_ED | S_LY | S_NT)))
        ok = 0;
    if (ok) {
      char code[32];
      cat2(code, sizeof code, c->ment[mi - 1].country, m->sector);
      set_code(&a, code, c->ment[mi - 1].country);
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && !c->literal && m->sector[0] &&
      m->tok_start > 0) {
    /* "U.S.-led forces", "US-led coalition forces", "NATO-led troops",
       "a U.S.-based contractor": the leader's or home country */
    static const struct { const char *p, *code, *cty; } LED[] = {
        {"US", "USA", "USA"}, {"U.S.", "USA", "USA"}, {"American", "USA", "USA"},
        {"NATO", "IGOWSTNAT", "NAT"}, {"UN", "IGOUNO", "UNO"}, {"U.N.", "IGOUNO", "UNO"},
        {"EU", "IGOEUREEC", "EUR"}, {"AU", "IGOAFRAFU", "AFU"}, {"British", "GBR", "GBR"},
        {"French", "FRA", "FRA"}, {"Russian", "RUS", "RUS"}, {"Saudi", "SAU", "SAU"},
        {"Syrian", "SYR", "SYR"}, {"Israeli", "ISR", "ISR"}, {"Iranian", "IRN", "IRN"},
        {"Chinese", "CHN", "CHN"}, {"Australian", "AUS", "AUS"}, {"Nigerian", "NGA", "NGA"}};
    size_t j = m->tok_start;
    if (j > 1 && !c->ment_of[j - 1] && !c->cls[j - 1] && (c->wflag[j - 1] & DYAD_VW_WORD) &&
        !(c->tok[j - 1].flags & DYAD_TOK_CAP))
      j--; /* "US-led coalition forces" */
    const char *w = s->text + c->tok[j - 1].start;
    size_t wl = c->tok[j - 1].end - c->tok[j - 1].start;
    static const char *const SUFF[] = {"led", "based"}; /* (not "US-backed leader": Iraq's) */
    for (size_t k = 0; k < 2 && !a.country[0]; k++) {
      size_t sl = strlen(SUFF[k]);
      if (wl == sl && !strncasecmp(w, SUFF[k], sl) && j >= 3 && c->tok[j - 2].end - c->tok[j - 2].start == 1 &&
          s->text[c->tok[j - 2].start] == '-' && c->ment_of[j - 3] && c->mres[c->ment_of[j - 3] - 1].n) {
        const actor *x = &c->mres[c->ment_of[j - 3] - 1].a[0]; /* "U.S. - led" */
        char code[32];
        if (!strncmp(x->code, "IGO", 3)) copy_str(code, sizeof code, x->code);
        else cat2(code, sizeof code, x->country, m->sector);
        set_code(&a, code, x->country);
      } else if (wl > sl + 1 && w[wl - sl - 1] == '-' && !strncasecmp(w + wl - sl, SUFF[k], sl)) {
        for (size_t q = 0; q < sizeof LED / sizeof LED[0]; q++)
          if (w[0] == LED[q].p[0] && strlen(LED[q].p) == wl - sl - 1 && !strncmp(w, LED[q].p, wl - sl - 1)) {
            char code[32];
            if (!strncmp(LED[q].code, "IGO", 3)) copy_str(code, sizeof code, LED[q].code);
            else cat2(code, sizeof code, LED[q].code, m->sector);
            set_code(&a, code, LED[q].cty);
            break;
          }
      }
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && mi > 0 && !c->literal &&
      c->ment[mi - 1].kind == DYAD_MK_IGO && c->mres[mi - 1].n && !strncmp(m->sector, "GOV", 3) &&
      c->ment[mi - 1].tok_end + 2 >= m->tok_start && c->ment[mi - 1].tok_end <= m->tok_start) {
    int plain = 1; /* "the EU transport chief" */
    for (size_t q = c->ment[mi - 1].tok_end; q < m->tok_start; q++)
      if (!(c->wflag[q] & DYAD_VW_WORD) || c->cls[q] || (c->tok[q].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER))) plain = 0;
    if (plain) set_code(&a, c->mres[mi - 1].a[0].code, c->mres[mi - 1].a[0].country);
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && mi > 0 &&
      (c->ment[mi - 1].flags & DYAD_MF_POSSESSIVE) && c->ment[mi - 1].tok_end + 2 >= m->tok_start &&
      c->mres[mi - 1].n && c->mres[mi - 1].a[0].country[0] &&
      (c->ment[mi - 1].kind == DYAD_MK_COUNTRY || c->ment[mi - 1].kind == DYAD_MK_SEAT ||
       ((c->ment[mi - 1].kind == DYAD_MK_PERSON || (c->ment[mi - 1].kind == DYAD_MK_AGENT && !c->literal) ||
         (c->ment[mi - 1].kind == DYAD_MK_DEFINITE && (c->ment[mi - 1].flags & DYAD_MF_STATE) && !c->literal)) &&
        len3(c->mres[mi - 1].a[0].country)))) {
    /* "Egypt's intelligence chief": Egypt's; "al-Sadr's militia": his
       country; "the Palestinian militant group's leaders": the group's */
    char code[32];
    cat2(code, sizeof code, c->mres[mi - 1].a[0].country, m->sector[0] ? m->sector : "GOV");
    set_code(&a, code, c->mres[mi - 1].a[0].country);
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && m->sector[0] && !a.country[0] && mi > 0 &&
      m->tok_start > 0 && (c->cls[m->tok_start - 1] & W_AND) && c->ment[mi - 1].tok_end == m->tok_start - 1 &&
      c->mres[mi - 1].n && c->mres[mi - 1].a[0].country[0] &&
      challenger_sector(m->sector) == challenger_sector(sector_of(&c->mres[mi - 1].a[0])) &&
      (c->literal || !sec_in(" MUS CHR HIN BUD JEW ", m->sector))) {
    /* "Israeli tanks and troops": the troops are Israeli too (not "US
       forces and militia battled": two sides) */
    char code[32];
    cat2(code, sizeof code, c->mres[mi - 1].a[0].country, m->sector);
    set_code(&a, code, c->mres[mi - 1].a[0].country);
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && m->sector[0] && !a.country[0] &&
      len_ge3(m->sector) && m->tok_end + 1 < s->ntok &&
      ((c->hash[m->tok_end] == c->h_of &&
        sec_in(" CVL OPP PTY REB MIL INS SEP ", m->sector)) ||
       ((c->hash[m->tok_end] == c->h_of || c->hash[m->tok_end] == c->h_to || c->hash[m->tok_end] == c->h_for) &&
        c->tok[m->tok_end - 1].end - c->tok[m->tok_end - 1].start >= 4 &&
        (!strncasecmp(s->text + c->tok[m->tok_end - 1].start, "aide", 4) ||
         !strncasecmp(s->text + c->tok[m->tok_end - 1].start, "advis", 5) ||
         !strncasecmp(s->text + c->tok[m->tok_end - 1].start, "spokes", 6))) ||
       (!c->literal && (c->hash[m->tok_end] == c->h_of || c->hash[m->tok_end] == c->h_from) &&
        c->tok[m->tok_end - 1].end - c->tok[m->tok_end - 1].start >= 10 &&
        !strncasecmp(s->text + c->tok[m->tok_end - 1].start, "delegation", 10)))) {
    /* "a delegation of the Congress of South African Trade Unions": its */
    /* "a top aide to al-Sadr", "a spokesman for Arafat": his country */
    /* "supporters of ousted President Aristide", "followers of al-Sadr":
       the country of the person or state they follow (not "kidnappers of
       X": a criminal's victim says nothing of the criminal) */
    size_t r = m->tok_end + 1, q = 0;
    while (r < s->ntok && q < 3 && !c->ment_of[r] && (c->wflag[r] & DYAD_VW_WORD) &&
           !(c->tok[r].flags & DYAD_TOK_CAP) && !is_hard(c, r)) {
      r++;
      q++;
    }
    const dyad_mention *x = r < s->ntok && c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
    if (x && x->tok_start == r && x->country[0] && len3(x->country) &&
        (x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT ||
         (x->kind == DYAD_MK_AGENT && !eq3(x->sector, "CRM")))) {
      char code[32];
      cat2(code, sizeof code, x->country, m->sector);
      set_code(&a, code, x->country);
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && !c->literal && len3(m->sector) &&
      sec_in(" MIL REB INS SEP UAF ", m->sector) && m->tok_end + 2 < s->ntok &&
      (!(tok_ctx(c, s, m->tok_end) & DYAD_VW_NOUNCTX) || plural_head(c, s->text, m)) &&
      (SUF(c, m->tok_end, S_ING) || (c->cls[m->tok_end] & W_REL))) {
    /* "peacekeepers fired on troops trying to enter Congo from Rwanda",
       "rebels who crossed from Uganda": armed men of no named country
       whose own clause moves them across from a country are that
       country's (the gold: RWA) */
    static const char *const MOVE[] = {"cross", "enter", "infiltrat", "advanc", "mov", "com", "came", "pour", "slip"};
    int moved = 0;
    for (size_t q = m->tok_end; q < s->ntok && q < m->tok_end + 16; q++) {
      if (c->hash[q] == c->h_lparen) { /* "(DRC)" */
        while (q < s->ntok && c->hash[q] != c->h_rparen) q++;
        continue;
      }
      if (is_hard(c, q) || c->hash[q] == c->h_comma || (c->cls[q] & (W_REPORT | W_BUT | W_SUB))) break;
      size_t wl = c->tok[q].end - c->tok[q].start;
      for (size_t w = 0; w < sizeof MOVE / sizeof MOVE[0] && !moved && !c->ment_of[q]; w++)
        moved = wl >= strlen(MOVE[w]) && !strncasecmp(s->text + c->tok[q].start, MOVE[w], strlen(MOVE[w]));
      if (!moved || !tok_is(c, s, q, "from") || q + 1 >= s->ntok) continue;
      size_t r = q + 1;
      if (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
      const dyad_mention *x = r < s->ntok && c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
      if (x && x->tok_start == r && len3(x->country) && (x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT) &&
          !(x->flags & DYAD_MF_POSSESSIVE)) {
        char code[32];
        cat2(code, sizeof code, x->country, m->sector);
        set_code(&a, code, x->country);
      }
      break;
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && !c->literal && len3(m->sector) &&
      m->tok_end + 1 < s->ntok &&
      ((c->hash[m->tok_end] == c->h_in &&
        (sec_in(" CVL OPP REB INS SEP UAF CRM COP LAB EDU ", m->sector) ||
         (eq3(m->sector, "GOV") && c->ment_of[m->tok_end + 1] &&
          c->ment[c->ment_of[m->tok_end + 1] - 1].kind == DYAD_MK_SEAT))) ||
       (sec_in(" REB INS SEP UAF ", m->sector) && tok_is(c, s, m->tok_end, "from")))) {
    /* (and armed men from a country: "militants from Burkina Faso attacked", gen) */
    /* (also "officials in Seoul": a government placed in its own seat) */
    /* "Tribal elders in Pakistan's South Waziristan", "kidnappers in
       Iraq": a group placed in a country is of it (not hostages, tourists
       or passengers there: strangers; not "a woman in a Gaza settlement":
       the country only modifies the place) */
    size_t r = m->tok_end + 1, hl = c->tok[m->tok_end - 1].end - c->tok[m->tok_end - 1].start;
    const char *hw = s->text + c->tok[m->tok_end - 1].start;
    if (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
    const dyad_mention *x = r < s->ntok && c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
    if (x && x->tok_start == r && len3(x->country) &&
        (x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT) && !border_ref(c, s, x) &&
        !(x->tok_end < s->ntok && (c->wflag[x->tok_end] & DYAD_VW_WORD) && !c->cls[x->tok_end] &&
          !(x->flags & DYAD_MF_POSSESSIVE)) &&
        !(hl >= 6 && (!strncasecmp(hw, "hostag", 6) || !strncasecmp(hw, "captiv", 6) || !strncasecmp(hw, "touris", 6) ||
                      !strncasecmp(hw, "passen", 6) || !strncasecmp(hw, "pilgri", 6)))) {
      char code[32];
      cat2(code, sizeof code, x->country, m->sector);
      set_code(&a, code, x->country);
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && !c->literal && len3(m->sector) &&
      sec_in(" GOV LEG JUD ", m->sector) && m->tok_end + 1 < s->ntok &&
      (c->hash[m->tok_end] == c->h_from || c->hash[m->tok_end] == c->h_at || c->hash[m->tok_end] == c->h_in)) {
    /* "Ministers from the Commonwealth of Independent States", "judges at
       The Hague tribunal", "lawmakers in the European Parliament": office
       holders of the organisation they come from or sit in (rec23c) */
    size_t r = m->tok_end + 1;
    if (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
    const dyad_mention *x = r < s->ntok && c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
    if (x && x->tok_start == r && x->kind == DYAD_MK_IGO && !strncmp(x->code, "IGO", 3) &&
        !(x->flags & (DYAD_MF_POSSESSIVE | DYAD_MF_TWO | DYAD_MF_PLURAL))) {
      set_code(&a, x->code, x->country);
      tracef(c, "  \"%.*s %.*s %.*s\": of the organisation they come from (%s)", (int)(m->end - m->start),
             s->text + m->start, (int)(c->tok[m->tok_end].end - c->tok[m->tok_end].start),
             s->text + c->tok[m->tok_end].start, (int)(x->end - x->start), s->text + x->start, a.code);
    }
  }
  /* "I ordered a targeted military strike": an agent word used as an
     adjective before a plain noun (MODIFIER) in an indefinite noun phrase,
     with no country of its own, names no group, so takes no country from
     the story */
  int modifier_adj = 0;
  if (!c->literal && (m->flags & DYAD_MF_MODIFIER) && m->kind == DYAD_MK_AGENT && !m->country[0] &&
      m->tok_end == m->tok_start + 1 && m->tok_start > 0) {
    /* (inside an indefinite noun phrase: "a military strike", "a targeted
       military strike"; not "militants open fire": a head word) */
    size_t q = m->tok_start - 1;
    if (q > 0 && !c->ment_of[q] && !(c->tok[q].flags & DYAD_TOK_CAP) && (c->wflag[q] & DYAD_VW_WORD) &&
        !(c->cls[q] & W_DET))
      q--;
    modifier_adj = tok_is(c, s, q, "a") || tok_is(c, s, q, "an");
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && m->sector[0] && !a.country[0] && !modifier_adj && len3(m->sector) &&
      sec_in(" REB MIL COP OPP SEP UAF INS ", m->sector)) {
    /* "Israeli forces blocked roads in Gaza ... and troops tore down
       houses", "Sudanese rebels ... Rebel groups agreed": the same kind of
       group named just before, in this sentence or the last two */
    const actor *x = NULL;
    for (size_t k = mi; k-- > 0 && !x;)
      if (c->mres[k].n == 1 && c->mres[k].a[0].kind == DYAD_MK_AGENT && len3(c->mres[k].a[0].country) &&
          !strcmp(sector_of(&c->mres[k].a[0]), m->sector))
        x = &c->mres[k].a[0];
    for (size_t k = 0; k < c->nhist && !x; k++) {
      const hist_entry *e = hist_get(c, k);
      if (e->sentence + 2 < s->index) break;
      if (e->sentence != s->index && e->a.kind == DYAD_MK_AGENT && len3(e->a.country) &&
          !strcmp(sector_of(&e->a), m->sector))
        x = &e->a;
    }
    if (x) {
      set_code(&a, x->code, x->country);
      a.flags |= x->flags & AF_CTX;
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && m->sector[0] && !a.country[0] && !modifier_adj &&
      len_ge3(m->sector) &&
      (sec_in(" REB MIL COP OPP SEP UAF CRM INS ", m->sector) ||
       (sec_in(" MUS CHR HIN BUD ", m->sector) &&
        (c->cls[m->tok_end - 1] & W_ACTN)))) {
    /* "insurgents", "government troops", "Sunni insurgents" (a religious
       group only when the head is an armed or acting group, not "a Muslim
       cleric"): the country where it happens */
    const char *lc = s->coding ? sentence_country(c, (sent *)s) : "";
    if (!lc[0] && s->coding && !c->literal && challenger_sector(m->sector)) {
      /* "Insurgents and American forces clashed near the Iraqi city":
         rebels of the country the sentence names, else of the story's */
      for (size_t k = 0; k < s->nment && !lc[0]; k++)
        if ((c->ment[k].kind == DYAD_MK_COUNTRY || c->ment[k].kind == DYAD_MK_ADJ || c->ment[k].kind == DYAD_MK_SEAT) &&
            len3(c->ment[k].country) && c->ment[k].tok_start > 1 && !border_ref(c, s, &c->ment[k]) &&
            (c->hash[c->ment[k].tok_start - 1] == c->h_near ||
             (c->hash[c->ment[k].tok_start - 2] == c->h_near && (c->cls[c->ment[k].tok_start - 1] & W_DET))))
          lc = c->ment[k].country;
      for (size_t k = 0; k < c->nhist && !lc[0]; k++) {
        const hist_entry *e = hist_get(c, k);
        if (e->sentence + 2 < s->index) break;
        if (e->subject && (e->a.kind == DYAD_MK_COUNTRY || e->a.kind == DYAD_MK_SEAT) && len3(e->a.country))
          lc = e->a.country;
      }
      for (size_t k = mi + 1; k < s->nment && !lc[0]; k++) {
        /* "Maoists attack Nepal district HQ": rebels attacking a state's
           own district, town, police or army are that state's (not "a US
           base", "a US convoy": a foreign force there) */
        static const char *const HOME[] = {"district", "districts", "province", "provincial", "town", "towns",
                                           "village", "villages", "police", "army", "capital", "city", "region",
                                           "state", "government", "villagers", NULL};
        const dyad_mention *x = &c->ment[k];
        size_t e = x->tok_end;
        if (x->kind != DYAD_MK_COUNTRY || !len3(x->country) || (x->flags & DYAD_MF_POSSESSIVE) ||
            prepositional(c, x, 0) || e >= s->ntok)
          continue;
        for (int h = 0; HOME[h] && !lc[0]; h++)
          if (tok_is(c, s, e, HOME[h])) lc = x->country;
        break;
      }
      if (!lc[0]) {
        /* "KATMANDU, Nepal - The Nepali capital was cut off after Maoist
           rebels threatened ...": rebels in a story that names one country
           only (its dateline, this sentence, the sentences before) are that
           country's, as the gold writers code them (NPL for the Maoists) */
        const char *one = c->doc_country, *any = c->doc_country;
        int ok = 1;
        for (size_t k = 0; k < s->nment && ok; k++) {
          const dyad_mention *x = &c->ment[k];
          const char *xc = k < mi && c->mres[k].n ? c->mres[k].a[0].country : x->country;
          int place = k < mi ? x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT || x->kind == DYAD_MK_ADJ
                             : (x->kind == DYAD_MK_SEAT && !(x->flags & DYAD_MF_POSSESSIVE)) ||
                                   (x->kind == DYAD_MK_ADJ &&
                                    (x->tok_end >= s->ntok || !(c->wflag[x->tok_end] & DYAD_VW_WORD)));
          /* (after them, a capital ("Bomber Hits Baghdad") or a people ("Kill 12 Iraqis;"), not the
             object's "a US convoy": a foreign force there) */
          if (!place && x->tok_end < s->ntok &&
              (c->hash[x->tok_end] == c->h_said || c->hash[x->tok_end] == c->h_says ||
               c->hash[x->tok_end] == c->h_say) &&
              x->kind == DYAD_MK_AGENT && len3(x->sector) && sec_in(" GOV MIL COP JUD LEG ", x->sector) &&
              strncmp(x->code, "IGO", 3))
            place = 1; /* "Rebels attacked an army post, the Colombian military said": a state's
                          organ that tells of them names the country, as a place would */
          if (k < mi && !place && c->mres[k].n && len3(xc))
            ok = 0; /* (after "Pakistani troops raid ... terrorist hideouts": the domestic target rules') */
          if (!len3(xc) || x->kind == DYAD_MK_IGO || !strncmp(xc, "IGO", 3) || eq3(x->sector, "MED") || border_ref(c, s, x))
            continue;
          if (place && !one[0]) one = xc;
          if (!any[0]) any = xc;
          else if (strcmp(any, xc)) ok = 0; /* (any actor of another country: "Turkish hostages freed in Iraq") */
        }
        for (size_t k = 0; k < c->nhist && ok; k++) {
          const actor *x = &hist_get(c, k)->a;
          if (!len3(x->country) || x->kind == DYAD_MK_IGO || !strncmp(x->code, "IGO", 3) || eq3(sector_of(x), "MED"))
            continue;
          if (!one[0] && (x->kind == DYAD_MK_COUNTRY || x->kind == DYAD_MK_SEAT || x->kind == DYAD_MK_ADJ ||
                          (x->kind == DYAD_MK_AGENT && len3(sector_of(x)) && sec_in(" GOV MIL COP JUD LEG ", sector_of(x)))))
            one = x->country; /* (a state and its organs name the country; "CNN" or a person does not) */
          if (!any[0]) any = x->country;
          else if (strcmp(any, x->country)) ok = 0;
        }
        if (ok && len3(one)) lc = one;
      }
    }
    if (lc[0]) {
      char code[32];
      cat2(code, sizeof code, lc, m->sector);
      set_code(&a, code, lc);
      a.flags |= AF_CTX;
    }
  }
  if (m->kind == DYAD_MK_AGENT && !m->country[0] && !a.country[0] && !c->literal && s->coding &&
      len3(m->sector) && sec_in(" LEG OPP COP JUD PTY ", m->sector)) {
    /* "Ukraine Officials Fail to Vote on Reforms. Lawmakers fought ...":
       a country's own institutions and groups (lawmakers, police, judges,
       parties, protesters) named bare in a story about one country
       only are that country's */
    const char *cty = c->doc_country;
    int ok = 1;
    for (size_t k = 0; k < c->nhist && ok; k++) {
      const actor *x = &hist_get(c, k)->a;
      if (!len3(x->country)) continue;
      if (!cty[0]) cty = x->country;
      else if (strcmp(cty, x->country)) ok = 0;
    }
    for (size_t k = 0; k < s->nment && ok; k++) {
      const char *mc = k < mi && c->mres[k].n ? c->mres[k].a[0].country : c->ment[k].country;
      if (k == mi || !len3(mc) || border_ref(c, s, &c->ment[k])) continue;
      if (!cty[0]) cty = mc;
      else if (strcmp(cty, mc)) ok = 0;
    }
    if (ok && cty[0]) {
      char code[32];
      cat2(code, sizeof code, cty, m->sector);
      set_code(&a, code, cty);
      a.flags |= AF_CTX;
    }
  }
  if (m->flags & DYAD_MF_TWO) {
    /* the last two distinct actors; persons first when the phrase names
       people ("the two ministers"), else any */
    int want_person = !(m->flags & DYAD_MF_STATE);
    if (want_person && !c->literal && !m->role && m->tok_end > m->tok_start &&
        (tok_is(c, s, m->tok_end - 1, "governments") || tok_is(c, s, m->tok_end - 1, "administrations")))
      want_person = 0; /* "Trade between South Korea and China reached ..., and the two governments
                          are expected to sign": governments are their states, not people */
    if (!strcmp(m->sector, "KOREAS")) { /* "the two Koreas" */
      for (int x = 0; x < 2; x++) {
        memset(&g->a[x], 0, sizeof g->a[x]);
        set_code(&g->a[x], x ? "PRK" : "KOR", x ? "PRK" : "KOR");
        g->a[x].start = m->start;
        g->a[x].end = m->end;
        g->a[x].person = -1;
        g->a[x].kind = DYAD_MK_COUNTRY;
      }
      g->n = 2;
      return;
    }
    /* ("they" comes here with its own test of the pair, in the pronoun branch) */
    if (m->kind != DYAD_MK_PRONOUN && pair_sides(c, s, m, want_person, g)) return;
    /* earlier sentences first ("The UN urged both sides" is not the UN);
       neither the one acting on the two ("The African Union and the United
       States pressed both sides") nor, but for a last pass, an
       international body, which mediates a dispute rather than takes a
       side in it, is one of them */
    char ex[4][4];
    int nex = anaphor_agents(c, s, mi, ex);
    for (int pass = 0; pass < 3 && g->n < 2; pass++) {
      g->n = 0;
      for (size_t k = 0; k < c->nhist && g->n < 2; k++) {
        const actor *h = &hist_get(c, k)->a;
        if (in_ex((const char (*)[4])ex, nex, h->country)) continue;
        if (pass < 2 && !c->literal && (h->kind == DYAD_MK_IGO || !strncmp(h->code, "IGO", 3))) continue;
        if (pass < 2 && m->kind == DYAD_MK_DEFINITE && hist_get(c, k)->sentence == s->index) continue;
        if (pass == 0 && want_person && !is_person_like(h)) continue;
        if (pass == 0 && !want_person && !is_state_like(h)) continue;
        if (!h->country[0]) continue;
        if (pass < 2 && (h->flags & AF_PLACE)) continue; /* ("... in Singapore": a place, no side) */
        if (g->n == 1 && !strcmp(g->a[0].country, h->country)) continue;
        g->a[g->n] = *h;
        g->a[g->n].start = m->start;
        g->a[g->n].end = m->end;
        if (!want_person) {
          copy_str(g->a[g->n].code, sizeof g->a[g->n].code, h->country);
        }
        g->n++;
      }
    }
    if (g->n < 2) g->n = 0;
    return;
  }
  if (m->kind == DYAD_MK_PRONOUN) {
    uint64_t h = c->hash[m->tok_start];
    int want; /* 1 person, 2 state, 3 plural */
    if (h == c->h_he || h == c->h_him || h == c->h_his || h == c->h_she ||
        h == c->h_her || h == c->h_himself || h == c->h_herself)
      want = 1;
    else if (h == c->h_it || h == c->h_its || h == c->h_itself)
      want = 2;
    else if (h == c->h_they || h == c->h_them || h == c->h_their ||
             h == c->h_themselves)
      want = 3;
    else
      return; /* we, I, you: the writer or the reader */
    if (!c->literal && host_pronoun(c, s, m)) {
      /* a guest's host is the one who hosts the visit the story told last */
      for (size_t e = c->nev; e-- > 0 && c->nev - e <= 30;) {
        const dyad_event *x = &c->ev[e];
        const char *hc = eq3(x->code, "043") ? x->source : eq3(x->code, "042") ? x->target : NULL;
        const char *hk = eq3(x->code, "043") ? x->source_country : x->target_country;
        if (!hc) continue;
        if (!len3(hk)) break;
        set_code(&a, hc, hk);
        tracef(c, "  \"%.*s host\": the host of the visit told last, %s", (int)(m->end - m->start), s->text + m->start,
               hc);
        g->a[0] = a;
        g->n = 1;
        return;
      }
    }
    if (!c->literal && h == c->h_they && speaker_they(c, s, mi, g)) return;
    if (!c->literal && h == c->h_them && partitive_them(c, s, m)) {
      tracef(c, "  \"<count> of them\": a part of the people or things just counted, no actor");
      return;
    }
    if (!c->literal && !(m->flags & DYAD_MF_POSSESSIVE) && m->tok_start >= 2 && c->hash[m->tok_start - 2] == c->h_comma &&
        c->hash[m->tok_start - 1] == c->h_saying && s->main_subj >= 0 && (size_t)s->main_subj < mi &&
        c->mres[s->main_subj].n == 1 && c->ment[s->main_subj].kind != DYAD_MK_PRONOUN) {
      /* "A Taliban group demanded ..., saying it would kill": the one saying it */
      *g = c->mres[s->main_subj];
      g->a[0].start = m->start;
      g->a[0].end = m->end;
      return;
    }
    if (!c->literal && !(m->flags & DYAD_MF_POSSESSIVE)) {
      /* "A Turkish company announced Tuesday that it was halting ...",
         "the group has said it has abducted": the one saying it, when it
         can be "it" (or "they", "he") */
      size_t t = m->tok_start;
      int that = t > 0 && (c->cls[t - 1] & W_THAT);
      if (that) t--;
      while (t > 0 && (c->cls[t - 1] & W_TIME) && !c->ment_of[t - 1]) t--;
      if (that && t > 2 && !(c->cls[t - 1] & W_REPORT)) {
        /* "told reporters in Tokyo that he ...": past the hearers */
        size_t q = t - 1;
        while (q > 1 && q + 6 > t && !(c->cls[q - 1] & W_REPORT) && c->hash[q - 1] != c->h_comma && !is_hard(c, q - 1) &&
               !(c->cls[q - 1] & (W_THAT | W_SUB | W_REL)))
          q--;
        if (q > 1 && q + 6 > t && (c->hash[q - 1] == c->h_told || c->hash[q - 1] == c->h_tells)) t = q;
        else {
          /* "France, Germany and Britain said in a joint statement from
             their leaders that they", "The UAE and Israel announced on Aug.
             13, after a call among their leaders and Trump, that they": past
             the report verb's adjuncts, commas included; "The Japanese
             government announced on Friday that it", "the ministry said in
             a statement that it" (art1) */
          for (q = t - 1; q > 1 && q + 20 > t; q--) {
            if (is_hard(c, q - 1) || (c->cls[q - 1] & (W_THAT | W_REL)) || verbish(c, s, q - 1)) break;
          }
          if (q > 1 && q + 20 > t && (c->cls[q - 1] & W_REPORT) && c->hash[q - 1] != c->h_according) t = q;
        }
      }
      if (t > 1 && (c->cls[t - 1] & W_REPORT) && c->hash[t - 1] != c->h_according && c->hash[t - 1] != c->h_quoted) {
        size_t pre = skip_left_verbgroup(c, t - 1, 0);
        while (pre > 0 && (c->cls[pre - 1] & W_TIME) && !c->ment_of[pre - 1]) pre--;
        int k = mention_at_end(c, pre);
        if (k < 0 && pre > 2 && (c->cls[pre - 1] & W_REL) && c->hash[pre - 2] == c->h_comma)
          k = mention_at_end(c, pre - 2); /* "Abe, who later told reporters that he": Abe */
        if (k < 0 && pre > 1 && (c->cls[pre - 1] & W_AND) && s->main_subj >= 0 && (size_t)s->main_subj < mi &&
            c->ment[s->main_subj].kind != DYAD_MK_PRONOUN && c->ment[s->main_subj].tok_end < pre)
          k = s->main_subj; /* "The Taliban ... condemned the attack and said they": the one who condemned */
        if (want == 3 && k > 0 && (size_t)k < mi && c->mres[k].n == 1 && c->ment[k].tok_start > 0 &&
            (c->cls[c->ment[k].tok_start - 1] & W_AND) && !(c->ment[k].flags & (DYAD_MF_POSSESSIVE | DYAD_MF_PLURAL))) {
          /* "Berlusconi and Putin said they welcome ...", "France, Germany
             and Britain said that they": every sayer of the list */
          int n = 1, k0 = k;
          while (k0 > 0 && n < GMAX) {
            const dyad_mention *a1 = &c->ment[k0 - 1], *a2 = &c->ment[k0];
            size_t gap = a1->tok_end <= a2->tok_start ? a2->tok_start - a1->tok_end : 0;
            int joint = (gap == 1 && ((c->cls[a1->tok_end] & W_AND) || c->hash[a1->tok_end] == c->h_comma)) ||
                        (gap == 2 && c->hash[a1->tok_end] == c->h_comma && (c->cls[a1->tok_end + 1] & W_AND));
            if (!joint || c->mres[k0 - 1].n != 1 ||
                (a1->flags & (DYAD_MF_POSSESSIVE | DYAD_MF_PLURAL)) || prepositional(c, a1, 0))
              break;
            k0--, n++;
          }
          int distinct = n >= 2;
          for (int x = k0; x <= k && distinct; x++)
            for (int y = k0; y < x && distinct; y++)
              distinct = strcmp(c->mres[x].a[0].country, c->mres[y].a[0].country) != 0;
          if (distinct) {
            for (int x = 0; x < n; x++) {
              g->a[x] = c->mres[k0 + x].a[0];
              g->a[x].start = m->start;
              g->a[x].end = m->end;
            }
            g->n = n;
            return;
          }
        }
        if (k >= 0 && (size_t)k < mi && c->mres[k].n == 1 && !(c->ment[k].flags & DYAD_MF_POSSESSIVE) &&
            !prepositional(c, &c->ment[k], 0)) {
          const actor *x = &c->mres[k].a[0];
          int person = x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_COUNTERPART ||
                       (x->kind == DYAD_MK_AGENT && x->role && !(x->flags & DYAD_MF_PLURAL));
          int ok = want == 1 ? person : want == 2 ? !person && !(x->flags & DYAD_MF_PLURAL)
                                                  : (x->flags & DYAD_MF_PLURAL) != 0;
          if (!ok && want == 3 && x->kind == DYAD_MK_AGENT && !x->role && c->ment[k].kind == DYAD_MK_AGENT)
            ok = 1; /* "The Taliban ... said they would not": a group, no one person */
          if (!ok && want == 2 && k > 0 && c->ment[0].tok_start <= 1 && c->mres[0].n == 1 &&
              !(c->ment[0].flags & (DYAD_MF_POSSESSIVE | DYAD_MF_PLURAL)) && c->mres[0].a[0].kind != DYAD_MK_PERSON &&
              !(c->mres[0].a[0].kind == DYAD_MK_AGENT && c->mres[0].a[0].role)) {
            x = &c->mres[0].a[0]; /* "The group led by Abu Musab al-Zarqawi has said it": the group */
            ok = 1;
          }
          if (ok && (x->country[0] || x->code[0])) {
            adopt(&a, x, m);
            g->a[0] = a;
            g->n = 1;
            return;
          }
        }
      }
    }
    if (!c->literal && want == 1 && !(m->flags & DYAD_MF_POSSESSIVE) && m->tok_start > 0 &&
        ((c->cls[m->tok_start - 1] & W_SUB) || c->hash[m->tok_start - 1] == c->h_as ||
         (m->tok_start > 1 && (c->cls[m->tok_start - 2] & W_SUB) && (c->cls[m->tok_start - 1] & W_TIME)) ||
         /* "Seoul, where on Thursday she held talks" */
         (m->tok_start > 2 && (c->cls[m->tok_start - 3] & W_SUB) && (c->cls[m->tok_start - 2] & W_PREP) &&
          (c->cls[m->tok_start - 1] & W_TIME)))) {
      /* "As Xi was welcomed in Moscow, Kishida made a trip to Kyiv, where
         he met Zelensky": the subject of the clause it hangs on, the
         nearest person that starts a clause before it */
      for (size_t k = mi; k-- > 0;) {
        const dyad_mention *x = &c->ment[k];
        if (!c->mres[k].n || x->kind == DYAD_MK_PRONOUN || !is_person_like(&c->mres[k].a[0]) ||
            (x->flags & DYAD_MF_POSSESSIVE) || prepositional(c, x, 0))
          continue;
        size_t b = x->tok_start;
        while (b > 0 && (c->cls[b - 1] & W_DET) && !c->ment_of[b - 1]) b--;
        if (b == 0 || c->hash[b - 1] == c->h_comma || (c->cls[b - 1] & (W_AND | W_SUB))) {
          adopt(&a, &c->mres[k].a[0], m);
          g->a[0] = a;
          g->n = 1;
          return;
        }
        break; /* the nearest person is an object: leave it to the history */
      }
      size_t p = m->tok_start - 1;
      while (p > 0 && p + 3 > m->tok_start && !(c->cls[p] & W_SUB)) p--;
      if (s->main_subj < 0 && (c->cls[p] & W_SUB) && (p == 0 || c->hash[p - 1] == c->h_comma)) {
        /* "In Phnom Penh, where he was attending an ASEAN meeting, Blinken
           said ...", "After she landed in Taipei, Pelosi met Tsai": a
           clause before any subject points ahead, to the person who starts
           the main clause after its comma */
        size_t q = m->tok_end;
        while (q < s->ntok && c->hash[q] != c->h_comma && !is_hard(c, q)) q++;
        size_t b = q + 1;
        while (b < s->ntok && (c->cls[b] & W_DET) && !c->ment_of[b]) b++;
        int32_t k = q < s->ntok && c->hash[q] == c->h_comma && b < s->ntok ? c->ment_of[b] : 0;
        const dyad_mention *x = k ? &c->ment[k - 1] : NULL;
        if (x && x->tok_start == b && !(x->flags & (DYAD_MF_POSSESSIVE | DYAD_MF_PLURAL)) &&
            (x->kind == DYAD_MK_PERSON || (x->kind == DYAD_MK_AGENT && x->role))) {
          group ahead;
          resolve_mention(c, s, (size_t)(k - 1), &ahead);
          if (ahead.n == 1 && is_person_like(&ahead.a[0]) && len3(ahead.a[0].country)) {
            tracef(c, "  \"%.*s\": the person the main clause after it starts with", (int)(m->end - m->start),
                   s->text + m->start);
            adopt(&a, &ahead.a[0], m);
            g->a[0] = a;
            g->n = 1;
            return;
          }
        }
      }
    }
    const actor *best = NULL;
    if (!c->literal && want == 1 && !(m->flags & DYAD_MF_POSSESSIVE) && (h == c->h_him || h == c->h_her) &&
        s->main_subj >= 0 && (size_t)s->main_subj < mi && c->mres[s->main_subj].n == 1 && m->tok_start > 0 &&
        !c->ment_of[m->tok_start - 1] && !(c->cls[m->tok_start - 1] & (W_PREP | W_DET))) {
      /* "Lee held talks with Xi and invited him to ...": an object pronoun
         in a verb phrase coordinated with the subject's first one is not
         that subject: the person that first verb phrase acted on */
      const dyad_mention *ms = &c->ment[s->main_subj];
      size_t and_at = 0;
      int clean = 1;
      for (size_t q = ms->tok_end; q < m->tok_start && clean; q++) {
        if ((c->cls[q] & (W_THAT | W_SUB | W_REL | W_REPORT)) || c->hash[q] == c->h_comma || is_hard(c, q)) clean = 0;
        if ((c->cls[q] & W_AND) && !and_at) and_at = q;
      }
      for (size_t k = mi; clean && and_at && k-- > (size_t)s->main_subj + 1 && !best;) {
        const dyad_mention *x = &c->ment[k];
        if (x->tok_end > and_at || x->kind == DYAD_MK_PRONOUN || c->mres[k].n != 1 ||
            !is_person_like(&c->mres[k].a[0]) || medium(&c->mres[k].a[0]) ||
            !strcmp(c->mres[k].a[0].code, c->mres[s->main_subj].a[0].code))
          continue;
        best = &c->mres[k].a[0];
        tracef(c, "  \"%.*s\": the one the subject's first verb phrase acted on", (int)(m->end - m->start),
               s->text + m->start);
      }
    }
    if ((m->flags & DYAD_MF_POSSESSIVE) && want != 3) {
      for (size_t k = mi; k-- > 0 && !best;) {
        if (!c->mres[k].n || c->ment[k].kind == DYAD_MK_PRONOUN) continue;
        const actor *x = &c->mres[k].a[0];
        if (want == 1 && is_person_like(x) && !medium(x)) best = x;
        if (want == 2 && (is_state_like(x) || x->kind == DYAD_MK_AGENT)) best = x;
      }
    }
    int their_talks = 0; /* "told Trump at their summit", "began their talks" */
    if (h == c->h_their && m->tok_end < s->ntok) {
      for (size_t q = m->tok_end; q < s->ntok && q < m->tok_end + 3 && !their_talks; q++) {
        for (size_t k = 0; k < 9 && !their_talks; k++) their_talks = c->hash[q] == c->h_talk[k];
        if (c->ment_of[q] || is_hard(c, q) || c->hash[q] == c->h_comma || (c->cls[q] & (W_PREP | W_AND))) break;
      }
    }
    if (!c->literal && h == c->h_them && !(m->flags & DYAD_MF_POSSESSIVE) && mi >= 3) {
      /* "Putin, Poroshenko, Merkel and Hollande began their talks ..., where
         their host, Lukashenko, greeted them": the object of a person
         acting on them right before is the people of the other countries
         named before in the sentence (two or more) */
      int last = -1;
      for (size_t k = mi; k-- > 0 && last < 0;)
        if (c->mres[k].n == 1 && c->ment[k].kind == DYAD_MK_PERSON) last = (int)k;
      if (last >= 0 && c->ment[last].tok_end + 3 >= m->tok_start) {
        actor all[GMAX];
        int n = people_before(c, (size_t)last, c->mres[last].a[0].country, all);
        if (n >= 2 && n <= GMAX) {
          for (int q = 0; q < n; q++) {
            g->a[q] = all[q];
            g->a[q].start = m->start;
            g->a[q].end = m->end;
          }
          g->n = n;
          tracef(c, "  \"them\": the people of the %d other countries named before it in this sentence", n);
          return;
        }
      }
    }
    /* "Modi and Sharif chatted on the sidelines ..., and their national
       security advisers held secret talks": "their" after the pair that
       opens the sentence as its subject is that pair's (fp5) */
    int their_pair = !c->literal && h == c->h_their && mi >= 2 && c->ment[0].tok_start == 0 &&
                     c->ment[0].tok_end + 1 == c->ment[1].tok_start && (c->cls[c->ment[0].tok_end] & W_AND) &&
                     c->mres[0].n == 1 && c->mres[1].n == 1 && len3(c->mres[0].a[0].country) &&
                     len3(c->mres[1].a[0].country) && strcmp(c->mres[0].a[0].country, c->mres[1].a[0].country) &&
                     (c->ment[1].tok_end >= s->ntok || !(c->cls[c->ment[1].tok_end] & W_AND)) &&
                     c->ment[1].tok_end < s->ntok && c->hash[c->ment[1].tok_end] != c->h_comma;
    if (!c->literal && want == 3 && m->tok_start > 0 &&
        (their_talks || their_pair ||
         ((h == c->h_they || h == c->h_them) && !(m->flags & DYAD_MF_POSSESSIVE) &&
          ((c->cls[m->tok_start - 1] & W_SUB) ||
           (m->tok_start > 1 && (c->cls[m->tok_start - 2] & W_SUB) && (c->cls[m->tok_start - 1] & W_TIME)))))) {
      /* "Erdogan, who had pressed Putin when they met in Tehran", "Abe
         thanked Moon after they spoke": a subordinate clause's "they" is
         the people of exactly two countries named before it in the
         sentence (not the pair of the story's events); so is "their"
         before a meeting noun ("Lee told Trump at their summit") */
      actor all[GMAX];
      int n = people_before(c, mi, NULL, all);
      if (n == 2) {
        take_pair(c, s, m, all, g, "the people of the two countries named before it in this sentence");
        return;
      }
      if (their_talks && n > 2 && n <= GMAX) {
        /* "Putin, Poroshenko, Merkel and Hollande began their talks": all of them */
        for (int q = 0; q < n; q++) {
          g->a[q] = all[q];
          g->a[q].start = m->start;
          g->a[q].end = m->end;
        }
        g->n = n;
        tracef(c, "  \"%.*s\": the people of the %d countries named before it in this sentence", (int)(m->end - m->start),
               s->text + m->start, n);
        return;
      }
    }
    if (want == 3 && sentence_pair(c, s, m, -1, g)) return;
    if (want == 3 && !c->literal) {
      /* "Kim met Putin on Wednesday ... It was their first summit since
         2019": after a sentence whose meetings join one pair, that pair,
         when this sentence named no one before it (a pronoun aside) */
      actor two[2];
      int ok = meeting_pair(c, s, &two[0], &two[1], NULL, 0);
      for (size_t k = 0; k < mi && ok; k++) /* ("Officials in Hanoi said they": theirs) */
        ok = c->ment[k].kind == DYAD_MK_PRONOUN || !c->mres[k].n;
      int person = 0; /* (people when the loop below would take them) */
      for (size_t k = 0; ok && k < c->nhist; k++) {
        const hist_entry *e = hist_get(c, k);
        if (s->index > e->sentence + 3) break;
        const actor *x = &e->a;
        int named = x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_COUNTERPART ||
                    (x->kind == DYAD_MK_AGENT && x->role && !(x->flags & DYAD_MF_PLURAL));
        if (!e->subject || (x->flags & DYAD_MF_PLURAL) || !x->country[0]) continue;
        if (!is_state_like(x) && !(named && e->sentence + 1 == s->index && h == c->h_they)) continue;
        person = !is_state_like(x);
        break;
      }
      if (ok && pair_sides(c, s, m, person, g)) return;
    }
    for (int pass = 0; pass < 2 && !best; pass++) {
      for (size_t k = 0; k < c->nhist; k++) {
        const hist_entry *e = hist_get(c, k);
        if (s->index > e->sentence + 3) break;
        if (pass == 0 && !e->subject) continue;
        const actor *x = &e->a;
        if (want == 1 && (!is_person_like(x) || medium(x) || firm(x))) continue;
        if (want == 2 && !is_state_like(x) &&
            !(pass == 0 && !c->literal && e->sentence + 1 == s->index &&
              (institution(c, s, x) || (firm(x) && len3(x->country) && !(x->flags & DYAD_MF_PLURAL)))))
          continue; /* (but "the Chinese Defense Ministry declared a zone ... It told every
                       aircraft": a body that was the last sentence's subject, rec21b) */
        int named = x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_COUNTERPART ||
                    (x->kind == DYAD_MK_AGENT && x->role && !(x->flags & DYAD_MF_PLURAL));
        if (want == 3 && !c->literal && !(x->flags & DYAD_MF_PLURAL) && x->country[0] &&
            (is_state_like(x) || (named && e->sentence + 1 == s->index && h == c->h_they))) {
          /* "Lee met Ishiba ... They had spoken by telephone": the two
             sides of the events, one of them the last subject's country
             unless that subject acted in no event ("The pair met at the
             G7 summit. They ...") */
          group two;
          int acted = e->sentence == s->index; /* (this sentence's "A ... with B after they": A and B) */
          for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence >= e->sentence && !acted;)
            acted = c->ev[q].sentence == e->sentence && (!strcmp(c->ev[q].source_country, x->country) ||
                                                         !strcmp(c->ev[q].target_country, x->country));
          if (pair_sides(c, s, m, !is_state_like(x), &two) &&
              (!acted || !strcmp(two.a[0].country, x->country) || !strcmp(two.a[1].country, x->country))) {
            *g = two;
            return;
          }
        }
        if (want == 3 && !(x->flags & DYAD_MF_PLURAL) && !is_state_like(x)) continue;
        if (want == 3 && is_state_like(x) && !(x->flags & DYAD_MF_PLURAL)) {
          /* "they" after two states: the last two */
          group two;
          dyad_mention fake = *m;
          fake.flags = DYAD_MF_TWO | DYAD_MF_STATE;
          if (m->tok_end < s->ntok && !(c->wflag[m->tok_end] & VW_CTXSET)) /* (the next token's context reads the flags) */
            c->wflag[m->tok_end] |= (unsigned char)(ctx_flags(c, s, m->tok_end) | VW_CTXSET);
          c->ment[mi] = fake;
          resolve(c, s, mi, &two);
          c->ment[mi] = *m;
          if (two.n == 2) {
            *g = two;
            return;
          }
        }
        best = x;
        break;
      }
    }
    for (size_t k = mi; k-- > 0 && !best && want != 3;) {
      /* "Lubbers said that Sudan should ... as he began a visit": an
         earlier actor of the same sentence when no earlier sentence has one */
      if (!c->mres[k].n || c->ment[k].kind == DYAD_MK_PRONOUN) continue;
      const actor *x = &c->mres[k].a[0];
      size_t e = c->ment[k].tok_end;
      if (want == 1 && (is_person_like(x) ||
                        ((x->kind == DYAD_MK_AGENT || x->kind == DYAD_MK_IGO) && e < s->ntok &&
                         (c->tok[e].flags & DYAD_TOK_CAP) && !c->ment_of[e] && (c->wflag[e] & DYAD_VW_WORD))))
        best = x; /* "UN High Commissioner for Refugees Ruud Lubbers ... he" */
    }
    if (best && !c->literal && want == 1 && !(m->flags & DYAD_MF_POSSESSIVE) && (h == c->h_him || h == c->h_her) &&
        s->main_subj >= 0 && (size_t)s->main_subj < mi && c->mres[s->main_subj].n == 1 &&
        !strcmp(best->code, c->mres[s->main_subj].a[0].code) && best->person == c->mres[s->main_subj].a[0].person) {
      /* "Putin greeted him at the entrance", "Xi sat down with him": an
         object pronoun of the subject's own clause is someone else (that
         would be "himself"): the latest other person of the story */
      int clean = 1;
      for (size_t q = c->ment[s->main_subj].tok_end; q < m->tok_start && clean; q++) {
        if ((c->cls[q] & W_REL) && q > 0 && c->hash[q - 1] == c->h_comma) {
          /* (over an aside: "Yoon, who was on vacation, did not meet her";
             not a pronoun inside it: "met Araghchi, who pressed him") */
          size_t r = q;
          while (r + 1 < m->tok_start && c->hash[r + 1] != c->h_comma && !is_hard(c, r + 1)) r++;
          if (r + 1 >= m->tok_start || c->hash[r + 1] != c->h_comma) clean = 0;
          q = r;
          continue;
        }
        if ((c->cls[q] & (W_THAT | W_SUB | W_REL | W_REPORT)) || is_hard(c, q)) clean = 0;
      }
      const actor *alt = NULL;
      for (size_t k = 0; clean && k < c->nhist && !alt; k++) {
        const hist_entry *e = hist_get(c, k);
        if (s->index > e->sentence + 3) break;
        const actor *x = &e->a;
        if (!is_person_like(x) || medium(x) || !strcmp(x->code, best->code) || !len3(x->country)) continue;
        alt = x;
      }
      if (alt) {
        tracef(c, "  \"%.*s\": not the subject of its own clause", (int)(m->end - m->start), s->text + m->start);
        best = alt;
      }
    }
    if (!best) return;
    adopt(&a, best, m);
    g->a[0] = a;
    g->n = 1;
    return;
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0] && !c->literal && !m->role &&
      !(m->flags & (DYAD_MF_STATE | DYAD_MF_PLURAL | DYAD_MF_TWO)) && c->hash[m->tok_start] == c->h_the &&
      m->tok_end == m->tok_start + 2 && named_org(c, s, m, &a)) {
    /* "The UN General Assembly condemned ... . After the vote, Ukraine
       thanked the assembly", "the council", "the agency": an organisation
       the story named in the last sentences, by its name's last word */
    g->a[0] = a;
    g->n = 1;
    return;
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0] && !c->literal && eq3(m->sector, "LEG") && !m->role &&
      !(m->flags & (DYAD_MF_STATE | DYAD_MF_PLURAL | DYAD_MF_TWO)) && c->hash[m->tok_start] == c->h_the &&
      m->tok_end == m->tok_start + 2) {
    /* "Pelosi landed in Taipei ... From Taipei the speaker flew to Seoul":
       a lawmaker named by title alone is the lawmaker the story named last
       (not the country of a place in the sentence) */
    for (size_t k = 0; k < c->nhist; k++) {
      const hist_entry *e = hist_get(c, k);
      if (s->index > e->sentence + 3) break;
      size_t cl = strlen(e->a.country);
      if (e->a.kind != DYAD_MK_PERSON || e->a.person < 0 || cl != 3 || strncmp(e->a.code, e->a.country, cl) ||
          strcmp(e->a.code + cl, "LEG"))
        continue;
      adopt(&a, &e->a, m);
      tracef(c, "  \"%.*s\": the lawmaker named before (%s)", (int)(m->end - m->start), s->text + m->start, e->a.code);
      g->a[0] = a;
      g->n = 1;
      return;
    }
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0] && m->sector[0] && !m->role &&
      !(m->flags & DYAD_MF_STATE) && !eq3(m->sector, "GOV")) {
    /* "his army", "its troops": the possessor's country and the sector;
       "the kidnappers": the country where it happens */
    uint64_t h0 = c->hash[m->tok_start];
    const char *cty = "";
    const actor *xk;
    int crm = !strncmp(m->sector, "CRM", 3); /* "his captors": the victim's, not theirs */
    if (!crm && (h0 == c->h_his || h0 == c->h_her || h0 == c->h_its || h0 == c->h_their)) {
      /* "his followers": a person's before any place ("the cleric returned
         home from Britain ... calling on his followers") */
      int person = h0 == c->h_his || h0 == c->h_her;
      for (int pass = person ? 0 : 1; pass < 2 && !cty[0]; pass++)
        for (size_t k = mi; k-- > 0 && !cty[0];)
          if (c->mres[k].n && c->mres[k].a[0].country[0] && (pass || is_person_like(&c->mres[k].a[0])))
            cty = c->mres[k].a[0].country;
      for (size_t k = 0; k < c->nhist && !cty[0]; k++)
        if (hist_get(c, k)->a.country[0]) cty = hist_get(c, k)->a.country;
    } else if (h0 == c->h_the && !c->literal && (xk = same_kind_before(c, s, mi, m->sector)) != NULL) {
      /* "The Islamic Army in Iraq ... the group said", "Israeli forces
         thrust ... what the military said": the armed group or force of
         that kind named just before */
      set_code(&a, xk->code, xk->country);
      a.flags |= xk->flags & AF_CTX;
      g->a[0] = a;
      g->n = 1;
      return;
    } else if (crm || sec_in(" REB MIL COP OPP SEP UAF CRM INS JUD LEG ", m->sector)) {
      if (!crm && sec_in(" OPP JUD LEG ", m->sector) && s->main_subj >= 0 && (size_t)s->main_subj < mi &&
          c->mres[s->main_subj].n == 1 && len3(c->mres[s->main_subj].a[0].country) &&
          c->mres[s->main_subj].a[0].kind != DYAD_MK_IGO && !(c->mres[s->main_subj].a[0].flags & AF_PLACE) &&
          !(m->tok_end < s->ntok && (c->hash[m->tok_end] == c->h_in || c->hash[m->tok_end] == c->h_of)))
        /* "Israeli Prime Minister Ariel Sharon invited the opposition
           Labour Party to talks ..., a withdrawal from Gaza": a polity's
           opposition, parliament or court is the subject's own, not the
           country of a place the sentence names ("the opposition in
           Venezuela" keeps the place) */
        cty = c->mres[s->main_subj].a[0].country;
      else
        cty = s->coding ? sentence_country(c, s) : ""; /* (also "the court", "the parliament") */
      a.flags |= AF_CTX;
    } else if (!strncmp(m->sector, "BUS", 3) && !c->literal) {
      /* "the company": an earlier firm of this sentence ("Russian oil
         company Yukos"), or one based in a country ("U.S.-based Newmont") */
      for (size_t k = mi; k-- > 0 && !cty[0];) {
        const dyad_mention *x = &c->ment[k];
        size_t l = c->mres[k].n ? strlen(c->mres[k].a[0].code) : 0;
        if (l > 3 && eq3(c->mres[k].a[0].code + l - 3, "BUS") && c->mres[k].a[0].country[0])
          cty = c->mres[k].a[0].country;
        else if (c->mres[k].n && x->kind == DYAD_MK_COUNTRY && c->mres[k].a[0].country[0] && x->tok_end + 1 < s->ntok &&
                 c->hash[x->tok_end] == c->h_dash && c->tok[x->tok_end + 1].end - c->tok[x->tok_end + 1].start == 5 &&
                 !strncasecmp(s->text + c->tok[x->tok_end + 1].start, "based", 5))
          cty = c->mres[k].a[0].country;
      }
    }
    if (!cty[0]) return;
    char code[32];
    cat2(code, sizeof code, cty, m->sector);
    set_code(&a, code, cty);
    g->a[0] = a;
    g->n = 1;
    return;
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0] && !c->literal &&
      (!strcmp(m->sector, "NORTH") || !strcmp(m->sector, "SOUTH"))) {
    /* "the North", "the South": the Korea of a story about the Koreas
       (nothing elsewhere) */
    int korea = 0;
    for (size_t k = 0; k < mi && !korea; k++)
      if (c->mres[k].n && (eq3(c->mres[k].a[0].country, "PRK") || eq3(c->mres[k].a[0].country, "KOR")))
        korea = 1;
    for (size_t k = 0; k < c->nhist && !korea; k++)
      if (!strcmp(hist_get(c, k)->a.country, "PRK") || !strcmp(hist_get(c, k)->a.country, "KOR")) korea = 1;
    if (!korea) return;
    set_code(&a, m->sector[0] == 'N' ? "PRK" : "KOR", m->sector[0] == 'N' ? "PRK" : "KOR");
    a.kind = DYAD_MK_COUNTRY;
    g->a[0] = a;
    g->n = 1;
    return;
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0] && !c->literal && c->hash[m->tok_start] == c->h_its &&
      m->role != DYAD_ROLE_ENV && !(m->flags & (DYAD_MF_STATE | DYAD_MF_TWO))) {
    /* "North Korea's choice surprised no one. Its Foreign Ministry had
       declared ...", "Iran said its foreign minister would ...": the
       office of the state (or organisation) named last, this sentence
       first, not the last person's (not "recalled its ambassador": an
       envoy serves abroad) */
    const actor *x = NULL;
    for (size_t k = mi; k-- > 0 && !x;)
      if (c->mres[k].n == 1 && is_state_like(&c->mres[k].a[0]) && len3(c->mres[k].a[0].country) &&
          !(c->mres[k].a[0].flags & AF_PLACE))
        x = &c->mres[k].a[0];
    for (size_t k = 0; k < c->nhist && !x; k++) {
      const hist_entry *e = hist_get(c, k);
      if (e->sentence + 2 < s->index) break;
      if (e->sentence != s->index && is_state_like(&e->a) && len3(e->a.country) && !(e->a.flags & AF_PLACE))
        x = &e->a;
    }
    if (x) {
      char code[32];
      if (x->kind == DYAD_MK_IGO) copy_str(code, sizeof code, x->code);
      else cat2(code, sizeof code, x->country, m->sector[0] ? m->sector : "GOV");
      set_code(&a, code, x->country);
      tracef(c, "  \"%.*s\": the office of %s, the state named last", (int)(m->end - m->start), s->text + m->start, x->code);
      g->a[0] = a;
      g->n = 1;
      return;
    }
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0] && !c->literal && m->role != DYAD_ROLE_ENV &&
      eq3(m->sector, "GOV") && !(m->flags & (DYAD_MF_STATE | DYAD_MF_TWO)) &&
      (c->hash[m->tok_start] == c->h_his || c->hash[m->tok_start] == c->h_her)) {
    /* "Abe met Putin on Monday. His foreign minister later criticized
       China", "Merkel ... Her defence minister", "Abbas said ..., and his
       government had recalled": an office (or the government) of the state
       of the person 'his' or 'her' points to, held by someone else (so no
       match of roles): the person before it in this sentence, else the
       last person who acted in the last two sentences, else the last
       person named (not an envoy: "recalled his ambassador" serves abroad) */
    const actor *x = NULL;
    for (size_t k = mi; k-- > 0 && !x;)
      if (c->mres[k].n == 1 && c->ment[k].kind != DYAD_MK_PRONOUN && is_person_like(&c->mres[k].a[0]) &&
          len3(c->mres[k].a[0].country) && c->mres[k].a[0].kind != DYAD_MK_IGO && strncmp(c->mres[k].a[0].code, "IGO", 3))
        x = &c->mres[k].a[0];
    for (int pass = 0; pass < 2 && !x; pass++)
      for (size_t k = 0; k < c->nhist && !x; k++) {
        const hist_entry *e = hist_get(c, k);
        if (pass == 0 && (e->sentence + 2 < s->index || !e->subject)) continue;
        if (e->sentence != s->index && is_person_like(&e->a) && len3(e->a.country) && strncmp(e->a.code, "IGO", 3))
          x = &e->a;
      }
    if (x) {
      char code[32];
      cat2(code, sizeof code, x->country, "GOV");
      set_code(&a, code, x->country);
      tracef(c, "  \"%.*s\": an office of the state of %s, the person named before", (int)(m->end - m->start),
             s->text + m->start, x->code);
      g->a[0] = a;
      g->n = 1;
      return;
    }
  }
  if (m->kind == DYAD_MK_DEFINITE && !a.code[0]) {
    /* an earlier sentence's actor first ("Japan criticized the communist
       state" is not Japan), then this sentence's; for a person ("the
       president") an earlier sentence's subject before its objects ("Trump
       ... asked him (Moon) to ... the president's decision") */
    int person_desc = !c->literal && !(m->flags & DYAD_MF_STATE);
    int kingdom = 0;
    if (!c->literal && (m->flags & DYAD_MF_STATE) && m->tok_start + 1 < s->ntok && c->hash[m->tok_start] == c->h_the &&
        tok_is(c, s, m->tok_start + 1, "kingdom") &&
        (m->tok_end == m->tok_start + 2 || (m->tok_end == m->tok_start + 3 && c->hash[m->tok_start + 2] == c->h_poss))) {
      /* "Egypt expressed support for the kingdom's position": a kingdom
         the story named (Saudi Arabia), not the last state (Canada);
         kingdoms are the countries with "Kingdom" in a name of theirs
         (countries.tsv), and the rule holds only when the story names one */
      for (size_t k = 0; k < c->nhist && !kingdom; k++) {
        const actor *x = &hist_get(c, k)->a;
        kingdom = is_state_like(x) && x->kind != DYAD_MK_IGO && dyad__country_is_kingdom(c->d, x->country);
      }
    }
    if (person_desc && m->tok_end == m->tok_start + 2 && c->hash[m->tok_start] == c->h_the) {
      /* "Cheney met King Fahd in Jidda ... officials said the king had
         agreed": a bare title is the person last named with it, in this
         sentence or the three before, before any other holder of the office */
      static const char *const TITLES[] = {"king", "queen", "emir", "sultan", "pope", "shah", "ayatollah", "sheikh"};
      const dyad_token *tw = &c->tok[m->tok_start + 1];
      size_t tl = tw->end - tw->start;
      int title = 0;
      for (size_t q = 0; q < sizeof TITLES / sizeof TITLES[0] && !title; q++)
        title = tok_is(c, s, m->tok_start + 1, TITLES[q]);
      for (size_t k = 0; title && k < c->nhist; k++) {
        const hist_entry *e = hist_get(c, k);
        if (s->index > e->sentence + 3) break;
        const actor *x = &e->a;
        if (x->kind != DYAD_MK_PERSON || x->end <= x->start + tl || x->start >= m->start ||
            strncasecmp(s->text + x->start, s->text + tw->start, tl) || s->text[x->start + tl] != ' ')
          continue;
        adopt(&a, x, m);
        tracef(c, "  \"%.*s\": the person last named with that title (%s)", (int)(m->end - m->start), s->text + m->start,
               x->code);
        g->a[0] = a;
        g->n = 1;
        return;
      }
    }
    int skipped_subj = 0; /* (a state passed over as its own clause's subject) */
    int place_later = 0;  /* (an earlier sentence's place passed over for a nationality of this one) */
    for (size_t k = 0, pass = person_desc ? 0 : 1; pass < 3; k++) {
      if (k >= c->nhist) {
        k = (size_t)-1;
        pass++;
        continue;
      }
      if ((hist_get(c, k)->sentence == s->index) != (pass == 2)) continue;
      if (pass == 0 && !hist_get(c, k)->subject) continue;
      const actor *x = &hist_get(c, k)->a;
      if (m->flags & DYAD_MF_STATE) {
        if (kingdom && (!is_state_like(x) || !dyad__country_is_kingdom(c->d, x->country))) continue;
        if (pass == 2 && !c->literal) {
          /* "France destroyed most of the country's air force": a state
             that is the subject of the phrase's own clause, before it, is not
             "the country" (it would be "its"), nor are its troops (accA) */
          int own = 0;
          for (size_t q = 0; q < mi && !own; q++)
            own = c->ment[q].start == x->start && c->ment[q].kind != DYAD_MK_PRONOUN &&
                  clause_of(c, c->ment[q].tok_start) == clause_of(c, m->tok_start) && !prepositional(c, &c->ment[q], 0) &&
                  !(c->ment[q].flags & DYAD_MF_POSSESSIVE);
          if (own) {
            skipped_subj = 1;
            continue;
          }
        }
        if (pass == 2 && !c->literal && skipped_subj && (is_person_like(x) || x->kind == DYAD_MK_ADJ) && len3(x->country) &&
            x->kind != DYAD_MK_IGO) {
          /* "Ivory Coast President Gbagbo appealed ... after France destroyed
             most of the country's air force": the leader's state (accA) */
          country_group(g, m, x->country);
          return;
        }
        if (pass == 1 && place_later) continue;
        if (pass == 1 && !c->literal) {
          /* "... met Putin in Tehran. Grain has been stuck in Ukrainian silos
             since Russia invaded the country": an earlier sentence's state
             yields to a nationality named before "the country" in its own
             sentence (accB) */
          int adj = 0;
          for (size_t q = 0; q < mi && !adj; q++)
            adj = (c->ment[q].kind == DYAD_MK_ADJ || (c->mres[q].n && people_of(&c->mres[q].a[0]))) && c->mres[q].n &&
                  len3(c->mres[q].a[0].country) && strcmp(c->mres[q].a[0].country, x->country);
          if (adj) {
            place_later = 1;
            continue;
          }
        }
        if (pass == 2 && place_later && (x->kind == DYAD_MK_ADJ || people_of(x)) && len3(x->country)) {
          country_group(g, m, x->country);
          tracef(c, "  \"%.*s\": the nationality named before it, not a place named before", (int)(m->end - m->start),
                 s->text + m->start);
          return;
        }
        if (!is_state_like(x) || x->kind == DYAD_MK_IGO) continue;
        int later = 0; /* "demanded the country withdraw any troops it may have in the DRC": not the DRC */
        for (size_t q = mi + 1; q < s->nment && !later && !c->literal; q++)
          later = (c->ment[q].kind == DYAD_MK_COUNTRY || c->ment[q].kind == DYAD_MK_SEAT) &&
                  !strcmp(c->ment[q].country, x->country);
        if (later) continue;
      } else {
        if (x->kind != DYAD_MK_PERSON && x->kind != DYAD_MK_COUNTERPART) continue;
        if (!role_fits(m->role, x->role) && !dyad__person_holds(c->d, x->person, m->role, s->date))
          continue; /* ("Ehud Barak ... the defence minister": his own ministry beside the premiership) */
      }
      adopt(&a, x, m);
      if (m->flags & DYAD_MF_STATE) copy_str(a.code, sizeof a.code, x->country);
      g->a[0] = a;
      g->n = 1;
      return;
    }
    return;
  }
  if (m->kind == DYAD_MK_COUNTERPART && (!m->code[0] || m->person < 0) && a.country[0]) {
    /* the role of the antecedent: the latest person-like actor */
    int role = m->role;
    if (!role) {
      for (size_t k = 0; k < c->nhist && !role; k++) {
        const actor *x = &hist_get(c, k)->a;
        if (is_person_like(x) && x->role && strcmp(x->country, a.country)) role = x->role;
      }
    }
    if (!role) role = DYAD_ROLE_FM;
    int32_t p = dyad__office_holder(c->d, a.country, role, s->date);
    if (c->trace) {
      static const char *const roles[] = {"-", "head of state", "head of government", "foreign minister",
                                          "defence minister", "envoy", "leader", "minister", "official"};
      const char *nm = p >= 0 ? dyad__person_name(c->d, p) : NULL;
      tracef(c, "  counterpart: the %s %s on %s -> %s", a.country, role >= 0 && role <= 8 ? roles[role] : "?",
             s->date ? s->date : "(today)", nm ? nm : "(nobody known)");
    }
    if (p >= 0) {
      char code[32];
      int r = 0;
      if (dyad__person_code(c->d, p, s->date, code, &r)) {
        set_code(&a, code, a.country);
        a.person = p;
        a.role = (uint16_t)r;
      }
    }
    if (!a.code[0]) cat2(a.code, sizeof a.code, a.country, "GOV");
    a.role = (uint16_t)role;
  }
  if (m->kind == DYAD_MK_AGENT && !a.code[0] && !a.country[0] && m->sector[0] && !eq3(m->sector, "GOV")) {
    /* "Thai Villagers Search for Relatives. Hundreds of villagers besieged
       ...": an agent named again takes the country it had before */
    for (size_t k = 0; k < c->nhist; k++) {
      const actor *x = &hist_get(c, k)->a;
      size_t cl = strlen(x->country);
      if (x->kind != DYAD_MK_AGENT || cl != 3 || strncmp(x->code, x->country, cl) || strcmp(x->code + cl, m->sector))
        continue;
      set_code(&a, x->code, x->country);
      a.flags |= AF_CTX;
      break;
    }
  }
  if (!a.code[0] && !a.country[0]) return;
  g->a[0] = a;
  g->n = 1;
}

/* Resolves mention mi into g, marking a country named as a place. */
static int ascii_letter(char ch) { return ((ch | 32) >= 'a' && (ch | 32) <= 'z'); }

/* Does the document text hold word w (case-sensitive, at word bounds)? */
static int doc_has(const dyad_coder *c, const sent *s, const char *w) {
  size_t end = c->nsents ? c->sents[c->nsents - 1].end : s->end, wl = strlen(w);
  for (size_t i = 0; i + wl <= end; i++)
    if (s->text[i] == w[0] && !memcmp(s->text + i, w, wl) && (i == 0 || !ascii_letter(s->text[i - 1])) &&
        (i + wl == end || !ascii_letter(s->text[i + wl])))
      return 1;
  return 0;
}

/* "Powell calls for more Korea talks ... asking North Korea to resume nuclear
** talks": a bare "Korea" in a story that names the North and never the
** South is the North (accA) */
static void korea_is_north(dyad_coder *c, sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  if (g->n != 1 || m->kind != DYAD_MK_COUNTRY || strcmp(g->a[0].country, "KOR") || m->end - m->start != 5 ||
      memcmp(s->text + m->start, "Korea", 5))
    return;
  if (c->korea_north < 0)
    c->korea_north = (doc_has(c, s, "North Korea") || doc_has(c, s, "N.Korea") || doc_has(c, s, "N. Korea") ||
                      doc_has(c, s, "Pyongyang") || doc_has(c, s, "North Korean")) &&
                     !(doc_has(c, s, "South Korea") || doc_has(c, s, "S.Korea") || doc_has(c, s, "S. Korea") ||
                       doc_has(c, s, "Seoul") || doc_has(c, s, "South Korean"));
  if (!c->korea_north) return;
  copy_str(g->a[0].code, sizeof g->a[0].code, "PRK");
  copy_str(g->a[0].country, sizeof g->a[0].country, "PRK");
  tracef(c, "  \"Korea\" in a story of the North alone: PRK");
}

/* "Washington and Berlin have praised them": an object "them" is never the
** subject of its own clause (that would be "themselves"); when every side it
** was taken for is a name before it in the same clause, with no clause
** boundary between, it is left unresolved */
static __attribute__((noinline)) void them_not_subject(dyad_coder *c, const sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  if (!g->n || m->kind != DYAD_MK_PRONOUN || (m->flags & DYAD_MF_POSSESSIVE) || c->hash[m->tok_start] != c->h_them)
    return;
  size_t first = m->tok_start;
  for (int i = 0; i < g->n; i++) {
    int found = 0;
    for (size_t k = 0; k < mi && !found; k++) {
      if (c->mres[k].n != 1 || c->ment[k].kind == DYAD_MK_PRONOUN || (c->ment[k].flags & DYAD_MF_POSSESSIVE) ||
          strcmp(c->mres[k].a[0].country, g->a[i].country))
        continue;
      found = 1;
      if (c->ment[k].tok_start < first) first = c->ment[k].tok_start;
    }
    if (!found) return;
  }
  if (first > 0 && !(c->cls[first - 1] & W_AND) && c->hash[first - 1] != c->h_comma && !is_hard(c, first - 1) &&
      (c->wflag[first - 1] & DYAD_VW_WORD) && !(c->cls[first - 1] & W_TIME))
    return; /* (a name inside a phrase, not a clause's subject) */
  for (size_t q = first; q < m->tok_start; q++) {
    if (c->ment_of[q]) continue;
    if ((c->cls[q] & (W_THAT | W_SUB | W_REL | W_REPORT | W_PREP)) || is_hard(c, q) || c->hash[q] == c->h_comma) return;
  }
  group alt;
  alt.n = 0;
  int ok = pair_sides(c, s, m, 0, &alt) && alt.n == 2;
  for (int i = 0; i < alt.n && ok; i++)
    for (int j = 0; j < g->n && ok; j++) ok = strcmp(alt.a[i].country, g->a[j].country) != 0;
  if (ok) {
    /* "Tsipras and Zaev signed the deal ... Washington and Berlin have
       praised them": the two sides of the story */
    tracef(c, "  \"them\": not the subject of its own clause: the two sides of the story (%s, %s)", alt.a[0].code,
           alt.a[1].code);
    *g = alt;
    return;
  }
  tracef(c, "  \"them\": not the subject of its own clause, unresolved");
  g->n = 0;
}

/* "A former Palestinian security minister held a meeting with President
** Yasser Arafat", "a group of former British diplomats will urge Tony
** Blair": officials out of office, named by their old office, are their
** country's elites (CAMEO ELI), no longer its government (rec23c) */
static __attribute__((noinline)) void former_elite(dyad_coder *c, const sent *s, size_t mi, group *g) {
  const dyad_mention *m = &c->ment[mi];
  actor *a = &g->a[0];
  if (m->tok_start == 0 || !tok_is(c, s, m->tok_start - 1, "former") || !len3(a->country) ||
      strlen(a->code) != 6 || strncmp(a->code, a->country, 3) || strcmp(a->code + 3, "GOV"))
    return;
  tracef(c, "  \"former %.*s\": out of office, an elite (%sELI)", (int)(m->end - m->start), s->text + m->start,
         a->country);
  memcpy(a->code + 3, "ELI", 4);
}

static inline __attribute__((always_inline)) void resolve(dyad_coder *c, sent *s, size_t mi, group *g) {
  resolve_mention(c, s, mi, g);
  if (g->n == 1 && c->doc_un < 2 && !strncmp(g->a[0].code, "IGOUNO", 6)) {
    const dyad_mention *m = &c->ment[mi];
    c->doc_un = m->end - m->start >= 7 && !strncasecmp(s->text + m->end - 7, "council", 7) ? 2 : 1;
  }
  if (g->n == 1 && c->ment[mi].kind == DYAD_MK_AGENT && !c->literal) former_elite(c, s, mi, g);
  if (c->ment[mi].kind == DYAD_MK_PRONOUN && g->n && !c->literal) them_not_subject(c, s, mi, g);
  if (g->n == 1 && !c->literal && locative(c, &c->ment[mi])) g->a[0].flags |= AF_PLACE;
}

/* ---- clause analysis ------------------------------------------------------- */

/* Is mention mi the object of a preposition ("to Russia", "of the DPRK")? */
static int prepositional(const dyad_coder *c, const dyad_mention *m, size_t lo) {
  size_t j = m->tok_start, k = 0;
  if (j > lo + 1 && !c->literal && (c->tok[j - 1].flags & DYAD_TOK_NUMBER) &&
      c->tok[j - 1].end - c->tok[j - 1].start == 4 && (c->cls[j - 2] & W_PREP) &&
      (m->kind == DYAD_MK_COUNTRY || m->kind == DYAD_MK_SEAT || m->kind == DYAD_MK_IGO || m->kind == DYAD_MK_PERSON)) {
    /* "In 2000 Clinton visited Vietnam", "By 1995 Hanoi had ...": a year closes the phrase "in 2000",
       the name after it is no object (a count is "in 2000 Chinese troops", an agent) (rec26a) */
    return 0;
  }
  while (j > lo && k < 4 && c->hash[j - 1] != c->h_poss && !c->ment_of[j - 1] &&
         !(c->cls[j - 1] & W_PREP) && (c->wflag[j - 1] & DYAD_VW_WORD) &&
         ((c->cls[j - 1] & W_DET) || (!(c->tok[j - 1].flags & DYAD_TOK_CAP) &&
                                        !(c->cls[j - 1] & ~(S_ING | S_ED | S_LY | S_NT))))) {
    j--;
    k++;
  }
  if (j > lo + 1 && c->hash[j - 1] == c->h_than &&
      (c->hash[j - 2] == c->h_more || c->hash[j - 2] == c->h_less || c->hash[j - 2] == c->h_fewer))
    return 0; /* "more than 1,000 Maoists": a number, no preposition */
  if (j > lo + 1 && c->hash[j - 1] == c->h_of && !c->literal && (!(c->tok[j - 2].flags & DYAD_TOK_CAP) || j == 2)) {
    /* "thousands of protesters", "dozens of rebels": a number */
    for (size_t q = 0; q < sizeof c->h_many / sizeof c->h_many[0]; q++)
      if (c->hash[j - 2] == c->h_many[q]) return 0; /* (only ever reached after "of") */
  }
  if (j > lo + 2 && !c->literal && (c->cls[j - 1] & W_AND) && c->hash[j - 3] == c->h_of && !c->ment_of[j - 2] &&
      !c->cls[j - 2] && (c->wflag[j - 2] & DYAD_VW_WORD) && !(c->tok[j - 2].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)))
    return 1; /* "a South Korean delegation of intelligence and military officials": inside the "of" (rec21b) */
  return j > lo && (c->cls[j - 1] & W_PREP);
}

static size_t skip_left_verbgroup(const dyad_coder *c, size_t j, size_t lo) {
  /* moves left over auxiliaries, adverbs, negation and "to" */
  while (j > lo) {
    unsigned k = c->cls[j - 1];
    if (k & (W_BE | W_AUX | W_MODAL | W_NEG | W_ADV | W_TO | W_INTENT)) j--;
    else break;
  }
  return j;
}

/* The subject group of the verb (or noun) whose head is token `head`;
** `vi` indexes the verb matches so far (a coordinated verb shares the
** subject). Returns the mention index of the subject or -1; fills *g. */
/* Is mention m, right after an earlier event verb that found no actor as
** its subject, that verb's object, with "and <verb>" (head) after it? "A
** mortar attack killed four employees of a British firm and wounded 15":
** the firm is no subject of "wounded". */
static int object_of_subjectless(dyad_coder *c, const sent *s, size_t vidx, const dyad_mention *m, size_t head) {
  if (c->literal) return 0;
  for (size_t v = vidx; v-- > 0;) {
    if (c->vm[v].tok_end > m->tok_start) continue;
    if (c->vi[v].has_subj || c->vm[v].tok_end + 6 < m->tok_start) return 0;
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
    int coord = 0;
    if (!pv || pv->kind != DYAD_VK_VERB) return 0;
    for (size_t q = c->vm[v].tok_end; q < m->tok_start; q++)
      if ((c->ment_of[q] && c->ment[c->ment_of[q] - 1].kind != DYAD_MK_AGENT) || is_hard(c, q) ||
          c->hash[q] == c->h_comma || (c->cls[q] & (W_SUB | W_REL | W_THAT | W_BUT | W_AND | W_REPORT)))
        return 0;
    for (size_t q = m->tok_end; q < head; q++) {
      if (c->cls[q] & W_AND) coord = 1;
      if (is_hard(c, q) || (c->cls[q] & (W_SUB | W_REL | W_THAT | W_BUT | W_REPORT))) return 0;
    }
    if (s->headline && head > 0 && head == m->tok_end + 1 && c->hash[head - 1] == c->h_comma)
      coord = 1; /* a headline's "Bombings Kill One US Soldier, Wound 13" */
    if (coord) tracef(c, "  \"X <verb> Y and <verb>\": Y is the object of a verb with no actor as subject");
    return coord;
  }
  return 0;
}

/* Is mention m the object of a verb no pattern knows, right after the
** clause's subject M, with "and <verb>" (head) after it? "Israeli troops
** mistook three Egyptian police officers for militants and shot them":
** the subject of "shot" is M (returned), not the officers; -1 if not. */
static int object_of_plain_verb(dyad_coder *c, const dyad_mention *m, size_t head) {
  size_t q = m->tok_start, k = 0;
  int coord = 0;
  if (c->literal) return -1;
  while (q > 0 && k < 2 && !c->ment_of[q - 1] && ((c->cls[q - 1] & W_DET) || (c->tok[q - 1].flags & DYAD_TOK_NUMBER))) {
    q--;
    k++;
  }
  if (q < 2 || c->ment_of[q - 1] || (c->cls[q - 1] & ~(S_ED | S_NT)) || SUF(c, q - 1, S_ING) ||
      (c->tok[q - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) || !(c->wflag[q - 1] & DYAD_VW_WORD))
    return -1;
  int ms = mention_at_end(c, q - 1);
  if (ms < 0 || !c->mres[ms].n || (c->ment[ms].flags & (DYAD_MF_POSSESSIVE | DYAD_MF_MODIFIER)) ||
      c->ment[ms].kind == DYAD_MK_ADJ || prepositional(c, &c->ment[ms], 0))
    return -1;
  for (size_t t = c->ment[ms].tok_start; t > 0 && t + 3 > c->ment[ms].tok_start; t--)
    if (c->cls[t - 1] & (W_PREP | W_REPORT | W_THAT | W_REL)) return -1; /* it is some other clause's */
  for (size_t t = m->tok_end; t < head; t++) {
    if (c->cls[t] & W_AND) coord = 1;
    if (is_hard(c, t) || (c->cls[t] & (W_SUB | W_REL | W_THAT | W_BUT | W_REPORT))) return -1;
  }
  if (!coord) return -1;
  tracef(c, "  \"X <verb> Y and <verb>\": Y is the object of a verb no pattern knows; X is the subject");
  return ms;
}

/* Is token t a bare capitalised word no dictionary knows that is a word of
** the name of a person the document named before ("Chinese Foreign Minister
** Wang Yi ... Wang urged Seoul", "Prime Minister Lee Hsien Loong ... held
** talks with Lee")? Copies the latest such person (in office then) to *out. */
static int surname_lookup(const dyad_coder *c, const sent *s, size_t t, actor *out);
static inline int surname_actor(const dyad_coder *c, const sent *s, size_t t, actor *out) {
  if (t >= s->ntok || c->ment_of[t] || !(c->tok[t].flags & DYAD_TOK_CAP) || c->cls[t] || s->headline || c->literal ||
      !(c->wflag[t] & DYAD_VW_WORD) || !c->nhist)
    return 0;
  return surname_lookup(c, s, t, out);
}
static int surname_lookup(const dyad_coder *c, const sent *s, size_t t, actor *out) {
  const char *w = s->text + c->tok[t].start;
  size_t wl = c->tok[t].end - c->tok[t].start;
  if (wl < 2 || (t + 1 < s->ntok && (c->tok[t + 1].flags & DYAD_TOK_CAP) && !c->ment_of[t + 1]))
    return 0; /* (a longer name nobody lists: "Wang Wenbin") */
  for (size_t k = 0; k < c->nhist; k++) {
    const actor *x = &hist_get(c, k)->a;
    if (x->kind != DYAD_MK_PERSON || x->person < 0 || !x->role || !len3(x->country)) continue;
    const char *nm = dyad__person_name(c->d, x->person);
    for (const char *q = nm; q && *q;) {
      if (!strncmp(q, w, wl) && (!q[wl] || q[wl] == ' ' || q[wl] == '-')) {
        *out = *x;
        out->start = c->tok[t].start;
        out->end = c->tok[t].end;
        return 1;
      }
      q = strpbrk(q, " -");
      if (q) q++;
    }
  }
  for (size_t k = c->ntname; k-- > 0;)
    if (strlen(c->tname[k].word) == wl && !memcmp(c->tname[k].word, w, wl)) {
      /* "Unification Minister Jeong Se-hyun said ... Jeong told reporters": a
         name no dictionary lists, given before with its title (tname_note) */
      *out = c->tname[k].a;
      out->start = c->tok[t].start;
      out->end = c->tok[t].end;
      return 1;
    }
  return 0;
}

/* After mention k is resolved: a name no dictionary lists that follows a
** title ("Unification Minister Jeong Se-hyun", "Foreign Ministry spokesman
** Ma Zhaoxu": one to three capitalised words of no mention right after an
** official's mention), or a person's name whose holder is in no office on
** the story's date ("Pakistani Prime Minister Nawaz Sharif" in 1999,
** resolved by its title to Pakistan), is noted with the actor the title
** gave, so that the bare last word of the name stands for it later
** (surname_lookup). */
static void tname_put(dyad_coder *c, const sent *s, size_t t, const actor *a) {
  size_t wl = c->tok[t].end - c->tok[t].start;
  if (wl < 2 || wl >= sizeof c->tname[0].word) return;
  size_t slot = c->ntname < sizeof c->tname / sizeof c->tname[0] ? c->ntname++ : 0;
  if (slot == 0 && c->ntname == sizeof c->tname / sizeof c->tname[0]) {
    memmove(&c->tname[0], &c->tname[1], (c->ntname - 1) * sizeof c->tname[0]); /* (the oldest goes) */
    slot = c->ntname - 1;
  }
  memcpy(c->tname[slot].word, s->text + c->tok[t].start, wl);
  c->tname[slot].word[wl] = 0;
  c->tname[slot].a = *a;
  c->tname[slot].a.person = -1;
  tracef(c, "  \"%s\": the name of %s, given with its title", c->tname[slot].word, a->code);
}

static void tname_note(dyad_coder *c, const sent *s, size_t k) {
  const dyad_mention *m = &c->ment[k];
  const actor *a = &c->mres[k].a[0];
  if (c->literal || c->mres[k].n != 1 || !len3(a->country) || (m->flags & DYAD_MF_PLURAL)) return;
  size_t last = s->ntok, first = s->ntok;
  if (m->kind == DYAD_MK_AGENT) {
    size_t t = m->tok_end, q = t;
    while (q < s->ntok && q < t + 3 && !c->ment_of[q] && (c->tok[q].flags & DYAD_TOK_CAP) && !c->cls[q] &&
           (c->wflag[q] & DYAD_VW_WORD))
      q++;
    if (q == t || (q < s->ntok && (c->tok[q].flags & DYAD_TOK_CAP) && (c->wflag[q] & DYAD_VW_WORD))) return;
    last = q - 1;
    if (q == t + 2) first = t;
  } else if (m->kind == DYAD_MK_PERSON && (a->person < 0 || !a->role) && m->tok_end >= m->tok_start + 2) {
    last = m->tok_end - 1;
    if (!(c->tok[last].flags & DYAD_TOK_CAP) || !(c->wflag[last] & DYAD_VW_WORD)) return;
    if ((c->tok[last - 1].flags & DYAD_TOK_CAP) && (c->wflag[last - 1] & DYAD_VW_WORD) && !c->cls[last - 1])
      first = last - 1;
  } else {
    return;
  }
  tname_put(c, s, last, a);
  /* "Foreign Minister Gong Ro-myung ... Christopher met Gong": a Korean name,
     its given name joined by a hyphen ("Ro-myung", "Se-hyun"), puts the
     family name first, and that first word is the one that comes back alone
     (rec27a) */
  if (first < last) {
    const char *w = s->text + c->tok[last].start, *h = memchr(w, '-', c->tok[last].end - c->tok[last].start);
    if (h && h > w && h + 1 < s->text + c->tok[last].end && h[1] >= 'a' && h[1] <= 'z') tname_put(c, s, first, a);
  }
}

/* Is token t a capitalised "May" opening a clause that is the surname of
** a person named before, not the modal? "Prime Minister Theresa May
** expelled 23 Russian diplomats. ... May also suspended all contacts" */
static int may_surname(const dyad_coder *c, const sent *s, size_t t) {
  actor x;
  return !c->literal && (c->cls[t] & W_MODAL) && (c->tok[t].flags & DYAD_TOK_CAP) && !s->headline && c->nhist &&
         (t == 0 || c->hash[t - 1] == c->h_comma || (c->cls[t - 1] & (W_AND | W_THAT | W_SUB))) &&
         tok_is(c, s, t, "may") && surname_lookup(c, s, t, &x);
}

/* A mention kind that names a state or an organisation of states (lists of
** them are joined by bare commas; a person's comma is an apposition). */
static int state_kind(int kind) {
  return kind == DYAD_MK_COUNTRY || kind == DYAD_MK_SEAT || kind == DYAD_MK_IGO;
}

/* Is mention mi the object of an event verb before it? With near == 0 the
** verb's words end right before it, or up to six words before with only
** determiners and words of no mention between ("struck Gaza", "signed the
** pact with India"); with near == 1 at most two words before, determiners
** only ("struck Gaza", "struck the Gaza Strip"). */
static int verb_object(const dyad_coder *c, const sent *s, size_t mi, int near) {
  size_t b = c->ment[mi].tok_start;
  for (size_t v = 0; v < s->nvm; v++) {
    if (c->vm[v].tok_end > b || c->vm[v].tok_end + (near ? 2 : 6) < b) continue;
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
    if (!pv || pv->kind != DYAD_VK_VERB || c->ment_of[c->vm[v].tok_start]) continue;
    int clear = 1;
    for (size_t q = c->vm[v].tok_end; q < b && clear; q++)
      clear = !c->ment_of[q] &&
              (near ? (c->cls[q] & W_DET) != 0
                    : !is_hard(c, q) && c->hash[q] != c->h_comma &&
                          !(c->cls[q] & (W_AND | W_REL | W_THAT | W_SUB | W_REPORT)));
    if (clear) return 1;
  }
  return 0;
}

/* No comma, hard boundary or clause word in tokens [a, b). */
static int plain_span(const dyad_coder *c, size_t a, size_t b) {
  for (size_t q = a; q < b; q++)
    if (is_hard(c, q) || c->hash[q] == c->h_comma ||
        (c->cls[q] & (W_SUB | W_REL | W_THAT | W_BUT | W_AND | W_REPORT)))
      return 0;
  return 1;
}

/* Is the verb at head (its group from vg) the second of a series of verb
** phrases, "Israel arrested three Hamas members, closed the crossing and
** accused Syria ...", whose first is event verb v with object m (the
** mention before the comma that opens the verb group)? Then it has v's
** subject, not m: 1. Not a participle hung on the object ("arrested two
** militants, wanted for attacks in Jerusalem", "arrested three men, accused
** of ..."): the verb is no -ing form and no preposition follows it (but
** "met with", "threatened to"); an -ed form before one is such a
** participle, -1 (no subject of its own). Else 0. */
static int series_verb(const dyad_coder *c, const sent *s, size_t v, const dyad_mention *m, size_t vg,
                       size_t head) {
  if (vg < 2 || c->hash[vg - 1] != c->h_comma || m->tok_end > vg - 1 || vg - 1 - m->tok_end > 5) return 0;
  if (!plain_span(c, m->tok_end, vg - 1)) return 0;
  const dyad_vmatch *w = &c->vm[v];
  const dyad_vpattern *pv = dyad__verbs_pattern(c->v, w->pattern);
  if (!pv || pv->kind != DYAD_VK_VERB || SUF(c, w->tok_start, S_ING) || w->tok_end > m->tok_start ||
      m->tok_start - w->tok_end > 4 || !plain_span(c, w->tok_end, m->tok_start))
    return 0;
  if (SUF(c, head, S_ING) || ((c->tok[head].flags & DYAD_TOK_CAP) && !s->headline) || head + 1 >= s->ntok)
    return 0;
  if ((c->cls[head + 1] & W_PREP) && !(c->cls[head + 1] & W_TO) &&
      !(c->hash[head + 1] == c->h_with && !SUF(c, head, S_ED)))
    return vg == head && SUF(c, head, S_ED) ? -1 : 0;
  return 1;
}

/* Is token t inside an aside ", who|which ... ," that closes before token
** e ("the attack, which Islamabad denied, and ...")? */
static int closed_relative(const dyad_coder *c, const sent *s, size_t t, size_t e) {
  size_t q = t;
  while (q > 0 && t - q < 12 && !is_hard(c, q - 1) && c->hash[q - 1] != c->h_comma) q--;
  if (q < 2 || !(c->cls[q] & W_REL) || c->hash[q - 1] != c->h_comma || q >= t) return 0;
  for (size_t r = t + 1; r < e && r < s->ntok; r++) {
    if (is_hard(c, r)) return 0;
    if (c->hash[r] == c->h_comma) return 1;
  }
  return 0;
}

/* Can find_subject find nothing but a surname (tried first)? Every other
** subject it returns is a mention starting before head or the subject of
** an earlier verb match of the sentence: with neither, it finds none (a
** cheap test for the many matches of a large set before any actor). */
static int no_subject_possible(const dyad_coder *c, const sent *s, size_t head, size_t vidx) {
  for (size_t k = 0; k < s->nment; k++)
    if (c->ment[k].tok_start < head) return 0;
  for (size_t v = 0; v < vidx; v++)
    if (c->vi[v].has_subj) return 0;
  return 1;
}

/* Is the subordinator at q a preposition of time ("before dawn", "after
   midnight", "until Friday", "since last week"), which opens no clause? */
static int time_prep(const dyad_coder *c, const sent *s, size_t q) {
  if (q + 1 >= s->ntok || c->ment_of[q + 1] ||
      !(c->hash[q] == c->h_after || c->hash[q] == c->h_since || c->hash[q] == c->h_until || tok_is(c, s, q, "before")))
    return 0;
  size_t t = q + 1;
  if ((c->hash[t] == c->h_lastw || tok_is(c, s, t, "this")) && t + 1 < s->ntok) t++;
  if (c->cls[t] & W_TIME) return 1;
  static const char *const DAYPART[] = {"dawn", "daybreak", "midnight", "noon", "nightfall", "sunrise", "sunset"};
  for (size_t k = 0; k < sizeof DAYPART / sizeof *DAYPART; k++)
    if (tok_is(c, s, t, DAYPART[k])) return 1;
  return 0;
}

/* The author of a document noun ("statement", "resolution") right before
** the "that" or "which" at token t, when a verb of issuing ("issued",
** "adopted", "passed", "released" ...) has that noun as its object: "The UN Security Council passed a resolution that condemned
** Iran", "Japan issued a strongly worded statement on Friday which urged
** China": the subject mention of that verb (the document's words are its
** author's, as for "a resolution condemning" already), else -1. (art1) */
static int document_author(const dyad_coder *c, const sent *s, size_t t, group *g) {
  static const char *const DOC[] = {"statement", "statements", "resolution", "resolutions", "declaration",
                                     "communique", "letter", "report"};
  static const char *const ISSUE[] = {"issued", "adopted", "released", "passed", "approved", "published",
                                       "sent", "signed", "drafted", "circulated", "delivered"};
  size_t d = t;
  if (d > 0 && !c->ment_of[d - 1] && (c->cls[d - 1] & W_TIME)) d--; /* "a statement on Friday that" */
  if (d > 0 && d < t && c->hash[d - 1] == c->h_on) d--;
  if (d == 0 || c->ment_of[d - 1] || !(c->wflag[d - 1] & DYAD_VW_WORD)) return -1;
  int doc = 0;
  for (size_t k = 0; k < sizeof DOC / sizeof DOC[0] && !doc; k++)
    doc = tok_is(c, s, d - 1, DOC[k]);
  if (!doc) return -1;
  for (size_t q = d - 1, k = 0; q-- > 0 && k < 6; k++) {
    if (c->ment_of[q] || is_hard(c, q) || c->hash[q] == c->h_comma || (c->cls[q] & (W_PREP | W_SUB | W_REL | W_THAT)))
      return -1;
    if (!SUF(c, q, S_ED)) continue;
    int issue = 0; /* (a verb that makes the document its author's: not "rejected a report that") */
    for (size_t k2 = 0; k2 < sizeof ISSUE / sizeof ISSUE[0] && !issue; k2++) issue = tok_is(c, s, q, ISSUE[k2]);
    if (!issue) continue;
    int mi = mention_at_end(c, skip_left_verbgroup(c, q, 0));
    if (mi < 0 || !c->mres[mi].n || (c->ment[mi].flags & DYAD_MF_POSSESSIVE) || prepositional(c, &c->ment[mi], 0))
      return -1;
    if (g) {
      /* "Britain and France circulated a draft resolution that": every author */
      *g = c->mres[mi];
      for (int k0 = mi; k0 > 0 && g->n < GMAX; k0--) {
        const dyad_mention *a1 = &c->ment[k0 - 1], *a2 = &c->ment[k0];
        size_t gap = a1->tok_end <= a2->tok_start ? a2->tok_start - a1->tok_end : 9;
        int joint = (gap == 1 && ((c->cls[a1->tok_end] & W_AND) || c->hash[a1->tok_end] == c->h_comma)) ||
                    (gap == 2 && c->hash[a1->tok_end] == c->h_comma && (c->cls[a1->tok_end + 1] & W_AND));
        if (!joint || c->mres[k0 - 1].n != 1 || (a1->flags & DYAD_MF_POSSESSIVE)) break;
        g->a[g->n++] = c->mres[k0 - 1].a[0];
      }
    }
    return mi;
  }
  return -1;
}

/* "Israel's plan angered the Palestinians", "a U.S. policy shift that has
** infuriated the Palestinians": a receiving verb (its pattern's "passive"
** flag: the one angered judges) whose subject is a thing a state owns; the
** owner, the state named right before the thing's noun (e: the token after
** that noun, within two lower-case words), is the one judged. Returns the
** owner's mention or -1. (rec23c) */
static int thing_owner(const dyad_coder *c, const sent *s, size_t vidx, size_t e) {
  if (c->literal || e < 2 || c->ment_of[e - 1]) return -1;
  const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[vidx].pattern);
  if (!pv || pv->kind != DYAD_VK_VERB || !(pv->flags & DYAD_VF_PASSIVE)) return -1;
  size_t q = e - 1; /* the noun */
  for (size_t k = 0; k < 3; k++, q--) {
    if (c->ment_of[q] || !(c->wflag[q] & DYAD_VW_WORD) || (c->tok[q].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) ||
        (c->cls[q] & (W_DET | W_PREP | W_AND | W_BUT | W_SUB | W_REL | W_THAT | W_AUX | W_BE | W_MODAL | W_PRON |
                      W_REPORT | W_TO | W_TIME)) ||
        is_hard(c, q) || c->hash[q] == c->h_comma || c->hash[q] == c->h_poss)
      return -1;
    if (q == 0) return -1;
    int pm = mention_at_end(c, q);
    if (pm < 0) continue;
    const dyad_mention *m = &c->ment[pm];
    if (c->mres[pm].n != 1 || !len3(c->mres[pm].a[0].country) || m->kind == DYAD_MK_PRONOUN ||
        !((m->flags & DYAD_MF_POSSESSIVE) || m->kind == DYAD_MK_COUNTRY || m->kind == DYAD_MK_SEAT ||
          m->kind == DYAD_MK_ADJ || m->kind == DYAD_MK_IGO))
      return -1;
    if (m->tok_start > 0 && (c->cls[m->tok_start - 1] & W_PREP)) return -1; /* ("a plan for Iraq's ...") */
    (void)s;
    return pm;
  }
  return -1;
}

static int find_subject(dyad_coder *c, const sent *s, size_t head, size_t vidx,
                        int allow_possessive, group *g) {
  (void)s;
  g->n = 0;
  size_t j = head;
  size_t vg = skip_left_verbgroup(c, head, 0);
  int fallback = -1;
  if (!c->literal && vg > 1 && !c->ment_of[vg - 1] && (c->hash[vg - 1] == c->h_both || c->hash[vg - 1] == c->h_each ||
                                                       c->hash[vg - 1] == c->h_all) &&
      c->ment_of[vg - 2])
    vg = skip_left_verbgroup(c, vg - 1, 0); /* "Kishida and Yoon both condemned": a floating quantifier */
  if (!c->literal && vg > 1 && !c->ment_of[vg - 1] && c->ment_of[vg - 2] &&
      (c->hash[vg - 1] == c->h_himself || c->hash[vg - 1] == c->h_herself || c->hash[vg - 1] == c->h_itself ||
       c->hash[vg - 1] == c->h_themselves))
    vg = skip_left_verbgroup(c, vg - 1, 0); /* "Roh himself made a trip": an emphatic reflexive after its subject */
  if (vg < head && may_surname(c, s, vg)) {
    actor x;
    if (surname_lookup(c, s, vg, &x)) {
      tracef(c, "  subject \"%.*s\": the %s named before", (int)(x.end - x.start), s->text + x.start, x.code);
      g->a[0] = x;
      g->n = 1;
      return -2;
    }
  }
  if (!c->literal && vg > 0 &&
      (vg == 1 || c->hash[vg - 2] == c->h_comma || (c->cls[vg - 2] & (W_AND | W_THAT | W_SUB)))) {
    actor x; /* "Wang urged Seoul ...": a surname of a person named before */
    if (surname_actor(c, s, vg - 1, &x)) {
      tracef(c, "  subject \"%.*s\": the %s named before", (int)(x.end - x.start), s->text + x.start, x.code);
      g->a[0] = x;
      g->n = 1;
      return -2;
    }
  }
  if (no_subject_possible(c, s, head, vidx)) return -1;
  if (!allow_possessive && !c->literal && vg == head && head > 1 && SUF(c, head, S_ING) &&
      (c->cls[head - 1] & W_INGOK) && (c->cls[head - 1] & W_SUB) && !(c->tok[head].flags & DYAD_TOK_CAP) &&
      !(head + 1 < s->ntok && (c->wflag[head + 1] & DYAD_VW_WORD) && !c->cls[head + 1] && !c->ment_of[head + 1] &&
        !(c->tok[head + 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) && c->hash[head + 1] != c->h_up &&
        c->hash[head + 1] != c->h_out && c->hash[head + 1] != c->h_off && c->hash[head + 1] != c->h_down &&
        c->hash[head + 1] != c->h_back)) {
    /* "militants interrogated him for hours after kidnapping him",
       "..., before flying to Japan": a temporal adjunct's -ing verb has
       the subject of the clause it hangs on (the verb before it, else the
       sentence's subject when that comes first); not a noun in "-ing"
       with its own verb ("since fighting broke out") */
    for (size_t v = vidx; v-- > 0;)
      if (c->vi[v].has_subj && c->vm[v].tok_end < head) {
        tracef(c, "  \"<sub> <verb>ing\": the subject of the verb before it");
        *g = c->vi[v].subj;
        return -2;
      }
    if (s->main_subj >= 0 && c->ment[s->main_subj].tok_end < head - 1 && c->mres[s->main_subj].n &&
        c->ment[s->main_subj].kind != DYAD_MK_ADJ) {
      int clean = 1; /* (not past a reported or subordinate clause of its own) */
      for (size_t q = c->ment[s->main_subj].tok_end; q + 1 < head && clean; q++)
        if ((c->cls[q] & (W_SUB | W_REL | W_THAT | W_REPORT)) || is_hard(c, q)) clean = 0;
      if (clean) {
        tracef(c, "  \"<sub> <verb>ing\": the sentence's subject");
        *g = c->mres[s->main_subj];
        return s->main_subj;
      }
    }
  }
  if (!allow_possessive && !c->literal && vg == head && vg > 1 && SUF(c, head, S_ING) &&
      !(c->tok[head].flags & DYAD_TOK_CAP)) {
    /* "to stop Palestinians firing rockets", "protesters demonstrating
       against": a plural actor right before an -ing verb is its subject */
    int mi = mention_at_end(c, vg);
    if (mi >= 0 && c->mres[mi].n && (c->ment[mi].flags & DYAD_MF_PLURAL) &&
        !(c->ment[mi].flags & DYAD_MF_POSSESSIVE) && c->ment[mi].kind != DYAD_MK_PRONOUN &&
        c->ment[mi].kind != DYAD_MK_DEFINITE && c->ment[mi].tok_start > 0 &&
        !(c->cls[c->ment[mi].tok_start - 1] & (W_PREP | W_INGOK)) && !(c->cls[c->ment[mi].tok_start - 1] & W_DET)) {
      tracef(c, "  \"X <verb>ing\": the plural actor right before the participle");
      *g = c->mres[mi];
      return mi;
    }
  }
  if (!allow_possessive && !c->literal && vg > 2 && !c->ment_of[vg - 1] && !c->ment_of[vg - 2] &&
      c->cls[vg - 1] == W_GENERIC && !c->cls[vg - 2] && (c->wflag[vg - 1] & DYAD_VW_WORD) &&
      (c->wflag[vg - 2] & DYAD_VW_WORD) && !(c->tok[vg - 1].flags & DYAD_TOK_CAP) &&
      !(c->tok[vg - 2].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) && c->ment_of[vg - 3] &&
      c->ment[c->ment_of[vg - 3] - 1].tok_end == vg - 2 && c->ment[c->ment_of[vg - 3] - 1].kind != DYAD_MK_PRONOUN) {
    tracef(c, "  the subject is \"X <noun> allies\": a noun phrase no dictionary knows, no source");
    return -1; /* "Iraq war allies lash out at Annan" */
  }
  if (!c->literal && vg > 1 && !c->ment_of[vg - 1] &&
      (c->hash[vg - 1] == c->h_vehicle[0] || c->hash[vg - 1] == c->h_vehicle[1] || c->hash[vg - 1] == c->h_vehicle[2] ||
       c->hash[vg - 1] == c->h_vehicle[3] || c->hash[vg - 1] == c->h_vehicle[4])) {
    /* "Kim's armored train entered Russia", "his plane landed in Beijing":
       a person's own train or plane travels with him */
    size_t q = vg - 1;
    while (q > 0 && vg - 1 - q < 3 && !c->ment_of[q - 1] && (c->wflag[q - 1] & DYAD_VW_WORD) &&
           !(c->tok[q - 1].flags & DYAD_TOK_CAP) && !(c->cls[q - 1] & ~(unsigned)(S_ED | S_ING)))
      q--;
    int pm = q > 0 && c->ment_of[q - 1] ? c->ment_of[q - 1] - 1 : -1;
    if (pm >= 0 && c->ment[pm].tok_end == q && (c->ment[pm].flags & DYAD_MF_POSSESSIVE) && c->mres[pm].n == 1 &&
        (c->mres[pm].a[0].kind == DYAD_MK_PERSON || c->mres[pm].a[0].person >= 0)) {
      *g = c->mres[pm];
      tracef(c, "  the subject is a person's train or plane: the person");
      return pm;
    }
  }
  if (!allow_possessive && !c->literal && vg > 3) {
    /* "One rebel group in Sudan's troubled Darfur region Thursday pledged",
       "Rebels in the Darfur region accused": a place noun closing a phrase
       "in <place> region" after the subject is where the subject is, not
       the subject; the actor before "in" is (rec27b) */
    size_t q = vg;
    while (q > 0 && (c->cls[q - 1] & W_TIME) && !c->ment_of[q - 1]) q--; /* ("region Thursday pledged") */
    size_t pn = q - 1; /* the place noun */
    if (q > 3 && !c->ment_of[pn] && place_noun(c, s, pn)) {
      q--;
      for (int k2 = 0; q > 1 && k2 < 5; k2++) {
        size_t p = q - 1;
        if (c->ment_of[p]) {
          const dyad_mention *m = &c->ment[c->ment_of[p] - 1];
          if (m->kind != DYAD_MK_COUNTRY && m->kind != DYAD_MK_SEAT && m->kind != DYAD_MK_ADJ) break;
          q = m->tok_start;
        } else if (c->hash[p] == c->h_the ||
                   (!(c->cls[p] & ~(unsigned)(S_ED | S_ING)) && (c->wflag[p] & DYAD_VW_WORD) &&
                    !(c->tok[p].flags & DYAD_TOK_NUMBER)) ||
                   (c->hash[p] == c->h_poss && p > 0 && c->ment_of[p - 1])) {
          q = p; /* "the", "troubled", "western", a name no dictionary knows ("Anbar") */
        } else {
          break;
        }
      }
      int am = q > 1 && c->hash[q - 1] == c->h_in && !c->ment_of[q - 1] ? mention_at_end(c, q - 1) : -1;
      if (am >= 0 && c->mres[am].n && c->ment[am].kind == DYAD_MK_AGENT &&
          !(c->ment[am].flags & DYAD_MF_POSSESSIVE) && !prepositional(c, &c->ment[am], 0)) {
        *g = c->mres[am];
        tracef(c, "  the subject is the actor before \"in <place> %.*s\"", (int)(c->tok[pn].end - c->tok[pn].start),
               s->text + c->tok[pn].start);
        return am;
      }
    }
  }
  if (!allow_possessive && vg > 0 && !c->ment_of[vg - 1] && (c->wflag[vg - 1] & DYAD_VW_WORD) &&
      !c->cls[vg - 1] && !(c->tok[vg - 1].flags & DYAD_TOK_NUMBER)) {
    /* "Baghdad blasts kill ...", "Russian gas prices hurt ...": a plain noun
       heads the subject, unless it closes a phrase like "on Monday" */
    int pp = 0;
    for (size_t q = vg - 1, k2 = 0; q > 0 && k2 < 4; q--, k2++) {
      if (c->ment_of[q - 1] && !c->literal && (c->ment[c->ment_of[q - 1] - 1].flags & DYAD_MF_MODIFIER) &&
          c->ment[c->ment_of[q - 1] - 1].kind == DYAD_MK_AGENT)
        continue; /* "men in military uniform kidnapped" */
      if (c->ment_of[q - 1] || is_hard(c, q - 1) || c->hash[q - 1] == c->h_comma) break;
      if (c->cls[q - 1] & (W_PREP | W_SUB)) {
        pp = 1;
        break;
      }
    }
    if (!pp && mention_at_end(c, vg - 1) >= 0) {
      int ow = thing_owner(c, s, vidx, vg);
      if (ow >= 0) {
        *g = c->mres[ow];
        tracef(c, "  the subject is a thing %s owns: the owner", g->a[0].code);
        return ow;
      }
      if (!c->literal) {
        /* "A former Palestinian security minister who could be key to keeping
           order after an Israeli pullout held a meeting with Arafat": the
           noun closes a relative clause "who" opened after a named subject
           and gave a verb of its own; the antecedent is the subject (rec23c) */
        for (size_t q = vg - 1, k2 = 0; q > 1 && k2 < 20; q--, k2++) {
          if (is_hard(c, q - 1) || c->hash[q - 1] == c->h_comma || (c->cls[q - 1] & (W_THAT | W_REPORT | W_AND | W_BUT)))
            break;
          if (!tok_is(c, s, q - 1, "who")) continue;
          int am = mention_at_end(c, q - 1);
          int verb = 0;
          for (size_t r = q; r + 1 < vg && !verb; r++) verb = (c->cls[r] & (W_MODAL | W_BE | W_AUX)) || SUF(c, r, S_ED);
          if (am >= 0 && verb && c->mres[am].n && !(c->ment[am].flags & DYAD_MF_POSSESSIVE) &&
              c->ment[am].kind != DYAD_MK_PRONOUN && !prepositional(c, &c->ment[am], 0)) {
            *g = c->mres[am];
            tracef(c, "  the subject: the antecedent of the relative clause before the verb");
            return am;
          }
          break;
        }
      }
      tracef(c, "  the subject is a noun phrase no dictionary knows: no source");
      return -1;
    }
  }
  if (!allow_possessive && !c->literal && vg > 1 && (c->cls[vg - 1] & W_AND) &&
      (is_hard(c, vg - 2) || c->hash[vg - 2] == c->h_comma || !c->ment_of[vg - 2])) {
    /* "puts some blame on his critics -- and supports Bush": a second verb
       phrase with the first one's subject */
    if (SUF(c, head, S_ING) && !c->literal)
      for (size_t v = vidx; v-- > 0;) {
        /* "..., arresting a West Bank leader held responsible for ... and
           killing two militants": the participle it is coordinated with */
        size_t h0 = c->vm[v].tok_start;
        if (c->vi[v].has_subj && c->vm[v].tok_end < vg && h0 > 0 && SUF(c, h0, S_ING) &&
            c->hash[h0 - 1] == c->h_comma) {
          *g = c->vi[v].subj;
          tracef(c, "  \", <verb>ing ... and <verb>ing\": the first participle's subject");
          return -2;
        }
      }
    for (size_t v = vidx; v-- > 0;)
      if (c->vi[v].has_subj && c->vm[v].tok_end < vg) {
        if (!c->literal && closed_relative(c, s, c->vm[v].tok_start, vg - 1)) {
          /* "India blamed Pakistan for the attack, which Islamabad denied,
             and expelled ...": not the verb of the aside */
          tracef(c, "  \"..., which X <verb>, and <verb>\": past the relative clause's verb");
          continue;
        }
        *g = c->vi[v].subj;
        return -2;
      }
    if (opening_subject(c, s) && c->ment[s->main_subj].tok_end < vg - 1) {
      int clean = 1; /* no subordinate or reported clause in between */
      for (size_t q = c->ment[s->main_subj].tok_end; q < vg - 1; q++)
        if (((c->cls[q] & (W_SUB | W_REL | W_THAT | W_REPORT)) && !time_prep(c, s, q)) || c->hash[q] == c->h_as) clean = 0;
      if (clean) {
        *g = c->mres[s->main_subj];
        tracef(c, "  \"... and <verb>\": the sentence's subject");
        return s->main_subj;
      }
    }
  }
  /* the tokens (below 64) inside an earlier verb match or ending one: the
     walk looks for such a match only there */
  uint64_t vcov = 0;
  for (size_t v = 0; v < vidx && ~vcov; v++) {
    size_t a = c->vm[v].tok_start, b = c->vm[v].tok_end;
    if (b > 64) vcov = ~0ull;
    else if (b > 0) vcov |= (b == 64 ? ~0ull : (1ull << b) - 1) & ~(a < b ? (1ull << a) - 1 : ((1ull << (b - 1)) - 1));
  }
  while (j > 0 && head - j < 80) {
    size_t t = j - 1;
    if (c->hash[t] == c->h_rparen && !c->literal) {
      /* "a larger African Union (AU) mission ... and urged": an aside in
         parentheses is no boundary */
      size_t q = t;
      while (q > 0 && t - q < 6 && c->hash[q - 1] != c->h_lparen) q--;
      if (q > 0 && c->hash[q - 1] == c->h_lparen && t - q < 6) {
        j = q - 1;
        continue;
      }
    }
    if (is_hard(c, t)) break;
    unsigned k = c->cls[t];
    if (c->hash[t] == c->h_comma && t + 1 == vg) {
      /* ", apposition ," right before the verb group: skip it */
      size_t q = t;
      while (q > 0 && c->hash[q - 1] != c->h_comma && !is_hard(c, q - 1)) q--;
      /* (not ", and the next day it suspended the treaty, closed ...": a
         clause of its own, which the series of verbs continues) */
      if (q > 0 && c->hash[q - 1] == c->h_comma && !(!c->literal && q < t && (c->cls[q] & (W_AND | W_BUT)))) {
        int ap = c->ment_of[q] ? c->ment_of[q] - 1 : -1;
        if (!c->literal && ap >= 0 && c->ment[ap].tok_start == q && c->ment[ap].tok_end == t && c->mres[ap].n &&
            c->ment[ap].kind == DYAD_MK_PERSON && q > 1 && !c->ment_of[q - 2] &&
            (c->wflag[q - 2] & DYAD_VW_WORD) && !(c->tok[q - 2].flags & DYAD_TOK_CAP)) {
          /* "where their host, Belarusian President Alexander Lukashenko,
             greeted them": the person the apposition names, when the noun
             before it is no actor */
          *g = c->mres[ap];
          tracef(c, "  the subject: the person of the apposition");
          return ap;
        }
        j = q - 1;
        continue;
      }
    }
    if (k & W_REL) {
      /* "X, who ...": the antecedent */
      size_t q = t;
      if (q > 0 && c->hash[q - 1] == c->h_comma) q--;
      else if (c->literal) break; /* PETRARCH: "Al-Qaeda who shot at" has no subject */
      int mi = mention_at_end(c, q);
      if (!c->literal && vg > 1 && t + 2 < vg && (c->cls[vg - 1] & W_AND) && c->hash[vg - 2] == c->h_comma) {
        /* "He raised the issue of defectors who have been sent back from
           China, and asked ...": the relative clause ends at the comma; the
           verb after ", and" shares the subject of the clause the
           antecedent is an object in */
        j = mi >= 0 ? c->ment[mi].tok_start : t;
        continue;
      }
      if (mi < 0 && !c->literal && (mi = document_author(c, s, q, g)) >= 0) return mi;
      if (mi >= 0 && c->mres[mi].n) {
        *g = c->mres[mi];
        return mi;
      }
      break;
    }
    if (k & W_THAT) {
      int mi = mention_at_end(c, t);
      if (mi < 0 && !allow_possessive && (mi = thing_owner(c, s, vidx, t)) >= 0) {
        *g = c->mres[mi];
        tracef(c, "  the subject is a thing %s owns, before \"that\": the owner", g->a[0].code);
        return mi;
      }
      if (mi < 0 && !c->literal && (mi = document_author(c, s, t, g)) >= 0) return mi;
      if (mi >= 0 && !c->literal && !allow_possessive && prepositional(c, &c->ment[mi], 0) &&
          !(t + 1 < head && (c->cls[t + 1] & W_BE) && c->ment[mi].kind != DYAD_MK_COUNTRY &&
            c->ment[mi].kind != DYAD_MK_SEAT))
        break; /* "the bombing of a UN office in Afghanistan that injured": not Afghanistan (but
                  "names of two women that were released by": the women) */
      if (mi >= 0 && c->mres[mi].n && !(c->ment[mi].flags & DYAD_MF_POSSESSIVE)) {
        *g = c->mres[mi];
        return mi;
      }
      break;
    }
    if ((k & W_BUT) && t + 1 == vg) {
      /* "Sudan vows to restore order but calls for peacekeepers" */
      for (size_t v = vidx; v-- > 0;)
        if (c->vi[v].has_subj) {
          *g = c->vi[v].subj;
          return -2;
        }
      if (!c->literal && s->main_subj >= 0 && c->mres[s->main_subj].n && c->ment[s->main_subj].tok_end < t &&
          !(c->ment[s->main_subj].flags & DYAD_MF_POSSESSIVE)) {
        /* "Yoon, who was on vacation, did not meet her but spoke with her":
           the verb before 'but' coded nothing (negated); the sentence's
           subject, over an aside between commas, and no other clause */
        int clean = 1;
        for (size_t q = c->ment[s->main_subj].tok_end; q < t && clean; q++) {
          if ((c->cls[q] & W_REL) && q > 0 && c->hash[q - 1] == c->h_comma) {
            size_t r = q;
            while (r + 1 < t && c->hash[r + 1] != c->h_comma && !is_hard(c, r + 1)) r++;
            if (r + 1 >= t || c->hash[r + 1] != c->h_comma) clean = 0;
            q = r;
            continue;
          }
          if ((c->cls[q] & (W_SUB | W_REL | W_THAT | W_REPORT | W_BUT)) || is_hard(c, q)) clean = 0;
        }
        if (clean) {
          *g = c->mres[s->main_subj];
          tracef(c, "  \"... but <verb>\": the sentence's subject");
          return s->main_subj;
        }
      }
    }
    if ((k & W_SUB) && (k & W_INGOK) && !c->literal && t + 1 < s->ntok && (c->cls[t + 1] & W_DET) &&
        !c->ment_of[t + 1] && t + 1 < head && vg > 0 && c->ment_of[vg - 1] &&
        prepositional(c, &c->ment[c->ment_of[vg - 1] - 1], 0)) {
      j = t; /* "Musharraf, on his visit after the landmark polls in Afghanistan, congratulated" */
      continue;
    }
    if (k & (W_SUB | W_BUT)) break;
    /* a previous event verb ends here: share its subject */
    for (size_t v = (t >= 64 || ((vcov >> t) & 1)) ? vidx : 0; v-- > 0;) {
      if (c->vm[v].tok_end == t + 1 || (c->vm[v].tok_start <= t && t < c->vm[v].tok_end)) {
        const dyad_vpattern *p = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        if (p && p->kind == DYAD_VK_VERB && c->vi[v].has_subj) {
          *g = c->vi[v].subj;
          return -2;
        }
      }
    }
    int mi = mention_at_end(c, t + 1);
    if (mi >= 0 && !c->literal && c->ment[mi].kind == DYAD_MK_PRONOUN && c->ment[mi].tok_start > 0 &&
        (c->cls[c->ment[mi].tok_start - 1] & (W_REL | W_THAT)) && c->ment[mi].tok_end < vg &&
        (c->cls[c->ment[mi].tok_end] & W_REPORT)) {
      j = c->ment[mi].tok_start; /* "a man who they say murdered eight teenagers": the man, not the sayers */
      continue;
    }
    if (mi >= 0) {
      const dyad_mention *m = &c->ment[mi];
      int poss = (m->flags & DYAD_MF_POSSESSIVE) != 0;
      int prep = prepositional(c, m, 0);
      if (!prep && !c->literal && m->tok_start > 1) {
        /* "a group holding three U.N. workers hostage demanded": the object
           of a participle is no subject */
        size_t q = m->tok_start, k2 = 0;
        while (q > 1 && k2 < 3 && !c->ment_of[q - 1] && (c->wflag[q - 1] & DYAD_VW_WORD) && /* (not past ", ") */
               ((c->cls[q - 1] & W_DET) || (c->tok[q - 1].flags & DYAD_TOK_NUMBER) ||
                (!c->cls[q - 1] && !(c->tok[q - 1].flags & DYAD_TOK_CAP)))) {
          q--;
          k2++;
        }
        if (q > 1 && SUF(c, q - 1, S_ING) && !c->ment_of[q - 1] && !(c->tok[q - 1].flags & DYAD_TOK_CAP) &&
            !memchr(s->text + c->tok[q - 1].start, '-', c->tok[q - 1].end - c->tok[q - 1].start) &&
            !(c->cls[q - 2] & (W_BE | W_INGOK | W_PREP | W_DET)) && c->hash[q - 2] != c->h_comma)
          prep = 1;
      }
      if (!c->literal && m->kind == DYAD_MK_AGENT && (m->flags & DYAD_MF_MODIFIER) && m->tok_end < vg &&
          m->tok_end < s->ntok && !(c->cls[m->tok_end] & W_ACTN))
        prep = 1; /* "condemned reported military actions by Rwanda": a modifier, no subject */
      if (allow_possessive && !c->literal && !prep && m->tok_start > 0 && (c->cls[m->tok_start - 1] & W_REPORT))
        prep = 1; /* "Abbas told the Arab League during a visit to Egypt": the hearer */
      if (!c->literal && !prep && m->tok_start > 1 && c->hash[m->tok_start - 1] == c->h_as &&
          (c->cls[m->tok_start - 2] & W_REL) && m->kind == DYAD_MK_AGENT && !m->country[0])
        prep = 1; /* "Lee, who as opposition leader criticized ...": his office then, not an actor */
      if (c->mres[mi].n && !prep && (!poss || allow_possessive)) {
        /* a nominal after an earlier event's object: "Powell will visit
           Japan and China for talks" -> Powell's talks */
        if (allow_possessive)
          for (size_t v = vidx; v-- > 0;) {
            if (!c->vi[v].has_subj || !c->vi[v].tgt.n) continue;
            for (int x = 0; x < c->vi[v].tgt.n; x++)
              if (c->vi[v].tgt.a[x].start == m->start) {
                *g = c->vi[v].subj;
                return -2;
              }
          }
        if (object_of_subjectless(c, s, vidx, m, head)) return -1;
        int ms = object_of_plain_verb(c, m, head);
        if (ms >= 0) {
          *g = c->mres[ms];
          return ms;
        }
        /* "X killed Y and threatened Z": Y is the first verb's object */
        for (size_t v = vidx; v-- > 0;) {
          if (!c->vi[v].has_subj || c->vm[v].tok_end > m->tok_start) continue;
          int coord = 0;
          for (size_t q = m->tok_end; q < head; q++) {
            if (c->cls[q] & W_AND) coord = 1;
            if (is_hard(c, q) || (c->cls[q] & (W_SUB | W_REL | W_THAT | W_BUT))) {
              coord = 0;
              break;
            }
          }
          if (coord) {
            *g = c->vi[v].subj;
            return -2;
          }
          int series = c->literal ? 0 : series_verb(c, s, v, m, vg, head);
          if (series > 0) {
            tracef(c, "  \"X <verb> Y, <verb> ...\": a series of verb phrases, the first one's subject");
            *g = c->vi[v].subj;
            return -2;
          }
          if (series < 0) {
            tracef(c, "  \"X <verb> Y, <participle> <prep>\": a participle hung on the object, no subject");
            return -1;
          }
          break;
        }
        /* followed by a reporting verb: not our subject ("X said Y met") */
        gcopy(g, &c->mres[mi]);
        if (!c->literal && g->n == 1 && m->tok_end + 1 < vg && c->hash[m->tok_end] == c->h_with &&
            (!strncmp(sector_of(&g->a[0]), "MIL", 3) || !strncmp(sector_of(&g->a[0]), "COP", 3))) {
          /* "US troops with crack Iraqi soldiers surged into Fallujah": forces
             fighting together both act */
          int m2 = mention_at_end(c, vg);
          if (m2 > mi && c->mres[m2].n == 1 && c->ment[m2].tok_start <= m->tok_end + 2 &&
              (c->ment[m2].tok_start == m->tok_end + 1 ||
               (!c->cls[m->tok_end + 1] && !c->ment_of[m->tok_end + 1] && (c->wflag[m->tok_end + 1] & DYAD_VW_WORD))) &&
              (!strncmp(sector_of(&c->mres[m2].a[0]), "MIL", 3) || !strncmp(sector_of(&c->mres[m2].a[0]), "COP", 3)) &&
              strcmp(c->mres[m2].a[0].country, g->a[0].country)) {
            tracef(c, "  \"A with B <verb>\": forces acting together");
            g->a[g->n++] = c->mres[m2].a[0];
            return mi;
          }
        }
        /* compound: "A and B", "A, B and C" */
        size_t q = m->tok_start;
        int seen_and = 0;
        if (q > 0 && !c->literal && c->ment_of[q - 1] && (c->ment[c->ment_of[q - 1] - 1].flags & DYAD_MF_POSSESSIVE) &&
            c->ment[c->ment_of[q - 1] - 1].tok_end == q) {
          /* "US forces and (radical cleric) al-Sadr's militia": the
             possessor belongs to this noun phrase */
          size_t q2 = c->ment[c->ment_of[q - 1] - 1].tok_start, k2 = 0;
          while (q2 > 0 && k2 < 2 && !c->ment_of[q2 - 1] && !c->cls[q2 - 1] && (c->wflag[q2 - 1] & DYAD_VW_WORD) &&
                 !(c->tok[q2 - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER))) {
            q2--;
            k2++;
          }
          if (q2 > 0 && (c->cls[q2 - 1] & W_AND)) q = q2;
        }
        while (q > 0 && g->n < GMAX) {
          size_t r = q;
          if (c->cls[r - 1] & W_AND) {
            r--;
            seen_and = 1;
          } else if (c->hash[r - 1] == c->h_comma && seen_and) {
            r--;
          } else if (c->hash[r - 1] == c->h_comma && !seen_and && r >= 2 &&
                     (m->kind == DYAD_MK_COUNTRY || m->kind == DYAD_MK_SEAT || people_plural(c, m) ||
                      ((s->headline || s->title) && !c->literal && (m->kind == DYAD_MK_PERSON || m->kind == DYAD_MK_IGO)))) {
            /* a headline's "S. Korea, Japan agree to ...", "Israel,
               Palestinians agree to ...": two states (or peoples) at the
               start of the sentence, a comma for "and"; also two people or
               an IGO in a title in sentence case ("Chirac, Schroeder meet
               in Berlin", "Iran, EU agree to resume talks") */
            int m3 = mention_at_end(c, r - 1);
            if (m3 < 0 ||
                (c->ment[m3].kind != DYAD_MK_COUNTRY && c->ment[m3].kind != DYAD_MK_SEAT && !people_plural(c, &c->ment[m3]) &&
                 !((s->headline || s->title) && !c->literal &&
                   (c->ment[m3].kind == DYAD_MK_PERSON || c->ment[m3].kind == DYAD_MK_IGO))) ||
                c->ment[m3].tok_start > 1)
              break;
            r--;
          } else {
            break;
          }
          int comma_and = r > 0 && c->hash[r - 1] == c->h_comma && r < q;
          if (r > 0 && c->hash[r - 1] == c->h_comma) r--;
          int m2 = mention_at_end(c, r);
          if (m2 < 0 || !c->mres[m2].n || prepositional(c, &c->ment[m2], 0)) break;
          if (comma_and && !c->literal && verb_object(c, s, (size_t)m2, 0)) break; /* "Israel struck Gaza, and Egypt condemned" */
          if (!comma_and && !c->literal && q > 0 && (c->cls[q - 1] & W_AND) && verb_object(c, s, (size_t)m2, 1))
            break; /* "Israeli jets struck Gaza and Egypt condemned the raid": Gaza is struck (syn2) */
          for (int x = 0; x < c->mres[m2].n && g->n < GMAX; x++) g->a[g->n++] = c->mres[m2].a[x];
          q = c->ment[m2].tok_start;
        }
        return mi;
      }
      if (poss && !allow_possessive && !c->literal &&
          (m->kind == DYAD_MK_PRONOUN || m->kind == DYAD_MK_PERSON || m->kind == DYAD_MK_COUNTRY ||
           m->kind == DYAD_MK_SEAT || m->kind == DYAD_MK_IGO) &&
          c->mres[mi].n && m->tok_end + 1 == vg && (c->cls[m->tok_end] & W_ACTN)) {
        /* "Iran warns its missiles can hit ...": its weapons, its act;
           "Zarqawi's group abducts", "Israel's warplanes struck": the
           possessor's (an acting group no dictionary names) */
        *g = c->mres[mi];
        return mi;
      }
      if (poss && !allow_possessive && m->tok_end + 2 >= vg) {
        size_t ne = head; /* (the end of the thing's noun: "Israel's plan has angered") */
        while (ne > m->tok_end && ((c->cls[ne - 1] & (W_AUX | W_BE | W_MODAL | W_ADV)) || c->hash[ne - 1] == c->h_has ||
                                   c->hash[ne - 1] == c->h_have || c->hash[ne - 1] == c->h_had))
          ne--;
        if (thing_owner(c, s, vidx, ne) == mi) {
          *g = c->mres[mi];
          tracef(c, "  the subject is a thing %s owns: the owner", g->a[0].code);
          return mi;
        }
        break; /* "North Korea's neighbors are" */
      }
      if (fallback < 0 && c->mres[mi].n && !allow_possessive && m->tok_start > 0) {
        size_t q = m->tok_start, k2 = 0; /* "thousands of (rightist) Israelis" */
        while (q > 1 && k2 < 2 && !c->literal && !c->ment_of[q - 1] && !c->cls[q - 1] && (c->wflag[q - 1] & DYAD_VW_WORD) &&
               !(c->tok[q - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER))) {
          q--;
          k2++;
        }
        if (c->hash[q - 1] == c->h_of && !object_of_subjectless(c, s, vidx, m, head)) fallback = mi;
      }
      j = m->tok_start;
      continue;
    }
    j = t;
  }
  if (fallback >= 0) {
    *g = c->mres[fallback];
    return fallback;
  }
  return -1;
}

/* Collects a target group starting at token `from` (a mention starts at or
** after it); `near`: the mention must come at once. Returns the first
** mention index or -1. */
/* Literal mode: is the comma at t the start of an aside of a pronoun and
** one word (", it seems,"), which PETRARCH reads past? */
static int lit_aside(const dyad_coder *c, const sent *s, size_t t) {
  return c->literal && t + 3 < s->ntok && (c->cls[t + 1] & W_PRON) && (c->wflag[t + 2] & DYAD_VW_WORD) &&
         !c->ment_of[t + 2] && c->hash[t + 3] == c->h_comma;
}

/* Does the verb before token `from` stand in a relative clause on a noun
** phrase ("An Islamic militant group that claimed to have kidnapped ...",
** "the man who attacked ...")? */
static int in_relative_clause(const dyad_coder *c, size_t from) {
  for (size_t q = from, k = 0; q > 1 && k < 12; q--, k++) {
    if (is_hard(c, q - 1) || c->hash[q - 1] == c->h_comma) return 0;
    if (c->cls[q - 1] & (W_THAT | W_REL)) return mention_at_end(c, q - 1) >= 0;
    if ((c->cls[q - 1] & W_SUB) || ((c->cls[q - 1] & W_REPORT) && !(c->cls[q] & W_TO))) return 0;
  }
  return 0; /* ("claimed to have kidnapped": still the clause) */
}

/* Is token t a noun for a place ("camp", "city", "village", "border")?
** A mention right before it only says whose place it is ("a Sudanese
** refugee camp in Chad"). */
static int place_noun(const dyad_coder *c, const sent *s, size_t t) {
  static const char *const PLACE[] = {"camp", "camps", "city", "town", "village", "villages", "region", "province",
                                      "district", "border", "area", "site", "base", "enclave", "settlement"};
  if (t >= s->ntok) return 0;
  size_t n = c->tok[t].end - c->tok[t].start;
  for (size_t k = 0; k < sizeof PLACE / sizeof PLACE[0]; k++)
    if (strlen(PLACE[k]) == n && !strncasecmp(s->text + c->tok[t].start, PLACE[k], n)) return 1;
  return 0;
}

/* Does a topic noun ("policy", "crisis", "membership", "programme") start
** at token e, or after one plain lower-case word ("nuclear programme")?
** A country or organisation named right before it only says whose topic it
** is: "defends N. Korea policy", "inviting to European Union membership
** talks", "the Iran nuclear programme". */
static int topic_noun_at(const dyad_coder *c, const sent *s, size_t e) {
  static const char *const TOPIC[] = {"policy", "policies", "crisis", "issue", "issues", "question", "problem",
                                      "programme", "program", "programs", "programmes", "dispute", "standoff",
                                      "membership", "stance", "strategy", "file", "situation", "debate"};
  for (int step = 0; step < 2 && e < s->ntok; step++, e++) {
    size_t n = c->tok[e].end - c->tok[e].start;
    const char *w = s->text + c->tok[e].start;
    if (c->ment_of[e] || !(c->wflag[e] & DYAD_VW_WORD) || n < 3) return 0;
    for (size_t k = 0; k < sizeof TOPIC / sizeof TOPIC[0]; k++)
      if ((w[0] | 0x20) == TOPIC[k][0] && strlen(TOPIC[k]) == n && !strncasecmp(w, TOPIC[k], n)) return 1;
    if (c->cls[e] & ~(S_ING | S_ED | S_LY | S_NT) || ((c->tok[e].flags & DYAD_TOK_CAP) && !s->headline)) return 0;
  }
  return 0;
}

/* Is mention mi, after "and" past a verb's object, the subject of another
** clause: followed by a report verb, a modal or an event verb of its own
** ("welcomed the agreement, and Guterres urged the parties to honor it",
** "Israel struck Gaza, and Egypt condemned the attack")? vidx: the verb
** whose object is looked for (only later verbs count). */
/* Past an apposition that names the mention ending before token e (", Ahmed
** Aboul Gheit," after "the Arab League's secretary-general"): the token
** after its closing comma; else e. */
static size_t past_apposition(const dyad_coder *c, const sent *s, size_t e) {
  if (c->literal || e + 2 >= s->ntok || c->hash[e] != c->h_comma || !c->ment_of[e + 1] ||
      c->ment[c->ment_of[e + 1] - 1].tok_start != e + 1 || c->ment[c->ment_of[e + 1] - 1].kind != DYAD_MK_PERSON)
    return e;
  size_t f = c->ment[c->ment_of[e + 1] - 1].tok_end;
  return f + 1 < s->ntok && c->hash[f] == c->h_comma ? f + 1 : e;
}

static int next_clause_subject(const dyad_coder *c, const sent *s, size_t mi, size_t vidx) {
  size_t e = c->ment[mi].tok_end;
  if (!c->mres[mi].n || e >= s->ntok) return 0;
  size_t b = c->ment[mi].tok_start;
  int comma_and = !c->literal && vidx < s->nvm && b > c->vm[vidx].tok_end && b >= 2 &&
                  (c->cls[b - 1] & (W_AND | W_BUT)) && c->hash[b - 2] == c->h_comma;
  if (comma_and)
    /* after ", and" the subject may be a list: "and Cyprus, Romania and
       Slovakia voiced similar doubts", "and Russia and China have warned"
       (fp5; not "battles between insurgents and US and Iraqi forces
       killed") */
    for (size_t q = e, k = 0; q + 1 < s->ntok && k < 6; k++) {
      size_t r = q;
      if (c->hash[r] == c->h_comma) r++;
      if (r < s->ntok && (c->cls[r] & W_AND)) r++;
      if (r == q || r >= s->ntok || !c->ment_of[r] || c->ment[c->ment_of[r] - 1].tok_start != r ||
          !c->mres[c->ment_of[r] - 1].n)
        break;
      q = e = c->ment[c->ment_of[r] - 1].tok_end;
    }
  e = past_apposition(c, s, e); /* "and the Arab League's secretary-general, Ahmed Aboul Gheit, urged" */
  if (comma_and && e + 1 < s->ntok && e > b && c->hash[e] == c->h_comma && c->ment_of[e - 1]) {
    const dyad_mention *ap = &c->ment[c->ment_of[e - 1] - 1]; /* (the list walk above took the name) */
    if (ap->kind == DYAD_MK_PERSON && ap->tok_start > b && c->hash[ap->tok_start - 1] == c->h_comma) e++;
  }
  while (e < s->ntok && (c->cls[e] & W_ADV) && !c->ment_of[e]) e++; /* "and China also criticized" */
  if (!c->literal && e + 1 < s->ntok && (c->cls[e] & W_AUX) && !c->ment_of[e] && !SUF(c, e, S_ING)) {
    e++; /* "and Russia and China have warned", "and Hamas has not fired" (fp5) */
    while (e < s->ntok && ((c->cls[e] & W_ADV) || is_neg_tok(s, c, e)) && !c->ment_of[e]) e++;
  }
  if (e >= s->ntok) return 0;
  if (c->cls[e] & (W_REPORT | W_MODAL)) return 1;
  if (comma_and && SUF(c, e, S_ED) && !c->ment_of[e] && !(c->tok[e].flags & DYAD_TOK_CAP) && e + 1 < s->ntok &&
      c->hash[e + 1] != c->h_by)
    return 1; /* "met behind closed doors, and its members expressed understanding": a past verb no pattern
                 knows (fp5) */
  for (size_t v = vidx + 1; v < s->nvm; v++)
    if (c->vm[v].tok_start == e) {
      const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
      if (pv && pv->kind == DYAD_VK_VERB) return 1;
    }
  return 0;
}

/* A proposal, plan or truce named by the verb's object ("reject any plan
** for Cyprus drawn up by the United Nations", "accept the proposal, which
** European Union diplomats presented", "any truce proposed by France") is
** its author's: the mention of that author, the party the verb is done
** toward rather than a topic ("for Cyprus"), else -1 (prb). */
static int object_author(const dyad_coder *c, const sent *s, size_t from) {
  int seen = 0;
  size_t lo = from > 0 ? from - 1 : 0;
  for (size_t t = lo; t < s->ntok && t < from + 10; t++) {
    if (is_hard(c, t) || (c->cls[t] & (W_SUB | W_BUT | W_AND | W_REPORT | W_MODAL))) return -1;
    if (!seen) {
      /* (a token that is one of the nouns has its hash: the filter, then
         the hashes, then the bytes; most tokens stop at the filter) */
      if (((c->author_bits >> (c->hash[t] >> 58)) & 1) && ((c->author_bits2 >> ((c->hash[t] >> 52) & 63)) & 1))
        for (size_t k = 0; k < sizeof AUTHOR_NOUN / sizeof AUTHOR_NOUN[0] && !seen; k++)
          seen = c->hash[t] == c->h_author[k] && tok_is(c, s, t, AUTHOR_NOUN[k]);
      continue;
    }
    if ((c->cls[t] & (W_REL | W_THAT)) && t + 1 < s->ntok) {
      /* ", which European Union diplomats presented" */
      size_t q = t + 1;
      while (q < s->ntok && (c->cls[q] & W_DET) && !c->ment_of[q]) q++;
      if (q < s->ntok && c->ment_of[q] && c->ment[c->ment_of[q] - 1].tok_start == q) {
        size_t e = c->ment[c->ment_of[q] - 1].tok_end;
        if (e < s->ntok && SUF(c, e, S_ED) && c->mres[c->ment_of[q] - 1].n) return c->ment_of[q] - 1;
      }
      return -1;
    }
    if (c->hash[t] == c->h_by && t > from && t + 1 < s->ntok) {
      /* "drawn up by", "put forward by", "proposed by", "brokered by" */
      size_t v = t - 1;
      if (v > from && (tok_is(c, s, v, "up") || tok_is(c, s, v, "forward") || tok_is(c, s, v, "out"))) v--;
      if (!(SUF(c, v, S_ED) || tok_is(c, s, v, "drawn") || tok_is(c, s, v, "put") || tok_is(c, s, v, "written") ||
            tok_is(c, s, v, "made") || tok_is(c, s, v, "laid") || tok_is(c, s, v, "set")))
        return -1;
      size_t q = t + 1;
      while (q < s->ntok && (c->cls[q] & W_DET) && !c->ment_of[q]) q++;
      if (q < s->ntok && c->ment_of[q] && c->ment[c->ment_of[q] - 1].tok_start == q && c->mres[c->ment_of[q] - 1].n)
        return c->ment_of[q] - 1;
      return -1;
    }
  }
  return -1;
}

/* The group of the author mention am and those joined to it by "and" or a
** comma ("drafted by France and Britain"). */
static void author_group(const dyad_coder *c, const sent *s, int am, group *g) {
  *g = c->mres[am];
  size_t e = c->ment[am].tok_end;
  while (e + 1 < s->ntok && ((c->cls[e] & W_AND) || c->hash[e] == c->h_comma)) {
    size_t q = e + 1;
    if (q < s->ntok && (c->cls[q] & W_AND)) q++; /* ", and" */
    if (q >= s->ntok || !c->ment_of[q] || c->ment[c->ment_of[q] - 1].tok_start != q) break;
    const group *h = &c->mres[c->ment_of[q] - 1];
    for (int x = 0; x < h->n && g->n < GMAX; x++) g->a[g->n++] = h->a[x];
    e = c->ment[c->ment_of[q] - 1].tok_end;
  }
}

static int find_target(dyad_coder *c, const sent *s, size_t from, size_t gs,
                       size_t ge, const dyad_vpattern *p, size_t vidx, group *g) {
  g->n = 0;
  int near = (p->flags & DYAD_VF_NEAR) != 0;
  int move = (p->flags & DYAD_VF_MOVE) != 0;
  int passive_pat = (p->flags & DYAD_VF_PASSIVE) != 0;
  /* an actor inside the gap ("provided Ukraine with shells") */
  int ends_prep = from > 0 && (c->cls[from - 1] & W_PREP);
  for (size_t t = gs; t < ge && !ends_prep; t++) {
    int32_t mo = c->ment_of[t];
    if (mo && c->mres[mo - 1].n && c->ment[mo - 1].tok_start >= gs &&
        (c->ment[mo - 1].kind != DYAD_MK_PRONOUN ||
         (!c->literal && !(c->ment[mo - 1].flags & DYAD_MF_POSSESSIVE) &&
          (c->hash[t] == c->h_him || c->hash[t] == c->h_her || c->hash[t] == c->h_them))) &&
        /* ("invited him to the APEC summit": him; "the APEC summit": the gathering) */
        !(!c->literal && c->ment[mo - 1].kind == DYAD_MK_IGO && c->ment[mo - 1].tok_end < s->ntok &&
          (c->hash[c->ment[mo - 1].tok_end] == c->h_summit || c->hash[c->ment[mo - 1].tok_end] == c->h_conference ||
           c->hash[c->ment[mo - 1].tok_end] == c->h_forum)) &&
        !(!c->literal && (c->ment[mo - 1].kind == DYAD_MK_COUNTRY || c->ment[mo - 1].kind == DYAD_MK_IGO) &&
          !(c->ment[mo - 1].flags & DYAD_MF_POSSESSIVE) && topic_noun_at(c, s, c->ment[mo - 1].tok_end)) &&
        !((c->ment[mo - 1].kind == DYAD_MK_AGENT ||
           (!c->literal && c->ment[mo - 1].kind == DYAD_MK_DEFINITE &&
            !(c->ment[mo - 1].flags & (DYAD_MF_TWO | DYAD_MF_POSSESSIVE)))) &&
          !strncmp(c->ment[mo - 1].sector, "MIL", 3) && strncmp(p->text, "expel", 5) &&
          (strncmp(p->text, "train", 5) || c->ment[mo - 1].kind != DYAD_MK_AGENT))) {
        /* (the forces withdrawn or sent are not the target, nor "its
           forces": "withdraw all of its forces"; "rejected his army's
           request" is done to the army; but the military people expelled
           are their country's: "expelled Pakistani military advisers", art1;
           and so are those trained when named by their country: "trained
           Ukrainian soldiers", not "trains its soldiers", art4) */
      gcopy(g, &c->mres[mo - 1]);
      return mo - 1;
    }
  }
  (void)passive_pat;
  if (!c->literal && from < s->ntok && c->hash[from] == c->h_without)
    return -1; /* "end Alaska summit without Ukraine deal": what is lacking names no party (ag3) */
  if (!c->literal && !move) {
    int am = object_author(c, s, from);
    if (am >= 0) {
      author_group(c, s, am, g);
      tracef(c, "  target: the author of the plan or proposal (\"%.*s\")",
             (int)(c->ment[am].end - c->ment[am].start), s->text + c->ment[am].start);
      return am;
    }
  }
  {
    actor x; /* "held talks with Lee": a surname of a person named before */
    if (!ends_prep || gs >= ge) {
      if (surname_actor(c, s, from, &x)) {
        tracef(c, "  target \"%.*s\": the %s named before", (int)(x.end - x.start), s->text + x.start, x.code);
        g->a[0] = x;
        g->n = 1;
        return -1;
      }
    }
  }
  /* past the gap and the surname, every target is a mention starting at or
     after `from`, or the gazetteer's city right at it: with neither, the
     walk below would find none (most of a large set's matches; a cheap
     test instead of the walk to the end of the sentence) */
  if (!c->g || from >= s->ntok || !(c->tok[from].flags & DYAD_TOK_CAP)) {
    size_t k = s->nment;
    while (k > 0 && c->ment[k - 1].tok_start < from) k--;
    if (!k) return -1;
  }
  /* "countries ... including A, B and C" */
  size_t t = from;
  while (t < s->ntok && (c->cls[t] & W_DET)) t++;
  if (t < s->ntok && (c->cls[t] & W_GENERIC)) {
    for (size_t q = t; q < s->ntok && !is_hard(c, q); q++) {
      if ((c->cls[q] & W_INCL) ||
          (c->hash[q] == c->h_such && q + 1 < s->ntok && c->hash[q + 1] == c->h_as)) {
        size_t r = q + ((c->cls[q] & W_INCL) ? 1 : 2);
        while (r < s->ntok && g->n < GMAX) {
          int32_t mo = c->ment_of[r];
          if (mo && c->ment[mo - 1].tok_start == r) {
            for (int x = 0; x < c->mres[mo - 1].n && g->n < GMAX; x++)
              g->a[g->n++] = c->mres[mo - 1].a[x];
            r = c->ment[mo - 1].tok_end;
            continue;
          }
          if (c->hash[r] == c->h_comma || (c->cls[r] & (W_AND | W_DET))) {
            r++;
            continue;
          }
          break;
        }
        if (g->n) return -3;
        break;
      }
    }
  }
  size_t steps = 0;
  int through = 0; /* passed into a noun pattern's "with" object */
  /* the tokens (below 64) where a later verb match starts: the walk looks
     for one only there */
  uint64_t vst = 0;
  for (size_t v = vidx + 1; v < s->nvm; v++)
    vst |= c->vm[v].tok_start < 64 ? 1ull << c->vm[v].tok_start : 0;
  /* "Algeria, which had long opposed foreign intervention, has opened its
     airspace to French aircraft": a verb inside a relative clause between
     commas finds its target before the clause's closing comma (art5) */
  int in_rel = -1; /* (found at the walk's first comma) */
  t = from;
  if (near && !c->literal && ((p->code[0] == '0' && p->code[1] == '8') || (p->code[0] == '1' && (p->code[1] == '5' || p->code[1] == '8' || p->code[1] == '9')))) {
    /* "withdrew from most of Gaza", "parts of", "the north of": a part of
       the place a withdrawal or a use of force names is that place, past
       its "of" (not an arrest: "captured much of Somalia") */
    static const char *const PART[] = {"most", "much", "part", "parts", "all", "half", "rest", "bulk", "north",
                                       "south", "east", "west", "center", "centre", "areas", NULL};
    size_t q = from;
    while (q < s->ntok && (c->cls[q] & W_DET) && !c->ment_of[q]) q++;
    if (q + 2 < s->ntok && !c->ment_of[q] && c->hash[q + 1] == c->h_of)
      for (int i = 0; PART[i]; i++)
        if (tok_is(c, s, q, PART[i])) {
          t = q + 2;
          break;
        }
  }
  for (; t < s->ntok && steps < 80; t++, steps++) {
    if (is_hard(c, t)) break;
    unsigned k = c->cls[t];
    if (c->hash[t] == c->h_comma && !c->literal && vidx < s->nvm) {
      if (in_rel < 0) {
        in_rel = 0;
        for (size_t q = c->vm[vidx].tok_start, n = 0; q-- > 0 && n < 12; n++) {
          if (c->hash[q] == c->h_comma || is_hard(c, q)) break;
          if (c->cls[q] & W_REL) {
            in_rel = q > 0 && c->hash[q - 1] == c->h_comma && !(c->cls[q] & W_THAT);
            break;
          }
        }
      }
      if (in_rel) break;
    }
    if ((k & (W_REL | W_THAT | W_BUT)) && !(c->literal && (k & W_THAT))) break; /* PETRARCH: the next actor */
    if ((k & W_SUB) && !c->literal && !(p->code[0] == '1' && p->code[1] == '3' && (c->hash[t] == c->h_if || c->hash[t] == c->h_unless)))
      break; /* a threat's target may be in its condition: "... if Britain refuses" */
    if (near && steps > 2 && !through) break;
    if (!c->literal && c->tok[t].end - c->tok[t].start == 4 && t + 2 < s->ntok && c->ment_of[t + 1] &&
        c->ment[c->ment_of[t + 1] - 1].tok_start == t + 1 && tok_is(c, s, t, "what")) {
      /* "struck what New Delhi called a Jaish training camp near Balakot in
         northwestern Pakistan": the one naming the object is no target (art3) */
      size_t e = c->ment[c->ment_of[t + 1] - 1].tok_end;
      if (e < s->ntok && (tok_is(c, s, e, "called") || tok_is(c, s, e, "calls") || tok_is(c, s, e, "described") ||
                          tok_is(c, s, e, "describes") || tok_is(c, s, e, "termed") || tok_is(c, s, e, "dubbed") ||
                          tok_is(c, s, e, "said") || tok_is(c, s, e, "says"))) {
        t = e;
        continue;
      }
    }
    if (c->hash[t] == c->h_as && t + 1 < s->ntok) {
      /* "... restart talks as the African Union said ...": "as X <verb>" is another clause */
      size_t q = t + 1;
      while (q < s->ntok && (c->cls[q] & W_DET) && !c->ment_of[q]) q++;
      if (q < s->ntok && c->ment_of[q] && c->ment[c->ment_of[q] - 1].tok_start == q) {
        size_t e = c->ment[c->ment_of[q] - 1].tok_end;
        int clause = e < s->ntok && (c->cls[e] & (W_REPORT | W_MODAL));
        for (size_t v = vidx + 1; v < s->nvm && !clause; v++)
          if (c->vm[v].tok_start == e) clause = 1;
        if (clause) break;
      }
    }
    if (c->hash[t] == c->h_comma &&
        (p->kind == DYAD_VK_NOUN || (t + 1 < s->ntok && (c->cls[t + 1] & W_PRON))) &&
        !lit_aside(c, s, t))
      break; /* the NP ends; ", they ..." starts another clause */
    if (!c->literal && c->hash[t] == c->h_comma && t > from && t + 1 < s->ntok && c->hash[t + 1] == c->h_with)
      break; /* "signed an arrangement on inspections, with Egypt's minister at their side": an adjunct (accB) */
    if (c->hash[t] == c->h_comma && t + 1 < s->ntok && c->ment_of[t + 1]) {
      /* "Attack Kills 25, Sistani Heads to Najaf": ", X <verb>" is another clause
         (", X, <name>, <verb>" too) */
      size_t e = past_apposition(c, s, c->ment[c->ment_of[t + 1] - 1].tok_end);
      int clause = 0;
      for (size_t v = vidx + 1; v < s->nvm; v++)
        if (c->vm[v].tok_start == e) clause = 1;
      if (clause) break;
    }
    if (!c->literal && (c->cls[t] & W_AND) && t + 1 < s->ntok && c->ment_of[t + 1] &&
        c->ment[c->ment_of[t + 1] - 1].tok_start == t + 1 && next_clause_subject(c, s, c->ment_of[t + 1] - 1, vidx))
      break; /* "welcomed the agreement, and Guterres urged the parties": another clause */
    if (t > from && (c->cls[t - 1] & W_PREP) && !c->ment_of[t] && SUF(c, t, S_ING) &&
        !(c->tok[t].flags & DYAD_TOK_CAP) && !(!c->literal && t == from + 1 && c->hash[from] == c->h_of && c->vm[vidx].tok_end == from &&
          c->vm[vidx].tok_end > c->vm[vidx].tok_start + 1) && /* "signed a memorandum of understanding with" (gen2) */
        (c->literal || !(tok_is(c, s, t, "neighboring") || tok_is(c, s, t, "neighbouring"))))
      break; /* "in confronting Iran" (but "in neighboring Iraq": an adjective, accA) */
    if (!c->literal && p->code[0] == '0' && p->code[1] >= '3' && p->code[1] <= '5' && t > from &&
        (c->hash[t] == c->h_on || c->hash[t] == c->h_about || c->hash[t] == c->h_over) && t + 1 < s->ntok &&
        !(c->cls[t + 1] & W_TIME) && !(c->tok[t + 1].flags & DYAD_TOK_NUMBER))
      break; /* "talks on its space programme and the sale of fighter planes": a topic (not "on Sunday") */
    if (!c->literal && p->code[0] == '0' && p->code[1] == '6' && t >= from &&
        (c->hash[t] == c->h_on || c->hash[t] == c->h_about) && t + 1 < s->ntok && !(c->cls[t + 1] & W_TIME) &&
        !(c->tok[t + 1].flags & DYAD_TOK_NUMBER))
    {
      /* "had shared intelligence on North Korean missiles": what is shared
         is about a topic; a party may follow it ("shared intelligence on
         the attack with Israel"; fp5) */
      size_t q = t + 1;
      while (q < s->ntok && !is_hard(c, q) && c->hash[q] != c->h_comma &&
             !((c->cls[q] & W_PREP) && c->hash[q] != c->h_of) && !(c->cls[q] & (W_SUB | W_REL | W_THAT | W_REPORT)))
        q++;
      t = q - 1;
      continue;
    }
    if (s->headline && !c->literal && c->hash[t] == c->h_as)
      break; /* "Blair, Bush to Meet as Middle East Issues Loom" */
    if (!c->literal && c->hash[t] == c->h_without)
      break; /* "end Alaska summit without Ukraine deal": what is lacking, no party (ag3) */
    if (!c->literal && c->hash[t] == c->h_as && t > from + 1 && !move && !c->ment_of[t - 1] &&
        (c->wflag[t - 1] & DYAD_VW_WORD)) {
      /* "condemned the launch as a violation of UN resolutions": what
         follows "as" describes the object no dictionary names; it holds no
         target */
      int seen = 0;
      for (size_t q = from; q < t && !seen; q++) seen = c->ment_of[q] != 0;
      if (!seen) break;
    }
    if ((k & W_REPORT) && !c->literal && t > from && t + 1 < s->ntok && (c->cls[t + 1] & W_TO) &&
        c->hash[t] == c->h_according)
      break; /* "..., according to the state news agency KCNA": the source of the report, no target */
    if ((k & W_REPORT) && !c->literal && t > from && c->ment_of[t - 1] && c->hash[t] != c->h_according &&
        c->ment[c->ment_of[t - 1] - 1].tok_end == t)
      break; /* "killing two people, and the U.S. military said it had ...": another clause */
    if (!c->literal && c->hash[t] == c->h_comma && t + 2 < s->ntok && (c->cls[t + 1] & W_AND) &&
        (c->cls[t + 2] & W_PREP))
      break; /* "..., and by Islamic extremists": another clause */
    if (!c->literal && (k & W_AND) && t + 1 < s->ntok && (c->cls[t + 1] & W_REPORT) &&
        c->hash[t + 1] != c->h_according)
      break; /* "arrived in Cairo at the start of an African tour and told Arab League
                diplomats ...": "and said", "and told" start the subject's next predicate;
                whom it tells is no object of the verb before */
    if ((k & W_AND) && t > from && t + 1 < s->ntok && !c->ment_of[t + 1] && SUF(c, t + 1, S_ING) &&
        !(c->tok[t + 1].flags & DYAD_TOK_CAP) && !c->literal)
      break; /* ", killing 17 and raising the toll from ...": another clause */
    if ((k & W_TO) && (!c->literal || t == from) && t + 1 < s->ntok && !c->ment_of[t + 1] && !(c->cls[t + 1] & W_DET) &&
        (c->wflag[t + 1] & DYAD_VW_WORD) && !(c->tok[t + 1].flags & DYAD_TOK_CAP) &&
        !(c->literal && (c->cls[t + 1] & W_BE)))
      break; /* "to address ...": a purpose clause */
    /* another event verb starts: its object is its own */
    int other = 0;
    for (size_t v = (t >= 64 || ((vst >> t) & 1)) ? vidx + 1 : s->nvm; v < s->nvm; v++)
      if (c->vm[v].tok_start == t) {
        const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        other = 1;
        if (!c->literal && pv && pv->kind == DYAD_VK_NOUN && t > from && c->vm[v].tok_end > t &&
            c->hash[c->vm[v].tok_end - 1] == c->h_with)
          other = 0, through = 1; /* "withdraw from the negotiations with the EU": the EU */
      }
    if (other && !c->literal && SUF(c, t, S_ED) && (t == from || (c->cls[t - 1] & W_DET)) && t + 1 < s->ntok &&
        c->ment_of[t + 1])
      other = 0; /* "bombs suspected al-Qaida camps": an adjective */
    if (other && c->literal && t > from && (c->cls[t - 1] & W_TO))
      other = 0; /* PETRARCH: "abandoned efforts to stop an anti- Gondor parade" */
    if (other && !c->literal && t > from && (c->cls[t - 1] & W_PREP) && !(c->cls[t - 1] & W_TO) && !c->ment_of[t - 1] &&
        !SUF(c, t, S_ING) && !SUF(c, t, S_ED) && !(c->tok[t].flags & DYAD_TOK_CAP))
      other = 0; /* "signs agreements on trade with the UAE": a bare verb form after a
                    preposition is a noun (as code_match judges it), no verb of its own (gen2) */
    if (other) break;
    int32_t mo = c->ment_of[t];
    if (!mo && t == from && c->g && !c->literal && (move || !strncmp(p->code, "042", 3)) &&
        (c->tok[t].flags & DYAD_TOK_CAP) && (c->wflag[t] & DYAD_VW_WORD)) {
      /* "visited Seattle", "arrived in Basra": the city's country */
      size_t q = t;
      while (q < s->ntok && q < t + 3 && (c->tok[q].flags & DYAD_TOK_CAP) && !c->ment_of[q]) q++;
      dyad_place pl;
      if (dyad__gazetteer_lookup(c->g, s->text + c->tok[t].start, c->tok[q - 1].end - c->tok[t].start, &pl) &&
          len3(pl.country) &&
          !(c->vi[vidx].has_subj && c->vi[vidx].subj.n && !strcmp(c->vi[vidx].subj.a[0].country, pl.country))) {
        /* (a trip inside one's own country is no visit) */
        memset(&g->a[0], 0, sizeof g->a[0]);
        copy_str(g->a[0].code, sizeof g->a[0].code, pl.country);
        copy_str(g->a[0].country, sizeof g->a[0].country, pl.country);
        g->a[0].start = c->tok[t].start;
        g->a[0].end = c->tok[q - 1].end;
        g->a[0].person = -1;
        g->a[0].kind = DYAD_MK_COUNTRY;
        g->n = 1;
        return -3;
      }
    }
    if (!mo) {
      if (near && !through && !(k & W_DET) && !(c->tok[t].flags & DYAD_TOK_NUMBER) &&
          !(!c->literal && SUF(c, t, S_ED) && steps <= 1 && (!(c->tok[t].flags & DYAD_TOK_CAP) || s->headline)) &&
          /* "bombs suspected ... camp", a headline's "Arrests Alleged ... Bombers" */
          !(!c->literal && (c->tok[t].flags & DYAD_TOK_CAP) && (c->wflag[t] & DYAD_VW_WORD) && t > from &&
            t + 1 < s->ntok && c->ment_of[t + 1] && c->ment[c->ment_of[t + 1] - 1].tok_start == t + 1))
        break; /* (but a name no dictionary knows before the actor, "arrests eight Sinai bombers", is its modifier) */
      continue;
    }
    const dyad_mention *m = &c->ment[mo - 1];
    if (m->tok_start != t) continue;
    size_t after = m->tok_end;
    if (!c->literal && (move || !strncmp(p->code, "04", 2)) &&
        (m->kind == DYAD_MK_ADJ || m->kind == DYAD_MK_AGENT) && place_noun(c, s, after)) {
      t = after - 1; /* "tours a Sudanese refugee camp in Chad": the camp is in Chad */
      continue;
    }
    if (!c->literal && move && m->kind == DYAD_MK_COUNTRY && t > 2 && c->hash[t - 1] == c->h_of &&
        border_ref(c, s, m)) {
      t = after - 1; /* "withdraw their troops from a plateau near the border of Bhutan": not from Bhutan */
      continue;
    }
    if (m->kind == DYAD_MK_PRONOUN && !c->literal &&
        (c->hash[t] == c->h_he || c->hash[t] == c->h_she || c->hash[t] == c->h_they))
      break; /* a subject pronoun starts another clause: "... as they face ..." */
    if (t > 0 && c->tok[t - 1].end - c->tok[t - 1].start > 4 &&
        (!strncasecmp(s->text + c->tok[t - 1].start, "anti-", 5) ||
         !strncasecmp(s->text + c->tok[t - 1].start, "pro-", 4))) {
      t = after - 1; /* "anti-Fidel Castro exiles": a modifier, not the target */
      continue;
    }
    /* "..., the Foreign Ministry said": not a target (but "a group that
       claimed to have kidnapped two French journalists said ...": the
       relative clause's object, before the main clause's verb) */
    if (after < s->ntok && (c->cls[after] & W_REPORT) &&
        !(!c->literal && t > 0 && c->hash[t - 1] != c->h_comma && in_relative_clause(c, from))) {
      t = after - 1;
      continue;
    }
    int loc = 0;
    for (size_t q = t, k2 = 0; q > 0 && k2 < 4; q--, k2++) {
      unsigned pk = c->cls[q - 1];
      if (pk & W_LOC) {
        loc = 1;
        break;
      }
      if (c->ment_of[q - 1] || (pk & (W_PREP | W_SUB)) || !(c->wflag[q - 1] & DYAD_VW_WORD)) break;
      /* ("in two days unless Japan ...": the condition's subject, no place) */
      if (!(pk & W_DET) && (c->tok[q - 1].flags & DYAD_TOK_CAP)) break;
    }
    if (loc && p->code[0] >= '1' && (p->code[0] > '1' || p->code[1] >= '8') && t > 0 &&
        c->hash[t - 1] == c->h_at)
      loc = 0; /* "launched strikes at US outposts" */
    if (loc && p->code[0] >= '1' && (p->code[0] > '1' || p->code[1] >= '8') && m->kind == DYAD_MK_AGENT &&
        c->mres[mo - 1].n && c->mres[mo - 1].a[0].country[0] && !c->literal)
      loc = 0; /* "a car bomb outside the Australian Embassy": what was hit */
    int lead = t > from; /* words between the pattern and the mention */
    if (lead && ends_prep && !c->literal) {
      /* "halted operations in northern Iraq", "in neighboring Iraq": the
         pattern's own preposition, a compass word or 'neighboring' between:
         the object, not a place (accA) */
      int adj = 1;
      for (size_t q = from; q < t && adj; q++)
        adj = (c->cls[q] & W_DET) || compass_word(c, s, q) || tok_is(c, s, q, "neighboring") ||
              tok_is(c, s, q, "neighbouring");
      if (adj) lead = 0;
    }
    if (loc && !move && lead && !c->literal) {
      t = after - 1;
      continue;
    }
    if (t > 0 && c->hash[t - 1] == c->h_by && !passive_pat && !(t == from && !c->literal) && /* ("stand by X") */
        !(t >= from + 2 && !c->ment_of[t - 2] && (c->wflag[t - 2] & DYAD_VW_WORD) &&
          !(c->tok[t - 2].flags & DYAD_TOK_CAP) && !(c->cls[t - 2] & ~(unsigned)S_NT) &&
          !SUF(c, t - 2, S_ED) && !SUF(c, t - 2, S_ING))) {
      /* "by X" is a means or a passive agent; but after a noun it names who
         did the thing acted on: "slammed the joint drills by Seoul" */
      t = after - 1;
      continue;
    }
    int verbal_coop = p->code[0] == '0' && p->code[1] <= '5' && !(p->flags & DYAD_VF_MOVE);
    if (verbal_coop && p->code[1] >= '3' && !c->literal && t > from && t > 0 &&
        (c->hash[t - 1] == c->h_on || c->hash[t - 1] == c->h_about || c->hash[t - 1] == c->h_over)) {
      t = after - 1; /* "to meet defence chiefs on Iraq": a topic */
      continue;
    }
    int appeal = (p->code[0] == '0' && p->code[1] == '2') || (p->code[0] == '1' && p->code[1] == '0');
    if (appeal && m->kind == DYAD_MK_PRONOUN && (m->flags & DYAD_MF_POSSESSIVE) && c->mres[mo - 1].n &&
        (c->literal || (after < s->ntok && (c->ment_of[after] || (c->cls[after] & W_ACTN)))) && /* not "its demands" */
        c->mres[mo - 1].a[0].country[0]) {
      /* "called on his followers": the possessor's people (a country-level
         target, so a leader appealing to his own side stays an event) */
      gcopy(g, &c->mres[mo - 1]);
      copy_str(g->a[0].code, sizeof g->a[0].code, g->a[0].country);
      g->a[0].kind = DYAD_MK_COUNTRY;
      g->a[0].person = -1;
      g->n = 1;
      return mo - 1;
    }
    if (!c->mres[mo - 1].n && p->kind == DYAD_VK_VERB && m->kind == DYAD_MK_AGENT && t <= from + 2 &&
        t + 1 < s->ntok && !(c->cls[m->tok_end < s->ntok ? m->tok_end : t] & W_PREP) &&
        (eq3(m->sector, "GOV") || eq3(m->sector, "MIL") ||
         (!c->literal && p->code[0] == '1' && p->code[1] == '0' && !m->country[0] && !m->code[0])) &&
        /* ("demands firm quit Iraq": the firm is asked, Iraq is its act's place) */
        !(!c->literal && (m->flags & DYAD_MF_MODIFIER) && !m->country[0] && after < s->ntok &&
          !(c->cls[after] & W_ACTN) && (c->wflag[after] & DYAD_VW_WORD) &&
          !(c->tok[after].flags & DYAD_TOK_CAP))) {
      /* (but an adjective, "criticized the growing military activity of
         the United States", is skipped below) */
      /* "Sharon Rejects Army Bid to Wind Down Gaza Offensive": an unnamed
         army or government right after the verb is the object; a later
         actor is not */
      break;
    }
    if (!c->literal && m->kind == DYAD_MK_PRONOUN &&
        (c->hash[t] == c->h_its || c->hash[t] == c->h_their || c->hash[t] == c->h_his) && !host_pronoun(c, s, m)) {
      t = after - 1; /* "a response to its demands": a possessive, no object (but "his host") */
      continue;
    }
    if (!c->literal && m->kind == DYAD_MK_PRONOUN && c->mres[mo - 1].n && c->vi[vidx].has_subj &&
        c->vi[vidx].subj.n && !strcmp(c->mres[mo - 1].a[0].code, c->vi[vidx].subj.a[0].code)) {
      if (p->code[0] == '1' && p->code[1] == '3' && t > from &&
          (c->hash[t - 1] == c->h_if || c->hash[t - 1] == c->h_unless) && c->vi[vidx].subj.a[0].country[0]) {
        /* "China has threatened to attack if it refuses to unify": the
           one threatened is the other party named before the threat */
        const char *sc = c->vi[vidx].subj.a[0].country;
        for (size_t k3 = (size_t)(mo - 1); k3-- > 0;) {
          if (c->ment[k3].tok_end > c->vm[vidx].tok_start || c->ment[k3].kind == DYAD_MK_PRONOUN ||
              !c->mres[k3].n || !c->mres[k3].a[0].country[0])
            continue;
          if (strcmp(c->mres[k3].a[0].country, sc)) {
            *g = c->mres[k3];
            return (int)k3;
          }
        }
      }
      t = after - 1; /* "as they battle terrorism ... and their acts": the subject again */
      continue;
    }
    if (!c->literal && m->kind == DYAD_MK_AGENT && (m->flags & DYAD_MF_MODIFIER) && !m->country[0] &&
        after < s->ntok && !(c->cls[after] & W_ACTN) &&
        !(plural_head(c, s->text, m) && SUF(c, after, S_ING) && !c->ment_of[after])) {
      /* (but a plural with a participle after it, "fired on militants
         trying to enter the country from Afghanistan", "gunmen coming from
         Somalia", is the noun its clause tells of: prb) */
      t = after - 1; /* "condemned reported military actions by Rwanda": a modifier of no country */
      continue;
    }
    if (!c->literal && m->kind == DYAD_MK_IGO && after < s->ntok && p->kind == DYAD_VK_VERB && !strncmp(m->code, "IGO", 3) &&
        (c->hash[after] == c->h_summit || c->hash[after] == c->h_summits || c->hash[after] == c->h_conference ||
         c->hash[after] == c->h_forum)) {
      t = after - 1; /* "protesters denounce APEC summit": the gathering, not the organisation */
      continue;
    }
    if (!c->literal && (m->kind == DYAD_MK_COUNTRY || m->kind == DYAD_MK_IGO) &&
        !(m->flags & DYAD_MF_POSSESSIVE) && topic_noun_at(c, s, after)) {
      tracef(c, "  \"%.*s\" names a topic's owner (\"N. Korea policy\"): no target", (int)(m->end - m->start),
             s->text + m->start);
      t = after - 1;
      continue;
    }
    if (!c->mres[mo - 1].n ||
        (m->kind == DYAD_MK_PRONOUN && (m->flags & DYAD_MF_POSSESSIVE) && !host_pronoun(c, s, m)) ||
        (verbal_coop && (m->flags & DYAD_MF_MODIFIER))) {
      t = after - 1;
      continue;
    }
    gcopy(g, &c->mres[mo - 1]);
    if (!c->literal && g->n == 1 && m->tok_start >= 2 && c->hash[m->tok_start - 1] == c->h_and &&
        c->ment_of[m->tok_start - 2] && m->kind != DYAD_MK_ADJ && m->tok_end > m->tok_start + 1 &&
        s->text[c->tok[m->tok_end - 1].end - 1] == 's') {
      /* "with his Armenian and Azerbaijani counterparts", "Armenian and
         Azerbaijani officials": two nationalities sharing one plural noun
         are both its parties (rec23b) */
      int am = (int)c->ment_of[m->tok_start - 2] - 1;
      const dyad_mention *ma = &c->ment[am];
      if (ma->kind == DYAD_MK_ADJ && ma->tok_end == m->tok_start - 1 && c->mres[am].n == 1 &&
          len3(c->mres[am].a[0].country) && strcmp(c->mres[am].a[0].country, g->a[0].country) && g->n < GMAX) {
        actor x = c->mres[am].a[0];
        char code[64];
        cat2(code, sizeof code, x.country, sector_of(&g->a[0]));
        set_code(&x, code, x.country);
        g->a[g->n++] = x;
        tracef(c, "  target: \"%.*s\" shares the plural noun after it (%s)", (int)(ma->end - ma->start),
               s->text + ma->start, x.code);
      }
    }
    /* compound: "A and B", "A, B and C" */
    size_t q = after;
    int lit_and = 0; /* literal: "A and B, and C and D" is two lists */
    while (q < s->ntok && g->n < GMAX) {
      size_t r = q;
      if (c->hash[r] == c->h_comma) {
        if (lit_and) break; /* "with Akar and Guterres, and Ukraine's minister then signed": another clause (accB) */
        r++;
      }
      if (r < s->ntok && (c->cls[r] & W_AND)) r++, lit_and = 1;
      if (!c->literal && lit_and && r + 1 < s->ntok && from > 0 && c->hash[from - 1] == c->h_with &&
          (tok_is(c, s, r, "then") || tok_is(c, s, r, "later") || tok_is(c, s, r, "also")) && c->hash[r + 1] == c->h_with)
        r += 2; /* "spoke by phone with Zelensky and then with several European leaders" (rec21b) */
      if (r == q) break;
      if (!c->literal && r > q && r < s->ntok && (c->cls[r - 1] & W_AND) && tok_is(c, s, r, "that"))
        break; /* "after fierce clashes with the Malian army, and that French forces were trying to retake it":
                  "and that" goes on with the reported words (fp5) */
      size_t r0 = r; /* "Israel and the Palestinians": the mention may hold the article */
      while (r < s->ntok && (c->cls[r] & W_DET)) r++;
      if (r >= s->ntok) break;
      int32_t m2 = c->ment_of[r];
      int det_ok = !c->literal && r0 > q && (c->cls[r0 - 1] & W_AND) && c->hash[q] != c->h_comma && c->hash[r0] == c->h_the &&
                   !(c->ment[mo - 1].tok_start > 0 && c->hash[c->ment[mo - 1].tok_start - 1] == c->h_between);
      if (!m2 || (c->ment[m2 - 1].tok_start != r && (!det_ok || c->ment[m2 - 1].tok_start != r0)) ||
          !c->mres[m2 - 1].n)
        break;
      if (c->ment[m2 - 1].tok_end < s->ntok && (c->cls[c->ment[m2 - 1].tok_end] & W_REPORT)) break;
      if (!c->literal && c->hash[q] == c->h_comma && next_clause_subject(c, s, m2 - 1, vidx))
        break; /* "struck Gaza, and Egypt condemned" (but "battles between insurgents and Iraqi forces killed") */
      if (!c->literal && c->hash[q] != c->h_comma && vidx < s->nvm && c->ment[m2 - 1].tok_end < s->ntok &&
          SUF(c, c->ment[m2 - 1].tok_end, S_ED) &&
          next_clause_subject(c, s, m2 - 1, vidx)) {
        const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[vidx].pattern);
        if (pv && pv->kind == DYAD_VK_VERB)
          break; /* "imposed new sanctions on Iran and Russia denounced the move": the object of a verb ends
                    where another subject's past-tense verb starts (syn2) */
      }
      for (int x = 0; x < c->mres[m2 - 1].n && g->n < GMAX; x++) g->a[g->n++] = c->mres[m2 - 1].a[x];
      q = c->ment[m2 - 1].tok_end;
    }
    return mo - 1;
  }
  return -1;
}

/* ---- dates and places ------------------------------------------------------- */

static int lead_ref(dyad_coder *c, const sent *s, size_t skip, char out[11]);
static int narrative_ref(dyad_coder *c, const sent *s, char out[11]);
static void nearest_readings(dyad_datex *d, size_t n, const char *ref);

static void ensure_dates(dyad_coder *c, sent *s) {
  if (s->dates_done & 1) return;
  s->dates_done |= 1;
  /* (s is the sentence being coded: c->tok holds its tokens) */
  size_t n = dyad__find_dates_tok(s->text, s->start, s->end, c->tok, c->hash, s->ntok, c->date_set, s->date, c->dates, MAXDATES);
  s->ndates = n < MAXDATES ? n : MAXDATES;
  if (!s->date) {
    /* no document date: an expression it leaves unresolved ("On Feb. 25")
       counts from the lead's date (lead_ref), when there is one */
    char ref[11];
    int open = 0;
    for (size_t i = 0; i < s->ndates && !open; i++)
      open = !c->dates[i].value[0] && !c->dates[i].anaphor && !c->dates[i].vague;
    if (open && narrative_ref(c, s, ref)) {
      /* the story's own last date: the reading nearest to it ("On Aug. 2,
         2019, ... . In September it filed a complaint": 2019's) */
      n = dyad__find_dates_tok(s->text, s->start, s->end, c->tok, c->hash, s->ntok, c->date_set, ref, c->dates, MAXDATES);
      s->ndates = n < MAXDATES ? n : MAXDATES;
      nearest_readings(c->dates, s->ndates, ref);
    } else if (open && lead_ref(c, s, (size_t)-1, ref)) {
      n = dyad__find_dates_tok(s->text, s->start, s->end, c->tok, c->hash, s->ntok, c->date_set, ref, c->dates, MAXDATES);
      s->ndates = n < MAXDATES ? n : MAXDATES;
    }
  }
}

/* The dates of the document's sentence j, as dyad__find_dates(s->text,
** sentence j, s->date, out, 8) finds them, from the per-document memo: sets
** *out to (at most 8) entries owned by c, valid until the next call, and
** returns the count found (may exceed 8). */
static size_t sent_dates(dyad_coder *c, const sent *s, size_t j, const dyad_datex **out) {
  size_t slot = j % DMEMO;
  if (c->dm_sent[slot] != (uint32_t)j) {
    c->dm_n[slot] = dyad__find_dates(s->text, c->sents[j].start, c->sents[j].end, s->date,
                                     c->dm[slot], 8);
    c->dm_sent[slot] = (uint32_t)j;
  }
  *out = c->dm[slot];
  return c->dm_n[slot];
}

static void ensure_places(dyad_coder *c, sent *s) {
  if (s->dates_done & 2) return;
  s->dates_done |= 2;
  s->nplaces = 0;
  if (c->g) {
    /* (s is the sentence being coded: c->tok holds its tokens) */
    size_t n = dyad__find_places_tok(c->g, s->text, s->start, s->end, c->tok, c->hash, s->ntok, c->cue_set,
                                     c->places, MAXPLACES);
    s->nplaces = n < MAXPLACES ? n : MAXPLACES;
  }
}

/* Token index of byte offset off (the token containing or after it). */
static size_t tok_of(const dyad_coder *c, const sent *s, uint32_t off) {
  size_t lo = 0, hi = s->ntok;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c->tok[mid].end <= off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Clause index of token t: counts hard boundaries and clause words before. */
static int clause_of(const dyad_coder *c, size_t t) { return c->clause[t]; }

/* The first token of token t's clause. The clause numbers never fall along
** the sentence (code_sentence counts them up; a hyphen pair's renumbering
** moves the whole rest down by one), so a binary search finds it. */
static size_t clause_start(const dyad_coder *c, size_t t) {
  const int32_t k = c->clause[t];
  size_t lo = 0, hi = t;
  if (!t || c->clause[t - 1] != k) return t;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (c->clause[mid] == k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/* ---- which date an event takes (the dates engineer's) ----------------------
** A date expression belongs to the verb of its clause: the nearest verb
** before it, or, for a date that opens its clause ("On Tuesday, ..."), the
** verb after it. An event takes, in order: a date of its own (owned by its
** verb, nearest first); one owned by a verb coordinated with it ("met Y on
** Tuesday and the two agreed"); one of another clause of the sentence that
** opens it or is temporal (when/while/as/after/before/during ...); else the
** story's date (see story_date). Never one inside a reduced relative after
** the verb ("resume a dialogue suspended since 2019") nor one of a relative,
** "since"/"until", conditional or causal clause of another verb. Anaphoric
** expressions ("the previous day") count from the date the story gave last. */

/* 1 when token t is the lower-case word w (ASCII, any case in the text). */
static int tok_is(const dyad_coder *c, const sent *s, size_t t, const char *w) {
  size_t n = c->tok[t].end - c->tok[t].start, i;
  const char *p = s->text + c->tok[t].start;
  for (i = 0; i < n && w[i]; i++)
    if ((p[i] | 32) != w[i]) return 0;
  return i == n && !w[i];
}

/* A verb-like token: the start of a verb pattern (not a nominal), a report
** verb, or a past form after a noun ("talks held in March"). */
static int verbish(const dyad_coder *c, const sent *s, size_t t) {
  if (c->cls[t] & W_REPORT) return 1;
  if (t > 0 && (c->cls[t - 1] & W_PREP) && !(c->cls[t - 1] & W_TO) && !SUF(c, t, S_ING) &&
      !SUF(c, t, S_ED) && !c->ment_of[t - 1])
    return 0; /* "brief Seoul by telephone on Wednesday": a bare form after a
                 preposition is a noun (as code_match reads it), no verb to
                 own the date */
  for (size_t v = 0; v < s->nvm; v++)
    if (c->vm[v].tok_start == t) {
      const dyad_vpattern *p = dyad__verbs_pattern(c->v, c->vm[v].pattern);
      if (p && p->kind == DYAD_VK_VERB) return 1;
    }
  return 0;
}

/* A past participle after a noun, as in a reduced relative clause ("the
** talks held in March", "a dialogue suspended since 2019"). */
static int participle_after_noun(const dyad_coder *c, size_t t) {
  if (!(c->cls[t] & S_ED) || t == 0) return 0;
  unsigned k = c->cls[t - 1];
  if (k & (W_BE | W_AUX | W_MODAL | W_AND | W_DET | W_PREP | W_PRON | W_TO | W_NEG | W_ADV | W_HARD))
    return 0;
  if (c->hash[t - 1] == c->h_comma) return 0;
  return (c->wflag[t - 1] & DYAD_VW_WORD) != 0;
}

/* The word that opened clause k (the token before its first one), or -1. */
static long clause_opener(const int32_t *cl, const sent *s, int k) {
  /* clause numbers start at 0 and rise by 0 or 1 from token to token
     (code_sentence): clause k opens at the first token numbered k, found by
     bisection (the token before it is numbered k - 1) */
  size_t lo = 1, hi = s->ntok;
  if (k < 1) return -1;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cl[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo < s->ntok && cl[lo] == k ? (long)lo - 1 : -1;
}

/* How a clause opened by token o relates to the rest of its sentence:
** 2 temporal or plain (its date may date the other clauses), 1 a clause
** of its own whose date stays in it (relative, that-, since/until, if,
** because ...), 0 the first clause. */
static int clause_kind(const dyad_coder *c, const sent *s, long o) {
  static const char *const temporal[] = {"when", "while", "as", "after", "before",
                                         "during", "once", "whereas", NULL};
  if (o < 0) return 0;
  if (is_hard(c, (size_t)o) || (c->cls[o] & W_BUT)) return 2;
  if (c->cls[o] & (W_REL | W_THAT)) return 1;
  if (tok_is(c, s, (size_t)o, "where")) {
    /* "a trip to Kyiv, where he met Zelensky on Tuesday" shares its date;
       "from Poland, where he had held a summit on Thursday" is earlier */
    for (size_t q = (size_t)o + 1; q < s->ntok && q < (size_t)o + 5; q++)
      if (tok_is(c, s, q, "had")) return 1;
    /* nor "arrived in Pyongyang from Beijing, where on Tuesday he and Jiang
       issued a statement": the place left is where he was before */
    for (size_t q = (size_t)o, k = 0; q-- > 0 && k < 6; k++) {
      if (tok_is(c, s, q, "from")) return 1;
      if (c->hash[q] != c->h_comma && !(c->tok[q].flags & DYAD_TOK_CAP)) break;
    }
    return 2;
  }
  for (int i = 0; temporal[i]; i++)
    if (tok_is(c, s, (size_t)o, temporal[i])) {
      /* "after European leaders visiting Kyiv had called for a ceasefire":
         the past perfect is earlier than the other clause */
      for (size_t q = (size_t)o + 1; q < s->ntok && q < (size_t)o + 7; q++)
        if (tok_is(c, s, q, "had")) return 1;
      return 2;
    }
  return 1;
}

/* A relative clause, or a "where" one, ends at the comma after it. */
static int rel_opener(const dyad_coder *c, const sent *s, long o) {
  return o >= 0 && ((c->cls[o] & W_REL) || tok_is(c, s, (size_t)o, "where"));
}

/* As clause_kind for the clause of token t, except that a relative clause
** ends at the comma after it: "Zelensky, who flew on Thursday, called ...":
** "called" is in the clause before "who". */
static int kind_at(const dyad_coder *c, const int32_t *cl, const sent *s, size_t t) {
  long o = clause_opener(cl, s, cl[t]);
  if (rel_opener(c, s, o)) {
    for (size_t q = (size_t)o + 1; q < t; q++)
      if (c->hash[q] == c->h_comma) return clause_kind(c, s, clause_opener(cl, s, cl[o]));
  }
  return clause_kind(c, s, o);
}

/* 1 when a relative clause's closing comma stands between tokens a < b of
** one clause opened by who/which ("X, who flew on Thursday, called"). */
static int rel_comma_between(const dyad_coder *c, const int32_t *cl, const sent *s, size_t a,
                             size_t b) {
  long o = clause_opener(cl, s, cl[a]);
  if (!rel_opener(c, s, o)) return 0;
  for (size_t q = (size_t)o + 1; q + 1 < a; q++)
    if (c->hash[q] == c->h_comma && (c->cls[q + 1] & W_AND))
      return 0; /* "..., which Islamabad denied, and the next day it suspended the treaty, closed the
                   crossing and expelled": the relative clause ended before a (art1) */
  for (size_t q = a + 1; q < b; q++)
    if (c->hash[q] == c->h_comma) return 1;
  return 0;
}

/* 1 when token n, before "of" + a date, is a plain noun the date modifies
** ("the alliance treaty of 1961", "the Gujarat riots of 2002", "the
** attackers of Sept. 11"): lower case, no verb form (-ed), no preposition
** or adverb ("ahead of", "because of"), and no time word, with which the
** date is the time itself ("the end of 2005", "the night of March 26",
** "the second quarter of 2004"). */
static int of_modifier(const dyad_coder *c, const sent *s, size_t n) {
  static const char *const time[] = {"end", "beginning", "start", "middle", "close", "turn",
    "half", "quarter", "part", "rest", "remainder", "course", "period", "month", "months",
    "year", "years", "week", "weeks", "weekend", "day", "days", "night", "morning", "evening",
    "afternoon", "hours", "hour", "time", "dawn", "eve", "spring", "summer", "autumn", "fall", "winter", "session", "first",
    "last", "late", "early", "mid", "instead", "because", "ahead", "out", "outside", "inside",
    "top", "front", "regardless", "as", NULL};
  size_t l = c->tok[n].end - c->tok[n].start;
  const char *w = s->text + c->tok[n].start;
  if (!(c->wflag[n] & DYAD_VW_WORD) || (c->tok[n].flags & DYAD_TOK_CAP) || l < 3 ||
      (c->cls[n] & (W_PREP | W_ADV | W_DET | W_PRON | W_BE | W_AUX | W_MODAL | W_REPORT | W_HARD)))
    return 0;
  if ((w[l - 1] | 32) == 'd' && (w[l - 2] | 32) == 'e') return 0;
  for (int i = 0; time[i]; i++)
    if (tok_is(c, s, n, time[i])) return 0;
  return 1;
}

/* 1 when tokens [from, to) hold a clause with no "that" after a noun: a plain
** lower-case noun, then a pronoun or a capitalised name, then a past form
** ("the homes they lost", "a plan Moscow promoted"). */
static int contact_clause(const dyad_coder *c, const sent *s, size_t from, size_t to) {
  static const char *const past[] = {"lost", "made", "took", "gave", "won", "held", "met",
    "left", "sent", "saw", "built", "fought", "led", "began", "had", NULL};
  for (size_t q = from + 1; q + 1 < to; q++) {
    size_t n = q - 1, v = q + 1;
    if (!((c->cls[q] & W_PRON) || (c->tok[q].flags & DYAD_TOK_CAP))) continue;
    if (!(c->wflag[n] & DYAD_VW_WORD) || (c->tok[n].flags & DYAD_TOK_CAP) ||
        (c->cls[n] & (W_DET | W_PREP | W_AND | W_TO | W_BE | W_AUX | W_MODAL | W_REPORT | W_REL |
                      W_THAT | W_SUB | W_PRON | W_NEG | W_ADV | W_HARD | S_ED | S_ING)))
      continue;
    if (!(c->wflag[v] & DYAD_VW_WORD) || (c->tok[v].flags & DYAD_TOK_CAP)) continue;
    int pv = SUF(c, v, S_ED);
    for (int i = 0; past[i] && !pv; i++) pv = tok_is(c, s, v, past[i]);
    if (pv) return 1;
  }
  return 0;
}

/* The date the story gave last before byte offset `before` (this sentence,
** then up to eight sentences back), not itself anaphoric; for a count of
** days ("that evening", "the following day") the last one with a day, if
** the story gave one, else the last of any kind. */
/* The day the count of days in the sentence before (tmp[i] of sentence j:
** "the next day", "two days later") names: counted from the last full day
** before it in j or in the sentence before j; 0 when there is none. One
** step only: an anaphor counted from another is not followed further. */
static int chained_day(dyad_coder *c, const sent *s, size_t j, const dyad_datex *tmp, size_t i,
                       char out[11]) {
  char r0[11] = "";
  for (size_t k = i; k-- > 0 && !r0[0];)
    if (!tmp[k].anaphor && strlen(tmp[k].value) == 10) memcpy(r0, tmp[k].value, 11);
  for (size_t q = j, back = 0; !r0[0] && q-- > 0 && back < 1; back++) {
    const dyad_datex *t2;
    size_t n = sent_dates(c, s, q, &t2);
    for (size_t k = n < 8 ? n : 8; k-- > 0 && !r0[0];)
      if (!t2[k].anaphor && !t2[k].future && strlen(t2[k].value) == 10) memcpy(r0, t2[k].value, 11);
  }
  return r0[0] && dyad__date_anaphor(&tmp[i], r0, out);
}

/* 1 when the date at byte d of a sentence from byte a is told in the past
** perfect of a reported or relative clause: "had" among the twenty words
** before it, with no comma, semicolon or colon between, right after a
** report verb or "which"/"who" and at most two words more ("Pyongyang said
** it had carried out a test on Monday morning", "China, which had hosted
** every round since the first one in August 2003"): an act before the
** story's narrative, no anchor for what the sentences after it count
** ("Minutes after the vote, ..."; not "Meles had announced on Sunday ... .
** The next day ...", the narrative's own past perfect). */
static int has_word(const char *t, uint32_t a, uint32_t b, const char *const *w);
static int pluperfect_before(const char *t, uint32_t a, uint32_t d) {
  static const char *const lead[] = {"said", "says", "told", "announced", "reported", "claimed",
    "stated", "confirmed", "added", "which", "who", NULL};
  int words = 0;
  for (uint32_t q = d; q > a && words < 20; q--) {
    char ch = t[q - 1];
    if (ch == ',' || ch == ';' || ch == ':') return 0;
    if (ch == ' ' && q < d) words++;
    if (q >= a + 3 && !strncasecmp(t + q - 3, "had", 3) && t[q] == ' ' &&
        (q == a + 3 || !((t[q - 4] | 32) >= 'a' && (t[q - 4] | 32) <= 'z'))) {
      /* the three words before "had" */
      uint32_t w = q - 3;
      for (int k = 0; k < 3 && w > a; k++) {
        uint32_t we = w;
        while (we > a && t[we - 1] == ' ') we--;
        uint32_t ws = we;
        while (ws > a && ((t[ws - 1] | 32) >= 'a' && (t[ws - 1] | 32) <= 'z')) ws--;
        if (ws == we) break; /* punctuation */
        if (has_word(t, ws, we, lead)) return 1;
        w = ws;
      }
      return 0;
    }
  }
  return 0;
}

/* "the same day the deal was signed", "the same day (that) Kim arrived": a
** clause right after "the same day" names an act the story told before; the
** day is that act's: the full day of the last sentence back (up to eight)
** that names the clause's past-tense verb, nearest after it. 0 when there is
** no such clause or sentence. */
static int same_day_act(dyad_coder *c, sent *s, const dyad_datex *ax, char ref[11]) {
  static const char *const irregular[] = {"met", "held", "began", "took", "fell", "left", "came",
    "won", "made", "broke", "sent", NULL};
  const char *t = s->text;
  uint32_t q = ax->end, vs = 0, ve = 0;
  for (int words = 0; q < s->end && words < 7; words++) {
    while (q < s->end && t[q] == ' ') q++;
    uint32_t ws = q;
    while (q < s->end && (((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z') || t[q] == '-')) q++;
    if (q == ws) break; /* punctuation ends the clause */
    size_t l = q - ws;
    if (words == 0 && !(l == 3 && !strncasecmp(t + ws, "the", 3)) && !(l == 4 && !strncasecmp(t + ws, "that", 4)))
      return 0; /* "the same day the deal ...", "the same day that ..." */
    int past = l >= 5 && t[q - 2] == 'e' && t[q - 1] == 'd';
    for (int k = 0; irregular[k] && !past; k++)
      past = strlen(irregular[k]) == l && !strncasecmp(t + ws, irregular[k], l);
    if (words > 0 && past) {
      vs = ws;
      ve = q;
    }
  }
  if (!vs || ve - vs > 15) return 0;
  char w[16];
  memcpy(w, t + vs, ve - vs);
  w[ve - vs] = 0;
  for (size_t i = 0; w[i]; i++) w[i] = (char)(w[i] | 32);
  const char *const want[] = {w, NULL};
  for (size_t j = s->index, back = 0; j-- > 0 && back < 8 && j < c->nsents; back++) {
    uint32_t ja = c->sents[j].start, jb = c->sents[j].end;
    if (!has_word(t, ja, jb, want)) continue;
    uint32_t at = ja, l = ve - vs;
    for (; at + l <= jb; at++)
      if (!strncasecmp(t + at, w, l) && (at == ja || !((t[at - 1] | 32) >= 'a' && (t[at - 1] | 32) <= 'z')) &&
          (at + l == jb || !((t[at + l] | 32) >= 'a' && (t[at + l] | 32) <= 'z')))
        break;
    const dyad_datex *tmp;
    size_t n = sent_dates(c, s, j, &tmp);
    for (size_t i = 0; i < n && i < 8; i++)
      if (!tmp[i].anaphor && !tmp[i].vague && strlen(tmp[i].value) == 10 && tmp[i].start > at) {
        memcpy(ref, tmp[i].value, 11);
        return 1;
      }
    return 0; /* the act's sentence gives no day after it */
  }
  return 0;
}

static int judged_event(const dyad_coder *c, const sent *s, size_t t);
static int judged_kind(int want, const dyad_event *x);

/* The day of the act a definite noun at token t names ("a day after the
** capture", "two days after the summit", "on the evening of the shootdown"),
** when the story told that act before: the date of the last event of its
** kind (judged_event's class; not a move, a plan or a step, which are of
** any kind) in an earlier sentence, dated by its own expression. 1 and ref
** set, else 0. */
static int named_act_day(const dyad_coder *c, const sent *s, size_t t, char ref[11]) {
  if (t >= s->ntok || !(tok_is(c, s, t, "the") || tok_is(c, s, t, "that"))) return 0;
  int want = -1;
  for (size_t q = t + 1; q < s->ntok && q < t + 4 && want < 0; q++) {
    if (c->ment_of[q] || c->hash[q] == c->h_comma || is_hard(c, q)) return 0;
    want = judged_event(c, s, q);
  }
  if (want <= 0) return 0;
  for (size_t i = c->nev; i-- > 0;) {
    const dyad_event *x = &c->ev[i];
    if (x->sentence >= s->index || !x->date_end || strlen(x->date) != 10 || !judged_kind(want, x)) continue;
    copy_str(ref, 11, x->date);
    return 1;
  }
  return 0;
}

static int main_clause_date(const char *text, size_t a, size_t b);

/* For a count of days: 1 when the full day found, day, is not in the month
** the story named after it, coarse ("The trouble began in October 2010, when
** ... . It summoned the ambassador the same day": the story has gone back to
** that month, and the count is from it, not from the lead's Monday). */
static int moved_month(const char *coarse, const char *day) {
  return coarse[0] && strncmp(coarse, day, 7) != 0;
}

static int anaphor_ref(dyad_coder *c, sent *s, const dyad_datex *ax, char ref[11]) {
  char any[11] = "", coarse[11] = "";
  if (ax->anaphor == 1 && ax->unit == 0 && ax->shift == 0 && same_day_act(c, s, ax, ref)) return 1;
  if (ax->anaphor == 2) {
    /* "said on Thursday ..., a day after Seoul suspended the pact": the
       sentence's own date outside the clause it introduces, nearest first */
    size_t te = tok_of(c, s, ax->end ? ax->end - 1 : 0), bestd = (size_t)-1;
    for (size_t i = 0; i < s->ndates; i++) {
      const dyad_datex *x = &c->dates[i];
      size_t t = tok_of(c, s, x->start);
      if (x->anaphor || !x->value[0] || t >= s->ntok || te >= s->ntok) continue;
      if (t > te && c->clause[t] == c->clause[te] + 1) continue;
      size_t d = x->start > ax->start ? x->start - ax->start : ax->start - x->start;
      if (d < bestd) {
        bestd = d;
        memcpy(ref, x->value, 11);
      }
    }
    if (bestd != (size_t)-1) return 1;
  }
  if (ax->anaphor == 3 || ax->anaphor == 4) {
    /* "a day after Tuesday's vote": the date inside the noun phrase */
    for (size_t i = 0; i < s->ndates; i++) {
      const dyad_datex *x = &c->dates[i];
      if (x->start < ax->end || x->anaphor || !x->value[0]) continue;
      int stop = 0;
      for (uint32_t q = ax->end; q < x->start && !stop; q++)
        stop = s->text[q] == ',' || s->text[q] == ';' || s->text[q] == '.';
      if (stop || x->start > ax->end + 60) break;
      memcpy(ref, x->value, 11);
      return 1;
    }
    if (named_act_day(c, s, tok_of(c, s, ax->end), ref)) return 1;
    if (ax->anaphor == 4) return 0; /* "on the eve of the summit": that act's day or none */
  }
  /* "earlier in the week" (or month) counts from a date with the month at
     least ("this year" is no week), else from the document's */
  char a0 = (char)(s->text[ax->start] | 32);
  int strict = ax->anaphor == 1 && ax->shift == 0 && (ax->unit == 1 || ax->unit == 2) && (a0 == 'e' || a0 == 'l');
  size_t need = ax->unit == 0 ? 10 : strict ? 7 : 0;
  /* a plan the sentences before told ("will halt all hostile acts from
     Nov. 1") is no time of the story's narrative, unless this one tells
     the future too */
  int fut = dyad__future_cue(s->text, s->start, s->end);
  if (ax->anaphor == 1 && ax->unit == 0 && ax->shift != 0 && !c->literal) {
    /* "militants in Gaza fired two rockets into southern Israel, and the
       Israeli military struck Hamas targets in the early hours of the next
       day": the day after the sentence's own act before it, when the
       sentence gives no date before the expression */
    int own = 0;
    for (size_t i = 0; i < s->ndates && !own; i++)
      own = c->dates[i].end <= ax->start && !c->dates[i].anaphor && c->dates[i].value[0];
    for (size_t i = c->nev; !own && i-- > 0 && c->ev[i].sentence == s->index;)
      if (c->ev[i].verb_start < ax->start && strlen(c->ev[i].date) == 10 &&
          (!c->ev[i].date_end || c->ev[i].date_end <= ax->start) && /* (not dated by ax itself) */
          !(s->date && !c->ev[i].date_end && !strncmp(c->ev[i].date, s->date, 10))) {
        /* (an act dated by nothing but the document date is no anchor:
           "India blamed Pakistan for the attack, which Islamabad denied,
           and the next day it suspended the treaty" counts from the attack's
           April 22) */
        memcpy(ref, c->ev[i].date, 11);
        return 1;
      }
  }
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = s->ndates; i-- > 0;) {
      const dyad_datex *x = &c->dates[i];
      if (x->end > ax->start || x->anaphor || !x->value[0]) continue;
      if (!any[0]) memcpy(any, x->value, 11);
      if (strlen(x->value) >= need) {
        memcpy(ref, need == 10 && moved_month(coarse, x->value) ? coarse : x->value, 11);
        return 1;
      }
      if (need == 10 && !coarse[0] && !c->literal && strlen(x->value) == 7 && !x->future && !x->vague &&
          main_clause_date(s->text, s->start, x->start))
        memcpy(coarse, x->value, 11);
    }
    for (size_t j = s->index, back = 0; j-- > 0 && back < 8 && j < c->nsents; back++) {
      const dyad_datex *tmp;
      size_t n = sent_dates(c, s, j, &tmp);
      if (n > 8) n = 8;
      for (size_t i = n; i-- > 0;) {
        if (back == 0 && tmp[i].anaphor == 1 && tmp[i].unit == 0 && need == 10 && chained_day(c, s, j, tmp, i, ref))
          return 1; /* "The next day, Seoul announced ... . Kono protested the same day." */
        if (tmp[i].anaphor || !tmp[i].value[0] || (tmp[i].future && !fut)) continue;
        if (pluperfect_before(s->text, c->sents[j].start, tmp[i].start)) continue;
        if (!any[0]) memcpy(any, tmp[i].value, 11);
        if (strlen(tmp[i].value) >= need) {
          memcpy(ref, need == 10 && moved_month(coarse, tmp[i].value) ? coarse : tmp[i].value, 11);
          return 1;
        }
        if (need == 10 && !coarse[0] && !c->literal && strlen(tmp[i].value) == 7 && !tmp[i].vague &&
            main_clause_date(s->text, c->sents[j].start, tmp[i].start))
          memcpy(coarse, tmp[i].value, 11);
      }
    }
    if (any[0] && !strict) {
      memcpy(ref, any, 11);
      return 1;
    }
  }
  return 0;
}

/* A participle of who leads or goes with a group ("led", "headed",
** "accompanied") after a noun, whose "by" + actor ends before the date token
** t ("received a delegation led by national security adviser Chung Eui-yong
** in Pyongyang on March 5"): it names who, not an act with a time of its
** own, so the date after the agent is the verb's before the noun ("the
** agreements reached by their leaders at Vostochny on Sept. 13" keep theirs). */
static int agent_closes(const dyad_coder *c, const sent *s, size_t part, size_t t) {
  static const char *const who[] = {"led", "headed", "chaired", "accompanied", "flanked",
                                    "escorted", NULL};
  int k = 0;
  while (who[k] && !tok_is(c, s, part, who[k])) k++;
  if (!who[k] || part + 2 >= t || !tok_is(c, s, part + 1, "by") || !c->ment_of[part + 2]) return 0;
  const dyad_mention *m = &c->ment[c->ment_of[part + 2] - 1];
  return m->tok_start == part + 2 && m->tok_end < t;
}

/* 1 when clause k, opened by token o, is an aside of "after" or "before" and
** a noun phrase with no verb, closed by a comma ("announced on Aug. 13,
** after a telephone call among their leaders and Trump, that ..."). */
static int aside_phrase(const dyad_coder *c, const int32_t *cl, const sent *s, long o, int k) {
  size_t q = (size_t)o + 1, last = 0;
  if (!(tok_is(c, s, (size_t)o, "after") || tok_is(c, s, (size_t)o, "before"))) return 0;
  for (; q < s->ntok && cl[q] == k; q++) {
    if (verbish(c, s, q) || (c->cls[q] & (W_BE | W_AUX | W_MODAL)) || SUF(c, q, S_ED)) return 0;
    last = q;
  }
  /* the clause's last token is the word that opens the next one ("that"):
     the comma is just before it */
  return last > (size_t)o + 1 && c->hash[last - 1] == c->h_comma;
}

/* 1 when verb q is a naming verb (called, described, dubbed ...) of a free
** relative: "what" then at most four words with no comma, clause word or
** verb between ("struck what New Delhi called a training camp", "what
** officials described as ..."): the phrase only names the object of the
** verb before, and a date after it is that verb's. */
static int naming_what(const dyad_coder *c, const sent *s, size_t q) {
  static const char *const name[] = {"called", "calls", "call", "described", "describes",
    "termed", "terms", "dubbed", "labeled", "labelled", "branded", "considered", "considers",
    "regarded", "regards", "viewed", "views", "saw", "sees", NULL};
  int k0 = 0;
  while (name[k0] && !tok_is(c, s, q, name[k0])) k0++;
  if (!name[k0]) return 0; /* "condemned what Ukraine did on Monday": the act's own date */
  for (size_t k = 1; k <= 5 && k <= q; k++) {
    size_t r = q - k;
    if (tok_is(c, s, r, "what")) return k > 1;
    if (c->hash[r] == c->h_comma || is_hard(c, r) || verbish(c, s, r) ||
        (c->cls[r] & (W_SUB | W_REL | W_THAT | W_BUT | W_AND | W_MODAL | W_AUX | W_BE)))
      return 0;
  }
  return 0;
}

/* 1 when ", and" + a word that is no verb, adverb or auxiliary (a subject
** of its own) stands in tokens [from, to): what follows is another
** conjunct (not ", or ASEAN,": a name in apposition). */
static int other_conjunct(const dyad_coder *c, const sent *s, size_t from, size_t to) {
  for (size_t q = from; q + 2 < to; q++)
    if (c->hash[q] == c->h_comma && tok_is(c, s, q + 1, "and") && !verbish(c, s, q + 2) &&
        !(c->cls[q + 2] & (W_ADV | W_TO | W_MODAL | W_AUX | W_BE)))
      return 1;
  return 0;
}

/* Is the past-tense verb at head, in the clause that starts at token q
** after an "if" or "unless", a predicate joined by ", and" or ", but" with
** only adverbs between ("warned Washington not to cause a stink if it
** wanted to sleep in peace, and criticized the joint exercise")? Then the
** condition has ended and the verb is the main clause's. (art2) */
static int after_condition(const dyad_coder *c, size_t q, size_t head) {
  if (!SUF(c, head, S_ED)) return 0;
  for (size_t r = q; r + 1 < head; r++) {
    if (c->hash[r] != c->h_comma || !(c->cls[r + 1] & (W_AND | W_BUT))) continue;
    size_t u = r + 2;
    while (u < head && !c->ment_of[u] && ((c->cls[u] & W_ADV) || SUF(c, u, S_LY))) u++;
    if (u == head) return 1;
  }
  return 0;
}

/* Picks the date expression for the event at head token (verb match vm):
** the index in c->dates, or -1 (then the event takes the story's date). intent:
** the event is an intent (root 03), which a planned date may date. */
static int pick_date(dyad_coder *c, sent *s, size_t head, const dyad_vmatch *vm, int nominal,
                     int intent, size_t src_tok, const char **why) {
  ensure_dates(c, s);
  if (!s->ndates) return -1;
  /* clauses as c->clause, except that a hyphen inside a word ("U.S.-drafted")
     divides nothing, nor does the "before" or "after" that ends a date ("The
     day before, X had met Y", "two days after the summit, X met Y": an
     adverb there, not a clause word) */
  int32_t local[257];
  const int32_t *cl = c->clause;
  if (s->ntok < 256) {
    int32_t k = 0;
    size_t keep[4], nkeep = 0;
    for (size_t i = 0; i < s->ndates && nkeep < 4; i++)
      if (c->dates[i].anaphor == 1 || c->dates[i].anaphor == 3) {
        size_t te = tok_of(c, s, c->dates[i].end ? c->dates[i].end - 1 : 0);
        if (te < s->ntok && (c->cls[te] & W_SUB)) keep[nkeep++] = te;
      }
    for (size_t i = 0; i < s->ntok; i++) {
      local[i] = k;
      if (c->clause[i + 1] != c->clause[i] &&
          !(c->hash[i] == c->h_dash && i > 0 && i + 1 < s->ntok &&
            c->tok[i].start == c->tok[i - 1].end && c->tok[i + 1].start == c->tok[i].end)) {
        int split = 1;
        for (size_t j = 0; j < nkeep; j++)
          if (keep[j] == i) split = 0;
        k += split;
      }
    }
    local[s->ntok] = k;
    cl = local;
  }
  int hc = cl[head];
  size_t hend = vm && vm->tok_end > head ? vm->tok_end : head + 1;
  int hkind = kind_at(c, cl, s, head);
  if (hkind == 1 && !c->literal && head > 0) {
    /* (a predicate after a condition that has ended, after_condition: the
       main clause's, dated as it is: "On Tuesday, Kim Yo-jong warned ... if
       it wanted to sleep in peace, and criticized the exercise"; art2) */
    size_t q = head;
    while (q > 0 && cl[q - 1] == cl[head]) q--;
    if (q > 0 && (c->hash[q - 1] == c->h_if || c->hash[q - 1] == c->h_unless) && after_condition(c, q, head))
      hkind = 0;
  }
  int best = -1;
  size_t bestd = (size_t)-1;
  for (size_t i = 0; i < s->ndates; i++) {
    const dyad_datex *x = &c->dates[i];
    if (!x->value[0] && !x->value_past[0] && !x->anaphor && !x->vague) continue;
    size_t t = tok_of(c, s, x->start);
    if (t >= s->ntok) continue;
    size_t te = tok_of(c, s, x->end ? x->end - 1 : 0);
    if (x->anaphor == 2) {
      /* "a day after Seoul suspended the pact" dates only what follows it */
      int comma = 0; /* "A day after the vote, the rebels withdrew": not the rebels' */
      for (size_t q = te + 1; q < head && q < s->ntok; q++)
        if (c->hash[q] == c->h_comma) comma = 1;
      if (head > te && te < s->ntok && cl[head] == cl[te] + 1 && !comma && 500 < bestd) {
        bestd = 500;
        best = (int)i;
      } else if (head > te && te < s->ntok && cl[head] == cl[te] + 2 && !comma && 500 < bestd) {
        /* "a day after Ahmadinejad announced at a news conference that he
           had pardoned them": what the report that follows it tells (art4) */
        long ho = clause_opener(cl, s, cl[head]);
        int rep = 0;
        for (size_t q = te + 1; ho > 0 && q < (size_t)ho && !rep; q++)
          rep = cl[q] == cl[te] + 1 && (c->cls[q] & W_REPORT) && !c->ment_of[q];
        if (rep && (c->cls[ho] & W_THAT)) {
          bestd = 500;
          best = (int)i;
        }
      }
      continue;
    }
    {
      /* "since September 2017, when Moon, Trump and Abe met in New York",
         "in 1959, when ...": a "when" clause right after a date tells of
         that date (whatever the date's own phrase is: a baseline too) */
      long ho = clause_opener(cl, s, hc);
      size_t w = te + 1 < s->ntok && c->hash[te + 1] == c->h_comma ? te + 2 : te + 1;
      if (ho >= 0 && (size_t)ho == w && head > (size_t)ho && tok_is(c, s, (size_t)ho, "when") &&
          !x->anaphor && x->value[0] && 100 < bestd) {
        bestd = 100;
        best = (int)i;
        continue;
      }
    }
    /* "since October 2024" takes the clause of "since" */
    int dc = t > 0 && (c->cls[t - 1] & W_SUB) ? cl[t - 1] : cl[t];
    /* "the first contact since October 2024": not the event's date */
    if (nominal && t > 0 && c->hash[t - 1] == c->h_since) continue;
    if (t > 0 && c->hash[t - 1] == c->h_since) {
      /* nor "visited Russia for the first time since 2019", "the deadliest
         attack since 2014": a superlative's baseline */
      int sup = 0;
      for (size_t q = t - 1, k = 0; q-- > 0 && k < 8 && !sup; k++) {
        size_t l = c->tok[q].end - c->tok[q].start;
        const char *w = s->text + c->tok[q].start;
        if (tok_is(c, s, q, "first") || tok_is(c, s, q, "worst") || tok_is(c, s, q, "most") ||
            (l > 5 && !strncasecmp(w + l - 3, "est", 3) && (w[0] | 32) >= 'a' && (w[0] | 32) <= 'z' &&
             !tok_is(c, s, q, "interest") && !tok_is(c, s, q, "protest") && !tok_is(c, s, q, "request") &&
             !tok_is(c, s, q, "arrest") && !tok_is(c, s, q, "contest") && !tok_is(c, s, q, "suggest")))
          sup = 1;
      }
      if (sup) continue;
    }
    if (t > head && (tok_is(c, s, t - 1, "by") || (t >= 4 && tok_is(c, s, t - 1, "of") && tok_is(c, s, t - 4, "by")))) {
      /* a deadline inside an infinitive after the verb is the plan's, not
         the act's: "held a summit early last month, agreeing to speed up
         talks to resolve the matter by the end of this year" (but "plans
         to finish the work by March" dates the plan) */
      int inf = 0;
      for (size_t q = head; q + 1 < t && !inf; q++)
        if ((c->cls[q] & W_TO) && (c->wflag[q + 1] & DYAD_VW_WORD) && !(c->tok[q + 1].flags & DYAD_TOK_CAP) &&
            !(c->cls[q + 1] & (W_DET | W_PRON | W_PREP)))
          inf = 1; /* "to" + a verb, not "to Singapore", "to its demands" */
      if (inf) {
        size_t cs = head;
        while (cs > 0 && cl[cs - 1] == hc) cs--;
        if (!dyad__future_cue(s->text, c->tok[cs].start, c->tok[t].start)) continue;
      }
    }
    if (t > head && !x->relative && x->precision == 1 && tok_is(c, s, t - 1, "the") && te + 1 < s->ntok &&
        (c->wflag[te + 1] & DYAD_VW_WORD) && !(c->tok[te + 1].flags & DYAD_TOK_CAP)) {
      /* "the 1965 treaty" names a thing of that year: not the date of a
         verb before it across a comma ("agreeing to ..., the 50th
         anniversary of the 1965 treaty"; "won the 2022 election" is) */
      int comma = 0;
      for (size_t q = head; q < t && !comma; q++) comma = c->hash[q] == c->h_comma;
      if (comma) continue;
    }
    if (t > head && x->future && !intent &&
        (tok_is(c, s, t - 1, "by") || tok_is(c, s, t - 1, "before") || tok_is(c, s, t - 1, "until") ||
         (t >= 2 && c->hash[t - 1] == c->h_of && tok_is(c, s, t - 2, "ahead")))) {
      /* a deadline or a coming event after an act not told in the future is
         not the act's date: "demanded a response from the government by
         Tuesday afternoon", "met ... ahead of next week's vote" ("will cut
         its troops by the end of 2005" is the plan's) */
      size_t cs = head;
      while (cs > 0 && cl[cs - 1] == hc) cs--;
      if (!dyad__future_cue(s->text, c->tok[cs].start, c->tok[head].start)) continue;
    }
    if (t >= 2 && c->hash[t - 1] == c->h_of && !x->anaphor && of_modifier(c, s, t - 2) &&
        !(nominal && t - 2 >= head && t - 2 < hend))
      continue; /* "replacing the alliance treaty of 1961", "the riots of 2002": the thing's */
    size_t dist = t > head ? t - head : head - t;
    size_t score;
    if (dc == hc && (t < head ? rel_comma_between(c, cl, s, te, head) : rel_comma_between(c, cl, s, head, t)))
      continue; /* one side is in the relative clause, the other after it */
    if (dc == hc) {
      /* the date's verb: the nearest verb-like token before it in the clause */
      long owner = -1;
      int reduced = 0; /* the owner is a passive reduced relative before us */
      for (size_t q = t; q-- > 0 && cl[q] == dc;) {
        if (t < head && participle_after_noun(c, q) && q + 1 < s->ntok && tok_is(c, s, q + 1, "by")) {
          /* "discussed the agreements reached by their leaders on Sept. 13
             and agreed to ...": the date is the agreements' */
          reduced = 1;
          break;
        }
        if (verbish(c, s, q) || (q >= hend && participle_after_noun(c, q))) {
          if (q > head && naming_what(c, s, q)) continue; /* "struck what New Delhi called a camp ... early
                                                            on Tuesday": the strike's (art6) */
          owner = (long)q;
          break;
        }
      }
      if (reduced) continue;
      if (owner >= (long)head && owner < (long)hend) owner = -1;
      if (owner < 0 && t < head) {
        /* "since Biden took office in January, and it test-fired missiles
           in March": a date before ", and <subject>" is the other
           conjunct's (a verb's before ours, not our own) */
        for (size_t q = te + 1; q + 2 < head && owner < 0; q++)
          if (c->hash[q] == c->h_comma && (c->cls[q + 1] & W_AND) && !verbish(c, s, q + 2))
            owner = (long)q;
        /* "arrived on Sunday with his wife and met Xi ... on Monday": a date
           before "and" + our verb (a predicate of its own) is the first
           predicate's; ours shares it only when it has none after it */
        if (owner < 0 && head > 0) {
          size_t q = head - 1;
          while (q > te + 1 && (c->cls[q] & W_ADV)) q--;
          if (q > te && (c->cls[q] & W_AND)) owner = (long)q;
        }
        /* "North Korea on Saturday said its diplomats met U.S. officials
           twice in the past week": a date before a report verb is the
           report's (the reported act's own date wins) */
        for (size_t q = te + 1; q < head && owner < 0; q++)
          if (c->cls[q] & W_REPORT) owner = (long)q;
      }
      if (nominal && t >= hend && owner < (long)head) {
        /* "for his first summit with Trump on Monday": a date after the
           nominal with no verb between is its own */
        owner = -1;
      }
      if (owner < 0 && x->future && !x->tense_dependent && !intent && t > head) {
        /* "called for his followers to end fighting and is planning to join
           the process in the coming days", "began an offensive to disrupt
           elections next spring": a date after the document's by its words
           ("next", "coming") after an act not told in the future, past a
           "to" or "and" + verb, is the plan's (an intent takes it) */
        int link = 0;
        for (size_t q = hend; q + 1 < t && !link; q++)
          link = (c->cls[q] & (W_TO | W_AND)) && (c->wflag[q + 1] & DYAD_VW_WORD) &&
                 !(c->tok[q + 1].flags & DYAD_TOK_CAP) && !(c->cls[q + 1] & (W_DET | W_PRON | W_PREP));
        if (link && !dyad__future_cue(s->text, c->tok[0].start, c->tok[hend - 1].end)) continue;
      }
      if (owner < 0 && intent && x->future && t >= hend && hend > head) {
        /* "had agreed to hold a summit in late April", "agreed to halt
           hostile acts from May 1": a past agreement is dated when it was
           reached, not by the agreed act's future date after its pattern
           ("plans to visit next week", "invited Putin to visit Beijing next
           month" take the plan's) */
        if (tok_is(c, s, head, "agreed") &&
            !dyad__future_cue(s->text, c->tok[0].start, c->tok[hend - 1].end))
          continue;
      }
      if (owner < 0 && t > hend && other_conjunct(c, s, hend, t)) continue; /* "shelled Kharkiv, and
        Ukrainian troops retook two villages on Tuesday" (no pattern at "retook") */
      if (owner < 0) {
        score = dist; /* its own, or one that opens the clause */
      } else if (owner >= (long)hend && participle_after_noun(c, (size_t)owner) &&
                 !agent_closes(c, s, (size_t)owner, t)) {
        continue; /* "a dialogue suspended since 2019" */
      } else if (owner >= (long)hend && participle_after_noun(c, (size_t)owner)) {
        score = dist; /* "received a delegation led by Chung in Pyongyang on March 5" */
      } else if (owner >= (long)hend) {
        /* "attacked a convoy and killed 10 on Monday"; not a nominal's ("the
           kidnap victim's sisters made a statement on Tuesday") */
        if (nominal) continue;
        {
          /* nor one of a conjunct with a subject of its own after ", and"
             ("militants in Gaza fired two rockets into southern Israel, and
             the Israeli military struck Hamas targets in the early hours of
             the next day": the strike's, not the rockets') */
          if (other_conjunct(c, s, hend, (size_t)owner)) continue;
        }
        {
          /* nor one in another verb's infinitive: "met Mishustin, and
             invited Putin to visit China later this year" (but "invited
             Putin to visit China later this year" is the invitation's) */
          int verb = 0, inf = 0;
          for (size_t q = hend; q < t && !inf; q++) {
            if ((c->cls[q] & W_TO) && verb) inf = 1;
            if (verbish(c, s, q)) verb = 1;
          }
          if (inf) continue;
        }
        if (x->future) {
          /* "criticized Y, and Z will visit W on Monday": a future date is
             not a past verb's ("will meet X and sign a deal on Monday" is) */
          size_t cs = head;
          while (cs > 0 && cl[cs - 1] == hc) cs--;
          if (!dyad__future_cue(s->text, c->tok[cs].start, c->tok[head].start)) continue;
        }
        score = 2000 + dist;
      } else if (t < head && !x->relative && x->precision == 1 && t > 0 && tok_is(c, s, t - 1, "the") &&
                 te + 1 < s->ntok && (c->wflag[te + 1] & DYAD_VW_WORD) && !(c->tok[te + 1].flags & DYAD_TOK_CAP)) {
        continue; /* "was withdrawing from the 2015 agreement and would restore the sanctions": the
                     thing's year, named by the verb before ours, dates neither (art1) */
      } else {
        /* a verb before ours owns it: "met Y on Tuesday and the two agreed";
           not a verb of a relative clause with a subject of its own when our
           subject stands before it: "expressed concern about the missile
           that Pyongyang fired over Japan in late August and urged the
           North to stop": the firing's date, not the appeal's */
        if (!c->literal && intent && !x->future && other_conjunct(c, s, te + 1, head) &&
            dyad__future_cue(s->text, c->tok[te].end, c->tok[head].start))
          continue; /* "Trade reached 5.8 billion dollars last year, and the two governments are
                       expected to sign agreements": a plan told in the future in a conjunct with
                       a subject of its own is not dated by the past act before it (but "spoke
                       with Trump on Sept. 4, and the two leaders agreed to" is) */
        long ro = clause_opener(cl, s, dc);
        if (!c->literal && ro > 0 && src_tok < (size_t)ro && (c->cls[ro] & (W_REL | W_THAT)) &&
            !(c->cls[ro - 1] & W_REPORT) && !verbish(c, s, (size_t)ro - 1) && t < head) {
          int subj = 0; /* (and the date inside it: no comma after the opener) */
          for (size_t q = (size_t)ro + 1; q < (size_t)owner && !subj; q++) subj = c->ment_of[q] != 0;
          for (size_t q = (size_t)ro + 1; q < t && subj; q++) subj = c->hash[q] != c->h_comma;
          if (subj) continue;
        }
        score = 1000 + dist;
      }
    } else {
      /* another clause of the sentence: a temporal or opening one only */
      int dk = kind_at(c, cl, s, t);
      int rel_too = 0;
      if (hkind == 1 && dk == 0 && t <= 2 && dc < hc) {
        /* "Days later, Choi traveled to Tehran and met Araghchi, who pressed
           him on the frozen funds": a date that opens the sentence dates a
           who/which clause of it told in the simple past ("..., who had
           visited Seoul", "..., who has led ..." keep to themselves) */
        long ho = clause_opener(cl, s, hc);
        rel_too = ho >= 0 && ((c->cls[ho] & W_REL) || ((c->cls[ho] & W_THAT) && document_author(c, s, (size_t)ho, NULL) >= 0));
        /* (and "On March 2, the assembly adopted a resolution that deplored ...": the document's words; art1) */
        for (size_t q = (size_t)ho + 1; rel_too && q < head; q++)
          if (c->cls[q] & (W_AUX | W_MODAL | W_BE)) rel_too = 0;
      }
      int chain = dc < hc - 1; /* "said on Wednesday that A and that he had invited B" */
      for (int k = dc + 1; k <= hc && chain; k++) {
        long o = clause_opener(cl, s, k);
        chain = o >= 0 && ((c->cls[o] & W_THAT) || (k < hc && aside_phrase(c, cl, s, o, k)));
      }
      if (hkind == 1 && !rel_too && (dc == hc - 1 || chain || (dk == 0 && t <= 2 && dc < hc)) && !x->future) {
        /* "Three days later Chung announced at the White House that Trump
           had accepted ...", "The ministry said on Monday that it would
           consult Kyiv": a report's date dates what it reports when that
           names no date of its own (the weakest choice; not a participle
           after a noun there, "employees kidnapped by militants") */
        long ho = clause_opener(cl, s, hc);
        int rep = 0;
        for (size_t q = 0; q < s->ntok && ho >= 0 && q < (size_t)ho && !rep; q++)
          rep = cl[q] == (chain ? dc : hc - 1) && (c->cls[q] & W_REPORT); /* "In April 2009, ..., X announced that" */
        if (ho >= 0 && (c->cls[ho] & W_THAT) && rep && !participle_after_noun(c, head)) {
          score = 3500 + dist;
          if (score < bestd) {
            bestd = score;
            best = (int)i;
          }
          continue;
        }
      }
      if (hkind == 1 && !rel_too && hc == dc + 1 && !x->future) {
        /* "an article published in Rodong Sinmun on Wednesday, in which he
           praised the friendship", "a statement on Tuesday in which it
           accused Seoul": "in|at|during which" right after the date tells
           of the thing that date dates (not "an agreement reached in July,
           under which Seoul will invest": what it binds them to) */
        long o = clause_opener(cl, s, hc);
        size_t pe = te + 1 < s->ntok && c->hash[te + 1] == c->h_comma ? te + 2 : te + 1;
        if (o >= 2 && (size_t)o == pe + 1 && tok_is(c, s, (size_t)o, "which") &&
            (tok_is(c, s, pe, "in") || tok_is(c, s, pe, "at") || tok_is(c, s, pe, "during"))) {
          score = 3000 + dist;
          if (score < bestd) {
            bestd = score;
            best = (int)i;
          }
          continue;
        }
      }
      if ((hkind == 1 && !rel_too) || dk == 1) continue;
      if (t > head) {
        /* a semicolon joins two statements, each with its own time: a date
           after it is not one of the clause before it ("X and Y agree to a
           truce; Y to meet Z on Saturday", "A met B on Monday; C will visit
           D on Friday") */
        int semi = 0;
        for (size_t q = hend; q < t && !semi; q++) semi = c->hash[q] == c->h_semi;
        if (semi) continue;
      }
      {
        /* a "where" clause tells the time of a trip to the place ("made a
           trip to Kyiv, where he met Zelensky on Tuesday"), not of another
           act that names it ("agreed to create a zone in the West Sea,
           where their navies clashed in 1999") */
        long o = clause_opener(cl, s, dc);
        const dyad_vpattern *hp = vm ? dyad__verbs_pattern(c->v, vm->pattern) : NULL;
        if (o >= 0 && tok_is(c, s, (size_t)o, "where") && hp && !(hp->code[0] == '0' && hp->code[1] == '4'))
          continue;
      }
      if (t > head) {
        /* nor a temporal clause after a clause of its own with no "that"
           ("the homes they lost when Israel was founded in 1948", "a plan
           Moscow promoted when he visited Seoul in 2001"): that verb's time */
        long o = clause_opener(cl, s, dc);
        if (o > (long)hend && contact_clause(c, s, hend, (size_t)o)) continue;
      }
      /* not a future reading ("..., while the office said he would chair a
         meeting on Monday"), nor one under a report verb of that clause
         (but "announced on Aug. 13, after a telephone call among their
         leaders, that ...": the phrase right after the report's date tells
         of that day; "said on Monday, before a meeting with ..." may not) */
      if (x->future) continue;
      if (hc == dc + 1 && nominal) {
        long o = clause_opener(cl, s, hc);
        if (o >= 0 && ((size_t)o == te + 1 || ((size_t)o == te + 2 && c->hash[te + 1] == c->h_comma)) &&
            tok_is(c, s, (size_t)o, "after") && aside_phrase(c, cl, s, o, hc)) {
          score = 3000 + dist;
          if (score < bestd) {
            bestd = score;
            best = (int)i;
          }
          continue;
        }
      }
      {
        int reported = 0;
        for (size_t q = t; q-- > 0 && cl[q] == dc;)
          if (c->cls[q] & W_REPORT) reported = 1;
        if (reported) continue;
      }
      if (dk == 0) {
        /* the first clause: only a date before every verb ("On Friday, ...") */
        int verb_before = 0;
        for (size_t q = 0; q < t; q++)
          if (verbish(c, s, q)) verb_before = 1;
        if (verb_before && hc != dc + 1) {
          /* but a "while" clause after temporal ones shares the first's date:
             "recognized Kosovo on Monday, a day after the province declared
             independence, while Belgrade recalled its ambassador" (art7) */
          long ho = clause_opener(cl, s, hc);
          int wchain = ho >= 0 && tok_is(c, s, (size_t)ho, "while");
          for (int k = dc + 1; k <= hc && wchain; k++)
            wchain = clause_kind(c, s, clause_opener(cl, s, k)) == 2;
          if (!wchain) continue;
        }
      }
      score = 3000 + dist;
    }
    if (score < bestd) {
      bestd = score;
      best = (int)i;
    }
  }
  if (best < 0 && !c->literal) {
    /* "Algeria has opened its airspace to French aircraft, Foreign Minister
       Laurent Fabius said on Sunday.": a sentence that ends in its source's
       report, ", <speaker> said|told ... <date>.", dates the act it reports
       by the report's day when the act names none of its own (art4) */
    for (size_t i = 0; i < s->ndates && best < 0; i++) {
      const dyad_datex *x = &c->dates[i];
      if (x->future || x->anaphor || (!x->value[0] && !x->value_past[0])) continue;
      size_t t = tok_of(c, s, x->start), te = tok_of(c, s, x->end ? x->end - 1 : 0);
      if (t >= s->ntok || t <= head || te + 1 < s->ntok - 1 || (te + 1 < s->ntok && (c->wflag[te + 1] & DYAD_VW_WORD)))
        continue; /* (the date ends the sentence) */
      size_t k = t;
      while (k > hend && c->hash[k - 1] != c->h_comma) k--;
      if (k <= hend || c->hash[k - 1] != c->h_comma || !c->ment_of[k]) continue;
      size_t me = c->ment[c->ment_of[k] - 1].tok_end;
      int rep = 0;
      for (size_t q = me; q < t && q < me + 3 && !rep; q++)
        rep = (c->cls[q] & W_REPORT) && !tok_is(c, s, q, "according");
      if (rep) {
        best = (int)i;
        bestd = 3600;
      }
    }
  }
  *why = bestd < 500 ? "the verb's own" : bestd == 500 ? "counted for what follows it"
       : bestd < 2000 ? "a verb's before it in the clause" : bestd < 3000 ? "a later verb's in the clause"
       : "another clause's of the sentence";
  return best;
}

/* 1 when no word opening a subordinate or relative clause stands between
** a and b ("Zelensky, who flew to Ankara on Thursday, ...": 0). */
static int main_clause_date(const char *text, size_t a, size_t b) {
  static const char *const w[] = {"who", "which", "where", "when", "since", "after",
                                  "before", "until", "that", "while", NULL};
  for (size_t p = a; p < b; p++) {
    if (p > a && ((text[p - 1] | 32) >= 'a' && (text[p - 1] | 32) <= 'z')) continue;
    for (int i = 0; w[i]; i++) {
      size_t l = strlen(w[i]);
      if (p + l < b && !strncasecmp(text + p, w[i], l) &&
          !((text[p + l] | 32) >= 'a' && (text[p + l] | 32) <= 'z'))
        return 0;
    }
  }
  return 1;
}

/* 1 when sentence s opens by pointing back at the one before it: "The two
** leaders", "The two", "Both", "They", "The call", "The talks". */
static int goes_on(const dyad_coder *c, const sent *s) {
  static const char *const next[] = {"two", "call", "talks", "meeting", "summit",
    "leaders", "ministers", "pair", "sides", "conversation", NULL};
  if (s->ntok < 2) return 0;
  if (tok_is(c, s, 0, "they") || tok_is(c, s, 0, "both")) return 1;
  /* "She also threatened to scrap the 2018 military agreement": one more
     act of the one the sentence before told */
  if ((tok_is(c, s, 0, "he") || tok_is(c, s, 0, "she") || tok_is(c, s, 0, "it")) && tok_is(c, s, 1, "also"))
    return 1;
  /* "The two leaders met on Monday. It was their first formal summit.": it
     tells what the act before was */
  if (tok_is(c, s, 0, "it") && tok_is(c, s, 1, "was")) return 1;
  if (!tok_is(c, s, 0, "the")) return 0;
  for (int i = 0; next[i]; i++)
    if (tok_is(c, s, 1, next[i])) return 1;
  return 0;
}

/* 1 when sentence s, opening with a pronoun, closes with "there": "Modi
** will travel to Xiamen on Sunday for the summit. He is expected to meet
** President Xi Jinping there." The act is at the place, and on the day, of
** the act the sentence before told. */
static int there_on(const dyad_coder *c, const sent *s) {
  return s->ntok >= 4 && !(c->tok[s->ntok - 1].flags & DYAD_TOK_WORD) && tok_is(c, s, s->ntok - 2, "there") &&
         (c->cls[0] & W_PRON);
}

/* 1 when sentence s opens with a time phrase naming an act by a definite
** noun: "After the talks,", "During the meeting,", "Under the accord,",
** "Before the summit,", "Following their call,". */
static int acts_on(const dyad_coder *c, const sent *s) {
  static const char *const prep[] = {"after", "during", "under", "before", "following",
    "at", "throughout", NULL};
  static const char *const det[] = {"the", "that", "those", "this", "their", "these", NULL};
  static const char *const act[] = {"talks", "meeting", "meetings", "summit", "accord",
    "agreement", "deal", "call", "visit", "trip", "ceremony", "banquet", "dinner",
    "conversation", "session", "declaration", "signing", "vote", "negotiations",
    "discussions", "consultations", "treaty", "pact", "exchange", "announcement", "conference", NULL};
  int ok = 0;
  if (s->ntok < 4) return 0;
  for (int i = 0; prep[i] && !ok; i++) ok = tok_is(c, s, 0, prep[i]);
  for (int i = 0; det[i] && ok == 1; i++) ok += tok_is(c, s, 1, det[i]);
  if (ok != 2) return 0;
  /* the act's noun after up to two words of its own ("At the joint news
     conference,"), then maybe "that followed" ("At the news conference
     that followed,") */
  for (size_t t = 2; t < 5 && t + 1 < s->ntok; t++) {
    for (int i = 0; act[i]; i++)
      if (tok_is(c, s, t, act[i])) {
        size_t e = t + 1;
        if (e + 2 < s->ntok && tok_is(c, s, e, "that") && tok_is(c, s, e + 1, "followed")) e += 2;
        return c->hash[e] == c->h_comma;
      }
    if (c->hash[t] == c->h_comma || is_hard(c, t) || !(c->wflag[t] & DYAD_VW_WORD) ||
        (c->tok[t].flags & DYAD_TOK_CAP))
      return 0;
  }
  return 0;
}

/* 1 when the date at byte d opens the sentence at byte a ("On March 2, 2022,
** ...", "In May 2016, ..."): nothing, "on" or "in" before it. */
static int fronted(const char *text, size_t a, size_t d) {
  if (d == a) return 1;
  return d == a + 3 && text[a + 2] == ' ' && (((text[a] | 32) == 'o' && (text[a + 1] | 32) == 'n') ||
                                            ((text[a] | 32) == 'i' && (text[a + 1] | 32) == 'n'));
}

/* 1 when the sentence text[a,e) may open with a date (a cheap test before
** dyad__find_dates): a digit or a month's first three letters, at its start
** or after "On " / "In ". */
static int opens_date(const char *text, size_t a, size_t e) {
  if (a + 3 <= e && text[a + 2] == ' ' && (text[a] == 'O' || text[a] == 'I') && text[a + 1] == 'n') a += 3;
  if (a < e && text[a] >= '0' && text[a] <= '9') return 1;
  if (a + 3 > e) return 0;
  char b = text[a + 1], d = text[a + 2];
  switch (text[a]) {
  case 'J': return (b == 'a' && d == 'n') || (b == 'u' && (d == 'n' || d == 'l'));
  case 'F': return b == 'e' && d == 'b';
  case 'M': return b == 'a' && (d == 'r' || d == 'y');
  case 'A': return (b == 'p' && d == 'r') || (b == 'u' && d == 'g');
  case 'S': return b == 'e' && d == 'p';
  case 'O': return b == 'c' && d == 't';
  case 'N': return b == 'o' && d == 'v';
  case 'D': return b == 'e' && d == 'c';
  default: return 0;
  }
}

/* With no document date: the day (or month) with a year that opens a
** sentence (fronted) of the lead, in the first three after the headline, not
** the event's own ("On March 2, 2022, the UN General Assembly adopted a
** resolution ... . Russia's ambassador ... accused the West": 2022-03-02);
** 0 (out "") when there is none. Sentence `skip` is not looked at. Relative
** expressions of such a document count from that date too (ensure_dates:
** "On Feb. 25, Russia vetoed ..." after "On March 2, 2022, ...").
*/
static int lead_ref(dyad_coder *c, const sent *s, size_t skip, char out[11]) {
  const dyad_datex *tmp;
  for (size_t j = 0, k = 0; j < c->nsents && k < 3; j++) {
    if (c->sents[j].flags & DYAD_SENT_HEADLINE) continue;
    k++;
    if (j == skip || !opens_date(s->text, c->sents[j].start, c->sents[j].end)) continue;
    size_t n = sent_dates(c, s, j, &tmp);
    for (size_t i = 0; i < n && i < 8; i++)
      if (!tmp[i].anaphor && !tmp[i].vague && !tmp[i].relative && strlen(tmp[i].value) >= 7 &&
          fronted(s->text, c->sents[j].start, tmp[i].start)) {
        copy_str(out, 11, tmp[i].value);
        return 1;
      }
  }
  return 0;
}

/* 1 when the document's sentence j ends as prose does (a full stop, a
** question or exclamation mark, maybe inside a closing quote): a headline,
** dek or section label ("Kim holds talks with Putin, Xi after Beijing
** parade", "World | China") that the cleaner left in the body does not. */
static int prose_sent(const dyad_coder *c, const char *text, size_t j) {
  uint32_t a = c->sents[j].start, e = c->sents[j].end;
  while (e > a && (text[e - 1] == ' ' || text[e - 1] == '"' || text[e - 1] == '\'' ||
                   (e - a >= 3 && (unsigned char)text[e - 3] == 0xE2 && (unsigned char)text[e - 2] == 0x80 &&
                    ((unsigned char)text[e - 1] == 0x9D || (unsigned char)text[e - 1] == 0x99)))) {
    if ((unsigned char)text[e - 1] >= 0x80) e -= 3;
    else e--;
  }
  return e > a && (text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '?');
}

/* 1 when one of the words w starts at byte q of text[a,b) (a whole word, any case). */
static int word_at(const char *t, uint32_t a, uint32_t q, uint32_t b, const char *const *w) {
  if (q > a && ((t[q - 1] | 32) >= 'a' && (t[q - 1] | 32) <= 'z')) return 0;
  for (int k = 0; w[k]; k++) {
    size_t l = strlen(w[k]);
    if (q + l <= b && !strncasecmp(t + q, w[k], l) && (q + l == b || !((t[q + l] | 32) >= 'a' && (t[q + l] | 32) <= 'z')))
      return 1;
  }
  return 0;
}

/* 1 when text[a,b) holds one of the words w (a whole word, any case). */
static int has_word(const char *t, uint32_t a, uint32_t b, const char *const *w) {
  for (uint32_t q = a; q < b; q++)
    if (word_at(t, a, q, b, w)) return 1;
  return 0;
}

/* the writer's now (a perfect, a modal, the future), not the story's past */
static const char *const now_words[] = {"has", "have", "should", "must", "will", "can", "may",
  "might", "shall", NULL};
/* a report (its date is when it was said) */
static const char *const report_words[] = {"said", "says", "told", "tells", "reported", "reports",
  "announced", "quoted", "stated", "added", "according", NULL};

/* 1 when sentence s goes on from the one before it in time by an adverb of
** sequence ("He then held talks", "Moon later held separate talks"; not "by
** then", "since then", "until then", "even then"). */
static int then_next(const dyad_coder *c, const sent *s) {
  static const char *const act[] = {"talks", "meeting", "meetings", "summit", "call", "visit",
    "ceremony", "banquet", "dinner", "conversation", "session", "signing", "vote", "parade",
    "negotiations", "discussions", "consultations", "launch", "attack", NULL};
  /* "Medvedev told journalists after the meeting": the act told before */
  for (size_t t = 0; t + 2 < s->ntok; t++)
    if ((tok_is(c, s, t, "after") || tok_is(c, s, t, "following")) &&
        (tok_is(c, s, t + 1, "the") || tok_is(c, s, t + 1, "that") || tok_is(c, s, t + 1, "their") ||
         tok_is(c, s, t + 1, "those")))
      for (int i = 0; act[i]; i++)
        if (tok_is(c, s, t + 2, act[i])) return 1;
  for (size_t t = 0; t < s->ntok && t < 8; t++)
    if (tok_is(c, s, t, "then") || tok_is(c, s, t, "later") || tok_is(c, s, t, "afterwards") ||
        tok_is(c, s, t, "afterward") || tok_is(c, s, t, "subsequently")) {
      if (t > 0 && (c->cls[t - 1] & (W_PREP | W_SUB | W_ADV))) return 0;
      if (t > 0 && (tok_is(c, s, t - 1, "since") || tok_is(c, s, t - 1, "by") || tok_is(c, s, t - 1, "until") || tok_is(c, s, t - 1, "even"))) return 0;
      return 1;
    }
  return 0;
}

/* 1 when the date at byte d (of a sentence from byte a) is inside a "since"
** phrase or clause, with no comma between: a baseline ("the first meeting
** ... since Albright visited in October 2000", "since 2019") names no time
** of the sentence's own. */
static int since_before(const char *t, uint32_t a, uint32_t d) {
  for (uint32_t q = d; q > a; q--) {
    if (t[q - 1] == ',' || t[q - 1] == ';') return 0;
    if (q >= a + 5 && !strncasecmp(t + q - 5, "since", 5) && (q == a + 5 || !((t[q - 6] | 32) >= 'a' && (t[q - 6] | 32) <= 'z')) &&
        !((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z'))
      return 1;
  }
  return 0;
}

/* With no document date: the last date with a year the story gave before
** sentence s (up to eight sentences back; not anaphoric, relative or vague,
** a full day, not a "since" baseline), to count s's yearless and
** relative expressions from ("On Aug. 2, 2019, ... . In September ...";
** "The next day ... . ... in the following weeks"); 0 when there is none. */
static int narrative_ref(dyad_coder *c, const sent *s, char out[11]) {
  const dyad_datex *tmp;
  for (size_t j = s->index, back = 0; j-- > 0 && back < 8 && j < c->nsents; back++) {
    if (c->sents[j].flags & DYAD_SENT_HEADLINE) continue;
    size_t n = sent_dates(c, s, j, &tmp);
    for (size_t i = n < 8 ? n : 8; i-- > 0;)
      if (!tmp[i].anaphor && !tmp[i].vague && !tmp[i].relative && strlen(tmp[i].value) == 10 &&
          !since_before(s->text, c->sents[j].start, tmp[i].start)) {
        copy_str(out, 11, tmp[i].value);
        return 1;
      }
  }
  return 0;
}

/* A rough day number of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the middle of a
** month or year), for comparing distances. */
static long day_number(const char *v) {
  long y = atol(v), m = strlen(v) >= 7 ? atol(v + 5) : 7, d = strlen(v) >= 10 ? atol(v + 8) : 15;
  return y * 372 + m * 31 + d;
}

/* For expressions whose reading depends on tense: the reading nearer to
** ref (a date of the story, not the writer's now). */
static void nearest_readings(dyad_datex *d, size_t n, const char *ref) {
  long r = day_number(ref);
  for (size_t i = 0; i < n; i++) {
    if (!d[i].tense_dependent || !d[i].value_past[0] || !d[i].value_future[0]) continue;
    long p = labs(day_number(d[i].value_past) - r), f = labs(day_number(d[i].value_future) - r);
    int fut = f < p;
    copy_str(d[i].value, sizeof d[i].value, fut ? d[i].value_future : d[i].value_past);
    d[i].future = (uint8_t)fut;
  }
}

/* 1 when date v ends before day lo (a year or month that holds lo does not:
** "before the end of the year") */
static int ends_before(const char *v, const char *lo) {
  if (!lo) return 1; /* (no document date: every date the story gives is its past) */
  return strcmp(v, lo) < 0 && strncmp(v, lo, strlen(v));
}

/* The running day of the narrative before sentence s: the day the last
** sentence before it that dates anything in the week up to the document
** date gives (its last main-clause event's date, else, when it has no event
** and reports nothing, its last main-clause date), over sentences that date
** nothing or the past long before (at most three back; a "since" baseline
** is no date of a sentence's own). None (0) when s dates itself outside that
** week ("The council had banned ... on Aug. 5"), is told in the writer's now, or the
** walk meets a headline, a line that is not prose or a sentence in the
** future or the perfect ("He will visit ... on Saturday"). lo is the
** week's first day. */
static int running_day(dyad_coder *c, sent *s, const char *lo, char out[11], size_t *hops) {
  if (has_word(s->text, s->start, s->end, now_words)) return 0;
  for (size_t i = 0; i < s->ndates; i++) {
    const dyad_datex *x = &c->dates[i];
    if (!x->anaphor && !x->vague && x->value[0] && ends_before(x->value, lo) &&
        !since_before(s->text, s->start, x->start))
      return 0;
  }
  size_t ev = c->nev;
  for (size_t j = s->index, back = 0; j-- > 0 && back < 3; back++) {
    uint32_t ja = c->sents[j].start, jb = c->sents[j].end;
    if ((c->sents[j].flags & DYAD_SENT_HEADLINE) || !prose_sent(c, s->text, j) ||
        has_word(s->text, ja, jb, now_words))
      return 0;
    /* the sentence's events (ev walks down to them) */
    while (ev > 0 && c->ev[ev - 1].sentence > j) ev--;
    size_t e1 = ev;
    while (ev > 0 && c->ev[ev - 1].sentence == j) ev--;
    const dyad_datex *tmp;
    size_t n = sent_dates(c, s, j, &tmp), old = 0;
    for (size_t i = 0; i < n && i < 8 && !old; i++)
      old = !tmp[i].anaphor && !tmp[i].vague && tmp[i].value[0] && ends_before(tmp[i].value, lo) &&
            !since_before(s->text, ja, tmp[i].start);
    if (old) continue; /* background ("It was his first trip since 2019, when ..."): passed over */
    for (size_t i = e1; i-- > ev;) {
      const char *d = c->ev[i].date;
      if (!main_clause_date(s->text, ja, c->ev[i].verb_start)) continue;
      if (strlen(d) == 10 && strcmp(d, lo) >= 0 && strcmp(d, s->date) <= 0) {
        copy_str(out, 11, d);
        *hops = back;
        return 1;
      }
    }
    /* a sentence with no event of its own: its date, unless it is a
       report's ("Peskov told reporters on Tuesday that the meeting was
       useful": when it was said, not the story's day) */
    if (e1 > ev || has_word(s->text, ja, jb, report_words)) continue;
    for (size_t i = n < 8 ? n : 8; i-- > 0;)
      if (!tmp[i].anaphor && !tmp[i].vague && strlen(tmp[i].value) == 10 && strcmp(tmp[i].value, lo) >= 0 &&
          strcmp(tmp[i].value, s->date) <= 0 && main_clause_date(s->text, ja, tmp[i].start)) {
        copy_str(out, 11, tmp[i].value);
        *hops = back;
        return 1;
      }
  }
  return 0;
}

/* 1 when the date at byte d (of a sentence from byte a) is an infinitive's,
** "to <verb> [on|in|by] <date>" ("an agreement to start January 1, 2005"): a
** plan's time, not when the sentence's act took place. */
static int infinitive_date(const char *t, uint32_t a, uint32_t d) {
  uint32_t ws[3], we[3];
  int n = 0;
  for (uint32_t q = d; q > a && n < 3;) {
    while (q > a && t[q - 1] == ' ') q--;
    uint32_t e = q;
    while (q > a && ((t[q - 1] | 32) >= 'a' && (t[q - 1] | 32) <= 'z')) q--;
    if (q == e) break;
    ws[n] = q;
    we[n++] = e;
  }
  int k = 1;
  if (n >= 1 && we[0] - ws[0] == 2 &&
      (!strncasecmp(t + ws[0], "on", 2) || !strncasecmp(t + ws[0], "in", 2) || !strncasecmp(t + ws[0], "by", 2)))
    k = 2;
  return n > k && we[k] - ws[k] == 2 && !strncasecmp(t + ws[k], "to", 2);
}

/* The past a story went back to in the sentence before s, when s goes on
** with it: that sentence, in s's paragraph, dates its main clause (or all
** its events) a week or more before the document date ("The crisis began on
** April 22, when gunmen killed 26 people. India blamed Pakistan for the
** attack"), and s, told in the simple past, dates nothing itself. The
** date of that sentence's last event, else of its main clause; 0 when the
** sentence before is recent, undated, a headline or a report's. lo is the
** week's first day (see running_day); NULL for a document with no date,
** whose every date is past. */
static int flashback_day(dyad_coder *c, sent *s, const char *lo, char out[11]) {
  size_t j = s->index - 1;
  if (s->index == 0 || j >= c->nsents || (c->sents[j].flags & DYAD_SENT_HEADLINE) || !prose_sent(c, s->text, j))
    return 0;
  uint32_t ja = c->sents[j].start, jb = c->sents[j].end;
  for (uint32_t q = jb; q < s->start; q++)
    if (s->text[q] == '\n') return 0;
  for (size_t i = 0; i < s->ndates; i++)
    if (!c->dates[i].vague && !c->dates[i].anaphor) return 0; /* (resolved or not: "on Monday") */
  {
    /* over one sentence between that codes nothing, dates nothing and is
       no writer's now ("On the morning of Nov. 24 two F-16s fired on a
       Su-24. The plane crashed in Latakia. One pilot was shot dead ...") */
    const dyad_datex *tmp;
    size_t e = c->nev;
    while (e > 0 && c->ev[e - 1].sentence > j) e--;
    if (j > 0 && !(e > 0 && c->ev[e - 1].sentence == j) && sent_dates(c, s, j, &tmp) == 0 &&
        !has_word(s->text, ja, jb, now_words) && !(c->sents[j - 1].flags & DYAD_SENT_HEADLINE) &&
        prose_sent(c, s->text, j - 1)) {
      uint32_t pb = c->sents[j - 1].end, q = pb;
      while (q < ja && s->text[q] != '\n') q++;
      if (q == ja) {
        j--;
        ja = c->sents[j].start;
        jb = pb;
      }
    }
  }
  for (size_t t = 0; t < s->ntok; t++) /* the writer's now (has_word(now_words), by token) */
    if (c->cls[t] & (W_AUX | W_MODAL))
      for (int k = 0; now_words[k]; k++)
        if (tok_is(c, s, t, now_words[k])) return 0;
  /* its events: every one dated in the past before the week */
  size_t e = c->nev, last = (size_t)-1, any = (size_t)-1;
  while (e > 0 && c->ev[e - 1].sentence > j) e--;
  for (; e > 0 && c->ev[e - 1].sentence == j; e--) {
    const char *d = c->ev[e - 1].date;
    if (any == (size_t)-1 && d[0] && !(c->ev[e - 1].date_end && infinitive_date(s->text, ja, c->ev[e - 1].date_start)))
      any = e - 1;
    /* (only the main clause's: "Lapid, who said in Rabat on Aug. 12 that
       ..." is no past the story went back to) */
    if (!main_clause_date(s->text, ja, c->ev[e - 1].verb_start)) continue;
    if (!d[0] || !ends_before(d, lo)) return 0;
    if (c->ev[e - 1].date_end && infinitive_date(s->text, ja, c->ev[e - 1].date_start)) return 0;
    if (last == (size_t)-1) last = e - 1;
  }
  if (!lo && last == (size_t)-1) last = any; /* undated: any of its dates ("Biden then made a
    trip that had been planned long before, visiting Tokyo ... in early December 2013") */
  if (last != (size_t)-1) {
    copy_str(out, 11, c->ev[last].date);
    return 1;
  }
  /* (a report's date is when it was said, unless it opens the sentence:
     "On July 4, 2023, Grossi handed Kishida a report ... and said ...") */
  const dyad_datex *tmp;
  size_t n = sent_dates(c, s, j, &tmp);
  for (size_t i = 0; i < n && i < 8; i++) {
    if (tmp[i].anaphor || tmp[i].vague || !tmp[i].value[0]) continue;
    if (!ends_before(tmp[i].value, lo) ||
        (!fronted(s->text, ja, tmp[i].start) && has_word(s->text, ja, jb, report_words)))
      return 0;
    if (strlen(tmp[i].value) < 7 || since_before(s->text, ja, tmp[i].start) ||
        infinitive_date(s->text, ja, tmp[i].start) ||
        !main_clause_date(s->text, ja, tmp[i].start))
      return 0;
    copy_str(out, 11, tmp[i].value);
    return 1;
  }
  return 0;
}

/* 1 when the date at byte d (of a sentence from byte a) closes a "where" or
** "when" clause that tells a meeting ("He had arrived in Kabul from Moscow,
** where he held an annual summit with Putin on Thursday"): the day of the
** pair a sentence after it goes on about ("The two leaders signed ..."). */
static int meeting_clause(const char *t, uint32_t a, uint32_t d) {
  static const char *const sub[] = {"where", "when", NULL};
  static const char *const meet[] = {"met", "summit", "talks", "meeting", NULL};
  uint32_t q = d;
  for (; q > a; q--) { /* back to the clause's "where" or "when" (not past a ';') */
    if (t[q - 1] == ';') return 0;
    if (word_at(t, a, q - 1, d, sub)) break;
  }
  return q > a && has_word(t, q - 1, d, meet);
}

/* 1 when the date at bytes [d, de) closes a "When" clause that opens the
** sentence at byte a ("When Saudi Arabia ... cut their diplomatic ties with
** Qatar on Monday, they expected ..."): the time of the main clause after it
** too. */
static int when_first(const char *t, uint32_t a, uint32_t d, uint32_t de) {
  if (strncmp(t + a, "When ", 5) || t[de] != ',') return 0;
  for (uint32_t q = a; q < d; q++)
    if (t[q] == ';' || t[q] == '"') return 0;
  return 1;
}

/* The date of an event whose sentence dates nothing for it: the story's
** day, the one its lead gives in the week up to the document date, else the
** document's (news reports what happened by their date line); a sentence
** that goes on about the one before it (goes_on) takes that one's date. */
static int story_date(dyad_coder *c, sent *s, char out[11]) {
  if (!s->date) {
    /* the lead's own events date themselves; a sentence told in the present
       perfect, a modal or the future is the writer's now, not the lead's day
       ("Russia and China still call for the talks to be revived, but Seoul
       ... have not agreed", "Seoul should keep talking to Beijing") */
    static const char *const now[] = {"has", "have", "should", "must", "will", "can", "may",
      "might", "shall", NULL};
    if (!lead_ref(c, s, s->index, out)) {
      /* no lead's day: the day of the sentence before, when s goes on with
         it ("Three days later, on Oct. 21, 2024, the vice minister summoned
         the Russian ambassador. He demanded the immediate withdrawal of the
         troops") */
      out[0] = 0;
      return flashback_day(c, s, NULL, out);
    }
    {
      /* the story's last full date before this sentence, when later than
         the lead's ("On Oct. 30, 2018, the court ordered ... . On Aug. 21,
         2019, Kang met Kono ... . Senior American officials flew to Seoul
         in the following weeks": 2019's, not the lead's 2018) */
      char nr[11];
      if (narrative_ref(c, s, nr) && strcmp(nr, out) > 0) copy_str(out, 11, nr);
    }
    for (size_t t = 0; t < s->ntok; t++)
      for (int i = 0; now[i]; i++)
        if (tok_is(c, s, t, now[i])) {
          out[0] = 0;
          return 0;
        }
    return 1;
  }
  copy_str(out, 11, s->date);
  if (s->index > 0 && s->index - 1 < c->nsents && !(c->sents[s->index - 1].flags & DYAD_SENT_HEADLINE)) {
    /* a sentence that goes on about the one before it, in its paragraph,
       takes that one's date: "He spoke with Trump on Friday night. The two
       leaders agreed to work toward a deal."; so does one after a sentence
       that dates no event of its own, when that date is a day of the week
       up to the document's ("The reaction in Seoul came on Thursday. After
       a meeting of the council, the adviser condemned both countries.") */
    const dyad_datex *tmp;
    size_t j = s->index - 1, para = 0, n;
    if (acts_on(c, s) || there_on(c, s)) {
      /* "Under the accord, the two sides agreed ...", "After the talks,
         Seoul said ...": the act the sentence before told, on its date
         (its first event dated by its main clause or by the story; across a
         paragraph break too; not "Zelensky, who flew to Ankara on Thursday") */
      size_t first = (size_t)-1;
      for (size_t i = c->nev; i-- > 0 && c->ev[i].sentence >= j;)
        if (c->ev[i].sentence == j && c->ev[i].date[0] &&
            (!c->ev[i].date_end || main_clause_date(s->text, c->sents[j].start, c->ev[i].date_start)))
          first = i;
      if (first != (size_t)-1) {
        copy_str(out, 11, c->ev[first].date);
        return 1;
      }
    }
    int on = goes_on(c, s), quiet = !on;
    char lo[11] = "";
    for (size_t i = c->nev; quiet && i-- > 0;) {
      if (c->ev[i].sentence == j) quiet = 0;
      else if (c->ev[i].sentence < j) break;
    }
    if (quiet) {
      /* not a report's date: "Peskov told reporters on Tuesday that the
         meeting had taken place" */
      static const char *const rep[] = {"said", "says", "told", "tells", "reported", "reports",
        "announced", "quoted", "stated", "added", "according", NULL};
      const char *t = s->text;
      for (uint32_t q = c->sents[j].start; q < c->sents[j].end && quiet; q++) {
        if (q > c->sents[j].start && ((t[q - 1] | 32) >= 'a' && (t[q - 1] | 32) <= 'z')) continue;
        for (int k = 0; rep[k] && quiet; k++) {
          size_t l = strlen(rep[k]);
          if (q + l <= c->sents[j].end && !strncasecmp(t + q, rep[k], l) &&
              (q + l == c->sents[j].end || !((t[q + l] | 32) >= 'a' && (t[q + l] | 32) <= 'z')))
            quiet = 0;
        }
      }
    }
    if (quiet) {
      dyad_datex wk;
      memset(&wk, 0, sizeof wk);
      wk.anaphor = 1;
      wk.shift = -7;
      if (strlen(s->date) != 10 || !dyad__date_anaphor(&wk, s->date, lo)) quiet = 0;
    }
    if (quiet && !on && c->act_sentence == j && c->act_start == UINT32_MAX &&
        !memchr(s->text + c->sents[j].end, '\n', s->start > c->sents[j].end ? s->start - c->sents[j].end : 0) &&
        strcmp(c->act_date, lo) >= 0 && strncmp(c->act_date, s->date, 10) <= 0) {
      /* the sentence before, which coded nothing, is at the act the one
         before it told ("At the news conference that followed, ...") */
      copy_str(out, 11, c->act_date);
      return 1;
    }
    n = on || quiet ? sent_dates(c, s, j, &tmp) : 0;
    for (uint32_t q = c->sents[j].end; n && q < s->start && !para; q++)
      para = s->text[q] == '\n';
    for (size_t i = 0; i < n && i < 8 && !para; i++) {
      if (quiet && !on && (tmp[i].anaphor == 3 || tmp[i].anaphor == 4) && c->act_sentence == j &&
          c->act_start == tmp[i].start) {
        /* "NATO held an emergency meeting ... on the evening of the
           shootdown. Secretary General Jens Stoltenberg said ...": the day
           of the act it named (note_act_day) */
        if (strcmp(c->act_date, lo) >= 0 && strncmp(c->act_date, s->date, 10) <= 0) {
          copy_str(out, 11, c->act_date);
          return 1;
        }
        break;
      }
      if (on && tmp[i].anaphor && main_clause_date(s->text, c->sents[j].start, tmp[i].start)) {
        /* "The day before, Park and Xi held a summit. The two leaders
           agreed ...": the day that sentence's events counted from it */
        size_t e = c->nev;
        while (e-- > 0 && c->ev[e].sentence >= j)
          if (c->ev[e].sentence == j && c->ev[e].date_start == tmp[i].start && c->ev[e].date[0] &&
              strncmp(c->ev[e].date, s->date, 10) <= 0) {
            copy_str(out, 11, c->ev[e].date);
            return 1;
          }
      }
      if (tmp[i].anaphor || tmp[i].vague || !tmp[i].value[0]) continue;
      if (quiet && (strlen(tmp[i].value) != 10 || strcmp(tmp[i].value, lo) < 0)) break;
      if (strncmp(tmp[i].value, s->date, 10) <= 0 &&
          (main_clause_date(s->text, c->sents[j].start, tmp[i].start) ||
           (on && meeting_clause(s->text, c->sents[j].start, tmp[i].start)))) {
        copy_str(out, 11, tmp[i].value);
        return 1;
      }
      break; /* the first date only */
    }
  }
  {
    /* the story's day: the one its lead gives, when it is in the week up to
       the document date (a headline tells what the lead tells: "Kishida
       visits Kyiv" over "... met Zelensky on Tuesday"; a story dated
       November 1 about Wednesday's talks is October's) */
    dyad_datex wk;
    const dyad_datex *tmp;
    char lo[11];
    memset(&wk, 0, sizeof wk);
    wk.anaphor = 1;
    wk.shift = -7;
    if (strlen(s->date) != 10 || !dyad__date_anaphor(&wk, s->date, lo)) return 1;
    if (flashback_day(c, s, lo, out)) return 1;
    /* the running day (running_day) when it is later than the lead's, or
       there is no lead's day: a day before the lead's is a flashback, and
       a sentence after it that dates nothing is back at the lead's day
       ("met Putin on Wednesday ... . Kim crossed into Russia on Tuesday
       ... . Putin greeted him at the entrance of the space center") */
    char run[11];
    size_t hops = 0;
    int have_run = running_day(c, s, lo, run, &hops);
    if (have_run && hops == 1) {
      /* two back, over a sentence that codes and dates nothing ("On the
         morning of Nov. 24 two F-16s fired on a Su-24. The plane crashed in
         Latakia. One pilot was shot dead ..."): the running day goes on */
      const dyad_datex *tmp2;
      size_t j = s->index - 1, e = c->nev;
      while (e > 0 && c->ev[e - 1].sentence > j) e--;
      if ((e > 0 && c->ev[e - 1].sentence == j) || sent_dates(c, s, j, &tmp2)) hops = 0;
      for (uint32_t q = c->sents[j - 1].end; q < s->start && hops; q++)
        if (s->text[q] == '\n') hops = 0; /* (in the paragraph) */
    }
    /* (for the headline's and the lead's own events, with no running day,
       a second pass: the lead is the story's first two sentences of prose,
       a byline or credit line left in the body, "Associated Press", being
       none of them: "QUITO, Ecuador (AP) -- Ecuador broke diplomatic
       relations with Colombia ... . President Rafael Correa announced the
       break late Monday") */
    int passes = 1;
    if (!have_run) {
      size_t before = 0;
      for (size_t j = 0; j < s->index && j < c->nsents && before < 2; j++)
        before += !(c->sents[j].flags & DYAD_SENT_HEADLINE) && prose_sent(c, s->text, j);
      passes = before < 2 ? 2 : 1;
    }
    for (int pass = 0; pass < passes; pass++)
      for (size_t j = 0, k = 0; j < c->nsents && k < 2; j++) {
        if ((c->sents[j].flags & DYAD_SENT_HEADLINE) || (pass && !prose_sent(c, s->text, j))) continue;
        k++;
        if (j == s->index) continue; /* the lead's own events date themselves */
        size_t n = sent_dates(c, s, j, &tmp);
        for (size_t i = 0; i < n && i < 8; i++)
          if (!tmp[i].anaphor && strlen(tmp[i].value) == 10 && strcmp(tmp[i].value, lo) >= 0 &&
              strcmp(tmp[i].value, s->date) <= 0 &&
              (main_clause_date(s->text, c->sents[j].start, tmp[i].start) ||
               when_first(s->text, c->sents[j].start, tmp[i].start, tmp[i].end))) {
            copy_str(out, 11, have_run && (strcmp(run, tmp[i].value) > 0 || hops == 1 || then_next(c, s)) ? run : tmp[i].value);
            return 1;
          }
      }
    if (have_run) copy_str(out, 11, run);
  }
  return 1;
}

/* An act told in an "after" clause whose date is the main clause's before it
** ("Thailand downgraded relations with Cambodia on Thursday ... after rioters
** in Phnom Penh burned the Thai Embassy"): the act came first, and the next
** sentence, when it opens with a definite noun, names its day ("The violence
** broke out on Wednesday night"; "The missiles hit the embassy shortly
** before midnight on Friday"): its first date, a full day in the week before
** d and not a report's. 1 and out set, else 0. */
static int after_act_day(dyad_coder *c, sent *s, size_t head, const dyad_datex *dx, const char *d,
                         char out[11]) {
  size_t cs = clause_start(c, head), j = s->index + 1;
  if (c->literal || cs == 0 || !tok_is(c, s, cs - 1, "after") || dx->anaphor || dx->vague ||
      tok_of(c, s, dx->end ? dx->end - 1 : 0) >= cs - 1 || strlen(d) != 10 || j >= c->nsents ||
      (c->sents[j].flags & DYAD_SENT_HEADLINE))
    return 0;
  const char *t = s->text;
  uint32_t ja = c->sents[j].start, jb = c->sents[j].end;
  if (jb < ja + 5 || strncmp(t + ja, "The ", 4)) return 0;
  dyad_datex wk;
  char lo[11];
  memset(&wk, 0, sizeof wk);
  wk.anaphor = 1;
  wk.shift = -7;
  if (!dyad__date_anaphor(&wk, d, lo)) return 0;
  const dyad_datex *tmp;
  size_t n = sent_dates(c, s, j, &tmp);
  for (size_t i = 0; i < n && i < 8; i++) {
    if (tmp[i].anaphor || tmp[i].vague || !tmp[i].value[0]) continue;
    const char *v = tmp[i].value;
    if (strlen(v) != 10 || tmp[i].future || strcmp(v, d) >= 0 || strcmp(v, lo) < 0 ||
        since_before(t, ja, tmp[i].start) || has_word(t, ja, tmp[i].start, report_words))
      return 0;
    copy_str(out, 11, v);
    return 1;
  }
  return 0;
}

/* After sentence s (just coded, its tokens still in c) coded no event: when
** its main clause is dated by the act it names ("NATO held an emergency
** meeting at Turkey's request on the evening of the shootdown", "two days
** after the summit"), the day that resolves to, for the sentence after it
** (story_date: "Secretary General Jens Stoltenberg said the allies stood in
** solidarity with Turkey" is that evening's). */
static void note_act_day(dyad_coder *c, sent *s) {
  if (s->index > 0 && s->ntok > 4 && (c->hash[1] == c->h_the || (c->cls[1] & (W_DET | W_THAT))) && acts_on(c, s)) {
    /* "The two leaders met on Monday. ... At the joint news conference
       that followed, Trump was asked whether he believed U.S. intelligence
       or Putin. He said ...": the day of the act the sentence before told
       (as story_date takes it), for the whole of this one (act_start
       UINT32_MAX) */
    size_t j = s->index - 1, first = (size_t)-1;
    for (size_t i = c->nev; i-- > 0 && c->ev[i].sentence >= j;)
      if (c->ev[i].sentence == j && c->ev[i].date[0] &&
          (!c->ev[i].date_end || main_clause_date(s->text, c->sents[j].start, c->ev[i].date_start)))
        first = i;
    if (first != (size_t)-1 && strlen(c->ev[first].date) == 10) {
      c->act_sentence = s->index;
      c->act_start = UINT32_MAX;
      copy_str(c->act_date, sizeof c->act_date, c->ev[first].date);
      return;
    }
  }
  /* (a cheap test first: a time word, then "of", "after" or "before", then
     "the" or "that": "the evening of the", "two days after the") */
  static const char *const unit[] = {"days", "evening", "morning", "night", "afternoon", "week", "weeks",
    "month", "months", NULL}, *const other[] = {"eve", "hours", "hour", NULL};
  int cue = 0;
  for (size_t t = 1; t + 1 < s->ntok && !cue; t++)
    if ((c->hash[t] == c->h_of || ((c->cls[t] & W_SUB) && (c->hash[t] == c->h_after || tok_is(c, s, t, "before")))) &&
        (c->hash[t + 1] == c->h_the || (c->cls[t + 1] & W_THAT))) {
      /* (unit's words are of class W_TIME) */
      const char *const *w = (c->cls[t - 1] & W_TIME) ? unit : other;
      cue = c->hash[t - 1] == c->h_day;
      for (int k = 0; w[k] && !cue; k++) cue = tok_is(c, s, t - 1, w[k]);
    }
  if (!s->date || !cue) return;
  ensure_dates(c, s);
  for (size_t i = 0; i < s->ndates; i++) {
    const dyad_datex *x = &c->dates[i];
    char ref[11], out[11];
    if ((x->anaphor != 3 && x->anaphor != 4) || !main_clause_date(s->text, s->start, x->start)) continue;
    if (anaphor_ref(c, s, x, ref) && dyad__date_anaphor(x, ref, out) && strlen(out) == 10) {
      c->act_sentence = s->index;
      c->act_start = x->start;
      copy_str(c->act_date, sizeof c->act_date, out);
    }
    return;
  }
}

/* Does a news medium's text name people of the press ("two French
** journalists", "a reporter"), who may be hostages or guests, rather than
** the agency or broadcaster itself? */
static int newsman(const sent *s, const actor *a) {
  static const char *const P[] = {"journalist", "reporter", "correspondent", "editor", "photographer", "crew"};
  size_t b = a->end;
  while (b > a->start && ((s->text[b - 1] | 32) >= 'a' && (s->text[b - 1] | 32) <= 'z')) b--;
  for (size_t i = 0; i < sizeof P / sizeof P[0]; i++)
    if (a->end - b >= strlen(P[i]) && !strncasecmp(s->text + b, P[i], strlen(P[i]))) return 1;
  return 0;
}

static int pick_place(dyad_coder *c, sent *s, size_t head, dyad_place *out) {
  ensure_places(c, s);
  int hc = clause_of(c, head);
  int best = -1;
  size_t bestd = (size_t)-1;
  for (int pass = 0; pass < 2 && best < 0; pass++) {
    for (size_t i = 0; i < s->nplaces; i++) {
      size_t t = tok_of(c, s, c->places[i].start);
      if (pass == 0 && clause_of(c, t) != hc) continue;
      size_t dist = t > head ? t - head : head - t;
      if (dist < bestd) {
        bestd = dist;
        best = (int)i;
      }
    }
  }
  if (best < 0) return 0;
  *out = c->places[best];
  return 1;
}

/* ---- events ------------------------------------------------------------------ */

static int same_actor(const actor *a, const actor *b) {
  if (a->person >= 0 && b->person >= 0 && a->person != b->person &&
      (a->kind == DYAD_MK_PERSON || a->kind == DYAD_MK_COUNTERPART) &&
      (b->kind == DYAD_MK_PERSON || b->kind == DYAD_MK_COUNTERPART))
    return 0; /* "Kerry assails Bush" */
  if (b->kind == DYAD_MK_ADJ && (b->flags & DYAD_MF_PLURAL) && a->kind != DYAD_MK_ADJ &&
      a->kind != DYAD_MK_COUNTRY && strcmp(a->code, b->code))
    return 0; /* "Queen Sirikit urged all Thais": a leader and the people */
  if (a->kind == DYAD_MK_ADJ && (a->flags & DYAD_MF_PLURAL) && b->kind != DYAD_MK_ADJ &&
      b->kind != DYAD_MK_COUNTRY && strcmp(a->code, b->code))
    return 0; /* "thousands of Israelis accused Sharon": the people and a leader */
  if (!strcmp(a->code, b->code)) return 1;
  if (a->country[0] && !strcmp(a->country, b->country)) {
    /* two government-level actors of one country are one actor */
    size_t la = strlen(a->country);
    const char *ra = a->code + (strncmp(a->code, a->country, la) ? 0 : la);
    const char *rb = b->code + (strncmp(b->code, b->country, la) ? 0 : la);
    int ga = !*ra || eq3(ra, "GOV");
    int gb = !*rb || eq3(rb, "GOV");
    return ga && gb;
  }
  return 0;
}

/* Is actor a a world region named as a place ("Asia", "the Middle East",
** "Latin America"), not its states or leaders ("Asian nations")? (accA) */
static int region_place(const sent *s, const actor *a) {
  static const char *const R[] = {"ASA", "AFR", "MEA", "LAM", "SAM", "SEA", "CAS"};
  int reg = 0;
  for (size_t k = 0; k < sizeof R / sizeof R[0] && !reg; k++) reg = !strcmp(a->code, R[k]);
  if (!reg || a->end <= a->start) return 0;
  for (uint32_t i = a->start; i < a->end; i++)
    if (s->text[i] == ' ' && a->end - i > 4) {
      const char *w = s->text + i + 1;
      size_t l = a->end - i - 1;
      if ((l >= 7 && !strncmp(w, "nations", 7)) || (l >= 9 && !strncmp(w, "countries", 9)) ||
          (l >= 7 && !strncmp(w, "leaders", 7)) || (l >= 6 && !strncmp(w, "states", 6)) ||
          (l >= 11 && !strncmp(w, "governments", 11)))
        return 0;
    }
  return 1;
}

static int emit(dyad_coder *c, sent *s, const actor *src, const actor *tgt,
                const char *code, size_t head, const dyad_vmatch *vm, int nominal) {
  if (!src->code[0]) return 0;
  if (tgt && !c->literal && (eq3(code, "042") || eq3(code, "043")) &&
      (region_place(s, eq3(code, "042") ? tgt : src))) {
    /* "ends his tour of Asia", "a trip to the Middle East": a region is
       toured, no state visited or hosting (accA) */
    tracef(c, "  a visit to a region, not a state: no event");
    return 0;
  }
  if (tgt && !c->literal && code[0] == '0' && len3(src->country) && !strcmp(src->country, tgt->country) &&
      state_organ(eq3(code, "043") ? tgt : src, 1) && state_organ(eq3(code, "043") ? src : tgt, 0)) {
    /* "Washington has pledged $350 million, and some 15,000 American troops
       are taking part", "the U.N. signs a pact with the World Court": a
       state's (or an organisation's) organs working with one another are
       no event between two parties (rec24c); a host is the one visited */
    tracef(c, "  cooperation between organs of one state (%s): no event", src->country);
    return 0;
  }
  if (tgt && !c->literal && code[0] == '0' && code[1] == '4' && ((medium(src) && !newsman(s, src)) ||
                                                                 (medium(tgt) && !newsman(s, tgt)))) {
    /* "Yonhap spoke with Park Jin-woo, a former ambassador", "the minister
       met reporters from CNN": talking with a news medium is an interview
       (the words are statements if anything), no meeting of two parties */
    tracef(c, "  talks with a news medium: an interview, no event");
    return 0;
  }
  actor home;
  if (tgt && !c->literal && code[0] == '1' && (code[1] == '7' || code[1] == '4') &&
      (tgt->kind == DYAD_MK_SEAT || tgt->kind == DYAD_MK_COUNTRY) && tgt->country[0] &&
      !strcmp(src->country, tgt->country) && same_actor(src, tgt)) {
    /* "Nepal imposes curfew in Kathmandu": a state's coercion at home is
       against its people, not itself; so is a strike or protest at home ("a
       general strike in Nigeria", gen) */
    home = *tgt;
    cat2(home.code, sizeof home.code, tgt->country, "CVL");
    home.kind = DYAD_MK_AGENT;
    tgt = &home;
  }
  if (tgt && same_actor(src, tgt)) return 0;
  char cd[8];
  copy_str(cd, sizeof cd, code);
  if (!c->literal && cd[0] == '1' && cd[1] == '9') {
    /* "killed by his captors", "kidnappers shot a hostage": criminals and
       hostage-takers use unconventional violence (18), not military force */
    int crm = !strncmp(sector_of(src), "CRM", 3);
    for (uint32_t q = tgt ? tgt->start : 0; tgt && !crm && q + 7 <= tgt->end; q++)
      if (!strncasecmp(s->text + q, "hostage", 7)) crm = 1;
    if (crm) copy_str(cd, sizeof cd, "180");
  }
  /* location, then the third-country and phone rules */
  dyad_place pl;
  int have_pl = pick_place(c, s, head, &pl);
  if (!have_pl && c->g && (eq3(cd, "042") || eq3(cd, "043"))) {
    /* "departed for Moscow": the host's seat is where it happens */
    const actor *host = eq3(cd, "042") ? tgt : src;
    if (host && host->kind == DYAD_MK_SEAT && host->end > host->start &&
        dyad__gazetteer_lookup(c->g, s->text + host->start, host->end - host->start, &pl) &&
        !strcmp(pl.country, host->country)) {
      pl.start = host->start;
      pl.end = host->end;
      have_pl = 1;
    }
  }
  if (!have_pl && c->doc_place.name[0] &&
      (!strcmp(src->country, c->doc_place.country) || (tgt && !strcmp(tgt->country, c->doc_place.country)))) {
    /* the wire dateline, when one side of the event is at home there */
    pl = c->doc_place;
    have_pl = 1;
  }
  if (!c->literal && (eq3(cd, "040") || eq3(cd, "046"))) {
    int phone = 0;
    for (size_t i = 0; i < s->ntok; i++)
      if (c->cls[i] & W_PHONE) phone = 1;
    if (phone) snprintf(cd, sizeof cd, "041");
    else if (eq3(cd, "040") && have_pl && tgt && pl.country[0] &&
             strcmp(pl.country, src->country) && strcmp(pl.country, tgt->country))
      snprintf(cd, sizeof cd, "044");
  }
  if (!c->literal && !strncmp(cd, "195", 3) && src->country[0]) {
    size_t cl = strlen(src->country);
    const char *sec = src->code + (strncmp(src->code, src->country, cl) ? 0 : cl);
    if (strstr(" REB SEP INS CRM UAF ", sec) && len3(sec)) copy_str(cd, sizeof cd, "183");
  } else if (!c->literal && !strncmp(cd, "195", 3) && !src->country[0] && len_ge3(src->code)) {
    /* "Zarqawi's group bombed a convoy" (IMGMOSREB), "kidnappers" (CRM): no air force */
    const char *e = src->code + strlen(src->code) - 3;
    if (eq3(e, "REB") || eq3(e, "CRM") || eq3(e, "UAF")) copy_str(cd, sizeof cd, "183");
  }
  if (!c->literal && cd[0] == '1' && cd[1] == '9' && len_ge3(src->code)) {
    /* "Insurgents exploded two car bombs at ...", "Gunmen killed the
       Baghdad governor", "ETA seals off Madrid with 5 bombs": an armed
       group's attack is unconventional violence (18), as every gold set
       codes it; but a battle ("militants battled U.S. troops", "clashed
       with") stays fighting (19) (acc1) */
    const char *e = src->code + strlen(src->code) - 3;
    int irregular = eq3(e, "REB") || eq3(e, "INS") || eq3(e, "SEP") || eq3(e, "UAF") || eq3(e, "CRM");
    if (irregular && src->end >= src->start + 6 &&
        (!strncasecmp(s->text + src->end - 6, "bomber", 6) ||
         (src->end >= src->start + 7 && !strncasecmp(s->text + src->end - 7, "bombers", 7)))) {
      size_t st = tok_of(c, s, src->start), se = tok_of(c, s, src->end);
      int suicide = 0; /* ("American bombers hit Fordow": aircraft, not a suicide or car bomber) */
      for (size_t q = st; q < se && q < s->ntok; q++) suicide |= tok_is(c, s, q, "suicide") || tok_is(c, s, q, "car");
      irregular = suicide;
    }
    for (size_t q = vm->tok_start; irregular && q < vm->tok_end; q++) {
      const char *w = s->text + c->tok[q].start;
      size_t wl = c->tok[q].end - c->tok[q].start;
      if ((wl >= 5 && (!strncasecmp(w, "battl", 5) || !strncasecmp(w, "clash", 5) || !strncasecmp(w, "fough", 5))) ||
          (wl >= 4 && !strncasecmp(w, "figh", 4)) || (wl >= 8 && !strncasecmp(w, "skirmish", 8)))
        irregular = 0;
    }
    if (irregular) copy_str(cd, sizeof cd, "180");
  }
  if (!c->literal && eq3(cd, "171") && tgt && len_ge3(src->code) && tgt->kind != DYAD_MK_COUNTRY &&
      tgt->kind != DYAD_MK_SEAT && tgt->kind != DYAD_MK_IGO) {
    /* "Militants ... seizing an Iraqi-Polish woman", "Kidnappers in Iraq
       seize Lebanese-American contractor": people seized by an armed group
       are abducted (181), not property confiscated (171) (accA) */
    const char *e = src->code + strlen(src->code) - 3;
    if (eq3(e, "REB") || eq3(e, "INS") || eq3(e, "SEP") || eq3(e, "UAF") || eq3(e, "CRM")) copy_str(cd, sizeof cd, "181");
  }
  const dyad_cameo *cm = dyad__cameo_lookup(cd);
  dyad_cameo other;
  if (!cm) {
    /* a code outside the codebook (another dictionary set's test codes):
       Goldstein 0, the root's QuadClass */
    int r = (cd[0] >= '0' && cd[0] <= '9' && cd[1] >= '0' && cd[1] <= '9') ? (cd[0] - '0') * 10 + (cd[1] - '0') : 0;
    other.code = "";
    other.name = "(not in the CAMEO codebook)";
    other.goldstein = 0;
    other.quad_class = r >= 1 && r <= 5 ? 1 : r <= 8 && r ? 2 : r <= 13 && r ? 3 : r <= 20 && r ? 4 : 0;
    other.plover = "";
    cm = &other;
  }
  /* the date: the expression that belongs to the verb (pick_date), else the story's */
  char date[11] = "";
  const char *why = "";
  int di = pick_date(c, s, head, vm, nominal, cd[0] == '0' && cd[1] == '3',
                     src->start >= s->start && src->start < s->end ? tok_of(c, s, src->start) : (size_t)-1, &why);
  if (di >= 0) {
    const dyad_datex *dx = &c->dates[di];
    const char *val = dx->value[0] ? dx->value : dx->value_past;
    char ref[11], av[11];
    copy_str(date, sizeof date, val);
    if (dx->anaphor && anaphor_ref(c, s, dx, ref) && dyad__date_anaphor(dx, ref, av)) {
      copy_str(date, sizeof date, av);
      tracef(c, "  date: \"%.*s\" (%s) counts from the story's date %s -> %s", (int)(dx->end - dx->start),
             s->text + dx->start, why, ref, date);
    } else {
      tracef(c, "  date: \"%.*s\" (%s) -> %s%s%s%s", (int)(dx->end - dx->start), s->text + dx->start, why,
             date[0] ? date : "(unresolved)", dx->relative ? " (relative to the document date " : "",
             dx->relative ? (s->date ? s->date : "?") : "", dx->relative ? (dx->future ? ", future reading)" : ")") : "");
    }
    {
      char ad[11];
      if (after_act_day(c, s, head, dx, date, ad)) {
        copy_str(date, sizeof date, ad);
        di = -1; /* (no date text: the day is the next sentence's) */
        tracef(c, "  date: an act told after \"after\" came before it: the day the next sentence gives, %s", date);
      }
    }
    if (dx->vague)
      tracef(c, "  date: \"%.*s\" (%s) places it but gives no date", (int)(dx->end - dx->start),
             s->text + dx->start, why);
    else if (!date[0] && story_date(c, s, date))
      tracef(c, "  date: nothing to count it from -> the story's date %s", date);
    if (!date[0] && dx->anaphor) di = -1; /* no date, so no date text either */
  } else if (c->many_date[0] && c->many_sentence == s->index &&
             src->start == c->many_start) {
    /* "Biden hosted Yoon and Kishida at Camp David on Friday. The three
       leaders agreed ...": the group's own act, on the day they met (not an
       act on them: "Trump accused the three leaders" is his day) */
    copy_str(date, sizeof date, c->many_date);
    tracef(c, "  date: no date expression for the verb -> the day the group named met, %s", date);
  } else if (story_date(c, s, date)) {
    tracef(c, "  date: no date expression for the verb -> the story's date %s", date);
  } else {
    tracef(c, "  date: none (no expression for the verb, no document date)");
  }
  /* dedupe within the sentence */
  for (size_t i = c->nev; i-- > 0;) {
    dyad_event *e = &c->ev[i];
    if (e->sentence != s->index) break;
    if (!strcmp(e->source, src->code) && !strcmp(e->target, tgt ? tgt->code : "") &&
        !strcmp(e->code, cd) && !strcmp(e->date, date))
      return 0;
  }
  if (c->nev == c->capev) {
    size_t n = c->capev ? c->capev * 2 : 16;
    dyad_event *ne = realloc(c->ev, n * sizeof *ne);
    if (!ne) return DYAD_ENOMEM;
    c->ev = ne;
    c->capev = n;
  }
  dyad_event *e = &c->ev[c->nev++];
  memset(e, 0, sizeof *e);
  e->sentence = s->index;
  copy_str(e->source, sizeof e->source, src->code);
  copy_str(e->source_country, sizeof e->source_country, src->country);
  if (tgt) {
    copy_str(e->target, sizeof e->target, tgt->code);
    copy_str(e->target_country, sizeof e->target_country, tgt->country);
    e->target_start = tgt->start;
    e->target_end = tgt->end;
  }
  copy_str(e->code, sizeof e->code, cd);
  e->root[0] = cd[0];
  e->root[1] = cd[1];
  e->root[2] = 0;
  e->goldstein = cm->goldstein;
  e->quad_class = (char)cm->quad_class;
  e->plover = cm->plover;
  e->source_start = src->start;
  e->source_end = src->end;
  e->verb_start = c->tok[vm->tok_start].start;
  e->verb_end = c->tok[vm->tok_end - 1].end;
  copy_str(e->date, sizeof e->date, date);
  if (di >= 0) {
    e->date_start = c->dates[di].start;
    e->date_end = c->dates[di].end;
  }
  if (have_pl) {
    copy_str(e->place, sizeof e->place, pl.name);
    copy_str(e->place_country, sizeof e->place_country, pl.country);
    e->lat = pl.lat;
    e->lon = pl.lon;
  }
  tracef(c, "  event: %s %s %s  (%s, date %s%s%s)", e->source, e->code,
         e->target[0] ? e->target : "-", cm->name, e->date[0] ? e->date : "none",
         e->place[0] ? ", at " : "", e->place);
  return 0;
}

/* Does the match name a weapon launched or tested ("fired two ballistic
** missiles", "a nuclear test")? Out of line: rare, off code_match's path. */
static int weapons_named(const dyad_coder *c, const sent *s, const dyad_vmatch *vm)
#ifdef __GNUC__
    __attribute__((noinline, cold))
#endif
    ;
static int weapons_named(const dyad_coder *c, const sent *s, const dyad_vmatch *vm) {
  for (size_t q = vm->tok_start; q < vm->tok_end; q++) {
    char f = (char)(s->text[c->tok[q].start] | 32);
    if ((f == 'm' || f == 'r' || f == 'n' || f == 'i') &&
        (tok_is(c, s, q, "missile") || tok_is(c, s, q, "missiles") || tok_is(c, s, q, "rocket") ||
         tok_is(c, s, q, "rockets") || tok_is(c, s, q, "nuclear") || tok_is(c, s, q, "icbm")))
      return 1;
  }
  return 0;
}

/* Intent codes for a modal/future verb of a cooperative root. */
static const char *intent_code(const char *code, int hypo) {
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  switch (root) {
  case 4: return "036";
  case 5: return "032";
  case 6: return "031";
  case 7: return "033";
  case 8: return "035";
  case 1: case 2: case 3: case 9: case 10: case 11: case 12: case 13:
    return code;
  case 17: return hypo ? NULL : "137"; /* "vowed to crack down on insurgents": a threat of repression */
  case 18: case 19: case 20: return hypo ? NULL : "138";
  default: return hypo ? NULL : code;
  }
}

/* The refusal a negated future or conditional verb of a cooperative root
** states ("will not resume talks": 125, "would not give in": 124, "will
** not sign the accord": 127), or NULL when a negated verb is no event (a
** past "did not meet", a hostile "will not attack"). (recallA) */
static const char *refusal_code(const char *code, int modal) {
  if (modal != 1 && modal != 2) return NULL;
  switch ((code[0] - '0') * 10 + (code[1] - '0')) {
  case 3: return "120"; /* "would no longer abide by the agreement", "will not cooperate" */
  case 4: return "125";
  case 5: return !strncmp(code, "057", 3) ? "127" : "120";
  case 6: return "121";
  case 7: return "122";
  case 8: return "124";
  default: return NULL;
  }
}

/* Is the "would" before the verb at head (a pattern ending at end) the
** past of "will" in reported speech: "Trump said he would restore the
** sanctions", "announced that Seoul would not renew the pact", "confirmed
** it would suspend the controls"? The words announced are an act announced,
** not a hypothesis: a past reporting verb stands before the would's clause,
** and no condition comes between ("said that if the talks failed, Iran
** would withdraw") or after it ("... would withdraw if they failed" stays a
** threat). (art1) */
static int reported_would(const dyad_coder *c, const sent *s, size_t head, size_t end) {
  size_t w = head;
  for (size_t q = head; q-- > 0 && q + 5 > head;) {
    if (c->hash[q] == c->h_would || c->hash[q] == c->h_wouldnt) {
      w = q;
      break;
    }
    if (c->ment_of[q] || is_hard(c, q) || c->hash[q] == c->h_comma) break;
  }
  if (w == head) return 0;
  for (size_t q = end; q < s->ntok && q < end + 20; q++) /* (past a bracket: "the EU (EU) if") */
    if (c->hash[q] == c->h_if || c->hash[q] == c->h_unless) return 0;
  for (size_t q = w, k = 0; q-- > 0 && k < 24; k++) {
    if (is_hard(c, q) || (c->cls[q] & (W_SUB | W_HOPE | W_HYPO))) return 0;
    if ((c->cls[q] & W_REPORT) && (c->hash[q] == c->h_said || c->hash[q] == c->h_told || c->hash[q] == c->h_added ||
                                   c->hash[q] == c->h_stated || SUF(c, q, S_ED)))
      return c->hash[q] != c->h_according && c->hash[q] != c->h_quoted && c->hash[q] != c->h_claimed;
  }
  return 0;
}

static int verb_mood(const dyad_coder *c, const sent *s, size_t head, int root, int *modal);

/* Does a trip told as made, a travel verb in the past with no mood of its
** own ("flew", "traveled", "went"), end right before token m0, the place
** named after its "to" or "in", with places and prepositions only between
** ("flew from Minsk to Brussels")? (fp5) */
static int trip_made(const dyad_coder *c, const sent *s, size_t m0, int root) {
  static const char *const TRAVEL[] = {"flew", "went", "came", "traveled", "travelled", "headed", "returned",
                                       "arrived", "rushed", "hurried", "journeyed", "sailed", "drove"};
  if (m0 < 2 || !(tok_is(c, s, m0 - 1, "to") || tok_is(c, s, m0 - 1, "in"))) return 0;
  for (size_t q = m0 - 1, k = 0; q > 0 && k < 7; q--, k++) {
    size_t t = q - 1;
    if (c->ment_of[t]) {
      int kd = c->ment[c->ment_of[t] - 1].kind;
      if (kd != DYAD_MK_SEAT && kd != DYAD_MK_COUNTRY) return 0;
      continue;
    }
    if (c->cls[t] & (W_PREP | W_TO)) continue;
    for (size_t i = 0; i < sizeof TRAVEL / sizeof TRAVEL[0]; i++)
      if (tok_is(c, s, t, TRAVEL[i])) {
        int modal = 0;
        return !verb_mood(c, s, t, root, &modal) && !modal;
      }
    return 0;
  }
  return 0;
}

/* Looks left of the verb group for negation and modality. Returns 1 if
** negated; sets *modal (1 future/intent, 2 hypothetical). */
static int verb_mood(const dyad_coder *c, const sent *s, size_t head, int root, int *modal) {
  int meetish = root == 4;
  int verbal = root == 1 || root == 2 || (root >= 10 && root <= 13);
  *modal = 0;
  if (!c->literal && head > 1 && (c->cls[head - 1] & W_AND) && !c->ment_of[head - 1])
    for (size_t v = 0; v < s->nvm; v++)
      if (c->vm[v].tok_end == head - 1 && c->vm[v].tok_start + 1 < head) {
        /* "had no intention to attack or invade the North", "did not meet or
           call him": a verb joined to the one before it with no word of its
           own between shares that one's mood (accB) */
        const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        if (pv && pv->kind == DYAD_VK_VERB) return verb_mood(c, s, c->vm[v].tok_start, root, modal);
      }
  if (!c->literal && head > 0 && SUF(c, head, S_ING) &&
      (c->hash[head - 1] == c->h_without ||
       (head > 1 && c->hash[head - 2] == c->h_without && (c->cls[head - 1] & W_ADV) && !c->ment_of[head - 1])))
    return 1; /* "called for elections without recognizing Guaido", "without first consulting Seoul": not done */
  size_t j = head, steps = 0;
  int neg = 0;
  while (j > 0 && steps < 6) {
    size_t t = j - 1;
    unsigned k = c->cls[t];
    if (c->ment_of[t] || is_hard(c, t) || c->hash[t] == c->h_comma) break;
    if (k & (W_SUB | W_REL | W_THAT | W_BUT)) break;
    if ((k & W_HYPO) && may_surname(c, s, t)) break; /* ("May also suspended": the subject) */
    if (is_neg_tok(s, c, t)) neg = 1;
    if (k & W_HYPO) *modal = *modal ? *modal : 2;
    else if (k & W_MODAL) *modal = 1;
    if ((k & W_TO) && t > 0 && !c->literal &&
        (c->hash[t - 1] == c->h_refused || c->hash[t - 1] == c->h_refuses || c->hash[t - 1] == c->h_refuse ||
         c->hash[t - 1] == c->h_declined || c->hash[t - 1] == c->h_declines)) {
      *modal = 1; /* "has refused to send weapons to Ukraine": a negated future, a refusal (recallA) */
      return 1;
    }
    if ((k & W_TO) && t > 1 && !c->literal && !c->ment_of[t - 1] && (c->ment_of[t - 2] || (c->cls[t - 2] & W_BE)) &&
        (tok_is(c, s, t - 1, "urged") || tok_is(c, s, t - 1, "asked") || tok_is(c, s, t - 1, "pressed") ||
         tok_is(c, s, t - 1, "told"))) {
      *modal = 3; /* "Blair urged to launch probe": what he is urged to do is no event (acc1) */
      return 0;
    }
    if ((k & W_TO) && t > 0 && !c->literal && (tok_is(c, s, t - 1, "voted") || tok_is(c, s, t - 1, "votes")))
      return neg; /* "the cabinet voted to suspend the accord": the vote is the act (acc1) */
    if (k & W_TO) {
      unsigned pk = t > 0 ? c->cls[t - 1] : 0;
      int after_mention = t > 0 && c->ment_of[t - 1];
      if (root >= 18 && (pk & W_INTENT) && t > 1 && (c->cls[t - 2] & (W_DET | W_PREP)) && !(c->cls[t - 2] & W_NEG) &&
          !c->literal && !c->ment_of[t - 1]) { /* (not "had no plans to attack": gen2) */
        /* "killed five in an attempt to assassinate ...": the attempt was made */
        *modal = 0;
        return neg;
      }
      int first_to = 0; /* "became the first Russian defense chief to visit North Korea": a fact */
      if (after_mention && !c->literal)
        for (size_t q = c->ment[c->ment_of[t - 1] - 1].tok_start, k2 = 0; q > 0 && k2 < 2; q--, k2++)
          if (c->hash[q - 1] == c->h_first || c->hash[q - 1] == c->h_only) first_to = 1;
      int noun_to = !c->literal && t > 0 && !c->ment_of[t - 1] &&
                    (c->hash[t - 1] == c->h_invitation || c->hash[t - 1] == c->h_offer ||
                     c->hash[t - 1] == c->h_proposal || c->hash[t - 1] == c->h_commitment ||
                     c->hash[t - 1] == c->h_pledge || c->hash[t - 1] == c->h_promise);
      if (!c->literal && t > 0 && !c->ment_of[t - 1] &&
          (c->hash[t - 1] == c->h_fail || c->hash[t - 1] == c->h_fails || tok_is(c, s, t - 1, "failed") ||
           tok_is(c, s, t - 1, "failing"))) {
        *modal = 3; /* "accused Hungary of failing to condemn Russia": not done, no event (gen2) */
        return 0;
      }
      if ((pk & (W_EVID | W_REPORT)) || (verbal && !(pk & (W_INTENT | W_MODAL))) || first_to ||
          (after_mention && !meetish && !c->literal && c->ment[c->ment_of[t - 1] - 1].tok_end == t &&
           c->ment[c->ment_of[t - 1] - 1].tok_start == 0)) {
        /* "appears to have received", "claimed to have killed", "used his
           speech to urge": no modality; a headline's "Blair to put troops
           under US command", "Austria to extradite ...": the act announced
           (recallA) */
      } else if (meetish && after_mention && !c->literal && trip_made(c, s, c->ment[c->ment_of[t - 1] - 1].tok_start, root)) {
        /* "Merkel, Hollande and Poroshenko flew from Minsk to Brussels to
           brief European Union leaders": the meeting a trip made was for
           took place (but "is to fly to Seoul to brief Moon": intent; fp5) */
      } else if ((pk & (W_INTENT | W_BE)) || (after_mention && c->hash[head] != 0 && meetish) || noun_to ||
                 (!c->literal && t > 1 && c->hash[t - 2] == c->h_would &&
                  (tok_is(c, s, t - 1, "like") || tok_is(c, s, t - 1, "love")))) {
        /* ("Trump said he would like to meet Kim this year": a wish of the
           speaker's own, intent as "wants to meet", not a hypothesis; art2) */
        *modal = *modal ? *modal : 1; /* (and "accepted an invitation to meet Putin", "the U.S.
                                         commitment to defend the South": intent; recallA) */
      } else if (root == 14 && !c->literal && t > 0 && !c->ment_of[t - 1] && (c->wflag[t - 1] & DYAD_VW_WORD) &&
                 !(pk & (W_DET | W_PREP)) && c->hash[t - 1] != c->h_right && c->hash[t - 1] != c->h_calls &&
                 c->hash[t - 1] != c->h_plans) {
        /* "braved freezing temperatures to protest", "gathered in the square
           to demonstrate": the gathering is the protest (recallA) */
        return neg;
      } else {
        *modal = 3; /* "a lot to discuss", "efforts to restore": no event */
        return 0;
      }
    }
    if (k & W_INTENT) {
      if (*modal == 0 || *modal == 2) *modal = 1;
    }
    if (!(k & (W_BE | W_AUX | W_MODAL | W_NEG | W_ADV | W_TO | W_INTENT)) &&
        !SUF(c, t, S_LY) && !is_neg_tok(s, c, t) &&
        !(j == head && SUF(c, head, S_ING) && (k & W_INGOK) && !(k & (W_PREP | W_SUB)) && !c->literal &&
          !tok_is(c, s, t, "as"))) /* "should keep talking": the aspect verb's mood (acc1) */
      break;
    j = t;
    steps++;
  }
  return neg;
}

/* Passive: "was attacked by X" (a be-form right before the verb). */
/* Is the verb at head (a pattern ending at tok end) a participle of
** something done to someone, with no object after it: "(militant) gunned
** down", "(soldiers) killed in Iraq", "(journalist) kidnapped by"? Only
** verbs that need an object when active. */
static int done_to(const dyad_coder *c, const sent *s, size_t head, size_t end, const dyad_vpattern *p) {
  static const char *const STEMS[] = {
      "kill", "slain", "shot", "gunn", "wound", "injur", "murder", "behead", "execut", "assassinat",
      "arrest", "detain", "jail", "imprison", "kidnap", "abduct", "seiz", "captur", "freed", "releas",
      "deport", "expel", "sentenc", "convict", "charg", "hang", "stabb", "beat", "tortur", "held",
      "ambush", "attack", "bomb", "raid", "target", "shell", "hurt", "expel", "extradit", "pardon",
      "accus", "blam", "snatch"};
  const dyad_token *t = &c->tok[head];
  size_t tl = t->end - t->start;
  const char *tp = s->text + t->start;
  int root = (p->code[0] - '0') * 10 + (p->code[1] - '0');
  if (root < 17 && strncmp(p->code, "084", 3) && strncmp(p->code, "056", 3) && strncmp(p->code, "112", 3)) return 0;
  if (!SUF(c, head, S_ED) && !(tl == 4 && !strncasecmp(tp, "shot", 4)) && !(tl == 5 && !strncasecmp(tp, "slain", 5)) &&
      !(tl == 4 && !strncasecmp(tp, "held", 4)) && !(tl == 6 && !strncasecmp(tp, "beaten", 6)) &&
      !(tl == 5 && !strncasecmp(tp, "taken", 5) && root == 18 && end == head + 2))
    return 0;
  int stem = tl == 5 && !strncasecmp(tp, "taken", 5); /* "citizen taken hostage in Iraq" */
  for (size_t k = 0; k < sizeof STEMS / sizeof STEMS[0] && !stem; k++) {
    if ((tp[0] | 32) != STEMS[k][0]) continue; /* (strncasecmp's first test: the stems are lower-case letters) */
    size_t n = strlen(STEMS[k]);
    if (tl >= n && !strncasecmp(tp, STEMS[k], n)) stem = 1;
  }
  if (!stem) return 0;
  for (size_t q = head + 1; q < end; q++)
    if (c->ment_of[q] && !(q + 1 == end && tl == 5 && !strncasecmp(tp, "taken", 5)))
      return 0; /* the object is inside the match: "accused the United States of terrorism" */
  if (end > head + 1 && (tok_is(c, s, end - 1, "targets") || tok_is(c, s, end - 1, "positions") ||
                         tok_is(c, s, end - 1, "bases") || tok_is(c, s, end - 1, "strongholds")))
    return 0; /* ... or its object noun: "U.S. planes bombed targets in Falluja" (acc1) */
  while (end < s->ntok && SUF(c, end, S_LY) && !c->ment_of[end]) end++; /* "killed recently in Iraq" */
  if (end >= s->ntok) return 1;
  for (size_t q = end, k = 0; q < s->ntok && k < 3 && !c->ment_of[q]; q++, k++) {
    /* "workers kidnapped last month", "abducted three weeks ago": a time, not an object */
    if ((c->cls[q] & W_TIME) || (c->tok[q].end - c->tok[q].start == 3 && !strncasecmp(s->text + c->tok[q].start, "ago", 3)))
      return 1;
    if (!(c->tok[q].flags & DYAD_TOK_NUMBER) && !(c->cls[q] & W_DET)) break;
  }
  if (!(c->wflag[end] & DYAD_VW_WORD)) return !(c->tok[end].flags & DYAD_TOK_NUMBER) && c->hash[end] != c->h_poss;
  if (c->hash[end] == c->h_at && end + 1 < s->ntok && (c->tok[end + 1].end - c->tok[end + 1].start) >= 4 &&
      (!strncasecmp(s->text + c->tok[end + 1].start, "least", 5) || !strncasecmp(s->text + c->tok[end + 1].start, "most", 4)))
    return 0; /* "killed at least 27 people" */
  if (c->cls[end] & (W_LOC | W_SUB | W_TIME)) return 1;
  return c->hash[end] == c->h_by || c->hash[end] == c->h_for || c->hash[end] == c->h_over ||
         c->hash[end] == c->h_on ||
         (c->hash[end] == c->h_dead && /* "policeman shot dead", not "shot dead five Palestinians" */
          !(end + 1 < s->ntok && (c->ment_of[end + 1] || (c->cls[end + 1] & W_DET) ||
                                  (c->tok[end + 1].flags & DYAD_TOK_NUMBER))));
}

/* Literal mode: 1 when mention m codes (for dyad__petrarch_slots). */
static int lit_coded(const void *ud, size_t m) {
  const dyad_coder *c = ud;
  return c->mres[m].n > 0;
}

/* Literal mode: the sentence as dyad__petrarch_slots reads it. */
static void lit_slots_in(const dyad_coder *c, const sent *s, dyad__pslots_in *in) {
  in->text = s->text;
  in->tok = c->tok;
  in->ntok = s->ntok;
  in->ment = c->ment;
  in->actor_of = c->ment_of;
  in->coded = lit_coded;
  in->ud = c;
}

static int lit_subject(dyad_coder *c, const sent *s, size_t k0, group *S);

/* Literal mode: is the word at token v, where a pattern put its verb, a
** noun or an adjective? After an article ("an accord"), a degree adverb
** ("very close to"), or a plain noun ("daylight raids"). */
static int lit_not_verb(dyad_coder *c, const sent *s, int v) {
  size_t i = (size_t)v;
  const char *why = NULL;
  if (v <= 0) return 0;
  {
    const char *w = s->text + c->tok[i - 1].start;
    size_t n = c->tok[i - 1].end - c->tok[i - 1].start;
    if (c->hash[i - 1] == c->h_a || c->hash[i - 1] == c->h_an || c->hash[i - 1] == c->h_the)
      why = "follows an article: a noun";
    else if ((n == 4 && !strncasecmp(w, "very", 4)) || (n == 2 && !strncasecmp(w, "so", 2)) ||
             (n == 3 && !strncasecmp(w, "too", 3)))
      why = "follows a degree adverb: an adjective";
    else if (!c->cls[i - 1] && !c->ment_of[i - 1] && !c->ment_of[i] && (c->wflag[i - 1] & DYAD_VW_WORD) &&
             !(c->tok[i - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER | DYAD_TOK_QUOTE)) &&
             !(c->tok[i].flags & DYAD_TOK_CAP) && !SUF(c, i, S_ED) && !SUF(c, i, S_ING) && n >= 3 &&
             s->text[c->tok[i].end - 1] == 's' &&
             (i < 2 || (!c->ment_of[i - 2] && !(c->cls[i - 2] & (W_TO | W_MODAL | W_NEG | W_AND | W_AUX)))))
      why = "follows a plain noun: a compound noun";
  }
  if (!why) return 0;
  tracef(c, "  literal: \"%.*s\" %s, no event", (int)(c->tok[i].end - c->tok[i].start), s->text + c->tok[i].start, why);
  return 1;
}

/* Literal mode: is the verb followed by nothing but a bare time word
** ("today", "yesterday") before the sentence ends? */
static int lit_bare_time(const dyad_coder *c, const sent *s, size_t from) {
  static const char *const tw[] = {"today", "yesterday", "tonight", "now"};
  int time = 0;
  for (size_t t = from; t < s->ntok; t++) {
    size_t n = c->tok[t].end - c->tok[t].start, k;
    const char *w = s->text + c->tok[t].start;
    if (!(c->tok[t].flags & DYAD_TOK_WORD)) {
      if (n == 1 && (*w == '.' || *w == '!' || *w == '?')) continue;
      return 0;
    }
    for (k = 0; k < sizeof tw / sizeof tw[0]; k++)
      if (strlen(tw[k]) == n && !strncasecmp(w, tw[k], n)) break;
    if (k == sizeof tw / sizeof tw[0] || time) return 0;
    time = 1;
  }
  return time;
}

/* Literal mode: a comma, "that", a subordinator or a hard mark in [from, to)? */
static int lit_clause_break(const dyad_coder *c, size_t from, size_t to) {
  for (size_t t = from; t < to; t++)
    if (c->hash[t] == c->h_comma || is_hard(c, t) || (c->cls[t] & (W_THAT | W_SUB | W_REL))) return 1;
  return 0;
}

/* Literal mode: are tokens [from, to) a name nobody lists and the verb's
** auxiliaries ("Fornost President | Umbardacil has again | appealed")? */
static int lit_name_after(const dyad_coder *c, size_t from, size_t to) {
  int names = 0;
  for (size_t t = from; t < to; t++) {
    if (c->ment_of[t]) return 0;
    if ((c->tok[t].flags & DYAD_TOK_CAP) && (c->wflag[t] & DYAD_VW_WORD) && !c->cls[t] && !names) {
      while (t + 1 < to && (c->tok[t + 1].flags & DYAD_TOK_CAP) && !c->ment_of[t + 1]) t++;
      names = 1;
      continue;
    }
    if (!names || !(c->cls[t] & (W_AUX | W_MODAL | W_ADV | W_NEG | W_BE | S_LY))) return 0;
  }
  return names;
}

/* Literal mode: the TABARI pattern behind a match places its actors ($
** source, + target, ^ skipped); the subject and object found by the clause
** analysis fill what the pattern leaves open. Returns 1 when the match is
** no event (its verb is a noun: "an accord"). */
static int lit_slots(dyad_coder *c, const sent *s, const dyad_vmatch *vm, const dyad_vpattern *p,
                     group *S, group *T) {
  const dyad__petrarch *pet = dyad__petrarch_of(c->d);
  dyad__pslots_in in;
  dyad__pslots out;
  group oldS, oldT = *T;
  if (S->n) {
    /* "... with France that territorial disputes should be": a subject
       across "that" or a subordinator is another clause's */
    uint32_t send = 0;
    for (int i = 0; i < S->n; i++)
      if (S->a[i].end > send) send = S->a[i].end;
    for (size_t t = tok_of(c, s, send); t < vm->tok_start && S->n; t++)
      if (c->cls[t] & (W_THAT | W_SUB)) {
        S->n = 0;
        tracef(c, "  literal: the subject is across \"that\": none");
      }
  }
  if (S->n) {
    /* the compound subject around the subject's last actor */
    size_t k0 = (size_t)-1;
    uint32_t last = 0;
    for (int i = 0; i < S->n; i++)
      if (S->a[i].start >= last) last = S->a[i].start;
    for (size_t k = 0; k < s->nment; k++)
      if (c->ment[k].start == last) k0 = k;
    if (k0 != (size_t)-1) lit_subject(c, s, k0, S);
  }
  if (!S->n && vm->tok_start > 1 && c->hash[vm->tok_start - 1] == c->h_rparen) {
    /* "The Philippines and the European Union (EU) agree": the subject
       before a parenthesis */
    size_t t = vm->tok_start - 1;
    while (t > 0 && c->hash[t] != c->h_lparen) t--;
    if (t > 0 && c->ment_of[t - 1] && c->mres[c->ment_of[t - 1] - 1].n) {
      size_t k = (size_t)c->ment_of[t - 1] - 1;
      if (!lit_subject(c, s, k, S)) *S = c->mres[k];
      tracef(c, "  literal: the subject before the parenthesis");
    }
  }
  oldS = *S;
  if (!pet || !p->file) return 0;
  lit_slots_in(c, s, &in);
  if (!dyad__petrarch_slots(pet, p->file, p->line, &in, vm->tok_start, vm->tok_end, &out)) {
    /* a verb alone: its one word */
    out.verb = vm->tok_end == vm->tok_start + 1 ? (int)vm->tok_start : -1;
    out.source = out.target = -1;
  }
  if (lit_not_verb(c, s, out.verb)) return 1;
  if (!S->n && out.verb > (int)vm->tok_start) {
    /* "Neither Galadriel nor Gollum boycotted": the subject inside the
       pattern's words */
    for (size_t k = s->nment; k-- > 0;)
      if (c->ment[k].tok_end <= (size_t)out.verb && c->ment[k].tok_start >= vm->tok_start && c->mres[k].n) {
        if (!lit_subject(c, s, k, S)) *S = c->mres[k];
        oldS = *S;
        if (T->n && T->a[0].start < c->tok[vm->tok_end - 1].end) {
          /* and the target after the pattern, not inside it */
          find_target(c, s, vm->tok_end, 0, 0, p, (size_t)(vm - c->vm), T);
        }
        break;
      }
  }
  if (out.target >= 0) {
    *T = c->mres[out.target];
    tracef(c, "  pattern slot +: target \"%.*s\"", (int)(c->ment[out.target].end - c->ment[out.target].start),
           s->text + c->ment[out.target].start);
  } else if (out.target_tok >= 0 && c->ment_of[out.target_tok]) {
    /* "^ +" over "the parliament of Gondor": the actor after "of" */
    const dyad_mention *mm = &c->ment[c->ment_of[out.target_tok] - 1];
    size_t b = (size_t)out.target_tok, e = mm->tok_end;
    dyad_mention sub;
    if (e - b <= 8 && dyad__find_actors(c->d, s->text, c->tok + b, e - b, s->date, &sub, 1) == 1 &&
        sub.tok_start == 0 && sub.code[0]) {
      memset(&T->a[0], 0, sizeof T->a[0]);
      set_code(&T->a[0], sub.code, sub.country);
      T->a[0].start = sub.start;
      T->a[0].end = sub.end;
      T->a[0].person = -1;
      T->a[0].kind = sub.kind;
      T->n = 1;
      tracef(c, "  pattern slot + inside \"%.*s\": target %s", (int)(mm->end - mm->start), s->text + mm->start,
             T->a[0].code);
    }
  }
  if (out.source >= 0) {
    *S = c->mres[out.source];
    tracef(c, "  pattern slot $: source \"%.*s\"", (int)(c->ment[out.source].end - c->ment[out.source].start),
           s->text + c->ment[out.source].start);
    if (out.target < 0 && oldS.n && oldS.a[0].start != c->ment[out.source].start) *T = oldS;
  } else if (out.target >= 0 && (!oldS.n || oldS.a[0].start == c->ment[out.target].start)) {
    /* the subject was the + actor: the first other actor before it */
    S->n = 0;
    for (size_t k = 0; k < s->nment && c->ment[k].tok_start < c->ment[out.target].tok_start; k++)
      if (c->mres[k].n) {
        *S = c->mres[k];
        break;
      }
  }
  (void)oldT;
  if (!S->n) {
    /* "Eriador's death toll has risen": a possessor is the source too */
    for (size_t k = s->nment; k-- > 0;)
      if (c->ment[k].tok_end <= vm->tok_start && c->mres[k].n && (int)k != out.target &&
          !lit_clause_break(c, c->ment[k].tok_end, vm->tok_start) &&
          ((c->ment[k].flags & DYAD_MF_POSSESSIVE) || /* or "Calenardhon crowds burned" */
           (c->ment[k].tok_end + 1 == vm->tok_start && (c->wflag[c->ment[k].tok_end] & DYAD_VW_WORD) &&
            !c->cls[c->ment[k].tok_end] && !(c->tok[c->ment[k].tok_end].flags & DYAD_TOK_CAP)) ||
           lit_name_after(c, c->ment[k].tok_end, vm->tok_start))) {
        *S = c->mres[k];
        tracef(c, "  literal: the nearest actor before the pattern is the source");
        break;
      }
  }
  return 0;
}

/* Literal mode: the compound subject PETRARCH reads in the noun phrase that
** ends with mention k0: conjuncts split at "and", "or", "nor" and commas,
** each coding as its first actor ("Calenardhon and the evil Arnor awful
** Gondor" -> CAL, ARN; "Ithilen's sheep and goats of Gondor" -> ITH, GON);
** agents before "of"/"in"/"from" go with every actor after it ("Lawmakers
** and officials in Fornost and Gondor" -> FORLEG GONLEG FORGOV GONGOV).
** Returns the number of actors put in *S (0: leave it as it was). */
static int lit_subject(dyad_coder *c, const sent *s, size_t k0, group *S) {
  size_t b = c->ment[k0].tok_start, e = c->ment[k0].tok_end, p = (size_t)-1;
  group G;
  int nconj = 1;
  G.n = 0;
  /* the phrase's left end */
  while (b > 0) {
    size_t t = b - 1;
    unsigned k = c->cls[t];
    if (c->ment_of[t]) {
      b = c->ment[c->ment_of[t] - 1].tok_start;
      continue;
    }
    {
      int inverb = 0; /* another verb's words end the phrase */
      for (size_t v = 0; v < s->nvm && !inverb; v++)
        if (t >= c->vm[v].tok_start && t < c->vm[v].tok_end &&
            !(c->ment[k0].tok_start >= c->vm[v].tok_start && c->ment[k0].tok_start < c->vm[v].tok_end))
          inverb = 1;
      if (inverb) break;
    }
    if (c->hash[t] == c->h_comma || (k & W_AND) || c->hash[t] == c->h_nor) {
      /* a comma lists actors only: "Evil Mordor, the awful Fornost, and" */
      size_t q = t;
      if (q > 0 && c->hash[t] != c->h_comma && c->hash[q - 1] == c->h_comma) q--;
      if (q == 0 || !(c->ment_of[q - 1] || ((c->wflag[q - 1] & DYAD_VW_WORD) && c->hash[t] != c->h_comma)))
        break;
      nconj++;
      b = q;
      continue;
    }
    if (!(c->wflag[t] & DYAD_VW_WORD) || is_hard(c, t) ||
        (k & (W_BE | W_AUX | W_MODAL | W_SUB | W_REL | W_THAT | W_TO | W_PRON | W_REPORT)) ||
        ((k & W_PREP) && c->hash[t] != c->h_of && c->hash[t] != c->h_in && c->hash[t] != c->h_from))
      break;
    b = t;
  }
  /* no conjunction or commas: the phrase is the subject found */
  if (nconj == 1) return 0;
  while (b < e && c->hash[b] == c->h_comma) b++;
  for (size_t t = b; t < e && p == (size_t)-1; t++)
    if (!c->ment_of[t] && (c->hash[t] == c->h_of || c->hash[t] == c->h_in || c->hash[t] == c->h_from)) p = t;
  if (p != (size_t)-1) {
    /* agents before the preposition, actors after it */
    int all_agents = 1, na = 0, nx = 0;
    for (size_t k = 0; k < s->nment; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start < b || m->tok_end > e) continue;
      if (m->tok_start < p) {
        if (m->kind == DYAD_MK_AGENT && !m->code[0] && !m->country[0] && m->sector[0]) na++;
        else all_agents = 0;
      } else if (c->mres[k].n && m->kind != DYAD_MK_AGENT && m->code[0]) {
        nx++;
      }
    }
    if (all_agents && na && nx) {
      for (size_t a = 0; a < s->nment; a++) {
        const dyad_mention *ma = &c->ment[a];
        if (ma->tok_start < b || ma->tok_start >= p) continue;
        for (size_t k = 0; k < s->nment && G.n < GMAX; k++) {
          const dyad_mention *m = &c->ment[k];
          char code[64];
          if (m->tok_start < p || m->tok_end > e || !c->mres[k].n || m->kind == DYAD_MK_AGENT || !m->code[0]) continue;
          G.a[G.n] = c->mres[k].a[0];
          cat2(code, sizeof code, m->code, ma->sector);
          copy_str(G.a[G.n].code, sizeof G.a[G.n].code, code);
          G.n++;
        }
      }
      *S = G;
      tracef(c, "  literal: agents before \"of/in\" go with each actor after it (%d)", G.n);
      return G.n;
    }
  }
  {
    /* "Ithilen's awful and evil minister Calimehtar": adjectives joined
       under a possessor, the head an agent: one actor, the possessor's
       country with the agent's sector */
    size_t t = b;
    if (c->ment_of[t] && (c->ment[c->ment_of[t] - 1].flags & DYAD_MF_POSSESSIVE) &&
        c->mres[c->ment_of[t] - 1].n && k0 != (size_t)c->ment_of[t] - 1 && c->ment[k0].kind == DYAD_MK_AGENT &&
        c->ment[k0].sector[0]) {
      size_t q = c->ment[c->ment_of[t] - 1].tok_end;
      int adj = 0, ok = 1;
      for (; q < c->ment[k0].tok_start && ok; q++) {
        if (c->cls[q] & W_AND) continue;
        if (c->ment_of[q] || !(c->wflag[q] & DYAD_VW_WORD) || (c->tok[q].flags & DYAD_TOK_CAP) || c->cls[q]) ok = 0;
        else adj++;
      }
      if (ok && adj >= 2) {
        const actor *x = &c->mres[c->ment_of[t] - 1].a[0];
        char code[96];
        G.a[0] = c->mres[k0].n ? c->mres[k0].a[0] : *x;
        cat2(code, sizeof code, x->code, c->ment[k0].sector);
        set_code(&G.a[0], code, x->country);
        G.n = 1;
        *S = G;
        tracef(c, "  literal: modifiers joined under a possessor: %s", code);
        return 1;
      }
    }
  }
  /* each conjunct: its first actor */
  for (size_t t = b, first = 1; t < e; t++) {
    if (!c->ment_of[t] && (c->hash[t] == c->h_comma || (c->cls[t] & W_AND) || c->hash[t] == c->h_nor)) {
      first = 1;
      continue;
    }
    if (!first || !c->ment_of[t]) continue;
    {
      size_t k = (size_t)c->ment_of[t] - 1;
      if (c->mres[k].n && G.n < GMAX) {
        for (int x = 0; x < c->mres[k].n && G.n < GMAX; x++) G.a[G.n++] = c->mres[k].a[x];
        first = 0;
      }
      t = c->ment[k].tok_end - 1;
    }
  }
  if (G.n < 1) return 0;
  if (c->ment_of[b] && !(b > 0 && (c->cls[b - 1] & W_DET))) {
    /* "Danish media and government" (no article): the nationality of the
       first conjunct goes with the bare agents after it (DNKMED DNKGOV;
       "The Danish media and government": ---GOV, PETRARCH's tree splits) */
    const dyad_mention *m1 = &c->ment[c->ment_of[b] - 1];
    if (m1->kind == DYAD_MK_AGENT && m1->country[0] && m1->tok_start == b && !(c->cls[b] & W_DET) &&
        c->mres[c->ment_of[b] - 1].n && G.a[0].start == m1->start)
      for (int i = 1; i < G.n; i++)
        for (size_t k = 0; k < s->nment; k++) {
          const dyad_mention *m = &c->ment[k];
          char code[sizeof G.a[i].code + 16];
          if (m->start != G.a[i].start || m->tok_start < b || m->tok_end > e) continue;
          if (m->kind != DYAD_MK_AGENT || m->country[0] || !m->sector[0] || (c->cls[m->tok_start] & W_DET) ||
              (c->cls[m->tok_start - 1] & W_DET))
            continue;
          cat2(code, sizeof code, m1->country, m->sector);
          set_code(&G.a[i], code, m1->country);
          tracef(c, "  literal: the nationality goes with the bare agent: %s", code);
        }
  }
  {
    /* "The ambassadors of Arnor, Osgiliath and Gondor": the agent of the
       first conjunct goes with the countries listed after it */
    size_t k1 = (size_t)-1;
    for (size_t k = 0; k < s->nment && k1 == (size_t)-1; k++)
      if (c->ment[k].tok_start >= b && c->mres[k].n && c->mres[k].a[0].start == G.a[0].start) k1 = k;
    if (k1 != (size_t)-1 && c->ment[k1].kind == DYAD_MK_AGENT && c->ment[k1].sector[0] && c->ment[k1].code[0]) {
      int of = 0;
      for (size_t t = c->ment[k1].tok_start; t < c->ment[k1].tok_end; t++) of |= c->hash[t] == c->h_of;
      for (int i = 1; of && i < G.n; i++)
        if (G.a[i].kind == DYAD_MK_COUNTRY) {
          char code[64];
          cat2(code, sizeof code, G.a[i].code, c->ment[k1].sector);
          copy_str(G.a[i].code, sizeof G.a[i].code, code);
        }
    }
  }
  *S = G;
  tracef(c, "  literal: compound subject, the first actor of each conjunct (%d)", G.n);
  return G.n;
}

/* Literal mode: is there a subordinating word ("after", "until", "when")
** between tokens from and to? */
static int lit_subordinate(const dyad_coder *c, size_t from, size_t to) {
  int sub = 0; /* the clause runs to the next comma */
  for (size_t t = from; t < to; t++) {
    if (c->cls[t] & W_SUB) sub = 1;
    else if (c->hash[t] == c->h_comma || is_hard(c, t)) sub = 0;
  }
  return sub;
}

/* Literal mode: is there a "by X" agent (an actor) within a few tokens
** after the verb, or is the passive an infinitive ("to be allowed")? Else
** PETRARCH reads the passive as written. */
static int lit_by_agent(const dyad_coder *c, const sent *s, size_t head, size_t from) {
  size_t j = head;
  while (j > 0 && ((c->cls[j - 1] & (W_ADV | W_NEG)) || SUF(c, j - 1, S_LY))) j--;
  if (j > 1 && (c->cls[j - 2] & W_TO)) return 1;
  for (size_t t = from; t < s->ntok && t < from + 6; t++) {
    if (c->hash[t] != c->h_by) continue;
    for (size_t r = t + 1; r < s->ntok && r < t + 8; r++) {
      if (is_hard(c, r) || c->hash[r] == c->h_comma) break;
      if (c->ment_of[r] && c->mres[c->ment_of[r] - 1].n) return 1;
    }
    return 0;
  }
  return 0;
}

/* Literal mode: an actor name written with a space ("ITHILEN TELEVISION")
** matches with other words of its noun phrase between those two, as in
** TABARI and PETRARCH ("Ithilen state-run television" -> ITHTV): a mention
** followed by one to three plain words (no article, preposition, verb
** word, pronoun or punctuation) and then the rest of such a name grows
** into the longer actor, coded as the dictionary codes the name without
** the gap. Names match in any case, as PETRARCH's do ("Ithilen
** television"), also with no gap. */
static void lit_gapped_mentions(dyad_coder *c, const sent *s, size_t n) {
  const dyad__petrarch *pet = dyad__petrarch_of(c->d);
  const unsigned stop = W_PREP | W_AND | W_DET | W_BE | W_AUX | W_MODAL | W_SUB | W_REL | W_THAT | W_TO |
                        W_PRON | W_REPORT | W_NEG;
  if (!pet) return;
  for (size_t k = 0; k < s->nment; k++) {
    dyad_mention *m = &c->ment[k];
    size_t a = m->tok_start, b = m->tok_end, best = 0;
    dyad_mention found;
    if (b - a > 4) continue;
    for (size_t g = 0; g <= 3 && b + g < n; g++) {
      size_t t = b + g - 1;
      if (g && (c->ment_of[t] || !(c->wflag[t] & DYAD_VW_WORD) || (c->cls[t] & stop) || c->hash[t] == c->h_poss))
        break;
      for (size_t L = 1; L <= 2 && b + g + L <= n; L++) {
        dyad_token tmp[8];
        dyad_mention mt;
        char words[256];
        size_t nt = 0, w = 0, u = b + g + L - 1;
        if (c->ment_of[u] || !(c->wflag[u] & DYAD_VW_WORD)) break;
        for (size_t q = a; q < b; q++) tmp[nt++] = c->tok[q];
        for (size_t q = b + g; q < b + g + L; q++) tmp[nt++] = c->tok[q];
        for (size_t q = 0; q < nt; q++) {
          /* the name without the gap, in capitals as PETRARCH matches */
          uint32_t o0 = tmp[q].start, o1 = tmp[q].end;
          if (q && w + 1 < sizeof words) words[w++] = ' ';
          tmp[q].start = (uint32_t)w;
          for (uint32_t o = o0; o < o1 && w + 1 < sizeof words; o++) {
            char ch = s->text[o];
            words[w++] = ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch;
          }
          tmp[q].end = (uint32_t)w;
          tmp[q].flags |= DYAD_TOK_CAP;
        }
        words[w] = 0;
        if (w + 1 >= sizeof words || (g && !dyad__petrarch_gapped(pet, words, b - a))) continue;
        if (dyad__find_actors(c->d, words, tmp, nt, s->date, &mt, 1) != 1 || mt.tok_start != 0 ||
            mt.tok_end != nt || !mt.code[0])
          continue;
        found = mt;
        best = b + g + L;
      }
      if (best) break;
    }
    if (!best) continue;
    tracef(c, "  literal: \"%.*s\" is the actor %s (a name written with a space, words between)",
           (int)(c->tok[best - 1].end - m->start), s->text + m->start, found.code);
    found.tok_start = (uint32_t)a;
    found.tok_end = (uint32_t)best;
    found.start = c->tok[a].start;
    found.end = c->tok[best - 1].end;
    *m = found;
    for (size_t t = a; t < best; t++) c->ment_of[t] = (int32_t)(k + 1);
  }
}

/* Literal mode, PETRARCH's new_actor_length: is token t outside every verb
** match but vm's own? */
static int lit_in_other_verb(const dyad_coder *c, const sent *s, const dyad_vmatch *vm, size_t t) {
  for (size_t v = 0; v < s->nvm; v++)
    if (&c->vm[v] != vm && t >= c->vm[v].tok_start && t < c->vm[v].tok_end) return 1;
  return 0;
}

/* Literal mode: the noun phrase [b, e) as a new actor when it holds no
** coded actor and has 1..c->lit_newlen words ("'s" not counted): its words
** in capitals, quoted. Returns 1 when *a was filled. */
static int lit_new_actor(const dyad_coder *c, const sent *s, size_t b, size_t e, actor *a) {
  char code[sizeof a->code];
  size_t k = 0;
  int words = 0;
  for (size_t t = b; t < e; t++) {
    if (c->ment_of[t] && c->mres[c->ment_of[t] - 1].n) return 0;
    if (c->hash[t] == c->h_poss || !(c->wflag[t] & DYAD_VW_WORD)) continue;
    words++;
  }
  if (words < 1 || words > c->lit_newlen) return 0;
  code[k++] = '"';
  for (size_t t = b, first = 1; t < e; t++) {
    if (c->hash[t] == c->h_poss || !(c->wflag[t] & DYAD_VW_WORD)) continue;
    if (!first && k + 1 < sizeof code) code[k++] = ' ';
    first = 0;
    for (uint32_t o = c->tok[t].start; o < c->tok[t].end && k + 1 < sizeof code; o++) {
      char ch = s->text[o];
      code[k++] = ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch;
    }
  }
  if (k + 1 >= sizeof code) return 0; /* too long to hold: no actor */
  code[k++] = '"';
  code[k] = 0;
  memset(a, 0, sizeof *a);
  copy_str(a->code, sizeof a->code, code);
  a->start = c->tok[b].start;
  a->end = c->tok[e - 1].end;
  a->person = -1;
  return 1;
}

/* Literal mode, PETRARCH's new_actor_length (c->lit_newlen > 0): noun
** phrases with no actor in them become actors of their own words. The
** subject: the phrase before the verb (its auxiliaries skipped), each
** conjunct of a compound ("Eriador's death and injury toll has risen" ->
** ERI and "INJURY TOLL") that holds no actor; added to *S. The object, when
** *T is empty: the first noun phrase after the match, past prepositions, up
** to the next preposition but "of" ("left for the Ministry of Magic on
** Wednesday" -> "THE MINISTRY OF MAGIC"). */
static void lit_new_actors(dyad_coder *c, const sent *s, const dyad_vmatch *vm, group *S, group *T) {
  const dyad__petrarch *pet = dyad__petrarch_of(c->d);
  const dyad_vpattern *p = dyad__verbs_pattern(c->v, vm->pattern);
  size_t v = vm->tok_start, b, e;
  if (pet && p && p->file) {
    /* the pattern's verb, which may come after its first words */
    dyad__pslots_in in;
    dyad__pslots out;
    lit_slots_in(c, s, &in);
    if (dyad__petrarch_slots(pet, p->file, p->line, &in, vm->tok_start, vm->tok_end, &out) && out.verb > (int)v)
      v = (size_t)out.verb;
  }
  e = v;
  while (e > 0 && (c->cls[e - 1] & (W_AUX | W_BE | W_MODAL | W_ADV | W_NEG))) e--;
  b = e;
  while (b > 0) {
    size_t t = b - 1;
    unsigned k = c->cls[t];
    if (c->ment_of[t]) {
      b = t;
      continue;
    }
    if (lit_in_other_verb(c, s, vm, t) || c->hash[t] == c->h_comma || !(c->wflag[t] & DYAD_VW_WORD) ||
        is_hard(c, t) || (k & (W_BE | W_AUX | W_MODAL | W_SUB | W_REL | W_THAT | W_TO | W_PRON | W_REPORT)) ||
        ((k & W_PREP) && c->hash[t] != c->h_of))
      break;
    b = t;
  }
  if (b < e) {
    /* each conjunct with no actor */
    int nconj = 0, coded = 0;
    for (size_t t = b, cb = b; t <= e; t++) {
      if (t < e && !((c->cls[t] & W_AND) || c->hash[t] == c->h_or || c->hash[t] == c->h_nor)) continue;
      if (t > cb) nconj++;
      cb = t + 1;
    }
    for (size_t t = b, cb = b; t <= e && S->n < GMAX; t++) {
      actor a;
      if (t < e && !((c->cls[t] & W_AND) || c->hash[t] == c->h_or || c->hash[t] == c->h_nor)) continue;
      if (t > cb && (nconj > 1 || !S->n) && lit_new_actor(c, s, cb, t, &a)) {
        int dup = 0;
        for (int i = 0; i < S->n; i++) dup |= !strcmp(S->a[i].code, a.code);
        if (!dup) {
          S->a[S->n++] = a;
          coded++;
          tracef(c, "  literal: new actor (source) %s", a.code);
        }
      }
      cb = t + 1;
    }
    (void)coded;
  }
  if (!T->n) {
    size_t t = vm->tok_end;
    while (t < s->ntok && (c->cls[t] & W_PREP) && !(c->cls[t] & W_SUB) && !c->ment_of[t]) t++;
    b = t;
    for (; t < s->ntok; t++) {
      unsigned k = c->cls[t];
      if (c->ment_of[t]) continue;
      if (lit_in_other_verb(c, s, vm, t) || c->hash[t] == c->h_comma || !(c->wflag[t] & DYAD_VW_WORD) ||
          is_hard(c, t) || (k & (W_AND | W_BE | W_AUX | W_MODAL | W_SUB | W_REL | W_THAT | W_TO | W_REPORT)) ||
          ((k & W_PREP) && c->hash[t] != c->h_of) || c->hash[t] == c->h_or)
        break;
    }
    if (t > b && lit_new_actor(c, s, b, t, &T->a[0])) {
      T->n = 1;
      tracef(c, "  literal: new actor (target) %s", T->a[0].code);
    }
  }
}

static int is_passive(const dyad_coder *c, const sent *s, size_t head) {
  size_t j = head;
  while (j > 0 && ((c->cls[j - 1] & (W_ADV | W_NEG)) || SUF(c, j - 1, S_LY) ||
                   ((c->cls[j - 1] & (W_REPORT | W_EVID)) && SUF(c, j - 1, S_ED) && j - 1 > 0 &&
                    (c->cls[j - 2] & W_BE))))
    j--; /* "were reported killed", "is believed held" */
  if (j > 1 && c->hash[j - 1] == c->h_comma && c->ment_of[j - 2] && SUF(c, head, S_ED)) {
    /* "Spain's prime minister, heckled Monday by opposition lawmakers, ..." */
    for (size_t t = head + 1; t < s->ntok && t <= head + 3; t++) {
      if (c->hash[t] == c->h_by) return 1;
      if (!(c->cls[t] & (W_TIME | W_ADV)) && !SUF(c, t, S_LY)) break;
    }
    return 0;
  }
  if (!c->literal && j == head && j > 0 && SUF(c, head, S_ED) && c->ment_of[j - 1] &&
      c->ment[c->ment_of[j - 1] - 1].tok_end == j && head + 2 < s->ntok && c->hash[head + 1] == c->h_by &&
      c->ment_of[head + 2])
    return 1; /* a headline's "Australia embraced by Malaysia": a participle with its agent (recallA) */
  if (j == 0 || !(c->cls[j - 1] & W_BE)) return 0;
  if (!c->literal) {
    /* a participle, not an adjective: "was attacked", "were shot", not
       "is ready to", "are at odds", "is concerned about", "is opposed to" */
    static const char *const IRREG[] = {"met", "held", "seen", "taken", "given", "sent", "shot", "hit",
                                        "struck", "beaten", "slain", "caught", "told", "made", "kept",
                                        "led", "brought", "sought", "fought", "won", "found", "put",
                                        "cut", "thrown", "stolen", "driven", "hidden", "overrun",
                                        "sworn", "torn", "withdrawn", "bound", "hung", "freed", NULL};
    static const char *const ADJ[] = {"concerned", "worried", "alarmed", "determined", "committed",
                                      "interested", "pleased", "disappointed", "satisfied", "convinced",
                                      "opposed", "prepared", "divided", "united", "engaged", "involved",
                                      "dedicated", "troubled", "frustrated", "encouraged", NULL};
    const char *w = s->text + c->tok[head].start;
    size_t wl = c->tok[head].end - c->tok[head].start;
    int part = SUF(c, head, S_ED);
    for (size_t k = 0; IRREG[k] && !part; k++)
      if ((w[0] | 32) == IRREG[k][0] && strlen(IRREG[k]) == wl && !strncasecmp(w, IRREG[k], wl)) part = 1;
    for (size_t k = 0; ADJ[k] && part; k++)
      if ((w[0] | 32) == ADJ[k][0] && strlen(ADJ[k]) == wl && !strncasecmp(w, ADJ[k], wl)) part = 0;
    return part;
  }
  return !SUF(c, head, S_ING);
}

/* Hands tokens [b, e) to the unknown-phrase hook, trimmed of function and
** time words ("Monday", "The"); a lone word opening a sentence (or a
** headline's words) is usually an ordinary capitalised word: left out. */
static void report_unknown(dyad_coder *c, const sent *s, size_t b, size_t e) {
  while (b < e && c->cls[b] & ~(S_ING | S_ED | S_LY | S_NT)) b++;
  while (e > b && c->cls[e - 1] & ~(S_ING | S_ED | S_LY | S_NT)) e--;
  if (e <= b) return;
  if (e - b == 1 && b == 0) return;
  if (e - b == 1 && (c->tok[b].flags & DYAD_TOK_NUMBER)) return;
  c->unknown(c->unknown_ud, s->text + c->tok[b].start, c->tok[e - 1].end - c->tok[b].start);
}

/* ---- vocabulary upkeep (dyad_coder_set_uncoded) ---------------------------- */

/* Is token t an adverb in -ly ("strongly", "formally")? Short words in -ly
** and words in -ply are verbs and nouns ("rally", "ally", "supply", "reply"). */
static int ly_adverb(const dyad_coder *c, const sent *s, size_t t) {
  size_t len = c->tok[t].end - c->tok[t].start;
  const char *w = s->text + c->tok[t].start;
  return SUF(c, t, S_LY) && len > 5 && (w[len - 3] | 32) != 'p';
}

/* Is token t a word a verb pattern may lack: a word of three bytes or more
** with no function class (suffix bits aside), outside actor mentions and
** verb-pattern matches (null patterns included), lower case (`cap`: or
** capitalised, a Title Case headline's verb)? */
static int vocab_word(const dyad_coder *c, const sent *s, size_t t, int cap) {
  if (!(c->wflag[t] & DYAD_VW_WORD) || c->ment_of[t] || (c->cls[t] & ~(S_ING | S_ED | S_LY | S_NT))) return 0;
  if ((c->tok[t].flags & DYAD_TOK_NUMBER) || ((c->tok[t].flags & DYAD_TOK_CAP) && !cap)) return 0;
  if (c->tok[t].end - c->tok[t].start < 3 || ly_adverb(c, s, t)) return 0;
  for (size_t v = 0; v < s->nvm; v++) {
    const dyad_vmatch *m = &c->vm[v];
    if (t >= m->tok_start && t < m->tok_end && !(t >= m->gap_start && t < m->gap_end)) return 0;
  }
  return 1;
}

/* Adds token t (and the particle after it, for a verb: "crack down") to
** the words of an uncoded sentence. */
static void vocab_add(const dyad_coder *c, const sent *s, size_t t, int noun, dyad_vocab_word *w, size_t *nw) {
  static const char *const PARTICLES[] = {"up", "down", "off", "out", "back", "away", "aside", "apart"};
  if (*nw >= DYAD_VOCAB_MAXWORDS) return;
  dyad_vocab_word *x = &w[*nw];
  const char *p = s->text + c->tok[t].start;
  size_t kl = dyad_inflection_key(p, c->tok[t].end - c->tok[t].start, x->key, sizeof x->key);
  x->start = c->tok[t].start;
  x->end = c->tok[t].end;
  x->noun = noun;
  if (!noun && kl && t + 1 < s->ntok)
    for (size_t q = 0; q < sizeof PARTICLES / sizeof PARTICLES[0]; q++)
      if (c->hash[t + 1] == H(PARTICLES[q])) {
        size_t pl = strlen(PARTICLES[q]);
        if (kl + 1 + pl < sizeof x->key) {
          x->key[kl] = ' ';
          memcpy(x->key + kl + 1, PARTICLES[q], pl + 1);
          x->end = c->tok[t + 1].end;
        }
        break;
      }
  (*nw)++;
}

/* Hands a sentence that coded nothing to the uncoded hook (see dyad.h):
** its subject (the first resolved mention not after a preposition; "A and
** B" joined), the first mention of another country after it, and the words
** between them that no pattern covers. */
static void report_uncoded(dyad_coder *c, const sent *s) {
  size_t n = s->ntok, nm = s->nment, si = nm, ti = nm;
  if (!n || !nm) return;
  for (size_t v = 0; v < s->nvm; v++)
    if (dyad__verbs_pattern(c->v, c->vm[v].pattern)->kind == DYAD_VK_DISCARD) return;
  for (size_t k = 0; k < nm && si == nm; k++)
    if (c->mres[k].n && c->mres[k].a[0].country[0] && !prepositional(c, &c->ment[k], 0)) si = k;
  if (si == nm) return;
  const char *sc = c->mres[si].a[0].country;
  size_t send = c->ment[si].tok_end;
  int two = 0;
  for (size_t k = si + 1; k < nm; k++) {
    const dyad_mention *m = &c->ment[k];
    if (!c->mres[k].n || !c->mres[k].a[0].country[0] || m->tok_start < send) continue;
    int joined = 1; /* "Russia and China signed": one subject */
    for (size_t t = send; t < m->tok_start && joined; t++)
      joined = (c->cls[t] & W_AND) || c->hash[t] == c->h_comma;
    if (joined) {
      two |= strcmp(c->mres[k].a[0].country, sc) != 0;
      send = m->tok_end;
      continue;
    }
    if (!strcmp(c->mres[k].a[0].country, sc)) continue; /* "Putin, the Russian leader": the same side */
    ti = k;
    two = 1;
    break;
  }
  if (!two && (c->ment[si].flags & DYAD_MF_POSSESSIVE)) return; /* "Russia's economy grew": no actor acts */
  size_t end = ti < nm ? c->ment[ti].tok_start : (send + 12 < n ? send + 12 : n);
  dyad_vocab_word w[DYAD_VOCAB_MAXWORDS];
  size_t nw = 0, t = send, verb = n;
  if (t < end && c->hash[t] == c->h_comma) { /* an apposition: "Putin, in Moscow for talks, ..." */
    for (size_t q = t + 1; q < end && q < t + 10; q++)
      if (c->hash[q] == c->h_comma) {
        t = q + 1;
        break;
      }
  }
  while (t < end) {
    if ((c->cls[t] & (W_BE | W_AUX | W_MODAL | W_NEG | W_ADV | W_TO | W_INTENT | W_TIME | W_EVID | W_HOPE)) ||
        ly_adverb(c, s, t))
      t++;
    else if (t + 1 < end && (c->cls[t] & W_PREP) && (c->cls[t + 1] & W_TIME))
      t += 2; /* "on Monday", "last week" */
    else
      break;
  }
  if (t < end && !(c->ment[si].flags & DYAD_MF_POSSESSIVE) && vocab_word(c, s, t, s->headline)) {
    verb = t;
    vocab_add(c, s, t, 0, w, &nw);
  }
  if (ti < nm) /* event nouns: "Russia's invasion of Ukraine", "sanctions against" */
    for (size_t q = send; q < end; q++)
      if (q != verb && c->tok[q].end - c->tok[q].start >= 4 && (q + 1 == end || (c->cls[q + 1] & W_PREP)) &&
          (tok_ctx(c, s, q) & DYAD_VW_NOUNCTX) && vocab_word(c, s, q, 0))
        vocab_add(c, s, q, 1, w, &nw);
  if (!nw) return;
  dyad_uncoded u = {s->index, s->start, s->end, two ? 2 : 1, w, nw};
  c->uncoded(c->uncoded_ud, &u);
}

/* Is the noun phrase ending at token e the object of a preposition or of an
** earlier event verb ("about 850 migrants", "accused a man") rather than a
** subject ("after an Israeli tank crew")? */
static int np_is_object(const dyad_coder *c, const sent *s, size_t e, size_t vidx) {
  size_t q = e, k = 0;
  (void)s;
  while (q > 0 && k < 6) {
    size_t t = q - 1;
    if (c->ment_of[t] || (c->cls[t] & W_DET) || (c->tok[t].flags & DYAD_TOK_NUMBER) ||
        (!(c->cls[t] & ~(unsigned)(W_ACTN | W_TIME | S_ING | S_ED | S_LY)) && (c->wflag[t] & DYAD_VW_WORD) &&
         !(c->tok[t].flags & DYAD_TOK_CAP))) {
      for (size_t v = 0; v < vidx; v++)
        if (c->vm[v].tok_end == t + 1) return 1; /* an event verb's object */
      q = t;
      k++;
      continue;
    }
    break;
  }
  if (q > 0 && ((c->cls[q - 1] & W_AND) || c->hash[q - 1] == c->h_comma)) return 1; /* "... dead and dozens wounded" */
  return q > 0 && (c->cls[q - 1] & W_PREP) && !(c->cls[q - 1] & W_SUB);
}

/* The kind of event the noun at token t names when it is the object of a
** judgment ("condemned the launch", "criticized the visit"): the root of
** the events it can be (15 a launch or test, 4 a visit or meeting, 19 an
** attack, 3 a deal; 62 a drill or exercise: a show of force, 15, or one held
** jointly, 062, art2), 0 for any ("the move", "the decision"), -1 for a noun
** that names no event. (acc1) */
static int judged_event(const dyad_coder *c, const sent *s, size_t t) {
  static const struct { const char *w; int root; } NOUNS[] = {
      {"launch", 15}, {"launches", 15}, {"test", 15}, {"tests", 15}, {"visit", 4}, {"trip", 4},
      {"visits", 4}, {"summit", 4}, {"meeting", 4}, {"talks", 4}, {"attack", 19}, {"attacks", 19},
      {"strike", 19}, {"strikes", 19}, {"airstrikes", 19}, {"raid", 19}, {"bombing", 19},
      {"invasion", 19}, {"offensive", 19}, {"deal", 3}, {"pact", 3}, {"treaty", 3}, {"agreement", 3},
      /* (accD) the plural deals, a ceasefire or truce agreed */
      {"deals", 3}, {"agreements", 3}, {"accord", 3}, {"accords", 3}, {"ceasefire", 3}, {"truce", 3},
      {"move", 0}, {"decision", 0}, {"step", 0}, {"action", 0},
      /* (gen2) an offer or proposal is a proposing act: an appeal, intent or demand (2 takes 3, 10) */
      {"overtures", 2}, {"overture", 2}, {"offer", 2}, {"proposal", 2},
      /* "rejected the accusation", "rejected the measures", "denounced the drill" (accB) */
      {"accusation", 11}, {"accusations", 11}, {"allegations", 11}, {"charges", 11}, {"measures", 16},
      {"sanctions", 16}, {"drill", 62}, {"drills", 62}, {"exercise", 62}, {"exercises", 62},
      /* (gen) the other acts a judgment names: a seizure or an arrest (16 takes 17 too), an expulsion,
         shelling and killing (19 takes 18) */
      {"seizure", 16}, {"seizures", 16}, {"capture", 16}, {"expulsion", 16}, {"expulsions", 16}, {"arrest", 16},
      {"arrests", 16}, {"detention", 16}, {"ban", 16}, {"blockade", 16}, {"shelling", 19},
      {"bombardment", 19}, {"bombings", 19}, {"raids", 19}, {"airstrike", 19}, {"incursion", 19},
      {"killing", 19}, {"killings", 19}, {"execution", 19}, {"assault", 19}, {"shootdown", 19},
      /* (art3) a resolution (in the stories, of sanctions: 16 takes 17 too); a plan, attempt
         or adoption of any kind; a deployment of force */
      {"resolution", 16}, {"plan", 0}, {"attempt", 0}, {"adoption", 0}, {"announcement", 0},
      {"deployment", 15},
      /* (rec23b) words said: a statement, a demand, a judgment, a rejection or a threat */
      {"remarks", 1}, {"comments", 1}, {"explanation", 1}, {"explanations", 1},
      /* a protest lodged is a complaint (11) */
      {"protest", 11}, {"protests", 11},
      /* (rec24b) the other deeds a judgment names: a removal (of any kind), a landing,
         occupation or annexation (19 takes 18, 20), a closure, suspension, cancellation, boycott or
         embargo (16) (not a withdrawal: of troops, 08, from a deal, 16); a position or stance taken, a statement or speech made (words); a veto (12: a rejection, not
         words that disapprove) */
      {"removal", 0}, {"landing", 19}, {"occupation", 19}, {"annexation", 19},
      {"closure", 16}, {"suspension", 16}, {"cancellation", 16}, {"boycott", 16}, {"embargo", 16},
      {"position", 1}, {"stance", 1}, {"statement", 1}, {"speech", 1}, {"veto", 12}, {"vetoes", 12}};
  for (size_t k = 0; k < sizeof NOUNS / sizeof NOUNS[0]; k++)
    if (tok_is(c, s, t, NOUNS[k].w)) return NOUNS[k].root;
  return -1;
}

/* Is the word at token t a judgment that makes naming an act ("called the
** move an act of betrayal", "called it economic coercion") a disapproval
** (-1)? 0 for any other word. The families: wrongs and crimes, insults and
** lies, threats and coercion, cruelty, failure and folly. (Praise, +1, would
** be the same frame: "called the accord a victory", +1.) */
static int judgment_word(const dyad_coder *c, const sent *s, size_t t) {
  static const char *const BAD[] = {
      "insult", "insults", "insulting", "affront", "slap", "humiliation", "humiliating", "betrayal", "treachery",
      "treacherous", "wrongful", "one-sided", "unfair", "unjust", "unjustified", "unjustifiable",
      "groundless", "baseless", "absurd", "nonsense", "farce", "sham", "lie", "lies", "propaganda", "hypocrisy",
      "hypocritical", "shameful", "shame", "shameless", "disgusting", "scandal", "scandalous", "regrettable",
      "deplorable", "unacceptable", "intolerable", "inadmissible", "unhelpful", "counterproductive", "destructive",
      "dangerous", "destabilizing", "destabilising", "escalation", "threat", "threats", "threatening", "coercion",
      "coercive", "intimidation", "bullying", "bully", "blackmail", "extortion", "hostility", "unfriendly",
      "occupation", "annexation", "invasion", "theft", "robbery", "looting", "meddling", "interference",
      "intervention", "violation", "breach", "infringement", "attack", "assault", "punishment", "medieval",
      "barbaric", "barbarity", "barbarism", "cruel", "cruelty", "inhumane", "inhuman", "brutal", "brutality",
      "savage", "cowardly", "heinous", "vile", "racist", "discriminatory", "arrogant", "arrogance", "insolent",
      "insolence", "invalid", "null", "void", "illegal", "unlawful", "illegitimate", "irresponsible", "reckless",
      "provocation", "provocative", "crime", "criminal", "aggression", "aggressive", "terrorism", "piracy",
      "outrage", "outrageous", "mistake", "blunder", "error", "disaster", "disastrous", "catastrophe",
      "catastrophic", "failure", "fiasco", "misguided", "ill-advised", "foolish", "short-sighted", "misreading",
      "disgrace", "disgraceful", "atrocity", "massacre", "genocide", "hooliganism", "banditry", "lawless",
      /* (rec26a) the rest of the family: rudeness, excess, folly, lies and giving in */
      "nasty", "disproportionate", "excessive", "immoral", "unfounded", "unwarranted", "crazy",
      "ridiculous", "preposterous", "slanderous", "slander", "fabrication", "surrender", "capitulation"};
  if (c->hash[t] == c->h_provocation) return -1;
  for (size_t k = 0; k < NJUDGE; k++)
    if (c->hash[t] == c->h_judge[k]) return -1;
  for (size_t k = 0; k < sizeof BAD / sizeof BAD[0]; k++)
    if (tok_is(c, s, t, BAD[k])) return -1;
  /* (rec26a) praise: "called the accord a victory", "called it a historic breakthrough" */
  static const char *const GOOD[] = {"victory", "success", "breakthrough", "milestone", "triumph", "historic",
                                     "landmark"};
  for (size_t k = 0; k < sizeof GOOD / sizeof GOOD[0]; k++)
    if (tok_is(c, s, t, GOOD[k])) return 1;
  return 0;
}

/* Does the arrest or charge at token head (match vm) by source a fall on
** people nobody names, at home? a is a state, its government, police or
** courts (not its troops: "Israeli troops arrested" is often abroad); the
** dateline, if any, is in a's country; the object right after
** the verb is a lower-case noun phrase ("eight terror suspects", "a former
** army major", "the alleged ringleader"), not a preposition or a name; and
** the verb's clause names no other country and no armed group. (accA) */
static int home_arrest(dyad_coder *c, sent *s, const actor *a, size_t head, const dyad_vmatch *vm) {
  const char *sec = sector_of(a);
  if (*sec && !sec_in(" GOV COP JUD ", sec)) return 0;
  if (c->doc_country[0] && strcmp(c->doc_country, a->country)) return 0; /* (a dateline abroad) */
  if (head > 0 && !c->ment_of[head - 1] && (c->wflag[head - 1] & DYAD_VW_WORD) &&
      !(c->tok[head - 1].flags & DYAD_TOK_CAP) &&
      !(c->cls[head - 1] & (W_BE | W_AUX | W_MODAL | W_ADV | W_NEG | W_AND | W_TO | W_PRON)))
    return 0; /* "the seven men charged": a participle after a noun */
  if (head > 0 && c->ment_of[head - 1] && c->tok[head - 1].end != a->end) {
    /* (or a mention not the source; but "A court in Turkey jailed", "Police
       in Pakistan arrested": the source's own country after 'in' is its
       place, gen) */
    const dyad_mention *pm = &c->ment[c->ment_of[head - 1] - 1];
    const char *pc = c->mres[c->ment_of[head - 1] - 1].n ? c->mres[c->ment_of[head - 1] - 1].a[0].country : pm->country;
    if (pm->tok_start < 1 || !tok_is(c, s, pm->tok_start - 1, "in") || strcmp(pc, a->country)) return 0;
  }
  size_t q = head + 1;
  int bare = q < s->ntok && c->ment_of[q] && c->ment[c->ment_of[q] - 1].kind == DYAD_MK_AGENT &&
             !c->mres[c->ment_of[q] - 1].n && !c->ment[c->ment_of[q] - 1].country[0] &&
             !(c->tok[q].flags & DYAD_TOK_CAP); /* "arrested several students": people of no one named (gen) */
  if (q >= s->ntok || (c->ment_of[q] && !bare) || (c->cls[q] & (W_PREP | W_TO | W_BE | W_AUX | W_PRON)) ||
      ((c->tok[q].flags & DYAD_TOK_CAP) && !s->headline) || !(c->wflag[q] & DYAD_VW_WORD))
    return 0; /* (a headline's Title Case "Arrests Dozens Over ..." is no name, gen) */
  for (size_t t = q; t < s->ntok && t < q + 5 && !c->ment_of[t] && !(c->cls[t] & (W_PREP | W_TO)); t++)
    if (tok_is(c, s, t, "bombing") || tok_is(c, s, t, "bomb") || tok_is(c, s, t, "attack") ||
        tok_is(c, s, t, "suicide") || tok_is(c, s, t, "militant") || tok_is(c, s, t, "militants"))
      return 0; /* "Israel arrests a bombing suspect": armed men held by a state may be foreign */
  int cl = clause_of(c, head);
  for (size_t k = 0; k < s->nment; k++) {
    const dyad_mention *m = &c->ment[k];
    if (m->tok_start <= head) continue;
    if (clause_of(c, m->tok_start) != cl || m->tok_start > vm->tok_end + 12) break;
    const char *mc = c->mres[k].n ? c->mres[k].a[0].country : m->country;
    if (mc[0] && strcmp(mc, a->country) && !border_ref(c, s, m)) return 0;
    if (m->code[0] && strncmp(m->code, a->country, 3)) return 0; /* "a key Al-Qaeda operative" (IMG) */
    for (const char *r = m->sector; strlen(r) >= 3; r += 3)
      if (!strncmp(r, "REB", 3) || !strncmp(r, "INS", 3) || !strncmp(r, "SEP", 3) || !strncmp(r, "UAF", 3) ||
          !strncmp(r, "CRM", 3) || !strncmp(r, "REF", 3))
        return 0; /* armed men and refugees held by a state are often foreign */
  }
  return 1;
}

/* "Four Israeli soldiers were killed when Palestinian militants blew up a
** tunnel", "Two Indian policemen were wounded as rebels ambushed a convoy":
** an attack told in a when/as clause whose source a opens it, right after a
** passive wound or death of a named party of another country (time words
** between at most), is an attack on that party: T becomes it. 1 if set. (accA) */
static int passive_victim(dyad_coder *c, sent *s, const actor *a, group *T) {
  size_t st = tok_of(c, s, a->start);
  if (st < 3 || st >= s->ntok || !c->ment_of[st]) return 0;
  size_t q = st - 1;
  if (c->hash[q] != c->h_as && !tok_is(c, s, q, "when")) return 0;
  size_t w = q;
  for (int n = 0; n < 3 && w > 2 && !c->ment_of[w - 1] &&
                  ((c->cls[w - 1] & (W_TIME | W_PREP)) || tok_is(c, s, w - 1, "overnight"));
       n++)
    w--; /* "on Wednesday", "overnight" between at most */
  size_t pp = w - 1;
  if (pp > 2 && (tok_is(c, s, pp, "dead") || tok_is(c, s, pp, "down")) &&
      (tok_is(c, s, pp - 1, "shot") || tok_is(c, s, pp - 1, "gunned")))
    pp--; /* "was shot dead", "were gunned down" (gen) */
  if (!(tok_is(c, s, pp, "killed") || tok_is(c, s, pp, "wounded") || tok_is(c, s, pp, "injured") ||
        tok_is(c, s, pp, "hurt") || tok_is(c, s, pp, "shot") || tok_is(c, s, pp, "slain") ||
        tok_is(c, s, pp, "gunned") || tok_is(c, s, pp, "murdered") || tok_is(c, s, pp, "massacred")))
    return 0;
  size_t be = pp - 1;
  if (!(c->cls[be] & W_BE)) {
    if (!s->headline) return 0; /* "were killed", "was wounded" */
    be = pp;                     /* a headline's "Three U.S. Soldiers Killed As ..." (gen) */
  }
  int32_t mo = be > 0 ? c->ment_of[be - 1] : 0;
  if (!mo || !c->mres[mo - 1].n || c->ment[mo - 1].tok_end != be) return 0;
  const actor *v = &c->mres[mo - 1].a[0];
  if (!v->country[0] || !strcmp(v->country, a->country) || c->ment[mo - 1].kind == DYAD_MK_PRONOUN) return 0;
  *T = c->mres[mo - 1];
  T->n = 1;
  tracef(c, "  target: the party the main clause says was killed or wounded (\"%.*s\")",
         (int)(c->ment[mo - 1].end - c->ment[mo - 1].start), s->text + c->ment[mo - 1].start);
  return 1;
}

/* "Militants holding three UN workers hostage have offered to consider
** extending the deadline", "The kidnappers of aid worker Margaret Hassan
** threatened to ...", "the kidnappers of two French reporters demanded a
** ransom": what an armed group or kidnappers (code ending REB, INS, SEP,
** UAF or CRM) offer, demand or threaten with no one named is addressed to
** the side of the hostages they hold: the target of their abduction coded
** earlier in the sentence, else the party after "<kidnappers> of". T becomes
** it; 1 if set. (accA) */
static int hostage_side(dyad_coder *c, sent *s, const actor *a, group *T) {
  const char *e = a->code + strlen(a->code) - 3;
  if (!(eq3(e, "REB") || eq3(e, "INS") || eq3(e, "SEP") || eq3(e, "UAF") || eq3(e, "CRM"))) return 0;
  for (size_t i = c->nev; i-- > 0;) {
    const dyad_event *x = &c->ev[i];
    if (x->sentence != s->index) break;
    if (strncmp(x->code, "181", 3) || strcmp(x->source, a->code) || !x->target_country[0]) continue;
    if (!strcmp(x->target_country, a->country)) continue; /* (its own people: no other side) */
    country_target(T, x->target, x->target_country, x->target_start, x->target_end);
    tracef(c, "  target: the side of the hostages it holds (%s)", x->target);
    return 1;
  }
  size_t st = tok_of(c, s, a->start), se = tok_of(c, s, a->end);
  if (se >= s->ntok || se <= st || c->hash[se] != c->h_of) return 0;
  int kid = 0;
  for (size_t q = st; q < se; q++)
    kid |= tok_is(c, s, q, "kidnappers") || tok_is(c, s, q, "captors") || tok_is(c, s, q, "abductors") ||
           tok_is(c, s, q, "hostage-takers");
  if (!kid) return 0;
  size_t r = se + 1;
  while (r < s->ntok && !c->ment_of[r] && r < se + 4 &&
         ((c->cls[r] & W_DET) || (c->tok[r].flags & DYAD_TOK_NUMBER) || tok_is(c, s, r, "two") ||
          tok_is(c, s, r, "three") || tok_is(c, s, r, "seven")))
    r++;
  int32_t mo = r < s->ntok ? c->ment_of[r] : 0;
  if (!mo || !c->mres[mo - 1].n || c->ment[mo - 1].kind == DYAD_MK_PRONOUN) return 0;
  const actor *h = &c->mres[mo - 1].a[0];
  if (!h->country[0] || !strcmp(h->country, a->country)) return 0;
  *T = c->mres[mo - 1];
  T->n = 1;
  tracef(c, "  target: the side of the hostages, \"kidnappers of\" them");
  return 1;
}

/* The mention a threat's condition puts a demand on: the party named within
** four words after "unless", or after "if" when the condition is a refusal
** ("if X refuses / does not / fails to"; "if X attacks" is a deterrent),
** in the 16 words after the threat's pattern; not the source's own side.
** -1 when none. (recallA; made a function by accA) */
static int threat_condition(dyad_coder *c, sent *s, const dyad_vmatch *vm, const actor *a) {
  size_t q = vm->tok_end, lim = vm->tok_end + 16;
  while (q < s->ntok && q < lim && !is_hard(c, q) && c->hash[q] != c->h_if && c->hash[q] != c->h_unless) q++;
  int cond = q < s->ntok && q < lim && !is_hard(c, q);
  if (cond && c->hash[q] == c->h_if) {
    cond = 0;
    for (size_t r = q + 1; r < s->ntok && r < q + 8 && !is_hard(c, r) && c->hash[r] != c->h_comma; r++)
      if (is_neg_tok(s, c, r) || c->hash[r] == c->h_refuses || c->hash[r] == c->h_refuse ||
          c->hash[r] == c->h_fails || c->hash[r] == c->h_fail)
        cond = 1;
  }
  for (size_t k = 0; cond && k < s->nment; k++) {
    const dyad_mention *m = &c->ment[k];
    if (m->tok_start <= q || m->tok_start > q + 4 || !c->mres[k].n || m->kind == DYAD_MK_PRONOUN) continue;
    if (!c->mres[k].a[0].country[0] || !strcmp(c->mres[k].a[0].country, a->country) ||
        !strcmp(c->mres[k].a[0].code, a->code))
      return -1;
    return (int)k;
  }
  return -1;
}

/* "said the US was fueling tensions and urged Washington", "says NATO has
   ignored ... and demands": the verb after "and" cannot continue the verb
   group that follows the clause's subject (ending at e, before 'and' at a):
   a be + -ing, a modal, or a perfect before a present -s form; nor does it
   differ in tense from the report verb r. It is then the reporter's second
   act (gen2) */
static int aux_mismatch(const dyad_coder *c, const sent *s, size_t e, size_t a, size_t r, size_t head) {
  if (!e || e >= a) return 0;
  while (e < a && (c->cls[e] & (W_ADV | W_NEG)) && !c->ment_of[e]) e++;
  if (e >= a || c->ment_of[e]) return 0;
  const char *hw = s->text + c->tok[head].start, *rw = s->text + c->tok[r].start;
  size_t hl = c->tok[head].end - c->tok[head].start, rl = c->tok[r].end - c->tok[r].start;
  int h_pres = hl > 2 && hw[hl - 1] == 's' && hw[hl - 2] != 's' && !SUF(c, head, S_ED);
  int r_pres = rl > 2 && rw[rl - 1] == 's' && rw[rl - 2] != 's';
  if (h_pres != r_pres) return 0;
  if (c->cls[e] & W_MODAL) return h_pres || SUF(c, head, S_ED);
  if (c->cls[e] & W_BE) {
    size_t u = e + 1;
    while (u < a && (c->cls[u] & (W_ADV | W_NEG)) && !c->ment_of[u]) u++;
    return u < a && SUF(c, u, S_ING);
  }
  if ((c->cls[e] & W_AUX) && (c->hash[e] == c->h_has || c->hash[e] == c->h_have || c->hash[e] == c->h_had))
    return h_pres;
  return 0;
}

/* Do tokens [a, head) make a compound noun headed by a weapon: one or two
** plain lower-case words and a weapon word right before
** the verb at HEAD ("Israeli air strikes killed", "a Russian cruise missile
** struck")? The nationality before it is then the actor, as before
** "Israeli airstrikes". (syn2) */
static int actn_compound(const dyad_coder *c, const sent *s, size_t a, size_t head) {
  static const char *const WEAPON[] = {"strike", "strikes", "missile", "missiles", "rocket", "rockets", "bomb",
                                       "bombs", "shell", "shells", "drone", "drones", "fire", "artillery", "barrage"};
  if (head < a + 2 || head > a + 3 || !(c->cls[head - 1] & W_ACTN) || c->ment_of[head - 1]) return 0;
  for (size_t q = a; q + 1 < head; q++)
    if (c->cls[q] || c->ment_of[q] || !(c->wflag[q] & DYAD_VW_WORD) ||
        (c->tok[q].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER | DYAD_TOK_QUOTE)))
      return 0;
  for (size_t k = 0; k < sizeof WEAPON / sizeof WEAPON[0]; k++)
    if (tok_is(c, s, head - 1, WEAPON[k])) return 1; /* (not "a South Korean cargo ship hits") */
  return 0;
}

/* Do the words of tokens [lo, hi) (a that-clause, a statement's words)
** threaten retaliation: a future modal ("will", "would", "could") and,
** within five words of it, a word of answering force or punishment? "any
** attack would be met with fire", "the South would respond firmly to any
** further attack", "Washington would pay the price", "any provocation will
** meet enormous retaliation", "would be treated as an act of war", "Israel
** would make Iran pay". Not "would respond to the proposal", "would pay $5
** million", "would be met with skepticism", nor a negated modal. Returns
** the threat word's token, or 0. (syn2) */
/* The token after a time phrase that opens at q ("on Saturday", "late on
   Friday", "last week", "yesterday"), else q: what a verb's complement
   starts with when a time phrase stands between them. */
static size_t after_time(const dyad_coder *c, const sent *s, size_t q) {
  size_t t = q;
  if (t + 1 < s->ntok && !c->ment_of[t] && (tok_is(c, s, t, "late") || tok_is(c, s, t, "early"))) t++;
  if (t + 1 < s->ntok && !c->ment_of[t] &&
      (c->hash[t] == c->h_on || c->hash[t] == c->h_lastw || tok_is(c, s, t, "this")))
    t++;
  if (t >= s->ntok || c->ment_of[t] || !(c->cls[t] & W_TIME)) return q;
  t++;
  if (t < s->ntok && !c->ment_of[t] && (c->cls[t] & W_TIME)) t++; /* "on Saturday night" */
  return t;
}

static size_t threat_words(const dyad_coder *c, const sent *s, size_t lo, size_t hi) {
  if (hi > s->ntok) hi = s->ntok;
  for (size_t q = lo; q < hi; q++) {
    if (!(c->cls[q] & W_MODAL) || (c->cls[q] & W_NEG) || c->hash[q] == c->h_must || c->hash[q] == c->h_should ||
        tok_is(c, s, q, "can") || tok_is(c, s, q, "may") || tok_is(c, s, q, "might"))
      continue;
    for (size_t r = q + 1; r < hi && r < q + 6; r++) {
      if (is_neg_tok(s, c, r) || is_hard(c, r) || c->hash[r] == c->h_comma || (c->cls[r] & (W_THAT | W_SUB))) break;
      if (!(c->wflag[r] & DYAD_VW_WORD) || c->ment_of[r]) continue;
      const char *w = s->text + c->tok[r].start;
      const int f = w[0] | 32;
      if (f == 'e') {
        /* "a nuclear attack ... would result in the end of whatever regime
           took such an action", "would mean the end of the regime" (art2) */
        if (tok_is(c, s, r, "end") && r + 2 < hi && c->hash[r + 1] == c->h_of)
          for (size_t u = r + 2; u < hi && u < r + 5; u++)
            if (tok_is(c, s, u, "regime")) return r;
        continue; /* (no other threat word starts with 'e') */
      }
      if (f != 'r' && f != 'p' && f != 'm' && f != 'a' && f != 'c')
        continue; /* (every other threat word starts with one of these) */
      if (tok_is(c, s, r, "retaliate") || tok_is(c, s, r, "retaliation") || tok_is(c, s, r, "reprisal") ||
          tok_is(c, s, r, "reprisals") || tok_is(c, s, r, "retribution") || tok_is(c, s, r, "punish") ||
          tok_is(c, s, r, "punishment") || tok_is(c, s, r, "consequences") || tok_is(c, s, r, "regret"))
        return r;
      if (tok_is(c, s, r, "respond")) {
        /* "would respond firmly", "respond with force", "respond to any
           attack" (not "respond to the proposal") */
        if (r + 2 < hi && c->hash[r + 1] == c->h_to && !tok_is(c, s, r + 2, "any") && !tok_is(c, s, r + 2, "further") &&
            !tok_is(c, s, r + 2, "such"))
          break;
        return r;
      }
      if (tok_is(c, s, r, "pay")) {
        /* "would pay the price", "pay dearly", "make Iran pay" */
        if (r + 1 >= hi || is_hard(c, r + 1) || c->hash[r + 1] == c->h_comma || c->hash[r + 1] == c->h_if ||
            tok_is(c, s, r + 1, "dearly") || tok_is(c, s, r + 1, "heavily"))
          return r;
        if (r > 1 && c->ment_of[r - 1]) {
          size_t m0 = c->ment[c->ment_of[r - 1] - 1].tok_start;
          if (m0 > 0 && (tok_is(c, s, m0 - 1, "make") || tok_is(c, s, m0 - 1, "makes"))) return r;
        }
        for (size_t u = r + 1; u < hi && u < r + 4; u++)
          if (tok_is(c, s, u, "price")) return r;
        break;
      }
      if (tok_is(c, s, r, "met") && r + 1 < hi && c->hash[r + 1] == c->h_with) {
        /* "would be met with fire", "... with a merciless response" */
        for (size_t u = r + 2; u < hi && u < r + 7 && !is_hard(c, u) && c->hash[u] != c->h_comma; u++)
          if (tok_is(c, s, u, "fire") || tok_is(c, s, u, "force") || tok_is(c, s, u, "response") ||
              tok_is(c, s, u, "blow") || tok_is(c, s, u, "fury") || tok_is(c, s, u, "retaliation") ||
              tok_is(c, s, u, "strike") || tok_is(c, s, u, "action"))
            return r;
        break;
      }
      if (tok_is(c, s, r, "act") && r + 2 < hi && c->hash[r + 1] == c->h_of && tok_is(c, s, r + 2, "war"))
        return r; /* "would be treated as an act of war" */
      if (tok_is(c, s, r, "answered") && (c->cls[r - 1] & W_BE) && q >= lo + 2 &&
          (tok_is(c, s, q - 2, "such") || tok_is(c, s, q - 2, "any") ||
           (q >= lo + 3 && (tok_is(c, s, q - 3, "such") || tok_is(c, s, q - 3, "any")))))
        return r; /* "such words would be answered", "any attack will be answered" (not "the
                     question would be answered") */
    }
  }
  return 0;
}

/* The other side of a threat whose words name no party ("North Korea
** warned that any attack would be met with fire"): the source of the
** latest hostile event (root 11 or above) against the threatener's country
** in this sentence or the three before; else, of the pair of countries the
** document's events join most (event_pair), the one that is not the
** threatener's; else the latest state or leader of another country named in
** this sentence before token HEAD or in the two before. Fills T and
** returns 1, or 0 when there is none. (syn2) */
static int threat_side(const dyad_coder *c, const sent *s, const actor *src, size_t head, group *T) {
  actor two[2];
  for (size_t i = c->nev; i-- > 0;) {
    /* "any further provocation will meet enormous retaliation": retaliation
       is against the side that last acted against the source's country */
    const dyad_event *e = &c->ev[i];
    if (e->sentence + 3 < s->index) break;
    int rt = (e->root[0] - '0') * 10 + (e->root[1] - '0');
    if (rt < 11 || !len3(e->source_country) || strcmp(e->target_country, src->country) ||
        !strcmp(e->source_country, src->country))
      continue;
    memset(&T->a[0], 0, sizeof T->a[0]);
    set_code(&T->a[0], e->source, e->source_country);
    T->a[0].person = -1;
    T->a[0].kind = DYAD_MK_COUNTRY;
    T->n = 1;
    return 1;
  }
  if (event_pair(c, s, &two[0], &two[1], NULL, 0)) {
    for (int x = 0; x < 2; x++)
      if (!strcmp(two[x].country, src->country)) {
        T->a[0] = two[1 - x];
        T->n = 1;
        return 1;
      }
  }
  for (size_t k = s->nment; k-- > 0;) {
    const dyad_mention *m = &c->ment[k];
    if (m->tok_end > head || c->mres[k].n != 1 || m->kind == DYAD_MK_PRONOUN || locative(c, m)) continue;
    const actor *a = &c->mres[k].a[0];
    if (!len3(a->country) || !strcmp(a->country, src->country) || medium(a) || (a->flags & AF_PLACE)) continue;
    if (!is_state_like(a) && a->kind != DYAD_MK_PERSON && a->kind != DYAD_MK_AGENT && a->kind != DYAD_MK_ADJ) continue;
    T->a[0] = *a;
    T->n = 1;
    return 1;
  }
  for (size_t k = 0; k < c->nhist; k++) {
    const hist_entry *e = hist_get(c, k);
    if (e->sentence == s->index) continue;
    if (e->sentence + 2 < s->index) break;
    const actor *a = &e->a;
    if (!len3(a->country) || !strcmp(a->country, src->country) || medium(a) || (a->flags & AF_PLACE)) continue;
    if (!is_state_like(a) && a->kind != DYAD_MK_PERSON && a->kind != DYAD_MK_AGENT && a->kind != DYAD_MK_ADJ) continue;
    T->a[0] = *a;
    T->n = 1;
    return 1;
  }
  return 0;
}

/* The other side of a demand, warning, protest or condemnation whose
** sentence names no party ("Moscow demanded that the declaration be
** declared null and void", "Tokyo protested at once"), or of an apology
** (BY: "Baku apologized at once"): the source of the latest hostile event
** (root 11 or above; of its sentence's, the first) against src's country in
** this sentence or the three before (for an apology, the target of the
** latest one src's country did); else, when src's country is one of the
** pair the document's events join most (event_pair), the other one, for an
** apology only when src's country did a hostile act to it earlier in the
** document ("Erdogan has refused to apologize" for the downed jet, many
** sentences back; an apology answers a deed, not the story). PAIR 0: not
** the pair (a deal or decision named with "called" may be of any two,
** rec24b). Fills T and returns 1, or 0. (art5, rec21a) */
static int implied_side(const dyad_coder *c, const sent *s, const actor *src, int by, int pair, group *T) {
  actor two[2];
  const dyad_event *hit = NULL;
  for (size_t i = c->nev; i-- > 0;) {
    const dyad_event *e = &c->ev[i];
    if (e->sentence + 3 < s->index || (hit && e->sentence != hit->sentence)) break;
    int rt = (e->root[0] - '0') * 10 + (e->root[1] - '0');
    const char *mine = by ? e->source_country : e->target_country;
    const char *other = by ? e->target_country : e->source_country;
    if (rt < 11 || !len3(other) || !len3(mine) || strcmp(mine, src->country) || !strcmp(other, src->country))
      continue;
    hit = e; /* (of that sentence's, the first: the main act before a ", killing ..." of its own) */
  }
  if (hit) {
    const dyad_event *e = hit;
    memset(&T->a[0], 0, sizeof T->a[0]);
    if (by) set_code(&T->a[0], e->target, e->target_country);
    else set_code(&T->a[0], e->source, e->source_country);
    T->a[0].person = -1;
    T->a[0].kind = DYAD_MK_COUNTRY;
    T->n = 1;
    return 1;
  }
  if (pair && event_pair(c, s, &two[0], &two[1], NULL, 0))
    for (int x = 0; x < 2; x++)
      if (!strcmp(two[x].country, src->country) && strcmp(two[1 - x].country, src->country)) {
        int deed = !by;
        for (size_t i = 0; i < c->nev && !deed; i++) { /* (an apology answers a deed, not the story) */
          const dyad_event *e = &c->ev[i];
          int rt = (e->root[0] - '0') * 10 + (e->root[1] - '0');
          deed = rt >= 11 && e->sentence < s->index && !strcmp(e->source_country, src->country) &&
                 !strcmp(e->target_country, two[1 - x].country);
        }
        if (!deed) break;
        T->a[0] = two[1 - x];
        T->n = 1;
        return 1;
      }
  return 0;
}

/* For a call noun at token head after "in|during|over a": the mention of
** the one a verb of telling before it addresses ("Wang Yi told India's
** national security adviser, Ajit Doval, in a phone call that ..."), or -1. */
static int told_in_call(const dyad_coder *c, const sent *s, size_t head, size_t *told) {
  if (head < 3 || !(c->cls[head - 1] & W_DET) ||
      !(tok_is(c, s, head - 2, "in") || tok_is(c, s, head - 2, "during") || tok_is(c, s, head - 2, "over")))
    return -1;
  for (size_t t = head - 2; t-- > 0 && t + 16 > head;) {
    if (c->ment_of[t]) {
      t = c->ment[c->ment_of[t] - 1].tok_start; /* (past a name: "India's national security adviser") */
      continue;
    }
    if (is_hard(c, t) || (c->cls[t] & (W_THAT | W_REL | W_SUB))) break;
    if (c->hash[t] != c->h_told && !tok_is(c, s, t, "tells") && !tok_is(c, s, t, "telling") &&
        !tok_is(c, s, t, "assured") && !tok_is(c, s, t, "informed"))
      continue;
    int mo = t + 1 < s->ntok ? c->ment_of[t + 1] : 0;
    if (mo && c->ment[mo - 1].tok_start == t + 1 && c->mres[mo - 1].n) {
      if (told) *told = t;
      return mo - 1;
    }
    break;
  }
  return -1;
}

/* Whether the conflictual act (11 to 20) a pattern at token head names lies
** in the object of an earlier verb of words in its clause, one that says,
** investigates, disapproves, accuses or rejects (01 but a claim of
** responsibility, 09, 11, 12): 1 when the clause subject is then not its
** doer ("India accused Pakistan of the attack on its soldiers", "China
** shrugged off US criticism of its drills": the doer is the possessor or
** nationality if any, "US Condemns Russian Strikes on Kyiv"), 2 when the
** words dispute or deny it, a rejection, a denial or a disapproval (110,
** 12, 016: "Pakistan rejected India's accusations of involvement in the
** Pulwama attack", "Germany questioned the legality of Russia's annexation
** of Crimea"), and it is no event the sentence reports. Acts of cooperation
** so named keep their sides: the gold writers code the talks of "blamed the
** United States for the failure of peace talks between Khartoum and Darfur
** rebels" (prb). */
/* Is the verb at token head the act of a non-restrictive relative clause
** whose "which" is its object: "the deal, which the three European
** countries negotiated together with the United States, Russia and China",
** "the treaty, which Moscow and Pyongyang signed in 2000"? The act describes
** the thing named before the comma (its history), it is not an event the
** story reports; the clause's subject (one or more actors joined by "and")
** stands between "which" and the verb, with only auxiliaries and adverbs
** after it ("which Beijing had long opposed"). */
static int object_relative(const dyad_coder *c, size_t head) {
  size_t q = head;
  while (q > 0 && !c->ment_of[q - 1] && (c->cls[q - 1] & (W_AUX | W_ADV | W_MODAL))) q--;
  if (q == 0 || !c->ment_of[q - 1]) return 0;
  while (q > 0 && (c->ment_of[q - 1] || (c->cls[q - 1] & (W_DET | W_AND)))) q--;
  return q >= 2 && c->hash[q - 1] == c->h_which && c->hash[q - 2] == c->h_comma;
}

/* Is the verb at token head the act of ", a|an|the <noun> that X <verb>"
** after a clause, the noun one that names a statement or deed ("an offer
** that Pakistan welcomed", "a claim that Moscow denied")? Only a reaction
** verb asks (relative_reaction). (art5) */
static int that_relative(const dyad_coder *c, const sent *s, size_t head) {
  static const char *const NOUN[] = {"offer", "proposal", "move", "decision", "step", "plan", "claim", "claims",
                                     "accusation", "accusations", "charge", "charges", "allegation", "allegations",
                                     "idea", "call", "appeal", "request", "demand", "statement", "remarks"};
  size_t q = head;
  while (q > 0 && !c->ment_of[q - 1] && (c->cls[q - 1] & (W_AUX | W_ADV | W_MODAL))) q--;
  if (q == 0 || !c->ment_of[q - 1]) return 0;
  while (q > 0 && (c->ment_of[q - 1] || (c->cls[q - 1] & (W_DET | W_AND))) && !(c->cls[q - 1] & W_THAT)) q--;
  if (q < 4 || !(c->cls[q - 1] & W_THAT) || !(c->cls[q - 3] & W_DET) || c->hash[q - 4] != c->h_comma) return 0;
  for (size_t k = 0; k < sizeof NOUN / sizeof NOUN[0]; k++)
    if (tok_is(c, s, q - 2, NOUN[k])) return 1;
  return 0;
}

/* A reaction told in a relative clause on what the sentence told before
** ("India blamed Pakistan for the attack, which Islamabad denied", "Trump
** said he would work with both countries ..., an offer that Pakistan
** welcomed"): a denial (016), welcome or praise (043, 051), condemnation
** (111) or rejection (12) by the clause's subject, of the source of the
** sentence's latest event from another country: the event's result (1 or
** an error), or -1 when it is none of these. (art5) */
static int reaction_code(const dyad_vpattern *p) {
  const char *code = p->code;
  return eq3(code, "016") || (eq3(code, "043") && !strncmp(p->text, "welcome", 7)) || eq3(code, "051") ||
         eq3(code, "111") || (code[0] == '1' && code[1] == '2');
}
static int relative_reaction(dyad_coder *c, sent *s, size_t head, const dyad_vmatch *vm, const dyad_vpattern *p) {
  const char *code = p->code;
  int welcome = eq3(code, "043");
  if (!reaction_code(p)) return -1;
  size_t q = head;
  while (q > 0 && !c->ment_of[q - 1] && (c->cls[q - 1] & (W_AUX | W_ADV | W_MODAL))) q--;
  if (q == 0 || !c->ment_of[q - 1]) return -1;
  int sm = (int)c->ment_of[q - 1] - 1;
  if (c->mres[sm].n != 1 || !len3(c->mres[sm].a[0].country) || c->ment[sm].tok_end != q) return -1;
  const actor *src = &c->mres[sm].a[0];
  for (size_t e = c->nev; e-- > 0;) {
    const dyad_event *x = &c->ev[e];
    if (x->sentence != s->index) break;
    if (!len3(x->source_country) || !strcmp(x->source_country, src->country)) continue;
    actor tgt;
    memset(&tgt, 0, sizeof tgt);
    set_code(&tgt, x->source, x->source_country);
    tgt.person = -1;
    tgt.kind = DYAD_MK_COUNTRY;
    tracef(c, "  a reaction in a relative clause: to the sentence's act before it (%s, %s)", x->source, x->code);
    tracef(c, "  source: %s (%s)", src->code, src->country);
    return emit(c, s, src, &tgt, welcome ? "051" : code, head, vm, 0);
  }
  return -1;
}

/* Is the verb at token head the content of a proposal, plan or demand that
** a rejection just before turns down: "would reject any proposal to halt
** uranium enrichment", "turned down a European Union proposal that it stop
** enriching uranium", "rejected a plan to withdraw its troops"? The act is
** what was proposed and refused, not done (the rejection codes it). The
** noun stands right before "to", or before "that" and one actor; the
** rejection (a 12 pattern) ends at most five tokens before the noun. */
static int rejected_content(const dyad_coder *c, const sent *s, size_t head, size_t vidx) {
  size_t n;
  if (head >= 2 && (c->cls[head - 1] & W_TO)) {
    n = head - 2;
  } else if (head >= 3 && c->ment_of[head - 1]) {
    const dyad_mention *m = &c->ment[c->ment_of[head - 1] - 1];
    if (m->tok_end != head || m->tok_start < 2 || !(c->cls[m->tok_start - 1] & W_THAT)) return 0;
    n = m->tok_start - 2;
  } else {
    return 0;
  }
  if (!((c->author_bits >> (c->hash[n] >> 58)) & 1)) return 0;
  int noun = 0;
  for (size_t k = 0; k < sizeof AUTHOR_NOUN / sizeof AUTHOR_NOUN[0] && !noun; k++)
    noun = c->hash[n] == c->h_author[k] && tok_is(c, s, n, AUTHOR_NOUN[k]);
  for (size_t k = 0; k < sizeof ASKED_NOUN / sizeof ASKED_NOUN[0] && !noun; k++)
    noun = c->hash[n] == c->h_asked[k] && tok_is(c, s, n, ASKED_NOUN[k]);
  if (!noun) return 0;
  for (size_t v = 0; v < vidx; v++) {
    const dyad_vmatch *m = &c->vm[v];
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, m->pattern);
    if (!pv || pv->kind != DYAD_VK_VERB || pv->code[0] != '1' || pv->code[1] != '2') continue;
    if (m->tok_end > n + 1 || m->tok_end + 5 < n) continue;
    int clean = 1;
    for (size_t t = m->tok_end; t < n && clean; t++)
      if (is_hard(c, t) || c->hash[t] == c->h_comma || (c->cls[t] & (W_REL | W_SUB | W_THAT | W_AND | W_REPORT)))
        clean = 0;
    if (clean) return 1;
  }
  return 0;
}

/* Is the nominal meeting or visit at head what a proposal, plan, offer,
** call or invitation just before it puts forward ("backed Trump's proposal
** for a three-way meeting with Putin", "supports Washington's offer of
** talks with Pyongyang", "accepted the invitation to a summit with Moon")?
** Such a meeting has not taken place, and whoever backs, accepts or
** rejects the proposal is no side of it: no event of its own (the verb on
** the proposal codes what was done). Only determiners and plain lower-case
** words ("a three-way") may stand between. */
static int proposed_meeting(const dyad_coder *c, size_t head) {
  for (size_t q = head, k = 0; q > 1 && k < 4; q--, k++) {
    size_t b = q - 1;
    if (c->ment_of[b] || is_hard(c, b) || c->hash[b] == c->h_comma) return 0;
    if (c->hash[b] == c->h_for || c->hash[b] == c->h_of || c->hash[b] == c->h_to) {
      uint64_t h = c->hash[b - 1];
      if (c->ment_of[b - 1]) return 0;
      for (size_t a = 0; a < sizeof AUTHOR_NOUN / sizeof AUTHOR_NOUN[0]; a++)
        if (h == c->h_author[a]) { /* (another author noun, "a truce of", puts none forward) */
          for (size_t p = 0; p < sizeof PROPOSAL_NOUN / sizeof PROPOSAL_NOUN[0]; p++)
            if (h == c->h_propn[p]) return 1;
          return 0;
        }
      for (size_t a = 0; a < sizeof ASKED_NOUN / sizeof ASKED_NOUN[0]; a++)
        if (h == c->h_asked[a]) return 1;
      for (size_t a = 0; a < sizeof INVITE_NOUN / sizeof INVITE_NOUN[0]; a++)
        if (h == c->h_invite[a]) return 1;
      return 0;
    }
    if (!(c->cls[b] & W_DET) &&
        (!(c->wflag[b] & DYAD_VW_WORD) || (c->tok[b].flags & DYAD_TOK_CAP) || (c->cls[b] & ~(S_ING | S_ED | S_LY | S_NT))))
      return 0;
  }
  return 0;
}

static int told_in_judgment(dyad_coder *c, const sent *s, size_t head, size_t vidx) {
  for (size_t v = 0; v < vidx; v++) {
    const dyad_vmatch *m = &c->vm[v];
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, m->pattern);
    if (!pv || pv->kind != DYAD_VK_VERB || m->tok_end > head || head - m->tok_end > 10) continue;
    const char *k = pv->code;
    if (!((k[0] == '0' && k[1] == '1' && k[2] != '5') || (k[0] == '0' && k[1] == '9') ||
          (k[0] == '1' && (k[1] == '1' || k[1] == '2'))))
      continue;
    if (clause_of(c, m->tok_start) != clause_of(c, head)) continue;
    int clean = 1;
    for (size_t t = m->tok_end; t < head && clean; t++)
      if (is_hard(c, t) || c->hash[t] == c->h_comma || (c->cls[t] & (W_REL | W_SUB | W_THAT | W_AND | W_REPORT)))
        clean = 0;
    for (size_t w = v + 1; w < vidx && clean; w++)
      if (c->vm[w].tok_start >= m->tok_end && c->vm[w].tok_start < head) clean = 0; /* (another verb between) */
    if (!clean) continue;
    int disputed = eq3(k, "016") || eq3(k, "110") || (k[0] == '1' && k[1] == '2');
    tracef(c, "  in the object of \"%.*s\": %s", (int)(c->tok[m->tok_end - 1].end - c->tok[m->tok_start].start),
           s->text + c->tok[m->tok_start].start,
           disputed ? "the act disputed, no event" : "the act told, the clause subject did not do it");
    return disputed ? 2 : 1;
  }
  return 0;
}

/* The mention of whoever holds the people named right before token t: "...
** held by U.S. forces", "... kidnapped in Iraq by militants", "... that U.S.
** forces detained": its index when it resolves to a country other than own,
** else -1. (rec21b) */
static int holder_of(const dyad_coder *c, const sent *s, size_t t, const char *own) {
  static const char *const HOLD[] = {"held", "detained", "kidnapped", "abducted", "captured", "seized",
                                     "jailed", "imprisoned", "arrested", "taken", NULL};
  int k = -1;
  if (t >= s->ntok) return -1;
  int32_t mo = c->ment_of[t];
  if (mo && c->ment[mo - 1].tok_start == t && (c->cls[t] & (W_THAT | W_REL))) {
    k = mo - 1; /* ("that U.S. forces": the mention holds the "that") */
  } else if (!mo && (c->cls[t] & (W_THAT | W_REL)) && t + 1 < s->ntok && c->ment_of[t + 1] &&
             c->ment[c->ment_of[t + 1] - 1].tok_start == t + 1) {
    k = c->ment_of[t + 1] - 1;
  }
  if (k >= 0) { /* "that|who X detained" */
    size_t e = c->ment[k].tok_end;
    int ok = 0;
    for (int i = 0; HOLD[i] && e < s->ntok && !ok; i++) ok = tok_is(c, s, e, HOLD[i]);
    if (!ok) return -1;
  } else {
    int ok = 0;
    for (int i = 0; HOLD[i] && !ok; i++) ok = tok_is(c, s, t, HOLD[i]);
    if (!ok) return -1;
    size_t q = t + 1;
    while (q < s->ntok && q < t + 5 && c->hash[q] != c->h_by && !is_hard(c, q) && c->hash[q] != c->h_comma &&
           !(c->cls[q] & (W_AND | W_REL | W_THAT)))
      q++;
    if (q + 1 >= s->ntok || c->hash[q] != c->h_by || !c->ment_of[q + 1]) return -1;
    k = c->ment_of[q + 1] - 1;
  }
  if (!c->mres[k].n || !len3(c->mres[k].a[0].country) || !strcmp(c->mres[k].a[0].country, own)) return -1;
  return k;
}

/* The attacker of a passive act of force with no "by": the state whose
** adjective (or name) owns the attack it happened in, right after the verb:
** "Three Palestinians killed in Israeli raid", "were wounded in a U.S. air
** strike on Falluja", "died in an Israeli missile strike": "in", articles,
** the mention, at most two plain words ("air", "missile"), an attack noun.
** Returns the mention index or -1. */
static int passive_attack_agent(const dyad_coder *c, const sent *s, size_t t) {
  if (t >= s->ntok || c->hash[t] != c->h_in) return -1;
  t++;
  while (t < s->ntok && (c->cls[t] & W_DET) && !c->ment_of[t]) t++;
  if (t >= s->ntok || !c->ment_of[t]) return -1;
  int k = (int)c->ment_of[t] - 1;
  const dyad_mention *m = &c->ment[k];
  if (m->tok_start != t || !c->mres[k].n || !len3(c->mres[k].a[0].country) || (m->flags & DYAD_MF_POSSESSIVE))
    return -1;
  if (m->kind != DYAD_MK_ADJ) {
    /* a name is where ("killed in Iraq attack", "a Gaza raid"), but "U.S.",
       "US", "UK" in capitals are the adjective ("in a U.S. air strike") */
    if (m->kind != DYAD_MK_COUNTRY) return -1;
    for (uint32_t q = m->start; q < m->end; q++)
      if (s->text[q] >= 'a' && s->text[q] <= 'z') return -1;
  }
  for (size_t q = m->tok_end; q < s->ntok && q < m->tok_end + 3; q++) {
    if (c->ment_of[q] || !(c->wflag[q] & DYAD_VW_WORD) || (c->tok[q].flags & DYAD_TOK_NUMBER)) return -1;
    for (size_t a = 0; a < sizeof c->h_attackn / sizeof c->h_attackn[0]; a++)
      if (c->hash[q] == c->h_attackn[a]) return k;
    if (c->cls[q] & ~(unsigned)(W_ACTN | S_ED | S_ING)) return -1; /* (a plain word: "air", "missile", "pre-dawn") */
  }
  return -1;
}

/* Is actor a an organisation named as the author of a text: "the UN
** Charter", "UN Security Council resolutions", "the resolutions of the U.N.
** Security Council"? Who breaches such a text defies a norm, not the
** organisation. (fp4) */
static int igo_text(const dyad_coder *c, const sent *s, const actor *a) {
  if (a->kind != DYAD_MK_IGO && strncmp(a->code, "IGO", 3)) return 0;
  if (a->end <= a->start) return 0;
  size_t ts = tok_of(c, s, a->start), te = tok_of(c, s, a->end);
  for (size_t k = 0; k < 10; k++)
    if (te < s->ntok && c->hash[te] == c->h_docn[k]) return 1;
  size_t q = ts;
  if (q > 0 && (c->cls[q - 1] & W_DET) && !c->ment_of[q - 1]) q--;
  if (q < 2 || c->hash[q - 1] != c->h_of) return 0;
  for (size_t k = 0; k < 10; k++)
    if (c->hash[q - 2] == c->h_docn[k]) return 1;
  return 0;
}

/* Does text[a,b) hold word w (lower case, any case in the text)? */
static int span_has(const char *text, uint32_t a, uint32_t b, const char *w) {
  size_t n = strlen(w);
  for (uint32_t i = a; i + n <= b; i++)
    if (!strncasecmp(text + i, w, n) && (i == a || !ascii_letter(text[i - 1]))) return 1;
  return 0;
}

/* Is the event noun at head named as a time reference: after "since"
** ("since the 2003 invasion of Iraq", "since the Gulf war") or after a
** year ("the 1994 genocide")? Only plain words between. Returns the token
** where the reference starts (a source before it is not the act's), else
** 0. (fp5) */
static size_t past_reference(const dyad_coder *c, const sent *s, size_t head) {
  for (size_t q = head, k = 0; q > 0 && k < 4; q--, k++) {
    size_t t = q - 1;
    size_t n = c->tok[t].end - c->tok[t].start;
    const char *w = s->text + c->tok[t].start;
    if (tok_is(c, s, t, "since")) return t + 1;
    if (n == 4 && (c->tok[t].flags & DYAD_TOK_NUMBER) && ((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0')))
      return t > 0 && (c->cls[t - 1] & W_DET) && !c->ment_of[t - 1] ? t - 1 : 0; /* "the 2003 (US-led) invasion" */
    if (is_hard(c, t) || c->hash[t] == c->h_comma || (c->cls[t] & (W_REPORT | W_SUB | W_REL | W_THAT | W_AND | W_PREP)))
      return 0;
  }
  return 0;
}

/* Is event x of the kind a judged noun names (want: judged_event's
** class: 4 a meeting or visit, 15 a launch or test, 19 an attack ...)? */
static int judged_kind(int want, const dyad_event *x) {
  int xr = (x->root[0] - '0') * 10 + (x->root[1] - '0');
  return !(!x->source_country[0] || (xr == 1 && want != 1) || (want == 1 && xr != 1 && (xr < 10 || xr > 13)) || (want == 4 && (xr != 4 || !strcmp(x->code, "043"))) ||
           (want == 15 && xr != 15) || (want == 62 && xr != 15 && !eq3(x->code, "062")) ||
           (want == 19 && xr != 18 && xr != 19 && xr != 20) || (want == 11 && xr != 11 && xr != 12) || (want == 12 && xr != 12) ||
           (want == 16 && xr != 16 && xr != 17) ||
           (want == 3 && xr != 3 && !(xr == 5 && eq3(x->code, "057")) && xr != 6 && !eq3(x->code, "087")) ||
           (want == 2 && xr != 2 && xr != 3 && xr != 10));
}

/* Is the mention at token m, from a judgment verb whose words start at
** token from, the party whose land or rights a violation named before it
** wrongs: "(criticized) the violation of Ecuador's territory", "a breach of
** Ukraine's sovereignty", "violations of Syrian airspace"? (fp5) */
static int violated_party(const dyad_coder *c, const sent *s, size_t from, size_t m) {
  static const char *const WRONG[] = {"violation", "violations", "breach", "breaches", "infringement", "infringements"};
  static const char *const LAND[] = {"territory", "sovereignty", "airspace", "soil", "waters", "borders", "border",
                                     "integrity", "territorial", "independence"};
  if (m >= s->ntok || !c->ment_of[m] || m < from + 2 || m > from + 6) return 0;
  const dyad_mention *mt = &c->ment[c->ment_of[m] - 1];
  size_t e = mt->tok_end;
  if (e < s->ntok && tok_is(c, s, e, "'s")) e++;
  if (e >= s->ntok || !((mt->flags & DYAD_MF_POSSESSIVE) || mt->kind == DYAD_MK_ADJ)) return 0;
  int land = 0;
  for (size_t k = 0; k < sizeof LAND / sizeof LAND[0] && !land; k++) land = tok_is(c, s, e, LAND[k]);
  if (!land || !(c->hash[m - 1] == c->h_of)) return 0;
  for (size_t q = from; q + 1 < m; q++)
    for (size_t k = 0; k < sizeof WRONG / sizeof WRONG[0]; k++)
      if (tok_is(c, s, q, WRONG[k])) return 1;
  return 0;
}

/* Is the object of "call" at token t a thing, not a party: a definite
** noun phrase without an actor ("called the landing a clear violation",
** "called the summit a success", "called the zone invalid") or "it" before
** its name ("called it an act of state terrorism")? Then the verb names or
** judges it; a telephone call is made to someone ("called the Iranian
** president", "called him"). An indefinite object stays ("called a
** meeting"). (fp5) */
static int call_names(const dyad_coder *c, const sent *s, size_t t) {
  if (t + 1 >= s->ntok) return 0;
  if (tok_is(c, s, t, "it") || tok_is(c, s, t, "this") || tok_is(c, s, t, "that")) {
    size_t q = t + 1; /* "called it an act", "called it unacceptable", "called this illegal" */
    return (c->cls[q] & W_DET) && !c->ment_of[q] && (tok_is(c, s, q, "a") || tok_is(c, s, q, "an"));
  }
  if (c->ment_of[t] || !(c->cls[t] & W_DET) || tok_is(c, s, t, "a") || tok_is(c, s, t, "an") ||
      (c->tok[t].flags & DYAD_TOK_CAP))
    return 0;
  size_t q = t + 1, words = 0;
  for (; q < s->ntok && words < 5; q++, words++) {
    if (c->ment_of[q]) return 0; /* "called the Iranian president", "called his Russian counterpart" */
    if (is_hard(c, q) || !(c->wflag[q] & DYAD_VW_WORD) || (c->cls[q] & (W_DET | W_PREP | W_AND | W_TO | W_REPORT)))
      break;
  }
  return words > 0 && words < 5;
}

/* "Rubio met the Ukrainian delegation in Istanbul together with Fidan",
** "Zelensky spoke by phone with Trump together with the leaders of France,
** Britain, Germany and Poland": the parties that "together with" (or
** "along with") names right after the object, in the verb's clause, join
** the subject in its act toward the object. They are added to S after the
** subject (none of the object's country or the subject's own). */
static void together_with(dyad_coder *c, const sent *s, const dyad_vmatch *vm, group *S, const group *T) {
  size_t q = vm->tok_end;
  for (int k = 0; k < T->n; k++) {
    if (T->a[k].end <= T->a[k].start) return; /* (a target no words name) */
    size_t e = tok_of(c, s, T->a[k].end - 1) + 1;
    if (e > q) q = e;
  }
  /* past a place or a time of the act: "in Istanbul", "on Friday" */
  size_t lim = q + 5;
  while (q + 1 < s->ntok && q < lim && !tok_is(c, s, q, "together") && !tok_is(c, s, q, "along")) {
    if (is_hard(c, q) || c->hash[q] == c->h_comma || (c->cls[q] & (W_AND | W_THAT | W_REL | W_SUB | W_BUT | W_REPORT)))
      return;
    if (c->ment_of[q] && !(c->cls[q - 1] & W_LOC)) return; /* (another party named: not the object's own phrase) */
    q++;
  }
  if (q + 2 >= s->ntok || c->hash[q + 1] != c->h_with || (!tok_is(c, s, q, "together") && !tok_is(c, s, q, "along")) ||
      clause_of(c, q) != clause_of(c, vm->tok_start))
    return;
  q += 2;
  while (q < s->ntok && S->n < GMAX) {
    size_t r = q;
    while (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
    if (r >= s->ntok || !c->ment_of[r]) break;
    int mi = (int)c->ment_of[r] - 1;
    const dyad_mention *m = &c->ment[mi];
    if (m->tok_start != r || c->mres[mi].n != 1 || m->kind == DYAD_MK_PRONOUN || (m->flags & DYAD_MF_POSSESSIVE))
      break;
    const actor *x = &c->mres[mi].a[0];
    int fresh = len3(x->country) && !(x->flags & AF_PLACE) && strcmp(x->country, S->a[0].country);
    for (int k = 0; k < T->n && fresh; k++) fresh = strcmp(x->country, T->a[k].country) != 0;
    for (int i = 1; i < S->n && fresh; i++) fresh = strcmp(x->country, S->a[i].country) != 0;
    if (fresh) {
      tracef(c, "  \"together with %.*s\": a party to the subject's act", (int)(m->end - m->start), s->text + m->start);
      S->a[S->n] = *x;
      S->a[S->n].start = m->start;
      S->a[S->n].end = m->end;
      S->n++;
    }
    q = m->tok_end;
    if (q + 1 < s->ntok && c->hash[q] == c->h_comma && (c->cls[q + 1] & W_AND)) q += 2; /* ", and Poland" */
    else if (q < s->ntok && (c->hash[q] == c->h_comma || (c->cls[q] & W_AND))) q++;
    else break;
  }
}

static int code_match(dyad_coder *c, sent *s, size_t vidx) {
  const dyad_vmatch *vm = &c->vm[vidx];
  const dyad_vpattern *p = dyad__verbs_pattern(c->v, vm->pattern);
  verbinfo *vi = &c->vi[vidx];
  vi->has_subj = 0;
  vi->passive = 0;
  vi->target_mention = -1;
  vi->tgt.n = 0;
  vi->open_code = NULL;
  if (!p || p->kind == DYAD_VK_NULL || p->kind == DYAD_VK_DISCARD) return 0;
  size_t head = vm->tok_start;
  if (c->ment_of[head]) return 0;
  tracef(c, "pattern %s:%u  %s %s  \"%.*s\"", p->file, p->line, p->code,
         p->text, (int)(c->tok[vm->tok_end - 1].end - c->tok[head].start),
         s->text + c->tok[head].start);
  if (!c->literal && s->headline && p->kind == DYAD_VK_VERB && head >= 2 && vm->tok_end == head + 1 &&
      (c->cls[head - 2] & W_PREP) && !c->ment_of[head - 2] && !c->ment_of[head - 1] && !c->cls[head - 1] &&
      (c->wflag[head - 1] & DYAD_VW_WORD) && c->tok[head].end - c->tok[head].start > 3 &&
      s->text[c->tok[head].end - 1] == 's' && s->text[c->tok[head].end - 2] != 's') {
    /* a headline's "Arrests Dozens Over Election Riots": a plural after a
       preposition and a plain noun is the preposition's noun, no verb (gen) */
    tracef(c, "  a headline's noun after \"%.*s\": no verb", (int)(c->tok[head - 2].end - c->tok[head - 2].start),
           s->text + c->tok[head - 2].start);
    return 0;
  }
  int told = 0; /* told_in_judgment(); a verb pattern too, used as a noun: "the Pulwama attack" */
  if (!c->literal && head > 0 && p->code[0] != '0' && !(p->code[0] == '1' && p->code[1] == '0') &&
      (p->kind == DYAD_VK_NOUN ||
       (!c->ment_of[head - 1] && !(c->cls[head - 1] & (W_PRON | W_TO | W_MODAL | W_AUX | W_BE | W_NEG)))))
    told = told_in_judgment(c, s, head, vidx);
  if (told == 2 || (told && p->kind != DYAD_VK_NOUN)) return 0;
  if (!c->literal && p->kind == DYAD_VK_NOUN && p->code[0] == '0' && p->code[1] == '4' && proposed_meeting(c, head)) {
    tracef(c, "  a meeting a proposal, offer or invitation puts forward: no event of its own");
    return 0;
  }
  if (!c->literal && p->kind == DYAD_VK_VERB &&
      (object_relative(c, head) || (reaction_code(p) && that_relative(c, s, head)))) {
    int r = relative_reaction(c, s, head, vm, p);
    if (r >= 0) return r;
    tracef(c, "  in \", which X did\": a thing described by an act, no event of the story's");
    return 0;
  }
  const char *code = p->code;
  size_t threat_at = 0; /* a threat of retaliation in the verb's that-clause (threat_words) */
  if (!c->literal && p->kind == DYAD_VK_VERB && vm->tok_end + 2 < s->ntok &&
      ((code[0] == '1' && code[1] == '3') || eq3(code, "030")) &&
      ((c->cls[vm->tok_end] & W_THAT) || ((c->cls[vm->tok_end] & W_PRON) && (c->cls[vm->tok_end + 1] & W_MODAL)))) {
    size_t e = vm->tok_end + 1;
    while (e < s->ntok && !is_hard(c, e)) e++;
    threat_at = threat_words(c, s, vm->tok_end, e);
    if (threat_at && eq3(code, "030")) {
      /* "Lee has vowed that any further provocation will meet enormous
         retaliation": a vow of retaliation is a threat (syn2) */
      tracef(c, "  the vow's words threaten retaliation (\"%.*s\"): 130",
             (int)(c->tok[threat_at].end - c->tok[threat_at].start), s->text + c->tok[threat_at].start);
      code = "130";
    }
  }
  for (size_t q = head; !c->literal && s->first_hope >= 0 && (size_t)s->first_hope < head && q-- > 0 && q + 12 > head;) {
    /* "he hoped the American leader would meet Kim", "Seoul hoped that
       Moscow would play a constructive role": what is hoped for is nobody's
       act; the one who hopes appeals to the actor it names (020; "hoped to
       visit" is the hoper's own intent, coded as such) (accB) */
    if (is_hard(c, q) || (c->cls[q] & (W_REPORT | W_BUT)) || c->hash[q] == c->h_comma) break;
    if (!(c->cls[q] & W_HOPE)) continue;
    size_t b = q + 1;
    if (b < head && (c->cls[b] & W_THAT)) b++;
    if (b >= head || (c->cls[b] & (W_TO | W_PREP))) break;
    tracef(c, "  inside what is hoped for (\"%.*s\"): no event of its own", (int)(c->tok[q].end - c->tok[q].start),
           s->text + c->tok[q].start);
    int mb = c->ment_of[b] ? (int)c->ment_of[b] - 1 : -1;
    group hoper;
    hoper.n = 0;
    if (mb >= 0 && c->mres[mb].n == 1 && len3(c->mres[mb].a[0].country) && find_subject(c, s, q, vidx, 0, &hoper) >= 0 &&
        hoper.n == 1 && len3(hoper.a[0].country) && strcmp(hoper.a[0].country, c->mres[mb].a[0].country)) {
      for (size_t e = c->nev; e-- > 0 && c->ev[e].sentence == s->index;)
        if (eq3(c->ev[e].code, "020") && !strcmp(c->ev[e].source_country, hoper.a[0].country) &&
            !strcmp(c->ev[e].target_country, c->mres[mb].a[0].country))
          return 0; /* (one appeal for all the acts hoped for) */
      tracef(c, "  the one who hopes appeals to \"%.*s\" (020)", (int)(c->ment[mb].end - c->ment[mb].start),
             s->text + c->ment[mb].start);
      return emit(c, s, &hoper.a[0], &c->mres[mb].a[0], "020", q, vm, 0);
    }
    return 0;
  }
  if (!c->literal && p->kind == DYAD_VK_VERB && !strncmp(code, "112", 3) && head > 0 && vm->tok_end + 1 < s->ntok &&
      c->hash[head] == c->h_blamed && c->hash[vm->tok_end] == c->h_on && !c->ment_of[head - 1]) {
    /* "two attacks Sunday blamed on Kurdish rebels": the rebels did it */
    int att = 0;
    for (size_t q = head; q-- > 0 && q + 4 > head && !att && !c->ment_of[q] && !is_hard(c, q);)
      for (size_t a = 0; a < sizeof c->h_blamedatt / sizeof c->h_blamedatt[0] && !att; a++) att = c->hash[q] == c->h_blamedatt[a];
    size_t r = vm->tok_end + 1;
    while (r < s->ntok && (c->cls[r] & W_DET)) r++;
    for (size_t k = 0; k < 2 && r + 1 < s->ntok && !c->ment_of[r] && (c->wflag[r] & DYAD_VW_WORD) && !c->cls[r]; k++)
      r++; /* "blamed on Kurdish rebels" */
    int mi = r < s->ntok ? c->ment_of[r] - 1 : -1;
    if (att && mi >= 0 && c->mres[mi].n == 1 && len3(c->mres[mi].a[0].country) &&
        challenger_sector(sector_of(&c->mres[mi].a[0]))) {
      const actor *src = &c->mres[mi].a[0];
      const char *lc = sentence_country(c, s);
      actor h;
      memset(&h, 0, sizeof h);
      copy_str(h.code, sizeof h.code, lc[0] ? lc : src->country);
      copy_str(h.country, sizeof h.country, lc[0] ? lc : src->country);
      h.person = -1;
      h.kind = DYAD_MK_COUNTRY;
      tracef(c, "  an attack blamed on %s: %s attacked (180)", src->code, src->code);
      return emit(c, s, src, &h, "180", head, vm, 0);
    }
  }
  if (!c->literal && p->kind == DYAD_VK_VERB && eq3(code, "015")) {
    /* "claimed responsibility for a school siege", "... for slaughtering
       members of the security forces": the claim codes the attack itself */
    size_t q = vm->tok_end, lim = vm->tok_end + 6;
    if (q > 0 && q < s->ntok && c->hash[q - 1] != c->h_for && c->hash[q] == c->h_for) q++;
    for (; q < s->ntok && q < lim && !is_hard(c, q) && c->hash[q] != c->h_comma; q++) {
      if (c->ment_of[q] && c->mres[c->ment_of[q] - 1].n) break; /* (not "a school siege": no actor) */
      size_t a = 0;
      while (a < sizeof c->h_claimedatt / sizeof c->h_claimedatt[0] && c->hash[q] != c->h_claimedatt[a]) a++;
      if (a < sizeof c->h_claimedatt / sizeof c->h_claimedatt[0]) {
        code = "180";
        tracef(c, "  responsibility for an attack: the attack (180)");
        break;
      }
    }
  }
  group S, T, summoned;
  S.n = T.n = summoned.n = 0;
  int passive = 0, between = 0, of_source = 0, adj_source = 0;
  int bare_part = 0; /* mention+1 right before a participle with no object */
  int by_unknown = 0; /* a nominal's "by ..." names no known actor */
  int poss_pair = 0;  /* a nominal's possessor is a plural pronoun of two or more sides ("their summit") */
  int pron_subj = 0;  /* the subject is a plural pronoun ("they would encourage ...") */
  if (p->kind == DYAD_VK_VERB && !c->literal && !s->headline && head > 1 && (c->tok[head].flags & DYAD_TOK_CAP) &&
      (c->wflag[head - 1] & DYAD_VW_WORD) && !(c->tok[head - 1].flags & DYAD_TOK_QUOTE) && !is_hard(c, head - 1) &&
      c->hash[head - 1] != c->h_comma) {
    tracef(c, "  a capitalised word inside a sentence is a name (\"Merrill Lynch\"): no event");
    return 0;
  }
  if (p->kind == DYAD_VK_VERB && !c->literal && head > 0 && (c->cls[head - 1] & W_PREP) && !(c->cls[head - 1] & W_TO) &&
      !SUF(c, head, S_ING) && !SUF(c, head, S_ED) && !c->ment_of[head - 1]) {
    /* "Powell to discuss NKorea on visit Japan, China": a bare verb form
       right after a preposition is a noun (acc1) */
    tracef(c, "  a bare verb form after a preposition is a noun: no event");
    return 0;
  }
  if (p->kind == DYAD_VK_VERB && !c->literal && head >= 3 && head + 1 < s->ntok && c->hash[head - 1] == c->h_and &&
      tok_is(c, s, head, "occupied") && c->ment_of[head - 2] && c->ment_of[head + 1] &&
      c->ment[c->ment_of[head - 2] - 1].tok_start > 0 && (c->cls[c->ment[c->ment_of[head - 2] - 1].tok_start - 1] & W_PREP)) {
    /* "a ban on trade with Iraq and occupied Kuwait": "occupied" joined by
       "and" to a place named after a preposition, a place straight after it,
       describes that place */
    tracef(c, "  \"and occupied\" between two places after a preposition: an adjective, no event");
    return 0;
  }
  if (p->kind == DYAD_VK_VERB && !c->literal && (c->tok[head].flags & DYAD_TOK_CAP) &&
      c->tok[head].end - c->tok[head].start == 5 && !strncmp(s->text + c->tok[head].start, "March", 5) &&
      ((head > 0 && (c->cls[head - 1] & (W_PREP | W_DET))) ||
       (head + 1 < s->ntok && (c->tok[head + 1].flags & DYAD_TOK_NUMBER)))) {
    tracef(c, "  \"in March\", \"March 5\": the month, no event");
    return 0;
  }
  if (p->kind == DYAD_VK_VERB && !c->literal && !strncmp(code, "03", 2) && vm->tok_end + 1 < s->ntok &&
      (c->cls[vm->tok_end] & W_TO)) {
    for (size_t v = vidx + 1; v < s->nvm; v++)
      if (c->vm[v].tok_start == vm->tok_end + 1) {
        const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        if (pv && pv->kind == DYAD_VK_VERB) {
          tracef(c, "  \"vowed to <verb>\": the verb after \"to\" codes the intent");
          return 0;
        }
      }
  }
  if (p->kind == DYAD_VK_VERB && !c->literal && SUF(c, head, S_ING) && head > 0 &&
      c->tok[head - 1].end - c->tok[head - 1].start == 4 && !strncasecmp(s->text + c->tok[head - 1].start, "from", 4)) {
    tracef(c, "  \"(kept/barred) from <verb>ing\": prevented, no event");
    return 0;
  }
  if (p->kind == DYAD_VK_VERB && !c->literal && strncmp(code, "13", 2)) {
    /* "unless Japan pulled its troops out", "if Western nations put
       pressure on Tehran": a condition, not an event (a threat's condition
       is coded by the threat) */
    size_t q = clause_start(c, head);
    if (q > 0 && (c->hash[q - 1] == c->h_if || c->hash[q - 1] == c->h_unless) && !after_condition(c, q, head)) {
      tracef(c, "  inside an if/unless clause: no event");
      return 0;
    }
    if (q > 1 && c->hash[q - 1] == c->h_until && !c->literal) {
      /* "did not expect a breakthrough until Putin and Trump met": not (yet)
         done after a negated main clause (recallA) */
      for (size_t r = q - 1; r-- > 0 && !is_hard(c, r);)
        if (is_neg_tok(s, c, r) && !(c->cls[r] & W_DET)) {
          tracef(c, "  inside an until clause after a negation: no event");
          return 0;
        }
    }
  }
  if (vidx > 0 && p->kind == DYAD_VK_VERB && !c->literal && rejected_content(c, s, head, vidx)) {
    tracef(c, "  the content of a rejected proposal or demand: no event");
    return 0;
  }
  int refusal = 0; /* a negated future coded as a refusal (recallA) */
  if (!c->literal && p->kind == DYAD_VK_VERB && head + 2 < vm->tok_end && tok_is(c, s, head + 1, "no") &&
      !strstr(p->text, " no ") && !strstr(p->text, " no|")) {
    /* "He offered no fresh apology of his own", "sent no delegation to":
       the act's object is none, so there is no act (but a pattern that
       names the "no" itself: "saw no reason to", "said no to") */
    tracef(c, "  \"%.*s no ...\": the object is none, no event", (int)(c->tok[head].end - c->tok[head].start),
           s->text + c->tok[head].start);
    return 0;
  }
  if (p->kind == DYAD_VK_VERB) {
    int modal = 0;
    int negated = !c->literal && verb_mood(c, s, head, (code[0] - '0') * 10 + (code[1] - '0'), &modal);
    if (modal == 2 && !c->literal && reported_would(c, s, head, vm->tok_end)) {
      modal = 1; /* "said he would restore the sanctions": the future announced */
      tracef(c, "  \"said ... would\": the future of reported speech, not a hypothesis");
    }
    if (negated) {
      const char *rf = refusal_code(code, modal);
      if (rf && modal == 2) { /* "would not": a refusal; "should not", "could not": advice, inability */
        int would = 0;
        for (size_t q = head; q-- > 0 && q + 5 > head && !would;)
          would = c->hash[q] == c->h_would || c->hash[q] == c->h_wouldnt;
        if (!would) rf = NULL;
      }
      if (!rf && !modal && !strncmp(code, "054", 3) && !SUF(c, head, S_ING)) {
        /* "Beijing does not recognize Taiwan", "Pompeo said the United
           States did not recognize Maduro's authority": not recognizing
           as a standing position, in the present or in reported speech, is
           rejecting; not a past told as such ("Spain did not recognize the
           independence of Kosovo"), nor "without recognizing" (rec21a) */
        int pres = 0, past = 0, inspeech = 0;
        for (size_t q = head; q-- > 0 && q + 5 > head && !pres && !past;) {
          pres = tok_is(c, s, q, "does") || tok_is(c, s, q, "do") || tok_is(c, s, q, "doesn't") ||
                 tok_is(c, s, q, "don't");
          past = tok_is(c, s, q, "did") || tok_is(c, s, q, "didn't");
        }
        for (size_t q = 0; q < head && past && !inspeech; q++) inspeech = (c->cls[q] & W_REPORT) != 0;
        if (pres || inspeech) rf = "120";
      }
      if (!rf) {
        tracef(c, "  negated: no event");
        return 0;
      }
      tracef(c, "  negated future (\"will not resume talks\"): a refusal, %s -> %s", code, rf);
      code = rf;
      modal = 0;
      refusal = 1;
    }
    for (size_t v = 0; v < vidx && modal && !c->literal; v++) {
      /* "Bush said Israel should withdraw from Gaza", "Annan says Sudan must disarm the militias": the
         act asked for after an appeal or demand that ends on its modal ("say * should", "tell * must")
         is coded by that appeal; the speaker does not do it */
      const dyad_vmatch *m = &c->vm[v];
      if (m->tok_end > head || m->tok_end + 3 < head || m->tok_end < 2) continue;
      const dyad_vpattern *pv = dyad__verbs_pattern(c->v, m->pattern);
      if (!pv || pv->kind != DYAD_VK_VERB ||
          !((pv->code[0] == '0' && pv->code[1] == '2') || (pv->code[0] == '1' && pv->code[1] == '0')))
        continue;
      size_t last = m->tok_end - 1;
      if (c->hash[last] != c->h_should && !tok_is(c, s, last, "must") && !tok_is(c, s, last, "ought")) continue;
      int clean = 1;
      for (size_t t = m->tok_end; t < head && clean; t++)
        if (c->ment_of[t] || !((c->cls[t] & (W_ADV | W_TO | W_AUX)) || SUF(c, t, S_LY))) clean = 0;
      if (clean) {
        tracef(c, "  the act asked for in \"%.*s\": the appeal codes it, no event",
               (int)(c->tok[last].end - c->tok[m->tok_start].start), s->text + c->tok[m->tok_start].start);
        return 0;
      }
    }
    if (modal == 2 && !c->literal) {
      /* "Seoul should coordinate closely with Washington", "Seoul should
         welcome the outcome": what a party should do is advice (the
         writer's, or a speaker's whose appeal codes it), neither its act nor
         its intent (fp5) */
      for (size_t q = head; q-- > 0 && q + 5 > head;) {
        if (c->ment_of[q] || is_hard(c, q) || c->hash[q] == c->h_comma) break;
        if (c->hash[q] == c->h_should || tok_is(c, s, q, "ought")) {
          tracef(c, "  \"%.*s\": advice, no event", (int)(c->tok[q].end - c->tok[q].start), s->text + c->tok[q].start);
          return 0;
        }
      }
    }
    if (modal && !c->literal) {
      const char *ic = modal == 3 ? NULL : intent_code(code, modal == 2);
      if (ic && modal == 1 && code[0] == '1' && code[1] == '7' && is_passive(c, s, head))
        ic = code; /* "will be extradited to Turkey": a scheduled act, not a threat */
      int rt = (code[0] - '0') * 10 + (code[1] - '0');
      int threatened = 0; /* "threatened to withdraw from the negotiations" */
      if (modal == 1 && head > 1 && (c->cls[head - 1] & W_TO) &&
          (c->hash[head - 2] == c->h_threatened || c->hash[head - 2] == c->h_threatens ||
           c->hash[head - 2] == c->h_threaten || c->hash[head - 2] == c->h_threatening))
        threatened = 1;
      if (threatened && rt >= 12 && rt != 13 && rt != 14 && rt != 15)
        ic = !strncmp(code, "164", 3) ? "134" : rt == 16 ? "131" : rt == 17 ? "137" : rt >= 18 ? "138" : "130";
      if (!ic && modal == 2 && rt >= 12 && rt != 13 && rt != 14 && rt != 15) {
        /* "Iran would withdraw from the negotiations if the talks turned into a
           dead end": a hostile act on a condition is a threat */
        size_t q = vm->tok_end;
        while (q < s->ntok && q < vm->tok_end + 16 && c->hash[q] != c->h_if && c->hash[q] != c->h_unless) q++;
        if (q < s->ntok && (c->hash[q] == c->h_if || c->hash[q] == c->h_unless))
          ic = !strncmp(code, "164", 3) ? "134" : rt == 16 ? "131" : rt == 17 ? "137" : rt >= 18 ? "138" : "130";
      }
      if (!ic) {
        tracef(c, "  hypothetical %s: no event", code);
        return 0;
      }
      if (strcmp(ic, code)) tracef(c, "  modal/intent: %s -> %s", code, ic);
      code = ic;
    }
    passive = is_passive(c, s, head) && !(p->flags & DYAD_VF_PASSIVE);
    if (!passive && !c->literal && eq3(code, "045") && SUF(c, head, S_ED) && head > 0 && !c->ment_of[head - 1] &&
        head + 2 < s->ntok && c->hash[head + 1] == c->h_by && c->ment_of[head + 2])
      passive = 1; /* "talks mediated by Washington": a participle after the act, with its agent (accD) */
    if (!passive && !c->literal && head > 1 && (c->cls[head - 1] & W_AND) && SUF(c, head, S_ED))
      for (size_t v = vidx; v-- > 0;)
        if (c->vm[v].tok_end == head - 1) {
          if (c->vi[v].passive) {
            passive = 1; /* "was struck and killed by a train" */
            tracef(c, "  coordinated with a passive verb: passive");
          }
          break;
        }
    if (passive && c->literal && !lit_by_agent(c, s, head, vm->tok_end)) {
      passive = 0; /* PETRARCH: with no "by X" the subject stays the source */
      tracef(c, "  passive with no \"by\" agent: read as written");
    }
    size_t np = head; /* "UN aid plane shot at in Ivory Coast": plain nouns after the actor */
    while (!c->literal && np > 1 && head - np < 2 && !c->ment_of[np - 1] &&
           (!c->cls[np - 1] || c->cls[np - 1] == W_ACTN || ((c->cls[np - 1] & (S_LY | W_ADV)) && !(c->cls[np - 1] & ~(S_LY | S_ED | S_ING | W_ADV)))) && /* "citizen reportedly taken" */
           (c->wflag[np - 1] & DYAD_VW_WORD) && !(c->tok[np - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)))
      np--;
    if (np < head && !c->ment_of[np - 1]) np = head;
    if (!passive && !c->literal && !(p->flags & (DYAD_VF_PASSIVE | DYAD_VF_NOTARGET)) && np == head && head > 0 &&
        c->ment_of[head - 1] && c->ment[c->ment_of[head - 1] - 1].tok_end == head && SUF(c, head, S_ED) &&
        strstr(p->text, "**") && vm->gap_end == vm->gap_start && vm->tok_end == head + 2 &&
        (c->hash[head + 1] == c->h_with || c->hash[head + 1] == c->h_of)) {
      /* "Four US soldiers charged with abusing Iraqi prisoners are set to
         face ...": a verb whose pattern wants its object before the
         preposition ("charged X with"), written with none, right after an
         actor, is a passive participle: the actor is the one charged (accA) */
      passive = 1;
      tracef(c, "  \"<actor> <verb>ed <prep>\" with no object between: a passive participle");
    }
    if (!passive && !c->literal && !(p->flags & (DYAD_VF_PASSIVE | DYAD_VF_NOTARGET)) && np > 0 && c->ment_of[np - 1] &&
        c->ment[c->ment_of[np - 1] - 1].tok_end == np && done_to(c, s, head, vm->tok_end, p)) {
      /* a headline's "Colombia militant gunned down", "Three soldiers
         killed in Iraq", "Journalist kidnapped by militants": a participle
         with no object is passive */
      passive = 1;
      bare_part = np == head ? (int)c->ment_of[head - 1] : -1; /* (the plane shot at is no actor) */
      tracef(c, "  participle with no object: passive");
    }
    int inner = 0; /* a mention inside the match: "urged Israel to halt", "accused the US of terrorism" */
    for (size_t q = head + 1; q < vm->tok_end && !c->literal; q++)
      if (c->ment_of[q]) inner = 1;
    if (!passive && !inner && head > 0 && SUF(c, head, S_ED) && (p->flags & DYAD_VF_NEAR) &&
        c->ment_of[head - 1] && vm->tok_end < s->ntok && !(code[0] == '1' && code[1] == '4') &&
        (c->cls[vm->tok_end] & W_LOC)) { /* (not a protest: "Kenyans protested in Nairobi", an intransitive, gen) */
      tracef(c, "  \"troops injured in\": a participle, no event");
      return 0;
    }
    size_t nx = head + 1; /* "members killed recently in Iraq" */
    while (!c->literal && nx < s->ntok && SUF(c, nx, S_LY) && !c->ment_of[nx]) nx++;
    if (!passive && head > 0 && SUF(c, head, S_ED) &&
        (!c->ment_of[head - 1] || !c->mres[c->ment_of[head - 1] - 1].n) &&
        (c->wflag[head - 1] & DYAD_VW_WORD) && !(c->tok[head - 1].flags & DYAD_TOK_CAP) &&
        !(c->cls[head - 1] & (W_BE | W_AUX | W_ADV | W_NEG | W_MODAL | W_TO | W_AND | W_INTENT |
                               W_PRON | W_REL | W_THAT | W_SUB | W_PREP)) &&
        !SUF(c, head - 1, S_LY) &&
        (nx >= s->ntok || (c->cls[nx] & W_PREP) || is_hard(c, nx) ||
         c->hash[nx] == c->h_comma || !(c->wflag[nx] & DYAD_VW_WORD)) &&
        np_is_object(c, s, head - 1, vidx) && !(code[0] == '1' && code[1] == '4' && !(p->flags & DYAD_VF_PASSIVE)) &&
        !(eq3(code, "045") && nx + 1 < s->ntok && c->hash[nx] == c->h_by && c->ment_of[nx + 1])) {
      /* (but "talks mediated by Washington": the mediator acts; not a
         protest, which takes no object: "Thousands of people protested
         against the decision") */
      tracef(c, "  participle after a noun (\"migrants deported to\"): no event");
      return 0;
    }
    int smi;
    int victims_of = -1; /* the main verb of ", killing ..." (its target's country for victims) */
    size_t fronted_q = 0; /* the comma after a fronted participle (acc1) */
    if (head > 0 && c->hash[head - 1] == c->h_comma && SUF(c, head, S_ING)) {
      /* ", killing 10 Palestinians": the subject of the main clause */
      smi = -1;
      for (size_t v = vidx; v-- > 0;)
        if (c->vi[v].has_subj) {
          int reported = 0; /* "police released a photo and said they suspect two bombers set off
                               the blast, killing seven": not the police */
          for (size_t q = c->vm[v].tok_end; q < head && !c->literal; q++)
            if ((c->cls[q] & W_REPORT) && q + 1 < head && c->ment_of[q + 1]) reported = 1;
          if (reported) break;
          S = c->vi[v].subj;
          smi = -2;
          if (c->vi[v].tgt.n == 1 &&
              (tok_is(c, s, head, "killing") || tok_is(c, s, head, "wounding") || tok_is(c, s, head, "injuring")))
            victims_of = (int)v;
          const dyad_vpattern *mp = dyad__verbs_pattern(c->v, c->vm[v].pattern);
          if (!c->literal && mp && mp->kind == DYAD_VK_VERB && !c->vi[v].tgt.n && eq3(code, "190") &&
              mp->code[0] == '1' && (mp->code[1] == '8' || mp->code[1] == '9') && strcmp(mp->code, "190") &&
              (tok_is(c, s, head, "killing") || tok_is(c, s, head, "wounding") || tok_is(c, s, head, "injuring"))) {
            /* "Pakistani troops shelled a village, wounding two Indian
               policemen": the victims are the main attack's, coded as it is
               (194), when it named no target of its own (gen) */
            code = mp->code;
            tracef(c, "  the main attack's victims: its code (%s)", code);
          }
          break;
        }
      if (smi == -1 && !c->literal && opening_subject(c, s) && c->ment[s->main_subj].tok_end < head) {
        int clean = 1; /* "U.S. units thrust into Fallujah, fighting street battles" */
        for (size_t q = c->ment[s->main_subj].tok_end; q + 1 < head; q++) {
          if ((c->cls[q] & W_REPORT) && q + 2 < head && (c->cls[q + 1] & W_DET) && !(c->cls[q + 1] & W_THAT)) {
            /* "Correa announced the break late Monday, calling ...": a report
               verb with a plain object, no clause, is the subject's own act
               (art5) */
            size_t r = q + 1;
            while (r + 1 < head && !c->ment_of[r] && !verbish(c, s, r) &&
                   !(c->cls[r] & (W_BE | W_AUX | W_MODAL | W_PRON | W_THAT | W_REL | W_SUB)))
              r++;
            if (r + 1 == head) continue;
          }
          if (((c->cls[q] & (W_SUB | W_REL | W_THAT | W_REPORT)) && !time_prep(c, s, q)) || c->hash[q] == c->h_as) clean = 0;
        }
        if (clean) {
          S = c->mres[s->main_subj];
          smi = -2;
        }
      }
      if (smi != -1) tracef(c, "  participle clause: the main clause's subject");
      if (code[0] == '0' || (code[0] == '1' && code[1] <= '3')) {
        /* "X said that the government had launched an offensive, denouncing
           it as a truce violation": a verbal act goes with the sayer */
        for (size_t t = head; t-- > 1;) {
          if (!(c->cls[t] & W_REPORT) || !(t + 1 < s->ntok && (c->cls[t + 1] & W_THAT))) continue;
          group said;
          said.n = 0;
          int mi2 = find_subject(c, s, t, vidx, 0, &said);
          for (size_t k = 0; k < s->nment && (mi2 < 0 || !said.n); k++) {
            /* "One of the two main rebel groups in ... region said that" */
            if (c->ment[k].tok_end > t || !c->mres[k].n || c->ment[k].kind == DYAD_MK_PRONOUN) continue;
            if (clause_of(c, c->ment[k].tok_start) != clause_of(c, t)) continue;
            said = c->mres[k];
            mi2 = (int)k;
          }
          if (mi2 >= 0 && said.n) {
            S = said;
            smi = -2;
            tracef(c, "  participle of saying: the subject of \"%.*s\"", (int)(c->tok[t].end - c->tok[t].start),
                   s->text + c->tok[t].start);
          }
          break;
        }
      }
    } else if (head == 0 && !c->literal && p->kind == DYAD_VK_VERB && SUF(c, head, S_ING) && s->ntok > 4) {
      /* "Meeting in Moscow, Berlusconi and Putin said ...", "Meeting at the
         Great Hall, the two presidents set out ...": a fronted participle's
         subject is the main clause's, the mentions right after its comma
         (acc1) */
      smi = -1;
      S.n = 0;
      size_t q = vm->tok_end;
      while (q < s->ntok && q < vm->tok_end + 12 && c->hash[q] != c->h_comma && !is_hard(c, q)) q++;
      size_t r = q + 1;
      while (q < s->ntok && c->hash[q] == c->h_comma && r < s->ntok && c->ment_of[r] && S.n < GMAX) {
        const group *g = &c->mres[c->ment_of[r] - 1];
        if (!g->n || c->ment[c->ment_of[r] - 1].tok_start != r) break;
        for (int i = 0; i < g->n && S.n < GMAX; i++) S.a[S.n++] = g->a[i];
        r = c->ment[c->ment_of[r] - 1].tok_end;
        if (r + 1 < s->ntok && (c->cls[r] & W_AND) && c->ment_of[r + 1]) r++;
        else break;
      }
      if (S.n && r < s->ntok && !c->ment_of[r] && (c->wflag[r] & DYAD_VW_WORD) &&
          !(c->cls[r] & (W_PREP | W_DET | W_AND)) && c->hash[r] != c->h_poss) {
        smi = -2;
        fronted_q = q;
        tracef(c, "  fronted participle: the main clause's subject");
      } else {
        S.n = 0;
      }
    } else {
      smi = find_subject(c, s, head, vidx, 0, &S);
      if (smi >= 0 && !c->literal && head > 0 && (c->cls[head - 1] & W_TO) && p->code[0] == '1' &&
          p->code[1] >= '0' && p->code[1] <= '4') {
        /* "summoned the U.S. ambassador on Saturday to lodge a protest":
           the protest is the summoner's, lodged with the one summoned */
        for (size_t v = vidx; v-- > 0;) {
          const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
          if (!pv || pv->kind != DYAD_VK_VERB || strncmp(pv->text, "summon", 6) || c->vm[v].tok_end > c->ment[smi].tok_start)
            continue;
          if (c->vi[v].has_subj && c->vi[v].subj.n && c->vi[v].tgt.n && c->vi[v].tgt.a[0].start == c->ment[smi].start) {
            gcopy(&S, &c->vi[v].subj);
            gcopy(&summoned, &c->vi[v].tgt);
            smi = -2;
            tracef(c, "  \"summoned X to %s\": the summoner's act", p->text);
          }
          break;
        }
      }
      for (size_t v = vidx; v-- > 0 && !c->literal && head > 0 && (c->cls[head - 1] & W_TO);) {
        /* "challenged the Kremlin leader to meet him", "urged Israel to halt":
           a verb under an appeal or demand ending in "to" is asked (recallA) */
        const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        if (c->vm[v].tok_end != head || !pv || pv->kind != DYAD_VK_VERB) continue;
        if (!strncmp(pv->code, "02", 2) || !strncmp(pv->code, "10", 2)) {
          tracef(c, "  asked by \"%s\": what is asked, no event", pv->text);
          return 0;
        }
        break;
      }
      if (smi >= 0 && !c->literal) {
        /* "demands Rwanda withdraw its troops", "urged that Israel halt":
           the verb under a demand or appeal is what is asked, not done (recallA) */
        size_t b = c->ment[smi].tok_start;
        if (b > 0 && (c->cls[b - 1] & W_THAT)) b--;
        size_t e = c->ment[smi].tok_end;
        int to_after = e < s->ntok && (c->cls[e] & W_TO) && e + 1 == head; /* "invited China to send" */
        for (size_t v = vidx; v-- > 0;) {
          const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
          if (c->vm[v].tok_end > b || !pv || pv->kind != DYAD_VK_VERB) continue;
          if (c->vm[v].tok_end == b && (to_after || !strncmp(pv->code, "02", 2) || !strncmp(pv->code, "10", 2))) {
            tracef(c, "  the object of \"%s\" asked to act: what is asked, no event", pv->text);
            return 0;
          }
          break;
        }
      }
    }
    if (smi >= 0 || smi == -2) {
      gcopy(&vi->subj, &S);
      vi->has_subj = 1;
    }
    pron_subj = smi >= 0 && c->ment[smi].kind == DYAD_MK_PRONOUN && S.n >= 2;
    vi->passive = passive;
    if (passive) {
      /* "X was attacked by Y": Y -> X */
      group by;
      by.n = 0;
      for (size_t t = vm->tok_end; t < s->ntok && t < vm->tok_end + 6; t++) {
        if (c->hash[t] == c->h_by && t + 1 < s->ntok) {
          /* "by X", "by a group linked to X" */
          for (size_t r = t + 1; r < s->ntok && r < t + 8; r++) {
            if (is_hard(c, r) || c->hash[r] == c->h_comma || (c->cls[r] & (W_SUB | W_REL | W_THAT))) break;
            if (!c->literal && ((c->cls[r] & W_LOC) || c->hash[r] == c->h_on)) break; /* "by a mortar attack on a US base" */
            if (!c->literal && (c->cls[r] & W_PREP) && r + 1 < s->ntok && SUF(c, r + 1, S_ING)) break; /* "by a jury of murdering a Briton" */
            if (!c->literal && !c->ment_of[r] && SUF(c, r, S_ING) && !(c->tok[r].flags & DYAD_TOK_CAP) && r > t + 1)
              break; /* "by a train transporting nuclear waste to Germany" */
            if (c->ment_of[r] && c->mres[c->ment_of[r] - 1].n) {
              by = c->mres[c->ment_of[r] - 1];
              /* "was mediated by Qatar, Egypt and the United States": each of a list */
              for (size_t q = c->ment[c->ment_of[r] - 1].tok_end; !c->literal && q < s->ntok && by.n < GMAX;) {
                size_t u = q;
                int joined = 0;
                if (c->hash[u] == c->h_comma) u++;
                if (u < s->ntok && (c->cls[u] & W_AND)) u++, joined = 1;
                if (u == q || u >= s->ntok || !c->ment_of[u]) break;
                int m2 = c->ment_of[u] - 1, m1 = c->ment_of[q - 1] - 1;
                if ((c->ment[m2].tok_start != u && !(c->cls[u] & W_DET)) || !c->mres[m2].n ||
                    next_clause_subject(c, s, (size_t)m2, vidx))
                  break;
                if (!joined && (m1 < 0 || !state_kind(c->ment[m1].kind) || !state_kind(c->ment[m2].kind)))
                  break; /* "by his counterpart, Kang Sun Nam": a name in apposition, no list */
                for (int x = 0; x < c->mres[m2].n && by.n < GMAX; x++) by.a[by.n++] = c->mres[m2].a[x];
                q = c->ment[m2].tok_end;
              }
              break;
            }
          }
          break;
        }
      }
      if (!by.n && !c->literal && code[0] == '1' && code[1] >= '8') {
        /* "Three Palestinians killed in Israeli raid": the raid's state */
        int am = passive_attack_agent(c, s, vm->tok_end);
        if (am >= 0) {
          by = c->mres[am];
          adj_source = 1; /* (the nationality owns the attack: no mere modifier) */
          tracef(c, "  passive act of force \"in\" %s's attack: its source", by.a[0].code);
        }
      }
      if (!by.n && !c->literal && (!strncmp(code, "174", 3) || !strncmp(p->code, "174", 3)))
        for (size_t t = head + 1; t + 1 < s->ntok && t < vm->tok_end + 4; t++) /* ("extradited from Austria to") */
          if (c->tok[t].end - c->tok[t].start == 4 && !strncasecmp(s->text + c->tok[t].start, "from", 4)) {
            size_t r = t + 1;
            while (r < s->ntok && (c->cls[r] & W_DET)) r++;
            if (r < s->ntok && c->ment_of[r] && c->mres[c->ment_of[r] - 1].n) by = c->mres[c->ment_of[r] - 1];
            break; /* "was deported from Germany": Germany deported */
          }
      tracef(c, "  passive voice: source from \"by\", target = subject");
      gcopy(&T, &S);
      if (bare_part > 0) T = c->mres[bare_part - 1]; /* "hostages seized in Iraq": the noun before it */
      if (bare_part < 0) T.n = 0;
      if (!bare_part && !c->literal && head > 0 && c->ment_of[head - 1] &&
          c->ment[c->ment_of[head - 1] - 1].tok_end == head && c->mres[c->ment_of[head - 1] - 1].n &&
          (int)c->ment_of[head - 1] - 1 != smi) {
        /* "thanked Trump for raising the issue of the Japanese citizens
           abducted by the North": the noun the participle follows is the
           one done to, not the clause's subject (acc1) */
        T = c->mres[c->ment_of[head - 1] - 1];
        tracef(c, "  a participle right after a noun: that noun is the target");
      }
      gcopy(&S, &by);
      if (!T.n && !c->literal && (!strncmp(p->code, "174", 3) || !strncmp(p->code, "063", 3)))
        for (size_t t = head + 1; t + 1 < s->ntok && t < vm->tok_end + 6; t++) {
          if (is_hard(c, t) || c->hash[t] == c->h_comma) break;
          if (!(c->cls[t] & W_TO) || !c->ment_of[t + 1]) continue;
          const dyad_mention *dm = &c->ment[c->ment_of[t + 1] - 1];
          if ((dm->kind == DYAD_MK_COUNTRY || dm->kind == DYAD_MK_SEAT) && c->mres[c->ment_of[t + 1] - 1].n) {
            T = c->mres[c->ment_of[t + 1] - 1]; /* "extradited from Austria to Turkey": sent home */
            tracef(c, "  target: the country the deported are sent to");
          }
          break;
        }
      if (!S.n && bare_part >= 0 && eq3(code, "173") && !strncmp(p->text, "arrest", 6)) {
        /* "four men are arrested ..., police say": the police of the place;
           with no place, of the state of the arrested ("Eight Egyptians have
           been arrested and accused of plotting the Sinai bombings", "Israeli
           Officer Arrested Over Killing of Gaza Girl": the gold's "police
           arrests are R, also in the passive when the arresting state is
           plain") */
        const char *lc = sentence_country(c, s);
        if (!lc[0] && !c->literal && T.n == 1 && len3(T.a[0].country) && T.a[0].kind != DYAD_MK_IGO &&
            strncmp(T.a[0].code, "IGO", 3)) {
          int one = 1; /* (a story of that country alone: "Three Palestinians were arrested" may be Israel's) */
          for (size_t k = 0; k < s->nment && one; k++) {
            const char *mc = c->mres[k].n ? c->mres[k].a[0].country : c->ment[k].country;
            if (len3(mc) && strcmp(mc, T.a[0].country)) one = 0;
          }
          for (size_t k = 0; k < c->nhist && one; k++) {
            const char *hc = hist_get(c, k)->a.country;
            if (len3(hc) && strcmp(hc, T.a[0].country)) one = 0;
          }
          if (one) lc = T.a[0].country;
        }
        if (lc[0]) {
          memset(&S.a[0], 0, sizeof S.a[0]);
          cat2(S.a[0].code, sizeof S.a[0].code, lc, "COP");
          copy_str(S.a[0].country, sizeof S.a[0].country, lc);
          S.a[0].person = -1;
          S.a[0].kind = DYAD_MK_AGENT;
          S.a[0].start = c->tok[head].start;
          S.a[0].end = c->tok[head].end;
          S.n = 1;
          tracef(c, "  agentless arrest: the police of %s", lc);
          if (!T.n) {
            T.a[0] = S.a[0];
            copy_str(T.a[0].code, sizeof T.a[0].code, lc);
            T.a[0].kind = DYAD_MK_COUNTRY;
            T.n = 1;
          }
        }
      }
    } else {
      find_target(c, s, vm->tok_end, vm->gap_start, vm->gap_end, p, vidx, &T);
      if (victims_of >= 0 && !c->literal && T.n == 1 && S.n == 1 && T.a[0].kind == DYAD_MK_AGENT &&
          (T.a[0].flags & AF_CTX) && !strcmp(T.a[0].country, S.a[0].country) &&
          len3(c->vi[victims_of].tgt.a[0].country) && strcmp(c->vi[victims_of].tgt.a[0].country, S.a[0].country)) {
        /* "militants attacked southern Israel, killing about 1,200 people":
           victims of no country of their own, killed in the attack, are
           the attacked side's, not the attackers' own by the story's
           context */
        char code2[32];
        const char *vc = c->vi[victims_of].tgt.a[0].country;
        cat2(code2, sizeof code2, vc, sector_of(&T.a[0]));
        set_code(&T.a[0], code2, vc);
        tracef(c, "  the victims of the attack on %s: its people (%s)", vc, T.a[0].code);
      }
      if (fronted_q && T.n && tok_of(c, s, T.a[0].start) > fronted_q) T.n = 0; /* (its own subject) */
      if (!c->literal && T.n == 2 && S.n == 1 && len3(S.a[0].country) && T.a[0].start == T.a[1].start &&
          c->ment_of[tok_of(c, s, T.a[0].start)] &&
          c->ment[c->ment_of[tok_of(c, s, T.a[0].start)] - 1].kind == DYAD_MK_PRONOUN &&
          !tok_is(c, s, tok_of(c, s, T.a[0].start), "themselves") &&
          !strcmp(T.a[0].country, S.a[0].country) != !strcmp(T.a[1].country, S.a[0].country)) {
        /* "Hezbollah sent three drones toward the rig, and the Israeli
           military shot them down": a plain pronoun object is never its own
           verb's subject; of the pair "them" stands for, the subject's side
           is not the one acted on */
        if (!strcmp(T.a[0].country, S.a[0].country)) T.a[0] = T.a[1];
        T.n = 1;
        tracef(c, "  \"them\": not the subject's own side: %s", T.a[0].code);
      }
      if (!T.n && summoned.n) T = summoned; /* (lodged with the one summoned) */
      if (T.n && !c->literal && SUF(c, head, S_ING) && head > 0 && c->ment_of[head - 1] && vidx + 1 < s->nvm) {
        /* "The Saudi-led coalition fighting in Yemen and the Houthi rebels
           have agreed to a truce": a participle after its subject whose
           "target" after "and" is the subject of the clause's own verb
           describes the subject; no event */
        size_t ts = tok_of(c, s, T.a[0].start), te = tok_of(c, s, T.a[0].end - 1) + 1, q = ts;
        while (q > head + 1 && q + 3 > ts && !c->ment_of[q - 1] && !(c->cls[q - 1] & (W_AND | W_PREP)) &&
               !is_hard(c, q - 1) && c->hash[q - 1] != c->h_comma && (c->wflag[q - 1] & DYAD_VW_WORD))
          q--; /* ("and the Iranian-backed Houthi rebels") */
        if (q > head + 1 && (c->cls[q - 1] & W_AND) && c->ment_of[ts]) {
          te = c->ment[c->ment_of[ts] - 1].tok_end;
          while (te < s->ntok && ((c->cls[te] & (W_AUX | W_MODAL | W_ADV | W_NEG | W_BE)) || c->hash[te] == c->h_have ||
                                  c->hash[te] == c->h_has || c->hash[te] == c->h_had))
            te++;
          for (size_t v = vidx + 1; v < s->nvm; v++)
            if (c->vm[v].tok_start == te) {
              tracef(c, "  a participle describing its subject: \"%.*s\" is the subject of the clause's verb",
                     (int)(T.a[0].end - T.a[0].start), s->text + T.a[0].start);
              return 0;
            }
        }
      }
      if (T.n == 1 && S.n >= 1 && !c->literal && len3(T.a[0].country) && !strcmp(T.a[0].country, S.a[0].country) &&
          ((p->code[0] == '0' && p->code[1] == '2') || (p->code[0] == '1' && p->code[1] == '0'))) {
        /* "Tehran has kept demanding the release of five Iranians that U.S.
           forces detained", "urged the release of a Filipino driver held by
           Iraqi militants": the appeal for one's own people is to whoever
           holds them (rec21b) */
        int hk = holder_of(c, s, tok_of(c, s, T.a[0].end - 1) + 1, T.a[0].country);
        if (hk >= 0) {
          T = c->mres[hk];
          tracef(c, "  target: who holds the people it asks for (%s)", T.a[0].code);
        }
      }
      if (T.n && !c->literal && p->code[0] == '1' && (p->code[1] == '1' || p->code[1] == '2') &&
          violated_party(c, s, vm->tok_end, tok_of(c, s, T.a[0].start))) {
        /* "Brazil and Argentina criticized the violation of Ecuador's
           territory": the party whose land is violated is the victim; the
           judgment is of the violator, the doer of the last act of force on
           it the story told, else nobody it names (fp5) */
        char victim[4];
        copy_str(victim, sizeof victim, T.a[0].country);
        T.n = 0;
        size_t by = tok_of(c, s, T.a[0].start);
        while (by < s->ntok && by < vm->tok_end + 12 && c->hash[by] != c->h_by && !is_hard(c, by) &&
               !(c->cls[by] & (W_AND | W_REL | W_THAT)) && c->hash[by] != c->h_comma)
          by++;
        if (by + 1 < s->ntok && c->hash[by] == c->h_by && c->ment_of[by + 1] &&
            c->mres[c->ment_of[by + 1] - 1].n && strcmp(c->mres[c->ment_of[by + 1] - 1].a[0].country, victim))
          T = c->mres[c->ment_of[by + 1] - 1]; /* "the violation of Syrian airspace by Turkey" */
        for (size_t i = c->nev; !T.n && i-- > 0;) {
          const dyad_event *e = &c->ev[i];
          int r = (e->root[0] - '0') * 10 + (e->root[1] - '0');
          if (e->sentence >= s->index || !len3(e->source_country) || !strcmp(e->source_country, victim) ||
              (r != 15 && (r < 17 || r > 20)))
            continue;
          if (strcmp(e->target_country, victim) && strcmp(e->place_country, victim) &&
              strcmp(e->target_country, e->source_country))
            continue; /* (on it, in it, or on a foe nobody placed: "Colombian warplanes struck the camp of the
                         FARC", whose own country the group is) */
          if (S.n && !strcmp(e->source_country, S.a[0].country)) break;
          country_target(&T, e->source_country, e->source_country, 0, 0);
          break;
        }
        tracef(c, "  \"the violation of %s's ...\": the victim; target %s", victim,
               T.n ? T.a[0].country : "none (no act of force on it told before)");
        if (!T.n) return 0;
      }
    }
    if ((p->flags & DYAD_VF_PASSIVE) && !(!c->literal && code[0] == '1' && code[1] == '2' && p->code[1] != '2')) {
      /* (not once refused: "Beijing has refused to take calls from
         Australian ministers" is Beijing's refusal, rec22a) */
      group tmp = S;
      S = T;
      T = tmp;
      tracef(c, "  receiving verb: source and target swapped");
    }
    if (p->flags & DYAD_VF_NOOBJ) {
      int with = vm->tok_end > vm->tok_start + 1 &&
                 (c->hash[vm->tok_end - 1] == c->h_with);
      if (!with) T.n = 0;
    }
    if (c->literal && lit_slots(c, s, vm, p, &S, &T)) return 0;
  } else {
    /* nominal: possessor, "of/by X", or the clause subject */
    size_t j = head;
    while (j > 0 && !c->ment_of[j - 1] && !(c->cls[j - 1] & (W_PREP | W_SUB | W_REL | W_THAT)) &&
           !is_hard(c, j - 1) && c->hash[j - 1] != c->h_comma && head - j < 4 &&
           (c->wflag[j - 1] & DYAD_VW_WORD) && !(c->cls[j - 1] & (W_BE | W_AUX)))
      j--;
    int mi = mention_at_end(c, j);
    if (!c->literal && mi < 0 && head > 1 && !c->ment_of[head - 1] && (c->tok[head - 1].flags & DYAD_TOK_CAP) &&
        (c->wflag[head - 1] & DYAD_VW_WORD) && !c->cls[head - 1] && !(c->tok[head].flags & DYAD_TOK_CAP) &&
        !(c->cls[head] & W_PREP)) { /* (not "was in New York for talks": acc1) */
      by_unknown = 1; /* "agrees to Dalai Lama visit": a visitor we do not know */
      tracef(c, "  nominal: its modifier is a name no dictionary knows");
    }
    for (size_t q = j; q < head && !c->literal; q++)
      if (c->hash[q] == c->h_poss && q > 0 && !c->ment_of[q - 1]) {
        by_unknown = 1; /* "Hurricane Ivan's strike on the island": a possessor we do not know */
        tracef(c, "  nominal: its possessor is no actor");
      }
    group modifier;
    modifier.n = 0;
    size_t subj_from = head; /* where the clause subject is looked for, leftwards */
    if (!c->literal && mi >= 0 && !strcmp(code, "042") && c->ment[mi].kind == DYAD_MK_IGO &&
        c->ment[mi].tok_end == head && c->ment[mi].tok_end == c->ment[mi].tok_start + 1 &&
        !(c->ment[mi].flags & DYAD_MF_POSSESSIVE)) {
      /* "at the end of a European trip", "Xi will make a European tour to
         France": a region's adjective says where the trip goes, it is
         neither the visitor nor a host */
      tracef(c, "  nominal: \"%.*s\" before the trip is its region, no actor",
             (int)(c->ment[mi].end - c->ment[mi].start), s->text + c->ment[mi].start);
      subj_from = c->ment[mi].tok_start;
      mi = -1;
    }
    int conflict = code[0] == '2' || (code[0] == '1' && code[1] >= '4');
    if (conflict && mi >= 0 && !(c->ment[mi].flags & DYAD_MF_POSSESSIVE) && c->mres[mi].n &&
        c->ment[mi].kind == DYAD_MK_ADJ) {
      /* "Russian strikes on Kyiv", "Israeli air strikes on Gaza": the
         nationality before an attack noun is the attacker */
      S = c->mres[mi];
      tracef(c, "  nominal: the nationality before the attack is the source");
      mi = -1;
      adj_source = 1;
    }
    if (mi >= 0 && !(c->ment[mi].flags & DYAD_MF_POSSESSIVE) && c->mres[mi].n &&
        c->ment[mi].tok_start > 0) {
      /* "Yun's Russia visit": Russia modifies the noun */
      modifier = c->mres[mi];
      int m2 = mention_at_end(c, c->ment[mi].tok_start);
      if (m2 >= 0 && (c->ment[m2].flags & DYAD_MF_POSSESSIVE)) mi = m2;
      else mi = -1;
    }
    if (mi >= 0 && (c->ment[mi].flags & DYAD_MF_POSSESSIVE) && c->mres[mi].n) {
      S = c->mres[mi];
      poss_pair = c->mres[mi].n >= 2 && c->ment[mi].kind == DYAD_MK_PRONOUN;
      tracef(c, "  nominal: possessor is the source");
    } else {
      size_t t = vm->tok_end;
      if (t < s->ntok && (c->hash[t] == c->h_of || c->hash[t] == c->h_by)) {
        size_t r = t + 1;
        while (r < s->ntok && (c->cls[r] & W_DET)) r++;
        if (r < s->ntok && c->ment_of[r] && c->mres[c->ment_of[r] - 1].n) {
          S = c->mres[c->ment_of[r] - 1];
          of_source = 1;
          tracef(c, "  nominal: \"of/by X\" is the source");
        } else if (c->hash[t] == c->h_by && !c->literal) {
          by_unknown = 1; /* "a trip by the city-state's new leader": someone we do not know */
        }
      }
    }
    between = c->hash[vm->tok_end - 1] == c->h_between;
    int pa, pb;
    if (!between && !c->literal && (p->flags & DYAD_VF_RECIP) && vm->tok_end == vm->tok_start + 1 &&
        pair_before_noun(c, s, head, &pa, &pb) && c->mres[pa].n == 1 && c->mres[pb].n == 1) {
      /* "the India-Pakistan talks", "U.S. and China talks opened": the pair
         before the meeting noun are its two sides, both ways */
      S.a[0] = c->mres[pa].a[0];
      S.a[1] = c->mres[pb].a[0];
      S.n = 2;
      T.n = 0;
      poss_pair = 1;
      tracef(c, "  nominal: the pair before it are its sides, %s and %s", S.a[0].code, S.a[1].code);
    } else if (between) {
      group all;
      find_target(c, s, vm->tok_end, 0, 0, p, vidx, &all);
      S = all;
      T.n = 0;
      tracef(c, "  nominal \"between\": every pair both ways");
    } else {
      int victim = 0; /* "was killed in an airstrike": the subject suffered it */
      for (size_t t = head; t-- > 1 && clause_of(c, t) == clause_of(c, head);)
        if ((c->cls[t - 1] & W_BE) && SUF(c, t, S_ED)) victim = 1;
      for (size_t v = 0; v < vidx && !victim && !c->literal; v++) {
        /* "Three Iraqis Killed in Bomb Attack on U.S. Troops" */
        const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        size_t h2 = c->vm[v].tok_start;
        if (pv && pv->kind == DYAD_VK_VERB && h2 > 0 && c->ment_of[h2 - 1] && c->vm[v].tok_end <= head &&
            clause_of(c, h2) == clause_of(c, head) && done_to(c, s, h2, c->vm[v].tok_end, pv))
          victim = 1;
      }
      if (by_unknown) tracef(c, "  nominal: \"by\" names an unknown source: not the clause subject");
      if (told) by_unknown = 1; /* (the clause subject only speaks of it) */
      int thanked_for = 0;
      if (!S.n && !by_unknown && !c->literal && head > 3 && (c->cls[head - 1] & W_DET) && c->hash[head - 2] == c->h_for &&
          c->ment_of[head - 3] && c->mres[c->ment_of[head - 3] - 1].n) {
        /* "Putin thanked him for the visit", "praised Lee for his trip": the
           one thanked for it made it, not the thanker */
        const dyad_mention *mo = &c->ment[c->ment_of[head - 3] - 1];
        for (size_t v = 0; v < vidx && !S.n; v++) {
          const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
          if (pv && pv->kind == DYAD_VK_VERB && pv->code[0] == '0' && pv->code[1] == '5' && c->vm[v].tok_end == mo->tok_start) {
            S = c->mres[c->ment_of[head - 3] - 1];
            tracef(c, "  nominal: the one thanked or praised for it is the source");
            thanked_for = 1;
          }
        }
      }
      if (victim && !c->literal && code[0] == '1' && code[1] == '9' && c->hash[vm->tok_end - 1] == c->h_with) {
        /* "One Saudi policeman was killed and three others were wounded in
           clashes with militants": who suffered in the clashes fought
           them, a side against the party after "with" */
        tracef(c, "  nominal: who suffered in the clashes \"with\" X is their other side");
        victim = 0;
      }
      size_t past_ref = !S.n && !by_unknown && !c->literal ? past_reference(c, s, head) : 0;
      if (!S.n && !by_unknown && !(victim && (code[0] == '2' || (code[0] == '1' && code[1] >= '8')))) {
        find_subject(c, s, subj_from, vidx, 1, &S);
        if (S.n && past_ref && tok_of(c, s, S.a[0].start) < past_ref) {
          /* "the biggest intervention in the Arab world since the 2003
             invasion of Iraq": a past act named to place the story in time
             is none of the clause's subject (but "since the U.S. invasion":
             its own; fp5) */
          S.n = 0;
          by_unknown = 1;
          tracef(c, "  nominal: a past act named as a time reference, no subject's");
        }
        if (S.n) tracef(c, "  nominal: the clause subject is the source");
      }
      if (past_ref && !S.n) by_unknown = 1;
      int reported = 0; /* "Analysts in Seoul said the trip was meant to ...": the reporter made no trip (acc1) */
      if (S.n && !c->literal && p->code[0] == '0' && p->code[1] == '4') {
        size_t se = tok_of(c, s, S.a[0].end);
        for (size_t q = se; q < head && q < s->ntok; q++)
          if ((c->cls[q] & W_REPORT) && !c->ment_of[q] && !(tok_ctx(c, s, q) & DYAD_VW_NOUNCTX) && q + 1 < s->ntok &&
              (c->cls[q + 1] & W_DET) && head <= q + 3 && !c->ment_of[head - 1])
            reported = 1; /* (the nominal opens the report's words: "said the trip", not "told X during a visit") */
        if (reported) {
          S.n = 0;
          tracef(c, "  nominal: inside a report's words, the reporter is no source");
        }
      }
      if (!c->literal && !reported && head > 2 && !c->ment_of[head - 1] && (c->cls[head - 1] & W_DET)) {
        /* "Putin told his guest that the attack on Iran was an act of
           aggression", "said that the strikes were aimed at ...": a nominal
           opening the words a report verb introduces is not the reporter's
           act, whatever its kind (accB) */
        size_t q = head - 1, rv = 0;
        if ((c->cls[q - 1] & W_REPORT) && !c->ment_of[q - 1]) rv = q; /* "said the launch raised tensions" */
        else if (q > 0 && (c->cls[q - 1] & W_THAT)) {
          q--;
          for (size_t k = 0; k < 4 && q > 0 && !rv; k++, q--) {
            if ((c->cls[q - 1] & W_REPORT) && !c->ment_of[q - 1]) rv = q;
            else if (is_hard(c, q - 1) || c->hash[q - 1] == c->h_comma || (c->cls[q - 1] & (W_AND | W_SUB | W_REL)))
              break; /* (the hearer: "told his guest that", "told the council that") */
          }
        }
        if (rv && (tok_is(c, s, rv - 1, "claimed") || tok_is(c, s, rv - 1, "claims") || tok_is(c, s, rv - 1, "claim") ||
                   tok_is(c, s, rv - 1, "confirmed") || tok_is(c, s, rv - 1, "confirms") ||
                   tok_is(c, s, rv - 1, "announced") || tok_is(c, s, rv - 1, "announces")))
          rv = 0; /* "Hamas claimed a suicide bombing", "Moscow confirmed the strike": its author speaks */
        if (rv && !(tok_ctx(c, s, rv - 1) & DYAD_VW_NOUNCTX) && c->hash[rv - 1] != c->h_according &&
            (!S.n || tok_of(c, s, S.a[0].end) <= rv - 1)) {
          reported = 1;
          S.n = 0;
          tracef(c, "  nominal: it opens the words of \"%.*s\", the reporter is no source",
                 (int)(c->tok[rv - 1].end - c->tok[rv - 1].start), s->text + c->tok[rv - 1].start);
        }
      }
      if (!S.n && !by_unknown && !reported && s->main_subj >= 0 && c->ment[s->main_subj].tok_end <= head &&
          c->mres[s->main_subj].n && !(victim && clause_of(c, c->ment[s->main_subj].tok_start) == clause_of(c, head))) {
        S = c->mres[s->main_subj];
        tracef(c, "  nominal: the sentence subject is the source");
      }
      size_t from = vm->tok_end;
      if (from < s->ntok && (c->hash[from] == c->h_of || c->hash[from] == c->h_by)) {
        /* skip the "of X" source */
        size_t r = from + 1;
        while (r < s->ntok && (c->cls[r] & W_DET)) r++;
        if (r < s->ntok && c->ment_of[r]) from = c->ment[c->ment_of[r] - 1].tok_end;
      }
      int last_prep = vm->tok_end > vm->tok_start + 1 || of_source;
      if (last_prep) find_target(c, s, from, 0, 0, p, vidx, &T);
      if (!T.n && modifier.n) T = modifier;
      if (!T.n && thanked_for) {
        find_subject(c, s, head, vidx, 1, &T); /* (the thanker hosted or received it) */
        if (T.n) tracef(c, "  target: the one who thanks or praises for it");
      }
      if (!S.n && T.n && (T.a[0].kind == DYAD_MK_COUNTERPART || (T.a[0].flags & DYAD_MF_COUNTERPART))) {
        /* "negotiations with his Russian counterpart": his = the antecedent */
        for (size_t k = 0; k < c->nhist; k++) {
          const actor *x = &hist_get(c, k)->a;
          if (is_person_like(x) && x->country[0] && strcmp(x->country, T.a[0].country)) {
            S.a[0] = *x;
            S.n = 1;
            tracef(c, "  nominal: the source is whose counterpart it is");
            break;
          }
        }
      }
    }
    /* future cues around a nominal visit/meeting */
    if (!c->literal && code[0] == '0' && code[1] == '4') {
      size_t lo = head > 3 ? head - 3 : 0;
      for (size_t t = lo; t < s->ntok; t++) {
        if (t > vm->tok_end + 4 && (c->cls[t] & W_REL) && c->hash[t - 1] == c->h_comma) {
          while (t + 1 < s->ntok && c->hash[t + 1] != c->h_comma && !is_hard(c, t + 1)) t++;
          continue; /* "Putin's trip, which was mentioned on Monday, is about to begin": an aside */
        }
        if (t > vm->tok_end + 4 && (is_hard(c, t) || (c->cls[t] & (W_REL | W_SUB | W_BUT))))
          break; /* "negotiations with the EU over a deal which would spare Tehran": another clause's modal (recallA) */
        if (t >= vm->tok_end && (c->cls[t] & W_THAT) && told_in_call(c, s, head, NULL) >= 0)
          break; /* "told Putin in a telephone call that Turkey would help": the words' modal */
        if (t > vm->tok_end && ((c->cls[t] & W_REPORT) || ((c->cls[t] & W_THAT) && t > vm->tok_end + 1)))
          break; /* "told Trump at their summit last month that he hoped Trump would meet Kim", "During
                    their meeting, Lee told him that China should": the reported words' modal */
        int about_to = c->hash[t] == c->h_about && t + 1 < s->ntok && (c->cls[t + 1] & W_TO);
        /* "Karzai set for visit to Pakistan" */
        int set_for = t < head && (c->cls[t] & W_INTENT) && t + 1 < s->ntok && c->hash[t + 1] == c->h_for;
        if ((about_to || set_for || (c->cls[t] & (W_FUTN | W_MODAL))) && !(c->cls[t] & W_NEG) &&
            c->hash[t] != c->h_not) {
          if ((c->cls[t] & W_MODAL) && !(c->cls[t] & W_HYPO) && c->hash[t] != c->h_will) continue;
          tracef(c, "  future cue near the nominal: 036");
          code = "036";
          break;
        }
      }
    }
    /* "canceled a meeting with", "turned down a plea for": the nominal is
       the object of the verb before it, which codes the event */
    for (size_t v = vidx; v-- > 0;) {
      const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
      if (!pv || pv->kind != DYAD_VK_VERB) continue;
      size_t e = c->vm[v].tok_end;
      if (e <= head && head - e <= 3) {
        int only_mods = 1;
        for (size_t q = e; q < head; q++)
          if (c->ment_of[q] || !(c->wflag[q] & DYAD_VW_WORD) || (c->cls[q] & (W_PREP | W_SUB | W_REL | W_THAT)))
            only_mods = 0;
        if (only_mods) {
          tracef(c, "  nominal is the object of \"%s\": no event of its own", pv->text);
          return 0;
        }
      }
      break;
    }
    /* "talks between A and B have not been held" */
    for (size_t t = vm->tok_end; t < s->ntok; t++) {
      if (is_hard(c, t) || (c->cls[t] & (W_SUB | W_REL | W_THAT | W_BUT))) break;
      if (c->ment_of[t]) continue;
      if (is_neg_tok(s, c, t) && !(c->cls[t] & W_DET)) {
        tracef(c, "  the nominal's predicate is negated: no event");
        return 0;
      }
      if ((c->cls[t] & W_HYPO) && !c->literal && !(p->code[0] == '0' && p->code[1] == '4')) {
        /* "a Syrian crackdown on the groups would be the best way": a
           crackdown wished for, not done (recallA) */
        tracef(c, "  the nominal's predicate is hypothetical: no event");
        return 0;
      }
      if ((c->wflag[t] & DYAD_VW_WORD) && !(c->cls[t] & (W_BE | W_AUX | W_MODAL | W_ADV | W_NEG | W_AND | W_PREP | W_DET)) &&
          !(c->tok[t].flags & DYAD_TOK_CAP) && t > vm->tok_end + 12)
        break;
    }
    if (head > 0 && is_neg_tok(s, c, head - 1)) {
      tracef(c, "  negated nominal: no event");
      return 0;
    }
    if (!c->literal && code[0] == '0')
      for (size_t q = head, k = 0; q > 0 && k < 3; q--, k++) {
        /* "warned Singapore officials against future visits to Taiwan" */
        if (c->ment_of[q - 1] || !(c->wflag[q - 1] & DYAD_VW_WORD)) break;
        if (c->cls[q - 1] & W_PREP) {
          if (c->tok[q - 1].end - c->tok[q - 1].start == 7 && !strncasecmp(s->text + c->tok[q - 1].start, "against", 7)) {
            tracef(c, "  nominal after \"against\": no event");
            return 0;
          }
          break;
        }
      }
    /* "to continue the stalled talks", "to facilitate a resumption of
       dialogue": the nominal is the object of an unrealised verb */
    for (size_t q = head, k = 0; q > 1 && k < 6; q--, k++) {
      size_t t = q - 1;
      if (is_hard(c, t)) break;
      if (c->ment_of[t]) continue;
      size_t u = t + 1;
      while (u < head && (c->tok[u].flags & DYAD_TOK_QUOTE)) u++; /* to "continue ..." */
      if ((c->cls[t] & W_TO) && u < head && !(c->cls[u] & W_DET) &&
          (c->wflag[u] & DYAD_VW_WORD) && !c->ment_of[u] &&
          !(!c->literal && (c->tok[u].flags & DYAD_TOK_CAP) && !s->headline && !s->title)) {
        /* (not "flew on to Anchorage for talks with": a place, no verb, rec21b) */
        tracef(c, "  nominal under \"to %.*s\": no event",
               (int)(c->tok[u].end - c->tok[u].start), s->text + c->tok[u].start);
        return 0;
      }
      if (!c->literal && t > 0 && (c->cls[t - 1] & W_PREP) && SUF(c, t, S_ING)) {
        /* "promised to take an interest in encouraging a resumption of talks
           between India and Pakistan", "a key role in brokering talks": a
           gerund of bringing an act about, after a preposition, wants it,
           as "to encourage" does */
        static const char *const CAUSE[] = {"encourag", "promot", "facilitat", "reviv", "restart", "broker",
                                            "arrang", "foster", "pushing", "seeking", "urging"};
        size_t wl = c->tok[t].end - c->tok[t].start;
        for (size_t w = 0; w < sizeof CAUSE / sizeof CAUSE[0]; w++)
          if (wl > strlen(CAUSE[w]) && !strncasecmp(s->text + c->tok[t].start, CAUSE[w], strlen(CAUSE[w]))) {
            tracef(c, "  nominal under \"%.*s\" after a preposition: no event", (int)wl, s->text + c->tok[t].start);
            return 0;
          }
      }
    }
  }
  if (c->literal && c->lit_newlen) lit_new_actors(c, s, vm, &S, &T);
  if (!S.n && !c->literal && p->kind == DYAD_VK_VERB && !passive && vm->tok_start == 0 && SUF(c, head, S_ING)) {
    /* "Defying a key demand set by 35 nations, Iran announced ...": an
       opening participle clause's subject is the main clause's */
    size_t q = vm->tok_end;
    while (q < s->ntok && q < vm->tok_end + 16 && c->hash[q] != c->h_comma && !is_hard(c, q)) q++;
    if (q + 2 < s->ntok && c->hash[q] == c->h_comma) {
      size_t r = q + 1;
      while (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
      int32_t mo = r < s->ntok ? c->ment_of[r] : 0;
      if (mo && c->mres[mo - 1].n && c->ment[mo - 1].kind != DYAD_MK_PRONOUN &&
          c->ment[mo - 1].tok_end < s->ntok &&
          ((c->cls[c->ment[mo - 1].tok_end] & W_REPORT) ||
           (!(c->cls[c->ment[mo - 1].tok_end] & ~(unsigned)(S_ED | S_NT)) && SUF(c, c->ment[mo - 1].tok_end, S_ED)))) {
        S = c->mres[mo - 1];
        if (T.n && !strcmp(T.a[0].code, S.a[0].code)) T.n = 0;
        tracef(c, "  opening participle clause: the main clause's subject");
      }
    }
  }
  if (!S.n && !c->literal && p->kind == DYAD_VK_VERB && !passive) {
    /* "Kidnappers free two Indonesian women", "captors threaten to kill":
       hostage-takers named only by a class noun, in no known country, act
       with no country ("-"), as a reader codes them */
    int mi = mention_at_end(c, skip_left_verbgroup(c, head, 0));
    const dyad_mention *m = mi >= 0 ? &c->ment[mi] : NULL;
    /* ... and so do rebels attacking a state named as such: "Maoists attack
       Nepal district HQ" */
    int armed = m && T.n && (T.a[0].kind == DYAD_MK_COUNTRY || T.a[0].kind == DYAD_MK_SEAT) && code[0] >= '1' &&
                (code[0] > '1' || code[1] >= '8') && (!strncmp(m->sector, "REB", 3) || !strncmp(m->sector, "INS", 3));
    if (m && m->kind == DYAD_MK_AGENT && !c->mres[mi].n && !m->country[0] &&
        (!strncmp(m->sector, "CRM", 3) || armed) && clause_of(c, m->tok_start) == clause_of(c, head)) {
      memset(&S.a[0], 0, sizeof S.a[0]);
      copy_str(S.a[0].code, sizeof S.a[0].code, m->sector);
      S.a[0].start = m->start;
      S.a[0].end = m->end;
      S.a[0].person = -1;
      S.a[0].kind = DYAD_MK_AGENT;
      S.a[0].flags = m->flags;
      S.n = 1;
      tracef(c, "  source: \"%.*s\", hostage-takers or rebels of no known country", (int)(m->end - m->start), s->text + m->start);
    }
  }
  int rt0 = (code[0] - '0') * 10 + (code[1] - '0');
  group clauseS;
  clauseS.n = 0;
  if ((!S.n || len3(S.a[0].country)) && !c->literal && p->kind == DYAD_VK_VERB && !passive && head > 2 && !SUF(c, head, S_ING) &&
      ((rt0 >= 1 && rt0 <= 3) || (rt0 >= 10 && rt0 <= 13))) {
    /* "Nebenzia told the assembly that the resolution would not stop the
       fighting and accused the West of ...", "Putin said sanctions alone
       would lead nowhere and called for dialogue": a verbal act after 'and'
       whose clause names no actor as its subject is the reporter's second
       act (accB) */
    size_t a = head - 1, sm_end = 0;
    while (a > 0 && (c->cls[a] & W_ADV) && !c->ment_of[a]) a--;
    for (size_t r = a; (c->cls[a] & W_AND) && !c->ment_of[a] && r-- > 0;) {
      if (is_hard(c, r) || (c->cls[r] & W_BUT)) break;
      if (c->ment_of[r]) {
        size_t ms = c->ment[c->ment_of[r] - 1].tok_start;
        if (!c->mres[c->ment_of[r] - 1].n && !(ms > 0 && (c->cls[ms - 1] & W_REPORT)))
          break; /* an unknown actor may be the clause's subject (not "told reporters that") */
        if (S.n && c->mres[c->ment_of[r] - 1].n && !strcmp(c->mres[c->ment_of[r] - 1].a[0].code, S.a[0].code))
          sm_end = c->ment[c->ment_of[r] - 1].tok_end;
        r = ms;
        continue;
      }
      if (!(c->cls[r] & W_REPORT) || c->hash[r] == c->h_according) continue;
      if (S.n && !aux_mismatch(c, s, sm_end, a, r, head)) break;
      group said;
      said.n = 0;
      if (find_subject(c, s, r, vidx, 0, &said) >= 0 && said.n && (!S.n || strcmp(said.a[0].code, S.a[0].code))) {
        if (S.n) clauseS = S; /* the clause's subject, whose verb's target it may share */
        S = said;
        tracef(c, "  source: the reporter's (\"%.*s\"): a second act after 'and' whose clause names no actor",
               (int)(c->tok[r].end - c->tok[r].start), s->text + c->tok[r].start);
      }
      break;
    }
  }
  if (!S.n && !c->literal && p->kind == DYAD_VK_NOUN && eq3(code, "143") && sentence_country(c, s)[0]) {
    /* "A general strike began in Argentina": a strike with no striker named
       is the people's of the country it happens in (gen) */
    const char *lc = sentence_country(c, s);
    country_target(&S, lc, lc, 0, 0);
    tracef(c, "  source: the strike's country (%s), no striker named", lc);
  }
  if (!S.n && !c->literal && p->kind == DYAD_VK_VERB && !passive && rt0 == 14) {
    /* "Large crowds protested against the decision in Jakarta, Kuala Lumpur
       and Amman", "a group of young men threw stones at the embassy": a
       crowd of no named country that protests is the people of the place
       it protests in, each place of a list ("in A, B and C") its own */
    int mi = mention_at_end(c, skip_left_verbgroup(c, head, 0));
    const dyad_mention *m = mi >= 0 ? &c->ment[mi] : NULL;
    if (m && m->kind == DYAD_MK_AGENT && !c->mres[mi].n && !m->country[0] && len3(m->sector) &&
        sec_in(" CVL EDU LAB ", m->sector) && clause_of(c, m->tok_start) == clause_of(c, head)) {
      int cl = clause_of(c, head);
      for (size_t k = 0; k < s->nment && S.n < GMAX; k++) {
        const dyad_mention *x = &c->ment[k];
        if ((x->kind != DYAD_MK_SEAT && x->kind != DYAD_MK_COUNTRY) || !len3(x->country) || x->tok_start == 0 ||
            clause_of(c, x->tok_start) != cl || (x->flags & DYAD_MF_POSSESSIVE) || border_ref(c, s, x))
          continue;
        size_t j = x->tok_start - 1;
        int in = c->hash[j] == c->h_in || c->hash[j] == c->h_across || c->hash[j] == c->h_throughout ||
                 tok_is(c, s, j, "through");
        if (!in && S.n && (c->hash[j] == c->h_comma || (c->cls[j] & W_AND)) && j > 0 && c->ment_of[j - 1] &&
            c->ment[c->ment_of[j - 1] - 1].tok_end == j)
          in = 1; /* the next place of the list */
        if (!in) {
          if (S.n) break;
          continue;
        }
        int dup = 0;
        for (int q = 0; q < S.n; q++) dup |= !strcmp(S.a[q].country, x->country);
        if (dup) continue;
        char cc[32];
        cat2(cc, sizeof cc, x->country, m->sector);
        memset(&S.a[S.n], 0, sizeof S.a[S.n]);
        copy_str(S.a[S.n].code, sizeof S.a[S.n].code, cc);
        copy_str(S.a[S.n].country, sizeof S.a[S.n].country, x->country);
        S.a[S.n].start = m->start;
        S.a[S.n].end = m->end;
        S.a[S.n].person = -1;
        S.a[S.n].kind = DYAD_MK_AGENT;
        S.n++;
      }
      if (S.n)
        tracef(c, "  source: \"%.*s\", a crowd of the place%s it protests in", (int)(m->end - m->start),
               s->text + m->start, S.n > 1 ? "s" : "");
    }
  }
  if (!S.n) {
    tracef(c, "  no source actor: no event");
    if (c->unknown) {
      size_t j = skip_left_verbgroup(c, head, 0);
      size_t e = j;
      while (j > 0 && (c->tok[j - 1].flags & DYAD_TOK_CAP) && !c->ment_of[j - 1]) j--;
      report_unknown(c, s, j, e);
    }
    return 0;
  }
  /* "India and Pakistan accused each other": both directions */
  int each_other = vm->tok_end + 1 < s->ntok &&
                   ((c->hash[vm->tok_end] == c->h_each && c->hash[vm->tok_end + 1] == c->h_other) ||
                    (c->hash[vm->tok_end] == c->h_one && c->hash[vm->tok_end + 1] == c->h_another));
  if (!c->literal && (p->flags & DYAD_VF_RECIP) && S.n == 2 && T.n && code[0] == '0' && code[1] == '4' &&
      S.a[0].start == S.a[1].start && S.a[0].end == S.a[1].end && vm->tok_end > head + 2 &&
      c->hash[vm->tok_end - 1] == c->h_with) {
    /* "the two presidents also discussed linking the Trans-Siberian
       Railway with the railways of the two Koreas": a 'with' after another
       verb in the gap (an -ing form, to + verb) is that verb's; the pair
       discussed it with each other */
    int inner = 0;
    for (size_t q = head + 1; q + 1 < vm->tok_end && !inner; q++)
      inner = !c->ment_of[q] && (SUF(c, q, S_ING) || (c->cls[q] & W_TO));
    if (inner) {
      T.n = 0;
      tracef(c, "  'with' belongs to a verb inside the gap: the pair's own talks");
    }
  }
  if (!c->literal && p->kind == DYAD_VK_NOUN && (p->flags & DYAD_VF_RECIP) && vm->tok_end == vm->tok_start + 1 &&
      !poss_pair) {
    /* a bare meeting noun ("summit", "talks") is an event only with a
       plural possessor that names its sides ("told Trump at their summit") */
    tracef(c, "  a bare meeting noun without 'their' of two sides: no event");
    return 0;
  }
  if (poss_pair && p->kind == DYAD_VK_NOUN && vm->tok_end == vm->tok_start + 1) T.n = 0; /* (the pair with each other) */
  int recip_pairs = ((p->flags & DYAD_VF_RECIP) || between || each_other || c->literal) && S.n >= 2 && T.n == 0;
  if (recip_pairs && !between && !each_other && !c->literal && (code[0] - '0') * 10 + (code[1] - '0') >= 18 &&
      vm->tok_end < s->ntok && !c->ment_of[vm->tok_end] && (c->wflag[vm->tok_end] & DYAD_VW_WORD) &&
      !(c->tok[vm->tok_end].flags & DYAD_TOK_CAP) && !(c->cls[vm->tok_end] & ~(unsigned)(S_ING | S_ED | S_NT)) &&
      !SUF(c, vm->tok_end, S_ED)) {
    /* "as they battle terrorism": a topic, not each other (but "fought
       pitched battles", "fought a gunbattle") */
    size_t q = vm->tok_end;
    int fight = 0;
    for (size_t r = q; r < s->ntok && r < q + 3; r++) {
      const char *w = s->text + c->tok[r].start;
      size_t wl = c->tok[r].end - c->tok[r].start;
      if ((wl >= 6 && !strncasecmp(w, "battle", 6)) || (wl >= 9 && !strncasecmp(w, "gunbattle", 9)) ||
          (wl >= 5 && !strncasecmp(w, "clash", 5)) || (wl >= 8 && !strncasecmp(w, "skirmish", 8)) ||
          (wl >= 3 && !strncasecmp(w, "war", 3)))
        fight = 1;
    }
    if (!fight) {
      recip_pairs = 0;
      tracef(c, "  a reciprocal verb with a topic object: no pairs");
    }
  }
  if (eq3(code, "191") && S.n == 1 && S.a[0].kind == DYAD_MK_AGENT) {
    /* "villagers besieged a military camp": unarmed people crowding a
       place demonstrate; only armed forces blockade */
    size_t cl = strlen(S.a[0].country);
    const char *sec = S.a[0].code + (strncmp(S.a[0].code, S.a[0].country, cl) ? 0 : cl);
    if (eq3(sec, "CVL") || eq3(sec, "OPP") || eq3(sec, "LAB") || eq3(sec, "EDU")) {
      code = "141";
      tracef(c, "  unarmed people besieging: a demonstration (141)");
    }
  }
  if (!T.n && !recip_pairs && code[0] == '0' && code[1] == '4' && S.n >= 1) {
    /* "Kim met with Putin during a visit to the Russian Far East": the
       visit's host is the earlier meeting's other side */
    if (p->kind == DYAD_VK_NOUN && p->inverse[0])
      for (size_t v = vidx; v-- > 0;)
        if (c->vi[v].tgt.n && strcmp(c->vi[v].tgt.a[0].country, S.a[0].country)) {
          T = c->vi[v].tgt;
          tracef(c, "  target: the other side of the earlier meeting");
          break;
        }
    /* "... took part in the consultations": the talks named before in the
       document; the other side of its last meeting or visit with the
       source's country */
    if (p->kind == DYAD_VK_VERB && vm->tok_end >= 2 && c->hash[vm->tok_end - 2] == c->h_the)
      for (size_t e = c->nev; e-- > 0 && !T.n && c->nev - e <= 12;) {
        const dyad_event *x = &c->ev[e];
        if (x->root[0] != '0' || x->root[1] != '4' || !x->source_country[0] || !x->target_country[0]) continue;
        const char *other = NULL, *ocode = NULL;
        if (!strcmp(x->target_country, S.a[0].country) && strcmp(x->source_country, S.a[0].country)) {
          other = x->source_country;
          ocode = x->source;
        } else if (!strcmp(x->source_country, S.a[0].country) && strcmp(x->target_country, S.a[0].country)) {
          other = x->target_country;
          ocode = x->target;
        }
        if (!other) continue;
        country_target(&T, ocode, other, 0, 0);
        tracef(c, "  target: the other side of the talks named before (%s)", other);
      }
    /* "X was in Washington for consultations", "held talks in Moscow"; not
       a phone call, which is held in no capital ("Tehran called the barrage
       retaliation for a strike on its consulate in Damascus") */
    /* (not an organisation's body: "the Permanent Council of the OAS met in
       Washington", "the Security Council met in New York" hold their session
       there, with no host; fp5) */
    int igo_body = !c->literal && !strncmp(S.a[0].code, "IGO", 3);
    for (size_t k = 0; k < s->nment && !T.n && !eq3(code, "041") && !igo_body; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->kind != DYAD_MK_SEAT || !c->mres[k].n || m->tok_start == 0) continue;
      if (c->hash[m->tok_start - 1] != c->h_in) continue;
      if (clause_of(c, m->tok_start) != clause_of(c, head)) continue;
      if (!c->mres[k].a[0].country[0] || !strcmp(c->mres[k].a[0].country, S.a[0].country)) continue;
      T = c->mres[k];
      tracef(c, "  target: the capital where the talks are held");
    }
  }
  if (!T.n && !recip_pairs && !strncmp(code, "057", 3) && S.n == 1 && S.a[0].country[0]) {
    /* "Chirac, in Beijing, signs accords": signed in a foreign capital,
       with its government */
    for (size_t k = 0; k < s->nment && !T.n; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->kind != DYAD_MK_SEAT || !c->mres[k].n || m->tok_start == 0) continue;
      if (c->hash[m->tok_start - 1] != c->h_in) continue;
      if (!c->mres[k].a[0].country[0] || !strcmp(c->mres[k].a[0].country, S.a[0].country)) continue;
      T = c->mres[k];
      tracef(c, "  target: the government of the capital where it is signed");
    }
  }
  if (T.n == 1 && !c->literal && code[0] == '1' && code[1] == '9' && p->kind == DYAD_VK_VERB) {
    size_t ts = tok_of(c, s, T.a[0].start);
    if (ts > 0 && ts <= s->ntok && (tok_is(c, s, ts - 1, "for") || tok_is(c, s, ts - 1, "alongside"))) {
      /* "North Korean troops were fighting for Russia": an ally, not the
         one fought (acc1) */
      tracef(c, "  fighting for or alongside the actor: no attack");
      return 0;
    }
  }
  if (!c->literal && p->kind == DYAD_VK_VERB && code[0] == '1' && code[1] == '4' && !strncmp(p->text, "protest", 7) &&
      S.n == 1 && S.a[0].country[0] && (is_state_like(&S.a[0]) || eq3(sector_of(&S.a[0]), "GOV"))) {
    /* "Seoul protested that the measures were retaliation", "Kono protested
       the same day": a government's protest is an official complaint (114),
       not a demonstration of its own people (accB) */
    code = "114";
    tracef(c, "  a government protests: an official complaint (114)");
  }
  /* "described the shelling as ...", "termed the attack ...", "dubbed the
     move ...": verbs that only name a judgment code nothing without one (gen) */
  int name_frame = p->kind == DYAD_VK_VERB && eq3(code, "111") &&
                   !strncmp(p->text, "describe+|", 10);
  if (name_frame) code = "041";
  int named_pron = 0; /* "called it economic coercion", "called that a direct threat": the act told before */
  int named_jdg = 0;  /* a judgment named by "called", not a verb of judgment */
  int by_doer = -1;   /* "called it an act of war by X": the mention X */
  if (!recip_pairs && !c->literal && p->kind == DYAD_VK_VERB && eq3(code, "041") && T.n <= 1 &&
      (name_frame || !strncmp(p->text, "call", 4)) && vm->tok_end + 2 < s->ntok &&
      (c->hash[vm->tok_end] == c->h_it || tok_is(c, s, vm->tok_end, "that") || tok_is(c, s, vm->tok_end, "this")) &&
      (!T.n || (c->ment_of[vm->tok_end] && c->ment[c->ment_of[vm->tok_end] - 1].start == T.a[0].start))) {
    /* (a pronoun, then the judgment: an article, quote or adjectives before its noun) */
    for (size_t r = vm->tok_end + 1; r < s->ntok && r < vm->tok_end + 6 && !named_pron; r++) {
      if (c->ment_of[r] || is_hard(c, r) || c->hash[r] == c->h_comma ||
          (c->cls[r] & (W_THAT | W_REL | W_SUB | W_PREP | W_AND | W_TO | W_BE | W_AUX | W_MODAL)))
        break;
      named_pron = judgment_word(c, s, r);
      if (!named_pron && r + 2 < s->ntok && (tok_is(c, s, r, "act") || tok_is(c, s, r, "acts")) &&
          c->hash[r + 1] == c->h_of && !c->ment_of[r + 2] &&
          (tok_is(c, s, r + 2, "war") || judgment_word(c, s, r + 2) < 0)) {
        named_pron = -1; /* "called it an act of war" (rec26a) */
        r += 2;
      }
      if (named_pron && named_pron < 0) {
        /* "called it an act of war by the Lebanese state": the doer named after "by" (rec26a) */
        for (size_t b = r + 1; b + 1 < s->ntok && b < r + 4; b++) {
          if (is_hard(c, b) || c->hash[b] == c->h_comma || (c->cls[b] & (W_AND | W_THAT | W_REL | W_SUB))) break;
          if (!tok_is(c, s, b, "by")) continue;
          int bm = c->ment_of[b + 1] ? (int)c->ment_of[b + 1] - 1 : -1;
          if (bm >= 0 && c->mres[bm].n == 1 && len3(c->mres[bm].a[0].country) && S.n == 1 &&
              strcmp(c->mres[bm].a[0].country, S.a[0].country) && c->ment[bm].kind != DYAD_MK_PRONOUN)
            by_doer = bm;
          break;
        }
      }
    }
    if (named_pron) {
      named_jdg = 1;
      code = named_pron < 0 ? "111" : "051";
      tracef(c, "  \"called it <judgment>\": %s of the act told before", named_pron < 0 ? "disapproval (111)" : "praise (051)");
    }
    if (by_doer >= 0) {
      T = c->mres[by_doer];
      T.n = 1;
      named_pron = 0;
      tracef(c, "  target: the doer named after \"by\" (%s)", T.a[0].code);
    }
  }
  if (!T.n && !recip_pairs && !c->literal && p->kind == DYAD_VK_VERB && eq3(code, "041") &&
      (name_frame || !strncmp(p->text, "call", 4)) && vm->tok_end + 2 < s->ntok &&
      (c->hash[vm->tok_end] == c->h_the || tok_is(c, s, vm->tok_end, "this") || tok_is(c, s, vm->tok_end, "these"))) {
    /* "Zelenskyy called the attack barbarism", "Kono ... called the decision
       a total misreading", "called the move a serious provocation": naming an
       act told before with a judgment is disapproval of its author (111,
       found as for "condemned the attack" below) (accB) */
    static const char *const BAD[] = {"barbarism", "barbaric", "misreading", "mistake", "provocation",
                                      "provocations", "crime", "crimes", "outrage", "blunder",
                                      /* (gen) the family's other words of wrong */
                                      "mistakes", "error", "errors", "violation", "violations", "aggression",
                                      "unprovoked", "terrorism", "terror", "piracy", "atrocity", "atrocities",
                                      "outrageous", "provocative", "criminal", "reckless", "hostile",
                                      "blackmail", "interference", "banditry", "hooliganism", "lawless",
                                      /* (art5) */
                                      "massacre", "massacres", "disgrace", "disgraceful"};
    size_t n = vm->tok_end + 1;
    int owner = -1; /* "called the British measures irresponsible": the nationality owns the act (art5) */
    if (n < s->ntok && c->ment_of[n] && S.n == 1) {
      int om = (int)c->ment_of[n] - 1;
      const dyad_mention *m = &c->ment[om];
      if (m->kind == DYAD_MK_ADJ && !(m->flags & DYAD_MF_POSSESSIVE) && m->tok_end < s->ntok &&
          m->tok_end <= n + 1 && c->mres[om].n == 1 && len3(c->mres[om].a[0].country) &&
          strcmp(c->mres[om].a[0].country, S.a[0].country)) {
        size_t e = m->tok_end;
        if (judged_event(c, s, e) >= 0) {
          owner = om;
          n = e;
        } else if (!c->ment_of[e] && (c->wflag[e] & DYAD_VW_WORD) && !is_hard(c, e) &&
                   !(c->tok[e].flags & DYAD_TOK_CAP) && !(c->cls[e] & ~(unsigned)(S_ED | S_ING))) {
          /* "called the Israeli response disproportionate": a noun of no act the list knows, owned by
             the nationality, then a judgment (after a quote or an article) (rec26a) */
          size_t r = e + 1;
          while (r < s->ntok && r < e + 3 && ((c->tok[r].flags & DYAD_TOK_QUOTE) || tok_is(c, s, r, "a") ||
                                              tok_is(c, s, r, "an")))
            r++;
          if (r < s->ntok && !c->ment_of[r] && judgment_word(c, s, r) < 0) {
            owner = om;
            code = "111";
          }
        }
      }
    }
    for (int k = 0; k < 3 && n < s->ntok && judged_event(c, s, n) < 0 && !c->ment_of[n] && (c->wflag[n] & DYAD_VW_WORD) &&
                    !is_hard(c, n);
         k++)
      n++;
    for (size_t r = n + 1; n < s->ntok && judged_event(c, s, n) >= 0 && r < s->ntok && r < n + 9 && code[1] == '4'; r++) {
      if (r == n + 1 && tok_is(c, s, r, "as")) continue; /* "described the shelling as ..." (gen) */
      if (r > n + 2 && tok_is(c, s, r, "of") && tok_is(c, s, r - 1, "act")) continue; /* "an act of piracy" (gen) */
      if (r == n + 1 && tok_is(c, s, r, "of") && r + 2 < s->ntok) {
        /* "the Saturday bombing of a guerrilla camp a massacre": past the
           act's object, to the next determiner (art5) */
        size_t r2 = r + 2;
        while (r2 < s->ntok && r2 < r + 6 && !(c->cls[r2] & W_DET) && !is_hard(c, r2) && c->hash[r2] != c->h_comma &&
               !(c->cls[r2] & (W_THAT | W_REL | W_SUB | W_PREP)))
          r2++;
        if (r2 < s->ntok && (c->cls[r2] & W_DET)) r = r2;
        continue;
      }
      const dyad_mention *rm = c->ment_of[r] ? &c->ment[c->ment_of[r] - 1] : NULL;
      int bare = rm && rm->tok_end == rm->tok_start + 1 && rm->kind != DYAD_MK_PRONOUN &&
                 !(c->tok[r].flags & DYAD_TOK_CAP); /* a lower-case word: "military" */
      if (is_hard(c, r) || c->hash[r] == c->h_comma || (c->ment_of[r] && !bare) ||
          (c->cls[r] & (W_THAT | W_REL | W_SUB | W_PREP)))
        break; /* ("a serious political and military provocation": one phrase, its "military" an adjective; art1) */
      for (size_t k = 0; k < NJUDGE && code[1] == '4'; k++)
        if (c->hash[r] == c->h_judge[k]) code = "111";
      for (size_t k = 0; k < sizeof BAD / sizeof BAD[0] && code[1] == '4'; k++)
        if (tok_is(c, s, r, BAD[k])) code = "111";
      int jw = code[1] == '4' ? judgment_word(c, s, r) : 0;
      if (jw > 0 && judged_event(c, s, n) == 4) jw = 0; /* ("called the summit a success": of its own meeting, rec26a) */
      if (jw) code = jw < 0 ? "111" : "051";
    }
    if (code[1] != '4') named_jdg = 1;
    if (code[1] == '1') tracef(c, "  \"called the <act> <judgment>\": disapproval (111)");
    if (code[1] == '5') tracef(c, "  \"called the <act> <judgment>\": praise (051)");
    if (code[1] == '1' && owner >= 0) {
      T = c->mres[owner];
      tracef(c, "  target: the nationality whose act it judges (%s)", T.a[0].code);
    }
  }
  if (name_frame && code[1] == '4') {
    tracef(c, "  a naming verb with no judged act and judgment: no event");
    return 0;
  }
  if (!c->literal && p->kind == DYAD_VK_VERB && eq3(code, "041") && !strncmp(p->text, "call", 4) &&
      vm->tok_end < s->ntok && call_names(c, s, vm->tok_end)) {
    tracef(c, "  \"called\" a thing (\"%.*s\"): naming it, no telephone call",
           (int)(c->tok[vm->tok_end].end - c->tok[vm->tok_end].start), s->text + c->tok[vm->tok_end].start);
    return 0;
  }
  int praise = eq3(code, "051") || (eq3(code, "043") && !strncmp(p->text, "welcome", 7) && vm->tok_end == head + 1);
  int it_obj = 0; /* "Saudi Arabia also welcomed it": the act told before, not a state */
  if (T.n <= 1 && !recip_pairs && !c->literal && p->kind == DYAD_VK_VERB && vm->tok_end < s->ntok &&
      (praise || (code[0] == '1' && (code[1] == '1' || code[1] == '2'))) && c->hash[vm->tok_end] == c->h_it &&
      c->ment_of[vm->tok_end] && (!T.n || c->ment[c->ment_of[vm->tok_end] - 1].start == T.a[0].start) &&
      (vm->tok_end + 1 >= s->ntok || !(c->cls[vm->tok_end + 1] & (W_TO | W_PREP)) || c->hash[vm->tok_end + 1] == c->h_as))
    it_obj = 1;
  if (named_pron) it_obj = 1;
  if (by_doer >= 0) it_obj = 0;
  int sources_ok = S.n >= 1;
  for (int i = 0; i < S.n && sources_ok; i++) sources_ok = S.a[i].country[0] != 0;
  if ((!T.n || it_obj) && !recip_pairs && !c->literal && p->kind == DYAD_VK_VERB && sources_ok &&
      (praise || (code[0] == '1' && (code[1] == '1' || code[1] == '2'))) && c->nev > 0) {
    /* "Kishida condemned the launch", "Washington was quick to criticize
       the visit": the judgment is of whoever did the act named, the last
       such event of the story (acc1); so is praise of it ("Sisi and
       Guterres welcomed the agreement", "Netanyahu said he fully supported
       the decision"), by each source (accD) */
    size_t q = vm->tok_end, k = 0;
    int want = it_obj ? 0 : -1;
    if (named_pron)
      /* "said the attack killed six people and called it a blatant aggression": "it" is the act the
         sentence named before, of its kind */
      for (size_t r = 0; r + 1 < head && want == 0; r++)
        if ((c->hash[r] == c->h_the || tok_is(c, s, r, "this")) && !c->ment_of[r + 1] && judged_event(c, s, r + 1) > 0)
          want = judged_event(c, s, r + 1);
    int ante = named_pron && want > 0;
    if (!named_pron && q < s->ntok && (c->hash[q] == c->h_the || tok_is(c, s, q, "this"))) {
      for (q++; q < s->ntok && k < 3 && !c->ment_of[q] && (c->wflag[q] & DYAD_VW_WORD) && !is_hard(c, q); q++, k++)
        if ((want = judged_event(c, s, q)) >= 0) break;
    }
    if (want < 0 && vm->tok_end >= head + 3 && !c->ment_of[vm->tok_end - 1] &&
        (c->hash[vm->tok_end - 2] == c->h_the || (c->hash[vm->tok_end - 3] == c->h_the && !c->ment_of[vm->tok_end - 2])))
      if (((want = judged_event(c, s, vm->tok_end - 1)) == 0 && !(code[0] == '1' && code[1] == '1') && !praise) || want == 2)
        want = -1; /* "refused to take part in the talks": the noun inside the pattern, of a kind named (accB);
                      or any kind after a judgment: "regretted the decision" (rec21b) */
    if (want < 0 && head + 2 < vm->tok_end && (c->hash[head + 1] == c->h_the || tok_is(c, s, head + 1, "this")))
      for (q = head + 2; q + 1 < vm->tok_end && q < head + 5 && want < 0 && !c->ment_of[q]; q++)
        want = judged_event(c, s, q); /* "called the seizure illegal": the act inside the pattern's gap (gen) */
    if (praise && want == 4) want = -1; /* (a summit or visit welcomed: of both sides, none named) */
    /* "India's opposition Congress party criticized the trip": an
       opposition judges its own government's act when the story told one
       of that kind, before any other party's (fp5) */
    int opp_own = 0;
    if (want >= 0 && S.n == 1 && !praise && S.a[0].end > S.a[0].start &&
        (eq3(sector_of(&S.a[0]), "OPP") ||
         (eq3(sector_of(&S.a[0]), "PTY") && span_has(s->text, S.a[0].start, S.a[0].end, "opposition"))))
      for (size_t e = c->nev; e-- > 0 && c->nev - e <= 12 && !opp_own;)
        opp_own = judged_kind(want, &c->ev[e]) && !strcmp(c->ev[e].source_country, S.a[0].country) &&
                  strcmp(c->ev[e].target_country, S.a[0].country);
    /* "Iran also condemned the strike ... Britain, France, Germany and
       Turkey backed the action. Israel and Saudi Arabia also welcomed
       it": an act of any kind ("the action", "it") judged right after
       another judgment, with no deed told since, is the act that judgment
       judged, not a deed told before it (articles10) */
    /* "Israel and Jordan signed a peace treaty ... Clinton is due to hold
       talks with Assad ... Iran condemned the treaty": a treaty, pact,
       accord or agreement judged is the signed one (057) when the story
       told one in the window, not a later intent to meet or agree */
    int signed_doc = 0;
    if (want == 3) {
      int named = 0;
      for (size_t r = vm->tok_end; r < s->ntok && r < vm->tok_end + 4 && !named; r++)
        named = tok_is(c, s, r, "treaty") || tok_is(c, s, r, "pact") || tok_is(c, s, r, "accord") ||
                tok_is(c, s, r, "agreement");
      for (size_t e = c->nev; named && !signed_doc && e-- > 0 && c->nev - e <= 12;)
        signed_doc = eq3(c->ev[e].code, "057") && c->ev[e].sentence < s->index;
    }
    size_t jdg = 0;
    if (want == 0 && c->jdg_ev && c->jdg_ev <= c->nev && c->jdg_sentence <= s->index &&
        c->jdg_sentence + 3 >= s->index && c->ev[c->jdg_ev - 1].sentence == c->jdg_ev_sentence &&
        !strcmp(c->ev[c->jdg_ev - 1].code, c->jdg_code))
      jdg = c->jdg_ev;
    for (size_t e = c->nev; want >= 0 && e-- > 0 && (c->nev - e <= 12 || e + 1 == jdg);) {
      const dyad_event *x = &c->ev[e];
      int xr = (x->root[0] - '0') * 10 + (x->root[1] - '0');
      if (jdg && e + 1 > jdg && x->sentence < c->jdg_sentence) {
        e = jdg; /* (the next one read is the act judged) */
        continue;
      }
      if (!judged_kind(want, x) || (signed_doc && !eq3(x->code, "057"))) continue;
      if (opp_own && strcmp(x->source_country, S.a[0].country)) continue;
      if (it_obj && !ante && x->sentence + 2 < s->index && e + 1 != jdg) continue; /* ("welcomed it": an act told just before) */
      if ((praise || it_obj || want == 0) && (xr == 2 || xr == 4 || (xr == 5 && !eq3(x->code, "057")) || (xr >= 10 && xr <= 13)))
        continue; /* (a decision or deal welcomed is a deed, not words, a meeting or praise; so is "the
                     decision", "the move" judged: "regretted the decision" after Tehran's accusation) */
      int own = 0;
      for (int i = 0; i < S.n && !own; i++)
        own = !strcmp(x->source, S.a[i].code) ||
              (!strcmp(x->source_country, S.a[i].country) && !eq3(sector_of(&S.a[i]), "OPP") && !opp_own);
      if (own) continue; /* (not its own act, nor its own country's: "Kono ... called the decision"; but an
                            opposition judges its government's: "the Democratic Party denounced the visit", art3) */
      for (size_t e2 = c->nev; e2-- > 0 && !own && c->nev - e2 <= 12;) {
        /* (nor a deed of two sides of which it is one: "Turkey and Russia agreed on a plan ...
           Russia endorsed the plan", art3) */
        const dyad_event *y = &c->ev[e2];
        if (y == x || y->sentence != x->sentence || strcmp(y->code, x->code) ||
            strcmp(y->source_country, x->target_country) || strcmp(y->target_country, x->source_country))
          continue;
        for (int i = 0; i < S.n && !own; i++) /* (its state, not its people: "The Korean Council") */
          own = !strcmp(y->source_country, S.a[i].country) && !(S.a[i].flags & DYAD_MF_MODIFIER) &&
                (!sector_of(&S.a[i])[0] || eq3(sector_of(&S.a[i]), "GOV"));
      }
      if (own) continue;
      country_target(&T, x->source, x->source_country, 0, 0);
      for (size_t e2 = c->nev; e2-- > 0 && T.n < GMAX && c->nev - e2 <= 12 && !(named_jdg && praise);) {
        /* (but "called the accord a victory" names it a success, no welcome of each side: rec26a) */
        /* "Armenia and Azerbaijan signed a peace treaty ... Turkey welcomed
           the treaty": a deed of two sides, each way, is both sides' (prb) */
        const dyad_event *y = &c->ev[e2];
        if (y == x || y->sentence != x->sentence || strcmp(y->code, x->code) ||
            strcmp(y->source_country, x->target_country) || strcmp(y->target_country, x->source_country))
          continue;
        int own2 = 0;
        for (int i = 0; i < S.n && !own2; i++) own2 = !strcmp(y->source_country, S.a[i].country);
        if (own2) break;
        group two;
        country_target(&two, y->source, y->source_country, 0, 0);
        T.a[T.n++] = two.a[0];
        break;
      }
      if (praise && eq3(code, "043")) code = "051"; /* (welcoming an act is praise, no visit) */
      tracef(c, "  target: who did the act it judges (%s, %s%s%s)", x->source, x->code, T.n > 1 ? ", both sides" : "",
             e + 1 == jdg ? ", the act the judgment before judged" : "");
      c->jdg_ev = e + 1;
      c->jdg_ev_sentence = x->sentence;
      c->jdg_sentence = s->index;
      copy_str(c->jdg_code, sizeof c->jdg_code, x->code);
      want = -2;
      break;
    }
    if (want == -2) named_pron = 0;
  }
  if (named_pron) {
    tracef(c, "  \"called it\": no act found that it names: no event");
    return 0;
  }
  if (!T.n && !recip_pairs && !c->literal && p->kind == DYAD_VK_NOUN && eq3(p->code, "041") && S.n >= 1) {
    /* "Wang Yi told India's national security adviser, Ajit Doval, in a
       phone call on Saturday that ...": the one told is the call's other
       side (accD) */
    size_t tt = 0;
    int mo = told_in_call(c, s, head, &tt);
    group teller;
    teller.n = 0;
    if (mo >= 0 && find_subject(c, s, tt, vidx, 0, &teller) >= 0 && teller.n == 1 && teller.a[0].country[0] &&
        strcmp(teller.a[0].code, S.a[0].code)) {
      S = teller; /* (the one telling, not the one told: "Wang Yi told India's adviser ... in a phone call") */
      tracef(c, "  source: the one telling in the call");
    }
    if (mo >= 0 && c->mres[mo].a[0].country[0] && strcmp(c->mres[mo].a[0].country, S.a[0].country)) {
      T = c->mres[mo];
      T.n = 1;
      tracef(c, "  target: the one told in the call (\"%.*s\")", (int)(c->ment[mo].end - c->ment[mo].start),
             s->text + c->ment[mo].start);
    }
  }
  if (!T.n && !recip_pairs && !c->literal && eq3(code, "045") && c->nev > 0) {
    /* "The deal was mediated by Qatar, Egypt and the United States", "after
       a long night of talks mediated by Washington": a mediation of no
       named parties is between the two sides of the story's last accord or
       talks that none of the mediators took part in (accD) */
    for (size_t e = c->nev; e-- > 0 && c->nev - e <= 12 && !T.n;) {
      const dyad_event *x = &c->ev[e];
      int xr = (x->root[0] - '0') * 10 + (x->root[1] - '0');
      if (xr != 3 && xr != 4 && xr != 5 && xr != 6 && xr != 8) continue;
      if (!len3(x->source_country) || !len3(x->target_country)) continue;
      int own = 0;
      for (int i = 0; i < S.n && !own; i++)
        own = !strcmp(x->source_country, S.a[i].country) || !strcmp(x->target_country, S.a[i].country);
      if (own) continue;
      country_target(&T, x->source_country, x->source_country, 0, 0);
      T.a[1] = T.a[0];
      copy_str(T.a[1].code, sizeof T.a[1].code, x->target_country);
      copy_str(T.a[1].country, sizeof T.a[1].country, x->target_country);
      T.n = strcmp(x->source_country, x->target_country) ? 2 : 1; /* (a state and its rebels: the state) */
      tracef(c, "  target: the two sides of the accord or talks mediated (%s, %s)", x->source_country,
             x->target_country);
    }
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (!T.n && !recip_pairs && !c->literal && p->kind == DYAD_VK_VERB && !(p->flags & DYAD_VF_NOTARGET) &&
      root >= 10 && root <= 17 && S.n == 1 && S.a[0].country[0] &&
      !(SUF(c, head, S_ING) && head > 0 && c->ment_of[head - 1])) { /* not "Iraq warning claims" */
    /* "Panama recalled its ambassador from Cuba after the Cuban government
       threatened to break off relations": the reply goes to whoever acted
       on the source earlier in the sentence */
    for (size_t v = vidx; v-- > 0 && !T.n;) {
      if (!c->vi[v].has_subj || !c->vi[v].tgt.n || !c->vi[v].subj.n) continue;
      const actor *es = &c->vi[v].subj.a[0];
      int hit = 0;
      for (int x = 0; x < c->vi[v].tgt.n; x++)
        if (!strcmp(c->vi[v].tgt.a[x].country, S.a[0].country)) hit = 1;
      if (hit && es->country[0] && strcmp(es->country, S.a[0].country)) {
        T = c->vi[v].subj;
        T.n = 1;
        tracef(c, "  target: the earlier event's source, to which this replies");
      }
    }
  }
  if (!T.n && !recip_pairs && !c->literal && S.n == 1 && root == 13 && p->kind == DYAD_VK_VERB &&
      (S.a[0].country[0] || S.a[0].code[0])) {
    /* "threatened to turn her over to an al-Qaida group if the British
       government refuses to pull its troops from Iraq": a threat naming no
       one is made to the party its condition names (accA) */
    int k = threat_condition(c, s, vm, &S.a[0]);
    if (k >= 0) {
      T = c->mres[k];
      T.n = 1;
      tracef(c, "  target: the party the threat's condition names");
    }
  }
  if (!T.n && !recip_pairs && !c->literal && S.n == 1 && root == 13 && p->kind == DYAD_VK_VERB &&
      S.a[0].kind == DYAD_MK_AGENT && len3(S.a[0].country) && challenger_sector(sector_of(&S.a[0])) &&
      !eq3(sector_of(&S.a[0]), "OPP") && (!c->doc_country[0] || !strcmp(c->doc_country, S.a[0].country))) {
    /* "ETA threatened to set off a total of seven bombs": an armed group's
       threat naming no one, in a sentence naming no other country, is made
       at home, as its attacks are (the AG gold: ESP 13 ESP|-) (accA) */
    int other = 0;
    for (size_t k = 0; k < s->nment && !other; k++) {
      const char *mc = c->mres[k].n ? c->mres[k].a[0].country : c->ment[k].country;
      other = mc[0] && strcmp(mc, S.a[0].country) && !border_ref(c, s, &c->ment[k]);
    }
    if (!other) {
      country_target(&T, S.a[0].country, S.a[0].country, 0, 0);
      tracef(c, "  target: domestic (an armed group's threat at home, %s)", S.a[0].country);
    }
  }
  if (!T.n && !recip_pairs && !c->literal && S.n == 1 && (root == 3 || root == 8 || root == 10 || root == 13) &&
      len_ge3(S.a[0].code) && (p->kind == DYAD_VK_VERB || root == 10))
    hostage_side(c, s, &S.a[0], &T);
  if (!T.n && !recip_pairs && (!strncmp(code, "084", 3) || !strncmp(code, "173", 3) || !strncmp(code, "056", 3)) &&
      p->kind == DYAD_VK_VERB && S.n == 1 && len3(S.a[0].country) &&
      S.a[0].kind != DYAD_MK_IGO && S.a[0].kind != DYAD_MK_SEAT) {
    /* "Myanmar junta releases hundreds of prisoners", "police arrested
       protesters": a state's authorities acting on unnamed people of no
       other country act on their own people */
    size_t cl = strlen(S.a[0].country);
    const char *sec = S.a[0].code + (strncmp(S.a[0].code, S.a[0].country, cl) ? 0 : cl);
    int auth = !*sec || eq3(sec, "GOV") || eq3(sec, "COP") || eq3(sec, "JUD");
    for (size_t t = head > 2 ? head - 2 : 0; t < head; t++)
      if ((c->cls[t] & W_PREP) || (t + 1 == head && (c->cls[t] & W_DET))) auth = 0; /* "for wrongful arrests": a noun */
    for (size_t t = vm->tok_end; t < s->ntok && t < vm->tok_end + 6 && !c->ment_of[t]; t++)
      if ((c->cls[t] & W_PREP) && c->hash[t] != c->h_of) auth = 0; /* "arrests eight over a plot to bomb a court" */
    for (size_t k = 0; k < s->nment && auth; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start < vm->tok_end) continue;
      if (clause_of(c, m->tok_start) != clause_of(c, head) || m->tok_start > vm->tok_end + 6) break;
      if (c->mres[k].n || m->kind != DYAD_MK_AGENT || m->country[0] || !m->sector[0] ||
          eq3(m->sector, "GOV"))
        break;
      if (sec_in(" REB INS SEP REF UAF CRM ", m->sector))
        break; /* armed men and refugees held by a state are often foreign */
      home_target(&T, &S, m);
      tracef(c, "  target: \"%.*s\" of the source's own country", (int)(m->end - m->start), s->text + m->start);
      break;
    }
  }
  if (!T.n && !recip_pairs && !passive && !c->literal && !strncmp(code, "173", 3) && p->kind == DYAD_VK_VERB &&
      S.n == 1 && len3(S.a[0].country) && S.a[0].kind != DYAD_MK_IGO &&
      home_arrest(c, s, &S.a[0], head, vm)) {
    /* "Britain charged eight terror suspects with conspiracy", "Peruvian
       authorities have detained a former army major", "they arrested the
       alleged ringleader": a state's police and courts acting on people
       nobody names, in a clause naming no other country, act at home (the
       AG gold codes these X 17 X, R) (accA) */
    country_target(&T, S.a[0].country, S.a[0].country, 0, 0);
    tracef(c, "  target: domestic (%s arrests or charges unnamed people at home)", S.a[0].country);
  }
  if (!T.n && !recip_pairs && !c->literal &&
      (p->kind == DYAD_VK_VERB || !strncmp(code, "04", 2) ||
       (!strncmp(code, "19", 2) && c->hash[vm->tok_end - 1] == c->h_with)) && /* "in clashes with rebels" */
      S.n == 1 && len3(S.a[0].country) && S.a[0].kind != DYAD_MK_IGO) {
    /* "Philippine rebels free troops", "Allawi meets militants", "Sudan
       accuses rebels": a state and the armed or political groups inside
       it, in a sentence (and story) naming no other country */
    const char *ssec = sector_of(&S.a[0]);
    int chal = challenger_sector(ssec) && strncmp(ssec, "OPP", 3);
    int state = !*ssec || !strncmp(ssec, "GOV", 3) || !strncmp(ssec, "MIL", 3) || !strncmp(ssec, "COP", 3) ||
                !strncmp(ssec, "JUD", 3) || !strncmp(ssec, "LEG", 3);
    int rt = (code[0] - '0') * 10 + (code[1] - '0');
    int clash = p->kind == DYAD_VK_NOUN && rt == 19; /* (the state's side of "clashes with rebels") */
    int ok = rt >= 2 && (chal || (state && (rt <= 16 || clash))) &&
             !(c->doc_country[0] && strcmp(c->doc_country, S.a[0].country));
    for (size_t k = 0; k < s->nment && ok; k++) {
      const char *mc = c->mres[k].n ? c->mres[k].a[0].country : c->ment[k].country;
      if (mc[0] && strcmp(mc, S.a[0].country) && !border_ref(c, s, &c->ment[k])) ok = 0; /* another country in play */
    }
    for (size_t k = 0; k < s->nment && ok; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start < vm->tok_end) continue;
      if (clause_of(c, m->tok_start) != clause_of(c, head) || m->tok_start > vm->tok_end + 5) break;
      if (c->mres[k].n || m->kind != DYAD_MK_AGENT || m->country[0] || !len_ge3(m->sector) ||
          !strncmp(m->sector, "REF", 3) || !strncmp(m->sector, "MED", 3) || (chal && !strcmp(m->sector, ssec)) ||
          (m->flags & DYAD_MF_MODIFIER) || dispute_parties(c, s, m) ||
          (!chal && sec_in(" GOV MIL COP JUD LEG SPY ", m->sector)) ||
          !((m->flags & DYAD_MF_PLURAL) || (c->cls[m->tok_end - 1] & W_ACTN)))
        break; /* people, not "a school" or "submarine fleet" */
      if (m->tok_start > 0 && (c->cls[m->tok_start - 1] & W_PREP) && !(c->cls[m->tok_start - 1] & W_TO) &&
          c->hash[m->tok_start - 1] != c->h_with && c->hash[m->tok_start - 1] != c->h_on)
        break; /* "attacked in a raid by police": no object */
      home_target(&T, &S, m);
      tracef(c, "  target: \"%.*s\", at home in %s", (int)(m->end - m->start), s->text + m->start, S.a[0].country);
      break;
    }
  }
  if (!T.n && !recip_pairs && !c->literal && S.n == 1 && (S.a[0].flags & DYAD_MF_PLURAL) &&
      len3(S.a[0].country) && S.a[0].kind == DYAD_MK_AGENT && vm->tok_end + 1 < s->ntok &&
      ((c->hash[vm->tok_end] == c->h_each && c->hash[vm->tok_end + 1] == c->h_other) ||
       (c->hash[vm->tok_end] == c->h_one && c->hash[vm->tok_end + 1] == c->h_another))) {
    /* "lawmakers accused each other": the group against itself, at home */
    country_target(&T, S.a[0].country, S.a[0].country, c->tok[vm->tok_end].start,
                   c->tok[vm->tok_end + 1].end);
    tracef(c, "  target: \"each other\", the group itself");
  }
  if (!T.n && !recip_pairs && !c->literal && !strncmp(code, "055", 3) && S.n == 1 && S.a[0].country[0]) {
    /* "expressed regret for the intrusion of its sub into Japanese waters":
       an apology is to the country its cause names */
    for (size_t k = 0; k < s->nment && !T.n; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start < vm->tok_end || m->tok_start > vm->tok_end + 12) continue;
      if (clause_of(c, m->tok_start) != clause_of(c, head) || !c->mres[k].n) continue;
      if ((m->kind != DYAD_MK_ADJ && m->kind != DYAD_MK_COUNTRY) || border_ref(c, s, m)) continue;
      if (!strcmp(c->mres[k].a[0].country, S.a[0].country)) continue;
      T = c->mres[k];
      tracef(c, "  target: the country the apology's cause names");
    }
  }
  if (!T.n && !passive && !c->literal && p->kind == DYAD_VK_VERB && vm->gap_end > vm->gap_start &&
      (c->cls[vm->tok_end - 1] & W_TO))
    for (size_t q = vm->gap_start; q < vm->gap_end && !T.n; q++) {
      /* "tells Iran to ...": the one told (recallA) */
      int32_t mo = c->ment_of[q];
      if (mo && c->mres[mo - 1].n && c->ment[mo - 1].tok_start == q && c->ment[mo - 1].kind != DYAD_MK_PRONOUN &&
          !(c->cls[q - 1] & W_LOC)) { /* (not "told reporters in Brussels to") */
        T = c->mres[mo - 1];
        tracef(c, "  target: the one told, inside the pattern");
      }
    }
  if (!passive && !c->literal && code[0] == '1' && code[1] == '0' && S.n == 1 && len3(S.a[0].country) &&
      p->kind == DYAD_VK_VERB && vm->tok_end > vm->tok_start + 2)
    for (size_t q = vm->tok_start + 1; q + 1 < vm->tok_end && !(c->cls[q] & W_TO); q++) {
      /* "Najib ordered the police to stop North Korean embassy staff from
         leaving", "ordered the army to release the Georgian soldiers": an order to the source's
         own forces or officials is its own act, no demand on the party the
         act names (fp4) */
      int32_t mo = c->ment_of[q];
      if (!mo || c->ment[mo - 1].tok_start != q || c->ment[mo - 1].kind == DYAD_MK_PRONOUN) continue;
      const dyad_mention *m = &c->ment[mo - 1];
      if (!sec_in(" COP MIL ", m->sector) || sec_in(" REB INS SEP UAF ", sector_of(&S.a[0]))) continue;
      /* (a state's police or army: not "al-Sadr calls on his militia to
         stop fighting", which the gold writers code IRQ 02 IRQ) */
      if (c->hash[head] == c->h_told || c->hash[head] == c->h_tells || tok_is(c, s, head, "tell") ||
          tok_is(c, s, head, "telling"))
        break; /* ("told the Turkish military to ...": the words told stay a statement) */
      if (m->kind == DYAD_MK_DEFINITE || (c->mres[mo - 1].n == 1 && !strcmp(c->mres[mo - 1].a[0].country, S.a[0].country))) {
        /* ("the police", "the army": named by no country, the orderer's own) */
        tracef(c, "  the one told is the source's own forces or officials: its own act, no demand");
        return 0;
      }
    }
  if (!T.n && !passive && !c->literal && S.n >= 1 && p->kind == DYAD_VK_VERB && strchr(p->text, '*') &&
      vm->tok_end + 1 < s->ntok && (c->hash[vm->tok_end] == c->h_by || c->hash[vm->tok_end] == c->h_of)) {
    /* "welcomes (the) speech by Taiwan's president", "condemned the
       killing of ...": the object noun's author or owner (recallA) */
    size_t r = vm->tok_end + 1;
    while (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
    int32_t mo = r < s->ntok ? c->ment_of[r] : 0;
    if (mo && c->mres[mo - 1].n && c->ment[mo - 1].kind != DYAD_MK_PRONOUN && c->ment[mo - 1].tok_start == r) {
      T = c->mres[mo - 1];
      tracef(c, "  target: \"%s\" X, the object noun's author", c->hash[vm->tok_end] == c->h_by ? "by" : "of");
    }
  }
  if (!T.n && !c->literal && code[0] == '0' && code[1] == '2' && S.n == 1 && S.a[0].country[0]) {
    /* "Egypt urges restraint in Gaza", "Annan called for a ceasefire in
       Darfur": an appeal about a place abroad goes to its country (recallA) */
    dyad_place pl;
    if (pick_place(c, s, head, &pl) && pl.country[0] && strcmp(pl.country, S.a[0].country)) {
      size_t pt = tok_of(c, s, pl.start);
      if (pt > vm->tok_end && pt > 0 && clause_of(c, pt) == clause_of(c, head) && (c->cls[pt - 1] & W_LOC)) {
        country_target(&T, pl.country, pl.country, pl.start, pl.end);
        tracef(c, "  target: the country of the place the appeal is about (%s)", pl.name);
      }
    }
  }
  if (!T.n && !c->literal && !strcmp(code, "0256") && S.n >= 1 && S.n <= 4) {
    /* "China and the United States both urged restraint", "China, the
       largest buyer of Sudanese and South Sudanese oil, has urged restraint
       on both": restraint urged on no party named is urged on the two sides
       of the story, the pair its events join most, neither of them an
       urger (restraint) */
    char ex[4][4];
    actor two[2];
    int nex = 0, ok = 1;
    for (size_t q = head + 1; q + 1 < vm->tok_end && ok; q++) /* (only "for": "urged all sides to show restraint" */
      if (c->hash[q] != c->h_for) ok = 0;                       /* names its parties, found or not) */
    for (int i = 0; i < S.n && ok; i++) {
      if (!len3(S.a[i].country)) ok = 0;
      else copy_str(ex[nex++], sizeof ex[0], S.a[i].country);
    }
    if (ok && event_pair(c, s, &two[0], &two[1], (const char (*)[4])ex, nex)) {
      T.a[0] = two[0];
      T.a[1] = two[1];
      T.n = 2;
      tracef(c, "  target: restraint urged on no party named, the two sides of the story (%s, %s)", two[0].code,
             two[1].code);
    }
  }
  if (!c->literal && S.n == 1 && S.a[0].country[0] && p->kind == DYAD_VK_VERB && !(p->flags & DYAD_VF_RECIP) &&
      ((code[0] == '0' && code[1] >= '3' && code[1] <= '8') || (code[0] == '1' && code[1] <= '7'))) {
    /* "Sudan agreed to a peace plan after Tony Blair set a deadline": the
       act and the act after which it came are between the two sides
       (recallA) */
    int own = 1; /* no target, or only the source's own country ("a plan for Darfur") */
    for (int i = 0; i < T.n; i++)
      if (strcmp(T.a[i].country, S.a[0].country)) own = 0;
    if (own) {
      int k = -1;
      size_t q = vm->tok_end;
      while (q < s->ntok && q < vm->tok_end + 14 && !is_hard(c, q) && c->hash[q] != c->h_after) q++;
      if (q < s->ntok && c->hash[q] == c->h_after)
        for (size_t m = 0; m < s->nment; m++) /* "... after Tony Blair set": its subject */
          if (c->ment[m].tok_start > q && c->ment[m].tok_start <= q + 3) {
            k = (int)m;
            break;
          }
      size_t b = clause_start(c, head);
      if (k < 0 && b > 0 && c->hash[b - 1] == c->h_after && s->main_subj >= 0 && code[0] == '1' &&
          c->ment[s->main_subj].tok_end < b && vm->tok_end < s->ntok)
        k = s->main_subj; /* "... after Tony Blair set a deadline": the main clause's subject (not a
                             headline's last word: "Die After Kabul Blast") */
      if (k >= 0 && c->mres[k].n && c->ment[k].kind != DYAD_MK_PRONOUN && c->mres[k].a[0].country[0] &&
          strcmp(c->mres[k].a[0].country, S.a[0].country) &&
          !(c->ment[k].kind == DYAD_MK_ADJ && (c->ment[k].flags & DYAD_MF_MODIFIER))) {
        /* (not "after the Palestinian presidential elections": a noun's modifier, acc1) */
        T = c->mres[k];
        T.n = 1;
        tracef(c, "  target: the other side of the act it came after (%s)", T.a[0].code);
      }
    }
  }
  int threat13 = !c->literal && code[0] == '1' && code[1] == '3' && p->kind == DYAD_VK_VERB;
  if (!T.n && (refusal || threat13) && S.n == 1 && S.a[0].country[0]) {
    /* "will not resume talks until the Bush administration ends its hostile
       policy": the refusal is to the party its condition names; so is a
       threat ("threatened to hand her to al-Qaida within 48 hours if the
       British government refuses ...") */
    size_t q = vm->tok_end;
    while (q < s->ntok && q < vm->tok_end + 16 && !is_hard(c, q) && c->hash[q] != c->h_until &&
           c->hash[q] != c->h_unless && c->hash[q] != c->h_if)
      q++;
    for (size_t k = 0; q < s->ntok && k < s->nment && !T.n && !is_hard(c, q) && c->hash[q] != c->h_comma; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start <= q || m->tok_start > q + 4 || !c->mres[k].n || m->kind == DYAD_MK_PRONOUN) continue;
      if (!c->mres[k].a[0].country[0] || !strcmp(c->mres[k].a[0].country, S.a[0].country)) continue;
      T = c->mres[k];
      tracef(c, "  target: the party the refusal's condition names");
    }
  }
  /* "Iran warned it would retaliate against Israel": a complement clause
     with no "that", opened by a pronoun and a modal (acc1) */
  size_t bare_that = 0;
  if (!T.n && !c->literal && vm->tok_end + 2 < s->ntok && (c->cls[vm->tok_end] & W_PRON)) {
    size_t q = vm->tok_end + 1;
    if (q < s->ntok && (c->cls[q] & W_ADV) && !c->ment_of[q]) q++;
    if (q < s->ntok && (c->cls[q] & (W_MODAL | W_FUTN)) && !c->ment_of[q]) bare_that = vm->tok_end + 1;
  }
  /* "warned on Saturday that", "said late on Friday that": a time phrase
     between the verb and its "that" */
  size_t that_at = vm->tok_end;
  if (!T.n && !c->literal && !bare_that) that_at = after_time(c, s, vm->tok_end);
  if (!T.n && !c->literal && p->kind == DYAD_VK_VERB && S.n == 1 && S.a[0].country[0] && that_at < s->ntok &&
      ((c->cls[that_at] & W_THAT) || bare_that) &&
      (code[0] == '0' && code[1] == '1' ? 1 : code[0] == '1' && code[1] >= '1' && code[1] <= '3') &&
      /* (not "blocked a statement that would have condemned the alliance":
         after the object noun of a blocking or a veto, "that" opens what the
         text would have said, not the party rejected) */
      !(code[0] == '1' && code[1] == '2' && !bare_that && vm->tok_end > head + 1 &&
        (!strncmp(p->text, "block", 5) || !strncmp(p->text, "veto", 4)))) {
    /* "North Korea warned that Seoul would pay dearly", "complained that
       Russia ...": the party its that-clause names (recallA) */
    for (size_t k = 0; k < s->nment && !T.n; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start <= that_at || m->tok_start > that_at + 8) continue;
      if (clause_of(c, m->tok_start) != clause_of(c, that_at + 1)) break;
      if (!c->mres[k].n || m->kind == DYAD_MK_PRONOUN) continue;
      if ((m->flags & DYAD_MF_MODIFIER) && !((bare_that || threat_at) && code[0] == '1' && code[1] == '3'))
        continue; /* (but "warned it would counter any U.S. challenge", "warned that any Israeli
                     strike would be met with a crushing response": the challenger) */
      if (!c->mres[k].a[0].country[0] || !strcmp(c->mres[k].a[0].country, S.a[0].country)) continue;
      T = c->mres[k];
      tracef(c, "  target: the party its that-clause names");
    }
  }
  if (!T.n && threat13 && S.n == 1 && len3(S.a[0].country) &&
      (threat_at || (vm->tok_end > head + 2 && c->hash[head + 1] == c->h_of)) && threat_side(c, s, &S.a[0], head, &T))
    /* "North Korea warned that any attack would be met with fire", "warned
       of a merciless military blow": the threat is to the other side of
       the story (syn2) */
    tracef(c, "  target: a threat naming no party, the other side of the story (%s)", T.a[0].code);
  if ((!T.n || (T.n == 1 && !strcmp(T.a[0].country, S.a[0].country))) && !recip_pairs && !c->literal &&
      eq3(code, "016") && S.n == 1 && len3(S.a[0].country))
    /* "India accused Islamabad of sheltering it. Pakistan denied any
       involvement", "Moscow has rejected the accusation as groundless": a
       denial naming no one answers the story's last accusation or
       criticism (root 11) of the denier's country by another; so does one
       about its own state ("denied that the Russian state had meddled") (art3) */
    for (size_t e = c->nev; e-- > 0 && c->nev - e <= 12;) {
      const dyad_event *x = &c->ev[e];
      if (x->root[0] != '1' || x->root[1] != '1' || strcmp(x->target_country, S.a[0].country) ||
          !len3(x->source_country) || !strcmp(x->source_country, S.a[0].country))
        continue;
      country_target(&T, x->source, x->source_country, 0, 0);
      tracef(c, "  target: the accuser the denial answers (%s, %s)", x->source, x->code);
      break;
    }
  if (T.n) gcopy(&vi->tgt, &T);
  int notarget = (p->flags & DYAD_VF_NOTARGET) != 0;
  size_t after_s = S.n ? tok_of(c, s, S.a[0].end) : 0;
  /* "Islamist rebels attack a police patrol": a plural agent noun followed at
     once by the verb is the subject, not a modifier */
  int agent_subj = S.n == 1 && S.a[0].kind == DYAD_MK_AGENT &&
                   ((S.a[0].flags & DYAD_MF_PLURAL) || /* (a headline's "Court Orders Arrest of ...") */
                    (tok_of(c, s, S.a[0].start) == 0 && s->text[c->tok[head].start] >= 'A' &&
                     s->text[c->tok[head].start] <= 'Z')) &&
                   after_s == head && p->kind == DYAD_VK_VERB;
  if (root >= 14 && S.n == 1 && (S.a[0].flags & DYAD_MF_MODIFIER) && !adj_source && !agent_subj &&
      !(after_s < s->ntok && ((c->cls[after_s] & W_ACTN) || actn_compound(c, s, after_s, head)))) {
    tracef(c, "  the subject is an adjective before a noun (\"a Palestinian mortar bomb\"): no event");
    return 0;
  }
  if (!T.n && !recip_pairs && root >= 18 && p->kind == DYAD_VK_VERB && S.n == 1 &&
      S.a[0].kind == DYAD_MK_AGENT && len3(S.a[0].country) &&
      (!c->doc_country[0] || !strcmp(c->doc_country, S.a[0].country))) {
    /* "Pakistani troops attacked suspected terrorist hideouts": a state's
       forces against unnamed armed men, in a sentence naming no other
       country, fight at home */
    size_t cl = strlen(S.a[0].country);
    const char *sec = S.a[0].code + (strncmp(S.a[0].code, S.a[0].country, cl) ? 0 : cl);
    int force = eq3(sec, "MIL") || eq3(sec, "COP");
    for (size_t k = 0; k < s->nment && force; k++) {
      const dyad_mention *m = &c->ment[k];
      const char *mc = c->mres[k].n ? c->mres[k].a[0].country : m->country;
      if (mc[0] && strcmp(mc, S.a[0].country) && !border_ref(c, s, m)) force = 0; /* another country in play */
    }
    for (size_t k = 0; k < s->nment && force; k++) {
      const dyad_mention *m = &c->ment[k];
      if (m->tok_start < vm->tok_end) continue;
      if (clause_of(c, m->tok_start) != clause_of(c, head) || m->tok_start > vm->tok_end + 4) break;
      if (c->mres[k].n || m->kind != DYAD_MK_AGENT || m->country[0] ||
          !sec_in(" REB INS SEP CRM ", m->sector))
        break;
      home_target(&T, &S, m);
      tracef(c, "  target: \"%.*s\", armed men at home", (int)(m->end - m->start), s->text + m->start);
      break;
    }
  }
  if (!T.n && !recip_pairs && !c->literal && (root >= 18 || (eq3(code, "150") && !strncmp(p->text, "fire|", 5))) &&
      S.n == 1 && S.a[0].country[0] && passive_victim(c, s, &S.a[0], &T) && root == 15) {
    code = "190"; /* "were injured when Cambodian troops fired rockets": rockets that hurt are force (gen) */
    root = 19;
  }
  int home = 0; /* the attack happens at a place in the source's own country */
  int coerce = root == 17 && strncmp(code, "171", 3); /* arrests, bans, repression: not seizures */
  int threat = 0; /* "its missiles can hit anywhere in Israel": the country named as the place threatened */
  if (eq3(code, "138") && !c->literal && p->code[0] == '1' && p->code[1] >= '8') {
    root = 18;
    threat = 1;
  }
  if (!T.n && !recip_pairs && (root >= 18 || root == 7 || coerce)) {
    /* an attack on a place, aid handed out in a place: the place's
       country is the target */
    dyad_place pl;
    int got = 0;
    size_t q = vm->tok_end, q0;
    if (q < s->ntok && c->hash[q] == c->h_of) q++; /* "captured the town of Avdiivka" */
    while (q < s->ntok && (c->cls[q] & W_DET)) q++;
    for (size_t r = q, lim = q + 4; !c->literal && r + 2 < s->ntok && r < lim; r++) {
      /* "pushed into the heart of Fallujah", "pushing deeper into the city of Fallujah", "bombed the
         rebel-held city of Falluja", "the northern port city of Santander", "thrust into the heart
         of the insurgent stronghold of Fallujah": a place noun and "of" after up to three
         lower-case words */
      size_t k = 0;
      if (c->hash[r + 1] == c->h_of)
        while (k < sizeof PLACE_NOUN / sizeof PLACE_NOUN[0] && c->hash[r] != c->h_placen[k]) k++;
      if (c->hash[r + 1] == c->h_of && k < sizeof PLACE_NOUN / sizeof PLACE_NOUN[0]) {
        q = r + 2;
        while (q < s->ntok && (c->cls[q] & W_DET)) q++;
        r = q - 1;
        lim = q + 4;
        continue;
      }
      if (!(c->wflag[r] & DYAD_VW_WORD) || (c->tok[r].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) ||
          (c->cls[r] & ~(S_ING | S_ED | S_LY | S_NT)) || (c->ment_of[r] && c->mres[c->ment_of[r] - 1].n))
        break;
    }
    q0 = q;
    while (q < s->ntok && q < q0 + 3 && (c->tok[q].flags & DYAD_TOK_CAP) && !c->ment_of[q]) q++;
    if (c->g && q > q0)
      got = dyad__gazetteer_lookup(c->g, s->text + c->tok[q0].start,
                                   c->tok[q - 1].end - c->tok[q0].start, &pl);
    if (got) {
      pl.start = c->tok[q0].start;
      pl.end = c->tok[q - 1].end;
    }
    int have = !threat && (got || pick_place(c, s, head, &pl));
    if (have && !got && (root == 7 || root >= 18) && clause_of(c, tok_of(c, s, pl.start)) != clause_of(c, head))
      have = 0; /* aid, force: only a place in the verb's own clause ("launched a big offensive and pushed
                   deep into Eritrea before the two sides agreed to a cease-fire in Algiers": not Algeria) */
    if (have && !got && !c->literal && pl.end <= c->tok[head].start)
      for (size_t w = tok_of(c, s, pl.end); w < head && have; w++)
        if ((c->cls[w] & W_REPORT) && !c->ment_of[w] && !(tok_ctx(c, s, w) & DYAD_VW_NOUNCTX))
          have = 0; /* "Officials in Seoul have said they believe Russia provided technical help": the
                       speakers' place, not the act's (acc1) */
    if (have && !got && pl.country[0] && !strcmp(pl.country, S.a[0].country)) {
      /* "launched an offensive on rebel-held towns in Darfur" (Sudan) */
      size_t pt = tok_of(c, s, pl.start);
      if (pt > 0 && clause_of(c, pt) == clause_of(c, head) &&
          (c->hash[pt - 1] == c->h_in || c->hash[pt - 1] == c->h_inside ||
           c->hash[pt - 1] == c->h_across || c->hash[pt - 1] == c->h_throughout))
        home = 1;
    }
    if (got && !c->literal && root >= 18 && pl.country[0] && !strcmp(pl.country, S.a[0].country))
      home = 1; /* "Iraqi forces raid Ramadi mosques": a place at home as the object (recallA) */
    int abroad = S.n && strcmp(pl.country, S.a[0].country);
    for (int i = 1; i < S.n && got && !c->literal && root >= 18; i++)
      abroad |= len3(S.a[i].country) && strcmp(pl.country, S.a[i].country);
    /* ("US and Iraqi forces are pushing deeper into the city of Fallujah": the place the joint force
       enters is the target of each side, of the foreign one abroad and of the other at home) */
    if (have && pl.country[0] && abroad && root != 17) {
      country_target(&T, pl.country, pl.country, pl.start, pl.end);
      tracef(c, "  target: the country of the place \"%s\"", pl.name);
    } else {
      for (size_t k = 0; k < s->nment && !T.n && root >= 17; k++) {
        const dyad_mention *m = &c->ment[k];
        if (m->tok_start <= head || !c->mres[k].n) continue;
        if (m->kind != DYAD_MK_COUNTRY && m->kind != DYAD_MK_SEAT) continue;
        if (!prepositional(c, m, 0) || border_ref(c, s, m)) continue;
        if (clause_of(c, m->tok_start) != clause_of(c, head)) continue;
        if (m->tok_end < s->ntok && c->tok[m->tok_end].end - c->tok[m->tok_end].start >= 6 &&
            (!strncasecmp(s->text + c->tok[m->tok_end].start, "border", 6) ||
             !strncasecmp(s->text + c->tok[m->tok_end].start, "frontier", 8)))
          continue; /* "near the Cameroon border": beside it, not in it */
        if (!strcmp(c->mres[k].a[0].country, S.a[0].country)) {
          size_t j = m->tok_start;
          while (j > 0 && !(c->cls[j - 1] & W_PREP) && j + 3 > m->tok_start) j--; /* "in southern Darfur" */
          if (j > 0 && (c->hash[j - 1] == c->h_in || c->hash[j - 1] == c->h_inside ||
                        c->hash[j - 1] == c->h_across || c->hash[j - 1] == c->h_throughout))
            home = 1;
          continue;
        }
        if (root == 17) continue; /* coercion abroad: the place is no target */
        int inner_part = 0; /* "ambushed a bus carrying Iraqis to work at a US ammunition dump": a place
                               of the object's own participle, not of the attack (acc1) */
        for (size_t w = vm->tok_end; w < m->tok_start && !c->literal; w++)
          if (SUF(c, w, S_ING) && !c->ment_of[w] && !(c->cls[w] & (W_PREP | W_SUB)) && (c->wflag[w] & DYAD_VW_WORD) &&
              !(c->tok[w].flags & DYAD_TOK_CAP) && w > vm->tok_end && !(c->cls[w - 1] & (W_DET | W_PREP)))
            inner_part = 1;
        if (inner_part) break;
        T = c->mres[k];
        tracef(c, "  target: the country where it happened");
      }
    }
  }
  if (!T.n && !recip_pairs && (root >= 18 || coerce) && !threat) {
    const char *dc = sentence_country(c, s);
    /* the dateline's country stands in only for a short wire and for the
       headline and lead of an article ("BAGHDAD - A car bomb killed ..."):
       further down a long article the story has moved on, and a Vladivostok
       dateline does not make Russia the target of the North's nuclear test
       or a Moscow one of "the American strikes on" Iran (fpx) */
    if (dc[0] && strcmp(dc, S.a[0].country) && root >= 18 &&
        (s->index < 3 || c->nsents <= 6 || c->literal || !s->loc_dateline)) {
      country_target(&T, dc, dc, 0, 0);
      tracef(c, "  target: the dateline's country %s", dc);
    } else if (S.a[0].kind == DYAD_MK_AGENT && S.a[0].country[0]) {
      size_t cl = strlen(S.a[0].country);
      const char *sec = S.a[0].code + (strncmp(S.a[0].code, S.a[0].country, cl) ? 0 : cl);
      const char *lc = sentence_country(c, s);
      const char *abroad_at = NULL;
      for (size_t e = c->nev; e-- > 0 && c->ev[e].sentence == s->index && !c->literal;)
        if (c->ev[e].root[0] == '1' && c->ev[e].root[1] >= '8' && !strcmp(c->ev[e].source_country, S.a[0].country) &&
            len3(c->ev[e].target_country) && strcmp(c->ev[e].target_country, S.a[0].country)) {
          abroad_at = c->ev[e].target_country;
          break;
        }
      if (abroad_at) {
        /* "Hamas-led militants attacked southern Israel, killing about
           1,200 people and taking some 250 hostages": the unnamed people an
           armed group kills or takes in the attack it made on another
           country this sentence tells of are that country's, not its own */
        country_target(&T, abroad_at, abroad_at, 0, 0);
        tracef(c, "  target: the country its attack of this sentence was on (%s)", abroad_at);
      } else if (strstr(" MIL COP REB SEP INS UAF ", sec) && len3(sec) &&
          (!strcmp(lc, S.a[0].country) || (S.a[0].flags & AF_CTX) ||
           (!lc[0] && challenger_sector(sec) && !eq3(sec, "OPP")))) { /* rebels at home */
        country_target(&T, S.a[0].country, S.a[0].country, 0, 0);
        tracef(c, "  target: domestic (armed forces of %s against unnamed people)", S.a[0].country);
      }
    }
    if (!T.n && home && p->kind == DYAD_VK_VERB && S.n == 1 && S.a[0].country[0] && len3(S.a[0].country) &&
        S.a[0].kind != DYAD_MK_IGO) {
      /* "the government launched an offensive on towns in Darfur": a
         state's force used at home, against its own people */
      memset(&T.a[0], 0, sizeof T.a[0]);
      cat2(T.a[0].code, sizeof T.a[0].code, S.a[0].country, "CVL"); /* its people, not itself */
      copy_str(T.a[0].country, sizeof T.a[0].country, S.a[0].country);
      T.a[0].person = -1;
      T.a[0].kind = DYAD_MK_AGENT;
      T.n = 1;
      tracef(c, "  target: domestic (it happens in %s, the source's own country)", S.a[0].country);
    }
  }
  int at_home = 0; /* "Thailand declares martial law in the south": a state's coercion at home */
  const char *ssec0 = S.n ? sector_of(&S.a[0]) : "";
  int armed = len3(ssec0) && sec_in(" REB INS SEP UAF MIL ", ssec0);
  /* (arrests and deportations of people nobody names may be of foreigners: "Israel arrests a bombing suspect") */
  int home_code = (root == 14 && !armed) || (root == 17 && strncmp(code, "173", 3) && strncmp(code, "174", 3)) ||
                  (eq3(code, "133") && !armed); /* a protest or strike threatened, as one held (gen) */
  if (!T.n && !recip_pairs && !notarget && !c->literal && home_code &&
      S.n == 1 && len3(S.a[0].country) && S.a[0].kind != DYAD_MK_IGO) {
    const char *ssec = sector_of(&S.a[0]);
    const char *lc = sentence_country(c, s);
    int plain_before = head > 0 && !c->ment_of[head - 1] && (c->wflag[head - 1] & DYAD_VW_WORD) &&
                       !(c->tok[head - 1].flags & DYAD_TOK_CAP) &&
                       !(c->cls[head - 1] & (W_BE | W_AUX | W_MODAL | W_ADV | W_NEG | W_AND | W_TO | W_PRON));
    at_home = !plain_before && (!lc[0] || !strcmp(lc, S.a[0].country)) && /* not "to eradicate torture" */
              (root != 17 || !*ssec || !strncmp(ssec, "GOV", 3) || !strncmp(ssec, "COP", 3) || !strncmp(ssec, "JUD", 3));
    for (size_t k = 0; k < s->nment && at_home; k++) {
      const char *mc = c->mres[k].n ? c->mres[k].a[0].country : c->ment[k].country;
      if (mc[0] && strcmp(mc, S.a[0].country) && !border_ref(c, s, &c->ment[k])) at_home = 0; /* another country in play */
    }
  }
  if (!T.n && !recip_pairs && !notarget && !c->literal && !at_home && (root == 11 || root == 12) && S.n &&
      len3(S.a[0].country)) {
    /* "Kishida and Yoon both condemned the launch", "denouncing the attack
       as ...": the act an earlier sentence told; its doer is the target
       (not "the test of", "the attack by": those name theirs) */
    size_t n = vm->tok_end;
    if (n < s->ntok && c->hash[n] == c->h_the) n++;
    else if (n >= 2 && c->hash[n - 2] == c->h_the) n--;
    else n = s->ntok;
    int want = 0;
    if (n < s->ntok && n > 0 && c->hash[n - 1] == c->h_the) {
      if (tok_is(c, s, n, "launch") || tok_is(c, s, n, "launches") || tok_is(c, s, n, "test") ||
          tok_is(c, s, n, "tests"))
        want = 15;
      else if (tok_is(c, s, n, "attack") || tok_is(c, s, n, "attacks") || tok_is(c, s, n, "strikes") ||
               tok_is(c, s, n, "bombing"))
        want = 18;
    }
    if (want && n + 1 < s->ntok && (c->hash[n + 1] == c->h_of || c->hash[n + 1] == c->h_by))
      want = 0;
    for (size_t i = c->nev; want && i-- > 0;) {
      const dyad_event *e = &c->ev[i];
      int r = (e->root[0] - '0') * 10 + (e->root[1] - '0');
      if (e->sentence >= s->index || !len3(e->source_country)) continue;
      if (want == 15 ? r != 15 : r < 18 || r > 20) continue;
      if (!strcmp(e->source_country, S.a[0].country)) break;
      country_target(&T, e->source_country, e->source_country, 0, 0);
      tracef(c, "  target: the doer of the %s sentence %u told (%s)", want == 15 ? "launch" : "attack",
             (unsigned)e->sentence, e->source_country);
      break;
    }
  }
  if (!T.n && !recip_pairs && (!notarget || root == 2) && !c->literal && !at_home && p->kind == DYAD_VK_VERB && S.n &&
      len3(S.a[0].country) && head > 1 && root != 1) {
    /* "North Korea rejected the measures and called the resolution
       illegal", "Wang met Putin and signed an accord on gas": a predicate
       joined by "and" to the one before, sharing its subject, acts on that
       one's target when it names none of its own (accB) */
    size_t a = head - 1;
    while (a > 0 && (c->cls[a] & W_ADV) && !c->ment_of[a]) a--; /* "and then", "and also" */
    /* (not when its own object is a party no dictionary places: "praised
       Putin and questioned the intelligence agencies' conclusions") */
    int own_obj = vm->tok_end < s->ntok && c->ment_of[vm->tok_end] && !c->mres[c->ment_of[vm->tok_end] - 1].n &&
                  c->ment[c->ment_of[vm->tok_end] - 1].kind != DYAD_MK_PRONOUN;
    for (size_t v = vidx; !own_obj && (c->cls[a] & W_AND) && !c->ment_of[a] && v-- > 0;) {
      const dyad_vmatch *w = &c->vm[v];
      const dyad_vpattern *pv = dyad__verbs_pattern(c->v, w->pattern);
      if (w->tok_end > a || !pv || pv->kind != DYAD_VK_VERB) continue;
      if (!c->vi[v].has_subj) continue;
      const group *sh = clauseS.n ? &clauseS : &S; /* the reporter's act after the clause's (gen2) */
      int clean = c->vi[v].subj.n == sh->n && c->vi[v].tgt.n > 0;
      for (int i = 0; i < sh->n && clean; i++)
        if (strcmp(c->vi[v].subj.a[i].code, sh->a[i].code)) clean = 0;
      for (size_t q = w->tok_end; q < a && clean; q++)
        if (is_hard(c, q) || (c->cls[q] & (W_THAT | W_REL | W_SUB | W_REPORT | W_AND | W_BUT)) ||
            (c->hash[q] == c->h_comma && q + 1 != a))
          clean = 0;
      for (int i = 0; i < c->vi[v].tgt.n && clean; i++)
        if (!c->vi[v].tgt.a[i].country[0] || !strcmp(c->vi[v].tgt.a[i].country, S.a[0].country)) clean = 0;
      if (clean && named_jdg && code[0] == '1' && pv->code[0] == '0' && pv->code[1] == '5')
        clean = 0; /* "expressed its solidarity with Spain and called the landing a clear violation": the
                      one backed is not the one judged */
      if (clean) {
        T = c->vi[v].tgt;
        tracef(c, "  target: the coordinated predicate's (\"%s\"), whose subject it shares", pv->text);
      }
      break;
    }
  }
  if (T.n == 1 && !c->literal && (p->flags & DYAD_VF_MOVE) && p->kind == DYAD_VK_VERB && vm->tok_end <= head + 3 &&
      (!strncmp(p->text, "arrive", 6) || !strncmp(p->text, "fly", 3))) {
    /* "Kishida flew in from Tokyo", "Trump, who flew in from the summit in
       Canada": the place after 'from' is where the trip began */
    size_t q = tok_of(c, s, T.a[0].start);
    while (q > 0 && (c->cls[q - 1] & W_DET)) q--;
    int from = q > 0 && tok_is(c, s, q - 1, "from");
    for (size_t r = vm->tok_end; !from && r < q && r < vm->tok_end + 8; r++) from = tok_is(c, s, r, "from");
    if (from) {
      T.n = 0;
      tracef(c, "  the place after 'from' is the trip's start: no target from it");
    }
  }
  if (!T.n && !recip_pairs && !notarget && !c->literal && !at_home && (p->flags & DYAD_VF_MOVE) && S.n == 1 &&
      vm->tok_end <= head + 3 && p->kind == DYAD_VK_VERB &&
      (!strncmp(p->text, "arrive", 6) || !strncmp(p->text, "fly", 3)) && len3(S.a[0].country) &&
      (S.a[0].kind == DYAD_MK_PERSON || S.a[0].person >= 0 || (S.a[0].role && !(S.a[0].flags & DYAD_MF_PLURAL)))) {
    /* "Kishida flew in from Tokyo on Monday for the talks", "Kim arrived on
       Sunday": no place named, the visit is to where the story is: the
       dateline's country, else the country of the story's last meeting
       or visit placed in another country than the traveller's */
    const char *where = c->doc_place.name[0] ? c->doc_place.country : "";
    for (size_t e = c->nev; !where[0] && e-- > 0 && c->nev - e <= 20;) {
      const dyad_event *x = &c->ev[e];
      if (x->root[0] == '0' && x->root[1] == '4' && len3(x->place_country)) where = x->place_country;
    }
    if (len3(where) && strcmp(where, S.a[0].country)) {
      country_target(&T, where, where, 0, 0);
      tracef(c, "  an arrival with no place: to %s, where the story is", where);
    }
  }
  if (!T.n && !recip_pairs && !notarget && !c->literal && !at_home && p->kind == DYAD_VK_VERB && S.n == 1 &&
      !strncmp(p->code, "087", 3) && eq3(sector_of(&S.a[0]), "MIL") && len3(S.a[0].country) &&
      subject_adjacent(c, s, &S.a[0], head)) {
    /* "The soldiers withdrew from the heights above Tskhinvali": a state's
       force pulling back from ground no party holds de-escalates with no
       target (the gold's GEO 08 GEO|-) */
    tracef(c, "  a force pulls back, no party named: no target");
    notarget = 1;
  }
  if (!T.n && !recip_pairs && !notarget && !c->literal && !at_home && p->kind == DYAD_VK_VERB && S.n == 1 &&
      len3(S.a[0].country) && !medium(&S.a[0]) && !(S.a[0].flags & AF_PLACE)) {
    /* "Pyongyang denies any role and has demanded the body be handed over",
       "Tokyo protested at once", "Koizumi said he had lodged a strong
       protest over the deaths": a demand or a government's protest that
       names no party is to the other side of the story (implied_side; a
       warning so found would be dated by the story's date, wrongly as
       often as not, and waits for that: art5). So is an apology made or
       refused outright ("Baku apologized", "Erdogan has refused to
       apologize": to the side it wronged, rec21a); not one negated in
       reported speech ("Zelensky said he would not apologize"), which the
       gold writers leave uncoded */
    int kind = ((eq3(code, "100") || eq3(code, "105")) && !strncmp(p->text, "demand", 6)) || eq3(code, "114");
    int pair = 1; /* (the story's pair as the other side: not for a deal or a decision named with
                     "called", which may be of any two: "Trump called the deal one-sided") */
    if (eq3(code, "111") && vm->tok_end + 1 < s->ntok &&
        (c->hash[vm->tok_end] == c->h_the || tok_is(c, s, vm->tok_end, "this")))
      /* "Rabat condemned the operation", "calling the Saturday bombing of a
         guerrilla camp a massacre": a judgment of an act no event told (not
         of people: "criticized unofficial negotiators") */
      for (size_t q = vm->tok_end + 1; q < s->ntok && q < vm->tok_end + 4 && !kind && !c->ment_of[q] &&
                                      (c->wflag[q] & DYAD_VW_WORD) && !is_hard(c, q);
           q++)
        if ((kind = judged_event(c, s, q) >= 0 || tok_is(c, s, q, "operation") || tok_is(c, s, q, "operations")))
          pair = !named_jdg || judged_event(c, s, q) >= 15 || judged_event(c, s, q) < 0;
    if (!strncmp(p->text, "retaliat", 8) && p->code[0] == '1' && p->code[1] == '9')
      kind = 1; /* "Pakistan retaliated the next day with air strikes of its own": against the side
                   that last attacked it (implied_side) (rec21a) */
    int by = !strncmp(p->code, "055", 3) &&
             (eq3(code, "055") || (head >= 2 && c->hash[head - 1] == c->h_to &&
                                    (tok_is(c, s, head - 2, "refused") || tok_is(c, s, head - 2, "refuses") ||
                                     tok_is(c, s, head - 2, "refuse") || tok_is(c, s, head - 2, "refusing"))));
    if (by) kind = 1;
    if (code[0] == '1' && code[1] == '6' && code[2] != '3')
      kind = 1; /* "Beijing also halted talks on raising the number of flights", "it had put off
                   negotiations", "the cabinet voted to suspend a clause of the agreement": a cut
                   in relations that names no party is with the other side of the story (not a
                   sanction, which names those it strikes: "freezes the assets of people") */
    if (kind && implied_side(c, s, &S.a[0], by, pair, &T))
      tracef(c, "  target: naming no party, the other side of the story (%s)", T.a[0].code);
  }
  if (!c->literal && !recip_pairs && S.n == 1 && eq3(code, "161") && p->kind == DYAD_VK_VERB &&
      (!strncmp(p->text, "close", 5) || !strncmp(p->text, "shut", 4)) && len3(S.a[0].country) &&
      !medium(&S.a[0]) && !(S.a[0].flags & AF_PLACE) &&
      (T.n == 1 ? !strcmp(T.a[0].country, S.a[0].country)
                : !T.n && head + 1 < s->ntok && c->hash[head + 1] == c->h_its)) {
    /* "Libya closed its embassy there days later", "Estonia closed its
       consular section until further notice": a state's own mission abroad
       is closed in the host's country, the one "there" points back to (the
       latest state or seat of another country before it in the sentence),
       else the other side of the story (implied_side) (rec21a) */
    group H;
    H.n = 0;
    int there = 0;
    for (size_t q = vm->tok_end; q < s->ntok && q < vm->tok_end + 2 && !there; q++) there = tok_is(c, s, q, "there");
    if (there) {
      for (size_t k = s->nment; k-- > 0 && !H.n;) {
        const dyad_mention *m = &c->ment[k];
        if (m->tok_end > head || c->mres[k].n != 1) continue;
        const actor *a = &c->mres[k].a[0];
        if ((m->kind == DYAD_MK_SEAT || m->kind == DYAD_MK_COUNTRY) && len3(a->country) &&
            strcmp(a->country, S.a[0].country)) {
          H.a[0] = *a;
          H.n = 1;
        }
      }
    } else {
      implied_side(c, s, &S.a[0], 0, 1, &H);
    }
    if (H.n) {
      T = H;
      tracef(c, "  target: its own mission closed, in the host's country (%s)", T.a[0].code);
    }
  }
  if (!T.n && !recip_pairs && !c->literal && !at_home && p->kind == DYAD_VK_NOUN && eq3(p->code, "042") &&
      S.n == 1 && len3(S.a[0].country)) {
    /* "approved the decision from London, where he is on a state visit": a
       visit told in a clause that "where" opens is to the capital or
       country just before it */
    size_t q = head;
    while (q > 0 && q + 8 > head && !is_hard(c, q - 1) && c->hash[q - 1] != c->h_comma && !tok_is(c, s, q - 1, "where"))
      q--;
    int k = q > 2 && tok_is(c, s, q - 1, "where") && c->hash[q - 2] == c->h_comma ? mention_at_end(c, q - 2) : -1;
    if (k >= 0 && c->mres[k].n == 1 && (c->ment[k].kind == DYAD_MK_SEAT || c->ment[k].kind == DYAD_MK_COUNTRY) &&
        len3(c->mres[k].a[0].country) && strcmp(c->mres[k].a[0].country, S.a[0].country)) {
      T.a[0] = c->mres[k].a[0];
      T.n = 1;
      tracef(c, "  target: the place \"where\" stands for (%s)", T.a[0].code);
    }
  }
  if (!T.n && !recip_pairs && !c->literal && !at_home && p->kind == DYAD_VK_VERB && S.n == 1 &&
      len3(S.a[0].country) && !passive && subject_adjacent(c, s, &S.a[0], head)) {
    /* "a message to Trump, whom he will meet in New York", "journalists whom
       Kim Jong-il had pardoned", "bin Laden, whom Washington blames for the
       bombing": a clause that "whom" opens has its object before it, the
       party "whom" stands for */
    size_t q = tok_of(c, s, S.a[0].start);
    int ok = q > 0 && tok_is(c, s, q - 1, "whom");
    if (ok) q--;
    if (ok && q > 0 && (c->cls[q - 1] & W_PREP)) q--; /* "to whom", "with whom" */
    if (ok && q > 0 && c->hash[q - 1] == c->h_comma) q--;
    int k = ok ? mention_at_end(c, q) : -1;
    if (k >= 0 && c->mres[k].n == 1 && c->ment[k].kind != DYAD_MK_PRONOUN &&
        !(c->ment[k].flags & DYAD_MF_POSSESSIVE) && len3(c->mres[k].a[0].country) &&
        !(c->mres[k].a[0].flags & AF_PLACE) && strcmp(c->mres[k].a[0].country, S.a[0].country)) {
      T.a[0] = c->mres[k].a[0];
      T.n = 1;
      tracef(c, "  target: the party \"whom\" stands for (%s)", T.a[0].code);
      if (notarget) notarget = 0;
    }
  }
  if (!T.n && !recip_pairs && !notarget && !c->literal && !at_home && S.n == 1 && len3(S.a[0].country) &&
      !medium(&S.a[0]) && !(S.a[0].flags & AF_PLACE) && (root == 7 || !strncmp(code, "033", 3))) {
    /* "China said it would provide emergency aid", "the Red Cross said its
       staff were handing out blankets in the town": aid, given or pledged,
       that names no recipient goes where the story's aid went before it
       (the latest earlier event of aid or of a pledge of it, from another
       party) */
    for (size_t i = c->nev; i-- > 0;) {
      const dyad_event *e = &c->ev[i];
      if (e->sentence >= s->index) continue;
      if (!(e->root[0] == '0' && e->root[1] == '7') && strncmp(e->code, "033", 3)) continue;
      if (!len3(e->target_country) || !strcmp(e->target_country, S.a[0].country)) continue;
      memset(&T.a[0], 0, sizeof T.a[0]);
      set_code(&T.a[0], e->target, e->target_country);
      T.a[0].person = -1;
      T.a[0].kind = DYAD_MK_COUNTRY;
      T.n = 1;
      tracef(c, "  target: naming no recipient, where the story's aid went (%s)", T.a[0].code);
      break;
    }
  }
  if (!recip_pairs && !c->literal && !at_home && S.n == 1 && len3(S.a[0].country) && code[0] == '0' &&
      code[1] == '3' && p->kind == DYAD_VK_VERB && !passive &&
      (!T.n || (T.n == 1 && !strcmp(T.a[0].country, S.a[0].country) && T.a[0].kind != DYAD_MK_AGENT))) {
    /* "Sudan is prepared to halt military operations in Darfur if rebels
       withdraw", "China is ready to resume negotiations if Taiwan accepts
       the one China principle": an offer made on a condition is made to
       the party the condition names, the subject of its "if" clause, when
       the offer names no other one (a place of the offerer's own is none) (rec27b) */
    size_t q = vm->tok_end;
    while (q < s->ntok && q < vm->tok_end + 14 && !is_hard(c, q) && c->hash[q] != c->h_if &&
           !(c->cls[q] & (W_REPORT | W_THAT)))
      q++;
    if (q + 1 < s->ntok && c->hash[q] == c->h_if) {
      size_t r = q + 1;
      while (r < s->ntok && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
      int k = r < s->ntok && c->ment_of[r] ? c->ment_of[r] - 1 : -1;
      size_t e = k >= 0 ? c->ment[k].tok_end : 0;
      if (k >= 0 && c->mres[k].n == 1 && c->ment[k].kind != DYAD_MK_PRONOUN && e < s->ntok &&
          !(c->ment[k].flags & DYAD_MF_POSSESSIVE) && len3(c->mres[k].a[0].country) &&
          (strcmp(c->mres[k].a[0].country, S.a[0].country) || c->ment[k].kind == DYAD_MK_AGENT) &&
          strcmp(c->mres[k].a[0].code, S.a[0].code) && !c->ment_of[e] && (c->wflag[e] & DYAD_VW_WORD) &&
          !(c->cls[e] & (W_PREP | W_DET | W_AND)) && c->hash[e] != c->h_comma) {
        T.a[0] = c->mres[k].a[0];
        T.n = 1;
        tracef(c, "  target: the party its \"if\" clause names (%s): an offer on a condition", T.a[0].code);
      }
    }
  }
  if (!T.n && !recip_pairs && !notarget && !c->literal && !at_home) {
    tracef(c, "  no target actor: no event");
    vi->open_code = code; /* (a statement around it may name the party: statement_emit) */
    if (c->unknown) {
      size_t t = vm->tok_end;
      while (t < s->ntok && (c->cls[t] & (W_DET | W_PREP))) t++;
      size_t b = t;
      while (t < s->ntok && (c->tok[t].flags & DYAD_TOK_CAP) && !c->ment_of[t]) t++;
      report_unknown(c, s, b, t);
    }
    return 0;
  }
  if ((p->flags & DYAD_VF_MOVE) && !c->literal && p->code[0] == '0' && p->code[1] == '4' &&
      (!strncmp(p->text, "enter", 5) || !strncmp(p->text, "cross", 5))) {
    /* "Kim crossed into Russia", "stepped across the line into the South",
       "Kim's armored train entered Russia": a leader (or his train, plane)
       going into another country; not people, troops or refugees ("30,000
       Sudanese threatened to cross into Chad", "North Koreans entered a
       South Korean school"), not a return ("crossed back into the South") */
    int ok = S.n == 1 && T.n == 1 && len3(S.a[0].country) && strcmp(S.a[0].country, T.a[0].country) &&
             (T.a[0].kind == DYAD_MK_COUNTRY || T.a[0].kind == DYAD_MK_SEAT || T.a[0].kind == DYAD_MK_DEFINITE);
    if (ok) {
      const actor *x = &S.a[0];
      ok = x->kind == DYAD_MK_PERSON || x->kind == DYAD_MK_COUNTERPART || x->person >= 0 ||
           (x->role && !(x->flags & DYAD_MF_PLURAL)); /* ("the South Korean president") */
      if (!ok && (x->flags & DYAD_MF_POSSESSIVE) && x->person >= 0) ok = 1; /* "Kim's armored train" */
    }
    int back = 0;
    for (size_t q = head; q < vm->tok_end; q++)
      if (tok_is(c, s, q, "back")) back = 1;
    if (back) ok = 0;
    if (!ok && !back && S.n == 1 && T.n == 1 && eq3(sector_of(&S.a[0]), "MIL") && len3(S.a[0].country) &&
        len3(T.a[0].country) && strcmp(S.a[0].country, T.a[0].country) &&
        (T.a[0].kind == DYAD_MK_COUNTRY || T.a[0].kind == DYAD_MK_SEAT) && !(T.a[0].flags & DYAD_MF_POSSESSIVE)) {
      /* "Turkish troops crossed into northeastern Syria", "Ethiopian
         troops entered Mogadishu": a state's force going into another
         country is a use of force, no visit (not "entered Finland's
         airspace": a thing of the country's) */
      tracef(c, "  a force crossing into another country: 190");
      code = "190";
    } else if (!ok) {
      tracef(c, "  crossing or entering: not a leader going abroad, no visit");
      return 0;
    }
  }
  if ((p->flags & DYAD_VF_MOVE) && S.n == 1 && !c->literal && code[0] == '0' && code[1] == '4') {
    /* "a UN plane was met with gunfire when it arrived in Man", "a British
       ship ... after its arrival in France": a thing travels, nobody visits */
    static const char *const THINGS[] = {"plane", "planes", "aircraft", "jet", "ship", "ships", "vessel",
                                         "vessels", "shipment", "shipments", "boat", "cargo", "convoy",
                                         "flight", "flights", "tanker", "freighter", "helicopter"};
    size_t ss = tok_of(c, s, S.a[0].start), se = tok_of(c, s, S.a[0].end);
    int thing = se == ss + 1 && se == head && (c->hash[ss] == c->h_it || c->hash[ss] == c->h_its);
    int own = se > ss && (c->hash[se - 1] == c->h_poss || c->hash[ss] == c->h_his || c->hash[ss] == c->h_her) &&
              (S.a[0].kind == DYAD_MK_PERSON || S.a[0].person >= 0);
    for (size_t k = 0; k < sizeof THINGS / sizeof THINGS[0] && !thing && !own && se < s->ntok && se != head; k++)
      thing = tok_is(c, s, se, THINGS[k]); /* (but "Putin's plane landed": the person's own) */
    if (thing) {
      tracef(c, "  the traveller is a thing (a plane, a ship, \"it\"): no visit");
      return 0;
    }
  }
  for (int i = 0; i < S.n; i++)
    tracef(c, "  source: %s (%s) \"%.*s\"", S.a[i].code, S.a[i].country,
           (int)(S.a[i].end - S.a[i].start), s->text + S.a[i].start);
  for (int i = 0; i < T.n; i++)
    tracef(c, "  target: %s (%s) \"%.*s\"", T.a[i].code, T.a[i].country,
           (int)(T.a[i].end - T.a[i].start), s->text + T.a[i].start);
  int rc = 0;
  const char *inv = p->inverse[0] && !strcmp(code, p->code) ? p->inverse : NULL;
  if (!inv && !c->literal && eq3(code, "040") && T.n == 1) {
    /* "met (with) visiting Iraqi Prime Minister Allawi", "talks with
       China's visiting military chief": the target is the visitor */
    size_t ts = tok_of(c, s, T.a[0].start), te = tok_of(c, s, T.a[0].end);
    if ((ts > 0 && ts <= s->ntok && c->hash[ts - 1] == c->h_visiting) ||
        (te < s->ntok && c->hash[te] == c->h_visiting) ||
        (te + 1 < s->ntok && c->hash[te] == c->h_poss && c->hash[te + 1] == c->h_visiting)) {
      inv = "042";
      tracef(c, "  the target is visiting: also 042 target -> source");
    }
  }
  /* "calls them Takeshima": the sides "them" was taken for are one object */
  int one_obj = T.n > 1 && T.a[0].end > T.a[0].start;
  for (int k = 1; k < T.n && one_obj; k++) one_obj = T.a[k].start == T.a[0].start && T.a[k].end == T.a[0].end;
  if (!c->literal && eq3(code, "041") && !strncmp(p->text, "call", 4) && (T.n == 1 || one_obj)) {
    /* "called the Russian delegation 'decorative'", "called the move a
       serious provocation": naming, not a phone call (recallA) */
    size_t te = tok_of(c, s, T.a[0].end), q = te;
    int naming = 0;
    if (q < s->ntok && (c->tok[q].flags & DYAD_TOK_QUOTE)) q++;
    if (q < s->ntok && !c->ment_of[q] && (c->wflag[q] & DYAD_VW_WORD) && !is_hard(c, q) &&
        !(c->cls[q] & (W_PREP | W_TO | W_AND | W_BUT | W_SUB | W_REL | W_THAT | W_TIME | W_REPORT | W_ADV)) &&
        !SUF(c, q, S_ING) && !SUF(c, q, S_LY) && !(c->tok[q].flags & DYAD_TOK_NUMBER))
      naming = 1;
    if (naming) {
      /* "called Putin the same day", "called Abe that evening": the word
         opens a date expression, the call's own time, not a name */
      ensure_dates(c, s);
      for (size_t i = 0; i < s->ndates && naming; i++)
        if (c->dates[i].start <= c->tok[q].start && c->tok[q].start < c->dates[i].end) naming = 0;
    }
    if (naming) {
      code = "010";
      for (size_t r = te; r < s->ntok && r < te + 6 && code[1] == '1'; r++) {
        if (is_hard(c, r) || c->hash[r] == c->h_comma || (c->cls[r] & (W_THAT | W_REL | W_SUB | W_REPORT)))
          break;
        /* "called Prague's accusations absurd", "called the prime minister's remark nasty": the
           whole family of judgments, of the party that owns the thing (rec26a) */
        if (judgment_word(c, s, r) < 0) code = "111";
      }
      tracef(c, "  \"called X <word>\": naming, not a phone call (%s)", code);
      size_t ts = tok_of(c, s, T.a[0].start);
      if (code[0] == '0' && ((T.a[0].flags & DYAD_MF_POSSESSIVE) ||
                             (ts + 1 == te && (c->hash[ts] == c->h_it || c->hash[ts] == c->h_them)))) {
        /* "what he called Moscow's sacred struggle", "called it a
           significant escalation": the thing named is an act or a cause,
           not the actor that owns it or the one "it" was taken for (but
           "called Pyongyang's launch a grave provocation" judges its doer:
           111, kept) */
        tracef(c, "  the one named is a thing (\"X's ...\", \"it\"): no event");
        return 0;
      }
    }
    if (!inv && eq3(code, "041") && S.n == 1 && T.n == 1 && tok_of(c, s, T.a[0].start) == vm->tok_end &&
        strcmp(T.a[0].country, S.a[0].country)) {
      /* "Pakistan's director general of military operations called his
         Indian counterpart", "He also calls Abe": the one called is the
         call's other side, as in "spoke by phone with" (syn1) */
      inv = code;
      tracef(c, "  \"X called Y\": a call, the other side too");
    }
  }
  if (!c->literal && eq3(code, "043") && !strncmp(p->text, "welcome", 7) && T.n == 1 &&
      ((T.a[0].flags & DYAD_MF_POSSESSIVE) || T.a[0].kind == DYAD_MK_ADJ)) {
    /* "welcomed Chen's speech": praise, not hosting */
    code = "051";
    inv = NULL;
    tracef(c, "  welcoming a statement or decision: 051");
  }
  if (!c->literal && eq3(code, "043") && !strncmp(p->text, "welcome", 7) && T.n == 1 && T.a[0].end > T.a[0].start &&
      c->hash[tok_of(c, s, T.a[0].start)] == c->h_it && tok_of(c, s, T.a[0].end) == tok_of(c, s, T.a[0].start) + 1) {
    /* "Netanyahu said he fully supported the decision, and Saudi Arabia
       also welcomed it": what is welcomed as "it" is a decision or a
       move, no guest, and its author is not the country "it" was taken for */
    tracef(c, "  welcoming \"it\": a thing welcomed, no guest and no known author: no event");
    return 0;
  }
  if (inv && !c->literal && eq3(code, "042") && eq3(inv, "043") && head > 1 && head == vm->tok_start &&
      SUF(c, head, S_ING) &&
      ((c->ment_of[head - 1] && c->ment[c->ment_of[head - 1] - 1].tok_end == head &&
        c->ment[c->ment_of[head - 1] - 1].tok_start > 0) ||
       ((c->cls[head - 1] & W_BE) && (c->cls[head - 2] & W_REL)))) {
    /* "after European leaders visiting Kyiv had called for a ceasefire",
       "Guterres, who was visiting Addis Ababa on Monday, welcomed the
       agreement": a visit told as the visitor's circumstance; the visitor's
       visit stands, its host does nothing in the sentence (fp4) */
    tracef(c, "  a visit told as the visitor's circumstance (\"X visiting Y\", \"who was visiting\"): no host");
    inv = NULL;
  }
  if (!inv && !c->literal && (p->flags & DYAD_VF_RECIP) && T.n && (eq3(code, "040") || eq3(code, "041") || eq3(code, "046")) &&
      !(p->kind == DYAD_VK_NOUN && c->hash[vm->tok_end - 1] == c->h_between)) {
    /* "Cho spoke with Wang by phone", "Putin held talks with To Lam": a call
       or talks have two sides, each consulting the other; but "A met B"
       (and "a meeting with B", "shook hands with B") is A's act, as CAMEO
       codes it (acc1) */
    int met = 0; /* (also "first met", "held meetings with") */
    for (size_t q = head; q < vm->tok_end && !met; q++) {
      const char *ht = s->text + c->tok[q].start;
      size_t hl = c->tok[q].end - c->tok[q].start;
      met = (hl >= 3 && !strncasecmp(ht, "met", 3)) || (hl >= 4 && !strncasecmp(ht, "meet", 4)) ||
            (hl >= 4 && (!strncasecmp(ht, "shak", 4) || !strncasecmp(ht, "shoo", 4) || !strncasecmp(ht, "hudd", 4)));
    }
    if (!met || !eq3(code, "040")) {
      inv = code;
      tracef(c, "  a call or talks: the other side too");
    }
  }
  if (!recip_pairs && !T.n && !c->literal && S.n == 2 && code[0] == '0' && code[1] == '1' &&
      S.a[0].start == S.a[1].start && S.a[0].end == S.a[1].end && strcmp(S.a[0].country, S.a[1].country)) {
    /* "Both sides deny any link": the words of a pair one plural names,
       with no one else named, are each side's to the other (fp5) */
    recip_pairs = 1;
    tracef(c, "  a pair's words with no target: each side's to the other");
  }
  if (!recip_pairs && !T.n && !c->literal && S.n >= 2 && eq3(code, "150") && (p->flags & DYAD_VF_NOTARGET) &&
      (strstr(p->text, "exercise") || strstr(p->text, "drill"))) {
    /* "Seoul and Washington are set to hold a large naval exercise": two
       states drilling together cooperate militarily (acc1) */
    code = "062";
    recip_pairs = 1;
    tracef(c, "  a compound subject's exercise: joint, military cooperation (062)");
  }
  if (!recip_pairs && !c->literal && T.n == 1 && S.n >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '8' &&
      tok_of(c, s, T.a[0].start) > head && tok_of(c, s, T.a[0].start) < vm->tok_end) {
    /* "Israel, Hamas agree to Gaza truce": a party's place named inside the
       pattern before its noun only says where; sources of two countries, one
       of them that place's, agree with each other (fp5) */
    int own = 0, other = 0;
    for (int i = 0; i < S.n; i++) {
      if (!strcmp(S.a[i].country, T.a[0].country)) own = 1;
      else if (len3(S.a[i].country)) other = 1;
    }
    if (own && other) {
      T.n = 0;
      recip_pairs = 1;
      tracef(c, "  a place of one source's country inside the pattern: the sources with each other");
    }
  }
  if (recip_pairs) {
    tracef(c, "  compound subject: every pair both ways");
    for (int i = 0; i < S.n && !rc; i++)
      for (int k = 0; k < S.n && !rc; k++)
        if (i != k) rc = emit(c, s, &S.a[i], &S.a[k], code, head, vm, p->kind == DYAD_VK_NOUN);
    return rc;
  }
  if (!T.n && c->literal && lit_bare_time(c, s, vm->tok_end)) {
    /* "an official said today.": a time word is no object (PETRARCH's
       NP-TMP), so the verb codes nothing */
    tracef(c, "  literal: only a time word after the verb: no event");
    return 0;
  }
  if (!T.n && !c->literal &&
      (home_code || ((!strncmp(code, "087", 3) || eq3(code, "180")) && S.n == 1 && challenger_sector(sector_of(&S.a[0]))))) {
    /* "workers will go on strike", "a mob rioted", "paramilitary fighters
       disarm", "imposed a curfew": a protest, a crackdown or a group laying
       down its arms with no one named acts at home (its own country) */
    for (int i = 0; i < S.n && !rc; i++) {
      actor h;
      if (!len3(S.a[i].country) || S.a[i].kind == DYAD_MK_IGO || !strncmp(S.a[i].code, "IGO", 3)) {
        rc = emit(c, s, &S.a[i], NULL, code, head, vm, p->kind == DYAD_VK_NOUN);
        continue;
      }
      const char *ssec = sector_of(&S.a[i]);
      memset(&h, 0, sizeof h);
      if (!*ssec || sec_in(" GOV MIL COP JUD LEG SPY ", ssec))
        cat2(h.code, sizeof h.code, S.a[i].country, "CVL"); /* the state against its people */
      else
        copy_str(h.code, sizeof h.code, S.a[i].country);
      copy_str(h.country, sizeof h.country, S.a[i].country);
      h.person = -1;
      h.kind = DYAD_MK_COUNTRY;
      tracef(c, "  target: domestic (%s at home, no one else named)", S.a[i].country);
      rc = emit(c, s, &S.a[i], &h, code, head, vm, p->kind == DYAD_VK_NOUN);
    }
    return rc;
  }
  if (T.n && notarget && !inv && !c->literal && S.n == 1 && code[0] == '0' && code[1] == '5') {
    /* "Albright welcomed the summit and said the United States would ...":
       a target that is the source itself leaves the event with none (acc1) */
    int own = 1;
    for (int k = 0; k < T.n && own; k++) own = same_actor(&S.a[0], &T.a[k]);
    if (own) {
      tracef(c, "  the only target is the source itself: no target");
      T.n = 0;
    }
  }
  if (T.n && notarget && !inv && !c->literal && S.n == 1 && S.a[0].country[0] &&
      (eq3(code, "010") || eq3(code, "016"))) {
    /* "Brazil admitted that a team of its engineers ...": a denial or an
       admission about the source's own people has no other party (accA) */
    int own = 1;
    for (int k = 0; k < T.n && own; k++) own = !strcmp(S.a[0].country, T.a[k].country);
    if (own) {
      tracef(c, "  the only target is the source's own country: no target");
      T.n = 0;
    }
  }
  if (T.n && notarget && code[0] == '1' && code[1] == '5' && code[2] == '0' && !c->literal && weapons_named(c, s, vm)) {
    /* "North Korea fired eight short-range ballistic missiles early this
       month, and officials in Seoul ...": a weapons launch or test is a
       show of force with no target (every gold set codes it '-') (acc1) */
    tracef(c, "  a weapons launch or test: no target");
    T.n = 0;
  }
  if (!T.n && notarget && !c->literal && (eq3(code, "010") || eq3(code, "016")) && vm->tok_end < s->ntok &&
      (c->cls[vm->tok_end - 1] & W_THAT) &&
      (c->hash[vm->tok_end] == c->h_he || c->hash[vm->tok_end] == c->h_she || tok_is(c, s, vm->tok_end, "i"))) {
    /* "Premier Ralph Klein acknowledged that he personally doesn't have a
       problem with ...": the speaker on himself, no event (accA) */
    tracef(c, "  a denial or admission about the speaker himself: no event");
    return 0;
  }
  if (T.n == 1 && !c->literal && !strncmp(p->text, "attend", 6) && S.n >= 1 &&
      (T.a[0].kind == DYAD_MK_IGO || !strncmp(T.a[0].code, "IGO", 3))) {
    /* "Speaking in Istanbul, where he attended a meeting of the Organization
       of Islamic Cooperation", "In Phnom Penh, where he was attending an
       ASEAN meeting": who attends an organisation's meeting meets where it
       is held, in the country of the city the sentence names (the gold
       writers' IRN 04 TUR, USA 04 KHM), not the organisation (fp4) */
    ensure_places(c, s);
    size_t best = s->nplaces;
    uint32_t bd = UINT32_MAX, at = c->tok[head].start;
    for (size_t q = 0; q < s->nplaces; q++) {
      uint32_t d = c->places[q].start > at ? c->places[q].start - at : at - c->places[q].start;
      if (len3(c->places[q].country) && d < bd) {
        bd = d;
        best = q;
      }
    }
    if (best < s->nplaces && strcmp(c->places[best].country, S.a[0].country)) {
      actor h;
      memset(&h, 0, sizeof h);
      copy_str(h.code, sizeof h.code, c->places[best].country);
      copy_str(h.country, sizeof h.country, c->places[best].country);
      h.start = c->places[best].start;
      h.end = c->places[best].end;
      h.person = -1;
      h.kind = DYAD_MK_COUNTRY;
      tracef(c, "  an organisation's meeting attended in %s: its country is the target", c->places[best].name);
      T.a[0] = h;
      inv = NULL;
    }
  }
  if (T.n && !c->literal && eq3(code, "128")) {
    /* "any arms deal would breach UN Security Council resolutions", "they
       violated the UN Charter": the text breached is a norm, its author no
       party to the act; with no other target, no event (but complying with
       the UN's resolutions yields to it: 083 UNO) (fp4) */
    int kept = 0;
    for (int k = 0; k < T.n; k++)
      if (!igo_text(c, s, &T.a[k])) T.a[kept++] = T.a[k];
    if (kept < T.n) {
      tracef(c, "  the target is an organisation's text (a charter, resolutions): no party");
      if (!kept) return 0;
      T.n = kept;
    }
  }
  if (!T.n) {
    for (int i = 0; i < S.n && !rc; i++) rc = emit(c, s, &S.a[i], NULL, code, head, vm, p->kind == DYAD_VK_NOUN);
    return rc;
  }
  if (pron_subj && !passive && !c->literal && !(p->flags & DYAD_VF_MOVE)) {
    /* "Southeast Asian foreign ministers said they would encourage Australia
       and New Zealand to ...", after a headline naming the pair: a pronoun
       subject is not what its own clause names as the object (a place
       travelled to is no object: "why they had come to Vostochny"), so a plural
       "they" resolved to sides that are all the targets resolved wrongly
       (vrb2) */
    int all = 1;
    for (int k = 0; k < T.n && all; k++) {
      int in = 0;
      for (int i = 0; i < S.n && !in; i++) in = same_actor(&S.a[i], &T.a[k]);
      all = in;
    }
    if (all) {
      tracef(c, "  the pronoun subject resolved to its own objects: no event");
      return 0;
    }
  }
  int nsrc = S.n; /* the subject's own sources; those after it joined "together with" the subject */
  if (!c->literal && !passive && S.n == 1 && code[0] == '0' && code[1] == '4' && len3(S.a[0].country))
    together_with(c, s, vm, &S, &T);
  for (int i = 0; i < S.n && !rc; i++)
    for (int k = 0; k < T.n && !rc; k++) {
      if (i >= nsrc) {
        /* a party joined to the subject shares its act, not the inverse
           (the target's call or hosting is told once, with the subject) */
        rc = emit(c, s, &S.a[i], &T.a[k], code, head, vm, p->kind == DYAD_VK_NOUN);
        continue;
      }
      if (!c->literal && S.n >= 2 && T.n >= 2 && len3(S.a[i].country) && !strcmp(S.a[i].country, T.a[k].country)) {
        /* "the two armies moved troops to the frontier ... both governments":
           two sides acting on two sides act each on the other, not on itself */
        tracef(c, "  two sides on two sides: not %s on itself", S.a[i].country);
        continue;
      }
      if (!c->literal && eq3(p->code, "043") && eq3(code, "043") && len3(S.a[i].country) &&
          !strcmp(S.a[i].country, T.a[k].country)) {
        /* "Protesters greet Taiwan president": a host receives a guest from
           abroad; greeting one's own is no visit */
        tracef(c, "  host and guest of one country (%s): no visit", S.a[i].country);
        continue;
      }
      size_t nev0 = c->nev;
      if (!c->literal && !inv && p->kind == DYAD_VK_NOUN && eq3(code, "040") && head >= 3 &&
          tok_is(c, s, head, "for") && c->ment_of[head - 1] && len3(T.a[k].country) &&
          strcmp(S.a[i].country, T.a[k].country) && is_person_like(&T.a[k])) {
        /* "Abe was in Seoul for talks with President Roh": a stay in the
           other side's capital for talks with it is a visit there, and
           its hosting (042, 043), besides the talks */
        int sm = (int)c->ment_of[head - 1] - 1;
        size_t b = c->ment[sm].tok_start;
        if (c->ment[sm].tok_end == head && c->ment[sm].kind == DYAD_MK_SEAT && c->mres[sm].n == 1 &&
            !strcmp(c->mres[sm].a[0].country, T.a[k].country) && b >= 2 && tok_is(c, s, b - 1, "in") &&
            (c->cls[b - 2] & W_BE)) {
          tracef(c, "  in %s, the target's capital, for the talks: a visit and its hosting too",
                 c->mres[sm].a[0].code);
          rc = emit(c, s, &S.a[i], &c->mres[sm].a[0], "042", head, vm, 1);
          if (!rc) rc = emit(c, s, &T.a[k], &S.a[i], "043", head, vm, 1);
        }
      }
      if (rc) break;
      rc = emit(c, s, &S.a[i], &T.a[k], code, head, vm, p->kind == DYAD_VK_NOUN);
      if (!rc && inv) rc = emit(c, s, &T.a[k], &S.a[i], inv, head, vm, p->kind == DYAD_VK_NOUN);
      if (!rc && !inv && !c->literal && c->nev == nev0 + 1 && eq3(c->ev[nev0].code, "040") &&
          p->kind == DYAD_VK_VERB && len3(T.a[k].country) && strcmp(S.a[i].country, T.a[k].country) &&
          is_person_like(&T.a[k]) && !(T.a[k].flags & AF_PLACE)) {
        /* "Merkel met Obama at the White House", "Lee met Xi in Beijing":
           a meeting in the other side's country is also its hosting of
           the visitor (043), as the gold writers code it */
        ensure_places(c, s);
        int placed = 0;
        for (size_t q = 0; q < s->nplaces; q++) {
          size_t t = tok_of(c, s, c->places[q].start);
          if (t < vm->tok_end || t > vm->tok_end + 12 || clause_of(c, t) != clause_of(c, head)) continue;
          placed = 1;
          if (!strcmp(c->places[q].country, T.a[k].country)) {
            tracef(c, "  met in %s, the target's country: its hosting too (043)", c->places[q].name);
            rc = emit(c, s, &T.a[k], &S.a[i], "043", head, vm, 0);
          }
          break;
        }
        for (size_t e = nev0; !placed && !rc && e-- > 0;) {
          /* "Lavrov arrived in Cairo on Sunday ... He met Sisi later in the
             day": a meeting during the source's visit to the target's
             country (told in this sentence or the one before) */
          const dyad_event *x = &c->ev[e];
          if (x->sentence + 1 < s->index) break;
          if (!eq3(x->code, "042") || strcmp(x->source_country, S.a[i].country)) continue;
          if (!strcmp(x->target_country, T.a[k].country)) {
            tracef(c, "  met during the visit to %s: its hosting too (043)", T.a[k].country);
            rc = emit(c, s, &T.a[k], &S.a[i], "043", head, vm, 0);
            break;
          }
        }
      }
      if (!rc && (p->flags & DYAD_VF_RECIP) && S.n == 1 && T.n == 1 && p->kind == DYAD_VK_NOUN &&
          c->hash[vm->tok_end - 1] == c->h_between)
        rc = emit(c, s, &T.a[k], &S.a[i], code, head, vm, p->kind == DYAD_VK_NOUN);
    }
  if (!rc && !c->literal && code[0] == '1' && code[1] == '3' && S.n == 1 && (S.a[0].country[0] || S.a[0].code[0])) {
    /* "threatened to behead him unless Japan withdraws its troops", "... if
       the British government refuses to pull out": the condition is a
       demand on the party it names (recallA); also for a group of no
       country, as al-Qaeda's (IMG, accA) */
    int k = threat_condition(c, s, vm, &S.a[0]);
    if (k >= 0) {
      tracef(c, "  the threat's condition: a demand on %s (100)", c->mres[k].a[0].code);
      rc = emit(c, s, &S.a[0], &c->mres[k].a[0], "100", head, vm, 0);
    }
  }
  (void)passive;
  return rc;
}

/* ---- statements (recallA) ------------------------------------------------- */

/* Is actor a a speaker whose words are a statement between states: a
** state, its government or forces, an IGO, a known person? */
static int speaker_like(const actor *a) {
  if (a->kind == DYAD_MK_IGO || !strncmp(a->code, "IGO", 3)) return 1;
  if (!len3(a->country)) return 0;
  const char *sec = sector_of(a);
  return !*sec || !strncmp(sec, "GOV", 3) || !strncmp(sec, "MIL", 3) || !strncmp(sec, "LEG", 3) ||
         !strncmp(sec, "JUD", 3);
}

/* The first actor of another country than the speaker's among the mentions
** starting in tokens [lo, hi), in the statement's first clause: its target
** ("Chirac said Turkey's bid ..."; not "... after a U.S. policy shift").
** A place right after the verb ("told reporters in Brussels") does not
** count. Returns the mention index or -1. */
static int statement_target(const dyad_coder *c, const sent *s, size_t lo, size_t hi, const actor *src) {
  int named = 0; /* (the first "that" before any actor opens the words: "said on Monday that") */
  for (size_t q = lo; q < hi; q++) {
    if (is_hard(c, q) || (c->cls[q] & (W_SUB | W_BUT | W_REL | W_REPORT)) || ((c->cls[q] & W_THAT) && named)) {
      hi = q;
      break;
    }
    if (c->hash[q] == c->h_as && !c->literal && q > lo && q + 1 < hi && !c->ment_of[q - 1]) {
      /* "Biden said the three countries needed to work ever more closely
         as North Korea continued to test missiles": "as X <verb>" is the
         circumstance of the words, not whom they are about */
      size_t r = q + 1;
      while (r < hi && (c->cls[r] & W_DET) && !c->ment_of[r]) r++;
      if (r < hi && c->ment_of[r] && c->ment[c->ment_of[r] - 1].tok_start == r) {
        size_t e = c->ment[c->ment_of[r] - 1].tok_end;
        if (e < hi && (SUF(c, e, S_ED) || (c->cls[e] & (W_MODAL | W_AUX | W_BE)))) {
          hi = q;
          break;
        }
      }
    }
    if (c->ment_of[q]) {
      size_t m0 = c->ment[c->ment_of[q] - 1].tok_start; /* (a place is not: "told reporters in New York that"; art2) */
      if (!(m0 > lo && (c->cls[m0 - 1] & W_LOC))) named = 1;
    }
    named |= (c->cls[q] & W_THAT) != 0;
  }
  for (size_t k = 0; k < s->nment; k++) {
    const dyad_mention *m = &c->ment[k];
    if (m->tok_start < lo) continue;
    if (m->tok_start >= hi) break;
    if (!c->mres[k].n || m->kind == DYAD_MK_PRONOUN) continue;
    const actor *a = &c->mres[k].a[0];
    if ((!a->country[0] && (c->literal || strncmp(a->code, "IMG", 3))) || !strcmp(a->country, src->country) ||
        border_ref(c, s, m))
      continue; /* (but al-Qaeda, a group of no country: "Putin said the blasts were the work of terrorists
                   linked to al-Qaeda", rec23c) */
    if ((a->flags & AF_PLACE) && m->kind == DYAD_MK_SEAT)
      continue; /* "said he had misspoken in Helsinki": a city is where words were said (but "violence in Syria"
                   names the country the words are about) */
    if (m->flags & DYAD_MF_MODIFIER) continue; /* "talks on the North Korean nuclear crisis": a topic */
    if (m->tok_start >= 2 && c->hash[m->tok_start - 1] == c->h_to &&
        (tok_is(c, s, m->tok_start - 2, "ambassador") || tok_is(c, s, m->tok_start - 2, "envoy")))
      continue; /* "Sung Kim, a former ambassador to Seoul, would serve": an office, not a target (acc1) */
    if (!strcmp(sector_of(a), "MED")) continue; /* "told reporters that ...": the press is no target (acc1) */
    if (igo_text(c, s, a)) continue; /* "said any deal would violate UN Security Council resolutions": a norm, not its author */
    if (lo > 0 && m->tok_start < lo + 4 && (c->cls[m->tok_start - 1] & W_LOC)) continue;
    return (int)k;
  }
  return -1;
}

/* The party an "if" or "unless" within a few words after threat word tw
** names as its condition's subject ("would respond more forcefully if
** Israel attacked it again"): a mention of another country than src's, or
** -1. (art2) */
static int threat_party(const dyad_coder *c, const sent *s, size_t tw, size_t hi, const actor *src) {
  if (hi > s->ntok) hi = s->ntok;
  for (size_t q = tw + 1; q < hi && q < tw + 12 && !is_hard(c, q); q++) {
    if (c->hash[q] != c->h_if && c->hash[q] != c->h_unless) continue;
    int k = q + 1 < hi && c->ment_of[q + 1] ? (int)c->ment_of[q + 1] - 1 : -1;
    if (k >= 0 && c->mres[k].n && c->ment[k].kind != DYAD_MK_PRONOUN && len3(c->mres[k].a[0].country) &&
        strcmp(c->mres[k].a[0].country, src->country))
      return k;
    return -1;
  }
  return -1;
}

/* Is mention m written in capitals ("LIBERIA: ...", a dateline, not a speaker)? */
static int statement_caps(const dyad_coder *c, const sent *s, const dyad_mention *m) {
  (void)c;
  for (uint32_t q = m->start; q < m->end; q++)
    if (s->text[q] >= 'a' && s->text[q] <= 'z') return 0;
  return 1;
}

/* An ultimatum in words [lo, hi) of speaker src: "the United States would
** close the conference if they did not settle", "we will walk out if Seoul
** does not apologize": a party of the speaker's country, a modal of will
** (not negated), its act, then "if" and a negated condition in the same
** clause. Returns the modal's token, or 0. */
static size_t ultimatum_at(const dyad_coder *c, const sent *s, size_t lo, size_t hi, const actor *src) {
  if (hi > s->ntok) hi = s->ntok;
  for (size_t q = lo + 1; q + 2 < hi; q++) {
    if ((c->hash[q] != c->h_would && c->hash[q] != c->h_will) || !c->ment_of[q - 1]) continue;
    const int m = (int)c->ment_of[q - 1] - 1;
    if (!c->mres[m].n || strcmp(c->mres[m].a[0].country, src->country) || is_neg_tok(s, c, q + 1)) continue;
    for (size_t r = q + 2; r < hi && r < q + 10; r++) {
      if (is_hard(c, r) || c->hash[r] == c->h_comma || (c->cls[r] & (W_THAT | W_REL))) break;
      if (c->hash[r] != c->h_if) continue;
      for (size_t u = r + 1; u < hi && u < r + 6; u++) {
        if (is_hard(c, u) || c->hash[u] == c->h_comma) break;
        if (is_neg_tok(s, c, u)) return q;
      }
      break;
    }
  }
  return 0;
}

/* Do the words [lo, hi) open with the speaker's own side and a modal of
** the future or a plan? 1 for "Seoul said it would review its aid to the
** North", "Canada has said Ottawa will send engineers to Haiti", "Kremlin officials
** said Putin intended to present the idea to ...": what a state says its
** own side will do is its intent (03) toward the party the plan names, not
** a statement to or about that party. -1 for a hedge ("He said Ankara might
** reconsider a deal with the EU"): what it may do is neither. 0 otherwise
** (not "must", "should", "can": an appeal or a claim; not "won't", "would
** not"; not a plan of a hostile act, 10 to 20). */
static int own_plan_words(const dyad_coder *c, const sent *s, size_t lo, size_t hi, const actor *src) {
  if (hi > s->ntok) hi = s->ntok;
  for (size_t v = 0; v < s->nvm; v++) {
    /* (not "Japan says it would impose sanctions on North Korea": a plan of
       a hostile act is no intent to cooperate) */
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
    if (pv && c->vm[v].tok_start >= lo && c->vm[v].tok_start < hi && pv->code[0] >= '1') return 0;
  }
  size_t q = lo;
  while (q < hi && !c->ment_of[q] && ((c->cls[q] & (W_TIME | W_THAT)) || tok_is(c, s, q, "on"))) q++;
  if (q >= hi || !c->ment_of[q]) return 0;
  int sm = (int)c->ment_of[q] - 1;
  if (!c->mres[sm].n || !len3(c->mres[sm].a[0].country) || strcmp(c->mres[sm].a[0].country, src->country))
    return 0;
  q = c->ment[sm].tok_end;
  while (q < hi && (c->cls[q] & W_ADV) && !is_neg_tok(s, c, q)) q++;
  if (q >= hi) return 0;
  if (c->cls[q] & W_MODAL) {
    if (c->hash[q] == c->h_must || c->hash[q] == c->h_should || tok_is(c, s, q, "can") || is_neg_tok(s, c, q) ||
        (q + 1 < hi && is_neg_tok(s, c, q + 1)))
      return 0;
    size_t r = q + 1;
    while (r < hi && (c->cls[r] & W_ADV) && !is_neg_tok(s, c, r)) r++;
    if (r < hi && (tok_is(c, s, r, "respond") || tok_is(c, s, r, "reply") || tok_is(c, s, r, "react") ||
                   tok_is(c, s, r, "answer")))
      return 0; /* ("Iran said it would respond to the European proposal": how, the words do not say) */
    return c->hash[q] == c->h_would || c->hash[q] == c->h_will || tok_is(c, s, q, "shall") || tok_is(c, s, q, "'ll")
               ? 1
               : -1;
  }
  return q + 1 < hi && c->hash[q + 1] == c->h_to &&
         (tok_is(c, s, q, "intends") || tok_is(c, s, q, "intend") || tok_is(c, s, q, "intended") ||
          tok_is(c, s, q, "plans") || tok_is(c, s, q, "planned") || tok_is(c, s, q, "wants") ||
          tok_is(c, s, q, "wanted"));
}

/* Emits the statement of speaker src about mention tk, whose words are
** tokens [lo, hi) and whose verb (or colon) is token t: 010; 020 when the
** words say what must or should be done; 111 when they judge ("says the
** tyrant is Bush", "said the war was illegal"). With 'strong', a plain
** statement (010) is none: only words that threaten, appeal or judge. */
/* "Safronkov said the strike violated international law", "Iran said the
** attack was illegal", "Noda said the visit was extremely regrettable",
** "Iraq's ambassador told the council that the sanctions were unjust": words
** that open with an act told before ("the <act>", judged_event) and go on
** to judge it (a verb of breach, or "is/was" and a word of wrong) are a
** disapproval (111) of whoever did that act: the last event of its kind
** within the story's last 12 (as for "condemned the attack"), not the
** speaker's own country's; an act a nationality owns ("the American
** action") is that nation's. Fills T and returns 1, else 0. (rec24d) */
static int judged_in_words(dyad_coder *c, const sent *s, size_t lo, size_t hi, const actor *src, group *T) {
  static const char *const WRONG[] = {"violations", "wrong", "unwarranted", "hostile"}; /* (beside judgment_word's) */
  static const char *const BREACH[] = {"violated", "violates", "violate", "breached", "breaches", "flouted",
                                       "flouts", "contravened", "contravenes", "infringed", "infringes"};
  size_t n = s->ntok, q = lo;
  if (hi > n) hi = n;
  while (q < hi && (c->cls[q] & W_THAT) && !c->ment_of[q]) q++;
  if (q + 3 >= hi || !(c->hash[q] == c->h_the || tok_is(c, s, q, "this"))) return 0;
  int owner = -1; /* "the American action", "the Canadian position": the nationality owns it */
  size_t a = q + 1;
  if (c->ment_of[a] && c->ment[c->ment_of[a] - 1].kind == DYAD_MK_ADJ &&
      !(c->ment[c->ment_of[a] - 1].flags & DYAD_MF_POSSESSIVE) && c->mres[c->ment_of[a] - 1].n == 1 &&
      len3(c->mres[c->ment_of[a] - 1].a[0].country)) {
    owner = (int)c->ment_of[a] - 1;
    a = c->ment[owner].tok_end;
  }
  int want = -1;
  size_t k = 0;
  for (; a < hi && k < 3 && !is_hard(c, a) && (c->wflag[a] & DYAD_VW_WORD) && (!c->ment_of[a] || a == q); a++, k++)
    if ((want = judged_event(c, s, a)) >= 0) break;
  if (want < 0 || ((want == 1 || want == 2) && owner < 0) || ++a >= hi)
    return 0; /* (words judged are a reply to words told before, not a deed; but "the Canadian position" is Canada's) */
  int breach = 0, be = 0, neg = 0;
  for (size_t b = 0; b < sizeof BREACH / sizeof BREACH[0] && !breach; b++) breach = tok_is(c, s, a, BREACH[b]);
  if (!breach) {
    if (a + 1 < hi && (c->cls[a] & W_MODAL) && (c->cls[a + 1] & W_BE)) a++; /* "would be" */
    if (a + 1 < hi && tok_is(c, s, a, "had") && tok_is(c, s, a + 1, "been")) a++;
    be = (c->cls[a] & W_BE) && !tok_is(c, s, a, "get") && !tok_is(c, s, a, "got") && !tok_is(c, s, a, "being");
    if (!be) return 0;
    int judged = 0;
    for (size_t r = a + 1; r < hi && r < a + 6 && !judged; r++) {
      if (is_hard(c, r) || c->hash[r] == c->h_comma || c->ment_of[r] ||
          (c->cls[r] & (W_THAT | W_REL | W_SUB | W_PREP | W_AND | W_BUT)))
        break;
      if (is_neg_tok(s, c, r)) neg = 1;
      judged = judgment_word(c, s, r) < 0; /* (the whole family, "called it <judgment>"'s) */
      for (size_t j = 0; j < sizeof WRONG / sizeof WRONG[0] && !judged; j++) judged = tok_is(c, s, r, WRONG[j]);
    }
    if (!judged || neg) return 0;
  }
  if (owner >= 0) {
    if (!strcmp(c->mres[owner].a[0].country, src->country)) return 0;
    country_target(T, c->mres[owner].a[0].country, c->mres[owner].a[0].country, 0, 0);
    return 1;
  }
  for (size_t e = c->nev; e-- > 0 && c->nev - e <= 12;) {
    const dyad_event *x = &c->ev[e];
    int xr = (x->root[0] - '0') * 10 + (x->root[1] - '0');
    if (!judged_kind(want, x) || !len3(x->source_country)) continue;
    if (want == 0 && (xr == 2 || xr == 4 || (xr == 5 && !eq3(x->code, "057")) || (xr >= 10 && xr <= 13)))
      continue; /* (a move or decision is a deed, not words or a meeting) */
    if (!strcmp(x->source_country, src->country)) continue; /* (not its own country's act) */
    country_target(T, x->source, x->source_country, 0, 0);
    return 1;
  }
  return 0;
}

/* The disapproval (111) by src that the words lo..hi of report verb t make
** when they judge an act told before (judged_in_words), unless the sentence
** already coded src's disapproval of that act's author; emit's status, 0
** when there is none. */
static int judged_emit(dyad_coder *c, sent *s, const actor *src, size_t lo, size_t hi, size_t t) {
  group J;
  J.n = 0;
  if (!judged_in_words(c, s, lo, hi, src, &J)) return 0;
  for (size_t e = c->nev; e-- > 0 && c->ev[e].sentence == s->index;)
    if (!strcmp(c->ev[e].source_country, src->country) && !strcmp(c->ev[e].target_country, J.a[0].country) &&
        c->ev[e].root[0] == '1' && c->ev[e].root[1] == '1')
      return 0;
  tracef(c, "statement: \"%.*s\": the words judge an act told before: disapproval of its author (%s)",
         (int)(c->tok[t].end - c->tok[t].start), s->text + c->tok[t].start, J.a[0].code);
  dyad_vmatch vm;
  memset(&vm, 0, sizeof vm);
  vm.tok_start = (uint32_t)t;
  vm.tok_end = (uint32_t)t + 1;
  return emit(c, s, src, &J.a[0], "111", t, &vm, 0);
}

/* A quotation mark token (straight or curly, double or single). */
static int quote_tok(const dyad_coder *c, const sent *s, size_t t) {
  size_t l = c->tok[t].end - c->tok[t].start;
  const char *w = s->text + c->tok[t].start;
  return (l == 1 && (*w == '"' || *w == '\'')) ||
         (l == 3 && (!memcmp(w, "\xe2\x80\x9c", 3) || !memcmp(w, "\xe2\x80\x9d", 3) || !memcmp(w, "\xe2\x80\x98", 3) ||
                     !memcmp(w, "\xe2\x80\x99", 3)));
}

static int statement_emit(dyad_coder *c, sent *s, const actor *src, int tk, size_t lo, size_t hi, size_t t,
                          int strong) {
  const char *code = "010";
  for (size_t v = 0; v < s->nvm; v++) {
    /* "Rwanda insisted that it would soon attack rebels inside Congo": the
       force it says it would use is a threat */
    const dyad_vpattern *pv = dyad__verbs_pattern(c->v, c->vm[v].pattern);
    size_t h0 = c->vm[v].tok_start;
    if (!pv || pv->kind != DYAD_VK_VERB || h0 < lo || h0 >= hi) continue;
    int rt = (pv->code[0] - '0') * 10 + (pv->code[1] - '0');
    if (rt < 17 || rt > 20) continue;
    for (size_t q = h0; q-- > lo && q + 4 > h0;)
      if ((c->cls[q] & W_MODAL) && !is_neg_tok(s, c, q) && !(q + 1 < h0 && is_neg_tok(s, c, q + 1)) &&
          !(q > lo && !c->ment_of[q - 1] && (c->wflag[q - 1] & DYAD_VW_WORD) && !(c->cls[q - 1] & W_PRON))) {
        /* (not "U.N. sanctions would destroy society": a thing's effect, no actor's force) */
        tracef(c, "  the words say it would use force (\"%s\"): a threat", pv->text);
        code = rt == 17 ? "137" : "138";
        break;
      }
    if (code[0] == '1') break;
  }
  size_t tw = c->literal || code[0] != '0' ? 0 : threat_words(c, s, lo, hi);
  if (tw) {
    /* "Xie Feng told him that Washington would pay the price", "Gantz said
       Israel would make Iran pay": words of retaliation are a threat (syn2) */
    tracef(c, "  the words threaten retaliation (\"%.*s\"): a threat", (int)(c->tok[tw].end - c->tok[tw].start),
           s->text + c->tok[tw].start);
    code = "130";
    /* "... that it would respond more forcefully if Israel attacked it
       again": the threat is made to the party its condition names (but a
       hearer named is the one told: "Pyongyang told Seoul that ..."; art2) */
    int k = threat_party(c, s, tw, hi, src);
    if (k >= 0 && k != tk &&
        (c->ment[tk].tok_start != t + 1 || (c->mres[tk].n == 1 && !strncmp(c->mres[tk].a[0].code, "IGO", 3)))) {
      /* (an organisation told is the forum, not the one threatened: "Iran's
         ambassador told the council that it would respond ... if Israel
         attacked it", rec22e) */
      tracef(c, "  the threat's condition names %s: the one threatened", c->mres[k].a[0].code);
      tk = k;
    }
  }
  if (!c->literal && code[0] == '0' && ultimatum_at(c, s, lo, hi, src)) {
    /* "Christopher told the delegations that the United States would close
       the conference if they did not settle": what the speaker's side would
       do unless the other acts is a threat to the one told */
    tracef(c, "  the words say what the speaker's side would do if the other did not act: a threat");
    code = "130";
  }
  for (size_t v = 0; v < s->nvm && code[0] == '0' && code[1] == '1' && !c->literal; v++) {
    /* "Iran said it would reject any proposal to halt enrichment, a step
       European Union diplomats are proposing": the act the speaker says it
       does or will do, which found no party of its own, is the statement's
       root toward the party its words name (IRN 12 EUR, not 010) */
    const verbinfo *vv = &c->vi[v];
    size_t h0 = c->vm[v].tok_start;
    if (!vv->open_code || h0 < lo || h0 >= hi || !vv->has_subj || vv->subj.n != 1 ||
        strcmp(vv->subj.a[0].country, src->country))
      continue;
    int rt = (vv->open_code[0] - '0') * 10 + (vv->open_code[1] - '0');
    if (rt < 2 || rt > 16) continue;
    /* only the words' own subject clause "(that) it would VERB": the
       speaker (or its pronoun) opens them, a modal of the future follows */
    size_t q = lo;
    while (q < h0 && !c->ment_of[q] && ((c->cls[q] & (W_TIME | W_THAT)) || tok_is(c, s, q, "on"))) q++;
    if (q >= h0 || !c->ment_of[q]) continue;
    int sm = (int)c->ment_of[q] - 1;
    if (!c->mres[sm].n || strcmp(c->mres[sm].a[0].country, src->country)) continue;
    q = c->ment[sm].tok_end;
    if (q >= h0 || !(c->cls[q] & W_MODAL) || c->hash[q] == c->h_must || c->hash[q] == c->h_should) continue;
    q++;
    while (q < h0 && (c->cls[q] & W_ADV) && !is_neg_tok(s, c, q)) q++;
    if (q != h0) continue;
    tracef(c, "  the words tell the speaker's own act (\"%s\"): its root", vv->open_code);
    code = vv->open_code;
  }
  for (size_t q = lo; q < hi && q < s->ntok && code[0] == '0'; q++) /* "India, Russia must work together ...: Putin": an appeal */
    if ((c->hash[q] == c->h_must || c->hash[q] == c->h_should) && !(q + 1 < s->ntok && is_neg_tok(s, c, q + 1)))
      code = "020"; /* (not "Americans should not travel to Haiti": advice) */
  for (size_t q = lo; q < hi && q < s->ntok && code[1] != '3'; q++)
    for (size_t k = 0; k < NJUDGE; k++)
      if (c->hash[q] == c->h_judge[k] && (k < 19 || (q > 0 && (c->cls[q - 1] & W_BE)))) {
        code = "111";
        q = hi;
        break;
      }
  for (size_t q = lo; q < hi && q < s->ntok && code[0] == '0' && !c->literal; q++) {
    /* "said the decision to move the embassy was unhelpful", "said her
       words were an insult to Islam", "the sanctions were unjust": a word of
       judgment (judgment_word's families) as the predicate after "is/was",
       past adverbs and an article, is a disapproval (rec24b) */
    if (!(c->cls[q] & W_BE)) continue;
    /* (an act judged is its doer's: "the decision by Washington", "Russia's
       position", or an act of no party named; not its victim's or a
       hearer's, "the attack on Syria was a crime", "told China that the
       strike had been a tragic mistake") */
    int doer = 1;
    for (size_t a = lo; a < q; a++) {
      if (c->ment_of[a] || judged_event(c, s, a) < 0 || (a > 0 && c->hash[a - 1] == c->h_to)) continue;
      const dyad_mention *tm = &c->ment[tk];
      int by = (tm->tok_start > a && tm->tok_start < q && tok_is(c, s, tm->tok_start - 1, "by")) ||
               (tm->tok_end <= a && tm->tok_end + 1 >= a &&
                ((tm->flags & DYAD_MF_POSSESSIVE) || tm->kind == DYAD_MK_ADJ));
      size_t v = tm->tok_start;
      int victim = v > a && v <= a + 3 && v < q &&
                   (tok_is(c, s, v - 1, "on") || tok_is(c, s, v - 1, "against") || tok_is(c, s, v - 1, "of") ||
                    tok_is(c, s, v - 1, "in") || tok_is(c, s, v - 1, "to"));
      doer = by || (!victim && v != t + 1);
      break; /* (the subject's first act) */
    }
    if (!doer) continue;
    for (size_t r = q + 1; r < hi && r < s->ntok && r < q + 4; r++) {
      if (c->ment_of[r] || is_hard(c, r) || c->hash[r] == c->h_comma || is_neg_tok(s, c, r) ||
          (c->cls[r] & (W_PREP | W_TO | W_THAT | W_REL | W_SUB | W_AND | W_BUT | W_BE | W_AUX | W_MODAL)) ||
          SUF(c, r, S_ING))
        break;
      if (judgment_word(c, s, r) < 0) {
        tracef(c, "  the words judge (\"... %.*s\"): a disapproval", (int)(c->tok[r].end - c->tok[r].start),
               s->text + c->tok[r].start);
        code = "111";
        break;
      }
    }
  }
  if (!c->literal && eq3(code, "010") && tk >= 0 && c->ment[tk].tok_end < hi) {
    /* "Lyall Grant said Russia and China had failed the Syrian people", "said
       Russia had failed to carry out a 2013 agreement", "said Moscow had
       violated the accord": the party the words name failing, breaking,
       betraying or violating is disapproved of (rec24b) */
    static const char *const WRONGED[] = {"failed", "fails", "violated", "violates", "breached", "breaches",
                                          "betrayed", "betrays", "flouted", "flouts",
                                          "reneged", "broke", "breaks", "broken",
                                          /* "said Russia had \"callously disregarded\" the families", "said
                                             Ukraine had blocked the transit routes itself": a party said to
                                             have ignored or obstructed is blamed too */
                                          "disregarded", "disregards", "ignored", "ignores", "blocked",
                                          "obstructed", "sabotaged", "undermined"};
    size_t r = c->ment[tk].tok_end;
    while (r + 1 < hi && ((c->cls[r] & W_AND) || c->hash[r] == c->h_comma) && c->ment_of[r + 1])
      r = c->ment[c->ment_of[r + 1] - 1].tok_end; /* ("Russia and China had failed") */
    size_t r0 = r;
    while (r < hi && r < r0 + 4 && !c->ment_of[r] &&
           ((c->cls[r] & (W_AUX | W_ADV)) || SUF(c, r, S_LY) || quote_tok(c, s, r)) && !is_neg_tok(s, c, r))
      r++; /* (a quotation's marks too: had "callously disregarded") */
    for (size_t k = 0; r < hi && k < sizeof WRONGED / sizeof WRONGED[0]; k++)
      if (tok_is(c, s, r, WRONGED[k])) {
        tracef(c, "  the words say the party %s: a disapproval", WRONGED[k]);
        code = "111";
        break;
      }
  }
  int plan = !c->literal && eq3(code, "010") ? own_plan_words(c, s, lo, hi, src) : 0;
  if (plan < 0) {
    tracef(c, "statement: the words tell what the speaker's own side might do: no event");
    return 0;
  }
  if (plan > 0) {
    tracef(c, "  the words tell what the speaker's own side will do: its intent");
    code = "030";
  }
  if (strong && eq3(code, "010") && !c->literal) {
    /* "Iraq's ambassador, Abdul Amir al-Anbari, told the council that the
       sanctions were unjust": words judging an act, past the hearer */
    size_t lo2 = c->ment[tk].tok_start == t + 1 ? c->ment[tk].tok_end : lo;
    group J;
    J.n = 0;
    if (judged_in_words(c, s, lo2, hi, src, &J)) return judged_emit(c, s, src, lo2, hi, t);
  }
  if (strong && eq3(code, "010")) {
    /* ("The Israeli prime minister, Ariel Sharon, yesterday said the death
       of his long-time rival, Yasser Arafat, could prove ...", agw-1403: a
       speaker named in an apposition makes no plain statement; his words
       count when they threaten, appeal or judge; art2) */
    tracef(c, "statement: a plain statement by a speaker in apposition: no event");
    return 0;
  }
  tracef(c, "statement: \"%.*s\": %s's words to or about %s (%s)", (int)(c->tok[t].end - c->tok[t].start),
         s->text + c->tok[t].start, src->code, c->mres[tk].a[0].code, code);
  tracef(c, "  source: %s (%s)", src->code, src->country);
  tracef(c, "  target: %s (%s)", c->mres[tk].a[0].code, c->mres[tk].a[0].country);
  dyad_vmatch vm;
  memset(&vm, 0, sizeof vm);
  vm.tok_start = (uint32_t)t;
  vm.tok_end = (uint32_t)t + 1;
  return emit(c, s, src, &c->mres[tk].a[0], code, t, &vm, 0);
}

/* A sentence no pattern coded whose words are a reported statement: "Chirac
** says Turkey's EU bid 'not a done deal'", "China tells Downer ...": the
** speaker makes a public statement (010) to the hearer, or about the first
** actor of another country its words name. The words before a closing
** "..., X said" count only when they judge ("should", "must", "would"):
** "a Syrian crackdown would be the best way ..., the State Department said";
** a closing "X said" after a plain report of facts ("two Americans were
** abducted ..., the ministry said") is no statement between the two. */
/* The statement whose verb is token t (said, told, insisted ...): the
** speaker, where its words are, their target; emits it. Returns the
** emission's status (0 also when there is none). */
static int statement_at(dyad_coder *c, sent *s, size_t t) {
  size_t n = s->ntok;
  uint64_t h = c->hash[t];
  {
    group S;
    S.n = 0;
    size_t lo = t + 1, hi = n; /* where the statement's words are */
    int closing = 0;
    size_t pre = skip_left_verbgroup(c, t, 0);
    while (pre > 0 && (c->cls[pre - 1] & W_TIME) && !c->ment_of[pre - 1]) pre--; /* "Machimura on Thursday said" */
    int mi = mention_at_end(c, pre);
    int appos = 0; /* the speaker is named in an apposition (or opens a clause after ", and") */
    if (mi < 0 && !c->literal && pre > 3 && c->hash[pre - 1] == c->h_comma && t + 1 < n) {
      /* "Iran's ambassador, Amir Saeid Iravani, told the council that ...",
         "One of its members, Benny Gantz, said on Sunday that ...": the
         speaker is the person an apposition names right before the verb,
         after a subject of a few words that opens the sentence (art2) */
      int am = mention_at_end(c, pre - 1);
      size_t q = am >= 0 ? c->ment[am].tok_start : 0;
      if (am >= 0 && q > 1 && q <= 7 && c->hash[q - 1] == c->h_comma && c->mres[am].n == 1 &&
          c->ment[am].kind == DYAD_MK_PERSON) {
        size_t r = 0;
        while (r < q - 1 && c->hash[r] != c->h_comma && !is_hard(c, r) && !(c->cls[r] & (W_REPORT | W_SUB | W_REL)))
          r++;
        if (r == q - 1) {
          mi = am;
          appos = 1;
        }
      }
    }
    if (mi < 0 && !appos && !c->literal && pre > 4 && c->hash[pre - 1] == c->h_comma && t + 1 < n) {
      /* "Russia's deputy ambassador, Vladimir Safronkov, said", "Iraq's
         ambassador, Abdul Amir al-Anbari, told the council": a name no
         dictionary knows in an apposition is the subject's own; the speaker
         is the subject before it, when it opens the sentence (rec24d) */
      size_t q = pre - 1, w = 0;
      while (q > 0 && w < 5 &&
             ((c->tok[q - 1].flags & DYAD_TOK_CAP) || !strncmp(s->text + c->tok[q - 1].start, "al-", 3) ||
              !strncmp(s->text + c->tok[q - 1].start, "el-", 3) || tok_is(c, s, q - 1, "bin") ||
              tok_is(c, s, q - 1, "de") || tok_is(c, s, q - 1, "van") || tok_is(c, s, q - 1, "von")) &&
             (c->wflag[q - 1] & DYAD_VW_WORD) && (!c->ment_of[q - 1] || !c->mres[c->ment_of[q - 1] - 1].n))
        q--, w++;
      int am = w && q > 2 && c->hash[q - 1] == c->h_comma ? mention_at_end(c, q - 1) : -1;
      size_t b = am >= 0 ? c->ment[am].tok_start : 0;
      while (b > 0 && (c->cls[b - 1] & W_DET) && !c->ment_of[b - 1]) b--;
      if (am >= 0 && b == 0 && c->mres[am].n == 1 && !prepositional(c, &c->ment[am], 0) &&
          (c->ment[am].kind == DYAD_MK_AGENT || c->ment[am].kind == DYAD_MK_PERSON)) {
        mi = am;
        appos = 1;
      }
    }
    if (appos) {
      S = c->mres[mi];
    } else if (t > 0 && (c->hash[t - 1] == c->h_comma || (c->tok[t - 1].flags & DYAD_TOK_QUOTE)) && t + 1 < n &&
        c->ment_of[t + 1]) {
      /* "..., said Foreign Minister Mustafa Osman Ismail" */
      mi = c->ment_of[t + 1] - 1;
      if (!c->mres[mi].n) return 0;
      S = c->mres[mi];
      lo = 0;
      hi = t;
      closing = 1;
    } else if (mi >= 0) {
      if (!c->mres[mi].n || (c->ment[mi].flags & DYAD_MF_POSSESSIVE) || prepositional(c, &c->ment[mi], 0)) return 0;
      S = c->mres[mi];
      size_t b = c->ment[mi].tok_start;
      while (b > 0 && (c->cls[b - 1] & W_DET) && !c->ment_of[b - 1]) b--;
      if (b > 0 && (c->hash[b - 1] == c->h_comma || (c->tok[b - 1].flags & DYAD_TOK_QUOTE))) {
        /* "..., the State Department said": the words come before */
        lo = 0;
        hi = b - 1;
        closing = 1;
      } else if (b > 2 && (c->cls[b - 1] & W_AND) && c->hash[b - 2] == c->h_comma && h == c->h_told && t + 1 < n &&
                 c->ment_of[t + 1] && !c->literal) {
        appos = 1; /* "..., and Christopher told the delegations that ...": a new clause's subject
                      telling a hearer; only words that threaten, appeal or judge count */
      } else if (b > 0 && !(b == 1 && (c->cls[0] & (W_BUT | W_AND)))) {
        return 0; /* not the clause's subject (but "But US says ...") */
      }
    } else {
      return 0;
    }
    if (S.n != 1 || !speaker_like(&S.a[0])) return 0;
    for (size_t q = lo; !closing && !c->literal && q + 2 < hi; q++)
      if (c->hash[q] == c->h_comma && (c->cls[q + 1] & (W_AND | W_BUT)) && c->ment_of[q + 2] &&
          c->ment[c->ment_of[q + 2] - 1].tok_start == q + 2) {
        hi = q; /* "has said it supports the South's efforts, and Seoul should coordinate ...": the words end
                   where another clause's subject starts (fp5) */
        break;
      }
    if (mi >= 0 && ((c->ment[mi].kind == DYAD_MK_PRONOUN && c->hash[c->ment[mi].tok_start] != c->h_he &&
                     c->hash[c->ment[mi].tok_start] != c->h_she) ||
                    c->ment[mi].kind == DYAD_MK_DEFINITE ||
                    (c->ment[mi].kind == DYAD_MK_AGENT && !c->ment[mi].country[0] && !c->ment[mi].code[0])))
      return 0; /* "it is reported", "a senior official says": a speaker named by no name (but "he
                   said", Powell named before) */
    if (closing) {
      int judge = 0;
      if (c->tok[0].flags & DYAD_TOK_QUOTE) return 0; /* a direct quotation: rhetoric, not a finding */
      for (size_t q = lo; q < hi && !is_hard(c, q) && !(c->cls[q] & (W_SUB | W_BUT | W_REL)); q++)
        if (c->hash[q] == c->h_should || c->hash[q] == c->h_must || c->hash[q] == c->h_would)
          judge = 1; /* (a judgment, not a plain report of facts or plans) */
      if (!judge) return 0;
    }
    if (c->judged_only) {
      /* (the sentence coded events of its own: only words judging an act) */
      if (closing) return 0;
      if ((h == c->h_told || h == c->h_tells) && t + 1 < n && c->ment_of[t + 1])
        lo = c->ment[c->ment_of[t + 1] - 1].tok_end;
      return judged_emit(c, s, &S.a[0], lo, hi, t);
    }
    int tk = -1;
    if ((h == c->h_told || h == c->h_tells) && t + 1 < n && c->ment_of[t + 1]) {
      tk = c->ment_of[t + 1] - 1; /* "China tells Downer": the hearer */
      if (!c->mres[tk].n || !c->mres[tk].a[0].country[0] || !strcmp(c->mres[tk].a[0].country, S.a[0].country) ||
          !strcmp(sector_of(&c->mres[tk].a[0]), "MED")) {
        /* (not "told reporters": the press is no hearer between states, acc1;
           "Xie Feng told him that Washington would pay the price", "Moon told
           reporters that Japan must apologize": the words start after the
           hearer, whose name does not close them before their "that"; art2) */
        if (!closing && !c->literal && lo == t + 1) lo = c->ment[tk].tok_end;
        tk = -1;
      }
    }
    if (tk < 0) tk = statement_target(c, s, lo, hi, &S.a[0]);
    if (tk < 0 && !c->literal) {
      /* "North Korea said it would retaliate if Japan joined the blockade":
         words naming no party before their condition threaten the one it
         names (art2) */
      size_t tw = threat_words(c, s, lo, hi);
      if (tw) tk = threat_party(c, s, tw, hi, &S.a[0]);
    }
    if (tk < 0 && !c->literal && !closing) return judged_emit(c, s, &S.a[0], lo, hi, t);
    if (tk < 0) return 0;
    return statement_emit(c, s, &S.a[0], tk, lo, hi, t, appos);
  }
}

/* "Foreign Minister Ahmet Davutoglu said Israel would face consequences and
** flew to New York": the words a report verb opening the sentence's first
** clause tells threaten retaliation before every event the sentence coded
** (from ev0), which came after them, from another verb phrase. Then the
** statement is coded too. (rec21b) */
static int threat_before_events(const dyad_coder *c, const sent *s, size_t ev0) {
  if (s->first_report < 0) return 0;
  size_t t = (size_t)s->first_report;
  if (c->hash[t] != c->h_said && c->hash[t] != c->h_says && c->hash[t] != c->h_told) return 0;
  size_t tw = threat_words(c, s, t + 1, s->ntok);
  if (!tw) return 0;
  size_t and_at = 0; /* the "and" of the next verb phrase, after the threat word */
  for (size_t q = tw + 1; q < s->ntok && !and_at; q++) {
    if (is_hard(c, q) || (c->cls[q] & (W_THAT | W_SUB | W_REL | W_BUT))) return 0;
    if (c->cls[q] & W_AND) and_at = q;
  }
  if (!and_at) return 0;
  for (size_t e = ev0; e < c->nev; e++)
    if (c->ev[e].verb_start <= c->tok[and_at].start) return 0;
  return 1;
}

static int code_statement(dyad_coder *c, sent *s) {
  size_t n = s->ntok;
  for (size_t t = s->first_report < 0 ? n : (size_t)s->first_report; t < n; t++) {
    if (!(c->cls[t] & W_REPORT) || c->ment_of[t] || (tok_ctx(c, s, t) & DYAD_VW_NOUNCTX)) continue;
    uint64_t h = c->hash[t];
    if (h != c->h_said && h != c->h_says && h != c->h_say && h != c->h_told && h != c->h_tells && h != c->h_added &&
        h != c->h_stated && h != c->h_reported && h != c->h_reports)
      continue; /* (a medium reporting is no speaker: speaker_like) */
    return statement_at(c, s, t);
  }
  if (c->judged_only) return 0; /* (only the common verbs of saying beside other events) */
  /* other verbs of saying right after an actor: "Iran repeated on Sunday it
     had a right ...", "bin Laden's deputy proclaimed the United States will
     be defeated", "Chirac declared Saturday that France ..." */
  for (size_t k = 0; k < s->nment; k++) {
    size_t t = c->ment[k].tok_end;
    while (t < n && (c->cls[t] & (W_TIME | W_ADV)) && !c->ment_of[t]) t++;
    if (t >= n || c->ment_of[t]) continue;
    if (!SUF(c, t, S_ED) && (s->text[c->tok[t].end - 1] | 32) != 's') continue; /* (all end in -ed or -s) */
    for (size_t w = 0; w < sizeof c->h_say2 / sizeof c->h_say2[0]; w++)
      if (c->hash[t] == c->h_say2[w]) return statement_at(c, s, t);
  }
  /* a title's "Straw: Sudan must help displaced people", "Lebanon and Syria
     have not complied with UN resolution: Annan", "... -- Japan": the name
     on one side of the colon or dash is the speaker */
  if (s->index != 0 || n < 4) return 0;
  int lead = c->ment_of[0] ? c->ment_of[0] - 1 : -1;
  if (lead >= 0 && c->ment[lead].tok_end + 2 < n && c->hash[c->ment[lead].tok_end] == c->h_colon &&
      c->mres[lead].n == 1 && speaker_like(&c->mres[lead].a[0]) && !statement_caps(c, s, &c->ment[lead]) &&
      (c->ment[lead].kind == DYAD_MK_PERSON || c->ment[lead].kind == DYAD_MK_AGENT || c->ment[lead].kind == DYAD_MK_IGO)) {
    /* (not a place as the topic: "Darfur: draft agenda adopted in Abuja") */
    size_t lo = c->ment[lead].tok_end + 1;
    int tk = statement_target(c, s, lo, n, &c->mres[lead].a[0]);
    if (tk >= 0) return statement_emit(c, s, &c->mres[lead].a[0], tk, lo, n, c->ment[lead].tok_end, 0);
    return 0;
  }
  size_t e = n;
  if (e > 2 && c->hash[e - 1] == c->h_rparen) { /* "... : Putin (AFP)" */
    while (e > 0 && c->hash[e - 1] != c->h_lparen) e--;
    if (e > 0) e--;
  }
  int last = mention_at_end(c, e);
  if (last >= 0 && c->ment[last].tok_start > 2 && c->mres[last].n == 1) {
    size_t q = c->ment[last].tok_start - 1;
    if ((c->hash[q] == c->h_colon || c->hash[q] == c->h_dash2 || c->hash[q] == c->h_mdash) &&
        speaker_like(&c->mres[last].a[0]) && !statement_caps(c, s, &c->ment[last])) {
      int tk = statement_target(c, s, 0, q, &c->mres[last].a[0]);
      if (tk >= 0) return statement_emit(c, s, &c->mres[last].a[0], tk, 0, q, q, 0);
    }
  }
  return 0;
}

static int is_terminator(const char *s, size_t len) {
  if (len > 24) return 0;
  while (len && (s[len - 1] == ' ' || s[len - 1] == ':')) len--;
  size_t i = 0;
  while (i < len && s[i] >= '0' && s[i] <= '9') i++;
  if (i > 0 && i < len && s[i] == ' ') i++;
  else i = 0;
  for (size_t k = 0; k < sizeof TERMINATORS / sizeof TERMINATORS[0]; k++) {
    size_t n = strlen(TERMINATORS[k]);
    if (len - i != n) continue;
    size_t q = 0;
    while (q < n) {
      char ch = s[i + q];
      if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
      if (ch != TERMINATORS[k][q]) break;
      q++;
    }
    if (q == n) return 1;
  }
  return 0;
}

/* Codes one sentence. Returns 1 when the document should stop here. */
/* Is 'last' or 'first' before token i an adverb ("Kim last visited Russia in
** 2023", "he first travelled to Beijing"), right after the subject, rather
** than a determiner ("the last detained men")? */
static int adv_ordinal(const dyad_coder *c, size_t i) {
  return !c->literal && i > 1 && (c->hash[i - 1] == c->h_first || c->hash[i - 1] == c->h_lastw) &&
         (c->ment_of[i - 2] || ((c->cls[i - 2] & W_PRON) && !(c->cls[i - 2] & W_DET)));
}

/* The end of an adverbial that starts at token i, or i when none starts
** there: a time ("on Tuesday", "late Saturday", "days later", "in August",
** "on Sept. 3, 2019", "later that day"), a place ("at the Kremlin", "in Hanoi": capitalised
** words after at|in) or the occasion of saying ("in a joint statement",
** "in a televised address"). A verb pattern may step over a run of
** them before "to" right after its head (DYAD_VW_ADVB, verbs.c): "agreed
** at the Kremlin on Tuesday to raise relations", "threatened in August to
** suspend its ties", as it takes "agreed to", "threatened to". (syn1) */
static size_t adverbial_end(const dyad_coder *c, const sent *s, size_t i, size_t n) {
  size_t q = i;
  uint64_t h = c->hash[i];
  int open = 0;
  if (h == c->h_later || h == c->h_earlier) /* "later that day", "earlier this week" */
    return i + 2 < n && (c->cls[i + 1] & (W_THAT | W_DET)) && ((c->cls[i + 2] & W_TIME) || c->hash[i + 2] == c->h_day)
               ? i + 3
               : i;
  if ((c->advopen_bits >> (h >> 58)) & 1)
    for (size_t k = 0; k < sizeof c->h_advopen / sizeof c->h_advopen[0] && !open; k++) open = h == c->h_advopen[k];
  if (open) q++;
  else if (!(c->cls[i] & W_TIME)) return i;
  if (q >= n) return i;
  /* a time */
  if ((c->cls[q] & W_TIME) && !(c->tok[q].flags & DYAD_TOK_NUMBER)) {
    size_t r = q;
    while (r < n && r < q + 3 && (c->cls[r] & W_TIME)) r++;
    if (r < n && (c->hash[r] == c->h_later || c->hash[r] == c->h_earlier || c->hash[r] == c->h_ago)) r++;
    if (r < n && c->hash[r] == c->h_poss) return i; /* ("Tuesday's talks") */
    return r;
  }
  if (!open) return i;
  if (c->tok[q].flags & DYAD_TOK_CAP)
    for (size_t k = 0; k < sizeof c->h_month / sizeof c->h_month[0]; k++) {
      if (c->hash[q] != c->h_month[k]) continue;
      size_t r = q + 1;
      if (r < n && c->tok[r].end == c->tok[r].start + 1 && s->text[c->tok[r].start] == '.') r++;
      if (r < n && (c->tok[r].flags & DYAD_TOK_NUMBER)) r++;
      if (r + 1 < n && c->hash[r] == c->h_comma && (c->tok[r + 1].flags & DYAD_TOK_NUMBER)) r += 2;
      return r;
    }
  /* a place: at|in (the) Capitalised words, none a person or a group */
  if (h == c->h_at || h == c->h_in) {
    size_t r = q;
    if (r < n && c->hash[r] == c->h_the) r++;
    size_t b = r;
    while (r < n && r < b + 4 && (c->tok[r].flags & DYAD_TOK_CAP) && (c->wflag[r] & DYAD_VW_WORD) &&
           !(c->cls[r] & W_TIME))
      r++;
    if (r > b) {
      for (size_t t = b; t < r; t++)
        if (c->ment_of[t]) {
          const dyad_mention *m = &c->ment[c->ment_of[t] - 1];
          if ((m->kind != DYAD_MK_SEAT && m->kind != DYAD_MK_COUNTRY) || m->tok_end > r) return i;
        }
      if (r < n && c->hash[r] == c->h_poss) return i;
      return r;
    }
  }
  /* the occasion: in a (joint|televised) statement|interview|address */
  if ((c->cls[q] & W_DET) && !c->ment_of[q]) {
    for (size_t r = q + 1; r < n && r < q + 4 && !c->ment_of[r] && (c->wflag[r] & DYAD_VW_WORD); r++)
      if ((c->occasion_bits >> (c->hash[r] >> 58)) & 1) /* (the hash first: a token that is one has its hash) */
        for (size_t k = 0; k < sizeof OCCASION_NOUN / sizeof OCCASION_NOUN[0]; k++)
          if (c->hash[r] == c->h_occasion[k] && tok_is(c, s, r, OCCASION_NOUN[k])) return r + 1;
  }
  return i;
}

/* Does a weapon noun that starts compounds stand before token i ("a rocket
** attack", "a mortar bomb", "car bombs"), i being no participle, "struck"
** or "hit"? (the filters on the hash's top bits and the six below them
** first: a common word that passes one seldom passes both) */
static inline int weapon_compound(const dyad_coder *c, size_t i) {
  return ((c->weapon_bits >> (c->hash[i - 1] >> 58)) & 1) && ((c->weapon_bits2 >> ((c->hash[i - 1] >> 52) & 63)) & 1) &&
         !c->ment_of[i - 1] && !SUF(c, i, S_ED) && !SUF(c, i, S_ING) && c->hash[i] != c->h_struck &&
         c->hash[i] != c->h_hit &&
         (c->hash[i - 1] == c->h_weapon[0] || c->hash[i - 1] == c->h_weapon[1] ||
          c->hash[i - 1] == c->h_weapon[2] || c->hash[i - 1] == c->h_weapon[3] ||
          c->hash[i - 1] == c->h_weapon[4] || c->hash[i - 1] == c->h_weapon[5] ||
          c->hash[i - 1] == c->h_weapon[6] || c->hash[i - 1] == c->h_weapon[7] ||
          c->hash[i - 1] == c->h_weapon[8]);
}

/* The noun and verb context bits (DYAD_VW_NOUNCTX, DYAD_VW_VERBCTX) of
** token i: after "a", "the", "his", "X's" a verb pattern may not start
** there, after "to", a modal, a pronoun subject a noun pattern may not.
** The sentence's tokens, classes and mentions decide it: code_sentence
** sets the bits where dyad__verbs_match reads them (at the tokens that may
** head a pattern); the coder's own readers ask tok_ctx. */
static inline __attribute__((always_inline)) unsigned ctx_bits(const dyad_coder *c, const sent *s, size_t i) {
  if (!i) return 0;
  unsigned pk = c->cls[i - 1];
  unsigned f = 0;
  if (c->ment_of[i - 1] && !c->ment_of[i] && !c->literal) { /* literal: "Eriador's death toll has risen" */
    const dyad_mention *m = &c->ment[c->ment_of[i - 1] - 1];
    if (m->tok_end == i) {
      if ((m->flags & DYAD_MF_POSSESSIVE) ||
          (m->tok_start > 0 && c->hash[m->tok_start - 1] == c->h_poss &&
           /* "Sadr's militia battled": an acting group is the head noun */
           !(m->kind == DYAD_MK_AGENT && (c->cls[m->tok_end - 1] & W_ACTN)) &&
           /* "PA's Abbas rules out interim deal": a person is the head noun (recallA) */
           !(m->kind == DYAD_MK_PERSON && !c->literal)))
        f |= DYAD_VW_NOUNCTX;
      else if (m->kind == DYAD_MK_ADJ && !(m->flags & DYAD_MF_PLURAL) &&
               !(s->headline && !c->literal && m->tok_start == 0 && m->tok_end == 1 &&
                 s->text[c->tok[i].start] >= 'A' && s->text[c->tok[i].start] <= 'Z' && !(c->tok[i].flags & DYAD_TOK_CAP)))
        f |= DYAD_VW_NOUNCTX; /* (but a headline's "Sudanese Decry UN Threat": the people) */
      else if (m->tok_start > 0 && (c->hash[m->tok_start - 1] == c->h_a || c->hash[m->tok_start - 1] == c->h_an))
        f |= DYAD_VW_NOUNCTX; /* "a Gaza City airstrike": a name as a modifier */
      else if (m->kind == DYAD_MK_AGENT && !(m->flags & DYAD_MF_PLURAL) && !(c->cls[i - 1] & W_ACTN) &&
               !m->country[0] && !m->code[0] &&
               (c->hash[m->tok_start] == c->h_a || c->hash[m->tok_start] == c->h_an ||
                (m->tok_start > 0 && (c->hash[m->tok_start - 1] == c->h_a || c->hash[m->tok_start - 1] == c->h_an ||
                                      (c->cls[m->tok_start - 1] & W_PREP)))) &&
               !(c->tok[i - 1].flags & DYAD_TOK_CAP) && !(c->tok[i].flags & DYAD_TOK_CAP) &&
               !SUF(c, i, S_ED) && !SUF(c, i, S_ING))
        f |= DYAD_VW_NOUNCTX; /* "during a general strike", "an opposition rally" */
      else if (SUF(c, i, S_ING) && !(m->flags & DYAD_MF_PLURAL) && !m->country[0] &&
               ((m->kind == DYAD_MK_AGENT && m->tok_end == m->tok_start + 1 && m->tok_start > 0 &&
                 !(c->tok[m->tok_start].flags & DYAD_TOK_CAP)) ||
                (m->kind == DYAD_MK_DEFINITE && m->tok_end == m->tok_start + 2 && (c->cls[m->tok_start] & W_DET) &&
                 !(c->tok[m->tok_start + 1].flags & DYAD_TOK_CAP))) &&
               (m->kind == DYAD_MK_DEFINITE || (c->cls[m->tok_start - 1] & W_DET) || c->hash[m->tok_start - 1] == c->h_poss ||
                (!c->ment_of[m->tok_start - 1] && (!c->cls[m->tok_start - 1] || c->cls[m->tok_start - 1] == S_LY) &&
                 (c->wflag[m->tok_start - 1] & DYAD_VW_WORD) &&
                 !(c->tok[m->tok_start - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)))))
        f |= DYAD_VW_NOUNCTX; /* "last week's deadly embassy bombing": a noun */
      else if (m->kind == DYAD_MK_AGENT && m->tok_end == m->tok_start + 1 && !m->country[0] && m->tok_start > 0 &&
               !(c->tok[m->tok_start].flags & DYAD_TOK_CAP) &&
               (c->cls[m->tok_start - 1] & (W_PREP | W_DET)) && !(c->cls[m->tok_start - 1] & W_TO) &&
               c->hash[i] == c->h_fire)
        f |= DYAD_VW_NOUNCTX; /* "killed by tank fire": a noun */
    }
  } else if (pk) { /* (the rules that need a class before, then those that need none: the same order) */
    if ((pk & W_DET) && !(c->literal && c->hash[i - 1] == c->h_poss) && !(SUF(c, i, S_ED) && adv_ordinal(c, i))) {
      f |= DYAD_VW_NOUNCTX;
    } else if ((pk & W_PREP) && !(pk & (W_TO | W_INGOK | W_SUB)) && !c->ment_of[i] && !SUF(c, i, S_ED) &&
               !SUF(c, i, S_ING) && !c->literal) {
      f |= DYAD_VW_NOUNCTX; /* "convicts three of torture", "jailed for murder" */
    } else if (weapon_compound(c, i)) {
      f |= DYAD_VW_NOUNCTX; /* "a rocket attack", "a mortar bomb", "car bombs" */
    } else if (pk & (W_TO | W_MODAL | W_PRON | W_NEG | W_AUX) ||
               ((pk & W_ADV) && !(pk & W_PREP))) {
      f |= DYAD_VW_VERBCTX;
    }
  } else {
    if (weapon_compound(c, i)) {
      f |= DYAD_VW_NOUNCTX; /* "a rocket attack", "a mortar bomb", "car bombs" */
    } else if (!c->literal && i > 1 && (c->tok[i - 1].flags & DYAD_TOK_NUMBER) && !c->ment_of[i - 1] &&
               ((c->cls[i - 2] & W_DET) ||
                (i > 2 && (c->cls[i - 3] & W_DET) && !c->ment_of[i - 2] && s->text[c->tok[i - 2].start] >= 'A' &&
                 s->text[c->tok[i - 2].start] <= 'Z'))) {
      f |= DYAD_VW_NOUNCTX; /* "the Aug. 7 attacks", "the 2003 invasion": a date between the article and
                               the noun (rec23b) */
    } else if (i > 1 && (c->cls[i - 2] & W_DET) && !c->ment_of[i - 1] &&
               (c->wflag[i - 1] & DYAD_VW_WORD) && !(c->tok[i - 1].flags & DYAD_TOK_CAP) &&
               !(c->cls[i - 1] & (S_ED | S_LY)) &&
               /* "Netanyahu's office accused Hamas": an owner's acting body is the head noun */
               !(!c->literal && c->hash[i - 2] == c->h_poss && i > 2 && c->ment_of[i - 3] && (c->cls[i - 1] & W_ACTN)) &&
               /* literal: after an article only ("X's new mayor left") */
               !(c->literal && c->hash[i - 2] != c->h_a && c->hash[i - 2] != c->h_an && c->hash[i - 2] != c->h_the)) {
      f |= DYAD_VW_NOUNCTX; /* "an air strike", "the peace talks" */
    } else if (i > 2 && !(c->cls[i - 2] & ~(unsigned)S_ING) && (c->cls[i - 3] & W_DET) &&
               !(c->cls[i - 3] & W_NEG) && !c->ment_of[i - 1] && !c->ment_of[i - 2] &&
               (c->wflag[i - 1] & DYAD_VW_WORD) && (c->wflag[i - 2] & DYAD_VW_WORD) &&
               !(c->tok[i - 1].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) &&
               !(c->tok[i - 2].flags & (DYAD_TOK_CAP | DYAD_TOK_NUMBER)) && !SUF(c, i, S_ED)) {
      f |= DYAD_VW_NOUNCTX; /* "a brief private visit", "the first formal talks" */
    } else if (!c->literal && /* literal: lit_not_verb's own test */
               !c->ment_of[i - 1] && !c->ment_of[i] && (c->wflag[i - 1] & DYAD_VW_WORD) &&
               !(c->tok[i - 1].flags & (DYAD_TOK_NUMBER | DYAD_TOK_QUOTE)) &&
               !(c->tok[i - 1].flags & DYAD_TOK_CAP) &&
               !(c->tok[i].flags & DYAD_TOK_CAP) && !SUF(c, i, S_ED) && !SUF(c, i, S_ING) &&
               c->tok[i - 1].end - c->tok[i - 1].start >= 3 &&
               (i < 2 || (!c->ment_of[i - 2] && !(c->cls[i - 2] & (W_TO | W_MODAL | W_NEG | W_AND))))) {
      f |= DYAD_VW_NOUNCTX; /* "a general strike", "stink bomb", "leg wounds", "storm hits" */
    }
  }
  if (c->hash[i] == c->h_targets && !c->literal && !c->ment_of[i] && !(c->tok[i].flags & DYAD_TOK_CAP)) {
    /* "capable of hitting targets deep inside India", "prevented Russia
       from attacking military targets": "targets" after a participle, or
       after a bare lowercase agent word, is the object noun, not the verb
       (fpx) */
    size_t q = i - 1;
    if (SUF(c, q, S_ING) && !c->ment_of[q] && (c->wflag[q] & DYAD_VW_WORD) && !(c->tok[q].flags & DYAD_TOK_CAP) &&
        !(c->cls[q] & (W_PREP | W_SUB | W_REPORT)))
      f |= DYAD_VW_NOUNCTX;
    else if (c->ment_of[q] && c->ment[c->ment_of[q] - 1].tok_start == q &&
             c->ment[c->ment_of[q] - 1].kind == DYAD_MK_AGENT && !c->ment[c->ment_of[q] - 1].country[0] &&
             !(c->tok[q].flags & DYAD_TOK_CAP) && q > 0 && !c->ment_of[q - 1])
      f |= DYAD_VW_NOUNCTX;
  }
  if (SUF(c, i, S_ED)) {
    size_t q = i;
    while (q > 0 && SUF(c, q - 1, S_LY)) q--;
    if (q > 0 && !adv_ordinal(c, q) && (((c->cls[q - 1] & (W_DET | W_PREP)) && !(c->cls[q - 1] & W_TO)) ||
                  (!c->literal && c->hash[q - 1] == c->h_as && i + 1 < s->ntok && !c->ment_of[i + 1] &&
                   (c->wflag[i + 1] & DYAD_VW_WORD) && !c->cls[i + 1]))) {
      /* "the detained men", "as jailed intifada leader Barghuti pulled out" */
      f &= (unsigned char)~DYAD_VW_VERBCTX;
      f |= DYAD_VW_NOUNCTX;
    }
  }
  if (SUF(c, i, S_ING) && !(f & DYAD_VW_VERBCTX) &&
      !(pk & (W_BE | W_INGOK)) && c->hash[i - 1] != c->h_comma &&
      !(pk & W_AND) && !(c->ment_of[i - 1] && !(f & DYAD_VW_NOUNCTX)))
    f |= DYAD_VW_NOUNCTX;
  if (!c->literal && SUF(c, i, S_ING) && i > 2 && (c->cls[i - 2] & W_DET) && SUF(c, i - 3, S_ED) &&
      (c->hash[i - 1] == c->h_resolution || c->hash[i - 1] == c->h_statement ||
       c->hash[i - 1] == c->h_letter || c->hash[i - 1] == c->h_declaration))
    f &= (unsigned char)~DYAD_VW_NOUNCTX; /* "passed a resolution calling for Iran to ...": its author's act */
  return f;
}
/* ctx_bits out of line, for the readers (code_sentence's loop inlines it) */
static unsigned ctx_flags(const dyad_coder *c, const sent *s, size_t i) { return ctx_bits(c, s, i); }

/* ctx_flags of token i for the coder's readers, which run while the
** sentence's mentions are resolved and coded: computed again, or the bits
** a token kept (VW_CTXSET) when a mention's flags, which they read, were
** about to change (resolve_mention's "they" after two states). */
static unsigned tok_ctx(const dyad_coder *c, const sent *s, size_t i) {
  if (c->wflag[i] & VW_CTXSET) return c->wflag[i] & (DYAD_VW_NOUNCTX | DYAD_VW_VERBCTX);
  return ctx_flags(c, s, i);
}

/* "Canada, Brazil, Colombia, Argentina, Peru and Chile followed, as did
** Luis Almagro", "Britain and France followed suit", "Germany did the same":
** a sentence whose own verbs code nothing and whose subject, mentions joined
** by commas and "and" from its start, "followed" (suit), "did the same" or
** "did likewise" repeats the act of the story's last sentence with an event
** (one of the two before it): each party named does that act, its first
** event's code, to its target; so does each party after ", as did" (also
** after a clause that coded an event itself: "South Korea voted in favor,
** as did Japan"). ev0: the first event of this sentence. Returns emit's
** status; *done is set when it applied. (art3) */
/* follow_suit's verb: the token of "followed" or "did" right after a mention
** (*v), the first mention after ", as did" (*asdid); s->ntok for none. A walk
** over the mentions only, so that most sentences pay a few loads. */
static inline int follow_suit_at(const dyad_coder *c, const sent *s, size_t ev0, size_t *v, size_t *asdid,
                                 size_t *vfrom) {
  *v = *asdid = s->ntok;
  *vfrom = 0;
  if (c->literal || !c->nev || s->ntok < 3 || !s->nment) return 0;
  int own = c->nev > ev0; /* the sentence's own act ("voted in favor, as did Japan") */
  if (own ? s->nment < 2 : c->ev[c->nev - 1].sentence + 2 < s->index) return 0; /* (no act to repeat) */
  for (size_t k = 0; k < s->nment; k++) {
    size_t t = c->ment[k].tok_end, b = c->ment[k].tok_start;
    /* (past an adverb or two: "Japanese aircraft soon followed", rec26a) */
    for (int a = 0; a < 2 && t + 1 < s->ntok && !c->ment_of[t] && ((c->cls[t] & W_ADV) || ly_adverb(c, s, t)); a++) t++;
    /* "Riyadh recalled its ambassador, and the Emirates soon did the same": in a sentence with
       its own act, a clause opened by "and" whose one subject repeats it (rec26a) */
    int clause = !own || (b >= 2 && (c->cls[b - 1] & W_AND) && c->hash[b - 2] == c->h_comma);
    if (*v == s->ntok && clause && t + 1 < s->ntok && c->hash[t] == c->h_followed &&
        (tok_is(c, s, t + 1, "suit") || !(c->wflag[t + 1] & DYAD_VW_WORD) || (c->cls[t + 1] & W_TIME)))
      *v = t, *vfrom = own ? b : 0;
    else if (*v == s->ntok && clause && t + 1 < s->ntok && c->hash[t] == c->h_did &&
             ((t + 2 < s->ntok && c->hash[t + 1] == c->h_the && tok_is(c, s, t + 2, "same")) ||
              tok_is(c, s, t + 1, "likewise")))
      *v = t, *vfrom = own ? b : 0;
    if (b >= 3 && c->hash[b - 1] == c->h_did && c->hash[b - 2] == c->h_as && c->hash[b - 3] == c->h_comma) {
      *asdid = b;
      break;
    }
  }
  return *v < s->ntok || (own && *asdid < s->ntok);
}

static int follow_suit(dyad_coder *c, sent *s, size_t ev0, size_t v, size_t asdid, size_t vfrom, int *done) {
  *done = 0;
  int own = c->nev > ev0;
  if (v == s->ntok && !(own && asdid < s->ntok)) return 0;
  if (v < s->ntok && own && !vfrom) return 0;
  group src;
  src.n = 0;
  if (v < s->ntok)
    for (size_t t = vfrom; t < v;) {
      int32_t mo = c->ment_of[t];
      if (mo) {
        const group *h = &c->mres[mo - 1];
        for (int x = 0; x < h->n && src.n < GMAX; x++) src.a[src.n++] = h->a[x];
        t = c->ment[mo - 1].tok_end;
      } else if (c->hash[t] == c->h_comma || (c->cls[t] & (W_AND | W_ADV)) || ly_adverb(c, s, t)) {
        t++;
      } else {
        return 0; /* not a subject of mentions alone */
      }
    }
  for (size_t t = asdid; t < s->ntok && src.n < GMAX;) {
    int32_t mo = c->ment_of[t];
    if (!mo) break;
    const group *h = &c->mres[mo - 1];
    for (int x = 0; x < h->n && src.n < GMAX; x++) src.a[src.n++] = h->a[x];
    t = c->ment[mo - 1].tok_end;
    if (t + 1 < s->ntok && (c->cls[t] & W_AND)) t++;
    else break;
  }
  if (!src.n) return 0;
  const dyad_event *x = NULL;
  if (own && vfrom) {
    x = &c->ev[c->nev - 1]; /* (the act of the clause before "and") */
    if (x->sentence != s->index) return 0;
  } else if (own) x = &c->ev[ev0];
  else
    for (size_t e = ev0; e-- > 0;) {
      if (c->ev[e].sentence + 2 < s->index) break;
      if (c->ev[e].sentence == s->index) continue;
      x = &c->ev[e]; /* (walking back: the first event of the last sentence with one) */
      while (e > 0 && c->ev[e - 1].sentence == c->ev[e].sentence) x = &c->ev[--e];
      break;
    }
  if (!x || !len3(x->source_country)) return 0;
  char code[8], tcode[64], tctry[8];
  copy_str(code, sizeof code, x->code);
  copy_str(tcode, sizeof tcode, x->target);
  copy_str(tctry, sizeof tctry, x->target_country);
  group T;
  T.n = 0;
  if (tcode[0]) country_target(&T, tcode, tctry, 0, 0);
  size_t head = v < s->ntok ? v : asdid - 1;
  dyad_vmatch vm;
  memset(&vm, 0, sizeof vm);
  vm.tok_start = (uint32_t)head;
  vm.tok_end = (uint32_t)head + 1;
  tracef(c, "  \"%.*s\": the act before (%s %s %s) repeated by each party named", (int)(c->tok[head].end - c->tok[head].start),
         s->text + c->tok[head].start, x->source, code, tcode[0] ? tcode : "-");
  *done = 1;
  int rc = 0;
  for (int i = 0; i < src.n && !rc; i++) {
    if (!len3(src.a[i].country) || (T.n && !strcmp(src.a[i].country, tctry))) continue;
    if (!strcmp(src.a[i].country, x->source_country) && !own) continue;
    rc = emit(c, s, &src.a[i], T.n ? &T.a[0] : NULL, code, head, &vm, 0);
  }
  return rc;
}

/* Can the second verb match of a headline reuse the first's nv matches
** (in c->vm), made with the word flags hwf? Yes when no flag changed; and
** when the only change is context bits (DYAD_VW_NOUNCTX, DYAD_VW_VERBCTX)
** added at tokens where no first match starts: the matcher reads those bits
** at a head only, where they only take candidates away, so a head that
** matched nothing still matches nothing, a token inside a match is never
** tried, and every head before the first changed one fares as before. */
static int headline_reuse(const dyad_coder *c, const unsigned char *hwf, size_t n, size_t nv) {
  if (!memcmp(hwf, c->wflag, n)) return 1;
  for (size_t q = 0; q < n; q++) {
    unsigned d = hwf[q] ^ c->wflag[q];
    if (!d) continue;
    if ((d & ~(unsigned)(DYAD_VW_NOUNCTX | DYAD_VW_VERBCTX)) || (hwf[q] & d)) return 0;
    for (size_t v = 0; v < nv; v++)
      if (c->vm[v].tok_start == q) return 0;
  }
  return 1;
}

static int code_sentence(dyad_coder *c, sent *s, uint32_t flags, int *rc) {
  *rc = 0;
  const char *text = s->text;
  if (is_terminator(text + s->start, s->end - s->start)) {
    tracef(c, "end of the story (\"%.*s\"): the rest is not coded",
           (int)(s->end - s->start), text + s->start);
    return 1;
  }
  size_t n = dyad_tokenize(text, s->start, s->end, c->tok, c->captok);
  if (n > c->captok) {
    if ((*rc = grow_tokens(c, n))) return 1;
    n = dyad_tokenize(text, s->start, s->end, c->tok, c->captok);
  }
  /* hyphenated pairs of states ("the joint South Korea-US exercise", "the
     Russia-Ukraine war", "U.S.-China"): two names, as "South Korea and US".
     The word becomes three tokens (so that each name's own phrase is found:
     "North Korea-China" is PRK and CHN) and its hyphen reads as "and" (below,
     after the tokens' hashes). Only hyphens before a capital are looked at. */
  size_t pair_at[8], npair = 0;
  for (const char *q = text + s->start, *qe = text + s->end; !c->literal && npair < 8 &&
                                                             (q = memchr(q, '-', (size_t)(qe - q))) != NULL;) {
    size_t off = (size_t)(q - text), lo = 0, hi = n, i, cut;
    q++;
    if (q >= qe || (unsigned)((unsigned char)*q - 'A') >= 26u || off == s->start) continue; /* (most: "-based", "--") */
    while (hi - lo > 1) { /* the last token starting at or before the hyphen */
      size_t mid = (lo + hi) / 2;
      if (c->tok[mid].start <= off) lo = mid; else hi = mid;
    }
    i = lo;
    const dyad_token *t = &c->tok[i];
    if (t->flags & DYAD_TOK_HYPHCAP) {
      if (!(cut = dyad__hyphen_pair(c->d, text + t->start, t->end - t->start,
                                    i ? text + c->tok[i - 1].start : NULL, i ? c->tok[i - 1].end - c->tok[i - 1].start : 0,
                                    i + 1 < n ? text + c->tok[i + 1].start : NULL,
                                    i + 1 < n ? c->tok[i + 1].end - c->tok[i + 1].start : 0)) ||
          t->start + cut != off)
        continue;
      dyad_token w = *t;
      if (n + 2 > c->captok && (*rc = grow_tokens(c, n + 2))) return 1;
      memmove(&c->tok[i + 3], &c->tok[i + 1], (n - i - 1) * sizeof *c->tok);
      n += 2;
      c->tok[i] = (dyad_token){w.start, w.start + (uint32_t)cut, w.flags & ~(uint32_t)DYAD_TOK_HYPHCAP};
      c->tok[i + 1] = (dyad_token){w.start + (uint32_t)cut, w.start + (uint32_t)cut + 1, DYAD_TOK_PUNCT};
      c->tok[i + 2] = (dyad_token){w.start + (uint32_t)cut + 1, w.end, DYAD_TOK_WORD | DYAD_TOK_CAP};
      pair_at[npair++] = i + 1;
    } else if (t->start == off && t->end == off + 1 && i > 0 && i + 1 < n && c->tok[i - 1].end == off &&
               c->tok[i + 1].start == off + 1 && (c->tok[i + 1].flags & DYAD_TOK_CAP) &&
               dyad__hyphen_pair(c->d, text + c->tok[i - 1].start, c->tok[i + 1].end - c->tok[i - 1].start,
                                 i > 1 ? text + c->tok[i - 2].start : NULL, i > 1 ? c->tok[i - 2].end - c->tok[i - 2].start : 0,
                                 i + 2 < n ? text + c->tok[i + 2].start : NULL,
                                 i + 2 < n ? c->tok[i + 2].end - c->tok[i + 2].start : 0)) {
      pair_at[npair++] = i; /* "U.S.-China": the abbreviation's period made three tokens already */
    }
  }
  s->ntok = n;
  size_t hwords = 0, hcaps = 0; /* words of four bytes or more after the first, capitalised ones */
  size_t last_to = 0; /* the last "to" or "for" after the first token: no adverbial run after it can end before one */
  /* a Title Case headline's verb matches and the word flags they came from:
     the second match below reuses them when no flag changed that could
     change them (headline_reuse; c->vm is not written in between) */
  unsigned char hwf[256];
  size_t hnv = (size_t)-1;
  {
    /* hash, class, suffix bits, word flags and clause number of each token
    ** (kept in locals, stored once) */
    dyad_token *const TK = c->tok;
    uint64_t *const HS = c->hash;
    unsigned *const CL = c->cls;
    unsigned char *const WF = c->wflag;
    int32_t *const MO = c->ment_of, *const CLA = c->clause;
    const int lit = c->literal;
    const uint64_t h_shell = c->h_shell;
    const unsigned nogap = lit ? 0u : (W_AND | W_BUT | W_SUB | W_REL | W_THAT);
    int32_t first_report = -1, first_hope = -1, k = 0;
    for (size_t i = 0; i < n; i++) {
      const dyad_token *t = &TK[i];
      size_t tl = t->end - t->start;
      if (i && (t->flags & DYAD_TOK_WORD) && tl >= 4) { /* for the Title Case test below */
        hwords++;
        hcaps += (t->flags & DYAD_TOK_CAP) != 0;
      }
      const char *tp = text + t->start;
      uint64_t h = (t->flags & DYAD_TOK_ALPHA) ? tok_hash_alpha(tp, tl) : tok_hash(tp, tl);
      unsigned cl = lookup_cls(c, h);
      HS[i] = h;
      if ((cl & (W_REPORT | W_HOPE)) && (first_report < 0 || first_hope < 0)) {
        if ((cl & W_REPORT) && first_report < 0) first_report = (int32_t)i;
        if ((cl & W_HOPE) && first_hope < 0) first_hope = (int32_t)i;
      }
      /* suffix bits: every one needs three bytes or more (one switch on the last) */
      if (tl > 2) {
        char b = (char)(tp[tl - 2] | 32);
        switch (tp[tl - 1] | 32) {
        case 'g':
          /* (not a time word: "On Monday evening Trump met ...", "morning" is no participle, rec26a) */
          if (tl > 3 && b == 'n' && (tp[tl - 3] | 32) == 'i' && !(cl & W_TIME)) cl |= S_ING;
          break;
        case 'd':
          if (b == 'e') cl |= S_ED;
          break;
        case 'y':
          if (b == 'l') cl |= S_LY;
          break;
        case 't':
          if ((tp[tl - 2] == '\'' && tp[tl - 3] == 'n') ||
              (tl > 5 && (unsigned char)tp[tl - 2] == 0x99 && tp[tl - 5] == 'n'))
            cl |= S_NT;
          break;
        default:
          break;
        }
      }
      unsigned char wf = (t->flags & DYAD_TOK_WORD) ? DYAD_VW_WORD : 0;
      if (cl & nogap) wf |= DYAD_VW_NOGAP; /* PETRARCH patterns span "that" clauses */
      if (!wf && tl <= 3) {
        const unsigned char *q = (const unsigned char *)tp;
        if (*q == '$' || *q == '%' || (*q == 0xE2 && q[1] == 0x82) || (*q == 0xC2 && q[1] == 0xA3))
          wf = DYAD_VW_GAPOK;
      }
      if (!wf && (t->flags & DYAD_TOK_QUOTE)) wf = DYAD_VW_GAPOK; /* threatened to "destroy" */
      WF[i] = wf;
      MO[i] = 0;
      if (hard_first((unsigned char)tp[0]) && hard_token(c, h, wf) &&
          !(lit && i > 0 && t->start == TK[i - 1].end))
        cl |= W_HARD; /* literal: "anti- Gondor" is one phrase */
      if ((cl & W_ACTN) && h == h_shell && i > 0 && (t->flags & DYAD_TOK_CAP) && !s->headline)
        cl &= ~(unsigned)W_ACTN; /* "Royal Dutch Shell": a company, no shell */
      CL[i] = cl;
      CLA[i] = k;
      if (cl & (W_HARD | W_SUB | W_REL | W_THAT | W_BUT)) k++;
      if (((cl & W_TO) || h == c->h_for) && i) last_to = i; /* ("to", "for": adverbial runs below) */
    }
    c->clause[n] = k;
    for (size_t j = 0; j < npair; j++) { /* a pair's hyphen reads as "and" */
      size_t p = pair_at[j];
      if (c->cls[p] & (W_HARD | W_SUB | W_REL | W_THAT | W_BUT))
        for (size_t q = p + 1; q <= n; q++) c->clause[q]--;
      c->hash[p] = c->h_and;
      c->cls[p] = W_AND; /* (the class of "and": no lookup, which would no longer be inlined above) */
      c->wflag[p] = DYAD_VW_WORD | ((W_AND & nogap) ? DYAD_VW_NOGAP : 0);
    }
    s->first_report = first_report;
    s->first_hope = first_hope;
  }
  /* the tokens that may head a pattern, a mask a block of 64 (the hashes and
     word bits are final here): the context bits below and every verb match
     of the sentence read them (a sentence too long for hm: the matcher
     computes its own) */
  uint64_t hm[16];
  const uint64_t *hmp = NULL;
  if (n <= 64 * (sizeof hm / sizeof *hm)) {
    for (size_t b = 0; b < n; b += 64) hm[b >> 6] = dyad__verbs_heads(c->v, c->hash + b, c->wflag + b, n - b);
    hmp = hm;
  }
  if (c->v && n >= 3 && !c->literal) {
    /* a headline in Title Case ("Bush Declares Genocide in Sudan's Darfur"):
       the words of verb patterns are verbs, not part of a name */
    if (hwords >= 2 && hcaps * 10 >= hwords * 7) {
      s->headline = 1;
      size_t nv = dyad__verbs_match_heads(c->v, c->hash, c->wflag, n, hmp, c->vm, c->capvm);
      if (nv <= c->capvm && n <= sizeof hwf) {
        memcpy(hwf, c->wflag, n);
        hnv = nv;
      }
      if (nv > c->capvm) nv = c->capvm;
      for (size_t v = 0; v < nv; v++) {
        const dyad_vpattern *p = dyad__verbs_pattern(c->v, c->vm[v].pattern);
        if (!p || p->kind != DYAD_VK_VERB || c->vm[v].tok_start == 0) continue;
        for (size_t t = c->vm[v].tok_start; t < c->vm[v].tok_end && t < n; t++)
          c->tok[t].flags &= ~(unsigned)DYAD_TOK_CAP;
      }
    }
  }
  size_t nm = dyad__find_actors(c->d, text, c->tok, n, s->date, c->ment, c->capment);
  if (nm > c->capment) {
    if ((*rc = grow_ment(c, nm))) return 1;
    nm = dyad__find_actors(c->d, text, c->tok, n, s->date, c->ment, c->capment);
  }
  if (!c->literal) { /* "the Vienna Convention": no mention of Austria's government */
    size_t o = 0;
    for (size_t k = 0; k < nm; k++)
      if (!treaty_seat(c, s, &c->ment[k])) {
        if (o != k) c->ment[o] = c->ment[k];
        o++;
      } else
        tracef(c, "  \"%.*s %.*s\": a treaty named for a city, no government", (int)(c->ment[k].end - c->ment[k].start),
               text + c->ment[k].start, (int)(c->tok[c->ment[k].tok_end].end - c->tok[c->ment[k].tok_end].start),
               text + c->tok[c->ment[k].tok_end].start);
    nm = o;
  }
  s->nment = nm;
  for (size_t k = 0; k < nm; k++) {
    for (uint32_t t = c->ment[k].tok_start; t < c->ment[k].tok_end && t < n; t++)
      c->ment_of[t] = (int32_t)(k + 1);
    dyad_mention *mk = &c->ment[k];
    if (!c->literal && mk->kind == DYAD_MK_PRONOUN && (mk->flags & DYAD_MF_POSSESSIVE) && c->hash[mk->tok_start] == c->h_her &&
        (mk->tok_end >= n || is_hard(c, mk->tok_end) || c->hash[mk->tok_end] == c->h_comma ||
         (c->cls[mk->tok_end] & (W_PREP | W_BUT | W_AND | W_TIME | W_TO | W_THAT | W_SUB))))
      mk->flags &= ~(unsigned)DYAD_MF_POSSESSIVE; /* "did not meet her but spoke with her by telephone": an object */
  }
  if (c->literal) lit_gapped_mentions(c, s, n);
  /* noun / verb contexts */
  for (size_t b = 0; b < n; b += 64) {
    /* the bits only where the matcher reads them: a head's */
    for (uint64_t m = hmp ? hmp[b >> 6] : dyad__verbs_heads(c->v, c->hash + b, c->wflag + b, n - b); m; m &= m - 1) {
      size_t i = b + (size_t)__builtin_ctzll(m);
      c->wflag[i] |= (unsigned char)ctx_bits(c, s, i);
    }
  }
  if (!c->literal)
    for (size_t i = 1; i < last_to;) {
      /* a run of adverbials before "to" (or "for"), which a verb pattern
         may step over (adverbial_end) */
      size_t e, e2;
      if (!((c->advopen_bits >> (c->hash[i] >> 58)) & 1) && !(c->cls[i] & W_TIME) && c->hash[i] != c->h_later &&
          c->hash[i] != c->h_earlier) {
        i++; /* (adverbial_end's own first test, without the call) */
        continue;
      }
      e = adverbial_end(c, s, i, n);
      if (e <= i) {
        i++;
        continue;
      }
      while (e < n && (e2 = adverbial_end(c, s, e, n)) > e) e = e2;
      /* "for" too ("called in April for", "will leave later that day for"),
         but not in reported words ("said ... the envoy had called last
         month for"), which the gold leaves to the one who says them */
      if (e < n && ((c->cls[e] & W_TO) ||
                    (c->hash[e] == c->h_for && (s->first_report < 0 || (size_t)s->first_report > i)))) {
        for (size_t q = i; q < e; q++) c->wflag[q] |= DYAD_VW_ADVB;
        c->wflag[e] |= DYAD_VW_TO;
      }
      i = e;
    }
  size_t nv;
  if (hnv != (size_t)-1 && headline_reuse(c, hwf, n, hnv))
    nv = hnv; /* the headline's matches: c->vm holds them */
  else
    nv = c->v ? dyad__verbs_match_heads(c->v, c->hash, c->wflag, n, hmp, c->vm, c->capvm) : 0;
  if (nv > c->capvm) {
    if ((*rc = grow_vm(c, nv))) return 1;
    nv = dyad__verbs_match_heads(c->v, c->hash, c->wflag, n, hmp, c->vm, c->capvm);
  }
  if (!c->literal) {
    /* a bare meeting noun ("summit", "talks": a one-word reciprocal nominal)
       is a match only after "their" (and up to two modifiers: "their first
       summit"); elsewhere it would stand in other verbs' way */
    size_t w = 0;
    for (size_t v = 0; v < nv; v++) {
      size_t t = c->vm[v].tok_start;
      const dyad_vpattern *p = c->vm[v].tok_end == t + 1 ? dyad__verbs_pattern(c->v, c->vm[v].pattern) : NULL;
      if (p && p->kind == DYAD_VK_NOUN && (p->flags & DYAD_VF_RECIP)) {
        int their = 0;
        for (size_t q = t, k = 0; q > 0 && k < 3 && !their; q--, k++) {
          if (c->hash[q - 1] == c->h_their) their = 1;
          else if (c->ment_of[q - 1] || is_hard(c, q - 1) || c->hash[q - 1] == c->h_comma || (c->tok[q - 1].flags & DYAD_TOK_CAP) ||
                   (c->cls[q - 1] & (W_PREP | W_AND | W_REL | W_SUB | W_THAT)) || c->hash[q - 1] == c->h_the ||
                   c->hash[q - 1] == c->h_a || c->hash[q - 1] == c->h_an)
            break;
        }
        int ia, ib;
        if (!their && !pair_before_noun(c, s, t, &ia, &ib)) continue;
      }
      if (w != v) c->vm[w] = c->vm[v];
      w++;
    }
    nv = w;
  }
  s->nvm = nv;
  int discard = 0, events = 0;
  for (size_t v = 0; v < nv; v++) {
    const dyad_vpattern *p = dyad__verbs_pattern(c->v, c->vm[v].pattern);
    if (p->kind == DYAD_VK_DISCARD) {
      discard = 1;
      tracef(c, "discard: %s:%u \"%s\"", p->file, p->line, p->text);
    } else if (p->kind != DYAD_VK_NULL) {
      events = 1;
    }
  }
  if (c->trace) {
    char buf[900];
    size_t o = 0;
    for (size_t i = 0; i < n && o + 40 < sizeof buf; i++)
      o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%.*s", i ? " | " : "",
                            (int)(c->tok[i].end - c->tok[i].start), text + c->tok[i].start);
    tracef(c, "sentence %u tokens: %s", s->index, buf);
  }
  /* (where it happens matters only when the sentence will be coded) */
  s->coding = events && !discard && !(flags & DYAD_SENT_QUOTE);
  /* resolve mentions in order, feeding the history */
  int first_subject = 1;
  for (size_t k = 0; k < nm; k++) {
    resolve(c, s, k, &c->mres[k]);
    if (c->ment[k].end - c->ment[k].start == 5 && c->ment[k].kind == DYAD_MK_COUNTRY && !c->literal)
      korea_is_north(c, s, k, &c->mres[k]); /* ("Korea": five bytes, a country) */
    const dyad_mention *m = &c->ment[k];
    if (c->trace) {
      static const char *const kinds[] = {"?", "country", "adjective", "seat", "igo", "person",
                                          "agent", "counterpart", "pronoun", "definite"};
      tracef(c, "  mention \"%.*s\" %s%s%s -> %s%s%s", (int)(m->end - m->start), text + m->start,
             m->kind < 10 ? kinds[m->kind] : "?", m->sector[0] ? " " : "", m->sector, c->mres[k].n ? c->mres[k].a[0].code : "(unresolved)",
             c->mres[k].n > 1 ? " + " : "", c->mres[k].n > 1 ? c->mres[k].a[1].code : "");
    }
    if (c->mres[k].n == 1 && !(m->flags & DYAD_MF_TWO)) {
      tname_note(c, s, k);
      int subj = first_subject && !prepositional(c, m, 0) && !(m->flags & DYAD_MF_POSSESSIVE);
      if (subj) {
        first_subject = 0;
        s->main_subj = (int)k;
      }
      hist_push(c, &c->mres[k].a[0], s->index, subj);
    }
  }
  if (discard || (flags & DYAD_SENT_QUOTE) || !events) {
    int done = 0;
    size_t fv, fa, ff;
    if (flags & DYAD_SENT_QUOTE) {
      tracef(c, "  inside a quotation: not coded");
    } else if (!discard && !c->literal) {
      if (follow_suit_at(c, s, c->nev, &fv, &fa, &ff)) *rc = follow_suit(c, s, c->nev, fv, fa, ff, &done);
      if (!*rc && !done) *rc = code_statement(c, s);
    }
    return *rc != 0;
  }
  size_t ev_sent = c->nev;
  for (size_t v = 0, coded_end = 0, ev0 = c->nev; v < nv; v++) {
    if (c->literal && c->nev > ev0 && c->vm[v].tok_start > coded_end && coded_end > 0 &&
        (c->cls[c->vm[v].tok_start - 1] & W_TO) && !lit_clause_break(c, coded_end, c->vm[v].tok_start)) {
      /* PETRARCH: a verb under "to" after a verb that coded an event is that
         event's complement ("abandoned efforts to stop ...") */
      tracef(c, "literal: \"%.*s\" is the infinitive complement of a coded verb: not coded",
             (int)(c->tok[c->vm[v].tok_end - 1].end - c->tok[c->vm[v].tok_start].start),
             text + c->tok[c->vm[v].tok_start].start);
      vi_clear(&c->vi[v]); /* (else a later verb sharing its subject reads a stale one) */
      continue;
    }
    if (c->literal && c->nev > ev0 && lit_subordinate(c, coded_end, c->vm[v].tok_start)) {
      /* PETRARCH: a clause under "after", "until" ... of a verb that coded an
         event belongs to that event ("restore ties ... after crowds burned
         down its embassy") */
      tracef(c, "literal: \"%.*s\" is in a subordinate clause of a coded verb: not coded",
             (int)(c->tok[c->vm[v].tok_end - 1].end - c->tok[c->vm[v].tok_start].start),
             text + c->tok[c->vm[v].tok_start].start);
      vi_clear(&c->vi[v]); /* (else a later verb sharing its subject reads a stale one) */
      continue;
    }
    size_t before = c->nev;
    if ((*rc = code_match(c, s, v))) return 1;
    if (c->nev > before) coded_end = c->vm[v].tok_end;
  }
  int done = 0;
  size_t fv, fa, ff;
  if (follow_suit_at(c, s, ev_sent, &fv, &fa, &ff) && (*rc = follow_suit(c, s, ev_sent, fv, fa, ff, &done))) return 1;
  if (!done && !c->literal && (c->nev == ev_sent || threat_before_events(c, s, ev_sent)) &&
      (*rc = code_statement(c, s)))
    return 1;
  if (!done && !c->literal && c->nev > ev_sent && s->first_report >= 0) {
    /* "Noda said the visit was extremely regrettable, and Japan postponed a
       meeting": words judging an act, beside events of their own (rec24d) */
    c->judged_only = 1;
    *rc = code_statement(c, s);
    c->judged_only = 0;
    if (*rc) return 1;
  }
  return 0;
}

int dyad_code_doc(dyad_coder *c, const dyad_doc *doc, dyad_event **events, size_t *n) {
  if (!c || !doc || !events || !n) return DYAD_EINVAL;
  *events = NULL;
  *n = 0;
  c->nev = 0;
  c->nhist = 0;
  c->ntname = 0;
  c->doc_un = 0;
  c->many_date[0] = 0;
  c->jdg_ev = 0;
  c->act_sentence = UINT32_MAX;
  c->doc_country[0] = 0;
  c->korea_north = -1;
  c->doc_place.name[0] = 0;
  if (doc->dateline && c->g) {
    /* "KABUL, Afghanistan" / "BAGHDAD (Reuters)": the city's country */
    size_t dn = strcspn(doc->dateline, ",(/");
    while (dn && doc->dateline[dn - 1] == ' ') dn--;
    dyad_place pl;
    if (dn && dyad__gazetteer_lookup(c->g, doc->dateline, dn, &pl)) {
      copy_str(c->doc_country, sizeof c->doc_country, pl.country);
      c->doc_place = pl;
      c->doc_place.start = c->doc_place.end = 0;
    }
  }
  c->hpos = 0;
  c->err[0] = 0;
  if (!doc->text || !doc->text_len) return 0;
  /* a story discard of a PETRARCH set ("+CROSSWORD PUZZLE") drops the whole
     story; the scan runs only when such a set is loaded */
  if (dyad__petrarch_story_discard(dyad__petrarch_of(c->d), doc->text, doc->text_len)) {
    tracef(c, "story discard: the document is not coded");
    c->nsents = 0;
    return 0;
  }
  /* (the sentence array is kept from one document to the next) */
  size_t ns = 0;
  int rc = dyad__split_sentences_into(doc, &c->sents, &c->capsents, &ns);
  dyad_sentence *ss = c->sents;
  c->nsents = ns;
  for (size_t i = 0; i < DMEMO; i++) c->dm_sent[i] = UINT32_MAX;
  if (rc) {
    snprintf(c->err, sizeof c->err, "%s: cannot split sentences", doc->id ? doc->id : "document");
    return rc;
  }
  const char *ddate = doc->date && doc->date[0] ? doc->date : NULL;
  c->inferred[0] = 0;
  if (!ddate && doc->dateline_day[0]) {
    /* "SEOUL, Sept. 20 (Yonhap) --" and no other date: the year a reader
       would give it, when only one fits (docyear.c) */
    char why[320];
    int east = c->doc_place.name[0] && c->doc_place.lon >= 100.0;
    if ((rc = grow_tokens(c, 256)) || (rc = grow_ment(c, 64))) {
      snprintf(c->err, sizeof c->err, "%s: out of memory", doc->id ? doc->id : "document");
      return rc;
    }
    if (dyad__infer_doc_year(c->d, doc, ss, ns, east, c->people_hz, c->tok, c->captok, c->ment, c->capment,
                             c->inferred, why, sizeof why))
      ddate = c->inferred;
    tracef(c, "document date: %s%s%s", ddate ? ddate : "none", ddate ? ", " : "; ", why);
  }
  for (size_t i = 0; i < ns; i++) {
    sent s;
    memset(&s, 0, sizeof s);
    s.doc = doc;
    s.text = doc->text;
    s.index = (uint32_t)i;
    s.start = ss[i].start;
    s.end = ss[i].end;
    s.date = ddate;
    s.main_subj = -1;
    s.title = (ss[i].flags & DYAD_SENT_HEADLINE) != 0;
    size_t ev0 = c->nev;
    int stop = code_sentence(c, &s, ss[i].flags, &rc);
    if (!stop && !rc && c->nev == ev0 && ddate && !c->literal && i + 1 < ns &&
        !(ss[i].flags & (DYAD_SENT_QUOTE | DYAD_SENT_HEADLINE)) &&
        !memchr(doc->text + ss[i].end, '\n', ss[i + 1].start > ss[i].end ? ss[i + 1].start - ss[i].end : 0))
      note_act_day(c, &s); /* (only a sentence after it in its paragraph reads it) */
    if (c->uncoded && !rc && c->nev == ev0 && !(ss[i].flags & DYAD_SENT_QUOTE)) report_uncoded(c, &s);
    if (stop) break;
  }
  if (rc) {
    snprintf(c->err, sizeof c->err, "%s: out of memory", doc->id ? doc->id : "document");
    return rc;
  }
  if (c->inferred[0])
    for (size_t i = 0; i < c->nev; i++) {
      /* a date whose year came from the inferred one, not from its words */
      dyad_event *e = &c->ev[i];
      int year_given = 0;
      for (uint32_t k = e->date_start; k + 4 <= e->date_end && !year_given; k++)
        year_given = !memcmp(doc->text + k, e->date, 4) &&
                     (k + 4 == e->date_end || doc->text[k + 4] < '0' || doc->text[k + 4] > '9');
      if (e->date[0] && !memcmp(e->date, c->inferred, 4) && !year_given)
        e->date_flags |= DYAD_DATE_YEAR_INFERRED;
    }
  if (c->nev) {
    dyad_event *out = malloc(c->nev * sizeof *out);
    if (!out) return DYAD_ENOMEM;
    memcpy(out, c->ev, c->nev * sizeof *out);
    *events = out;
    *n = c->nev;
  }
  return 0;
}
