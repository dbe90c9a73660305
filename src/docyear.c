/*
** docyear.c: the year of a document whose only date is a wire dateline
** without one ("SEOUL, Sept. 20 (Yonhap) --"). A reader knows the year from
** the weekday the lead gives that day and from who held which office; this
** module does the same, and says nothing when more than one year fits.
*/
#include "dates.h"
#include "dict.h"
#include "dict_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MAXPEOPLE 16

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static long days_of(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* yyyymmdd of a day count. */
static int32_t ymd_of(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  return (int32_t)((y + (m <= 2)) * 10000 + m * 100 + d);
}

/* 0 Sunday .. 6 Saturday */
static int weekday_of(int y, int m, int d) {
  long z = days_of(y, m, d);
  return (int)(((z % 7) + 11) % 7); /* 1970-01-01 was a Thursday */
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int word_is(const char *text, const dyad_token *t, const char *w) {
  size_t n = strlen(w);
  return t->end - t->start == n && !strncasecmp(text + t->start, w, n);
}

/* The weekday (0 Sunday .. 6 Saturday) token t names, or -1. */
static int weekday_word(const char *text, const dyad_token *t) {
  static const char *const name[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday"};
  if (!(t->flags & DYAD_TOK_CAP)) return -1;
  for (int i = 0; i < 7; i++)
    if (word_is(text, t, name[i])) return i;
  return -1;
}

/* A word before a weekday that moves it off the dateline's day ("last
** Monday", "by Friday", "until Sunday"). */
static int shifter(const char *text, const dyad_token *t) {
  static const char *const w[] = {"last", "next", "this", "coming", "following", "by", "until",
                                  "till", "before", "since", "from", "through", "after", NULL};
  for (int i = 0; w[i]; i++)
    if (word_is(text, t, w[i])) return 1;
  return 0;
}

/* A word before a title that says the office is not held now. */
static int past_office(const char *text, const dyad_token *t) {
  static const char *const w[] = {"former", "ex", "then", "late", "outgoing", "incoming",
                                  "future", "next", "ousted", "elect", "predecessor", NULL};
  size_t n = t->end - t->start;
  for (int i = 0; w[i]; i++)
    if (word_is(text, t, w[i])) return 1;
  /* "then-President", "ex-President" are one token */
  return (n > 5 && !strncasecmp(text + t->start, "then-", 5)) ||
         (n > 3 && !strncasecmp(text + t->start, "ex-", 3)) ||
         (n > 7 && !strncasecmp(text + t->start, "former-", 7));
}

/* The latest date the people table knows of (yyyymmdd): an open term is
** known to run to there, no further (dict.h). */
int32_t dyad__people_horizon(const dyad_dict *d) {
  int32_t h = 0;
  for (size_t i = 0; i < d->nterm; i++) {
    if (d->terms[i].from > h && d->terms[i].from != 99999999) h = d->terms[i].from;
    if (d->terms[i].to > h && d->terms[i].to != 99999999) h = d->terms[i].to;
  }
  return h;
}

/* Did `person` hold `role` at some day of [lo, hi] (yyyymmdd)? */
static int held(const dyad_dict *d, uint32_t person, int role, int32_t lo, int32_t hi,
                int32_t hz) {
  for (uint32_t k = d->persons[person].term; k; k = d->terms[k - 1].next) {
    const dyad__term *t = &d->terms[k - 1];
    int32_t to = t->to == 99999999 ? hz : t->to;
    if (t->role == role && t->from <= hi && to >= lo) return 1;
  }
  return 0;
}

/* A year written as a past baseline: "since 2019", "the 2015 agreement".
** Returns the largest such year in the sentence, or 0. */
static int past_year(const char *text, const dyad_token *tok, size_t n) {
  static const char *const noun[] = {"agreement", "deal", "accord", "accords", "summit",
                                     "declaration", "treaty", "war", "election", "elections",
                                     "invasion", "attack", "attacks", "ceasefire", "truce",
                                     "talks", "crisis", "coup", "pact", NULL};
  int best = 0;
  for (size_t i = 1; i < n; i++) {
    const dyad_token *t = &tok[i];
    if (t->end - t->start != 4 || !(t->flags & DYAD_TOK_NUMBER)) continue;
    int y = 0;
    for (uint32_t k = t->start; k < t->end; k++) {
      if (text[k] < '0' || text[k] > '9') { y = 0; break; }
      y = y * 10 + (text[k] - '0');
    }
    if (y < 1900 || y > 2099) continue;
    int ok = word_is(text, &tok[i - 1], "since");
    if (!ok && word_is(text, &tok[i - 1], "the"))
      for (size_t j = i + 1; j < n && j <= i + 3 && !ok; j++)
        for (int q = 0; noun[q] && !ok; q++) ok = word_is(text, &tok[j], noun[q]);
    if (ok && y > best) best = y;
  }
  return best;
}

int dyad__infer_doc_year(const dyad_dict *d, const dyad_doc *doc, const dyad_sentence *ss,
                         size_t ns, int east, int32_t hz, dyad_token *tok, size_t captok,
                         dyad_mention *men, size_t capmen, char out[11], char *why, size_t whycap) {
  static const char *const mon[] = {"Jan.", "Feb.", "March", "April", "May", "June",
                                    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
  static const char *const wname[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                      "Thursday", "Friday", "Saturday"};
  const char *text = doc->text;
  const char *md = doc->dateline_day;
  int m, day, wd = -1;
  struct { uint32_t person; int role; } who[MAXPEOPLE];
  size_t nwho = 0;
  int floor_year = 0;
  why[0] = 0;
  if (!d || !text || strlen(md) != 5) return 0;
  m = (md[0] - '0') * 10 + (md[1] - '0');
  day = (md[3] - '0') * 10 + (md[4] - '0');
  if (m < 1 || m > 12 || day < 1 || day > 31) return 0;

  for (size_t i = 0; i < ns; i++) {
    size_t nt = dyad_tokenize(text, ss[i].start, ss[i].end, tok, captok);
    if (nt > captok) nt = captok;
    if (wd < 0 && !(ss[i].flags & DYAD_SENT_HEADLINE)) {
      /* the lead: its first weekday, unless "last" or "by" moves it */
      for (size_t k = 0; k < nt && wd < 0; k++) {
        int w = weekday_word(text, &tok[k]);
        if (w >= 0 && !(k > 0 && shifter(text, &tok[k - 1]))) wd = w;
      }
      if (wd < 0) {
        snprintf(why, whycap, "no year inferred for the dateline's %s %d: no weekday in the lead",
                 mon[m - 1], day);
        return 0;
      }
    }
    int py = past_year(text, tok, nt);
    if (py > floor_year) floor_year = py;
    size_t nm = dyad__find_actors(d, text, tok, nt, NULL, men, capmen);
    if (nm > capmen) nm = capmen;
    for (size_t k = 0; k < nm; k++) {
      const dyad_mention *x = &men[k];
      if (x->person < 0 || !(x->flags & DYAD_MF_TITLED)) continue;
      if (x->tok_start > 0 && past_office(text, &tok[x->tok_start - 1])) continue;
      size_t q = 0;
      while (q < nwho && !(who[q].person == (uint32_t)x->person && who[q].role == x->role)) q++;
      if (q == nwho && nwho < MAXPEOPLE) {
        who[nwho].person = (uint32_t)x->person;
        who[nwho].role = x->role;
        nwho++;
      }
    }
  }
  if (wd < 0) return 0;

  /* The lead's weekday is the dateline's day; from a city far east of
     Greenwich also the day before ("SEOUL, May 9 -- Trump said Tuesday":
     Washington's Tuesday is Seoul's Wednesday). */
  int first = 1900, last = hz / 10000, found = 0, year = 0;
  char fit[64] = "";
  size_t fl = 0;
  if (floor_year > first) first = floor_year;
  for (int y = first; y <= last; y++) {
    if (m == 2 && day == 29 && !leap(y)) continue;
    if (day > 30 && (m == 4 || m == 6 || m == 9 || m == 11)) continue;
    if (m == 2 && day > 29) continue;
    int w = weekday_of(y, m, day);
    if (w != wd && !(east && w == (wd + 1) % 7)) continue;
    long z = days_of(y, m, day);
    int32_t hi = ymd_of(z), lo = ymd_of(z - 7);
    if (hi > hz) continue;
    int ok = 1;
    for (size_t q = 0; q < nwho && ok; q++) ok = held(d, who[q].person, who[q].role, lo, hi, hz);
    if (!ok) continue;
    found++;
    year = y;
    if (fl + 6 < sizeof fit) fl += (size_t)snprintf(fit + fl, sizeof fit - fl, "%s%d", fl ? ", " : "", y);
  }
  if (found != 1) {
    snprintf(why, whycap, "no year inferred for the dateline's %s %d with the lead's %s%s: %s",
             mon[m - 1], day, wname[wd], nwho ? " and the offices named" : "",
             found ? fit : "no year fits");
    return 0;
  }
  char buf[32];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m, day);
  memcpy(out, buf, 11);
  out[10] = 0;
  size_t wl = (size_t)snprintf(why, whycap,
                               "year %d inferred: the dateline's %s %d with the lead's %s%s", year,
                               mon[m - 1], day, wname[wd],
                               weekday_of(year, m, day) == wd ? "" : " (the day before)");
  for (size_t q = 0; q < nwho && wl < whycap; q++)
    wl += (size_t)snprintf(why + wl, whycap - wl, "%s%s", q ? ", " : "; in office: ",
                           dyad__person_name(d, (int32_t)who[q].person));
  if (floor_year && wl < whycap)
    snprintf(why + wl, whycap - wl, "; not before %d (the text's)", floor_year);
  return 1;
}
