/*
** ingest.c: documents in. dyad_doc_parse (text/HTML bytes), the JSON-lines
** form (jansson), metadata JSON, and the reader over paths: files,
** directories (recursive, sorted by name, dot-files skipped), gzip
** (zlib, by magic: gzread is transparent on plain files), JSON lines (one
** document a line, streamed), and "-" for stdin.
**
** Limits: a document (or one JSON line) may not exceed max_doc_bytes
** (default 256 MiB, at most 1 GiB): DYAD_ETOOBIG naming the file (and line). A file
** whose first 8 KiB hold NUL bytes is binary: DYAD_EFORMAT.
*/
#include "clean.h"
#include "dates.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define DEFAULT_MAX ((size_t)256 << 20)
#define HARD_MAX ((size_t)1 << 30)
#define CHUNK ((size_t)1 << 16)

/* The document limit; never above 1 GiB, so that offsets (and the cleaner's
** worst case, 3 bytes out per invalid byte in) fit in 32 bits. */
static size_t max_bytes(const dyad_read_options *opt) {
  size_t m = opt && opt->max_doc_bytes ? opt->max_doc_bytes : DEFAULT_MAX;
  return m > HARD_MAX ? HARD_MAX : m;
}

#ifdef __GNUC__
__attribute__((format(printf, 1, 0)))
#endif
static char *vfmt(const char *fmt, va_list ap) {
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(NULL, 0, fmt, aq);
  va_end(aq);
  if (n < 0) return NULL;
  char *s = malloc((size_t)n + 1);
  if (s) vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

#ifdef __GNUC__
__attribute__((format(printf, 1, 2)))
#endif
static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *s = vfmt(f, ap);
  va_end(ap);
  return s;
}

static void set_err(char **errmsg, char *msg) {
  if (errmsg) *errmsg = msg;
  else free(msg);
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  if (s && s[1]) return s + 1;
  if (!s) return path;
  /* "dir/" : the last component */
  return path;
}

/* Sniffs text vs HTML (and JSON) from the first non-blank bytes. */
static dyad_kind sniff(const char *s, size_t n) {
  size_t i = 0;
  if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
      (unsigned char)s[2] == 0xBF)
    i = 3;
  while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) i++;
  if (i >= n) return DYAD_KIND_TEXT;
  if (s[i] == '{') return DYAD_KIND_JSONL;
  if (s[i] == '<') {
    /* "<" followed by a letter, '!' or '?' is markup */
    if (i + 1 < n && ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
                      s[i + 1] == '!' || s[i + 1] == '?'))
      return DYAD_KIND_HTML;
  }
  return DYAD_KIND_TEXT;
}

/* HTML bytes -> document. `meta_title` (from JSON, may be NULL) wins over
** the page's own; a page headline that differs from it stays as the first
** paragraph. */
static int parse_html(const char *id, const char *path, const char *data, size_t len,
                      const char *meta_title, size_t reserve, const dyad_read_options *opt,
                      dyad__clean_scratch *scr, dyad_doc **out) {
  dyad__buf title = {0}, body = {0}, both = {0};
  char page_date[11];
  int rc = dyad__html_extract(data, len, &title, &body, page_date);
  if (rc == 0) {
    const char *t = title.p, *b = body.p ? body.p : "";
    size_t tl = title.len, bl = body.len;
    if (meta_title) {
      if (tl && (strlen(meta_title) != tl || memcmp(meta_title, t, tl))) {
        dyad__buf_put(&both, t, tl);
        dyad__buf_putc(&both, '\n');
        dyad__buf_put(&both, b, bl);
        if (both.oom) rc = DYAD_ENOMEM;
        b = both.p;
        bl = both.len;
      }
      t = meta_title;
      tl = strlen(meta_title);
    }
    dyad__raw raw = {id, path, t, tl, b, bl, 1, reserve, page_date[0] ? page_date : NULL};
    if (rc == 0) rc = dyad__clean_doc_ex(&raw, opt, scr, out);
  }
  dyad__buf_free(&title);
  dyad__buf_free(&body);
  dyad__buf_free(&both);
  return rc;
}

static int json_one(const char *id, const char *path, const char *line, size_t len,
                    const dyad_read_options *opt, dyad__clean_scratch *scr, dyad_doc **out,
                    char **why);

/* Parses one document with an explicit path (NULL for in-memory), with the
** cleaner's buffers scr (NULL: its own). */
static int parse_doc(const char *id, const char *path, const char *data, size_t len,
                     dyad_kind kind, const dyad_read_options *opt, dyad__clean_scratch *scr,
                     dyad_doc **out, char **why) {
  *out = NULL;
  if (len > max_bytes(opt)) {
    *why = fmt("document of %zu bytes exceeds the limit of %zu bytes", len, max_bytes(opt));
    return DYAD_ETOOBIG;
  }
  int sniffed = kind == DYAD_KIND_AUTO;
  if (sniffed) kind = sniff(data, len);
  if (kind == DYAD_KIND_JSONL) {
    int rc = json_one(id, path, data, len, opt, scr, out, why);
    if (!(sniffed && rc == DYAD_EFORMAT)) return rc;
    free(*why); /* "{" opened plain text after all */
    *why = NULL;
    kind = DYAD_KIND_TEXT;
  }
  if (kind == DYAD_KIND_HTML) return parse_html(id, path, data, len, NULL, 0, opt, scr, out);
  dyad__raw raw = {id, path, NULL, 0, data, len, 0, 0, NULL};
  return dyad__clean_doc_ex(&raw, opt, scr, out);
}

