/* cmd_sentences.c: placeholder until its issue lands. */
#include "cli.h"
int cmd_sentences(int argc, char **argv) {
  (void)argc;
  cli_error("sentences: not implemented yet", argv[0]);
  return 2;
}
