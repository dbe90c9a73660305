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
  char dateline_day[6]; /* a wire dateline's date without a year, "MM-DD"
                       ("SEOUL, Sept. 20 (Yonhap) --": "09-20"), else "";
                       the coder may infer its year (dyad_code_doc) */
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
** *n sentences (caller frees with free()). Returns 0, DYAD_ENOMEM, or DYAD_ETOOBIG for text
** of 4 GiB or more (offsets are 32-bit). */
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
#define DYAD_TOK_HYPHCAP 32u /* a word with a capital after a hyphen ("Korea-US") */
#define DYAD_TOK_ALPHA 64u   /* nothing but ASCII letters (a hint: a token without
                                it may be one too) */

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

/* Load-set flag: read the sources only; neither read nor write the
** automatic cache. */
#define DYAD_DICT_NOCACHE 1u

/* Loads a dictionary set as `dyad code` builds it: dyad's own from data_dir
** (NULL or "": the default data directory; "none": not loaded), then each of
** paths[0, npaths) as dyad_dict_load(.., DYAD_DICT_AUTO), later entries
** winning. Through the automatic cache: when a compiled form of exactly
** this source set is fresh (no source file changed size or mtime, appeared
** or vanished; same dyad build) it is loaded instead; otherwise the sources
** are loaded and, when they load without error, the compiled form is
** written for next time. The cache is $DYAD_CACHE_DIR, else
** $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad (the 16 most recently used
** sets kept); DYAD_NO_CACHE=1 in the environment or DYAD_DICT_NOCACHE in
** flags turns it off. A damaged or stale cache file is rebuilt silently;
** one that cannot be written is skipped. d must be new (dyad_dict_new).
** Returns as dyad_dict_load; messages in dyad_dict_errmsg. */
int dyad_dict_load_set(dyad_dict *d, const char *data_dir, const char *const *paths,
                       size_t npaths, unsigned flags);

/* Loads the same source set into d (new) and writes its compiled form to
** `file` (replaced atomically); dyad_dict_load(d2, file, DYAD_DICT_AUTO) on
** a new set loads it back (a changed source, another format version or
** build, a truncated, corrupt or empty file are errors naming the file).
** Returns 0, the load's status, DYAD_EINVAL (the set has errors or cannot
** be compiled; the message says why) or DYAD_EIO. */
int dyad_dict_compile(dyad_dict *d, const char *data_dir, const char *const *paths,
                      size_t npaths, const char *file);

/* A coded event. Strings are fixed-size so an event array needs no per-event
** allocation; spans are byte offsets into doc->text. */
typedef struct dyad_event {
  uint32_t sentence;       /* sentence index in the document */
  char date[11];           /* YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown */
  char source[64];         /* full CAMEO actor code, e.g. KORGOV (64: a
                              literal-mode new actor is a quoted phrase) */
  char source_country[8];  /* ISO-3 or IGO code (UNO), "" if none */
  char target[64];
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
  unsigned date_flags;     /* DYAD_DATE_* */
} dyad_event;

#define DYAD_DATE_YEAR_INFERRED 1u /* the date's year is not in the text: it
                                      was inferred for a document dated by a
                                      yearless dateline ("SEOUL, Sept. 20") */

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

/* How a sentence was coded, for `dyad explain` and dictionary upkeep. The
** trace hook receives one human-readable line (no newline) at a time:
** tokens, actor mentions, the pattern that fired, why this source and
** target, how the date was resolved; `line` is valid only during the call. */
typedef void (*dyad_trace_fn)(void *ud, const char *line);

/* Receives a capitalised phrase s[0,len) found in an actor position (subject
** or object of an event verb) that no dictionary entry covers; valid only
** during the call (`dyad unknown`). */
typedef void (*dyad_unknown_fn)(void *ud, const char *s, size_t len);

