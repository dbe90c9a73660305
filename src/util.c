/* util.c: status strings and small helpers shared by the library modules. */
#include "dyad.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

const char *dyad_strerror(int status) {
  switch (status) {
  case DYAD_OK: return "ok";
  case DYAD_ENOMEM: return "out of memory";
  case DYAD_EIO: return "cannot read input";
  case DYAD_EFORMAT: return "malformed input";
  case DYAD_ETOOBIG: return "input too large";
  case DYAD_EINVAL: return "invalid argument";
  case DYAD_EDICT: return "malformed dictionary";
  case DYAD_EDB: return "database error";
  default: return "unknown error";
  }
}

char *dyad__slurp(const char *path, size_t *len, int *err) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t cap = 0, n = 0;
  *err = 0;
  if (!f) {
    *err = errno;
    return NULL;
  }
  {
    /* a regular file: one allocation of its size (+ 1 to see the end) */
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
        (unsigned long long)st.st_size < ((size_t)1 << 30)) {
      cap = (size_t)st.st_size + 65536 + 2;
      if (!(buf = malloc(cap))) {
        fclose(f);
        *err = ENOMEM;
        return NULL;
      }
    }
  }
  for (;;) {
    size_t k;
    if (n + 65536 + 1 > cap) {
      size_t ncap = cap ? cap * 2 : 262144;
      char *nb;
      if (ncap > ((size_t)1 << 30)) {
        *err = EFBIG;
        break;
      }
      nb = realloc(buf, ncap);
      if (!nb) {
        *err = ENOMEM;
        break;
      }
      buf = nb;
      cap = ncap;
    }
    k = fread(buf + n, 1, cap - n - 1, f);
    n += k;
    if (k == 0) {
      if (ferror(f)) *err = errno ? errno : EIO;
      break;
    }
  }
  fclose(f);
  if (*err) {
    free(buf);
    return NULL;
  }
  if (!buf && !(buf = malloc(1))) {
    *err = ENOMEM;
    return NULL;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}