/* Inflates gzip bytes in memory (dyad_doc_parse with AUTO). Returns 0 and
** a malloc'd buffer, or a status with *why set. */
static int gunzip_mem(const char *data, size_t len, size_t limit, char **res, size_t *rlen,
                      char **why) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 15 + 16) != Z_OK) return DYAD_ENOMEM;
  size_t cap = len * 4 + 1024, n = 0;
  if (cap > limit + 1) cap = limit + 1;
  char *b = malloc(cap + 1);
  int rc = 0, zr = Z_OK;
  if (!b) { inflateEnd(&z); return DYAD_ENOMEM; }
  z.next_in = (unsigned char *)(uintptr_t)data;
  z.avail_in = len > UINT32_MAX ? UINT32_MAX : (unsigned)len;
  while (zr != Z_STREAM_END) {
    if (n == cap) {
      if (cap > limit) { rc = DYAD_ETOOBIG; break; }
      size_t nc = cap * 2 > limit + 1 ? limit + 1 : cap * 2;
      char *nb = realloc(b, nc + 1);
      if (!nb) { rc = DYAD_ENOMEM; break; }
      b = nb;
      cap = nc;
    }
    z.next_out = (unsigned char *)b + n;
    z.avail_out = (unsigned)(cap - n > UINT32_MAX ? UINT32_MAX : cap - n);
    zr = inflate(&z, Z_NO_FLUSH);
    n = cap - z.avail_out;
    if (zr == Z_STREAM_END) break;
    if (zr == Z_BUF_ERROR && z.avail_in == 0) { rc = DYAD_EFORMAT; *why = fmt("truncated gzip data"); break; }
    if (zr != Z_OK && zr != Z_BUF_ERROR) {
      rc = zr == Z_MEM_ERROR ? DYAD_ENOMEM : DYAD_EFORMAT;
      if (rc == DYAD_EFORMAT) *why = fmt("corrupt gzip data: %s", z.msg ? z.msg : "inflate failed");
      break;
    }
  }
  inflateEnd(&z);
  if (rc == DYAD_ETOOBIG) *why = fmt("decompressed document exceeds the limit of %zu bytes", limit);
  if (rc) { free(b); return rc; }
  b[n] = 0;
  *res = b;
  *rlen = n;
  return 0;
}

int dyad_doc_parse(const char *id, const char *data, size_t len, dyad_kind kind,
                   const dyad_read_options *opt, dyad_doc **out, char **errmsg) {
  char *why = NULL;
  if (errmsg) *errmsg = NULL;
  if (!out || (!data && len)) return DYAD_EINVAL;
  if (!id) id = "";
  char *inflated = NULL;
  int rc = 0;
  if (kind == DYAD_KIND_AUTO && len >= 2 && (unsigned char)data[0] == 0x1F && (unsigned char)data[1] == 0x8B) {
    rc = gunzip_mem(data, len, max_bytes(opt), &inflated, &len, &why);
    data = inflated;
  }
  if (rc == 0) rc = parse_doc(id, NULL, data ? data : "", len, kind, opt, NULL, out, &why);
  free(inflated);
  if (rc < 0) {
    set_err(errmsg, fmt("%s: %s", id, why ? why : dyad_strerror(rc)));
    free(why);
  }
  return rc;
}

/* ------------------------------------------------------------------------
** JSON lines
** ---------------------------------------------------------------------- */

static int valid_date(const char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) {
    if (i == 4 || i == 7) { if (s[i] != '-') return 0; }
    else if (s[i] < '0' || s[i] > '9') return 0;
  }
  return n == 4 || n == 7 || n == 10;
}

static char *dupstr(const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (p) memcpy(p, s, n + 1);
  return p;
}

/* The fields of a JSON line (NUL-terminated strings or NULL), and the
** strlen of title and text when known (else (size_t)-1). */
typedef struct json_fields {
  const char *id, *title, *text, *date, *url, *source;
  size_t title_len, text_len;
} json_fields;