/* A word of an uncoded sentence that may be missing from the verb
** dictionary (`dyad unknown --verbs`). */
typedef struct dyad_vocab_word {
  uint32_t start, end;     /* its span in doc->text (a phrasal verb's particle included) */
  char key[48];            /* its inflection key (dyad_inflection_key; "crack down"
                              keys as "crack down"), "" when too long */
  int noun;                /* 0: the clause's main verb; 1: a noun between the actors
                              ("Russia's invasion of Ukraine") */
} dyad_vocab_word;

#define DYAD_VOCAB_MAXWORDS 8  /* words reported for one sentence at most */

/* A sentence outside quotations and discards in which actors were found
** but no event was coded: with two actors of different countries
** (actors = 2), the main verb and the nouns between the first and the
** second ("Japan will bolster its defences against China"); with only a
** subject (actors = 1), the verb after it ("Russia grounded its fleet").
** Words that a verb pattern already matches, function words, names and
** time words are left out; a sentence with no word left is not reported. */
typedef struct dyad_uncoded {
  uint32_t sentence;       /* index in the document */
  uint32_t start, end;     /* the sentence's span in doc->text */
  int actors;              /* 2 or 1, as above */
  const dyad_vocab_word *words; /* nwords of them, in text order */
  size_t nwords;
} dyad_uncoded;

/* Receives each uncoded sentence of the document being coded (`u` and its
** words are valid only during the call). */
typedef void (*dyad_uncoded_fn)(void *ud, const dyad_uncoded *u);

/* Set (or clear, with fn NULL) the hooks; they stay until changed. The
** default path calls none of them. */
void dyad_coder_set_trace(dyad_coder *c, dyad_trace_fn fn, void *ud);
void dyad_coder_set_unknown(dyad_coder *c, dyad_unknown_fn fn, void *ud);
void dyad_coder_set_uncoded(dyad_coder *c, dyad_uncoded_fn fn, void *ud);

/* Writes to out (cap bytes) the inflection key of the word w[0,len): ASCII
** folded to lower case, irregular past forms mapped to their base ("met" ->
** "meet"), then -s, -es, -ies, -ed, -ied, -ing, a final e and a doubled
** final consonant removed, -ize spelt -ise; the inflections of one verb share
** a key ("accuse", "accuses", "accused", "accusing": "accus"), which is a
** grouping key, not always a word. Returns its length; 0 (out "") when w is
** empty or longer than 63 bytes or than cap - 1. (lemma.c) */
size_t dyad_inflection_key(const char *w, size_t len, char *out, size_t cap);

/* Literal mode, for other dictionary sets and their test suites (PETRARCH's):
** verb patterns fire with their own codes: no negation or modality rewriting
** (no 036 for "will meet"), no 041/044/183/051 refinements. Off by default. */
void dyad_coder_set_literal(dyad_coder *c, int on);

/* The sentences of the document last given to dyad_code_doc (owned by the
** coder, valid until its next dyad_code_doc or dyad_coder_free); *n of
** them. Saves callers a second split when they print sentence texts. */
const dyad_sentence *dyad_coder_sentences(const dyad_coder *c, size_t *n);

/* ---------------------------------------------------------------------------
** Event store (store.c)
** ------------------------------------------------------------------------- */

/* The store keeps coded documents in an SQLite database (WAL mode): the
** documents (id, source, url, title, date, content hash, path, ingest time),
** their sentences, the deduplicated events (one per date, source, target and
** code, as Phoenix's one-a-day filter, with GDELT's NumMentions, NumArticles
** and NumSources) and every mention's link back to document, sentence and
** span offsets. Writes are batched: a transaction is committed every
** `batch` documents (dyad_store_set_batch), on dyad_store_commit() and on
** dyad_store_close(), so a crash loses at most the open batch and leaves the
** database consistent; adding the same documents again completes the work
** with no duplicates. The schema (plain SQL, versioned in table
** schema_version) is listed in store.c. */
typedef struct dyad_store dyad_store;

