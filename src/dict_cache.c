/*
** dict_cache.c: compiled dictionary sets (issue 4). A loaded set (its flat
** arrays and string pool, dict_int.h; the verb matcher, verbs.c; the
** PETRARCH readers' state when the set has one, dict_petrarch.c; the
** gazetteer's tables, place.c) is written to one file and read back in a
** few milliseconds instead of parsing the sources again. The file is
** mapped read-only and the set's arrays point into the mapping (nothing is
** copied; a compiled set is complete: loading more into it is refused).
**
** File layout (all integers in the writer's byte order, which the header
** checks): a 64-byte header (magic "DYADDICT", format version, byte-order
** mark, a signature of the struct layouts, file length, a checksum of
** everything after the header, the id of the dyad build that wrote it, the
** key of the source set), then the list of source files with size and
** mtime (a set is stale when any of them changed, appeared or vanished),
** then the sections, each an 8-byte count followed by 8-byte-padded data.
** Nothing read is trusted: every index the matchers follow is checked, so a
** damaged file is an error naming it, never a crash.
**
** The automatic cache (dyad_dict_load_set) keeps one file a source set in
** $DYAD_CACHE_DIR, else $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad (the
** CACHE_KEEP most recently used), written to a temporary file and renamed
** into place, so concurrent runs never see half a file. The key of a set is
** its arguments (and the working directory when one is relative); the
** sources are the data directory's files, libgeonames (the gazetteer's
** cities) and every --dict path (a directory: its files).
*/
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "dict_int.h"
#include "dict_petrarch.h"
#include "place.h"
#include "util.h"
#include "verbs.h"

#include <dirent.h>
#include <elf.h>
#include <link.h>
#include <pthread.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define CACHE_MAGIC "DYADDICT"
#define CACHE_VERSION 16u /* 2: head sets carry their anchors' reach; 3: the gazetteer; 4: head sets carry a filter of their anchor words; 5: heads carry their second words' filter; 6: the first-unit filter of the phrases a lower-case word may start; 7: the checksum is a Fletcher sum of 64-bit words; 8: the verb matcher's blooms are saved; 9: a head set is one cache line (a 384-bit anchor filter), small sets merged per head; 10: an anchor entry of one pattern holds the pattern itself; 11: the heads' kinds are saved; 12: phrase units fold Latin diacritics to the base letter; 13: a trie node's bits summarise its senses (DYAD__TN_*); 14: a big head's sets are copied in its run (no list of set numbers); 15: the gazetteer's slots are one array of (index, hash), read in place; 16: the PETRARCH state's strings end in a NUL, read in place ("DPS2") */
#define CACHE_BOM 0x01020304u
#define HEADER_SIZE 64u
#define MAX_SOURCES 4096u
#define CACHE_KEEP 16     /* automatic cache files kept (least recently used go) */

/* ------------------------------------------------------------------------
** Buffers
** ---------------------------------------------------------------------- */

static void w_bytes(dyad__wbuf *w, const void *data, size_t len) {
  size_t pad = (8 - (len & 7)) & 7, need;
  if (w->err) return;
  need = w->n + len + pad;
  if (need < w->n) {
    w->err = DYAD_ENOMEM;
    return;
  }
  if (need > w->cap) {
    size_t cap = w->cap ? w->cap : 4096;
    unsigned char *q;
    while (cap < need) cap *= 2;
    if (!(q = realloc(w->p, cap))) {
      w->err = DYAD_ENOMEM;
      return;
    }
    w->p = q;
    w->cap = cap;
  }
  if (len) memcpy(w->p + w->n, data, len);
  memset(w->p + w->n + len, 0, pad);
  w->n = need;
}

void dyad__w_u64(dyad__wbuf *w, uint64_t x) { w_bytes(w, &x, sizeof x); }

void dyad__w_array(dyad__wbuf *w, const void *data, size_t count, size_t size) {
  dyad__w_u64(w, count);
  if (count && size > SIZE_MAX / count) {
    w->err = DYAD_ENOMEM;
    return;
  }
  w_bytes(w, data, count * size);
}

uint64_t dyad__r_u64(dyad__rbuf *r) {
  uint64_t x;
  if (r->err || r->n - r->off < 8) {
    r->err = DYAD_EFORMAT;
    return 0;
  }
  memcpy(&x, r->p + r->off, 8);
  r->off += 8;
  return x;
}

const void *dyad__r_array(dyad__rbuf *r, size_t *count, size_t size, size_t max) {
  uint64_t n = dyad__r_u64(r);
  size_t len, padded;
  const void *p;
  *count = 0;
  if (r->err) return NULL;
  if (n > max || (size && n > (SIZE_MAX - 8) / size)) {
    r->err = DYAD_EFORMAT;
    return NULL;
  }
  len = (size_t)n * size;
  padded = len + ((8 - (len & 7)) & 7);
  if (r->n - r->off < padded) {
    r->err = DYAD_EFORMAT;
    return NULL;
  }
  p = r->p + r->off;
  r->off += padded;
  *count = (size_t)n;
  return p;
}

int dyad__r_lent(const dyad__rbuf *r, const void *p) {
  const unsigned char *c = p;
  return r->wp && c >= r->wp && c <= r->wp + r->n;
}

void *dyad__r_copy(dyad__rbuf *r, size_t *count, size_t size, size_t max) {
  const void *p = dyad__r_array(r, count, size, max);
  void *q;
  if (!p) return NULL;
  if (r->wp) return r->wp + ((const unsigned char *)p - r->p);
  if (!(q = malloc(*count && size ? *count * size : 1))) {
    r->err = DYAD_ENOMEM;
    *count = 0;
    return NULL;
  }
  if (*count) memcpy(q, p, *count * size);
  return q;
}

