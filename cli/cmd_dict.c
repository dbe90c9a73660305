/* cmd_dict.c: placeholder until its issue lands. */
#include "cli.h"
int cmd_dict(int argc, char **argv) {
  (void)argc;
  cli_error("dict: not implemented yet", argv[0]);
  return 2;
}
