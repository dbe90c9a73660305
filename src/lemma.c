/*
** lemma.c: inflection keys for English words, for dictionary upkeep
** (`dyad unknown --verbs`): "accuses", "accused" and "accusing" share one
** key, so a candidate verb is counted once with all its forms.
** No allocation; ASCII letters are folded, other bytes kept.
*/
#include "dyad.h"

#include <string.h>

/* Irregular past forms and participles -> the base form (the -s and -ing
** forms are regular). Searched linearly: the table is small and the key is
** only computed for dictionary upkeep, never on the coder's hot path. */
static const char *const IRREGULAR[][2] = {
    {"met", "meet"},         {"held", "hold"},         {"struck", "strike"},
    {"fought", "fight"},     {"sought", "seek"},       {"took", "take"},
    {"taken", "take"},       {"gave", "give"},         {"given", "give"},
    {"sent", "send"},        {"left", "leave"},        {"told", "tell"},
    {"won", "win"},          {"threw", "throw"},       {"thrown", "throw"},
    {"shot", "shoot"},       {"beat", "beat"},         {"beaten", "beat"},
    {"broke", "break"},      {"broken", "break"},      {"began", "begin"},
    {"begun", "begin"},      {"spoke", "speak"},       {"spoken", "speak"},
    {"wrote", "write"},      {"written", "write"},     {"brought", "bring"},
    {"bought", "buy"},       {"caught", "catch"},      {"led", "lead"},
    {"fled", "flee"},        {"lent", "lend"},         {"paid", "pay"},
    {"said", "say"},         {"sold", "sell"},         {"stood", "stand"},
    {"withdrew", "withdraw"}, {"withdrawn", "withdraw"}, {"overthrew", "overthrow"},
    {"overthrown", "overthrow"}, {"undertook", "undertake"}, {"forbade", "forbid"},
    {"forbidden", "forbid"}, {"drove", "drive"},       {"driven", "drive"},
    {"rose", "rise"},        {"risen", "rise"},        {"seized", "seize"},
    {"froze", "freeze"},     {"frozen", "freeze"},     {"stole", "steal"},
    {"stolen", "steal"},     {"bound", "bind"},        {"swore", "swear"},
    {"sworn", "swear"},      {"tore", "tear"},         {"torn", "tear"},
    {"hid", "hide"},         {"hidden", "hide"},       {"chose", "choose"},
    {"chosen", "choose"},    {"came", "come"},         {"went", "go"},
    {"gone", "go"},          {"made", "make"},         {"kept", "keep"},
    {"felt", "feel"},        {"found", "find"},        {"got", "get"},
    {"gotten", "get"},       {"knew", "know"},         {"known", "know"},
    {"saw", "see"},          {"seen", "see"},          {"thought", "think"},
    {"fell", "fall"},        {"fallen", "fall"},       {"flew", "fly"},
    {"flown", "fly"},        {"grew", "grow"},         {"grown", "grow"},
    {"ran", "run"},          {"sank", "sink"},         {"sunk", "sink"},
    {"shook", "shake"},      {"shaken", "shake"},      {"slew", "slay"},
    {"slain", "slay"},       {"spun", "spin"},         {"stuck", "stick"},
    {"strove", "strive"},    {"swept", "sweep"},       {"underwent", "undergo"},
    {"upheld", "uphold"},    {"withheld", "withhold"}, {"overcame", "overcome"},
    {"overran", "overrun"},  {"forgave", "forgive"},   {"forgiven", "forgive"},
    {"foresaw", "foresee"},  {"dealt", "deal"},        {"meant", "mean"},
    {"built", "build"},      {"spent", "spend"},       {"lost", "lose"},
    {"heard", "hear"},       {"taught", "teach"},      {"bore", "bear"},
    {"borne", "bear"},       {"wore", "wear"},         {"laid", "lay"},
    {"fed", "feed"},         {"bled", "bleed"},        {"sped", "speed"},
};

static int vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

/* A final doubled consonant that inflection doubles ("stopped", "planned",
** "committed"): 'l', 's', 'f' and 'z' double in base forms too ("call",
** "press"), so they stay. */
static int doubling(char ch) {
  return ch == 'b' || ch == 'd' || ch == 'g' || ch == 'm' || ch == 'n' || ch == 'p' || ch == 'r' ||
         ch == 't';
}

size_t dyad_inflection_key(const char *w, size_t len, char *out, size_t cap) {
  if (!w || !out || cap == 0) return 0;
  char b[64];
  if (len == 0 || len >= sizeof b || len >= cap) {
    out[0] = 0;
    return 0;
  }
  for (size_t i = 0; i < len; i++) {
    char ch = w[i];
    b[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch | 32) : ch;
  }
  b[len] = 0;
  size_t n = len;
  int irregular = 0, ed = 0;
  for (size_t i = 0; i < sizeof IRREGULAR / sizeof IRREGULAR[0]; i++)
    if (!strcmp(b, IRREGULAR[i][0])) {
      n = strlen(IRREGULAR[i][1]);
      memcpy(b, IRREGULAR[i][1], n + 1);
      irregular = 1;
      break;
    }
  if (!irregular && n > 4 && b[n - 3] == 'i' && b[n - 2] == 'e' && (b[n - 1] == 's' || b[n - 1] == 'd')) {
    b[n - 3] = 'y'; /* "accompanies", "denied" */
    n -= 2;
  } else if (!irregular && n > 5 && !memcmp(b + n - 3, "ing", 3)) {
    n -= 3; /* "meeting", "accusing", "stopping" */
  } else if (!irregular && n > 4 && b[n - 2] == 'e' && b[n - 1] == 'd') {
    n -= 2; /* "accused", "agreed", "stopped" (their e is gone already) */
    ed = 1;
  } else if (n > 3 && b[n - 1] == 's' && b[n - 2] != 's' && b[n - 2] != 'u' && b[n - 2] != 'i' &&
             b[n - 2] != '\'') {
    n -= 1; /* "talks", "accuses" (its e goes below), but "press", "focus", "crisis" */
  }
  b[n] = 0;
  if (n > 3 && b[n - 1] == 'e' && !ed) n--; /* "accuse" as "accus(ed)", "agree" as "agre(ed)" */
  if (n > 3 && b[n - 1] == b[n - 2] && doubling(b[n - 1]) && !vowel(b[n - 1])) n--; /* "stopp", "plann" */
  if (n > 3 && b[n - 1] == 'z' && (b[n - 2] == 'i' || b[n - 2] == 'y')) b[n - 1] = 's'; /* -ize = -ise */
  b[n] = 0;
  memcpy(out, b, n + 1);
  return n;
}
