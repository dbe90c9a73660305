/* check_doc.h: the invariants every input harness checks on a parsed
** document (offsets inside the cleaned text, tokens inside their sentence,
** metadata serialisable), then frees it. Included by fuzz/fuzz_*.c. */
#ifndef DYAD_FUZZ_CHECK_DOC_H
#define DYAD_FUZZ_CHECK_DOC_H

#include "dyad.h"

#include <stdlib.h>
#include <string.h>

static void check_doc_and_free(dyad_doc *doc) {
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
  if (!m) __builtin_trap();
  free(m);
  dyad_doc_free(doc);
}

#endif