/* Builds the document from the fields; takes extra_json (malloc'd or NULL). */
static int json_build(const char *id, const char *path, const json_fields *f, char *extra_json,
                      const dyad_read_options *opt, dyad__clean_scratch *scr, dyad_doc **out) {
  char dbuf[11] = "";
  int rc;
  if (f->date) {
    const char *date = f->date;
    size_t dl = strlen(date);
    char d10[11];
    memcpy(d10, date, dl >= 10 ? 10 : 0);
    d10[dl >= 10 ? 10 : 0] = 0;
    if (dl > 10 && valid_date(d10) && (date[10] == 'T' || date[10] == ' ')) memcpy(dbuf, d10, 11);
    else if (valid_date(date)) memcpy(dbuf, date, dl + 1);
    else if (!dyad__parse_date(date, dl, dbuf)) dbuf[0] = 0;
  }
  const char *tt = f->text ? f->text : "";
  size_t tl = f->text && f->text_len != (size_t)-1 ? f->text_len : strlen(tt);
  size_t til = !f->title ? 0 : f->title_len != (size_t)-1 ? f->title_len : strlen(f->title);
  dyad_kind k = sniff(tt, tl);
  const char *use_id = f->id && f->id[0] ? f->id : id;
  /* room in the document's block for the fields set below */
  size_t ul = f->url ? strlen(f->url) : 0, sl = f->source ? strlen(f->source) : 0;
  size_t reserve = (dbuf[0] ? sizeof dbuf + sizeof "meta" : 0) + (f->url ? ul + 1 : 0) +
                   (f->source ? sl + 1 : 0);
  if (k == DYAD_KIND_HTML) {
    rc = parse_html(use_id, path, tt, tl, f->title, reserve, opt, scr, out);
  } else {
    dyad__raw raw = {use_id, path, f->title, til, tt, tl, 0, reserve, NULL};
    rc = dyad__clean_doc_ex(&raw, opt, scr, out);
  }
  if (rc < 0) goto done;
  dyad_doc *d = *out;
  rc = DYAD_ENOMEM;
  if (dbuf[0] && (dyad__doc_set(d, &d->date, dbuf, strlen(dbuf)) ||
                  dyad__doc_set(d, &d->date_origin, "meta", 4)))
    goto fail;
  if (f->url && dyad__doc_set(d, &d->url, f->url, ul)) goto fail;
  if (f->source && dyad__doc_set(d, &d->source, f->source, sl)) goto fail;
  d->extra_json = extra_json;
  extra_json = NULL;
  rc = 0;
  goto done;
fail:
  dyad_doc_free(*out);
  *out = NULL;
done:
  free(extra_json);
  return rc;
}

