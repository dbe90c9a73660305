/* util.c: small helpers shared by the dyad subcommands (error printing,
** JSON string output). */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("dyad: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void cli_json_strn(FILE *f, const char *s, size_t len) {
  static const char hex[] = "0123456789abcdef";
  putc('"', f);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    default:
      if (c < 0x20) {
        fputs("\\u00", f);
        putc(hex[c >> 4], f);
        putc(hex[c & 15], f);
      } else {
        putc(c, f);
      }
    }
  }
  putc('"', f);
}

void cli_json_str(FILE *f, const char *s) {
  if (!s) {
    fputs("null", f);
    return;
  }
  cli_json_strn(f, s, strlen(s));
}
