/*
** report.c: a self-contained HTML report on one dyad: inline SVG charts of
** the monthly cooperation-conflict index and of events by QuadClass, and a
** timeline of key events with their sentences and sources. No scripts, no
** network, no external assets: one file that opens anywhere.
*/
#include "dyad.h"

#include "store_int.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_KEY_EVENTS 60 /* timeline length */

typedef struct {
  int month;          /* year * 12 + month - 1 */
  double sum;
  int64_t events, quad[5];
} month_row;

typedef struct {
  char *date, *source, *target, *code, *who, *whom, *place, *sentence, *doc, *doc_source, *url, *title;
  int quad;
  double goldstein;
  int64_t mentions, articles;
  size_t order;       /* position in date order */
} key_event;

typedef struct {
  dyad_store *s;
  month_row *months;
  size_t nmonths, capmonths;
  key_event *ev;
  size_t nev, capev;
  int64_t total, quad[5], undated;
  char first[11], last[11];   /* date range */
  double gsum;
  int oom;
} report;

static char *dup_or_null(const char *s) {
  return s ? strdup(s) : NULL;
}

static int parse_month(const char *p) {
  if (!p || strlen(p) < 7) return -1;
  int y = atoi(p), m = atoi(p + 5);
  if (y <= 0 || m < 1 || m > 12) return -1;
  return y * 12 + m - 1;
}

static int on_month(void *c, const dyad_index_row *r) {
  report *rp = c;
  int m = parse_month(r->period);
  if (m < 0) return 0;
  if (rp->nmonths == rp->capmonths) {
    size_t cap = rp->capmonths ? 2 * rp->capmonths : 64;
    month_row *p = realloc(rp->months, cap * sizeof *p);
    if (!p) return rp->oom = 1;
    rp->months = p;
    rp->capmonths = cap;
  }
  month_row *row = &rp->months[rp->nmonths++];
  row->month = m;
  row->sum = r->goldstein_sum;
  row->events = r->events;
  memcpy(row->quad, r->quad, sizeof row->quad);
  return 0;
}

static int on_event(void *c, const dyad_event_row *r) {
  report *rp = c;
  rp->total++;
  if (r->quad_class >= 1 && r->quad_class <= 4) rp->quad[r->quad_class]++;
  rp->gsum += r->goldstein;
  if (!r->date || strlen(r->date) < 7) rp->undated++;
  if (r->date && *r->date) {
    if (!rp->first[0]) snprintf(rp->first, sizeof rp->first, "%s", r->date);
    snprintf(rp->last, sizeof rp->last, "%s", r->date);
  }
  if (rp->nev == rp->capev) {
    size_t cap = rp->capev ? 2 * rp->capev : 64;
    key_event *p = realloc(rp->ev, cap * sizeof *p);
    if (!p) return rp->oom = 1;
    rp->ev = p;
    rp->capev = cap;
  }
  key_event *e = &rp->ev[rp->nev];
  memset(e, 0, sizeof *e);
  e->date = dup_or_null(r->date);
  e->source = dup_or_null(r->source);
  e->target = dup_or_null(r->target);
  e->code = dup_or_null(r->code);
  e->who = dup_or_null(r->source_text);
  e->whom = dup_or_null(r->target_text);
  e->place = dup_or_null(r->place);
  e->sentence = dup_or_null(r->sentence);
  e->doc = dup_or_null(r->doc_id);
  e->doc_source = dup_or_null(r->doc_source);
  e->url = dup_or_null(r->url);
  e->title = dup_or_null(r->title);
  e->quad = r->quad_class;
  e->goldstein = r->goldstein;
  e->mentions = r->num_mentions;
  e->articles = r->num_articles;
  e->order = rp->nev++;
  if (!e->date || !e->source || !e->target || !e->code) return rp->oom = 1;
  return 0;
}

static void free_event(key_event *e) {
  free(e->date);
  free(e->source);
  free(e->target);
  free(e->code);
  free(e->who);
  free(e->whom);
  free(e->place);
  free(e->sentence);
  free(e->doc);
  free(e->doc_source);
  free(e->url);
  free(e->title);
}