/* Fast path for the common line: a flat object whose keys are only id,
** title, text, date, url, source with string (or null) values. Anything
** else (other keys, nesting, numbers, \u0000, invalid UTF-8, duplicate
** keys, any syntax error) returns 0 and jansson does the line, so errors
** and extra fields are always jansson's. On success returns 1 with the
** status in *rc. `scratch` has room for len + 8 bytes. */
/* The end of the run of plain JSON string bytes at s[j, n): not '"', '\\',
** a control byte or non-ASCII. Eight bytes at a time where it can: a byte
** b is 0 exactly when the high bit survives in ~(((b & 0x7f) + 0x7f) | b |
** 0x7f), applied to w ^ '"', w ^ '\\' and w & 0xe0. */
static size_t plain_run(const char *s, size_t j, size_t n) {
#if defined(__SSE2__)
  /* sixteen at a time: a signed byte compare below 0x20 also takes the
  ** bytes >= 0x80 (negative) */
  const __m128i c20 = _mm_set1_epi8(0x20), cq = _mm_set1_epi8('"'), cb = _mm_set1_epi8('\\');
  while (j + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
    __m128i m = _mm_or_si128(_mm_cmplt_epi8(v, c20),
                             _mm_or_si128(_mm_cmpeq_epi8(v, cq), _mm_cmpeq_epi8(v, cb)));
    unsigned bits = (unsigned)_mm_movemask_epi8(m);
    if (bits) return j + (size_t)__builtin_ctz(bits);
    j += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t lo7 = 0x7F7F7F7F7F7F7F7Full, ones = 0x0101010101010101ull;
  while (j + 8 <= n) {
    uint64_t w, a, b, c, m;
    memcpy(&w, s + j, 8);
    a = w ^ (ones * '"');
    b = w ^ (ones * '\\');
    /* below 0x20 or 0x80 and above: ((byte | 0x80) - 0x20) lacks the high bit,
    ** or the byte has it (no carry crosses a byte) */
    c = ~((w | ~lo7) - ones * 0x20) | w;
    m = ~(((a & lo7) + lo7) | a | lo7) | ~(((b & lo7) + lo7) | b | lo7) | c;
    m &= ~lo7;
    if (m) return j + ((size_t)__builtin_ctzll(m) >> 3);
    j += 8;
  }
#endif
  while (j < n) {
    unsigned char d = (unsigned char)s[j];
    if (d == '"' || d == '\\' || d < 0x20 || d >= 0x80) break;
    j++;
  }
  return j;
}

static int json_fast(const char *id, const char *path, const char *s, size_t n, char *scratch,
                     const dyad_read_options *opt, dyad__clean_scratch *scr, dyad_doc **out,
                     int *rc) {
  /* keys: "id", "title", "text", "date", "url", "source" (slots 0..5) */
  const char *vals[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
  size_t lens[6] = {(size_t)-1, (size_t)-1, (size_t)-1, (size_t)-1, (size_t)-1, (size_t)-1};
  int seen[6] = {0, 0, 0, 0, 0, 0};
  size_t i = 0, o = 0;
#define WS() while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++
  WS();
  if (i >= n || s[i] != '{') return 0;
  i++;
  WS();
  if (i < n && s[i] == '}') return 0;
  for (;;) {
    WS();
    if (i >= n || s[i] != '"') return 0;
    size_t ks = ++i;
    while (i < n && s[i] != '"' && s[i] != '\\') i++;
    if (i >= n || s[i] != '"') return 0;
    size_t kl = i - ks;
    i++;
    int slot = -1; /* the index in keys[] of the key, by its length first */
    switch (kl) {
    case 2: slot = !memcmp(s + ks, "id", 2) ? 0 : -1; break;
    case 3: slot = !memcmp(s + ks, "url", 3) ? 4 : -1; break;
    case 4: slot = !memcmp(s + ks, "text", 4) ? 2 : !memcmp(s + ks, "date", 4) ? 3 : -1; break;
    case 5: slot = !memcmp(s + ks, "title", 5) ? 1 : -1; break;
    case 6: slot = !memcmp(s + ks, "source", 6) ? 5 : -1; break;
    default: break;
    }
    if (slot < 0 || seen[slot]) return 0;
    seen[slot] = 1;
    WS();
    if (i >= n || s[i] != ':') return 0;
    i++;
    WS();
    if (i + 4 <= n && !memcmp(s + i, "null", 4)) {
      i += 4;
    } else if (i < n && s[i] == '"') {
      i++;
      vals[slot] = scratch + o;
      for (;;) {
        if (i >= n) return 0;
        unsigned char c = (unsigned char)s[i];
        if (c == '"') { i++; break; }
        if (c < 0x20) return 0;
        if (c == '\\') {
          if (i + 1 >= n) return 0;
          char e = s[i + 1];
          i += 2;
          switch (e) {
          case '"': scratch[o++] = '"'; break;
          case '\\': scratch[o++] = '\\'; break;
          case '/': scratch[o++] = '/'; break;
          case 'b': scratch[o++] = '\b'; break;
          case 'f': scratch[o++] = '\f'; break;
          case 'n': scratch[o++] = '\n'; break;
          case 'r': scratch[o++] = '\r'; break;
          case 't': scratch[o++] = '\t'; break;
          default: return 0; /* \u and anything else: jansson */
          }
          continue;
        }
        if (c >= 0x80) {
          /* copy a run of non-ASCII bytes, validating it as UTF-8 */
          size_t j = i;
          while (j < n && (unsigned char)s[j] >= 0x80) j++;
          const unsigned char *u = (const unsigned char *)s + i;
          size_t m = j - i, p = 0;
          while (p < m) {
            unsigned char b = u[p];
            size_t l = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            if (l == 0 || b > 0xF4 || p + l > m) return 0;
            for (size_t q = 1; q < l; q++)
              if ((u[p + q] & 0xC0) != 0x80) return 0;
            if ((b == 0xE0 && u[p + 1] < 0xA0) || (b == 0xED && u[p + 1] > 0x9F) ||
                (b == 0xF0 && u[p + 1] < 0x90) || (b == 0xF4 && u[p + 1] > 0x8F))
              return 0;
            p += l;
          }
          memcpy(scratch + o, s + i, m);
          o += m;
          i = j;
          continue;
        }
        /* a run of plain ASCII */
        size_t j = plain_run(s, i, n);
        memcpy(scratch + o, s + i, j - i);
        o += j - i;
        i = j;
      }
      lens[slot] = (size_t)(scratch + o - vals[slot]); /* (no NUL inside: an escaped one is jansson's) */
      scratch[o++] = 0;
    } else {
      return 0;
    }
    WS();
    if (i < n && s[i] == ',') { i++; continue; }
    if (i < n && s[i] == '}') { i++; break; }
    return 0;
  }
  WS();
#undef WS
  if (i != n) return 0;
  if (!vals[1] && !vals[2]) return 0; /* the error message is jansson's path */
  json_fields f = {vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], lens[1], lens[2]};
  *rc = json_build(id, path, &f, NULL, opt, scr, out);
  return 1;
}

static int json_one(const char *id, const char *path, const char *line, size_t len,
                    const dyad_read_options *opt, dyad__clean_scratch *scr, dyad_doc **out,
                    char **why) {
  json_error_t jerr;
  *out = NULL;
  {
    char small[4096];
    char *scratch = len + 8 <= sizeof small ? small : malloc(len + 8);
    if (!scratch) return DYAD_ENOMEM;
    int rc = 0, done = json_fast(id, path, line, len, scratch, opt, scr, out, &rc);
    if (scratch != small) free(scratch);
    if (done) return rc;
  }
  json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!o) {
    *why = fmt("invalid JSON: %s (column %d)", jerr.text, jerr.column);
    return DYAD_EFORMAT;
  }
  int rc = DYAD_EFORMAT;
  json_t *extra = NULL;
  char idbuf[32];
  json_fields f = {NULL, NULL, NULL, NULL, NULL, NULL, (size_t)-1, (size_t)-1};
  if (!json_is_object(o)) {
    *why = fmt("a JSON line must be an object");
    goto done;
  }
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    const char **slot = NULL;
    if (!strcmp(key, "id")) {
      if (json_is_integer(v)) {
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(v));
        f.id = idbuf;
        continue;
      }
      slot = &f.id;
    } else if (!strcmp(key, "title")) slot = &f.title;
    else if (!strcmp(key, "text")) slot = &f.text;
    else if (!strcmp(key, "date")) slot = &f.date;
    else if (!strcmp(key, "url")) slot = &f.url;
    else if (!strcmp(key, "source")) slot = &f.source;
    if (slot) {
      if (json_is_null(v)) continue;
      if (!json_is_string(v)) {
        *why = fmt("field \"%s\" is not a string", key);
        goto done;
      }
      *slot = json_string_value(v);
      continue;
    }
    if (!extra && !(extra = json_object())) { rc = DYAD_ENOMEM; goto done; }
    if (json_object_set(extra, key, v)) { rc = DYAD_ENOMEM; goto done; }
  }
  if (!f.text && !f.title) {
    *why = fmt("no \"text\" or \"title\" field");
    goto done;
  }
  char *ej = NULL;
  if (extra && !(ej = json_dumps(extra, JSON_COMPACT))) { rc = DYAD_ENOMEM; goto done; }
  rc = json_build(id, path, &f, ej, opt, scr, out);
