/* fuzz_html.c: libFuzzer harness for the html parser: bytes -> dyad_doc_parse
** (HTML) -> dyad_split_sentences -> dyad_tokenize, checking that offsets stay
** inside the cleaned text, then frees everything. */
#include "check_doc.h"
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
  int rc = dyad_doc_parse("fuzz", (const char *)data, size, DYAD_KIND_HTML, &opt, &doc, &err);
  free(err);
  if (rc != 0) return 0;
  check_doc_and_free(doc);
  return 0;
}