#define DYAD_STORE_READONLY 1u  /* open for queries only; never creates */
#define DYAD_STORE_NOCREATE 2u  /* read-write, but fail if the file is absent */

/* Opens (creating it and its schema if needed) the database at `path`
** read-write; same as dyad_store_open_v2(path, 0, out). */
int dyad_store_open(const char *path, dyad_store **out);

/* Opens the database at `path` with DYAD_STORE_* `flags`. Returns 0 and sets
** *out, or a negative status (DYAD_EIO: cannot open or create; DYAD_EDB: not
** a database, or a schema of another version). On error *out is still a
** handle whose dyad_store_errmsg() says why ("path: message"), or NULL when
** out of memory; close it with dyad_store_close() in every case. */
int dyad_store_open_v2(const char *path, unsigned flags, dyad_store **out);

/* Commits the open batch and closes the database. Returns 0 or DYAD_EDB
** (the batch could not be committed). NULL is a no-op. */
int dyad_store_close(dyad_store *s);

/* Last error message ("path: message"); owned by the store, valid until the
** next call on it. */
const char *dyad_store_errmsg(const dyad_store *s);

/* Sets how many documents go in one transaction (0: the default, 100). */
void dyad_store_set_batch(dyad_store *s, unsigned ndocs);

/* Commits the open batch now. Returns 0 or DYAD_EDB. */
int dyad_store_commit(dyad_store *s);

/* What dyad_store_add() did with a document. */
#define DYAD_STORE_UNCHANGED 0  /* same id and same content: nothing added */
#define DYAD_STORE_NEW 1        /* a new document */
#define DYAD_STORE_UPDATED 2    /* same id, other content: the old version's
                                   sentences and mentions were replaced */
#define DYAD_STORE_DUPLICATE 3  /* another id already holds the very same
                                   content (a copy): nothing added */

/* Stores one coded document: its `nsent` sentences (offsets into doc->text)
** and its `nevents` events (as dyad_code_doc gives them; an event with no
** date takes the document's). The content hash (FNV-1a 128 of title, text,
** date, url and source) decides whether the document is new, unchanged or
** updated; *result (may be NULL) gets a DYAD_STORE_* value. Returns 0,
** DYAD_EINVAL (no doc, no doc->id, a sentence or event out of bounds) or
** DYAD_EDB; on error only this document is rolled back (unless SQLite itself
** aborted the transaction, which the message then says) and the message
** names the document. */
int dyad_store_add(dyad_store *s, const dyad_doc *doc,
                   const dyad_sentence *sentences, size_t nsent,
                   const dyad_event *events, size_t nevents, int *result);

/* Row counts of the store's tables. */
typedef struct dyad_store_totals {
  int64_t documents, sentences, events, mentions;
} dyad_store_totals;

/* Fills *out with the row counts (open batch included). 0 or DYAD_EDB. */
int dyad_store_count(dyad_store *s, dyad_store_totals *out);

/* Query filters; NULL or "" fields do not filter. Actor filters match a
** party (the actor's country code, else the first three letters of its
** actor code: "RUSGOV" -> "RUS", but the whole code of a transnational
** actor: IGO..., IMG..., NGO..., NGM..., MNC..., UIS...), a full actor
** code, or an actor code prefix ("KOR" matches KORGOV). */
typedef struct dyad_query {
  const char *source;  /* source actor or country */
  const char *target;  /* target actor or country */
  const char *dyad;    /* "KOR:RUS" both directions, "KOR>RUS" one */
  const char *from;    /* first date (YYYY[-MM[-DD]]), inclusive */
  const char *to;      /* last date, inclusive ("2016" includes 2016-12-31) */
  const char *code;    /* CAMEO event code, exact ("042") */
  const char *root;    /* CAMEO root code ("04") */
  const char *place;   /* place name substring or place country code */
  size_t limit;        /* at most this many rows; 0 = all */
} dyad_query;

