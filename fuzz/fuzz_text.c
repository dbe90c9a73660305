/* fuzz_text.c: libFuzzer harness for the text parser: bytes -> dyad_doc_parse
** (TEXT) -> dyad_split_sentences -> dyad_tokenize, checking that offsets stay
** inside the cleaned text, then frees everything. */
#include "dyad.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dyad_doc *doc = NULL;
  char *err = NULL;
  dyad_read_options opt = {0};
  opt.default_date = (size & 1) ? "2004-08-15" : NULL;
  opt.keep_boilerplate = (size % 7) == 3;
  /* every third input goes through AUTO (gzip, HTML, JSON sniffing) */
  dyad_kind kind = size % 3 == 0 ? DYAD_KIND_AUTO : DYAD_KIND_TEXT;
  int rc = dyad_doc_parse("fuzz", (const char *)data, size, kind, &opt, &doc, &err);
  free(err);
  if (rc != 0) return 0;
  if (strlen(doc->text) != doc->text_len || doc->title_end > doc->text_len) __builtin_trap();
  dyad_sentence *s = NULL;
  size_t n = 0;
  if (dyad_split_sentences(doc, &s, &n) == 0) {
    dyad_token tok[256];
    for (size_t i = 0; i < n; i++) {
      if (s[i].start > s[i].end || s[i].end > doc->text_len) __builtin_trap();
      size_t k = dyad_tokenize(doc->text, s[i].start, s[i].end, tok, 256);
      for (size_t j = 0; j < k && j < 256; j++)
        if (tok[j].start > tok[j].end || tok[j].end > s[i].end) __builtin_trap();
    }
    free(s);
  }
  char *m = dyad_doc_meta_json(doc);
  free(m);
  dyad_doc_free(doc);
  return 0;
}