/* A 64-bit checksum of the compiled file: a Fletcher sum of its 64-bit words
** in four lanes (word j goes to lane j % 4, whose a adds the word and whose b
** adds a, so a changed word changes a and a moved one changes b), 32 bytes a
** step, then the last bytes one by one; all of it mixed into one hash with
** the length. The sums are the same on every path: AVX2 where the CPU has it
** (the four lanes in one register), else SSE2 (two registers; 16-byte
** aligned loads when p is, as the mapped file past its header is), else
** plain C. */
#if defined(__SSE2__) && defined(__GNUC__) && defined(__x86_64__)
#define DYAD__CK_AVX2 1
#include <immintrin.h>
/* a[], b[] from the 32-byte steps of p[0, n), n a multiple of 128 */
__attribute__((target("avx2"))) static void ck_avx2(const unsigned char *p, size_t n, uint64_t *a,
                                                    uint64_t *b) {
  __m256i va = _mm256_loadu_si256((const __m256i *)(const void *)a);
  __m256i vb = _mm256_loadu_si256((const __m256i *)(const void *)b);
  for (size_t i = 0; i < n; i += 128) {
    va = _mm256_add_epi64(va, _mm256_loadu_si256((const __m256i *)(const void *)(p + i)));
    vb = _mm256_add_epi64(vb, va);
    va = _mm256_add_epi64(va, _mm256_loadu_si256((const __m256i *)(const void *)(p + i + 32)));
    vb = _mm256_add_epi64(vb, va);
    va = _mm256_add_epi64(va, _mm256_loadu_si256((const __m256i *)(const void *)(p + i + 64)));
    vb = _mm256_add_epi64(vb, va);
    va = _mm256_add_epi64(va, _mm256_loadu_si256((const __m256i *)(const void *)(p + i + 96)));
    vb = _mm256_add_epi64(vb, va);
  }
  _mm256_storeu_si256((__m256i *)(void *)a, va);
  _mm256_storeu_si256((__m256i *)(void *)b, vb);
}
#endif

static uint64_t checksum(const unsigned char *p, size_t len) {
  uint64_t a[4] = {0x9E3779B97F4A7C15ull, 0xC2B2AE3D27D4EB4Full, 0x165667B19E3779F9ull,
                   0x27D4EB2F165667C5ull};
  uint64_t b[4] = {0, 0, 0, 0};
  size_t i = 0, n32 = len & ~(size_t)31;
#if defined(DYAD__CK_AVX2)
  if (__builtin_cpu_supports("avx2")) {
    i = n32 & ~(size_t)127;
    ck_avx2(p, i, a, b);
  } else
#endif
#if defined(__SSE2__)
  {
    __m128i a0 = _mm_loadu_si128((const __m128i *)(const void *)a);
    __m128i a1 = _mm_loadu_si128((const __m128i *)(const void *)(a + 2));
    __m128i b0 = _mm_setzero_si128(), b1 = _mm_setzero_si128();
/* one 64-byte step of the two registers' lanes, LOAD the aligned or unaligned load */
#define CK_SSE2_STEP(LOAD)                                                        \
  do {                                                                            \
    for (size_t h_ = 0; h_ < 64; h_ += 32) {                                      \
      a0 = _mm_add_epi64(a0, LOAD((const __m128i *)(const void *)(p + i + h_)));      \
      a1 = _mm_add_epi64(a1, LOAD((const __m128i *)(const void *)(p + i + h_ + 16))); \
      b0 = _mm_add_epi64(b0, a0);                                                 \
      b1 = _mm_add_epi64(b1, a1);                                                 \
    }                                                                             \
  } while (0)
    if (!((uintptr_t)(const void *)p & 15))
      for (; i + 64 <= n32; i += 64) CK_SSE2_STEP(_mm_load_si128);
    for (; i + 64 <= n32; i += 64) CK_SSE2_STEP(_mm_loadu_si128);
#undef CK_SSE2_STEP
    _mm_storeu_si128((__m128i *)(void *)a, a0);
    _mm_storeu_si128((__m128i *)(void *)(a + 2), a1);
    _mm_storeu_si128((__m128i *)(void *)b, b0);
    _mm_storeu_si128((__m128i *)(void *)(b + 2), b1);
  }
#endif
  for (; i < n32; i += 32)
    for (int k = 0; k < 4; k++) {
      uint64_t x;
      memcpy(&x, p + i + 8 * k, 8);
      a[k] += x;
      b[k] += a[k];
    }
  uint64_t h = 0xcbf29ce484222325ull;
  for (; i < len; i++) h = (h ^ p[i]) * 0x100000001B3ull;
  for (int k = 0; k < 4; k++) h = dyad__hmix(dyad__hmix(h, a[k]), b[k]);
  return dyad__hfinal(h, len);
}

static uint64_t hash_str(uint64_t h, const char *s) {
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001B3ull;
  return (h ^ 0xFF) * 0x100000001B3ull; /* a separator */
}

/* The struct layouts the file depends on, as one number. */
static uint32_t layout_signature(void) {
  uint64_t h = 0xcbf29ce484222325ull;
  const size_t sz[] = {sizeof(size_t), sizeof(dyad__tnode), sizeof(dyad__sense),
                       sizeof(dyad__country), sizeof(dyad__igo), sizeof(dyad__person),
                       sizeof(dyad__term), sizeof(dyad__agent), sizeof(double),
                       DYAD__C_N, sizeof(((dyad_dict *)0)->first),
                       sizeof(((dyad_dict *)0)->first_lc)};
  for (size_t i = 0; i < sizeof sz / sizeof sz[0]; i++) h = (h ^ sz[i]) * 0x100000001B3ull;
  return (uint32_t)(h ^ (h >> 32));
}

/* This dyad build: its version and the GNU build-id note of the object
** that holds this code (dl_iterate_phdr: under valgrind or any loader,
** it is still the dyad binary, not the program /proc/self/exe names).
** Without a note, the running executable's size and mtime. */
typedef struct id_search {
  uintptr_t addr;
  uint64_t h;
  int found;
} id_search;

static int id_note(struct dl_phdr_info *info, size_t size, void *arg) {
  id_search *q = arg;
  int mine = 0;
  (void)size;
  for (int i = 0; i < info->dlpi_phnum && !mine; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
    if (ph->p_type == PT_LOAD && q->addr >= lo && q->addr - lo < ph->p_memsz) mine = 1;
  }
  if (!mine) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    const unsigned char *p, *end;
    if (ph->p_type != PT_NOTE) continue;
    p = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr);
    end = p + ph->p_memsz;
    while ((size_t)(end - p) >= sizeof(ElfW(Nhdr))) {
      const ElfW(Nhdr) *nh = (const void *)p;
      size_t nsz = (nh->n_namesz + 3u) & ~3u, dsz = (nh->n_descsz + 3u) & ~3u;
      const unsigned char *desc = p + sizeof *nh + nsz;
      if ((size_t)(end - p) < sizeof *nh + nsz + dsz) break;
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(p + sizeof *nh, "GNU", 4)) {
        for (size_t k = 0; k < nh->n_descsz; k++) q->h = (q->h ^ desc[k]) * 0x100000001B3ull;
        q->found = 1;
        return 1;
      }
      p = desc + dsz;
    }
  }
  return 1;
}

