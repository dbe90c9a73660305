/* cmd_eval.c: `dyad eval`: scores coded events (a `dyad code` JSON-lines
** file, or the inputs coded on the spot with --code) against a hand-coded
** gold file and prints precision, recall, F1 and date accuracy. */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
  fputs("usage: dyad eval GOLD.tsv [EVENTS.jsonl | -] [options]\n"
        "       dyad eval GOLD.tsv --code INPUT... [options]\n\n"
        "Scores events against a hand-coded gold file (format: docs in dyad.h,\n"
        "dyad_eval_load_gold). EVENTS.jsonl is `dyad code` output ('-' or\n"
        "nothing: standard input); --code reads and codes the inputs itself.\n\n"
        "options:\n"
        "  --docs FILE    more documents in scope (must yield no event); repeatable\n"
        "  --verbose, -v  list each false positive, miss and wrong date\n"
        "  --date D       document date for inputs without one (with --code)\n"
        "  --data DIR     dictionary directory (with --code; default: installed)\n"
        "  --dict PATH    also load this dictionary file or directory (with --code,\n"
        "                 as dyad code --dict); repeatable\n"
        "  --min-f1 X     exit 1 when F1 < X (a test floor)\n"
        "  --min-date X   exit 1 when date accuracy < X\n\n"
        "exit status: 0 ok; 1 unreadable or malformed input, or below a floor;\n"
        "2 usage error.\n",
        f);
}

/* Adds the events of one JSON-lines file; returns the number of bad lines
** (each reported as file:line), or -1 when the file cannot be opened. */
static long read_events(dyad_eval *e, const char *path) {
  FILE *fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!fp) {
    cli_error("%s: cannot open: %s", path, strerror(errno));
    return -1;
  }
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t len;
  long bad = 0;
  while ((len = getline(&line, &cap, fp)) >= 0) {
    lineno++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
    size_t i = 0;
    while (i < (size_t)len && (line[i] == ' ' || line[i] == '\t')) i++;
    if (i == (size_t)len) continue;
    json_error_t jerr;
    json_t *o = json_loadb(line, (size_t)len, 0, &jerr);
    const char *why = NULL;
    if (!o) why = jerr.text;
    else if (!json_is_object(o)) why = "not a JSON object";
    dyad_eval_event ev;
    memset(&ev, 0, sizeof ev);
    char root[3] = "";
    if (!why) {
      json_t *doc = json_object_get(o, "doc"), *sent = json_object_get(o, "sentence");
      json_t *r = json_object_get(o, "root"), *code = json_object_get(o, "code");
      json_t *date = json_object_get(o, "date");
      json_t *src = json_object_get(o, "source_country"), *tgt = json_object_get(o, "target_country");
      json_t *text = json_object_get(o, "text");
      if (!json_is_string(text)) text = json_object_get(o, "sentence_text");
      if (!json_is_string(doc)) why = "no \"doc\" string";
      else if (!json_is_integer(sent) || json_integer_value(sent) < 0 ||
               json_integer_value(sent) > (json_int_t)UINT32_MAX)
        why = "no \"sentence\" index";
      else if (!json_is_string(r) && !json_is_string(code)) why = "no \"root\" or \"code\" string";
      else if ((src && !json_is_string(src) && !json_is_null(src)) ||
               (tgt && !json_is_string(tgt) && !json_is_null(tgt)) ||
               (date && !json_is_string(date) && !json_is_null(date)))
        why = "source_country, target_country and date must be strings or null";
      if (!why) {
        const char *rs = json_string_value(json_is_string(r) ? r : code);
        if (strlen(rs) < 2) {
          why = "root must have two digits";
        } else {
          root[0] = rs[0];
          root[1] = rs[1];
          ev.doc = json_string_value(doc);
          ev.sentence = (uint32_t)json_integer_value(sent);
          ev.root = root;
          ev.date = json_string_value(date);
          ev.source_country = json_string_value(src);
          ev.target_country = json_string_value(tgt);
          ev.text = json_string_value(text);
        }
      }
    }
    if (why) {
      cli_error("%s:%zu: bad event line: %s", path, lineno, why);
      bad++;
    } else if (dyad_eval_add(e, &ev)) {
      cli_error("%s:%zu: %s", path, lineno, dyad_eval_errmsg(e));
      bad++;
    }
    json_decref(o);
  }
  if (ferror(fp)) {
    cli_error("%s:%zu: read error", path, lineno + 1);
    bad++;
  }
  free(line);
  if (fp != stdin) fclose(fp);
  return bad;
}

