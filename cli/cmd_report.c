/* cmd_report.c: `dyad report`: writes the self-contained HTML report of one
** dyad (report.c) from the event database. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int first_dyad(void *ctx, const dyad_tally_row *r) {
  snprintf(ctx, 80, "%s", r->key);
  return 1;
}

int cmd_report(int argc, char **argv) {
  static const char usage[] =
      "usage: dyad report [--db FILE] [--dyad A:B] [-o FILE]\n"
      "Writes one self-contained HTML file (inline SVG, no network) on a dyad:\n"
      "the monthly cooperation-conflict index, events by QuadClass over time and\n"
      "a timeline of key events with their sentences and sources.\n\n"
      "  --db FILE       the database (default: $DYAD_DB, else ./dyad.db)\n"
      "  --dyad A:B      the dyad, both directions (A>B: one direction);\n"
      "                  default: the most active dyad\n"
      "  -o, --output F  the HTML file (default: report.html)\n";
  static const struct option lo[] = {{"db", required_argument, NULL, 'd'},
                                     {"dyad", required_argument, NULL, 'y'},
                                     {"output", required_argument, NULL, 'o'},
                                     {"help", no_argument, NULL, 'h'},
                                     {NULL, 0, NULL, 0}};
  const char *db = NULL, *dyad = NULL, *outp = "report.html";
  int c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:h", lo, NULL)) != -1) {
    switch (c) {
    case 'd': db = optarg; break;
    case 'y': dyad = optarg; break;
    case 'o': outp = optarg; break;
    case 'h': fputs(usage, stdout); return 0;
    case ':': cli_error("report: option '%s' needs a value (see dyad report --help)", argv[optind - 1]); return 2;
    default: cli_error("report: unknown option '%s' (see dyad report --help)", argv[optind - 1]); return 2;
    }
  }
  if (optind < argc) {
    cli_error("report: unexpected argument '%s' (the dyad goes in --dyad A:B)", argv[optind]);
    return 2;
  }
  if (!db || !*db) db = getenv("DYAD_DB");
  if (!db || !*db) db = "dyad.db";
  struct stat st;
  if (stat(db, &st) != 0) {
    cli_error("report: %s: no such database (run 'dyad ingest --db %s INPUT...' first)", db, db);
    return 1;
  }
  dyad_store *s = NULL;
  if (dyad_store_open_v2(db, DYAD_STORE_READONLY, &s) != 0) {
    cli_error("report: %s", dyad_store_errmsg(s));
    dyad_store_close(s);
    return 1;
  }
  char top[80] = "";
  if (!dyad) {
    dyad_query q;
    memset(&q, 0, sizeof q);
    q.limit = 1;
    int rc = dyad_store_top(s, &q, DYAD_TOP_DYADS, first_dyad, top);
    if (rc < 0) {
      cli_error("report: %s", dyad_store_errmsg(s));
      dyad_store_close(s);
      return 1;
    }
    if (!top[0]) {
      cli_error("report: %s holds no dyad yet; give one with --dyad A:B", db);
      dyad_store_close(s);
      return 1;
    }
    dyad = top;
  }
  int rc = dyad_report_write(s, dyad, outp);
  if (rc) {
    cli_error("report: %s", dyad_store_errmsg(s));
    dyad_store_close(s);
    return rc == DYAD_EINVAL ? 2 : 1;
  }
  dyad_store_close(s);
  fprintf(stderr, "report: wrote %s (%s)\n", outp, dyad);
  return 0;
}