static uint64_t build_id_value;
static pthread_once_t build_id_once = PTHREAD_ONCE_INIT;

static void build_id_init(void) {
  id_search q;
  struct stat st;
  q.addr = (uintptr_t)&id_note;
  q.h = hash_str(0xcbf29ce484222325ull, DYAD_VERSION);
  q.found = 0;
  dl_iterate_phdr(id_note, &q);
  if (!q.found && stat("/proc/self/exe", &st) == 0) {
    q.h = (q.h ^ (uint64_t)st.st_size) * 0x100000001B3ull;
    q.h = (q.h ^ (uint64_t)st.st_mtim.tv_sec) * 0x100000001B3ull;
    q.h = (q.h ^ (uint64_t)st.st_mtim.tv_nsec) * 0x100000001B3ull;
  }
  build_id_value = q.h;
}

/* (once for the process: threads loading sets at once read one value) */
static uint64_t build_id(void) {
  pthread_once(&build_id_once, build_id_init);
  return build_id_value;
}

/* ------------------------------------------------------------------------
** Source lists
** ---------------------------------------------------------------------- */

typedef struct source {
  char *path;         /* absolute when it could be resolved */
  uint64_t size;
  int64_t sec, nsec;  /* mtime */
  uint64_t kind;      /* 0 file, 1 directory, 2 missing */
} source;

typedef struct srclist {
  source *s;
  size_t n, cap;
} srclist;

static void srclist_free(srclist *l) {
  for (size_t i = 0; i < l->n; i++) free(l->s[i].path);
  free(l->s);
  l->s = NULL;
  l->n = l->cap = 0;
}

static int src_add(srclist *l, const char *path) {
  struct stat st;
  source *s;
  if (l->n == MAX_SOURCES) return DYAD_ETOOBIG;
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    source *q = realloc(l->s, cap * sizeof *q);
    if (!q) return DYAD_ENOMEM;
    l->s = q;
    l->cap = cap;
  }
  s = &l->s[l->n];
  memset(s, 0, sizeof *s);
  if (!(s->path = strdup(path))) return DYAD_ENOMEM;
  l->n++;
  if (stat(path, &st) != 0) {
    s->kind = 2;
    return 0;
  }
  s->kind = S_ISDIR(st.st_mode) ? 1 : 0;
  s->size = s->kind ? 0 : (uint64_t)st.st_size;
  s->sec = (int64_t)st.st_mtim.tv_sec;
  s->nsec = (int64_t)st.st_mtim.tv_nsec;
  return 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds path and, for a directory, every file in it (sorted). */
static int src_add_tree(srclist *l, const char *given) {
  char abs[PATH_MAX];
  const char *path = realpath(given, abs) ? abs : given;
  struct stat st;
  DIR *dir;
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0;
  int rc = src_add(l, path);
  if (rc || stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) return rc;
  if (!(dir = opendir(path))) return 0; /* unreadable: the load will say so */
  while ((e = readdir(dir))) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      char **q = realloc(names, (cap = cap ? cap * 2 : 32) * sizeof *q);
      if (!q) {
        rc = DYAD_ENOMEM;
        break;
      }
      names = q;
    }
    if (!(names[n] = strdup(e->d_name))) {
      rc = DYAD_ENOMEM;
      break;
    }
    n++;
  }
  closedir(dir);
  if (!rc && n > 1) qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n; i++) {
    char p[PATH_MAX + 256];
    if (!rc) {
      if ((size_t)snprintf(p, sizeof p, "%s/%s", path, names[i]) >= sizeof p) rc = DYAD_ETOOBIG;
      else rc = src_add(l, p);
    }
    free(names[i]);
  }
  free(names);
  return rc;
}

/* The data directory dyad_dict_load_default reads for `dir`. */
static const char *data_dir(const char *dir) {
  if (!dir || !*dir) dir = getenv("DYAD_DATA");
#ifdef DYAD_DATADIR
  if (!dir || !*dir) dir = DYAD_DATADIR;
#endif
  if (!dir || !*dir) dir = "data";
  return dir;
}

static int is_none(const char *dir) { return dir && !strcmp(dir, "none"); }

/* The library the gazetteer's cities come from (its data is built in). */
static int src_add_geonames(srclist *l) {
  static const char *libs[] = {
      "/usr/lib/x86_64-linux-gnu/libgeonames.so.0", "/usr/lib/aarch64-linux-gnu/libgeonames.so.0",
      "/usr/lib64/libgeonames.so.0", "/usr/lib/libgeonames.so.0", "/usr/local/lib/libgeonames.so.0"};
  char abs[PATH_MAX];
  for (size_t i = 0; i < sizeof libs / sizeof libs[0]; i++)
    if (realpath(libs[i], abs)) return src_add(l, abs);
  return 0;
}

static int sources_of(srclist *l, const char *dir, const char *const *paths, size_t n) {
  int rc = 0;
  if (!is_none(dir) && !(rc = src_add_tree(l, data_dir(dir)))) rc = src_add_geonames(l);
  for (size_t i = 0; !rc && i < n; i++) rc = src_add_tree(l, paths[i]);
  return rc;
}

/* The key of a source set: the arguments as given (and the working
** directory, which relative ones depend on). */
static uint64_t set_key(const char *dir, const char *const *paths, size_t n) {
  uint64_t h = hash_str(0x84222325CBF29CE4ull, is_none(dir) ? "\001none" : data_dir(dir));
  char cwd[PATH_MAX];
  int rel = !is_none(dir) && data_dir(dir)[0] != '/';
  for (size_t i = 0; i < n; i++) {
    h = hash_str(h, paths[i]);
    rel |= paths[i][0] != '/';
  }
  if (rel && getcwd(cwd, sizeof cwd)) h = hash_str(h, cwd);
  return h;
}

static void w_sources(dyad__wbuf *w, const srclist *l) {
  dyad__w_u64(w, l->n);
  for (size_t i = 0; i < l->n; i++) {
    dyad__w_array(w, l->s[i].path, strlen(l->s[i].path) + 1, 1);
    dyad__w_u64(w, l->s[i].size);
    dyad__w_u64(w, (uint64_t)l->s[i].sec);
    dyad__w_u64(w, (uint64_t)l->s[i].nsec);
    dyad__w_u64(w, l->s[i].kind);
  }
}

