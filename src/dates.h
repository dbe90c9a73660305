/*
** dates.h: finding and resolving date expressions (dates.c). Absolute
** ("June 12, 2016", "2024-06-14", "Jan. 6", "in March 2022") and relative
** ones ("on Monday", "Sunday afternoon", "last September", "late last month",
** "since 2022") resolved against a document date. Internal; no allocation.
*/
#ifndef DYAD_DATES_H
#define DYAD_DATES_H

#include <stddef.h>
#include <stdint.h>

typedef struct dyad_datex {
  uint32_t start, end;  /* byte span of the expression in the text */
  char value[11];       /* resolved "YYYY-MM-DD", "YYYY-MM" or "YYYY";
                           "" when it cannot be resolved (relative, and no
                           document date) */
  int relative;         /* 1 when resolved against the document date */
  /* Added by the dates owner (fields after `relative`; the ones above are
  ** unchanged). Expressions whose reading depends on tense ("on Monday",
  ** "in March", "June 5" without a year, "in the autumn") carry both:
  ** value_past is the most recent such day/month on or before the document
  ** date, value_future the first on or after it (both equal, and equal to
  ** value, for everything else: "last Friday", "next week", "June 12, 2016").
  ** `value` is one of the two, chosen as described at dyad__find_dates_ex;
  ** `future` says which (1: value == value_future). */
  char value_past[11];
  char value_future[11];
  uint8_t future;       /* 1 when `value` is the future reading, and for
                           expressions after the document date by their
                           words ("next week", "tomorrow", "March next
                           year", "in the coming days") */
  uint8_t precision;    /* of value: 3 day, 2 month, 1 year, 0 none */
  uint8_t tense_dependent; /* 1 when value_past and value_future may differ */
  /* Anaphoric expressions ("the previous day", "a day earlier", "two days
  ** later", "the following week", "that day") count from a date the story
  ** gave before, which the caller knows: anaphor is 1, and the date is that
  ** one moved by `shift` units of `unit` (0 day, 1 week, 2 month, 3 year;
  ** see dyad__date_anaphor). `value` (and value_past/value_future) hold the
  ** stand-in reading from the document date ("the previous day" = the day
  ** before it). anaphor is 2 for "N days after" / "N weeks before" + a clause
** or noun ("a day after Seoul suspended the pact"): it dates what follows,
** N units before (after) the date the sentence or story gives. */
  uint8_t anaphor;
  uint8_t unit;
  int16_t shift;
  /* anaphor is 3 for "N units after/before" + a noun phrase that ends the
  ** clause ("two days after the summit, ...", "the day before the vote"):
  ** the clause's date is N units after (before) that of the event the
  ** phrase names: a date inside the phrase, else the story's last one
  ** (with neither, value is the document date). */
  /* anaphor is 4 for "on the day (evening, morning, night) of" / "on the eve
  ** of" + "the" or "that" + a noun ("on the evening of the shootdown"): the
  ** day (shift 0; -1 for "eve") of the act the noun names when the story
  ** told one before, else no date of its own (value ""). */
  /* vague is 1 for an expression that places an event in time without a
  ** date a value can hold ("in the 1990s", "decades ago", "several years
  ** ago", "in recent years"): value "", precision 0, and the event takes
  ** no date (not the document's). */
  uint8_t vague;
} dyad_datex;

/* Resolves the anaphoric x against ref ("YYYY-MM-DD", "YYYY-MM" or "YYYY":
** the date the story gave last): ref moved by x->shift units, at the
** coarser of ref's precision and the unit's (a day for days, the month for
** weeks and months, the year for years). Writes out and returns 1; 0 (out
** "") when ref is no date or x is not anaphoric. */
int dyad__date_anaphor(const dyad_datex *x, const char *ref, char out[11]);