done:
  json_decref(extra);
  json_decref(o);
  return rc;
}

int dyad_doc_parse_json(const char *fallback_id, const char *line, size_t len,
                        const dyad_read_options *opt, dyad_doc **out, char **errmsg) {
  char *why = NULL;
  if (errmsg) *errmsg = NULL;
  if (!out || (!line && len)) return DYAD_EINVAL;
  if (!fallback_id) fallback_id = "";
  if (len > max_bytes(opt)) {
    set_err(errmsg, fmt("%s: line of %zu bytes exceeds the limit of %zu bytes", fallback_id, len,
                        max_bytes(opt)));
    return DYAD_ETOOBIG;
  }
  int rc = json_one(fallback_id, NULL, line ? line : "", len, opt, NULL, out, &why);
  if (rc < 0) set_err(errmsg, fmt("%s: %s", fallback_id, why ? why : dyad_strerror(rc)));
  free(why);
  return rc;
}

/* ------------------------------------------------------------------------
** Metadata JSON
** ---------------------------------------------------------------------- */

static int set_opt(json_t *o, const char *k, const char *v) {
  return json_object_set_new(o, k, v ? json_string(v) : json_null());
}

/* Appends s as a JSON string (or null), escaping as jansson does. */
static void meta_str(dyad__buf *b, const char *s) {
  static const char hex[] = "0123456789abcdef";
  if (!s) {
    dyad__buf_put(b, "null", 4);
    return;
  }
  dyad__buf_putc(b, '"');
  const char *run = s;
  for (const char *p = s;; p++) {
    unsigned char c = (unsigned char)*p;
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    dyad__buf_put(b, run, (size_t)(p - run));
    if (!c) break;
    char e[7] = {'\\', 0, 0, 0, 0, 0, 0};
    size_t el = 2;
    switch (c) {
    case '"': e[1] = '"'; break;
    case '\\': e[1] = '\\'; break;
    case '\n': e[1] = 'n'; break;
    case '\r': e[1] = 'r'; break;
    case '\t': e[1] = 't'; break;
    case '\b': e[1] = 'b'; break;
    case '\f': e[1] = 'f'; break;
    default:
      e[1] = 'u'; e[2] = '0'; e[3] = '0'; e[4] = hex[c >> 4]; e[5] = hex[c & 15];
      el = 6;
    }
    dyad__buf_put(b, e, el);
    run = p + 1;
  }
  dyad__buf_putc(b, '"');
}

/* Metadata without extra fields, written directly (the common case). */
static char *meta_fast(const dyad_doc *doc) {
  dyad__buf b = {0};
  char num[64];
  const char *keys[8] = {"{\"doc\":", ",\"path\":", ",\"title\":", ",\"date\":",
                         ",\"date_origin\":", ",\"dateline\":", ",\"url\":", ",\"source\":"};
  const char *vals[8] = {doc->id, doc->path, doc->title, doc->date,
                         doc->date_origin, doc->dateline, doc->url, doc->source};
  for (int i = 0; i < 8; i++) {
    dyad__buf_put(&b, keys[i], strlen(keys[i]));
    meta_str(&b, vals[i]);
  }
  size_t bad = dyad__doc_invalid_bytes(doc);
  int n = bad ? snprintf(num, sizeof num, ",\"bytes\":%zu,\"invalid_utf8\":%zu}", doc->text_len, bad)
              : snprintf(num, sizeof num, ",\"bytes\":%zu}", doc->text_len);
  dyad__buf_put(&b, num, (size_t)n);
  if (b.oom) {
    free(b.p);
    return NULL;
  }
  return b.p;
}

char *dyad_doc_meta_json(const dyad_doc *doc) {
  if (!doc) return NULL;
  if (!doc->extra_json) return meta_fast(doc);
  json_t *o = json_object();
  if (!o) return NULL;
  char *s = NULL;
  if (set_opt(o, "doc", doc->id) || set_opt(o, "path", doc->path) ||
      set_opt(o, "title", doc->title) || set_opt(o, "date", doc->date) ||
      set_opt(o, "date_origin", doc->date_origin) || set_opt(o, "dateline", doc->dateline) ||
      set_opt(o, "url", doc->url) || set_opt(o, "source", doc->source) ||
      json_object_set_new(o, "bytes", json_integer((json_int_t)doc->text_len)))
    goto done;
  size_t bad = dyad__doc_invalid_bytes(doc);
  if (bad && json_object_set_new(o, "invalid_utf8", json_integer((json_int_t)bad))) goto done;
  if (doc->extra_json) {
    json_t *x = json_loads(doc->extra_json, 0, NULL);
    if (json_is_object(x)) json_object_update_missing(o, x);
    json_decref(x);
  }
  s = json_dumps(o, JSON_COMPACT);
done:
  json_decref(o);
  return s;
}

/* ------------------------------------------------------------------------
** The reader
** ---------------------------------------------------------------------- */