/* Checks the stored source list against the files now. Returns 0 when
** fresh, DYAD_EFORMAT when garbled, 1 when stale (what names the first
** changed file, cap bytes). */
static int r_sources_fresh(dyad__rbuf *r, char *what, size_t cap) {
  uint64_t n = dyad__r_u64(r);
  int stale = 0;
  if (r->err || n > MAX_SOURCES) return DYAD_EFORMAT;
  for (uint64_t i = 0; i < n; i++) {
    size_t len;
    const char *p = dyad__r_array(r, &len, 1, PATH_MAX + 256);
    uint64_t size = dyad__r_u64(r), sec = dyad__r_u64(r), nsec = dyad__r_u64(r),
             kind = dyad__r_u64(r);
    struct stat st;
    int same;
    if (r->err || !len || p[len - 1] || kind > 2) return DYAD_EFORMAT;
    if (stale) continue;
    if (stat(p, &st) != 0) same = kind == 2;
    else
      same = kind == (S_ISDIR(st.st_mode) ? 1u : 0u) &&
             (kind || size == (uint64_t)st.st_size) &&
             sec == (uint64_t)(int64_t)st.st_mtim.tv_sec &&
             nsec == (uint64_t)(int64_t)st.st_mtim.tv_nsec;
    if (!same) {
      stale = 1;
      snprintf(what, cap, "%s", p);
    }
  }
  return stale;
}

/* ------------------------------------------------------------------------
** Writing
** ---------------------------------------------------------------------- */

/* 1 when the set can be compiled; else 0 with the reason in why. */
static int compilable(const dyad_dict *d, const char **why) {
  if (d->cached) {
    *why = "it is itself a compiled set (compile its sources instead)";
    return 0;
  }
  if (d->nerrors) {
    *why = "the dictionaries have errors (see dyad dict check)";
    return 0;
  }
#ifndef DYAD__PETRARCH_HAS_SAVE
  if (d->pet) {
    *why = "PETRARCH-format sets cannot be compiled yet (the readers' state has no saved form)";
    return 0;
  }
#endif
  return 1;
}

static int w_dict(dyad__wbuf *w, const dyad_dict *d) {
  int rc;
  dyad__w_u64(w, d->tabn);
  dyad__w_array(w, d->count, DYAD__C_N, sizeof d->count[0]);
  dyad__w_array(w, d->first, sizeof d->first / sizeof d->first[0], sizeof d->first[0]);
  dyad__w_array(w, d->first_lc, sizeof d->first_lc / sizeof d->first_lc[0], sizeof d->first_lc[0]);
  dyad__w_array(w, d->tab, d->tabcap, sizeof *d->tab);
  dyad__w_array(w, d->senses, d->nsense, sizeof *d->senses);
  dyad__w_array(w, d->str, d->nstr, 1);
  dyad__w_array(w, d->countries, d->ncountry, sizeof *d->countries);
  dyad__w_array(w, d->igos, d->nigo, sizeof *d->igos);
  dyad__w_array(w, d->persons, d->nperson, sizeof *d->persons);
  dyad__w_array(w, d->terms, d->nterm, sizeof *d->terms);
  dyad__w_array(w, d->agents, d->nagent, sizeof *d->agents);
  if ((rc = dyad__verbs_save(d->verbs, w))) return rc;
  /* the gazetteer is not stored: it is rebuilt from libgeonames and the
     places.tsv of this directory */
  if (d->gaz && d->gaz_dir) dyad__w_array(w, d->gaz_dir, strlen(d->gaz_dir) + 1, 1);
  else dyad__w_array(w, "", 0, 1);
#ifdef DYAD__GAZETTEER_HAS_SAVE
  /* its tables (place.c), so a load skips libgeonames' start-up */
  if ((rc = dyad__gazetteer_save(d->gaz && d->gaz_dir ? d->gaz : NULL, w))) return w->err = rc;
#endif
  /* the PETRARCH readers' state, in their own format (dict_petrarch.c) */
  if (!d->pet) {
    dyad__w_u64(w, 0);
  } else {
#ifdef DYAD__PETRARCH_HAS_SAVE
    void *blob = NULL;
    size_t n = 0;
    if ((rc = dyad__petrarch_save(d->pet, &blob, &n))) return w->err = rc;
    dyad__w_u64(w, 1);
    dyad__w_array(w, blob, n, 1);
    free(blob);
#else
    return w->err = DYAD_EINVAL;
#endif
  }
  return w->err;
}

/* Writes the file: header, sources, set; through a temporary file renamed
** into place, so a reader never sees half a file. */
static int write_file(dyad_dict *d, const char *file, const srclist *l, uint64_t key) {
  dyad__wbuf w = {NULL, 0, 0, 0};
  unsigned char hdr[HEADER_SIZE];
  char tmp[PATH_MAX + 64];
  uint32_t u;
  uint64_t x;
  FILE *f;
  int rc;
  memset(hdr, 0, sizeof hdr);
  w_bytes(&w, hdr, sizeof hdr);
  w_sources(&w, l);
  if ((rc = w_dict(&w, d)) || (rc = w.err)) {
    free(w.p);
    dyad__dict_error(d, file, 0, "cannot compile: %s", dyad_strerror(rc));
    return rc;
  }
  memcpy(hdr, CACHE_MAGIC, 8);
  u = CACHE_VERSION;
  memcpy(hdr + 8, &u, 4);
  u = CACHE_BOM;
  memcpy(hdr + 12, &u, 4);
  u = layout_signature();
  memcpy(hdr + 16, &u, 4);
  u = HEADER_SIZE;
  memcpy(hdr + 20, &u, 4);
  x = w.n;
  memcpy(hdr + 24, &x, 8);
  x = checksum(w.p + HEADER_SIZE, w.n - HEADER_SIZE);
  memcpy(hdr + 32, &x, 8);
  x = build_id();
  memcpy(hdr + 40, &x, 8);
  memcpy(hdr + 48, &key, 8);
  memcpy(w.p, hdr, sizeof hdr);
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.%ld.tmp", file, (long)getpid()) >= sizeof tmp) {
    free(w.p);
    dyad__dict_error(d, file, 0, "file name too long");
    return DYAD_EINVAL;
  }
  f = fopen(tmp, "wb");
  if (!f) {
    dyad__dict_error(d, file, 0, "cannot write: %s", strerror(errno));
    free(w.p);
    return DYAD_EIO;
  }
  rc = fwrite(w.p, 1, w.n, f) == w.n ? 0 : DYAD_EIO;
  if (fclose(f) != 0) rc = DYAD_EIO;
  free(w.p);
  if (!rc && rename(tmp, file) != 0) rc = DYAD_EIO;
  if (rc) {
    dyad__dict_error(d, file, 0, "cannot write: %s", strerror(errno));
    remove(tmp);
  }
  return rc;
}