/* Flags for dyad__find_dates_ex. */
#define DYAD_DATES_PAST 0u        /* value = value_past always */
#define DYAD_DATES_FUTURE 1u      /* value = value_future always */
#define DYAD_DATES_AUTO_TENSE 2u  /* value chosen per expression, within
                                     text[start,end) (pass a sentence):
                                     1. the nearest verb up to six words
                                     before (else after) it: a past form
                                     ("said", "met", "completed") -> past, a
                                     future cue ("will", "would", "shall",
                                     "scheduled", "plans") -> future;
                                     2. else a future cue anywhere in its
                                     clause ("will", "'ll", "is set to",
                                     "is expected to", "is due to",
                                     "upcoming", "ahead of", "next") ->
                                     future; 3. else a month, or month+day,
                                     without a year: the reading nearer the
                                     doc date ("Oct. 9", "before November"
                                     in an August story: this year's);
                                     anything else (weekdays, seasons):
                                     past */

/* As dyad__find_dates, with the tense policy in flags. dyad__find_dates is
** dyad__find_dates_ex(..., DYAD_DATES_AUTO_TENSE, ...). Spans exclude a
** leading plain preposition ("on", "in", "since", "by", "until", "through",
** "during", "from") but include modifiers ("last", "next", "late", "early",
** "mid-", "earlier this", "four years ago"). Resolution, doc date D:
**   weekday ("Monday", "Sunday afternoon"): past = D-0..6 days, future =
**     D+0..6; "last Friday" strictly before D, "next Monday" strictly after;
**   today / yesterday / tomorrow / tonight: D, D-1, D+1 (day);
**   last / this / next week: YYYY-MM of D-7 / D / D+7;
**   last / this / next month, "late last month", "earlier this month": YYYY-MM;
**   last / this / next year, "early next year", "four years ago": YYYY;
**   "N days ago" day, "N weeks/months ago" month, "N years ago" year
**     ("a decade ago": ten years); "a few days ago", "in recent days", "in
**     the coming days/weeks": the month; "several years ago", "decades
**     ago", "in recent years", "in the 1990s": vague (no value);
**   "Tuesday last week", "Monday of next week": that day of that week;
**     "the 3rd of last month"; "the end of the month", "the start of the
**     year": the doc's month / year;
**   "in March": past = latest March <= D's month, future = first >= it;
**   "last September": latest strictly before D's month; "March next year";
**   "June 5" / "Jan. 6": past = latest on or before D, future = first on or
**     after (YYYY-MM-DD);
**   seasons: "the spring and summer of 2023" -> 2023; "in the autumn" ->
**     year of the latest (past) / next (future) autumn;
**   absolute: "June 12, 2024", "12 June 2024", "2024-06-14" day;
**     "September 1990", "late February 2022" month; "since 2022", "in 2013",
**     "mid-2023" year (bare years only after a preposition or modifier and in
**     1800..2100; never "Resolution 2270", "155 mm", "$51.9 billion").
** Relative values are cut to D's precision (D = "2016-06": "on Monday" ->
** "2016-06"). With no (or an unparsable) doc date relative ones get "" and
** precision 0. Invalid days ("February 30") are not dates. */
size_t dyad__find_dates_ex(const char *text, size_t start, size_t end,
                           const char *doc_date, unsigned flags,
                           dyad_datex *out, size_t cap);

/* 1 when text[start,end) contains a future cue (the list above). */
int dyad__future_cue(const char *text, size_t start, size_t end);

/* Scans text[start,end) for date expressions, resolving each against
** doc_date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL: then only absolute
** expressions with a year get a value; "Jan. 6" with no year and no doc date
** gets ""). Writes at most cap entries in text order; returns how many were
** found (may exceed cap). */
size_t dyad__find_dates(const char *text, size_t start, size_t end,
                        const char *doc_date, dyad_datex *out, size_t cap);

/* The start words of date expressions as a set of token hashes, for
** dyad__find_dates_tok: hash is the caller's (dyad__token_hash: case
** folded). */
#define DYAD_DATE_SET 256
void dyad__date_set_init(uint64_t set[DYAD_DATE_SET], uint64_t (*hash)(const char *, size_t));

/* As dyad__find_dates, for a sentence the caller has tokenised
** (dyad_tokenize over text[start,end): tok[0,ntok), in order, hash[j] the
** hash of token j as dyad__date_set_init's function gives it): the same
** expressions, found by scanning only the tokens that may start one. */
typedef struct dyad_token dyad_token;
size_t dyad__find_dates_tok(const char *text, size_t start, size_t end, const dyad_token *tok,
                            const uint64_t *hash, size_t ntok, const uint64_t *set,
                            const char *doc_date, dyad_datex *out, size_t cap);

/* Parses one absolute date at the start of s[0,len) ("June 12, 2016",
** "12 June 2016", "2024-06-14", "Nov. 26, 2004", "2021-10-28 16:59 KST").
** On success writes "YYYY-MM-DD" (or "YYYY-MM" when no day is given) to out
** and returns the number of bytes consumed; returns 0 when there is none. */
size_t dyad__parse_date(const char *s, size_t len, char out[11]);

#endif
