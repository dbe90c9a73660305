/*
** verbs.h: verb patterns (verbs.c): data/verbs.txt loaded into a matcher
** that, given a sentence's tokens, finds the event verbs/nominals with their
** CAMEO codes. Internal: dict.c loads and owns it, coder.c uses it.
*/
#ifndef DYAD_VERBS_H
#define DYAD_VERBS_H

#include "dyad.h"

typedef struct dyad_verbs dyad_verbs;

/* Loads (adds) one verb-pattern file. Returns 0, or a negative DYAD_E*
** status with "file:line: message" written to err (errcap bytes). *v may be
** NULL on entry (a new set is created). A file whose base name starts with
** "discards" holds discard patterns (one pattern a line, no code). */
int dyad__verbs_load(dyad_verbs **v, const char *path, char *err,
                     size_t errcap);

/* Adds one pattern line in data/verbs.txt syntax ("042 v visit+ ; inv=043"),
** as a reader of another format (PETRARCH, TABARI) would after translating
** its own entries; `file`/`lineno` name the source for messages and for
** `dyad explain`; a line "discard PATTERN" adds a discard pattern. Codes need not
** be in the CAMEO codebook here (2-4 letters or digits: test sets use 345,
** 075A); the coder gives such events Goldstein 0 and the root's QuadClass. Call
** dyad__verbs_finish() after the last one to rebuild the
** index (dyad__verbs_load does that itself). Returns 0 or DYAD_EDICT with
** "file:line: message" in err. */
int dyad__verbs_add(dyad_verbs **v, const char *line, const char *file, unsigned lineno,
                    char *err, size_t errcap);
int dyad__verbs_finish(dyad_verbs *v);

void dyad__verbs_free(dyad_verbs *v);

/* Number of patterns loaded (for `dyad dict check`). */
size_t dyad__verbs_count(const dyad_verbs *v);

/* ---- added by engine: matching ---------------------------------------- */

/* Lower-case FNV-1a hash of a token's text; ASCII letters are folded to
** lower case and the typographic apostrophe (U+2019) counts as '. */
uint64_t dyad__token_hash(const char *s, size_t len);

/* The byte fold of that hash: ASCII upper case to lower case, every other
** byte unchanged (for inline copies of the hash in hot loops). */
extern const unsigned char dyad__fold_byte[256];

/* Pattern kinds. */
enum {
  DYAD_VK_VERB = 1,    /* a verb phrase: subject left, object right */
  DYAD_VK_NOUN,        /* a nominal event ("visit to", "talks between") */
  DYAD_VK_NULL,        /* blocks shorter patterns ("veto power") */
  DYAD_VK_DISCARD      /* a discard phrase: the sentence is not coded */
};

/* Pattern flags. */
#define DYAD_VF_RECIP 1u     /* a compound subject with no object codes
                                every pair both ways ("A and B held talks") */
#define DYAD_VF_NOTARGET 2u  /* the event may have no target ("vetoed") */
#define DYAD_VF_NEAR 4u      /* the object must follow at once (after a
                                determiner at most) */
#define DYAD_VF_PASSIVE 8u   /* the pattern is itself passive: the object
                                after it is the source ("was hit by") */
#define DYAD_VF_MOVE 16u     /* travel: "to X" gives the target */
#define DYAD_VF_NOOBJ 32u    /* what follows is a topic, not a target: only
                                a compound subject or "with X" gives one */

typedef struct dyad_vpattern {
  char code[8];          /* CAMEO code, "" for NULL / DISCARD patterns */
  char inverse[8];       /* code also coded target->source ("043"), or "" */
  int kind;              /* DYAD_VK_* */
  unsigned flags;        /* DYAD_VF_* */
  const char *text;      /* the pattern as written (owned by the set) */
  const char *file;      /* file and line it came from */
  unsigned line;
} dyad_vpattern;

#define DYAD_VW_WORD 1u
#define DYAD_VW_NOUNCTX 2u
#define DYAD_VW_VERBCTX 4u
#define DYAD_VW_GAPOK 8u    /* a non-word token a gap may cross ("$", "%") */
#define DYAD_VW_NOGAP 16u   /* a word a gap may not cross ("and", "that") */
#define DYAD_VW_ADVB 32u    /* an adverbial a verb pattern may step over right after its head
                               when "to" or "for" follows ("agreed at the Kremlin on Tuesday to",
                               "threatened in August to", "called in April for") */
#define DYAD_VW_TO 64u      /* the word "to" or "for" after an adverbial (DYAD_VW_ADVB) */

/* One match in a sentence: tokens [tok_start, tok_end); a gap ("*") skipped
** [gap_start, gap_end) (equal when none); `head` is the token of the first
** slot (the verb or noun). */
typedef struct dyad_vmatch {
  uint32_t tok_start, tok_end;
  uint32_t gap_start, gap_end;
  uint32_t pattern;      /* index for dyad__verbs_pattern() */
} dyad_vmatch;

/* Finds pattern matches over a sentence's token hashes (hash[i] =
** dyad__token_hash of token i). word[i]: bit 1 (DYAD_VW_WORD) for word
** tokens; bit 2 (DYAD_VW_NOUNCTX): a verb pattern may not start here (after
** "a", "the", "his", "X's"); bit 4 (DYAD_VW_VERBCTX): a noun pattern may not
** start here (after "to", a modal, a pronoun subject). On an equal-length
** tie a verb pattern beats a noun pattern. Longest
** match wins at each position, later-loaded patterns win ties; matches do
** not overlap and come in token order. Writes at most cap; returns how many
** were found (may exceed cap). Within a pattern, gaps are as short as
** possible and optional words are taken when present. DISCARD patterns
** are reported like others.
** No allocation. */
size_t dyad__verbs_match(const dyad_verbs *v, const uint64_t *hash,
                         const unsigned char *word, size_t ntok,
                         dyad_vmatch *out, size_t cap);

/* dyad__verbs_match with the head masks already computed: heads[k] is
** dyad__verbs_heads(v, hash + 64k, word + 64k, ntok - 64k) for each block
** of 64 tokens (the caller computes them once for its own use; NULL: the
** matcher computes them). The same matches. No allocation. */
size_t dyad__verbs_match_heads(const dyad_verbs *v, const uint64_t *hash,
                               const unsigned char *word, size_t ntok, const uint64_t *heads,
                               dyad_vmatch *out, size_t cap);

/* The tokens of hash[0, n) (n <= 64; word as for dyad__verbs_match) that
** may head a pattern, as a mask (bit k: token k): a superset of the tokens
** whose DYAD_VW_NOUNCTX and DYAD_VW_VERBCTX bits dyad__verbs_match reads
** (it reads them at a head alone), so a caller need set them only there.
** 0 for a NULL or empty set. */
uint64_t dyad__verbs_heads(const dyad_verbs *v, const uint64_t *hash, const unsigned char *word, size_t n);

/* Pattern i (0 <= i < dyad__verbs_count). Owned by the set. */
const dyad_vpattern *dyad__verbs_pattern(const dyad_verbs *v, uint32_t i);

#endif
