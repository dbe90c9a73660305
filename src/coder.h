/*
** coder.h: internal hooks of the event coder (coder.c) for `dyad explain`
** and `dyad unknown` (cli/cmd_code.c). The default path never calls them.
*/
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "dyad.h"

/* Receives one human-readable line (no newline) about how a sentence was
** coded: tokens, mentions, the pattern that fired, source/target choices,
** the date. `line` is valid only during the call. */
typedef void (*dyad__trace_fn)(void *ud, const char *line);

/* Receives a capitalised phrase text[0,len) found in an actor position
** (subject or object of an event verb) that no dictionary entry covers. */
typedef void (*dyad__unknown_fn)(void *ud, const char *s, size_t len);

/* Sets (or clears, with NULL) the hooks; they stay until changed. */
void dyad__coder_set_trace(dyad_coder *c, dyad__trace_fn fn, void *ud);
void dyad__coder_set_unknown(dyad_coder *c, dyad__unknown_fn fn, void *ud);

/* Literal mode (for other dictionary sets' test suites, e.g. PETRARCH's):
** patterns fire with their own codes: no negation or modality rewriting
** (no 036 for "will meet"), no 041/044/183/051 refinements. Off by default. */
void dyad__coder_set_literal(dyad_coder *c, int on);

/* The sentences of the document last given to dyad_code_doc (owned by the
** coder, valid until its next call); *n of them. Saves callers a second
** split when they print sentence texts. */
const dyad_sentence *dyad__coder_sentences(const dyad_coder *c, size_t *n);

#endif
