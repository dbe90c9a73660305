/* fuzz_jsonl.c: libFuzzer harness for JSON lines: each line of the bytes ->
** dyad_doc_parse_json -> dyad_split_sentences / dyad_doc_meta_json, checking
** offsets, then frees everything. */
#include "check_doc.h"
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
      check_doc_and_free(doc);
    }
    s += len + 1;
  }
  return 0;
}