/* One stored event with its first mention. Strings (NULL when absent) are
** owned by the store and valid only during the callback. */
typedef struct dyad_event_row {
  int64_t id;
  const char *date;
  const char *source, *source_country;  /* full actor code, ISO-3/IGO */
  const char *target, *target_country;
  const char *code, *root;
  int quad_class;
  double goldstein;
  const char *place, *place_country;
  int has_coords;                       /* lat/lon valid */
  double lat, lon;
  int is_root;        /* some mention is in the headline or first paragraph */
  int64_t num_mentions, num_articles, num_sources;
  const char *added;  /* when first stored, UTC "YYYY-MM-DDTHH:MM:SSZ" */
  const char *doc_id, *doc_source, *url, *title;  /* first mention's doc */
  const char *sentence;                           /* and its sentence */
  const char *source_text, *target_text, *verb_text;  /* its spans */
  int64_t sentence_index;  /* its sentence in the document; -1: no mention */
} dyad_event_row;

/* Row callbacks return 0 to go on; any other value stops the walk and is
** returned by the query function. */
typedef int (*dyad_event_fn)(void *ctx, const dyad_event_row *row);

/* Calls fn for each event matching q (NULL: all), in date order (undated
** events last). Returns 0,
** DYAD_EINVAL (a malformed filter, message says which), DYAD_EDB or the
** callback's stop value. */
int dyad_store_events(dyad_store *s, const dyad_query *q, dyad_event_fn fn,
                      void *ctx);

typedef enum {
  DYAD_BY_MONTH = 0, /* "2016-06" */
  DYAD_BY_QUARTER,   /* "2016-Q2" */
  DYAD_BY_YEAR       /* "2016" */
} dyad_period;

/* One period of the cooperation-conflict index. Deduplicated events count
** once each (not weighted by mentions). */
typedef struct dyad_index_row {
  const char *period;
  int64_t events;
  double goldstein_sum, goldstein_mean;
  int64_t quad[5];     /* quad[1..4]: events by QuadClass; quad[0] unused */
  int64_t mentions;    /* sum of NumMentions */
} dyad_index_row;

typedef int (*dyad_index_fn)(void *ctx, const dyad_index_row *row);

/* Calls fn for each period (in order) that has events matching q. Events
** whose date is coarser than the period (a bare year in a monthly index) are
** left out. Returns as dyad_store_events(). */
int dyad_store_index(dyad_store *s, const dyad_query *q, dyad_period by,
                     dyad_index_fn fn, void *ctx);

#define DYAD_TOP_DYADS 0   /* unordered country pairs "KOR:RUS" */
#define DYAD_TOP_ACTORS 1  /* parties, as source or target */

/* One ranked dyad, actor or network edge. */
typedef struct dyad_tally_row {
  const char *key;       /* "KOR:RUS" (sorted pair) or "KOR"; edges: source */
  const char *other;     /* edges only: the target; else NULL */
  int64_t events, mentions;
  double goldstein_sum;
} dyad_tally_row;

typedef int (*dyad_tally_fn)(void *ctx, const dyad_tally_row *row);

/* Calls fn for the most active dyads (pairs of different parties) or actors
** (DYAD_TOP_*) among events matching q, most events first; q->limit caps
** the rows; events with no source or no target are left out. Returns as
** dyad_store_events(). */
int dyad_store_top(dyad_store *s, const dyad_query *q, int what,
                   dyad_tally_fn fn, void *ctx);

/* Calls fn for each directed edge source -> target (key -> other) among
** events matching q: by party, or by full actor code when by_actor is
** nonzero. Returns as dyad_store_events(). */
int dyad_store_edges(dyad_store *s, const dyad_query *q, int by_actor,
                     dyad_tally_fn fn, void *ctx);