/* Key events: the most mentioned, then the strongest (|Goldstein|). */
static int by_weight(const void *a, const void *b) {
  const key_event *x = a, *y = b;
  if (x->mentions != y->mentions) return x->mentions > y->mentions ? -1 : 1;
  double gx = fabs(x->goldstein), gy = fabs(y->goldstein);
  if (gx != gy) return gx > gy ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int by_order(const void *a, const void *b) {
  const key_event *x = a, *y = b;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* ---- HTML ---------------------------------------------------------------- */

static void esc(FILE *f, const char *s) {
  if (!s) return;
  for (; *s; s++) {
    switch (*s) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    case '\'': fputs("&#39;", f); break;
    default: putc(*s, f);
    }
  }
}

/* A URL is only made a link when it is http(s); anything else is text. */
static int linkable(const char *u) {
  return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

static const char *const quad_name[5] = {"", "Verbal cooperation", "Material cooperation",
                                         "Verbal conflict", "Material conflict"};
static const char *const quad_color[5] = {"#999", "#7fb3d5", "#1f618d", "#f0b27a", "#b03a2e"};

#define CW 1100 /* chart width */
#define CH 260  /* chart plot height */
#define ML 56   /* left margin */
#define MR 16
#define MT 16
#define MB 40

/* Year ticks along a month axis [m0, m0 + n). */
static void month_axis(FILE *f, int m0, int n, double bw, int y) {
  int years = n / 12 + 1, step = years > 24 ? 5 : years > 12 ? 2 : 1;
  fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n", ML, y, CW - MR, y);
  for (int i = 0; i < n; i++) {
    int m = m0 + i;
    if (m % 12 != 0 && i != 0) continue;
    int yr = m / 12;
    if (i != 0 && yr % step) continue;
    double x = ML + i * bw;
    fprintf(f, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>", x, y, x, y + 5);
    if (m % 12 == 0)
      fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d</text>\n", x, y + 18,
              yr);
    else if (n <= 12 || (12 - m % 12) * bw > 60) /* room before the next year's label */
      fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"start\">%d-%02d</text>\n", x,
              y + 18, yr, m % 12 + 1);
  }
}

/* The smallest 1, 2, 2.5 or 5 times a power of ten that is >= v > 0, so
** grid lines fall on round numbers. */
static double nice_ceil(double v) {
  double p = pow(10, floor(log10(v))), m = v / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

static void chart_index(FILE *f, const report *rp, int m0, int n) {
  double maxabs = 1;
  for (size_t i = 0; i < rp->nmonths; i++)
    if (fabs(rp->months[i].sum) > maxabs) maxabs = fabs(rp->months[i].sum);
  maxabs = nice_ceil(maxabs);
  double bw = (double)(CW - ML - MR) / n;
  int zero = MT + CH / 2;
  double scale = (CH / 2.0 - 4) / maxabs;
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
             "role=\"img\" aria-label=\"Monthly Goldstein sum\">\n",
          CW, MT + CH + MB, CW, MT + CH + MB);
  fprintf(f, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fcfcfc\"/>\n", CW, MT + CH + MB);
  /* Grid and value labels. */
  for (int k = -2; k <= 2; k++) {
    double v = maxabs * k / 2.0, y = zero - v * scale;
    fprintf(f, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
               "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%g</text>\n",
            ML, y, CW - MR, y, ML - 6, y + 4, v);
  }
  for (size_t i = 0; i < rp->nmonths; i++) {
    const month_row *r = &rp->months[i];
    double x = ML + (r->month - m0) * bw, h = fabs(r->sum) * scale;
    if (h < 1 && r->events) h = 1;
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
               "<title>%04d-%02d: sum %.1f, mean %.2f, %lld events</title></rect>\n",
            x + bw * 0.1, r->sum >= 0 ? zero - h : (double)zero, bw * 0.8 > 1 ? bw * 0.8 : 1, h,
            r->sum >= 0 ? "#1e8449" : "#c0392b", r->month / 12, r->month % 12 + 1, r->sum,
            r->events ? r->sum / (double)r->events : 0.0, (long long)r->events);
  }
  /* The mean per month as dots on a second scale (-10..10). */
  double mscale = (CH / 2.0 - 4) / 10.0;
  for (size_t i = 0; i < rp->nmonths; i++) {
    const month_row *r = &rp->months[i];
    double mean = r->events ? r->sum / (double)r->events : 0;
    fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#222\"/>\n", ML + (r->month - m0 + 0.5) * bw,
            zero - mean * mscale);
  }
  fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n", ML, zero, CW - MR, zero);
  month_axis(f, m0, n, bw, MT + CH);
  fputs("</svg>\n", f);
}

