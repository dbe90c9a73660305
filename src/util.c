/* util.c: status strings and small helpers shared by the library modules. */
#include "dyad.h"

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
