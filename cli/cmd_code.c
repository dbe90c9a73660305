/* cmd_code.c: placeholder until its issue lands. */
#include "cli.h"
int cmd_code(int argc, char **argv) {
  (void)argc;
  cli_error("code: not implemented yet", argv[0]);
  return 2;
}
int cmd_explain(int argc, char **argv) {
  (void)argc;
  cli_error("explain: not implemented yet", argv[0]);
  return 2;
}
int cmd_unknown(int argc, char **argv) {
  (void)argc;
  cli_error("unknown: not implemented yet", argv[0]);
  return 2;
}