struct dyad_reader {
  dyad_read_options opt;
  char *default_date;     /* our copy of opt.default_date */
  char **todo;            /* stack of paths still to read (last = next) */
  struct { dev_t dev; ino_t ino; } *dirs; /* directories read (symlink loops) */
  size_t ndirs, capdirs;
  size_t ntodo, captodo;
  /* the file being read */
  gzFile gz;
  int rfd;                /* or: a plain file read with read(), its fd + 1 (0: none) */
  char *path;             /* its path as given */
  char *name;             /* its base name */
  int jsonl;              /* reading JSON lines */
  size_t line;            /* current line number */
  char *buf;              /* read buffer: [pos, len) unread */
  size_t pos, len, cap;
  int eof;
  int skipping;           /* discarding the rest of an over-long line */
  char *errmsg;
  size_t nerrors;
  dyad__clean_scratch scr; /* the cleaner's buffers, kept from document to document */
};

static int push(dyad_reader *r, const char *path) {
  if (r->ntodo == r->captodo) {
    size_t nc = r->captodo ? r->captodo * 2 : 16;
    char **nt = realloc(r->todo, nc * sizeof *nt);
    if (!nt) return -1;
    r->todo = nt;
    r->captodo = nc;
  }
  if (!(r->todo[r->ntodo] = dupstr(path))) return -1;
  r->ntodo++;
  return 0;
}

dyad_reader *dyad_reader_new(const char *const *paths, size_t n, const dyad_read_options *opt) {
  dyad_reader *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  if (opt) r->opt = *opt;
  if (opt && opt->default_date) {
    if (!(r->default_date = dupstr(opt->default_date))) goto fail;
    r->opt.default_date = r->default_date;
  }
  for (size_t i = n; i-- > 0;)
    if (push(r, paths[i])) goto fail;
  return r;
fail:
  dyad_reader_free(r);
  return NULL;
}

const char *dyad_reader_errmsg(const dyad_reader *r) {
  return r && r->errmsg ? r->errmsg : "";
}

size_t dyad_reader_nerrors(const dyad_reader *r) { return r ? r->nerrors : 0; }

static void close_cur(dyad_reader *r) {
  if (r->gz) gzclose(r->gz);
  r->gz = NULL;
  if (r->rfd) close(r->rfd - 1);
  r->rfd = 0;
  if (r->cap > ((size_t)8 << 20)) { /* do not hold on to a huge document's buffer */
    free(r->buf);
    r->buf = NULL;
    r->cap = 0;
  }
  if (r->scr.t.cap > ((size_t)8 << 20) || r->scr.ob.cap > ((size_t)8 << 20))
    dyad__clean_scratch_free(&r->scr); /* nor on to its cleaning buffers */
  free(r->path);
  free(r->name);
  r->path = r->name = NULL;
  r->pos = r->len = 0;
  r->eof = 0;
  r->jsonl = 0;
  r->skipping = 0;
  r->line = 0;
}

void dyad_reader_free(dyad_reader *r) {
  if (!r) return;
  close_cur(r);
  for (size_t i = 0; i < r->ntodo; i++) free(r->todo[i]);
  free(r->todo);
  free(r->buf);
  free(r->errmsg);
  free(r->default_date);
  free(r->dirs);
  dyad__clean_scratch_free(&r->scr);
  free(r);
}

/* Records an error (takes msg; NULL means out of memory). */
static int fail(dyad_reader *r, int status, char *msg) {
  free(r->errmsg);
  r->errmsg = msg;
  r->nerrors++;
  return msg ? status : DYAD_ENOMEM;
}

/* Reads more bytes into r->buf (compacting, growing up to `limit` unread
** bytes). Returns bytes read, 0 at end of input, -1 on a read error (the
** message in *why), -2 when the buffer is full at the limit. */
static long fill(dyad_reader *r, size_t limit, char **why) {
  if (r->eof) return 0;
  if (r->pos > 0 && r->pos == r->len) r->pos = r->len = 0;
  if (r->pos > 0 && r->len - r->pos < r->cap / 2) {
    memmove(r->buf, r->buf + r->pos, r->len - r->pos);
    r->len -= r->pos;
    r->pos = 0;
  }
  if (r->cap - r->len < CHUNK) {
    if (r->len - r->pos >= limit + 1) return -2;
    size_t nc = r->cap ? r->cap * 2 : 4 * CHUNK;
    while (nc - r->len < CHUNK) nc *= 2;
    char *nb = realloc(r->buf, nc + 1);
    if (!nb) { *why = NULL; return -1; }
    r->buf = nb;
    r->cap = nc;
  }
  size_t want = r->cap - r->len;
  if (want > (size_t)1 << 30) want = (size_t)1 << 30;
  if (r->rfd) { /* a plain file: straight into the buffer, no copy through zlib's */
    ssize_t k;
    do k = read(r->rfd - 1, r->buf + r->len, want);
    while (k < 0 && errno == EINTR);
    if (k < 0) {
      *why = fmt("%s", strerror(errno));
      r->eof = 1;
      return -1;
    }
    if (k == 0) {
      r->eof = 1;
      return 0;
    }
    r->len += (size_t)k;
    r->buf[r->len] = 0;
    return (long)k;
  }
  int got = gzread(r->gz, r->buf + r->len, (unsigned)want);
  if (got < 0) {
    int zerr;
    const char *m = gzerror(r->gz, &zerr);
    *why = fmt("%s", gzdirect(r->gz) ? (errno ? strerror(errno) : m)
                                       : (zerr == Z_BUF_ERROR ? "truncated gzip data" : m));
    r->eof = 1;
    return -1;
  }
  if (got == 0) {
    /* gzread reports a truncated stream at the end as Z_BUF_ERROR */
    int zerr = Z_OK;
    gzerror(r->gz, &zerr);
    r->eof = 1;
    if (zerr == Z_BUF_ERROR && !gzdirect(r->gz)) {
      *why = fmt("truncated gzip data (unexpected end of file)");
      return -1;
    }
    if (zerr != Z_OK && zerr != Z_STREAM_END) {
      *why = fmt("%s", gzerror(r->gz, &zerr));
      return -1;
    }
    return 0;
  }
  r->len += (size_t)got;
  r->buf[r->len] = 0;
  return got;
}

