/*
** cmd_sentences.c: `dyad sentences [OPTIONS] INPUT...`: reads documents,
** cleans them and prints one JSON line per sentence
** {"doc","sentence","start","end","text"} (offsets are bytes into the
** cleaned text), and with --meta one metadata line per document first.
** Input errors are reported on stderr ("dyad: file:line: message"); reading
** goes on, and the exit status is 1 at the end. Usage errors exit 2.
*/
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
  fputs("usage: dyad sentences [--meta] [--date YYYY-MM-DD] [--keep-boilerplate]\n"
        "                      [--max-bytes N] [INPUT...]\n"
        "Prints one JSON line per sentence: {\"doc\",\"sentence\",\"start\",\"end\",\"text\"}.\n"
        "INPUT: text, HTML, JSON-lines or gzip files, directories, - for stdin\n"
        "(the default).\n"
        "  --meta              first print each document's metadata line\n"
        "  --date DATE         document date when neither metadata nor text has one\n"
        "  --keep-boilerplate  do not remove bylines, share widgets, comments, ...\n"
        "  --max-bytes N       largest document (or JSON line) accepted (default 256 MiB)\n"
        "  --help              this help\n",
        f);
}


/* Invalid UTF-8 became U+FFFD in the cleaner: say so rather than lose it
** silently. memchr is fast; documents without one cost next to nothing. */
static size_t count_fffd(const char *s, size_t n) {
  size_t k = 0;
  const char *p = s, *end = s + n;
  while (p < end && (p = memchr(p, 0xEF, (size_t)(end - p)))) {
    if (end - p >= 3 && (unsigned char)p[1] == 0xBF && (unsigned char)p[2] == 0xBD) k++;
    p++;
  }
  return k;
}

int cmd_sentences(int argc, char **argv) {
  dyad_read_options opt = {0};
  int meta = 0;
  const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
  size_t ninputs = 0;
  if (!inputs) {
    cli_error("sentences: out of memory");
    return 1;
  }
  int only_inputs = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_inputs || a[0] != '-' || !strcmp(a, "-")) {
      inputs[ninputs++] = a;
    } else if (!strcmp(a, "--")) {
      only_inputs = 1;
    } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage(stdout);
      free(inputs);
      return 0;
    } else if (!strcmp(a, "--meta")) {
      meta = 1;
    } else if (!strcmp(a, "--keep-boilerplate")) {
      opt.keep_boilerplate = 1;
    } else if (!strcmp(a, "--date") || !strncmp(a, "--date=", 7)) {
      const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : NULL);
      if (!v || !cli_date_ok(v)) {
        cli_error("sentences: --date needs YYYY-MM-DD (or YYYY-MM, YYYY), got '%s'", v ? v : "");
        free(inputs);
        return 2;
      }
      opt.default_date = v;
    } else if (!strcmp(a, "--max-bytes") || !strncmp(a, "--max-bytes=", 12)) {
      const char *v = a[11] == '=' ? a + 12 : (i + 1 < argc ? argv[++i] : NULL);
      char *end = NULL;
      errno = 0;
      unsigned long long n = v ? strtoull(v, &end, 10) : 0;
      if (!v || !*v || *end || errno || n == 0) {
        cli_error("sentences: --max-bytes needs a positive number, got '%s'", v ? v : "");
        free(inputs);
        return 2;
      }
      opt.max_doc_bytes = (size_t)n;
    } else {
      cli_error("sentences: unknown option '%s' (see dyad sentences --help)", a);
      free(inputs);
      return 2;
    }
  }
  if (ninputs == 0) inputs[ninputs++] = "-";

  static char obuf[1 << 16];
  setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
  dyad_reader *r = dyad_reader_new(inputs, ninputs, &opt);
  free(inputs);
  if (!r) {
    cli_error("sentences: out of memory");
    return 1;
  }
  int status = 0;
  dyad_doc *doc;
  dyad_sentence *sents = NULL;
  while (cli_next_doc(r, &doc, &status)) {
    size_t bad = count_fffd(doc->text, doc->text_len);
    if (bad)
      cli_error("%s: warning: %zu U+FFFD replacement character%s in the text (invalid UTF-8 in the "
                "input; --meta counts them)",
                doc->id, bad, bad == 1 ? "" : "s");
    if (meta) {
      char *m = dyad_doc_meta_json(doc);
      if (!m) {
        cli_error("%s: out of memory", doc->id);
        dyad_doc_free(doc);
        status = 1;
        break;
      }
      fputs(m, stdout);
      putchar('\n');
      free(m);
    }
    size_t n = 0;
    int src = dyad_split_sentences(doc, &sents, &n);
    if (src != 0) {
      cli_error("%s: cannot split sentences: %s", doc->path ? doc->path : doc->id, dyad_strerror(src));
      dyad_doc_free(doc);
      status = 1;
      if (src == DYAD_ENOMEM) break;
      continue;
    }
    for (size_t i = 0; i < n; i++) {
      fputs("{\"doc\":", stdout);
      cli_json_str(stdout, doc->id);
      printf(",\"sentence\":%zu,\"start\":%u,\"end\":%u,\"text\":", i, (unsigned)sents[i].start,
             (unsigned)sents[i].end);
      cli_json_strn(stdout, doc->text + sents[i].start, sents[i].end - sents[i].start);
      fputs("}\n", stdout);
    }
    free(sents);
    sents = NULL;
    dyad_doc_free(doc);
  }
  dyad_reader_free(r);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("sentences: write error: %s", strerror(errno));
    status = 1;
  }
  return status;
}
