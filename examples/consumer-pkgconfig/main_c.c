/* Copyright 2026 The diplotier Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * The same check as main.cc through the C API, compiled as C: proves that the
 * installed diplotier_c.h is C and that its symbols are exported. */

#include <stdio.h>
#include <string.h>

#include "diplotier/diplotier_c.h"

int main(void) {
  static const char kText[] =
      "China and Venezuela upgraded ties to an all-weather strategic "
      "partnership.";
  diplotier_error err;
  diplotier_analysis* a;
  int tier, ok;
  diplotier_classifier* c = diplotier_classifier_new(NULL, &err);
  if (c == NULL) {
    fprintf(stderr, "classifier: %s\n", err.message);
    return 1;
  }
  a = diplotier_analyze(c, kText, strlen(kText), &err);
  if (a == NULL) {
    fprintf(stderr, "analyze: %s\n", err.message);
    diplotier_classifier_free(c);
    return 1;
  }
  tier = diplotier_analysis_tier(a);
  ok = tier == DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP;
  printf("C API %s: %s\n", diplotier_version(), diplotier_tier_name(tier));
  diplotier_analysis_free(a);
  diplotier_classifier_free(c);
  return ok ? 0 : 1;
}
