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
} dyad_datex;

/* Scans text[start,end) for date expressions, resolving each against
** doc_date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL: then only absolute
** expressions with a year get a value; "Jan. 6" with no year and no doc date
** gets ""). Writes at most cap entries in text order; returns how many were
** found (may exceed cap). */
size_t dyad__find_dates(const char *text, size_t start, size_t end,
                        const char *doc_date, dyad_datex *out, size_t cap);

/* Parses one absolute date at the start of s[0,len) ("June 12, 2016",
** "12 June 2016", "2024-06-14", "Nov. 26, 2004", "2021-10-28 16:59 KST").
** On success writes "YYYY-MM-DD" (or "YYYY-MM" when no day is given) to out
** and returns the number of bytes consumed; returns 0 when there is none. */
size_t dyad__parse_date(const char *s, size_t len, char out[11]);

#endif
