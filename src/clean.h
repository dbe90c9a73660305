/*
** clean.h: turning raw news text into a cleaned dyad_doc (clean.c), and the
** HTML text extractor that feeds it (html.c). Internal to libdyad.
**
** The cleaner works in two passes over the input, neither allocating per
** character: (1) a byte pass that validates UTF-8 (invalid bytes become
** U+FFFD and are counted), decodes HTML entities and the AG-news residue
** ("#39;", " quot;", "&lt;b&gt;...&lt;/b&gt;"), maps non-breaking and other
** odd spaces to ' ' and joins "\\\n" continuations; then NFC (utf8proc) only
** when a code point could change under it; (2) a line pass that drops
** boilerplate, reads the date from "Published :" / "Posted on :" lines,
** finds the headline and the wire dateline/credit, and joins the lines into
** paragraphs separated by "\n\n".
*/
#ifndef DYAD_CLEAN_H
#define DYAD_CLEAN_H

#include "dyad.h"

#include <stddef.h>

/* A growable byte buffer. On allocation failure `oom` is set and further
** appends are ignored; the caller checks oom once at the end. */
typedef struct dyad__buf {
  char *p;
  size_t len, cap;
  int oom;
} dyad__buf;

/* Makes room for `extra` more bytes (plus a NUL). Returns 0 or -1 (oom). */
int dyad__buf_reserve(dyad__buf *b, size_t extra);
void dyad__buf_put(dyad__buf *b, const char *s, size_t n);
void dyad__buf_putc(dyad__buf *b, char c);
/* Releases the buffer's memory and zeroes it. */
void dyad__buf_free(dyad__buf *b);

/* What the cleaner is given. */
typedef struct dyad__raw {
  const char *id;         /* document id (copied into the doc) */
  const char *path;       /* origin or NULL (copied) */
  const char *title;      /* metadata/HTML title or NULL; cleaned too */
  size_t title_len;
  const char *body;       /* raw body text */
  size_t body_len;
  int blocks;             /* 1: body comes from HTML, one block per line:
                             every newline is a paragraph break and no
                             headline is guessed from the first line */
  size_t reserve;         /* bytes to keep free in the document's block for
                             dyad__doc_set (0: none) */
  const char *page_date;  /* "YYYY-MM-DD" from the page's metadata or NULL:
                             ranks with a labelled header date */
} dyad__raw;

/* Working buffers of the cleaner, kept from one document to the next by a
** caller that cleans many (the reader), so that a document costs one
** allocation (its block) instead of a dozen. Zero-initialise; release with
** dyad__clean_scratch_free. */
typedef struct dyad__clean_scratch {
  dyad__buf t, ob, title, src; /* pass-1 text, output text, title, title credit */
  void *lines;                 /* the line array */
  size_t lines_cap;
} dyad__clean_scratch;

void dyad__clean_scratch_free(dyad__clean_scratch *s);

/* Cleans `raw` into a new document (*out, freed with dyad_doc_free). Sets
** id, path, title, text, text_len, title_end, dateline, source (wire
** credit), date/date_origin ("text" from the body, else "option" from
** opt->default_date). Returns 0 or DYAD_ENOMEM. */
int dyad__clean_doc(const dyad__raw *raw, const dyad_read_options *opt,
                    dyad_doc **out);

/* As dyad__clean_doc, with the working buffers of `scratch` (NULL: its
** own, released before it returns). The document is one block: the struct
** and its strings; dyad_doc_free releases it (and any string that
** dyad__doc_set had to allocate on its own). */
int dyad__clean_doc_ex(const dyad__raw *raw, const dyad_read_options *opt,
                       dyad__clean_scratch *scratch, dyad_doc **out);

/* Sets *field (a string field of doc) to a copy of s[0,n), or to NULL when
** s is NULL: in the document's block while it has room (raw->reserve),
** else in its own allocation. The previous value is released if it was an
** allocation of its own. Returns 0 or DYAD_ENOMEM (*field unchanged). */
int dyad__doc_set(dyad_doc *doc, char **field, const char *s, size_t n);

/* Allocates an empty document (all fields NULL/0); free with
** dyad_doc_free. NULL when out of memory. */
dyad_doc *dyad__doc_alloc(void);

/* Number of invalid UTF-8 bytes the cleaner replaced by U+FFFD in `doc`
** (0 for a document not made by the cleaner). */
size_t dyad__doc_invalid_bytes(const dyad_doc *doc);

/* Extracts the title and block text of an HTML document (html.c): title
** from the first <h1>, else <title>; one block (p, div, li, h1-h6, td, ...,
** and each <br>) per line of `body`; script, style, nav, footer, aside, form
** and the like are skipped. Walks the tree iteratively (any nesting depth).
** Appends to the caller's buffers. Writes the page's machine-readable
** publication date (<meta property="article:published_time">, itemprop=
** "datePublished", <time pubdate datetime>, ...) as "YYYY-MM-DD" to date,
** "" when it has none. Returns 0, DYAD_ENOMEM, or DYAD_EFORMAT when gumbo
** cannot parse the bytes at all. */
int dyad__html_extract(const char *html, size_t len, dyad__buf *title,
                       dyad__buf *body, char date[11]);

#endif