/* Opens the next path; directories push their entries. Returns 1 when a
** file is open, 0 when nothing is left, <0 on error (recorded). */
/* The reader now reads path p (owned from here on), from its start. */
static int opened(dyad_reader *r, char *p) {
  r->path = p;
  r->name = dupstr(base_name(p));
  if (!r->name) return fail(r, DYAD_ENOMEM, NULL);
  r->pos = r->len = 0;
  r->eof = 0;
  r->line = 0;
  return 1;
}

static int open_next(dyad_reader *r) {
  while (r->ntodo) {
    char *p = r->todo[--r->ntodo];
    int fd;
    if (!strcmp(p, "-")) {
      fd = dup(0);
      if (fd < 0) {
        int rc = fail(r, DYAD_EIO, fmt("-: cannot read stdin: %s", strerror(errno)));
        free(p);
        return rc;
      }
    } else {
      struct stat sb;
      if (stat(p, &sb) != 0) {
        int rc = fail(r, DYAD_EIO, fmt("%s: %s", p, strerror(errno)));
        free(p);
        return rc;
      }
      if (S_ISDIR(sb.st_mode)) {
        int again = 0;
        for (size_t i = 0; i < r->ndirs; i++)
          if (r->dirs[i].dev == sb.st_dev && r->dirs[i].ino == sb.st_ino) again = 1;
        if (again) {
          int rc = fail(r, DYAD_EIO, fmt("%s: directory already read (a symbolic link loop?)", p));
          free(p);
          return rc;
        }
        if (r->ndirs == r->capdirs) {
          size_t nc = r->capdirs ? r->capdirs * 2 : 16;
          void *nd = realloc(r->dirs, nc * sizeof *r->dirs);
          if (!nd) { free(p); return fail(r, DYAD_ENOMEM, NULL); }
          r->dirs = nd;
          r->capdirs = nc;
        }
        r->dirs[r->ndirs].dev = sb.st_dev;
        r->dirs[r->ndirs].ino = sb.st_ino;
        r->ndirs++;
        struct dirent **ents = NULL;
        int ne = scandir(p, &ents, NULL, alphasort);
        if (ne < 0) {
          int rc = fail(r, DYAD_EIO, fmt("%s: %s", p, strerror(errno)));
          free(p);
          return rc;
        }
        int bad = 0;
        for (int i = ne; i-- > 0;) {
          const char *nm = ents[i]->d_name;
          if (nm[0] != '.' && !bad) {
            size_t pl = strlen(p);
            char *child = fmt("%s%s%s", p, pl && p[pl - 1] == '/' ? "" : "/", nm);
            if (!child || push(r, child)) bad = 1;
            free(child);
          }
          free(ents[i]);
        }
        free(ents);
        free(p);
        if (bad) return fail(r, DYAD_ENOMEM, NULL);
        continue;
      }
      fd = open(p, O_RDONLY);
      if (fd < 0) {
        int rc = fail(r, DYAD_EIO, fmt("%s: %s", p, strerror(errno)));
        free(p);
        return rc;
      }
    }
    /* a regular file that does not start with the gzip magic is read as it
    ** is (what gzread would do, without its copy); one of fewer than two
    ** bytes, a pipe or stdin goes through zlib */
    if (strcmp(p, "-")) {
      unsigned char mg[2];
      ssize_t k = pread(fd, mg, 2, 0);
      if (k == 0 || (k == 2 && !(mg[0] == 0x1F && mg[1] == 0x8B))) {
        r->rfd = fd + 1;
        return opened(r, p);
      }
    }
    r->gz = gzdopen(fd, "rb");
    if (!r->gz) {
      close(fd);
      free(p);
      return fail(r, DYAD_ENOMEM, NULL);
    }
    gzbuffer(r->gz, 128 * 1024);
    return opened(r, p);
  }
  return 0;
}

static int has_nul(const char *s, size_t n) { return memchr(s, 0, n) != NULL; }

/* "[\n  {" : a JSON array of documents rather than JSON lines. */
static int looks_json_array(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) i++;
  if (i >= n || s[i] != '[') return 0;
  i++;
  while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) i++;
  return i < n && s[i] == '{';
}

