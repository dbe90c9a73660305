/*
** html.c: the text of an HTML page, through gumbo (an HTML5 parser): the
** title and one line per block element, for the cleaner (clean.c).
**
** The tree walk uses an explicit stack, so nesting depth does not touch the
** C stack. gumbo itself needs time and memory quadratic in the nesting depth
** (10,000 nested <div> cost it seconds and most of a gigabyte), so a
** pre-scan estimates the depth first and very deep pages go through a
** small linear tag stripper instead.
*/
#include "clean.h"
#include "dates.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GUMBO_DEPTH 400

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int name_is(const char *s, size_t n, const char *name) {
  size_t m = strlen(name);
  if (n != m) return 0;
  for (size_t i = 0; i < n; i++)
    if (lc((unsigned char)s[i]) != name[i]) return 0;
  return 1;
}

static const char *void_tags[] = {"br", "img", "meta", "link", "input", "hr", "area", "base",
                                  "col", "embed", "param", "source", "track", "wbr", "p", "li",
                                  "option", "td", "tr", "th", "dt", "dd", NULL};
static const char *block_tags[] = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
                                   "td", "th", "tr", "blockquote", "section", "article",
                                   "ul", "ol", "table", "pre", "dt", "dd", "address", "main",
                                   "hr", "figure", "header", "title", NULL};
static const char *skip_tags[] = {"script", "style", "noscript", "nav", "footer", "aside",
                                  "form", "iframe", "svg", "template", "button", "select",
                                  "textarea", "object", "embed", "canvas", "menu",
                                  "figcaption", NULL};

static int in_list(const char *s, size_t n, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (name_is(s, n, list[i])) return 1;
  return 0;
}

/* Rough nesting depth: start tags minus end tags, void and optional-end
** tags ignored. Linear; stops counting beyond the limit. */
static size_t estimate_depth(const char *s, size_t n) {
  size_t depth = 0, max = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    if (s[i] != '<') continue;
    int close = s[i + 1] == '/';
    size_t a = i + 1 + (size_t)close, b = a;
    while (b < n && ((s[b] >= 'a' && s[b] <= 'z') || (s[b] >= 'A' && s[b] <= 'Z') ||
                     (s[b] >= '0' && s[b] <= '9')))
      b++;
    if (b == a || in_list(s + a, b - a, void_tags)) continue;
    if (close) {
      if (depth) depth--;
    } else {
      const char *gt = memchr(s + b, '>', n - b);
      if (gt && gt > s + b && gt[-1] == '/') continue;
      if (++depth > max) max = depth;
      if (max > MAX_GUMBO_DEPTH) return max;
    }
  }
  return max;
}

/* Appends text with whitespace folded to single spaces. */
static void put_text(dyad__buf *b, const char *s, size_t n) {
  if (dyad__buf_reserve(b, n)) return;
  char *o = b->p + b->len;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    *o++ = c;
  }
  b->len = (size_t)(o - b->p);
  b->p[b->len] = 0;
}

static void newline(dyad__buf *b) {
  if (b->len && b->p[b->len - 1] != '\n') dyad__buf_putc(b, '\n');
}

/* Linear fallback for pathological pages: drops tags, script/style
** contents; block tags become line breaks. Entities are left for the
** cleaner. */
static int strip_tags(const char *s, size_t n, dyad__buf *title, dyad__buf *body) {
  size_t i = 0;
  int in_title = 0;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    size_t e = lt ? (size_t)(lt - s) : n;
    put_text(in_title ? title : body, s + i, e - i);
    if (!lt) break;
    const char *gt = memchr(lt, '>', n - e);
    if (!gt) break;
    size_t a = e + 1 + (lt[1] == '/'), b = a;
    while (b < n && s[b] != ' ' && s[b] != '>' && s[b] != '/' && s[b] != '\n') b++;
    i = (size_t)(gt - s) + 1;
    if (name_is(s + a, b - a, "title")) in_title = lt[1] != '/';
    if (lt[1] != '/' && (name_is(s + a, b - a, "script") || name_is(s + a, b - a, "style"))) {
      const char *end = NULL;
      for (size_t k = i; k + 1 < n; k++) {
        const char *p = memchr(s + k, '<', n - k);
        if (!p) break;
        k = (size_t)(p - s);
        if (k + 1 < n && s[k + 1] == '/') { end = p; break; }
      }
      if (!end) break;
      const char *g2 = memchr(end, '>', (size_t)(s + n - end));
      if (!g2) break;
      i = (size_t)(g2 - s) + 1;
      continue;
    }
    if (in_list(s + a, b - a, block_tags)) newline(body);
  }
  return title->oom || body->oom ? DYAD_ENOMEM : 0;
}

