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

int cli_next_doc(dyad_reader *r, dyad_doc **doc, int *status) {
  for (;;) {
    *doc = NULL;
    int k = dyad_reader_next(r, doc);
    if (k > 0) return 1;
    if (k == 0) return 0;
    cli_error("%s", dyad_reader_errmsg(r));
    *status = 1;
    if (k == DYAD_ENOMEM) return 0;
  }
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

int cli_date_ok(const char *s) {
  size_t n = strlen(s);
  if (n != 4 && n != 7 && n != 10) return 0;
  for (size_t i = 0; i < n; i++)
    if ((i == 4 || i == 7) ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9')) return 0;
  if (n >= 7) {
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12) return 0;
  }
  if (n == 10) {
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (d < 1 || d > 31) return 0;
  }
  return 1;
}
