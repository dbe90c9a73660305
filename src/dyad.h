/*
** dyad.h: the one public header of libdyad, a political event-data coder.
** News in (text, HTML, JSON lines, gzip) -> clean documents -> sentences and
** tokens -> coded CAMEO events -> an SQLite event store and its reports.
**
** Conventions (cmark/SQLite style):
**  - every exported symbol starts with dyad_ / DYAD_;
**  - functions return int status: 0 ok, negative DYAD_E* on error; handles
**    keep the last error message (dyad_*_errmsg), which names the input and,
**    where there is one, the line;
**  - the library never exits, aborts or prints; out-of-memory is DYAD_ENOMEM;
**  - every function that returns memory says who frees it and with what.
*/
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* Status codes. */
#define DYAD_OK 0
#define DYAD_ENOMEM (-1)   /* out of memory */
#define DYAD_EIO (-2)      /* cannot open or read an input */
#define DYAD_EFORMAT (-3)  /* malformed input (bad JSON line, truncated gzip, ...) */
#define DYAD_ETOOBIG (-4)  /* input beyond a documented limit */
#define DYAD_EINVAL (-5)   /* bad argument or option */
#define DYAD_EDICT (-6)    /* malformed dictionary line */
#define DYAD_EDB (-7)      /* store (SQLite) error */

/* Returns a static English description of a status code. */
const char *dyad_strerror(int status);

/* ---------------------------------------------------------------------------
** Documents (ingest.c, clean.c)
** ------------------------------------------------------------------------- */

/* What a byte buffer holds; DYAD_KIND_AUTO sniffs it (gzip magic, '<' markup,
** '{' JSON lines, else plain text). */
typedef enum {
  DYAD_KIND_AUTO = 0,
  DYAD_KIND_TEXT,
  DYAD_KIND_HTML,
  DYAD_KIND_JSONL
} dyad_kind;

/* A cleaned news document. All strings are NUL-terminated UTF-8 (NFC) owned
** by the document; free the whole with dyad_doc_free(). Absent fields are
** NULL, never invented. */
typedef struct dyad_doc {
  char *id;         /* JSON "id", else the file name (without directory) */
  char *path;       /* where it came from ("-" for stdin), may be NULL */
  char *title;      /* headline, if the input had one */
  char *text;       /* cleaned body text: paragraphs separated by "\n\n";
                       the title, if any, is the first paragraph */
  size_t text_len;  /* strlen(text) */
  char *date;       /* document date "YYYY-MM-DD" (or YYYY-MM / YYYY) or NULL */
  char *date_origin; /* where the date came from: "meta", "text", "option" */
  char *dateline;   /* wire dateline place ("KABUL, Afghanistan") or NULL */
  char *url;        /* JSON "url" or NULL */
  char *source;     /* JSON "source", wire credit ("Reuters", "AP") or NULL */
  char *extra_json; /* other JSON fields as a JSON object text, or NULL */
  size_t title_end; /* byte offset in text where the title paragraph ends
                       (0 when there is no title) */
} dyad_doc;

/* Options for reading documents. */
typedef struct dyad_read_options {
  const char *default_date;  /* --date: used when neither metadata nor text
                                gives one; NULL for none */
  size_t max_doc_bytes;      /* 0 = default limit (256 MiB) */
  int keep_boilerplate;      /* nonzero: skip boilerplate removal (debugging) */
} dyad_read_options;

/* Parses one in-memory document of the given kind (TEXT or HTML; AUTO sniffs
** between them) into a cleaned dyad_doc. `id` names it (copied). On success
** *out is a new document the caller frees with dyad_doc_free(). On error
** returns a negative status and, if errmsg is non-NULL, sets *errmsg to a
** malloc'd message naming `id` (caller frees with free()). */
int dyad_doc_parse(const char *id, const char *data, size_t len, dyad_kind kind,
                   const dyad_read_options *opt, dyad_doc **out, char **errmsg);

/* Parses one JSON line ({"id","title","text","date","url","source",...}) into
** a cleaned document; as dyad_doc_parse. `fallback_id` is used when the
** object has no "id". */
int dyad_doc_parse_json(const char *fallback_id, const char *line, size_t len,
                        const dyad_read_options *opt, dyad_doc **out,
                        char **errmsg);

/* Frees a document and everything it owns. NULL is a no-op. */
void dyad_doc_free(dyad_doc *doc);

/* A reader walks inputs: files, directories (recursive, sorted), gzip files,
** JSON-lines files (one document per line) and "-" for stdin. */
typedef struct dyad_reader dyad_reader;

/* Creates a reader over `n` paths (copied). Returns NULL only when out of
** memory. Free with dyad_reader_free(). */
dyad_reader *dyad_reader_new(const char *const *paths, size_t n,
                             const dyad_read_options *opt);

/* Reads the next document. Returns 1 and sets *out (caller frees with
** dyad_doc_free) when there is one, 0 at the end, or a negative status when
** an input (or one JSON line) is bad: then dyad_reader_errmsg() names the
** input and line, and the next call goes on with the rest. */
int dyad_reader_next(dyad_reader *r, dyad_doc **out);

/* Last error message of the reader ("file:line: message"); owned by it. */
const char *dyad_reader_errmsg(const dyad_reader *r);

/* Number of errors seen so far (so a CLI can exit non-zero at the end). */
size_t dyad_reader_nerrors(const dyad_reader *r);

void dyad_reader_free(dyad_reader *r);