/* class="... comments ..." / id="share-box": page furniture. */
static int furniture(const GumboElement *el) {
  static const char *words[] = {"comment", "comments", "share", "sharing", "social", "related",
                                "advert", "advertisement", "ad", "ads", "cookie", "newsletter",
                                "promo", "sidebar", "breadcrumb", "breadcrumbs", NULL};
  const char *attrs[2] = {NULL, NULL};
  GumboAttribute *a = gumbo_get_attribute(&el->attributes, "class");
  if (a) attrs[0] = a->value;
  a = gumbo_get_attribute(&el->attributes, "id");
  if (a) attrs[1] = a->value;
  for (int k = 0; k < 2; k++) {
    const char *s = attrs[k];
    if (!s) continue;
    while (*s) {
      while (*s == ' ' || *s == '-' || *s == '_') s++;
      const char *w = s;
      while (*s && *s != ' ' && *s != '-' && *s != '_') s++;
      if (s > w && in_list(w, (size_t)(s - w), words)) return 1;
    }
  }
  return 0;
}

/* The page's machine-readable publication date: <meta property=
** "article:published_time" content="2019-03-05T15:45:00Z"> (Open Graph),
** itemprop="datePublished" (schema.org, on <meta> or <time datetime>), the
** name="pubdate" / "publishdate" / "date" / "DC.date.issued" families, and
** <time pubdate datetime=...>. Rank 2 for a published date, 1 for the plain
** "date" names; writes "YYYY-MM-DD" to date when it outranks *rank. */
static void page_date(const GumboElement *el, char date[11], int *rank) {
  static const char *const published[] = {"article:published_time", "og:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date.issued", "dcterms.issued", "parsely-pub-date", "sailthru.date", NULL};
  static const char *const plain[] = {"date", "dc.date", "dcterms.date", NULL};
  const char *keys[3] = {"property", "name", "itemprop"}, *val = NULL;
  int r = 0;
  if (el->tag == GUMBO_TAG_META) {
    GumboAttribute *c = gumbo_get_attribute(&el->attributes, "content");
    if (!c) return;
    for (int k = 0; k < 3 && !r; k++) {
      GumboAttribute *a = gumbo_get_attribute(&el->attributes, keys[k]);
      if (!a) continue;
      size_t n = strlen(a->value);
      if (in_list(a->value, n, published)) r = 2;
      else if (in_list(a->value, n, plain)) r = 1;
    }
    val = c->value;
  } else if (el->tag == GUMBO_TAG_TIME) {
    GumboAttribute *dt = gumbo_get_attribute(&el->attributes, "datetime"),
                   *ip = gumbo_get_attribute(&el->attributes, "itemprop");
    if (!dt) return;
    if (gumbo_get_attribute(&el->attributes, "pubdate") ||
        (ip && name_is(ip->value, strlen(ip->value), "datepublished")))
      r = 2;
    val = dt->value;
  }
  if (r <= *rank || !val) return;
  char d[11];
  if (dyad__parse_date(val, strlen(val), d) && strlen(d) == 10) {
    memcpy(date, d, sizeof d);
    *rank = r;
  }
}

typedef struct frame {
  const GumboNode *node;
  unsigned idx;
  dyad__buf *out;   /* where text goes */
} frame;

