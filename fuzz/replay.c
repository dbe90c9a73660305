/* replay.c: runs a libFuzzer harness's LLVMFuzzerTestOneInput over corpus
** files without libFuzzer, so every build (and the test suite) replays the
** fuzz corpus as regression cases. Prints one TAP line per file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) { printf("not ok - %s: cannot open\n", argv[i]); continue; }
    size_t cap = 1 << 16, len = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
      len += got;
      if (len == cap) { uint8_t *nb = realloc(buf, cap *= 2); if (!nb) { free(buf); buf = NULL; } else buf = nb; }
    }
    fclose(f);
    if (!buf) { printf("not ok - %s: out of memory\n", argv[i]); continue; }
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    printf("ok - replay %s\n", argv[i]);
  }
  return 0;
}