/* Reads a whole text/HTML file and parses it. */
static int read_whole(dyad_reader *r, dyad_doc **out) {
  size_t limit = max_bytes(&r->opt);
  char *why = NULL;
  for (;;) {
    long got = fill(r, limit, &why);
    if (got == 0) break;
    if (got == -1) {
      int rc = fail(r, DYAD_EFORMAT, fmt("%s: %s", r->path, why ? why : "read error"));
      free(why);
      close_cur(r);
      return rc;
    }
    if (got == -2 || r->len - r->pos > limit) {
      int rc = fail(r, DYAD_ETOOBIG,
                    fmt("%s: document exceeds the limit of %zu bytes", r->path, limit));
      close_cur(r);
      return rc;
    }
  }
  const char *data = r->buf ? r->buf + r->pos : "";
  size_t n = r->len - r->pos;
  int rc = parse_doc(r->name, r->path, data, n, DYAD_KIND_AUTO, &r->opt, &r->scr, out, &why);
  if (rc < 0) {
    rc = fail(r, rc, fmt("%s: %s", r->path, why ? why : dyad_strerror(rc)));
    free(why);
  }
  close_cur(r);
  return rc < 0 ? rc : 1;
}

/* Next JSON line of the open file. */
static int next_line(dyad_reader *r, dyad_doc **out) {
  size_t limit = max_bytes(&r->opt);
  char *why = NULL;
  for (;;) {
    char *nl = r->len > r->pos ? memchr(r->buf + r->pos, '\n', r->len - r->pos) : NULL;
    if (!nl && !r->eof) {
      long got = fill(r, limit, &why);
      if (got == -1) {
        /* the read failed: complete lines before it were kept */
        int rc = fail(r, DYAD_EFORMAT,
                      fmt("%s:%zu: %s", r->path, r->line + 1, why ? why : "read error"));
        free(why);
        close_cur(r);
        return rc;
      }
      if (got == -2) {
        /* an over-long line: report it and skip to its end */
        r->line++;
        r->skipping = 1;
        r->pos = r->len;
        return fail(r, DYAD_ETOOBIG,
                    fmt("%s:%zu: line exceeds the limit of %zu bytes", r->path, r->line, limit));
      }
      continue;
    }
    size_t end = nl ? (size_t)(nl - r->buf) : r->len;
    size_t start = r->pos;
    r->pos = nl ? end + 1 : r->len;
    if (r->skipping) {
      if (nl) r->skipping = 0;
      if (!nl && r->eof) { close_cur(r); return 2; }
      continue;
    }
    if (start == end && !nl) { close_cur(r); return 2; } /* end of file */
    r->line++;
    const char *s = r->buf + start;
    size_t n = end - start;
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k == n) continue; /* blank line */
    char idbuf[64];
    char *fid = NULL;
    const char *id = r->name;
    size_t nlen = strlen(r->name);
    if (nlen < 40) { /* "%s:%zu" without snprintf (once per line) */
      char dig[24];
      size_t nd = 0, v = r->line;
      do {
        dig[nd++] = (char)('0' + v % 10);
        v /= 10;
      } while (v);
      memcpy(idbuf, r->name, nlen);
      idbuf[nlen] = ':';
      for (size_t q = 0; q < nd; q++) idbuf[nlen + 1 + q] = dig[nd - 1 - q];
      idbuf[nlen + 1 + nd] = 0;
      id = idbuf;
    } else if ((fid = fmt("%s:%zu", r->name, r->line))) {
      id = fid;
    }
    if (n - k > limit) {
      free(fid);
      return fail(r, DYAD_ETOOBIG,
                  fmt("%s:%zu: line exceeds the limit of %zu bytes", r->path, r->line, limit));
    }
    int rc = json_one(id, r->path, s + k, n - k, &r->opt, &r->scr, out, &why);
    free(fid);
    if (rc < 0) {
      rc = fail(r, rc, fmt("%s:%zu: %s", r->path, r->line, why ? why : dyad_strerror(rc)));
      free(why);
      return rc;
    }
    return 1;
  }
}

int dyad_reader_next(dyad_reader *r, dyad_doc **out) {
  if (!r || !out) return DYAD_EINVAL;
  *out = NULL;
  for (;;) {
    if (!r->gz && !r->rfd) {
      int rc = open_next(r);
      if (rc <= 0) return rc;
      /* sniff the kind from the first bytes */
      char *why = NULL;
      while (!r->eof && r->len - r->pos < 512) {
        long got = fill(r, max_bytes(&r->opt), &why);
        if (got <= 0) break;
      }
      if (why) {
        int e = fail(r, DYAD_EFORMAT, fmt("%s: %s", r->path, why));
        free(why);
        close_cur(r);
        return e;
      }
      size_t n = r->len - r->pos, head = n < 8192 ? n : 8192;
      const char *data = r->buf ? r->buf + r->pos : "";
      if (head >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                        ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
        int e = fail(r, DYAD_EFORMAT, fmt("%s: UTF-16 text is not supported (convert it to UTF-8)", r->path));
        close_cur(r);
        return e;
      }
      if (looks_json_array(data, n)) {
        int e = fail(r, DYAD_EFORMAT,
                     fmt("%s: a JSON array is not supported: use JSON lines (one object a line)", r->path));
        close_cur(r);
        return e;
      }
      if (has_nul(data, head)) {
        int e = fail(r, DYAD_EFORMAT, fmt("%s: binary data (NUL bytes), not a news document", r->path));
        close_cur(r);
        return e;
      }
      r->jsonl = sniff(data, n) == DYAD_KIND_JSONL;
      if (!r->jsonl) return read_whole(r, out);
    }
    int rc = next_line(r, out);
    if (rc == 2) continue; /* that file is done */
    return rc;
  }
}