/* Serialises a document's metadata as one JSON object (no newline):
** {"doc","path","title","date","date_origin","dateline","url","source",
** "bytes",...extra}. Returns a malloc'd string (caller frees) or NULL. */
char *dyad_doc_meta_json(const dyad_doc *doc);

/* ---------------------------------------------------------------------------
** Sentences and tokens (text.c). Offsets are bytes into doc->text.
** ------------------------------------------------------------------------- */

typedef struct dyad_sentence {
  uint32_t start, end;   /* [start, end) in doc->text, trimmed */
  uint32_t paragraph;    /* paragraph index (0-based) */
  uint32_t flags;        /* DYAD_SENT_* */
} dyad_sentence;

#define DYAD_SENT_HEADLINE 1u  /* the title paragraph */
#define DYAD_SENT_QUOTE 2u     /* wholly inside a quotation */

/* Splits a document into sentences. On success *out is a malloc'd array of
** *n sentences (caller frees with free()). Returns 0 or DYAD_ENOMEM. */
int dyad_split_sentences(const dyad_doc *doc, dyad_sentence **out, size_t *n);

/* Same, on any text buffer (paragraphs separated by blank lines). */
int dyad_split_text(const char *text, size_t len, dyad_sentence **out,
                    size_t *n);

typedef struct dyad_token {
  uint32_t start, end;   /* [start, end) bytes in the text */
  uint32_t flags;        /* DYAD_TOK_* */
} dyad_token;

#define DYAD_TOK_WORD 1u     /* letters/digits (may contain - ' .) */
#define DYAD_TOK_PUNCT 2u    /* punctuation mark */
#define DYAD_TOK_NUMBER 4u   /* numeric */
#define DYAD_TOK_CAP 8u      /* starts with an upper-case letter */
#define DYAD_TOK_QUOTE 16u   /* a quotation mark */

/* Tokenises text[start,end) into the caller's buffer (no allocation).
** Returns the number of tokens found; if that exceeds cap, only cap were
** stored (call again with a bigger buffer). */
size_t dyad_tokenize(const char *text, size_t start, size_t end,
                     dyad_token *buf, size_t cap);

/* ---------------------------------------------------------------------------
** Dictionaries (dict.c) and the event coder (coder.c)
** ------------------------------------------------------------------------- */

typedef struct dyad_dict dyad_dict;

/* Dictionary formats. */
typedef enum {
  DYAD_DICT_AUTO = 0,    /* by name and content */
  DYAD_DICT_DYAD,        /* our own (data/) */
  DYAD_DICT_PETRARCH2,   /* PETRARCH2 / Phoenix (CAMEO.2.0 verbs) */
  DYAD_DICT_TABARI       /* TABARI / PETRARCH-1 */
} dyad_dict_format;

/* Creates an empty dictionary set. NULL only when out of memory. */
dyad_dict *dyad_dict_new(void);

/* Loads dyad's own dictionaries from directory `dir` (NULL: the installed
** default, or $DYAD_DATA, or ./data). Returns 0 or a negative status; the
** message is in dyad_dict_errmsg(). */
int dyad_dict_load_default(dyad_dict *d, const char *dir);

/* Loads one dictionary file (or every file of a directory) into the set;
** entries loaded later win over earlier ones for the same phrase. */
int dyad_dict_load(dyad_dict *d, const char *path, dyad_dict_format fmt);

/* Last error ("file:line: message"); owned by the dictionary. */
const char *dyad_dict_errmsg(const dyad_dict *d);

void dyad_dict_free(dyad_dict *d);

/* A coded event. Strings are fixed-size so an event array needs no per-event
** allocation; spans are byte offsets into doc->text. */
typedef struct dyad_event {
  uint32_t sentence;       /* sentence index in the document */
  char date[11];           /* YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown */
  char source[32];         /* full CAMEO actor code, e.g. KORGOV */
  char source_country[8];  /* ISO-3 or IGO code (UNO), "" if none */
  char target[32];
  char target_country[8];
  char code[8];            /* CAMEO event code, e.g. "042" */
  char root[3];            /* two-digit root */
  char quad_class;         /* 1..4 */
  double goldstein;
  const char *plover;      /* static PLOVER category name */
  uint32_t source_start, source_end;
  uint32_t target_start, target_end;
  uint32_t verb_start, verb_end;
  uint32_t date_start, date_end;   /* span of the date expression, 0/0 if none */
  char place[64];          /* "" when unknown */
  char place_country[8];
  double lat, lon;         /* valid when place[0] */
} dyad_event;

typedef struct dyad_coder dyad_coder;

/* Creates a coder over a loaded dictionary set (borrowed: keep it alive
** while the coder lives). NULL only when out of memory. */
dyad_coder *dyad_coder_new(const dyad_dict *d);

/* Codes one document. On success *events is a malloc'd array of *n events
** (caller frees with free()). Returns 0 or a negative status. */
int dyad_code_doc(dyad_coder *c, const dyad_doc *doc, dyad_event **events,
                  size_t *n);

const char *dyad_coder_errmsg(const dyad_coder *c);

void dyad_coder_free(dyad_coder *c);

/* ---------------------------------------------------------------------------
** Event store (store.c)
** ------------------------------------------------------------------------- */

/* @@STORE-API@@ */

/* ---------------------------------------------------------------------------
** Evaluation against gold files (eval.c)
** ------------------------------------------------------------------------- */

/* @@EVAL-API@@ */

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
