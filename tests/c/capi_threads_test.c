/* Copyright 2026 The diplotier Authors.
 * SPDX-License-Identifier: Apache-2.0
 *
 * Many threads share one classifier through the C API; each result must equal
 * the one computed on the main thread. Run under ThreadSanitizer by CI. */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplotier/diplotier_c.h"

#define kThreads 4
#define kRounds 60

static const char* const kTexts[] = {
    "China and Venezuela upgraded their ties to an all-weather strategic "
    "partnership.",
    "Hanoi and Canberra agreed to elevate relations to a comprehensive "
    "strategic partnership next year.",
    "中国和巴基斯坦建立全天候战略合作伙伴关系。",
    "The port authority signed a public-private partnership with a builder.",
    "",
};
#define kTextCount (sizeof kTexts / sizeof kTexts[0])

static const diplotier_classifier* shared;
static char* expected[kTextCount];

static char* JsonOf(const char* text) {
  diplotier_error err;
  diplotier_analysis* a = diplotier_analyze(shared, text, strlen(text), &err);
  char* json;
  if (a == NULL) {
    fprintf(stderr, "analyze failed: %s\n", err.message);
    return NULL;
  }
  json = diplotier_analysis_json(a, "t", NULL, NULL, &err);
  diplotier_analysis_free(a);
  return json;
}

static void* Work(void* arg) {
  size_t offset = (size_t)(long)arg, r;
  long mismatches = 0;
  for (r = 0; r < kRounds; ++r) {
    size_t i = (r + offset) % kTextCount;
    char* json = JsonOf(kTexts[i]);
    if (json == NULL || strcmp(json, expected[i]) != 0) ++mismatches;
    diplotier_string_free(json);
  }
  return (void*)mismatches;
}

int main(void) {
  diplotier_error err;
  pthread_t threads[kThreads];
  long mismatches = 0;
  size_t i;
  diplotier_classifier* c = diplotier_classifier_new(NULL, &err);
  if (c == NULL) {
    fprintf(stderr, "cannot create the classifier: %s\n", err.message);
    return 2;
  }
  shared = c;
  for (i = 0; i < kTextCount; ++i) {
    expected[i] = JsonOf(kTexts[i]);
    if (expected[i] == NULL) return 2;
  }
  if (strstr(expected[0], "\"kind\":\"upgrade\"") == NULL) {
    fprintf(stderr, "unexpected reference result: %s\n", expected[0]);
    return 1;
  }
  for (i = 0; i < kThreads; ++i) {
    if (pthread_create(&threads[i], NULL, Work, (void*)(long)i) != 0) return 2;
  }
  for (i = 0; i < kThreads; ++i) {
    void* result = NULL;
    pthread_join(threads[i], &result);
    mismatches += (long)result;
  }
  for (i = 0; i < kTextCount; ++i) diplotier_string_free(expected[i]);
  diplotier_classifier_free(c);
  if (mismatches != 0) {
    fprintf(stderr, "%ld result(s) differed from the single-thread ones\n",
            mismatches);
    return 1;
  }
  printf("%d threads x %d analyses: all equal\n", kThreads, kRounds);
  return 0;
}
