/* cmd_store.c: placeholder until its issue lands. */
#include "cli.h"
int cmd_ingest(int argc, char **argv) {
  (void)argc;
  cli_error("ingest: not implemented yet", argv[0]);
  return 2;
}
int cmd_events(int argc, char **argv) {
  (void)argc;
  cli_error("events: not implemented yet", argv[0]);
  return 2;
}
int cmd_timeline(int argc, char **argv) {
  (void)argc;
  cli_error("timeline: not implemented yet", argv[0]);
  return 2;
}
int cmd_index(int argc, char **argv) {
  (void)argc;
  cli_error("index: not implemented yet", argv[0]);
  return 2;
}
int cmd_top(int argc, char **argv) {
  (void)argc;
  cli_error("top: not implemented yet", argv[0]);
  return 2;
}
int cmd_network(int argc, char **argv) {
  (void)argc;
  cli_error("network: not implemented yet", argv[0]);
  return 2;
}
int cmd_export(int argc, char **argv) {
  (void)argc;
  cli_error("export: not implemented yet", argv[0]);
  return 2;
}
