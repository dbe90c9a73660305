/*
** test_cameo.c: the CAMEO codebook table: order, completeness, hierarchy,
** known values and lookups of codes that do not exist.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "cameo.h"

static const char *const plover_names[] = {
  "", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
  "MOBILIZE", "COERCE", "ASSAULT",
};

static void test_sorted_and_well_formed(void **state) {
  size_t n = dyad__cameo_count(), i, k;
  (void)state;
  assert_true(n >= 290);
  assert_null(dyad__cameo_at(n));
  for (i = 0; i < n; i++) {
    const dyad_cameo *c = dyad__cameo_at(i);
    size_t len = strlen(c->code);
    assert_non_null(c);
    assert_true(len >= 2 && len <= 4);
    for (k = 0; k < len; k++) assert_true(c->code[k] >= '0' && c->code[k] <= '9');
    assert_true(c->name && c->name[0]);
    assert_true(c->goldstein >= -10.0 && c->goldstein <= 10.0);
    assert_true(c->quad_class >= 1 && c->quad_class <= 4);
    assert_non_null(c->plover);
    int found = 0;
    for (k = 0; k < sizeof plover_names / sizeof plover_names[0]; k++)
      if (strcmp(c->plover, plover_names[k]) == 0) found = 1;
    if (!found) printf("# %s: unknown PLOVER category %s\n", c->code, c->plover);
    assert_true(found);
    if (i > 0) assert_true(strcmp(dyad__cameo_at(i - 1)->code, c->code) < 0);
    /* every listed code is found by lookup, at its own entry */
    assert_ptr_equal(dyad__cameo_lookup(c->code), c);
  }
}

static void test_roots(void **state) {
  int r;
  (void)state;
  for (r = 1; r <= 20; r++) {
    char root[16], base[16];
    snprintf(root, sizeof root, "%02d", r);
    snprintf(base, sizeof base, "%02d0", r);
    const dyad_cameo *c = dyad__cameo_lookup(root);
    assert_non_null(c);
    /* each root has its "not specified below" 3-digit code */
    assert_non_null(dyad__cameo_lookup(base));
    int q = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    assert_int_equal(c->quad_class, q);
  }
  assert_null(dyad__cameo_lookup("00"));
  assert_null(dyad__cameo_lookup("21"));
}

static void test_hierarchy(void **state) {
  size_t n = dyad__cameo_count(), i;
  (void)state;
  for (i = 0; i < n; i++) {
    const dyad_cameo *c = dyad__cameo_at(i);
    size_t len = strlen(c->code);
    char parent[5];
    if (len == 2) continue;
    memcpy(parent, c->code, len - 1);
    parent[len - 1] = 0;
    const dyad_cameo *p = dyad__cameo_lookup(parent);
    if (!p) printf("# %s has no parent %s\n", c->code, parent);
    assert_non_null(p);
    /* children share their root's QuadClass */
    assert_int_equal(p->quad_class, c->quad_class);
    if (len == 3) {
      char root[3] = {c->code[0], c->code[1], 0};
      assert_non_null(dyad__cameo_lookup(root));
    }
  }
}

typedef struct {
  const char *code;
  double goldstein;
  int quad;
  const char *plover;
  const char *name_part;
} known;

static void test_known_values(void **state) {
  static const known k[] = {
    {"01", 0.0, 1, "", "statement"},
    {"010", 0.0, 1, "", "statement"},
    {"019", 3.4, 1, "AGREE", "accord"},
    {"020", 3.0, 1, "REQUEST", "appeal"},
    {"0211", 3.4, 1, "REQUEST", "economic"},
    {"036", 4.0, 1, "AGREE", "meet or negotiate"},
    {"040", 1.0, 1, "CONSULT", "Consult"},
    {"041", 1.0, 1, "CONSULT", "telephone"},
    {"042", 1.9, 1, "CONSULT", "Make a visit"},
    {"043", 2.8, 1, "CONSULT", "Host a visit"},
    {"044", 2.5, 1, "CONSULT", "third location"},
    {"046", 7.0, 1, "CONSULT", "negotiation"},
    {"051", 3.4, 1, "SUPPORT", "Praise"},
    {"057", 8.0, 1, "AGREE", "agreement"},
    {"061", 6.4, 2, "COOPERATE", "economically"},
    {"071", 7.4, 2, "AID", "economic aid"},
    {"072", 8.3, 2, "AID", "military aid"},
    {"0871", 9.0, 2, "RETREAT", "ceasefire"},
    {"0874", 10.0, 2, "RETREAT", "Retreat"},
    {"090", -2.0, 3, "ACCUSE", "Investigate"},
    {"100", -5.0, 3, "REQUEST", "Demand"},
    {"111", -2.0, 3, "ACCUSE", "Criticize"},
    {"112", -2.0, 3, "ACCUSE", "Accuse"},
    {"120", -4.0, 3, "REJECT", "Reject"},
    {"129", -5.0, 3, "REJECT", "Veto"},
    {"130", -4.4, 3, "THREATEN", "Threaten"},
    {"138", -7.0, 3, "THREATEN", "military force"},
    {"141", -6.5, 4, "PROTEST", "Demonstrate"},
    {"145", -7.5, 4, "PROTEST", "riot"},
    {"154", -7.2, 4, "MOBILIZE", "armed forces"},
    {"161", -4.0, 4, "SANCTION", "diplomatic relations"},
    {"163", -8.0, 4, "SANCTION", "sanctions"},
    {"173", -5.0, 4, "COERCE", "Arrest"},
    {"175", -9.0, 4, "COERCE", "repression"},
    {"1823", -10.0, 4, "ASSAULT", "Kill"},
    {"186", -10.0, 4, "ASSAULT", "Assassinate"},
    {"190", -10.0, 4, "ASSAULT", "conventional military force"},
    {"193", -10.0, 4, "ASSAULT", "small arms"},
    {"195", -10.0, 4, "ASSAULT", "aerial"},
    {"196", -9.5, 4, "ASSAULT", "ceasefire"},
    {"2042", -10.0, 4, "ASSAULT", "nuclear"},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof k / sizeof k[0]; i++) {
    const dyad_cameo *c = dyad__cameo_lookup(k[i].code);
    if (!c) printf("# missing %s\n", k[i].code);
    assert_non_null(c);
    assert_string_equal(c->code, k[i].code);
    assert_true(c->goldstein > k[i].goldstein - 1e-9 &&
                c->goldstein < k[i].goldstein + 1e-9);
    assert_int_equal(c->quad_class, k[i].quad);
    assert_string_equal(c->plover, k[i].plover);
    assert_non_null(strstr(c->name, k[i].name_part));
  }
}

static void test_unknown_codes(void **state) {
  static const char *const bad[] = {
    "", "0", "1", "000", "099", "047", "0215", "21", "210", "999", "1455",
    "01a", "042 ", " 042", "04200", "abc", "-1", "0421",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    if (dyad__cameo_lookup(bad[i])) printf("# unexpectedly found \"%s\"\n", bad[i]);
    assert_null(dyad__cameo_lookup(bad[i]));
  }
  assert_null(dyad__cameo_lookup(NULL));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_sorted_and_well_formed),
    cmocka_unit_test(test_roots),
    cmocka_unit_test(test_hierarchy),
    cmocka_unit_test(test_known_values),
    cmocka_unit_test(test_unknown_codes),
  };
  return cmocka_run_group_tests_name("cameo", tests, NULL, NULL);
}
