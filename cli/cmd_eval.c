/* cmd_eval.c: placeholder until its issue lands. */
#include "cli.h"
int cmd_eval(int argc, char **argv) {
  (void)argc;
  cli_error("eval: not implemented yet", argv[0]);
  return 2;
}