typedef enum {
  DYAD_EXPORT_GDELT = 0, /* GDELT 2.0 event table columns we can fill */
  DYAD_EXPORT_PHOENIX    /* Phoenix daily-file columns */
} dyad_export_format;

/* A generic row: ncol column names and values ("" when empty). Valid only
** during the callback. */
typedef int (*dyad_row_fn)(void *ctx, size_t ncol, const char *const *names,
                           const char *const *values);

/* Calls fn once per event matching q with the columns of `fmt`. Returns as
** dyad_store_events(). */
int dyad_store_export(dyad_store *s, const dyad_query *q,
                      dyad_export_format fmt, dyad_row_fn fn, void *ctx);

/* The CAMEO codebook name of an event code ("042" -> "Make a visit"), or
** NULL for an unknown code. Static storage. */
const char *dyad_cameo_name(const char *code);

/* Writes a self-contained HTML report (inline SVG charts, no network) on
** the dyad "KOR:RUS" (or "KOR>RUS") to the file `path`: the monthly
** cooperation-conflict index, events by QuadClass over time and a timeline
** of key events with their sentences and sources (report.c). Returns 0,
** DYAD_EINVAL (bad dyad), DYAD_EIO (cannot write path) or DYAD_EDB; the
** message is in dyad_store_errmsg(). */
int dyad_report_write(dyad_store *s, const char *dyad, const char *path);

/* ---------------------------------------------------------------------------
** Evaluation against gold files (eval.c)
** ------------------------------------------------------------------------- */

/* A gold file is tab-separated UTF-8, '#' starts a comment line, blank lines
** are skipped, and the first other line is the header
**   doc  req  date  src  root  code  tgt  what
** doc: document id; req: R (must be found) or O (acceptable, never a miss);
** date: YYYY-MM-DD, YYYY-MM, YYYY or '-'; src, tgt: ISO-3 country or IGO
** code (UNO for the UN), alternatives separated by '|', '-' = no actor
** (so "-" in tgt means an event without target); root: CAMEO two-digit root,
** alternatives by '|', '-' = any; code: the preferred CAMEO code
** (informative only); what: free text.
**
** Scoring (dyad_eval_finish): events are reduced to (source country, root,
** target country) and repeats within one sentence count once. Per document,
** R lines are matched one-to-one to events by a maximum bipartite matching,
** and among those by one with the most date-agreeing pairs (a maximum-weight
** assignment; for a document with over 250,000 line-event cells, augmenting
** paths with date-agreeing pairs tried first). Precision = events that are matched
** to an R line or match any gold line of their document / all events of the
** documents in scope; recall = matched R lines / R lines; date accuracy = of
** the matched R lines with a date, those whose event date starts with the
** gold date (repeats merged in one sentence keep all their dates, and any
** may match). Documents in scope: those of the gold file plus those added
** with dyad_eval_add_docs (documents that must yield no event). Document ids
** compare without directory and without a .txt/.html/.htm/.json/.jsonl
** ending (a .gz ending is dropped first). */
typedef struct dyad_eval dyad_eval;

/* Loads a gold file. On success *out is a new evaluator (caller frees with
** dyad_eval_free()). On error returns DYAD_EIO, DYAD_EFORMAT (malformed
** line) or DYAD_ENOMEM and, if errmsg is non-NULL, sets *errmsg to a
** malloc'd "file:line: message" (caller frees with free()). */
int dyad_eval_load_gold(const char *path, dyad_eval **out, char **errmsg);

/* Adds the documents listed in file `path` (one id a line, '#' comments,
** blank lines skipped) to the scope: documents that must yield no event
** unless the gold file has lines for them. Returns 0 or a negative status;
** the message is in dyad_eval_errmsg(). */
int dyad_eval_add_docs(dyad_eval *e, const char *path);

