/*
** cli.h: the dyad command-line tool's internal interface. Each subcommand is
** one function taking its own argv (argv[0] is the subcommand name) and
** returning the process exit status: 0 ok, 1 some input failed, 2 usage.
*/
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"
#include <stdio.h>

int cmd_sentences(int argc, char **argv);  /* cmd_sentences.c */
int cmd_code(int argc, char **argv);       /* cmd_code.c */
int cmd_explain(int argc, char **argv);    /* cmd_code.c */
int cmd_unknown(int argc, char **argv);    /* cmd_code.c */
int cmd_eval(int argc, char **argv);       /* cmd_eval.c */
int cmd_dict(int argc, char **argv);       /* cmd_dict.c */
int cmd_ingest(int argc, char **argv);     /* cmd_store.c */
int cmd_events(int argc, char **argv);     /* cmd_store.c */
int cmd_timeline(int argc, char **argv);   /* cmd_store.c */
int cmd_index(int argc, char **argv);      /* cmd_store.c */
int cmd_top(int argc, char **argv);        /* cmd_store.c */
int cmd_network(int argc, char **argv);    /* cmd_store.c */
int cmd_export(int argc, char **argv);     /* cmd_store.c */
int cmd_report(int argc, char **argv);     /* cmd_report.c */

/* util.c */
/* Prints "dyad: " + message to stderr. */
void cli_error(const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 1, 2)))
#endif
    ;
/* Writes s as a JSON string literal (with quotes) to f. */
void cli_json_str(FILE *f, const char *s);
/* Same for s[0..len). */
void cli_json_strn(FILE *f, const char *s, size_t len);
/* 1 when s is YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day
** (the form of every --date option), else 0. */
int cli_date_ok(const char *s);
/* The next readable document of r into *doc (1), or 0 at the end. A document
** that cannot be read is reported ("dyad: file:line: message"), sets *status
** to 1 and is skipped; running out of memory ends the reading. */
int cli_next_doc(dyad_reader *r, dyad_doc **doc, int *status);

#endif
