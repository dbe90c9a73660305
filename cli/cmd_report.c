/* cmd_report.c: placeholder until its issue lands. */
#include "cli.h"
int cmd_report(int argc, char **argv) {
  (void)argc;
  cli_error("report: not implemented yet", argv[0]);
  return 2;
}