static void chart_quads(FILE *f, const report *rp, int m0, int n) {
  int64_t maxn = 1;
  for (size_t i = 0; i < rp->nmonths; i++)
    if (rp->months[i].events > maxn) maxn = rp->months[i].events;
  maxn = (maxn + 3) / 4 * 4; /* four whole grid steps */
  double bw = (double)(CW - ML - MR) / n, scale = (CH - 4.0) / (double)maxn;
  int base = MT + CH;
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
             "role=\"img\" aria-label=\"Events by QuadClass per month\">\n",
          CW, MT + CH + MB, CW, MT + CH + MB);
  fprintf(f, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#fcfcfc\"/>\n", CW, MT + CH + MB);
  for (int k = 0; k <= 4; k++) {
    double v = (double)maxn * k / 4.0, y = base - v * scale;
    fprintf(f, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
               "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%g</text>\n",
            ML, y, CW - MR, y, ML - 6, y + 4, v);
  }
  for (size_t i = 0; i < rp->nmonths; i++) {
    const month_row *r = &rp->months[i];
    double x = ML + (r->month - m0) * bw, y = base;
    for (int q = 1; q <= 4; q++) {
      if (!r->quad[q]) continue;
      double h = (double)r->quad[q] * scale;
      y -= h;
      fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                 "<title>%04d-%02d: %lld %s</title></rect>\n",
              x + bw * 0.1, y, bw * 0.8 > 1 ? bw * 0.8 : 1, h, quad_color[q], r->month / 12, r->month % 12 + 1,
              (long long)r->quad[q], quad_name[q]);
    }
  }
  month_axis(f, m0, n, bw, base);
  fputs("</svg>\n", f);
}

static void legend(FILE *f) {
  fputs("<p class=\"legend\">", f);
  for (int q = 1; q <= 4; q++)
    fprintf(f, "<span><i style=\"background:%s\"></i>%s</span> ", quad_color[q], quad_name[q]);
  fputs("</p>\n", f);
}

static const char css[] =
    "body{font-family:Georgia,'DejaVu Serif',serif;max-width:1140px;margin:24px auto;padding:0 16px;"
    "color:#222;background:#fff;line-height:1.45}"
    "h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid #ccc}"
    ".sub{color:#555;margin:0 0 16px}"
    ".stats{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}"
    ".stats div{border:1px solid #ddd;border-radius:6px;padding:8px 14px;background:#f7f7f7}"
    ".stats b{display:block;font-size:22px}"
    ".legend span{margin-right:16px;font-size:14px}"
    ".legend i{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px}"
    "ol.tl{list-style:none;padding:0}ol.tl li{border-left:4px solid #ccc;padding:6px 12px;margin:0 0 12px}"
    ".q1{border-color:#7fb3d5!important}.q2{border-color:#1f618d!important}"
    ".q3{border-color:#f0b27a!important}.q4{border-color:#b03a2e!important}"
    ".when{font-weight:bold;margin-right:8px}.code{color:#666;font-size:13px}"
    "blockquote{margin:4px 0;color:#333;font-style:italic}"
    ".src{color:#666;font-size:13px}svg{max-width:100%;height:auto}"
    "footer{color:#777;font-size:12px;margin-top:32px}";

