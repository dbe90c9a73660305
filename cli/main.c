/* main.c: the dyad command-line tool: dispatches to one subcommand per
** pipeline task (cli/cmd_*.c). All real work is in libdyad (src/). */
#include "cli.h"

#include <string.h>

static const struct {
  const char *name;
  int (*fn)(int, char **);
  const char *help;
} commands[] = {
    {"sentences", cmd_sentences, "print cleaned sentences as JSON lines"},
    {"code", cmd_code, "code news into CAMEO events (JSON lines or TSV)"},
    {"explain", cmd_explain, "show how one sentence is coded"},
    {"unknown", cmd_unknown, "rank capitalised phrases no dictionary knows"},
    {"eval", cmd_eval, "score events against a hand-coded gold file"},
    {"dict", cmd_dict, "check or compile dictionaries"},
    {"ingest", cmd_ingest, "code and store documents in the event database"},
    {"events", cmd_events, "query stored events"},
    {"timeline", cmd_timeline, "a dyad's events in order, readable"},
    {"index", cmd_index, "cooperation-conflict index of a dyad over time"},
    {"top", cmd_top, "most active dyads and actors"},
    {"network", cmd_network, "actor network as GraphML, GEXF or CSV"},
    {"export", cmd_export, "export events in GDELT or Phoenix columns"},
    {"report", cmd_report, "self-contained HTML report of a dyad"},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f) {
  fputs("usage: dyad COMMAND [OPTIONS] [INPUT...]\n"
        "       dyad --help | --version\n\n"
        "dyad reads news (text, HTML, JSON lines, gzip, directories, - for\n"
        "stdin) and codes who did what to whom, when and where (CAMEO).\n\n"
        "commands:\n",
        f);
  for (size_t i = 0; i < NCOMMANDS; i++)
    fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
  fputs("\n'dyad COMMAND --help' shows a command's options; man dyad for more.\n", f);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return 0;
  }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
    printf("dyad %s\n", DYAD_VERSION);
    return 0;
  }
  for (size_t i = 0; i < NCOMMANDS; i++)
    if (!strcmp(argv[1], commands[i].name)) return commands[i].fn(argc - 1, argv + 1);
  cli_error("unknown command '%s' (see dyad --help)", argv[1]);
  return 2;
}