/* ------------------------------------------------------------------------
** Reading
** ---------------------------------------------------------------------- */

static int dict_is_new(const dyad_dict *d) {
  return !d->verbs && !d->gaz && !d->pet && !d->ncountry && !d->nigo && !d->nperson &&
         !d->nagent && !d->nterm && !d->nerrors;
}

/* Checks every index actors.c and dict.c follow. 1 when sane. */
static int dict_sane(const dyad_dict *d) {
  size_t used = 0;
  if (!d->tabcap || (d->tabcap & (d->tabcap - 1))) return 0;
  for (size_t i = 0; i < d->tabcap; i++) {
    if (!d->tab[i].key) continue;
    used++;
    if (d->tab[i].sense > d->nsense) return 0;
  }
  if (used != d->tabn || used >= d->tabcap) return 0;
  if (!d->nstr || d->str[d->nstr - 1]) return 0;
  for (size_t i = 0; i < d->nsense; i++) {
    const dyad__sense *s = &d->senses[i];
    size_t lim;
    if (s->next > i) return 0; /* chains run to older senses: no cycle */
    switch (s->type) {
    case DYAD__S_COUNTRY: case DYAD__S_ADJ: case DYAD__S_SEAT: lim = d->ncountry; break;
    case DYAD__S_IGO: lim = d->nigo; break;
    case DYAD__S_PFULL: case DYAD__S_PSHORT: lim = d->nperson; break;
    case DYAD__S_AGENT: case DYAD__S_ORG: lim = d->nagent; break;
    default: lim = (size_t)-1; break;
    }
    if (s->type < DYAD__S_COUNTRY || s->type > DYAD__S_BLOCK || s->idx >= lim) return 0;
  }
  for (size_t i = 0; i < d->ncountry; i++)
    if (d->countries[i].name >= d->nstr || d->countries[i].capital >= d->nstr) return 0;
  for (size_t i = 0; i < d->nigo; i++)
    if (d->igos[i].name >= d->nstr) return 0;
  for (size_t i = 0; i < d->nperson; i++)
    if (d->persons[i].name >= d->nstr || d->persons[i].term > d->nterm) return 0;
  for (size_t i = 0; i < d->nterm; i++)
    if (d->terms[i].next > i || d->terms[i].person >= d->nperson) return 0;
  return 1;
}

/* Fixed-size strings must end in NUL (checked, not patched: writing would
** copy the mapped pages). */
static int nul_in(const char *s, size_t n) { return dyad__has_nul(s, n); }

static int strings_sane(const dyad_dict *d) {
  for (size_t i = 0; i < d->ncountry; i++)
    if (!nul_in(d->countries[i].iso3, sizeof d->countries[i].iso3)) return 0;
  for (size_t i = 0; i < d->nigo; i++)
    if (!nul_in(d->igos[i].code, sizeof d->igos[i].code) ||
        !nul_in(d->igos[i].country, sizeof d->igos[i].country))
      return 0;
  for (size_t i = 0; i < d->nterm; i++)
    if (!nul_in(d->terms[i].code, sizeof d->terms[i].code) ||
        !nul_in(d->terms[i].country, sizeof d->terms[i].country))
      return 0;
  for (size_t i = 0; i < d->nagent; i++)
    if (!nul_in(d->agents[i].sector, sizeof d->agents[i].sector) ||
        !nul_in(d->agents[i].code, sizeof d->agents[i].code) ||
        !nul_in(d->agents[i].country, sizeof d->agents[i].country))
      return 0;
  return 1;
}

#define RMAX ((size_t)1 << 30)

static int r_dict(dyad__rbuf *r, dyad_dict *d) {
  size_t n, nfirst;
  const void *p;
  char *gdir;
  int rc;
  d->tabn = (size_t)dyad__r_u64(r);
  p = dyad__r_array(r, &n, sizeof d->count[0], DYAD__C_N);
  if (p && n == DYAD__C_N) memcpy(d->count, p, sizeof d->count);
  else r->err = DYAD_EFORMAT;
  p = dyad__r_array(r, &nfirst, sizeof d->first[0], 1024);
  if (p && nfirst == sizeof d->first / sizeof d->first[0]) memcpy(d->first, p, sizeof d->first);
  else r->err = DYAD_EFORMAT;
  p = dyad__r_array(r, &nfirst, sizeof d->first_lc[0], 1024);
  if (p && nfirst == sizeof d->first_lc / sizeof d->first_lc[0]) memcpy(d->first_lc, p, sizeof d->first_lc);
  else r->err = DYAD_EFORMAT;
  free(d->tab);
  free(d->senses);
  free(d->str);
  d->tab = dyad__r_copy(r, &d->tabcap, sizeof *d->tab, RMAX);
  d->senses = dyad__r_copy(r, &d->nsense, sizeof *d->senses, RMAX);
  d->str = dyad__r_copy(r, &d->nstr, 1, (size_t)UINT32_MAX);
  d->countries = dyad__r_copy(r, &d->ncountry, sizeof *d->countries, RMAX);
  d->igos = dyad__r_copy(r, &d->nigo, sizeof *d->igos, RMAX);
  d->persons = dyad__r_copy(r, &d->nperson, sizeof *d->persons, RMAX);
  d->terms = dyad__r_copy(r, &d->nterm, sizeof *d->terms, RMAX);
  d->agents = dyad__r_copy(r, &d->nagent, sizeof *d->agents, RMAX);
  d->capsense = d->nsense;
  d->capstr = d->nstr;
  d->capcountry = d->ncountry;
  d->capigo = d->nigo;
  d->capperson = d->nperson;
  d->capterm = d->nterm;
  d->capagent = d->nagent;
  if (r->err) return r->err;
  if (!dict_sane(d) || !strings_sane(d)) return r->err = DYAD_EFORMAT;
  free(d->termkey); /* (not saved: rebuilt from the terms) */
  d->captermkey = 0;
  if (!(d->termkey = malloc((d->nterm ? d->nterm : 1) * sizeof *d->termkey))) return r->err = DYAD_ENOMEM;
  d->captermkey = d->nterm ? d->nterm : 1;
  for (size_t i = 0; i < d->nterm; i++) d->termkey[i] = dyad__term_key(d->terms[i].country, d->terms[i].role);
  if ((rc = dyad__verbs_restore(&d->verbs, r))) return r->err = rc;
  {
    const char *g = dyad__r_array(r, &n, 1, PATH_MAX + 256);
    if (!g) return r->err;
    if (!(gdir = malloc(n + 1))) return r->err = DYAD_ENOMEM;
    memcpy(gdir, g, n);
    gdir[n] = 0;
  }
#ifdef DYAD__GAZETTEER_HAS_SAVE
  {
    dyad_gazetteer *g = NULL;
    if ((rc = dyad__gazetteer_restore(&g, r))) {
      free(gdir);
      return r->err = rc == DYAD_ENOMEM ? DYAD_ENOMEM : DYAD_EFORMAT;
    }
    if (!g != !(n && !gdir[n - 1])) { /* a gazetteer exactly when a directory is named */
      dyad__gazetteer_free(g);
      free(gdir);
      return r->err = DYAD_EFORMAT;
    }
    d->gaz = g;
  }
#endif
  if (d->gaz) {
    d->gaz_dir = gdir;
  } else if (n && !gdir[n - 1]) {
    char *msg = NULL;
    if ((rc = dyad__gazetteer_load_dir(&d->gaz, gdir, &msg))) {
      /* place.c names its file and line itself */
      dyad__dict_error(d, gdir, 0, "gazetteer: %s", msg && *msg ? msg : dyad_strerror(rc));
      free(msg);
      free(gdir);
      return rc;
    }
    free(msg);
    d->gaz_dir = gdir;
  } else {
    free(gdir);
    if (n) return r->err = DYAD_EFORMAT;
  }
  {
    uint64_t has_pet = dyad__r_u64(r);
    if (r->err || has_pet > 1) return r->err = DYAD_EFORMAT;
    if (has_pet) {
#ifdef DYAD__PETRARCH_HAS_SAVE
      p = dyad__r_array(r, &n, 1, RMAX);
      if (!p) return r->err;
      /* (a mapped set keeps the blob: its strings are read in place) */
      if ((rc = r->wp ? dyad__petrarch_restore_lent(&d->pet, r->wp + ((const unsigned char *)p - r->p), n)
                      : dyad__petrarch_restore(&d->pet, p, n)))
        return r->err = rc == DYAD_ENOMEM ? DYAD_ENOMEM : DYAD_EFORMAT;
      d->pet_free = dyad__petrarch_free;
#else
      return r->err = DYAD_EFORMAT;
#endif
    }
  }
  if (r->off != r->n) return r->err = DYAD_EFORMAT;
  return 0;
}