static void write_html(FILE *f, const report *rp, const char *dyad, size_t nkey) {
  char sideA[40], sideB[40];
  const char *sep = strpbrk(dyad, ":>");
  snprintf(sideA, sizeof sideA, "%.*s", (int)(sep - dyad), dyad);
  snprintf(sideB, sizeof sideB, "%s", sep + 1);
  int directed = *sep == '>';
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>dyad report: ",
        f);
  esc(f, sideA);
  fputs(directed ? " &rarr; " : " &ndash; ", f);
  esc(f, sideB);
  fprintf(f, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", css);
  esc(f, sideA);
  fputs(directed ? " &rarr; " : " &ndash; ", f);
  esc(f, sideB);
  fputs("</h1>\n<p class=\"sub\">", f);
  if (rp->total) {
    fputs("Events coded from the news, ", f);
    esc(f, rp->first[0] ? rp->first : "?");
    fputs(" to ", f);
    esc(f, rp->last[0] ? rp->last : "?");
    fputs(directed ? " (one direction only)." : " (both directions).", f);
  } else {
    fputs("No events are stored for this dyad.", f);
  }
  fputs("</p>\n<div class=\"stats\">", f);
  fprintf(f, "<div><b>%lld</b>events</div>", (long long)rp->total);
  fprintf(f, "<div><b>%.1f</b>Goldstein sum</div>", rp->gsum);
  fprintf(f, "<div><b>%.2f</b>Goldstein mean</div>", rp->total ? rp->gsum / (double)rp->total : 0.0);
  fprintf(f, "<div><b>%lld</b>cooperation</div>", (long long)(rp->quad[1] + rp->quad[2]));
  fprintf(f, "<div><b>%lld</b>conflict</div>", (long long)(rp->quad[3] + rp->quad[4]));
  fputs("</div>\n", f);

  if (rp->nmonths) {
    int m0 = rp->months[0].month, m1 = rp->months[rp->nmonths - 1].month;
    int n = m1 - m0 + 1;
    fputs("<h2>Cooperation&ndash;conflict index by month</h2>\n"
          "<p class=\"sub\">Bars: the sum of Goldstein scores of the month's events (green above zero: "
          "cooperation; red below: conflict); dots: the month's mean on the -10..+10 scale.</p>\n",
          f);
    chart_index(f, rp, m0, n);
    fputs("<h2>Events by QuadClass</h2>\n", f);
    legend(f);
    chart_quads(f, rp, m0, n);
    if (rp->undated)
      fprintf(f, "<p class=\"sub\">%lld event%s with no month known %s left out of the charts.</p>\n",
              (long long)rp->undated, rp->undated == 1 ? "" : "s", rp->undated == 1 ? "is" : "are");
  }

  fputs("<h2>Key events</h2>\n<p class=\"sub\">", f);
  if (nkey < (size_t)rp->total)
    fprintf(f, "The %zu most mentioned of %lld events, in date order.", nkey, (long long)rp->total);
  else
    fprintf(f, "All %zu event%s, in date order.", nkey, nkey == 1 ? "" : "s");
  fputs("</p>\n<ol class=\"tl\">\n", f);
  for (size_t i = 0; i < nkey; i++) {
    const key_event *e = &rp->ev[i];
    const char *name = dyad_cameo_name(e->code);
    fprintf(f, "<li class=\"q%d\"><span class=\"when\">", e->quad >= 1 && e->quad <= 4 ? e->quad : 0);
    esc(f, *e->date ? e->date : "date unknown");
    fputs("</span>", f);
    esc(f, e->who ? e->who : e->source);
    fputs(" <span class=\"code\">(", f);
    esc(f, e->source);
    fputs(")</span> &rarr; <b>", f);
    esc(f, name ? name : e->code);
    fputs("</b> <span class=\"code\">[", f);
    esc(f, e->code);
    fprintf(f, ", Goldstein %.1f]</span> &rarr; ", e->goldstein);
    esc(f, e->whom ? e->whom : e->target);
    fputs(" <span class=\"code\">(", f);
    esc(f, e->target);
    fputs(")</span>", f);
    if (e->place) {
      fputs(", in ", f);
      esc(f, e->place);
    }
    if (e->sentence) {
      fputs("\n<blockquote>&ldquo;", f);
      esc(f, e->sentence);
      fputs("&rdquo;</blockquote>", f);
    }
    fputs("\n<div class=\"src\">", f);
    if (e->title) {
      esc(f, e->title);
      fputs(" &middot; ", f);
    }
    if (e->doc_source) {
      esc(f, e->doc_source);
      fputs(" &middot; ", f);
    }
    if (linkable(e->url)) {
      fputs("<a href=\"", f);
      esc(f, e->url);
      fputs("\">", f);
      esc(f, e->doc);
      fputs("</a>", f);
    } else {
      esc(f, e->doc);
    }
    if (e->mentions > 1)
      fprintf(f, " &middot; %lld mentions in %lld article%s", (long long)e->mentions, (long long)e->articles,
              e->articles == 1 ? "" : "s");
    fputs("</div></li>\n", f);
  }
  char when[32];
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &tm);
  fputs("</ol>\n<h2>About these data</h2>\n<p>Each event is one actor doing something to another, "
        "coded from a news sentence with the CAMEO scheme (who did what to whom). Events are "
        "deduplicated: one per date, source, target and event code, however many sentences and "
        "articles mention it. The Goldstein scale scores an event from -10 (most conflictual) to +10 "
        "(most cooperative); QuadClass groups events into verbal and material cooperation and "
        "conflict. Actor codes start with a country (KOR South Korea, RUS Russia, PRK North Korea) "
        "and may add a role (GOV government, MIL military).</p>\n",
        f);
  fprintf(f, "<footer>Written by dyad %s on %s.</footer>\n</body>\n</html>\n", DYAD_VERSION, when);
}