/* Codes the inputs with the default dictionaries; returns the number of
** errors (each reported). */
static long code_inputs(dyad_eval *e, char **paths, size_t n, const char *date,
                        const char *datadir, const char *const *dicts, size_t ndict) {
  long bad = 0;
  dyad_dict *d = dyad_dict_new();
  if (!d) {
    cli_error("out of memory");
    return 1;
  }
  if (dyad_dict_load_set(d, datadir, dicts, ndict, 0)) {
    cli_error("%s", dyad_dict_errmsg(d));
    dyad_dict_free(d);
    return 1;
  }
  dyad_coder *c = dyad_coder_new(d);
  dyad_read_options opt;
  memset(&opt, 0, sizeof opt);
  opt.default_date = date;
  dyad_reader *r = c ? dyad_reader_new((const char *const *)paths, n, &opt) : NULL;
  if (!c || !r) {
    cli_error("out of memory");
    dyad_coder_free(c);
    dyad_dict_free(d);
    return 1;
  }
  dyad_doc *doc;
  int rc;
  while ((rc = dyad_reader_next(r, &doc)) != 0) {
    if (rc < 0) {
      cli_error("%s", dyad_reader_errmsg(r));
      bad++;
      continue;
    }
    dyad_eval_seen(e, doc->id);
    dyad_event *evs = NULL;
    size_t nev = 0;
    dyad_sentence *sents = NULL;
    size_t nsent = 0;
    if (dyad_code_doc(c, doc, &evs, &nev)) {
      cli_error("%s: %s", doc->id, dyad_coder_errmsg(c));
      bad++;
    } else if (nev && dyad_split_sentences(doc, &sents, &nsent)) {
      nsent = 0;
    }
    for (size_t i = 0; i < nev; i++) {
      dyad_eval_event ev;
      char *text = NULL;
      memset(&ev, 0, sizeof ev);
      ev.doc = doc->id;
      ev.sentence = evs[i].sentence;
      ev.date = evs[i].date;
      ev.source_country = evs[i].source_country;
      ev.root = evs[i].root;
      ev.target_country = evs[i].target_country;
      if (evs[i].sentence < nsent) {
        const dyad_sentence *s = &sents[evs[i].sentence];
        if (s->end <= doc->text_len && s->start <= s->end &&
            (text = malloc(s->end - s->start + 1))) {
          memcpy(text, doc->text + s->start, s->end - s->start);
          text[s->end - s->start] = '\0';
        }
      }
      ev.text = text;
      if (dyad_eval_add(e, &ev)) {
        cli_error("%s: %s", doc->id, dyad_eval_errmsg(e));
        bad++;
      }
      free(text);
    }
    free(sents);
    free(evs);
    dyad_doc_free(doc);
  }
  dyad_reader_free(r);
  dyad_coder_free(c);
  dyad_dict_free(d);
  return bad;
}

static const char *nz(const char *s) { return s && *s ? s : "-"; }

static void print_item(const dyad_eval_item *it) {
  switch (it->kind) {
  case DYAD_EVAL_FALSE_POSITIVE:
    printf("false positive\t%s\tsentence %u\t%s %s %s\t%s\t%s\n", it->doc, (unsigned)it->sentence,
           nz(it->source), nz(it->root), nz(it->target), nz(it->date), it->text);
    break;
  case DYAD_EVAL_MISS:
    printf("miss\t%s\tgold line %zu\t%s %s %s\t%s\t%s\n", it->doc, it->line, it->source, it->root,
           it->target, nz(it->gold_date), it->what);
    break;
  case DYAD_EVAL_WRONG_DATE:
    printf("wrong date\t%s\tgold line %zu, sentence %u\t%s %s %s\tevent %s, gold %s\t%s\t%s\n",
           it->doc, it->line, (unsigned)it->sentence, it->source, it->root, it->target,
           nz(it->date), it->gold_date, it->what, it->text);
    break;
  }
}

static int parse_fraction(const char *opt, const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (!*s || *end || v < 0 || v > 1) {
    cli_error("eval: %s wants a number from 0 to 1, not '%s'", opt, s);
    return -1;
  }
  *out = v;
  return 0;
}