/* Reasons a file is not read (for messages). */
enum { RD_OK = 0, RD_EMPTY, RD_MAGIC, RD_VERSION, RD_MACHINE, RD_TRUNC, RD_CHECKSUM, RD_BUILD, RD_KEY, RD_STALE, RD_FORMAT, RD_IO, RD_NOMEM, RD_NOTNEW, RD_LOAD };

static const char *rd_msg(int why) {
  switch (why) {
  case RD_EMPTY: return "empty file, not a compiled dictionary set";
  case RD_MAGIC: return "not a compiled dictionary set (bad magic)";
  case RD_VERSION: return "compiled dictionary set of another format version (recompile with dyad dict compile)";
  case RD_MACHINE: return "compiled dictionary set from another machine type (byte order or sizes differ; recompile)";
  case RD_TRUNC: return "truncated compiled dictionary set";
  case RD_CHECKSUM: return "corrupt compiled dictionary set (checksum mismatch)";
  case RD_BUILD: return "compiled by another dyad build (recompile with dyad dict compile)";
  case RD_KEY: return "compiled from another source set";
  case RD_FORMAT: return "corrupt compiled dictionary set (malformed section)";
  case RD_NOMEM: return "out of memory";
  case RD_NOTNEW: return "a compiled dictionary set is complete: load it alone, into a new set (dyad code --data none --dict FILE)";
  default: return "cannot read";
  }
}

/* Reads file into d (new). want_key: 0 = any source set, else it must be
** that key. Returns RD_*; on RD_STALE, stale names the changed source. On
** any failure d is left a new set (with the messages it had). */
static int read_buf(dyad_dict *d, const unsigned char *buf, size_t len, uint64_t want_key,
                    int check_build, char *stale, size_t cap, unsigned char *map, int *taken) {
  int why = RD_OK, rc;
  uint32_t u;
  uint64_t x;
  dyad__rbuf r;
  if (!len) why = RD_EMPTY;
  else if (len < 8 || memcmp(buf, CACHE_MAGIC, 8)) why = RD_MAGIC;
  else if (len < HEADER_SIZE) why = RD_TRUNC;
  if (why) goto out;
  memcpy(&u, buf + 8, 4);
  if (u != CACHE_VERSION) {
    /* the byte order decides how the version reads */
    uint32_t bom;
    memcpy(&bom, buf + 12, 4);
    why = bom == CACHE_BOM ? RD_VERSION : RD_MACHINE;
    goto out;
  }
  memcpy(&u, buf + 12, 4);
  if (u != CACHE_BOM) {
    why = RD_MACHINE;
    goto out;
  }
  memcpy(&u, buf + 16, 4);
  if (u != layout_signature()) {
    why = RD_MACHINE;
    goto out;
  }
  memcpy(&u, buf + 20, 4);
  memcpy(&x, buf + 24, 8);
  if (u != HEADER_SIZE || x < HEADER_SIZE) {
    why = RD_FORMAT;
    goto out;
  }
  if (x != len) {
    why = x > len ? RD_TRUNC : RD_FORMAT;
    goto out;
  }
  memcpy(&x, buf + 32, 8);
  if (x != checksum(buf + HEADER_SIZE, len - HEADER_SIZE)) {
    why = RD_CHECKSUM;
    goto out;
  }
  memcpy(&x, buf + 40, 8);
  if (check_build && x != build_id()) {
    why = RD_BUILD;
    goto out;
  }
  memcpy(&x, buf + 48, 8);
  if (want_key && x != want_key) {
    why = RD_KEY;
    goto out;
  }
  r.p = buf;
  r.n = len;
  r.off = HEADER_SIZE;
  r.err = 0;
  r.wp = NULL;
  rc = r_sources_fresh(&r, stale, cap);
  if (rc) {
    why = rc == 1 ? RD_STALE : RD_FORMAT;
    goto out;
  }
  if (!dict_is_new(d)) {
    why = RD_NOTNEW;
    goto out;
  }
  if (map) {
    /* the set keeps the mapping; its arrays point into it */
    r.wp = map;
    d->map = map;
    d->maplen = len;
    *taken = 1;
  }
  rc = r_dict(&r, d);
  if (rc) {
    /* d holds part of the file: make it a new set again (keeping the
       gazetteer's message, if that is what failed) */
    dyad_dict *fresh = dyad_dict_new(), tmp;
    why = rc == DYAD_ENOMEM ? RD_NOMEM : rc == DYAD_EFORMAT ? RD_FORMAT : RD_LOAD;
    if (fresh) {
      char *msgs = d->err;
      size_t errlen = d->errlen, errcap = d->errcap, nerr = d->nerrors;
      d->err = NULL;
      tmp = *d;
      *d = *fresh;
      *fresh = tmp;
      free(d->err);
      d->err = msgs;
      d->errlen = errlen;
      d->errcap = errcap;
      d->nerrors = nerr;
      dyad_dict_free(fresh);
    } else {
      why = RD_NOMEM;
    }
  } else {
    d->cached = 1;
  }
out:
  return why;
}

