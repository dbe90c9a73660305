/* fuzz_dict.c: libFuzzer harness for the dictionary readers. The first byte
** picks a file name (dyad's countries/igos/people/agents/verbs/discards
** files, or a TABARI / PETRARCH actors, agents, verbs, discards or issues
** file); the rest is written to that file in a private temporary directory
** and loaded into an empty dictionary. A malformed line must give an error
** naming the file and line, never a crash; when the load succeeds, a few
** sentences are coded with the result. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "check_doc.h"
#include "dyad.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {
    "countries.tsv",     "igos.tsv",           "people.tsv",        "agents.tsv",
    "verbs.txt",         "discards.txt",       "Fuzz.actors.txt",   "Fuzz.agents.txt",
    "Fuzz.verbs.txt",    "Fuzz.discards.txt",  "Fuzz.issues.txt",   "CAMEO.fuzz.txt"};
#define NNAMES (sizeof names / sizeof names[0])

static const char text[] =
    "Zembla's foreign minister met his Anterran counterpart in Zembla City on Monday.\n"
    "The President of Anterra will not visit Zembla, the agency said.\n"
    "Rebels attacked Anterran troops near the border.\n";

static char dir[64];

static void cleanup(void) {
  for (size_t i = 0; i < NNAMES; i++) {
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    unlink(p);
  }
  rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!size) return 0;
  if (!dir[0]) {
    snprintf(dir, sizeof dir, "/tmp/dyad-fuzz-dict-XXXXXX");
    if (!mkdtemp(dir)) abort();
    atexit(cleanup);
  }
  char path[128];
  snprintf(path, sizeof path, "%s/%s", dir, names[data[0] % NNAMES]);
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (size > 1 && fwrite(data + 1, 1, size - 1, f) != size - 1) abort();
  if (fclose(f)) abort();

  dyad_dict *d = dyad_dict_new();
  if (!d) abort();
  int rc = dyad_dict_load(d, path, DYAD_DICT_AUTO);
  const char *msg = dyad_dict_errmsg(d);
  /* an error names the file */
  if (rc != 0 && (!msg || !strstr(msg, names[data[0] % NNAMES]))) abort();
  if (rc == 0) code_sample(d, text, sizeof text - 1);
  dyad_dict_free(d);
  unlink(path);
  return 0;
}