int dyad__html_extract(const char *html, size_t len, dyad__buf *title, dyad__buf *body,
                       char date[11]) {
  int date_rank = 0;
  date[0] = 0;
  if (estimate_depth(html, len) > MAX_GUMBO_DEPTH) return strip_tags(html, len, title, body);
  GumboOutput *g = gumbo_parse_with_options(&kGumboDefaultOptions, html, len);
  if (!g) return DYAD_EFORMAT;
  dyad__buf h1 = {0}, ttl = {0};
  int have_h1 = 0;
  size_t cap = 64, sp = 0;
  frame *st = malloc(cap * sizeof *st);
  int rc = 0;
  if (!st) { rc = DYAD_ENOMEM; goto done; }
  st[sp++] = (frame){g->root, 0, body};
  while (sp) {
    frame *f = &st[sp - 1];
    const GumboNode *node = f->node;
    const GumboVector *kids = node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
                                  ? &node->v.element.children
                                  : node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                                      : NULL;
    if (!kids || f->idx >= kids->length) {
      if (node->type == GUMBO_NODE_ELEMENT) {
        const char *nm = gumbo_normalized_tagname(node->v.element.tag);
        if (nm && in_list(nm, strlen(nm), block_tags)) newline(f->out);
      }
      sp--;
      continue;
    }
    const GumboNode *c = kids->data[f->idx++];
    dyad__buf *out = f->out;
    switch (c->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      if (out) put_text(out, c->v.text.text, strlen(c->v.text.text));
      break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      GumboTag tag = c->v.element.tag;
      const char *nm = gumbo_normalized_tagname(tag);
      size_t nl = nm ? strlen(nm) : 0;
      if (tag == GUMBO_TAG_UNKNOWN || !nm) nl = 0;
      if (tag == GUMBO_TAG_META || tag == GUMBO_TAG_TIME) page_date(&c->v.element, date, &date_rank);
      if (nl && in_list(nm, nl, skip_tags)) break;
      if (furniture(&c->v.element)) break;
      dyad__buf *cout = out;
      if (tag == GUMBO_TAG_HEAD) cout = NULL;  /* only <title> from the head */
      else if (tag == GUMBO_TAG_TITLE) { if (ttl.len) break; cout = &ttl; }
      else if (tag == GUMBO_TAG_H1 && !have_h1 && out == body) { have_h1 = 1; cout = &h1; }
      if (nl && in_list(nm, nl, block_tags) && cout) newline(cout);
      if (sp == cap) {
        frame *ns = realloc(st, cap * 2 * sizeof *st);
        if (!ns) { rc = DYAD_ENOMEM; goto done; }
        st = ns;
        cap *= 2;
      }
      st[sp++] = (frame){c, 0, cout};
      break;
    }
    default:
      break;
    }
  }
  {
    dyad__buf *t = h1.len ? &h1 : &ttl;
    for (size_t i = 0; i < t->len; i++)
      if (t->p[i] == '\n') t->p[i] = ' ';
    size_t a = 0, b = t->len;
    if (t == &ttl && t->len) {
      /* "Site | Section | Headline": keep the longest part */
      size_t best_a = 0, best_b = 0, s0 = 0;
      for (size_t i = 0; i <= t->len; i++) {
        if (i == t->len || (i + 3 <= t->len && !memcmp(t->p + i, " | ", 3))) {
          if (i - s0 > best_b - best_a) { best_a = s0; best_b = i; }
          s0 = i + 3;
          i += 2;
        }
      }
      a = best_a;
      b = best_b;
    }
    while (a < b && t->p[a] == ' ') a++;
    while (b > a && t->p[b - 1] == ' ') b--;
    if (b > a) dyad__buf_put(title, t->p + a, b - a);
  }
  if (h1.oom || ttl.oom || title->oom || body->oom) rc = DYAD_ENOMEM;
done:
  free(st);
  dyad__buf_free(&h1);
  dyad__buf_free(&ttl);
  gumbo_destroy_output(&kGumboDefaultOptions, g);
  return rc;
}