/* Maps the file (read-only) and reads it; the set keeps the mapping when
** it gets as far as the sections. */
static int read_file(dyad_dict *d, const char *file, uint64_t want_key, int check_build,
                     char *stale, size_t cap, int *sys_err) {
  struct stat st;
  unsigned char *map;
  size_t len;
  int fd = open(file, O_RDONLY | O_CLOEXEC), why, taken = 0;
  *sys_err = 0;
  if (fd < 0 || fstat(fd, &st) != 0) {
    *sys_err = errno;
    if (fd >= 0) close(fd);
    return RD_IO;
  }
  if (S_ISDIR(st.st_mode)) {
    close(fd);
    *sys_err = EISDIR;
    return RD_IO;
  }
  if (st.st_size <= 0) {
    close(fd);
    return RD_EMPTY;
  }
  if ((uint64_t)st.st_size > ((uint64_t)1 << 32)) {
    close(fd);
    *sys_err = EFBIG;
    return RD_IO;
  }
  len = (size_t)st.st_size;
  /* read-only: the set never writes its arrays (loading into it is
     refused), and a writable private mapping would copy every page */
  map = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) {
    *sys_err = errno;
    return errno == ENOMEM ? RD_NOMEM : RD_IO;
  }
  why = read_buf(d, map, len, want_key, check_build, stale, cap, map, &taken);
  if (!taken) munmap(map, len);
  return why;
}

/* ------------------------------------------------------------------------
** Entry points
** ---------------------------------------------------------------------- */

int dyad__dict_is_compiled(const char *path) {
  char m[8];
  FILE *f = fopen(path, "rb");
  size_t n;
  if (!f) return 0;
  n = fread(m, 1, sizeof m, f);
  fclose(f);
  return n == sizeof m && !memcmp(m, CACHE_MAGIC, 8);
}

/* The status and message of a read that gave `why`. */
static int read_status(dyad_dict *d, const char *file, int why, int sys_err,
                       const char *stale) {
  switch (why) {
  case RD_OK: return 0;
  case RD_IO:
    dyad__dict_error(d, file, 0, "cannot read: %s", strerror(sys_err));
    return DYAD_EIO;
  case RD_NOMEM:
    dyad__dict_error(d, file, 0, "out of memory");
    return DYAD_ENOMEM;
  case RD_STALE:
    dyad__dict_error(d, file, 0, "stale compiled dictionary set: %s changed since it was "
                     "compiled (recompile with dyad dict compile)", stale);
    return DYAD_EDICT;
  case RD_NOTNEW:
    dyad__dict_error(d, file, 0, "%s", rd_msg(why));
    return DYAD_EINVAL;
  case RD_LOAD:
    return DYAD_EDICT; /* the gazetteer's message is recorded */
  default:
    dyad__dict_error(d, file, 0, "%s", rd_msg(why));
    return DYAD_EFORMAT;
  }
}

int dyad__dict_load_compiled(dyad_dict *d, const char *file) {
  char stale[PATH_MAX + 256];
  int sys_err, why;
  if (!d || !file) return DYAD_EINVAL;
  stale[0] = 0;
  why = read_file(d, file, 0, 1, stale, sizeof stale, &sys_err);
  return read_status(d, file, why, sys_err, stale);
}

int dyad__dict_load_compiled_buf(dyad_dict *d, const void *buf, size_t len, const char *name) {
  char stale[PATH_MAX + 256];
  int why;
  if (!d || (!buf && len)) return DYAD_EINVAL;
  stale[0] = 0;
  why = read_buf(d, buf, len, 0, 1, stale, sizeof stale, NULL, NULL);
  return read_status(d, name ? name : "(buffer)", why, 0, stale);
}

uint64_t dyad__dict_checksum(const void *p, size_t len) { return checksum(p, len); }

void dyad__dict_compiled_reseal(void *buf, size_t len) {
  unsigned char *p = buf;
  uint64_t x = len;
  if (len < HEADER_SIZE) return;
  memcpy(p + 24, &x, 8);
  x = checksum(p + HEADER_SIZE, len - HEADER_SIZE);
  memcpy(p + 32, &x, 8);
}

/* Loads the sources as `dyad code` does. */
static int load_sources(dyad_dict *d, const char *dir, const char *const *paths, size_t n) {
  int rc = 0;
  if (!is_none(dir) && (rc = dyad_dict_load_default(d, dir))) return rc;
  for (size_t i = 0; i < n; i++)
    if ((rc = dyad_dict_load(d, paths[i], DYAD_DICT_AUTO))) return rc;
  return 0;
}

int dyad_dict_compile(dyad_dict *d, const char *dir, const char *const *paths, size_t n,
                      const char *file) {
  srclist l = {NULL, 0, 0};
  const char *why = NULL;
  int rc;
  if (!d || !file || (n && !paths)) return DYAD_EINVAL;
  if (!dict_is_new(d)) {
    dyad__dict_error(d, file, 0, "dyad_dict_compile needs a new dictionary set");
    return DYAD_EINVAL;
  }
  if (is_none(dir) && !n) {
    dyad__dict_error(d, file, 0, "nothing to compile (no data directory, no dictionaries)");
    return DYAD_EINVAL;
  }
  /* the list is taken before loading: a file changed meanwhile makes the
     compiled set stale rather than silently wrong */
  if ((rc = sources_of(&l, dir, paths, n))) {
    srclist_free(&l);
    dyad__dict_error(d, file, 0, "cannot list the sources: %s", dyad_strerror(rc));
    return rc;
  }
  if ((rc = load_sources(d, dir, paths, n))) {
    srclist_free(&l);
    return rc;
  }
  if (!compilable(d, &why)) {
    srclist_free(&l);
    dyad__dict_error(d, file, 0, "cannot compile: %s", why);
    return DYAD_EINVAL;
  }
  rc = write_file(d, file, &l, set_key(dir, paths, n));
  srclist_free(&l);
  return rc;
}

