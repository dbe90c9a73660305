/* check_doc.h: the invariants every input harness checks on a parsed
** document (offsets inside the cleaned text, tokens inside their sentence,
** metadata serialisable), then frees it; and, for the dictionary harnesses,
** coding a sample text with whatever dictionary set loaded (every event's
** spans inside the text). Included by fuzz/fuzz_*.c. */
#ifndef DYAD_FUZZ_CHECK_DOC_H
#define DYAD_FUZZ_CHECK_DOC_H

#include "dyad.h"

#include <stdlib.h>
#include <string.h>

static inline void check_doc_and_free(dyad_doc *doc) {
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

/* Codes text[0,len) (dated 2016-06-12) with d and checks the events. */
static inline void code_sample(const dyad_dict *d, const char *text, size_t len) {
  dyad_doc *doc = NULL;
  char *err = NULL;
  dyad_read_options opt = {0};
  opt.default_date = "2016-06-12";
  if (dyad_doc_parse("fuzz", text, len, DYAD_KIND_TEXT, &opt, &doc, &err) == 0) {
    dyad_coder *c = dyad_coder_new(d);
    dyad_event *ev = NULL;
    size_t n = 0;
    if (c && dyad_code_doc(c, doc, &ev, &n) == 0) {
      for (size_t i = 0; i < n; i++)
        if (ev[i].source_end > doc->text_len || ev[i].target_end > doc->text_len ||
            ev[i].verb_end > doc->text_len || ev[i].source_start > ev[i].source_end)
          __builtin_trap();
      free(ev);
    }
    dyad_coder_free(c);
    dyad_doc_free(doc);
  }
  free(err);
}

#endif