int dyad_report_write(dyad_store *s, const char *dyad, const char *path) {
  report rp;
  memset(&rp, 0, sizeof rp);
  rp.s = s;
  dyad_query q;
  memset(&q, 0, sizeof q);
  q.dyad = dyad;
  if (!dyad || !strpbrk(dyad, ":>")) {
    /* Let the store word the error. */
    q.dyad = dyad && *dyad ? dyad : "?";
  }
  int rc = dyad_store_index(s, &q, DYAD_BY_MONTH, on_month, &rp);
  if (!rc) rc = dyad_store_events(s, &q, on_event, &rp);
  if (!rc && rp.oom) {
    rc = DYAD_ENOMEM;
    dyad__store_error(s, rc, "out of memory");
  }
  size_t nkey = rp.nev;
  if (!rc) {
    if (nkey > MAX_KEY_EVENTS) {
      qsort(rp.ev, rp.nev, sizeof *rp.ev, by_weight);
      nkey = MAX_KEY_EVENTS;
      qsort(rp.ev, nkey, sizeof *rp.ev, by_order);
    }
    char *tmp = malloc(strlen(path) + 8);
    FILE *f = tmp ? (sprintf(tmp, "%s.tmp", path), fopen(tmp, "w")) : NULL;
    if (!tmp) {
      rc = DYAD_ENOMEM;
    } else if (!f) {
      rc = DYAD_EIO;
    } else {
      write_html(f, &rp, dyad, nkey);
      if (ferror(f) | fclose(f)) rc = DYAD_EIO;
      else if (rename(tmp, path) != 0) rc = DYAD_EIO;
      if (rc) remove(tmp);
    }
    free(tmp);
    if (rc == DYAD_EIO) dyad__store_error(s, rc, "%s: cannot write the report: %s", path, strerror(errno));
    else if (rc == DYAD_ENOMEM) dyad__store_error(s, rc, "out of memory");
  }
  for (size_t i = 0; i < rp.nev; i++) free_event(&rp.ev[i]);
  free(rp.ev);
  free(rp.months);
  return rc;
}