/* The automatic cache's directory (created), or NULL. */
static int cache_dir(char *out, size_t cap) {
  const char *e = getenv("DYAD_CACHE_DIR"), *base;
  char p[PATH_MAX];
  if (e && *e) {
    if ((size_t)snprintf(p, sizeof p, "%s", e) >= sizeof p) return 0;
  } else if ((base = getenv("XDG_CACHE_HOME")) && *base) {
    if ((size_t)snprintf(p, sizeof p, "%s/dyad", base) >= sizeof p) return 0;
  } else if ((base = getenv("HOME")) && *base) {
    if ((size_t)snprintf(p, sizeof p, "%s/.cache/dyad", base) >= sizeof p) return 0;
  } else {
    return 0;
  }
  /* mkdir -p */
  for (char *s = p + 1; *s; s++)
    if (*s == '/') {
      *s = 0;
      if (mkdir(p, 0700) != 0 && errno != EEXIST) return 0;
      *s = '/';
    }
  if (mkdir(p, 0700) != 0 && errno != EEXIST) return 0;
  return (size_t)snprintf(out, cap, "%s", p) < cap;
}

int dyad__dict_cache_file(const char *dir, const char *const *paths, size_t n, char *out,
                          size_t cap) {
  char cd[PATH_MAX];
  if (!cache_dir(cd, sizeof cd)) return 0;
  /* one file a set and a build: two dyad builds never evict each other's */
  return (size_t)snprintf(out, cap, "%s/dict-%016llx.dyc", cd,
                          (unsigned long long)(set_key(dir, paths, n) ^ build_id())) < cap;
}

/* Keeps the CACHE_KEEP most recently used files of the cache directory
** of `file` (a read touches its file). Best effort. */
static void cache_prune(const char *file) {
  char dirp[PATH_MAX];
  const char *slash = strrchr(file, '/');
  DIR *dir;
  struct dirent *e;
  struct { char name[64]; struct timespec t; } f[CACHE_KEEP + 1];
  size_t n = 0;
  if (!slash || (size_t)(slash - file) >= sizeof dirp) return;
  memcpy(dirp, file, (size_t)(slash - file));
  dirp[slash - file] = 0;
  if (!(dir = opendir(dirp))) return;
  while ((e = readdir(dir))) {
    char p[PATH_MAX + 64];
    struct stat st;
    size_t len = strlen(e->d_name), k;
    if (len < 9 || len >= sizeof f[0].name || strncmp(e->d_name, "dict-", 5) ||
        strcmp(e->d_name + len - 4, ".dyc"))
      continue;
    if ((size_t)snprintf(p, sizeof p, "%s/%s", dirp, e->d_name) >= sizeof p || stat(p, &st))
      continue;
    /* f[] holds the newest so far, newest first; one more spills */
    for (k = n; k > 0 && (f[k - 1].t.tv_sec < st.st_mtim.tv_sec ||
                          (f[k - 1].t.tv_sec == st.st_mtim.tv_sec &&
                           f[k - 1].t.tv_nsec < st.st_mtim.tv_nsec));
         k--)
      if (k < CACHE_KEEP + 1) f[k] = f[k - 1];
    if (k < CACHE_KEEP + 1) {
      memcpy(f[k].name, e->d_name, len + 1);
      f[k].t = st.st_mtim;
    }
    if (n < CACHE_KEEP + 1) n++;
    if (n == CACHE_KEEP + 1) {
      /* the oldest of those kept so far goes */
      if ((size_t)snprintf(p, sizeof p, "%s/%s", dirp, f[CACHE_KEEP].name) < sizeof p) remove(p);
      n = CACHE_KEEP;
    }
  }
  closedir(dir);
}

/* A compiled set among the paths is loaded as it is: caching it again
** would hide its own staleness check. */
static int has_compiled(const char *const *paths, size_t n) {
  for (size_t i = 0; i < n; i++) {
    size_t len = strlen(paths[i]);
    if ((len >= 4 && !strcmp(paths[i] + len - 4, ".dyc")) || dyad__dict_is_compiled(paths[i]))
      return 1;
  }
  return 0;
}

static int cache_off(unsigned flags) {
  const char *e = getenv("DYAD_NO_CACHE");
  return (flags & DYAD_DICT_NOCACHE) || (e && *e && strcmp(e, "0"));
}

int dyad_dict_load_set(dyad_dict *d, const char *dir, const char *const *paths, size_t n,
                       unsigned flags) {
  char file[PATH_MAX + 64], stale[PATH_MAX + 256];
  uint64_t key;
  srclist l = {NULL, 0, 0};
  const char *why;
  int rc, sys_err;
  if (!d || (n && !paths)) return DYAD_EINVAL;
  if (cache_off(flags) || !dict_is_new(d) || has_compiled(paths, n) ||
      !dyad__dict_cache_file(dir, paths, n, file, sizeof file))
    return load_sources(d, dir, paths, n);
  key = set_key(dir, paths, n);
  rc = read_file(d, file, key, 1, stale, sizeof stale, &sys_err);
  if (rc == RD_OK) {
    utimensat(AT_FDCWD, file, NULL, 0); /* recently used: kept by cache_prune */
    return 0;
  }
  if (rc == RD_NOMEM) return DYAD_ENOMEM;
  /* a miss, or an unreadable, stale or damaged file: rebuild it */
  if ((rc = sources_of(&l, dir, paths, n))) {
    srclist_free(&l);
    return load_sources(d, dir, paths, n);
  }
  if ((rc = load_sources(d, dir, paths, n)) || !compilable(d, &why)) {
    srclist_free(&l);
    return rc;
  }
  {
    /* writing is best effort: its messages are not the caller's errors */
    size_t nerr = d->nerrors, errlen = d->errlen;
    if (write_file(d, file, &l, key)) {
      d->nerrors = nerr;
      d->errlen = errlen;
      if (d->err) d->err[errlen] = 0;
    } else {
      cache_prune(file);
    }
  }
  srclist_free(&l);
  return 0;
}

int dyad__dict_cached(const dyad_dict *d) { return d && d->cached; }