int cmd_eval(int argc, char **argv) {
  const char *gold = NULL, *date = NULL, *datadir = NULL;
  const char **docs = calloc((size_t)argc + 1, sizeof *docs);
  const char **dicts = calloc((size_t)argc + 1, sizeof *dicts);
  char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
  size_t ndocs = 0, ninputs = 0, ndict = 0;
  int verbose = 0, code = 0, status = 0;
  double min_f1 = -1, min_date = -1;
  if (!docs || !inputs || !dicts) {
    cli_error("out of memory");
    free(docs);
    free(dicts);
    free(inputs);
    return 1;
  }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int has_arg = i + 1 < argc;
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage(stdout);
      goto done;
    } else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
      verbose = 1;
    } else if (!strcmp(a, "--code")) {
      code = 1;
    } else if ((!strcmp(a, "--docs") || !strcmp(a, "--date") || !strcmp(a, "--data") || !strcmp(a, "--dict") ||
                !strcmp(a, "--min-f1") || !strcmp(a, "--min-date")) && !has_arg) {
      cli_error("eval: %s needs an argument", a);
      status = 2;
      goto done;
    } else if (!strcmp(a, "--docs")) {
      docs[ndocs++] = argv[++i];
    } else if (!strcmp(a, "--date")) {
      date = argv[++i];
    } else if (!strcmp(a, "--data")) {
      datadir = argv[++i];
    } else if (!strcmp(a, "--dict")) {
      dicts[ndict++] = argv[++i];
    } else if (!strcmp(a, "--min-f1")) {
      if (parse_fraction(a, argv[++i], &min_f1)) {
        status = 2;
        goto done;
      }
    } else if (!strcmp(a, "--min-date")) {
      if (parse_fraction(a, argv[++i], &min_date)) {
        status = 2;
        goto done;
      }
    } else if (a[0] == '-' && a[1]) {
      cli_error("eval: unknown option '%s' (see dyad eval --help)", a);
      status = 2;
      goto done;
    } else if (!gold) {
      gold = a;
    } else {
      inputs[ninputs++] = argv[i];
    }
  }
  if (!gold) {
    usage(stderr);
    status = 2;
    goto done;
  }
  if (code && !ninputs) {
    cli_error("eval: --code needs at least one INPUT");
    status = 2;
    goto done;
  }
  if (!code && ninputs > 1) {
    cli_error("eval: one EVENTS.jsonl file only (or --code INPUT...)");
    status = 2;
    goto done;
  }

  dyad_eval *e;
  char *err = NULL;
  int rc = dyad_eval_load_gold(gold, &e, &err);
  if (rc) {
    cli_error("%s", err ? err : dyad_strerror(rc));
    free(err);
    status = 1;
    goto done;
  }
  for (size_t i = 0; i < ndocs; i++)
    if (dyad_eval_add_docs(e, docs[i])) {
      cli_error("%s", dyad_eval_errmsg(e));
      dyad_eval_free(e);
      status = 1;
      goto done;
    }
  long bad = code ? code_inputs(e, inputs, ninputs, date, datadir, dicts, ndict)
                  : read_events(e, ninputs ? inputs[0] : "-");
  if (bad < 0) {
    dyad_eval_free(e);
    status = 1;
    goto done;
  }
  dyad_eval_result res;
  const dyad_eval_item *items;
  size_t nitems;
  if (dyad_eval_finish(e, &res, &items, &nitems)) {
    cli_error("%s", dyad_eval_errmsg(e));
    dyad_eval_free(e);
    status = 1;
    goto done;
  }
  if (verbose)
    for (size_t i = 0; i < nitems; i++) print_item(&items[i]);
  printf("docs: %zu\n", res.docs);
  printf("gold lines: %zu (%zu required)\n", res.gold_lines, res.required);
  printf("events: %zu (%zu correct, %zu false positives)\n", res.events, res.correct,
         res.events - res.correct);
  if (res.ignored) printf("ignored: %zu events of documents outside the scope\n", res.ignored);
  if (res.unread)
    printf("unread: %zu documents in scope not among the inputs (first: %s)\n", res.unread,
           res.first_unread);
  printf("found: %zu of %zu (%zu missed)\n", res.found, res.required, res.required - res.found);
  printf("precision: %.4f\n", res.precision);
  printf("recall: %.4f\n", res.recall);
  printf("f1: %.4f\n", res.f1);
  printf("date accuracy: %.4f (%zu of %zu dated)\n", res.date_accuracy, res.date_correct, res.dated);
  if (bad) {
    cli_error("eval: %ld bad input line(s) or document(s); figures cover the rest", bad);
    status = 1;
  }
  /* Compare in the printed precision so a floor equal to a printed figure
  ** passes. */
  if (min_f1 >= 0 && res.f1 + 5e-5 < min_f1) {
    cli_error("eval: F1 %.4f is below the floor %.4f", res.f1, min_f1);
    status = 1;
  }
  if (min_date >= 0 && res.date_accuracy + 5e-5 < min_date) {
    cli_error("eval: date accuracy %.4f is below the floor %.4f", res.date_accuracy, min_date);
    status = 1;
  }
  dyad_eval_free(e);
done:
  free(docs);
  free(dicts);
  free(inputs);
  return status;
}