/* One event to score. Strings are borrowed for the call (copied as needed);
** NULL or "" countries mean "no actor", NULL or "" date means unknown. */
typedef struct dyad_eval_event {
  const char *doc;             /* document id (normalised as above) */
  uint32_t sentence;           /* sentence index in the document */
  const char *date;            /* YYYY-MM-DD, YYYY-MM, YYYY, or NULL */
  const char *source_country;
  const char *root;            /* CAMEO root ("04"); longer codes are cut */
  const char *target_country;
  const char *text;            /* sentence text for reports, or NULL */
} dyad_eval_event;

/* Adds one coded event. Events of documents outside the scope are counted
** (dyad_eval_result.ignored) and otherwise dropped. Returns 0,
** DYAD_EINVAL (no doc or no root) or DYAD_ENOMEM. */
int dyad_eval_add(dyad_eval *e, const dyad_eval_event *ev);

/* Marks document `doc` as read (a caller that reads the inputs itself calls
** it for every document), so that dyad_eval_finish can count the documents
** in scope that were never read (a misspelt id in the gold file). Returns 1
** when the document is in scope, else 0. */
int dyad_eval_seen(dyad_eval *e, const char *doc);

/* What one report item is. */
typedef enum {
  DYAD_EVAL_FALSE_POSITIVE = 1, /* an event matching no gold line */
  DYAD_EVAL_MISS,               /* an R line matched to no event */
  DYAD_EVAL_WRONG_DATE          /* a matched R line whose date disagrees */
} dyad_eval_kind;

/* A false positive, miss or wrong date. Strings are owned by the evaluator
** and live until dyad_eval_free(); absent ones are "". */
typedef struct dyad_eval_item {
  dyad_eval_kind kind;
  const char *doc;
  size_t line;              /* gold line (MISS, WRONG_DATE), else 0 */
  uint32_t sentence;        /* event sentence (FALSE_POSITIVE, WRONG_DATE) */
  const char *source, *root, *target; /* event's, or the gold line's text */
  const char *date;         /* event date (FALSE_POSITIVE, WRONG_DATE) */
  const char *gold_date;    /* gold date (MISS, WRONG_DATE) */
  const char *text;         /* sentence text when known */
  const char *what;         /* the gold line's "what" (MISS, WRONG_DATE) */
} dyad_eval_item;

typedef struct dyad_eval_result {
  size_t docs;            /* documents in scope */
  size_t gold_lines;      /* R + O lines */
  size_t required;        /* R lines */
  size_t found;           /* R lines matched to an event */
  size_t events;          /* events in scope, after merging repeats */
  size_t correct;         /* of them: matched or matching a gold line */
  size_t ignored;         /* events of documents outside the scope */
  size_t unread;          /* documents in scope never marked by dyad_eval_seen
                             (0 when it was never called) */
  const char *first_unread; /* the first of them, or NULL; owned by e */
  size_t dated;           /* matched R lines with a gold date */
  size_t date_correct;    /* of them: event date starts with the gold date */
  double precision, recall, f1, date_accuracy; /* 0..1; an empty
                             denominator gives 1; f1 is 0 when P+R is 0 */
} dyad_eval_result;

/* Scores the events added so far and fills *res. *items (may be NULL) is
** set to an array of *nitems report items in document, then gold-line or
** sentence order; it is owned by the evaluator (valid until the next
** dyad_eval_finish or dyad_eval_free). Returns 0 or DYAD_ENOMEM. */
int dyad_eval_finish(dyad_eval *e, dyad_eval_result *res,
                     const dyad_eval_item **items, size_t *nitems);

/* Last error ("file:line: message"); owned by the evaluator. */
const char *dyad_eval_errmsg(const dyad_eval *e);

/* Normalises a document id into buf (cap bytes, NUL-terminated, cut to
** fit): no directory, no .gz then .txt/.html/.htm/.json/.jsonl ending.
** Returns buf. */
char *dyad_eval_doc_id(const char *id, char *buf, size_t cap);

void dyad_eval_free(dyad_eval *e);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
