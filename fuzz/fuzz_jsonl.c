/* fuzz_jsonl.c: libFuzzer harness for JSON lines: each line of the bytes ->
** dyad_doc_parse_json -> dyad_split_sentences / dyad_doc_meta_json, checking
** offsets, then frees everything. */
#include "dyad.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data, *end = s + size;
  dyad_read_options opt = {0};
  opt.max_doc_bytes = 1 << 20;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);
    dyad_doc *doc = NULL;
    char *err = NULL;
    int rc = dyad_doc_parse_json("fuzz:1", s, len, &opt, &doc, &err);
    if (rc != 0 && !err) __builtin_trap(); /* every error has a message */
    free(err);
    if (rc == 0) {
      if (strlen(doc->text) != doc->text_len || doc->title_end > doc->text_len) __builtin_trap();
      dyad_sentence *sent = NULL;
      size_t n = 0;
      if (dyad_split_sentences(doc, &sent, &n) == 0) {
        for (size_t i = 0; i < n; i++)
          if (sent[i].start > sent[i].end || sent[i].end > doc->text_len) __builtin_trap();
        free(sent);
      }
      char *m = dyad_doc_meta_json(doc);
      if (!m) __builtin_trap();
      free(m);
      dyad_doc_free(doc);
    }
    s += len + 1;
  }
  return 0;
}
