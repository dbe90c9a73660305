/* fuzz_dictcache.c: libFuzzer harness for the compiled dictionary loader
** (dict_cache.c). A small TABARI-format set of our own is compiled once;
** each input is a list of edits to that compiled file (3 bytes each: a
** 16-bit offset and a byte XORed in; a last lone byte cuts the file). The
** header is then resealed (length and checksum made valid again) so the
** damaged sections really get parsed, and the result is loaded: it must
** load or fail with a message, never crash; what loads codes a sentence. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "dict.h"
#include "check_doc.h"
#include "dyad.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char actors[] =
    "ZEMBLA [ZEM]\nANTERRA [ANT]\nKARL_ZEMBLE [ZEMGOV]\n\t[ZEMGOV 100101-201231]\n"
    "\t[ZEMMIL >210101]\n+KARL_ZEMBL\n";
static const char agents[] = "FOREIGN_MINISTER [~GOV]\nTROOPS [~MIL]\nREBEL_GROUP [REB~]\n";
static const char verbs[] =
    "&PLACE\n+BORDER\n+CAPITAL\n--- MEET [040] ---\nMEET\nMET {MEETS MEETING}\n"
    "- * WITH $ [040]\n- * &PLACE [042]\n--- ATTACK [190] ---\nATTACK\n- * (NEAR) [190]\n";
static const char discards[] = "+FOOTBALL\nSOCCER\n";
static const char text[] =
    "Zembla's foreign minister met Anterra on Monday.\nZemblan troops attacked Anterra near the border.\n";

static unsigned char *base;
static size_t base_len;
static char dir[64];

static void cleanup(void) {
  const char *names[] = {"Z.actors.txt", "Z.agents.txt", "Z.verbs.txt", "Z.discards.txt", "z.dyc"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    unlink(p);
  }
  rmdir(dir);
}

static void put(const char *name, const char *s, char *path, size_t cap) {
  snprintf(path, cap, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(s, 1, strlen(s), f) != strlen(s) || fclose(f)) abort();
}

/* Compiles the set once; the sources stay (a compiled set records them and
** is stale without them). */
static void setup(void) {
  char p[4][128], out[128];
  snprintf(dir, sizeof dir, "/tmp/dyad-fuzz-dc-XXXXXX");
  if (!mkdtemp(dir)) abort();
  atexit(cleanup);
  put("Z.actors.txt", actors, p[0], sizeof p[0]);
  put("Z.agents.txt", agents, p[1], sizeof p[1]);
  put("Z.verbs.txt", verbs, p[2], sizeof p[2]);
  put("Z.discards.txt", discards, p[3], sizeof p[3]);
  const char *paths[4] = {p[0], p[1], p[2], p[3]};
  snprintf(out, sizeof out, "%s/z.dyc", dir);
  dyad_dict *d = dyad_dict_new();
  if (!d || dyad_dict_compile(d, "none", paths, 4, out) != 0) {
    fprintf(stderr, "fuzz_dictcache: cannot compile the seed set: %s\n", d ? dyad_dict_errmsg(d) : "");
    abort();
  }
  dyad_dict_free(d);
  FILE *f = fopen(out, "rb");
  if (!f || fseek(f, 0, SEEK_END) || (base_len = (size_t)ftell(f)) == 0 || fseek(f, 0, SEEK_SET)) abort();
  if (!(base = malloc(base_len)) || fread(base, 1, base_len, f) != base_len) abort();
  fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!base) setup();
  unsigned char *buf = malloc(base_len);
  if (!buf) return 0;
  memcpy(buf, base, base_len);
  size_t len = base_len, i = 0;
  for (; i + 3 <= size; i += 3) {
    size_t off = ((size_t)data[i] << 8 | data[i + 1]) % len;
    buf[off] ^= data[i + 2];
  }
  if (i < size) len = len * data[i] / 256; /* a lone last byte cuts the file */
  dyad__dict_compiled_reseal(buf, len);
  dyad_dict *d = dyad_dict_new();
  if (!d) abort();
  int rc = dyad__dict_load_compiled_buf(d, buf, len, "fuzz.dyc");
  if (rc != 0 && !strstr(dyad_dict_errmsg(d), "fuzz.dyc")) abort(); /* errors name the file */
  if (size == 0 && rc != 0) abort(); /* the undamaged set loads */
  if (rc == 0) code_sample(d, text, sizeof text - 1);
  dyad_dict_free(d); /* before buf: a loaded set may point into it */
  free(buf);
  return 0;
}
