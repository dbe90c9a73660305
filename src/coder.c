/* coder.c: placeholder so the library links until the coding engine lands. */
#include "dyad.h"
#include <stdlib.h>

struct dyad_dict { int unused; };
struct dyad_coder { const dyad_dict *d; };

dyad_dict *dyad_dict_new(void) { return calloc(1, sizeof(dyad_dict)); }
int dyad_dict_load_default(dyad_dict *d, const char *dir) { (void)d; (void)dir; return 0; }
int dyad_dict_load(dyad_dict *d, const char *path, dyad_dict_format fmt) { (void)d; (void)path; (void)fmt; return DYAD_EINVAL; }
const char *dyad_dict_errmsg(const dyad_dict *d) { (void)d; return "not implemented"; }
void dyad_dict_free(dyad_dict *d) { free(d); }
dyad_coder *dyad_coder_new(const dyad_dict *d) { dyad_coder *c = calloc(1, sizeof *c); if (c) c->d = d; return c; }
int dyad_code_doc(dyad_coder *c, const dyad_doc *doc, dyad_event **events, size_t *n) { (void)c; (void)doc; *events = NULL; *n = 0; return 0; }
const char *dyad_coder_errmsg(const dyad_coder *c) { (void)c; return ""; }
void dyad_coder_free(dyad_coder *c) { free(c); }
